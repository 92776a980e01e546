import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getTrailingName, unwrapExpression } from "./ast";

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/**
 * Each file's scopes by the node that opens them. Where two scopes share a node (a named function
 * expression's name scope and its body scope), the inner one is kept.
 */
const scopesByBlock = new WeakMap<Scope, Map<TSESTree.Node, Scope>>();

function blockIndex(globalScope: Scope): Map<TSESTree.Node, Scope> {
  let index = scopesByBlock.get(globalScope);
  if (index) return index;
  index = new Map();
  // Parents are indexed before their children, so a child opened by the same node replaces its parent.
  const stack: Scope[] = [globalScope];
  while (stack.length > 0) {
    const scope = stack.pop()!;
    index.set(scope.block as TSESTree.Node, scope);
    for (const child of scope.childScopes) stack.push(child);
  }
  scopesByBlock.set(globalScope, index);
  return index;
}

/** The innermost scope around a node: the nearest ancestor (or the node itself) that opens one. */
function innermostScope(globalScope: Scope, node: TSESTree.Node): Scope {
  const index = blockIndex(globalScope);
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = index.get(current);
    if (scope) return scope;
  }
  return globalScope;
}

/**
 * The variable a name refers to, as `findVariable` of `@eslint-community/eslint-utils` finds it:
 * given an identifier, from the innermost scope around it outwards; given a name, from
 * `initialScope` outwards. From a file's global scope, the innermost scope is found through the
 * node's ancestors (a map lookup each) rather than by scanning every scope's children by range.
 * The two agree on every value-level name; in some type-level scopes (an `infer` in a nested
 * conditional type, a mapped type's key) only the ancestor walk finds the declaring scope.
 */
export function findVariable(initialScope: Scope, nameOrNode: string | TSESTree.Node): Variable | null {
  let scope: Scope | null = initialScope;
  let name: string;
  if (typeof nameOrNode === "string") {
    name = nameOrNode;
  } else {
    name = (nameOrNode as TSESTree.Identifier).name;
    scope = initialScope.type === "global" ? innermostScope(initialScope, nameOrNode) : innermostByRange(initialScope, nameOrNode);
  }
  for (; scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return null;
}

/** The innermost scope inside `initialScope` whose range holds the node's start. */
function innermostByRange(initialScope: Scope, node: TSESTree.Node): Scope {
  const location = node.range[0];
  let scope = initialScope;
  for (let found = true; found; ) {
    found = false;
    for (const child of scope.childScopes) {
      const range = (child.block as TSESTree.Node).range;
      if (range[0] <= location && location < range[1]) {
        scope = child;
        found = true;
        break;
      }
    }
  }
  return scope;
}

/** True when `node` is the identifier `name` and names the runtime global (not a local or an import). */
export function isGlobalNamed(node: TSESTree.Node, name: string, scope: Scope): boolean {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.Identifier || inner.name !== name) return false;
  const variable = findVariable(scope, inner);
  return !variable || variable.defs.length === 0;
}

/** A call of a global object's method (`JSON.parse(…)`), not of a same-named local or member. */
export function isGlobalMethodCall(node: TSESTree.Node, object: string, method: string, scope: Scope): boolean {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && getTrailingName(callee) === method && isGlobalNamed(callee.object, object, scope);
}
