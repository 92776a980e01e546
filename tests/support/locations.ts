/** Where a piece of test code is, as ESLint reports it (1-based lines and columns). */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function rangeAt(code: string, index: number, length: number): Location {
  const position = (offset: number): { line: number; column: number } => {
    const before = code.slice(0, offset);
    return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
  };
  const start = position(index);
  const end = position(index + length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The location of the `nth` occurrence (from 0) of `text` in `code`. */
export function locationOf(code: string, text: string, nth = 0): Location {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (#${nth}) is not in the test code`);
  }
  return rangeAt(code, index, text.length);
}

/** The location of the first `text` in `code` that comes after `after` (from the start when empty). */
export function locationAfter(code: string, text: string, after = ""): Location {
  const anchor = code.indexOf(after);
  if (anchor < 0) throw new Error(`"${after}" is not in the test code`);
  const index = code.indexOf(text, anchor + after.length);
  if (index < 0) throw new Error(`"${text}" is not in the test code after "${after}"`);
  return rangeAt(code, index, text.length);
}
