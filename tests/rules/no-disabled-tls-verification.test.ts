import type { InvalidTestCase } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/no-disabled-tls-verification";
import { runRuleTests } from "../rule-tester";
import { locationOf as at } from "../support/locations";

type MessageId = "verificationOptIn" | "suggestVerifyByDefault";

/**
 * An option left off unless a variable is set: reported on `comparison`; with `fixed`, the
 * suggestion rewrites the comparison to that text (verification on by default).
 */
function optIn(
  code: string,
  comparison: string,
  fixed: string | undefined,
  data?: Record<string, string>,
  extra: { filename?: string } = {},
): InvalidTestCase<MessageId, []> {
  return {
    code,
    ...extra,
    errors: [
      {
        messageId: "verificationOptIn",
        ...at(code, comparison),
        ...(data ? { data } : {}),
        suggestions: fixed === undefined ? [] : [{ messageId: "suggestVerifyByDefault", output: code.replace(comparison, fixed) }],
      },
    ],
  };
}

runRuleTests("no-disabled-tls-verification", rule, {
  valid: [
    // verification on, or values that do not disable it in Node
    `new https.Agent({ rejectUnauthorized: true });`,
    `new https.Agent({ ca: fs.readFileSync("/etc/ssl/corp-ca.pem"), rejectUnauthorized: true });`,
    `// Node compares rejectUnauthorized with \`!== false\`: these keep verification on.
tls.connect({ host: "api.example.com", rejectUnauthorized: 0 });
tls.connect({ host: "api.example.com", rejectUnauthorized: null });
tls.connect({ host: "api.example.com", rejectUnauthorized: "" });
tls.connect({ host: "api.example.com", rejectUnauthorized: undefined });`,
    // dynamic and unprovable values
    `new https.Agent({ rejectUnauthorized: opts.verifySsl });`,
    `new https.Agent({ rejectUnauthorized: process.env.TLS_VERIFY !== "false" });`,
    `new https.Agent({ rejectUnauthorized: process.env.X === "prod" });`,
    // verification on unless a variable turns it off, or only off when a variable says so
    `new https.Agent({ rejectUnauthorized: process.env.TLS_VERIFY != 'false' });`,
    `new https.Agent({ rejectUnauthorized: process.env.DB_INSECURE !== "true" });`,
    `new https.Agent({ rejectUnauthorized: !process.env.DISABLE_TLS_VERIFY });`,
    `// Node compares with !== false: a missing variable (undefined) keeps verification on.
new https.Agent({ rejectUnauthorized: process.env.DB_REJECT_UNAUTHORIZED });`,
    `new MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: process.env.MONGO_TLS_INSECURE === "true" });`,
    `new https.Agent({ rejectUnauthorized: config.tls.verify === "true" });`,
    // verification switched per deployment stage: a deliberate development pattern, left alone
    `new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === "production" });`,
    `new https.Agent({ rejectUnauthorized: process.env.APP_ENV === "prod-eu" });`,
    `new https.Agent({ rejectUnauthorized: process.env.IS_PRODUCTION === "true" });`,
    `new https.Agent({ rejectUnauthorized: process.env.DEPLOY_TARGET === "staging" });`,
    `const isProd = Boolean(process.env.PRODUCTION);
new https.Agent({ rejectUnauthorized: isProd });`,
    // opt-in toward loopback, and on server options
    `tls.connect({ host: "localhost", port: 8443, rejectUnauthorized: process.env.LOCAL_TLS_VERIFY === "true" });`,
    `import https from "node:https";
https.createServer({ key, cert, requestCert: true, rejectUnauthorized: process.env.MTLS_REQUIRED === "true" }, handler);`,
    // the comparison is not the option's value
    `const verify = process.env.TLS_VERIFY === "true";
if (!verify) console.warn("TLS verification disabled by TLS_VERIFY");
new https.Agent({ rejectUnauthorized: true });`,
    `const verify = config.tls.verify;
new https.Agent({ rejectUnauthorized: verify });`,
    `function makeAgent(rejectUnauthorized) { return new https.Agent({ rejectUnauthorized }); }`,
    `const { rejectUnauthorized = true } = options;
new https.Agent({ rejectUnauthorized });`,
    `const isProd = process.env.NODE_ENV === "production";
new https.Agent({ rejectUnauthorized: !isProd ? verifyDev : true });`,
    // reads, deletes and safe values of NODE_TLS_REJECT_UNAUTHORIZED
    `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";`,
    `if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === "0") console.warn("TLS verification is off");`,
    `const insecure = process.env["NODE_TLS_REJECT_UNAUTHORIZED"] === "0";`,
    `delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;`,
    `process.env.NODE_TLS_REJECT_UNAUTHORIZED = false;`,
    `// A plain object replacing process.env keeps the number: 0 !== "0".
process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: 0 };`,
    `process.env.NODE_TLS_REJECT_UNAUTHORIZED = process.env.TLS_FLAG;`,
    // strings and comments that only mention the settings
    `// never set rejectUnauthorized: false or NODE_TLS_REJECT_UNAUTHORIZED=0
console.warn("Do not use rejectUnauthorized: false; set NODE_EXTRA_CA_CERTS instead");`,
    `throw new Error("Connection refused: set tlsAllowInvalidCertificates=true only in tests");`,
    `const help = "Try mongodb://localhost/?tlsInsecure=true for local testing";`,
    `console.log("Chrome was started with --ignore-certificate-errors");`,
    // type declarations
    { code: `interface AgentOptions { rejectUnauthorized: false; checkServerIdentity: () => undefined }
type Insecure = { rejectUnauthorized: false; strictSSL: false; tlsInsecure: true };
declare class Legacy { rejectUnauthorized: false }
abstract class Base { abstract rejectUnauthorized: boolean }`, filename: "file.ts" },
    { code: `function connect(options: { rejectUnauthorized?: false }): void {}`, filename: "file.ts" },
    // checkServerIdentity that keeps or adds checks
    `import tls from "node:tls";
const PIN = "AA:BB";
tls.connect({
  host: "api.example.com",
  checkServerIdentity(host, cert) {
    const err = tls.checkServerIdentity(host, cert);
    if (err) return err;
    if (cert.fingerprint256 !== PIN) return new Error("certificate pin mismatch");
    return undefined;
  },
});`,
    `new https.Agent({ checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });`,
    `new https.Agent({ checkServerIdentity: (host, cert) => { if (!allowed.has(host)) throw new Error("unexpected host"); } });`,
    `new https.Agent({ checkServerIdentity: async () => undefined });`,
    `new https.Agent({ checkServerIdentity: verifyPinnedCertificate });`,
    // loopback only
    `tls.connect({ host: "127.0.0.1", port: 8443, rejectUnauthorized: false });`,
    `new WebSocket("wss://localhost:8443/stream", { rejectUnauthorized: false });`,
    `import axios from "axios";
import https from "node:https";
const local = axios.create({ baseURL: "https://localhost:11434", httpsAgent: new https.Agent({ rejectUnauthorized: false }) });`,
    `const client = new MongoClient("mongodb://127.0.0.1:27017/?tls=true&tlsAllowInvalidCertificates=true");`,
    // parsed from a variable that defaults to true
    `new https.Agent({ rejectUnauthorized: JSON.parse(process.env.DB_SSL_VERIFY ?? "true") });`,
    // a ternary whose insecure branch runs only when an operator sets a variable: on by default
    `new https.Agent({ rejectUnauthorized: process.env.SSL_VERIFY === "false" ? false : true });`,
    `new https.Agent({ rejectUnauthorized: process.env.NODE_TLS_REJECT_UNAUTHORIZED === "0" ? false : true });`,
    `new https.Agent({ rejectUnauthorized: process.env.TLS_VERIFY == "0" ? false : true });`,
    `new Pool({ host: "db.prod", ssl: process.env.DB_SSL_INSECURE === "true" ? { rejectUnauthorized: false } : true });`,
    `const insecure = process.env.ALLOW_SELF_SIGNED === "1";
new https.Agent({ rejectUnauthorized: insecure ? false : true });`,
    `const VERIFY = process.env.TLS_VERIFY !== "false" ? true : false;
new https.Agent({ rejectUnauthorized: VERIFY });`,
    `const options = { timeout: 10_000, ...(process.env.ALLOW_SELF_SIGNED === "true" ? { rejectUnauthorized: false } : {}) };`,
    `process.env.NODE_TLS_REJECT_UNAUTHORIZED = process.env.ALLOW_SELF_SIGNED ? "0" : "1";`,
    // an agent or options object in a const, handed only to loopback peers
    `import https from "node:https";
const localAgent = new https.Agent({ rejectUnauthorized: false });
export function chat(body) {
  return fetch("https://localhost:8443/v1/chat", { method: "POST", body, agent: localAgent });
}
export const health = () => https.get("https://127.0.0.1:8443/health", { agent: localAgent });`,
    `import axios from "axios";
import https from "node:https";
const tlsOptions = { rejectUnauthorized: false };
const agent = new https.Agent(tlsOptions);
export const ollama = axios.create({ baseURL: "https://localhost:11434", httpsAgent: agent });`,
    // a Testcontainers container with its self-signed certificate: the peer is on this machine
    `import { ElasticsearchContainer } from "@testcontainers/elasticsearch";
import { Client } from "@elastic/elasticsearch";
const es = await new ElasticsearchContainer("elasticsearch:8.15.0").start();
export const client = new Client({ node: es.getHttpUrl(), tls: { rejectUnauthorized: false } });`,
    `import { GenericContainer } from "testcontainers";
import { Client } from "@elastic/elasticsearch";
const container = await new GenericContainer("elasticsearch:8.15.0").withExposedPorts(9200).start();
export const client = new Client({ node: \`https://\${container.getHost()}:\${container.getMappedPort(9200)}\`, tls: { rejectUnauthorized: false } });`,
    // every Elasticsearch node on loopback
    `import { Client } from "@elastic/elasticsearch";
export const es = new Client({ nodes: ["https://localhost:9200", "https://127.0.0.1:9201"], tls: { rejectUnauthorized: false } });`,
    `import { Client } from "@elastic/elasticsearch";
const NODES = ["https://localhost:9200"];
export const es = new Client({ nodes: NODES, tls: { rejectUnauthorized: false } });`,
    // server-side options: rejectUnauthorized only matters with requestCert, and false means "check socket.authorized yourself"
    `import https from "node:https";
https.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, (req, res) => {
  if (!req.socket.authorized) return res.writeHead(401).end();
  res.end("ok");
});`,
    `const tls = require("tls");
const serverOptions = { key, cert, requestCert: true, rejectUnauthorized: false };
tls.createServer(serverOptions, onSocket).listen(8443);`,
    `const socket = new tls.TLSSocket(raw, { isServer: true, rejectUnauthorized: false });`,
    // server options wherever they are built: requestCert exists only on servers
    `import Fastify from "fastify";
import { readFileSync } from "node:fs";
const app = Fastify({
  https: { key: readFileSync("server.key"), cert: readFileSync("server.crt"), ca: readFileSync("clients-ca.crt"), requestCert: true, rejectUnauthorized: false },
});
app.post("/v1/chat", async (req) => ({ authorized: req.raw.socket.authorized }));`,
    `Bun.serve({
  port: 8443,
  tls: { key: Bun.file("./key.pem"), cert: Bun.file("./cert.pem"), requestCert: true, rejectUnauthorized: false },
  fetch: (req) => new Response("ok"),
});`,
    {
      code: `export function mtlsServerOptions(ca: Buffer) {
  return { key: process.env.TLS_KEY!, cert: process.env.TLS_CERT!, ca, requestCert: true, rejectUnauthorized: false } satisfies https.ServerOptions;
}
export const optional = { SNICallback: pickContext, rejectUnauthorized: ["1", "true"].includes(process.env.MTLS_REQUIRED ?? "") };`,
      filename: "file.ts",
    },
    // a Playwright test-runner configuration or spec: the browser under test
    {
      code: `import { defineConfig, devices } from "@playwright/test";
export default defineConfig({
  testDir: "./e2e",
  use: { baseURL: process.env.E2E_BASE_URL ?? "https://staging.chat.example.com", ignoreHTTPSErrors: true },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], ignoreHTTPSErrors: true } }],
});`,
      filename: "playwright.config.ts",
    },
    `const { test, expect } = require("@playwright/test");
test.use({ ignoreHTTPSErrors: true });
test("chat page answers", async ({ page }) => {
  await page.goto("/chat");
  await expect(page.getByRole("log")).toBeVisible();
});`,
    // TLS to a loopback proxy itself (undici proxyTls), or a loopback target named in requestTls
    `import { ProxyAgent } from "undici";
export const dispatcher = new ProxyAgent({ uri: "https://localhost:8888", proxyTls: { rejectUnauthorized: false } });
export const local = new ProxyAgent({ uri: "http://localhost:8888", requestTls: { servername: "localhost", rejectUnauthorized: false } });`,
    // opt-in forms that verify when the variable is missing
    `const { TLS_VERIFY = "true" } = process.env;
const verify = process.env.TLS_VERIFY ?? "true";
new https.Agent({ rejectUnauthorized: TLS_VERIFY === "true" });
new https.Agent({ rejectUnauthorized: verify === "true" });
new https.Agent({ rejectUnauthorized: ["1", "true"].includes(process.env.TLS_VERIFY ?? "true") });
new https.Agent({ rejectUnauthorized: !/^(0|false)$/i.test(process.env.TLS_VERIFY ?? "") });
new https.Agent({ rejectUnauthorized: /^(|1|true)$/i.test(process.env.TLS_VERIFY ?? "") });`,
    `const v = process.env.TLS_VERIFY;
const { TLS_STRICT } = process.env;
new https.Agent({ rejectUnauthorized: v !== "false" });
new https.Agent({ rejectUnauthorized: TLS_STRICT?.toLowerCase() != "false" });
new https.Agent({ rejectUnauthorized: !["0", "false"].includes(process.env.TLS_VERIFY ?? "") });`,
    // stage switches stay left alone in the new forms too
    `new https.Agent({ rejectUnauthorized: ["production", "staging"].includes(process.env.DEPLOY_TARGET ?? "") });
new https.Agent({ rejectUnauthorized: /^prod/.test(process.env.DEPLOY_TARGET ?? "") });
const { NODE_ENV = "development" } = process.env;
new https.Agent({ rejectUnauthorized: NODE_ENV === "true" });`,
    // other clients with verification on
    `request({ url, strictSSL: true });`,
    `new MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: false, tlsCAFile: "/etc/ssl/mongo-ca.pem" });`,
    `new MongoClient("mongodb+srv://cluster0.example.mongodb.net/rag?retryWrites=true&w=majority");`,
    `new MongoClient(uri, { sslValidate: true });`,
    `const url = "postgres://app@db.example.com/rag?sslmode=verify-full";`,
    `// pg verifies with sslmode=require unless uselibpqcompat=true is set
const url = "postgres://app@db.example.com/rag?sslmode=require";`,
    `const url = "postgres://app@db.example.com/rag?uselibpqcompat=true&sslmode=require&sslrootcert=/etc/ssl/rds-ca.pem";`,
    `const url = "postgres://app@db.example.com/rag?sslmode=NO-VERIFY";`,
    `const url = "mysql://app@db.example.com/rag?sslmode=no-verify";`,
    // PGSSLMODE set to a verifying mode, or to another variable's name
    `process.env.PGSSLMODE = "verify-full";
spawn("psql", [url], { env: { ...process.env, PGSSLMODE: process.env.CI ? "require" : "verify-full" } });
const settings = { PGSSLMODE_HELP: "no-verify" };`,
    `import postgres from "postgres";
const sql = postgres(process.env.DATABASE_URL, { ssl: "verify-full" });
const other = postgres(process.env.DATABASE_URL, { ssl: { ca: fs.readFileSync("/etc/ssl/supabase-ca.pem") } });
const local = postgres("postgres://localhost:5432/dev?sslmode=require");`,
    `import postgres from "postgres";
const sql = postgres("postgres://app@db.example.com/rag?sslmode=require", { ssl: { ca } });`,
    `function postgres(url, options) { return url; }
postgres("postgres://app@db.example.com/rag", { ssl: "require" });`,
    `superagent.get(url).ca(corporateCa).trustLocalhost();`,
    `app.commandLine.appendSwitch("ignore-certificate-errors-spki-list", spkiHashes);
app.commandLine.appendSwitch("allow-insecure-localhost");
app.commandLine.appendSwitch("disable-http-cache");`,
    `session.defaultSession.setCertificateVerifyProc((request, callback) => {
  callback(request.hostname === "internal.example.com" && pinned(request.certificate) ? 0 : -3);
});`,
    `session.defaultSession.setCertificateVerifyProc((request, callback) => callback(-3));`,
    `app.on("certificate-error", (event, webContents, url, error, certificate, callback) => {
  if (url.startsWith("https://intranet.example.com/") && certificate.fingerprint === PINNED) {
    event.preventDefault();
    callback(true);
  } else {
    callback(false);
  }
});`,
    `app.on("certificate-error", (event, webContents, url, error, certificate, callback) => {
  log.warn("certificate error", url, error);
  callback(true);
});`,
    `await puppeteer.launch({ ignoreHTTPSErrors: false, args: ["--no-sandbox"] });`,
    `const milvus = new MilvusClient({ address, ssl: true, tls: { rootCertPath, skipCertCheck: false } });`,
  ],
  invalid: [
    // rejectUnauthorized: AI SDKs and HTTP clients
    {
      code: `import OpenAI from "openai";
import https from "node:https";

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  httpAgent: new https.Agent({ rejectUnauthorized: false }),
});`,
      errors: [
        { messageId: "rejectUnauthorized", line: 6, column: 32, endLine: 6, endColumn: 57, suggestions: [{ messageId: "suggestRemoveSetting", output: `import OpenAI from "openai";
import https from "node:https";

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  httpAgent: new https.Agent({}),
});` }] },
      ],
    },
    {
      code: `import { ChatOpenAI } from "@langchain/openai";
import { Agent } from "https";

export const llm = new ChatOpenAI({
  model: "gpt-4o-mini",
  configuration: {
    baseURL: "https://llm-gateway.corp.example.com/v1",
    httpAgent: new Agent({
      keepAlive: true,
      rejectUnauthorized: false,
    }),
  },
});`,
      errors: [
        { messageId: "rejectUnauthorized", line: 10, column: 7, endLine: 10, endColumn: 32, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { ChatOpenAI } from "@langchain/openai";
import { Agent } from "https";

export const llm = new ChatOpenAI({
  model: "gpt-4o-mini",
  configuration: {
    baseURL: "https://llm-gateway.corp.example.com/v1",
    httpAgent: new Agent({
      keepAlive: true,
    }),
  },
});` }] },
      ],
    },
    {
      code: `const { Pool } = require("pg");

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});
module.exports = { pool };`,
      errors: [
        { messageId: "rejectUnauthorized", line: 5, column: 10, endLine: 5, endColumn: 35, suggestions: [{ messageId: "suggestRemoveSetting", output: `const { Pool } = require("pg");

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: {},
});
module.exports = { pool };` }] },
      ],
    },
    {
      code: `import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: process.env.NODE_ENV === "production" ? { rejectUnauthorized: false } : false,
});`,
      errors: [
        { messageId: "rejectUnauthorized", line: 5, column: 50, endLine: 5, endColumn: 75, suggestions: [{ messageId: "suggestRemoveSetting", output: `import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: process.env.NODE_ENV === "production" ? {} : false,
});` }] },
      ],
    },
    {
      code: `import { Client } from "@elastic/elasticsearch";

