import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { forEachChild, getLiteralKeyName, getTrailingName, skipWrappersUp, unwrapExpression } from "./ast";
import type { Scope } from "./static-value";

/** A method called on an object made in this file: `genAI.getGenerativeModel(…)` on `const genAI = new GoogleGenerativeAI(key)`. */
export interface CreatedObjectCall {
  call: TSESTree.CallExpression;
  method: string;
}

const MAX_CHAIN = 16;

/**
 * The calls chained on a value, in order: `superagent.get(url).set(h).query(q)` from the `get` call
 * gives the `set` and `query` calls, with their method names.
 */
export function getChainedCalls(start: TSESTree.Node): { call: TSESTree.CallExpression; method: string | undefined }[] {
  const out: { call: TSESTree.CallExpression; method: string | undefined }[] = [];
  let current = skipWrappersUp(start);
  for (let step = 0; step < MAX_CHAIN; step++) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) break;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
    out.push({ call, method: getTrailingName(member) });
    current = skipWrappersUp(call);
  }
  return out;
}

/**
 * The method calls made on the object an expression creates, where the object stays in sight:
 * chained (`new X().m()`), through a `const`/write-once `let` (`const x = new X(); x.m()`, or
 * `let x; … x = new X(); x.m()`), or
 * through a class field (`this.x = new X()` or `x = new X()` in a class, then `this.x.m()`).
 */
export function findCreatedObjectCalls(created: TSESTree.Node, scope: Scope): CreatedObjectCall[] {
  const out: CreatedObjectCall[] = [];
  const use = skipWrappersUp(created);
  const parent = use.parent;
  if (!parent) return out;
  addIfMethodCall(use, out);
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === use && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(scope as never, parent.id as never) as TSESLint.Scope.Variable | null;
    if (!variable || variable.references.some((ref) => ref.isWrite() && !ref.init)) return out;
    for (const reference of variable.references) {
      if (reference.isRead()) addIfMethodCall(skipWrappersUp(reference.identifier as TSESTree.Node), out);
    }
    return out;
  }
  // `let server; beforeAll(() => { server = createServer(h); server.listen(0, "127.0.0.1"); })`:
  // a `let` declared without a value and written only here.
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" && parent.right === use && parent.left.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(scope as never, parent.left as never) as TSESLint.Scope.Variable | null;
    // `let server = null;` (or `undefined`) before the one real write counts as no value.
    const writes = variable?.references.filter((ref) => ref.isWrite() && !(ref.init && isNullish(ref.writeExpr))) ?? [];
    if (!variable || writes.length !== 1 || writes[0]!.identifier !== parent.left) return out;
    for (const reference of variable.references) {
      if (reference.isRead()) addIfMethodCall(skipWrappersUp(reference.identifier as TSESTree.Node), out);
    }
    return out;
  }
  const field = classFieldName(parent, use);
  if (field) {
    const body = enclosingClassBody(parent);
    if (body) collectThisFieldCalls(body, field, out);
  }
  return out;
}

function isNullish(node: TSESTree.Node | null | undefined): boolean {
  const inner = node ? unwrapExpression(node) : undefined;
  return (inner?.type === AST_NODE_TYPES.Literal && inner.value === null) || (inner?.type === AST_NODE_TYPES.Identifier && inner.name === "undefined");
}

/** `x.m(…)` where `node` is `x`: records the call. */
function addIfMethodCall(node: TSESTree.Node, out: CreatedObjectCall[]): void {
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) return;
  const method = getLiteralKeyName(member.property, member.computed);
  const call = skipWrappersUp(member).parent;
  if (method === undefined || call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return;
  out.push({ call, method });
}

/** The field a created object is stored in: `this.client = new X()` or a class property `client = new X()`. */
function classFieldName(parent: TSESTree.Node, value: TSESTree.Node): string | undefined {
  if (
    parent.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === value &&
    parent.left.type === AST_NODE_TYPES.MemberExpression &&
    parent.left.object.type === AST_NODE_TYPES.ThisExpression
  ) {
    return getLiteralKeyName(parent.left.property, parent.left.computed);
  }
  if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === value && !parent.static) {
    return getLiteralKeyName(parent.key, parent.computed);
  }
  return undefined;
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  let current: TSESTree.Node | undefined = node;
  while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
  return current;
}

function collectThisFieldCalls(body: TSESTree.ClassBody, field: string, out: CreatedObjectCall[]): void {
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ClassBody && node !== body) return;
    if (
      node.type === AST_NODE_TYPES.MemberExpression &&
      node.object.type === AST_NODE_TYPES.ThisExpression &&
      getLiteralKeyName(node.property, node.computed) === field
    ) {
      addIfMethodCall(skipWrappersUp(node), out);
    }
    forEachChild(node, visit);
  };
  visit(body);
}
