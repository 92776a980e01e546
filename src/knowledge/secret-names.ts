/**
 * What a name says about the value it holds. Names are split into lower-case words
 * (`OPENAI_API_KEY`, `openAiApiKey`, `x-api-key` → `openai`/`open ai`, `api`, `key`).
 */

/** Words that make a name a credential on their own. */
const SECRET_WORDS = new Set([
  "password", "passwd", "passphrase", "pwd", "secret", "secrets", "credential", "credentials", "creds",
  "apikey", "apitoken", "accesstoken", "authtoken", "refreshtoken", "bearertoken", "idtoken", "sessiontoken",
  "privatekey", "secretkey", "accesskey", "clientsecret", "authorization", "bearer", "pat", "webhooksecret",
]);

/** `token` counts when it ends the name and the word before it is not about counting or paging. */
const NON_SECRET_TOKEN_QUALIFIERS = new Set([
  "max", "min", "total", "prompt", "completion", "completions", "input", "output", "num", "count", "next", "page",
  "continuation", "cancel", "cancellation", "csrf", "xsrf", "sync", "design", "lexer", "parser", "syntax", "stop",
  "special", "bos", "eos", "pad", "unk", "sep", "cls", "mask", "end", "start", "first", "last", "cached", "reasoning",
  "context", "remaining", "used", "per", "limit", "reset", "current", "new", "old", "tokens", "cursor", "request",
  "resumption", "event", "change", "delta", "progress", "pagination", "paging", "stream",
  // A CAPTCHA widget's one-time response, sent by the browser for the server to verify.
  "captcha", "recaptcha", "hcaptcha", "turnstile",
]);

/** `key` counts when the word before it says which kind of credential. */
const CREDENTIAL_KEY_QUALIFIERS = new Set([
  "api", "secret", "private", "access", "auth", "client", "subscription", "master", "encryption", "signing",
  "service", "account", "admin", "license", "app", "application", "developer", "dev", "prod", "live", "test",
  "server", "root", "hmac", "aes", "crypto", "cipher", "decryption", "session", "write", "read", "ingest",
  "management", "mgmt", "project", "org", "organization", "user", "personal", "x", "shared", "sas", "storage",
  // provider names: OPENAI_KEY, GEMINI_KEY, VITE_ANTHROPIC_KEY
  "openai", "anthropic", "claude", "gemini", "google", "groq", "cohere", "mistral", "hf", "huggingface", "replicate",
  "pinecone", "perplexity", "pplx", "xai", "grok", "openrouter", "together", "fireworks", "deepseek", "azure", "aws",
  "stripe", "langsmith", "langchain", "voyage", "jina", "serper", "serp", "serpapi", "tavily", "elevenlabs",
  "assemblyai", "deepgram", "qdrant", "weaviate", "unstructured", "firecrawl", "exa", "brave", "bing", "nvidia",
  "nim", "cerebras", "sambanova", "ai21", "anyscale", "octoai", "leptonai", "novita", "hyperbolic", "moonshot",
  "zhipu", "dashscope", "qwen", "baidu", "ernie", "bedrock", "vertex", "gpt", "llm", "model", "embedding",
  "embeddings", "vector", "milvus", "zilliz", "chroma", "upstash", "turbopuffer", "lancedb", "mongodb", "supabase",
  "github", "gitlab", "slack", "twilio", "sendgrid", "mailgun", "resend", "algolia", "datadog", "sentry",
]);

