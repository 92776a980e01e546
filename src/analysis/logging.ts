import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { findVariable } from "./scopes";
import {
  CONSOLE_METHODS,
  KEYED_RECORD_METHODS,
  LOG_FUNCTIONS,
  LOGGER_BINDING_METHODS,
  LOGGER_BINDING_OPTIONS,
  LOGGER_METHODS,
  LOGGER_MODULES,
  LOGGER_NAME_WORDS,
  OTEL_API_MODULE,
  SENTRY_LOG_FUNCTIONS,
  SENTRY_MODULES,
  SENTRY_SCOPE_CALLBACKS,
  SENTRY_SCOPE_GETTERS,
  SPAN_CALLBACK_METHODS,
  SPAN_GETTERS,
  SPAN_RECORD_METHODS,
  STDERR_PATHS,
} from "../knowledge/loggers";
import { splitNameWords } from "../knowledge/secret-names";
import { getMemberPath, getTrailingName, unwrapExpression } from "./ast";
import { CALL, CONSTRUCT, findModuleReferences, importsAnyOf, READ, type TraceMap } from "./modules";
import { getCallOptionsObject, findProperty } from "./objects";
import { resolveIdentifierInit } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface LogCall {
  /** The arguments that reach the log (for `console.assert`, all but the condition). */
  args: TSESTree.CallExpressionArgument[];
  /** The first argument names the field the second fills (`span.setAttribute("llm.api_key", key)`, `scope.setTag(…)`). */
  keyed?: boolean;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const loggerFactoryCache = new WeakMap<object, Set<TSESTree.Node>>();
const logFunctionCache = new WeakMap<object, Set<TSESTree.Node>>();

const bindingCache = new WeakMap<object, Map<TSESTree.Node, readonly string[]>>();
const scopeReceiverCache = new WeakMap<object, Set<TSESTree.Node>>();
const SENTRY_SCOPE_METHODS: ReadonlySet<string> = new Set(SENTRY_LOG_FUNCTIONS);
const SPAN_METHOD_NAMES: ReadonlySet<string> = new Set(Object.keys(SPAN_RECORD_METHODS));

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

const LOGGER_BINDING_TRACE_MAP: TraceMap<readonly string[]> = Object.fromEntries(
  Object.entries(LOGGER_BINDING_OPTIONS).map(([module, members]) => {
    const entry: TraceMap<readonly string[]>[string] = {};
    for (const [member, options] of Object.entries(members)) {
      if (member === "") entry[CALL] = options;
      else entry[member] = { [CALL]: options };
    }
    return [module, entry];
  }),
);

/** Logger factory calls in this file whose options bind fields into every line (`pino({ base })`), with those option names. */
function getLoggerBindingCalls(context: Context): Map<TSESTree.Node, readonly string[]> {
  const cached = bindingCache.get(context.sourceCode);
  if (cached) return cached;
  const out = new Map<TSESTree.Node, readonly string[]>();
  for (const ref of findModuleReferences(context, LOGGER_BINDING_TRACE_MAP)) if (ref.kind === "call") out.set(ref.node, ref.info);
  bindingCache.set(context.sourceCode, out);
  return out;
}

const SENTRY_SCOPE_TRACE_MAP: TraceMap<boolean> = Object.fromEntries(
  SENTRY_MODULES.map((module) => [
    module,
    Object.fromEntries([...SENTRY_SCOPE_CALLBACKS, ...SENTRY_SCOPE_GETTERS].map((member) => [member, { [CALL]: true }])),
  ]),
);

/**
 * Receivers in this file that are Sentry scopes: the callback parameter of `Sentry.withScope(…)`
 * at each of its uses, and `Sentry.getCurrentScope()` calls; once per file.
 */
function getSentryScopeReceivers(context: Context): Set<TSESTree.Node> {
  const cached = scopeReceiverCache.get(context.sourceCode);
  if (cached) return cached;
  const out = new Set<TSESTree.Node>();
  for (const ref of findModuleReferences(context, SENTRY_SCOPE_TRACE_MAP)) {
    if (ref.kind !== "call" || ref.node.type !== AST_NODE_TYPES.CallExpression) continue;
    const name = ref.path[ref.path.length - 1];
    if (name !== undefined && SENTRY_SCOPE_GETTERS.includes(name)) {
      out.add(ref.node);
      continue;
    }
    for (const reference of callbackParameterReferences(ref.node, context)) out.add(reference);
  }
  scopeReceiverCache.set(context.sourceCode, out);
  return out;
}

/** The uses of the first parameter of the function passed last to `call` (`(scope) => scope.setTag(…)`). */
function callbackParameterReferences(call: TSESTree.CallExpression, context: Context): TSESTree.Node[] {
  const fn = call.arguments[call.arguments.length - 1];
  if (!fn || (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression)) return [];
  const param = fn.params[0];
  if (param?.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = context.sourceCode.getDeclaredVariables(fn).find((v) => v.name === param.name);
  return variable ? variable.references.map((reference) => reference.identifier as TSESTree.Node) : [];
}

/**
 * Whether a receiver is an OpenTelemetry span: `trace.getActiveSpan()`, a constant bound to
 * `tracer.startSpan(…)`, or the callback parameter of `tracer.startActiveSpan(…, (span) => …)`.
 */
function isSpan(receiver: TSESTree.Node, context: Context): boolean {
  if (receiver.type === AST_NODE_TYPES.CallExpression) {
    const method = getTrailingName(unwrapExpression(receiver.callee));
    return method !== undefined && SPAN_GETTERS.has(method);
  }
  if (receiver.type !== AST_NODE_TYPES.Identifier) return false;
  const scope = context.sourceCode.getScope(receiver);
  const variable = findVariable(scope as never, receiver as never) as TSESLint.Scope.Variable | null;
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === "Variable") {
    const init = resolveIdentifierInit(receiver, scope);
    if (!init) return false;
    let value = unwrapExpression(init);
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapExpression(value.argument);
    return value.type === AST_NODE_TYPES.CallExpression && isSpan(value, context);
  }
  if (def.type !== "Parameter") return false;
  const fn = def.node;
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[call.arguments.length - 1] !== fn) return false;
  if (fn.params[0]?.type !== AST_NODE_TYPES.Identifier || fn.params[0].name !== receiver.name) return false;
  const method = getTrailingName(unwrapExpression(call.callee));
  return method !== undefined && SPAN_CALLBACK_METHODS.has(method);
}

