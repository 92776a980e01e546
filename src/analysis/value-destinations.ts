import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, unwrapExpression } from "./ast";
import { getThisReads, memberName, thisClassBody } from "./class-fields";
import { getPropertyName } from "./objects";
import { resolveIdentifierInit, type Scope } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const MAX_DEPTH = 10;

/** A call that receives a value, and where in its arguments the value sits. */
export interface ValueDestination {
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The argument holding the value (or the object literal that holds it). */
  argIndex: number;
  /** Keys from that argument down to the value: `["fetchOptions", "dispatcher"]`; empty when the argument is the value. */
  path: string[];
}

export interface ValueFlow {
  destinations: ValueDestination[];
  /** Some use was not followed (returned from a non-local function, exported, stored where the file cannot see). */
  incomplete: boolean;
}

interface Walk {
  context: Context;
  out: ValueDestination[];
  seen: Set<TSESTree.Node>;
  incomplete: boolean;
}

/**
 * Where the value of `node` goes in this file: the calls and `new` expressions that receive it,
 * directly or nested in object literals, following `const`/`let` bindings, object literals bound to
 * variables and spread into others, class fields read as `this.x`, assignments to `this.x`, and
 * local functions that return it (to their call sites). Ternary and logical branches pass through.
 */
export function findValueDestinations(node: TSESTree.Node, context: Context): ValueFlow {
  const walk: Walk = { context, out: [], seen: new Set(), incomplete: false };
  visit(node, [], 0, walk);
  return { destinations: walk.out, incomplete: walk.incomplete };
}

/** Climbs through wrappers that hand the value on unchanged: TS assertions, ternary branches, `a || b`, `(a, b)`. */
function climbPassThrough(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.AwaitExpression:
        current = parent;
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return current;
        current = parent;
        break;
      case AST_NODE_TYPES.SequenceExpression:
        if (parent.expressions[parent.expressions.length - 1] !== current) return current;
        current = parent;
        break;
      default:
        return current;
    }
  }
}

function visit(start: TSESTree.Node, path: string[], depth: number, walk: Walk): void {
  if (depth > MAX_DEPTH) {
    walk.incomplete = true;
    return;
  }
  const node = climbPassThrough(start);
  if (walk.seen.has(node)) return;
  walk.seen.add(node);
  const parent = node.parent;
  if (!parent) return;
  const scope = walk.context.sourceCode.getScope(node);
  switch (parent.type) {
    case AST_NODE_TYPES.Property: {
      if (parent.value !== node || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        walk.incomplete = true;
        return;
      }
      const key = getPropertyName(parent, scope);
      if (key === undefined) {
        walk.incomplete = true;
        return;
      }
      visit(parent.parent, [key, ...path], depth + 1, walk);
      return;
    }
    case AST_NODE_TYPES.SpreadElement:
      if (parent.parent.type === AST_NODE_TYPES.ObjectExpression) visit(parent.parent, path, depth + 1, walk);
      else walk.incomplete = true;
      return;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
      if (index >= 0) walk.out.push({ call: parent, argIndex: index, path });
      return;
    }
    case AST_NODE_TYPES.MemberExpression:
      // `agent.destroy()`, `options.agent`: a use of the value, not a hand-over.
      return;
    case AST_NODE_TYPES.ExpressionStatement:
      return;
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
        followVariable(walk.context.sourceCode.getDeclaredVariables(parent)[0], path, depth, walk);
      } else {
        walk.incomplete = true;
      }
      return;
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.right !== node) {
        walk.incomplete = true;
        return;
      }
      if (parent.left.type === AST_NODE_TYPES.Identifier) {
        followVariable(findVariable(scope as never, parent.left as never) as TSESLint.Scope.Variable | null, path, depth, walk);
      } else if (!followThisMember(parent.left, path, depth, walk)) {
        walk.incomplete = true;
      }
      return;
    case AST_NODE_TYPES.PropertyDefinition:
      if (parent.value === node && !parent.computed && parent.key.type === AST_NODE_TYPES.Identifier) {
        followClassField(parent, parent.key.name, path, depth, walk);
      } else {
        walk.incomplete = true;
      }
      return;
    case AST_NODE_TYPES.ReturnStatement:
      followReturn(parent, path, depth, walk);
      return;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      if (parent.body === node) followFunctionCalls(parent, path, depth, walk);
      else walk.incomplete = true;
      return;
    default:
      walk.incomplete = true;
  }
}

