import type { PluginRule } from "./rules";

export type Severity = "error" | "warn";
export type RuleEntry = Severity | [Severity, ...unknown[]];
export type RulesRecord = Record<string, RuleEntry>;

export const NAMESPACE = "ai-encryption";

/**
 * The rules each config turns on, derived from `meta.docs.recommended` so `strict` always holds
 * every `recommended` rule. `recommended` rules are errors everywhere; `strict`-only rules are
 * warnings: they ask the operator to decide, they do not prove a bug.
 */
export function buildRuleSets(rules: Readonly<Record<string, PluginRule>>): {
  recommended: RulesRecord;
  strict: RulesRecord;
} {
  const recommended: RulesRecord = {};
  const strict: RulesRecord = {};
  for (const name of Object.keys(rules).sort()) {
    const docs = rules[name]?.meta.docs;
    if (!docs) continue;
    const id = `${NAMESPACE}/${name}`;
    const strictOptions = docs.strictOptions;
    if (docs.recommended === "recommended") {
      recommended[id] = "error";
      strict[id] = strictOptions && strictOptions.length > 0 ? ["error", ...strictOptions] : "error";
    } else {
      strict[id] = strictOptions && strictOptions.length > 0 ? ["warn", ...strictOptions] : "warn";
    }
  }
  return { recommended, strict };
}
