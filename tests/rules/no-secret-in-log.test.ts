import rule from "../../src/rules/no-secret-in-log";
import { fake } from "../support/fake-secrets";
import { runRuleTests } from "../rule-tester";

runRuleTests("no-secret-in-log", rule, {
  valid: [
    // pino removes the paths listed in redact from the object it logs first.
    `import pino from "pino";
const logger = pino({ redact: ["apiKey", "config.headers.Authorization", "*.token"] });
const opts = { apiKey: process.env.OPENAI_API_KEY, baseURL: "https://api.openai.com/v1" };
const config = { headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } };
logger.info(opts, "client options");
logger.debug({ config }, "calling TGI");
logger.child({ module: "hf" }).info({ hf: { token: process.env.HF_TOKEN } }, "hub login");`,
    // What a connection URL points at, not the URL itself; endpoints that carry no credential.
    `const requestId = req.get("x-request-id");
console.log("incoming request", requestId);`,
    `console.log("db host:", new URL(process.env.DATABASE_URL).host, "set:", Boolean(process.env.DATABASE_URL));
console.log("Qdrant at", process.env.QDRANT_URL, "model at", process.env.OPENAI_BASE_URL);`,
    // An error that follows a credential word in the message is not the credential.
    { code: "declare const client: { setAuth(): Promise<void> }; client.setAuth().catch((e) => console.warn('Failed to set initial Realtime auth token:', e));", filename: "file.ts" },
    { code: "try { connect(); } catch (err) { console.error(`There was an error creating the credential: ${err}`); } declare function connect(): void;", filename: "file.ts" },
    { code: "async function f() { try { await elicit(); } catch (error) { console.error('Error during API key elicitation:', error); } } declare function elicit(): Promise<void>;", filename: "file.ts" },
    { code: "declare const event: string; console.log(`Updated resumption token: ${event}`);", filename: "file.ts" },
    // Names alone in strings
    `console.log("apiKey is missing");
console.error("Set OPENAI_API_KEY in your .env file");
console.warn(\`Missing \${"GEMINI_API_KEY"} environment variable\`);`,
    `if (!process.env.OPENAI_API_KEY) throw new Error("OPENAI_API_KEY is not set");
console.info("Using OpenAI with model %s", model);`,

    // Strings built from a masked form or a presence flag of the key, logged through a constant.
    `const key = process.env.OPENAI_API_KEY ?? "";
const masked = \`\${key.slice(0, 4)}…\`;
const status = key ? "set" : "missing";
const banner = \`OpenAI key \${status}, model \${process.env.OPENAI_MODEL}\`;
console.log("using key", masked);
logger.info(banner);`,
    // Sentry tags and extras that hold presence flags, model names and key ids.
    { code: `import * as Sentry from "@sentry/node";
declare const err: Error, keyId: string, model: string, usage: { total_tokens: number };
Sentry.setTag("openai_key_set", Boolean(process.env.OPENAI_API_KEY));
Sentry.withScope((scope) => { scope.setTag("model", process.env.OPENAI_MODEL); scope.setExtra("key", keyId); });
Sentry.captureException(err, { extra: { model, tokens: usage.total_tokens } });`, filename: "file.ts" },
    // Span attributes that say whether a key is set, token counts and model names.
    { code: `import { trace } from "@opentelemetry/api";
declare const model: string;
const span = trace.getActiveSpan();
span?.setAttribute("llm.api_key_set", Boolean(process.env.OPENAI_API_KEY));
span?.setAttributes({ "gen_ai.usage.output_tokens": 12, "gen_ai.request.model": model });
span?.addEvent("request", { "llm.key_configured": true });`, filename: "file.ts" },
    // A span-named receiver in a file that does not use OpenTelemetry.
    { code: `declare const span: any, key: string;
span.setAttribute("llm.api_key", key);`, filename: "file.ts" },
    // Bindings without credentials.
    { code: `import pino from "pino";
declare const requestId: string;
const logger = pino({ base: { pid: process.pid, service: "rag" } });
logger.child({ module: "hf", requestId, hasToken: Boolean(process.env.HF_TOKEN) }).info("x");`, filename: "file.ts" },
    // Safe derivatives
    `const apiKey = process.env.OPENAI_API_KEY;
console.log(apiKey ? "set" : "missing");
console.log("OPENAI_API_KEY present:", Boolean(apiKey), !!apiKey, typeof apiKey);
console.log(\`key length \${apiKey?.length}, ends with \${apiKey?.slice(-4)}\`);`,
    `import { createHash } from "node:crypto";
logger.info({ apiKey: mask(apiKey), url: redact(url), endpoint: sanitizeUrl(endpoint) });
logger.debug("token hash", hash(token), createHash("sha256").update(token).digest("hex"));`,
    `console.log("API key:", apiKey ? "[set]" : "[missing]");
console.log("Key:", cacheKey);
console.log("key", key);`,
    `logger.info({ apiKeySet: Boolean(process.env.OPENAI_API_KEY), tokenCount, hasToken: !!token, token: tokenCount });`,

    // Environment reads that are not secrets, and token counts
    `console.log(process.env.NODE_ENV, process.env.PORT, process.env.OPENAI_MODEL);
console.log(Object.keys(process.env));`,
    `const usage = completion.usage;
console.log(\`tokens: \${usage.total_tokens} (prompt \${usage.prompt_tokens}), max \${maxTokens}\`);
logger.info({ tokens: usage.total_tokens, maxTokens, model });`,

    // LLM tokens, not credentials
    `for await (const chunk of stream) {
  const token = chunk.choices[0]?.delta?.content ?? "";
  console.log(token);
}`,
    { code: `const llm = new ChatOpenAI({
  streaming: true,
  callbacks: [{ handleLLMNewToken(token: string) { console.log(token); } }],
});`, filename: "file.ts" },
    `stream.on("token", (token) => console.log(token));
tokens.forEach((token) => console.debug(token));
for (const token of tokenizer.encode(text)) console.log(token);`,
    `for await (const output of hf.textGenerationStream({ model, inputs })) {
  console.log(output.token.text, output.token);
}`,
    // a streamed event unpacked: its token is generated text
    `source.onmessage = (event) => {
  const { type, token } = JSON.parse(event.data);
  if (type === "token") console.debug("stream token", token);
};`,
    `for await (const chunk of reader) {
  const { token, index } = chunk;
  console.log(index, token);
}`,

    // Paging cursors named like tokens
    `const token = res.nextPageToken;
console.log("next page", token);`,

    // Objects that do not hold a credential
    `const options = { model: "gpt-4o-mini", temperature: 0.2, baseURL: process.env.OPENAI_BASE_URL };
console.log(options);
logger.info({ url: req.url, method: req.method, status: res.statusCode, headers: res.headers });`,
    `const opts = { apiKey: process.env.OPENAI_API_KEY, model: "gpt-4o" };
console.log({ ...opts, apiKey: "[redacted]" });
const safe = { ...opts, apiKey: undefined };
console.log(safe);
console.log(JSON.stringify(opts, ["model"]));`,
    `const { apiKey, ...rest } = config;
console.log(rest);
console.error(err);
logger.error({ err }, "request failed");`,

    // URLs without a key, or with it redacted
    `const url = \`\${BASE}/models/\${model}:generateContent\`;
console.log(url);
const keyed = \`\${BASE}?key=\${apiKey}\`;
console.log(redactUrl(keyed));`,

    // Calls that are not logs
    `catalog.info(apiKey);
dialog.show(apiKey);
res.send({ token: accessToken });
process.stdout.write(token);
const x = Math.log(apiKey.length);`,

    // Hard-coded placeholders
    `console.log("sk-proj-...");
console.log({ apiKey: "YOUR_API_KEY" });`,
  ],
  invalid: [
    // A path redact does not list, text after the object, and a logger without redact are still written.
    {
      code: `import pino from "pino";
const logger = pino({ redact: ["apiKey"] });
logger.info({ secret: process.env.STRIPE_SECRET_KEY }, "billing");
logger.info("key %s", process.env.OPENAI_API_KEY);
pino().info({ apiKey: process.env.OPENAI_API_KEY });`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 15, endLine: 3, endColumn: 52, suggestions: [{ messageId: "suggestLogPresence", output: `import pino from "pino";
const logger = pino({ redact: ["apiKey"] });
logger.info({ secret: process.env.STRIPE_SECRET_KEY ? "[set]" : "[missing]" }, "billing");
logger.info("key %s", process.env.OPENAI_API_KEY);
pino().info({ apiKey: process.env.OPENAI_API_KEY });` }] },
        { messageId: "secretInLog", line: 4, column: 23, endLine: 4, endColumn: 49, suggestions: [{ messageId: "suggestLogPresence", output: `import pino from "pino";
const logger = pino({ redact: ["apiKey"] });
logger.info({ secret: process.env.STRIPE_SECRET_KEY }, "billing");
logger.info("key %s", process.env.OPENAI_API_KEY ? "[set]" : "[missing]");
pino().info({ apiKey: process.env.OPENAI_API_KEY });` }] },
        { messageId: "secretInLog", line: 5, column: 15, endLine: 5, endColumn: 49, suggestions: [{ messageId: "suggestLogPresence", output: `import pino from "pino";
const logger = pino({ redact: ["apiKey"] });
logger.info({ secret: process.env.STRIPE_SECRET_KEY }, "billing");
logger.info("key %s", process.env.OPENAI_API_KEY);
pino().info({ apiKey: process.env.OPENAI_API_KEY ? "[set]" : "[missing]" });` }] },
      ],
    },
    // A string built from a secret and logged through a constant is reported where it is logged.
    {
      code: `const authHeader = \`Bearer \${process.env.GROQ_API_KEY}\`;
console.log("sending", authHeader);`,
      errors: [{ messageId: "secretInLog", data: { source: "The secret environment variable 'GROQ_API_KEY'" }, line: 2, column: 24, endLine: 2, endColumn: 34, suggestions: [] }],
    },
    {
      code: `import pino from "pino";
const logger = pino();
export function init(apiKey) {
  const line = "client ready (key=" + apiKey + ")";
  logger.info(line);
  logger.debug({ msg: line });
}`,
      errors: [
        { messageId: "secretInLog", line: 5, column: 15, endLine: 5, endColumn: 19, suggestions: [] },
        { messageId: "secretInLog", line: 6, column: 23, endLine: 6, endColumn: 27, suggestions: [] },
      ],
    },
    {
      code: `const apiKey = process.env.ANTHROPIC_API_KEY!;
const headers = \`x-api-key: \${apiKey}\` as const;
const dump = \`[\${headers}]\`;
console.debug(dump);`,
      filename: "file.ts",
      errors: [{ messageId: "secretInLog", line: 4, column: 15, endLine: 4, endColumn: 19, suggestions: [] }],
    },
    // Sentry reports: context objects of captureException, tags, and scope extras and contexts inside withScope.
    {
      code: `import * as Sentry from "@sentry/node";
const apiKey = process.env.OPENAI_API_KEY;
export async function run(err: unknown) {
  Sentry.captureException(err, { extra: { apiKey, model: "gpt-4o" } });
  Sentry.setTag("openai_key", apiKey);
  Sentry.withScope((scope) => {
    scope.setExtra("key", process.env.ANTHROPIC_API_KEY);
    scope.setContext("llm", { token: process.env.HF_TOKEN });
    Sentry.captureMessage("llm call failed");
  });
}`,
      filename: "file.ts",
      errors: [
        { messageId: "secretInLog", line: 4, column: 43, endLine: 4, endColumn: 49, suggestions: [{ messageId: "suggestLogPresence", output: `import * as Sentry from "@sentry/node";
const apiKey = process.env.OPENAI_API_KEY;
export async function run(err: unknown) {
  Sentry.captureException(err, { extra: { apiKey: apiKey ? "[set]" : "[missing]", model: "gpt-4o" } });
  Sentry.setTag("openai_key", apiKey);
  Sentry.withScope((scope) => {
    scope.setExtra("key", process.env.ANTHROPIC_API_KEY);
    scope.setContext("llm", { token: process.env.HF_TOKEN });
    Sentry.captureMessage("llm call failed");
  });
}` }] },
        { messageId: "secretInLog", line: 5, column: 31, endLine: 5, endColumn: 37, suggestions: [{ messageId: "suggestLogPresence", output: `import * as Sentry from "@sentry/node";
const apiKey = process.env.OPENAI_API_KEY;
export async function run(err: unknown) {
  Sentry.captureException(err, { extra: { apiKey, model: "gpt-4o" } });
  Sentry.setTag("openai_key", apiKey ? "[set]" : "[missing]");
  Sentry.withScope((scope) => {
    scope.setExtra("key", process.env.ANTHROPIC_API_KEY);
    scope.setContext("llm", { token: process.env.HF_TOKEN });
    Sentry.captureMessage("llm call failed");
  });
}` }] },
        { messageId: "secretInLog", line: 7, column: 27, endLine: 7, endColumn: 56, suggestions: [{ messageId: "suggestLogPresence", output: `import * as Sentry from "@sentry/node";
const apiKey = process.env.OPENAI_API_KEY;
export async function run(err: unknown) {
  Sentry.captureException(err, { extra: { apiKey, model: "gpt-4o" } });
  Sentry.setTag("openai_key", apiKey);
  Sentry.withScope((scope) => {
    scope.setExtra("key", process.env.ANTHROPIC_API_KEY ? "[set]" : "[missing]");
    scope.setContext("llm", { token: process.env.HF_TOKEN });
    Sentry.captureMessage("llm call failed");
  });
}` }] },
        { messageId: "secretInLog", line: 8, column: 31, endLine: 8, endColumn: 58, suggestions: [{ messageId: "suggestLogPresence", output: `import * as Sentry from "@sentry/node";
const apiKey = process.env.OPENAI_API_KEY;
export async function run(err: unknown) {
  Sentry.captureException(err, { extra: { apiKey, model: "gpt-4o" } });
  Sentry.setTag("openai_key", apiKey);
  Sentry.withScope((scope) => {
    scope.setExtra("key", process.env.ANTHROPIC_API_KEY);
    scope.setContext("llm", { token: process.env.HF_TOKEN ? "[set]" : "[missing]" });
    Sentry.captureMessage("llm call failed");
  });
}` }] },
      ],
    },
    // OpenTelemetry span attributes and events are exported with every trace.
    {
      code: `import { trace } from "@opentelemetry/api";
const tracer = trace.getTracer("rag");
export async function ask(key: string, question: string) {
  return tracer.startActiveSpan("openai.chat", async (span) => {
    span.setAttribute("llm.api_key", key);
    span.setAttributes({ "llm.model": "gpt-4o", apiKey: process.env.OPENAI_API_KEY });
    span.addEvent("request", { authorization: \`Bearer \${key}\`, question });
    span.end();
  });
}`,
      filename: "file.ts",
      errors: [
        { messageId: "secretInLog", line: 5, column: 38, endLine: 5, endColumn: 41, suggestions: [{ messageId: "suggestLogPresence", output: `import { trace } from "@opentelemetry/api";
const tracer = trace.getTracer("rag");
export async function ask(key: string, question: string) {
  return tracer.startActiveSpan("openai.chat", async (span) => {
    span.setAttribute("llm.api_key", key ? "[set]" : "[missing]");
    span.setAttributes({ "llm.model": "gpt-4o", apiKey: process.env.OPENAI_API_KEY });
    span.addEvent("request", { authorization: \`Bearer \${key}\`, question });
    span.end();
  });
}` }] },
        { messageId: "secretInLog", line: 6, column: 49, endLine: 6, endColumn: 83, suggestions: [{ messageId: "suggestLogPresence", output: `import { trace } from "@opentelemetry/api";
const tracer = trace.getTracer("rag");
export async function ask(key: string, question: string) {
  return tracer.startActiveSpan("openai.chat", async (span) => {
    span.setAttribute("llm.api_key", key);
    span.setAttributes({ "llm.model": "gpt-4o", apiKey: process.env.OPENAI_API_KEY ? "[set]" : "[missing]" });
    span.addEvent("request", { authorization: \`Bearer \${key}\`, question });
    span.end();
  });
}` }] },
        { messageId: "secretInLog", line: 7, column: 32, endLine: 7, endColumn: 62, suggestions: [] },
      ],
    },
    // pino base bindings and child bindings go into every line the logger writes.
    {
      code: `const pino = require("pino");
const logger = pino({ level: "info", base: { service: "rag", openaiKey: process.env.OPENAI_API_KEY } });
const hfLogger = logger.child({ token: process.env.HF_TOKEN });
hfLogger.info("ready");`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 62, endLine: 2, endColumn: 99, suggestions: [{ messageId: "suggestLogPresence", output: `const pino = require("pino");
const logger = pino({ level: "info", base: { service: "rag", openaiKey: process.env.OPENAI_API_KEY ? "[set]" : "[missing]" } });
const hfLogger = logger.child({ token: process.env.HF_TOKEN });
hfLogger.info("ready");` }] },
        { messageId: "secretInLog", line: 3, column: 33, endLine: 3, endColumn: 60, suggestions: [{ messageId: "suggestLogPresence", output: `const pino = require("pino");
const logger = pino({ level: "info", base: { service: "rag", openaiKey: process.env.OPENAI_API_KEY } });
const hfLogger = logger.child({ token: process.env.HF_TOKEN ? "[set]" : "[missing]" });
hfLogger.info("ready");` }] },
      ],
    },
    // winston defaultMeta goes into every line.
    {
      code: `import winston from "winston";
const apiKey = process.env.COHERE_API_KEY;
export const logger = winston.createLogger({ level: "info", defaultMeta: { service: "bot", apiKey } });`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 92, endLine: 3, endColumn: 98, suggestions: [{ messageId: "suggestLogPresence", output: `import winston from "winston";
const apiKey = process.env.COHERE_API_KEY;
export const logger = winston.createLogger({ level: "info", defaultMeta: { service: "bot", apiKey: apiKey ? "[set]" : "[missing]" } });` }] },
      ],
    },
    // CommonJS Sentry: configureScope callbacks and named log functions.
    {
      code: `const Sentry = require("@sentry/nextjs");
const { setExtra } = require("@sentry/nextjs");
Sentry.configureScope(function (scope) {
  scope.setTag("hf_token", process.env.HF_TOKEN);
});
setExtra("replicate", { apiToken: process.env.REPLICATE_API_TOKEN });`,
      errors: [
        { messageId: "secretInLog", line: 4, column: 28, endLine: 4, endColumn: 48, suggestions: [{ messageId: "suggestLogPresence", output: `const Sentry = require("@sentry/nextjs");
const { setExtra } = require("@sentry/nextjs");
Sentry.configureScope(function (scope) {
  scope.setTag("hf_token", process.env.HF_TOKEN ? "[set]" : "[missing]");
});
setExtra("replicate", { apiToken: process.env.REPLICATE_API_TOKEN });` }] },
        { messageId: "secretInLog", line: 6, column: 25, endLine: 6, endColumn: 66, suggestions: [{ messageId: "suggestLogPresence", output: `const Sentry = require("@sentry/nextjs");
const { setExtra } = require("@sentry/nextjs");
Sentry.configureScope(function (scope) {
  scope.setTag("hf_token", process.env.HF_TOKEN);
});
setExtra("replicate", { apiToken: process.env.REPLICATE_API_TOKEN ? "[set]" : "[missing]" });` }] },
      ],
    },
    // CommonJS OpenTelemetry: a span from tracer.startSpan.
    {
      code: `const { trace } = require("@opentelemetry/api");
const tracer = trace.getTracer("embeddings");
async function embed(input, apiKey) {
  const span = tracer.startSpan("voyage.embed");
  span.setAttribute("voyage.key", apiKey);
  span.end();
}
`,
      errors: [
        { messageId: "secretInLog", line: 5, column: 35, endLine: 5, endColumn: 41, suggestions: [{ messageId: "suggestLogPresence", output: `const { trace } = require("@opentelemetry/api");
const tracer = trace.getTracer("embeddings");
async function embed(input, apiKey) {
  const span = tracer.startSpan("voyage.embed");
  span.setAttribute("voyage.key", apiKey ? "[set]" : "[missing]");
  span.end();
}
` }] },
      ],
    },
    // Connection URLs and webhook URLs are credentials although their names do not say key.
    {
      code: `console.log("Connecting to", process.env.DATABASE_URL);
logger.info(\`posting to \${process.env.SLACK_WEBHOOK_URL}\`);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 30, endLine: 1, endColumn: 54, suggestions: [{ messageId: "suggestLogPresence", output: `console.log("Connecting to", process.env.DATABASE_URL ? "[set]" : "[missing]");
logger.info(\`posting to \${process.env.SLACK_WEBHOOK_URL}\`);` }] },
        { messageId: "secretInLog", line: 2, column: 27, endLine: 2, endColumn: 56, suggestions: [{ messageId: "suggestLogPresence", output: `console.log("Connecting to", process.env.DATABASE_URL);
logger.info(\`posting to \${process.env.SLACK_WEBHOOK_URL ? "[set]" : "[missing]"}\`);` }] },
      ],
    },
    // ... also when destructured from process.env
    {
      code: `const { DATABASE_URL, REDIS_URL } = process.env;
console.log("Starting worker with", { DATABASE_URL, REDIS_URL });`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 39, endLine: 2, endColumn: 51, suggestions: [{ messageId: "suggestLogPresence", output: `const { DATABASE_URL, REDIS_URL } = process.env;
console.log("Starting worker with", { DATABASE_URL: DATABASE_URL ? "[set]" : "[missing]", REDIS_URL });` }] },
        { messageId: "secretInLog", line: 2, column: 53, endLine: 2, endColumn: 62, suggestions: [{ messageId: "suggestLogPresence", output: `const { DATABASE_URL, REDIS_URL } = process.env;
console.log("Starting worker with", { DATABASE_URL, REDIS_URL: REDIS_URL ? "[set]" : "[missing]" });` }] },
      ],
    },
    // Log calls written with a computed method name, optional chaining, or a callable logger
    {
      code: `const apiKey = process.env.OPENAI_API_KEY;
console["error"](apiKey);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 18, endLine: 2, endColumn: 24, suggestions: [{ messageId: "suggestLogPresence", output: `const apiKey = process.env.OPENAI_API_KEY;
console["error"](apiKey ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `const apiKey = process.env.OPENAI_API_KEY;
logger?.warn(apiKey);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 14, endLine: 2, endColumn: 20, suggestions: [{ messageId: "suggestLogPresence", output: `const apiKey = process.env.OPENAI_API_KEY;
logger?.warn(apiKey ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `import createDebug from "debug";
const dbg = createDebug("rag:client");
dbg(process.env.OPENAI_API_KEY);`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 5, endLine: 3, endColumn: 31, suggestions: [{ messageId: "suggestLogPresence", output: `import createDebug from "debug";
const dbg = createDebug("rag:client");
dbg(process.env.OPENAI_API_KEY ? "[set]" : "[missing]");` }] },
      ],
    },
    // A credential as an argument
    {
      code: `const apiKey = process.env.OPENAI_API_KEY;
console.log(apiKey);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 13, endLine: 2, endColumn: 19, suggestions: [{ messageId: "suggestLogPresence", output: `const apiKey = process.env.OPENAI_API_KEY;
console.log(apiKey ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `console.log("OPENAI_API_KEY", process.env.OPENAI_API_KEY);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 31, endLine: 1, endColumn: 57, suggestions: [{ messageId: "suggestLogPresence", output: `console.log("OPENAI_API_KEY", process.env.OPENAI_API_KEY ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `console.debug(import.meta.env.VITE_OPENAI_KEY);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 15, endLine: 1, endColumn: 46, suggestions: [{ messageId: "suggestLogPresence", output: `console.debug(import.meta.env.VITE_OPENAI_KEY ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `class GeminiClient {
  constructor(private readonly apiKey: string) {}
  init() {
    console.log("init with", this.apiKey);
  }
}`,
      filename: "file.ts",
      errors: [
        { messageId: "secretInLog", line: 4, column: 30, endLine: 4, endColumn: 41, suggestions: [{ messageId: "suggestLogPresence", output: `class GeminiClient {
  constructor(private readonly apiKey: string) {}
  init() {
    console.log("init with", this.apiKey ? "[set]" : "[missing]");
  }
}` }] },
      ],
    },
    {
      code: `console.info(config.openai.apiKey!);`,
      filename: "file.ts",
      errors: [
        { messageId: "secretInLog", line: 1, column: 14, endLine: 1, endColumn: 35, suggestions: [{ messageId: "suggestLogPresence", output: `console.info(config.openai.apiKey! ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `console.log("${fake.openaiProject()}");`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 13, endLine: 1, endColumn: 179 },
      ],
    },
    {
      code: `console.log([apiKey, model]);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 14, endLine: 1, endColumn: 20, suggestions: [{ messageId: "suggestLogPresence", output: `console.log([apiKey ? "[set]" : "[missing]", model]);` }] },
      ],
    },

    // Inside template literals and concatenation
    {
      code: `console.log(\`Calling \${model} with key \${process.env.ANTHROPIC_API_KEY}\`);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 42, endLine: 1, endColumn: 71, suggestions: [{ messageId: "suggestLogPresence", output: `console.log(\`Calling \${model} with key \${process.env.ANTHROPIC_API_KEY ? "[set]" : "[missing]"}\`);` }] },
      ],
    },
    {
      code: `console.log("key=" + apiKey + ", model=" + model);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 22, endLine: 1, endColumn: 28, suggestions: [{ messageId: "suggestLogPresence", output: `console.log("key=" + (apiKey ? "[set]" : "[missing]") + ", model=" + model);` }] },
      ],
    },
    {
      code: `console.log(\`\${user.password}\`);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 16, endLine: 1, endColumn: 29, suggestions: [{ messageId: "suggestLogPresence", output: `console.log(\`\${user.password ? "[set]" : "[missing]"}\`);` }] },
      ],
    },

    // Values labelled as credentials
    {
      code: `console.log("Gemini key:", key);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 28, endLine: 1, endColumn: 31, suggestions: [{ messageId: "suggestLogPresence", output: `console.log("Gemini key:", key ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `console.log(\`OpenAI key: \${k}\`);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 28, endLine: 1, endColumn: 29, suggestions: [{ messageId: "suggestLogPresence", output: `console.log(\`OpenAI key: \${k ? "[set]" : "[missing]"}\`);` }] },
      ],
    },
    {
      code: `console.log("Authorization =", req.get("authorization"));`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 32, endLine: 1, endColumn: 56 },
      ],
    },
    // a token unpacked from a login response, not a stream event
    {
      code: `const { token, expiresIn } = JSON.parse(await res.text());
console.log("logged in", token, expiresIn);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 26, endLine: 2, endColumn: 31, suggestions: [{ messageId: "suggestLogPresence", output: `const { token, expiresIn } = JSON.parse(await res.text());
console.log("logged in", token ? "[set]" : "[missing]", expiresIn);` }] },
      ],
    },
    // a login response with a token type next to the token is not a stream event
    {
      code: `const { type, token } = JSON.parse(await res.text());
console.log("auth", type, token);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 27, endLine: 2, endColumn: 32, suggestions: [{ messageId: "suggestLogPresence", output: `const { type, token } = JSON.parse(await res.text());
console.log("auth", type, token ? "[set]" : "[missing]");` }] },
      ],
    },
    // ... read into a constant first
    {
      code: `const key = req.get("x-api-key");
console.log("incoming request", key);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 33, endLine: 2, endColumn: 36, suggestions: [{ messageId: "suggestLogPresence", output: `const key = req.get("x-api-key");
console.log("incoming request", key ? "[set]" : "[missing]");` }] },
      ],
    },

    // Object literals
    {
      code: `logger.info({ apiKey }, "client ready");`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 15, endLine: 1, endColumn: 21, suggestions: [{ messageId: "suggestLogPresence", output: `logger.info({ apiKey: apiKey ? "[set]" : "[missing]" }, "client ready");` }] },
      ],
    },
    {
      code: `logger.info({ key: apiKey, model });`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 20, endLine: 1, endColumn: 26, suggestions: [{ messageId: "suggestLogPresence", output: `logger.info({ key: apiKey ? "[set]" : "[missing]", model });` }] },
      ],
    },
    {
      code: `logger.debug({ headers: { Authorization: \`Bearer \${token}\` } });`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 27, endLine: 1, endColumn: 59 },
      ],
    },
    {
      code: `logger.debug({ request: { headers: { "x-api-key": key } } });`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 38, endLine: 1, endColumn: 54, suggestions: [{ messageId: "suggestLogPresence", output: `logger.debug({ request: { headers: { "x-api-key": key ? "[set]" : "[missing]" } } });` }] },
      ],
    },

    // Objects known to carry credentials
    {
      code: `const opts = { apiKey: process.env.OPENAI_API_KEY, model: "gpt-4o" };
const client = new OpenAI(opts);
console.log(opts);`,
      errors: [
        { messageId: "carrierInLog", line: 3, column: 13, endLine: 3, endColumn: 17 },
      ],
    },
    {
      code: `const config = { headers: { Authorization: \`Bearer \${process.env.HF_TOKEN}\` } };
logger.debug(config);
logger.debug(\`config: \${JSON.stringify(config)}\`);`,
      errors: [
        { messageId: "carrierInLog", line: 2, column: 14, endLine: 2, endColumn: 20 },
        { messageId: "carrierInLog", line: 3, column: 40, endLine: 3, endColumn: 46 },
      ],
    },
    {
      code: `const base = { apiKey: process.env.PINECONE_API_KEY };
console.log({ ...base, environment: "prod" });`,
      errors: [
        { messageId: "carrierInLog", line: 2, column: 15, endLine: 2, endColumn: 22 },
      ],
    },
    {
      code: `console.log(process.env);
console.table(JSON.stringify(process.env));
logger.info({ env: process.env });`,
      errors: [
        { messageId: "carrierInLog", line: 1, column: 13, endLine: 1, endColumn: 24 },
        { messageId: "carrierInLog", line: 2, column: 30, endLine: 2, endColumn: 41 },
        { messageId: "carrierInLog", line: 3, column: 20, endLine: 3, endColumn: 31 },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  console.log(req.method, req.url, req.headers);
  next();
});`,
      errors: [
        { messageId: "carrierInLog", line: 2, column: 36, endLine: 2, endColumn: 47 },
      ],
    },
    {
      code: `console.log(req.headers.authorization, req.headers["x-api-key"]);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 13, endLine: 1, endColumn: 38, suggestions: [{ messageId: "suggestLogPresence", output: `console.log(req.headers.authorization ? "[set]" : "[missing]", req.headers["x-api-key"]);` }] },
        { messageId: "secretInLog", line: 1, column: 40, endLine: 1, endColumn: 64, suggestions: [{ messageId: "suggestLogPresence", output: `console.log(req.headers.authorization, req.headers["x-api-key"] ? "[set]" : "[missing]");` }] },
      ],
    },

    // URLs that carry a key
    {
      code: `const url = \`https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=\${process.env.GEMINI_API_KEY}\`;
console.log(url);
console.log(\`POST \${url}\`);`,
      errors: [
        { messageId: "carrierInLog", line: 2, column: 13, endLine: 2, endColumn: 16 },
        { messageId: "carrierInLog", line: 3, column: 21, endLine: 3, endColumn: 24 },
      ],
    },
    {
      code: `const url = new URL(BASE);
url.searchParams.set("api_key", apiKey);
console.log(url.toString());
console.log(url.href);`,
      errors: [
        { messageId: "carrierInLog", line: 3, column: 13, endLine: 3, endColumn: 27 },
        { messageId: "carrierInLog", line: 4, column: 13, endLine: 4, endColumn: 21 },
      ],
    },

    // Logger libraries
    {
      code: `import pino from "pino";
const log = pino();
log.info({ token: process.env.SLACK_BOT_TOKEN }, "starting");`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 12, endLine: 3, endColumn: 46, suggestions: [{ messageId: "suggestLogPresence", output: `import pino from "pino";
const log = pino();
log.info({ token: process.env.SLACK_BOT_TOKEN ? "[set]" : "[missing]" }, "starting");` }] },
      ],
    },
    {
      code: `const winston = require("winston");
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
logger.info(\`Using key \${process.env.ANTHROPIC_API_KEY}\`);`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 26, endLine: 3, endColumn: 55, suggestions: [{ messageId: "suggestLogPresence", output: `const winston = require("winston");
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
logger.info(\`Using key \${process.env.ANTHROPIC_API_KEY ? "[set]" : "[missing]"}\`);` }] },
      ],
    },
    {
      code: `import bunyan from "bunyan";
const audit = bunyan.createLogger({ name: "audit" });
audit.info({ secret: clientSecret });`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 14, endLine: 3, endColumn: 34, suggestions: [{ messageId: "suggestLogPresence", output: `import bunyan from "bunyan";
const audit = bunyan.createLogger({ name: "audit" });
audit.info({ secret: clientSecret ? "[set]" : "[missing]" });` }] },
      ],
    },
    {
      code: `const log4js = require("log4js");
const logger = log4js.getLogger("rag");
logger.debug("pinecone key", process.env.PINECONE_API_KEY);`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 30, endLine: 3, endColumn: 58, suggestions: [{ messageId: "suggestLogPresence", output: `const log4js = require("log4js");
const logger = log4js.getLogger("rag");
logger.debug("pinecone key", process.env.PINECONE_API_KEY ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `import log from "loglevel";
log.info(\`HF token: \${hfToken}\`);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 23, endLine: 2, endColumn: 30, suggestions: [{ messageId: "suggestLogPresence", output: `import log from "loglevel";
log.info(\`HF token: \${hfToken ? "[set]" : "[missing]"}\`);` }] },
      ],
    },
    {
      code: `import { consola } from "consola";
consola.info({ groq: { apiKey: process.env.GROQ_API_KEY } });`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 24, endLine: 2, endColumn: 56, suggestions: [{ messageId: "suggestLogPresence", output: `import { consola } from "consola";
consola.info({ groq: { apiKey: process.env.GROQ_API_KEY ? "[set]" : "[missing]" } });` }] },
      ],
    },
    {
      code: `@Injectable()
export class LlmService {
  private readonly logger = new Logger(LlmService.name);
  constructor(private readonly config: ConfigService) {
    this.logger.log(\`OpenAI key: \${this.config.get("OPENAI_API_KEY")}\`);
  }
}`,
      filename: "file.ts",
      errors: [
        { messageId: "secretInLog", line: 5, column: 36, endLine: 5, endColumn: 69 },
      ],
    },
    {
      code: `const verificationToken = crypto.randomUUID();
logger.info(\`verify link: \${APP_URL}/verify?token=\${verificationToken}\`);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 53, endLine: 2, endColumn: 70, suggestions: [{ messageId: "suggestLogPresence", output: `const verificationToken = crypto.randomUUID();
logger.info(\`verify link: \${APP_URL}/verify?token=\${verificationToken ? "[set]" : "[missing]"}\`);` }] },
      ],
    },
    {
      code: `import createDebug from "debug";
const debug = createDebug("app:llm");
debug("calling %s with key %s", url, apiKey);`,
      errors: [
        { messageId: "secretInLog", line: 3, column: 38, endLine: 3, endColumn: 44, suggestions: [{ messageId: "suggestLogPresence", output: `import createDebug from "debug";
const debug = createDebug("app:llm");
debug("calling %s with key %s", url, apiKey ? "[set]" : "[missing]");` }] },
      ],
    },
    {
      code: `fastify.log.info({ apiKey: request.headers["x-api-key"] });`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 20, endLine: 1, endColumn: 56, suggestions: [{ messageId: "suggestLogPresence", output: `fastify.log.info({ apiKey: request.headers["x-api-key"] ? "[set]" : "[missing]" });` }] },
      ],
    },
    {
      code: `import * as Sentry from "@sentry/node";
Sentry.captureMessage(\`bad key \${apiKey}\`);`,
      errors: [
        { messageId: "secretInLog", line: 2, column: 34, endLine: 2, endColumn: 40, suggestions: [{ messageId: "suggestLogPresence", output: `import * as Sentry from "@sentry/node";
Sentry.captureMessage(\`bad key \${apiKey ? "[set]" : "[missing]"}\`);` }] },
      ],
    },
    {
      code: `process.stderr.write(\`token=\${accessToken}\\n\`);`,
      errors: [
        { messageId: "secretInLog", line: 1, column: 31, endLine: 1, endColumn: 42, suggestions: [{ messageId: "suggestLogPresence", output: `process.stderr.write(\`token=\${accessToken ? "[set]" : "[missing]"}\\n\`);` }] },
      ],
    },

    // Options
    {
      code: `audit.info({ apiKey });`,
      options: [{"extraLoggers":["audit"]}],
      errors: [
        { messageId: "secretInLog", line: 1, column: 14, endLine: 1, endColumn: 20, suggestions: [{ messageId: "suggestLogPresence", output: `audit.info({ apiKey: apiKey ? "[set]" : "[missing]" });` }] },
      ],
    },
    {
      code: `trace("key", apiKey);`,
      options: [{"extraLoggers":["trace"]}],
      errors: [
        { messageId: "secretInLog", line: 1, column: 14, endLine: 1, endColumn: 20, suggestions: [{ messageId: "suggestLogPresence", output: `trace("key", apiKey ? "[set]" : "[missing]");` }] },
      ],
    },
  ],
});
