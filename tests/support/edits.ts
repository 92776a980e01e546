/** The code with the `nth` occurrence (from 0) of `from` replaced by `to`: the output of a suggestion that edits one spot. */
export function replaceNth(code: string, from: string, to: string, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = code.indexOf(from, index + 1);
    if (index < 0) throw new Error(`"${from}" is not in the test code`);
  }
  return code.slice(0, index) + to + code.slice(index + from.length);
}
