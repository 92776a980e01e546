import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, unwrapExpression } from "./ast";
import { findProperty, resolveObjectExpression } from "./objects";
import { resolveIdentifierInit, resolveStrings, type Scope } from "./static-value";

/** Factory names whose options take pino's `redact` (pino itself, and loggers built on it). */
const REDACTING_FACTORIES: ReadonlySet<string> = new Set(["pino", "pinoHttp", "pinoLogger", "createPinoLogger"]);
const MAX_CHAIN = 8;
const MAX_PATH_SEGMENTS = 16;

/**
 * The redaction paths of the pino logger a log call writes through, split into segments
 * (`req.headers.authorization`, `*.apiKey`, `headers["x-api-key"]`), or undefined when the logger
 * is not a same-file `pino({ redact })` (also through `.child(…)` and `const` bindings).
 */
export function getRedactPaths(call: TSESTree.CallExpression, scope: Scope): string[][] | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  let current: TSESTree.Node = unwrapExpression(callee.object);
  for (let step = 0; step < MAX_CHAIN; step++) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      const init = resolveIdentifierInit(current, scope);
      if (!init) return undefined;
      current = unwrapExpression(init);
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const fn = unwrapExpression(current.callee);
    if (fn.type === AST_NODE_TYPES.Identifier && REDACTING_FACTORIES.has(fn.name)) return readRedact(current, scope);
    // `pino(opts).child({ … })`, `base.child(…)`: a child keeps its parent's redaction.
    if (fn.type === AST_NODE_TYPES.MemberExpression && getLiteralKeyName(fn.property, fn.computed) === "child") {
      current = unwrapExpression(fn.object);
      continue;
    }
    return undefined;
  }
  return undefined;
}

function readRedact(factory: TSESTree.CallExpression, scope: Scope): string[][] | undefined {
  const first = factory.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const options = resolveObjectExpression(first, scope);
  const redact = options ? findProperty(options, "redact", scope)?.value : undefined;
  if (!redact) return undefined;
  let list: TSESTree.Node | undefined = unwrapExpression(redact);
  if (list.type === AST_NODE_TYPES.ObjectExpression) list = findProperty(list, "paths", scope)?.value;
  if (!list) return undefined;
  list = unwrapExpression(list);
  if (list.type === AST_NODE_TYPES.Identifier) list = resolveIdentifierInit(list, scope) ?? undefined;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const out: string[][] = [];
  for (const element of list.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
    for (const path of resolveStrings(element, scope)) {
      const segments = splitRedactPath(path);
      if (segments) out.push(segments);
    }
  }
  return out;
}

/** `a.b["x-y"][*].c` → `["a", "b", "x-y", "*", "c"]`, or undefined for a path it cannot read. */
export function splitRedactPath(path: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < path.length && out.length < MAX_PATH_SEGMENTS) {
    if (path[i] === ".") {
      i++;
      continue;
    }
    if (path[i] === "[") {
      const close = path.indexOf("]", i);
      if (close < 0) return undefined;
      out.push(path.slice(i + 1, close).replace(/^["']|["']$/g, ""));
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < path.length && path[end] !== "." && path[end] !== "[") end++;
    out.push(path.slice(i, end));
    i = end;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Whether a redaction path covers the value at `path` in the logged object: the same segments, `*`
 * standing for any one segment; a path that covers an ancestor covers the value too.
 */
export function isRedacted(paths: readonly (readonly string[])[], path: readonly string[]): boolean {
  return paths.some((redact) => redact.length <= path.length && redact.every((segment, i) => segment === "*" || segment === path[i]));
}
