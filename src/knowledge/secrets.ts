/**
 * What a secret looks like: provider token formats as data, placeholders that only look like keys,
 * and a bounded entropy measure for generic secrets. Every pattern here runs in linear time: no
 * nested quantifiers, no alternations that overlap under a repetition, and scanners look for a
 * literal prefix before they try a full pattern.
 */

import { endsWithSecretWord, isPasswordName, isSecretEnvName, splitNameWords } from "./secret-names";

export interface SecretFormat {
  /** Stable id, e.g. `openai-project-key`. */
  id: string;
  /** The provider or kind named in messages, e.g. `OpenAI project API key`. */
  provider: string;
  /** Matches the whole token (anchored with `^` and, unless `extract` is set, `$`). */
  pattern: RegExp;
  /** When true, the format is too generic to trust alone: only report it next to a name or SDK that says which provider. */
  contextGated?: boolean;
  /** Literal starts of the token; a scanner looks for these before it tries `pattern`. */
  prefixes?: readonly string[];
  /**
   * For context-gated formats: sets of lower-case words (from variable, property, header, env var,
   * SDK class or module names) any one of which, fully present, names the provider. A gated
   * format without `providerWords` only needs a name that says "credential" (`token`, `apiKey`).
   */
  providerWords?: readonly (readonly string[])[];
  /**
   * The characters that continue the token after its prefix (default `[A-Za-z0-9_-]`). The whole run
   * of them must match `pattern`: a longer run is a different string, not a key with a suffix.
   */
  tail?: RegExp;
  /** Extra checks on a token the pattern matched (structure, placeholders); false drops the match. */
  verify?: (token: string) => boolean;
  /** For gated formats found inside text: the text itself says the token is a credential (`Bearer eyJ…`, a service-role JWT). */
  ungate?: (token: string, text: string, start: number) => boolean;
  /** Where the token ends when it is not a flat run of characters (PEM blocks, URLs); -1 when there is no token at `start`. */
  extract?: (text: string, start: number) => number;
  /** A fixed-offset signature inside a token with no prefix (`JQQJ9` at 52 in Microsoft's annotated keys). */
  infix?: { text: string; offset: number };
  /** Lower impact than a live credential (test-mode keys); still a secret. */
  lowImpact?: boolean;
}

export interface SecretMatch {
  format: SecretFormat;
  /** Where the token starts in the scanned text. */
  start: number;
  /** Where the token ends (exclusive). */
  end: number;
  /** For a `NAME=value` pair found in text, the name. */
  name?: string;
}

/** What the code around a value says about it: words of the names it is bound to, and whether a name says "credential". */
export interface SecretContext {
  /** Lower-case words of the variable, property, header, env var, SDK class and module names around the value. */
  words?: ReadonlySet<string> | readonly string[];
  /** A name the value is assigned to says it is a credential (`apiKey`, `token`, `authorization`, `OPENAI_API_KEY`). */
  nameSaysSecret?: boolean;
  /** Every context-gated format may match, whatever the words (the old `allowGated = true`). */
  allowAllGated?: boolean;
  /** Minimum Shannon entropy (bits per character) for generic secrets; see `looksLikeGenericSecret`. */
  minEntropy?: number;
}

/** Shortest string that can hold any format of the catalogue. */
export const MIN_SECRET_LENGTH = 16;
/** Longest single value judged as a whole (PEM blocks and multi-line texts are scanned, not judged whole). */
export const MAX_SECRET_LENGTH = 10_000;
/** Strings longer than this are scanned only up to here: keys do not hide at the end of megabyte blobs. */
export const MAX_SCAN_LENGTH = 200_000;

const B64URL_TAIL = /[A-Za-z0-9_-]/;
const ALNUM_TAIL = /[A-Za-z0-9]/;
const B64_TAIL = /[A-Za-z0-9+/=]/;

// ---------------------------------------------------------------------------------------------
// Structured formats: PEM private keys, JWTs, connection strings with a password
// ---------------------------------------------------------------------------------------------

const PEM_HEADER = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/y;
const PEM_MAX_BODY = 20_000;
const MIN_PEM_BODY = 64;

/** A PEM private key: the header, then at least 64 base64 characters before `-----END` (bodies of `...` are placeholders). */
function extractPem(text: string, start: number): number {
  PEM_HEADER.lastIndex = start;
  if (!PEM_HEADER.test(text)) return -1;
  const bodyStart = PEM_HEADER.lastIndex;
  const limit = Math.min(text.length, bodyStart + PEM_MAX_BODY);
  let base64 = 0;
  let top = 0;
  const counts = new Uint32Array(128);
  let i = bodyStart;
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 /* - */ && text.startsWith("-----", i)) break;
    if (code === 46 /* . */ || code === 0x2026 /* … */ || code === 60 /* < */ || code === 36 /* $ */ || code === 123 /* { */) {
      return -1;
    }
    if (isBase64Code(code)) {
      base64++;
      const count = ++counts[code]!;
      if (count > top) top = count;
    }
  }
  // `AAAA…` or `xxxx…` bodies are placeholders; a real key's most common character is a few percent.
  if (base64 < MIN_PEM_BODY || top / base64 >= 0.25) return -1;
  if (text.startsWith("-----END", i)) {
    const close = text.indexOf("-----", i + 8);
    return close >= 0 && close - i < 80 ? close + 5 : i;
  }
  return i;
}

function isBase64Code(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 61
  );
}

/** The three segments of a JWT, header and payload decoded (bounded), or undefined when it is not one. */
function decodeJwt(token: string): { header: string; payload: string } | undefined {
  const first = token.indexOf(".");
  const second = token.indexOf(".", first + 1);
  if (first < 0 || second < 0) return undefined;
  const header = decodeBase64(token.slice(0, first), 512);
  const payload = decodeBase64(token.slice(first + 1, second), 2048);
  if (header === undefined || payload === undefined) return undefined;
  if (!header.includes('"alg"')) return undefined;
  return { header, payload };
}

const JWT_ROLE = /"role"\s{0,4}:\s{0,4}"([a-z_]{1,32})"/;

/** Public JWTs (Supabase anon keys) and the jwt.io sample are not secrets. */
function verifyJwt(token: string): boolean {
  const decoded = decodeJwt(token);
  if (!decoded) return false;
  const role = JWT_ROLE.exec(decoded.payload)?.[1];
  if (role === "anon") return false;
  if (decoded.payload.includes("John Doe") || decoded.payload.includes('"1234567890"')) return false;
  return true;
}

/** A JWT is reported on its own when the text calls it a bearer credential or it carries a service role. */
function jwtUngated(token: string, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 7), start).toLowerCase();
  if (before === "bearer ") return true;
  const role = JWT_ROLE.exec(decodeJwt(token)?.payload ?? "")?.[1];
  return role === "service_role";
}