/** The values a logger factory binds into every line (`pino({ base: { … } })`), as the arguments that reach the log. */
function bindingArgs(call: TSESTree.CallExpression, context: Context): TSESTree.CallExpressionArgument[] | null {
  const options = getLoggerBindingCalls(context).get(call);
  if (!options) return null;
  const scope = context.sourceCode.scopeManager?.globalScope;
  const object = scope ? getCallOptionsObject(call, 0, scope) : null;
  if (!object || !scope) return null;
  const out: TSESTree.CallExpressionArgument[] = [];
  for (const option of options) {
    const found = findProperty(object, option, scope);
    if (found) out.push(found.value as TSESTree.Expression);
  }
  return out.length > 0 ? out : null;
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
  const bound = bindingArgs(call, context);
  if (bound) return { args: bound };
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getTrailingName(callee);
    if (!method) return null;
    const receiver = unwrapExpression(callee.object);
    const recorded = recorderCall(call, method, receiver, context, extraLoggerNames);
    if (recorded) return recorded;
    if (receiver.type === AST_NODE_TYPES.Identifier && receiver.name === "console") {
      if (!CONSOLE_METHODS.has(method)) return null;
      return { args: method === "assert" ? call.arguments.slice(1) : call.arguments };
    }
    if (!LOGGER_METHODS.has(method)) {
      return getLogFunctionCalls(context).has(call) ? { args: call.arguments, keyed: KEYED_RECORD_METHODS.has(method) } : null;
    }
    if (isStderrWrite(callee)) return { args: call.arguments };
    if (nameSaysLogger(getTrailingName(receiver), extraLoggerNames) || isBoundToLogger(receiver, context)) {
      return { args: call.arguments };
    }
    return null;
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (extraLoggerNames.has(callee.name) || isBoundToLogger(callee, context)) return { args: call.arguments };
    if (getLogFunctionCalls(context).has(call)) return { args: call.arguments, keyed: KEYED_RECORD_METHODS.has(callee.name) };
  }
  return null;
}

/** Calls that record values outside a log level method: Sentry scopes, OpenTelemetry spans, `logger.child(bindings)`. */
function recorderCall(
  call: TSESTree.CallExpression,
  method: string,
  receiver: TSESTree.Node,
  context: Context,
  extraLoggerNames: ReadonlySet<string>,
): LogCall | null {
  if (SENTRY_SCOPE_METHODS.has(method) && getSentryScopeReceivers(context).has(receiver)) {
    return { args: call.arguments, keyed: KEYED_RECORD_METHODS.has(method) };
  }
  if (SPAN_METHOD_NAMES.has(method) && importsAnyOf(context, [OTEL_API_MODULE]) && isSpan(receiver, context)) {
    return { args: call.arguments.slice(SPAN_RECORD_METHODS[method]), keyed: KEYED_RECORD_METHODS.has(method) };
  }
  if (LOGGER_BINDING_METHODS.has(method) && (nameSaysLogger(getTrailingName(receiver), extraLoggerNames) || isBoundToLogger(receiver, context))) {
    const first = call.arguments[0];
    return first ? { args: [first] } : null;
  }
  return null;
}
