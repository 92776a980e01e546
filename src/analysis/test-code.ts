import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import {
  ASSERTION_NAMES,
  ENV_STUB_METHODS,
  TEST_BLOCK_NAMES,
  TEST_CONTEXT_ASSERTIONS,
  TEST_CONTEXT_NAMES,
  TEST_HOOK_NAMES,
  TEST_TABLE_METHODS,
} from "../knowledge/test-code";
import { getLiteralKeyName, skipWrappersUp, unwrapExpression } from "./ast";
import { isEnvObject } from "./secret-values";

/** How far a value is followed up the tree looking for the assertion that holds it. */
const MAX_STEPS = 12;
/** How many links of a callee chain (`expect(x).resolves.not.toBe`) are read. */
const MAX_CHAIN = 8;

/**
 * The call asserts: its callee is an assertion name or a member chain through one (`expect(x)`,
 * `expect(x).not.toBe(…)`, `expect.objectContaining(…)`, `chai.expect(…)`, `assert.equal(…)`,
 * `res.should.equal(…)`), or an assertion method of a test context (`t.is(…)`, `t.deepEqual(…)`).
 */
export function isAssertionCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const current = unwrapExpression(call.callee);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const receiver = unwrapExpression(current.object);
    const method = getLiteralKeyName(current.property, current.computed);
    if (receiver.type === AST_NODE_TYPES.Identifier && TEST_CONTEXT_NAMES.has(receiver.name) && method !== undefined && TEST_CONTEXT_ASSERTIONS.has(method)) {
      return true;
    }
  }
  // `expect(x).not.toBe`, `chai.expect`, `assert.equal`: any link of the chain may be the assertion name.
  return someCalleeLink(current, (name) => ASSERTION_NAMES.has(name));
}

/** `it.each`, `test.concurrent.each`, `describe.each`, `test.for`: the callee (or tag) takes a table of cases. */
export function isTestTableCallee(callee: TSESTree.Node): boolean {
  const inner = unwrapExpression(callee);
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getLiteralKeyName(inner.property, inner.computed);
  if (method === undefined || !TEST_TABLE_METHODS.has(method)) return false;
  let root = unwrapExpression(inner.object);
  for (let link = 0; link < MAX_CHAIN && root.type === AST_NODE_TYPES.MemberExpression; link++) root = unwrapExpression(root.object);
  return root.type === AST_NODE_TYPES.Identifier && TEST_BLOCK_NAMES.has(root.name);
}

/**
 * The value is test data: it sits, through arrays, objects, spreads, templates, `+`, ternary
 * branches, `??`/`||`, `await`, member reads, call arguments and function bodies (a bounded walk),
 * inside the arguments of an assertion or the table of a parameterised test:
 * `expect(isValidUrl("http://…")).toBe(false)`, `expect(url).toBe("http://…")`,
 * `expect(() => connect("http://…")).toThrow()`, `assert.equal(x, "http://…")`,
 * `it.each([["http://…", false]])(…)`. A value bound to a variable first is not followed.
 */
export function isAssertionData(node: TSESTree.Node): boolean {
  let current = node;
  for (let step = 0; step < MAX_STEPS; step++) {
    const parent = current.parent;
    if (!parent) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.ReturnStatement:
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current) return false;
        break;
      case AST_NODE_TYPES.BinaryExpression:
        if (parent.operator !== "+") return false;
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return false;
        break;
      case AST_NODE_TYPES.MemberExpression:
        if (parent.object !== current) return false;
        break;
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
        if (parent.body !== current) return false;
        break;
      case AST_NODE_TYPES.BlockStatement: {
        const owner = parent.parent;
        const isFunctionBody =
          (owner?.type === AST_NODE_TYPES.ArrowFunctionExpression || owner?.type === AST_NODE_TYPES.FunctionExpression) && owner.body === parent;
        if (!isFunctionBody) return false;
        break;
      }
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return parent.quasi === current && isTestTableCallee(parent.tag);
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        if (parent.callee === current) return false;
        if (isAssertionCall(parent)) return true;
        if (parent.type === AST_NODE_TYPES.CallExpression && isTestTableCallee(parent.callee)) return true;
        break;
      default:
        return false;
    }
    current = parent;
  }
  return false;
}

/** How many enclosing functions are climbed looking for the test or hook that runs them. */
const MAX_FUNCTION_LEVELS = 8;

/** The callee opens a test, a suite or a hook: `it`, `test.only`, `describe.skip`, `it.each(table)`, `beforeEach`. */
function isTestRunnerCallee(callee: TSESTree.Node): boolean {
  return someCalleeLink(callee, (name, isRoot) => isRoot && (TEST_BLOCK_NAMES.has(name) || TEST_HOOK_NAMES.has(name)));
}

/**
 * Walks a callee chain from its end to its root (`a.b(x).c` → `c`, `b`, `a`, through calls), and
 * whether `test` holds for some link's name (`isRoot` for the identifier the chain starts from).
 */
function someCalleeLink(callee: TSESTree.Node, test: (name: string, isRoot: boolean) => boolean): boolean {
  let current = unwrapExpression(callee);
  for (let link = 0; link < MAX_CHAIN; link++) {
    switch (current.type) {
      case AST_NODE_TYPES.Identifier:
        return test(current.name, true);
      case AST_NODE_TYPES.MemberExpression: {
        const name = getLiteralKeyName(current.property, current.computed);
        if (name !== undefined && test(name, false)) return true;
        current = unwrapExpression(current.object);
        break;
      }
      case AST_NODE_TYPES.CallExpression:
        current = unwrapExpression(current.callee);
        break;
      default:
        return false;
    }
  }
  return false;
}

/** The node runs inside a function handed to a test, suite or hook (`it("…", () => { … })`, `beforeEach(async () => { … })`). */
export function isInTestCallback(node: TSESTree.Node): boolean {
  let levels = 0;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== AST_NODE_TYPES.ArrowFunctionExpression && current.type !== AST_NODE_TYPES.FunctionExpression) continue;
    const call = skipWrappersUp(current).parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee !== current && isTestRunnerCallee(call.callee)) return true;
    if (++levels >= MAX_FUNCTION_LEVELS) return false;
  }
  return false;
}

/**
 * The value configures the code under test for one test: an environment variable set inside a
 * test or hook (`process.env.APP_URL = "http://…"`), or through `vi.stubEnv(name, value)`.
 */
export function isTestEnvironmentSetup(node: TSESTree.Node): boolean {
  const use = skipWrappersUp(node);
  const parent = use.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === use) {
    const target = unwrapExpression(parent.left);
    return target.type === AST_NODE_TYPES.MemberExpression && isEnvObject(target.object) && isInTestCallback(parent);
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === use) {
    const callee = unwrapExpression(parent.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? getLiteralKeyName(callee.property, callee.computed) : undefined;
    return method !== undefined && ENV_STUB_METHODS.has(method);
  }
  return false;
}
