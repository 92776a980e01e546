import { describe, expect, it } from "vitest";
import { defineMentions, fileMentions } from "../../src/analysis/mentions";
import { withContext } from "./parse";

const TLS = defineMentions(["rejectUnauthorized", "NODE_TLS_REJECT_UNAUTHORIZED"]);
const PARAMS = defineMentions(["params"]);
const SEARCH = defineMentions(["searchParams"]);
const OVERLAP = defineMentions(["abcd", "cdef"]);

const mentions = (code: string, words: ReturnType<typeof defineMentions>): boolean =>
  withContext(code, (context) => fileMentions(context, words));

describe("fileMentions", () => {
  it("finds a word in code, strings and comments, in any case", () => {
    expect(mentions("const agent = { rejectUnauthorized: false };", TLS)).toBe(true);
    expect(mentions("const key = 'REJECTUNAUTHORIZED';", TLS)).toBe(true);
    expect(mentions("// node_tls_reject_unauthorized\nexport {};", TLS)).toBe(true);
    expect(mentions("const agent = { ca: pem };", TLS)).toBe(false);
  });
  it("finds a word inside a longer registered word (a shorter word the longer match hides)", () => {
    expect(mentions("url.searchParams.set('k', v);", PARAMS)).toBe(true);
    expect(mentions("new URLSearchParams(q);", SEARCH)).toBe(true);
    expect(mentions("const x = 1;", PARAMS)).toBe(false);
  });
  it("finds overlapping words", () => {
    expect(mentions("const s = 'abcdef';", OVERLAP)).toBe(true);
    expect(withContext("const s = 'abcdef';", (context) => fileMentions(context, defineMentions(["cdef"])))).toBe(true);
  });
  it("answers for words registered after a file was scanned", () => {
    expect(
      withContext("const late = 'lateword';", (context) => {
        const before = fileMentions(context, PARAMS);
        const late = defineMentions(["lateWord"]);
        return [before, fileMentions(context, late)];
      }),
    ).toEqual([false, true]);
  });
  it("treats regular-expression characters in words as text", () => {
    const dotted = defineMentions(["a.b(c)"]);
    expect(mentions("const s = 'a.b(c)';", dotted)).toBe(true);
    expect(mentions("const s = 'axb(c)';", dotted)).toBe(false);
  });
  it("mentions nothing for an empty word list", () => {
    expect(mentions("const x = 1;", defineMentions([]))).toBe(false);
  });
});