const es = new Client({
  node: "https://search.internal.example.com:9200",
  auth: { apiKey: process.env.ES_API_KEY },
  tls: { rejectUnauthorized: false },
});`,
      errors: [
        { messageId: "rejectUnauthorized", line: 6, column: 10, endLine: 6, endColumn: 35, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { Client } from "@elastic/elasticsearch";

const es = new Client({
  node: "https://search.internal.example.com:9200",
  auth: { apiKey: process.env.ES_API_KEY },
  tls: {},
});` }] },
      ],
    },
    {
      code: `import { Client } from "@opensearch-project/opensearch";

const client = new Client({ node: process.env.OPENSEARCH_URL, ssl: { rejectUnauthorized: false } });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 3, column: 70, endLine: 3, endColumn: 95, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { Client } from "@opensearch-project/opensearch";

const client = new Client({ node: process.env.OPENSEARCH_URL, ssl: {} });` }] },
      ],
    },
    {
      code: `import { MilvusClient } from "@zilliz/milvus2-sdk-node";

const milvus = new MilvusClient({
  address: "milvus.prod.example.com:19530",
  ssl: true,
  tls: { rootCertPath: "/etc/ssl/milvus-ca.pem", skipCertCheck: true },
});`,
      errors: [
        { messageId: "clientOptionInsecure", line: 6, column: 50, endLine: 6, endColumn: 69, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { MilvusClient } from "@zilliz/milvus2-sdk-node";

const milvus = new MilvusClient({
  address: "milvus.prod.example.com:19530",
  ssl: true,
  tls: { rootCertPath: "/etc/ssl/milvus-ca.pem" },
});` }] },
      ],
    },
    {
      code: `import axios from "axios";
import https from "node:https";

export const anthropic = axios.create({
  baseURL: "https://api.anthropic.com/v1",
  headers: { "x-api-key": process.env.ANTHROPIC_API_KEY },
  httpsAgent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
});`,
      errors: [
        { messageId: "rejectUnauthorized", line: 7, column: 33, endLine: 7, endColumn: 58, suggestions: [{ messageId: "suggestRemoveSetting", output: `import axios from "axios";
import https from "node:https";

export const anthropic = axios.create({
  baseURL: "https://api.anthropic.com/v1",
  headers: { "x-api-key": process.env.ANTHROPIC_API_KEY },
  httpsAgent: new https.Agent({ keepAlive: true }),
});` }] },
      ],
    },
    {
      code: `import { Agent, setGlobalDispatcher } from "undici";

setGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } }));`,
      errors: [
        { messageId: "rejectUnauthorized", line: 3, column: 44, endLine: 3, endColumn: 69, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { Agent, setGlobalDispatcher } from "undici";

setGlobalDispatcher(new Agent({ connect: {} }));` }] },
      ],
    },
    {
      code: `import got from "got";

const client = got.extend({ prefixUrl: "https://inference.example.com", https: { rejectUnauthorized: false } });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 3, column: 82, endLine: 3, endColumn: 107, suggestions: [{ messageId: "suggestRemoveSetting", output: `import got from "got";

const client = got.extend({ prefixUrl: "https://inference.example.com", https: {} });` }] },
      ],
    },
    {
      code: `import WebSocket from "ws";

const socket = new WebSocket("wss://realtime.example.com/v1/realtime?model=gpt-4o-realtime", {
  headers: { Authorization: "Bearer " + process.env.OPENAI_API_KEY },
  rejectUnauthorized: false,
});`,
      errors: [
        { messageId: "rejectUnauthorized", line: 5, column: 3, endLine: 5, endColumn: 28, suggestions: [{ messageId: "suggestRemoveSetting", output: `import WebSocket from "ws";

const socket = new WebSocket("wss://realtime.example.com/v1/realtime?model=gpt-4o-realtime", {
  headers: { Authorization: "Bearer " + process.env.OPENAI_API_KEY },
});` }] },
      ],
    },
    {
      code: `const tls = require("node:tls");
const socket = tls.connect({ host: "mcp.example.com", port: 443, servername: "mcp.example.com", rejectUnauthorized: false });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 97, endLine: 2, endColumn: 122, suggestions: [{ messageId: "suggestRemoveSetting", output: `const tls = require("node:tls");
const socket = tls.connect({ host: "mcp.example.com", port: 443, servername: "mcp.example.com" });` }] },
      ],
    },
    {
      code: `import https from "node:https";
https.globalAgent.options.rejectUnauthorized = false;`,
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 1, endLine: 2, endColumn: 53, suggestions: [{ messageId: "suggestRemoveSetting", output: `import https from "node:https";
` }] },
      ],
    },
    {
      code: `function configure(agent) {
  agent.options.rejectUnauthorized = false;
}`,
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 3, endLine: 2, endColumn: 43, suggestions: [{ messageId: "suggestRemoveSetting", output: `function configure(agent) {
}` }] },
      ],
    },
    // values proven false
    {
      code: `const VERIFY_TLS = false;
const agent = new (require("https").Agent)({ rejectUnauthorized: VERIFY_TLS });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 46, endLine: 2, endColumn: 76, suggestions: [{ messageId: "suggestRemoveSetting", output: `const VERIFY_TLS = false;
const agent = new (require("https").Agent)({});` }] },
      ],
    },
    {
      code: `const K = "rejectUnauthorized";
const agent = new Agent({ [K]: !1 });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 27, endLine: 2, endColumn: 34, suggestions: [{ messageId: "suggestRemoveSetting", output: `const K = "rejectUnauthorized";
const agent = new Agent({});` }] },
      ],
    },
    {
      code: `const agent = new Agent({ rejectUnauthorized: !!0 });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 1, column: 27, endLine: 1, endColumn: 50, suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] },
      ],
    },
    {
      code: `const agent = new Agent({ rejectUnauthorized: isDev ? false : true });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 1, column: 55, endLine: 1, endColumn: 60, suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] },
      ],
    },
    // a variable that turns TLS on, not one that switches certificate checks: TLS without verification wherever it is set
    {
      code: `const sslConfig = process.env.DB_SSL === "true" ? { rejectUnauthorized: false } : undefined;
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: sslConfig });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`const sslConfig = process.env.DB_SSL === "true" ? { rejectUnauthorized: false } : undefined;
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: sslConfig });`, "rejectUnauthorized: false"), suggestions: [{ messageId: "suggestRemoveSetting", output: `const sslConfig = process.env.DB_SSL === "true" ? {} : undefined;
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: sslConfig });` }] }],
    },
    // a ternary on an environment variable whose insecure branch is the default: the branch taken while the variable is unset
    {
      code: `const agent = new Agent({ rejectUnauthorized: process.env.SSL_VERIFY === "true" ? true : false });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`const agent = new Agent({ rejectUnauthorized: process.env.SSL_VERIFY === "true" ? true : false });`, "false", 0), suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] }],
    },
    // a ternary on an environment variable whose insecure branch is the default: anything but production, and an unset NODE_ENV
    {
      code: `const agent = new Agent({ rejectUnauthorized: process.env.NODE_ENV !== "production" ? false : true });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`const agent = new Agent({ rejectUnauthorized: process.env.NODE_ENV !== "production" ? false : true });`, "false", 0), suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] }],
    },
    // a ternary on an environment variable whose insecure branch is the default: the fallback selects the insecure branch
    {
      code: `const agent = new Agent({ rejectUnauthorized: (process.env.SSL_VERIFY ?? "false") === "false" ? false : true });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`const agent = new Agent({ rejectUnauthorized: (process.env.SSL_VERIFY ?? "false") === "false" ? false : true });`, "false", 2), suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] }],
    },
    {
      code: `const agent = new Agent({ rejectUnauthorized: options.verify ?? false });`,
      errors: [
        { messageId: "rejectUnauthorized", line: 1, column: 65, endLine: 1, endColumn: 70, suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] },
      ],
    },
    {
      code: `const base = { timeout: 10_000 };
const options = { ...base, ...(allowSelfSigned ? { rejectUnauthorized: false } : {}) };`,
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 52, endLine: 2, endColumn: 77, suggestions: [{ messageId: "suggestRemoveSetting", output: `const base = { timeout: 10_000 };
const options = { ...base, ...(allowSelfSigned ? {} : {}) };` }] },
      ],
    },
    {
      code: `const insecure = { rejectUnauthorized: false };
const opts = flag ? insecure : {};`,
      errors: [
        { messageId: "rejectUnauthorized", line: 1, column: 20, endLine: 1, endColumn: 45, suggestions: [{ messageId: "suggestRemoveSetting", output: `const insecure = {};
const opts = flag ? insecure : {};` }] },
      ],
    },
    {
      code: `import https from "node:https";
const agent = new https.Agent({ rejectUnauthorized: false as const });
const other = new https.Agent({ rejectUnauthorized: (false satisfies boolean) });`,
      filename: "file.ts",
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 33, endLine: 2, endColumn: 67, suggestions: [{ messageId: "suggestRemoveSetting", output: `import https from "node:https";
const agent = new https.Agent({});
const other = new https.Agent({ rejectUnauthorized: (false satisfies boolean) });` }] },
        { messageId: "rejectUnauthorized", line: 3, column: 33, endLine: 3, endColumn: 78, suggestions: [{ messageId: "suggestRemoveSetting", output: `import https from "node:https";
const agent = new https.Agent({ rejectUnauthorized: false as const });
const other = new https.Agent({});` }] },
      ],
    },
    {
      code: `import { Agent } from "node:https";

export class LlmGateway {
  private readonly rejectUnauthorized = false;
  private agent = new Agent({ rejectUnauthorized: this.rejectUnauthorized });
}`,
      filename: "file.ts",
      errors: [
        { messageId: "rejectUnauthorized", line: 4, column: 3, endLine: 4, endColumn: 47, suggestions: [] },
      ],
    },
    {
      // A field of another name holds the value: the setting that reads it is reported.
      code: `import { Agent } from "node:https";
export class Gateway {
  private readonly verify = false;
  agent = new Agent({ rejectUnauthorized: this.verify });
}`,
      filename: "file.ts",
      errors: [
        { messageId: "rejectUnauthorized", line: 4, column: 23, endLine: 4, endColumn: 54, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { Agent } from "node:https";
export class Gateway {
  private readonly verify = false;
  agent = new Agent({});
}` }] },
      ],
    },
    {
      code: `class RagClient {
  #rejectUnauthorized = false;
  connect() { return tls.connect({ host: this.host, rejectUnauthorized: this.#rejectUnauthorized }); }
}`,
      errors: [
        { messageId: "rejectUnauthorized", line: 2, column: 3, endLine: 2, endColumn: 31, suggestions: [] },
      ],
    },
    {
      code: `class VectorClient {
  constructor(options) {
    this.options = options;
    this.options.rejectUnauthorized = false;
  }
}`,
      errors: [
        { messageId: "rejectUnauthorized", line: 4, column: 5, endLine: 4, endColumn: 44, suggestions: [{ messageId: "suggestRemoveSetting", output: `class VectorClient {
  constructor(options) {
    this.options = options;
  }
}` }] },
      ],
    },
    // NODE_TLS_REJECT_UNAUTHORIZED
    {
      code: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
import OpenAI from "openai";`,
      errors: [
        { messageId: "envDisablesVerification", line: 1, column: 1, endLine: 1, endColumn: 47, suggestions: [{ messageId: "suggestRemoveSetting", output: `import OpenAI from "openai";` }] },
      ],
    },
    {
      code: `process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;`,
      errors: [
        { messageId: "envDisablesVerification", line: 1, column: 1, endLine: 1, endColumn: 48, suggestions: [{ messageId: "suggestRemoveSetting", output: `` }] },
      ],
    },
    {
      code: `globalThis.process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";`,
      errors: [
        { messageId: "envDisablesVerification", line: 1, column: 1, endLine: 1, endColumn: 58, suggestions: [{ messageId: "suggestRemoveSetting", output: `` }] },
      ],
    },
    {
      code: `const { env } = process;
env.NODE_TLS_REJECT_UNAUTHORIZED = "0";`,
      errors: [
        { messageId: "envDisablesVerification", line: 2, column: 1, endLine: 2, endColumn: 39, suggestions: [{ messageId: "suggestRemoveSetting", output: `const { env } = process;
` }] },
      ],
    },
    {
      code: `import { env } from "node:process";
env.NODE_TLS_REJECT_UNAUTHORIZED ??= "0";`,
      errors: [
        { messageId: "envDisablesVerification", line: 2, column: 1, endLine: 2, endColumn: 41, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { env } from "node:process";
` }] },
      ],
    },
    {
      code: `const KEY = "NODE_TLS_REJECT_UNAUTHORIZED";
process.env[KEY] = "0";`,
      errors: [
        { messageId: "envDisablesVerification", line: 2, column: 1, endLine: 2, endColumn: 23, suggestions: [{ messageId: "suggestRemoveSetting", output: `const KEY = "NODE_TLS_REJECT_UNAUTHORIZED";
` }] },
      ],
    },
    {
      code: `Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: "0", OPENAI_LOG: "debug" });`,
      errors: [
        { messageId: "envDisablesVerification", line: 1, column: 30, endLine: 1, endColumn: 63, suggestions: [{ messageId: "suggestRemoveSetting", output: `Object.assign(process.env, { OPENAI_LOG: "debug" });` }] },
      ],
    },
    {
      code: `process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "0" };`,
      errors: [
        { messageId: "envDisablesVerification", line: 1, column: 33, endLine: 1, endColumn: 66, suggestions: [{ messageId: "suggestRemoveSetting", output: `process.env = { ...process.env };` }] },
      ],
    },
    {
      code: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = process.env.ALLOW_SELF_SIGNED ? "1" : "0";`,
      errors: [
        { messageId: "envDisablesVerification", line: 1, column: 82, endLine: 1, endColumn: 85, suggestions: [{ messageId: "suggestRemoveSetting", output: `` }] },
      ],
    },
    {
      code: `if (process.env.NODE_ENV !== "production") process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";`,
      errors: [
        { messageId: "envDisablesVerification", line: 1, column: 44, endLine: 1, endColumn: 90, suggestions: [] },
      ],
    },
    {
      code: `const { spawn } = require("node:child_process");
const worker = spawn("node", ["embed-worker.js"], {
  env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: 0 },
});`,
      errors: [
        { messageId: "envDisablesVerification", line: 3, column: 26, endLine: 3, endColumn: 57, suggestions: [{ messageId: "suggestRemoveSetting", output: `const { spawn } = require("node:child_process");
const worker = spawn("node", ["embed-worker.js"], {
  env: { ...process.env },
});` }] },
      ],
    },
    {
      code: `import { execa } from "execa";
await execa("npx", ["tsx", "ingest.ts"], { env: { NODE_TLS_REJECT_UNAUTHORIZED: "0" } });`,
      errors: [
        { messageId: "envDisablesVerification", line: 2, column: 51, endLine: 2, endColumn: 84, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { execa } from "execa";
await execa("npx", ["tsx", "ingest.ts"], { env: {} });` }] },
      ],
    },
    // checkServerIdentity
    {
      code: `import tls from "node:tls";
const socket = tls.connect({ host: "api.example.com", port: 443, checkServerIdentity: () => undefined });`,
      errors: [
        { messageId: "acceptAllServerIdentity", line: 2, column: 66, endLine: 2, endColumn: 102, suggestions: [{ messageId: "suggestRemoveSetting", output: `import tls from "node:tls";
const socket = tls.connect({ host: "api.example.com", port: 443 });` }] },
      ],
    },
    {
      code: `import https from "node:https";
const agent = new https.Agent({
  checkServerIdentity(host, cert) {
    console.debug("connected to", host, cert.subject);
  },
});`,
      errors: [
        { messageId: "acceptAllServerIdentity", line: 3, column: 3, endLine: 5, endColumn: 4, suggestions: [{ messageId: "suggestRemoveSetting", output: `import https from "node:https";
const agent = new https.Agent({
});` }] },
      ],
    },
    {
      code: `const acceptAll = () => {};
const agent = new Agent({ checkServerIdentity: acceptAll });`,
      errors: [
        { messageId: "acceptAllServerIdentity", line: 2, column: 27, endLine: 2, endColumn: 57, suggestions: [{ messageId: "suggestRemoveSetting", output: `const acceptAll = () => {};
const agent = new Agent({});` }] },
      ],
    },
    {
      code: `function skipHostnameCheck() {
  return;
}
const agent = new Agent({ checkServerIdentity: skipHostnameCheck });`,
      errors: [
        { messageId: "acceptAllServerIdentity", line: 4, column: 27, endLine: 4, endColumn: 65, suggestions: [{ messageId: "suggestRemoveSetting", output: `function skipHostnameCheck() {
  return;
}
const agent = new Agent({});` }] },
      ],
    },
    {
      code: `const agent = new Agent({ checkServerIdentity: (host, cert) => { tls.checkServerIdentity(host, cert); } });`,
      errors: [
        { messageId: "acceptAllServerIdentity", line: 1, column: 27, endLine: 1, endColumn: 104, suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] },
      ],
    },
    {
      code: `const agent = new Agent({ checkServerIdentity: pinned ? verifyPin : () => null });`,
      errors: [
        { messageId: "acceptAllServerIdentity", line: 1, column: 69, endLine: 1, endColumn: 79, suggestions: [{ messageId: "suggestRemoveSetting", output: `const agent = new Agent({});` }] },
      ],
    },
    {
      code: `import tls from "node:tls";
tls.checkServerIdentity = () => undefined;`,
      errors: [
        { messageId: "acceptAllServerIdentity", line: 2, column: 1, endLine: 2, endColumn: 42, suggestions: [{ messageId: "suggestRemoveSetting", output: `import tls from "node:tls";
` }] },
      ],
    },
    // verification left off unless an environment variable is set
    optIn(
      `export const ssl = { rejectUnauthorized: JSON.parse(process.env.DB_SSL_VERIFY ?? "false") };`,
      'JSON.parse(process.env.DB_SSL_VERIFY ?? "false")',
      undefined,
      { option: "rejectUnauthorized", variable: "DB_SSL_VERIFY", condition: "parses as JSON `true`", example: "process.env.DB_SSL_VERIFY !== 'false'" },
    ),
    optIn(
      `export const dbSsl = () => ({
  rejectUnauthorized: process.env.DB_REJECT_UNAUTHORIZED === "true",
  ca: Buffer.from(process.env.DB_CA_BASE64 ?? "", "base64"),
});`,
      'process.env.DB_REJECT_UNAUTHORIZED === "true"',
      'process.env.DB_REJECT_UNAUTHORIZED !== "false"',
      { option: "rejectUnauthorized", variable: "DB_REJECT_UNAUTHORIZED", condition: "is 'true'", example: 'process.env.DB_REJECT_UNAUTHORIZED !== "false"' },
      { filename: "file.ts" },
    ),
    optIn(
      `import pg from "pg";
import { PGVectorStore } from "@langchain/pgvector";

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: process.env.PG_SSL_VERIFY == 'true', ca: process.env.PG_CA_CERT },
});
export const store = await PGVectorStore.initialize(embeddings, { pool, tableName: "documents" });`,
      "process.env.PG_SSL_VERIFY == 'true'",
      "process.env.PG_SSL_VERIFY != 'false'",
      { option: "rejectUnauthorized", variable: "PG_SSL_VERIFY", condition: "is 'true'", example: "process.env.PG_SSL_VERIFY != 'false'" },
    ),
    optIn(
      `const https = require("https");
const OpenAI = require("openai");
const openai = new OpenAI({
  baseURL: process.env.LLM_GATEWAY_URL,
  httpAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: process.env.GATEWAY_TLS_VERIFY === "1" }),
});`,
      'process.env.GATEWAY_TLS_VERIFY === "1"',
      'process.env.GATEWAY_TLS_VERIFY !== "0"',
    ),
    optIn(
      `import axios from "axios";
import { Agent } from "node:https";
export const http = axios.create({ httpsAgent: new Agent({ rejectUnauthorized: process.env.VERIFY_CERTS === 'yes' }) });`,
      "process.env.VERIFY_CERTS === 'yes'",
      "process.env.VERIFY_CERTS !== 'no'",
    ),
    optIn(
      `new https.Agent({ rejectUnauthorized: "true" === process.env.TLS_VERIFY });`,
      '"true" === process.env.TLS_VERIFY',
      '"false" !== process.env.TLS_VERIFY',
    ),
    optIn(
      `new https.Agent({ rejectUnauthorized: process.env.TLS_VERIFY?.toLowerCase() === "true" });`,
      'process.env.TLS_VERIFY?.toLowerCase() === "true"',
      'process.env.TLS_VERIFY?.toLowerCase() !== "false"',
      { option: "rejectUnauthorized", variable: "TLS_VERIFY", condition: "is 'true'", example: 'process.env.TLS_VERIFY !== "false"' },
    ),
    optIn(
      `new https.Agent({ rejectUnauthorized: String(process.env.TLS_VERIFY).trim() === "TRUE" });`,
      'String(process.env.TLS_VERIFY).trim() === "TRUE"',
      'String(process.env.TLS_VERIFY).trim() !== "FALSE"',
    ),
    optIn(
      `const agent = new https.Agent({ rejectUnauthorized: import.meta.env.VITE_TLS_VERIFY === "on" });`,
      'import.meta.env.VITE_TLS_VERIFY === "on"',
      'import.meta.env.VITE_TLS_VERIFY !== "off"',
    ),
    // Boolean() and !! are false for a missing or empty variable: same default, no safe rewrite.
    optIn(
      `new https.Agent({ rejectUnauthorized: Boolean(process.env.TLS_VERIFY) });`,
      "Boolean(process.env.TLS_VERIFY)",
      undefined,
      { option: "rejectUnauthorized", variable: "TLS_VERIFY", condition: "is set to a non-empty value", example: "process.env.TLS_VERIFY !== 'false'" },
    ),
    optIn(`tls.connect({ host: "api.example.com", port: 443, rejectUnauthorized: !!process.env.TLS_VERIFY });`, "!!process.env.TLS_VERIFY", undefined),
    // A word without a known opposite: reported, no suggestion.
    optIn(
      `new https.Agent({ rejectUnauthorized: process.env.TLS_MODE === "strict" });`,
      'process.env.TLS_MODE === "strict"',
      undefined,
      { option: "rejectUnauthorized", variable: "TLS_MODE", condition: "is 'strict'", example: 'process.env.TLS_MODE !== "false"' },
    ),
    // Through a constant (reported once, where the comparison is written) and a ternary branch.
    optIn(
      `const verifyTls = process.env.VERIFY_TLS === "true";
export const llmAgent = new https.Agent({ rejectUnauthorized: verifyTls });
export const vectorAgent = new https.Agent({ rejectUnauthorized: verifyTls, keepAlive: true });`,
      'process.env.VERIFY_TLS === "true"',
      'process.env.VERIFY_TLS !== "false"',
    ),
    optIn(
      `const pinned = Boolean(process.env.CA_BUNDLE);
new https.Agent({ ca: process.env.CA_BUNDLE, rejectUnauthorized: pinned ? true : process.env.TLS_VERIFY === "true" });`,
      'process.env.TLS_VERIFY === "true"',
      'process.env.TLS_VERIFY !== "false"',
    ),
    // strictSSL and the other options that verify when true.
    optIn(
      `const request = require("request");
request({ url: "https://api.example.com/v1/embeddings", strictSSL: process.env.STRICT_SSL === "true", json: true }, callback);`,
      'process.env.STRICT_SSL === "true"',
      'process.env.STRICT_SSL !== "false"',
      { option: "strictSSL", variable: "STRICT_SSL", condition: "is 'true'", example: 'process.env.STRICT_SSL !== "false"' },
    ),
    optIn(
      `new MongoClient(process.env.MONGODB_URI, { tls: true, sslValidate: process.env.MONGO_SSL_VALIDATE === "true" });`,
      'process.env.MONGO_SSL_VALIDATE === "true"',
      'process.env.MONGO_SSL_VALIDATE !== "false"',
    ),
    // strictSSL and other clients
    {
      code: `const request = require("request");
request({ url: "https://api.example.com/v1/embeddings", strictSSL: false, json: true }, callback);`,
      errors: [
        { messageId: "strictSslOff", line: 2, column: 57, endLine: 2, endColumn: 73, suggestions: [{ messageId: "suggestRemoveSetting", output: `const request = require("request");
request({ url: "https://api.example.com/v1/embeddings", json: true }, callback);` }] },
      ],
    },
    {
      code: `import * as lancedb from "@lancedb/lancedb";
const db = await lancedb.connect("db://rag-index", {
  apiKey: process.env.LANCEDB_API_KEY,
  clientConfig: { tlsConfig: { assertHostname: false } },
});`,
      errors: [
        { messageId: "clientOptionInsecure", line: 4, column: 32, endLine: 4, endColumn: 53, suggestions: [{ messageId: "suggestRemoveSetting", output: `import * as lancedb from "@lancedb/lancedb";
const db = await lancedb.connect("db://rag-index", {
  apiKey: process.env.LANCEDB_API_KEY,
  clientConfig: { tlsConfig: {} },
});` }] },
      ],
    },
    // MongoDB
    {
      code: `import { MongoClient } from "mongodb";
const client = new MongoClient(process.env.MONGODB_URI, { tls: true, tlsAllowInvalidCertificates: true });`,
      errors: [
        { messageId: "mongoInsecure", line: 2, column: 70, endLine: 2, endColumn: 103, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { MongoClient } from "mongodb";
const client = new MongoClient(process.env.MONGODB_URI, { tls: true });` }] },
      ],
    },
    {
      code: `import mongoose from "mongoose";
await mongoose.connect(uri, { tlsInsecure: true, tlsAllowInvalidHostnames: "true", sslValidate: false });`,
      errors: [
        { messageId: "mongoInsecure", line: 2, column: 31, endLine: 2, endColumn: 48, suggestions: [{ messageId: "suggestRemoveSetting", output: `import mongoose from "mongoose";
await mongoose.connect(uri, { tlsAllowInvalidHostnames: "true", sslValidate: false });` }] },
        { messageId: "mongoInsecure", line: 2, column: 50, endLine: 2, endColumn: 82, suggestions: [{ messageId: "suggestRemoveSetting", output: `import mongoose from "mongoose";
await mongoose.connect(uri, { tlsInsecure: true, sslValidate: false });` }] },
        { messageId: "mongoInsecure", line: 2, column: 84, endLine: 2, endColumn: 102, suggestions: [{ messageId: "suggestRemoveSetting", output: `import mongoose from "mongoose";
await mongoose.connect(uri, { tlsInsecure: true, tlsAllowInvalidHostnames: "true" });` }] },
      ],
    },
    {
      code: `const client = new MongoClient(uri, { TLSAllowInvalidCertificates: "yes" });`,
      errors: [
        { messageId: "mongoInsecure", line: 1, column: 39, endLine: 1, endColumn: 73, suggestions: [{ messageId: "suggestRemoveSetting", output: `const client = new MongoClient(uri, {});` }] },
      ],
    },
    {
      code: `const uri = "mongodb+srv://cluster0.example.mongodb.net/rag?retryWrites=true&tlsAllowInvalidCertificates=true";`,
      errors: [
        { messageId: "mongoInsecure", line: 1, column: 13, endLine: 1, endColumn: 111, suggestions: [] },
      ],
    },
    {
      code: `const HOST = "cluster0.example.mongodb.net";
const client = new MongoClient(\`mongodb+srv://\${user}:\${password}@\${HOST}/chat?tls=true&TLSInsecure=TRUE\`);`,
      errors: [
        { messageId: "mongoInsecure", line: 2, column: 32, endLine: 2, endColumn: 106, suggestions: [] },
      ],
    },
    {
      code: `const uri = process.env.MONGODB_URL + "&tlsAllowInvalidHostnames=true";`,
      errors: [
        { messageId: "mongoInsecure", line: 1, column: 39, endLine: 1, endColumn: 71, suggestions: [] },
      ],
    },
    // Postgres connection strings
    {
      code: `const pool = new Pool({ connectionString: "postgres://app@db.example.com:5432/vectors?sslmode=no-verify" });`,
      errors: [
        { messageId: "pgNoVerify", line: 1, column: 43, endLine: 1, endColumn: 105, suggestions: [] },
      ],
    },
    {
      code: `const url = \`postgresql://\${user}:\${password}@\${host}/rag?sslmode=no-verify\`;`,
      errors: [
        { messageId: "pgNoVerify", line: 1, column: 13, endLine: 1, endColumn: 77, suggestions: [] },
      ],
    },
    // PGSSLMODE: node-postgres reads it when a client has no ssl option (no removal suggestion: without it pg uses no TLS)
    {
      code: `process.env.PGSSLMODE = "no-verify";
process.env["PGSSLMODE"] = process.env.CI ? "require" : "no-verify";
spawn("pg_dump", [db], { env: { ...process.env, PGSSLMODE: "no-verify" } });`,
      errors: [
        { messageId: "pgNoVerify", data: { setting: "PGSSLMODE=no-verify" }, line: 1, column: 1, endLine: 1, endColumn: 36, suggestions: [] },
        { messageId: "pgNoVerify", data: { setting: "PGSSLMODE=no-verify" }, line: 2, column: 57, endLine: 2, endColumn: 68, suggestions: [] },
        { messageId: "pgNoVerify", data: { setting: "PGSSLMODE=no-verify" }, line: 3, column: 49, endLine: 3, endColumn: 71, suggestions: [] },
      ],
    },
    {
      code: `const url = "postgres://app@db.example.com/rag?uselibpqcompat=true&sslmode=require";`,
      errors: [
        { messageId: "pgNoVerify", line: 1, column: 13, endLine: 1, endColumn: 84, suggestions: [] },
      ],
    },
    {
      code: `import postgres from "postgres";
const sql = postgres(process.env.DATABASE_URL, { ssl: "require", max: 10 });`,
      errors: [
        { messageId: "pgNoVerify", line: 2, column: 50, endLine: 2, endColumn: 64, suggestions: [] },
      ],
    },
    {
      code: `const postgres = require("postgres");
const sql = postgres("postgres://app@db.example.supabase.co:5432/postgres?sslmode=require");`,
      errors: [
        { messageId: "pgNoVerify", line: 2, column: 22, endLine: 2, endColumn: 91, suggestions: [] },
      ],
    },
    // superagent
    {
      code: `import superagent from "superagent";
const res = await superagent.post("https://api.example.com/v1/chat").disableTLSCerts().send({ prompt });`,
      errors: [
        { messageId: "superagentDisableCerts", line: 2, column: 70, endLine: 2, endColumn: 87, suggestions: [{ messageId: "suggestRemoveCall", output: `import superagent from "superagent";
const res = await superagent.post("https://api.example.com/v1/chat").send({ prompt });` }] },
      ],
    },
    // Electron
    {
      code: `import { app } from "electron";
app.commandLine.appendSwitch("ignore-certificate-errors");`,
      errors: [
        { messageId: "ignoreCertificateErrorsSwitch", line: 2, column: 30, endLine: 2, endColumn: 57, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { app } from "electron";
` }] },
      ],
    },
    {
      code: `const { app, session } = require("electron");
app.whenReady().then(() => {
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    callback(0);
  });
});`,
      errors: [
        { messageId: "electronAcceptsAll", line: 4, column: 5, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      code: `import { app } from "electron";
app.on("certificate-error", (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});`,
      errors: [
        { messageId: "electronAcceptsAll", line: 4, column: 3, endLine: 4, endColumn: 17, suggestions: [] },
      ],
    },
    {
      code: `win.webContents.on("certificate-error", (event, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});`,
      errors: [
        { messageId: "electronAcceptsAll", line: 3, column: 3, endLine: 3, endColumn: 17, suggestions: [] },
      ],
    },
    // browsers driven by agents
    {
      code: `import puppeteer from "puppeteer";
const browser = await puppeteer.launch({
  headless: true,
  args: ["--no-sandbox", "--ignore-certificate-errors"],
});`,
      errors: [
        { messageId: "ignoreCertificateErrorsSwitch", line: 4, column: 26, endLine: 4, endColumn: 55, suggestions: [{ messageId: "suggestRemoveSetting", output: `import puppeteer from "puppeteer";
const browser = await puppeteer.launch({
  headless: true,
  args: ["--no-sandbox"],
});` }] },
      ],
    },
    // opt-in forms: a const, a destructured binding with a false default, membership and regex tests
    optIn(
      `const verifyTls = process.env.TLS_VERIFY;
export const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: verifyTls === "true" });`,
      'verifyTls === "true"',
      'verifyTls !== "false"',
      { option: "rejectUnauthorized", variable: "TLS_VERIFY", condition: "is 'true'", example: 'verifyTls !== "false"' },
    ),
    optIn(
      `const { TLS_VERIFY = "false" } = process.env;
