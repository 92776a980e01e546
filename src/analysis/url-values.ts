import { findVariable, isGlobalNamed } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, getMemberPath, unwrapExpression } from "./ast";
import { getFieldWrites, thisClassBody } from "./class-fields";
import { findProperty, resolveDestructuredBinding, resolveMemberValues, resolveObjectExpressions } from "./objects";
import { resolveCandidates, resolveIdentifierInit, type Scope } from "./static-value";
import { getStringParts, type StringPart } from "./string-parts";
import { parseUrlParts, parseUrlString, type ParsedUrl } from "./url";
import { LOCAL_HOST_SOURCES } from "../knowledge/model-endpoints";

/** A URL an expression can provably be, with the node a report about it belongs on. */
export interface UrlValue {
  /**
   * Where the value enters the expression being judged: the literal or template itself, the branch
   * of a ternary or `??`, or the identifier / member naming a constant (so a report lands at the use).
   */
  node: TSESTree.Node;
  parts: StringPart[];
  url: ParsedUrl;
  /** True when the text had no scheme and `impliedScheme` was put in front of it. */
  schemeImplied: boolean;
  /**
   * The host, lower-case, with any run-time pieces written as `0` (`${region}.svc` → `0.svc`), so
   * its shape can still be judged; undefined when the whole host is one run-time value.
   */
  hostText: string | undefined;
  /** The host for messages: run-time pieces shown as `…`. */
  hostLabel: string;
  /** When the whole host is one run-time value: every host it can provably be (ternary branches, fallbacks). */
  hostCandidates: string[];
}

export interface UrlResolveOptions {
  /** Scheme an SDK assumes for a bare `host:port` (Ollama's `host` becomes `http://host:11434`). */
  impliedScheme?: string;
}

const MAX_DEPTH = 10;
const MAX_VALUES = 16;
/** First code point used to mark holes; each hole gets its own character, so hosts map back to expressions. */
const HOLE_BASE = 0xe000;
const MAX_HOLES = 0x1000;

interface Walk {
  scope: Scope;
  options: UrlResolveOptions;
  seen: Set<TSESTree.Node>;
  /** Called for each string-building expression the value may come from. */
  onLeaf: (leaf: TSESTree.Node, reportNode: TSESTree.Node) => void;
  /** True once enough values are collected. */
  full: () => boolean;
}

/**
 * Every URL an expression can provably be: literals, template literals and `+` (run-time pieces
 * kept as holes), same-file constants, both branches of a ternary, both sides of `??`/`||`,
 * parameter and destructuring defaults, `this.x` class fields, members of same-file object
 * literals, `new URL(path, base)`, `url.href` and `String(url)`. Values without a `scheme://` are
 * left out unless `impliedScheme` is given.
 */
export function resolveUrlValues(node: TSESTree.Node, scope: Scope, options: UrlResolveOptions = {}): UrlValue[] {
  const out: UrlValue[] = [];
  const walk: Walk = {
    scope,
    options,
    seen: new Set(),
    onLeaf: (leaf, reportNode) => {
      const value = readUrlLeaf(leaf, reportNode, scope, walk.options);
      if (value) out.push(value);
      else out.push(...readBaseCandidates(leaf, reportNode, scope));
    },
    full: () => out.length >= MAX_VALUES,
  };
  visit(node, undefined, walk, 0);
  return out;
}

/**
 * Every string an expression can provably be, through the same paths as `resolveUrlValues`
 * (class fields and parameter defaults included); partial when some branch is run-time only.
 */
export function resolveStringCandidates(node: TSESTree.Node, scope: Scope): string[] {
  const out: string[] = [];
  const walk: Walk = {
    scope,
    options: {},
    seen: new Set(),
    onLeaf: (leaf) => {
      for (const candidate of resolveCandidates(leaf, scope)) {
        if (typeof candidate.value === "string") out.push(candidate.value);
      }
    },
    full: () => out.length >= MAX_VALUES,
  };
  visit(node, undefined, walk, 0);
  return out;
}

function visit(raw: TSESTree.Node, reportNode: TSESTree.Node | undefined, walk: Walk, depth: number): void {
  if (depth > MAX_DEPTH || walk.full() || walk.seen.has(raw)) return;
  walk.seen.add(raw);
  try {
    visitInner(raw, reportNode, walk, depth);
  } finally {
    walk.seen.delete(raw);
  }
}