function followVariable(variable: TSESLint.Scope.Variable | null | undefined, path: string[], depth: number, walk: Walk): void {
  if (!variable) {
    walk.incomplete = true;
    return;
  }
  for (const reference of variable.references) {
    if (!reference.isRead() || reference.init) continue;
    visit(reference.identifier as TSESTree.Node, path, depth + 1, walk);
  }
}

/** `this.agent = value` inside a class: follow every `this.agent` read in the same class. */
function followThisMember(target: TSESTree.Node, path: string[], depth: number, walk: Walk): boolean {
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = memberName(target.property, target.computed);
  const body = thisClassBody(target);
  if (!name || !body) return false;
  for (const read of getThisReads(body, name)) if (read !== target) visit(read, path, depth + 1, walk);
  return true;
}

function followClassField(field: TSESTree.PropertyDefinition, name: string, path: string[], depth: number, walk: Walk): void {
  for (const read of getThisReads(field.parent, name)) visit(read, path, depth + 1, walk);
}

function followReturn(statement: TSESTree.ReturnStatement, path: string[], depth: number, walk: Walk): void {
  let current: TSESTree.Node | undefined = statement.parent;
  while (
    current &&
    current.type !== AST_NODE_TYPES.FunctionDeclaration &&
    current.type !== AST_NODE_TYPES.FunctionExpression &&
    current.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    current = current.parent;
  }
  if (!current) {
    walk.incomplete = true;
    return;
  }
  followFunctionCalls(current, path, depth, walk);
}

/** A local function that returns the value: follow the value from each of its call sites. */
function followFunctionCalls(fn: TSESTree.FunctionLike, path: string[], depth: number, walk: Walk): void {
  let variable: TSESLint.Scope.Variable | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    variable = walk.context.sourceCode.getDeclaredVariables(fn)[0];
  } else if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
    variable = walk.context.sourceCode.getDeclaredVariables(fn.parent)[0];
  }
  if (!variable) {
    walk.incomplete = true;
    return;
  }
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Node;
    const call = identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === identifier) visit(call, path, depth + 1, walk);
    else if (!reference.init) walk.incomplete = true;
  }
}

/** How a local binding is used, when every use is a method call on it. */
export interface MethodUses {
  /** Method name → the calls (`decipher.update(…)`, `decipher.final()`). */
  calls: Map<string, TSESTree.CallExpression[]>;
  /** True when some use is not a method call (passed on, returned, piped into, reassigned). */
  escapes: boolean;
}

/**
 * The method calls made on the variable a declarator binds, and whether it is used any other way.
 * For `const d = createDecipheriv(…); d.setAuthTag(tag); d.update(x); d.final();`.
 */
export function getMethodUses(declarator: TSESTree.VariableDeclarator, context: Context): MethodUses {
  const calls = new Map<string, TSESTree.CallExpression[]>();
  const variable = context.sourceCode.getDeclaredVariables(declarator)[0];
  if (!variable || declarator.id.type !== AST_NODE_TYPES.Identifier) return { calls, escapes: true };
  let escapes = false;
  for (const reference of variable.references) {
    if (reference.init) continue;
    if (reference.isWrite()) {
      escapes = true;
      continue;
    }
    const identifier = reference.identifier as TSESTree.Node;
    const member = identifier.parent;
    const call = member?.parent;
    if (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === identifier &&
      call?.type === AST_NODE_TYPES.CallExpression &&
      call.callee === member
    ) {
      const name = getLiteralKeyName(member.property, member.computed);
      if (name === undefined) {
        escapes = true;
        continue;
      }
      const list = calls.get(name) ?? [];
      list.push(call);
      calls.set(name, list);
      continue;
    }
    escapes = true;
  }
  return { calls, escapes };
}

/**
 * The function an expression names in this file: an inline function or arrow, a function
 * declaration, or a `const` bound to a function. Undefined for imports, parameters and calls.
 */
export function resolveFunctionNode(node: TSESTree.Node, scope: Scope): TSESTree.FunctionLike | undefined {
  let current: TSESTree.Node | null = unwrapExpression(node);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionDeclaration
    ) {
      return current;
    }
    if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariable(scope as never, current as never) as TSESLint.Scope.Variable | null;
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    // A `declare function` has no body to read.
    if (def?.type === "FunctionName") return def.node.type === AST_NODE_TYPES.FunctionDeclaration ? def.node : undefined;
    const init = resolveIdentifierInit(current, scope);
    current = init ? unwrapExpression(init) : null;
  }
  return undefined;
}

