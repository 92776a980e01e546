import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, skipWrappersUp, unwrapExpression } from "./ast";
import { getThisReads, memberName, resolveThisField, thisClassBody } from "./class-fields";
import { resolveIdentifierInit, type Scope } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A method called on an object made by a tracked call: `store.save(dir)` after `const store = await HNSWLib.fromDocuments(…)`. */
export interface InstanceMethodCall {
  call: TSESTree.CallExpression;
  method: string;
  /** The expression that made the instance. */
  origin: TSESTree.Node;
}

const MAX_DEPTH = 8;

/** Walks up through `await`, TS wrappers and optional chains: the node whose parent uses the value. */
function climbValue(node: TSESTree.Node): TSESTree.Node {
  return skipWrappersUp(node, true);
}

/** Unwraps `await` as well as the TS wrappers. */
export function unwrapAwait(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

/**
 * Every expression in the file that evaluates to the instance `origin` makes: the origin itself,
 * reads of a variable it initialises or is assigned to (`const`, or `let` assigned once), and
 * `this.x` inside the class when it is stored in a field or in `this.x = …`.
 */
export function findInstanceUses(context: Context, origin: TSESTree.Node): TSESTree.Node[] {
  const top = climbValue(origin);
  const uses: TSESTree.Node[] = [top];
  const parent = top.parent;
  if (!parent) return uses;
  const sourceCode = context.sourceCode;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === top && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = sourceCode.getDeclaredVariables(parent)[0];
    if (variable && isWrittenOnlyBy(variable, parent.id)) uses.push(...readsOf(variable));
  } else if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" && parent.right === top) {
    const left = parent.left;
    if (left.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(sourceCode.getScope(left) as never, left as never) as TSESLint.Scope.Variable | null;
      if (variable && isWrittenOnlyBy(variable, left)) uses.push(...readsOf(variable));
    } else if (left.type === AST_NODE_TYPES.MemberExpression && left.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = memberName(left.property, left.computed);
      const body = thisClassBody(left);
      if (name !== undefined && body) uses.push(...getThisReads(body, name));
    }
  } else if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === top && !parent.static) {
    const name = memberName(parent.key, parent.computed);
    if (name !== undefined) uses.push(...getThisReads(parent.parent, name));
  }
  return uses;
}

function isWrittenOnlyBy(variable: TSESLint.Scope.Variable, identifier: TSESTree.Identifier): boolean {
  return variable.references.every((ref) => !ref.isWrite() || ref.identifier === identifier);
}

function readsOf(variable: TSESLint.Scope.Variable): TSESTree.Node[] {
  return variable.references.filter((ref) => ref.isRead()).map((ref) => ref.identifier as TSESTree.Node);
}


/** Calls of `methods` on the instances the `origins` make (see `findInstanceUses`). */
export function findInstanceMethodCalls(
  context: Context,
  origins: Iterable<TSESTree.Node>,
  methods: ReadonlySet<string>,
): InstanceMethodCall[] {
  const out: InstanceMethodCall[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const origin of origins) {
    for (const use of findInstanceUses(context, origin)) {
      const value = climbValue(use);
      const member = value.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== value) continue;
      const method = getLiteralKeyName(member.property, member.computed);
      if (method === undefined || !methods.has(method)) continue;
      const call = member.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || seen.has(call)) continue;
      seen.add(call);
      out.push({ call, method, origin });
    }
  }
  return out;
}

/**
 * The expression that made the value of `node`: `node` itself, the initialiser of a `const` (or
 * once-written `let`), or what a class stores in `this.x` (field initialiser or the only
 * `this.x = …` in the class). `await` and TS wrappers are removed. Null when not provable.
 */
export function resolveInstanceOrigin(context: Context, node: TSESTree.Node, scope: Scope, depth = 0): TSESTree.Node | null {
  if (depth > MAX_DEPTH) return null;
  const inner = unwrapAwait(node);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(inner, scope);
    return init ? resolveInstanceOrigin(context, init, scope, depth + 1) : null;
  }
  if (inner.type === AST_NODE_TYPES.MemberExpression && inner.object.type === AST_NODE_TYPES.ThisExpression) {
    const stored = resolveThisField(inner);
    return stored ? resolveInstanceOrigin(context, stored, scope, depth + 1) : null;
  }
  return inner;
}