/** Last words that turn a credential name into metadata about it (`apiKeyName`, `passwordLength`). */
const METADATA_SUFFIXES = new Set([
  // Game and tally words: `secretWord` in a guessing game, `secretsScanned` in a report.
  "word", "words", "number", "numbers", "scanned", "found", "detected",
  "name", "names", "id", "ids", "arn", "length", "len", "count", "header", "headers", "field", "fields", "env",
  "var", "variable", "url", "uri", "endpoint", "path", "file", "filename", "dir", "type", "types", "kind", "prefix",
  "suffix", "pattern", "patterns", "regex", "regexp", "re", "hash", "hashed", "digest", "policy", "required", "set",
  "present", "provided", "exists", "label", "labels", "placeholder", "hint", "description", "desc", "format", "mask",
  "masked", "redacted", "preview", "last4", "index", "ref", "reference", "manager", "store", "provider", "source",
  "location", "limit", "limits", "ttl", "expiry", "expires", "expiration", "status", "error", "errors", "valid",
  "validator", "validation", "schema", "option", "options", "config", "setting", "settings", "rotation", "version",
  "fingerprint", "size", "bits", "usage", "usages", "algorithm", "alg", "helper", "helpers", "util", "utils",
  "mode", "input", "selector", "message", "msg", "text", "title", "visible", "visibility", "changed",
  "strength", "reset", "confirmation", "confirm", "rules", "min", "max", "enabled", "disabled", "flag", "ok",
  "missing", "param", "params", "parameter", "query", "input", "component", "dialog", "modal", "form", "button",
  "icon", "link", "id", "scope", "scopes", "service", "client", "vault", "resolver", "loader", "getter", "env",
  // UI text about the credential (i18n keys): `passwordReq`, `apiKeyWarning`, `passwordTooltip`.
  "req", "reqs", "requirement", "requirements", "warning", "warnings", "tip", "tips", "help", "hints", "tooltip",
  "caption", "subtitle", "heading", "instructions", "explanation", "prompt",
]);

/**
 * First words of UI text about a credential, not the credential: i18n keys and form copy
 * (`placeholderPassword`, `label-api-key`, `hintSecret`, `tooltipToken`).
 */
const UI_TEXT_PREFIXES = new Set([
  "placeholder", "label", "hint", "title", "tooltip", "description", "desc", "caption", "heading", "subtitle", "help",
]);

/**
 * Words that say, anywhere in a name, that the value stands in for a credential: redaction
 * markers, masked copies, test doubles and examples (`REDACTED_CREDENTIAL_VALUE`,
 * `maskedApiKey`, `dummyToken`, `EXAMPLE_SECRET`).
 */
const STAND_IN_WORDS = new Set([
  "redacted", "masked", "placeholder", "placeholders", "blank", "dummy", "sentinel", "mock", "mocked", "fake", "example",
]);

/** First words that say the value is derived from the credential and cannot be used as it (`hashedPassword`, `saltedPassword`). */
const DIGEST_PREFIXES = new Set(["hashed", "salted"]);

/** First words of predicates and helpers (`hasApiKey`, `isSecretSet`, `validatePassword`, `maskToken`). */
const PREDICATE_PREFIXES = new Set([
  "has", "is", "should", "use", "uses", "with", "without", "require", "requires", "validate", "check", "mask",
  "redact", "hide", "show", "no", "num", "max", "min", "total", "needs", "can", "allow", "toggle", "set", "on",
  "handle", "render", "reset", "forgot", "generate", "verify", "compare", "hash", "encrypt", "decrypt",
]);

const WORD_SPLIT = /[^A-Za-z0-9]+/;

/** `openAIApiKey` → `["open", "ai", "api", "key"]`; `X-API-KEY` → `["x", "api", "key"]`. */
export function splitNameWords(name: string): string[] {
  const out: string[] = [];
  for (const chunk of name.split(WORD_SPLIT)) {
    if (!chunk) continue;
    for (const word of splitCamelCase(chunk)) out.push(word.toLowerCase());
  }
  return out;
}

const isUpper = (c: string): boolean => c >= "A" && c <= "Z";
const isLower = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "0" && c <= "9");

/** Word boundaries at `aB` and at `ABc` (an acronym, then a word); one pass, linear time. */
function splitCamelCase(chunk: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 1; i < chunk.length; i++) {
    const prev = chunk[i - 1]!;
    const cur = chunk[i]!;
    const next = chunk[i + 1];
    if ((isLower(prev) && isUpper(cur)) || (isUpper(prev) && isUpper(cur) && next !== undefined && next >= "a" && next <= "z")) {
      words.push(chunk.slice(start, i));
      start = i;
    }
  }
  words.push(chunk.slice(start));
  return words;
}