function visitInner(raw: TSESTree.Node, reportNode: TSESTree.Node | undefined, walk: Walk, depth: number): void {
  const node = unwrapExpression(raw);
  const next = depth + 1;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
      walk.onLeaf(raw, reportNode ?? raw);
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator === "+") walk.onLeaf(raw, reportNode ?? raw);
      return;
    case AST_NODE_TYPES.Identifier: {
      for (const source of bindingSources(node, walk.scope)) visit(source, reportNode ?? raw, walk, next);
      return;
    }
    case AST_NODE_TYPES.ConditionalExpression:
      visit(node.consequent, reportNode, walk, next);
      visit(node.alternate, reportNode, walk, next);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      if (node.operator !== "&&") visit(node.left, reportNode, walk, next);
      visit(node.right, reportNode, walk, next);
      return;
    case AST_NODE_TYPES.MemberExpression:
      for (const source of memberSources(node, walk.scope)) visit(source, reportNode ?? raw, walk, next);
      return;
    case AST_NODE_TYPES.NewExpression:
      if (isGlobalNamed(node.callee, "URL", walk.scope)) visitUrlConstructor(node, reportNode, walk, next);
      return;
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      const first = node.arguments[0];
      if (isGlobalNamed(callee, "String", walk.scope) && first && first.type !== AST_NODE_TYPES.SpreadElement) {
        visit(first, reportNode, walk, next);
      } else if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        getLiteralKeyName(callee.property, callee.computed) === "toString" &&
        node.arguments.length === 0
      ) {
        visit(callee.object, reportNode, walk, next);
      }
      return;
    }
    default:
      return;
  }
}

const SCHEME_PREFIX = /^[a-z][a-z\d+.-]*:/i;

/** `new URL(input, base)`: the input; the base only when the input is provably relative. */
function visitUrlConstructor(node: TSESTree.NewExpression, reportNode: TSESTree.Node | undefined, walk: Walk, depth: number): void {
  const [input, base] = node.arguments;
  if (!input || input.type === AST_NODE_TYPES.SpreadElement) return;
  const saved = walk.options;
  walk.options = {};
  visit(input, reportNode, walk, depth);
  walk.options = saved;
  if (!base || base.type === AST_NODE_TYPES.SpreadElement) return;
  const parts = getStringParts(input, walk.scope);
  const first = parts?.[0];
  if (first?.kind === "text" && !SCHEME_PREFIX.test(first.text)) visit(base, reportNode, walk, depth);
}

/**
 * The expressions a variable is bound to: a `const` (or write-once `let`), the value a destructured
 * binding takes from a same-file object literal (`const { llm: { baseURL } } = settings`), or the
 * default of a parameter or destructured binding.
 */
function bindingSources(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Node[] {
  const init = resolveIdentifierInit(identifier, scope) ?? resolveDestructuredBinding(identifier, scope);
  if (init) return [init];
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return [];
  const def = variable.defs[0]!;
  if (def.type !== "Parameter" && def.type !== "Variable") return [];
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return [];
  const name = def.name as TSESTree.Node;
  const pattern = name.parent;
  if (pattern?.type === AST_NODE_TYPES.AssignmentPattern && pattern.left === name) return [pattern.right];
  return [];
}

/**
 * The expressions a member expression reads: a property of a same-file object literal
 * (`CONFIG.llm.baseURL`), a class field (`this.baseURL`, `this.config.baseURL`), or the `URL` object
 * behind `url.href`.
 */
function memberSources(node: TSESTree.MemberExpression, scope: Scope): TSESTree.Node[] {
  const key = getLiteralKeyName(node.property, node.computed);
  if (key === undefined) return [];
  const object = unwrapExpression(node.object);
  if (key === "href" || key === "origin") {
    const urlObject = object.type === AST_NODE_TYPES.Identifier ? resolveIdentifierInit(object, scope) : object;
    const inner = urlObject ? unwrapExpression(urlObject) : undefined;
    if (inner?.type === AST_NODE_TYPES.NewExpression) return [inner];
  }
  const path = getMemberPath(node);
  if (!path || path.length < 2) return [];
  const root = innermostObject(node);
  let current: TSESTree.Node[];
  let start: number;
  if (root.type === AST_NODE_TYPES.ThisExpression) {
    current = classFieldSources(node, path[1]!);
    start = 2;
  } else if (root.type === AST_NODE_TYPES.Identifier) {
    // Not followed when anything writes the path (`settings.llm.baseURL = …`).
    return resolveMemberValues(node, scope);
  } else {
    return [];
  }
  for (let i = start; i < path.length && current.length > 0; i++) {
    const next: TSESTree.Node[] = [];
    for (const candidate of current) {
      for (const literal of resolveObjectExpressions(candidate, scope)) {
        const property = findProperty(literal, path[i]!, scope);
        if (property) next.push(property.value);
      }
    }
    current = next;
  }
  return current;
}

function innermostObject(node: TSESTree.MemberExpression): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
  return current;
}

