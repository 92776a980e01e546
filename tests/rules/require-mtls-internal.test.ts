import rule from "../../src/rules/require-mtls-internal";
import { runRuleTests } from "../rule-tester";

runRuleTests("require-mtls-internal", rule, {
  valid: [
    // loopback needs no client certificate
    { code: `import https from "node:https";
import tls from "node:tls";
https.get("https://localhost:8443/health", (res) => res.resume());
https.request({ hostname: "127.0.0.1", port: 8443, path: "/v1/embed", method: "POST" });
tls.connect({ host: "::1", port: 6380, ca });
tls.connect({ port: 6380 });` },
    // public HTTPS APIs authenticate with keys, not client certificates
    { code: `import https from "node:https";
import { Pool } from "undici";
import axios from "axios";
import WebSocket from "ws";
https.get("https://api.openai.com/v1/models", { headers: { authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });
const cohere = new Pool("https://api.cohere.com");
const client = axios.create({ baseURL: "https://api.anthropic.com", httpsAgent: new https.Agent({ keepAlive: true }) });
const realtime = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview");` },
    // a client certificate is configured, even from a run-time file
    { code: `import https from "node:https";
import fs from "node:fs";
https.request({
  hostname: "embeddings.ml.svc.cluster.local",
  ca: fs.readFileSync("/etc/ssl/internal-ca.pem"),
  cert: fs.readFileSync(process.env.CLIENT_CERT),
  key: fs.readFileSync(process.env.CLIENT_KEY),
});
const mtls = new https.Agent({ ca, pfx: fs.readFileSync("/run/secrets/client.p12"), passphrase });
https.request("https://inference:8443/v1/chat", { agent: mtls, method: "POST" });` },
    // TLS options that come from elsewhere
    { code: `import https from "node:https";
import tls from "node:tls";
https.request(requestOptions);
https.request({ hostname: "vector-db", agent: getAgent() });
https.request({ hostname: "vector-db", ...tlsOptions });
tls.connect({ host: "redis.internal", port: 6380, secureContext: sharedContext });` },
    // target not provably internal
    { code: `import https from "node:https";
import { Pool } from "undici";
https.get(process.env.RERANKER_URL);
https.request({ hostname: config.host, port: 443 });
const pool = new Pool(\`https://\${process.env.QDRANT_HOST}:6333\`, { connect: { ca } });` },
    // plain HTTP is no-plaintext-http's business
    { code: `import https from "node:https";
import WebSocket from "ws";
https.get({ hostname: "vector-db", protocol: "http:" });
const ws = new WebSocket("ws://stream.internal/events");` },
    // mutual TLS on undici, axios, ws, tls and http2
    { code: `import { Agent, Pool } from "undici";
import axios from "axios";
import https from "node:https";
import tls from "node:tls";
import http2 from "node:http2";
import WebSocket from "ws";
const pool = new Pool("https://qdrant.internal:6333", { connect: { ca, cert, key } });
const agent = new Agent({ connect: { ca, cert, key } });
await fetch("https://ranker.internal/rank", { dispatcher: agent });
const api = axios.create({ baseURL: "https://feature-store.internal", httpsAgent: new https.Agent({ ca, cert, key }) });
tls.connect({ host: "redis.internal", port: 6380, secureContext: tls.createSecureContext({ ca, cert, key }) });
const session = http2.connect("https://triton.ml.svc:8001", { ca, cert, key });
const ws = new WebSocket("wss://stream.internal/events", ["v1"], { ca, cert, key });
const custom = new Pool("https://qdrant.internal:6333", { connect: (opts, cb) => connectWithHsm(opts, cb) });` },
    // axios and fetch without any TLS configuration
    { code: `import axios from "axios";
await axios.get("https://feature-store.internal/v1/features");
await fetch("https://ranker.internal/rank", { method: "POST", body });` },
    // gRPC with a client key pair, to loopback, to a public host, or over a Unix socket
    { code: `import * as grpc from "@grpc/grpc-js";
import fs from "node:fs";
const ca = fs.readFileSync("/etc/ssl/ca.pem");
const a = new proto.Reranker("scorer:50051", grpc.credentials.createSsl(ca, fs.readFileSync(KEY_PATH), fs.readFileSync(CHAIN_PATH)));
const b = new proto.Reranker("localhost:50051", grpc.credentials.createSsl(ca));
const c = new proto.Reranker("api.example.com:443", grpc.credentials.createSsl(ca));
const d = new grpc.Client("unix:///var/run/scorer.sock", grpc.credentials.createSsl(ca));
const e = new proto.Reranker(process.env.SCORER_TARGET, grpc.credentials.createSsl(ca));
const insecure = grpc.credentials.createSsl(ca);` },
    // a host outside internalHosts
    { code: `import https from "node:https";
https.get("https://corp.example.com.attacker.io/v1");
https.get("https://example.com/v1");`, options: [{"internalHosts":["*.corp.example.com"]}] },
    // client certificate via pfx, an agent, or a satisfies-typed options object
    { code: `import https from "node:https";
import WebSocket from "ws";
import type { RequestOptions } from "node:https";
export function call(pfx: Buffer, passphrase: string) {
  https.request({ hostname: "vector-db", pfx, passphrase });
}
const mtlsAgent = new https.Agent({ cert: process.env.CERT_PEM, key: process.env.KEY_PEM });
const ws = new WebSocket("wss://stream.internal/events", { agent: mtlsAgent });
const options = { hostname: "inference.internal", cert, key } satisfies RequestOptions;
https.request(options);`, filename: "file.ts" },
    // IPC paths, public http2 hosts and run-time WebSocket URLs
    { code: `import tls from "node:tls";
import http2 from "node:http2";
import WebSocket from "ws";
tls.connect({ path: "/var/run/redis.sock" });
const s = http2.connect("https://generativelanguage.googleapis.com");
const w = new WebSocket(process.env.STREAM_URL);` },
  ],
  invalid: [
    // https.request / https.get
    {
      code: `import https from "node:https";
https.get("https://reranker.internal/v1/rerank", (res) => res.resume());`,
      errors: [
        { messageId: "missingClientCert", line: 2, column: 11, endLine: 2, endColumn: 48 },
      ],
    },
    {
      code: `const https = require("https");
const req = https.request({
  hostname: "embeddings.ml.svc.cluster.local",
  port: 443,
  path: "/v1/embeddings",
  method: "POST",
  ca: fs.readFileSync("/etc/ssl/internal-ca.pem"),
});`,
      errors: [
        { messageId: "missingClientCert", line: 3, column: 13, endLine: 3, endColumn: 46 },
      ],
    },
    {
      code: `import { request, Agent } from "node:https";
const agent = new Agent({ ca: internalCa, keepAlive: true });
request({ host: "vector-db", port: 6333, agent, path: "/collections" });`,
      errors: [
        { messageId: "missingClientCert", line: 3, column: 17, endLine: 3, endColumn: 28 },
      ],
    },
    {
      code: `import https from "node:https";
const RERANKER = new URL("https://10.0.12.7:8443/v1/rerank");
https.request(RERANKER, { method: "POST" });
https.get(new URL("/health", "https://192.168.1.20"));`,
      errors: [
        { messageId: "missingClientCert", line: 3, column: 15, endLine: 3, endColumn: 23 },
        { messageId: "missingClientCert", line: 4, column: 11, endLine: 4, endColumn: 53 },
      ],
    },
    {
      code: `import * as https from "node:https";
const INFERENCE_HOST = "llm-gateway.internal" as const;
export function complete(body: string): void {
  const req = https.request({ hostname: INFERENCE_HOST, method: "POST", agent: false });
  req.end(body);
}`,
      filename: "file.ts",
      errors: [
        { messageId: "missingClientCert", line: 4, column: 41, endLine: 4, endColumn: 55 },
      ],
    },
    {
      code: `import https from "node:https";
https.get("https://vectors.corp.example.com/v1/search");
https.get("https://ml-gateway.example.net/v1/chat");`,
      options: [{"internalHosts":["*.corp.example.com","ml-gateway.example.net"]}],
      errors: [
        { messageId: "missingClientCert", line: 2, column: 11, endLine: 2, endColumn: 55 },
        { messageId: "missingClientCert", line: 3, column: 11, endLine: 3, endColumn: 51 },
      ],
    },
    // tls.connect and http2.connect
    {
      code: `import tls from "node:tls";
const socket = tls.connect({ host: "redis.internal", port: 6380, ca: internalCa, servername: "redis.internal" });`,
      errors: [
        { messageId: "missingClientCert", line: 2, column: 36, endLine: 2, endColumn: 52 },
      ],
    },
    {
      code: `const tls = require("node:tls");
const a = tls.connect(6380, "cache-0.cache.svc.cluster.local", { ca });
const b = tls.connect({ host: "redis.internal", port: 6380, secureContext: tls.createSecureContext({ ca }) });`,
      errors: [
        { messageId: "missingClientCert", line: 2, column: 29, endLine: 2, endColumn: 62 },
        { messageId: "missingClientCert", line: 3, column: 31, endLine: 3, endColumn: 47 },
      ],
    },
    {
      code: `import http2 from "node:http2";
const session = http2.connect("https://triton.ml.svc:8001", { ca: internalCa });`,
      errors: [
        { messageId: "missingClientCert", line: 2, column: 31, endLine: 2, endColumn: 59 },
      ],
    },
    // undici
    {
      code: `import { Pool, Client } from "undici";
const qdrant = new Pool("https://qdrant.internal:6333", { connect: { ca: internalCa } });
const triton = new Client("https://triton:8000");`,
      errors: [
        { messageId: "missingClientCert", line: 2, column: 25, endLine: 2, endColumn: 55 },
        { messageId: "missingClientCert", line: 3, column: 27, endLine: 3, endColumn: 48 },
      ],
    },
    {
      code: `import { Agent, fetch as undiciFetch } from "undici";
const dispatcher = new Agent({ connect: { ca: internalCa, rejectUnauthorized: true } });
await fetch("https://ranker.internal/rank", { method: "POST", dispatcher });
await undiciFetch("https://ranker.internal/health", { dispatcher });`,
      errors: [
        { messageId: "missingClientCert", line: 3, column: 13, endLine: 3, endColumn: 43 },
        { messageId: "missingClientCert", line: 4, column: 19, endLine: 4, endColumn: 51 },
      ],
    },
    // axios with an httpsAgent
    {
      code: `import axios from "axios";
import https from "node:https";
const featureStore = axios.create({
  baseURL: "https://feature-store.internal",
  httpsAgent: new https.Agent({ ca: internalCa }),
});`,
      errors: [
        { messageId: "missingClientCert", line: 4, column: 12, endLine: 4, endColumn: 44 },
      ],
    },
    {
      code: `const axios = require("axios");
const https = require("https");
const agent = new https.Agent({ ca: internalCa });
axios.get("https://10.1.2.3/v1/score", { httpsAgent: agent });
axios.post("https://scorer.corp/v1/score", payload, { httpsAgent: agent });
axios({ url: "https://scorer.corp/v1/score", method: "post", httpsAgent: agent });`,
      errors: [
        { messageId: "missingClientCert", line: 4, column: 11, endLine: 4, endColumn: 38 },
        { messageId: "missingClientCert", line: 5, column: 12, endLine: 5, endColumn: 42 },
        { messageId: "missingClientCert", line: 6, column: 14, endLine: 6, endColumn: 44 },
      ],
    },
    // ws
    {
      code: `import WebSocket from "ws";
const events = new WebSocket("wss://stream.internal/events", { ca: internalCa });
const tokens = new WebSocket(\`wss://10.0.0.12:8443/stream\`);`,
      errors: [
        { messageId: "missingClientCert", line: 2, column: 30, endLine: 2, endColumn: 60 },
        { messageId: "missingClientCert", line: 3, column: 30, endLine: 3, endColumn: 59 },
      ],
    },
    // gRPC
    {
      code: `import * as grpc from "@grpc/grpc-js";
import fs from "node:fs";
const ca = fs.readFileSync("/etc/ssl/internal-ca.pem");
const credentials = grpc.credentials.createSsl(ca);
const reranker = new proto.ml.Reranker("reranker.ml.svc.cluster.local:443", credentials);`,
      errors: [
        { messageId: "missingGrpcClientCert", line: 4, column: 21, endLine: 4, endColumn: 51 },
      ],
    },
    {
      code: `const grpc = require("@grpc/grpc-js");
const scorer = new proto.Scorer("dns:///scorer:50051", grpc.credentials.createSsl());
const ranker = new proto.Ranker("ranker:50051", grpc.credentials.combineChannelCredentials(grpc.credentials.createSsl(ca, null, null), callCredentials));`,
      errors: [
        { messageId: "missingGrpcClientCert", line: 2, column: 56, endLine: 2, endColumn: 84 },
        { messageId: "missingGrpcClientCert", line: 3, column: 92, endLine: 3, endColumn: 134 },
      ],
    },
    {
      code: `import { credentials, Client } from "@grpc/grpc-js";
import tls from "node:tls";
const client = new Client("10.20.0.5:50051", credentials.createFromSecureContext(tls.createSecureContext({ ca })));`,
      errors: [
        { messageId: "missingGrpcClientCert", line: 3, column: 46, endLine: 3, endColumn: 114 },
      ],
    },
    // more shapes: ternaries, class fields, explicit undefined, IPv6, TypeScript
    {
      code: `import https from "node:https";
https.request({ hostname: process.env.NODE_ENV === "production" ? "api.example.com" : "staging-db", port: 443 });
https.get("https://[fd12:3456::5]:8443/v1/embed");
https.request({ hostname: "qdrant", cert: undefined, key: undefined });`,
      errors: [
        { messageId: "missingClientCert", line: 2, column: 87, endLine: 2, endColumn: 99 },
        { messageId: "missingClientCert", line: 3, column: 11, endLine: 3, endColumn: 49 },
        { messageId: "missingClientCert", line: 4, column: 27, endLine: 4, endColumn: 35 },
      ],
    },
    {
      code: `import https from "node:https";
export class RerankerClient {
  agent = new https.Agent({ ca: process.env.INTERNAL_CA, keepAlive: true });
  rerank(body) {
    return https.request({ hostname: "reranker.ml.svc.cluster.local", method: "POST", agent: this.agent });
  }
}`,
      errors: [
        { messageId: "missingClientCert", line: 5, column: 38, endLine: 5, endColumn: 69 },
      ],
    },
    {
      code: `import { ChannelCredentials } from "@grpc/grpc-js";
import { RerankerClient } from "./gen/reranker_grpc_pb";
const creds: ChannelCredentials = ChannelCredentials.createSsl(Buffer.from(process.env.INTERNAL_CA!));
export const reranker = new RerankerClient("reranker.internal:443", creds);`,
      filename: "file.ts",
      errors: [
        { messageId: "missingGrpcClientCert", line: 3, column: 35, endLine: 3, endColumn: 102 },
      ],
    },
  ],
});
