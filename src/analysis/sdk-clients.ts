import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, getMemberPath, skipWrappersUp, unwrapExpression } from "./ast";
import { CALL, CONSTRUCT, findModuleReferences, type TraceMap } from "./modules";
import { findProperty, getPropertyName, resolveObjectExpression, resolveObjectExpressions } from "./objects";
import { resolveIdentifierInit, type Scope } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** One way an SDK builds a client. */
export interface SdkConstruction {
  /** `new` for a class, `call` for a factory function or a static method. */
  kind: "new" | "call";
  /** Member path inside the module; `[]` is the module's export itself (`new Redis()`, `postgres()`). */
  path: readonly string[];
  /**
   * Methods called on an instance made by this construction that open the real connection
   * (`pc.index({ host })` on a Pinecone client). When set, the finder returns those method calls
   * (for `const`/`let` bindings, class fields and direct chains) instead of the construction.
   */
  instanceMethods?: readonly string[];
  /** The argument that holds the options object: an index, or `"last"` for the last argument. Default 0. */
  options?: number | "last";
}

/** What the finder needs of a client description; rules add their own data next to it. */
export interface SdkClientSpec {
  /** Import sources, without `node:`. */
  modules: readonly string[];
  constructions: readonly SdkConstruction[];
}

export interface SdkClientCall<S extends SdkClientSpec> {
  spec: S;
  construction: SdkConstruction;
  /** The `new X(…)`, the factory call, or the instance method call. */
  node: TSESTree.CallExpression | TSESTree.NewExpression;
}

/** Where a setting is written: an option path inside the options object (`"socket.tls"`) or a positional argument index. */
export type SettingPlace = string | number;

/** A setting read from a call: not written, written as `node`, or possibly written where the code cannot be followed. */
export type SettingValue =
  | { state: "absent" }
  | { state: "unknown" }
  | { state: "present"; node: TSESTree.Node };

/** The options argument of one call, opened: each object literal it may be, or unknown. */
export type OptionsObject = TSESTree.ObjectExpression | "none" | "unknown";

interface Target<S> {
  spec: S;
  construction: SdkConstruction;
}

const specCache = new WeakMap<readonly SdkClientSpec[], TraceMap<Target<SdkClientSpec>[]>>();

/**
 * The trace map for a list of client specs: each construction under its module path and again
 * under `default` (ESM default imports of CommonJS modules and `require("x").default`).
 * Built once per spec list.
 */
function buildTraceMap<S extends SdkClientSpec>(specs: readonly S[]): TraceMap<Target<S>[]> {
  const cached = specCache.get(specs);
  if (cached) return cached as unknown as TraceMap<Target<S>[]>;
  const map: Record<string, Record<string | symbol, unknown>> = {};
  const register = (module: string, path: readonly string[], target: Target<S>): void => {
    let node = (map[module] ??= {});
    for (const segment of path) node = (node[segment] ??= {}) as Record<string | symbol, unknown>;
    const marker = target.construction.kind === "new" ? CONSTRUCT : CALL;
    const list = (node[marker] ??= []) as Target<S>[];
    list.push(target);
  };
  for (const spec of specs) {
    for (const construction of spec.constructions) {
      for (const module of spec.modules) {
        register(module, construction.path, { spec, construction });
        if (construction.path[0] !== "default") register(module, ["default", ...construction.path], { spec, construction });
      }
    }
  }
  specCache.set(specs, map as never);
  return map as unknown as TraceMap<Target<S>[]>;
}

/**
 * Every place this file builds one of the described clients, matched by import source (ESM,
 * CommonJS, renamed and namespace imports, `import x = require()`), never by a bare name. Pass
 * the same (module-level) spec array every time: its trace map is cached on it.
 */
