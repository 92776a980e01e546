import { describe, expect, it } from "vitest";
import {
  CREDENTIAL_PARAMETERS,
  PROVIDER_MODULE_WORDS,
  KEY_NAME_CALLS,
  SECRET_FORMATS,
  couldBeSecretValue,
  findSecretFormat,
  findSecretInText,
  findSecretsInText,
  isCredentialNameValue,
  isKnownPublicValue,
  isPlaceholderSecret,
  looksLikeGenericSecret,
  shannonEntropy,
  wordRatio,
  type SecretContext,
} from "../../src/knowledge/secrets";
import { alphabets, fake, fakeToken, randomChars } from "../support/fake-secrets";

const { ALNUM, URLSAFE, HEX } = alphabets;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** Joins pieces at run time, so no key-shaped text sits whole in the source. */
const p = (...parts: string[]): string => parts.join("");

interface FormatCase {
  /** Values that must be this format (with `context`, for gated formats). */
  positives: string[];
  /** Values close to the format that must not be it (nor, unless listed in `otherwise`, any other format). */
  nearMisses: string[];
  /** Context that opens a gated format. */
  context?: SecretContext;
}

const CASES: Record<string, FormatCase> = {
  "openai-legacy-key": {
    positives: [fake.openaiLegacy(), fake.openaiLegacy(70)],
    nearMisses: [`${p("sk", "-")}${randomChars(19, ALNUM, 3)}${p("T3Blbk", "FJ")}${randomChars(20, ALNUM, 4)}`, `${p("sk", "-")}${randomChars(20, ALNUM, 3)}${p("T3Blbk", "FJ")}...`],
  },
  "openai-project-key": {
    positives: [fake.openaiProject(), fake.openaiProject(71), fakeToken(p("sk-pr", "oj-"), 40, URLSAFE, 72)],
    nearMisses: [fakeToken(p("sk-pr", "oj-"), 39, URLSAFE, 73), p("sk-pr", "oj-", "x".repeat(60)), p("sk-pr", "oj-", "a".repeat(60)), p("sk-pr", "oj-..."), p("sk-pr", "oj-", "YOUR_KEY_HERE_", randomChars(40, ALNUM, 74))],
  },
  "openai-service-account-key": {
    positives: [fake.openaiServiceAccount()],
    nearMisses: [fakeToken(p("sk-svc", "acct-"), 39, URLSAFE, 75), fakeToken(p("sk-svc", "acc-"), 60, URLSAFE, 75)],
  },
  "openai-admin-key": { positives: [fake.openaiAdmin()], nearMisses: [fakeToken(p("sk-ad", "min-"), 20, URLSAFE, 76)] },
  "openai-none-key": { positives: [fake.openaiNone()], nearMisses: [fakeToken(p("sk-No", "ne-"), 39, URLSAFE, 77)] },
  "anthropic-api-key": {
    positives: [fake.anthropic(), fake.anthropic(78)],
    nearMisses: [fakeToken(p("sk-ant-", "api03-"), 79, URLSAFE, 79), p("sk-ant-", "api03-..."), fakeToken(p("sk-ant-", "apiX3-"), 95, URLSAFE, 80)],
  },
  "anthropic-admin-key": { positives: [fake.anthropicAdmin()], nearMisses: [fakeToken(p("sk-ant-", "admin01-"), 60, URLSAFE, 81)] },
  "anthropic-oauth-token": {
    positives: [fake.anthropicOAuth(), fakeToken(p("sk-ant-", "ort01-"), 95, URLSAFE, 82)],
    nearMisses: [fakeToken(p("sk-ant-", "oax01-"), 95, URLSAFE, 83)],
  },
  "openrouter-key": {
    positives: [fake.openrouter()],
    nearMisses: [fakeToken(p("sk-or-", "v1-"), 63, HEX, 84), fakeToken(p("sk-or-", "v1-"), 64, "0123456789ABCDEF", 85)],
  },
  "openai-style-key": {
    positives: [fake.openaiStyle(), fake.openaiStyle(86)],
    nearMisses: [fakeToken(p("s", "k-"), 47, ALNUM, 87), fakeToken(p("s", "k-"), 49, ALNUM, 88), p("s", "k-", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL")],
  },
  "google-api-key": {
    positives: [fake.google(), fake.google(89)],
    nearMisses: [fakeToken(p("AI", "za"), 34, URLSAFE, 90), fakeToken(p("AI", "za"), 36, URLSAFE, 91), p("AI", "zaSy", "X".repeat(33)), fakeToken(p("AI", "zb"), 35, URLSAFE, 92)],
  },
  "google-oauth-client-secret": {
    positives: [fakeToken(p("GOC", "SPX-"), 28, URLSAFE, 1201), fakeToken(p("GOC", "SPX-"), 28, URLSAFE, 1202)],
    nearMisses: [fakeToken(p("GOC", "SPX-"), 27, URLSAFE, 1203), fakeToken(p("GOC", "SPX-"), 29, URLSAFE, 1204), fakeToken(p("GOC", "SPX_"), 28, URLSAFE, 1205)],
  },
  "huggingface-token": {
    positives: [fake.huggingface(), fake.huggingface(93)],
    nearMisses: [fakeToken(p("h", "f_"), 33, LETTERS, 94), fakeToken(p("h", "f_"), 35, LETTERS, 95), p("h", "f_", randomChars(30, LETTERS, 96), "1234")],
  },
  "huggingface-org-token": { positives: [fake.huggingfaceOrg()], nearMisses: [fakeToken(p("api_", "org_"), 33, LETTERS, 97)] },
  "groq-api-key": {
    positives: [fake.groq(), fakeToken(p("gs", "k_"), 48, ALNUM, 98)],
    nearMisses: [fakeToken(p("gs", "k_"), 47, ALNUM, 99), fakeToken(p("gs", "k_"), 53, ALNUM, 100)],
  },
  "replicate-token": { positives: [fake.replicate()], nearMisses: [fakeToken(p("r", "8_"), 36, ALNUM, 101), fakeToken(p("r", "9_"), 37, ALNUM, 101)] },
  "perplexity-api-key": { positives: [fake.perplexity()], nearMisses: [fakeToken(p("pp", "lx-"), 31, ALNUM, 102)] },
  "xai-api-key": { positives: [fake.xai()], nearMisses: [fakeToken(p("xa", "i-"), 69, ALNUM, 103), p("xa", "i-", "grok-2-latest")] },
  "nvidia-api-key": { positives: [fake.nvidia()], nearMisses: [fakeToken(p("nv", "api-"), 63, URLSAFE, 104)] },
  "tavily-api-key": { positives: [fake.tavily(), fakeToken(p("tv", "ly-"), 32, ALNUM, 105)], nearMisses: [fakeToken(p("tv", "ly-"), 31, ALNUM, 106)] },
  "pinecone-api-key": {
    positives: [fake.pinecone()],
    nearMisses: [`${fakeToken(p("pc", "sk_"), 5, ALNUM, 107)}_${randomChars(39, ALNUM, 108)}`, fakeToken(p("pc", "sk_"), 60, ALNUM, 109)],
  },
  "langsmith-api-key": {
    positives: [fake.langsmith(), fake.langsmith(110, "sk")],
    nearMisses: [`${fakeToken(p("lsv", "2_xx_"), 32, HEX, 111)}_${randomChars(10, HEX, 112)}`, `${fakeToken(p("lsv", "2_pt_"), 31, HEX, 113)}_${randomChars(10, HEX, 114)}`],
  },
  "supabase-secret-key": { positives: [fake.supabaseSecret()], nearMisses: [fakeToken(p("sb_", "publishable_"), 32, URLSAFE, 115)] },
  "databricks-token": { positives: [fake.databricks()], nearMisses: [fakeToken(p("da", "pi"), 31, HEX, 116)] },
  "aws-access-key-id": {
    positives: [fake.awsAccessKeyId(), fake.awsAccessKeyId(117, "ASIA"), fake.awsAccessKeyId(118, "ABIA"), fake.awsAccessKeyId(119, "ACCA")],
    nearMisses: [fakeToken(p("AK", "IA"), 15, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 120), fakeToken(p("AK", "IA"), 16, "abcdefghijklmnopqrstuvwxyz", 121), p("AK", "IA", "IOSFODNN7", "EXAMPLE"), fakeToken(p("AK", "IB"), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 122)],
  },
  "aws-bedrock-api-key": { positives: [fake.awsBedrock()], nearMisses: [fakeToken(p("AB", "SK"), 100, ALNUM, 123)] },
  "aws-bedrock-short-term-key": { positives: [fake.awsBedrockShortTerm()], nearMisses: [fakeToken(p("bedrock-", "api-key-"), 39, ALNUM, 124)] },
  "azure-annotated-key": {
    positives: [fake.azureAnnotated(), fake.azureAnnotated(125)],
    nearMisses: [fake.azureAnnotated().slice(1), `${randomChars(52, ALNUM, 126)}${p("JQ", "QJ8")}9${randomChars(26, ALNUM, 127)}`],
  },
  "github-token": {
    positives: ["ghp", "gho", "ghu", "ghs", "ghr"].map((prefix, i) => fake.github(128 + i, prefix)),
    nearMisses: [fake.github(133, "ghx"), fakeToken(p("gh", "p_"), 35, ALNUM, 134), fakeToken(p("gh", "p_"), 37, ALNUM, 135)],
  },
  "github-fine-grained-token": { positives: [fake.githubFineGrained()], nearMisses: [fakeToken(p("github", "_pat_"), 81, ALNUM, 136)] },
  "gitlab-token": { positives: [fake.gitlab()], nearMisses: [fakeToken(p("gl", "pat-"), 19, URLSAFE, 137)] },
  "npm-token": { positives: [fake.npm()], nearMisses: [fakeToken(p("np", "m_"), 35, ALNUM, 138), p("np", "m_config_registry_url_for_the_project")] },
  "slack-token": {
    positives: [fake.slackBot(), fake.slackUser()],
    nearMisses: [p("xo", "xb-", "your-bot-token-goes-here"), fakeToken(p("xo", "xz-123456789012-"), 24, ALNUM, 139), p("xo", "xb-", "123-")],
  },
  "slack-app-token": { positives: [fake.slackApp()], nearMisses: [fakeToken(p("xa", "pp-"), 40, ALNUM, 140)] },
  "slack-webhook-url": {
    positives: [fake.slackWebhook()],
    nearMisses: [p("https://hooks.", "slack.com/services/T00000000/B00000000/", "X".repeat(24)), p("https://hooks.", "slack.com/services/"), p("https://hooks.", "slack.com/apps/", randomChars(30, ALNUM, 141))],
  },
  "sendgrid-api-key": { positives: [fake.sendgrid()], nearMisses: [`${p("S", "G.")}${randomChars(21, URLSAFE, 142)}.${randomChars(43, URLSAFE, 143)}`] },
  "stripe-live-key": {
    positives: [fake.stripeLive(), fake.stripeLive(144, "rk"), fakeToken(p("sk_", "live_"), 24, ALNUM, 145)],
    nearMisses: [fakeToken(p("sk_", "live_"), 19, ALNUM, 146), fakeToken(p("pk_", "live_"), 99, ALNUM, 147)],
  },
  "stripe-test-key": {
    positives: [fake.stripeTest(), fake.stripeTest(148, "rk")],
    nearMisses: [fakeToken(p("pk_", "test_"), 99, ALNUM, 149), p("sk_", "test_", "1234567890")],
  },
  "stripe-webhook-secret": { positives: [fake.stripeWebhook()], nearMisses: [fakeToken(p("wh", "sec_"), 31, ALNUM, 150)] },
  "vault-service-token": { positives: [fake.vault(), fakeToken(p("hv", "s."), 24, ALNUM, 151)], nearMisses: [fakeToken(p("hv", "s."), 23, ALNUM, 152), fakeToken(p("hv", "x."), 90, ALNUM, 153)] },
  "vault-batch-token": { positives: [fake.vaultBatch(), fakeToken(p("hv", "r."), 30, ALNUM, 154)], nearMisses: [fakeToken(p("hv", "b."), 20, ALNUM, 155)] },
  "private-key": {
    positives: ["RSA", "", "EC", "DSA", "OPENSSH", "ENCRYPTED"].map((kind, i) => fake.privateKey(156 + i, kind)),
    nearMisses: [
      p("-----BEGIN ", "PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"),
      p("-----BEGIN ", "PRIVATE KEY-----"),
      p("-----BEGIN ", "RSA PRIVATE KEY-----\nMII", "A".repeat(200), "\n-----END RSA PRIVATE KEY-----"),
      fake.privateKey(162).replace(p("PRIV", "ATE"), "PUBLIC"),
      p("-----BEGIN ", "PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----"),
    ],
  },
  "jwt": {
    positives: [fake.jwt(), fake.jwt({ sub: "svc", scope: "admin" }, 163)],
    nearMisses: [
      fake.jwt({ iss: "supabase", ref: "abcdefghij", role: "anon" }),
      fake.jwt({ sub: "1234567890", name: "John Doe", iat: 1516239022 }),
      fake.jwt().split(".").slice(0, 2).join("."),
      `${fake.jwt()}.${randomChars(20, URLSAFE, 164)}.${randomChars(20, URLSAFE, 165)}`,
    ],
    context: { nameSaysSecret: true },
  },
  "postgres-connection-string": {
    positives: [fake.connectionString("postgres"), fake.connectionString("postgresql", "pg.prod.example.net")],
    nearMisses: [
      "postgres://app:${password}@db.internal:5432/app",
      "postgres://app:password@db.internal:5432/app",
      "postgres://app:<password>@db.internal:5432/app",
      "postgres://postgres:postgres@db:5432/app",
      `postgres://app:${randomChars(20, ALNUM, 166)}@localhost:5432/app`,
      `postgres://app:${randomChars(20, ALNUM, 167)}@127.0.0.1/app`,
      "postgres://app@db.internal:5432/app",
      "postgres://db.internal:5432/app",
    ],
  },
  "mongodb-connection-string": {
    positives: [fake.connectionString("mongodb", "mongo-0.internal:27017"), fake.connectionString("mongodb+srv", "cluster0.ab1cd.mongodb.net")],
    nearMisses: ["mongodb+srv://user:****@cluster0.ab1cd.mongodb.net", "mongodb+srv://<user>:<password>@cluster0.ab1cd.mongodb.net"],
  },
  "redis-connection-string": {
    positives: [`redis://:${randomChars(24, ALNUM, 168)}@cache.internal:6379`, fake.connectionString("rediss", "cache.example.net:6380")],
    nearMisses: ["redis://cache.internal:6379", "redis://:$REDIS_PASSWORD@cache.internal:6379"],
  },
  "amqp-connection-string": { positives: [fake.connectionString("amqps", "mq.internal")], nearMisses: ["amqp://guest:guest@mq.internal:5672"] },
  "mysql-connection-string": { positives: [fake.connectionString("mysql", "mysql.internal:3306"), fake.connectionString("mariadb", "db.internal")], nearMisses: ["mysql://root:root@mysql.internal/app"] },
  "database-connection-string": { positives: [fake.connectionString("neo4j+s", "graph.internal"), fake.connectionString("mssql", "sql.internal")], nearMisses: ["mssql://sa:changeme@sql.internal"] },
  "cohere-api-key": {
    positives: [fake.cohere(), fake.cohere(169)],
    nearMisses: [randomChars(39, ALNUM, 170), "cohereApiKeyNameForTheProductionSystem01"],
    context: { words: ["cohere"] },
  },
  "mistral-api-key": { positives: [fake.mistral()], nearMisses: [randomChars(31, ALNUM, 171), "abcdefghijklmnopqrstuvwxyzABCDEF"], context: { words: ["mistral", "api", "key"] } },
  "azure-openai-key": {
    positives: [fake.azureOpenAI(), fake.azureOpenAI(172)],
    nearMisses: ["0".repeat(32), randomChars(31, HEX, 173), "0123456789abcdef0123456789abcdef"],
    context: { words: ["azure", "openai"] },
  },
  "aws-secret-access-key": { positives: [fake.awsSecretAccessKey()], nearMisses: [randomChars(39, ALNUM, 174)], context: { words: ["aws", "secret", "access", "key"] } },
  "deepseek-api-key": { positives: [fake.deepseek()], nearMisses: [fakeToken(p("s", "k-"), 31, HEX, 175)], context: { words: ["deepseek"] } },
  "dashscope-api-key": { positives: [fake.deepseek(176)], nearMisses: [], context: { words: ["dashscope"] } },
  "together-api-key": { positives: [fake.together()], nearMisses: [randomChars(63, HEX, 177)], context: { words: ["together"] } },
  "wandb-api-key": { positives: [fake.wandb()], nearMisses: [randomChars(41, HEX, 178)], context: { words: ["wandb"] } },
  "vault-legacy-token": { positives: [fake.vaultLegacy()], nearMisses: [fakeToken(p("s", "."), 23, ALNUM, 179)], context: { words: ["vault", "token"] } },
};

describe("the catalogue", () => {
  it("has a test case for every format, and only for known formats", () => {
    expect(Object.keys(CASES).sort()).toEqual(SECRET_FORMATS.map((f) => f.id).sort());
  });

  it("has unique ids, anchored patterns and prefixes consistent with them", () => {
    expect(new Set(SECRET_FORMATS.map((f) => f.id)).size).toBe(SECRET_FORMATS.length);
    for (const format of SECRET_FORMATS) {
      expect(format.pattern.source.startsWith("^"), format.id).toBe(true);
      if (!format.extract) expect(format.pattern.source.endsWith("$"), format.id).toBe(true);
      expect(format.provider, format.id).not.toMatch(/[.]$/);
      if (format.providerWords) expect(format.contextGated, format.id).toBe(true);
      if (!format.contextGated) expect(Boolean(format.prefixes ?? format.infix), format.id).toBe(true);
    }
  });

  it("has regexes without nested quantifiers", () => {
    // A quantified group that itself holds a quantifier is the shape of catastrophic backtracking.
    const nested = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
    for (const format of SECRET_FORMATS) expect(nested.test(format.pattern.source), format.id).toBe(false);
  });
});

describe.each(Object.entries(CASES))("format %s", (id, testCase) => {
  const format = SECRET_FORMATS.find((f) => f.id === id)!;

  it("matches the positives (with the context it needs)", () => {
    for (const value of testCase.positives) {
      expect(format.pattern.test(value), value.slice(0, 12)).toBe(true);
      expect(findSecretFormat(value, testCase.context ?? false)?.format.id, value.slice(0, 12)).toBe(id);
    }
  });

  it("does not match the near-misses", () => {
    for (const value of testCase.nearMisses) {
      expect(findSecretFormat(value, testCase.context ?? false)?.format.id, value.slice(0, 16)).not.toBe(id);
    }
  });

  it("finds the positives inside a longer text, with the context it needs", () => {
    if (format.contextGated && !format.prefixes) return; // whole values only
    for (const value of testCase.positives) {
      const text = `config:\n  header: "Bearer-less ${value}" # rotate me\n`;
      const match = findSecretsInText(text, testCase.context)[0];
      expect(match?.format.id, value.slice(0, 12)).toBe(id);
      expect(match!.start).toBe(text.indexOf(value));
      expect(text.slice(match!.start, match!.end)).toBe(value.trimEnd());
    }
  });

  if (format.contextGated) {
    it("stays silent without the context that names it", () => {
      for (const value of testCase.positives) expect(findSecretFormat(value)?.format.id).not.toBe(id);
    });
  }
});

describe("near-misses match nothing at all", () => {
  it.each([
    ["a 39-character project key", fakeToken(p("sk-pr", "oj-"), 39, URLSAFE, 180)],
    ["a placeholder project key", p("sk-pr", "oj-", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")],
    ["a repeated-character key", p("s", "k-", "a".repeat(48))],
    ["a sequential key", p("s", "k-", "1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL")],
    ["an AWS example key", p("AK", "IA", "IOSFODNN7", "EXAMPLE")],
    ["a Stripe publishable key", fakeToken(p("pk_", "live_"), 99, ALNUM, 181)],
    ["a UUID", "123e4567-e89b-12d3-a456-426614174000"],
    ["a git SHA", randomChars(40, HEX, 182)],
    ["a model id", "claude-3-5-sonnet-20241022"],
    ["a path", "/var/run/secrets/kubernetes.io/serviceaccount/token"],
    ["a URL without credentials", "https://api.openai.com/v1/chat/completions"],
  ])("%s", (_name, value) => {
    expect(findSecretFormat(value)).toBeUndefined();
    expect(findSecretsInText(value)).toEqual([]);
  });
});

describe("gated formats and context", () => {
  it("opens a gated format only for the words that name its provider", () => {
    const key = fake.cohere();
    expect(findSecretFormat(key)).toBeUndefined();
    expect(findSecretFormat(key, { words: ["mistral"] })).toBeUndefined();
    expect(findSecretFormat(key, { words: new Set(["co", "api", "key"]) })?.format.id).toBe("cohere-api-key");
    expect(findSecretFormat(key, true)?.format.id).toBe("cohere-api-key");
  });

  it("needs the key to look random even when the provider is named", () => {
    expect(findSecretFormat("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN", { words: ["cohere"] })).toBeUndefined();
    expect(findSecretFormat("cohereApiKeyNameForTheProductionSystem01", { words: ["cohere"] })).toBeUndefined();
  });

  it("reports a JWT in text only where the text or a name says it is a credential", () => {
    const jwt = fake.jwt();
    expect(findSecretsInText(`token ${jwt}`)).toEqual([]);
    expect(findSecretInText(`Authorization: Bearer ${jwt}`)?.format.id).toBe("jwt");
    expect(findSecretInText(`token ${jwt}`, { nameSaysSecret: true })?.format.id).toBe("jwt");
    const serviceRole = fake.jwt({ iss: "supabase", ref: "prj", role: "service_role" });
    expect(findSecretInText(`createClient(url, "${serviceRole}")`)?.format.id).toBe("jwt");
    expect(findSecretFormat(fake.jwt({ role: "anon" }), true)).toBeUndefined();
  });

  it("maps SDK modules and credential parameters to provider words", () => {
    expect(PROVIDER_MODULE_WORDS["cohere-ai"]).toContain("cohere");
    expect(PROVIDER_MODULE_WORDS["@mistralai/mistralai"]).toContain("mistral");
    for (const parameter of CREDENTIAL_PARAMETERS) {
      expect(parameter.argument).toBeGreaterThanOrEqual(0);
      expect(parameter.words.length).toBeGreaterThan(0);
    }
  });
});

describe("isKnownPublicValue", () => {
  it("knows public keys and sample tokens", () => {
    expect(isKnownPublicValue(fake.jwt({ role: "anon", ref: "x" }))).toBe(true);
    expect(isKnownPublicValue(fake.jwt({ sub: "1234567890", name: "John Doe" }))).toBe(true);
    expect(isKnownPublicValue(`${fake.jwt().split(".").slice(0, 2).join(".")}.`)).toBe(true);
    expect(isKnownPublicValue(fakeToken(p("pk_", "live_"), 40, ALNUM, 190))).toBe(true);
    expect(isKnownPublicValue(fake.jwt())).toBe(false);
    expect(isKnownPublicValue(fake.generic(191))).toBe(false);
    expect(isKnownPublicValue(fake.stripeLive())).toBe(false);
  });
});

describe("findSecretsInText", () => {
  it("finds keys inside headers, URLs, .env text and code", () => {
    const openai = fake.openaiProject();
    const google = fake.google();
    expect(findSecretInText(`Authorization: Bearer ${openai}`)?.format.id).toBe("openai-project-key");
    expect(findSecretInText(`https://generativelanguage.googleapis.com/v1beta/models?key=${google}&alt=sse`)?.format.id).toBe("google-api-key");
    const env = `# .env\nOPENAI_API_KEY=${openai}\nANTHROPIC_API_KEY=${fake.anthropic()}\nDEBUG=1\n`;
    expect(findSecretsInText(env).map((m) => m.format.id)).toEqual(["openai-project-key", "anthropic-api-key"]);
  });

  it("reports where each token is", () => {
    const key = fake.groq();
    const text = `const k = '${key}';`;
    const [match] = findSecretsInText(text);
    expect(text.slice(match!.start, match!.end)).toBe(key);
  });

  it("finds generic secrets after a secret name in NAME=value pairs", () => {
    const secret = fake.generic(183, 32);
    const env = `DB_HOST=db.internal\nSESSION_SECRET=${secret}\nMAX_TOKENS=4096\n`;
    const [match] = findSecretsInText(env);
    expect(match?.format.id).toBe("generic-secret");
    expect(match?.name).toBe("SESSION_SECRET");
    expect(env.slice(match!.start, match!.end)).toBe(secret);
    const queryText = ["https://api.example.com/v1/search?", "api_key=", fake.generic(183, 32), "&q=cats"].join("");
    expect(findSecretsInText(queryText)[0]?.name).toBe("api_key");
    expect(findSecretsInText(`DB_PASSWORD=${randomChars(6, ALNUM, 184)}Q!9x`)[0]?.name).toBe("DB_PASSWORD");
  });

  it("is silent on NAME=value pairs with placeholders, non-secret names or words", () => {
    for (const text of [
      "OPENAI_API_KEY=your-api-key-here",
      "OPENAI_API_KEY=${OPENAI_API_KEY}",
      "API_KEY=changeme\nSECRET=",
      `MAX_TOKENS=${randomChars(20, ALNUM, 185)}`,
      `?page_token=${randomChars(30, ALNUM, 186)}`,
      `?csrf_token=${randomChars(30, ALNUM, 187)}`,
      "SESSION_SECRET=development-only-session-secret",
      `data=${"A".repeat(2000)}==`,
    ]) {
      expect(findSecretsInText(text), text.slice(0, 30)).toEqual([]);
    }
  });

  it("finds bearer tokens and basic credentials by their scheme", () => {
    const token = fake.generic(188, 40);
    expect(findSecretInText(`Authorization: Bearer ${token}`)?.format.id).toBe("bearer-token");
    expect(findSecretInText("Authorization: Bearer YOUR_TOKEN_HERE")).toBeUndefined();
    expect(findSecretInText("Bearer realm=example")).toBeUndefined();
    const basic = Buffer.from(`svc-ingest:${randomChars(18, ALNUM, 189)}`).toString("base64");
    expect(findSecretInText(`Basic ${basic}`)?.format.id).toBe("basic-auth");
    expect(findSecretInText(`Basic ${Buffer.from("user:password").toString("base64")}`)).toBeUndefined();
    expect(findSecretInText("Basic usage of the client is shown below.")).toBeUndefined();
  });

  it("stays linear on long and adversarial inputs", () => {
    const inputs = [
      p("s", "k-").repeat(60_000),
      `${p("sk-pr", "oj-")}${"Ab1_".repeat(60_000)}`,
      "=".repeat(200_000),
      `${"a".repeat(63)}=`.repeat(3_000),
      p("-----BEGIN ", "PRIVATE KEY-----") + "A".repeat(200_000),
      p("postgres", "://").repeat(20_000),
      `${p("ey", "J")}${"a".repeat(100)}.`.repeat(2_000),
      "JQQJ9".repeat(40_000),
    ];
    for (const input of inputs) {
      const start = performance.now();
      findSecretsInText(input, { nameSaysSecret: true });
      expect(performance.now() - start, input.slice(0, 20)).toBeLessThan(1_000);
    }
  });
});

describe("isPlaceholderSecret", () => {
  it.each([
    "", "   ", p("s", "k-..."), p("sk-", "xxxx"), "YOUR_API_KEY", "<your-key>", "<YOUR_OPENAI_KEY>", "${OPENAI_API_KEY}", "$OPENAI_API_KEY",
    "%OPENAI_API_KEY%", "process.env.OPENAI_API_KEY", "xxx", "XXXXXXXXXXXXXXXX", "changeme", "test", "dummy-key", "fake_token_123",
    "my-sample-key", "REDACTED", "***", "********", "password", "secret", "none", "null", "your-api-key-here", "{{ api_key }}",
    p("s", "k-", "a".repeat(40)), "1234567890abcdef", "abcdefghijklmnop", "0000-0000-0000-0000", "sk-test", "OPENAI_API_KEY",
    "insert-key-here", "not-a-real-key", "replace_me", p("s", "k-\u2026"),
    "_MYAPP_BLANK_4c1d7e2a-9b3f-4e8a-b6d2-7f0e1a2b3c4d", "[REDACTED]", "blank-credential", "sentinel-api-key",
    `__REDACTED__${randomChars(64, HEX, 30)}`, `${randomChars(48, ALNUM, 31)}_SENTINEL_${randomChars(32, ALNUM, 32)}`,
    `PLACEHOLDER:${randomChars(80, ALNUM, 33)}`, `MASKED-${randomChars(20, ALNUM, 34)}`,
  ])("%j is a placeholder", (value) => {
    expect(isPlaceholderSecret(value)).toBe(true);
  });

  it("is not fooled by real-looking keys", () => {
    for (const [name, make] of Object.entries(fake)) {
      if (name === "jwt" || name === "privateKey" || name === "connectionString") continue;
      const value = (make as (seed?: number) => string)();
      expect(isPlaceholderSecret(value), name).toBe(false);
    }
    for (let seed = 200; seed < 400; seed++) {
      expect(isPlaceholderSecret(randomChars(40, ALNUM, seed)), String(seed)).toBe(false);
      expect(isPlaceholderSecret(randomChars(20, ALNUM, seed)), String(seed)).toBe(false);
    }
  });
});

describe("entropy and generic secrets", () => {
  it("measures Shannon entropy in bits per character, on a bounded sample", () => {
    expect(shannonEntropy("")).toBe(0);
    expect(shannonEntropy("aaaa")).toBe(0);
    expect(shannonEntropy("abcd")).toBe(2);
    expect(shannonEntropy("ab".repeat(10_000))).toBe(1);
    const start = performance.now();
    shannonEntropy(randomChars(1_000, ALNUM, 1).repeat(5_000));
    expect(performance.now() - start).toBeLessThan(200);
  });

  it("scores identifiers as words and random keys as fragments", () => {
    expect(wordRatio("developmentSecretKey")).toBeGreaterThan(0.9);
    expect(wordRatio("text-embedding-3-large")).toBeGreaterThan(0.9);
    expect(wordRatio(randomChars(40, ALNUM, 5))).toBeLessThan(0.6);
  });

  it("accepts random values of 16+ characters", () => {
    let accepted = 0;
    for (let seed = 1; seed <= 200; seed++) {
      if (looksLikeGenericSecret(randomChars(16 + (seed % 48), ALNUM, seed))) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(190);
    expect(looksLikeGenericSecret(randomChars(40, URLSAFE, 3))).toBe(true);
    expect(looksLikeGenericSecret(fake.awsSecretAccessKey())).toBe(true);
  });

  it("accepts random lower-case-and-digit values of 32+ characters, whose short letter runs look pronounceable", () => {
    const LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789";
    let accepted = 0;
    for (let seed = 1; seed <= 200; seed++) {
      if (looksLikeGenericSecret(randomChars(32 + (seed % 16), LOWER_DIGITS, seed), { nameSaysSecret: true })) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(195);
    // Words with a few digits stay words.
    for (const value of ["gpt4oministructuredoutputs", "anthropicclaudesonnet20250514", "mistral7binstructv02", "textembedding3largeoutput"]) {
      expect(looksLikeGenericSecret(value, { nameSaysSecret: true }), value).toBe(false);
    }
  });

  it.each([
    ["a word", "Authorization"],
    ["an identifier", "developmentSecretKey"],
    ["a model id", "gpt-4o-mini-2024-07-18"],
    ["a Hugging Face model", "sentence-transformers/all-MiniLM-L6-v2"],
    ["a dated model", "claude-3-5-sonnet-20241022"],
    ["a constant name", "OPENAI_API_KEY_PLACEHOLDER"],
    ["a UUID", "123e4567-e89b-42d3-a456-556642440000"],
    ["a hex hash", randomChars(40, HEX, 9)],
    ["base64 of short text", Buffer.from("this is only a short sentence").toString("base64")],
    ["a file path", "./config/credentials/production.json"],
    ["an absolute path", "/etc/ssl/private/server-key.pem"],
    ["a URL", "https://vault.internal:8200/v1/secret/data/openai"],
    ["a hostname", "my-resource.openai.azure.com"],
    ["CSS", "rgba(12,34,56,0.5)"],
    ["a regex", "^sk-[A-Za-z0-9]{48}$"],
    ["an ISO date", "2024-01-01T00:00:00.000Z"],
    ["digits", "12345678901234567890"],
    ["prose", "the api key goes here"],
    ["a kebab phrase", "super-secret-password-for-dev"],
    ["a secret manager reference", "projects/my-project/secrets/openai/versions/latest"],
  ])("rejects %s", (_name, value) => {
    expect(looksLikeGenericSecret(value)).toBe(false);
  });

  it("accepts hex strings and UUIDs only when a name says secret", () => {
    const hex = randomChars(32, HEX, 10);
    expect(looksLikeGenericSecret(hex)).toBe(false);
    expect(looksLikeGenericSecret(hex, { nameSaysSecret: true })).toBe(true);
    expect(looksLikeGenericSecret("9f3c2a71-5b4e-4d0a-8c6f-2e1b7a9d4c35", { nameSaysSecret: true })).toBe(true);
    expect(looksLikeGenericSecret("00000000-0000-0000-0000-000000000000", { nameSaysSecret: true })).toBe(false);
  });

  it("judges passwords by character classes, not length alone", () => {
    expect(looksLikeGenericSecret(`${randomChars(8, ALNUM, 11)}!Q`, { password: true })).toBe(true);
    expect(looksLikeGenericSecret("S3cure#Passw0rd!", { password: true })).toBe(true);
    for (const weak of ["postgres", "correcthorsebatterystaple", "password123", "changeme", "admin", "letmein1", "Summer2024"]) {
      expect(looksLikeGenericSecret(weak, { password: true }), weak).toBe(false);
    }
  });

  it("honours a higher minimum entropy", () => {
    const key = randomChars(24, ALNUM, 12);
    expect(looksLikeGenericSecret(key)).toBe(true);
    expect(looksLikeGenericSecret(key, { minEntropy: 6 })).toBe(false);
  });
});

describe("text in any script", () => {
  it.each([
    ["Spanish", "Contraseña"],
    ["Lithuanian", "Slaptažodis"],
    ["German", "Passwortbestätigung"],
    ["Japanese", "パスワードは8文字以上である必要があります。"],
    ["Japanese, no digits", "パスワードを入力してください"],
    ["Chinese", "密码长度至少为8个字符"],
    ["Russian", "Пароль123"],
    ["Russian, hyphenated", "API-ключ-доступа"],
    ["Korean", "토큰을입력하세요"],
    ["Arabic", "كلمةالمرور"],
    ["Hebrew with a space", "סיסמה חזקה"],
    ["French with a space", "Mot de passe oublié ?"],
    ["ideographic space", "パスワード\u3000確認"],
  ])("%s is text, not a secret value", (_name, value) => {
    expect(couldBeSecretValue(value)).toBe(false);
    expect(looksLikeGenericSecret(value, { password: true })).toBe(false);
    expect(looksLikeGenericSecret(value, { nameSaysSecret: true })).toBe(false);
  });

  it("reads letters of every script as letters", () => {
    expect(wordRatio("Contraseña")).toBeGreaterThan(0.9);
    expect(wordRatio("Slaptažodis")).toBeGreaterThan(0.9);
    expect(wordRatio("Passwortbestätigung")).toBeGreaterThan(0.9);
    expect(wordRatio("ÜberprüfungDesSchlüssels")).toBeGreaterThan(0.9);
    expect(wordRatio("Пароль")).toBe(1);
    // An astral letter (a CJK extension B ideograph) is one letter, not two symbols.
    expect(couldBeSecretValue("\u{20BB7}\u{20BB7}\u{20BB7}\u{20BB7}\u{20BB7}")).toBe(false);
  });

  it("still judges random values that contain a few non-ASCII letters", () => {
    const withAccent = `${randomChars(10, ALNUM, 35)}ñ#7`;
    expect(couldBeSecretValue(withAccent)).toBe(true);
    expect(looksLikeGenericSecret(withAccent, { password: true })).toBe(true);
    expect(couldBeSecretValue(`${randomChars(24, ALNUM, 36)}é`)).toBe(true);
    // Emoji are symbols, not letters.
    expect(couldBeSecretValue(`${randomChars(12, ALNUM, 37)}\u{1F511}`)).toBe(true);
  });
});

describe("names used as values", () => {
  it.each([
    "brightllm_authToken", "anythingllm_authToken", "session_token", "api_key", "myapp:openai:api-key", "chatUI2_session_token",
    "app.v2.accessToken", "sb-access-token", "__Secure-next-auth.session-token", "X-Acme-Api-Key", "lobe-chat:openai:apiKey",
    "NEXT_AUTH_TOKEN", "jwt_token", "Acme2024_authToken", "x-goog-api-key", "ai_chatbot_user_password",
  ])("%s is the name of a credential", (value) => {
    expect(isCredentialNameValue(value)).toBe(true);
    expect(looksLikeGenericSecret(value, { nameSaysSecret: true })).toBe(false);
    expect(looksLikeGenericSecret(value, { nameSaysSecret: true, password: true })).toBe(false);
  });

  it.each([
    ["a name that ends in metadata", "brightllm_authTokenName"],
    ["a name that does not end in a credential word", "brightllm_authToken_v2x"],
    ["a counting name", "brightllm_maxTokens"],
    ["text", "auth token"],
    ["a path with a long number", "app_20240101_token"],
  ])("%s is not", (_name, value) => {
    expect(isCredentialNameValue(value)).toBe(false);
  });

  it("does not take random text before a credential word for a name", () => {
    let names = 0;
    for (const tail of ["_authToken", "-api-key", "Token", "_password", ".secret"]) {
      for (let seed = 1; seed <= 400; seed++) {
        if (isCredentialNameValue(`${randomChars(8 + (seed % 24), ALNUM, seed)}${tail}`)) names++;
      }
    }
    expect(names).toBeLessThan(20);
    const key = `${randomChars(20, ALNUM, 320)}_authToken`;
    expect(isCredentialNameValue(key)).toBe(false);
    expect(looksLikeGenericSecret(key, { nameSaysSecret: true })).toBe(true);
  });

  it("knows the calls that take a storage key, cookie or header name first", () => {
    expect(KEY_NAME_CALLS.get("localStorage")?.has("getItem")).toBe(true);
    expect(KEY_NAME_CALLS.get("cookies")?.has("get")).toBe(true);
    expect(KEY_NAME_CALLS.get("headers")?.has("set")).toBe(true);
    expect(KEY_NAME_CALLS.has("cache")).toBe(false);
  });
});
