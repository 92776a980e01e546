/**
 * Key-shaped strings for tests, made at run time so no key-shaped literal sits in the repository.
 * A seeded generator keeps them the same from run to run; they have the mixed characters and
 * entropy of real keys, so detectors cannot tell them apart from live ones.
 */

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const URLSAFE = `${ALNUM}-_`;
const HEX = "0123456789abcdef";
const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A small deterministic PRNG (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` random characters from `alphabet`, the same for the same seed. */
export function randomChars(length: number, alphabet = ALNUM, seed = 7): string {
  const next = generator(seed * 7919 + length);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** `prefix` followed by `length` random characters. */
export function fakeToken(prefix: string, length: number, alphabet = ALNUM, seed = 7): string {
  return prefix + randomChars(length, alphabet, seed);
}

export const alphabets = { ALNUM, URLSAFE, HEX, UPPER_DIGITS } as const;

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE64 = `${ALNUM}+/`;
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** Joins pieces at run time, so no provider prefix sits whole in the source. */
const p = (...parts: string[]): string => parts.join("");

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/** Ready-made shapes of the common providers, for tests that need "a real-looking key". */
export const fake = {
  openaiProject: (seed = 1): string => fakeToken(["sk", "proj", ""].join("-"), 156, URLSAFE, seed),
  openaiLegacy: (seed = 2): string => `${["sk", ""].join("-")}${randomChars(20, ALNUM, seed)}${["T3", "Blbk", "FJ"].join("")}${randomChars(20, ALNUM, seed + 1)}`,
  /** `sk-svcacct-…`, `sk-admin-…`, `sk-None-…`. */
  openaiServiceAccount: (seed = 10): string => fakeToken(p("sk-", "svc", "acct-"), 156, URLSAFE, seed),
  openaiAdmin: (seed = 11): string => fakeToken(p("sk-", "ad", "min-"), 156, URLSAFE, seed),
  openaiNone: (seed = 12): string => fakeToken(p("sk-", "No", "ne-"), 100, URLSAFE, seed),
  /** `sk-` + 48 alphanumerics with no watermark (old OpenAI keys, OpenAI-compatible providers). */
  openaiStyle: (seed = 13): string => fakeToken(p("s", "k-"), 48, ALNUM, seed),
  anthropic: (seed = 3): string => `${fakeToken(["sk", "ant", "api03", ""].join("-"), 93, URLSAFE, seed)}AA`,
  anthropicAdmin: (seed = 14): string => `${fakeToken(p("sk-", "ant-", "admin01-"), 93, URLSAFE, seed)}AA`,
  anthropicOAuth: (seed = 15): string => `${fakeToken(p("sk-", "ant-", "oat01-"), 93, URLSAFE, seed)}AA`,
  openrouter: (seed = 16): string => fakeToken(p("sk-", "or-", "v1-"), 64, HEX, seed),
  google: (seed = 4): string => fakeToken(["AI", "za"].join(""), 35, URLSAFE, seed),
  /** `hf_` + 34 letters (real tokens have no digits). */
  huggingface: (seed = 5): string => fakeToken(["hf", ""].join("_"), 34, LETTERS, seed),
  huggingfaceOrg: (seed = 17): string => fakeToken(p("api", "_org_"), 34, LETTERS, seed),
  groq: (seed = 18): string => fakeToken(p("gs", "k_"), 52, ALNUM, seed),
  replicate: (seed = 19): string => fakeToken(p("r", "8_"), 37, ALNUM, seed),
  perplexity: (seed = 20): string => fakeToken(p("pp", "lx-"), 48, ALNUM, seed),
  xai: (seed = 21): string => fakeToken(p("xa", "i-"), 80, ALNUM, seed),
  nvidia: (seed = 22): string => fakeToken(p("nv", "api-"), 64, URLSAFE, seed),
  tavily: (seed = 23): string => fakeToken(p("tv", "ly-", "dev-"), 32, ALNUM, seed),
  /** Cohere and Mistral keys have no prefix: 40 and 32 alphanumerics. */
  cohere: (seed = 24): string => randomChars(40, ALNUM, seed),
  mistral: (seed = 25): string => randomChars(32, ALNUM, seed),
  pinecone: (seed = 26): string => `${fakeToken(p("pc", "sk_"), 5, ALNUM, seed)}_${randomChars(63, ALNUM, seed + 1)}`,
  langsmith: (seed = 27, kind: "pt" | "sk" = "pt"): string => `${fakeToken(p("lsv", "2_", kind, "_"), 32, HEX, seed)}_${randomChars(10, HEX, seed + 1)}`,
  supabaseSecret: (seed = 28): string => fakeToken(p("sb_", "secret_"), 32, URLSAFE, seed),
  databricks: (seed = 29): string => fakeToken(p("da", "pi"), 32, HEX, seed),
  awsAccessKeyId: (seed = 8, prefix = "AKIA"): string => fakeToken(p(prefix.slice(0, 2), prefix.slice(2)), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed),
  awsSecretAccessKey: (seed = 30): string => randomChars(40, BASE64, seed),
  awsBedrock: (seed = 31): string => `${fakeToken(p("AB", "SK"), 132, BASE64, seed)}=`,
  awsBedrockShortTerm: (seed = 32): string => fakeToken(p("bedrock-", "api-key-"), 300, BASE64, seed),
  /** Azure OpenAI's classic key: 32 hex characters, no prefix. */
  azureOpenAI: (seed = 33): string => randomChars(32, HEX, seed),
  /** Microsoft's 84-character annotated key: 52 characters, the `JQQJ9` signature, then a checked tail. */
  azureAnnotated: (seed = 34): string =>
    `${randomChars(52, ALNUM, seed)}${p("JQ", "QJ9")}9${randomChars(1, ALNUM, seed + 1)}C${randomChars(16, ALNUM, seed + 2)}Q${randomChars(7, ALNUM, seed + 3)}`,
  github: (seed = 6, prefix = "ghp"): string => fakeToken(`${prefix}_`, 36, ALNUM, seed),
  githubFineGrained: (seed = 35): string => `${fakeToken(p("github", "_pat_"), 22, ALNUM, seed)}_${randomChars(59, ALNUM, seed + 1)}`,
  gitlab: (seed = 36): string => fakeToken(p("gl", "pat-"), 20, URLSAFE, seed),
  npm: (seed = 37): string => fakeToken(p("np", "m_"), 36, ALNUM, seed),
  slackBot: (seed = 38): string => `${p("xo", "xb-")}${randomChars(12, "0123456789", seed)}-${randomChars(13, "0123456789", seed + 1)}-${randomChars(24, ALNUM, seed + 2)}`,
  slackUser: (seed = 39): string =>
    `${p("xo", "xp-")}${randomChars(12, "0123456789", seed)}-${randomChars(12, "0123456789", seed + 1)}-${randomChars(13, "0123456789", seed + 2)}-${randomChars(32, HEX, seed + 3)}`,
  slackApp: (seed = 40): string => `${p("xa", "pp-")}1-${randomChars(11, UPPER_ALNUM, seed)}-${randomChars(13, "0123456789", seed + 1)}-${randomChars(64, HEX, seed + 2)}`,
  slackWebhook: (seed = 41): string =>
    `${p("https://hooks.", "slack.com/services/")}T${randomChars(8, UPPER_ALNUM, seed)}/B${randomChars(10, UPPER_ALNUM, seed + 1)}/${randomChars(24, ALNUM, seed + 2)}`,
  sendgrid: (seed = 42): string => `${p("S", "G.")}${randomChars(22, URLSAFE, seed)}.${randomChars(43, URLSAFE, seed + 1)}`,
  stripeLive: (seed = 43, prefix: "sk" | "rk" = "sk"): string => fakeToken(`${prefix}_${p("li", "ve")}_`, 99, ALNUM, seed),
  stripeTest: (seed = 44, prefix: "sk" | "rk" = "sk"): string => fakeToken(`${prefix}_${p("te", "st")}_`, 99, ALNUM, seed),
  stripeWebhook: (seed = 45): string => fakeToken(p("wh", "sec_"), 32, ALNUM, seed),
  vault: (seed = 46): string => fakeToken(p("hv", "s."), 90, URLSAFE, seed),
  vaultBatch: (seed = 47): string => fakeToken(p("hv", "b."), 138, URLSAFE, seed),
  vaultLegacy: (seed = 48): string => fakeToken(p("s", "."), 24, ALNUM, seed),
  deepseek: (seed = 49): string => fakeToken(p("s", "k-"), 32, HEX, seed),
  together: (seed = 50): string => randomChars(64, HEX, seed),
  wandb: (seed = 51): string => randomChars(40, HEX, seed),
  /** A PEM private key block; `kind` is the word before `PRIVATE KEY` (`RSA`, `EC`, `OPENSSH`, …, or empty). */
  privateKey: (seed = 52, kind = "RSA"): string => {
    const label = `${kind ? `${kind} ` : ""}${p("PRIV", "ATE KEY")}`;
    const body = `MII${randomChars(1213, BASE64, seed)}`;
    const lines = body.match(/.{1,64}/g) ?? [];
    return `${p("-----", "BEGIN ")}${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
  },
  /** A signed JWT (HS256) with the given claims. */
  jwt: (claims: Record<string, unknown> = { sub: "user-42", iss: "auth.internal" }, seed = 53): string =>
    `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${base64url(JSON.stringify(claims))}.${randomChars(43, URLSAFE, seed)}`,
  /** `scheme://user:<random password>@host/db`. */
  connectionString: (scheme = "postgres", host = "db.internal:5432", seed = 54): string =>
    `${scheme}://app_user:${randomChars(24, ALNUM, seed)}@${host}/app`,
  /** A generic high-entropy secret with no provider prefix. */
  generic: (seed = 9, length = 40): string => randomChars(length, ALNUM, seed),
};
