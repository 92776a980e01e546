/**
 * What a secret looks like: provider token formats as data, placeholders that only look like keys,
 * and a bounded entropy measure for generic secrets. Every pattern here runs in linear time.
 */

export interface SecretFormat {
  /** Stable id, e.g. `openai-project-key`. */
  id: string;
  /** The provider or kind named in messages, e.g. `OpenAI project API key`. */
  provider: string;
  /** Matches the whole token (anchored). */
  pattern: RegExp;
  /** When true, the format is too generic to trust alone: only report it next to a name or SDK that says which provider. */
  contextGated?: boolean;
}

export interface SecretMatch {
  format: SecretFormat;
}

export const SECRET_FORMATS: readonly SecretFormat[] = [
  { id: "openai-project-key", provider: "OpenAI project API key", pattern: /^sk-proj-[A-Za-z0-9_-]{40,}$/ },
  { id: "anthropic-api-key", provider: "Anthropic API key", pattern: /^sk-ant-api03-[A-Za-z0-9_-]{80,}$/ },
  { id: "google-api-key", provider: "Google API key", pattern: /^AIza[0-9A-Za-z_-]{35}$/ },
];

/** The provider format this string is, if any. Context-gated formats match only when `allowGated` is set. */
export function findSecretFormat(value: string, allowGated = false): SecretMatch | undefined {
  if (value.length < 16 || value.length > 10_000) return undefined;
  for (const format of SECRET_FORMATS) {
    if (format.contextGated && !allowGated) continue;
    if (format.pattern.test(value)) return isPlaceholderSecret(value) ? undefined : { format };
  }
  return undefined;
}

/** Values that stand in for a key in docs and examples: `sk-...`, `YOUR_API_KEY`, `<your-key>`, `xxx`, `changeme`. */
export function isPlaceholderSecret(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  const lower = v.toLowerCase();
  if (lower.includes("...") || lower.includes("xxx") || lower.includes("***") || lower.includes("<") || lower.includes("${")) return true;
  if (/your|placeholder|example|changeme|replace|dummy|fake|sample|redacted|insert|todo/.test(lower)) return true;
  return /^(test|secret|password|token|key|apikey|api_key|none|null|undefined|empty)$/.test(lower);
}
