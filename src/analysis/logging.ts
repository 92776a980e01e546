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

const loggerFactoryCache = new WeakMap<object, Set<TSESTree.Node>>();
const logFunctionCache = new WeakMap<object, Set<TSESTree.Node>>();

/** Calls of log functions exported by reporting SDKs (`Sentry.captureMessage(…)`), once per file. */
function getLogFunctionCalls(context: Context): Set<TSESTree.Node> {
  const cached = logFunctionCache.get(context.sourceCode);
  if (cached) return cached;
  const traceMap: TraceMap<boolean> = {};
  for (const [module, members] of Object.entries(LOG_FUNCTIONS)) {
    const entry: TraceMap<boolean>[string] = {};
    for (const member of members) entry[member] = { [CALL]: true };
    traceMap[module] = entry;
  }
  const out = new Set<TSESTree.Node>();
  for (const ref of findModuleReferences(context, traceMap)) if (ref.kind === "call") out.add(ref.node);
  logFunctionCache.set(context.sourceCode, out);
  return out;
}

function isStderrWrite(callee: TSESTree.MemberExpression): boolean {
  if (getTrailingName(callee) !== "write") return false;
  const path = getMemberPath(callee.object);
  return path !== undefined && STDERR_PATHS.some((p) => p.length === path.length && p.every((segment, i) => segment === path[i]));
}

/** Calls and constructions in this file that make a logger (`pino()`, `winston.createLogger()`, `new Logger()`), once per file. */
function getLoggerFactoryCalls(context: Context): Set<TSESTree.Node> {
  const cached = loggerFactoryCache.get(context.sourceCode);
  if (cached) return cached;
  const traceMap: TraceMap<boolean> = {};
  for (const [module, members] of Object.entries(LOGGER_MODULES)) {
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
    traceMap[module] = entry;
  }
  const out = new Set<TSESTree.Node>();
  for (const ref of findModuleReferences(context, traceMap)) out.add(ref.node);
  loggerFactoryCache.set(context.sourceCode, out);
  return out;
}

function nameSaysLogger(name: string | undefined, extraNames: ReadonlySet<string>): boolean {
  if (!name) return false;
  if (extraNames.has(name)) return true;
  const words = splitNameWords(name);
  const last = words[words.length - 1];
  return last !== undefined && LOGGER_NAME_WORDS.has(last);
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
  extraLoggerNames: ReadonlySet<string> = new Set(),
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
