/** Where log output goes: console methods, logger libraries, and names that say "logger". */

/** `console` methods whose arguments end up in the log. */
export const CONSOLE_METHODS: ReadonlySet<string> = new Set([
  "log", "info", "warn", "error", "debug", "trace", "dir", "dirxml", "table", "group", "groupCollapsed", "timeLog", "assert",
]);

/** Level methods of logger objects (pino, winston, bunyan, log4js, loglevel, consola, tslog, NestJS, signale). */
export const LOGGER_METHODS: ReadonlySet<string> = new Set([
  "log", "trace", "debug", "info", "warn", "warning", "error", "fatal", "verbose", "silly", "http", "notice", "crit",
  "critical", "alert", "emerg", "success", "fail", "start", "ready", "box", "print", "write",
]);

/** Modules whose default export or factory makes a logger, and the members that do. */
export const LOGGER_MODULES: Readonly<Record<string, readonly string[]>> = {
  pino: ["", "pino", "default"],
  winston: ["createLogger", "", "default"],
  bunyan: ["createLogger"],
  log4js: ["getLogger"],
  loglevel: ["", "getLogger"],
  consola: ["", "createConsola", "consola"],
  debug: ["", "default"],
  signale: ["", "Signale"],
  npmlog: [""],
  tslog: ["Logger"],
  "electron-log": [""],
  "@nestjs/common": ["Logger"],
  roarr: ["Roarr"],
  util: ["debuglog"],
};

/** Last words of a receiver's name that say it is a logger: `logger`, `this.log`, `requestLogger`, `fastify.log`. */
export const LOGGER_NAME_WORDS: ReadonlySet<string> = new Set(["logger", "log", "logging", "console", "loglevel", "signale", "consola"]);

/** Sentry SDK packages: what their log functions and scopes receive ends up in the error report. */
export const SENTRY_MODULES: readonly string[] = [
  "@sentry/node", "@sentry/browser", "@sentry/nextjs", "@sentry/react", "@sentry/vue", "@sentry/sveltekit", "@sentry/remix",
  "@sentry/bun", "@sentry/deno", "@sentry/cloudflare", "@sentry/aws-serverless", "@sentry/nestjs", "@sentry/core",
];

/**
 * Sentry functions (and scope methods) whose arguments reach the report: messages, breadcrumbs,
 * extras, contexts, tags, and the hint/context object of `captureException(err, { extra })`.
 */
export const SENTRY_LOG_FUNCTIONS: readonly string[] = [
  "captureMessage", "captureException", "addBreadcrumb", "setExtra", "setExtras", "setContext", "setTag", "setTags", "setUser",
];

/** Sentry calls whose callback receives a scope (`Sentry.withScope((scope) => scope.setExtra(…))`). */
export const SENTRY_SCOPE_CALLBACKS: readonly string[] = ["withScope", "configureScope", "withIsolationScope"];

/** Sentry functions that return a scope (`Sentry.getCurrentScope().setTag(…)`). */
export const SENTRY_SCOPE_GETTERS: readonly string[] = ["getCurrentScope", "getIsolationScope", "getGlobalScope"];

/** Log functions exported by error-reporting and logging SDKs: every argument reaches the report. */
export const LOG_FUNCTIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  SENTRY_MODULES.map((module) => [module, SENTRY_LOG_FUNCTIONS]),
);

/** Recorders whose first argument is the name of the field the second one fills (`scope.setTag("openai_key", key)`). */
export const KEYED_RECORD_METHODS: ReadonlySet<string> = new Set(["setExtra", "setContext", "setTag", "setAttribute"]);

/** The OpenTelemetry API package: span attributes and events are exported with every trace. */
export const OTEL_API_MODULE = "@opentelemetry/api";

/** Span methods that record values, and the index of their first recorded argument (`addEvent(name, attributes)`). */
export const SPAN_RECORD_METHODS: Readonly<Record<string, number>> = { setAttribute: 0, setAttributes: 0, addEvent: 1 };

/** Tracer methods that return a span (`tracer.startSpan("llm")`, `trace.getActiveSpan()`). */
export const SPAN_GETTERS: ReadonlySet<string> = new Set(["startSpan", "getActiveSpan", "getSpan"]);

/** Tracer methods whose last argument is a callback receiving the span (`tracer.startActiveSpan("llm", (span) => …)`). */
export const SPAN_CALLBACK_METHODS: ReadonlySet<string> = new Set(["startActiveSpan"]);

/** Logger methods whose first argument is bound into every line the new logger writes (`logger.child({ module })`). */
export const LOGGER_BINDING_METHODS: ReadonlySet<string> = new Set(["child"]);

/** Logger factory options whose values go into every line (`pino({ base })`, `winston.createLogger({ defaultMeta })`). */
export const LOGGER_BINDING_OPTIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  pino: { "": ["base"], pino: ["base"], default: ["base"] },
  winston: { createLogger: ["defaultMeta"] },
};

/** Receivers whose `write` is the process's error log (`process.stderr.write`). */
export const STDERR_PATHS: readonly (readonly string[])[] = [["process", "stderr"]];

/**
 * Names of objects whose `headers` are request headers, which hold `Authorization`, API-key
 * headers and cookies: Express/Koa/Fastify requests, Lambda events, fetch `init`, axios configs.
 */
export const REQUEST_OBJECT_NAMES: ReadonlySet<string> = new Set([
  "req", "request", "incomingrequest", "incomingmessage", "ctx", "event", "init", "config", "cfg", "options", "opts",
  "requestoptions", "requestconfig", "requestinit", "reqconfig", "fetchoptions", "httpoptions", "axiosconfig",
]);

/** Methods that read one request header: `req.get("authorization")`, `headers.get("x-api-key")`, `req.header(…)`. */
export const HEADER_GETTER_METHODS: ReadonlySet<string> = new Set(["get", "header", "getHeader"]);

/**
 * Words around a value named `token` that say it is an LLM token (a piece of generated text),
 * not a credential: `chunk.choices[0].delta.content`, `output.token`, `handleLLMNewToken(token)`.
 */
export const LLM_TOKEN_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  "llm", "chunk", "chunks", "delta", "output", "outputs", "choice", "choices", "content", "completion", "generation",
  "generated", "stream", "streamed", "streaming", "part", "piece", "decoded", "decode", "tokenizer", "tokens", "text",
  "new", "next", "sampled", "logprob", "logprobs", "vocab",
]);

/** Event names whose callbacks receive LLM tokens: `stream.on("token", (token) => …)`. */
export const LLM_TOKEN_EVENTS: ReadonlySet<string> = new Set(["token", "data", "chunk", "delta", "text", "content", "message"]);

/** Array methods whose callbacks receive the elements: a `token` there is one item of a token list. */
export const ITERATION_METHODS: ReadonlySet<string> = new Set([
  "forEach", "map", "filter", "reduce", "some", "every", "find", "findIndex", "flatMap", "join",
]);

/**
 * Words in a value's name that say it holds something about a credential rather than the
 * credential: `{ apiKey: keyLength }`, `{ token: tokenCount }`, `{ password: hasPassword }`.
 */
export const NON_VALUE_NAME_WORDS: ReadonlySet<string> = new Set([
  "count", "counts", "length", "len", "size", "total", "num", "number", "max", "min", "is", "has", "set", "present",
  "enabled", "disabled", "masked", "redacted", "hash", "hashed", "digest", "preview", "last4", "prefix", "suffix",
  "id", "name", "type", "status", "source", "configured", "exists", "valid", "missing", "usage", "usages", "limit",
  "used", "remaining", "expires", "expiry", "expiration", "ttl", "scope", "scopes",
]);
