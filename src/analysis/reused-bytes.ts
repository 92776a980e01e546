import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getEnclosingFunction, getLiteralKeyName, getTrailingName, unwrapExpression } from "./ast";
import { describeBuffer, type BufferOptions } from "./byte-buffers";
import { getFieldWrites, getThisReads, memberName, thisClassBody } from "./class-fields";
import { getEnvVarName } from "./secret-values";
import { resolveIdentifierInit, resolveValue, type Scope } from "./static-value";

/**
 * Why a byte buffer (an IV, a nonce) holds the same bytes each time a function uses it:
 * - `constant`: the code fixes the bytes (`Buffer.alloc(16)`, `new Uint8Array(12).fill(0)`, a literal);
 * - `config`: the bytes come from configuration (`Buffer.from(process.env.IV, "hex")`);
 * - `module`: a module-level binding made once per process (`const iv = randomBytes(16)`) read inside a function;
 * - `instance`: a class field made once per instance (`iv = randomBytes(12)`) read by a method.
 */
export type ReusedBytesKind = "constant" | "config" | "module" | "instance";

export interface ReusedBytes {
  kind: ReusedBytesKind;
  /** The expression that makes the bytes. */
  source: TSESTree.Node;
}

export interface ReusedBytesOptions {
  /** Byte length of a call the caller knows (`randomBytes(16)`, `scryptSync(pw, salt, 32)`), as for `describeBuffer`. */
  byteLengthOfCall?: BufferOptions["byteLengthOfCall"];
  /** Calls that return fresh random bytes (`randomBytes(16)`, `crypto.getRandomValues(…)`), beyond what `describeBuffer` knows. */
  isRandomBytesCall?: (call: TSESTree.CallExpression) => boolean;
  /**
   * Uses of the buffer (an identifier, or a `this.iv` read) that leave its bytes alone beyond the plain
   * reads `isByteRead` knows, such as being the IV argument of a cipher call.
   */
  isHarmlessUse?: (use: TSESTree.Node) => boolean;
}

const MAX_DEPTH = 6;

/** Methods and properties of a Buffer or typed array that change its bytes. */
const MUTATING_MEMBERS: ReadonlySet<string> = new Set([
  "fill",
  "set",
  "copyWithin",
  "reverse",
  "sort",
  "swap16",
  "swap32",
  "swap64",
  "write",
  "writeUInt8",
  "writeUint8",
  "writeInt8",
  "writeUInt16BE",
  "writeUInt16LE",
  "writeUInt32BE",
  "writeUInt32LE",
  "writeBigUInt64BE",
  "writeBigUInt64LE",
  "writeInt32BE",
  "writeInt32LE",
  "writeIntBE",
  "writeIntLE",
  "writeUIntBE",
  "writeUIntLE",
]);

/** Functions that fill a buffer passed to them with random bytes. */
const RANDOM_FILL_FUNCTIONS: ReadonlySet<string> = new Set(["getRandomValues", "randomFill", "randomFillSync"]);

/** Calls that read the bytes of a buffer argument and return something new (`Buffer.concat([iv, data])`). */
const COPYING_CALLS: ReadonlySet<string> = new Set(["Buffer.from", "Buffer.concat", "Array.from", "Uint8Array.from", "JSON.stringify", "String", "btoa"]);

function calleePath(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = unwrapExpression(callee.object);
  const property = getLiteralKeyName(callee.property, callee.computed);
  return object.type === AST_NODE_TYPES.Identifier && property !== undefined ? `${object.name}.${property}` : property;
}

/**
 * Whether a use of a buffer only reads its bytes: `iv.toString("hex")`, `iv.length`, `Buffer.concat([iv, data])`,
 * `Buffer.from(iv)`, `{ iv }` / `{ nonce: iv }` in an object literal, `${iv}`. A call that may write into it
 * (`crypto.getRandomValues(iv)`, `iv.fill(0)`, `source.copy(iv)`, `iv[0] = 1`) is not a read.
 */
export function isByteRead(use: TSESTree.Node): boolean {
  let node: TSESTree.Node = use;
  while (
    node.parent &&
    (node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression || node.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== node) return false;
      const name = getLiteralKeyName(parent.property, parent.computed);
      if (name === undefined || MUTATING_MEMBERS.has(name)) return false;
      // `iv.x = …`, `iv[0]++`: a write through the member.
      const holder = parent.parent;
      if (holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.left === parent) return false;
      if (holder?.type === AST_NODE_TYPES.UpdateExpression) return false;
      return true;
    }
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent?.type === AST_NODE_TYPES.ObjectExpression;
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.ArrayExpression: {
      const call = parent.parent;
      return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === parent && calleePath(call) === "Buffer.concat";
    }
    case AST_NODE_TYPES.CallExpression: {
      if (parent.callee === node) return false;
      const path = calleePath(parent);
      return path !== undefined && COPYING_CALLS.has(path);
    }
    default:
      return false;
  }
}

