import type { RulesRecord } from "./configs";
import type { rules } from "./rules";

export interface FlatConfig {
  name: string;
  plugins: Record<string, Plugin>;
  rules: RulesRecord;
}

export interface LegacyConfig {
  plugins: string[];
  rules: RulesRecord;
}

export interface Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: {
    recommended: FlatConfig;
    strict: FlatConfig;
    "legacy-recommended": LegacyConfig;
    "legacy-strict": LegacyConfig;
  };
}
