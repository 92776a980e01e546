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

/** Log functions exported by error-reporting and logging SDKs: every argument reaches the report. */
export const LOG_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  "@sentry/node": ["captureMessage", "addBreadcrumb", "setExtra", "setExtras", "setContext"],
  "@sentry/browser": ["captureMessage", "addBreadcrumb", "setExtra", "setExtras", "setContext"],
  "@sentry/nextjs": ["captureMessage", "addBreadcrumb", "setExtra", "setExtras", "setContext"],
  "@sentry/react": ["captureMessage", "addBreadcrumb", "setExtra", "setExtras", "setContext"],
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
