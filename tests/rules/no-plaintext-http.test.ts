import rule from "../../src/rules/no-plaintext-http";
import { runRuleTests } from "../rule-tester";
import { locationOf } from "../support/locations";
import { replaceNth } from "../support/edits";

// Options the strict config passes.
const STRICT = [{ strictAllUrls: true, serverCreation: true }] as const;

type MessageId = "plaintextEndpoint" | "plaintextUrl";

/** What the messages say travels. */
const MCP = "MCP tool calls, their arguments and results, and the authorization token";
const TRACES = "Traces of prompts, completions and tool calls, and the project keys";

/**
 * An error on the `nth` occurrence of `text`, with the suggestion that rewrites the `nth`
 * occurrence of `fix[0]` into `fix[1]` (none when `fix` is left out).
 */
function errorAt(
  code: string,
  text: string,
  expected: { messageId?: MessageId; nth?: number; data?: Record<string, string>; fix?: readonly [string, string, number?] } = {},
) {
  const { messageId = "plaintextEndpoint", nth = 0, data, fix } = expected;
  const secureScheme = fix?.[1].startsWith("wss") ? "wss" : "https";
  return {
    messageId,
    ...(data ? { data } : {}),
    ...locationOf(code, text, nth),
    suggestions: fix ? [{ messageId: "suggestSecureScheme" as const, data: { secureScheme }, output: replaceNth(code, fix[0], fix[1], fix[2] ?? 0) }] : [],
  };
}

/** One invalid case: the code and its errors. */
type RuleOptions = readonly [{ strictAllUrls?: boolean; serverCreation?: boolean; allowedHosts?: string[] }];

function invalidCase(code: string, errors: (code: string) => ReturnType<typeof errorAt>[], extra: { filename?: string; options?: RuleOptions } = {}) {
  return { code, ...extra, errors: errors(code) };
}

// MCP transports, LLM tracing clients and Hugging Face endpoints of LangChain.
const AI_TRANSPORT_VALID = [
  `import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
const client = new Client({ name: "rag-agent", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL("http://localhost:3001/mcp")));`,
  `import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
const transport = new SSEClientTransport(new URL(process.env.MCP_SERVER_URL));`,
  `import { StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
export const transport = new StreamableHTTPClientTransport(new URL("https://tools.internal/mcp"));`,
  `import { SSEClientTransport } from "./transports";
new SSEClientTransport(new URL("http://mcp.internal:8080/sse"));`,
  `import { experimental_createMCPClient } from "ai";
const mcp = await experimental_createMCPClient({ transport: { type: "sse", url: "http://127.0.0.1:8080/sse" } });
const docker = await experimental_createMCPClient({ transport: { type: "sse", url: "http://host.docker.internal:8080/sse" } });`,
  `import { createMCPClient } from "@ai-sdk/mcp";
const mcp = await createMCPClient({ transport: { type: "http", url: process.env.MCP_URL } });`,
  `import { HuggingFaceInferenceEmbeddings } from "@langchain/community/embeddings/hf";
const embeddings = new HuggingFaceInferenceEmbeddings({ endpointUrl: "http://localhost:8080" });`,
  // LocalStack and MinIO on this machine
  `import { S3Client } from "@aws-sdk/client-s3";
export const s3 = new S3Client({ endpoint: "http://localhost:4566", forcePathStyle: true });
export const minio = new S3Client({ endpoint: "https://minio.data.acme.io" });`,
  `import { Langfuse } from "langfuse";
const langfuse = new Langfuse({ publicKey, secretKey, baseUrl: "http://localhost:3000" });
const cloud = new Langfuse({ publicKey, secretKey, baseUrl: "https://cloud.langfuse.com" });`,
  `process.env.LANGFUSE_HOST = "http://localhost:3000";
process.env.LANGFUSE_BASEURL = process.env.LANGFUSE_HOST;`,
];

// strictAllUrls: forward proxies (HTTPS goes through them in a CONNECT tunnel), test doubles and namespace URLs.
const STRICT_SKIPS_VALID = [
  `import { ProxyAgent, setGlobalDispatcher } from "undici";
import OpenAI from "openai";
setGlobalDispatcher(new ProxyAgent("http://proxy.corp:3128"));
const openai = new OpenAI({ fetchOptions: { dispatcher: new ProxyAgent({ uri: "http://squid.internal:3128", token }) } });`,
  `const { HttpsProxyAgent } = require("https-proxy-agent");
const { HttpProxyAgent } = require("http-proxy-agent");
const PROXY_URL = process.env.HTTPS_PROXY ?? "http://squid.internal:3128";
const httpsAgent = new HttpsProxyAgent(PROXY_URL);
const httpAgent = new HttpProxyAgent(new URL("http://squid.internal:3128"));
module.exports = { httpsAgent, httpAgent };`,
  `import { EnvHttpProxyAgent } from "undici";
import { HttpsProxyAgent } from "hpagent";
export const dispatcher = new EnvHttpProxyAgent({ httpProxy: "http://proxy.corp:3128", httpsProxy: "http://proxy.corp:3128", noProxy: "localhost" });
export const agent = new HttpsProxyAgent({ keepAlive: true, proxy: "http://proxy.corp:3128" });`,
  `import { spawn } from "node:child_process";
process.env.HTTPS_PROXY = "http://proxy.corp:3128";
process.env.HTTP_PROXY = process.env.https_proxy = "http://proxy.corp:3128";
process.env["ALL_PROXY"] = "http://proxy.corp:3128";
spawn("python", ["agent.py"], { env: { ...process.env, HTTPS_PROXY: "http://proxy.corp:3128", NO_PROXY: "localhost" } });`,
  `import axios from "axios";
import { chromium } from "playwright";
const client = axios.create({ baseURL: "https://api.openai.com/v1", proxy: { protocol: "http", host: "proxy.corp", port: 3128 } });
const browser = await chromium.launch({ proxy: { server: "http://proxy.corp:3128", bypass: "localhost" } });`,
  `const request = require("request");
request({ url: "https://api.anthropic.com/v1/messages", method: "POST", proxy: "http://proxy.corp:3128", json: body });`,
  {
    code: `import { HttpsProxyAgent } from "https-proxy-agent";
const agent = new HttpsProxyAgent(process.env.HTTPS_PROXY! ?? ("http://proxy.corp:3128" as string));`,
    filename: "file.ts",
  },
  `import { MockAgent, MockPool, setGlobalDispatcher } from "undici";
const mockAgent = new MockAgent();
mockAgent.disableNetConnect();
setGlobalDispatcher(mockAgent);
mockAgent.get("http://inference.internal:8000").intercept({ path: "/v1/chat/completions", method: "POST" }).reply(200, { choices: [] });
const qdrant = new MockPool("http://qdrant.internal:6333", { agent: mockAgent });`,
  {
    code: `import { MockAgent, setGlobalDispatcher } from "undici";
import { beforeEach } from "vitest";
let agent: MockAgent;
beforeEach(() => {
  agent = new MockAgent();
  setGlobalDispatcher(agent);
});
export function mockModel() {
  return agent.get("http://vllm.internal:8000");
}`,
    filename: "file.ts",
  },
  `import fetchMock from "fetch-mock";
fetchMock.mockGlobal().route("http://embeddings.internal/v1/embeddings", { data: [] });
fetchMock.post("http://llm.internal/v1/chat/completions", 200).get("http://llm.internal/v1/models", 200);
fetchMock.mock("http://llm.internal/health", 200);
const embedded = fetchMock.callHistory.called("http://embeddings.internal/v1/embeddings");`,
  `const fetchMock = require("fetch-mock");
fetchMock.postOnce("http://llm.internal/v1/chat/completions", { choices: [] });`,
  `export const NS = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  image: "http://www.google.com/schemas/sitemap-image/1.1",
  media: "http://search.yahoo.com/mrss/",
  itunes: "http://www.itunes.com/dtds/podcast-1.0.dtd",
  opf: "http://www.idpf.org/2007/opf",
  schematron: "http://purl.oclc.org/dsdl/schematron",
};`,
  // Vector-store and database client addresses belong to no-plaintext-vector-store, which reports them with the client's TLS settings.
  `import { QdrantClient } from "@qdrant/js-client-rest";
import { ChromaClient } from "chromadb";
const qdrant = new QdrantClient({ url: "http://qdrant.prod:6333", apiKey: process.env.QDRANT_API_KEY });
const chroma = new ChromaClient({ path: process.env.CHROMA_URL ?? "http://chroma.internal:8000" });`,
  {
    code: `import { QdrantVectorStore } from "@langchain/qdrant";
const QDRANT_URL = "http://qdrant.rag.svc:6333" as const;
export const store = await QdrantVectorStore.fromExistingCollection(embeddings, { url: QDRANT_URL, collectionName: "docs" });`,
    filename: "file.ts",
  },
].map((test) => (typeof test === "string" ? { code: test, options: STRICT } : { ...test, options: STRICT }));

const STRICT_SKIPS_INVALID = [
  // A dev server's proxy target is where requests go, not a forward proxy.
  invalidCase(
    `export default { server: { proxy: { "/v1": { target: "http://inference.internal:8000", changeOrigin: true } } } };`,
    (code) => [errorAt(code, '"http://inference.internal:8000"', { messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "'inference.internal'" }, fix: ["http://", "https://"] })],
    { options: STRICT },
  ),
  // A constant read both as a proxy and as a URL of its own.
  invalidCase(
    `import { HttpsProxyAgent } from "https-proxy-agent";
const GATEWAY = "http://gateway.corp:3128";
const agent = new HttpsProxyAgent(GATEWAY);
export const health = GATEWAY + "/health";`,
    (code) => [errorAt(code, '"http://gateway.corp:3128"', { messageId: "plaintextUrl", fix: ["http://", "https://"] })],
    { options: STRICT },
  ),
  // Same names, other modules.
  invalidCase(
    `import { ProxyAgent } from "./proxy";
const fetchMock = makeFake();
new ProxyAgent("http://proxy.corp:3128");
fetchMock.post("http://llm.internal/v1/chat/completions", 200);`,
    (code) => [
      errorAt(code, '"http://proxy.corp:3128"', { messageId: "plaintextUrl", fix: ["http://", "https://"] }),
      errorAt(code, '"http://llm.internal/v1/chat/completions"', { messageId: "plaintextUrl", fix: ["http://", "https://", 1] }),
    ],
    { options: STRICT },
  ),
  // A URL next to a vector-store client but not its address, and a same-named class of another module.
  invalidCase(
    `import { QdrantClient } from "@qdrant/js-client-rest";
import { QdrantClient as FakeQdrant } from "./testing/fake-qdrant";
const qdrant = new QdrantClient({ url: "http://qdrant.prod:6333" });
export const DASHBOARD = "http://qdrant.prod:6333/dashboard";
export const fake = new FakeQdrant({ url: "http://qdrant.staging:6333" });`,
    (code) => [
      errorAt(code, '"http://qdrant.prod:6333/dashboard"', { messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "'qdrant.prod'" }, fix: ["http://", "https://", 1] }),
      errorAt(code, '"http://qdrant.staging:6333"', { messageId: "plaintextUrl", fix: ["http://", "https://", 2] }),
    ],
    { options: STRICT },
  ),
  // Only the namespace path of a host that serves content is a name.
  invalidCase(
    `const search = "http://search.yahoo.com/search?p=llm";
const feed = "http://search.yahoo.com/mrssfeed";
const sitemap = "http://www.google.com/schemas/sitemap/0.84";`,
    (code) => [
      errorAt(code, '"http://search.yahoo.com/search?p=llm"', { messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "'search.yahoo.com'" }, fix: ["http://", "https://"] }),
      errorAt(code, '"http://search.yahoo.com/mrssfeed"', { messageId: "plaintextUrl", fix: ["http://", "https://", 1] }),
    ],
    { options: STRICT },
  ),
];