/** Every value a class gives `this.<key>`: the field initialiser and each `this.<key> = …` in its instance code. */
function classFieldSources(node: TSESTree.Node, key: string): TSESTree.Node[] {
  const body = thisClassBody(node);
  if (!body) return [];
  return getFieldWrites(body, key)
    .filter((write) => write.kind !== "compound")
    .map((write) => write.value);
}


function readUrlLeaf(node: TSESTree.Node, reportNode: TSESTree.Node, scope: Scope, options: UrlResolveOptions): UrlValue | undefined {
  let parts = getStringParts(node, scope);
  if (!parts || parts.length === 0) return undefined;
  let url = parseUrlParts(parts);
  let schemeImplied = false;
  const first = parts[0]!;
  if (!url && options.impliedScheme && first.kind === "text" && isBareHost(first.text)) {
    parts = [{ kind: "text", text: `${options.impliedScheme}://${first.text}`, node: first.node }, ...parts.slice(1)];
    url = parseUrlParts(parts);
    schemeImplied = true;
  }
  if (!url) return undefined;
  return { node: reportNode, parts, url, schemeImplied, ...readHost(parts, scope) };
}

const MAX_BASES = 4;
const SCHEME_START = /^[a-z][a-z\d+.-]*:\/\//i;

/**
 * A build that starts with a run-time base (`${BASE}/v1/models`, `BASE + "/models"`), where the base
 * can provably be a URL: `const BASE = process.env.HF_ENDPOINT ?? "http://mirror…"` gives the URL
 * with that fallback in front of the rest.
 */
function readBaseCandidates(node: TSESTree.Node, reportNode: TSESTree.Node, scope: Scope): UrlValue[] {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.TemplateLiteral && inner.type !== AST_NODE_TYPES.BinaryExpression) return [];
  const parts = getStringParts(node, scope);
  const first = parts?.[0];
  if (!parts || first?.kind !== "hole") return [];
  const out: UrlValue[] = [];
  for (const candidate of resolveCandidates(first.node, scope)) {
    if (typeof candidate.value !== "string" || !SCHEME_START.test(candidate.value)) continue;
    const withBase: StringPart[] = [{ kind: "text", text: candidate.value, node: candidate.node }, ...parts.slice(1)];
    const url = parseUrlParts(withBase);
    if (url) out.push({ node: reportNode, parts: withBase, url, schemeImplied: false, ...readHost(withBase, scope) });
    if (out.length >= MAX_BASES) break;
  }
  return out;
}

/** `gpu-box.lan:11434`, `10.0.0.5`: text that starts like a host (no scheme, no path, no spaces). */
function isBareHost(text: string): boolean {
  if (text.length === 0 || text.includes("://")) return false;
  const c = text.charCodeAt(0);
  const startsLikeHost = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 91;
  return startsLikeHost && !/\s/.test(text);
}

interface HostInfo {
  hostText: string | undefined;
  hostLabel: string;
  hostCandidates: string[];
}

