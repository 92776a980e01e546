import { builtinModules } from "node:module";
import { CALL, CONSTRUCT, ESM, READ, ReferenceTracker, type TraceMap } from "@eslint-community/eslint-utils";
import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, skipWrappersUp, unwrapExpression } from "./ast";
import { defineMentions, fileMentions } from "./mentions";

export { CALL, CONSTRUCT, ESM, READ };
export type { TraceMap };

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type ReferenceKind = "read" | "call" | "construct";

/** A use of a tracked module member: `new Agent()` from `node:https`, `axios.get()`, a read of `tls.DEFAULT_MIN_VERSION`. */
export interface ModuleReference<T> {
  /** The `CallExpression`/`NewExpression` for calls and constructions, the reading expression otherwise. */
  node: TSESTree.Node;
  /** Module name first, then members: `["https", "Agent"]`. */
  path: string[];
  kind: ReferenceKind;
  info: T;
}

interface FileModules {
  /** Every module named by an import, export-from, `require("…")` or `import x = require("…")`. */
  sources: Set<string>;
  /** `require("…")` calls, wherever `require` is the free global (not a local binding). */
  requireCalls: TSESTree.CallExpression[];
  /** TS `import x = require("…")` declarations. */
  importEquals: TSESTree.TSImportEqualsDeclaration[];
  /** `await import("…")`: the awaited module namespace, read like a `require` result. */
  dynamicImports: { awaited: TSESTree.AwaitExpression; name: string }[];
}

const fileCache = new WeakMap<object, FileModules>();
/** Bound on the `await import(` occurrences looked up per file. */
const MAX_DYNAMIC_IMPORTS = 64;
const AWAIT_IMPORT = "await import(";
/** Spelled by every `require("…")` call this module reads; `required`, `requires` and `require.resolve` are not. */
const REQUIRE_CALL = /\brequire\s*\(/;
/** The shared word pass says whether a file spells it at all. */
const AWAIT_IMPORT_MENTIONS = defineMentions([AWAIT_IMPORT]);
const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith("_")));

/** Strips `node:` so `node:https` and `https` are one module. */
export function normalizeModuleName(name: string): string {
  return name.startsWith("node:") ? name.slice(5) : name;
}

function collectFileModules(context: Context): FileModules {
  const sourceCode = context.sourceCode;
  const cached = fileCache.get(sourceCode);
  if (cached) return cached;
  const sources = new Set<string>();
  const requireCalls: TSESTree.CallExpression[] = [];
  const importEquals: TSESTree.TSImportEqualsDeclaration[] = [];
  const program = sourceCode.ast;
  for (const statement of program.body) {
    if (
      (statement.type === AST_NODE_TYPES.ImportDeclaration ||
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
        statement.type === AST_NODE_TYPES.ExportAllDeclaration) &&
      statement.source
    ) {
      sources.add(normalizeModuleName(statement.source.value));
    } else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      statement.moduleReference.expression.type === AST_NODE_TYPES.Literal &&
      typeof statement.moduleReference.expression.value === "string"
    ) {
      sources.add(normalizeModuleName(statement.moduleReference.expression.value));
      importEquals.push(statement);
    }
  }
  const globalScope = sourceCode.scopeManager?.globalScope;
  // A `require("…")` call spells the word; most ES-module files skip the scan of unresolved references.
  if (globalScope && REQUIRE_CALL.test(sourceCode.text)) {
    const addRequire = (reference: { identifier: unknown }): void => {
      const identifier = reference.identifier as TSESTree.Node;
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier || call.arguments.length !== 1) return;
      const source = requireSource(call);
      if (source === undefined) return;
      sources.add(normalizeModuleName(source));
      requireCalls.push(call);
    };
    for (const reference of globalScope.through) if (reference.identifier.name === "require") addRequire(reference);
    for (const reference of globalScope.set.get("require")?.references ?? []) addRequire(reference);
  }
  const dynamicImports: FileModules["dynamicImports"] = [];
  // `const { env } = await import("@xenova/transformers")`: each `await import(` in the text is looked
  // up in the tree (type positions such as `import("x").T` in declaration files never follow `await`).
  const text = sourceCode.text;
  let looked = 0;
  let at = fileMentions(context, AWAIT_IMPORT_MENTIONS) ? text.indexOf(AWAIT_IMPORT) : -1;
  for (; at >= 0 && looked++ < MAX_DYNAMIC_IMPORTS; at = text.indexOf(AWAIT_IMPORT, at + AWAIT_IMPORT.length)) {
    const start = at + AWAIT_IMPORT.length - "import(".length;
    const node = sourceCode.getNodeByRangeIndex(start) as TSESTree.Node | null;
    if (node?.type !== AST_NODE_TYPES.ImportExpression || node.range[0] !== start) continue;
    const source = staticSource(node.source);
    if (source === undefined) continue;
    const name = normalizeModuleName(source);
    sources.add(name);
    const awaited = skipWrappersUp(node).parent;
    if (awaited?.type === AST_NODE_TYPES.AwaitExpression) dynamicImports.push({ awaited, name });
  }
  const result = { sources, requireCalls, importEquals, dynamicImports };
  fileCache.set(sourceCode, result);
  return result;
}