const CONNECTION_END = charTable(/[\s/?#"'`<>\\]/);
const DEFAULT_PASSWORDS = new Set([
  "password", "passwd", "pass", "pwd", "secret", "changeme", "change_me", "postgres", "root", "admin", "mysql", "redis",
  "guest", "test", "dev", "user", "example", "mongo", "rabbitmq", "mariadb", "sa", "neo4j", "default",
]);

/**
 * The end of `scheme://user:password@host/…` starting at `start` (the scheme), or -1 when there is
 * no password, the password is a placeholder or default, or the host is loopback.
 */
function extractConnectionString(text: string, start: number): number {
  const schemeEnd = text.indexOf("://", start);
  if (schemeEnd < 0 || schemeEnd - start > 16) return -1;
  const authorityStart = schemeEnd + 3;
  let end = authorityStart;
  const limit = Math.min(text.length, authorityStart + 1024);
  while (end < limit && !inTable(CONNECTION_END, text.charCodeAt(end))) end++;
  const authority = text.slice(authorityStart, end);
  const at = authority.lastIndexOf("@");
  if (at < 0) return -1;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(":");
  if (colon < 0) return -1;
  const user = userinfo.slice(0, colon);
  const password = userinfo.slice(colon + 1);
  if (password.length < 4 || password === user) return -1;
  if (DEFAULT_PASSWORDS.has(password.toLowerCase()) || isPlaceholderSecret(password) || password.startsWith("$") || password.startsWith("%")) {
    return -1;
  }
  const hostPart = authority.slice(at + 1);
  const host = (hostPart.startsWith("[") ? hostPart.slice(0, hostPart.indexOf("]") + 1) : hostPart.split(/[:,]/)[0] ?? "").toLowerCase();
  if (host === "" || isLoopback(host)) return -1;
  // The token is the whole URL: path, query and fragment included.
  const urlLimit = Math.min(text.length, end + 2048);
  while (end < urlLimit && !inTable(URL_END, text.charCodeAt(end))) end++;
  return end;
}

const URL_END = charTable(/[\s"'`<>\\]/);

function isLoopback(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host.startsWith("127.") || host === "[::1]" || host === "0.0.0.0";
}

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

function connectionFormat(id: string, provider: string, schemes: readonly string[], pattern: RegExp): SecretFormat {
  return { id, provider, pattern, prefixes: schemes.map((scheme) => `${scheme}://`), extract: extractConnectionString };
}

export const SECRET_FORMATS: readonly SecretFormat[] = [
  // OpenAI. Legacy user keys carry the base64 of "OpenAI" as a watermark; newer keys are told apart by their prefix.
  { id: "openai-legacy-key", provider: "OpenAI API key", pattern: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/, prefixes: ["sk-"] },
  { id: "openai-project-key", provider: "OpenAI project API key", pattern: /^sk-proj-[A-Za-z0-9_-]{40,400}$/, prefixes: ["sk-proj-"] },
  { id: "openai-service-account-key", provider: "OpenAI service-account API key", pattern: /^sk-svcacct-[A-Za-z0-9_-]{40,400}$/, prefixes: ["sk-svcacct-"] },
  { id: "openai-admin-key", provider: "OpenAI admin API key", pattern: /^sk-admin-[A-Za-z0-9_-]{40,400}$/, prefixes: ["sk-admin-"] },
  { id: "openai-none-key", provider: "OpenAI API key", pattern: /^sk-None-[A-Za-z0-9_-]{40,400}$/, prefixes: ["sk-None-"] },
  // Anthropic.
  { id: "anthropic-api-key", provider: "Anthropic API key", pattern: /^sk-ant-api0[0-9]-[A-Za-z0-9_-]{80,200}$/, prefixes: ["sk-ant-api0"] },
  { id: "anthropic-admin-key", provider: "Anthropic admin API key", pattern: /^sk-ant-admin0[0-9]-[A-Za-z0-9_-]{80,200}$/, prefixes: ["sk-ant-admin0"] },
  { id: "anthropic-oauth-token", provider: "Anthropic OAuth token", pattern: /^sk-ant-o[ar]t0[0-9]-[A-Za-z0-9_-]{40,300}$/, prefixes: ["sk-ant-oat0", "sk-ant-ort0"] },
  { id: "openrouter-key", provider: "OpenRouter API key", pattern: /^sk-or-v1-[0-9a-f]{64}$/, prefixes: ["sk-or-v1-"] },
  // `sk-` + 48 alphanumerics: OpenAI's old keys without the watermark, and the OpenAI-compatible providers that copied the shape.
  { id: "openai-style-key", provider: "OpenAI-style API key", pattern: /^sk-[A-Za-z0-9]{48}$/, prefixes: ["sk-"] },
  // Google (Gemini / AI Studio / Cloud API keys), and OAuth client secrets.
  { id: "google-api-key", provider: "Google API key", pattern: /^AIza[0-9A-Za-z_-]{35}$/, prefixes: ["AIza"] },
  { id: "google-oauth-client-secret", provider: "Google OAuth client secret", pattern: /^GOCSPX-[A-Za-z0-9_-]{28}$/, prefixes: ["GOCSPX-"] },
  // Hugging Face.
  { id: "huggingface-token", provider: "Hugging Face access token", pattern: /^hf_[A-Za-z]{34}$/, prefixes: ["hf_"], tail: ALNUM_TAIL },
  { id: "huggingface-org-token", provider: "Hugging Face organization token", pattern: /^api_org_[A-Za-z]{34}$/, prefixes: ["api_org_"], tail: ALNUM_TAIL },
  // Other model providers.
  { id: "groq-api-key", provider: "Groq API key", pattern: /^gsk_[A-Za-z0-9]{48,52}$/, prefixes: ["gsk_"] },
  { id: "replicate-token", provider: "Replicate API token", pattern: /^r8_[A-Za-z0-9_-]{37}$/, prefixes: ["r8_"] },
  { id: "perplexity-api-key", provider: "Perplexity API key", pattern: /^pplx-[A-Za-z0-9]{32,64}$/, prefixes: ["pplx-"] },
  { id: "xai-api-key", provider: "xAI API key", pattern: /^xai-[A-Za-z0-9_]{70,100}$/, prefixes: ["xai-"] },
  { id: "nvidia-api-key", provider: "NVIDIA API key", pattern: /^nvapi-[A-Za-z0-9_-]{64}$/, prefixes: ["nvapi-"] },
  { id: "tavily-api-key", provider: "Tavily API key", pattern: /^tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}$/, prefixes: ["tvly-"] },
  // Vector stores and LLM tooling.
  { id: "pinecone-api-key", provider: "Pinecone API key", pattern: /^pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,80}$/, prefixes: ["pcsk_"] },
  { id: "langsmith-api-key", provider: "LangSmith API key", pattern: /^lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}$/, prefixes: ["lsv2_pt_", "lsv2_sk_"] },
  { id: "supabase-secret-key", provider: "Supabase secret key", pattern: /^sb_secret_[A-Za-z0-9_-]{20,100}$/, prefixes: ["sb_secret_"] },
  { id: "databricks-token", provider: "Databricks access token", pattern: /^dapi[0-9a-f]{32}(?:-[0-9])?$/, prefixes: ["dapi"] },
  // Cloud.
  { id: "aws-access-key-id", provider: "AWS access key ID", pattern: /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/, prefixes: ["AKIA", "ASIA", "ABIA", "ACCA"], tail: ALNUM_TAIL },
  { id: "aws-bedrock-api-key", provider: "Amazon Bedrock API key", pattern: /^ABSK[A-Za-z0-9+/]{109,269}={0,2}$/, prefixes: ["ABSK"], tail: B64_TAIL },
  { id: "aws-bedrock-short-term-key", provider: "Amazon Bedrock API key", pattern: /^bedrock-api-key-[A-Za-z0-9+/]{40,6000}={0,2}$/, prefixes: ["bedrock-api-key-"], tail: B64_TAIL },
  {
    id: "azure-annotated-key",
    provider: "Azure AI services key",
    pattern: /^[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}$/,
    infix: { text: "JQQJ9", offset: 52 },
    tail: ALNUM_TAIL,
  },
  // Source hosting and package registries.
  { id: "github-token", provider: "GitHub token", pattern: /^gh[pousr]_[A-Za-z0-9]{36}$/, prefixes: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"] },
  { id: "github-fine-grained-token", provider: "GitHub fine-grained token", pattern: /^github_pat_[A-Za-z0-9_]{82}$/, prefixes: ["github_pat_"] },
  { id: "gitlab-token", provider: "GitLab personal access token", pattern: /^glpat-[A-Za-z0-9_-]{20,128}$/, prefixes: ["glpat-"] },
  { id: "npm-token", provider: "npm access token", pattern: /^npm_[A-Za-z0-9]{36}$/, prefixes: ["npm_"] },
  // Messaging and payments.
  { id: "slack-token", provider: "Slack token", pattern: /^xox[abpr]-[0-9]{1,16}-[0-9A-Za-z-]{16,250}$/, prefixes: ["xoxa-", "xoxb-", "xoxp-", "xoxr-"] },
  { id: "slack-app-token", provider: "Slack app token", pattern: /^xapp-[0-9]-[0-9A-Za-z-]{20,250}$/, prefixes: ["xapp-"] },
  {
    id: "slack-webhook-url",
    provider: "Slack webhook URL",
    pattern: /^https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,200}$/,
    prefixes: ["https://hooks.slack.com/"],
    tail: /[A-Za-z0-9_/+-]/,
  },
  { id: "sendgrid-api-key", provider: "SendGrid API key", pattern: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/, prefixes: ["SG."], tail: /[A-Za-z0-9_.-]/ },
  { id: "stripe-live-key", provider: "Stripe live secret key", pattern: /^[rs]k_live_[A-Za-z0-9]{20,247}$/, prefixes: ["sk_live_", "rk_live_"] },
  // Test-mode keys cannot move money but read and write the account's test data and settings: still secrets.
  { id: "stripe-test-key", provider: "Stripe test-mode secret key", pattern: /^[rs]k_test_[A-Za-z0-9]{20,247}$/, prefixes: ["sk_test_", "rk_test_"], lowImpact: true },
  { id: "stripe-webhook-secret", provider: "Stripe webhook signing secret", pattern: /^whsec_[A-Za-z0-9+/=]{32,100}$/, prefixes: ["whsec_"], tail: B64_TAIL },
  // HashiCorp Vault.
  { id: "vault-service-token", provider: "HashiCorp Vault token", pattern: /^hvs\.[A-Za-z0-9_-]{24,130}$/, prefixes: ["hvs."] },
  { id: "vault-batch-token", provider: "HashiCorp Vault batch token", pattern: /^hv[br]\.[A-Za-z0-9_-]{24,300}$/, prefixes: ["hvb.", "hvr."] },
  // Private keys, tokens and URLs with credentials.
  {
    id: "private-key",
    provider: "private key",
    pattern: /^-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/,
    prefixes: ["-----BEGIN "],
    extract: extractPem,
  },
  {
    id: "jwt",
    provider: "JSON Web Token",
    pattern: /^eyJ[A-Za-z0-9_-]{10,4000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000}$/,
    prefixes: ["eyJ"],
    contextGated: true,
    tail: /[A-Za-z0-9_.-]/,
    verify: verifyJwt,
    ungate: jwtUngated,
  },
  connectionFormat("postgres-connection-string", "PostgreSQL connection string with a password", ["postgres", "postgresql"], /^postgres(?:ql)?:\/\/[^\s:/@]*:[^\s/@]+@/),
  connectionFormat("mongodb-connection-string", "MongoDB connection string with a password", ["mongodb", "mongodb+srv"], /^mongodb(?:\+srv)?:\/\/[^\s:/@]*:[^\s/@]+@/),
  connectionFormat("redis-connection-string", "Redis URL with a password", ["redis", "rediss"], /^rediss?:\/\/[^\s:/@]*:[^\s/@]+@/),
  connectionFormat("amqp-connection-string", "AMQP URL with a password", ["amqp", "amqps"], /^amqps?:\/\/[^\s:/@]*:[^\s/@]+@/),
  connectionFormat("mysql-connection-string", "MySQL connection string with a password", ["mysql", "mysqlx", "mariadb"], /^(?:mysqlx?|mariadb):\/\/[^\s:/@]*:[^\s/@]+@/),
  connectionFormat(
    "database-connection-string",
    "database connection string with a password",
    ["mssql", "sqlserver", "clickhouse", "neo4j", "neo4j+s", "bolt", "cockroachdb", "couchbase", "couchbases"],
    /^(?:mssql|sqlserver|clickhouse|neo4j(?:\+s)?|bolt|cockroachdb|couchbases?):\/\/[^\s:/@]*:[^\s/@]+@/,
  ),
  // Context-gated: shapes with no prefix (or a prefix many providers share), reported only where a name or SDK says which provider.
  { id: "cohere-api-key", provider: "Cohere API key", pattern: /^[A-Za-z0-9]{40}$/, contextGated: true, providerWords: [["cohere"], ["co", "api", "key"]] },
  { id: "mistral-api-key", provider: "Mistral API key", pattern: /^[A-Za-z0-9]{32}$/, contextGated: true, providerWords: [["mistral"]] },
  { id: "azure-openai-key", provider: "Azure OpenAI API key", pattern: /^[0-9a-fA-F]{32}$/, contextGated: true, providerWords: [["azure"]] },
  { id: "aws-secret-access-key", provider: "AWS secret access key", pattern: /^[A-Za-z0-9/+]{40}$/, contextGated: true, providerWords: [["aws"], ["secret", "access"]] },
  { id: "deepseek-api-key", provider: "DeepSeek API key", pattern: /^sk-[0-9a-f]{32}$/, contextGated: true, providerWords: [["deepseek"]] },
  { id: "dashscope-api-key", provider: "Alibaba DashScope API key", pattern: /^sk-[0-9a-f]{32}$/, contextGated: true, providerWords: [["dashscope"], ["qwen"], ["bailian"]] },
  { id: "together-api-key", provider: "Together AI API key", pattern: /^[0-9a-f]{64}$/, contextGated: true, providerWords: [["together"]] },
  { id: "wandb-api-key", provider: "Weights & Biases API key", pattern: /^[0-9a-f]{40}$/, contextGated: true, providerWords: [["wandb"]] },
  { id: "vault-legacy-token", provider: "HashiCorp Vault token", pattern: /^s\.[A-Za-z0-9]{24}$/, contextGated: true, providerWords: [["vault"]] },
];

/** Provider words implied by an import: a file importing `cohere-ai` talks to Cohere. */
export const PROVIDER_MODULE_WORDS: Readonly<Record<string, readonly string[]>> = {
  "cohere-ai": ["cohere"],
  "@langchain/cohere": ["cohere"],
  "@ai-sdk/cohere": ["cohere"],
  "@mistralai/mistralai": ["mistral"],
  "@langchain/mistralai": ["mistral"],
  "@ai-sdk/mistral": ["mistral"],
  "@azure/openai": ["azure"],
  "@azure/core-auth": ["azure"],
  "@azure/ai-inference": ["azure"],
  "@ai-sdk/azure": ["azure"],
  "@ai-sdk/deepseek": ["deepseek"],
  "@ai-sdk/togetherai": ["together"],
  "together-ai": ["together"],
  "node-vault": ["vault"],
  "@aws-sdk/client-bedrock-runtime": ["aws"],
  "@aws-sdk/client-s3": ["aws"],
  "@aws-sdk/client-secrets-manager": ["aws"],
  "@aws-sdk/credential-providers": ["aws"],
  "@langchain/aws": ["aws"],
  "@ai-sdk/amazon-bedrock": ["aws"],
  "aws-sdk": ["aws"],
};

/**
 * SDK entry points that take a credential positionally or under a name that does not say so
 * (`new GoogleGenerativeAI(key)`, `new Replicate({ auth })`). `path` is the export, `isDefault` when
 * the module's default export is that class or function.
 */
export interface CredentialParameter {
  module: string;
  path: readonly string[];
  kind: "construct" | "call";
  isDefault?: boolean;
  /** The credential's argument index. */
  argument: number;
  /** When set, the credential is this property of the options object at `argument`. */
  option?: string;
  /** Provider words the SDK implies, for context-gated formats. */
  words: readonly string[];
}

export const CREDENTIAL_PARAMETERS: readonly CredentialParameter[] = [
  { module: "@google/generative-ai", path: ["GoogleGenerativeAI"], kind: "construct", argument: 0, words: ["google"] },
  { module: "@huggingface/inference", path: ["InferenceClient"], kind: "construct", argument: 0, words: ["hf"] },
  { module: "@huggingface/inference", path: ["HfInference"], kind: "construct", argument: 0, words: ["hf"] },
  { module: "@huggingface/inference", path: ["InferenceClientEndpoint"], kind: "construct", argument: 0, words: ["hf"] },
  { module: "@azure/core-auth", path: ["AzureKeyCredential"], kind: "construct", argument: 0, words: ["azure"] },
  { module: "@azure/openai", path: ["AzureKeyCredential"], kind: "construct", argument: 0, words: ["azure"] },
  // Azure AI SDKs that re-export `AzureKeyCredential` (Azure AI Search for RAG, Document Intelligence, Language).
  ...["@azure/search-documents", "@azure/ai-form-recognizer", "@azure/ai-text-analytics", "@azure/ai-language-text"].map(
    (module): CredentialParameter => ({ module, path: ["AzureKeyCredential"], kind: "construct", argument: 0, words: ["azure"] }),
  ),
  // Database passwords passed by position: Neo4j (GraphRAG) `neo4j.auth.basic(user, password)`, `new Sequelize(db, user, password)`.
  { module: "neo4j-driver", path: ["auth", "basic"], kind: "call", argument: 1, words: ["neo4j"] },
  { module: "sequelize", path: ["Sequelize"], kind: "construct", isDefault: true, argument: 2, words: ["sequelize"] },
  { module: "weaviate-client", path: ["ApiKey"], kind: "construct", argument: 0, words: ["weaviate"] },
  { module: "stripe", path: ["Stripe"], kind: "construct", isDefault: true, argument: 0, words: ["stripe"] },
  { module: "twilio", path: ["Twilio"], kind: "call", isDefault: true, argument: 1, words: ["twilio"] },
  { module: "replicate", path: ["Replicate"], kind: "construct", isDefault: true, argument: 0, option: "auth", words: ["replicate"] },
  { module: "@octokit/rest", path: ["Octokit"], kind: "construct", argument: 0, option: "auth", words: ["github"] },
  { module: "octokit", path: ["Octokit"], kind: "construct", argument: 0, option: "auth", words: ["github"] },
  // Signing and HMAC keys passed positionally: `jwt.sign(payload, secret)`, `createHmac("sha256", key)`, `cookieParser(secret)`.
  { module: "jsonwebtoken", path: ["sign"], kind: "call", argument: 1, words: ["jwt"] },
  { module: "jsonwebtoken", path: ["verify"], kind: "call", argument: 1, words: ["jwt"] },
  { module: "crypto", path: ["createHmac"], kind: "call", argument: 1, words: ["hmac"] },
  { module: "cookie-parser", path: ["cookieParser"], kind: "call", isDefault: true, argument: 0, words: ["cookie"] },
];

/**
 * Calls whose first argument is the NAME under which a value is stored or sent (a storage key,
 * cookie or header name), by receiver then method: a constant passed there
 * (`localStorage.getItem(AUTH_TOKEN)`) holds a key name, not a key.
 */
export const KEY_NAME_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    localStorage: ["getItem", "setItem", "removeItem"],
    sessionStorage: ["getItem", "setItem", "removeItem"],
    AsyncStorage: ["getItem", "setItem", "removeItem", "mergeItem"],
    SecureStore: ["getItemAsync", "setItemAsync", "deleteItemAsync", "getItem", "setItem"],
    cookies: ["get", "set", "delete", "has", "remove"],
    Cookies: ["get", "set", "remove"],
    cookieStore: ["get", "set", "delete"],
    headers: ["get", "set", "has", "delete", "append"],
  }).map(([receiver, methods]) => [receiver, new Set(methods)]),
);