/** Whether a use of a buffer fills it with random bytes (`crypto.getRandomValues(iv)`, `randomFillSync(iv)`). */
function isRandomFill(use: TSESTree.Node): boolean {
  const parent = use.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === use && RANDOM_FILL_FUNCTIONS.has(getTrailingName(parent.callee) ?? "");
}

/**
 * Whether code at `node` runs once per process: top-level code, and code inside functions that are
 * each called once from such code (an IIFE, `async function main() {…} main();`).
 */
export function runsOncePerProcess(node: TSESTree.Node, scope: Scope): boolean {
  let fn = getEnclosingFunction(node);
  for (let depth = 0; fn.type !== AST_NODE_TYPES.Program; depth++) {
    if (depth > MAX_DEPTH) return false;
    const call = onlyCallOf(fn, scope);
    if (!call) return false;
    fn = getEnclosingFunction(call);
  }
  return true;
}

/** The one call of a function: an IIFE, or a named function referenced only by one call outside any loop. */
function onlyCallOf(fn: TSESTree.FunctionLike, scope: Scope): TSESTree.CallExpression | undefined {
  let holder: TSESTree.Node = fn;
  while (holder.parent && (holder.parent.type === AST_NODE_TYPES.TSAsExpression || holder.parent.type === AST_NODE_TYPES.TSNonNullExpression)) holder = holder.parent;
  const parent = holder.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === holder) return parent;
  let id: TSESTree.Identifier | null | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) id = fn.id;
  else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder && parent.id.type === AST_NODE_TYPES.Identifier && parent.parent.kind === "const") id = parent.id;
  if (!id) return undefined;
  const variable = findVariable(scope as never, id as never) as TSESLint.Scope.Variable | null;
  const uses = variable?.references.filter((r) => !r.init) ?? [];
  if (uses.length !== 1) return undefined;
  const use = uses[0]!.identifier as TSESTree.Node;
  const call = use.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== use || isInLoop(call)) return undefined;
  return call;
}

function isInLoop(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        return true;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return false;
    }
  }
  return false;
}

/** Bytes read from configuration: `process.env.IV`, `Buffer.from(process.env.IV!, "hex")`, `Buffer.from(env.IV ?? "", "base64")`, through consts. */
export function isConfigBytes(raw: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrapExpression(raw);
  if (getEnvVarName(node, scope) !== undefined) return true;
  switch (node.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return (node.operator === "??" || node.operator === "||") && isConfigBytes(node.left, scope, depth + 1);
    case AST_NODE_TYPES.Identifier: {
      const init = resolveIdentifierInit(node, scope);
      return init !== null && isConfigBytes(init, scope, depth + 1);
    }
    case AST_NODE_TYPES.CallExpression: {
      const first = node.arguments[0];
      if (!first || first.type === AST_NODE_TYPES.SpreadElement) return false;
      const path = calleePath(node);
      if (path === "Buffer.from" || path === "Uint8Array.from") return isConfigBytes(first, scope, depth + 1);
      // `new TextEncoder().encode(process.env.IV)`
      const callee = unwrapExpression(node.callee);
      return (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        getTrailingName(callee) === "encode" &&
        unwrapExpression(callee.object).type === AST_NODE_TYPES.NewExpression &&
        isConfigBytes(first, scope, depth + 1)
      );
    }
    default:
      return false;
  }
}

/** `new Uint8Array(16).fill(0)`, `Buffer.alloc(16).fill(7)`: a buffer whose every byte is set to a constant. */
function isConstantFill(node: TSESTree.Node, scope: Scope, options: ReusedBytesOptions): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getLiteralKeyName(callee.property, callee.computed) !== "fill") return false;
  const value = node.arguments[0];
  // `fill(v, start, end)` sets only part of it.
  if (!value || node.arguments.length > 1 || value.type === AST_NODE_TYPES.SpreadElement || resolveValue(value, scope) === null) return false;
  return describeBuffer(callee.object, scope, { byteLengthOfCall: options.byteLengthOfCall }) !== undefined;
}

