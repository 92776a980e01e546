import { RuleTester, type InvalidTestCase, type ValidTestCase } from "@typescript-eslint/rule-tester";
import type { TSESLint } from "@typescript-eslint/utils";
import * as espree from "espree";
import * as tsParser from "@typescript-eslint/parser";

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;

export interface Cases<MessageIds extends string, Options extends readonly unknown[]> {
  valid: (ValidTestCase<Options> | string)[];
  invalid: InvalidTestCase<MessageIds, Options>[];
}

const TS_FILE = /\.(?:ts|tsx|mts|cts)$/;

const typescriptTester = new RuleTester({
  languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

const espreeTester = new RuleTester({
  languageOptions: {
    parser: espree as never,
    parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } } as never,
  },
});

function isJsCase(testCase: { filename?: string } | string): boolean {
  return typeof testCase === "string" || !testCase.filename || !TS_FILE.test(testCase.filename);
}

/**
 * Runs the cases with the typescript-eslint parser, then again with ESLint's default parser
 * (espree). Cases with a `.ts`/`.tsx` filename run with the TypeScript parser only.
 */
export function runRuleTests<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: TSESLint.RuleModule<MessageIds, Options>,
  cases: Cases<MessageIds, Options>,
): void {
  // The rule tester carries its own copy of @typescript-eslint/utils types; the rule object is the same.
  const testedRule = rule as unknown as AnyRule as never;
  typescriptTester.run(`${name} (typescript-eslint parser)`, testedRule, cases as never);
  espreeTester.run(`${name} (espree)`, testedRule, {
    valid: cases.valid.filter(isJsCase),
    invalid: cases.invalid.filter(isJsCase),
  } as never);
}