export const agent = new https.Agent({ rejectUnauthorized: TLS_VERIFY === "true" });`,
      'TLS_VERIFY === "true"',
      undefined,
      { option: "rejectUnauthorized", variable: "TLS_VERIFY", condition: "is 'true'", example: 'TLS_VERIFY !== "false"' },
    ),
    optIn(
      `import { Pool } from "pg";
export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: ["1", "true"].includes(process.env.PG_SSL_VERIFY ?? "") },
});`,
      '["1", "true"].includes(process.env.PG_SSL_VERIFY ?? "")',
      undefined,
      { option: "rejectUnauthorized", variable: "PG_SSL_VERIFY", condition: "is one of '1', 'true'", example: "process.env.PG_SSL_VERIFY !== 'false'" },
    ),
    optIn(
      `const TRUTHY = new Set(["1", "true", "yes"]);
export const agent = new https.Agent({ rejectUnauthorized: TRUTHY.has(process.env.GATEWAY_TLS_VERIFY?.toLowerCase() ?? "") });`,
      'TRUTHY.has(process.env.GATEWAY_TLS_VERIFY?.toLowerCase() ?? "")',
      undefined,
    ),
    optIn(
      `import { Agent } from "undici";
export const dispatcher = new Agent({ connect: { rejectUnauthorized: /^(1|true)$/i.test(process.env.LLM_TLS_VERIFY ?? "") } });`,
      '/^(1|true)$/i.test(process.env.LLM_TLS_VERIFY ?? "")',
      undefined,
      { option: "rejectUnauthorized", variable: "LLM_TLS_VERIFY", condition: "matches /^(1|true)$/i", example: "process.env.LLM_TLS_VERIFY !== 'false'" },
    ),
    optIn(
      `export const agent = new https.Agent({ rejectUnauthorized: (process.env.TLS_VERIFY ?? "false") === "true" });`,
      '(process.env.TLS_VERIFY ?? "false") === "true"',
      undefined,
    ),
    // handshakeTimeout is also a ws client option: not a sign of server options
    {
      code: `import WebSocket from "ws";