/** A value that makes bytes: what `describeBuffer` knows, random bytes, configuration. */
function isByteSource(node: TSESTree.Node, scope: Scope, options: ReusedBytesOptions): boolean {
  const value = unwrapExpression(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node);
  if (value.type === AST_NODE_TYPES.CallExpression && options.isRandomBytesCall?.(value)) return true;
  return describeBuffer(value, scope, { byteLengthOfCall: options.byteLengthOfCall }) !== undefined || isConstantFill(value, scope, options) || isConfigBytes(value, scope);
}

/**
 * Why the buffer expression `node` holds the same bytes every time the code around it runs, or
 * undefined when it may differ (made in the same call, refilled, unknown). Made for IVs and nonces.
 *
 * A binding is only followed when every use of it reads its bytes (`isByteRead`, or what
 * `options.isHarmlessUse` allows); a module-level buffer refilled inside a function is fresh per call.
 */
export function findReusedBytes(node: TSESTree.Node, scope: Scope, options: ReusedBytesOptions = {}): ReusedBytes | undefined {
  const harmless = (use: TSESTree.Node): boolean => isByteRead(use) || (options.isHarmlessUse?.(use) ?? false);
  const facts = describeBuffer(node, scope, { byteLengthOfCall: options.byteLengthOfCall, isHarmlessUse: harmless });
  if (facts?.constant) return { kind: "constant", source: facts.source };
  const value = unwrapExpression(node);
  if (isConstantFill(value, scope, options)) return { kind: "constant", source: value };
  if (isConfigBytes(value, scope)) return { kind: "config", source: value };
  if (value.type === AST_NODE_TYPES.Identifier) return reusedBinding(value, scope, options, harmless);
  if (value.type === AST_NODE_TYPES.MemberExpression && value.object.type === AST_NODE_TYPES.ThisExpression) return reusedField(value, scope, options, harmless);
  return undefined;
}

function reusedBinding(
  identifier: TSESTree.Identifier,
  scope: Scope,
  options: ReusedBytesOptions,
  harmless: (use: TSESTree.Node) => boolean,
): ReusedBytes | undefined {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  const init = resolveIdentifierInit(identifier, scope);
  const def = variable?.defs[0];
  if (!variable || !init || !def) return undefined;
  const uses = variable.references.filter((r) => !r.init).map((r) => r.identifier as TSESTree.Node);
  const fill = uses.some((use) => isRandomFill(use));
  // A buffer refilled with random bytes somewhere: only a module-level one filled once is reused.
  if (!uses.every((use) => harmless(use) || isRandomFill(use))) return undefined;
  if (fill && uses.some((use) => isRandomFill(use) && !runsOncePerProcess(use, scope))) return undefined;
  if (isConstantFill(unwrapExpression(init), scope, options) && !fill) return { kind: "constant", source: init };
  if (getEnclosingFunction(def.node).type !== AST_NODE_TYPES.Program || runsOncePerProcess(identifier, scope)) return undefined;
  return isByteSource(init, scope, options) ? { kind: "module", source: init } : undefined;
}

function reusedField(
  member: TSESTree.MemberExpression,
  scope: Scope,
  options: ReusedBytesOptions,
  harmless: (use: TSESTree.Node) => boolean,
): ReusedBytes | undefined {
  const name = memberName(member.property, member.computed);
  const body = name === undefined ? undefined : thisClassBody(member);
  if (!body || name === undefined) return undefined;
  const writes = getFieldWrites(body, name);
  const write = writes.length === 1 ? writes[0] : undefined;
  if (!write || write.kind === "compound" || !write.inConstructor) return undefined;
  // Read in the constructor (or a field initialiser), it is used once per instance.
  if (isInConstructor(member, body)) return undefined;
  if (!getThisReads(body, name).every((read) => harmless(read))) return undefined;
  const valueScope = scope;
  if (isConstantFill(unwrapExpression(write.value), valueScope, options)) return { kind: "constant", source: write.value };
  return isByteSource(write.value, valueScope, options) ? { kind: "instance", source: write.value } : undefined;
}

function isInConstructor(node: TSESTree.Node, body: TSESTree.ClassBody): boolean {
  // An arrow in a field initialiser (`seal = (text) => …`) is a method: it runs when called.
  let inArrow = false;
  for (let current = node.parent; current && current !== body; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) inArrow = true;
    if (current.type === AST_NODE_TYPES.PropertyDefinition) return !inArrow;
    if (current.type === AST_NODE_TYPES.MethodDefinition) return current.kind === "constructor";
  }
  return false;
}