// ---------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------

/** ASCII membership table of a one-character class, built once (`/[A-Za-z0-9_-]/` → 128 flags). */
function charTable(charClass: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = charClass.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

function inTable(table: Uint8Array, code: number): boolean {
  return code < 128 && table[code] === 1;
}

interface CompiledFormat {
  format: SecretFormat;
  /** Characters that continue the token after its prefix. */
  tail: Uint8Array;
  /** Prefixes, longest first. */
  prefixes: readonly string[];
}

const TAIL_TABLES = new Map<RegExp, Uint8Array>();

function compile(format: SecretFormat): CompiledFormat {
  const tailClass = format.tail ?? B64URL_TAIL;
  let tail = TAIL_TABLES.get(tailClass);
  if (!tail) {
    tail = charTable(tailClass);
    TAIL_TABLES.set(tailClass, tail);
  }
  const prefixes = [...(format.prefixes ?? [])].sort((a, b) => b.length - a.length);
  return { format, tail, prefixes };
}

const COMPILED = SECRET_FORMATS.map(compile);
/** Formats with a prefix that a scanner may find anywhere in a text: every ungated one, plus gated ones the text can ungate (JWTs). */
const SCANNABLE = COMPILED.filter((c) => c.prefixes.length > 0 && (!c.format.contextGated || c.format.ungate));
const INFIXED = COMPILED.filter((c) => c.format.infix);
const WHOLE_VALUE_GATED = COMPILED.filter((c) => c.format.contextGated && !c.format.ungate);
const AUTH_SCHEMES = ["Bearer ", "bearer ", "BEARER ", "Basic ", "basic "];

/** Formats by the first two characters of their prefixes (every prefix has 3+), so a word start is tried only against formats that can start there. */
const BY_FIRST_TWO = new Map<number, CompiledFormat[]>();
/** First characters of every prefix and auth scheme: the scanner stops only on these. */
const FIRST_CHARS = new Uint8Array(128);
/** First two characters of every prefix and auth scheme, as `first * 128 + second`. */
const FIRST_TWO = new Uint8Array(128 * 128);

function twoCharKey(text: string, at: number): number {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first < 128 && second < 128 ? first * 128 + second : -1;
}

for (const compiled of SCANNABLE) {
  for (const prefix of compiled.prefixes) {
    const key = twoCharKey(prefix, 0);
    FIRST_CHARS[prefix.charCodeAt(0)] = 1;
    FIRST_TWO[key] = 1;
    const list = BY_FIRST_TWO.get(key) ?? [];
    if (!list.includes(compiled)) list.push(compiled);
    BY_FIRST_TWO.set(key, list);
  }
}
for (const scheme of AUTH_SCHEMES) {
  FIRST_CHARS[scheme.charCodeAt(0)] = 1;
  FIRST_TWO[twoCharKey(scheme, 0)] = 1;
}

/** Longest token any flat format allows; a longer run is not a token. */
const MAX_TOKEN_LENGTH = 8_192;

/**
 * Where the token of `compiled` that starts at `start` ends, or -1: the run of tail characters
 * after the prefix must match the whole anchored pattern (so a longer run is a different string).
 */
function tokenEnd(compiled: CompiledFormat, text: string, start: number, prefix: string): number {
  if (compiled.format.extract) return compiled.format.extract(text, start);
  const end = runEnd(compiled.tail, text, start + prefix.length);
  if (end - start > MAX_TOKEN_LENGTH) return -1;
  return compiled.format.pattern.test(text.slice(start, end)) ? end : -1;
}

/**
 * The last run of tail characters measured, per table: a position inside it ends where it ends,
 * so `sk-sk-sk-…` costs one walk, not one per position.
 */
const lastRuns = new Map<Uint8Array, { text: string; from: number; end: number }>();

function runEnd(tail: Uint8Array, text: string, from: number): number {
  const last = lastRuns.get(tail);
  if (last && last.text === text && from >= last.from && from <= last.end) return last.end;
  let end = from;
  const length = text.length;
  while (end < length && inTable(tail, text.charCodeAt(end))) end++;
  lastRuns.set(tail, { text, from, end });
  return end;
}

function isGateOpen(format: SecretFormat, context: NormalizedContext): boolean {
  if (!format.contextGated || context.allowAllGated) return true;
  if (!format.providerWords) return context.nameSaysSecret;
  return format.providerWords.some((set) => set.every((word) => context.words.has(word)));
}

interface NormalizedContext {
  words: ReadonlySet<string>;
  nameSaysSecret: boolean;
  allowAllGated: boolean;
  minEntropy: number;
}

const EMPTY_WORDS: ReadonlySet<string> = new Set();

function normalizeContext(context: SecretContext | boolean | undefined): NormalizedContext {
  if (typeof context === "boolean" || context === undefined) {
    return { words: EMPTY_WORDS, nameSaysSecret: false, allowAllGated: context === true, minEntropy: DEFAULT_MIN_ENTROPY };
  }
  const words = context.words === undefined ? EMPTY_WORDS : context.words instanceof Set ? context.words : new Set(context.words);
  return {
    words,
    nameSaysSecret: context.nameSaysSecret === true,
    allowAllGated: context.allowAllGated === true,
    minEntropy: context.minEntropy ?? DEFAULT_MIN_ENTROPY,
  };
}

/** Generic credentials told by the text around them, not by their shape. Not part of the catalogue: they have no fixed format. */
export const BEARER_TOKEN_FORMAT: SecretFormat = {
  id: "bearer-token",
  provider: "bearer token",
  pattern: /^[Bb]earer [A-Za-z0-9._~+/=-]{16,1024}$/,
  contextGated: true,
};
export const BASIC_AUTH_FORMAT: SecretFormat = {
  id: "basic-auth",
  provider: "HTTP basic-auth credentials",
  pattern: /^[Bb]asic [A-Za-z0-9+/]{8,1024}={0,2}$/,
  contextGated: true,
};
export const GENERIC_SECRET_FORMAT: SecretFormat = {
  id: "generic-secret",
  provider: "secret",
  pattern: /^[\x21-\x7e]{8,1024}$/,
  contextGated: true,
};

const AUTH_TOKEN_CHARS = charTable(/[A-Za-z0-9._~+/=-]/);

function readRun(text: string, start: number, chars: Uint8Array, max: number): number {
  let end = start;
  const limit = Math.min(text.length, start + max);
  while (end < limit && inTable(chars, text.charCodeAt(end))) end++;
  return end;
}

/** `Bearer <token>` and `Basic <base64 of user:password>` inside a text. */
function authSchemeMatch(text: string, start: number, context: NormalizedContext): SecretMatch | undefined {
  const scheme = text.slice(start, start + 6).toLowerCase();
  const tokenStart = start + (scheme.startsWith("bearer") ? 7 : 6);
  const end = readRun(text, tokenStart, AUTH_TOKEN_CHARS, 1025);
  if (end - tokenStart > 1024 || (end < text.length && inTable(AUTH_TOKEN_CHARS, text.charCodeAt(end)))) return undefined;
  const token = text.slice(tokenStart, end);
  if (scheme.startsWith("bearer")) {
    // A catalogue token after `Bearer ` is reported as itself (JWTs take the bearer context from the text).
    if (BY_FIRST_TWO.has(twoCharKey(token, 0))) {
      const known = formatAt(text, tokenStart, context);
      if (known || token.startsWith("eyJ")) return known;
    }
    return looksLikeGenericSecret(token, { nameSaysSecret: true, minEntropy: context.minEntropy })
      ? { format: BEARER_TOKEN_FORMAT, start, end }
      : undefined;
  }
  return isBasicCredential(token) ? { format: BASIC_AUTH_FORMAT, start, end } : undefined;
}

/** A base64 `user:password` whose password is not a placeholder. */
function isBasicCredential(token: string): boolean {
  if (token.length < 8 || token.length % 4 !== 0) return false;
  const decoded = decodeBase64(token, 512);
  if (decoded === undefined) return false;
  const colon = decoded.indexOf(":");
  if (colon < 0) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (password.length < 4 || password === user || DEFAULT_PASSWORDS.has(password.toLowerCase())) return false;
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return !isPlaceholderSecret(password);
}

/** Whether an auth scheme (`Bearer `, `Basic `) starts at `start`. */
function isAuthSchemeAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 66 || c === 98) && (text.startsWith("earer ", start + 1) || text.startsWith("EARER ", start + 1) || text.startsWith("asic ", start + 1));
}

