import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "@eslint-community/eslint-utils";
import { CONSOLE_METHODS, LOG_FUNCTIONS, LOGGER_METHODS, LOGGER_MODULES, LOGGER_NAME_WORDS, STDERR_PATHS } from "../knowledge/loggers";
import { splitNameWords } from "../knowledge/secret-names";
import { getMemberPath, getTrailingName, unwrapExpression } from "./ast";
import { CALL, CONSTRUCT, findModuleReferences, READ, type TraceMap } from "./modules";
import { resolveIdentifierInit } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface LogCall {
  /** The arguments that reach the log (for `console.assert`, all but the condition). */
  args: TSESTree.CallExpressionArgument[];
}

const NO_NAMES: ReadonlySet<string> = new Set();
const loggerFactoryCache = new WeakMap<object, Set<TSESTree.Node>>();
const logFunctionCache = new WeakMap<object, Set<TSESTree.Node>>();

const LOG_FUNCTION_TRACE_MAP: TraceMap<boolean> = Object.fromEntries(
  Object.entries(LOG_FUNCTIONS).map(([module, members]) => [module, Object.fromEntries(members.map((member) => [member, { [CALL]: true }]))]),
);

/** Calls of log functions exported by reporting SDKs (`Sentry.captureMessage(…)`), once per file. */
function getLogFunctionCalls(context: Context): Set<TSESTree.Node> {
  const cached = logFunctionCache.get(context.sourceCode);
  if (cached) return cached;
  const out = new Set<TSESTree.Node>();
  for (const ref of findModuleReferences(context, LOG_FUNCTION_TRACE_MAP)) if (ref.kind === "call") out.add(ref.node);
  logFunctionCache.set(context.sourceCode, out);
  return out;
}

function isStderrWrite(callee: TSESTree.MemberExpression): boolean {
  if (getTrailingName(callee) !== "write") return false;
  const path = getMemberPath(callee.object);
  return path !== undefined && STDERR_PATHS.some((p) => p.length === path.length && p.every((segment, i) => segment === path[i]));
}

const LOGGER_FACTORY_TRACE_MAP: TraceMap<boolean> = Object.fromEntries(
  Object.entries(LOGGER_MODULES).map(([module, members]) => {
    const entry: TraceMap<boolean>[string] = {};
    for (const member of members) {
      if (member === "") {
        entry[CALL] = true;
        entry[CONSTRUCT] = true;
        entry[READ] = true;
      } else {
        entry[member] = { [CALL]: true, [CONSTRUCT]: true, [READ]: true };
      }
    }
    return [module, entry];
  }),
);

/** Calls and constructions in this file that make a logger (`pino()`, `winston.createLogger()`, `new Logger()`), once per file. */
function getLoggerFactoryCalls(context: Context): Set<TSESTree.Node> {
  const cached = loggerFactoryCache.get(context.sourceCode);
  if (cached) return cached;
  const out = new Set<TSESTree.Node>();
  for (const ref of findModuleReferences(context, LOGGER_FACTORY_TRACE_MAP)) out.add(ref.node);
  loggerFactoryCache.set(context.sourceCode, out);
  return out;
}

/** Receiver names already judged (`logger`, `this.log`, `res`): names repeat across calls and files. */
const loggerNameVerdicts = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 4096;

function nameSaysLogger(name: string | undefined, extraNames: ReadonlySet<string>): boolean {
  if (!name) return false;
  if (extraNames.has(name)) return true;
  let verdict = loggerNameVerdicts.get(name);
  if (verdict === undefined) {
    const words = splitNameWords(name);
    const last = words[words.length - 1];
    verdict = last !== undefined && LOGGER_NAME_WORDS.has(last);
    if (loggerNameVerdicts.size >= MAX_REMEMBERED_NAMES) loggerNameVerdicts.clear();
    loggerNameVerdicts.set(name, verdict);
  }
  return verdict;
}

/** Whether the identifier is bound to a logger made in this file (`const log = pino()`, `const dbg = debug("x")`). */
function isBoundToLogger(node: TSESTree.Node, context: Context): boolean {
  const inner = unwrapExpression(node);
  const factories = getLoggerFactoryCalls(context);
  if (factories.size === 0) return false;
  if (factories.has(inner)) return true;
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const scope = context.sourceCode.scopeManager?.globalScope;
  if (!scope) return false;
  const variable = findVariable(scope as never, inner as never) as TSESLint.Scope.Variable | null;
  if (variable?.defs[0]?.type === "ImportBinding") return factories.has(inner);
  const init = resolveIdentifierInit(inner, scope);
  if (!init) return false;
  let value = unwrapExpression(init);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapExpression(value.argument);
  if (factories.has(value)) return true;
  // `pino().child({...})`, `winston.createLogger(...).child(...)`
  while (value.type === AST_NODE_TYPES.CallExpression && value.callee.type === AST_NODE_TYPES.MemberExpression) {
    value = unwrapExpression(value.callee.object);
    if (factories.has(value)) return true;
  }
  return false;
}

/**
 * The call writes to a log: `console.*`, a level method on a logger (named as one, or made by a
 * logger library in this file), a direct call of a `debug`/`loglevel` instance, a log function of
 * an error-reporting SDK (`Sentry.captureMessage`, `addBreadcrumb`, `setExtra`), or `process.stderr.write`.
 * `extraLoggerNames` are receiver or function names the user declares as loggers.
 */
export function getLogCall(
  call: TSESTree.CallExpression,
  context: Context,
  extraLoggerNames: ReadonlySet<string> = NO_NAMES,
): LogCall | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getTrailingName(callee);
    if (!method) return null;
    const receiver = unwrapExpression(callee.object);
    if (receiver.type === AST_NODE_TYPES.Identifier && receiver.name === "console") {
      if (!CONSOLE_METHODS.has(method)) return null;
      return { args: method === "assert" ? call.arguments.slice(1) : call.arguments };
    }
    if (!LOGGER_METHODS.has(method)) return getLogFunctionCalls(context).has(call) ? { args: call.arguments } : null;
    if (isStderrWrite(callee)) return { args: call.arguments };
    if (nameSaysLogger(getTrailingName(receiver), extraLoggerNames) || isBoundToLogger(receiver, context)) {
      return { args: call.arguments };
    }
    return null;
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (extraLoggerNames.has(callee.name) || isBoundToLogger(callee, context)) return { args: call.arguments };
    if (getLogFunctionCalls(context).has(call)) return { args: call.arguments };
  }
  return null;
}
