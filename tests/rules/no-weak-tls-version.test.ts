import rule from "../../src/rules/no-weak-tls-version";
import { runRuleTests } from "../rule-tester";

runRuleTests("no-weak-tls-version", rule, {
  valid: [
    // versions at or above the minimum
    `import tls from "node:tls";
tls.connect({ host: "api.example.com", port: 443, minVersion: "TLSv1.2" });
tls.connect({ host: "api.example.com", port: 443, minVersion: "TLSv1.3", maxVersion: "TLSv1.3" });`,
    `import https from "node:https";
const agent = new https.Agent({ keepAlive: true, minVersion: "TLSv1.2", maxVersion: "TLSv1.3" });`,
    { code: `const MIN: string = "TLSv1.3";
tls.connect({ minVersion: MIN as "TLSv1.3" });`, filename: "file.ts" },
    { code: `tls.connect({ minVersion: "TLSv1.3" });`, options: [{"minimum":"TLSv1.3"}] },
    // dynamic values
    `tls.connect({ minVersion: process.env.TLS_MIN_VERSION });`,
    `function agentFor(options) { return new https.Agent({ minVersion: options.minVersion, ciphers: options.ciphers }); }`,
    `tls.connect({ secureOptions: flagsFromConfig, secureProtocol: config.protocol });`,
    // values that are not TLS settings
    `const pkg = { name: "rag-worker", engines: { node: ">=20" }, minVersion: "1.0.0", maxVersion: "2.x" };`,
    `const cipherOptions = { ciphers: ["aes-256-gcm", "chacha20-poly1305"] };`,
    `const legacy = { ciphers: "des-ede3-cbc" };`,
    // type declarations
    { code: `interface LegacyTls { minVersion: "TLSv1"; secureProtocol: "TLSv1_method"; ciphers: "RC4" }
type Old = { maxVersion: "TLSv1.1" };
declare class Socket { minVersion: "TLSv1" }`, filename: "file.ts" },
    // secureProtocol that stays at or above the minimum
    `tls.createSecureContext({ secureProtocol: "TLSv1_2_method" });`,
    `// SSLv23_method keeps the default floor (TLS 1.2) and caps at TLS 1.2.
tls.createSecureContext({ secureProtocol: "SSLv23_method" });`,
    `import { constants } from "node:crypto";
tls.createSecureContext({
  secureProtocol: "TLS_method",
  secureOptions: constants.SSL_OP_NO_SSLv3 | constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1,
});`,
    // secureOptions that only switch things off
    `const { constants } = require("crypto");
https.createServer({ key, cert, secureOptions: constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1 | constants.SSL_OP_NO_RENEGOTIATION });`,
    `tls.connect({ secureOptions: crypto.constants.SSL_OP_ALL | crypto.constants.SSL_OP_NO_COMPRESSION });`,
    `tls.connect({ secureOptions: constants.SSL_OP_NO_TLSv1_3 });`,
    // strong cipher lists
    `tls.connect({ ciphers: "HIGH:!aNULL:!MD5" });`,
    `tls.connect({ ciphers: "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:ECDHE-RSA-AES128-GCM-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA" });`,
    `tls.connect({ ciphers: "ALL:!aNULL:!eNULL" });`,
    `tls.connect({ ciphers: "ECDHE+AESGCM:ECDHE+CHACHA20:-RC4:RC4:!RC4" });`,
    `tls.connect({ ciphers: "DEFAULT:@SECLEVEL=2" });`,
    `tls.connect({ ciphers: "DEFAULT@SECLEVEL=2" });
tls.createSecureContext({ ciphers: "HIGH:!aNULL@SECLEVEL=1" });`,
    // minDHSize at or above Node's default, dynamic, or for a loopback peer
    `import https from "node:https";
const STRONG_DH = 2048;
export const agent = new https.Agent({ keepAlive: true, minDHSize: STRONG_DH });
tls.connect({ host: "api.example.com", port: 443, minDHSize: 1024 });
tls.connect({ host: "api.example.com", port: 443, minDHSize: config.tls.minDHSize });
tls.connect({ host: "127.0.0.1", port: 8443, minDHSize: 512 });
const limits = { maxTokens: 512, minDHSizeLabel: 512 };`,
    // process-wide defaults
    `import tls from "node:tls";
tls.DEFAULT_MIN_VERSION = "TLSv1.3";
tls.DEFAULT_MAX_VERSION = "TLSv1.3";
if (tls.DEFAULT_MIN_VERSION === "TLSv1") console.warn("legacy TLS enabled by --tls-min-v1.0");`,
    `const settings = {};
settings.DEFAULT_MIN_VERSION = "TLSv1";`,
    `process.env.NODE_OPTIONS = "--max-old-space-size=4096 --tls-min-v1.2";`,
    `const flags = process.env.NODE_OPTIONS;
console.log("start node with --tls-min-v1.0 only for legacy peers");`,
    `fork("worker.js", [], { execArgv: ["--enable-source-maps", "--tls-min-v1.3"] });`,
    // loopback only
    `tls.connect({ host: "localhost", port: 8443, minVersion: "TLSv1" });`,
    `new WebSocket("wss://127.0.0.1:9000/", { minVersion: "TLSv1.1" });`,
  ],
  invalid: [
    // minVersion and maxVersion
    {
      code: `import OpenAI from "openai";
import https from "node:https";

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  httpAgent: new https.Agent({ keepAlive: true, minVersion: "TLSv1" }),
});`,
      errors: [
        { messageId: "weakMinVersion", line: 6, column: 49, endLine: 6, endColumn: 68, suggestions: [{ messageId: "suggestMinimumVersion", output: `import OpenAI from "openai";
import https from "node:https";

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  httpAgent: new https.Agent({ keepAlive: true, minVersion: "TLSv1.2" }),
});` }] },
      ],
    },
    {
      code: `import { ChatAnthropic } from "@langchain/anthropic";
import { Agent } from "undici";

const model = new ChatAnthropic({
  model: "claude-3-5-sonnet-latest",
  clientOptions: { fetchOptions: { dispatcher: new Agent({ connect: { minVersion: "TLSv1.1" } }) } },
});`,
      errors: [
        { messageId: "weakMinVersion", line: 6, column: 71, endLine: 6, endColumn: 92, suggestions: [{ messageId: "suggestMinimumVersion", output: `import { ChatAnthropic } from "@langchain/anthropic";
import { Agent } from "undici";

const model = new ChatAnthropic({
  model: "claude-3-5-sonnet-latest",
  clientOptions: { fetchOptions: { dispatcher: new Agent({ connect: { minVersion: "TLSv1.2" } }) } },
});` }] },
      ],
    },
    {
      code: `const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { ca, minVersion: "TLSv1" } });`,
      errors: [
        { messageId: "weakMinVersion", line: 2, column: 80, endLine: 2, endColumn: 99, suggestions: [{ messageId: "suggestMinimumVersion", output: `const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { ca, minVersion: "TLSv1.2" } });` }] },
      ],
    },
    {
      code: `import https from "node:https";
import { readFileSync } from "node:fs";

// MCP server over HTTPS
https.createServer({ key: readFileSync("key.pem"), cert: readFileSync("cert.pem"), minVersion: 'TLSv1.1' }, app).listen(8443);`,
      errors: [
        { messageId: "weakMinVersion", line: 5, column: 84, endLine: 5, endColumn: 105, suggestions: [{ messageId: "suggestMinimumVersion", output: `import https from "node:https";
import { readFileSync } from "node:fs";

// MCP server over HTTPS
https.createServer({ key: readFileSync("key.pem"), cert: readFileSync("cert.pem"), minVersion: 'TLSv1.2' }, app).listen(8443);` }] },
      ],
    },
    {
      code: `import got from "got";
const client = got.extend({ https: { minVersion: "TLSv1.2", maxVersion: "TLSv1.1" } });`,
      errors: [
        { messageId: "weakMaxVersion", line: 2, column: 61, endLine: 2, endColumn: 82, suggestions: [{ messageId: "suggestMinimumVersion", output: `import got from "got";
const client = got.extend({ https: { minVersion: "TLSv1.2", maxVersion: "TLSv1.2" } });` }] },
      ],
    },
    {
      code: `const LEGACY_TLS = "TLSv1";
const agent = new https.Agent({ minVersion: LEGACY_TLS });`,
      errors: [
        { messageId: "weakMinVersion", line: 2, column: 33, endLine: 2, endColumn: 55, suggestions: [] },
      ],
    },
    {
      code: `const agent = new https.Agent({ minVersion: legacyPeer ? "TLSv1" : "TLSv1.2" });`,
      errors: [
        { messageId: "weakMinVersion", line: 1, column: 58, endLine: 1, endColumn: 65, suggestions: [{ messageId: "suggestMinimumVersion", output: `const agent = new https.Agent({ minVersion: legacyPeer ? "TLSv1.2" : "TLSv1.2" });` }] },
      ],
    },
    {
      code: `const agent = new https.Agent({ minVersion: process.env.TLS_MIN ?? "TLSv1.1" });`,
      errors: [
        { messageId: "weakMinVersion", line: 1, column: 68, endLine: 1, endColumn: 77, suggestions: [{ messageId: "suggestMinimumVersion", output: `const agent = new https.Agent({ minVersion: process.env.TLS_MIN ?? "TLSv1.2" });` }] },
      ],
    },
    {
      code: `const agent = new https.Agent({ minVersion: \`TLSv1.1\` });`,
      errors: [
        { messageId: "weakMinVersion", line: 1, column: 33, endLine: 1, endColumn: 54, suggestions: [{ messageId: "suggestMinimumVersion", output: `const agent = new https.Agent({ minVersion: \`TLSv1.2\` });` }] },
      ],
    },
    {
      code: `import https from "node:https";
const agent = new https.Agent({ minVersion: "TLSv1" as const });
const other = new https.Agent({ minVersion: "TLSv1.1" satisfies string });`,
      filename: "file.ts",
      errors: [
        { messageId: "weakMinVersion", line: 2, column: 33, endLine: 2, endColumn: 61, suggestions: [{ messageId: "suggestMinimumVersion", output: `import https from "node:https";
const agent = new https.Agent({ minVersion: "TLSv1.2" as const });
const other = new https.Agent({ minVersion: "TLSv1.1" satisfies string });` }] },
        { messageId: "weakMinVersion", line: 3, column: 33, endLine: 3, endColumn: 71, suggestions: [{ messageId: "suggestMinimumVersion", output: `import https from "node:https";
const agent = new https.Agent({ minVersion: "TLSv1" as const });
const other = new https.Agent({ minVersion: "TLSv1.2" satisfies string });` }] },
      ],
    },
    {
      code: `import { Agent } from "node:https";
export class EmbeddingClient {
  private readonly minVersion = "TLSv1";
}`,
      filename: "file.ts",
      errors: [
        { messageId: "weakMinVersion", line: 3, column: 3, endLine: 3, endColumn: 41, suggestions: [{ messageId: "suggestMinimumVersion", output: `import { Agent } from "node:https";
export class EmbeddingClient {
  private readonly minVersion = "TLSv1.2";
}` }] },
      ],
    },
    {
      code: `https.globalAgent.options.minVersion = "TLSv1";`,
      errors: [
        { messageId: "weakMinVersion", line: 1, column: 1, endLine: 1, endColumn: 47, suggestions: [{ messageId: "suggestMinimumVersion", output: `https.globalAgent.options.minVersion = "TLSv1.2";` }] },
      ],
    },
    // secureProtocol
    {
      code: `import tls from "node:tls";
const context = tls.createSecureContext({ secureProtocol: "TLSv1_method" });`,
      errors: [
        { messageId: "weakSecureProtocol", line: 2, column: 43, endLine: 2, endColumn: 73, suggestions: [] },
      ],
    },
    {
      code: `const socket = tls.connect(443, "legacy.example.com", { secureProtocol: "TLSv1_1_client_method" });`,
      errors: [
        { messageId: "weakSecureProtocol", line: 1, column: 57, endLine: 1, endColumn: 96, suggestions: [] },
      ],
    },
    {
      code: `const socket = tls.connect({ host, port, secureProtocol: "SSLv3_method" });`,
      errors: [
        { messageId: "weakSecureProtocol", line: 1, column: 42, endLine: 1, endColumn: 72, suggestions: [] },
      ],
    },
    {
      code: `// TLS_method drops the floor to the lowest version OpenSSL has (TLS 1.0).
const socket = tls.connect({ host, port, secureProtocol: "TLS_method" });`,
      errors: [
        { messageId: "weakSecureProtocol", line: 2, column: 42, endLine: 2, endColumn: 70, suggestions: [] },
      ],
    },
    {
      code: `import { constants } from "node:crypto";
const socket = tls.connect({ host, port, secureProtocol: "TLS_client_method", secureOptions: constants.SSL_OP_NO_TLSv1 });`,
      errors: [
        { messageId: "weakSecureProtocol", line: 2, column: 42, endLine: 2, endColumn: 77, suggestions: [] },
      ],
    },
    // secureOptions
    {
      code: `import { constants } from "node:crypto";
const agent = new https.Agent({ secureOptions: constants.SSL_OP_LEGACY_SERVER_CONNECT });`,
      errors: [
        { messageId: "weakSecureOptions", line: 2, column: 48, endLine: 2, endColumn: 86, suggestions: [] },
      ],
    },
    {
      code: `const crypto = require("node:crypto");
https.request({ host: "api.example.com", secureOptions: crypto.constants.SSL_OP_NO_TLSv1 | crypto.constants.SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION });`,
      errors: [
        { messageId: "weakSecureOptions", line: 2, column: 92, endLine: 2, endColumn: 149, suggestions: [] },
      ],
    },
    {
      code: `const { SSL_OP_TLS_ROLLBACK_BUG } = require("constants");
tls.createServer({ key, cert, secureOptions: SSL_OP_TLS_ROLLBACK_BUG });`,
      errors: [
        { messageId: "weakSecureOptions", line: 2, column: 46, endLine: 2, endColumn: 69, suggestions: [] },
      ],
    },
    {
      code: `const FLAGS = constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_ALLOW_NO_DHE_KEX | constants.SSL_OP_NO_ENCRYPT_THEN_MAC;
tls.connect({ host, secureOptions: FLAGS });`,
      errors: [
        { messageId: "weakSecureOptions", line: 2, column: 36, endLine: 2, endColumn: 41, suggestions: [] },
        { messageId: "weakSecureOptions", line: 2, column: 36, endLine: 2, endColumn: 41, suggestions: [] },
      ],
    },
    {
      code: `tls.connect({ host, secureOptions: 0x4 });`,
      errors: [
        { messageId: "weakSecureOptions", line: 1, column: 36, endLine: 1, endColumn: 39, suggestions: [] },
      ],
    },
    // ciphers
    {
      code: `tls.connect({ host: "api.example.com", ciphers: "RC4-SHA:AES128-SHA" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 40, endLine: 1, endColumn: 69, suggestions: [] },
      ],
    },
    {
      code: `const agent = new https.Agent({ ciphers: "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 33, endLine: 1, endColumn: 84, suggestions: [] },
      ],
    },
    {
      code: `tls.createServer({ key, cert, ciphers: "ALL" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 31, endLine: 1, endColumn: 45, suggestions: [] },
      ],
    },
    {
      code: `tls.connect({ host, ciphers: "DEFAULT:@SECLEVEL=0" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 21, endLine: 1, endColumn: 51, suggestions: [] },
      ],
    },
    // OpenSSL ends an element at "@": no colon is needed before @SECLEVEL
    {
      code: `tls.connect({ host, ciphers: "DEFAULT@SECLEVEL=0" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 21, endLine: 1, endColumn: 50, data: { tokens: "'@SECLEVEL=0'", reasons: "re-enables TLS 1.0/1.1, SHA-1 signatures and short keys" }, suggestions: [] },
      ],
    },
    {
      code: `const { Agent } = require("undici");
const LEGACY_CIPHERS = "HIGH:!aNULL@SECLEVEL=0";
module.exports = new Agent({ connect: { ciphers: LEGACY_CIPHERS } });`,
      errors: [
        { messageId: "weakCiphers", line: 3, column: 41, endLine: 3, endColumn: 64, suggestions: [] },
      ],
    },
    // minDHSize below Node's default of 1024 bits
    {
      code: `import https from "node:https";
import OpenAI from "openai";
const openai = new OpenAI({ httpAgent: new https.Agent({ keepAlive: true, minDHSize: 512 }) });`,
      errors: [
        {
          messageId: "weakMinDhSize",
          line: 3,
          column: 75,
          endLine: 3,
          endColumn: 89,
          data: { size: "512", floor: "1024", recommended: "2048" },
          suggestions: [
            {
              messageId: "suggestDhSize",
              output: `import https from "node:https";
import OpenAI from "openai";
const openai = new OpenAI({ httpAgent: new https.Agent({ keepAlive: true, minDHSize: 2048 }) });`,
            },
          ],
        },
      ],
    },
    {
      code: `const tls = require("tls");
const LEGACY_DH_BITS = 768;
tls.connect({ host: "legacy-vector-db.internal", port: 6334, minDHSize: LEGACY_DH_BITS });
tls.connect({ host: "legacy-vector-db.internal", port: 6334, minDHSize: process.env.LEGACY ? 512 : 2048 });`,
      errors: [
        { messageId: "weakMinDhSize", line: 3, column: 62, endLine: 3, endColumn: 87, suggestions: [] },
        {
          messageId: "weakMinDhSize",
          line: 4,
          column: 94,
          endLine: 4,
          endColumn: 97,
          suggestions: [
            {
              messageId: "suggestDhSize",
              output: `const tls = require("tls");
const LEGACY_DH_BITS = 768;
tls.connect({ host: "legacy-vector-db.internal", port: 6334, minDHSize: LEGACY_DH_BITS });
tls.connect({ host: "legacy-vector-db.internal", port: 6334, minDHSize: process.env.LEGACY ? 2048 : 2048 });`,
            },
          ],
        },
      ],
    },
    {
      code: `tls.connect({ host, ciphers: "HIGH:!MD5:ADH-AES256-GCM-SHA384" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 21, endLine: 1, endColumn: 63, suggestions: [] },
      ],
    },
    {
      code: `tls.connect({ host, ciphers: "NULL-SHA256:eNULL" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 21, endLine: 1, endColumn: 49, suggestions: [] },
      ],
    },
    {
      code: `tls.connect({ host, ciphers: "HIGH:-RC4:RC4-MD5" });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 21, endLine: 1, endColumn: 49, suggestions: [] },
      ],
    },
    {
      code: `const ioredis = new Redis({ host: "cache.example.com", tls: { ciphers: "EXPORT:LOW" } });`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 63, endLine: 1, endColumn: 84, suggestions: [] },
      ],
    },
    // process-wide defaults
    {
      code: `import tls from "node:tls";
tls.DEFAULT_MIN_VERSION = "TLSv1";`,
      errors: [
        { messageId: "weakDefaultVersion", line: 2, column: 1, endLine: 2, endColumn: 34, suggestions: [{ messageId: "suggestMinimumVersion", output: `import tls from "node:tls";
tls.DEFAULT_MIN_VERSION = "TLSv1.2";` }] },
      ],
    },
    {
      code: `import * as tls from "tls";
tls.DEFAULT_MAX_VERSION = "TLSv1.1";`,
      errors: [
        { messageId: "weakDefaultVersion", line: 2, column: 1, endLine: 2, endColumn: 36, suggestions: [{ messageId: "suggestMinimumVersion", output: `import * as tls from "tls";
tls.DEFAULT_MAX_VERSION = "TLSv1.2";` }] },
      ],
    },
    {
      code: `const tls = require("node:tls");
tls.DEFAULT_CIPHERS = "ALL:@SECLEVEL=0";`,
      errors: [
        { messageId: "weakCiphers", line: 2, column: 1, endLine: 2, endColumn: 40, suggestions: [] },
      ],
    },
    {
      code: `require("tls").DEFAULT_MIN_VERSION = "TLSv1.1";`,
      errors: [
        { messageId: "weakDefaultVersion", line: 1, column: 1, endLine: 1, endColumn: 47, suggestions: [{ messageId: "suggestMinimumVersion", output: `require("tls").DEFAULT_MIN_VERSION = "TLSv1.2";` }] },
      ],
    },
    // Node flags
    {
      code: `process.env.NODE_OPTIONS = "--max-old-space-size=4096 --tls-min-v1.0";`,
      errors: [
        { messageId: "weakNodeFlag", line: 1, column: 1, endLine: 1, endColumn: 70, suggestions: [] },
      ],
    },
    {
      code: `const { spawn } = require("node:child_process");
spawn(process.execPath, ["ingest.js"], {
  env: { ...process.env, NODE_OPTIONS: \`\${process.env.NODE_OPTIONS ?? ""} --tls-min-v1.1\` },
});`,
      errors: [
        { messageId: "weakNodeFlag", line: 3, column: 26, endLine: 3, endColumn: 90, suggestions: [] },
      ],
    },
    {
      code: `import { fork } from "node:child_process";
fork("embed-worker.js", [], { execArgv: ["--tls-min-v1.0"] });`,
      errors: [
        { messageId: "weakNodeFlag", line: 2, column: 42, endLine: 2, endColumn: 58, suggestions: [] },
      ],
    },
    {
      code: `process.env.NODE_OPTIONS = "--tls-cipher-list=RC4-SHA:AES128-SHA";`,
      errors: [
        { messageId: "weakCiphers", line: 1, column: 1, endLine: 1, endColumn: 66, suggestions: [] },
      ],
    },
    // minimum TLSv1.3 (strict config)
    {
      code: `const agent = new https.Agent({ minVersion: "TLSv1.2" });`,
      options: [{"minimum":"TLSv1.3"}],
      errors: [
        { messageId: "weakMinVersion", line: 1, column: 33, endLine: 1, endColumn: 54, suggestions: [{ messageId: "suggestMinimumVersion", output: `const agent = new https.Agent({ minVersion: "TLSv1.3" });` }] },
      ],
    },
    {
      code: `tls.connect({ host, maxVersion: "TLSv1.2" });`,
      options: [{"minimum":"TLSv1.3"}],
      errors: [
        { messageId: "weakMaxVersion", line: 1, column: 21, endLine: 1, endColumn: 42, suggestions: [{ messageId: "suggestMinimumVersion", output: `tls.connect({ host, maxVersion: "TLSv1.3" });` }] },
      ],
    },
    {
      code: `tls.createSecureContext({ secureProtocol: "TLSv1_2_method" });
tls.createSecureContext({ secureProtocol: "SSLv23_method" });`,
      options: [{"minimum":"TLSv1.3"}],
      errors: [
        { messageId: "weakSecureProtocol", line: 1, column: 27, endLine: 1, endColumn: 59, suggestions: [] },
        { messageId: "weakSecureProtocol", line: 2, column: 27, endLine: 2, endColumn: 58, suggestions: [] },
      ],
    },
    {
      code: `tls.createSecureContext({
  secureProtocol: "TLS_method",
  secureOptions: constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1,
});`,
      options: [{"minimum":"TLSv1.3"}],
      errors: [
        { messageId: "weakSecureProtocol", line: 2, column: 3, endLine: 2, endColumn: 31, suggestions: [] },
      ],
    },
    {
      code: `tls.connect({ host, secureOptions: constants.SSL_OP_NO_TLSv1_3 });`,
      options: [{"minimum":"TLSv1.3"}],
      errors: [
        { messageId: "weakSecureOptions", line: 1, column: 36, endLine: 1, endColumn: 63, suggestions: [] },
      ],
    },
    {
      code: `import tls from "node:tls";
tls.DEFAULT_MIN_VERSION = "TLSv1.2";`,
      options: [{"minimum":"TLSv1.3"}],
      errors: [
        { messageId: "weakDefaultVersion", line: 2, column: 1, endLine: 2, endColumn: 36, suggestions: [{ messageId: "suggestMinimumVersion", output: `import tls from "node:tls";
tls.DEFAULT_MIN_VERSION = "TLSv1.3";` }] },
      ],
    },
    {
      code: `process.env.NODE_OPTIONS = "--tls-max-v1.2";`,
      options: [{"minimum":"TLSv1.3"}],
      errors: [
        { messageId: "weakNodeFlag", line: 1, column: 1, endLine: 1, endColumn: 44, suggestions: [] },
      ],
    },
  ],
});
