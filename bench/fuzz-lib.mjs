// Fuzzing support, shared by the short run in `npm test` (tests/fuzz) and the long run
// (scripts/fuzz.mjs): random programs from eslump, and random programs built from the shapes the
// rules look at (SDK constructors, TLS options, URLs, crypto calls, prompts, logs), wrapped in the
// syntax that trips analysis code (ternaries, spreads, optional chains, TS assertions, awaits).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const { Linter } = require("eslint");
const tsParser = require("@typescript-eslint/parser");
const { generateRandomJS } = require("eslump");
const plugin = require("./dist/index.js");

/** mulberry32: a seeded PRNG so every failure can be replayed from its seed. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An eslump program generated under a seeded Math.random. */
export function eslumpProgram(seed, sourceType = "module") {
  const original = Math.random;
  Math.random = prng(seed);
  try {
    return generateRandomJS({ sourceType, maxDepth: 6, comments: false });
  } finally {
    Math.random = original;
  }
}

const MODULES = ["node:https", "https", "node:tls", "tls", "node:crypto", "crypto", "openai", "@anthropic-ai/sdk", "undici", "axios", "pg", "ioredis", "redis", "mongodb", "chromadb", "@qdrant/js-client-rest", "weaviate-client", "@zilliz/milvus2-sdk-node", "@pinecone-database/pinecone", "@lancedb/lancedb", "ai", "@ai-sdk/openai", "@langchain/openai", "@langchain/core/prompts", "@langchain/core/messages", "@google/genai", "@google/generative-ai", "ollama", "@grpc/grpc-js", "node:fs", "fs", "fs/promises", "pino", "winston", "child_process", "@elastic/elasticsearch", "hnswlib-node", "@huggingface/transformers", "electron", "superagent", "got"];
const NAMES = ["OpenAI", "Anthropic", "Agent", "Pool", "Client", "QdrantClient", "ChromaClient", "MilvusClient", "Pinecone", "Redis", "MongoClient", "createCipheriv", "createDecipheriv", "createCipher", "connect", "request", "get", "create", "generateText", "streamText", "ChatOpenAI", "ChatPromptTemplate", "SystemMessage", "HumanMessage", "GoogleGenAI", "Ollama", "credentials", "writeFile", "writeFileSync", "appendFile", "chmod", "createLogger", "spawn", "exec", "Client", "env", "connectToCustom", "connectToLocal", "client", "default", "subtle", "createServer", "fetch", "WebSocket"];
const KEYS = ["rejectUnauthorized", "minVersion", "maxVersion", "secureProtocol", "ciphers", "secureOptions", "checkServerIdentity", "strictSSL", "tlsAllowInvalidCertificates", "tlsInsecure", "ssl", "tls", "https", "httpSecure", "grpcSecure", "url", "host", "port", "path", "address", "baseURL", "baseUrl", "endpoint", "apiKey", "api_key", "token", "password", "messages", "system", "prompt", "input", "instructions", "content", "role", "params", "searchParams", "query", "defaultQuery", "headers", "Authorization", "mode", "ca", "cert", "key", "pfx", "connect", "httpAgent", "httpsAgent", "dispatcher", "env", "NODE_TLS_REJECT_UNAUTHORIZED", "persistDir", "length", "name", "iv", "authTagLength", "node", "connectionString", "scheme"];
const VALUES = ["false", "true", "0", "1", "!1", "!!0", "null", "undefined", "''", "'0'", "'1'", "'TLSv1'", "'TLSv1.1'", "'TLSv1.2'", "'TLSv1.3'", "'SSLv3_method'", "'RC4:NULL:EXPORT'", "'HIGH:!aNULL'", "'aes-128-cbc'", "'aes-256-gcm'", "'des-ede3-cbc'", "'aes-128-ecb'", "'http://10.0.3.7:8000/v1'", "'http://localhost:11434'", "'https://api.openai.com/v1'", "'http://qdrant:6333'", "'redis://cache.internal:6379'", "'rediss://cache:6380'", "'mongodb://db.prod.example.com/app?tls=false'", "'postgres://u:p@db/x?sslmode=disable'", "'ws://inference.svc.cluster.local/stream'", "`http://${host}:8000`", "`https://x.io/?key=${apiKey}`", "'?api_key=' + key", "process.env.OPENAI_API_KEY", "process.env.QDRANT_URL ?? 'http://qdrant:6333'", "process.env.SCHEME || 'http'", "import.meta.env.VITE_KEY", "apiKey", "this.apiKey", "opts.verify", "cond ? false : true", "Buffer.alloc(16)", "crypto.randomBytes(12)", "0o644", "0o600", "'/tmp/model.safetensors'", "`${dir}/weights.gguf`", "() => undefined", "function () { return; }", "(h, c) => { if (c) return new Error('x'); }", "[{ role: 'system', content: `key ${apiKey}` }]", "{ ...base }", "[...list]", "new Uint8Array(12)", "Symbol('x')", "123n", "/re+gex/g", "a?.b?.c", "await x", "(a, b)", "x as const", "x!", "x satisfies object"];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function value(rand, depth) {
  const r = rand();
  if (depth > 2 || r < 0.55) return pick(rand, VALUES);
  if (r < 0.7) return object(rand, depth + 1);
  if (r < 0.8) return `(cond ? ${value(rand, depth + 1)} : ${value(rand, depth + 1)})`;
  if (r < 0.88) return `[${value(rand, depth + 1)}, ${value(rand, depth + 1)}]`;
  if (r < 0.94) return `\`${pick(rand, ["http://", "https://", "?key=", "sk-", ""])}\${${value(rand, depth + 1)}}/x\``;
  return `${value(rand, depth + 1)} ${pick(rand, ["??", "||", "&&", "+"])} ${value(rand, depth + 1)}`;
}

