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

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`,
);
