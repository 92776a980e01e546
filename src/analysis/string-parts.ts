import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { unwrapExpression } from "./ast";
import { resolveIdentifierInit, resolveValue, type Scope } from "./static-value";

/** A piece of a string built in code: text known statically, or a hole filled by an expression at run time. */
export type StringPart =
  | { kind: "text"; text: string; node: TSESTree.Node }
  | { kind: "hole"; node: TSESTree.Node };

const MAX_DEPTH = 8;
const MAX_PARTS = 200;

/**
 * Flattens template literals and `+` concatenation (through same-file constants) into text and
 * holes, so a URL can be read even when its key comes from a variable:
 * `` `${BASE}/v1?key=${apiKey}` `` gives text `https://…/v1?key=` then a hole for `apiKey`.
 * Returns undefined when the expression is not string-building at all.
 */
export function getStringParts(node: TSESTree.Node, scope: Scope): StringPart[] | undefined {
  const inner = unwrapExpression(node);
  if (
    inner.type !== AST_NODE_TYPES.TemplateLiteral &&
    inner.type !== AST_NODE_TYPES.BinaryExpression &&
    !(inner.type === AST_NODE_TYPES.Literal && typeof inner.value === "string") &&
    inner.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }
  if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator !== "+") return undefined;
  const parts: StringPart[] = [];
  flatten(node, scope, parts, 0);
  return mergeText(parts);
}

/** The parts joined, holes shown as `placeholder(index)`; handy for matching patterns over the known text. */
export function joinParts(parts: readonly StringPart[], placeholder: (index: number) => string): string {
  let out = "";
  parts.forEach((part, index) => {
    out += part.kind === "text" ? part.text : placeholder(index);
  });
  return out;
}

function flatten(node: TSESTree.Node, scope: Scope, out: StringPart[], depth: number): void {
  if (out.length > MAX_PARTS) {
    out.push({ kind: "hole", node });
    return;
  }
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal && inner.value !== null && typeof inner.value !== "object") {
    out.push({ kind: "text", text: String(inner.value), node });
    return;
  }
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
    inner.quasis.forEach((quasi, i) => {
      out.push({ kind: "text", text: quasi.value.cooked ?? quasi.value.raw, node: quasi });
      const expression = inner.expressions[i];
      if (expression) flattenExpression(expression, scope, out, depth + 1);
    });
    return;
  }
  if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === "+" && depth < MAX_DEPTH) {
    flattenExpression(inner.left, scope, out, depth + 1);
    flattenExpression(inner.right, scope, out, depth + 1);
    return;
  }
  flattenExpression(node, scope, out, depth + 1);
}

function flattenExpression(node: TSESTree.Node, scope: Scope, out: StringPart[], depth: number): void {
  const inner = unwrapExpression(node);
  const known = resolveValue(node, scope);
  if (known && known.value !== undefined && (typeof known.value === "string" || typeof known.value === "number" || typeof known.value === "boolean")) {
    out.push({ kind: "text", text: String(known.value), node });
    return;
  }
  if (depth < MAX_DEPTH) {
    if (inner.type === AST_NODE_TYPES.TemplateLiteral || (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === "+")) {
      flatten(inner, scope, out, depth + 1);
      return;
    }
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const init = resolveIdentifierInit(inner, scope);
      const initInner = init ? unwrapExpression(init) : null;
      if (
        initInner &&
        (initInner.type === AST_NODE_TYPES.TemplateLiteral ||
          (initInner.type === AST_NODE_TYPES.BinaryExpression && initInner.operator === "+"))
      ) {
        flatten(initInner, scope, out, depth + 1);
        return;
      }
    }
  }
  out.push({ kind: "hole", node });
}

function mergeText(parts: StringPart[]): StringPart[] {
  const out: StringPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === "text" && part.text === "") continue;
    if (part.kind === "text" && last?.kind === "text") {
      out[out.length - 1] = { kind: "text", text: last.text + part.text, node: last.node };
    } else {
      out.push(part);
    }
  }
  return out;
}