function object(rand, depth) {
  const props = [];
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.1) props.push(`...${pick(rand, ["base", "(cond ? { rejectUnauthorized: false } : {})", "(dev && { ssl: false })", "opts"])}`);
    else if (r < 0.15) props.push(`[${pick(rand, ["K", "'rejectUnauthorized'", "`minVersion`"])}]: ${value(rand, depth)}`);
    else if (r < 0.2) props.push(`${pick(rand, KEYS)}() { return ${value(rand, depth)}; }`);
    else if (r < 0.25) props.push(pick(rand, KEYS));
    else props.push(`${pick(rand, KEYS)}: ${value(rand, depth)}`);
  }
  return `{ ${props.join(", ")} }`;
}

function importLine(rand, cjs) {
  const mod = pick(rand, MODULES);
  const a = pick(rand, NAMES);
  const b = pick(rand, NAMES);
  const local = `m${Math.floor(rand() * 3)}`;
  if (cjs) {
    const r = rand();
    if (r < 0.4) return `const ${local} = require('${mod}');`;
    if (r < 0.8) return `const { ${a}, ${b}: ${local}b } = require('${mod}');`;
    return `const ${local}c = require('${mod}').${a};`;
  }
  const r = rand();
  if (r < 0.3) return `import ${local} from '${mod}';`;
  if (r < 0.6) return `import { ${a}, ${b} as ${local}b } from '${mod}';`;
  if (r < 0.8) return `import * as ${local} from '${mod}';`;
  return `import ${local}d, { ${a} } from '${mod}';`;
}

function statement(rand, depth = 0) {
  const callee = pick(rand, [...NAMES, "m0", "m1", "m2", "m0b", "m1.chat.completions", "m0.messages", "console", "logger", "fs", "process.env", "https.globalAgent.options", "tls", "crypto.subtle", "url.searchParams"]);
  const member = rand() < 0.5 ? `.${pick(rand, [...NAMES, ...KEYS, "create", "log", "info", "set", "append", "invoke", "save", "write", "persist"])}` : "";
  const r = rand();
  if (r < 0.25) return `${rand() < 0.3 ? "await " : ""}new ${callee}${member}(${value(rand, 0)}, ${object(rand, 0)});`;
  if (r < 0.5) return `${rand() < 0.3 ? "await " : ""}${callee}${member}(${value(rand, 0)}${rand() < 0.5 ? `, ${object(rand, 0)}` : ""});`;
  if (r < 0.6) return `${callee}${member}.${pick(rand, KEYS)} = ${value(rand, 0)};`;
  if (r < 0.7) return `const ${pick(rand, ["K", "base", "opts", "apiKey", "url", "messages", "VERIFY", "dir", "host", "key", "cond"])} = ${value(rand, 0)};`;
  if (r < 0.78) return `process.env${rand() < 0.5 ? ".NODE_TLS_REJECT_UNAUTHORIZED" : "['NODE_TLS_REJECT_UNAUTHORIZED']"} = ${value(rand, 0)};`;
  if (r < 0.86 && depth < 2) return `function f${depth}(${pick(rand, ["apiKey", "opts", "h, cert"])}) { ${statement(rand, depth + 1)} ${statement(rand, depth + 1)} return ${value(rand, 0)}; }`;
  if (r < 0.92 && depth < 2) return `class C${depth} { ${pick(rand, KEYS)} = ${value(rand, 0)}; m() { ${statement(rand, depth + 1)} } }`;
  if (r < 0.96 && depth < 2) return `if (cond) { ${statement(rand, depth + 1)} } else { ${statement(rand, depth + 1)} }`;
  return `export default ${object(rand, 0)};`;
}