/**
 * Every credential in a text (a string literal's value, a template's static text, a prompt):
 * provider tokens anywhere, PEM blocks, JWTs where the text says "Bearer" (or `context` names a
 * credential), connection strings with passwords, `Bearer`/`Basic` credentials, and
 * `NAME=value` pairs (`.env` lines, query strings) whose name says secret. Context-gated formats
 * without a prefix are only judged on whole values: see `findSecretFormat`.
 * Cost: one regex pass over the text plus O(token) work per candidate.
 */
export function findSecretsInText(text: string, context?: SecretContext): SecretMatch[] {
  if (text.length < MIN_SECRET_LENGTH) return [];
  const scanned = text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text;
  const hasAssignment = scanned.includes("=");
  // Most strings have no candidate at all: decide that without allocating anything.
  if (!hasAssignment && firstCandidate(scanned, 0) < 0 && !hasInfix(scanned)) return [];
  const out: SecretMatch[] = [];
  const normalized = normalizeContext(context);
  lastRuns.clear();
  scanPrefixes(scanned, normalized, out);
  scanInfixes(scanned, out);
  if (hasAssignment) scanAssignments(scanned, normalized, out);
  lastRuns.clear();
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** The next position at or after `from` where a prefix or auth scheme may start (a word start with a known first pair), or -1. */
function firstCandidate(text: string, from: number): number {
  const length = text.length - 1;
  for (let i = from; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && FIRST_CHARS[code] === 1 && (i === 0 || !isAlnumCode(text.charCodeAt(i - 1))) && FIRST_TWO[twoCharKey(text, i)] === 1) {
      return i;
    }
  }
  return -1;
}