function staticSource(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string") return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Where a binding comes from: the module (without `node:`) and the export it takes, none for the module object itself. */
export interface ModuleBinding {
  module: string;
  /** `stringify` for `import { stringify as s } from "qs"` or `const { stringify } = require("qs")`; undefined for `import qs`, `import * as qs`, `const qs = require("qs")`, `import qs = require("qs")`. */
  name?: string;
}

/** The module a definition binds (an import, a TS import-equals, or a `const` initialised by `require("…")`), or undefined. */
export function getDefinitionModule(def: TSESLint.Scope.Definition): ModuleBinding | undefined {
  if (def.type === "ImportBinding") {
    const node = def.node as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = node.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference || reference.expression.type !== AST_NODE_TYPES.Literal) return undefined;
      const source = reference.expression.value;
      return typeof source === "string" ? { module: normalizeModuleName(source) } : undefined;
    }
    const declaration = def.parent as TSESTree.Node | null;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const module = normalizeModuleName(declaration.source.value);
    if (node.type !== AST_NODE_TYPES.ImportSpecifier) return { module };
    return { module, name: node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : String(node.imported.value) };
  }
  if (def.type !== "Variable") return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
  const source = init?.type === AST_NODE_TYPES.CallExpression && isRequireCallee(init) ? requireSource(init) : undefined;
  if (source === undefined) return undefined;
  const module = normalizeModuleName(source);
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return { module };
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === def.name) {
      const name = getLiteralKeyName(property.key, property.computed);
      return name === undefined ? undefined : { module, name };
    }
  }
  return undefined;
}

/** The module an identifier's (or a name's, seen from `scope`) single binding comes from (see `getDefinitionModule`). */
export function getModuleBinding(identifier: TSESTree.Identifier | string, scope: TSESLint.Scope.Scope): ModuleBinding | undefined {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  return variable?.defs.length === 1 ? getDefinitionModule(variable.defs[0]!) : undefined;
}

/** `require("qs")`: the module it loads, as written. */
export function getRequiredModule(node: TSESTree.Node): string | undefined {
  const call = unwrapExpression(node);
  return call.type === AST_NODE_TYPES.CallExpression && isRequireCallee(call) ? requireSource(call) : undefined;
}

function isRequireCallee(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === "require" && call.arguments.length === 1;
}

