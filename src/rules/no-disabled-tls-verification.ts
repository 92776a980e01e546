import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getMemberPath, getTrailingName, skipWrappersUp, unwrapExpression } from "../analysis/ast";
import { isLoopbackOnly } from "../analysis/connection-target";
import { isGlobalMethodCall } from "../analysis/scopes";
import { getExpressionStatement, removeListElement, removeStatement } from "../analysis/edits";
import { alwaysReturnsFalsy, type FunctionNode, getParameterCalls, resolveFunction } from "../analysis/functions";
import { CALL, CONSTRUCT, findModuleReferences, importsAnyOf, type TraceMap } from "../analysis/modules";
import { findProperties, findProperty, resolveObjectExpressions } from "../analysis/objects";
import { findOptionCarrier } from "../analysis/option-carrier";
import { forwardsClassSetting, getOptionWrite, hasDynamicKey, type OptionWrite, type OptionWriteNode, peekOptionWriteName } from "../analysis/option-writes";
import { type Candidate, getBindingDefault, getFileScope, resolveCandidates, resolveIdentifierInit, resolveString, resolveValue, type Scope } from "../analysis/static-value";
import { getStringParts, type StringPart } from "../analysis/string-parts";
import { isLoopbackHost, parseQueryParts, parseUrlParts, type QueryParam } from "../analysis/url";
import {
  CHECK_SERVER_IDENTITY,
  CHROMIUM_IGNORE_CERT_SWITCHES,
  CHROMIUM_SWITCH_METHODS,
  CONNECTION_HOST_OPTIONS,
  DEPLOYMENT_STAGE_NAME_WORDS,
  VERIFICATION_CONTROL_WORDS,
  DEPLOYMENT_STAGE_VALUES,
  CONNECTION_URL_OPTIONS,
  ELECTRON_CALLBACK_PARAM_POSITIONS,
  ELECTRON_CERTIFICATE_ERROR_EVENT,
  ELECTRON_VERIFY_PROC_ACCEPT,
  ELECTRON_VERIFY_PROC_METHOD,
  BROWSER_TEST_RUNNER_MODULES,
  ENV_REJECT_UNAUTHORIZED,
  ENV_REJECT_UNAUTHORIZED_OFF,
  ENV_VALUE_PRESERVING_METHODS,
  EVENT_LISTENER_METHODS,
  INSECURE_VERIFICATION_OPTIONS,
  MONGO_FALSEHOODS,
  MONGO_SCHEMES,
  MONGO_TRUTHS,
  OPT_IN_OPPOSITES,
  PG_LIBPQ_COMPAT_PARAM,
  PG_LIBPQ_UNVERIFIED_MODES,
  PG_ENV_SSLMODE,
  PG_NO_VERIFY_MODE,
  PG_ROOT_CERT_PARAM,
  PG_SSLMODE_PARAM,
  POSTGRES_JS_MODULE,
  POSTGRES_JS_UNVERIFIED_SSL,
  POSTGRES_JS_URL_PARAMS,
  PROXY_AGENTS,
  REJECT_UNAUTHORIZED,
  SUPERAGENT_DISABLE_METHOD,
  TLS_SERVER_FACTORIES,
  TLS_SERVER_ONLY_OPTIONS,
  type InsecureOption,
  type InsecureWhen,
} from "../knowledge/tls";
import { defineMentions, fileMentions } from "../analysis/mentions";
import { getDestructuredEnvName, getEnvVarName } from "../analysis/secret-values";
import { splitNameWords } from "../knowledge/secret-names";
import { createRule } from "../util/create-rule";

type MessageIds =
  | "rejectUnauthorized"
  | "envDisablesVerification"
  | "acceptAllServerIdentity"
  | "strictSslOff"
  | "mongoInsecure"
  | "clientOptionInsecure"
  | "browserIgnoresCertErrors"
  | "pgNoVerify"
  | "electronAcceptsAll"
  | "ignoreCertificateErrorsSwitch"
  | "superagentDisableCerts"
  | "verificationOptIn"
  | "suggestRemoveSetting"
  | "suggestVerifyByDefault"
  | "suggestRemoveCall";

type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;

const PEER_OPTIONS = { hostKeys: CONNECTION_HOST_OPTIONS, urlKeys: CONNECTION_URL_OPTIONS };

const OPTION_BY_NAME = new Map<string, InsecureOption>();
const OPTION_BY_LOWER_NAME = new Map<string, InsecureOption>();
for (const option of INSECURE_VERIFICATION_OPTIONS) {
  OPTION_BY_NAME.set(option.name, option);
  if (option.caseInsensitive) OPTION_BY_LOWER_NAME.set(option.name.toLowerCase(), option);
}

const FAMILY_MESSAGE: Record<InsecureOption["family"], MessageIds> = {
  strictSsl: "strictSslOff",
  mongo: "mongoInsecure",
  client: "clientOptionInsecure",
  browser: "browserIgnoresCertErrors",
};

/** Lower-case fragments that must appear in a string before it is read as a connection string. */
const CONNECTION_STRING_NEEDLES = [
  ...INSECURE_VERIFICATION_OPTIONS.filter((o) => o.family === "mongo").map((o) => o.name.toLowerCase()),
  PG_SSLMODE_PARAM,
];

const PG_SCHEMES = new Set(["postgres", "postgresql"]);

const SERVER_TRACE_MAP: TraceMap<true> = Object.fromEntries(
  Object.entries(TLS_SERVER_FACTORIES).map(([module, names]) => [
    module,
    Object.fromEntries(names.map((name) => [name, { [CALL]: true, [CONSTRUCT]: true }])),
  ]),
);

const POSTGRES_JS_TRACE_MAP: TraceMap<true> = { [POSTGRES_JS_MODULE]: { [CALL]: true } };

type ProxyAgentShape = (typeof PROXY_AGENTS)[string][string];

const PROXY_AGENT_TRACE_MAP: TraceMap<ProxyAgentShape> = Object.fromEntries(
  Object.entries(PROXY_AGENTS).map(([module, classes]) => [
    module,
    Object.fromEntries(Object.entries(classes).map(([name, shape]) => [name, { [CALL]: shape, [CONSTRUCT]: shape }])),
  ]),
);

