import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, getMemberPath, unwrapExpression } from "./ast";
import { CALL, findModuleReferences, type TraceMap } from "./modules";
import { resolveThisMember } from "./class-fields";
import { getFileScope, resolveIdentifierInit, resolveValue, type Scope } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Where a path starts when its first part is a run-time value of a known kind:
 * `os.tmpdir()` (and `$TMPDIR`), `os.homedir()`, `process.cwd()`, the module's own folder
 * (`__dirname`, `import.meta.dirname`), or a fresh private folder from `fs.mkdtemp`.
 */
export type PathRoot = "tmpdir" | "homedir" | "cwd" | "module-dir" | "private-temp";

export type PathPart =
  | { kind: "text"; text: string }
  | { kind: "root"; root: PathRoot; node: TSESTree.Node }
  /** A run-time value; `envName` when it is `process.env.NAME`. */
  | { kind: "hole"; node: TSESTree.Node; envName?: string };

/** A file-system path read from code, as text and run-time parts (`path.join` separators included). */
export interface FilePath {
  parts: PathPart[];
}

interface PathCalls {
  /** `path.join`/`path.resolve`/`path.normalize` (also `posix.`/`win32.`) calls. */
  joins: Map<TSESTree.Node, "join" | "resolve">;
  roots: Map<TSESTree.Node, PathRoot>;
}

const MAX_DEPTH = 8;
const MAX_PARTS = 64;
const cache = new WeakMap<object, PathCalls>();

const JOIN_MAP = { join: { [CALL]: "join" }, resolve: { [CALL]: "resolve" }, normalize: { [CALL]: "join" } } as const;
const TRACE: TraceMap<string> = {
  path: { ...JOIN_MAP, posix: JOIN_MAP, win32: JOIN_MAP },
  os: { tmpdir: { [CALL]: "tmpdir" }, homedir: { [CALL]: "homedir" } },
  fs: { mkdtempSync: { [CALL]: "private-temp" }, promises: { mkdtemp: { [CALL]: "private-temp" } } },
  "fs/promises": { mkdtemp: { [CALL]: "private-temp" } },
};

function getPathCalls(context: Context): PathCalls {
  const cached = cache.get(context.sourceCode);
  if (cached) return cached;
  const result: PathCalls = { joins: new Map(), roots: new Map() };
  for (const ref of findModuleReferences(context, TRACE)) {
    if (ref.kind !== "call") continue;
    if (ref.info === "join" || ref.info === "resolve") result.joins.set(ref.node, ref.info);
    else result.roots.set(ref.node, ref.info as PathRoot);
  }
  cache.set(context.sourceCode, result);
  return result;
}

/**
 * Reads a path expression: literals, template literals, `+`, same-file constants, `path.join` /
 * `path.resolve` (arguments joined with `/`), and the known roots (`os.tmpdir()`, `__dirname`,
 * `process.cwd()`, `process.env.TMPDIR`, `fs.mkdtempSync(…)`). What cannot be read is a hole.
 */
export function readFilePath(context: Context, node: TSESTree.Node): FilePath {
  const parts: PathPart[] = [];
  flatten(node, { context, scope: getFileScope(context), calls: getPathCalls(context) }, parts, 0);
  return { parts: normalize(parts) };
}

/**
 * The value is the result of `path.join`/`path.resolve`/`path.normalize`, directly or through a
 * constant or a `this` field: a file-system path whatever its parts, since those calls fold a
 * `scheme://` into `scheme:/`.
 */
export function isPathModuleResult(context: Context, node: TSESTree.Node): boolean {
  const calls = getPathCalls(context);
  const scope = getFileScope(context);
  let current = unwrapExpression(node);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
    if (current.type === AST_NODE_TYPES.CallExpression) return calls.joins.has(current);
    let next: TSESTree.Node | null | undefined;
    if (current.type === AST_NODE_TYPES.Identifier) next = resolveIdentifierInit(current, scope);
    else if (current.type === AST_NODE_TYPES.MemberExpression) next = resolveThisMember(current);
    if (!next) return false;
    current = unwrapExpression(next);
  }
  return false;
}

interface Walk {
  context: Context;
  scope: Scope;
  calls: PathCalls;
}

