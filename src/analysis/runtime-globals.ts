import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
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
  const references: TSESLint.Scope.Reference[] = [...globalScope.through];
  for (const name of [...names, ...globalObjects]) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) references.push(...variable.references);
  }
  const seen = new Set<TSESTree.Node>();
  for (const reference of references) {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier.type !== AST_NODE_TYPES.Identifier || seen.has(identifier) || !reference.isRead()) continue;
    seen.add(identifier);
    let callee: TSESTree.Node = identifier;
    let name = identifier.name;
    if (globalObjects.has(name)) {
      const member = skipWrappersUp(identifier).parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) continue;
      const property = getLiteralKeyName(member.property, member.computed);
      if (property === undefined) continue;
      name = property;
      callee = member;
    }
    if (!names.has(name)) continue;
    const use = skipWrappersUp(callee);
    const parent = use.parent;
    if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee === use) {
      out.push({ name, node: parent });
    }
  }
  return out;
}