/** The rule reports only code that spells one of these (an option, variable, method, event, switch or module name). */
const MENTIONS = defineMentions([
  REJECT_UNAUTHORIZED,
  CHECK_SERVER_IDENTITY,
  // Also covers the variable's name built as `"NODE_" + "TLS_REJECT_UNAUTHORIZED"`.
  ENV_REJECT_UNAUTHORIZED.slice(ENV_REJECT_UNAUTHORIZED.indexOf("REJECT")),
  ...INSECURE_VERIFICATION_OPTIONS.map((option) => option.name),
  PG_SSLMODE_PARAM,
  POSTGRES_JS_MODULE,
  SUPERAGENT_DISABLE_METHOD,
  ELECTRON_VERIFY_PROC_METHOD,
  ELECTRON_CERTIFICATE_ERROR_EVENT,
  ...CHROMIUM_IGNORE_CERT_SWITCHES,
]);

/** Lengths of the case-insensitive names, so most keys skip `toLowerCase`. */
const LOWER_NAME_LENGTHS = new Set([...OPTION_BY_LOWER_NAME.keys()].map((name) => name.length));

function lookupOption(name: string): InsecureOption | undefined {
  const exact = OPTION_BY_NAME.get(name);
  if (exact || !LOWER_NAME_LENGTHS.has(name.length)) return exact;
  return OPTION_BY_LOWER_NAME.get(name.toLowerCase());
}

function isHandledName(name: string): boolean {
  return (
    name === REJECT_UNAUTHORIZED || name === CHECK_SERVER_IDENTITY || name === ENV_REJECT_UNAUTHORIZED || name === PG_ENV_SSLMODE || lookupOption(name) !== undefined
  );
}

function isInsecureValue(value: unknown, when: InsecureWhen): boolean {
  switch (when) {
    case "true":
      return value === true;
    case "false":
      return value === false;
    case "mongo-true":
      return value === true || ((typeof value === "string" || typeof value === "number") && MONGO_TRUTHS.has(String(value).toLowerCase()));
    case "mongo-false":
      return value === false || ((typeof value === "string" || typeof value === "number") && MONGO_FALSEHOODS.has(String(value).toLowerCase()));
  }
}

/** The text of a string-part list, or undefined when any of it is only known at run time. */
function textOf(parts: readonly StringPart[]): string | undefined {
  let text = "";
  for (const part of parts) {
    if (part.kind === "hole") return undefined;
    text += part.text;
  }
  return text;
}

/** `process.env = { … }` replaces the environment with a plain object, which does not turn numbers into strings. */
function isProcessEnvReplacement(object: TSESTree.ObjectExpression): boolean {
  const outer = skipWrappersUp(object);
  const parent = outer.parent;
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== outer) return false;
  const path = getMemberPath(parent.left);
  return path !== undefined && path.length >= 2 && path[path.length - 1] === "env" && path[path.length - 2] === "process";
}

/** Functions a value may be: itself, or either branch of a ternary. */
function functionCandidates(node: TSESTree.Node, scope: Scope, depth = 0): Array<{ fn: FunctionNode; node: TSESTree.Node }> {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.ConditionalExpression && depth < 4) {
    return [...functionCandidates(inner.consequent, scope, depth + 1), ...functionCandidates(inner.alternate, scope, depth + 1)];
  }
  const fn = resolveFunction(node, scope);
  return fn ? [{ fn, node }] : [];
}

function stringLiteralText(node: TSESTree.Literal | TSESTree.TemplateLiteral): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === "string" ? node.value : undefined;
  return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join("");
}

/** The outermost expression of a string built with `+` and template literals around `node`. */
function stringRoot(node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappersUp(node);
  for (;;) {
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === "+") current = skipWrappersUp(parent);
    else if (parent?.type === AST_NODE_TYPES.TemplateLiteral) current = skipWrappersUp(parent);
    else return current;
  }
}

interface ConnectionQuery {
  scheme: string | undefined;
  host: string | undefined;
  query: QueryParam[];
}

/**
 * The query of a connection string, or of a piece of one (`"?tlsInsecure=true"`,
 * `` `${process.env.MONGO_URL}&tlsInsecure=true` ``). Prose that merely contains a URL is not one.
 */
function readConnectionQuery(parts: readonly StringPart[]): ConnectionQuery | undefined {
  const url = parseUrlParts(parts);
  if (url) return { scheme: url.scheme, host: url.host, query: url.query };
  const first = parts[0];
  const rest = first?.kind === "hole" ? parts.slice(1) : parts;
  const head = rest[0];
  if (head?.kind !== "text") return undefined;
  const start = head.text[0];
  // A piece that starts the query, or the path and query after a URL held in a variable.
  if (start === "?" || start === "&" || (first?.kind === "hole" && start === "/")) {
    return { scheme: undefined, host: undefined, query: parseQueryParts(rest) };
  }
  return undefined;
}

function queryValue(query: readonly QueryParam[], name: string): string | undefined {
  for (let i = query.length - 1; i >= 0; i--) {
    const param = query[i]!;
    if (param.name === name) return textOf(param.value);
  }
  return undefined;
}

/** An option that verifies when true, set from the environment so that it is false unless a variable is set. */
interface OptIn {
  /** The comparison, `Boolean(…)`, `!!…`, `[…].includes(…)` or `/…/.test(…)` to report. */
  node: TSESTree.Node;
  /** The environment read, as written (`process.env.DB_REJECT_UNAUTHORIZED`, or the variable holding it). */
  env: TSESTree.Node;
  variable: string;
  /** The compared string literal; undefined for the other forms. */
  literal: TSESTree.StringLiteral | undefined;
  /** What the message says the variable must be, for the forms without one literal. */
  condition?: string;
  /** The value a missing variable falls back to (`process.env.X ?? "false"`, `const { X = "false" } = process.env`). */
  fallback?: string;
}

/** An environment read and the value it takes when the variable is missing (undefined: the variable itself, `undefined`). */
interface EnvRead {
  env: TSESTree.Node;
  variable: string;
  fallback?: string;
}