export function findSdkClientCalls<S extends SdkClientSpec>(context: Context, specs: readonly S[]): SdkClientCall<S>[] {
  const references = findModuleReferences(context, buildTraceMap(specs));
  const out: SdkClientCall<S>[] = [];
  const seen = new Set<string>();
  for (const reference of references) {
    if (reference.kind === "read") continue;
    const node = reference.node;
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
    for (const target of reference.info) {
      const calls = target.construction.instanceMethods
        ? findInstanceMethodCalls(node, target.construction.instanceMethods, context)
        : [node];
      for (const call of calls) {
        const key = `${call.range[0]}:${call.range[1]}:${specs.indexOf(target.spec)}:${target.spec.constructions.indexOf(target.construction)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ spec: target.spec, construction: target.construction, node: call });
      }
    }
  }
  return out.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** Skips `await`, TS wrappers and optional chains to the node that uses a value. */
function usingParent(node: TSESTree.Node): { node: TSESTree.Node; parent: TSESTree.Node | undefined } {
  const current = skipWrappersUp(node, true);
  return { node: current, parent: current.parent };
}

/** `receiver.method(…)` when `receiver` is exactly `object`. */
function methodCallOn(object: TSESTree.Node, methods: readonly string[]): TSESTree.CallExpression | undefined {
  const member = object.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== object) return undefined;
  const name = getLiteralKeyName(member.property, member.computed);
  if (name === undefined || !methods.includes(name)) return undefined;
  const call = member.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : undefined;
}

/**
 * Calls of `methods` on the instance `construction` makes: `new X().m()`, `const x = new X(); x.m()`,
 * and `this.x.m()` inside the class whose field or constructor stores it in `this.x`.
 */
export function findInstanceMethodCalls(
  construction: TSESTree.Node,
  methods: readonly string[],
  context: Context,
): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  const { node: top, parent } = usingParent(construction);
  const direct = methodCallOn(top, methods);
  if (direct) out.push(direct);
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === top && parent.id.type === AST_NODE_TYPES.Identifier) {
    for (const variable of context.sourceCode.getDeclaredVariables(parent)) {
      for (const reference of variable.references) {
        if (!reference.isRead()) continue;
        const call = methodCallOn(reference.identifier as TSESTree.Node, methods);
        if (call) out.push(call);
      }
    }
  }
  let fieldName: string | undefined;
  let classNode: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === top && !parent.static) {
    fieldName = getLiteralKeyName(parent.key, parent.computed);
    classNode = parent.parent.parent;
  } else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === top) {
    const path = getMemberPath(parent.left);
    if (path?.length === 2 && path[0] === "this") {
      fieldName = path[1];
      classNode = enclosingClass(parent);
    }
  }
  if (fieldName !== undefined && classNode) {
    visit(classNode, context.sourceCode.visitorKeys, (node) => {
      if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return;
      if (getLiteralKeyName(node.property, node.computed) !== fieldName) return;
      const call = methodCallOn(node, methods);
      if (call) out.push(call);
    });
  }
  return out;
}

function enclosingClass(node: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current.parent;
    current = current.parent;
  }
  return undefined;
}

function visit(root: TSESTree.Node, keys: TSESLint.SourceCode.VisitorKeys, fn: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    fn(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === "object" && "type" in item) stack.push(item as TSESTree.Node);
      } else if (child && typeof child === "object" && "type" in child) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/** `process.env.X` / `process.env["X"]`: always a string or undefined, never an options object. */
export function isEnvRead(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrapExpression(inner.object);
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    const path = getMemberPath(object);
    return path?.length === 2 && path[1] === "env" && (path[0] === "process" || path[0] === "import.meta");
  }
  return false;
}

function looksLikeScalar(node: TSESTree.Node, depth = 0): boolean {
  const inner = unwrapExpression(node);
  if (depth < 4 && inner.type === AST_NODE_TYPES.ConditionalExpression) {
    return looksLikeScalar(inner.consequent, depth + 1) && looksLikeScalar(inner.alternate, depth + 1);
  }
  if (depth < 4 && inner.type === AST_NODE_TYPES.LogicalExpression) {
    return looksLikeScalar(inner.left, depth + 1) && looksLikeScalar(inner.right, depth + 1);
  }
  return (
    inner.type === AST_NODE_TYPES.Literal ||
    inner.type === AST_NODE_TYPES.TemplateLiteral ||
    (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === "+") ||
    isEnvRead(inner)
  );
}

/**
 * The options argument of a client call, opened into the object literals it may be (both branches
 * of a ternary, a `const`), `"none"` when there is no options argument (or the `"last"` argument is a
 * string), `"unknown"` when it is an object the file does not show (a parameter, a call).
 */
export function getSdkOptionsObjects(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  construction: SdkConstruction,
  scope: Scope,
): OptionsObject[] {
  const where = construction.options ?? 0;
  const index = where === "last" ? call.arguments.length - 1 : where;
  const argument = index >= 0 ? call.arguments[index] : undefined;
  if (!argument) return ["none"];
  if (argument.type === AST_NODE_TYPES.SpreadElement) return ["unknown"];
  const objects = resolveObjectExpressions(argument, scope);
  if (objects.length > 0) return objects;
  if (isScalar(argument, scope)) return ["none"];
  return ["unknown"];
}

/** A string, number or env read, directly or through `const`s: a URL or host argument, not options. */
function isScalar(node: TSESTree.Node, scope: Scope): boolean {
  let current = unwrapExpression(node);
  for (let depth = 0; depth < 8 && current.type === AST_NODE_TYPES.Identifier; depth++) {
    const init = resolveIdentifierInit(current, scope);
    if (!init) return false;
    current = unwrapExpression(init);
  }
  return looksLikeScalar(current);
}

/** Whether an object literal spreads in something the file does not show (`...options`). */
export function hasOpaqueSpread(object: TSESTree.ObjectExpression, scope: Scope, depth = 0): boolean {
  if (depth > 8) return true;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.SpreadElement) continue;
    const spread = resolveObjectExpressions(property.argument, scope);
    if (spread.length === 0) return true;
    if (spread.some((inner) => inner !== object && hasOpaqueSpread(inner, scope, depth + 1))) return true;
  }
  return false;
}

/**
 * A setting of a client call: `"ssl"` / `"socket.tls"` inside the options object, or a positional
 * argument. `unknown` when the options, or an object on the path, come from code the file does
 * not show, or when a spread the file cannot open may hold the key.
 */
export function readSetting(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  options: OptionsObject,
  place: SettingPlace,
  scope: Scope,
): SettingValue {
  if (typeof place === "number") {
    const argument = call.arguments[place];
    if (!argument) return { state: "absent" };
    if (argument.type === AST_NODE_TYPES.SpreadElement) return { state: "unknown" };
    return { state: "present", node: argument };
  }
  if (options === "none") return { state: "absent" };
  if (options === "unknown") return { state: "unknown" };
  const path = place.split(".");
  let current: TSESTree.ObjectExpression = options;
  for (let i = 0; i < path.length; i++) {
    const found = findProperty(current, path[i]!, scope);
    if (!found) return hasOpaqueSpread(current, scope) || hasComputedUnknownKey(current, scope) ? { state: "unknown" } : { state: "absent" };
    if (i === path.length - 1) return { state: "present", node: found.value };
    const next = resolveObjectExpression(found.value, scope);
    if (!next) {
      const inner = unwrapExpression(found.value);
      if (inner.type === AST_NODE_TYPES.Identifier && inner.name === "undefined") return { state: "absent" };
      if (inner.type === AST_NODE_TYPES.Literal) return { state: "absent" };
      return { state: "unknown" };
    }
    current = next;
  }
  return { state: "absent" };
}

function hasComputedUnknownKey(object: TSESTree.ObjectExpression, scope: Scope): boolean {
  return object.properties.some(
    (property) => property.type === AST_NODE_TYPES.Property && property.computed && getPropertyName(property, scope) === undefined,
  );
}
