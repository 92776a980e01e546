import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, getTrailingName, unwrapExpression } from "./ast";
import { resolveIdentifierInit, resolveStrings, resolveValue, type Scope } from "./static-value";

const MAX_DEPTH = 8;

/** What the code shows about a byte buffer (a key, an IV). */
export interface BufferFacts {
  /** The byte length, when provable. */
  byteLength: number | undefined;
  /** The bytes are fixed by the code: a string literal, zero-filled memory, a literal byte list. */
  constant: boolean;
  /** The expression that produces the buffer (after constants are followed). */
  source: TSESTree.Node;
}

export interface BufferOptions {
  /**
   * For a variable bound to a freshly allocated buffer (`const iv = new Uint8Array(12)`): whether a
   * use of it leaves its bytes alone. Any other use (`crypto.getRandomValues(iv)`, `iv.set(…)`) may
   * fill it, so the buffer is not reported as constant. Defaults to "no use is harmless".
   */
  isHarmlessUse?: (identifier: TSESTree.Identifier) => boolean;
  /** Byte length of a call the caller knows (`randomBytes(16)`, `scryptSync(pw, salt, 32)`). */
  byteLengthOfCall?: (call: TSESTree.CallExpression) => number | undefined;
}

const TYPED_ARRAYS: ReadonlySet<string> = new Set(["Uint8Array", "Int8Array", "Uint8ClampedArray", "ArrayBuffer"]);
const BUFFER_ENCODINGS: ReadonlySet<string> = new Set(["hex", "base64", "base64url", "utf8", "utf-8", "latin1", "binary", "ascii", "ucs2", "ucs-2", "utf16le", "utf-16le"]);

/** Whether the identifier names the global `Buffer` (or `Buffer` imported from `node:buffer`). */
function isBufferGlobal(identifier: TSESTree.Node, scope: Scope, name = "Buffer"): boolean {
  if (identifier.type !== AST_NODE_TYPES.Identifier || identifier.name !== name) return false;
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length === 0) return true;
  const def = variable.defs[0]!;
  return (
    def.type === "ImportBinding" &&
    def.parent?.type === AST_NODE_TYPES.ImportDeclaration &&
    (def.parent.source.value === "buffer" || def.parent.source.value === "node:buffer")
  );
}

function staticNumber(node: TSESTree.Node | undefined, scope: Scope): number | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const result = resolveValue(node, scope);
  return result && typeof result.value === "number" && Number.isInteger(result.value) && result.value >= 0 ? result.value : undefined;
}

function literalByteList(node: TSESTree.Node, scope: Scope): number | undefined {
  const array = unwrapExpression(node);
  if (array.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  for (const element of array.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement || staticNumber(element, scope) === undefined) return undefined;
  }
  return array.elements.length;
}

/**
 * What the code shows about a buffer expression: string literals (and constants, templates), `Buffer.from`
 * of a literal string or byte list, `Buffer.alloc(n[, fill])`, `new Uint8Array(n)` or of a byte list,
 * `crypto.getRandomValues(buf)`, and calls the caller describes. Follows `const` bindings. Returns
 * undefined when nothing is known.
 */
export function describeBuffer(node: TSESTree.Node, scope: Scope, options: BufferOptions = {}): BufferFacts | undefined {
  return describe(node, scope, options, 0);
}