function hasInfix(text: string): boolean {
  for (const compiled of INFIXED) if (text.includes(compiled.format.infix!.text)) return true;
  return false;
}

/** The first credential in a text, if any (see `findSecretsInText`). */
export function findSecretInText(text: string, context?: SecretContext): SecretMatch | undefined {
  return findSecretsInText(text, context)[0];
}

function scanPrefixes(text: string, context: NormalizedContext, out: SecretMatch[]): void {
  let i = firstCandidate(text, 0);
  while (i >= 0) {
    const match = isAuthSchemeAt(text, i) ? authSchemeMatch(text, i, context) : formatAt(text, i, context);
    if (match) out.push(match);
    i = firstCandidate(text, match ? match.end : i + 1);
  }
}

/** The catalogue token starting exactly at `start`, if any. */
function formatAt(text: string, start: number, context: NormalizedContext): SecretMatch | undefined {
  for (const compiled of BY_FIRST_TWO.get(twoCharKey(text, start)) ?? []) {
    const format = compiled.format;
    const prefix = compiled.prefixes.find((candidate) => text.startsWith(candidate, start));
    if (prefix === undefined) continue;
    const end = tokenEnd(compiled, text, start, prefix);
    if (end < 0) continue;
    const token = text.slice(start, end);
    if (!format.extract && isPlaceholderSecret(token)) continue;
    if (format.verify && !format.verify(token)) continue;
    if (format.contextGated && !isGateOpen(format, context) && !format.ungate?.(token, text, start)) continue;
    return { format, start, end };
  }
  return undefined;
}

function scanInfixes(text: string, out: SecretMatch[]): void {
  for (const compiled of INFIXED) {
    const { text: infix, offset } = compiled.format.infix!;
    let at = text.indexOf(infix, offset);
    while (at >= 0) {
      const start = at - offset;
      if (start === 0 || !isAlnumCode(text.charCodeAt(start - 1))) {
        const end = tokenEnd(compiled, text, start, "");
        if (end >= 0 && !isPlaceholderSecret(text.slice(start, end))) out.push({ format: compiled.format, start, end });
      }
      at = text.indexOf(infix, at + 1);
    }
  }
}

