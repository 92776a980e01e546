import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";
import aiEncryption from "./dist/index.js";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", ".corpus/", ".tmp/", "examples/", "tests/**/fixtures/", "bench/results/"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/rules/*.ts"],
    ignores: ["src/rules/index.ts"],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Disallow|Require|Enforce) " }],
      "eslint-plugin/require-meta-docs-url": "off",
      "eslint-plugin/require-meta-schema-description": "error",
      "eslint-plugin/report-message-format": ["error", "\\.$"],
      "eslint-plugin/prefer-message-ids": "error",
      "eslint-plugin/require-meta-has-suggestions": "error",
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='context'][property.name='options']", message: "Read options from create(context, [options]) so defaults apply on ESLint 8." },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@typescript-eslint/utils",
              importNames: ["AST_NODE_TYPES"],
              message: "Import AST_NODE_TYPES from src/analysis/node-types: the package re-exports it through getters that every access would call.",
            },
            {
              name: "@eslint-community/eslint-utils",
              importNames: ["findVariable"],
              message: "Import findVariable from src/analysis/scopes: it finds the innermost scope through the node's ancestors, not by scanning scopes by range.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/analysis/node-types.ts", "src/analysis/scopes.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["**/*.{js,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The plugin's own recommended rules, on its own code.
  aiEncryption.configs.recommended,
  {
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