/** `const { TLS_VERIFY = "false" } = process.env`: the variable a destructured binding reads, with its default. */
function readDestructuredEnv(identifier: TSESTree.Identifier, scope: Scope): EnvRead | undefined {
  const name = getDestructuredEnvName(identifier, scope);
  if (name === undefined) return undefined;
  const fallbackNode = getBindingDefault(identifier, scope);
  const fallback = fallbackNode ? resolveString(fallbackNode, scope) : undefined;
  if (fallbackNode && fallback === undefined) return undefined;
  return { env: identifier, variable: name, fallback };
}

/**
 * `process.env.X`, also through `?.toLowerCase()`, `.trim()`, `String(…)`, a `??`/`||` string
 * fallback, a `const` holding the read, or a binding destructured from `process.env`: the
 * variable's name, the read as written, and what a missing variable gives.
 */
function readEnvValue(raw: TSESTree.Node, scope: Scope, depth = 0): EnvRead | undefined {
  if (depth > 4) return undefined;
  let node = unwrapExpression(raw);
  for (let steps = 0; steps < 4 && node.type === AST_NODE_TYPES.CallExpression; steps++) {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === "String" && node.arguments.length === 1) {
      node = unwrapExpression(node.arguments[0]!);
    } else if (callee.type === AST_NODE_TYPES.MemberExpression && node.arguments.length === 0 && ENV_VALUE_PRESERVING_METHODS.has(getTrailingName(callee) ?? "")) {
      node = unwrapExpression(callee.object);
    } else {
      break;
    }
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === "??" || node.operator === "||")) {
    const left = readEnvValue(node.left, scope, depth + 1);
    const fallback = resolveString(node.right, scope);
    return left && fallback !== undefined && left.fallback === undefined ? { ...left, fallback } : undefined;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const destructured = readDestructuredEnv(node, scope);
    if (destructured) return destructured;
    const init = resolveIdentifierInit(node, scope);
    const read = init ? readEnvValue(init, scope, depth + 1) : undefined;
    return read ? { ...read, env: node } : undefined;
  }
  const variable = getEnvVarName(node, scope);
  return variable === undefined ? undefined : { env: node, variable };
}

/** A variable that names the deployment stage (`NODE_ENV`, `APP_ENV`, `IS_PRODUCTION`). */
function isStageVariable(variable: string): boolean {
  return splitNameWords(variable).some((word) => DEPLOYMENT_STAGE_NAME_WORDS.has(word));
}

const sameWord = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Fallbacks `JSON.parse` turns into a falsy value. */
const JSON_FALSY_TEXTS: ReadonlySet<string> = new Set(["false", "0", "null", '""']);

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(["===", "=="]);
const INEQUALITY_OPERATORS: ReadonlySet<string> = new Set(["!==", "!="]);

/**
 * Which branch a ternary takes when its test reads only an environment variable and the variable is
 * not set (an unset variable is `undefined`, or its `??`/`||` fallback): true for the consequent.
 * `process.env.SSL_VERIFY === "false" ? false : true` takes the alternate. Undefined when the test
 * reads anything else, or a variable that does not switch certificate checks (see `controlsVerification`).
 */
function branchWhenUnset(test: TSESTree.Node, scope: Scope, depth = 0): boolean | undefined {
  if (depth > 4) return undefined;
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression) {
    if (node.operator !== "!") return undefined;
    const inner = branchWhenUnset(node.argument, scope, depth + 1);
    return inner === undefined ? undefined : !inner;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression) {
    const equality = EQUALITY_OPERATORS.has(node.operator);
    if (!equality && !INEQUALITY_OPERATORS.has(node.operator)) return undefined;
    for (const [envSide, literalSide] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const literal = unwrapExpression(literalSide);
      if (literal.type !== AST_NODE_TYPES.Literal || typeof literal.value !== "string") continue;
      const read = readEnvValue(envSide, scope);
      if (!read) continue;
      // Only a variable that controls verification is an opt-out (`SSL_VERIFY`, `ALLOW_SELF_SIGNED`);
      // `DB_SSL === "true" ? { rejectUnauthorized: false } : undefined` turns on TLS without it.
      if (!controlsVerification(read.variable)) return undefined;
      const equal = read.fallback !== undefined && sameWord(read.fallback, literal.value);
      return equality ? equal : !equal;
    }
    return undefined;
  }
  const read = readEnvValue(node, scope);
  if (read) return controlsVerification(read.variable) ? read.fallback !== undefined && read.fallback !== "" : undefined;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = resolveIdentifierInit(node, scope);
  return init ? branchWhenUnset(init, scope, depth + 1) : undefined;
}

/** A variable that turns certificate checks on or off, not TLS itself (`DB_SSL`) or the deployment stage (`NODE_ENV`). */
function controlsVerification(variable: string): boolean {
  return !isStageVariable(variable) && splitNameWords(variable).some((word) => VERIFICATION_CONTROL_WORDS.has(word));
}

/** Nodes a value passes through on its way up to the ternary that chooses it. */
const VALUE_CONTAINERS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/**
 * A value only a set environment variable selects: it sits in the branch of a ternary that runs
 * when the variable is set (`process.env.SSL_VERIFY === "false" ? false : true`,
 * `process.env.DB_SSL_INSECURE === "true" ? { rejectUnauthorized: false } : true`). Verification
 * stays on by default; an operator turns it off on purpose, as with `!== "false"`.
 */
function onlyWhenEnvSet(node: TSESTree.Node, scope: Scope): boolean {
  let current = node;
  for (let steps = 0; steps < 12 && current.parent; steps++) {
    const parent: TSESTree.Node = current.parent;
    if (!VALUE_CONTAINERS.has(parent.type)) return false;
    if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) {
      const branch = branchWhenUnset(parent.test, scope);
      if (branch !== undefined && branch !== (parent.consequent === current)) return true;
    }
    current = parent;
  }
  return false;
}

