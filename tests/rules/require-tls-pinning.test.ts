import rule from "../../src/rules/require-tls-pinning";
import { runRuleTests } from "../rule-tester";

type MessageId = "missingPin" | "pinWithoutHostnameCheck" | "sdkDefaultTls" | "sdkDefaultTlsNoHook";

/**
 * An expected report on the `nth` occurrence of `text` in `code` (0-based), with its full location.
 * Throws when the text is not there, so a typo cannot make a case pass.
 */
function at(code: string, messageId: MessageId, text: string, nth = 0) {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (#${nth}) is not in the test code`);
  }
  const before = code.slice(0, index).split("\n");
  const inside = text.split("\n");
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const endLine = line + inside.length - 1;
  const endColumn = inside.length === 1 ? column + text.length : inside[inside.length - 1]!.length + 1;
  return { messageId, line, column, endLine, endColumn };
}

// A checkServerIdentity that pins: the standard check first, then the public-key hash.
const PINNED_CHECK = `function checkPins(host, cert) {
  const error = tls.checkServerIdentity(host, cert);
  if (error) return error;
  const pin = createHash("sha256").update(cert.pubkey).digest("base64");
  if (!PINS.includes(pin)) return new Error(\`certificate pin mismatch for \${host}\`);
  return undefined;
}`;

// ---------------------------------------------------------------- invalid case sources

const openaiHttpAgent = `import https from "node:https";
import OpenAI from "openai";

const keepAliveAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, httpAgent: keepAliveAgent });`;

const openaiDispatcher = `import OpenAI from "openai";
import { Agent, fetch } from "undici";

export const openai = new OpenAI({
  fetch,
  fetchOptions: { dispatcher: new Agent({ connect: { timeout: 10_000 }, keepAliveTimeout: 30_000 }) },
});`;

const anthropicCjs = `const https = require("https");
const Anthropic = require("@anthropic-ai/sdk");

const agent = new https.Agent({ keepAlive: true, minVersion: "TLSv1.3" });
const claude = new Anthropic({ httpAgent: agent });
module.exports = { claude };`;

const azureOpenAi = `import { AzureOpenAI } from "openai";
import { Agent as HttpsAgent } from "node:https";
export const client = new AzureOpenAI({
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiVersion: "2024-10-21",
  deployment: "gpt-4o",
  httpAgent: new HttpsAgent({ keepAlive: true }),
});`;

const langchain = `import { ChatOpenAI } from "@langchain/openai";
import * as https from "node:https";
const model = new ChatOpenAI({
  model: "gpt-4o-mini",
  configuration: { httpAgent: new https.Agent({ keepAlive: true }) },
});`;

const undiciPool = `import { Pool } from "undici";
export const anthropicPool = new Pool("https://api.anthropic.com", { connections: 16, connect: { rejectUnauthorized: true } });`;

const tlsConnect = `import tls from "node:tls";
const socket = tls.connect({ host: "api.openai.com", port: 443, servername: "api.openai.com" });
const stripe = tls.connect(443, "api.stripe.com", () => socket.write("ping"));`;

const httpsRequest = `const https = require("node:https");
const agent = new https.Agent({ keepAlive: true });
https.request("https://api.openai.com/v1/files", { method: "POST", agent }, (res) => res.resume()).end(body);`;

const axiosStripe = `import axios from "axios";
import https from "node:https";
export const stripeApi = axios.create({
  baseURL: "https://api.stripe.com/v1",
  httpsAgent: new https.Agent({ keepAlive: true }),
  headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` },
});`;

const axiosVault = `import axios from "axios";
import https from "node:https";
const vault = axios.create({ httpsAgent: new https.Agent({ keepAlive: true }) });
export async function readOpenAiKey(token) {
  const res = await vault.get("https://vault.prod.example.com/v1/secret/data/openai", { headers: { "X-Vault-Token": token } });
  return res.data.data.data.apiKey;
}`;

const awsKms = `import { KMSClient } from "@aws-sdk/client-kms";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { Agent } from "node:https";

