// One line per rule, sorted by rule id.
import type { TSESLint } from "@typescript-eslint/utils";
import type { PluginDocs } from "../util/create-rule";
import noApiKeyInUrl from "./no-api-key-in-url";
import noDisabledTlsVerification from "./no-disabled-tls-verification";
import noHardcodedApiKey from "./no-hardcoded-api-key";
import noPlaintextConversationLog from "./no-plaintext-conversation-log";
import noPlaintextHttp from "./no-plaintext-http";
import noPlaintextVectorStore from "./no-plaintext-vector-store";
import noSecretInLog from "./no-secret-in-log";
import noSecretInPrompt from "./no-secret-in-prompt";
import noUnencryptedLocalVectorStore from "./no-unencrypted-local-vector-store";
import noWeakCipher from "./no-weak-cipher";
import noWeakTlsVersion from "./no-weak-tls-version";
import noWorldReadableModelFiles from "./no-world-readable-model-files";
import requireMtlsInternal from "./require-mtls-internal";
import requireTlsPinning from "./require-tls-pinning";

export type PluginRule = TSESLint.RuleModule<string, readonly unknown[], PluginDocs>;

const ruleModules = {
  "no-api-key-in-url": noApiKeyInUrl,
  "no-disabled-tls-verification": noDisabledTlsVerification,
  "no-hardcoded-api-key": noHardcodedApiKey,
  "no-plaintext-conversation-log": noPlaintextConversationLog,
  "no-plaintext-http": noPlaintextHttp,
  "no-plaintext-vector-store": noPlaintextVectorStore,
  "no-secret-in-log": noSecretInLog,
  "no-secret-in-prompt": noSecretInPrompt,
  "no-unencrypted-local-vector-store": noUnencryptedLocalVectorStore,
  "no-weak-cipher": noWeakCipher,
  "no-weak-tls-version": noWeakTlsVersion,
  "no-world-readable-model-files": noWorldReadableModelFiles,
  "require-mtls-internal": requireMtlsInternal,
  "require-tls-pinning": requireTlsPinning,
};

export const rules = ruleModules as unknown as Record<keyof typeof ruleModules, PluginRule>;