const AI_TRANSPORT_INVALID = [
  invalidCase(
    `import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
const client = new Client({ name: "rag-agent", version: "1.0.0" });
const transport = new StreamableHTTPClientTransport(new URL("http://tools.internal:3001/mcp"), {
  requestInit: { headers: { Authorization: \`Bearer \${process.env.MCP_TOKEN}\` } },
});
await client.connect(transport);`,
    (code) => [errorAt(code, '"http://tools.internal:3001/mcp"', { data: { what: MCP, scheme: "http", secureScheme: "https", host: "'tools.internal'" }, fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `const { SSEClientTransport } = require("@modelcontextprotocol/sdk/client/sse.js");
const MCP_URL = process.env.MCP_URL ?? "http://mcp-gateway.corp:8080/sse";
module.exports = new SSEClientTransport(new URL(MCP_URL));`,
    (code) => [errorAt(code, "MCP_URL", { nth: 2, fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `import { StreamableHTTPClientTransport as Transport } from "@modelcontextprotocol/sdk/client/streamableHttp";
const MCP_HOST = "tools.svc.cluster.local" as const;
export const transport = new Transport(new URL(\`http://\${MCP_HOST}:3001/mcp\`));`,
    (code) => [errorAt(code, "`http://${MCP_HOST}:3001/mcp`", { fix: ["http://", "https://"] })],
    { filename: "file.ts" },
  ),
  invalidCase(
    `import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
const client = new Client({ name: "agent", version: "2.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", "http://10.0.4.9:8000")));`,
    (code) => [errorAt(code, '"http://10.0.4.9:8000"', { fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `import { WebSocketClientTransport } from "@modelcontextprotocol/sdk/client/websocket.js";
const transport = new WebSocketClientTransport(new URL("ws://browser-tools.internal:9222/mcp"));`,
    (code) => [errorAt(code, '"ws://browser-tools.internal:9222/mcp"', { data: { what: MCP, scheme: "ws", secureScheme: "wss", host: "'browser-tools.internal'" }, fix: ["ws://", "wss://"] })],
  ),
  invalidCase(
    `import { experimental_createMCPClient as createMCPClient, streamText } from "ai";
import { openai } from "@ai-sdk/openai";
const mcp = await createMCPClient({ transport: { type: "sse", url: "http://mcp.internal:8080/sse", headers: { Authorization: token } } });
const result = streamText({ model: openai("gpt-4o"), tools: await mcp.tools(), prompt });`,
    (code) => [errorAt(code, '"http://mcp.internal:8080/sse"', { data: { what: MCP, scheme: "http", secureScheme: "https", host: "'mcp.internal'" }, fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `const ai = require("ai");
const client = ai.experimental_createMCPClient({ name: "zapier", transport: { type: "sse", url: \`http://\${process.env.MCP_HOST}/sse\` } });`,
    (code) => [errorAt(code, "`http://${process.env.MCP_HOST}/sse`", { data: { what: MCP, scheme: "http", secureScheme: "https", host: "a host chosen at run time" }, fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `import { createMCPClient } from "@ai-sdk/mcp";
const transport = { type: "http", url: "http://10.0.0.12:3000/mcp" } as const;
export const mcp = await createMCPClient({ transport });`,
    (code) => [errorAt(code, '"http://10.0.0.12:3000/mcp"', { fix: ["http://", "https://"] })],
    { filename: "file.ts" },
  ),
  invalidCase(
    `import { HuggingFaceInferenceEmbeddings } from "@langchain/community/embeddings/hf";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
const embeddings = new HuggingFaceInferenceEmbeddings({ apiKey: process.env.HF_TOKEN, endpointUrl: "http://tei.ml.internal:8080" });
const store = await MemoryVectorStore.fromDocuments(docs, embeddings);`,
    (code) => [errorAt(code, '"http://tei.ml.internal:8080"', { data: { what: "Texts to embed, their vectors and the API key", scheme: "http", secureScheme: "https", host: "'tei.ml.internal'" }, fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `const { HuggingFaceInference } = require("@langchain/community/llms/hf");
const llm = new HuggingFaceInference({ model: "tgi", endpointUrl: "http://tgi.gpu.lan:8080" });`,
    (code) => [errorAt(code, '"http://tgi.gpu.lan:8080"', { data: { what: "Model inputs, outputs and the access token", scheme: "http", secureScheme: "https", host: "'tgi.gpu.lan'" }, fix: ["http://", "https://"] })],
  ),
  // AWS SDK clients with their own endpoint: S3-compatible storage (MinIO) and a Bedrock proxy
  invalidCase(
    `import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
const s3 = new S3Client({ region: "us-east-1", endpoint: "http://minio.data.acme.io:9000", forcePathStyle: true });
await s3.send(new PutObjectCommand({ Bucket: "rag-docs", Key: "handbook.pdf", Body: file }));
const bedrock = new BedrockRuntimeClient({ region: "us-east-1", endpoint: "http://bedrock-proxy.acme.io" });`,
    (code) => [
      errorAt(code, '"http://minio.data.acme.io:9000"', { data: { what: "Stored documents, datasets and model files, which can be read or swapped in transit,", scheme: "http", secureScheme: "https", host: "'minio.data.acme.io'" }, fix: ["http://", "https://"] }),
      errorAt(code, '"http://bedrock-proxy.acme.io"', { data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'bedrock-proxy.acme.io'" }, fix: ["http://", "https://", 1] }),
    ],
  ),
  invalidCase(
    `import { Langfuse } from "langfuse";
const langfuse = new Langfuse({ publicKey: process.env.LANGFUSE_PUBLIC_KEY, secretKey: process.env.LANGFUSE_SECRET_KEY, baseUrl: "http://langfuse.internal:3000" });
const trace = langfuse.trace({ name: "chat", input: prompt });`,
    (code) => [errorAt(code, '"http://langfuse.internal:3000"', { data: { what: TRACES, scheme: "http", secureScheme: "https", host: "'langfuse.internal'" }, fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `const Langfuse = require("langfuse-node");
const config = { baseUrl: "http://observability.corp:3000", flushAt: 1 };
module.exports = new Langfuse({ ...config, publicKey, secretKey });`,
    (code) => [errorAt(code, '"http://observability.corp:3000"', { fix: ["http://", "https://"] })],
  ),
  invalidCase(
    `import CallbackHandler from "langfuse-langchain";
import { LangfuseSpanProcessor } from "@langfuse/otel";
import { LangfuseClient } from "@langfuse/client";
const LANGFUSE = "http://langfuse.observability.svc:3000";
const handler = new CallbackHandler({ publicKey, secretKey, baseUrl: LANGFUSE });
const processor = new LangfuseSpanProcessor({ baseUrl: LANGFUSE });
const client = new LangfuseClient({ baseUrl: LANGFUSE });`,
    (code) => [
      errorAt(code, "LANGFUSE", { nth: 1, fix: ["http://", "https://"] }),
      errorAt(code, "LANGFUSE", { nth: 2, fix: ["http://", "https://"] }),
      errorAt(code, "LANGFUSE", { nth: 3, fix: ["http://", "https://"] }),
    ],
  ),
  invalidCase(
    `process.env.LANGFUSE_HOST = "http://langfuse.observability.svc:3000";
process.env.LANGFUSE_BASEURL ??= "http://10.0.9.4:3000";`,
    (code) => [
      errorAt(code, '"http://langfuse.observability.svc:3000"', { data: { what: TRACES, scheme: "http", secureScheme: "https", host: "'langfuse.observability.svc'" }, fix: ["http://", "https://"] }),
      errorAt(code, '"http://10.0.9.4:3000"', { fix: ["http://", "https://", 1] }),
    ],
  ),
];

runRuleTests("no-plaintext-http", rule, {
  valid: [
    // Loopback: local model servers are the normal development setup.
    `import { Ollama } from "ollama";
const ollama = new Ollama({ host: "http://localhost:11434" });
const reply = await ollama.chat({ model: "llama3.1", messages });`,
    `import { Ollama } from "ollama";
new Ollama({ host: "127.0.0.1:11434" });`,
    `import ollama from "ollama";
await ollama.generate({ model: "llama3.1", prompt });`,
    `import OpenAI from "openai";
const vllm = new OpenAI({ apiKey: "EMPTY", baseURL: "http://127.0.0.1:8000/v1" });`,
    `const res = await fetch("http://[::1]:8080/v1/embeddings", { method: "POST", body });`,
    `import { ChatOllama } from "@langchain/ollama";
const llm = new ChatOllama({ model: "llama3.1", baseUrl: "http://localhost:11434" });`,
    `import { createOpenAI } from "@ai-sdk/openai";
const lmstudio = createOpenAI({ baseURL: "http://localhost:1234/v1", apiKey: "lm-studio" });`,
    `const ws = new WebSocket("ws://localhost:3000/stream");`,
    `const url = "http://0.0.0.0:8000/v1";
await fetch(url + "/models");`,
    // The Docker host and cloud metadata endpoints never leave the machine and only speak http.
    `import { Ollama } from "ollama";
new Ollama({ host: "http://host.docker.internal:11434" });`,
    `import OpenAI from "openai";
const podman = new OpenAI({ apiKey: "none", baseURL: "http://host.containers.internal:8000/v1" });
const orb = new OpenAI({ apiKey: "none", baseURL: "http://host.orb.internal:1234/v1" });
await fetch("http://HOST.LIMA.INTERNAL:11434/api/chat", { method: "POST", body });`,
    `const creds = await fetch("http://169.254.169.254/latest/meta-data/iam/security-credentials/");
const token = await fetch("http://metadata/computeMetadata/v1/instance/service-accounts/default/token", { headers: { "Metadata-Flavor": "Google" } });`,
    `import got from "got";
const info = await got("http://unix:/var/run/docker.sock:/info", { enableUnixSockets: true }).json();`,
    // TLS.
    `import OpenAI from "openai";
new OpenAI({ baseURL: "https://llm-gateway.internal/v1" });
new WebSocket("wss://realtime.internal/v1");
await fetch("https://10.0.3.7:8443/v1/chat/completions");`,
    `import { env } from "@huggingface/transformers";
env.remoteHost = "https://hf-mirror.internal/";
env.allowRemoteModels = false;`,
    // Run-time values the rule cannot see: the scheme, or the whole URL, comes from configuration.
    `import OpenAI from "openai";
const client = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL });`,
    `export async function post(url, body) {
  return fetch(url, { method: "POST", body: JSON.stringify(body) });
}`,
    `const base = \`\${useTls ? "https" : "http"}://\${host}:8000\`;
await fetch(\`\${base}/v1/completions\`);`,
    `await fetch(\`\${process.env.INFERENCE_URL}/v1/completions\`);`,
    `const u = new URL(userInput, "http://fallback.internal");
await fetch(u);`,
    // A run-time host whose every provable value is loopback.
    `await fetch(\`http://\${process.env.VLLM_HOST ?? "localhost"}:8000/v1/completions\`);`,
    `import OpenAI from "openai";
export function localClient(host = "127.0.0.1") {
  return new OpenAI({ baseURL: \`http://\${host}:8000/v1\` });
}`,
    `import OpenAI from "openai";
const client = new OpenAI({ baseURL: isDev ? "http://localhost:8000/v1" : "https://api.openai.com/v1" });`,
    // Reserved documentation names and allowed hosts.
    `await fetch("http://example.com/model.bin");
await fetch("http://api.test/v1/chat/completions");`,
    {
      code: `import { ChatOpenAI } from "@langchain/openai";
// Istio sidecars wrap in-mesh traffic in mTLS.
new ChatOpenAI({ configuration: { baseURL: "http://llm.ml.svc.cluster.local/v1" } });`,
      options: [{"allowedHosts":["*.svc.cluster.local"]}],
    },
    // Same names from other modules: only the SDK's own classes and the runtime globals count.
    `import { OpenAI } from "./llm/openai-wrapper";
new OpenAI({ baseURL: "http://llm.internal/v1" });`,
    `import { http, HttpResponse } from "msw";
export const handlers = [http.post("http://inference.internal/v1/chat/completions", () => HttpResponse.json({}))];`,
    `async function fetch(url) { return cache.get(url); }
await fetch("http://cache-key.internal/a");`,
    `import fetch from "./fetch-with-cache";
await fetch("http://inference.internal/v1/completions");`,
    `import { downloadFile } from "./downloads";
await downloadFile({ repo: "org/model", path: "model.safetensors", hubUrl: "http://hf-mirror.internal" });`,
    // Strings that only mention a URL: prose, log lines, redirects (recommended), comments.
    `console.log("Inference server: http://vllm.internal:8000/v1");
logger.info(\`calling http://\${host}:8000\`);
throw new Error("Set OPENAI_BASE_URL to http://llm.internal/v1 or similar");`,
    `app.get("/old", (req, res) => res.redirect("http://shop.internal/cart"));`,
    {
      code: `// Talks to http://inference.internal:8000/v1 in the cluster.
/** @see http://wiki.internal/llm-gateway */
import OpenAI from "openai";
const client = new OpenAI();`,
      options: STRICT,
    },
    // Unrelated environment variables and loopback values for endpoint variables.
    `process.env.APP_URL = "http://shop.internal";
process.env.OPENAI_BASE_URL = "http://localhost:8000/v1";`,
    // gRPC: loopback, Unix sockets and run-time targets.
    `import * as grpc from "@grpc/grpc-js";
const client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());
const sock = new grpc.Client("unix:///var/run/model.sock", grpc.credentials.createInsecure());
const remote = new grpc.Client(process.env.TARGET, grpc.credentials.createInsecure());`,
    `const grpc = require("@grpc/grpc-js");
const fs = require("fs");
const client = new grpc.Client("inference.internal:50051", grpc.credentials.createSsl(fs.readFileSync("/etc/ssl/ca.pem")));`,
    // Node http module: Unix sockets and loopback hosts.
    `const http = require("node:http");
http.request({ socketPath: "/var/run/docker.sock", path: "/containers/json" });
http.get({ hostname: "localhost", port: 8080, path: "/health" });
http.get("http://127.0.0.1:9090/metrics");`,
    // Servers are only reported with serverCreation (strict), and not when bound to loopback.
    `import http from "node:http";
http.createServer(app).listen(8080);`,
    {
      code: `import http from "node:http";
http.createServer(app).listen(8080, "127.0.0.1");
const server = http.createServer(handler);
server.listen({ port: 3000, host: "localhost" });`,
      options: [{"serverCreation":true}],
    },
    {
      code: `import { Server, ServerCredentials } from "@grpc/grpc-js";
const server = new Server();
server.bindAsync("127.0.0.1:50051", ServerCredentials.createInsecure(), () => {});`,
      options: [{"serverCreation":true}],
    },
    // a test's mock server kept in a let and bound to loopback
    {
      code: `import { createServer } from "node:http";
let server;
beforeAll(async () => {
  server = createServer((_, res) => res.end("{}"));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => server.close());`,
      options: [{"serverCreation":true}],
    },
    {
      // A framework app serves nothing until its listen(): handed to an HTTPS server, exported, or bound to loopback.
      code: `import express from "express";
import https from "node:https";
const app = express();
https.createServer({ key, cert }, app).listen(8443);
export const handler = express();
const local = express();
local.listen(3000, "127.0.0.1");
const routed = express().use(express.json()).get("/health", ok);
https.createServer({ key, cert }, routed).listen(8443);
const loop = express().use(handler);
loop.listen(3000, "localhost");
const chained = express().use(handler).listen;`,
      options: [{"serverCreation":true}],
    },
    // strictAllUrls: names, patterns, messages and test doubles are not connections.
    {
      code: `const SVG_NS = "http://www.w3.org/2000/svg";
const SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
const schema = { $schema: "http://json-schema.org/draft-07/schema#" };
document.createElementNS("http://www.w3.org/2000/svg", "svg");`,
      options: STRICT,
    },
    {
      code: `if (url.startsWith("http://")) warn();
if (target === "http://legacy.internal") migrate();
const secure = url.replace("http://", "https://");
const protocolOnly = "http://";
const docs = "Visit http://docs.internal for details";
const moved = { "http://old.internal": "https://new.internal" };`,
      options: STRICT,
    },
    {
      code: `console.log("listening on http://inference.internal:8080");
logger.warn(\`http://\${host}:\${port} is deprecated\`);`,
      options: STRICT,
    },
    {
      code: `import nock from "nock";
import { http as mock } from "msw";
nock("http://inference.internal").post("/v1/chat/completions").reply(200, {});
mock.post("http://inference.internal/v1/embeddings", () => {});`,
      options: STRICT,
    },
    {
      code: `type Endpoint = "http://types.internal/v1";
interface Cfg { "http://key.internal": string }
import type { X } from "./http-types";`,
      options: STRICT,
      filename: "file.ts",
    },
    {
      code: `const icon = <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:app="http://ns.company.internal/app" />;`,
      options: STRICT,
      filename: "file.tsx",
    },
    {
      code: `const ns = "http://ns.company.internal/app";`,
      options: [{"strictAllUrls":true,"allowedHosts":["ns.company.internal"]}],
    },
    {
      code: `const local = ["http://localhost:3000", "http://127.0.0.1:8000", "ws://[::1]:9000"];`,
      options: STRICT,
    },
    {
      code: `export function normalize(uri, ip) {
  const { pathname } = new URL(uri, "http://dummy.com");
  const v6 = new URL("http://[" + ip + "]/").hostname;
  return [pathname, v6];
}`,
      options: STRICT,
    },
    {
      code: `export function handler(req, res) {
  const { pathname, searchParams } = new URL(req.url, \`http://\${req.headers.host}\`);
  res.end(pathname + searchParams.get("q"));
}`,
      options: STRICT,
    },
    // strictAllUrls: URLs written as test data inside assertions and parameterised-test tables.
    {
      code: `import { isValidUrl } from "./url";
import { load } from "./loader";
test("rejects plaintext", async () => {
  expect(isValidUrl("http://10.0.0.1:8789/mcp")).toBe(false);
  expect(() => isValidUrl("http://login.acme-idp.com/token")).toThrow();
  const loader = await load();
  expect(loader.apiBase).toBe("http://git.acme-corp.com:8443/api/v3");
  expect(loader.fetch).toHaveBeenCalledWith(expect.objectContaining({ repoUrl: "http://git.acme-corp.com:8443/org/repo" }));
  await expect(loader.resolve("gw")).resolves.toMatchObject({ url: \`http://gw.acme-corp.com/\${"v1"}\` });
  expect(() => { new McpClient({ url: "http://mcp.acme-corp.com/sse" }); }).toThrow(/https/);
});`,
      options: STRICT,
    },
    {
      code: `import { describe, it, test, expect } from "vitest";
import { normalizeBaseUrl, isSecure } from "../src/urls";
describe("normalizeBaseUrl", () => {
  it.each([
    ["http://ollama.lan:11434/", "http://ollama.lan:11434"],
    { input: "http://vllm.acme-corp.com:8000/v1/", output: "http://vllm.acme-corp.com:8000/v1" },
  ])("strips the trailing slash from %s", (input, output) => {
    expect(normalizeBaseUrl(input)).toBe(output);
  });
});
test.each\`
  url                                     | ok
  \${"http://api.acme-corp.com/v1"}        | \${false}
  \${"https://api.acme-corp.com/v1"}       | \${true}
\`("isSecure($url) is $ok", ({ url, ok }) => expect(isSecure(url)).toBe(ok));
test.concurrent.each([["http://tei.acme-corp.com/embed"]])("rejects %s", async (url) => {
  await expect(isSecure(url)).rejects.toThrow();
});`,
      options: STRICT,
    },
    {
      code: `const assert = require("node:assert/strict");
const { test } = require("node:test");
const { buildUrl, parseOrigins } = require("../lib/urls");
test("builds the gateway URL", () => {
  assert.equal(buildUrl({ host: "gw.acme-corp.com", tls: false }), "http://gw.acme-corp.com/v1");
  assert.deepStrictEqual(parseOrigins("a"), ["http://a.acme-corp.com"]);
  assert.throws(() => new GatewayClient({ baseURL: "http://10.1.2.3/v1" }));
  assert(buildUrl({ host: "x" }) !== "http://x.acme-corp.com");
});`,
      options: STRICT,
    },
    {
      code: `import { expect } from "chai";
import request from "supertest";
import test from "ava";
it("redirects to the login page", async () => {
  const res = await request(app).get("/login").expect(302);
  expect(res.headers.location).to.equal("http://sso.acme-corp.com/authorize");
  res.headers.location.should.equal("http://sso.acme-corp.com/authorize");
  await request(app).get("/").expect("Location", "http://sso.acme-corp.com/authorize");
});
test("keeps the proxy", (t) => {
  t.is(config.proxy, "http://proxy.acme-corp.com:3128");
  t.deepEqual(config.mirrors, ["http://mirror.acme-corp.com"]);
});`,
      options: STRICT,
    },
    {
      code: `import { describe, expect, it } from "vitest";
import { resolveProvider, type ProviderConfig } from "../src/providers";
describe("resolveProvider", () => {
  it("keeps a custom base URL", () => {
    const config: ProviderConfig = resolveProvider("custom");
    expect(config.baseURL as string).toEqual(\`http://\${config.host}.acme-corp.com/v1\`);
    expect(config).toStrictEqual({ name: "custom", baseURL: "http://llm.acme-corp.com/v1" } satisfies ProviderConfig);
    expect(resolveProvider("x")!.headers).toEqual(expect.arrayContaining(["http://llm.acme-corp.com"]));
  });
});`,
      options: STRICT,
      filename: "providers.test.ts",
    },
    // strictAllUrls: an environment variable set for one test (in a test or hook, or with vi.stubEnv) configures the code under test.
    {
      code: `import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getAppUrl } from "./url.util";
describe("getAppUrl", () => {
  beforeEach(() => {
    process.env["APP_URL"] = "http://myapp.acme-corp.com";
  });
  afterEach(() => vi.unstubAllEnvs());
  it("reads APP_URL", () => {
    process.env.APP_URL = "http://myapp.acme-corp.com";
    expect(getAppUrl()).toBeDefined();
  });
  it.only("reads a stubbed APP_URL", async function () {
    vi.stubEnv("APP_URL", "http://stub.acme-corp.com");
    expect(getAppUrl()).toBeDefined();
  });
});`,
      options: STRICT,
      filename: "url.util.test.ts",
    },
    // Docker's host aliases: the docker0 gateway and Docker Desktop's model runner are the host machine.
    {
      code: `export const OLLAMA_COMMON_URLS = ["http://127.0.0.1:11434", "http://host.docker.internal:11434", "http://172.17.0.1:11434"];
export const RUNNER_URL = "http://model-runner.docker.internal/engines/llama.cpp/v1";`,
      options: STRICT,
    },
    `import { Ollama } from "ollama";
import { createOpenAI } from "@ai-sdk/openai";
const ollama = new Ollama({ host: "http://172.17.0.1:11434" });
const runner = createOpenAI({ baseURL: "http://model-runner.docker.internal/engines/llama.cpp/v1", apiKey: "none" });`,
    // Loopback written as a decimal, hex or short IPv4 address, or as IPv4-mapped IPv6 in hex.
    {
      code: `export const loopbacks = ["http://[::ffff:7f00:1]:9911/", "http://2130706433:9911/", "http://127.1:9911/", "http://0x7f000001:9911/"];`,
      options: STRICT,
    },
    `import OpenAI from "openai";
const local = new OpenAI({ apiKey: "EMPTY", baseURL: "http://2130706433:8000/v1" });
await fetch("http://[0:0:0:0:0:ffff:7f00:1]:8080/v1/embeddings", { method: "POST", body });`,
    // A comma- or semicolon-separated list of URLs: each item is judged.
    {
      code: `process.env.IFRAME_ORIGINS = "http://localhost:3000,http://localhost:3001";
process.env.CORS_ORIGINS = "http://example.com,https://app.acme-corp.com";
const ALLOWED = "http://localhost:5173;http://127.0.0.1:5173";`,
      options: STRICT,
    },
    {
      code: `const DEV_ORIGINS = "http://localhost:5173,http://[::1]:5173" as const;
module.exports = { origins: \`\${DEV_ORIGINS},https://app.acme-corp.com\` };`,
      options: STRICT,
      filename: "origins.ts",
    },
    // URL text that only reaches a log message, through a ternary, a fallback, \`+\` or a template.
    {
      code: `import logger from "./logger";
const host = process.env.HOST;
const port = 3000;
logger.info(\`listening at \${host ? "http://" + host : ""}:\${port}\`);
console.log("docs: " + (process.env.DOCS_URL || "http://docs.acme-corp.com"));
logger.warn(\`proxy \${process.env.PROXY ?? "http://proxy.acme-corp.com:3128"} is plaintext\`);`,
      options: STRICT,
    },
    {
      code: `const log = require("./log");
export function announce(host: string | undefined): void {
  log.info(\`MCP server at \${(host ? \`http://\${host}:8001\` : "stdio") as string}\`);
}`,
      options: STRICT,
      filename: "announce.ts",
    },
    // Descriptive property values: placeholders, descriptions, examples, labels.
    {
      code: `export const inputs = [{ label: "MCP Server URL", name: "mcpUrl", type: "string", placeholder: "http://mcp-server:8001/mcp" }];
export const schema = {
  type: "object",
  properties: {
    endpoint: { type: "string", description: "http://tei:8080", examples: ["http://tei:8080", "http://10.0.0.5:8080"] },
  },
};
field.helperText = "http://ollama.lan:11434";`,
      options: STRICT,
    },
    {
      code: `export function EndpointField() {
  return <input name="baseUrl" placeholder="http://vllm.lan:8000/v1" title={"http://vllm.lan:8000/v1"} />;
}`,
      options: STRICT,
      filename: "endpoint-field.tsx",
    },
    // Servers bound to loopback, with a callback after the host.
    {
      code: `const http = require("node:http");
http.createServer(app).listen(8080, "127.0.0.1", () => console.log("ready"));`,
      options: STRICT,
    },
    // A settings member written elsewhere, or a destructured binding reassigned, is not followed.
    `import OpenAI from "openai";
const settings = { llm: { baseURL: "http://vllm.internal:8000/v1" } };
settings.llm = { baseURL: process.env.LLM_URL };
export const client = new OpenAI(settings.llm);`,
    `import OpenAI from "openai";
const settings = { llm: { baseURL: "http://vllm.internal:8000/v1" } };
if (process.env.LLM_URL) settings.llm.baseURL = process.env.LLM_URL;
export const client = new OpenAI({ baseURL: settings.llm.baseURL.toString() });`,
    `import OpenAI from "openai";
const settings = { llm: { baseURL: "http://vllm.internal:8000/v1" } };
let { llm } = settings;
llm = { baseURL: process.env.LLM_URL };
export const client = new OpenAI(llm);`,
    `import OpenAI from "openai";
const settings = { llm: { baseURL: "http://localhost:8000/v1" } };
const { llm } = settings;
export const client = new OpenAI(llm);`,
    // axios defaults and instances: relative paths, local hosts, TLS, and a same-named method elsewhere.
    `import axios from "axios";
axios.defaults.baseURL = process.env.RAG_API_URL;
axios.defaults.baseURL = "https://rag-api.internal";
const api = axios.create({ baseURL: "https://rag-api.internal" });
api.defaults.baseURL = "http://localhost:8000";
await api.post("/embed", { inputs });
await api.get("http://127.0.0.1:8000/health");`,
    `import axios from "axios";
const api = axios.create();
const other = { defaults: {} };
other.defaults.baseURL = "http://rag-api.internal:8000";
const cache = new Map();
cache.get("http://rag-api.internal:8000");`,
    `import { $fetch } from "ofetch";
export const rag = $fetch.create({ baseURL: "https://rag-api.internal" });
await rag("/search", { method: "POST", body: { q } });`,
    // Testcontainers: the container's host is the local Docker host.
    `import { GenericContainer } from "testcontainers";
import OpenAI from "openai";
const oc = await new GenericContainer("vllm/vllm-openai").withExposedPorts(8080).start();
const client = new OpenAI({ apiKey: "test", baseURL: \`http://\${oc.getHost()}:\${oc.getMappedPort(8080)}/v1\` });`,
    `const { OllamaContainer } = require("@testcontainers/ollama");
let ollama;
beforeAll(async () => { ollama = await new OllamaContainer("ollama/ollama").start(); });
it("embeds", async () => {
  const host = ollama.getHost();
  await fetch(\`http://\${host}:\${ollama.getMappedPort(11434)}/api/embed\`, { method: "POST", body });
});`,
    ...AI_TRANSPORT_VALID,
    ...STRICT_SKIPS_VALID,
  ],
  invalid: [
    // OpenAI-compatible clients pointed at a plaintext gateway.
    {
      code: `import OpenAI from "openai";
const VLLM_URL = "http://vllm.internal:8000/v1";
const client = new OpenAI({ apiKey: process.env.VLLM_KEY, baseURL: VLLM_URL });
const completion = await client.chat.completions.create({ model: "llama-3.1-8b", messages });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'vllm.internal'" }, line: 3, column: 68, endLine: 3, endColumn: 76,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
const VLLM_URL = "https://vllm.internal:8000/v1";
const client = new OpenAI({ apiKey: process.env.VLLM_KEY, baseURL: VLLM_URL });
const completion = await client.chat.completions.create({ model: "llama-3.1-8b", messages });` },
          ],
        },
      ],
    },
    {
      code: `const { OpenAI } = require("openai");
module.exports = new OpenAI({ baseURL: "http://10.0.3.7:8000/v1", apiKey: process.env.KEY });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 40, endLine: 2, endColumn: 65,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const { OpenAI } = require("openai");
module.exports = new OpenAI({ baseURL: "https://10.0.3.7:8000/v1", apiKey: process.env.KEY });` },
          ],
        },
      ],
    },
    {
      code: `import { AzureOpenAI } from "openai";
const HOST = "aoai-proxy.corp";
new AzureOpenAI({ endpoint: \`http://\${HOST}\`, apiVersion: "2024-10-21", deployment: "gpt-4o" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 29, endLine: 3, endColumn: 45,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { AzureOpenAI } from "openai";
const HOST = "aoai-proxy.corp";
new AzureOpenAI({ endpoint: \`https://\${HOST}\`, apiVersion: "2024-10-21", deployment: "gpt-4o" });` },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic({ baseURL: useProxy ? "http://claude-proxy.internal" : undefined });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 55, endLine: 2, endColumn: 85,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic({ baseURL: useProxy ? "https://claude-proxy.internal" : undefined });` },
          ],
        },
      ],
    },
    {
      code: `const Groq = require("groq-sdk");
const groq = new Groq({ baseURL: "http://groq-gw.internal" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 34, endLine: 2, endColumn: 59,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const Groq = require("groq-sdk");
const groq = new Groq({ baseURL: "https://groq-gw.internal" });` },
          ],
        },
      ],
    },
    {
      code: `import { GoogleGenAI } from "@google/genai";
const ai = new GoogleGenAI({ apiKey, httpOptions: { baseUrl: "http://gemini-proxy.internal" } });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 62, endLine: 2, endColumn: 92,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { GoogleGenAI } from "@google/genai";
const ai = new GoogleGenAI({ apiKey, httpOptions: { baseUrl: "https://gemini-proxy.internal" } });` },
          ],
        },
      ],
    },
    {
      code: `import { GoogleGenerativeAI } from "@google/generative-ai";
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" }, { baseUrl: "http://gemini-proxy.internal" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 82, endLine: 3, endColumn: 112,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { GoogleGenerativeAI } from "@google/generative-ai";
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" }, { baseUrl: "https://gemini-proxy.internal" });` },
          ],
        },
      ],
    },
    {
      code: `import { Mistral } from "@mistralai/mistralai";
import { CohereClientV2 } from "cohere-ai";
const mistral = new Mistral({ apiKey, serverURL: "http://mistral-gw.internal" });
const cohere = new CohereClientV2({ token, baseUrl: "http://cohere-gw.internal" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 50, endLine: 3, endColumn: 78,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { Mistral } from "@mistralai/mistralai";
import { CohereClientV2 } from "cohere-ai";
const mistral = new Mistral({ apiKey, serverURL: "https://mistral-gw.internal" });
const cohere = new CohereClientV2({ token, baseUrl: "http://cohere-gw.internal" });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 4, column: 53, endLine: 4, endColumn: 80,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { Mistral } from "@mistralai/mistralai";
import { CohereClientV2 } from "cohere-ai";
const mistral = new Mistral({ apiKey, serverURL: "http://mistral-gw.internal" });
const cohere = new CohereClientV2({ token, baseUrl: "https://cohere-gw.internal" });` },
          ],
        },
      ],
    },
    {
      code: `import { GoogleGenerativeAI } from "@google/generative-ai";
export class GeminiService {
  private readonly genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);
  model(name: string) {
    return this.genAI.getGenerativeModel({ model: name }, { baseUrl: "http://gemini-proxy.internal" });
  }
}`,
      filename: "file.ts",
      errors: [
        {
          messageId: "plaintextEndpoint", line: 5, column: 70, endLine: 5, endColumn: 100,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { GoogleGenerativeAI } from "@google/generative-ai";
export class GeminiService {
  private readonly genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);
  model(name: string) {
    return this.genAI.getGenerativeModel({ model: name }, { baseUrl: "https://gemini-proxy.internal" });
  }
}` },
          ],
        },
      ],
    },
    {
      code: `import OpenAI = require("openai");
const client = new OpenAI({ baseURL: "http://llm.corp.acme.net/v1" });`,
      filename: "file.ts",
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 38, endLine: 2, endColumn: 67,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI = require("openai");
const client = new OpenAI({ baseURL: "https://llm.corp.acme.net/v1" });` },
          ],
        },
      ],
    },
    {
      code: `const OpenAI = require("openai").default;
const client = new OpenAI({ baseURL: "http://llm.internal/v1" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 38, endLine: 2, endColumn: 62,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const OpenAI = require("openai").default;
const client = new OpenAI({ baseURL: "https://llm.internal/v1" });` },
          ],
        },
      ],
    },
    // Vercel AI SDK providers.
    {
      code: `import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
const vllm = createOpenAI({ apiKey: "EMPTY", baseURL: "http://vllm.ml.svc.cluster.local:8000/v1" });
const { text } = await generateText({ model: vllm("llama-3.1-70b"), prompt: question });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 55, endLine: 3, endColumn: 97,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
const vllm = createOpenAI({ apiKey: "EMPTY", baseURL: "https://vllm.ml.svc.cluster.local:8000/v1" });
const { text } = await generateText({ model: vllm("llama-3.1-70b"), prompt: question });` },
          ],
        },
      ],
    },
    {
      code: `import { createOllama } from "ollama-ai-provider";
export const ollama = createOllama({ baseURL: process.env.OLLAMA_BASE_URL || "http://ollama:11434/api" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 78, endLine: 2, endColumn: 103,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { createOllama } from "ollama-ai-provider";
export const ollama = createOllama({ baseURL: process.env.OLLAMA_BASE_URL || "https://ollama:11434/api" });` },
          ],
        },
      ],
    },
    {
      code: `import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
const provider = createOpenAICompatible({ name: "tgi", baseURL: \`http://\${process.env.TGI_HOST}:8080/v1\` });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "a host chosen at run time" }, line: 2, column: 65, endLine: 2, endColumn: 105,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
const provider = createOpenAICompatible({ name: "tgi", baseURL: \`https://\${process.env.TGI_HOST}:8080/v1\` });` },
          ],
        },
      ],
    },
    // LangChain chat models and embeddings.
    {
      code: `import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
const llm = new ChatOpenAI({ model: "gpt-4o-mini", configuration: { baseURL: "http://litellm:4000/v1" } });
const embeddings = new OpenAIEmbeddings({ model: "text-embedding-3-small", configuration: { baseURL: "http://litellm:4000/v1" } });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'litellm'" }, line: 2, column: 78, endLine: 2, endColumn: 102,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
const llm = new ChatOpenAI({ model: "gpt-4o-mini", configuration: { baseURL: "https://litellm:4000/v1" } });
const embeddings = new OpenAIEmbeddings({ model: "text-embedding-3-small", configuration: { baseURL: "http://litellm:4000/v1" } });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", data: { what: "Texts to embed, their vectors and the API key", scheme: "http", secureScheme: "https", host: "'litellm'" }, line: 3, column: 102, endLine: 3, endColumn: 126,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
const llm = new ChatOpenAI({ model: "gpt-4o-mini", configuration: { baseURL: "http://litellm:4000/v1" } });
const embeddings = new OpenAIEmbeddings({ model: "text-embedding-3-small", configuration: { baseURL: "https://litellm:4000/v1" } });` },
          ],
        },
      ],
    },
    {
      code: `import { ChatOllama, OllamaEmbeddings } from "@langchain/ollama";
const chat = new ChatOllama({ model: "llama3.1", baseUrl: "http://gpu-01.lan:11434" });
const embed = new OllamaEmbeddings({ model: "nomic-embed-text", baseUrl: "http://gpu-01.lan:11434" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 59, endLine: 2, endColumn: 84,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { ChatOllama, OllamaEmbeddings } from "@langchain/ollama";
const chat = new ChatOllama({ model: "llama3.1", baseUrl: "https://gpu-01.lan:11434" });
const embed = new OllamaEmbeddings({ model: "nomic-embed-text", baseUrl: "http://gpu-01.lan:11434" });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 3, column: 74, endLine: 3, endColumn: 99,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { ChatOllama, OllamaEmbeddings } from "@langchain/ollama";
const chat = new ChatOllama({ model: "llama3.1", baseUrl: "http://gpu-01.lan:11434" });
const embed = new OllamaEmbeddings({ model: "nomic-embed-text", baseUrl: "https://gpu-01.lan:11434" });` },
          ],
        },
      ],
    },
    {
      code: `import { ChatAnthropic } from "@langchain/anthropic";
const a = new ChatAnthropic({ model: "claude-sonnet-4-5", anthropicApiUrl: "http://claude-gw.internal" });
const b = new ChatAnthropic("claude-sonnet-4-5", { clientOptions: { baseURL: "http://claude-gw.internal" } });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 76, endLine: 2, endColumn: 103,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { ChatAnthropic } from "@langchain/anthropic";
const a = new ChatAnthropic({ model: "claude-sonnet-4-5", anthropicApiUrl: "https://claude-gw.internal" });
const b = new ChatAnthropic("claude-sonnet-4-5", { clientOptions: { baseURL: "http://claude-gw.internal" } });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 3, column: 78, endLine: 3, endColumn: 105,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { ChatAnthropic } from "@langchain/anthropic";
const a = new ChatAnthropic({ model: "claude-sonnet-4-5", anthropicApiUrl: "http://claude-gw.internal" });
const b = new ChatAnthropic("claude-sonnet-4-5", { clientOptions: { baseURL: "https://claude-gw.internal" } });` },
          ],
        },
      ],
    },
    // Ollama: a host without a scheme becomes http://.
    {
      code: `import { Ollama } from "ollama";
const ollama = new Ollama({ host: "gpu-box.lan:11434" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'gpu-box.lan'" }, line: 2, column: 35, endLine: 2, endColumn: 54,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { Ollama } from "ollama";
const ollama = new Ollama({ host: "https://gpu-box.lan:11434" });` },
          ],
        },
      ],
    },
    {
      code: `const { Ollama } = require("ollama");
const ollama = new Ollama({ host: "http://10.1.2.3:11434" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 35, endLine: 2, endColumn: 58,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const { Ollama } = require("ollama");
const ollama = new Ollama({ host: "https://10.1.2.3:11434" });` },
          ],
        },
      ],
    },
    // Hugging Face Inference, LlamaIndex, Vault.
    {
      code: `import { InferenceClient } from "@huggingface/inference";
const hf = new InferenceClient(process.env.HF_TOKEN, { endpointUrl: "http://tgi.internal:8080" });
const tgi = new InferenceClient(process.env.HF_TOKEN).endpoint("http://tgi-2.internal:8080");
const out = await hf.textGeneration({ inputs: prompt });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 69, endLine: 2, endColumn: 95,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { InferenceClient } from "@huggingface/inference";
const hf = new InferenceClient(process.env.HF_TOKEN, { endpointUrl: "https://tgi.internal:8080" });
const tgi = new InferenceClient(process.env.HF_TOKEN).endpoint("http://tgi-2.internal:8080");
const out = await hf.textGeneration({ inputs: prompt });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 3, column: 64, endLine: 3, endColumn: 92,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { InferenceClient } from "@huggingface/inference";
const hf = new InferenceClient(process.env.HF_TOKEN, { endpointUrl: "http://tgi.internal:8080" });
const tgi = new InferenceClient(process.env.HF_TOKEN).endpoint("https://tgi-2.internal:8080");
const out = await hf.textGeneration({ inputs: prompt });` },
          ],
        },
      ],
    },
    {
      code: `import { OpenAI } from "@llamaindex/openai";
import { Ollama } from "@llamaindex/ollama";
import { Settings } from "llamaindex";
Settings.llm = new OpenAI({ model: "gpt-4o", additionalSessionOptions: { baseURL: "http://llm-proxy.internal/v1" } });
const local = new Ollama({ model: "llama3.1", config: { host: "gpu-box.lan:11434" } });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 4, column: 83, endLine: 4, endColumn: 113,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { OpenAI } from "@llamaindex/openai";
import { Ollama } from "@llamaindex/ollama";
import { Settings } from "llamaindex";
Settings.llm = new OpenAI({ model: "gpt-4o", additionalSessionOptions: { baseURL: "https://llm-proxy.internal/v1" } });
const local = new Ollama({ model: "llama3.1", config: { host: "gpu-box.lan:11434" } });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 5, column: 63, endLine: 5, endColumn: 82,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { OpenAI } from "@llamaindex/openai";
import { Ollama } from "@llamaindex/ollama";
import { Settings } from "llamaindex";
Settings.llm = new OpenAI({ model: "gpt-4o", additionalSessionOptions: { baseURL: "http://llm-proxy.internal/v1" } });
const local = new Ollama({ model: "llama3.1", config: { host: "https://gpu-box.lan:11434" } });` },
          ],
        },
      ],
    },
    {
      code: `const vault = require("node-vault")({ apiVersion: "v1", endpoint: "http://vault.internal:8200", token: process.env.VAULT_TOKEN });
const { data } = await vault.read("secret/data/openai");`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Secrets and the Vault token", scheme: "http", secureScheme: "https", host: "'vault.internal'" }, line: 1, column: 67, endLine: 1, endColumn: 95,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const vault = require("node-vault")({ apiVersion: "v1", endpoint: "https://vault.internal:8200", token: process.env.VAULT_TOKEN });
const { data } = await vault.read("secret/data/openai");` },
          ],
        },
      ],
    },
    // Endpoints through constants, spreads, class fields, defaults and TS wrappers.
    {
      code: `import OpenAI from "openai";
const common = { baseURL: "http://vllm:8000/v1", timeout: 30_000 };
const client = new OpenAI({ ...common, apiKey: process.env.KEY });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 27, endLine: 2, endColumn: 48,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
const common = { baseURL: "https://vllm:8000/v1", timeout: 30_000 };
const client = new OpenAI({ ...common, apiKey: process.env.KEY });` },
          ],
        },
      ],
    },
    {
      code: `import OpenAI from "openai";
class LlmService {
  baseURL = "http://llm.internal/v1";
  client = new OpenAI({ baseURL: this.baseURL });
}`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 4, column: 34, endLine: 4, endColumn: 46,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
class LlmService {
  baseURL = "https://llm.internal/v1";
  client = new OpenAI({ baseURL: this.baseURL });
}` },
          ],
        },
      ],
    },
    {
      code: `import OpenAI from "openai";
const { VLLM_URL = "http://vllm.internal:8000/v1" } = process.env;
export const client = new OpenAI({ baseURL: VLLM_URL });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 45, endLine: 3, endColumn: 53,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
const { VLLM_URL = "https://vllm.internal:8000/v1" } = process.env;
export const client = new OpenAI({ baseURL: VLLM_URL });` },
          ],
        },
      ],
    },
    {
      code: `import OpenAI from "openai";
const CONFIG = { llm: { baseURL: "http://llm.internal/v1" } } as const;
const a = new OpenAI({ baseURL: CONFIG.llm.baseURL });
const b = new OpenAI({ baseURL: ("http://llm-2.internal/v1" satisfies string) });
const c = new OpenAI({ baseURL: process.env.LLM_URL! ?? ("http://llm-3.internal/v1" as string) });`,
      filename: "file.ts",
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 33, endLine: 3, endColumn: 51,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
const CONFIG = { llm: { baseURL: "https://llm.internal/v1" } } as const;
const a = new OpenAI({ baseURL: CONFIG.llm.baseURL });
const b = new OpenAI({ baseURL: ("http://llm-2.internal/v1" satisfies string) });
const c = new OpenAI({ baseURL: process.env.LLM_URL! ?? ("http://llm-3.internal/v1" as string) });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 4, column: 34, endLine: 4, endColumn: 77,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
const CONFIG = { llm: { baseURL: "http://llm.internal/v1" } } as const;
const a = new OpenAI({ baseURL: CONFIG.llm.baseURL });
const b = new OpenAI({ baseURL: ("https://llm-2.internal/v1" satisfies string) });
const c = new OpenAI({ baseURL: process.env.LLM_URL! ?? ("http://llm-3.internal/v1" as string) });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 5, column: 58, endLine: 5, endColumn: 94,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
const CONFIG = { llm: { baseURL: "http://llm.internal/v1" } } as const;
const a = new OpenAI({ baseURL: CONFIG.llm.baseURL });
const b = new OpenAI({ baseURL: ("http://llm-2.internal/v1" satisfies string) });
const c = new OpenAI({ baseURL: process.env.LLM_URL! ?? ("https://llm-3.internal/v1" as string) });` },
          ],
        },
      ],
    },
    {
      code: `process.env.OPENAI_BASE_URL = "http://proxy.corp:8080/v1";
process.env["HF_ENDPOINT"] ??= "http://hf-mirror.internal";`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 1, column: 31, endLine: 1, endColumn: 58,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `process.env.OPENAI_BASE_URL = "https://proxy.corp:8080/v1";
process.env["HF_ENDPOINT"] ??= "http://hf-mirror.internal";` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 2, column: 32, endLine: 2, endColumn: 59,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `process.env.OPENAI_BASE_URL = "http://proxy.corp:8080/v1";
process.env["HF_ENDPOINT"] ??= "https://hf-mirror.internal";` },
          ],
        },
      ],
    },
    // Internal services through HTTP, WebSocket and SSE clients.
    {
      code: `const res = await fetch("http://10.0.3.7:8000/v1/chat/completions", {
  method: "POST",
  body: JSON.stringify({ model, messages }),
});`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'10.0.3.7'" }, line: 1, column: 25, endLine: 1, endColumn: 67,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const res = await fetch("https://10.0.3.7:8000/v1/chat/completions", {
  method: "POST",
  body: JSON.stringify({ model, messages }),
});` },
          ],
        },
      ],
    },
    {
      code: `export async function embed(host, texts) {
  const res = await globalThis.fetch(\`http://\${host}:8080/embed\`, { method: "POST", body: JSON.stringify({ inputs: texts }) });
  return res.json();
}`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Texts to embed, their vectors and the API key", scheme: "http", secureScheme: "https", host: "a host chosen at run time" }, line: 2, column: 38, endLine: 2, endColumn: 65,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `export async function embed(host, texts) {
  const res = await globalThis.fetch(\`https://\${host}:8080/embed\`, { method: "POST", body: JSON.stringify({ inputs: texts }) });
  return res.json();
}` },
          ],
        },
      ],
    },
    {
      code: `const port = 8000;
const url = \`http://\${process.env.NODE_ENV === "production" ? "llm.internal" : "localhost"}:\${port}/v1/completions\`;
await fetch(url, { method: "POST", body });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'llm.internal'" }, line: 3, column: 13, endLine: 3, endColumn: 16,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const port = 8000;
const url = \`https://\${process.env.NODE_ENV === "production" ? "llm.internal" : "localhost"}:\${port}/v1/completions\`;
await fetch(url, { method: "POST", body });` },
          ],
        },
      ],
    },
    {
      code: `import axios from "axios";
const inference = axios.create({ baseURL: "http://inference.svc.cluster.local" });
await axios.post("http://ranker.internal/v1/rerank", { query, documents });
await axios({ method: "post", url: "http://ranker.internal/v1/score" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 43, endLine: 2, endColumn: 79,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import axios from "axios";
const inference = axios.create({ baseURL: "https://inference.svc.cluster.local" });
await axios.post("http://ranker.internal/v1/rerank", { query, documents });
await axios({ method: "post", url: "http://ranker.internal/v1/score" });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 3, column: 18, endLine: 3, endColumn: 52,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import axios from "axios";
const inference = axios.create({ baseURL: "http://inference.svc.cluster.local" });
await axios.post("https://ranker.internal/v1/rerank", { query, documents });
await axios({ method: "post", url: "http://ranker.internal/v1/score" });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 4, column: 36, endLine: 4, endColumn: 69,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import axios from "axios";
const inference = axios.create({ baseURL: "http://inference.svc.cluster.local" });
await axios.post("http://ranker.internal/v1/rerank", { query, documents });
await axios({ method: "post", url: "https://ranker.internal/v1/score" });` },
          ],
        },
      ],
    },
    {
      code: `const axios = require("axios");
axios.get("/v1/models", { baseURL: "http://vllm.internal:8000" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 36, endLine: 2, endColumn: 63,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const axios = require("axios");
axios.get("/v1/models", { baseURL: "https://vllm.internal:8000" });` },
          ],
        },
      ],
    },
    {
      code: `import got from "got";
import ky from "ky";
import { request, Pool } from "undici";
await got.post("http://scorer.internal/predict", { json: features });
await ky.post("v1/embeddings", { prefixUrl: "http://tei.internal" });
await request("http://tgi.internal:8080/generate", { method: "POST", body });
const pool = new Pool("http://10.0.0.5:8000");`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 4, column: 16, endLine: 4, endColumn: 48,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import got from "got";
import ky from "ky";
import { request, Pool } from "undici";
await got.post("https://scorer.internal/predict", { json: features });
await ky.post("v1/embeddings", { prefixUrl: "http://tei.internal" });
await request("http://tgi.internal:8080/generate", { method: "POST", body });
const pool = new Pool("http://10.0.0.5:8000");` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 5, column: 45, endLine: 5, endColumn: 66,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import got from "got";
import ky from "ky";
import { request, Pool } from "undici";
await got.post("http://scorer.internal/predict", { json: features });
await ky.post("v1/embeddings", { prefixUrl: "https://tei.internal" });
await request("http://tgi.internal:8080/generate", { method: "POST", body });
const pool = new Pool("http://10.0.0.5:8000");` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 6, column: 15, endLine: 6, endColumn: 50,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import got from "got";
import ky from "ky";
import { request, Pool } from "undici";
await got.post("http://scorer.internal/predict", { json: features });
await ky.post("v1/embeddings", { prefixUrl: "http://tei.internal" });
await request("https://tgi.internal:8080/generate", { method: "POST", body });
const pool = new Pool("http://10.0.0.5:8000");` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 7, column: 23, endLine: 7, endColumn: 45,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import got from "got";
import ky from "ky";
import { request, Pool } from "undici";
await got.post("http://scorer.internal/predict", { json: features });
await ky.post("v1/embeddings", { prefixUrl: "http://tei.internal" });
await request("http://tgi.internal:8080/generate", { method: "POST", body });
const pool = new Pool("https://10.0.0.5:8000");` },
          ],
        },
      ],
    },
    {
      code: `import fetch from "node-fetch";
const response = await fetch(new URL("/v1/completions", "http://llm.internal:8000"), { method: "POST" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 57, endLine: 2, endColumn: 83,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import fetch from "node-fetch";
const response = await fetch(new URL("/v1/completions", "https://llm.internal:8000"), { method: "POST" });` },
          ],
        },
      ],
    },
    {
      code: `import http from "node:http";
http.get("http://10.0.0.9:8000/v1/models");
const req = http.request({ hostname: "inference.internal", port: 8000, path: "/v1/completions", method: "POST" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Request and response bodies and headers", scheme: "http", secureScheme: "https", host: "'10.0.0.9'" }, line: 2, column: 10, endLine: 2, endColumn: 42,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import http from "node:http";
http.get("https://10.0.0.9:8000/v1/models");
const req = http.request({ hostname: "inference.internal", port: 8000, path: "/v1/completions", method: "POST" });` },
          ],
        },
        { messageId: "plaintextHttpModule", data: { what: "Prompts, completions and the API key", host: "'inference.internal'" }, line: 3, column: 38, endLine: 3, endColumn: 58 },
      ],
    },
    {
      code: `import WebSocket from "ws";
import { io } from "socket.io-client";
const realtime = new WebSocket("ws://realtime.internal/v1/audio");
const socket = io("http://agents.internal:3001");
const events = new EventSource("http://llm.internal/v1/stream");`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 32, endLine: 3, endColumn: 65,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import WebSocket from "ws";
import { io } from "socket.io-client";
const realtime = new WebSocket("wss://realtime.internal/v1/audio");
const socket = io("http://agents.internal:3001");
const events = new EventSource("http://llm.internal/v1/stream");` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 4, column: 19, endLine: 4, endColumn: 48,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import WebSocket from "ws";
import { io } from "socket.io-client";
const realtime = new WebSocket("ws://realtime.internal/v1/audio");
const socket = io("https://agents.internal:3001");
const events = new EventSource("http://llm.internal/v1/stream");` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 5, column: 32, endLine: 5, endColumn: 63,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import WebSocket from "ws";
import { io } from "socket.io-client";
const realtime = new WebSocket("ws://realtime.internal/v1/audio");
const socket = io("http://agents.internal:3001");
const events = new EventSource("https://llm.internal/v1/stream");` },
          ],
        },
      ],
    },
    {
      code: `const superagent = require("superagent");
await superagent.post("http://classifier.internal/invocations").send(payload);`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 23, endLine: 2, endColumn: 63,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const superagent = require("superagent");
await superagent.post("https://classifier.internal/invocations").send(payload);` },
          ],
        },
      ],
    },
    // A RAG service: the local embedder is fine, the remote reranker and LLM are not.
    {
      code: `import { OllamaEmbeddings } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import { QdrantVectorStore } from "@langchain/qdrant";
import axios from "axios";

const embeddings = new OllamaEmbeddings({ model: "nomic-embed-text", baseUrl: "http://127.0.0.1:11434" });
const llm = new ChatOpenAI({
  model: "llama-3.1-70b",
  apiKey: process.env.LLM_KEY,
  configuration: { baseURL: process.env.LLM_BASE_URL ?? "http://llm.ml.svc.cluster.local:8000/v1" },
});
const RERANKER = "http://reranker.ml.svc.cluster.local:8080";

export async function answer(question) {
  const store = await QdrantVectorStore.fromExistingCollection(embeddings, { url: process.env.QDRANT_URL, collectionName: "docs" });
  const docs = await store.similaritySearch(question, 20);
  const { data } = await axios.post(\`\${RERANKER}/rerank\`, { query: question, texts: docs.map((d) => d.pageContent) });
  console.log("reranked via http://reranker.ml.svc.cluster.local:8080");
  return llm.invoke([["system", "Answer from the context."], ["human", question]]);
}`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 10, column: 57, endLine: 10, endColumn: 98,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { OllamaEmbeddings } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import { QdrantVectorStore } from "@langchain/qdrant";
import axios from "axios";

const embeddings = new OllamaEmbeddings({ model: "nomic-embed-text", baseUrl: "http://127.0.0.1:11434" });
const llm = new ChatOpenAI({
  model: "llama-3.1-70b",
  apiKey: process.env.LLM_KEY,
  configuration: { baseURL: process.env.LLM_BASE_URL ?? "https://llm.ml.svc.cluster.local:8000/v1" },
});
const RERANKER = "http://reranker.ml.svc.cluster.local:8080";

export async function answer(question) {
  const store = await QdrantVectorStore.fromExistingCollection(embeddings, { url: process.env.QDRANT_URL, collectionName: "docs" });
  const docs = await store.similaritySearch(question, 20);
  const { data } = await axios.post(\`\${RERANKER}/rerank\`, { query: question, texts: docs.map((d) => d.pageContent) });
  console.log("reranked via http://reranker.ml.svc.cluster.local:8080");
  return llm.invoke([["system", "Answer from the context."], ["human", question]]);
}` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 17, column: 37, endLine: 17, endColumn: 57,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { OllamaEmbeddings } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import { QdrantVectorStore } from "@langchain/qdrant";
import axios from "axios";

const embeddings = new OllamaEmbeddings({ model: "nomic-embed-text", baseUrl: "http://127.0.0.1:11434" });
const llm = new ChatOpenAI({
  model: "llama-3.1-70b",
  apiKey: process.env.LLM_KEY,
  configuration: { baseURL: process.env.LLM_BASE_URL ?? "http://llm.ml.svc.cluster.local:8000/v1" },
});
const RERANKER = "https://reranker.ml.svc.cluster.local:8080";

export async function answer(question) {
  const store = await QdrantVectorStore.fromExistingCollection(embeddings, { url: process.env.QDRANT_URL, collectionName: "docs" });
  const docs = await store.similaritySearch(question, 20);
  const { data } = await axios.post(\`\${RERANKER}/rerank\`, { query: question, texts: docs.map((d) => d.pageContent) });
  console.log("reranked via http://reranker.ml.svc.cluster.local:8080");
  return llm.invoke([["system", "Answer from the context."], ["human", question]]);
}` },
          ],
        },
      ],
    },
    // Model weights and datasets.
    {
      // A run-time base whose fallback is a plaintext URL, with the rest of the URL written after it.
      code: `const HF_MIRROR = process.env.HF_ENDPOINT ?? "http://hf-mirror.internal";
const res = await fetch(\`\${HF_MIRROR}/org/model/resolve/main/model.safetensors\`);`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Model weights and datasets, which can be swapped in transit,", scheme: "http", secureScheme: "https", host: "'hf-mirror.internal'" }, line: 2, column: 25, endLine: 2, endColumn: 80,
        },
      ],
    },
    {
      code: `import { env, pipeline } from "@huggingface/transformers";
env.remoteHost = "http://hf-mirror.internal:8080/";
const extractor = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2");`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Model weights and datasets, which can be swapped in transit,", scheme: "http", secureScheme: "https", host: "'hf-mirror.internal'" }, line: 2, column: 18, endLine: 2, endColumn: 51,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { env, pipeline } from "@huggingface/transformers";
env.remoteHost = "https://hf-mirror.internal:8080/";
const extractor = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2");` },
          ],
        },
      ],
    },
    {
      code: `const { env } = require("@xenova/transformers");
Object.assign(env, { remoteHost: "http://models.lan/" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 34, endLine: 2, endColumn: 54,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const { env } = require("@xenova/transformers");
Object.assign(env, { remoteHost: "https://models.lan/" });` },
          ],
        },
      ],
    },
    {
      code: `import { downloadFile, uploadFiles } from "@huggingface/hub";
const blob = await downloadFile({ repo: "org/private-model", path: "model.safetensors", hubUrl: "http://hf-mirror.internal", accessToken });
await uploadFiles({ repo: "org/finetune", files, hubUrl: "http://hf-mirror.internal", accessToken });`,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 2, column: 97, endLine: 2, endColumn: 124,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { downloadFile, uploadFiles } from "@huggingface/hub";
const blob = await downloadFile({ repo: "org/private-model", path: "model.safetensors", hubUrl: "https://hf-mirror.internal", accessToken });
await uploadFiles({ repo: "org/finetune", files, hubUrl: "http://hf-mirror.internal", accessToken });` },
          ],
        },
        {
          messageId: "plaintextEndpoint", line: 3, column: 58, endLine: 3, endColumn: 85,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { downloadFile, uploadFiles } from "@huggingface/hub";
const blob = await downloadFile({ repo: "org/private-model", path: "model.safetensors", hubUrl: "http://hf-mirror.internal", accessToken });
await uploadFiles({ repo: "org/finetune", files, hubUrl: "https://hf-mirror.internal", accessToken });` },
          ],
        },
      ],
    },
    {
      code: `const weights = await fetch("http://artifacts.internal/models/llama-3.1-8b.Q4_K_M.gguf");`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Model weights and datasets, which can be swapped in transit,", scheme: "http", secureScheme: "https", host: "'artifacts.internal'" }, line: 1, column: 29, endLine: 1, endColumn: 88,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const weights = await fetch("https://artifacts.internal/models/llama-3.1-8b.Q4_K_M.gguf");` },
          ],
        },
      ],
    },
    // gRPC channels without TLS to a remote target.
    {
      code: `import * as grpc from "@grpc/grpc-js";
const client = new grpc.Client("inference.internal:50051", grpc.credentials.createInsecure());`,
      errors: [
        { messageId: "insecureGrpcChannel", data: { host: "'inference.internal'" }, line: 2, column: 60, endLine: 2, endColumn: 93 },
      ],
    },
    {
      code: `const grpc = require("@grpc/grpc-js");
const TARGET = "dns:///triton.ml.svc.cluster.local:8001";
const creds = grpc.credentials.createInsecure();
const triton = new proto.inference.GRPCInferenceService(TARGET, creds);`,
      errors: [
        { messageId: "insecureGrpcChannel", line: 3, column: 15, endLine: 3, endColumn: 48 },
      ],
    },
    {
      code: `import { ChannelCredentials } from "@grpc/grpc-js";
const client = new EmbeddingServiceClient("10.0.0.12:9000", ChannelCredentials.createInsecure());`,
      errors: [
        { messageId: "insecureGrpcChannel", line: 2, column: 61, endLine: 2, endColumn: 96 },
      ],
    },
    // strictAllUrls: every plaintext URL literal.
    {
      code: `const STATUS_PAGE = "http://status.internal/health";
app.get("/old", (req, res) => res.redirect("http://shop.internal/cart"));
const feed = "ws://feed.internal/ticks";`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextUrl", line: 1, column: 21, endLine: 1, endColumn: 52,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const STATUS_PAGE = "https://status.internal/health";
app.get("/old", (req, res) => res.redirect("http://shop.internal/cart"));
const feed = "ws://feed.internal/ticks";` },
          ],
        },
        {
          messageId: "plaintextUrl", line: 2, column: 44, endLine: 2, endColumn: 71,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const STATUS_PAGE = "http://status.internal/health";
app.get("/old", (req, res) => res.redirect("https://shop.internal/cart"));
const feed = "ws://feed.internal/ticks";` },
          ],
        },
        {
          messageId: "plaintextUrl", line: 3, column: 14, endLine: 3, endColumn: 40,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const STATUS_PAGE = "http://status.internal/health";
app.get("/old", (req, res) => res.redirect("http://shop.internal/cart"));
const feed = "wss://feed.internal/ticks";` },
          ],
        },
      ],
    },
    {
      code: `const url = \`http://\${region}.inference.internal/v1\`;`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextUrl", line: 1, column: 13, endLine: 1, endColumn: 53,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const url = \`https://\${region}.inference.internal/v1\`;` },
          ],
        },
      ],
    },
    // The same assignment outside a test or hook, or inside some other callback, sets the URL for real.
    {
      code: `process.env.APP_URL = "http://myapp.acme-corp.com";
it("reads APP_URL", () => expect(getAppUrl()).toBeDefined());
app.get("/reset", () => {
  process.env.APP_URL = "http://other.acme-corp.com";
});`,
      options: STRICT,
      filename: "url.util.test.ts",
      errors: [
        {
          messageId: "plaintextUrl", line: 1, column: 23, endLine: 1, endColumn: 51,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `process.env.APP_URL = "https://myapp.acme-corp.com";
it("reads APP_URL", () => expect(getAppUrl()).toBeDefined());
app.get("/reset", () => {
  process.env.APP_URL = "http://other.acme-corp.com";
});` },
          ],
        },
        {
          messageId: "plaintextUrl", line: 4, column: 25, endLine: 4, endColumn: 53,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `process.env.APP_URL = "http://myapp.acme-corp.com";
it("reads APP_URL", () => expect(getAppUrl()).toBeDefined());
app.get("/reset", () => {
  process.env.APP_URL = "https://other.acme-corp.com";
});` },
          ],
        },
      ],
    },
    {
      code: `const embeddingsUrl = new URL("/v1/embeddings", "http://" + "emb.internal:8080");`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextUrl", line: 1, column: 49, endLine: 1, endColumn: 80,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const embeddingsUrl = new URL("/v1/embeddings", "https://" + "emb.internal:8080");` },
          ],
        },
      ],
    },
    {
      code: `const link = <a href="http://wiki.internal/llm-gateway">Gateway docs</a>;`,
      options: STRICT,
      filename: "file.tsx",
      errors: [
        {
          messageId: "plaintextUrl", line: 1, column: 22, endLine: 1, endColumn: 56,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `const link = <a href="https://wiki.internal/llm-gateway">Gateway docs</a>;` },
          ],
        },
      ],
    },
    {
      code: `import OpenAI from "openai";
const LEGACY = "http://old-llm.internal/v1";
const client = new OpenAI({ baseURL: LEGACY });`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextEndpoint", line: 3, column: 38, endLine: 3, endColumn: 44,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import OpenAI from "openai";
const LEGACY = "https://old-llm.internal/v1";
const client = new OpenAI({ baseURL: LEGACY });` },
          ],
        },
      ],
    },
    // Test code: a real request is judged by its sink, and a URL outside an assertion's arguments is reported.
    {
      code: `import { test, expect } from "vitest";
test("streams a completion", async () => {
  const res = await fetch("http://api.acme-corp.com/v1/chat/completions", { method: "POST", body });
  expect(res.ok).toBe(true);
});`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'api.acme-corp.com'" }, line: 3, column: 27, endLine: 3, endColumn: 73,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { test, expect } from "vitest";
test("streams a completion", async () => {
  const res = await fetch("https://api.acme-corp.com/v1/chat/completions", { method: "POST", body });
  expect(res.ok).toBe(true);
});` },
          ],
        },
      ],
    },
    {
      code: `it("lists models", async () => {
  expect(await fetch("http://api.acme-corp.com/v1/models")).toBeTruthy();
});`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Request and response bodies and headers", scheme: "http", secureScheme: "https", host: "'api.acme-corp.com'" }, line: 2, column: 22, endLine: 2, endColumn: 58,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `it("lists models", async () => {
  expect(await fetch("https://api.acme-corp.com/v1/models")).toBeTruthy();
});` },
          ],
        },
      ],
    },
    {
      code: `import { it, expect } from "vitest";