export const kms = new KMSClient({
  region: "eu-west-1",
  requestHandler: new NodeHttpHandler({ httpsAgent: new Agent({ keepAlive: true, maxSockets: 50 }) }),
});
export const secrets = new SecretsManagerClient({ region: "eu-west-1", requestHandler: { httpsAgent: { keepAlive: true } } });`;

const azureKeyVault = `import { SecretClient } from "@azure/keyvault-secrets";
import { DefaultAzureCredential } from "@azure/identity";
import https from "node:https";
const agent = new https.Agent({ keepAlive: true });
export const secrets = new SecretClient("https://rag-prod.vault.azure.net", new DefaultAzureCredential(), { agent });`;

const stripeSdk = `import Stripe from "stripe";
import https from "node:https";
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { httpAgent: new https.Agent({ keepAlive: true }) });`;

const standardCheckOnly = `import https from "node:https";
import tls from "node:tls";
import OpenAI from "openai";
const agent = new https.Agent({
  checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert),
});
export const openai = new OpenAI({ httpAgent: agent });`;

const pinWithoutHostname = `import https from "node:https";
import OpenAI from "openai";
const PINS = new Set(["7C:1F:…"]);
const agent = new https.Agent({
  checkServerIdentity(host, cert) {
    if (!PINS.has(cert.fingerprint256)) return new Error("pin mismatch");
    return undefined;
  },
});
export const openai = new OpenAI({ httpAgent: agent });`;

const publicRoots = `import https from "node:https";
import tls from "node:tls";
import Anthropic from "@anthropic-ai/sdk";
const agent = new https.Agent({ ca: [...tls.rootCertificates] });
export const anthropic = new Anthropic({ httpAgent: agent });`;

const userHosts = `import https from "node:https";
const agent = new https.Agent({ keepAlive: true });
https.get("https://payments.internal.example.com/v2/charges", { agent }, onResponse);`;

const classField = `import https from "node:https";
import OpenAI from "openai";

export class EmbeddingService {
  private readonly agent = new https.Agent({ keepAlive: true });
  private readonly client = new OpenAI({ httpAgent: this.agent });

