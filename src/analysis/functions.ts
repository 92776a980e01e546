import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, getTrailingName, unwrapExpression } from "./ast";
import { resolveCandidates, resolveIdentifierInit, type Scope } from "./static-value";

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

const MAX_DEPTH = 6;

function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

/**
 * The name a function is known by: its id, the key it is a property or method of, the variable it
 * is bound to, or the member it is assigned to (`obj.getLink = () => …`).
 */
export function getFunctionName(fn: TSESTree.Node): string | undefined {
  if ((fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression) && fn.id) return fn.id.name;
  const parent = fn.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
      return getLiteralKeyName(parent.key, parent.computed);
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === fn ? getTrailingName(parent.left) : undefined;
    default:
      return undefined;
  }
}

/**
 * The function an expression provably is in this file: an inline function or arrow, a `const`
 * bound to one, or a function declaration whose name is never reassigned.
 */
export function resolveFunction(node: TSESTree.Node, scope: Scope, depth = 0): FunctionNode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrapExpression(node);
  if (isFunctionNode(inner)) return inner;
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = resolveIdentifierInit(inner, scope);
  if (init) return resolveFunction(init, scope, depth + 1);
  const variable = findVariable(scope as never, inner as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== "FunctionName") return undefined;
  if (variable.references.some((ref) => ref.isWrite())) return undefined;
  return def.node.type === AST_NODE_TYPES.FunctionDeclaration ? def.node : undefined;
}

/** Calls `visit` on every node of the function's own body, not entering nested functions or classes. */
function walkOwnBody(node: TSESTree.Node, visit: (node: TSESTree.Node) => void, isRoot = true): void {
  if (!isRoot) {
    visit(node);
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody) return;
  }
  for (const key of Object.keys(node)) {
    if (key === "parent" || key === "typeAnnotation" || key === "returnType" || key === "typeParameters") continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === "object" && "type" in item) walkOwnBody(item as TSESTree.Node, visit, false);
    } else if (value && typeof value === "object" && "type" in value) {
      walkOwnBody(value as TSESTree.Node, visit, false);
    }
  }
}

/** What a function returns: an arrow's expression body, or the argument of each of its own `return` statements. */
export function getReturnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const out: TSESTree.Expression[] = [];
  walkOwnBody(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) out.push(node.argument);
  });
  return out;
}

/** Whether the expression is falsy on every value it can take, each branch proven. */
function isProvablyFalsy(node: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.ConditionalExpression) {
    return isProvablyFalsy(inner.consequent, scope, depth + 1) && isProvablyFalsy(inner.alternate, scope, depth + 1);
  }
  if (inner.type === AST_NODE_TYPES.SequenceExpression) {
    const last = inner.expressions[inner.expressions.length - 1];
    return last !== undefined && isProvablyFalsy(last, scope, depth + 1);
  }
  if (inner.type === AST_NODE_TYPES.LogicalExpression) {
    // `a && b` is falsy when either side always is; `a || b` / `a ?? b` only when both are.
    if (inner.operator === "&&") return isProvablyFalsy(inner.left, scope, depth + 1) || isProvablyFalsy(inner.right, scope, depth + 1);
    return isProvablyFalsy(inner.left, scope, depth + 1) && isProvablyFalsy(inner.right, scope, depth + 1);
  }
  if (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === "void") return true;
  if (inner.type === AST_NODE_TYPES.Identifier && inner.name !== "undefined") {
    const init = resolveIdentifierInit(inner, scope);
    return init ? isProvablyFalsy(init, scope, depth + 1) : false;
  }
  if (inner.type === AST_NODE_TYPES.CallExpression || inner.type === AST_NODE_TYPES.NewExpression) return false;
  const candidates = resolveCandidates(inner, scope);
  return candidates.length > 0 && candidates.every((c) => !c.value);
}

/**
 * Whether a function returns a falsy value on every path and never throws: `() => undefined`,
 * `() => {}`, `function () { return; }`, `() => null`. Async functions and generators return an
 * object, and a `throw` anywhere in the body may be the rejection, so those give false.
 */
export function alwaysReturnsFalsy(fn: FunctionNode, scope: Scope): boolean {
  if (fn.async || fn.generator) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isProvablyFalsy(fn.body, scope);
  let falsy = true;
  walkOwnBody(fn.body, (node) => {
    if (!falsy) return;
    if (node.type === AST_NODE_TYPES.ThrowStatement) falsy = false;
    else if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument && !isProvablyFalsy(node.argument, scope)) falsy = false;
  });
  return falsy;
}

/**
 * The calls made to a function's parameter (`callback(0)` for parameter `callback`), nested
 * functions included. Undefined when the parameter is not a plain identifier or escapes other
 * than by being called (passed on, stored), since then other calls cannot be seen.
 */
export function getParameterCalls(
  fn: FunctionNode,
  index: number,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression[] | undefined {
  const param = fn.params[index];
  if (!param || param.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = sourceCode.getDeclaredVariables(fn).find((v) => v.name === param.name);
  if (!variable) return undefined;
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier === param) continue;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) calls.push(parent);
    else return undefined;
  }
  return calls;
}