/** A cheap look before the full name analysis: every secret name holds one of these. */
const SECRETISH_NAME = /key|token|secret|pass|pwd|auth|cred|bearer|pat|sig/i;
const NAME_CHARS = charTable(/[A-Za-z0-9_.-]/);
const VALUE_STOP = charTable(/[\s&;"'`#,<>]/);

/** `OPENAI_API_KEY=<value>` in `.env`-like text and `?api_key=<value>` in URLs: a secret name, then a value that looks random. */
function scanAssignments(text: string, context: NormalizedContext, out: SecretMatch[]): void {
  let at = text.indexOf("=");
  while (at > 0) {
    let resumeAt = at + 1;
    let nameStart = at;
    while (nameStart > 0 && at - nameStart < 64 && inTable(NAME_CHARS, text.charCodeAt(nameStart - 1))) nameStart--;
    if (nameStart < at && (nameStart === 0 || !inTable(NAME_CHARS, text.charCodeAt(nameStart - 1)))) {
      const valueStart = at + 1;
      let end = valueStart;
      const limit = Math.min(text.length, valueStart + 1024);
      // `=` inside the value (base64 padding) belongs to the value.
      while (end < limit && !inTable(VALUE_STOP, text.charCodeAt(end))) end++;
      const name = text.slice(nameStart, at);
      const value = text.slice(valueStart, end);
      if (
        value.length >= MIN_PASSWORD_LENGTH &&
        couldBeSecretValue(value) &&
        SECRETISH_NAME.test(name) &&
        !out.some((m) => m.start < end && m.end > valueStart) &&
        isSecretEnvName(name)
      ) {
        const options = { nameSaysSecret: true, password: isPasswordName(name), minEntropy: context.minEntropy };
        if (looksLikeGenericSecret(value, options)) {
          out.push({ format: GENERIC_SECRET_FORMAT, start: valueStart, end, name });
          resumeAt = end;
        }
      }
    }
    at = text.indexOf("=", resumeAt);
  }
}

/**
 * The provider format this whole string is (surrounding whitespace ignored), if any.
 * `allowGated`: `true` lets every context-gated format match; a `SecretContext` opens only the
 * formats its words name (a Cohere-shaped value next to `COHERE_API_KEY`), and JWTs when a name
 * says credential.
 */
export function findSecretFormat(value: string, allowGated: boolean | SecretContext = false): SecretMatch | undefined {
  const trimmed = value.trim();
  if (trimmed.length < MIN_SECRET_LENGTH || trimmed.length > MAX_SECRET_LENGTH) return undefined;
  const offset = value.indexOf(trimmed);
  const context = normalizeContext(allowGated);
  for (const match of findSecretsInText(trimmed, context)) {
    if (match.start === 0 && match.end === trimmed.length && match.format !== GENERIC_SECRET_FORMAT) {
      return { ...match, start: offset, end: offset + trimmed.length };
    }
  }
  for (const compiled of WHOLE_VALUE_GATED) {
    const format = compiled.format;
    if (!isGateOpen(format, context)) continue;
    if (!format.pattern.test(trimmed) || (format.verify && !format.verify(trimmed))) continue;
    // A gated shape must still look random: `[0-9a-f]{32}` also matches an MD5 of a test string.
    if (looksLikeGenericSecret(trimmed, { nameSaysSecret: true, minEntropy: context.minEntropy })) {
      return { format, start: offset, end: offset + trimmed.length };
    }
  }
  return undefined;
}

const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]{10,4000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{0,1000}$/;
/** Keys made to be public: Stripe publishable keys, Supabase publishable keys, Mapbox public tokens (`pk.eyJ…`; secret ones are `sk.`). */
const PUBLIC_KEY_PREFIXES = ["pk_live_", "pk_test_", "sb_publishable_", "pk.eyJ"];

/**
 * Values shaped like a credential that are public by design or well-known samples: Supabase anon
 * JWTs, unsigned JWTs, the jwt.io sample, Stripe and Supabase publishable keys, Mapbox public tokens. Name-based checks
 * must not report them as generic secrets either.
 */
export function isKnownPublicValue(value: string): boolean {
  if (PUBLIC_KEY_PREFIXES.some((prefix) => value.startsWith(prefix))) return true;
  if (!value.startsWith("eyJ") || !JWT_SHAPE.test(value)) return false;
  return value.endsWith(".") || !verifyJwt(value);
}

// ---------------------------------------------------------------------------------------------
// Placeholders
// ---------------------------------------------------------------------------------------------

const PLACEHOLDER_MARKERS = ["...", "\u2026", "${", "{{", "}}", "%s", "xxxx", "XXXX", "****", "####", "<your", "<YOUR", "[your", "[YOUR"];
const PLACEHOLDER_WORDS =
  /your|placeholder|example|changeme|change_me|change-me|replace|dummy|fake|sample|redacted|insert|mock|notreal|not_real|not-real|not-a-real|invalid|qwerty|asdf|blank|sentinel/i;
/**
 * Marker words spelled as a whole upper-case word (`_MYAPP_BLANK_<uuid>`, `[REDACTED]`,
 * `__SENTINEL__`): a value carrying one stands in for a secret, however long it is.
 */
const MARKER_WORD = /(?:^|[^A-Za-z])(?:BLANK|REDACTED|PLACEHOLDER|SENTINEL|MASKED)(?![A-Za-z])/;
const PLACEHOLDER_VALUES = new Set([
  "test", "testing", "tests", "secret", "secrets", "password", "passwd", "pass", "pwd", "token", "key", "apikey", "api_key", "api-key",
  "none", "null", "nil", "undefined", "empty", "default", "string", "value", "foo", "bar", "baz", "foobar", "abc", "abc123", "admin",
  "root", "letmein", "changeit", "secret123", "password1", "password123", "mysecret", "my-secret", "mysecretkey", "my-secret-key",
  "secretkey", "secret-key", "secret_key", "sk-", "sk-test", "sk_test", "pk_test", "todo", "tbd", "n/a", "na", "unset", "disabled",
]);
const ENV_REFERENCE = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|(?:process\.env|import\.meta\.env|env)[.:][A-Za-z_][A-Za-z0-9_]*)$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
const CONSTANT_NAME_SECRET_WORD = /KEY|TOKEN|SECRET|PASSWORD|PASS|PWD|AUTH|CREDENTIAL/;

/**
 * Values that stand in for a key in docs, examples and tests: `sk-...`, `sk-xxxx`, `YOUR_API_KEY`,
 * `<your-key>`, `${OPENAI_API_KEY}`, `$OPENAI_API_KEY`, `xxx`, `changeme`, `test`, `dummy`,
 * runs of one character (`sk-aaaaaaaa…`), sequences (`1234567890abcdef`), empty strings.
 */
export function isPlaceholderSecret(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  const lower = v.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower) || lower === "xxx" || lower === "***") return true;
  for (const marker of PLACEHOLDER_MARKERS) if (v.includes(marker)) return true;
  if (v.includes("<") && v.includes(">")) return true;
  if (ENV_REFERENCE.test(v)) return true;
  if (CONSTANT_NAME.test(v) && v.includes("_") && CONSTANT_NAME_SECRET_WORD.test(v)) return true;
  // Words are only trusted in short values: a long random key contains any four letters somewhere.
  if (v.length <= 64 && PLACEHOLDER_WORDS.test(v)) return true;
  if (MARKER_WORD.test(v)) return true;
  return isLowVariety(v) || hasSequence(v, v.length > 64 ? 8 : 6);
}

/** One character makes up much of the value, or it uses very few distinct characters: `sk-aaaa…`, `0000-0000`, `abababab`. */
function isLowVariety(value: string): boolean {
  const length = Math.min(value.length, 256);
  if (length < 8) return false;
  const counts = new Map<number, number>();
  let alnum = 0;
  let top = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (!isAlnumCode(code)) continue;
    alnum++;
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count > top) top = count;
  }
  if (alnum < 8) return false;
  return top / alnum >= 0.4 || (alnum >= 12 && counts.size <= 4);
}

/** A run of `min` characters counting up or down: `123456`, `abcdef`, `FEDCBA`. */
function hasSequence(value: string, min: number): boolean {
  let up = 1;
  let down = 1;
  const length = Math.min(value.length, 512);
  for (let i = 1; i < length; i++) {
    const previous = value.charCodeAt(i - 1);
    const code = value.charCodeAt(i);
    if (!isAlnumCode(code) || !isAlnumCode(previous)) {
      up = 1;
      down = 1;
      continue;
    }
    up = code === previous + 1 ? up + 1 : 1;
    down = code === previous - 1 ? down + 1 : 1;
    if (up >= min || down >= min) return true;
  }
  return false;
}

function isAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// ---------------------------------------------------------------------------------------------
// Entropy and generic secrets
// ---------------------------------------------------------------------------------------------