  embed(input: string) {
    return this.client.embeddings.create({ model: "text-embedding-3-small", input });
  }
}`;

const factoryFunction = `import https from "node:https";
import Groq from "groq-sdk";
function makeAgent() {
  return new https.Agent({ keepAlive: true, timeout: 60_000 });
}
export const groq = new Groq({ httpAgent: makeAgent() });`;

const ternaryAndSpread = `import https from "node:https";
import OpenAI from "openai";
const direct = new https.Agent({ keepAlive: true });
const base = { httpAgent: process.env.HTTPS_PROXY ? proxyAgent : direct };
export const openai = new OpenAI({ ...base, maxRetries: 5 });`;

const fetchDispatcher = `import { Agent } from "undici";
const dispatcher = new Agent({ connect: { keepAlive: true } });
export async function chat(body) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body, dispatcher });
  return res.json();
}`;

const sdkDefaults = `import OpenAI from "openai";
import { GoogleGenAI } from "@google/genai";
import { KMSClient } from "@aws-sdk/client-kms";
export const openai = new OpenAI();
export const gemini = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
export const kms = new KMSClient({ region: "us-east-1" });`;

const pinnedCheckDelegated = `import https from "node:https";
import OpenAI from "openai";
function isPinned(cert) {
  return cert.fingerprint256 === "AB:CD";
}
const agent = new https.Agent({ checkServerIdentity: (host, cert) => (isPinned(cert) ? undefined : new Error("pin")) });
export const openai = new OpenAI({ httpAgent: agent });`;


const nodeVault = `const https = require("https");
const nodeVault = require("node-vault");
const agent = new https.Agent({ keepAlive: true });
const vault = nodeVault({ endpoint: "https://vault.example.com:8200", token: process.env.VAULT_TOKEN, requestOptions: { agent } });`;

const namedRequest = `import { Agent, request } from "node:https";
const agent = new Agent({ keepAlive: true });
export function createCharge(body) {
  const req = request({ hostname: "api.stripe.com", path: "/v1/charges", method: "POST", agent });
  req.end(body);
}`;

const wildcardHosts = `import { Agent } from "undici";
const dispatcher = new Agent({ connect: { keepAlive: true } });
await fetch("https://ledger.payments.example.net/api/settle", { dispatcher });`;

const agentAndDefaults = `import https from "node:https";
import OpenAI from "openai";
export const openai = new OpenAI({ httpAgent: new https.Agent({ keepAlive: true }) });`;

const templateUrl = `const undici = require("undici");
const dispatcher = new undici.Agent({ connect: { keepAlive: true } });
async function upload(path, body) {
  return undici.fetch(\`https://api.openai.com/v1/\${path}\`, { method: "POST", body, dispatcher });
}`;

const namespacePool = `import * as undici from "undici";
const BASE = "https://generativelanguage.googleapis.com";
export const gemini = new undici.Pool(BASE, { connections: 8 });`;

runRuleTests("require-tls-pinning", rule, {
  valid: [
    // SDK clients at their defaults: only reported with requireForSdkClients
    `import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const anthropic = new Anthropic();`,
    // agents toward other hosts
    `import axios from "axios";
import https from "node:https";
export const github = axios.create({ baseURL: "https://api.github.com", httpsAgent: new https.Agent({ keepAlive: true }) });`,
    `import https from "node:https";
const agent = new https.Agent({ keepAlive: true });
https.get("https://huggingface.co/api/models", { agent }, onResponse);`,
    `import { Pool } from "undici";
const pool = new Pool("https://qdrant.example.com:6333", { connect: { rejectUnauthorized: true } });`,
    // agents whose use the file does not show
    `import https from "node:https";
export const sharedAgent = new https.Agent({ keepAlive: true });`,
    `import https from "node:https";
import { makeClient } from "./clients";
const agent = new https.Agent({ keepAlive: true });
export const client = makeClient({ httpAgent: agent });`,
    // pinned: fingerprint comparison after the standard check
    `import https from "node:https";
import tls from "node:tls";
import { createHash } from "node:crypto";
import OpenAI from "openai";
const PINS = ["…"];
${PINNED_CHECK}
export const openai = new OpenAI({ httpAgent: new https.Agent({ keepAlive: true, checkServerIdentity: checkPins }) });`,
    `import { Agent } from "undici";
import tls from "node:tls";
import Anthropic from "@anthropic-ai/sdk";
const PINNED = new Set(["AA:BB"]);
export const anthropic = new Anthropic({
  fetchOptions: {
    dispatcher: new Agent({
      connect: {
        checkServerIdentity(host, cert) {
          const err = tls.checkServerIdentity(host, cert);
          if (err) return err;
          if (!PINNED.has(cert.issuerCertificate.fingerprint256)) return new Error("intermediate not pinned");
        },
      },
    }),
  },
});`,
    // pinned: a private CA bundle
    `import https from "node:https";
import fs from "node:fs";
import OpenAI from "openai";
const agent = new https.Agent({ ca: fs.readFileSync("/etc/llm-gateway/ca.pem") });
export const openai = new OpenAI({ httpAgent: agent });`,
    `import { Pool } from "undici";
import tls from "node:tls";
new Pool("https://api.anthropic.com", { connect: { secureContext: tls.createSecureContext({ ca: process.env.EGRESS_CA }) } });`,
    `import tls from "node:tls";
tls.connect({ host: "api.openai.com", port: 443, ca: [corpRoot] });`,
    // options and checks the file cannot see
    `import https from "node:https";
import OpenAI from "openai";
export function clientWith(agentOptions) {
  return new OpenAI({ httpAgent: new https.Agent(agentOptions) });
}`,
    `import https from "node:https";
import OpenAI from "openai";
import { verifyPins } from "./pins";
export const openai = new OpenAI({ httpAgent: new https.Agent({ checkServerIdentity: verifyPins }) });
export const again = new OpenAI({ httpAgent: new https.Agent({ checkServerIdentity: (host, cert) => verifyPins(host, cert) }) });`,
    `import https from "node:https";
import OpenAI from "openai";
export const openai = new OpenAI({ httpAgent: new https.Agent({ ...tlsDefaults, keepAlive: true }) });`,
    `import { Agent } from "undici";
import OpenAI from "openai";
import { buildPinnedConnector } from "./connector";
export const openai = new OpenAI({ fetchOptions: { dispatcher: new Agent({ connect: buildPinnedConnector() }) } });`,
    // the OpenAI SDK pointed at a local or unknown OpenAI-compatible server
    `import https from "node:https";
import OpenAI from "openai";
export const ollama = new OpenAI({ baseURL: "http://localhost:11434/v1", apiKey: "ollama", httpAgent: new https.Agent({ keepAlive: true }) });
export const vllm = new OpenAI({ baseURL: process.env.VLLM_URL, httpAgent: new https.Agent({ keepAlive: true }) });`,
    // tls.connect to loopback and other hosts
    `import tls from "node:tls";
tls.connect({ host: "localhost", port: 8443 });
tls.connect(6379, "redis.internal.example.com");
tls.connect({ host: process.env.UPSTREAM_HOST, port: 443 });`,
    // pinned at the request
    `import https from "node:https";
const agent = new https.Agent({ keepAlive: true });
https.request("https://api.openai.com/v1/files", { agent, ca: gatewayCa });`,
    // prose
    `console.log("Calls to api.openai.com and api.anthropic.com are not pinned yet; see SECURITY.md");
// new https.Agent({ keepAlive: true }) for api.stripe.com`,
    // requireForSdkClients: a client with its own transport, or a process-wide dispatcher
    {
      code: `import OpenAI from "openai";
import { pinnedFetch } from "./pinned-fetch";
export const openai = new OpenAI({ fetch: pinnedFetch });`,
      options: [{ requireForSdkClients: true }],
    },
    {
      code: `import OpenAI from "openai";
import { Agent, setGlobalDispatcher } from "undici";
import { pinnedConnect } from "./pins";
setGlobalDispatcher(new Agent({ connect: pinnedConnect }));
export const openai = new OpenAI();`,
      options: [{ requireForSdkClients: true }],
    },
    {
      code: `import OpenAI from "openai";
export const local = new OpenAI({ baseURL: "http://127.0.0.1:8000/v1" });
export const other = new OpenAI({ baseURL: process.env.LLM_BASE_URL });`,
      options: [{ requireForSdkClients: true }],
    },
    {
      code: `import vault from "node-vault";
export const dev = vault({ token: process.env.VAULT_TOKEN });`,
      options: [{ requireForSdkClients: true }],
    },
    // a provider SDK pointed at a gateway the code shows is not the provider
    `import https from "node:https";
import Anthropic from "@anthropic-ai/sdk";
export const viaGateway = new Anthropic({ baseURL: "https://llm-gateway.corp.example.com", httpAgent: new https.Agent({ keepAlive: true }) });`,
    // tls.connect with a pin
    `import tls from "node:tls";
import { createHash } from "node:crypto";
const PINS = ["…"];
${PINNED_CHECK}
tls.connect({ host: "api.anthropic.com", port: 443, checkServerIdentity: checkPins });`,
    // the host list option only adds hosts
    {
      code: `import https from "node:https";
https.get("https://status.example.net/", { agent: new https.Agent({ keepAlive: true }) });`,
      options: [{ hosts: ["*.payments.example.net"] }],
    },
    // arguments and functions the file does not spell out
    {
      code: `import OpenAI from "openai";
export const fromConfig = new OpenAI(...clientArgs);`,
      options: [{ requireForSdkClients: true }],
    },
    {
      code: `import https from "node:https";
import OpenAI from "openai";
declare function verifyPins(host: string, cert: unknown): Error | undefined;
export const openai = new OpenAI({ httpAgent: new https.Agent({ checkServerIdentity: verifyPins }) });
export const spread = new OpenAI({ httpAgent: new https.Agent(...agentArgs) });`,
      filename: "file.ts",
    },
    // a local class named Agent is not node:https
    `class Agent { constructor(options) { this.options = options; } }
import OpenAI from "openai";
export const openai = new OpenAI({ httpAgent: new Agent({ keepAlive: true }) });`,
  ],
  invalid: [
    // ---- agents given to model-provider SDKs
    { code: openaiHttpAgent, errors: [at(openaiHttpAgent, "missingPin", "new https.Agent({ keepAlive: true, maxSockets: 64 })")] },
    {
      code: openaiDispatcher,
      errors: [at(openaiDispatcher, "missingPin", "new Agent({ connect: { timeout: 10_000 }, keepAliveTimeout: 30_000 })")],
    },
    { code: anthropicCjs, errors: [at(anthropicCjs, "missingPin", `new https.Agent({ keepAlive: true, minVersion: "TLSv1.3" })`)] },
    { code: azureOpenAi, errors: [at(azureOpenAi, "missingPin", "new HttpsAgent({ keepAlive: true })")] },
    { code: langchain, errors: [at(langchain, "missingPin", "new https.Agent({ keepAlive: true })")] },
    { code: classField, filename: "file.ts", errors: [at(classField, "missingPin", "new https.Agent({ keepAlive: true })")] },
    { code: factoryFunction, errors: [at(factoryFunction, "missingPin", "new https.Agent({ keepAlive: true, timeout: 60_000 })")] },
    { code: ternaryAndSpread, errors: [at(ternaryAndSpread, "missingPin", "new https.Agent({ keepAlive: true })")] },

    // ---- connections the code opens to provider hosts
    { code: undiciPool, errors: [at(undiciPool, "missingPin", `new Pool("https://api.anthropic.com", { connections: 16, connect: { rejectUnauthorized: true } })`)] },
    {
      code: tlsConnect,
      errors: [
        at(tlsConnect, "missingPin", `tls.connect({ host: "api.openai.com", port: 443, servername: "api.openai.com" })`),
        at(tlsConnect, "missingPin", `tls.connect(443, "api.stripe.com", () => socket.write("ping"))`),
      ],
    },
    { code: httpsRequest, errors: [at(httpsRequest, "missingPin", "new https.Agent({ keepAlive: true })")] },
    { code: fetchDispatcher, errors: [at(fetchDispatcher, "missingPin", "new Agent({ connect: { keepAlive: true } })")] },

    // ---- payment APIs and secret stores
    { code: axiosStripe, errors: [at(axiosStripe, "missingPin", "new https.Agent({ keepAlive: true })")] },
    { code: stripeSdk, errors: [at(stripeSdk, "missingPin", "new https.Agent({ keepAlive: true })")] },
    { code: axiosVault, errors: [at(axiosVault, "missingPin", "new https.Agent({ keepAlive: true })")] },
    {
      code: awsKms,
      errors: [at(awsKms, "missingPin", "new Agent({ keepAlive: true, maxSockets: 50 })"), at(awsKms, "missingPin", "{ keepAlive: true }")],
    },
    { code: azureKeyVault, errors: [at(azureKeyVault, "missingPin", "new https.Agent({ keepAlive: true })")] },
    {
      code: userHosts,
      options: [{ hosts: ["payments.internal.example.com"] }],
      errors: [at(userHosts, "missingPin", "new https.Agent({ keepAlive: true })")],
    },

    // ---- checks that do not pin
    {
      code: standardCheckOnly,
      errors: [at(standardCheckOnly, "missingPin", "new https.Agent({\n  checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert),\n})")],
    },
    { code: publicRoots, errors: [at(publicRoots, "missingPin", "new https.Agent({ ca: [...tls.rootCertificates] })")] },
    { code: pinWithoutHostname, errors: [at(pinWithoutHostname, "pinWithoutHostnameCheck", "(host, cert) {\n    if (!PINS.has(cert.fingerprint256)) return new Error(\"pin mismatch\");\n    return undefined;\n  }")] },
    {
      code: pinnedCheckDelegated,
      errors: [at(pinnedCheckDelegated, "pinWithoutHostnameCheck", `(host, cert) => (isPinned(cert) ? undefined : new Error("pin"))`)],
    },

    // ---- requireForSdkClients
    {
      code: sdkDefaults,
      options: [{ requireForSdkClients: true }],
      errors: [
        at(sdkDefaults, "sdkDefaultTls", "OpenAI", 1),
        at(sdkDefaults, "sdkDefaultTlsNoHook", "GoogleGenAI", 1),
        at(sdkDefaults, "sdkDefaultTls", "KMSClient", 1),
      ],
    },
    // ---- more import styles and options
    { code: templateUrl, errors: [at(templateUrl, "missingPin", "new undici.Agent({ connect: { keepAlive: true } })")] },
    { code: namespacePool, errors: [at(namespacePool, "missingPin", "new undici.Pool(BASE, { connections: 8 })")] },
    { code: nodeVault, errors: [at(nodeVault, "missingPin", "new https.Agent({ keepAlive: true })")] },
    { code: namedRequest, errors: [at(namedRequest, "missingPin", "new Agent({ keepAlive: true })")] },
    {
      code: wildcardHosts,
      options: [{ hosts: ["*.payments.example.net"] }],
      errors: [at(wildcardHosts, "missingPin", "new Agent({ connect: { keepAlive: true } })")],
    },
    // with requireForSdkClients, a client with its own agent is judged by that agent only
    {
      code: agentAndDefaults,
      options: [{ requireForSdkClients: true }],
      errors: [at(agentAndDefaults, "missingPin", "new https.Agent({ keepAlive: true })")],
    },
  ],
});
