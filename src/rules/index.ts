// One line per rule, sorted by rule id.
import type { TSESLint } from "@typescript-eslint/utils";
import type { PluginDocs } from "../util/create-rule";
import noPlaintextVectorStore from "./no-plaintext-vector-store";
import noWeakTlsVersion from "./no-weak-tls-version";

export type PluginRule = TSESLint.RuleModule<string, readonly unknown[], PluginDocs>;

const ruleModules = {
  "no-plaintext-vector-store": noPlaintextVectorStore,
  "no-weak-tls-version": noWeakTlsVersion,
};

export const rules = ruleModules as unknown as Record<keyof typeof ruleModules, PluginRule>;