import { createClient } from "../src/client";
it("creates a client", () => {
  const client = createClient({ baseURL: "http://api.acme-corp.com/v1" });
  expect(client.baseURL).toBeDefined();
});`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "'api.acme-corp.com'" }, line: 4, column: 42, endLine: 4, endColumn: 71,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { it, expect } from "vitest";
import { createClient } from "../src/client";
it("creates a client", () => {
  const client = createClient({ baseURL: "https://api.acme-corp.com/v1" });
  expect(client.baseURL).toBeDefined();
});` },
          ],
        },
      ],
    },
    // Docker: another container on the default bridge is not the host.
    {
      code: `import { Ollama } from "ollama";
const other = new Ollama({ host: "http://172.17.0.2:11434" });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Prompts, completions and the API key", scheme: "http", secureScheme: "https", host: "'172.17.0.2'" }, line: 2, column: 34, endLine: 2, endColumn: 59,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { Ollama } from "ollama";
const other = new Ollama({ host: "https://172.17.0.2:11434" });` },
          ],
        },
      ],
    },
    // 10.0.0.1 written in decimal is not loopback.
    {
      code: `await fetch("http://167772161:8000/v1/embeddings", { method: "POST", body });`,
      errors: [
        {
          messageId: "plaintextEndpoint", data: { what: "Texts to embed, their vectors and the API key", scheme: "http", secureScheme: "https", host: "'167772161'" }, line: 1, column: 13, endLine: 1, endColumn: 50,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `await fetch("https://167772161:8000/v1/embeddings", { method: "POST", body });` },
          ],
        },
      ],
    },
    // A URL list with one remote plaintext item names that item; no single edit is offered.
    {
      code: `process.env.CORS_ORIGINS = "http://localhost:3000,http://dashboard.acme-corp.com";`,
      options: STRICT,
      errors: [
        { messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "'dashboard.acme-corp.com'" }, line: 1, column: 28, endLine: 1, endColumn: 82, suggestions: [] },
      ],
    },
    // A ternary branch that reaches a redirect, not a log.
    {
      code: `export function back(res, host) {
  res.redirect(host ? "http://" + host + "/login" : "/login");
}`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "a host chosen at run time" }, line: 2, column: 23, endLine: 2, endColumn: 50,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `export function back(res, host) {
  res.redirect(host ? "https://" + host + "/login" : "/login");
}` },
          ],
        },
      ],
    },
    // A default is used, unlike a placeholder.
    {
      code: `export const fields = [{ name: "mcpUrl", placeholder: "http://mcp-server:8001/mcp", default: "http://mcp-server:8001/mcp" }];`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "'mcp-server'" }, line: 1, column: 94, endLine: 1, endColumn: 122,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `export const fields = [{ name: "mcpUrl", placeholder: "http://mcp-server:8001/mcp", default: "https://mcp-server:8001/mcp" }];` },
          ],
        },
      ],
    },
    // a vector-store client's list of addresses is left to no-plaintext-vector-store; other URLs are still read
    {
      code: `import { Client } from "@elastic/elasticsearch";
export const es = new Client({ nodes: ["http://es-0.search.acme.io:9200", "http://es-1.search.acme.io:9200"] });
export const docs = "http://docs.acme.io/search";`,
      options: STRICT,
      errors: [
        {
          messageId: "plaintextUrl", data: { scheme: "http", secureScheme: "https", host: "'docs.acme.io'" }, line: 3, column: 21, endLine: 3, endColumn: 49,
          suggestions: [
            { messageId: "suggestSecureScheme", output: `import { Client } from "@elastic/elasticsearch";
export const es = new Client({ nodes: ["http://es-0.search.acme.io:9200", "http://es-1.search.acme.io:9200"] });
export const docs = "https://docs.acme.io/search";` },
          ],
        },
      ],
    },
    // serverCreation: plaintext servers reachable from the network.
    {
      code: `import http from "node:http";
let server;
export function start() {
  server = http.createServer(handler);
  server.listen(8080);
}`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "every interface" }, line: 4, column: 12, endLine: 4, endColumn: 29 },
      ],
    },
    {
      code: `import http from "node:http";
http.createServer(app).listen(8080);
const server = http.createServer(handler);
server.listen({ port: 3000, host: "0.0.0.0" });`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "every interface" }, line: 2, column: 1, endLine: 2, endColumn: 18 },
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "'0.0.0.0'" }, line: 3, column: 16, endLine: 3, endColumn: 33 },
      ],
    },
    {
      code: `const express = require("express");
const app = express();
app.use(express.json());
app.listen(process.env.PORT ?? 8888, () => console.log("collector ready"));`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "plaintextServer", data: { factory: "express", secure: "https.createServer({ key, cert }, app)", host: "every interface" }, line: 2, column: 13, endLine: 2, endColumn: 20 },
      ],
    },
    {
      code: `import polka from "polka";
import Koa from "koa";
polka().use(handler).listen(3000, "0.0.0.0");
const koa = new Koa();
koa.listen(8080);`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "plaintextServer", data: { factory: "polka", secure: "https.createServer({ key, cert }, app)", host: "'0.0.0.0'" }, line: 3, column: 1, endLine: 3, endColumn: 6 },
        { messageId: "plaintextServer", data: { factory: "new koa", secure: "https.createServer({ key, cert }, app)", host: "every interface" }, line: 4, column: 17, endLine: 4, endColumn: 20 },
      ],
    },
    {
      // An app built by a chain of app-returning calls and stored in a variable is still the app.
      code: `import polka from "polka";
import express from "express";
const server = polka()
  .use((req, res, next) => next())
  .use(compress)
  .use(handler);
const host = process.env.HOST ?? "0.0.0.0";
const listenOptions = process.env.SOCKET_PATH ? { path: process.env.SOCKET_PATH } : { host, port: 3000 };
server.listen(listenOptions, () => {});
const api = express().set("trust proxy", 1).post("/v1/chat", chat);
api.listen(8080);`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "plaintextServer", data: { factory: "polka", secure: "https.createServer({ key, cert }, app)", host: "'0.0.0.0'" }, line: 3, column: 16, endLine: 3, endColumn: 21 },
        { messageId: "plaintextServer", data: { factory: "express", secure: "https.createServer({ key, cert }, app)", host: "every interface" }, line: 10, column: 13, endLine: 10, endColumn: 20 },
      ],
    },
    {
      code: `const http2 = require("http2");
http2.createServer(onRequest).listen(8443);`,
      options: STRICT,
      errors: [
        { messageId: "plaintextServer", data: { factory: "http2.createServer", secure: "http2.createSecureServer({ key, cert }, handler)", host: "every interface" }, line: 2, column: 1, endLine: 2, endColumn: 19 },
      ],
    },
    {
      code: `import { Server, ServerCredentials } from "@grpc/grpc-js";
const server = new Server();
server.bindAsync("0.0.0.0:50051", ServerCredentials.createInsecure(), () => server.start());`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "insecureGrpcServer", data: { host: "'0.0.0.0'" }, line: 3, column: 35, endLine: 3, endColumn: 69 },
      ],
    },
    {
      code: `import http from "node:http";
const server = http.createServer(app);
server.listen(Number(process.env.PORT), process.env.HOST);
const api = http.createServer(handler);
api.listen(3000, () => console.log("ready"));
export const bare = http.createServer(handler);`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "an address chosen at run time" }, line: 2, column: 16, endLine: 2, endColumn: 33 },
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "every interface" }, line: 4, column: 13, endLine: 4, endColumn: 30 },
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "its address" }, line: 6, column: 21, endLine: 6, endColumn: 38 },
      ],
    },
    {
      code: `const http = require("http");
function onListening() {}
http.createServer(app).listen(8080, onListening);
http.createServer(app).listen({ port: 8081 });
http.createServer(app).listen({ port: 8082, host: config.host });`,
      options: STRICT,
      errors: [
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "every interface" }, line: 3, column: 1, endLine: 3, endColumn: 18 },
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "every interface" }, line: 4, column: 1, endLine: 4, endColumn: 18 },
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "an address chosen at run time" }, line: 5, column: 1, endLine: 5, endColumn: 18 },
      ],
    },
    {
      code: `import http from "node:http";
const HOST = process.env.HOST;
export function start(app, onReady) {
  http.createServer(app).listen(3000, HOST);
  http.createServer(app).listen(3001, onReady);
}`,
      options: [{"serverCreation":true}],
      errors: [
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "an address chosen at run time" }, line: 4, column: 3, endLine: 4, endColumn: 20 },
        { messageId: "plaintextServer", data: { factory: "http.createServer", secure: "https.createServer({ key, cert }, handler)", host: "its address" }, line: 5, column: 3, endLine: 5, endColumn: 20 },
      ],
    },
    // Settings reached through a member or destructuring of a central same-file object.
    invalidCase(`import OpenAI from "openai";
const settings = { llm: { baseURL: "http://vllm.internal:8000/v1", apiKey: process.env.VLLM_KEY }, timeoutMs: 30000 };
export const client = new OpenAI(settings.llm);`, (code) => [errorAt(code, '"http://vllm.internal:8000/v1"', { fix: ["http://", "https://"] })]),
    invalidCase(`const { OpenAI } = require("openai");
const settings = { llm: { baseURL: "http://vllm.internal:8000/v1" } };
const { llm } = settings;
module.exports = new OpenAI(llm);`, (code) => [errorAt(code, '"http://vllm.internal:8000/v1"', { fix: ["http://", "https://"] })]),
    invalidCase(`import OpenAI from "openai";
const settings = { llm: { baseURL: "http://vllm.internal:8000/v1" } };
const v = settings.llm;
export const client = new OpenAI({ baseURL: v.baseURL });`, (code) => [errorAt(code, "v.baseURL", { fix: ["http://", "https://"] })]),
    invalidCase(`import OpenAI from "openai";
const settings = { llm: { baseURL: "http://vllm.internal:8000/v1" } };
const { llm: { baseURL } } = settings;
export const client = new OpenAI({ baseURL });`, (code) => [errorAt(code, "baseURL", { nth: 2, fix: ["http://", "https://"] })]),
    invalidCase(`import OpenAI from "openai";
const base = { llm: { baseURL: "https://api.openai.com/v1" } };
const settings = { ...base, llm: { baseURL: "http://vllm.internal:8000/v1" } } as const;
export const client = new OpenAI({ ...settings.llm });`, (code) => [errorAt(code, '"http://vllm.internal:8000/v1"', { fix: ["http://", "https://", 0] })], { filename: "file.ts" }),
    // axios defaults, axios instances given an absolute URL, and ofetch instances.
    invalidCase(`import axios from "axios";
axios.defaults.baseURL = "http://rag-api.internal:8000";
axios.defaults.timeout = 30000;
export const search = (q) => axios.post("/search", { q });`, (code) => [errorAt(code, '"http://rag-api.internal:8000"', { fix: ["http://", "https://"] })]),
    invalidCase(`const axios = require("axios").default;
const RAG_API = "http://rag-api.internal:8000";
const api = axios.create({ timeout: 10000 });
api.defaults.baseURL = RAG_API;
module.exports = { api };`, (code) => [errorAt(code, "RAG_API", { nth: 1, fix: ["http://", "https://"] })]),
    invalidCase(`import axios from "axios";
const inst = axios.create({ timeout: 5000 });
export async function embed(texts) {
  const { data } = await inst.post("http://embed.internal/embed", { inputs: texts });
  await inst.get(\`http://embed.internal/health\`);
  return data;
}`, (code) => [
      errorAt(code, '"http://embed.internal/embed"', { fix: ["http://", "https://"] }),
      errorAt(code, "`http://embed.internal/health`", { fix: ["http://", "https://", 1] }),
    ]),
    invalidCase(`import { $fetch } from "ofetch";
export const rag = $fetch.create({ baseURL: "http://rag-api.internal:8000", retry: 2 });`, (code) => [errorAt(code, '"http://rag-api.internal:8000"', { fix: ["http://", "https://"] })]),
    invalidCase(`import { ofetch } from "ofetch";
const api = ofetch.create({ baseURL: process.env.RAG_URL ?? "http://rag-api.internal:8000" });`, (code) => [errorAt(code, '"http://rag-api.internal:8000"', { fix: ["http://", "https://"] })]),
    // Without Testcontainers in the file, a getHost() result is a host set at run time.
    invalidCase(`import OpenAI from "openai";
import { gateway } from "./gateway";
const client = new OpenAI({ baseURL: \`http://\${gateway.getHost()}:8080/v1\` });`, (code) => [errorAt(code, "`http://${gateway.getHost()}:8080/v1`", { fix: ["http://", "https://"] })]),
    ...AI_TRANSPORT_INVALID,
    ...STRICT_SKIPS_INVALID,
  ],
});