/** Default minimum Shannon entropy (bits per character) for a generic secret of 19+ characters; shorter ones need a little less. */
export const DEFAULT_MIN_ENTROPY = 3.5;
const HEX_MIN_ENTROPY = 2.5;
/** Entropy is measured on at most this many characters, so its cost is bounded whatever the input. */
export const ENTROPY_SAMPLE_LENGTH = 256;

/** Shannon entropy over characters, in bits per character, of the first `ENTROPY_SAMPLE_LENGTH` characters. */
export function shannonEntropy(value: string): number {
  const length = Math.min(value.length, ENTROPY_SAMPLE_LENGTH);
  if (length === 0) return 0;
  const counts = new Uint16Array(128);
  let others: Map<number, number> | undefined;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) counts[code]!++;
    else {
      others ??= new Map();
      others.set(code, (others.get(code) ?? 0) + 1);
    }
  }
  let entropy = 0;
  for (let code = 0; code < 128; code++) {
    const count = counts[code]!;
    if (count === 0) continue;
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  for (const count of others?.values() ?? []) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** `-_./:@`: the punctuation of identifiers, paths and package names, which adds no randomness. */
function isSeparatorCode(code: number): boolean {
  return code === 45 || code === 95 || code === 46 || code === 47 || code === 58 || code === 64;
}

const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const SYMBOL = 8;
const SPACE = 16;
/** In `charProfile`: most characters are letters of a non-Latin script (prose: `パスワードは8文字以上…`, `Пароль`). */
const SCRIPT_TEXT = 32;
/** From `letterKind`: a letter of a script other than Latin. */
const NON_LATIN = 64;

const UNICODE_LETTER = /^\p{L}$/u;
/** Vowels with diacritics in Latin-script languages (both cases), so `Contraseña` and `Slaptažodis` read as words. */
const ACCENTED_VOWELS = new Set(
  [..."àáâãäåæāăąèéêëēĕėęěìíîïĩīĭįıòóôõöøōŏőœùúûüũūŭůűųýÿŷ"].flatMap((c) => [c.codePointAt(0)!, c.toUpperCase().codePointAt(0)!]),
);

/** Latin script beyond ASCII: Latin-1, Extended-A/B, IPA, Extended Additional, -C, -D, -E. */
function isLatinCode(code: number): boolean {
  return (
    code < 0x370 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2c60 && code <= 0x2c7f) || (code >= 0xa720 && code <= 0xa7ff) || (code >= 0xab30 && code <= 0xab6f)
  );
}

/**
 * What the character at `i` is as a letter, in any script: 0 (not a letter), LOWER or UPPER (a
 * letter with no case is LOWER), plus NON_LATIN outside the Latin script. The low half of a
 * surrogate pair reads as its high half. No allocation: ASCII is answered by ranges, other BMP
 * characters from a table filled on first sight.
 */
function letterKind(value: string, i: number): number {
  const code = value.charCodeAt(i);
  if (code < 0x80) return code >= 97 && code <= 122 ? LOWER : code >= 65 && code <= 90 ? UPPER : 0;
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = i > 0 ? value.charCodeAt(i - 1) : 0;
    return previous >= 0xd800 && previous <= 0xdbff ? letterKind(value, i - 1) : 0;
  }
  if (code >= 0xd800 && code <= 0xdbff) return unicodeLetterKind(value.codePointAt(i)!);
  const table = (bmpLetterKinds ??= new Uint8Array(0x10000));
  let known = table[code]!;
  if (known === 0) {
    known = unicodeLetterKind(code) + 1;
    table[code] = known;
  }
  return known - 1;
}

/** `letterKind` of BMP characters met so far, plus one (0: not yet known). */
let bmpLetterKinds: Uint8Array | undefined;

function unicodeLetterKind(point: number): number {
  const char = String.fromCodePoint(point);
  if (!UNICODE_LETTER.test(char)) return 0;
  const caseKind = char !== char.toLowerCase() ? UPPER : LOWER;
  return isLatinCode(point) ? caseKind : caseKind | NON_LATIN;
}

/**
 * Which of lower case, upper case, digits and symbols (not separators) a value uses, whether it has
 * whitespace (then the other bits are partial), and whether it is mostly letters of a non-Latin
 * script: a bitmask, no allocation. Letters of every script count as letters, not symbols.
 */
function charProfile(value: string): number {
  let profile = 0;
  let nonLatin = 0;
  const length = Math.min(value.length, MAX_GENERIC_LENGTH + 1);
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 97 && code <= 122) profile |= LOWER;
    else if (code >= 65 && code <= 90) profile |= UPPER;
    else if (code >= 48 && code <= 57) profile |= DIGIT;
    // Whitespace decides alone (every caller rejects it): stop there.
    else if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000) return profile | SPACE;
    else if (code < 0x80) {
      if (!isSeparatorCode(code)) profile |= SYMBOL;
    } else {
      const kind = letterKind(value, i);
      if (kind === 0) profile |= SYMBOL;
      else profile |= kind & (LOWER | UPPER);
      if (kind & NON_LATIN) nonLatin++;
    }
  }
  if (nonLatin * 2 >= length) profile |= SCRIPT_TEXT;
  return profile;
}

function countClasses(profile: number, mask: number): number {
  let count = 0;
  for (let bit = 1; bit <= SYMBOL; bit <<= 1) if (profile & mask & bit) count++;
  return count;
}

/**
 * A cheap first look (one pass, no allocation) at whether a value could be any secret judged by
 * its name: 8 to 1024 characters, no whitespace, several character classes, not a camel-case
 * word. Most strings in code (messages, identifiers, words) stop here.
 */
export function couldBeSecretValue(value: string): boolean {
  if (value.length < MIN_PASSWORD_LENGTH || value.length > MAX_GENERIC_LENGTH) return false;
  const profile = charProfile(value);
  // Prose in any script: words separated by spaces, or mostly letters of a non-Latin script.
  if (profile & (SPACE | SCRIPT_TEXT)) return false;
  const classes = countClasses(profile, LOWER | UPPER | DIGIT | SYMBOL);
  if (classes >= 3) return true;
  return classes === 2 && !isWordy(value);
}

export interface GenericSecretOptions {
  /** A name says the value is a credential: hex strings and UUIDs count then (they never do on their own). */
  nameSaysSecret?: boolean;
  /** The name says password: shorter values and symbols are allowed, but they must mix character classes. */
  password?: boolean;
  /** Minimum entropy in bits per character for keys of 19+ characters (default 3.5); 16 to 18 characters get up to 0.25 bits less. */
  minEntropy?: number;
}

const KEY_CHARS = /^[A-Za-z0-9+/=_.~-]+$/;
const HEX = /^[0-9a-fA-F]+$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DIGITS = /^[0-9]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const SEGMENT_SPLIT = /[-_./+~=]+/;
const MIN_KEY_LENGTH = 16;
const MIN_PASSWORD_LENGTH = 8;
const MAX_GENERIC_LENGTH = 1024;

/**
 * Whether a value with no known prefix looks like a random secret rather than a word, name,
 * identifier, path, URL, hash, UUID, date, base64 of short text, CSS or regex. Entropy alone cannot
 * tell `text-embedding-3-large` from a 20-character key, so the value must also be made of
 * fragments that are not words. Hex strings and UUIDs pass only when `nameSaysSecret` is set.
 */
export function looksLikeGenericSecret(value: string, options: GenericSecretOptions = {}): boolean {
  const length = value.length;
  if (length > MAX_GENERIC_LENGTH || length < (options.password ? MIN_PASSWORD_LENGTH : MIN_KEY_LENGTH)) return false;
  const profile = charProfile(value);
  if (profile & (SPACE | SCRIPT_TEXT)) return false;
  const alnumClasses = countClasses(profile, LOWER | UPPER | DIGIT);
  if (alnumClasses < 2 && !(options.password && alnumClasses === 1 && profile & SYMBOL)) return false;
  if (value.includes("://") || isPlaceholderSecret(value) || isCredentialNameValue(value)) return false;
  const minEntropy = options.minEntropy ?? DEFAULT_MIN_ENTROPY;
  const entropy = shannonEntropy(value);
  if (options.password) return looksLikePassword(value, entropy, minEntropy);
  if (!KEY_CHARS.test(value)) return false;
  if (HEX.test(value) || UUID.test(value)) {
    return options.nameSaysSecret === true && entropy >= Math.max(HEX_MIN_ENTROPY, minEntropy - 1);
  }
  // Short strings cannot reach the entropy of long ones: 16 random characters give about 3.75 bits.
  if (entropy < minEntropy - Math.max(0, 4.25 - Math.log2(length))) return false;
  if (isPathOrName(value)) return false;
  if (isBase64OfText(value)) return false;
  return !isWordy(value);
}

