import { ReferenceTracker, type TraceMap } from "@eslint-community/eslint-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { CALL, CONSTRUCT, type ModuleReference, type ReferenceKind } from "./modules";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Names under which the global object itself is reachable. */
export const GLOBAL_OBJECT_NAMES: readonly string[] = ["globalThis", "window", "self", "global"];

function kindOf(type: symbol): ReferenceKind {
  if (type === CALL) return "call";
  if (type === CONSTRUCT) return "construct";
  return "read";
}

const throughByName = new WeakMap<object, Map<string, TSESTree.Identifier[]>>();

/** Unresolved reads of the file, by name, collected in one pass and cached per file. */
function unresolvedReads(context: Context): Map<string, TSESTree.Identifier[]> {
  const cached = throughByName.get(context.sourceCode);
  if (cached) return cached;
  const byName = new Map<string, TSESTree.Identifier[]>();
  for (const reference of context.sourceCode.scopeManager?.globalScope?.through ?? []) {
    if (!reference.isRead()) continue;
    const identifier = reference.identifier as TSESTree.Identifier;
    const list = byName.get(identifier.name);
    if (list) list.push(identifier);
    else byName.set(identifier.name, [identifier]);
  }
  throughByName.set(context.sourceCode, byName);
  return byName;
}

/**
 * The identifiers that read the global `name`: references no declaration in the file binds
 * (`globalScope.through`), and references to a global the configuration declares, as long as the
 * file neither declares nor assigns it.
 */
export function getGlobalIdentifierReferences(context: Context, name: string): TSESTree.Identifier[] {
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const out = new Set<TSESTree.Identifier>(unresolvedReads(context).get(name));
  const variable = globalScope.set.get(name);
  if (variable && variable.defs.length === 0 && !variable.references.some((r) => r.isWrite())) {
    for (const reference of variable.references) {
      if (reference.isRead()) out.add(reference.identifier as TSESTree.Identifier);
    }
  }
  return [...out];
}

/**
 * Every use of traced members of global variables, whether the file names the global directly
 * (`crypto.subtle.encrypt`) or reaches it through the global object (`globalThis.crypto.subtle`,
 * `window.crypto.subtle`), with aliases and destructuring followed (`const { subtle } = crypto`).
 * Keys of `traceMap` are global names; a local binding of the same name shadows the global.
 * Works whether or not the configuration declares the globals.
 */
export function findGlobalMemberReferences<T>(context: Context, traceMap: TraceMap<T>): ModuleReference<T>[] {
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const tracker = new ReferenceTracker(globalScope as never, { mode: "legacy" });
  const out: ModuleReference<T>[] = [];
  const seen = new Set<TSESTree.Node>();
  const collect = (identifier: TSESTree.Identifier, map: TraceMap<T>, prefix: string[]): void => {
    for (const ref of tracker.iteratePropertyReferences(identifier as never, map)) {
      const node = ref.node as TSESTree.Node;
      if (seen.has(node)) continue;
      seen.add(node);
      out.push({ node, path: [...prefix, ...ref.path], kind: kindOf(ref.type), info: ref.info as T });
    }
  };
  for (const name of Object.keys(traceMap)) {
    const map = traceMap[name] as TraceMap<T>;
    for (const identifier of getGlobalIdentifierReferences(context, name)) collect(identifier, map, [name]);
  }
  for (const globalName of GLOBAL_OBJECT_NAMES) {
    for (const identifier of getGlobalIdentifierReferences(context, globalName)) collect(identifier, traceMap, []);
  }
  return out;
}