function requireSource(call: TSESTree.CallExpression): string | undefined {
  const arg = call.arguments[0];
  if (arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === "string") return arg.value;
  if (arg?.type === AST_NODE_TYPES.TemplateLiteral && arg.expressions.length === 0) {
    return arg.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The modules this file imports or requires, `node:` prefixes removed. Computed once per file. */
export function getImportedModules(context: Context): ReadonlySet<string> {
  return collectFileModules(context).sources;
}

const moduleSets = new WeakMap<object, ReadonlySet<string>>();
const SHORT_LIST = 4;

/** The names without `node:`, as a set made once per list (the lists are module-level constants). */
function normalizedSet(modules: Iterable<string>): ReadonlySet<string> {
  let set = moduleSets.get(modules as object);
  if (!set) {
    set = new Set([...modules].map(normalizeModuleName));
    moduleSets.set(modules as object, set);
  }
  return set;
}

/** Cheap early exit for rules that only care about some modules. */
export function importsAnyOf(context: Context, modules: Iterable<string>): boolean {
  const sources = getImportedModules(context);
  if (sources.size === 0) return false;
  // A short list written in place (`["crypto"]`): look its names up directly.
  if (Array.isArray(modules) && modules.length <= SHORT_LIST) {
    for (const name of modules as readonly string[]) if (sources.has(normalizeModuleName(name))) return true;
    return false;
  }
  const wanted = normalizedSet(modules);
  for (const source of sources) if (wanted.has(source)) return true;
  return false;
}

function kindOf(type: symbol): ReferenceKind {
  if (type === CALL) return "call";
  if (type === CONSTRUCT) return "construct";
  return "read";
}

/**
 * Every use of the traced module members in this file, whatever the import style: ESM named,
 * default, namespace and renamed imports, `require` with or without destructuring, TS
 * `import x = require()`, with `node:` prefixes. Keys of `traceMap` are module names without
 * `node:`. A default import is the module object itself (CommonJS interop), so trace SDK classes
 * both at the top (`new OpenAI()`) and by name (`new OpenAI.OpenAI()`, `import { OpenAI }`).
 */
export function findModuleReferences<T>(context: Context, traceMap: TraceMap<T>): ModuleReference<T>[] {
  const file = collectFileModules(context);
  const wanted = Object.keys(traceMap).filter((name) => file.sources.has(normalizeModuleName(name)));
  if (wanted.length === 0) return [];
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const tracker = new ReferenceTracker(globalScope as never, { mode: "legacy" });

  const esmMap: TraceMap<T> = {};
  for (const name of wanted) {
    const map = traceMap[name]!;
    esmMap[name] = map;
    if (BUILTINS.has(name)) esmMap[`node:${name}`] = map;
  }

  const out: ModuleReference<T>[] = [];
  const seen = new Set<TSESTree.Node>();
  const push = (node: unknown, path: string[], type: symbol, info: T): void => {
    const n = node as TSESTree.Node;
    if (seen.has(n)) return;
    seen.add(n);
    out.push({ node: n, path: [normalizeModuleName(path[0] ?? ""), ...path.slice(1)], kind: kindOf(type), info });
  };

  for (const ref of tracker.iterateEsmReferences(esmMap)) push(ref.node, ref.path, ref.type, ref.info as T);

  for (const call of file.requireCalls) {
    const name = normalizeModuleName(requireSource(call) ?? "");
    const map = traceMap[name];
    if (!map) continue;
    if (map[READ]) push(call, [name], READ, map[READ] as T);
    for (const ref of tracker.iteratePropertyReferences(call as never, map as TraceMap<T>)) {
      push(ref.node, [name, ...ref.path], ref.type, ref.info as T);
    }
  }

  for (const { awaited, name } of file.dynamicImports) {
    const map = traceMap[name];
    if (!map) continue;
    if (map[READ]) push(awaited, [name], READ, map[READ] as T);
    // The namespace's `default` is the default export, which stands for the module itself (as for a default import).
    const withDefault = { ...map, default: map } as TraceMap<T>;
    for (const ref of tracker.iteratePropertyReferences(awaited as never, withDefault)) {
      push(ref.node, [name, ...(ref.path[0] === "default" ? ref.path.slice(1) : ref.path)], ref.type, ref.info as T);
    }
  }

  for (const declaration of file.importEquals) {
    const reference = declaration.moduleReference as TSESTree.TSExternalModuleReference;
    const name = normalizeModuleName((reference.expression as TSESTree.StringLiteral).value);
    const map = traceMap[name];
    if (!map) continue;
    const variable = context.sourceCode.getDeclaredVariables(declaration)[0];
    for (const ref of variable?.references ?? []) {
      if (!ref.isRead()) continue;
      for (const tracked of tracker.iteratePropertyReferences(ref.identifier as never, map as TraceMap<T>)) {
        push(tracked.node, [name, ...tracked.path], tracked.type, tracked.info as T);
      }
    }
  }
  return out;
}