function looksLikePassword(value: string, entropy: number, minEntropy: number): boolean {
  const classes = countClasses(charProfile(value), LOWER | UPPER | DIGIT | SYMBOL);
  if (classes === 2 && (entropy < Math.min(minEntropy, 3.2) || isWordy(value))) return false;
  return entropy >= Math.min(minEntropy - 1, 2.5) && !WORD_THEN_DIGITS.test(value);
}

/** `Summer2024`, `admin123`: a word and a few digits is a guessable default, not a generated password. */
const WORD_THEN_DIGITS = /^[A-Za-z]+[0-9]{1,4}[!.?]?$/;

/** Paths, package names, hostnames, dotted versions, model ids: segments that are all words, numbers or short codes. */
function isPathOrName(value: string): boolean {
  if (value.startsWith("/") || value.startsWith("./") || value.startsWith("../") || value.startsWith("~/") || value.startsWith("@")) return true;
  const segments = value.split(SEGMENT_SPLIT).filter(Boolean);
  if (segments.length < 2) return false;
  return segments.every((segment) => segment.length <= 4 || DIGITS.test(segment) || wordRatio(segment) >= 0.75);
}

/** Base64 that decodes to printable text (`aGVsbG8gd29ybGQ=`) is encoded prose, not a key. */
/** An Elasticsearch API key in its encoded form decodes to `id:api_key` (20 and 22 URL-safe characters). */
const ELASTIC_API_KEY_PAIR = /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}$/;

function isBase64OfText(value: string): boolean {
  if (value.length % 4 !== 0 || !BASE64.test(value)) return false;
  const decoded = decodeBase64(value, 512);
  if (decoded === undefined || decoded.length === 0) return false;
  if (ELASTIC_API_KEY_PAIR.test(decoded)) return false;
  let printable = 0;
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    if ((code >= 0x20 && code <= 0x7e) || code === 10 || code === 13 || code === 9) printable++;
  }
  return printable / decoded.length >= 0.95;
}

/**
 * The share of letters that sit in pronounceable chunks of three or more letters, after splitting
 * on separators, digits and camel-case boundaries. Identifiers score near 1, random keys near 0.25.
 * Letters of every script count (`Contraseña`, `Passwortbestätigung`, `Пароль` are words).
 */
/**
 * Mostly pronounceable letter runs, and not letters and digits switching as often as in random text:
 * `text-embedding-3-large` and `gpt4omini` are wordy, `k3x9qv2m8…` (random lower case and digits,
 * whose short letter runs often pass as pronounceable) is not.
 */
function isWordy(value: string): boolean {
  if (wordRatio(value) < 0.75) return false;
  return digitLetterSwitches(value) < Math.max(MIN_RANDOM_SWITCHES, value.length / 5);
}

const MIN_RANDOM_SWITCHES = 6;

/** How often the value goes from a digit to a letter or back. */
function digitLetterSwitches(value: string): number {
  let switches = 0;
  let previous = 0;
  const length = Math.min(value.length, ENTROPY_SAMPLE_LENGTH);
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    const kind = code >= 48 && code <= 57 ? 1 : (code | 0x20) >= 97 && (code | 0x20) <= 122 ? 2 : 0;
    if (kind !== 0 && previous !== 0 && kind !== previous) switches++;
    if (kind !== 0) previous = kind;
  }
  return switches;
}

export function wordRatio(value: string): number {
  let letters = 0;
  let inWords = 0;
  let chunkStart = -1;
  let previousKind = 0;
  const length = Math.min(value.length, ENTROPY_SAMPLE_LENGTH);
  for (let i = 0; i <= length; i++) {
    const kind = i < length ? letterKind(value, i) : 0;
    let boundary = kind === 0;
    if (!boundary && chunkStart >= 0 && kind & UPPER) {
      const next = i + 1 < length ? letterKind(value, i + 1) : 0;
      // `aB` starts a word; in `ABc` the `B` starts one.
      boundary = (previousKind & LOWER) !== 0 || ((next & LOWER) !== 0 && i - chunkStart >= 2);
    }
    if (boundary && chunkStart >= 0) {
      letters += i - chunkStart;
      if (isPronounceable(value, chunkStart, i)) inWords += i - chunkStart;
      chunkStart = -1;
    }
    if (kind !== 0 && chunkStart < 0) chunkStart = i;
    previousKind = kind;
  }
  return letters === 0 ? 0 : inWords / letters;
}

/**
 * Letters `start..end` of `value` could be a word: 3+ letters, 20–80% vowels (y and accented vowels
 * count), no run of 5 consonants. Latin spelling rules say nothing about other scripts: a chunk
 * with a non-Latin letter counts as a word.
 */
function isPronounceable(value: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 3) return false;
  let vowels = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = start; i < end; i++) {
    const raw = value.charCodeAt(i);
    let vowel: boolean;
    if (raw < 0x80) {
      const code = raw | 0x20;
      vowel = code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
    } else {
      if (letterKind(value, i) & NON_LATIN) return true;
      vowel = ACCENTED_VOWELS.has(raw);
    }
    if (vowel) {
      vowels++;
      run = 0;
    } else if (++run > longestRun) longestRun = run;
  }
  const ratio = vowels / length;
  return ratio >= 0.2 && ratio <= 0.8 && longestRun <= 4;
}

/** Characters of a name used as a value: identifier characters and the separators of namespaced keys. */
const NAME_VALUE = /^[A-Za-z0-9_.:/@-]+$/;

/**
 * A value that is itself the name of a credential, not one: a storage key, cookie, header or field
 * name such as `brightllm_authToken`, `session_token`, `myapp:api-key`. Its words (split on camel
 * case, `_`, `-`, `.`, `:`) end in a credential word and are all word-like: letters, perhaps a short
 * number after them, a vowel in any word of four letters or more, and at most one short fragment,
 * vowel-less acronym or numbered word (`v2`, `llm`, `chatUI2`). A random value split the same way
 * breaks into many such fragments; and random secrets do not end in `_authToken`.
 */
export function isCredentialNameValue(value: string): boolean {
  if (value.length > 128 || !NAME_VALUE.test(value) || !endsWithSecretWord(value)) return false;
  let unusual = 0;
  for (const word of splitNameWords(value)) {
    let letters = 0;
    let vowel = false;
    while (letters < word.length && word.charCodeAt(letters) >= 97 && word.charCodeAt(letters) <= 122) {
      const code = word.charCodeAt(letters++);
      if (code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121) vowel = true;
    }
    const digits = word.length - letters;
    if (digits > 4) return false;
    for (let i = letters; i < word.length; i++) if (word.charCodeAt(i) < 48 || word.charCodeAt(i) > 57) return false;
    if (letters > 3 && !vowel) return false;
    if ((letters <= 2 || !vowel || digits > 0) && ++unusual > 1) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Base64
// ---------------------------------------------------------------------------------------------

function base64Value(code: number): number {
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 71;
  if (code >= 48 && code <= 57) return code + 4;
  if (code === 43 || code === 45) return 62; // + or -
  if (code === 47 || code === 95) return 63; // / or _
  return -1;
}

/** Decodes standard or URL-safe base64 (padding optional) into a Latin-1 string, at most `maxOutput` bytes; undefined on a bad character. */
export function decodeBase64(input: string, maxOutput: number): string | undefined {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length && out.length < maxOutput; i++) {
    const code = input.charCodeAt(i);
    if (code === 61) break; // =
    const value = base64Value(code);
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}