function describe(raw: TSESTree.Node, scope: Scope, options: BufferOptions, depth: number): BufferFacts | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression: {
      const strings = resolveStrings(node, scope);
      const only = strings.length === 1 && resolveValue(node, scope) ? strings[0] : undefined;
      return only === undefined ? undefined : { byteLength: Buffer.byteLength(only, "utf8"), constant: true, source: node };
    }
    case AST_NODE_TYPES.Identifier: {
      const init = resolveIdentifierInit(node, scope);
      if (!init) return undefined;
      const facts = describe(init, scope, options, depth + 1);
      if (!facts || !facts.constant || !isMutableBuffer(facts.source)) return facts;
      // A buffer can be filled after it is made: only every use being harmless keeps it constant.
      const variable = findVariable(scope as never, node as never) as TSESLint.Scope.Variable | null;
      const uses = variable?.references.filter((r) => !r.init) ?? [];
      const harmless = options.isHarmlessUse ?? (() => false);
      const untouched = uses.every((r) => r.isRead() && !r.isWrite() && harmless(r.identifier as TSESTree.Identifier));
      return untouched ? facts : { ...facts, constant: false };
    }
    case AST_NODE_TYPES.AwaitExpression:
      return describe(node.argument, scope, options, depth + 1);
    case AST_NODE_TYPES.NewExpression:
      return describeNew(node, scope);
    case AST_NODE_TYPES.CallExpression:
      return describeCall(node, scope, options, depth);
    default:
      return undefined;
  }
}

function isMutableBuffer(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression;
}

function describeNew(node: TSESTree.NewExpression, scope: Scope): BufferFacts | undefined {
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.Identifier || !TYPED_ARRAYS.has(callee.name) || !isBufferGlobal(callee, scope, callee.name)) return undefined;
  const first = node.arguments[0];
  if (!first) return { byteLength: 0, constant: true, source: node };
  const size = staticNumber(first, scope);
  if (size !== undefined) return { byteLength: size, constant: true, source: node };
  const listed = literalByteList(first, scope);
  if (listed !== undefined) return { byteLength: listed, constant: true, source: node };
  return undefined;
}

function describeCall(node: TSESTree.CallExpression, scope: Scope, options: BufferOptions, depth: number): BufferFacts | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && isBufferGlobal(unwrapExpression(callee.object), scope)) {
    const method = getLiteralKeyName(callee.property, callee.computed);
    if (method === "alloc") {
      const size = staticNumber(node.arguments[0], scope);
      const fill = node.arguments[1];
      const fillIsConstant = !fill || resolveValue(fill, scope) !== null;
      return { byteLength: size, constant: fillIsConstant, source: node };
    }
    if (method === "allocUnsafe" || method === "allocUnsafeSlow") {
      return { byteLength: staticNumber(node.arguments[0], scope), constant: false, source: node };
    }
    if (method === "from") return describeBufferFrom(node, scope, options, depth);
    return undefined;
  }
  const name = getTrailingName(callee);
  if (name === "getRandomValues" || name === "randomFillSync") {
    const target = node.arguments[0];
    const facts = target && target.type !== AST_NODE_TYPES.SpreadElement ? describe(target, scope, {}, depth + 1) : undefined;
    return { byteLength: facts?.byteLength, constant: false, source: node };
  }
  const length = options.byteLengthOfCall?.(node);
  return length === undefined ? undefined : { byteLength: length, constant: false, source: node };
}

function describeBufferFrom(node: TSESTree.CallExpression, scope: Scope, options: BufferOptions, depth: number): BufferFacts | undefined {
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const listed = literalByteList(first, scope);
  if (listed !== undefined) return { byteLength: listed, constant: true, source: node };
  const encodingNode = node.arguments[1];
  let encoding: BufferEncoding = "utf8";
  if (encodingNode && encodingNode.type !== AST_NODE_TYPES.SpreadElement) {
    const value = resolveValue(encodingNode, scope);
    if (!value || typeof value.value !== "string" || !BUFFER_ENCODINGS.has(value.value.toLowerCase())) return undefined;
    encoding = value.value.toLowerCase() as BufferEncoding;
  }
  const text = resolveValue(first, scope);
  if (text && typeof text.value === "string") {
    return { byteLength: Buffer.byteLength(text.value, encoding), constant: true, source: node };
  }
  // `Buffer.from(otherBuffer)` copies; `Buffer.from(hkdfSync(…))` wraps an ArrayBuffer.
  const inner = describe(first, scope, options, depth + 1);
  return inner ? { ...inner, source: inner.constant ? node : inner.source } : undefined;
}
