import { createRequire } from "node:module";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/no-hardcoded-api-key";
import { runRuleTests } from "../rule-tester";
import { alphabets, fake, fakeToken, randomChars } from "../support/fake-secrets";

/** Joins pieces at run time, so no key-shaped text sits whole in the source. */
const p = (...parts: string[]): string => parts.join("");
const q = (value: string): string => JSON.stringify(value);

/** The location of the `nth` occurrence of `needle` in `code`, as the rule tester expects it. */
function at(code: string, needle: string, nth = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = code.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`not found: ${needle.slice(0, 30)}`);
  }
  const position = (offset: number): { line: number; column: number } => {
    const before = code.slice(0, offset).split("\n");
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const start = position(index);
  const end = position(index + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function key(provider: string, code: string, needle: string, nth = 0) {
  return { messageId: "hardcodedKey" as const, data: { provider }, ...at(code, needle, nth) };
}

function secret(kind: "secret" | "password" | "credential", name: string, code: string, needle: string, nth = 0) {
  return { messageId: "hardcodedSecret" as const, data: { kind, name }, ...at(code, needle, nth) };
}

const openai = fake.openaiProject();
const legacy = fake.openaiLegacy();
const anthropic = fake.anthropic();
const google = fake.google();
const hf = fake.huggingface();
const groq = fake.groq();
const random40 = fake.generic(301, 40);
const random32 = fake.generic(302, 32);
const password = `${randomChars(10, alphabets.ALNUM, 303)}#7q`;

const mapboxPublic = `pk.${Buffer.from(JSON.stringify({ u: "acme", a: randomChars(24, alphabets.ALNUM, 311) })).toString("base64url")}.${randomChars(22, alphabets.ALNUM, 312)}`;
const geminiBesideMaps = `import { Loader } from "@googlemaps/js-api-loader";
const loader = new Loader({ apiKey: process.env.NEXT_PUBLIC_MAPS_KEY, version: "weekly" });
export const gemini = { apiKey: ${q(google)}, model: "gemini-2.0-flash" };`;
const firebaseWithoutShape = `import { v2 } from "@google-cloud/translate";
const translate = new v2.Translate({ projectId: "acme-app", key: ${q(google)} });
const vertex = { apiKey: ${q(google)}, projectId: "acme-app" };`;

const signingKey = randomChars(32, alphabets.ALNUM, 321);
const hmacKey = randomChars(40, alphabets.ALNUM, 322);
const cookieSecret = randomChars(32, alphabets.ALNUM, 323);
const elasticKey = Buffer.from(`${randomChars(20, alphabets.URLSAFE, 324)}:${randomChars(22, alphabets.URLSAFE, 325)}`).toString("base64");
const googleOauthSecret = fakeToken(["GOC", "SPX-"].join(""), 28, alphabets.URLSAFE, 326);
const positionalSecrets = `import jwt from "jsonwebtoken";
import { createHmac } from "node:crypto";
import cookieParser from "cookie-parser";
const token = jwt.sign({ sub: user.id }, ${q(signingKey)}, { expiresIn: "1h" });
const mac = createHmac("sha256", ${q(hmacKey)}).update(body).digest("hex");
app.use(cookieParser(${q(cookieSecret)}));`;
const searchAdminKey = randomChars(52, alphabets.ALNUM, 327);
const neo4jPassword = randomChars(32, alphabets.ALNUM, 328);
const sequelizePassword = randomChars(24, alphabets.ALNUM, 329);
const databasePositional = `import { SearchClient, AzureKeyCredential } from "@azure/search-documents";
import neo4j from "neo4j-driver";
import { Sequelize } from "sequelize";
const search = new SearchClient("https://acme-search.search.windows.net", "docs", new AzureKeyCredential(${q(searchAdminKey)}));
const driver = neo4j.driver("neo4j+s://graph.acme-corp.com", neo4j.auth.basic("neo4j", ${q(neo4jPassword)}));
const sequelize = new Sequelize("chat_history", "chat_app", ${q(sequelizePassword)}, { host: "db.acme-corp.com", dialect: "postgres" });`;
const elasticAndOauth = `import { Client } from "@elastic/elasticsearch";
import { google } from "googleapis";
const es = new Client({ node: "https://es.acme-corp.com:9243", auth: { apiKey: ${q(elasticKey)} } });
const oauth = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, ${q(googleOauthSecret)}, "https://app.acme-corp.com/callback");`;

// ---------------------------------------------------------------------------------------------
// Invalid cases, built here so `at` can find each literal
// ---------------------------------------------------------------------------------------------

const esmOpenAI = `import OpenAI from "openai";
const client = new OpenAI({ apiKey: ${q(openai)} });`;
const cjsOpenAI = `const OpenAI = require("openai");
const client = new OpenAI({
  apiKey: ${q(legacy)},
  organization: "org-acme",
});`;
const anthropicConst = `import Anthropic from "@anthropic-ai/sdk";
const ANTHROPIC_KEY = ${q(anthropic)};
export const claude = new Anthropic({ apiKey: ANTHROPIC_KEY });`;
const geminiUrl = `const model = "gemini-2.5-flash";
const res = await fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${model}:generateContent?key=${google}\`, { method: "POST" });`;
const bearerHeader = `await fetch("https://api.openai.com/v1/responses", {
  method: "POST",
  headers: { Authorization: ${q(`Bearer ${openai}`)}, "Content-Type": "application/json" },
});`;
const envText = `const dotenv = \`
OPENAI_API_KEY=${openai}
ANTHROPIC_API_KEY=${anthropic}
LOG_LEVEL=debug
\`;`;
const hfClient = `import { InferenceClient } from "@huggingface/inference";
const hf = new InferenceClient(${q(hf)});`;
const groqCompatible = `import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
const groq = createOpenAICompatible({ name: "groq", baseURL: "https://api.groq.com/openai/v1", apiKey: ${q(groq)} });`;
const langsmithEnv = `process.env.LANGSMITH_TRACING = "true";
process.env.LANGSMITH_API_KEY = ${q(fake.langsmith())};`;
const pineconeClient = `const { Pinecone } = require("@pinecone-database/pinecone");
const pc = new Pinecone({ apiKey: ${q(fake.pinecone())} });`;
const awsKeys = fake.awsSecretAccessKey();
const awsClient = `import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  credentials: { accessKeyId: ${q(fake.awsAccessKeyId())}, secretAccessKey: ${q(awsKeys)} },
});`;
const bedrockKey = `process.env.AWS_BEARER_TOKEN_BEDROCK = ${q(fake.awsBedrock())};`;
const githubOctokit = `import { Octokit } from "@octokit/rest";
const octokit = new Octokit({ auth: ${q(fake.github())} });`;
const slackWebhook = `await fetch(${q(fake.slackWebhook())}, { method: "POST", body: JSON.stringify({ text: summary }) });`;
const slackBot = `const { WebClient } = require("@slack/web-api");
const slack = new WebClient(${q(fake.slackBot())});`;
const stripeLive = `import Stripe from "stripe";
const stripe = new Stripe(${q(fake.stripeLive())});`;
const stripeTest = `const stripe = require("stripe")(${q(fake.stripeTest())});`;
const npmrc = `const npmrc = ${q(`//registry.npmjs.org/:_authToken=${fake.npm()}`)};`;
const vaultToken = `const vault = require("node-vault")({ endpoint: "https://vault.internal:8200", token: ${q(fake.vault())} });`;
const pemTemplate = `const signingKey = \`${fake.privateKey(304, "EC")}\`;
export default signingKey;`;
const serviceAccount = `import { GoogleAuth } from "google-auth-library";
const auth = new GoogleAuth({
  credentials: {
    type: "service_account",
    client_email: "rag-bot@acme.iam.gserviceaccount.com",
    private_key: ${q(fake.privateKey(305, ""))},
  },
});`;
const jwtNamed = `const serviceToken = ${q(fake.jwt({ sub: "ingest-worker", scope: "vectors:write" }))};`;
const supabaseServiceRole = `import { createClient } from "@supabase/supabase-js";
const admin = createClient("https://abcd.supabase.co", ${q(fake.jwt({ iss: "supabase", ref: "abcd", role: "service_role" }))});`;
const pgPool = `import pg from "pg";
const pool = new pg.Pool({ connectionString: ${q(fake.connectionString("postgres", "pgvector.prod.internal:5432"))} });`;
const mongo = `const { MongoClient } = require("mongodb");
const client = new MongoClient(${q(fake.connectionString("mongodb+srv", "cluster0.x1y2z.mongodb.net"))});`;
const redisUrl = `import { createClient } from "redis";
const cache = createClient({ url: ${q(`rediss://:${randomChars(24, alphabets.ALNUM, 306)}@cache.internal:6380`)} });`;
const cohereClient = `import { CohereClient } from "cohere-ai";
const cohere = new CohereClient({ token: ${q(fake.cohere())} });`;
const cohereConst = `const COHERE_API_KEY = ${q(fake.cohere(307))};`;
const mistralClient = `import { Mistral } from "@mistralai/mistralai";
const mistral = new Mistral({ apiKey: ${q(fake.mistral())} });`;
const azureClient = `import { AzureOpenAI } from "openai";
const client = new AzureOpenAI({
  endpoint: "https://acme-rag.openai.azure.com",
  apiVersion: "2024-10-21",
  apiKey: ${q(fake.azureOpenAI())},
});`;
const azureCredential = `import { AzureKeyCredential } from "@azure/core-auth";
const credential = new AzureKeyCredential(${q(fake.azureOpenAI(308))});`;
const deepseek = `const DEEPSEEK_API_KEY = ${q(fake.deepseek())};`;
const genericConst = `const apiKey = ${q(random40)};`;
const classField = `class EmbeddingService {
  private readonly apiKey = ${q(random40)};
  #clientSecret = ${q(random32)};
}`;
const defaultParam = `export function connect(token = ${q(random40)}) {
  return new Client({ token });
}`;
const memberAssign = `import OpenAI from "openai";
const openai = new OpenAI();
openai.apiKey = ${q(random40)};`;
const envAssign = `process.env.OPENAI_API_KEY = ${q(random40)};`;
const envFallbackOr = `const key = process.env.OPENAI_API_KEY || ${q(random40)};`;
const envFallbackNullish = `const client = new OpenAI({ apiKey: process.env.GEMINI_API_KEY ?? ${q(random32)} });`;
const headerObject = `const headers = { "x-api-key": ${q(random40)}, "anthropic-version": "2023-06-01" };`;
const genericBearer = `const res = await fetch("https://api.internal.example/v1/embed", {
  headers: { Authorization: ${q(`Bearer ${random40}`)} },
});`;
const curlText = `const snippet = \`curl https://llm-gw.example.com/v1/chat -H "Authorization: Bearer ${random32}" -d @body.json\`;`;
const headerSet = `const headers = new Headers();
headers.set("Authorization", ${q(`Token ${random40}`)});`;
const headerPairs = `const headers = new Headers([["x-goog-api-key", ${q(random40)}]]);`;
const jsxProp = `export const Chat = () => <ChatWidget apiKey=${q(random32)} model="gpt-4o-mini" />;`;
const ternary = `const apiKey = process.env.NODE_ENV === "production" ? process.env.OPENAI_API_KEY : ${q(random40)};`;
const followedConst = `import OpenAI from "openai";
const k = ${q(random32)};
const client = new OpenAI({ apiKey: k });`;
const nodemailer = `const transporter = nodemailer.createTransport({
  host: "smtp.acme.io",
  auth: { user: "alerts@acme.io", pass: ${q(password)} },
});`;
const dbPassword = `const config = { host: "db.internal", user: "rag", dbPassword: ${q(password)} };`;
const queryKey = `const url = ${q(`https://serpapi.com/search.json?q=llm&api_key=${random40}`)};`;
const geminiPositional = `import { GoogleGenerativeAI } from "@google/generative-ai";
const GEMINI = ${q(random40)};
const genAI = new GoogleGenerativeAI(GEMINI);`;
const replicateAuth = `import Replicate from "replicate";
const replicate = new Replicate({ auth: ${q(random40)} });`;
const splitKey = `const key = ${q(openai.slice(0, 24))} + ${q(openai.slice(24))};`;
const tsAsConst = `const config = { apiKey: ${q(random40)} as const } satisfies Record<string, string>;`;
const tsEnum = `enum Keys { OpenAI = ${q(openai)} }`;
const tsNonNull = `const apiKey: string = (${q(random40)} as string)!;`;
const extraPattern = `const acme = ${q(`acme_${randomChars(32, alphabets.ALNUM, 309)}`)};`;
const providerInTest = `const client = new OpenAI({ apiKey: ${q(openai)} });`;

// Not hidden by the name and value judgements below.
const placeholderText = `export const placeholderText = ${q(openai)};`;
const placeholderKey = `import OpenAI from "openai";
const placeholderKey = ${q(openai)};
export const client = new OpenAI({ apiKey: placeholderKey });`;
const dummyAnthropic = `const DUMMY_ANTHROPIC_KEY = ${q(anthropic)};`;
const i18nRealKey = `export default { setup: { apiKeyHint: "Pega tu clave de API aquí", apiKey: ${q(google)} } };`;
const storedProviderKey = `const AUTH_TOKEN = ${q(openai)};
localStorage.getItem(AUTH_TOKEN);`;
const storedValue = `const TOKEN = ${q(random40)};
localStorage.setItem("token", TOKEN);`;
const mapKeyed = `const AUTH_TOKEN = ${q(random32)};
export const limits = (cache) => cache.get(AUTH_TOKEN);`;
const randomBeforeName = `export const ACCESS_TOKEN = ${q(`${randomChars(20, alphabets.ALNUM, 320)}_authToken`)};`;
const accentedPassword = `const config = { host: "db.internal", user: "rag", dbPassword: ${q(`${randomChars(10, alphabets.ALNUM, 321)}ñ#7`)} };`;

runRuleTests("no-hardcoded-api-key", rule, {
  valid: [
    // Keys read from the environment or a secret manager.
    `import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`,
    `const apiKey = process.env.ANTHROPIC_API_KEY ?? "";`,
    `const { SecretsManagerClient, GetSecretValueCommand } = require("@aws-sdk/client-secrets-manager");
const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: "prod/openai/api-key" }));
const apiKey = out.SecretString;`,
    `const token = crypto.randomUUID();`,
    // Placeholders, in every disguise.
    `const client = new OpenAI({ apiKey: "sk-..." });`,
    `const client = new OpenAI({ apiKey: ${q(p("sk-pr", "oj-", "x".repeat(48)))} });`,
    `const client = new OpenAI({ apiKey: ${q(p("sk-pr", "oj-", "a".repeat(48)))} });`,
    `const client = new OpenAI({ apiKey: "YOUR_API_KEY" });`,
    `const client = new OpenAI({ apiKey: "<your-openai-key>" });`,
    `const client = new OpenAI({ apiKey: "\${OPENAI_API_KEY}" });`,
    `const config = { apiKey: "changeme", token: "", password: "password", secret: "dummy-secret-value" };`,
    `const apiKey = "test";`,
    `const apiKey = ${q(p("s", "k-", "1234567890abcdef1234567890abcdef12345678abcd"))};`,
    `const apiKey = process.env.OPENAI_API_KEY ?? "sk-proj-REPLACE_ME_WITH_YOUR_KEY";`,
    `const key = ${q(p("AK", "IA", "IOSFODNN7", "EXAMPLE"))};`,
    // Prose that only mentions keys.
    `throw new Error("OPENAI_API_KEY is missing: create a key (it starts with sk-proj-) and export it.");`,
    `console.log("Keys look like AKIA followed by 16 characters; never commit them.");`,
    `const help = "Set ANTHROPIC_API_KEY=your-key-here in .env";`,
    // Names and shapes that are not secrets.
    `const requestId = "123e4567-e89b-42d3-a456-556642440000";`,
    `const commit = ${q(randomChars(40, alphabets.HEX, 310))};`,
    `const checksum = ${q(randomChars(64, alphabets.HEX, 311))};`,
    `const integrity = ${q(`sha512-${randomChars(86, alphabets.ALNUM, 312)}==`)};`,
    `const model = "claude-3-5-sonnet-20241022";`,
    `const embeddingModel = "sentence-transformers/all-MiniLM-L6-v2";`,
    `const cacheKey = ${q(random40)};`,
    `const nextPageToken = ${q(random40)};`,
    `const sessionId = ${q(random32)};`,
    `const maxTokens = 4096;`,
    `const apiKeyHeader = "x-api-key";`,
    `const secretPath = "/var/run/secrets/openai/api-key";`,
    `const apiKeyFile = "./keys/openai.key";`,
    `const secretName = "projects/acme/secrets/openai-api-key/versions/latest";`,
    `const apiKey = "vault:secret/data/openai#api_key";`,
    `const publicKey = ${q(randomChars(44, alphabets.ALNUM, 313))};`,
    `const stripe = Stripe(${q(fakeToken(p("pk_", "live_"), 99, alphabets.ALNUM, 314))});`,
    `const anonKey = ${q(fake.jwt({ iss: "supabase", ref: "abcd", role: "anon" }))};`,
    `import { createClient } from "@supabase/supabase-js";
const supabase = createClient("https://abcd.supabase.co", ${q(fake.jwt({ iss: "supabase", ref: "abcd", role: "anon" }))});`,
    `const supabaseKey = ${q(fake.jwt({ iss: "supabase", ref: "abcd", role: "anon" }))};`,
    `const stripeKey = ${q(fakeToken(p("pk_", "test_"), 99, alphabets.ALNUM, 317))};`,
    `const sample = ${q(fake.jwt())};`,
    `const token = ${q(fake.jwt({ sub: "1234567890", name: "John Doe", iat: 1516239022 }))};`,
    `const client = new Something({ auth: ${q(random40)} });`,
    `import { CohereClient } from "cohere-ai";\nconst cohere = new CohereClient({ token: process.env.CO_API_KEY, environment: ${q(fake.cohere(315))} });`,
    `const regex = /sk-proj-[A-Za-z0-9_-]{40,}/;`,
    `const pattern = new RegExp("^sk-proj-[A-Za-z0-9_-]{40,}$");`,
    `const auth = "Bearer " + token;`,
    "const headers = { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` };",
    "const url = `postgres://app:${password}@db.internal:5432/app`;",
    `const url = "postgres://postgres:postgres@localhost:5432/app";`,
    `const url = ${q(`postgres://app:${random32}@localhost:5432/app`)};`,
    `const url = "https://api.openai.com/v1/chat/completions";`,
    `const css = "rgba(12, 34, 56, 0.5)";`,
    `const input = '<input type="password" placeholder="Enter password">';`,
    `const passwordLabel = "Enter your password";`,
    `const password = "Summer2024";`,
    `const logo = "data:image/png;base64,${randomChars(400, alphabets.ALNUM, 316)}";`,
    // Translated UI strings: prose in any script is text, and names about a credential are not one.
    `export default {
  login: { "placeholder-password": "Contraseña", password: "Contraseña", "forgot-password": "¿Olvidaste tu contraseña?" },
  setup: { passwordHint: "Mínimo 8 caracteres", passwordLabel: "Contraseña de administrador" },
};`,
    `export default {
  onboarding: {
    passwordReq: "パスワードは8文字以上である必要があります。",
    adminPasswordReq: "パスワードは8文字以上である必要があります。",
    password: "パスワードを入力",
  },
};`,
    `const TRANSLATIONS = { login: { "placeholder-password": "Slaptažodis", password: "Slaptažodis", token: "Prieigosraktas" } };
export default TRANSLATIONS;`,
    `export default { password: "Пароль", apiKey: "API-ключ", secretKey: "秘密密钥设置", token: "토큰을입력하세요", passwordHint: "8자 이상 입력하세요" };`,
    `export const de = { password: "Passwortbestätigung", apiKeyWarning: "Schlüssel-Überprüfung!", passwordRequirements: "Mindestens8Zeichen" };`,
    `const t = (key, fallback) => fallback;
export const message = t("passwordReq", "パスワードは8文字以上である必要があります。");`,
    {
      code: `export const ja = {
  passwordTooltip: "大文字・小文字・数字を含めてください",
  apiKeyPlaceholder: "sk-proj-…",
  labelApiKey: "APIキー（必須）",
} as const satisfies Record<string, string>;`,
      filename: "src/locales/ja.ts",
    },
    // Storage, cookie and header NAMES that contain a credential word.
    `export const AUTH_TOKEN = "brightllm_authToken";
localStorage.getItem(AUTH_TOKEN);`,
    `export const AUTH_TOKEN = "anythingllm_authToken";`,
    `export const SESSION_TOKEN = "chatUI2_session_token";
export const API_KEY_STORAGE = "myapp:openai:api-key";`,
    `const API_KEY = "myapp:openai:apiKey2";
export const loadKey = () => window.sessionStorage?.getItem(API_KEY) ?? "";`,
    `import AsyncStorage from "@react-native-async-storage/async-storage";
const TOKEN = ${q(random32)};
export const saveToken = (token) => AsyncStorage.setItem(TOKEN, token);`,
    `import { cookies } from "next/headers";
const REFRESH_TOKEN = ${q(random32)};
export async function GET() {
  return Response.json({ ok: (await cookies()).get(REFRESH_TOKEN) !== undefined });
}`,
    {
      code: `const AUTH_TOKEN = ${q(random32)};
export const readToken = (req: Request) => req.headers.get(AUTH_TOKEN as string);`,
      filename: "file.ts",
    },
    // Redaction markers and stand-ins.
    `export const REDACTED_CREDENTIAL_VALUE = "_MYAPP_BLANK_4c1d7e2a-9b3f-4e8a-b6d2-7f0e1a2b3c4d";`,
    `export const apiKey = ${q(`__REDACTED__${randomChars(64, alphabets.HEX, 322)}`)};`,
    `export const SENTINEL_TOKEN = ${q(`__SENTINEL__${randomChars(20, alphabets.ALNUM, 323)}`)};`,
    `export const maskedApiKey = ${q(random40)};`,
    `const mockCredentials = { dummyToken: ${q(random32)}, fakeApiKey: ${q(random40)}, EXAMPLE_SECRET: ${q(random32)} };`,
    `const headers = { Authorization: ${q(`Bearer REDACTED_${randomChars(16, alphabets.ALNUM, 324)}`)} };`,
    `export function redact(credential) {
  return { ...credential, apiKey: "[REDACTED]", password: "__PLACEHOLDER__" };
}`,
    // Type positions and module specifiers.
    { code: `type LegacyKey = ${q(legacy)};\nlet k: LegacyKey;`, filename: "file.ts" },
    { code: `declare module ${q(google)} {}`, filename: "file.ts" },
    `import data from ${q(`./fixtures/${google}.json`)};`,
    `const mod = require(${q(`./keys/${google}`)});`,
    // Name-based findings are fixtures in tests; provider formats are not (see invalid).
    { code: `const apiKey = ${q(random40)};`, filename: "src/__tests__/client.test.ts" },
    { code: `const apiKey = ${q(random40)};`, filename: `${process.cwd()}/test/fixtures/keys.js` },
    { code: `const token = ${q(fake.jwt())};`, filename: "test/auth.spec.js" },
    // Signing keys from the environment, human-chosen dev values, and HMAC of data with a key from elsewhere.
    `import jwt from "jsonwebtoken";
import { createHmac } from "node:crypto";
const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
const dev = createHmac("sha256", "changeme").update(body).digest("hex");
const digest = createHmac("sha256", key).update("hello world message").digest("hex");`,
    // Browser keys public by design: a Firebase web configuration, Google Maps loaders, a Mapbox public token.
    `import { initializeApp } from "firebase/app";
const firebaseConfig = {
  apiKey: ${q(google)},
  authDomain: "acme-app.firebaseapp.com",
  projectId: "acme-app",
  storageBucket: "acme-app.appspot.com",
  messagingSenderId: "1234567890",
  appId: "1:1234567890:web:5f2c",
};
export const app = initializeApp(firebaseConfig);`,
    { code: `import { Loader } from "@googlemaps/js-api-loader";
import { APIProvider } from "@vis.gl/react-google-maps";
import { useJsApiLoader } from "@react-google-maps/api";
const loader = new Loader({ apiKey: ${q(google)}, version: "weekly" });
export function Map() {
  const { isLoaded } = useJsApiLoader({ googleMapsApiKey: ${q(google)} });
  return <APIProvider apiKey=${q(google)}><div /></APIProvider>;
}`, filename: "map.tsx" },
    `import mapboxgl from "mapbox-gl";
mapboxgl.accessToken = ${q(mapboxPublic)};`,
    // Options.
    { code: `const client = new OpenAI({ apiKey: ${q(openai)} });`, options: [{ allowedPatterns: ["^sk-proj-"] }] },
    { code: `const apiKey = ${q(random40)};`, options: [{ minEntropy: 6 }] },
    { code: `const acme = "acme_not_a_key";`, options: [{ extraPatterns: [{ name: "Acme API key", pattern: "acme_[A-Za-z0-9]{32}" }] }] },
  ],
  invalid: [
    // Provider formats, wherever they sit.
    { code: esmOpenAI, errors: [key("OpenAI project API key", esmOpenAI, q(openai))] },
    { code: cjsOpenAI, errors: [key("OpenAI API key", cjsOpenAI, q(legacy))] },
    { code: anthropicConst, errors: [key("Anthropic API key", anthropicConst, q(anthropic))] },
    { code: geminiUrl, errors: [key("Google API key", geminiUrl, `\`https://generativelanguage.googleapis.com/v1beta/models/\${model}:generateContent?key=${google}\``)] },
    // Signing and HMAC keys passed by position, an encoded Elasticsearch API key, a Google OAuth client secret.
    {
      code: positionalSecrets,
      errors: [
        secret("secret", "sign()", positionalSecrets, q(signingKey)),
        secret("secret", "createHmac()", positionalSecrets, q(hmacKey)),
        secret("secret", "cookieParser()", positionalSecrets, q(cookieSecret)),
      ],
    },
    // Azure AI Search's key credential, a Neo4j password and a Sequelize password passed by position.
    {
      code: databasePositional,
      errors: [
        secret("secret", "AzureKeyCredential", databasePositional, q(searchAdminKey)),
        secret("secret", "auth.basic()", databasePositional, q(neo4jPassword)),
        secret("secret", "Sequelize()", databasePositional, q(sequelizePassword)),
      ],
    },
    {
      code: elasticAndOauth,
      errors: [secret("secret", "apiKey", elasticAndOauth, q(elasticKey)), key("Google OAuth client secret", elasticAndOauth, q(googleOauthSecret))],
    },
    // The same Google key format outside a browser configuration is a Gemini or Cloud key.
    { code: geminiBesideMaps, errors: [key("Google API key", geminiBesideMaps, q(google))] },
    { code: firebaseWithoutShape, errors: [key("Google API key", firebaseWithoutShape, q(google)), key("Google API key", firebaseWithoutShape, q(google), 1)] },
    { code: bearerHeader, errors: [key("OpenAI project API key", bearerHeader, q(`Bearer ${openai}`))] },
    { code: envText, errors: [key("OpenAI project API key", envText, envText.slice(envText.indexOf("`"), envText.lastIndexOf("`") + 1))] },
    { code: hfClient, errors: [key("Hugging Face access token", hfClient, q(hf))] },
    { code: groqCompatible, errors: [key("Groq API key", groqCompatible, q(groq))] },
    { code: langsmithEnv, errors: [key("LangSmith API key", langsmithEnv, q(fake.langsmith()))] },
    { code: pineconeClient, errors: [key("Pinecone API key", pineconeClient, q(fake.pinecone()))] },
    {
      code: awsClient,
      errors: [key("AWS access key ID", awsClient, q(fake.awsAccessKeyId())), key("AWS secret access key", awsClient, q(awsKeys))],
    },
    { code: bedrockKey, errors: [key("Amazon Bedrock API key", bedrockKey, q(fake.awsBedrock()))] },
    { code: githubOctokit, errors: [key("GitHub token", githubOctokit, q(fake.github()))] },
    { code: slackWebhook, errors: [key("Slack webhook URL", slackWebhook, q(fake.slackWebhook()))] },
    { code: slackBot, errors: [key("Slack token", slackBot, q(fake.slackBot()))] },
    { code: stripeLive, errors: [key("Stripe live secret key", stripeLive, q(fake.stripeLive()))] },
    { code: stripeTest, errors: [key("Stripe test-mode secret key", stripeTest, q(fake.stripeTest()))] },
    { code: npmrc, errors: [key("npm access token", npmrc, q(`//registry.npmjs.org/:_authToken=${fake.npm()}`))] },
    { code: vaultToken, errors: [key("HashiCorp Vault token", vaultToken, q(fake.vault()))] },
    { code: pemTemplate, errors: [key("private key", pemTemplate, `\`${fake.privateKey(304, "EC")}\``)] },
    { code: serviceAccount, errors: [key("private key", serviceAccount, q(fake.privateKey(305, "")))] },
    { code: tsEnum, filename: "file.ts", errors: [key("OpenAI project API key", tsEnum, q(openai))] },
    { code: providerInTest, filename: "src/__tests__/client.test.ts", errors: [key("OpenAI project API key", providerInTest, q(openai))] },
    { code: genericConst, filename: `${process.cwd()}/src/config.js`, errors: [secret("secret", "apiKey", genericConst, q(random40))] },
    // JWTs: where a name says credential, or carrying a service role.
    { code: jwtNamed, errors: [key("JSON Web Token", jwtNamed, q(fake.jwt({ sub: "ingest-worker", scope: "vectors:write" })))] },
    {
      code: supabaseServiceRole,
      errors: [key("JSON Web Token", supabaseServiceRole, q(fake.jwt({ iss: "supabase", ref: "abcd", role: "service_role" })))],
    },
    // Connection strings with passwords.
    { code: pgPool, errors: [key("PostgreSQL connection string with a password", pgPool, q(fake.connectionString("postgres", "pgvector.prod.internal:5432")))] },
    { code: mongo, errors: [key("MongoDB connection string with a password", mongo, q(fake.connectionString("mongodb+srv", "cluster0.x1y2z.mongodb.net")))] },
    { code: redisUrl, errors: [key("Redis URL with a password", redisUrl, q(`rediss://:${randomChars(24, alphabets.ALNUM, 306)}@cache.internal:6380`))] },
    // Context-gated formats: the name or the SDK says which provider.
    { code: cohereClient, errors: [key("Cohere API key", cohereClient, q(fake.cohere()))] },
    { code: cohereConst, errors: [key("Cohere API key", cohereConst, q(fake.cohere(307)))] },
    { code: mistralClient, errors: [key("Mistral API key", mistralClient, q(fake.mistral()))] },
    { code: azureClient, errors: [key("Azure OpenAI API key", azureClient, q(fake.azureOpenAI()))] },
    { code: azureCredential, errors: [key("Azure OpenAI API key", azureCredential, q(fake.azureOpenAI(308)))] },
    { code: deepseek, errors: [key("DeepSeek API key", deepseek, q(fake.deepseek()))] },
    // Generic secrets: a secret name, a random-looking value.
    { code: genericConst, errors: [secret("secret", "apiKey", genericConst, q(random40))] },
    {
      code: classField,
      filename: "file.ts",
      errors: [secret("secret", "apiKey", classField, q(random40)), secret("secret", "clientSecret", classField, q(random32))],
    },
    { code: defaultParam, errors: [secret("secret", "token", defaultParam, q(random40))] },
    { code: memberAssign, errors: [secret("secret", "apiKey", memberAssign, q(random40))] },
    { code: envAssign, errors: [secret("secret", "OPENAI_API_KEY", envAssign, q(random40))] },
    { code: envFallbackOr, errors: [secret("secret", "OPENAI_API_KEY", envFallbackOr, q(random40))] },
    { code: envFallbackNullish, errors: [secret("secret", "apiKey", envFallbackNullish, q(random32))] },
    { code: headerObject, errors: [secret("secret", "x-api-key", headerObject, q(random40))] },
    { code: genericBearer, errors: [key("bearer token", genericBearer, q(`Bearer ${random40}`))] },
    { code: curlText, errors: [key("bearer token", curlText, curlText.slice(curlText.indexOf("`"), curlText.lastIndexOf("`") + 1))] },
    { code: headerSet, errors: [secret("credential", "Authorization", headerSet, q(`Token ${random40}`))] },
    { code: headerPairs, errors: [secret("secret", "x-goog-api-key", headerPairs, q(random40))] },
    { code: jsxProp, errors: [secret("secret", "apiKey", jsxProp, q(random32))] },
    { code: ternary, errors: [secret("secret", "apiKey", ternary, q(random40))] },
    { code: followedConst, errors: [secret("secret", "apiKey", followedConst, q(random32))] },
    { code: nodemailer, errors: [secret("password", "pass", nodemailer, q(password))] },
    { code: dbPassword, errors: [secret("password", "dbPassword", dbPassword, q(password))] },
    { code: queryKey, errors: [secret("secret", "api_key", queryKey, q(`https://serpapi.com/search.json?q=llm&api_key=${random40}`))] },
    { code: geminiPositional, errors: [secret("secret", "GoogleGenerativeAI()", geminiPositional, q(random40))] },
    { code: replicateAuth, errors: [secret("secret", "auth", replicateAuth, q(random40))] },
    { code: tsAsConst, filename: "file.ts", errors: [secret("secret", "apiKey", tsAsConst, q(random40))] },
    { code: tsNonNull, filename: "file.ts", errors: [secret("secret", "apiKey", tsNonNull, q(random40))] },
    // Provider formats are keys under any name, in any file shape.
    { code: placeholderText, errors: [key("OpenAI project API key", placeholderText, q(openai))] },
    { code: placeholderKey, errors: [key("OpenAI project API key", placeholderKey, q(openai))] },
    { code: dummyAnthropic, errors: [key("Anthropic API key", dummyAnthropic, q(anthropic))] },
    { code: i18nRealKey, errors: [key("Google API key", i18nRealKey, q(google))] },
    { code: storedProviderKey, errors: [key("OpenAI project API key", storedProviderKey, q(openai))] },
    // Values stored under a name, keyed maps, random text before a credential word, accented passwords.
    { code: storedValue, errors: [secret("secret", "TOKEN", storedValue, q(random40))] },
    { code: mapKeyed, errors: [secret("secret", "AUTH_TOKEN", mapKeyed, q(random32))] },
    { code: randomBeforeName, errors: [secret("secret", "ACCESS_TOKEN", randomBeforeName, q(`${randomChars(20, alphabets.ALNUM, 320)}_authToken`))] },
    { code: accentedPassword, errors: [secret("password", "dbPassword", accentedPassword, q(`${randomChars(10, alphabets.ALNUM, 321)}ñ#7`))] },
    // A key split across literals.
    { code: splitKey, errors: [key("OpenAI project API key", splitKey, `${q(openai.slice(0, 24))} + ${q(openai.slice(24))}`)] },
    // Options.
    {
      code: extraPattern,
      options: [{ extraPatterns: [{ name: "Acme API key", pattern: "acme_[A-Za-z0-9]{32}" }] }],
      errors: [key("Acme API key", extraPattern, q(`acme_${randomChars(32, alphabets.ALNUM, 309)}`))],
    },
    {
      code: genericConst,
      options: [{ minEntropy: 3 }],
      errors: [secret("secret", "apiKey", genericConst, q(random40))],
    },
  ],
});

describe("user patterns that are not valid regular expressions", () => {
  const options = { extraPatterns: [{ name: "Acme API key", pattern: "acme_([" }], allowedPatterns: ["(?<"] };
  const code = `const acme = ${q(`acme_live_${randomChars(8, alphabets.HEX, 318)}`)};`;

  it("are rejected when the configuration is loaded (ESLint 9 and 10)", () => {
    const linter = new Linter({ configType: "flat" });
    const config = [{ plugins: { ai: { rules: { r: rule } } }, rules: { "ai/r": ["error", options] } }];
    expect(() => linter.verify(code, config as never, "file.js")).toThrow(/should match format "regex"/);
  });

  it("are skipped, never thrown per file, where the schema format is not checked (ESLint 8)", () => {
    const { Linter: Linter8 } = createRequire(__filename)("eslint-v8") as {
      Linter: new () => { defineRule(id: string, r: unknown): void; verify(code: string, config: unknown): { message: string }[] };
    };
    const linter = new Linter8();
    linter.defineRule("r", rule);
    const base = { parserOptions: { ecmaVersion: 2022 } };
    expect(linter.verify(code, { ...base, rules: { r: ["error", options] } })).toEqual([]);
    const valid = { extraPatterns: [{ name: "Acme API key", pattern: "acme_live_[0-9a-f]{8}" }] };
    expect(linter.verify(code, { ...base, rules: { r: ["error", valid] } }).map((m) => m.message)).toEqual([
      expect.stringMatching(/^Hard-coded Acme API key in source code: /),
    ]);
  });
});

describe("test files are told by the path inside the project", () => {
  const code = `const apiKey = ${q(random40)};`;
  const config = [{ files: ["**/*.js"], plugins: { ai: { rules: { r: rule } } }, rules: { "ai/r": "error" } }];

  it("reports in a project that is checked out under a directory named test", () => {
    const linter = new Linter({ configType: "flat", cwd: "/tmp/test/rag-app" });
    expect(linter.verify(code, config as never, "/tmp/test/rag-app/src/config.js").map((m) => m.messageId)).toEqual(["hardcodedSecret"]);
  });

  it("is silent on name-based findings in the project's own test folders", () => {
    const linter = new Linter({ configType: "flat", cwd: "/tmp/test/rag-app" });
    expect(linter.verify(code, config as never, "/tmp/test/rag-app/test/config.js")).toEqual([]);
  });
});
