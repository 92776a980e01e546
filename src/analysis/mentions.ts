import type { TSESLint } from "@typescript-eslint/utils";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The words a rule needs to see in a file before any of its per-node work can report: option
 * names, environment variables, method, event and module names. Rules that can only report on
 * code spelling one of their words ask first and return no listeners for the other files.
 */
export interface Mentions {
  /** Lower case. */
  readonly words: readonly string[];
}

const registered = new Set<string>();
/** For each registered word, the registered words inside it (itself included). */
let containedWords = new Map<string, readonly string[]>();
let pattern: RegExp | undefined;
let version = 0;

interface FileMentions {
  version: number;
  found: Set<string>;
}

/**
 * The file the rules ask about: ESLint lints one file at a time, creating every rule for it in a
 * row, so one slot holds the answer (another file simply scans again).
 */
let lastFile: object | undefined;
let lastEntry: FileMentions | undefined;

const escapeRegExp = (word: string): string => word.replace(/[$()*+.?[\\\]^{|}-]/g, "\\$&");

/**
 * Registers a rule's words (compared without regard to case). Every registered word is found in
 * one pass over a file's text, shared by all rules, the first time any rule asks about that file.
 */
export function defineMentions(words: readonly string[]): Mentions {
  const lower = [...new Set(words.map((word) => word.toLowerCase()).filter((word) => word.length > 0))];
  for (const word of lower) {
    if (registered.has(word)) continue;
    registered.add(word);
    pattern = undefined;
    version++;
  }
  return { words: lower };
}

function compile(): RegExp {
  const words = [...registered].sort((a, b) => b.length - a.length);
  containedWords = new Map(words.map((word) => [word, words.filter((other) => word.includes(other))]));
  return new RegExp(words.map(escapeRegExp).join("|"), "gi");
}

/** The one expression that finds every registered word (exported so the test suite can check it for backtracking). */
export function mentionsPattern(): RegExp {
  pattern ??= compile();
  return pattern;
}

/** Every registered word in the text. Matches may overlap (`lastIndex` steps one past each start). */
function scan(text: string): Set<string> {
  pattern ??= compile();
  const regex = pattern;
  const found = new Set<string>();
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    for (const word of containedWords.get(match[0].toLowerCase()) ?? []) found.add(word);
    regex.lastIndex = match.index + 1;
  }
  return found;
}

/** Whether the file's text spells any of the words, in any case (in code, strings or comments). */
export function fileMentions(context: Context, mentions: Mentions): boolean {
  if (mentions.words.length === 0) return false;
  const sourceCode = context.sourceCode;
  let entry = sourceCode === lastFile ? lastEntry : undefined;
  if (!entry || entry.version !== version) {
    entry = { version, found: scan(sourceCode.text) };
    lastFile = sourceCode;
    lastEntry = entry;
  }
  const found = entry.found;
  for (const word of mentions.words) if (found.has(word)) return true;
  return false;
}