function joinPairs(words: readonly string[], i: number): string | undefined {
  const a = words[i];
  const b = words[i + 1];
  return a !== undefined && b !== undefined ? a + b : undefined;
}

/**
 * Whether a variable, property, parameter or header name says it holds a credential: `apiKey`,
 * `OPENAI_API_KEY`, `accessToken`, `dbPassword`, `clientSecret`, `x-api-key`, `authorization`.
 * Not: `tokenizer`, `maxTokens`, `nextPageToken`, `cacheKey`, `apiKeyName`, `hasApiKey`, `key`.
 */
export function isSecretName(name: string): boolean {
  const words = splitNameWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  if (words.length > 1 && (PREDICATE_PREFIXES.has(first) || UI_TEXT_PREFIXES.has(first) || DIGEST_PREFIXES.has(first))) return false;
  if (words.length > 1 && METADATA_SUFFIXES.has(last) && last !== "key") return false;
  if (hasStandInWord(words)) return false;
  // Single words and glued pairs: `password`, `apikey`, `accessToken` → `access`+`token`.
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (SECRET_WORDS.has(word)) return !trailingMetadata(words, i);
    const pair = joinPairs(words, i);
    if (pair && SECRET_WORDS.has(pair)) return !trailingMetadata(words, i + 1);
  }
  if (last === "token") {
    const before = words[words.length - 2];
    return before === undefined || !NON_SECRET_TOKEN_QUALIFIERS.has(before);
  }
  if (last === "key" || last === "keys") {
    const before = words[words.length - 2];
    return before !== undefined && CREDENTIAL_KEY_QUALIFIERS.has(before);
  }
  if ((last === "pass" || last === "pw") && words.length > 1) return true;
  return false;
}

/** Last words that name the credential itself: `token`, `key`, `password`, `apikey`, `secret`. */
const SECRET_TAIL_WORDS = new Set([...SECRET_WORDS, "token", "key", "keys", "pass", "pw"]);

/**
 * Whether a secret name's last word (or last two, glued) names the credential itself:
 * `brightllm_authToken`, `session_token`, `myapp.apiKey`, `DB_PASSWORD`. Not `apiKeyName`, `tokenizer`.
 */
export function endsWithSecretWord(name: string): boolean {
  const words = splitNameWords(name);
  const last = words[words.length - 1];
  if (last === undefined || !SECRET_TAIL_WORDS.has(last)) return false;
  return isSecretName(name);
}

function hasStandInWord(words: readonly string[]): boolean {
  for (const word of words) if (STAND_IN_WORDS.has(word)) return true;
  return false;
}

function trailingMetadata(words: readonly string[], index: number): boolean {
  for (let i = index + 1; i < words.length; i++) {
    if (METADATA_SUFFIXES.has(words[i]!)) return true;
  }
  return false;
}

/**
 * Well-known variables whose names say credentials but whose values are not one: a path to the
 * credentials file (`GOOGLE_APPLICATION_CREDENTIALS`), the choice of credential type
 * (`AZURE_TOKEN_CREDENTIALS=prod`).
 */