/** Reads the host out of the parts, keeping track of which run-time expressions form it. */
function readHost(parts: readonly StringPart[], scope: Scope): HostInfo {
  let text = "";
  parts.forEach((part, index) => {
    text += part.kind === "text" ? part.text : String.fromCharCode(HOLE_BASE + Math.min(index, MAX_HOLES - 1));
  });
  const start = text.indexOf("://") + 3;
  let end = start;
  while (end < text.length && !"/?#".includes(text[end]!)) end++;
  let authority = text.slice(start, end);
  authority = authority.slice(authority.lastIndexOf("@") + 1);
  const host = stripPort(authority);
  const holeIndexes: number[] = [];
  let onlyHoles = host.length > 0;
  for (const ch of host) {
    const code = ch.charCodeAt(0);
    if (code >= HOLE_BASE && code < HOLE_BASE + MAX_HOLES) holeIndexes.push(code - HOLE_BASE);
    else onlyHoles = false;
  }
  const label = host.replace(/[\uE000-\uEFFF]/g, "…").toLowerCase();
  if (holeIndexes.length === 0) return { hostText: host.toLowerCase(), hostLabel: label, hostCandidates: [] };
  if (!onlyHoles) {
    return { hostText: host.replace(/[\uE000-\uEFFF]/g, "0").toLowerCase(), hostLabel: label, hostCandidates: [] };
  }
  const candidates: string[] = [];
  // `http://${container.getHost()}:${port}` in a Testcontainers file: the local Docker host.
  if (hostHoles(parts).every((part) => part.kind === "hole" && isLocalHostValue(part.node, scope))) {
    return { hostText: undefined, hostLabel: label, hostCandidates: ["localhost"] };
  }
  if (holeIndexes.length === 1) {
    const hole = parts[holeIndexes[0]!];
    if (hole?.kind === "hole") {
      for (const value of resolveStringCandidates(hole.node, scope)) {
        const parsed = parseUrlString(value.includes("://") ? value : `http://${value}`);
        if (parsed?.host !== undefined) candidates.push(parsed.host);
      }
    }
  }
  return { hostText: undefined, hostLabel: label, hostCandidates: candidates };
}

function stripPort(authority: string): string {
  if (authority.startsWith("[")) {
    const close = authority.indexOf("]");
    return close > 0 ? authority.slice(1, close) : authority;
  }
  const colon = authority.indexOf(":");
  return colon >= 0 && authority.lastIndexOf(":") === colon ? authority.slice(0, colon) : authority;
}

/**
 * The values at a property path inside an argument: `[]` gives the argument itself, `["configuration",
 * "baseURL"]` follows same-file object literals (both branches of a ternary, spreads opened).
 */
export function findOptionValues(argument: TSESTree.Node, path: readonly string[], scope: Scope): TSESTree.Node[] {
  if (path.length === 0) return [argument];
  const out: TSESTree.Node[] = [];
  for (const object of resolveObjectExpressions(argument, scope)) {
    const property = findProperty(object, path[0]!, scope);
    if (!property) continue;
    if (path.length === 1) out.push(property.value);
    else out.push(...findOptionValues(property.value, path.slice(1), scope));
  }
  return out;
}

/**
 * The host a gRPC target names: `host:port`, `dns:///host:port`, `dns://authority/host`,
 * `ipv4:1.2.3.4:50051`, `ipv6:[::1]:50051`. `local` is true for Unix sockets; `host` is undefined
 * when the target uses a resolver this function does not read (`xds:`, custom schemes).
 */
export function parseGrpcTarget(target: string): { host: string | undefined; local: boolean } {
  const text = target.trim();
  if (text.startsWith("unix:") || text.startsWith("unix-abstract:")) return { host: undefined, local: true };
  let rest = text;
  if (rest.startsWith("dns:")) {
    rest = rest.slice(4);
    if (rest.startsWith("//")) {
      const slash = rest.indexOf("/", 2);
      rest = slash >= 0 ? rest.slice(slash + 1) : "";
    }
  } else if (rest.startsWith("ipv4:") || rest.startsWith("ipv6:")) {
    rest = rest.slice(5).split(",")[0] ?? "";
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) {
    return { host: undefined, local: false };
  }
  const slash = rest.indexOf("/");
  const host = stripPort(slash >= 0 ? rest.slice(0, slash) : rest).toLowerCase();
  return { host: host.length > 0 ? host : undefined, local: false };
}

