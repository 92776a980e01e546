import { ESLintUtils } from "@typescript-eslint/utils";

/** Extra `meta.docs` keys every rule of this plugin carries. */
export interface PluginDocs {
  /** Which config turns the rule on: `recommended` rules are errors in both configs, `strict` rules are warnings in `strict` only. */
  recommended: "recommended" | "strict";
  /** Options the `strict` config passes instead of the defaults, when they differ. */
  strictOptions?: readonly unknown[];
  /** CWE identifiers of the weakness the rule reports. */
  cwe?: readonly number[];
  requiresTypeChecking?: false;
}

const REPO_URL = "https://github.com/eslint-plugin-ai-encryption/eslint-plugin-ai-encryption";

const namedRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`);

type RuleSpec<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs> & {
    /**
     * The rule also reads TypeScript declaration files. Most rules judge what code does when it
     * runs (connections, logs, prompts, ciphers), and a declaration file holds no code that runs;
     * a rule about what the text itself leaks (a key in a published `.d.ts`) sets this.
     */
    readsDeclarationFiles?: boolean;
  }
>;

/** `x.d.ts`, `x.d.mts`, `x.d.cts`, and declarations for another file type (`styles.d.css.ts`). */
const DECLARATION_FILE = /\.d\.(?:[cm]?ts|[^./\\]+\.ts)$/i;

let lastFilename: string | undefined;
let lastIsDeclaration = false;

/** Whether ESLint is linting a TypeScript declaration file (asked by every rule of a file in a row). */
export function isDeclarationFile(filename: string): boolean {
  if (filename !== lastFilename) {
    lastFilename = filename;
    lastIsDeclaration = DECLARATION_FILE.test(filename);
  }
  return lastIsDeclaration;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** ESLint 9.15+ merges `meta.defaultOptions` itself: then the given object already has every key. */
function hasEveryKey(given: Record<string, unknown>, base: Record<string, unknown>): boolean {
  for (const key in base) if (!(key in given)) return false;
  return true;
}

/**
 * The user's options over the defaults, position by position; an object's keys are merged one level
 * deep, which is all the rules' schemas have (their values are scalars or arrays, and arrays replace).
 */
export function mergeOptions(defaults: readonly unknown[], user: readonly unknown[]): unknown[] {
  const length = Math.max(defaults.length, user.length);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const base = defaults[i];
    const given = user[i];
    if (given === undefined) out.push(base);
    else if (isPlainObject(base) && isPlainObject(given)) out.push(hasEveryKey(given, base) ? given : { ...base, ...given });
    else out.push(given);
  }
  return out;
}

/** Whether the given options already hold every default (ESLint 9.15+ merges `meta.defaultOptions` itself). */
function isComplete(defaults: readonly unknown[], given: readonly unknown[]): boolean {
  for (let i = 0; i < defaults.length; i++) {
    const base = defaults[i];
    const value = given[i];
    if (value === undefined) return false;
    if (isPlainObject(base) && (!isPlainObject(value) || !hasEveryKey(value, base))) return false;
  }
  return true;
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Defines a rule with its doc URL. Options reach `create` merged over `meta.defaultOptions`; since
 * `create` runs once per file and rule, options that already hold every default pass through
 * as they are, and the others get a shallow merge rather than a deep copy of the defaults.
 * Declaration files get no listeners unless the rule sets `readsDeclarationFiles`.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(spec: RuleSpec<Options, MessageIds>) {
  const { readsDeclarationFiles = false, ...ruleSpec } = spec;
  const rule = namedRule(ruleSpec);
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as readonly unknown[];
  // ESLint hands each file a fresh array holding the same configured option objects: the last
  // merge is reused while those objects are the same.
  let lastGiven: readonly unknown[] = [];
  let lastOptions: readonly unknown[] | undefined;
  return {
    ...rule,
    create(context: Parameters<typeof rule.create>[0]) {
      if (!readsDeclarationFiles && isDeclarationFile(context.filename)) return {};
      // eslint-disable-next-line no-restricted-syntax -- the one place that reads them, to merge the defaults in
      const given = context.options;
      if (lastOptions === undefined || !sameElements(given, lastGiven)) {
        lastOptions = isComplete(defaults, given) ? given : mergeOptions(defaults, given);
        lastGiven = given;
      }
      return spec.create(context, lastOptions as unknown as Options);
    },
  };
}
