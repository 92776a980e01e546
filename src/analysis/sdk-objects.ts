import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, unwrapExpression } from "./ast";
import { getFieldWrites, thisClassBody } from "./class-fields";
import { CALL, CONSTRUCT, findModuleReferences, type TraceMap } from "./modules";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Scope = TSESLint.Scope.Scope;
type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

/** What a catalogue says about one call: at least which kind of object it returns, if any. */
export interface CatalogueCall {
  returns?: string;
}

/** An export of a module: a class (`construct`), a function (`call`), or a ready-made object of a kind (`instance`). */
export interface CatalogueExport<C extends CatalogueCall> {
  /** `""` for the module itself, dotted for static members (`VectorStoreIndex.fromDocuments`). */
  name: string;
  construct?: C;
  call?: C;
  instance?: string;
}

/**
 * Module exports and the kinds of objects they make, with each kind's methods by dotted path.
 * `knowledge/prompts.ts` is one; the shape is generic so other catalogues can reuse the reader.
 */
export interface ObjectCatalogue<C extends CatalogueCall> {
  sdks: readonly { modules: readonly string[]; exports: readonly CatalogueExport<C>[] }[];
  kinds: Readonly<Record<string, { methods: Readonly<Record<string, C>> }>>;
}

export interface SdkObjectsOptions<C> {
  /** Vetoes a constructor or factory call found by import (for example a cache made without a persistent store). */
  accept?: (node: CallLike, call: C) => boolean;
}

const MAX_DEPTH = 10;

/** Unwraps TS wrappers, optional chains and `await`. */
export function unwrapValue(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

/** Calls every node below `root` (root included) in source order. */
export function forEachNode(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child = value[i] as TSESTree.Node | null;
          if (child && typeof child.type === "string") stack.push(child);
        }
      } else if (value && typeof (value as TSESTree.Node).type === "string") {
        stack.push(value as TSESTree.Node);
      }
    }
  }
}

/** The expressions a binding is given in this file: its initialiser, `x = …` / `x += …` assignments. */
export function getAssignedValues(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Node[] {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable) return [];
  return getVariableAssignedValues(variable);
}

export function getVariableAssignedValues(variable: TSESLint.Scope.Variable): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const def of variable.defs) {
    if (def.type === "Variable" && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) out.push(def.node.init);
  }
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init) continue;
    const parent = (reference.identifier as TSESTree.Node).parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier) out.push(parent.right);
  }
  return out;
}

/**
 * Reads SDK objects in a file from a catalogue: which calls are catalogued calls (by import
 * source, or as methods of an object whose kind is known), and which kind of object an expression
 * is. Objects are followed through `const`/`let` bindings, `await`, ternaries, `this.x` fields
 * set in the same class, and methods that return another kind (`genAI.getGenerativeModel()`).
 */
export class SdkObjects<C extends CatalogueCall> {
  private readonly imported = new Map<TSESTree.Node, C>();
  private readonly kindCache = new Map<TSESTree.Node, string | null>();
  private readonly callCache = new Map<TSESTree.Node, C | null>();
  private readonly scope: Scope;

  constructor(
    context: Context,
    private readonly catalogue: ObjectCatalogue<C>,
    options: SdkObjectsOptions<C> = {},
  ) {
    const scope = context.sourceCode.scopeManager?.globalScope;
    if (!scope) throw new Error("no scope manager for this file");
    this.scope = scope;
    for (const ref of findModuleReferences(context, buildTraceMap(catalogue))) {
      if (ref.kind === "read") continue;
      const node = ref.node as CallLike;
      if (options.accept && !options.accept(node, ref.info)) continue;
      this.imported.set(node, ref.info);
    }
  }

  /** Whether the file uses anything from the catalogue at all. */
  get isEmpty(): boolean {
    return this.imported.size === 0;
  }

  /** The catalogue entry of this call or construction, if it is one. */
  callOf(node: TSESTree.Node): C | undefined {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
    const cached = this.callCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    this.callCache.set(node, null);
    const found = this.imported.get(node) ?? (node.type === AST_NODE_TYPES.CallExpression ? this.methodOf(node, 0) : undefined);
    this.callCache.set(node, found ?? null);
    return found;
  }