/** The strings of `["1", "true"]` or `new Set(["1", "true"])`, through a `const`. */
function stringList(raw: TSESTree.Node, scope: Scope, depth = 0): string[] | undefined {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier && depth < 3) {
    const init = resolveIdentifierInit(node, scope);
    return init ? stringList(init, scope, depth + 1) : undefined;
  }
  if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === "Set" && node.arguments.length === 1) {
    return stringList(node.arguments[0]!, scope, depth + 1);
  }
  if (node.type !== AST_NODE_TYPES.ArrayExpression || node.elements.length === 0) return undefined;
  const strings: string[] = [];
  for (const element of node.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const value = resolveString(element, scope);
    if (value === undefined) return undefined;
    strings.push(value);
  }
  return strings;
}

/** The regular expression literal a node is, through a `const`. */
function regexLiteral(raw: TSESTree.Node, scope: Scope): TSESTree.RegExpLiteral | undefined {
  let node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(node, scope);
    if (!init) return undefined;
    node = unwrapExpression(init);
  }
  return node.type === AST_NODE_TYPES.Literal && "regex" in node && node.regex ? (node as TSESTree.RegExpLiteral) : undefined;
}

const MAX_TESTED_PATTERN = 200;

/** Whether a regular expression literal matches a short string, or undefined when it cannot be run here. */
function regexMatches(literal: TSESTree.RegExpLiteral, text: string): boolean | undefined {
  const { pattern, flags } = literal.regex;
  if (pattern.length > MAX_TESTED_PATTERN) return undefined;
  try {
    return new RegExp(pattern, flags.replace(/[gy]/g, "")).test(text);
  } catch {
    return undefined;
  }
}

/** `["1", "true"].includes(process.env.X ?? "")`, `TRUTHY.has(…)`, `/^(1|true)$/i.test(process.env.X ?? "")`: false when the variable is missing. */
function findMembershipOptIn(node: TSESTree.CallExpression, scope: Scope): OptIn | undefined {
  const callee = unwrapExpression(node.callee);
  const argument = node.arguments[0];
  if (callee.type !== AST_NODE_TYPES.MemberExpression || node.arguments.length !== 1 || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const method = getTrailingName(callee);
  if (method !== "includes" && method !== "has" && method !== "test") return undefined;
  const read = readEnvValue(argument, scope);
  if (!read || isStageVariable(read.variable)) return undefined;
  // A missing variable reaches the call as `undefined`, which `test` reads as the string "undefined".
  if (method === "test") {
    const regex = regexLiteral(callee.object, scope);
    if (!regex) return undefined;
    const words = regex.regex.pattern.toLowerCase().split(/[^a-z]+/);
    if (words.some((word) => DEPLOYMENT_STAGE_VALUES.has(word))) return undefined;
    if (regexMatches(regex, read.fallback ?? "undefined") !== false) return undefined;
    return { node, env: read.env, variable: read.variable, literal: undefined, condition: `matches /${regex.regex.pattern}/${regex.regex.flags}`, fallback: read.fallback };
  }
  const list = stringList(callee.object, scope);
  if (!list || list.some((value) => DEPLOYMENT_STAGE_VALUES.has(value.toLowerCase()))) return undefined;
  if (read.fallback !== undefined && list.some((value) => sameWord(value, read.fallback!))) return undefined;
  return { node, env: read.env, variable: read.variable, literal: undefined, condition: `is one of ${list.map((value) => `'${value}'`).join(", ")}`, fallback: read.fallback };
}

/**
 * Where the value is false unless an environment variable is set: `process.env.X === "true"`
 * (either side, `==` too), `Boolean(process.env.X)`, `!!process.env.X`, `[…].includes(…)`,
 * `/…/.test(…)`, through `const`s, bindings destructured from `process.env` and both branches of a
 * ternary. A fallback for a missing variable that passes the test keeps verification on. Comparisons
 * with a deployment stage are left out.
 */
function findOptIns(raw: TSESTree.Node, scope: Scope, depth = 0): OptIn[] {
  if (depth > 4) return [];
  const node = unwrapExpression(raw);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = resolveIdentifierInit(node, scope);
      return init ? findOptIns(init, scope, depth + 1) : [];
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return [...findOptIns(node.consequent, scope, depth + 1), ...findOptIns(node.alternate, scope, depth + 1)];
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.operator !== "===" && node.operator !== "==") return [];
      const pairs: Array<[TSESTree.Node, TSESTree.Node]> = [
        [node.left, node.right],
        [node.right, node.left],
      ];
      for (const [envSide, literalSide] of pairs) {
        const literal = unwrapExpression(literalSide);
        if (literal.type !== AST_NODE_TYPES.Literal || typeof literal.value !== "string") continue;
        const read = readEnvValue(envSide, scope);
        if (!read || isStageVariable(read.variable) || DEPLOYMENT_STAGE_VALUES.has(literal.value.toLowerCase())) continue;
        if (read.fallback !== undefined && sameWord(read.fallback, literal.value)) return [];
        return [{ node, ...read, literal: literal as TSESTree.StringLiteral }];
      }
      return [];
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      const argument = node.arguments[0];
      // `JSON.parse(process.env.X ?? "false")`: false whenever the variable is missing.
      if (isGlobalMethodCall(node, "JSON", "parse", scope)) {
        const read = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? readEnvValue(argument, scope) : undefined;
        if (!read || read.fallback === undefined || isStageVariable(read.variable) || !JSON_FALSY_TEXTS.has(read.fallback.trim())) return [];
        return [{ node, ...read, literal: undefined, condition: "parses as JSON `true`" }];
      }
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const membership = findMembershipOptIn(node, scope);
        return membership ? [membership] : [];
      }
      if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "Boolean" || node.arguments.length !== 1 || !argument) return [];
      const read = argument.type === AST_NODE_TYPES.SpreadElement ? undefined : readEnvValue(argument, scope);
      return read && !read.fallback && !isStageVariable(read.variable) ? [{ node, ...read, literal: undefined }] : [];
    }
    case AST_NODE_TYPES.UnaryExpression: {
      const inner = unwrapExpression(node.argument);
      if (node.operator !== "!" || inner.type !== AST_NODE_TYPES.UnaryExpression || inner.operator !== "!") return [];
      const read = readEnvValue(inner.argument, scope);
      return read && !read.fallback && !isStageVariable(read.variable) ? [{ node, ...read, literal: undefined }] : [];
    }
    default:
      return [];
  }
}

