import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Range = readonly [number, number];

/** Statement lists: removing one element of these cannot change which statement an `if` or loop runs. */
const STATEMENT_LIST_PARENTS = new Set<string>([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);

function isBlank(text: string): boolean {
  for (const ch of text) if (ch !== " " && ch !== "\t" && ch !== "\r") return false;
  return true;
}

/** Whether `[start, end)` is alone on its line(s), apart from indentation and a trailing `//` comment. */
function wholeLineRange(text: string, start: number, end: number): Range | undefined {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!isBlank(text.slice(lineStart, start))) return undefined;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  const rest = text.slice(end, lineEnd).trim();
  if (rest !== "" && !rest.startsWith("//")) return undefined;
  return [lineStart, Math.min(lineEnd + 1, text.length)];
}

/**
 * The text ranges to delete to take one element out of a comma-separated list (object literal
 * properties, array elements, arguments) and leave the list well formed: its comma goes with it,
 * and when it sits alone on its line, so does the line.
 */
export function listElementRemoval(sourceCode: SourceCode, node: TSESTree.Node): Range[] {
  const text = sourceCode.text;
  const before = sourceCode.getTokenBefore(node);
  const after = sourceCode.getTokenAfter(node);
  const trailingComma = after && after.value === "," && after.type === "Punctuator" ? after : undefined;
  const leadingComma = before && before.value === "," && before.type === "Punctuator" ? before : undefined;
  if (trailingComma) {
    const line = wholeLineRange(text, node.range[0], trailingComma.range[1]);
    if (line) return [line];
    let end = trailingComma.range[1];
    while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
    return [[node.range[0], end]];
  }
  if (leadingComma) {
    const line = wholeLineRange(text, node.range[0], node.range[1]);
    if (line) return [[leadingComma.range[0], leadingComma.range[1]], line];
    return [[leadingComma.range[0], node.range[1]]];
  }
  // The only element: `{ a: 1 }` becomes `{}`.
  if (before && after) return [[before.range[1], after.range[0]]];
  return [[node.range[0], node.range[1]]];
}

/** A fixer that deletes an element of a comma-separated list (see `listElementRemoval`). */
export function removeListElement(sourceCode: SourceCode, node: TSESTree.Node): TSESLint.ReportFixFunction {
  const ranges = listElementRemoval(sourceCode, node);
  return (fixer) => ranges.map((range) => fixer.removeRange(range));
}

/**
 * A fixer that deletes a statement (or class member), with its line when it is alone there.
 * Returns undefined when the statement is the body of an `if`, loop or label: deleting it would
 * hand that body to the next statement.
 */
export function removeStatement(sourceCode: SourceCode, statement: TSESTree.Node): TSESLint.ReportFixFunction | undefined {
  const parent = statement.parent;
  if (!parent) return undefined;
  if (!STATEMENT_LIST_PARENTS.has(parent.type) && parent.type !== AST_NODE_TYPES.ClassBody) return undefined;
  const range = wholeLineRange(sourceCode.text, statement.range[0], statement.range[1]) ?? statement.range;
  return (fixer) => fixer.removeRange(range);
}

/** The statement an expression stands as, when it is the whole of an expression statement. */
export function getExpressionStatement(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.ChainExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression)
  ) {
    current = current.parent;
  }
  return current.parent?.type === AST_NODE_TYPES.ExpressionStatement ? current.parent : undefined;
}
