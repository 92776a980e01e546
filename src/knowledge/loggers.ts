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
};

/** Last words of a receiver's name that say it is a logger: `logger`, `this.log`, `requestLogger`, `fastify.log`. */
export const LOGGER_NAME_WORDS: ReadonlySet<string> = new Set(["logger", "log", "logging", "console", "loglevel", "signale", "consola"]);