const NON_SECRET_ENV_NAMES = new Set(["GOOGLE_APPLICATION_CREDENTIALS", "AZURE_TOKEN_CREDENTIALS", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE"]);

/** A well-known variable named for credentials that holds none (`GOOGLE_APPLICATION_CREDENTIALS`), in any case. */
export function isNonSecretEnvName(name: string): boolean {
  return NON_SECRET_ENV_NAMES.has(name.toUpperCase());
}

/**
 * Environment variables named as credentials: `OPENAI_API_KEY`, `HF_TOKEN`, `DB_PASSWORD`,
 * `AWS_SECRET_ACCESS_KEY`, `VITE_OPENAI_KEY`. Not `*_PUBLIC_KEY`, `*_PUBLISHABLE_KEY`, `*_KEY_ID`.
 */
export function isSecretEnvName(name: string): boolean {
  if (isNonSecretEnvName(name)) return false;
  const words = splitNameWords(name);
  if (words.includes("public") || words.includes("publishable") || words.includes("anon")) return false;
  if (hasStandInWord(words)) return false;
  const last = words[words.length - 1];
  if (last === "key" || last === "token" || last === "secret" || last === "password" || last === "pass" || last === "pwd") {
    const before = words[words.length - 2];
    if (last === "token" && before !== undefined && NON_SECRET_TOKEN_QUALIFIERS.has(before)) return false;
    if (last === "key" && before !== undefined && ["cache", "sort", "partition", "primary", "foreign", "idempotency", "routing", "dedupe", "dedup", "lock", "object", "storage"].includes(before)) return false;
    return true;
  }
  return isSecretName(name);
}

/** Services whose connection URL usually carries the password (`postgres://user:pass@…`, `rediss://default:pass@…`). */
const CONNECTION_URL_SERVICES = new Set([
  "database", "db", "postgres", "postgresql", "pg", "mysql", "mariadb", "mongodb", "mongo", "redis", "rabbitmq", "amqp", "direct", "prisma",
]);

/** Words of an HTTP endpoint's name (`UPSTASH_REDIS_REST_URL`, `SUPABASE_URL`'s kind): the URL carries no password, the token is separate. */
const HTTP_ENDPOINT_WORDS = new Set(["rest", "http", "https", "api", "graphql", "dashboard", "console", "admin"]);

const VECTOR_STORE_WORDS = new Set(["vector", "chroma", "chromadb", "qdrant", "weaviate", "milvus", "lance", "lancedb", "pinecone", "vespa", "embedding", "embeddings"]);

/** Whole variable names that hold a credential without saying key, token, secret or password. */
const CREDENTIAL_ENV_NAMES = new Set(["PGPASSWORD", "MYSQL_PWD", "MNEMONIC", "SEED_PHRASE", "WALLET_MNEMONIC", "PRIVATE_KEY_MNEMONIC"]);

/**
 * Environment variables whose value is a credential although the name does not say key or token:
 * database and cache connection URLs (`DATABASE_URL`, `POSTGRES_PRISMA_URL`, `MONGODB_URI`,
 * `REDIS_URL`), connection strings (`AZURE_STORAGE_CONNECTION_STRING` holds an account key),
 * webhook URLs (`SLACK_WEBHOOK_URL`: the URL is the credential), `PGPASSWORD`, wallet mnemonics.
 * For values read at run time (logged, placed in prompts), not for names around literals.
 */
export function isCredentialEnvName(name: string): boolean {
  if (CREDENTIAL_ENV_NAMES.has(name.toUpperCase())) return true;
  const words = splitNameWords(name);
  if (words.includes("public") || hasStandInWord(words)) return false;
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last === "string" && (before === "connection" || before === "conn")) return true;
  if (last === "str" && before === "conn") return true;
  if (last !== "url" && last !== "uri" && last !== "dsn") return false;
  if (before === "webhook") return true;
  // A vector store's endpoint (`VECTOR_DB_URL`, `CHROMA_DB_URL`) rarely carries a password.
  if (words.some((word) => VECTOR_STORE_WORDS.has(word) || HTTP_ENDPOINT_WORDS.has(word))) return false;
  return words.slice(0, -1).some((word) => CONNECTION_URL_SERVICES.has(word));
}

const PASSWORD_WORDS = new Set(["password", "passwd", "passphrase", "pwd", "pw", "pass"]);

/**
 * A secret name that says password (`dbPassword`, `DB_PASS`, `smtpPwd`, `passphrase`): human-chosen
 * values, so shorter and less random ones still count.
 */
export function isPasswordName(name: string): boolean {
  if (!isSecretEnvName(name)) return false;
  return splitNameWords(name).some((word) => PASSWORD_WORDS.has(word));
}