const socket = new WebSocket("wss://realtime.example.com/v1/stream", { handshakeTimeout: 10_000, rejectUnauthorized: false });`,
      errors: [
        {
          messageId: "rejectUnauthorized",
          ...at(`import WebSocket from "ws";
const socket = new WebSocket("wss://realtime.example.com/v1/stream", { handshakeTimeout: 10_000, rejectUnauthorized: false });`, "rejectUnauthorized: false"),
          suggestions: [{ messageId: "suggestRemoveSetting", output: `import WebSocket from "ws";
const socket = new WebSocket("wss://realtime.example.com/v1/stream", { handshakeTimeout: 10_000 });` }],
        },
      ],
    },
    // an agent or nodes list not provably loopback-only: one use toward a remote host
    {
      code: `import https from "node:https";
const agent = new https.Agent({ rejectUnauthorized: false });
export const local = () => https.get("https://localhost:8443/health", { agent });
export const remote = () => https.get("https://api.openai.com/v1/models", { agent });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`import https from "node:https";
const agent = new https.Agent({ rejectUnauthorized: false });
export const local = () => https.get("https://localhost:8443/health", { agent });
export const remote = () => https.get("https://api.openai.com/v1/models", { agent });`, "rejectUnauthorized: false"), suggestions: [{ messageId: "suggestRemoveSetting", output: `import https from "node:https";
const agent = new https.Agent({});
export const local = () => https.get("https://localhost:8443/health", { agent });
export const remote = () => https.get("https://api.openai.com/v1/models", { agent });` }] }],
    },
    // an agent or nodes list not provably loopback-only: exported: other files may use it anywhere
    {
      code: `import https from "node:https";
export const agent = new https.Agent({ rejectUnauthorized: false });
export const local = () => https.get("https://localhost:8443/health", { agent });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`import https from "node:https";
export const agent = new https.Agent({ rejectUnauthorized: false });
export const local = () => https.get("https://localhost:8443/health", { agent });`, "rejectUnauthorized: false"), suggestions: [{ messageId: "suggestRemoveSetting", output: `import https from "node:https";
export const agent = new https.Agent({});
export const local = () => https.get("https://localhost:8443/health", { agent });` }] }],
    },
    // an agent or nodes list not provably loopback-only: one use toward a host known only at run time
    {
      code: `import https from "node:https";
const agent = new https.Agent({ rejectUnauthorized: false });
export const local = () => https.get("https://localhost:8443/health", { agent });
export const forward = (url) => https.get(url, { agent });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`import https from "node:https";
const agent = new https.Agent({ rejectUnauthorized: false });
export const local = () => https.get("https://localhost:8443/health", { agent });
export const forward = (url) => https.get(url, { agent });`, "rejectUnauthorized: false"), suggestions: [{ messageId: "suggestRemoveSetting", output: `import https from "node:https";
const agent = new https.Agent({});
export const local = () => https.get("https://localhost:8443/health", { agent });
export const forward = (url) => https.get(url, { agent });` }] }],
    },
    // an agent or nodes list not provably loopback-only: a node known only at run time
    {
      code: `import { Client } from "@elastic/elasticsearch";
export const es = new Client({ nodes: ["https://localhost:9200", process.env.ES_NODE], tls: { rejectUnauthorized: false } });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`import { Client } from "@elastic/elasticsearch";
export const es = new Client({ nodes: ["https://localhost:9200", process.env.ES_NODE], tls: { rejectUnauthorized: false } });`, "rejectUnauthorized: false"), suggestions: [{ messageId: "suggestRemoveSetting", output: `import { Client } from "@elastic/elasticsearch";
export const es = new Client({ nodes: ["https://localhost:9200", process.env.ES_NODE], tls: {} });` }] }],
    },
    // the same method name outside a Testcontainers file proves nothing
    {
      code: `import { Client } from "@elastic/elasticsearch";
export const client = new Client({ node: cluster.getHttpUrl(), tls: { rejectUnauthorized: false } });`,
      errors: [{ messageId: "rejectUnauthorized", ...at(`import { Client } from "@elastic/elasticsearch";
export const client = new Client({ node: cluster.getHttpUrl(), tls: { rejectUnauthorized: false } });`, "rejectUnauthorized: false"), suggestions: [{ messageId: "suggestRemoveSetting", output: `import { Client } from "@elastic/elasticsearch";
export const client = new Client({ node: cluster.getHttpUrl(), tls: {} });` }] }],
    },
    // a loopback proxy does not make the target behind it local
    {
      code: `import { ProxyAgent, setGlobalDispatcher } from "undici";
setGlobalDispatcher(new ProxyAgent({ uri: "http://localhost:8888", requestTls: { rejectUnauthorized: false } }));`,
      errors: [
        {
          messageId: "rejectUnauthorized",
          ...at(`import { ProxyAgent, setGlobalDispatcher } from "undici";
setGlobalDispatcher(new ProxyAgent({ uri: "http://localhost:8888", requestTls: { rejectUnauthorized: false } }));`, "rejectUnauthorized: false"),
          suggestions: [{ messageId: "suggestRemoveSetting", output: `import { ProxyAgent, setGlobalDispatcher } from "undici";
setGlobalDispatcher(new ProxyAgent({ uri: "http://localhost:8888", requestTls: {} }));` }],
        },
      ],
    },
    {
      code: `const { HttpsProxyAgent } = require("https-proxy-agent");
const OpenAI = require("openai");
const openai = new OpenAI({ httpAgent: new HttpsProxyAgent("http://127.0.0.1:8080", { rejectUnauthorized: false }) });`,
      errors: [
        {
          messageId: "rejectUnauthorized",
          ...at(`const { HttpsProxyAgent } = require("https-proxy-agent");
const OpenAI = require("openai");
const openai = new OpenAI({ httpAgent: new HttpsProxyAgent("http://127.0.0.1:8080", { rejectUnauthorized: false }) });`, "rejectUnauthorized: false"),
          suggestions: [{ messageId: "suggestRemoveSetting", output: `const { HttpsProxyAgent } = require("https-proxy-agent");
const OpenAI = require("openai");
const openai = new OpenAI({ httpAgent: new HttpsProxyAgent("http://127.0.0.1:8080", {}) });` }],
        },
      ],
    },
    // the playwright library driven by an app is an agent browsing, not a test
    {
      code: `import { chromium } from "playwright";
const browser = await chromium.launch();
const context = await browser.newContext({ ignoreHTTPSErrors: true });`,
      errors: [
        { messageId: "browserIgnoresCertErrors", line: 3, column: 44, endLine: 3, endColumn: 67, suggestions: [{ messageId: "suggestRemoveSetting", output: `import { chromium } from "playwright";
const browser = await chromium.launch();
const context = await browser.newContext({});` }] },
      ],
    },
  ],
});
