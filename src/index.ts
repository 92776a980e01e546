import { buildRuleSets, NAMESPACE } from "./configs";
import { rules } from "./rules";
import type { Plugin } from "./types";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- read at run time so the published version is the one reported
const { name, version } = require("../package.json") as { name: string; version: string };

const ruleSets = buildRuleSets(rules);

// The object exists before its configs so each flat config can point back at this very object.
const plugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules,
  configs: {},
} as Plugin;

plugin.configs = {
  recommended: {
    name: `${NAMESPACE}/recommended`,
    plugins: { [NAMESPACE]: plugin },
    rules: ruleSets.recommended,
  },
  strict: {
    name: `${NAMESPACE}/strict`,
    plugins: { [NAMESPACE]: plugin },
    rules: ruleSets.strict,
  },
  "legacy-recommended": { plugins: [NAMESPACE], rules: ruleSets.recommended },
  "legacy-strict": { plugins: [NAMESPACE], rules: ruleSets.strict },
};

export = plugin;

// Node finds the named exports of a CommonJS module by reading these assignments, so
// `import { rules, configs } from "eslint-plugin-ai-encryption"` works as the types promise.
module.exports.meta = plugin.meta;
module.exports.rules = plugin.rules;
module.exports.configs = plugin.configs;