/**
 * True when the expression is a run-time value naming the machine the code runs on
 * (`LOCAL_HOST_SOURCES`): `container.getHost()` in a file importing Testcontainers, directly or
 * through a `const`.
 */
export function isLocalHostValue(node: TSESTree.Node, scope: Scope): boolean {
  return isLocalSourceCall(node, scope, "methods");
}

/** A whole URL toward a container of the machine: `es.getHttpUrl()` in a file importing Testcontainers. */
export function isLocalUrlValue(node: TSESTree.Node, scope: Scope): boolean {
  return isLocalSourceCall(node, scope, "urlMethods");
}

function isLocalSourceCall(node: TSESTree.Node, scope: Scope, kind: "methods" | "urlMethods"): boolean {
  let current = unwrapExpression(node);
  for (let depth = 0; depth < MAX_DEPTH && current.type === AST_NODE_TYPES.Identifier; depth++) {
    const init = resolveIdentifierInit(current, scope);
    if (!init) return false;
    current = unwrapExpression(init);
  }
  if (current.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(current.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getLiteralKeyName(callee.property, callee.computed);
  if (method === undefined) return false;
  const sources = LOCAL_HOST_SOURCES.filter((source) => source[kind].includes(method));
  if (sources.length === 0) return false;
  const imported = importedModules(current);
  return sources.some((source) => [...imported].some((module) => source.modules.includes(module) || source.modulePrefixes.some((prefix) => module.startsWith(prefix))));
}

/**
 * True when the URL's host is wholly made of such local run-time values:
 * `` `http://${container.getHost()}:${container.getMappedPort(6333)}` ``.
 */
export function hasLocalHostValue(node: TSESTree.Node, scope: Scope): boolean {
  const parts = getStringParts(node, scope);
  if (!parts || parts.length === 0) return false;
  const holes = hostHoles(parts);
  return holes.length > 0 && holes.every((part) => part.kind === "hole" && isLocalHostValue(part.node, scope));
}

/** The parts that form the host of `scheme://…`, when the host is made only of run-time pieces. */
function hostHoles(parts: readonly StringPart[]): StringPart[] {
  let text = "";
  parts.forEach((part, index) => {
    text += part.kind === "text" ? part.text : String.fromCharCode(HOLE_BASE + Math.min(index, MAX_HOLES - 1));
  });
  const start = text.indexOf("://");
  if (start < 0) return [];
  let end = start + 3;
  while (end < text.length && !"/?#".includes(text[end]!)) end++;
  const authority = text.slice(start + 3, end);
  const host = stripPort(authority.slice(authority.lastIndexOf("@") + 1));
  const out: StringPart[] = [];
  for (const ch of host) {
    const code = ch.charCodeAt(0);
    if (code < HOLE_BASE || code >= HOLE_BASE + MAX_HOLES) return [];
    const part = parts[code - HOLE_BASE];
    if (part) out.push(part);
  }
  return out;
}

const importedModulesCache = new WeakMap<TSESTree.Node, Set<string>>();

/** The modules the file of `node` imports or requires at its top level. */
function importedModules(node: TSESTree.Node): Set<string> {
  let program: TSESTree.Node = node;
  while (program.parent) program = program.parent;
  const cached = importedModulesCache.get(program);
  if (cached) return cached;
  const out = new Set<string>();
  if (program.type === AST_NODE_TYPES.Program) {
    for (const statement of program.body) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration) out.add(statement.source.value);
      if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
      for (const declarator of statement.declarations) {
        let init: TSESTree.Node | null | undefined = declarator.init;
        while (init && (init.type === AST_NODE_TYPES.MemberExpression || init.type === AST_NODE_TYPES.AwaitExpression)) init = init.type === AST_NODE_TYPES.MemberExpression ? init.object : init.argument;
        if (init?.type !== AST_NODE_TYPES.CallExpression && init?.type !== AST_NODE_TYPES.ImportExpression) continue;
        const source = init.type === AST_NODE_TYPES.ImportExpression ? init.source : init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === "require" ? init.arguments[0] : undefined;
        if (source?.type === AST_NODE_TYPES.Literal && typeof source.value === "string") out.add(source.value);
      }
    }
  }
  importedModulesCache.set(program, out);
  return out;
}
