import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, skipWrappersUp, unwrapExpression } from "./ast";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A call or construction of a runtime global: `fetch(url)`, `new WebSocket(url)`, `globalThis.fetch(url)`. */
export interface GlobalCall {
  name: string;
  node: TSESTree.CallExpression | TSESTree.NewExpression;
}

/**
 * Calls and constructions of the named globals, directly or through a global object
 * (`globalThis`, `window`, …). Works whether or not the globals are declared in the config, and
 * skips names the file declares itself (a local `fetch` wrapper, an imported `WebSocket`).
 */
export function findGlobalCalls(context: Context, names: ReadonlySet<string>, globalObjects: ReadonlySet<string>): GlobalCall[] {
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const out: GlobalCall[] = [];
  const seen = new Set<TSESTree.Node>();
  const consider = (reference: TSESLint.Scope.Reference): void => {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier.type !== AST_NODE_TYPES.Identifier) return;
    let name = identifier.name;
    const throughObject = globalObjects.has(name);
    if ((!throughObject && !names.has(name)) || seen.has(identifier) || !reference.isRead()) return;
    seen.add(identifier);
    let callee: TSESTree.Node = identifier;
    if (throughObject) {
      const member = skipWrappersUp(identifier).parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return;
      const property = getLiteralKeyName(member.property, member.computed);
      if (property === undefined) return;
      name = property;
      callee = member;
    }
    if (!names.has(name)) return;
    const use = skipWrappersUp(callee);
    const parent = use.parent;
    if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee === use) {
      out.push({ name, node: parent });
    }
  };
  for (const reference of globalScope.through) consider(reference);
  for (const set of [names, globalObjects]) {
    for (const name of set) {
      const variable = globalScope.set.get(name);
      if (variable && variable.defs.length === 0) for (const reference of variable.references) consider(reference);
    }
  }
  return out;
}