function flatten(raw: TSESTree.Node, walk: Walk, out: PathPart[], depth: number): void {
  if (depth > MAX_DEPTH || out.length > MAX_PARTS) {
    out.push({ kind: "hole", node: raw });
    return;
  }
  const node = unwrapExpression(raw);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === "string") {
        out.push({ kind: "text", text: node.value });
        return;
      }
      break;
    case AST_NODE_TYPES.TemplateLiteral:
      node.quasis.forEach((quasi, index) => {
        out.push({ kind: "text", text: quasi.value.cooked ?? quasi.value.raw });
        const expression = node.expressions[index];
        if (expression) flatten(expression, walk, out, depth + 1);
      });
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator === "+") {
        flatten(node.left, walk, out, depth + 1);
        flatten(node.right, walk, out, depth + 1);
        return;
      }
      break;
    case AST_NODE_TYPES.AwaitExpression:
      flatten(node.argument, walk, out, depth + 1);
      return;
    case AST_NODE_TYPES.CallExpression: {
      const root = walk.calls.roots.get(node) ?? processCwd(node);
      if (root) {
        out.push({ kind: "root", root, node: raw });
        return;
      }
      const join = walk.calls.joins.get(node);
      if (join) {
        flattenJoin(node, join, walk, out, depth);
        return;
      }
      break;
    }
    case AST_NODE_TYPES.Identifier: {
      if ((node.name === "__dirname" || node.name === "__filename") && isUndeclared(node, walk.scope)) {
        out.push({ kind: "root", root: "module-dir", node: raw });
        return;
      }
      const init = resolveIdentifierInit(node, walk.scope);
      if (init) {
        flattenSource(init, raw, walk, out, depth);
        return;
      }
      break;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const path = getMemberPath(node);
      if (path && (path[0] === "import.meta") && (path[1] === "dirname" || path[1] === "filename") && path.length === 2) {
        out.push({ kind: "root", root: "module-dir", node: raw });
        return;
      }
      const envName = getProcessEnvName(node);
      if (envName !== undefined) {
        if (TEMP_ENV.has(envName)) out.push({ kind: "root", root: "tmpdir", node: raw });
        else out.push({ kind: "hole", node: raw, envName });
        return;
      }
      // `this.dir` set once in the class, or `get uri() { return path.resolve(…) }`.
      const field = resolveThisMember(node);
      if (field) {
        flattenSource(field, raw, walk, out, depth);
        return;
      }
      break;
    }
    case AST_NODE_TYPES.LogicalExpression: {
      // `process.env.MODEL_DIR ?? "/srv/models"`: the left side names what the user controls.
      const envName = node.left.type === AST_NODE_TYPES.MemberExpression ? getProcessEnvName(node.left) : undefined;
      if (envName !== undefined && !TEMP_ENV.has(envName)) {
        out.push({ kind: "hole", node: raw, envName });
        return;
      }
      break;
    }
    default:
      break;
  }
  const known = resolveValue(raw, walk.scope);
  if (known && typeof known.value === "string") out.push({ kind: "text", text: known.value });
  else out.push({ kind: "hole", node: raw });
}

const TEMP_ENV = new Set(["TMPDIR", "TMP", "TEMP"]);

function flattenJoin(node: TSESTree.CallExpression, kind: "join" | "resolve", walk: Walk, out: PathPart[], depth: number): void {
  let segments: PathPart[][] = [];
  for (const argument of node.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) {
      segments.push([{ kind: "hole", node: argument }]);
      continue;
    }
    const parts: PathPart[] = [];
    flatten(argument, walk, parts, depth + 1);
    const first = parts[0];
    // `path.resolve(a, "/abs")` starts again at the absolute argument.
    if (kind === "resolve" && first?.kind === "text" && first.text.startsWith("/")) segments = [];
    segments.push(parts);
  }
  segments.forEach((parts, index) => {
    const previous = out[out.length - 1];
    const first = parts[0];
    const hasSlash = (previous?.kind === "text" && previous.text.endsWith("/")) || (first?.kind === "text" && first.text.startsWith("/"));
    if (index > 0 && !hasSlash) out.push({ kind: "text", text: "/" });
    out.push(...parts);
  });
}

function processCwd(node: TSESTree.CallExpression): PathRoot | undefined {
  const path = getMemberPath(node.callee);
  return path && path.length === 2 && path[0] === "process" && path[1] === "cwd" ? "cwd" : undefined;
}

/**
 * The parts of the value a name stands for (a constant's initialiser, a field's value). Report
 * positions stay on the name: a hole found inside the value points at the use.
 */
function flattenSource(source: TSESTree.Node, use: TSESTree.Node, walk: Walk, out: PathPart[], depth: number): void {
  const before = out.length;
  flatten(source, walk, out, depth + 1);
  for (let i = before; i < out.length; i++) {
    const part = out[i]!;
    if (part.kind === "hole") out[i] = { ...part, node: use };
  }
}

function isUndeclared(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  return !variable || variable.defs.length === 0;
}

/** `NAME` for `process.env.NAME` / `process.env["NAME"]`. */
function getProcessEnvName(node: TSESTree.MemberExpression): string | undefined {
  const object = unwrapExpression(node.object);
  if (object.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const path = getMemberPath(object);
  if (!path || path.length !== 2 || path[0] !== "process" || path[1] !== "env") return undefined;
  return getLiteralKeyName(node.property, node.computed);
}

/** Merges adjacent text. */
function normalize(parts: PathPart[]): PathPart[] {
  const out: PathPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === "text") {
      if (part.text === "") continue;
      if (last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text + part.text };
      else out.push({ kind: "text", text: part.text });
    } else {
      out.push(part);
    }
  }
  return out;
}