/** A random program made of the shapes the rules read; `cjs` picks require() over import. */
export function shapedProgram(seed, { cjs = false, ts = false } = {}) {
  const rand = prng(seed);
  const lines = [];
  const imports = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < imports; i++) lines.push(importLine(rand, cjs));
  if (ts) lines.push("declare const cond: boolean, opts: any, apiKey: string, key: string, host: string, dir: string, base: object, x: any, list: any[], a: any, b: any, dev: boolean, K: string, url: URL;");
  const count = 2 + Math.floor(rand() * 10);
  for (let i = 0; i < count; i++) lines.push(statement(rand));
  const code = lines.join("\n");
  return ts ? code : code.replace(/ as const| satisfies object|x!/g, "x");
}

/** Lints `code` with every rule (strict options); returns the crash message, or null. Parse errors are not crashes. */
export function lintForCrash(code, { ts = false, cjs = false } = {}) {
  const linter = new Linter({ configType: "flat" });
  const config = [
    {
      files: ["**/*.{js,cjs,ts,tsx}"],
      languageOptions: ts ? { parser: tsParser } : { ecmaVersion: "latest", sourceType: cjs ? "commonjs" : "module" },
      plugins: { "ai-encryption": plugin },
      rules: plugin.configs.strict.rules,
    },
  ];
  try {
    linter.verify(code, config, ts ? "fuzz.ts" : cjs ? "fuzz.cjs" : "fuzz.js");
    return null;
  } catch (error) {
    return String(error?.stack ?? error).split("\n").slice(0, 6).join("\n");
  }
}

/** Runs `count` fuzz cases from `firstSeed`; returns the failures with their seeds and programs. */
export function fuzz(firstSeed, count) {
  const failures = [];
  let parsed = 0;
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const kinds = [
      { code: eslumpProgram(seed, seed % 2 ? "module" : "script"), cjs: seed % 2 === 0 },
      { code: shapedProgram(seed), cjs: false },
      { code: shapedProgram(seed, { cjs: true }), cjs: true },
      { code: shapedProgram(seed, { ts: true }), ts: true },
    ];
    for (const kind of kinds) {
      const crash = lintForCrash(kind.code, kind);
      parsed++;
      if (crash) failures.push({ seed, ts: Boolean(kind.ts), cjs: Boolean(kind.cjs), crash, code: kind.code });
    }
  }
  return { failures, programs: parsed };
}

/**
 * A real file with some of its string literals and property keys swapped for the values and keys
 * the rules judge, so the rules meet their inputs inside real, messy code.
 */
export function mutatedProgram(text, seed) {
  const rand = prng(seed);
  let out = text.replace(/'[^'\n\\]{0,80}'|"[^"\n\\]{0,80}"/g, (literal) => (rand() < 0.3 ? pick(rand, VALUES) : literal));
  out = out.replace(/\b([A-Za-z_]\w{0,30}): /g, (whole) => (rand() < 0.2 ? `${pick(rand, KEYS)}: ` : whole));
  return out;
}

/** Mutates each given real file `rounds` times and lints the results; returns the failures. */
export function fuzzRealFiles(files, readText, rounds, firstSeed = 1) {
  const failures = [];
  let programs = 0;
  files.forEach((file, index) => {
    const text = readText(file);
    const ts = /\.(?:ts|mts|cts|tsx)$/.test(file);
    for (let round = 0; round < rounds; round++) {
      const seed = firstSeed + index * rounds + round;
      const code = mutatedProgram(text, seed);
      programs++;
      const crash = lintForCrash(code, { ts, cjs: file.endsWith(".cjs") || /\brequire\(/.test(code.slice(0, 2000)) });
      if (crash) failures.push({ seed, ts, cjs: false, crash, code: `// mutated from ${file}\n${code.slice(0, 4000)}` });
    }
  });
  return { failures, programs };
}