export default createRule<[], MessageIds>({
  name: "no-disabled-tls-verification",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow turning off TLS certificate verification",
      recommended: "recommended",
      cwe: [295],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      rejectUnauthorized:
        "rejectUnauthorized: false accepts any certificate, so a man-in-the-middle can read and alter prompts, API keys and model responses. Keep verification on and trust a private CA with the `ca` option or NODE_EXTRA_CA_CERTS instead.",
      envDisablesVerification:
        "NODE_TLS_REJECT_UNAUTHORIZED='0' turns certificate verification off for every TLS connection of the process, so a man-in-the-middle can read and alter prompts, API keys and model responses. Remove it and trust a private CA with NODE_EXTRA_CA_CERTS or the `ca` option instead.",
      acceptAllServerIdentity:
        "This checkServerIdentity never returns an Error, so any certificate for any host is accepted and a man-in-the-middle can read and alter prompts, API keys and model responses. Return the result of tls.checkServerIdentity(host, cert) (plus your own checks), and trust a private CA with `ca` or NODE_EXTRA_CA_CERTS instead.",
      strictSslOff:
        "strictSSL: false accepts any certificate, so a man-in-the-middle can read and alter prompts, API keys and model responses. Keep strictSSL on and trust a private CA with the `ca` option or NODE_EXTRA_CA_CERTS instead.",
      mongoInsecure:
        "'{{name}}' makes the MongoDB driver accept invalid certificates or hostnames, so a man-in-the-middle can read and alter stored conversations, embeddings and credentials. Keep the checks and trust a private CA with `tlsCAFile` or NODE_EXTRA_CA_CERTS instead.",
      clientOptionInsecure:
        "'{{name}}' makes the {{owner}} client skip certificate checks, so a man-in-the-middle can read and alter the data and credentials it sends. Keep the checks and trust a private CA (the client's CA option or NODE_EXTRA_CA_CERTS) instead.",
      browserIgnoresCertErrors:
        "'{{name}}' makes the browser accept any certificate, so a man-in-the-middle can read the agent's cookies and feed it forged pages. Keep the checks and add a private CA to the browser's trust store instead.",
      pgNoVerify:
        "{{setting}} connects to Postgres without verifying the server certificate, so a man-in-the-middle can read and alter embeddings, documents and credentials. Use sslmode=verify-full (or ssl: { ca }) and trust a private CA with `ca` or NODE_EXTRA_CA_CERTS instead.",
      electronAcceptsAll:
        "This Electron handler trusts every certificate, so a man-in-the-middle can read and alter everything the app loads, prompts and API keys included. Leave the verdict to Chromium (callback(-3), or no handler) and add a private CA to the system trust store instead.",
      ignoreCertificateErrorsSwitch:
        "The ignore-certificate-errors switch makes Chromium accept any certificate, so a man-in-the-middle can read and alter every page and API call. Remove it and add a private CA to the system trust store instead.",
      superagentDisableCerts:
        ".disableTLSCerts() accepts any certificate, so a man-in-the-middle can read and alter prompts, API keys and model responses. Remove it and trust a private CA with .ca() or NODE_EXTRA_CA_CERTS instead.",
      verificationOptIn:
        "{{option}} is false (certificates go unchecked) unless {{variable}} {{condition}}, so wherever the variable is missing a man-in-the-middle can read and alter prompts, API keys and model responses. Make verification the default and let the variable turn it off explicitly, e.g. `{{example}}`.",
      suggestRemoveSetting: "Remove this setting so certificates are verified.",
      suggestVerifyByDefault: "Verify unless {{variable}} is '{{opposite}}'.",
      suggestRemoveCall: "Remove .disableTLSCerts() so certificates are verified.",
    },
  },
  create(context: Context) {
    if (!fileMentions(context, MENTIONS)) return {};
    const sourceCode = context.sourceCode;
    let fileScope: Scope | undefined;
    const scope = (): Scope => (fileScope ??= getFileScope(context));
    let serverOptionObjects: Set<TSESTree.Node> | undefined;

    function isServerOptions(object: TSESTree.ObjectExpression): boolean {
      // `requestCert` and the like exist only on servers: Fastify's `https`, Bun.serve's `tls`, options built by a helper.
      if (TLS_SERVER_ONLY_OPTIONS.some((name) => findProperties(object, name, scope()).length > 0)) return true;
      const isServerFlag = findProperties(object, "isServer", scope()).some((p) => resolveValue(p.value, scope())?.value === true);
      if (isServerFlag) return true;
      if (!serverOptionObjects) {
        serverOptionObjects = new Set();
        for (const reference of findModuleReferences(context, SERVER_TRACE_MAP)) {
          if (reference.kind === "read") continue;
          const call = reference.node as TSESTree.CallExpression | TSESTree.NewExpression;
          const first = call.arguments[0];
          if (!first || first.type === AST_NODE_TYPES.SpreadElement) continue;
          for (const literal of resolveObjectExpressions(first, scope())) serverOptionObjects.add(literal);
        }
      }
      return serverOptionObjects.has(object);
    }

    function removalFix(write: OptionWrite): TSESLint.ReportFixFunction | undefined {
      switch (write.node.type) {
        case AST_NODE_TYPES.Property:
          return removeListElement(sourceCode, write.node);
        case AST_NODE_TYPES.PropertyDefinition:
          // Code elsewhere reads the field (`this.#verify` would not even parse without it).
          return undefined;
        case AST_NODE_TYPES.AssignmentExpression: {
          const statement = getExpressionStatement(write.node);
          return statement ? removeStatement(sourceCode, statement) : undefined;
        }
      }
    }

    /** Reports the whole setting when its value is insecure as written, or the insecure branch of a conditional value. */
    function reportWrite(write: OptionWrite, at: TSESTree.Node, messageId: MessageIds, data?: Record<string, string>): void {
      const whole = unwrapExpression(at) === unwrapExpression(write.value) || at === write.value;
      const fix = removalFix(write);
      context.report({
        node: whole ? write.node : at,
        messageId,
        data,
        suggest: fix ? [{ messageId: "suggestRemoveSetting", fix }] : [],
      });
    }

    function insecureCandidates(write: OptionWrite, test: (value: unknown) => boolean): Candidate[] {
      const seen = new Set<TSESTree.Node>();
      return resolveCandidates(write.value, scope()).filter((c) => {
        if (!test(c.value) || seen.has(c.node)) return false;
        seen.add(c.node);
        return !onlyWhenEnvSet(write.node, scope()) && !selectedOnlyWhenEnvSet(c.node, test, 0);
      });
    }

    /**
     * The insecure value comes only from ternary branches that a set variable selects, here or in
     * the `const` the candidate names (`const VERIFY = process.env.TLS_VERIFY !== "false" ? true : false`).
     */
    function selectedOnlyWhenEnvSet(node: TSESTree.Node, test: (value: unknown) => boolean, depth: number): boolean {
      if (onlyWhenEnvSet(node, scope())) return true;
      const inner = unwrapExpression(node);
      if (depth > 2 || inner.type !== AST_NODE_TYPES.Identifier) return false;
      const init = resolveIdentifierInit(inner, scope());
      if (!init) return false;
      const insecure = resolveCandidates(init, scope()).filter((c) => test(c.value));
      return insecure.length > 0 && insecure.every((c) => selectedOnlyWhenEnvSet(c.node, test, depth + 1));
    }

    let proxyAgents: Map<TSESTree.Node, ProxyAgentShape> | undefined;

    /** The proxy agent a call constructs (`new ProxyAgent(…)`, `new HttpsProxyAgent(…)`), if it is one. */
    function proxyAgentOf(call: TSESTree.Node): ProxyAgentShape | undefined {
      if (!proxyAgents) {
        proxyAgents = new Map();
        for (const reference of findModuleReferences(context, PROXY_AGENT_TRACE_MAP)) {
          if (reference.kind !== "read") proxyAgents.set(reference.node, reference.info);
        }
      }
      return proxyAgents.get(call);
    }

    function isLoopbackWrite(write: OptionWrite): boolean {
      if (write.object === undefined) return false;
      const carrier = findOptionCarrier(write.object);
      const proxy = carrier ? proxyAgentOf(carrier.call) : undefined;
      if (carrier && proxy && !(carrier.path.length > 0 && proxy.proxyTlsKeys.includes(carrier.path[0]!))) {
        // TLS options for the target behind the proxy: the proxy's address is not the peer, only a
        // host named in these options is (`requestTls: { servername: "localhost" }`).
        if (carrier.path.length === 0) return false;
        const hosts = PEER_OPTIONS.hostKeys.flatMap((key) => {
          const property = findProperty(write.object!, key, scope());
          const host = property ? resolveString(property.value, scope()) : undefined;
          return host === undefined ? [] : [host];
        });
        return hosts.length > 0 && hosts.every((host) => isLoopbackHost(host));
      }
      return isLoopbackOnly(write.object, PEER_OPTIONS, scope());
    }

    let inBrowserTestRunner: boolean | undefined;

    function checkRejectUnauthorized(write: OptionWrite): void {
      const insecure = insecureCandidates(write, (value) => value === false);
      if (insecure.length === 0) return;
      if (write.object && isServerOptions(write.object)) return;
      if (isLoopbackWrite(write)) return;
      for (const candidate of insecure) reportWrite(write, candidate.node, "rejectUnauthorized");
    }

    const reportedOptIns = new Set<TSESTree.Node>();

    /** `rejectUnauthorized: process.env.X === "true"`: verification off unless someone sets the variable. */
    function checkOptIn(write: OptionWrite): void {
      const optIns = findOptIns(write.value, scope()).filter((optIn) => !reportedOptIns.has(optIn.node));
      if (optIns.length === 0 || isLoopbackWrite(write)) return;
      if (write.name === REJECT_UNAUTHORIZED && write.object && isServerOptions(write.object)) return;
      for (const optIn of optIns) {
        reportedOptIns.add(optIn.node);
        const envText = sourceCode.getText(optIn.env);
        const literal = optIn.literal;
        const quote = literal ? sourceCode.getText(literal)[0]! : "'";
        const opposite = literal && Object.hasOwn(OPT_IN_OPPOSITES, literal.value.toLowerCase()) ? OPT_IN_OPPOSITES[literal.value.toLowerCase()]! : undefined;
        const shown = opposite ?? "false";
        const operator = optIn.node.type === AST_NODE_TYPES.BinaryExpression ? optIn.node.operator : "===";
        const negated = operator === "==" ? "!=" : "!==";
        const exampleValue = literal && literal.value !== literal.value.toLowerCase() ? shown.toUpperCase() : shown;
        context.report({
          node: optIn.node,
          messageId: "verificationOptIn",
          data: {
            option: write.name,
            variable: optIn.variable,
            condition: optIn.condition ?? (literal ? `is '${literal.value}'` : "is set to a non-empty value"),
            example: `${envText} ${negated} ${quote}${exampleValue}${quote}`,
          },
          // With a fallback for a missing variable, flipping the comparison may still leave verification off.
          suggest: opposite !== undefined && literal && optIn.fallback === undefined ? [verifyByDefaultSuggestion(optIn.node as TSESTree.BinaryExpression, literal, `${quote}${exampleValue}${quote}`, optIn.variable, exampleValue)] : [],
        });
      }
    }

    function verifyByDefaultSuggestion(
      comparison: TSESTree.BinaryExpression,
      literal: TSESTree.StringLiteral,
      replacement: string,
      variable: string,
      opposite: string,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> {
      return {
        messageId: "suggestVerifyByDefault",
        data: { variable, opposite },
        fix: (fixer) => {
          const operator = sourceCode.getFirstTokenBetween(comparison.left, comparison.right, (token) => token.value === comparison.operator);
          if (!operator) return null;
          return [fixer.replaceText(operator, comparison.operator === "==" ? "!=" : "!=="), fixer.replaceText(literal, replacement)];
        },
      };
    }

    function checkServerIdentity(write: OptionWrite): void {
      const accepting = functionCandidates(write.value, scope()).filter(({ fn }) => alwaysReturnsFalsy(fn, scope()));
      if (accepting.length === 0 || isLoopbackWrite(write)) return;
      for (const { node } of accepting) reportWrite(write, node, "acceptAllServerIdentity");
    }

    function checkEnvWrite(write: OptionWrite): void {
      const keepsNumbers = write.object !== undefined && isProcessEnvReplacement(write.object);
      const insecure = insecureCandidates(
        write,
        (value) => value === ENV_REJECT_UNAUTHORIZED_OFF || (!keepsNumbers && typeof value === "number" && String(value) === ENV_REJECT_UNAUTHORIZED_OFF),
      );
      for (const candidate of insecure) reportWrite(write, candidate.node, "envDisablesVerification");
    }

    /** `process.env.PGSSLMODE = "no-verify"`: node-postgres clients without an `ssl` option stop verifying. */
    function checkPgEnvWrite(write: OptionWrite): void {
      // No removal suggestion: without the variable node-postgres connects without TLS at all.
      for (const candidate of insecureCandidates(write, (value) => value === PG_NO_VERIFY_MODE)) {
        const whole = unwrapExpression(candidate.node) === unwrapExpression(write.value);
        context.report({ node: whole ? write.node : candidate.node, messageId: "pgNoVerify", data: { setting: `${PG_ENV_SSLMODE}=${PG_NO_VERIFY_MODE}` } });
      }
    }

    function checkInsecureOption(write: OptionWrite, option: InsecureOption): void {
      // A test runner's browser options (`defineConfig({ use: { ignoreHTTPSErrors: true } })`) set up the browser under test.
      if (option.family === "browser" && (inBrowserTestRunner ??= importsAnyOf(context, BROWSER_TEST_RUNNER_MODULES))) return;
      const insecure = insecureCandidates(write, (value) => isInsecureValue(value, option.insecureWhen));
      if (insecure.length === 0 || isLoopbackWrite(write)) return;
      for (const candidate of insecure) {
        reportWrite(write, candidate.node, FAMILY_MESSAGE[option.family], { name: write.name, owner: option.owner });
      }
    }

    function onWrite(node: OptionWriteNode): void {
      const peeked = peekOptionWriteName(node);
      if (peeked !== undefined ? !isHandledName(peeked) : !hasDynamicKey(node)) return;
      const write = getOptionWrite(node, scope());
      if (!write || forwardsClassSetting(write)) return;
      if (write.name === REJECT_UNAUTHORIZED) {
        checkRejectUnauthorized(write);
        checkOptIn(write);
      }
      else if (write.name === CHECK_SERVER_IDENTITY) checkServerIdentity(write);
      else if (write.name === ENV_REJECT_UNAUTHORIZED) checkEnvWrite(write);
      else if (write.name === PG_ENV_SSLMODE) checkPgEnvWrite(write);
      else {
        const option = lookupOption(write.name);
        if (!option) return;
        checkInsecureOption(write, option);
        if (option.insecureWhen === "false" || option.insecureWhen === "mongo-false") checkOptIn(write);
      }
    }

    function checkSuperagent(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
      if (call.arguments.length !== 0 || callee.property.type === AST_NODE_TYPES.PrivateIdentifier) return;
      const objectText = sourceCode.getText(callee.object);
      context.report({
        loc: { start: callee.property.loc.start, end: call.loc.end },
        messageId: "superagentDisableCerts",
        suggest: [{ messageId: "suggestRemoveCall", fix: (fixer) => fixer.replaceText(call, objectText) }],
      });
    }

    function checkVerifyProc(call: TSESTree.CallExpression): void {
      const proc = call.arguments[0];
      const fn = proc && proc.type !== AST_NODE_TYPES.SpreadElement ? resolveFunction(proc, scope()) : undefined;
      if (!fn) return;
      const calls = getParameterCalls(fn, 1, sourceCode);
      if (!calls || calls.length === 0) return;
      const accepts = calls.every((c) => {
        const argument = c.arguments[0];
        return argument !== undefined && argument.type !== AST_NODE_TYPES.SpreadElement && resolveValue(argument, scope())?.value === ELECTRON_VERIFY_PROC_ACCEPT;
      });
      if (!accepts) return;
      for (const accept of calls) context.report({ node: accept, messageId: "electronAcceptsAll" });
    }

    function callsPreventDefault(fn: FunctionNode): boolean {
      const event = fn.params[0];
      if (!event || event.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = sourceCode.getDeclaredVariables(fn).find((v) => v.name === event.name);
      return (variable?.references ?? []).some((reference) => {
        const member = (reference.identifier as TSESTree.Node).parent;
        return (
          member?.type === AST_NODE_TYPES.MemberExpression &&
          getTrailingName(member) === "preventDefault" &&
          member.parent?.type === AST_NODE_TYPES.CallExpression &&
          member.parent.callee === member
        );
      });
    }

    function checkCertificateErrorListener(call: TSESTree.CallExpression): void {
      const [event, listener] = call.arguments;
      if (!event || !listener || listener.type === AST_NODE_TYPES.SpreadElement) return;
      if (resolveString(event, scope()) !== ELECTRON_CERTIFICATE_ERROR_EVENT) return;
      const fn = resolveFunction(listener, scope());
      if (!fn || !callsPreventDefault(fn)) return;
      for (const position of ELECTRON_CALLBACK_PARAM_POSITIONS) {
        const calls = getParameterCalls(fn, position, sourceCode);
        if (!calls || calls.length === 0) continue;
        const trusts = calls.every((c) => {
          const argument = c.arguments[0];
          return argument !== undefined && argument.type !== AST_NODE_TYPES.SpreadElement && resolveValue(argument, scope())?.value === true;
        });
        if (trusts) for (const trust of calls) context.report({ node: trust, messageId: "electronAcceptsAll" });
        return;
      }
    }

    function isIgnoreCertificateSwitch(value: string, withDashes: boolean): boolean {
      const name = withDashes ? (value.startsWith("--") ? value.slice(2) : undefined) : value.replace(/^-{0,2}/, "");
      if (name === undefined) return false;
      const equals = name.indexOf("=");
      return CHROMIUM_IGNORE_CERT_SWITCHES.has(equals >= 0 ? name.slice(0, equals) : name);
    }

    function checkCommandLineSwitch(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): void {
      if (getTrailingName(callee.object) !== "commandLine") return;
      const argument = call.arguments[0];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
      const value = resolveString(argument, scope());
      if (value === undefined || !isIgnoreCertificateSwitch(value, method === "appendArgument")) return;
      const statement = getExpressionStatement(call);
      const fix = statement ? removeStatement(sourceCode, statement) : undefined;
      context.report({
        node: argument,
        messageId: "ignoreCertificateErrorsSwitch",
        suggest: fix ? [{ messageId: "suggestRemoveSetting", fix }] : [],
      });
    }

    function checkConnectionString(node: TSESTree.Literal | TSESTree.TemplateLiteral, text: string): void {
      const lower = text.toLowerCase();
      const needles = CONNECTION_STRING_NEEDLES.filter((needle) => lower.includes(needle));
      if (needles.length === 0) return;
      const root = stringRoot(node);
      const parts = getStringParts(root, scope());
      if (!parts) return;
      const connection = readConnectionQuery(parts);
      if (!connection || connection.query.length === 0) return;
      if (connection.host !== undefined && isLoopbackHost(connection.host)) return;
      const isMongo = connection.scheme === undefined || MONGO_SCHEMES.has(connection.scheme);
      const isPg = connection.scheme === undefined || PG_SCHEMES.has(connection.scheme);
      for (const param of connection.query) {
        if (param.name === undefined) continue;
        const value = textOf(param.value);
        if (value === undefined) continue;
        const option = isMongo ? OPTION_BY_LOWER_NAME.get(param.name.toLowerCase()) : undefined;
        if (option && lower.includes(option.name.toLowerCase()) && isInsecureValue(value, option.insecureWhen)) {
          report(node, "mongoInsecure", { name: `${param.name}=${value}` });
        }
      }
      if (!isPg || !text.includes(PG_SSLMODE_PARAM)) return;
      const sslmode = queryValue(connection.query, PG_SSLMODE_PARAM);
      if (sslmode === undefined) return;
      const libpqCompat = queryValue(connection.query, PG_LIBPQ_COMPAT_PARAM) === "true";
      const unverified = libpqCompat
        ? sslmode === "prefer" || (PG_LIBPQ_UNVERIFIED_MODES.has(sslmode) && queryValue(connection.query, PG_ROOT_CERT_PARAM) === undefined)
        : sslmode === PG_NO_VERIFY_MODE;
      if (unverified) report(node, "pgNoVerify", { setting: libpqCompat ? `sslmode=${sslmode} with uselibpqcompat=true` : `sslmode=${sslmode}` });
    }

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>): void {
      context.report({ node, messageId, data });
    }

    function checkPostgresJs(): void {
      for (const reference of findModuleReferences(context, POSTGRES_JS_TRACE_MAP)) {
        if (reference.kind !== "call") continue;
        const call = reference.node as TSESTree.CallExpression;
        const [first, second] = call.arguments;
        if (!first || first.type === AST_NODE_TYPES.SpreadElement) continue;
        // postgres(options) or postgres(url, options)
        const firstIsOptions = resolveObjectExpressions(first, scope()).length > 0;
        const optionsNode = firstIsOptions ? first : second;
        const objects = optionsNode && optionsNode.type !== AST_NODE_TYPES.SpreadElement ? resolveObjectExpressions(optionsNode, scope()) : [];
        const optionsUnknown = optionsNode !== undefined && objects.length === 0;
        const sslProperties = objects.flatMap((object) => findProperties(object, "ssl", scope()));
        for (const property of sslProperties) {
          for (const candidate of resolveCandidates(property.value, scope())) {
            if (typeof candidate.value !== "string" || !POSTGRES_JS_UNVERIFIED_SSL.has(candidate.value)) continue;
            const whole = candidate.node === property.value;
            context.report({ node: whole ? property.property : candidate.node, messageId: "pgNoVerify", data: { setting: `ssl: '${candidate.value}' (postgres.js)` } });
          }
        }
        // The URL's sslmode only counts when no `ssl` option can override it.
        if (firstIsOptions || optionsUnknown || sslProperties.length > 0) continue;
        const parts = getStringParts(first, scope());
        const url = parts ? parseUrlParts(parts) : undefined;
        if (!url || (url.host !== undefined && isLoopbackHost(url.host))) continue;
        for (const name of POSTGRES_JS_URL_PARAMS) {
          const value = queryValue(url.query, name);
          if (value !== undefined && POSTGRES_JS_UNVERIFIED_SSL.has(value)) {
            context.report({ node: first, messageId: "pgNoVerify", data: { setting: `${name}=${value} (postgres.js)` } });
            break;
          }
          if (value !== undefined) break;
        }
      }
    }

    return {
      Property: onWrite,
      PropertyDefinition: onWrite,
      AssignmentExpression: onWrite,
      CallExpression(call) {
        const callee = unwrapExpression(call.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = getTrailingName(callee);
        if (method === undefined) return;
        if (method === SUPERAGENT_DISABLE_METHOD) checkSuperagent(call, callee);
        else if (method === ELECTRON_VERIFY_PROC_METHOD) checkVerifyProc(call);
        else if (CHROMIUM_SWITCH_METHODS.has(method)) checkCommandLineSwitch(call, callee, method);
        else if (EVENT_LISTENER_METHODS.has(method)) checkCertificateErrorListener(call);
      },
      Literal(node) {
        if (typeof node.value !== "string") return;
        const value = node.value;
        if (value.startsWith("--") && node.parent?.type === AST_NODE_TYPES.ArrayExpression && isIgnoreCertificateSwitch(value, true)) {
          context.report({
            node,
            messageId: "ignoreCertificateErrorsSwitch",
            suggest: [{ messageId: "suggestRemoveSetting", fix: removeListElement(sourceCode, node) }],
          });
          return;
        }
        if (value.includes("=")) checkConnectionString(node, value);
      },
      TemplateLiteral(node) {
        const text = stringLiteralText(node);
        if (text !== undefined && text.includes("=")) checkConnectionString(node, text);
      },
      "Program:exit"() {
        checkPostgresJs();
      },
    };
  },
});