  /** The kind of object an expression evaluates to, if it is a catalogued one. */
  kindOf(node: TSESTree.Node, depth = 0): string | undefined {
    const value = unwrapValue(node);
    const cached = this.kindCache.get(value);
    if (cached !== undefined) return cached ?? undefined;
    if (depth > MAX_DEPTH) return undefined;
    this.kindCache.set(value, null); // guards cycles such as `a = b; b = a`
    const kind = this.computeKind(value, depth);
    this.kindCache.set(value, kind ?? null);
    return kind;
  }

  private computeKind(value: TSESTree.Node, depth: number): string | undefined {
    switch (value.type) {
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.CallExpression: {
        const call = this.imported.get(value) ?? (value.type === AST_NODE_TYPES.CallExpression ? this.methodOf(value, depth + 1) : undefined);
        return call?.returns;
      }
      case AST_NODE_TYPES.Identifier:
        for (const assigned of getAssignedValues(value, this.scope)) {
          const kind = this.kindOf(assigned, depth + 1);
          if (kind) return kind;
        }
        return undefined;
      case AST_NODE_TYPES.MemberExpression: {
        if (unwrapExpression(value.object).type !== AST_NODE_TYPES.ThisExpression) return undefined;
        const name = getLiteralKeyName(value.property, value.computed);
        if (name === undefined) return undefined;
        for (const assigned of this.thisFieldValues(value, name)) {
          const kind = this.kindOf(assigned, depth + 1);
          if (kind) return kind;
        }
        return undefined;
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return this.kindOf(value.consequent, depth + 1) ?? this.kindOf(value.alternate, depth + 1);
      case AST_NODE_TYPES.LogicalExpression:
        return this.kindOf(value.left, depth + 1) ?? this.kindOf(value.right, depth + 1);
      default:
        return undefined;
    }
  }

  /** `client.chat.completions.create(…)`: tries every split of the callee into an object of a known kind and a method path. */
  private methodOf(call: TSESTree.CallExpression, depth: number): C | undefined {
    let member = unwrapExpression(call.callee);
    const path: string[] = [];
    while (member.type === AST_NODE_TYPES.MemberExpression) {
      const name = getLiteralKeyName(member.property, member.computed);
      if (name === undefined) return undefined;
      path.unshift(name);
      const object = unwrapExpression(member.object);
      const kind = this.kindOf(object, depth + 1);
      if (kind) {
        const method = this.catalogue.kinds[kind]?.methods[path.join(".")];
        if (method) return method;
      }
      member = object;
    }
    return undefined;
  }

  /** Values given to `this.<name>` in the class around `node`: a field initialiser or `this.<name> = …`. */
  private thisFieldValues(node: TSESTree.Node, name: string): TSESTree.Node[] {
    const body = thisClassBody(node);
    if (!body) return [];
    return getFieldWrites(body, name)
      .filter((write) => write.kind !== "compound")
      .map((write) => write.value);
  }

}

const traceMapCache = new WeakMap<object, TraceMap<never>>();

type TraceNode = Record<string | symbol, unknown>;

function child(node: TraceNode, key: string): TraceNode {
  const existing = node[key] as TraceNode | undefined;
  if (existing) return existing;
  const created: TraceNode = {};
  node[key] = created;
  return created;
}

function descend(node: TraceNode, dotted: string): TraceNode {
  let current = node;
  if (dotted === "") return current;
  for (const segment of dotted.split(".")) current = child(current, segment);
  return current;
}

/** The ReferenceTracker map for a catalogue: constructors, functions, and the methods of ready-made instances. */
function buildTraceMap<C extends CatalogueCall>(catalogue: ObjectCatalogue<C>): TraceMap<C> {
  const cached = traceMapCache.get(catalogue);
  if (cached) return cached as TraceMap<C>;
  const map: Record<string, TraceNode> = {};
  for (const sdk of catalogue.sdks) {
    for (const module of sdk.modules) {
      const root = (map[module] ??= {});
      for (const entry of sdk.exports) {
        const target = descend(root, entry.name);
        if (entry.construct) target[CONSTRUCT] = entry.construct;
        if (entry.call) target[CALL] = entry.call;
        if (entry.instance) {
          for (const [path, method] of Object.entries(catalogue.kinds[entry.instance]?.methods ?? {})) {
            descend(target, path)[CALL] = method;
          }
        }
      }
    }
  }
  traceMapCache.set(catalogue, map as TraceMap<never>);
  return map as TraceMap<C>;
}