/** The text before the first run-time part ("" when the path starts with one). */
export function getLeadingText(path: FilePath): string {
  const first = path.parts[0];
  return first?.kind === "text" ? first.text : "";
}

/** The text after the last run-time part. */
export function getTrailingText(path: FilePath): string {
  const last = path.parts[path.parts.length - 1];
  return last?.kind === "text" ? last.text : "";
}

/** The root the path starts from, when its first part is one. */
export function getPathRoot(path: FilePath): PathRoot | undefined {
  const first = path.parts[0];
  return first?.kind === "root" ? first.root : undefined;
}

/** Every statically known piece of text in the path, joined by `/`. */
export function getKnownText(path: FilePath): string {
  return path.parts.filter((p): p is Extract<PathPart, { kind: "text" }> => p.kind === "text").map((p) => p.text).join("/");
}

/** True when no part of the path is a run-time value (roots included). */
export function isFullyKnown(path: FilePath): boolean {
  return path.parts.every((p) => p.kind === "text");
}

/**
 * The file name at the end of the path as far as it is known: `{ name: "model.gguf", complete:
 * true }` for `${dir}/model.gguf`, `{ name: ".gguf", complete: false }` for `${name}.gguf`.
 */
export function getKnownBaseName(path: FilePath): { name: string; complete: boolean } {
  const trailing = getTrailingText(path);
  const slash = trailing.lastIndexOf("/");
  if (slash >= 0) return { name: trailing.slice(slash + 1), complete: true };
  return { name: trailing, complete: isFullyKnown(path) };
}

/** A path inside a folder every user of the host can read: `/tmp`, `/var/tmp`, `/dev/shm`, `os.tmpdir()`, `$TMPDIR`. */
export function isSharedTempPath(path: FilePath, sharedDirs: readonly string[]): boolean {
  if (getPathRoot(path) === "tmpdir") return true;
  const leading = getLeadingText(path);
  return sharedDirs.some((dir) => leading === dir || leading.startsWith(`${dir}/`));
}

/**
 * Whether the statically known start of the path lies under one of `prefixes`. A prefix is a
 * path (`/mnt/encrypted/`, `data/secure`), where a segment may hold `*` (any characters in one
 * segment) or be `**` (any number of segments); `$NAME` matches a path that starts with
 * `process.env.NAME`. Only complete known segments are compared, so `/mnt/enc${x}` matches
 * nothing.
 */
export function pathStartsWithAny(path: FilePath, prefixes: readonly string[]): boolean {
  if (prefixes.length === 0) return false;
  const first = path.parts[0];
  if (first?.kind === "hole" && first.envName !== undefined) {
    if (prefixes.some((prefix) => prefix === `$${first.envName}` || prefix.startsWith(`$${first.envName}/`))) return true;
  }
  const segments = knownLeadingSegments(path);
  if (!segments) return false;
  return prefixes.some((prefix) => !prefix.startsWith("$") && matchSegments(splitSegments(prefix), 0, segments, 0));
}

function knownLeadingSegments(path: FilePath): string[] | undefined {
  const first = path.parts[0];
  let text: string;
  if (first?.kind === "text") text = first.text;
  else if (first?.kind === "root" && first.root === "cwd") {
    const next = path.parts[1];
    text = next?.kind === "text" ? next.text.replace(/^\/+/, "") : "";
  } else return undefined;
  const complete = path.parts.length === (first.kind === "text" ? 1 : 2);
  if (!complete) {
    // Drop a trailing partial segment: `/mnt/enc${x}` knows "/mnt/" only.
    const slash = text.lastIndexOf("/");
    text = slash >= 0 ? text.slice(0, slash + 1) : "";
  }
  return splitSegments(text);
}

function splitSegments(path: string): string[] {
  const absolute = path.startsWith("/");
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  return absolute ? ["", ...segments] : segments;
}

function matchSegments(pattern: readonly string[], p: number, segments: readonly string[], s: number): boolean {
  if (p === pattern.length) return true;
  const head = pattern[p]!;
  if (head === "**") {
    for (let i = s; i <= segments.length; i++) if (matchSegments(pattern, p + 1, segments, i)) return true;
    return false;
  }
  if (s >= segments.length) return false;
  return matchSegment(head, segments[s]!) && matchSegments(pattern, p + 1, segments, s + 1);
}

/** `*` matches any run of characters within one segment (greedy with one backtrack point, linear in practice). */
function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== "*" && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
