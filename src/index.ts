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
