import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { isSecretEnvName, isSecretName, splitNameWords } from "../knowledge/secret-names";
import { findSecretFormat, isPlaceholderSecret } from "../knowledge/secrets";
import {
  API_HOST_AUTH,
  CREDENTIAL_QUERY_PARAMS,
  isLinkTokenParam,
  LINK_BUILDER_WORDS,
  LINK_PATH_WORDS,
  normalizeParamName,
  NOT_LINK_TOKEN_WORDS,
  URL_CREDENTIAL_WORDS,
  URL_SINK_CALL_NAMES,
  URL_VALUE_KEYS,
  type ApiHostAuth,
} from "../knowledge/url-credentials";
import { getEnclosingFunction, getLiteralKeyName, getTrailingName, skipWrappersUp, unwrapExpression } from "./ast";
import { getFunctionName } from "./functions";
import { getModuleBinding, getRequiredModule, normalizeModuleName } from "./modules";
import { getObjectProperties, resolveObjectExpressions } from "./objects";
import { getEnvVarName, getSecretEvidence, type SecretEvidence } from "./secret-values";
import { resolveIdentifierInit, resolveString, type Scope } from "./static-value";
import { getStringParts, type StringPart } from "./string-parts";
import { hostMatches, parseQueryParts, parseUrlParts, type QueryParam } from "./url";

/** Which query parameter names count as credentials: the defaults, plus and minus the user's. */
export interface QueryCredentialSettings {
  /** Normalized names added to the defaults. */
  extraParams: ReadonlySet<string>;
  /** Normalized names never reported. */
  allowedParams: ReadonlySet<string>;
}

const WHITESPACE = /\s/;
/** Longer strings are not URLs anyone sends (servers refuse request lines past a few KB); they are data. */
const MAX_URL_LENGTH = 32_768;
const DEFAULT_PARAMS: ReadonlySet<string> = new Set(CREDENTIAL_QUERY_PARAMS.map(normalizeParamName));

export const DEFAULT_QUERY_CREDENTIAL_SETTINGS: QueryCredentialSettings = { extraParams: new Set(), allowedParams: new Set() };

/** Settings from option lists as users write them (`"X-Api-Key"`, `"subscription_key"`). */
export function makeQueryCredentialSettings(extraParams: readonly string[] = [], allowedParams: readonly string[] = []): QueryCredentialSettings {
  if (extraParams.length === 0 && allowedParams.length === 0) return DEFAULT_QUERY_CREDENTIAL_SETTINGS;
  return { extraParams: new Set(extraParams.map(normalizeParamName)), allowedParams: new Set(allowedParams.map(normalizeParamName)) };
}

/** Whether a query parameter with this name carries a credential: `key`, `api_key`, `access_token`, `openai_key`. */
export function isCredentialParamName(name: string, settings: QueryCredentialSettings = DEFAULT_QUERY_CREDENTIAL_SETTINGS): boolean {
  const normalized = normalizeParamName(name);
  if (normalized === "" || WHITESPACE.test(name)) return false;
  if (settings.allowedParams.has(normalized)) return false;
  return DEFAULT_PARAMS.has(normalized) || settings.extraParams.has(normalized) || isSecretName(name);
}

/** Why a query value is taken to be a credential. `host`: the API reads its key from this parameter. */
export type CredentialSource = SecretEvidence | { kind: "host"; node: TSESTree.Node; name?: undefined; provider?: undefined };

/** A credential placed in a URL query. */
export interface QueryCredential {
  /** The parameter name as written. */
  param: string;
  /** Where the key enters the URL: the template expression, the operand, the property or the argument. */
  node: TSESTree.Node;
  source: CredentialSource;
  /** The URL's host, when the whole URL is known. */
  host?: string;
  /** For a key written as text in the URL, that text, to find the literal it came from. Never shown. */
  keyText?: string;
}

/** The auth facts of a known API host. */
export function getApiHostAuth(host: string | undefined): ApiHostAuth | undefined {
  if (!host) return undefined;
  return API_HOST_AUTH.find((entry) => hostMatches(host, entry.host));
}

/** A value named as a credential made for URLs (`ephemeralToken`, `sasToken`, `verificationToken`, `downloadToken`). */
function isUrlCredentialName(name: string | undefined): boolean {
  if (!name) return false;
  return splitNameWords(name).some((word) => URL_CREDENTIAL_WORDS.has(word));
}

function trustedEvidence(evidence: SecretEvidence | null, scope: Scope): SecretEvidence | null {
  if (!evidence) return null;
  if (evidence.kind === "literal") return evidence;
  const trailing = getTrailingName(evidence.node);
  if (isUrlCredentialName(evidence.name) || isUrlCredentialName(trailing)) return null;
  return isNonSecretTokenAlias(evidence.node, scope) ? null : evidence;
}

/**
 * A variable named like a credential but bound to a value whose own name says it is a paging
 * cursor or a count: `const token = res.nextPageToken`, `const token = usage.total_tokens`.
 * The name of the source is the better evidence.
 */
export function isNonSecretTokenAlias(node: TSESTree.Node, scope: Scope): boolean {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const init = resolveIdentifierInit(inner, scope);
  if (!init) return false;
  const source = unwrapExpression(init);
  if (source.type !== AST_NODE_TYPES.Identifier && source.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getTrailingName(source);
  if (!name || isSecretName(name)) return false;
  return splitNameWords(name).some((word) => word === "token" || word === "tokens");
}

/** Whether a literal text is a real-looking key (a provider format, not a placeholder). */
function isKeyShapedText(text: string): boolean {
  const value = text.trim();
  return findSecretFormat(value) !== undefined && !isPlaceholderSecret(value);
}

/** The credential in one query value expression (`apiKey`, `process.env.X`, a key literal), or null. */
export function judgeQueryValue(
  value: TSESTree.Node,
  param: string,
  scope: Scope,
  host?: string,
): CredentialSource | null {
  const inner = unwrapExpression(value);
  if (inner.type === AST_NODE_TYPES.Literal) {
    return typeof inner.value === "string" && isKeyShapedText(inner.value) ? (getSecretEvidence(value, scope) ?? null) : null;
  }
  const evidence = trustedEvidence(getSecretEvidence(value, scope), scope);
  if (evidence) return evidence;
  const known = resolveString(value, scope);
  if (known !== undefined) return isKeyShapedText(known) ? { kind: "literal", node: value } : null;
  if (!isHostKeyParam(host, param) || isUrlCredentialName(getTrailingName(value))) return null;
  // `NEXT_PUBLIC_MAPS_KEY`: a key its owner publishes on purpose (a referrer-restricted browser key).
  const env = getEnvVarName(value, scope);
  if (env !== undefined && !isSecretEnvName(env)) return null;
  return { kind: "host", node: value };
}

function isPublicKeyPath(host: string | undefined, path: string): boolean {
  const paths = getApiHostAuth(host)?.publicKeyPaths;
  return paths !== undefined && paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function isHostKeyParam(host: string | undefined, param: string): boolean {
  const auth = getApiHostAuth(host);
  if (!auth) return false;
  const normalized = normalizeParamName(param);
  return auth.keyParams.some((name) => normalizeParamName(name) === normalized);
}

/**
 * The credentials in the query of a URL (or URL fragment such as `"&api_key=" + key`) read as
 * parts. `forceQuery` reads the whole text as a query (`url.search = "key=" + k`).
 */
export function findQueryCredentialsInParts(
  parts: readonly StringPart[],
  scope: Scope,
  settings: QueryCredentialSettings = DEFAULT_QUERY_CREDENTIAL_SETTINGS,
  forceQuery = false,
): QueryCredential[] {
  const url = forceQuery ? undefined : parseUrlParts(parts);
  let query: QueryParam[];
  if (url) query = url.query;
  else if (forceQuery && !startsWithQueryMark(parts)) query = parseQueryParts([{ kind: "text", text: "?", node: parts[0]?.node as TSESTree.Node }, ...parts]);
  else query = parseQueryParts(parts);
  const host = url?.host;
  if (url && isPublicKeyPath(host, url.path)) return [];
  const out: QueryCredential[] = [];
  for (const param of query) {
    if (param.name === undefined || !isCredentialParamName(param.name, settings)) continue;
    const found = judgeValueParts(param.value, param.name, scope, host);
    if (found) out.push({ param: param.name, node: found.source.node, source: found.source, host, keyText: found.keyText });
  }
  return out;
}

/**
 * A one-time token of the kind links carry: known by its variable's name only (not a provider key
 * or a secret environment variable), in a token parameter, under a name that does not say key or password.
 */
function isLinkToken(credential: QueryCredential): boolean {
  if (credential.source.kind !== "name" || !isLinkTokenParam(normalizeParamName(credential.param))) return false;
  const name = credential.source.name;
  return name === undefined || !splitNameWords(name).some((word) => NOT_LINK_TOKEN_WORDS.has(word));
}

/** Whether the path before the query says the URL is a link for a person (`/reset-password?token=`, `/sso/simple?token=`). */
function isLinkPath(parts: readonly StringPart[]): boolean {
  let text = "";
  for (const part of parts) {
    if (part.kind === "hole") {
      text += "/";
      continue;
    }
    const mark = part.text.indexOf("?");
    if (mark >= 0) {
      text += part.text.slice(0, mark);
      break;
    }
    text += part.text;
  }
  const schemeEnd = text.indexOf("://");
  if (schemeEnd >= 0) {
    // The host's words (`sso.example.com`) say nothing about the link.
    const slash = text.indexOf("/", schemeEnd + 3);
    text = slash >= 0 ? text.slice(slash) : "";
  }
  return splitNameWords(text).some((word) => LINK_PATH_WORDS.has(word));
}

/** Whether a string build is what a function named as a link builder returns (`getResetLink = (t) => \`…?token=${t}\``). */
function isLinkBuilderResult(node: TSESTree.Node): boolean {
  const root = getStringBuildRoot(node);
  const parent = root.parent;
  let fn: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === root) fn = parent;
  else if (parent?.type === AST_NODE_TYPES.ReturnStatement) fn = getEnclosingFunction(parent);
  if (!fn || fn.type === AST_NODE_TYPES.Program) return false;
  const name = getFunctionName(fn);
  return name !== undefined && splitNameWords(name).some((word) => LINK_BUILDER_WORDS.has(word));
}

function startsWithQueryMark(parts: readonly StringPart[]): boolean {
  const first = parts[0];
  return first?.kind === "text" && (first.text.startsWith("?") || first.text.startsWith("&"));
}

function judgeValueParts(
  value: readonly StringPart[],
  param: string,
  scope: Scope,
  host: string | undefined,
): { source: CredentialSource; keyText?: string } | null {
  for (const part of value) {
    if (part.kind === "text") {
      const text = part.text.trim();
      if (isKeyShapedText(text)) return { source: { kind: "literal", provider: findSecretFormat(text)?.format.provider, node: part.node }, keyText: text };
      continue;
    }
    const found = judgeQueryValue(part.node, param, scope, host);
    if (found) return { source: found };
  }
  return null;
}

/**
 * Where in a string build a piece of static text comes from: the literal, the template quasi or
 * the constant that holds it. Text merged from several pieces is found in the first that has it all.
 */
export function findTextOrigin(root: TSESTree.Node, text: string, scope: Scope, depth = 0): TSESTree.Node | undefined {
  if (depth > 8) return undefined;
  const inner = unwrapExpression(root);
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
    for (let i = 0; i < inner.quasis.length; i++) {
      const quasi = inner.quasis[i]!;
      if ((quasi.value.cooked ?? "").includes(text)) return quasi;
      const expression = inner.expressions[i];
      const found = expression ? findTextOrigin(expression, text, scope, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  }
  if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === "+") {
    return findTextOrigin(inner.left, text, scope, depth + 1) ?? findTextOrigin(inner.right, text, scope, depth + 1);
  }
  const value = resolveString(inner, scope);
  return value !== undefined && value.includes(text) ? root : undefined;
}

/**
 * Whether a URL expression is requested or loaded: handed to a URL sink (`fetch`, `axios.get`,
 * `new URL`, `new WebSocket`…), given as a `url`/`src`/`href` value, or bound to a variable that is.
 */
export function reachesUrlSink(node: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > 3) return false;
  const current = getStringBuildRoot(node);
  const parent = current.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      if (parent.arguments[0] !== current) return false;
      const name = getTrailingName(parent.callee);
      return name !== undefined && URL_SINK_CALL_NAMES.has(name);
    }
    case AST_NODE_TYPES.Property:
      return parent.value === current && URL_VALUE_KEYS.has(getLiteralKeyName(parent.key, parent.computed) ?? "");
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === current && URL_VALUE_KEYS.has(getTrailingName(parent.left) ?? "");
    case AST_NODE_TYPES.JSXExpressionContainer: {
      const attribute = parent.parent;
      return attribute?.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier &&
        URL_VALUE_KEYS.has(attribute.name.name);
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = findVariable(scope as never, parent.id as never) as TSESLint.Scope.Variable | null;
      return (variable?.references ?? []).some((ref) => !ref.init && reachesUrlSink(ref.identifier as TSESTree.Node, scope, depth + 1));
    }
    default:
      return false;
  }
}

/**
 * The credentials a string-building expression (template literal, `+`, a constant bound to one)
 * puts in a URL query. A value trusted only because of the API host counts when the URL is sent
 * (`reachesUrlSink`): a string that merely looks like such a URL is not enough evidence.
 */
export function findStringBuildCredentials(
  node: TSESTree.Node,
  scope: Scope,
  settings: QueryCredentialSettings = DEFAULT_QUERY_CREDENTIAL_SETTINGS,
  forceQuery = false,
): QueryCredential[] {
  const parts = getStringParts(node, scope);
  if (!parts) return [];
  let length = 0;
  for (const part of parts) length += part.kind === "text" ? part.text.length : 1;
  if (length > MAX_URL_LENGTH) return [];
  const serialized = serializedQueryHoleCredentials(parts, scope, settings);
  const pairs = parts.some((part) => part.kind === "text" && part.text.includes("="));
  if (!pairs && serialized.length === 0) return [];
  let found = pairs ? [...findQueryCredentialsInParts(parts, scope, settings, forceQuery), ...serialized] : serialized;
  // A link handed to a person (a redirect, an email, a page): its one-time token is what it carries.
  // A URL the code requests itself is an API call, whatever its path says.
  if (found.some(isLinkToken) && (isLinkPath(parts) || isLinkBuilderResult(node)) && !reachesUrlSink(node, scope)) {
    found = found.filter((credential) => !isLinkToken(credential));
  }
  if (!found.some((credential) => credential.source.kind === "host")) return found;
  const sent = reachesUrlSink(node, scope);
  return sent ? found : found.filter((credential) => credential.source.kind !== "host");
}

/** Modules whose `stringify` (or `encode`) turns an object into a query string. */
export const QUERY_STRING_MODULES: readonly string[] = ["qs", "querystring", "query-string", "querystringify"];
const QUERY_STRING_MODULE_SET: ReadonlySet<string> = new Set(QUERY_STRING_MODULES);
const QUERY_STRINGIFY_NAMES: ReadonlySet<string> = new Set(["stringify", "encode"]);

/**
 * The object a query-string serializer call turns into `name=value&…`: `qs.stringify(obj)`,
 * `querystring.stringify(obj)` / `encode`, `queryString.stringify(obj)`, a named `stringify`
 * import of those modules, or `require("qs").stringify(obj)`.
 */
export function getQueryStringifyArgument(node: TSESTree.Node, scope: Scope): TSESTree.Node | null {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = getModuleBinding(callee, scope);
    return binding?.name !== undefined && QUERY_STRINGIFY_NAMES.has(binding.name) && isQueryStringModule(binding.module) ? first : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !QUERY_STRINGIFY_NAMES.has(getTrailingName(callee) ?? "")) return null;
  const owner = unwrapExpression(callee.object);
  if (owner.type === AST_NODE_TYPES.CallExpression) return isQueryStringModule(getRequiredModule(owner)) ? first : null;
  if (owner.type !== AST_NODE_TYPES.Identifier) return null;
  const binding = getModuleBinding(owner, scope);
  return binding !== undefined && binding.name === undefined && isQueryStringModule(binding.module) ? first : null;
}

function isQueryStringModule(name: string | undefined): boolean {
  return name !== undefined && QUERY_STRING_MODULE_SET.has(normalizeModuleName(name));
}

/**
 * The query value a serialized-query expression stands for: the object of `qs.stringify(obj)`,
 * a `new URLSearchParams(…)` (or its `.toString()`), through constants.
 */
function serializedQueryValue(node: TSESTree.Node, scope: Scope, depth = 0): TSESTree.Node | null {
  if (depth > 4) return null;
  const inner = unwrapExpression(node);
  if (isUrlSearchParamsConstruction(inner)) return inner;
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(inner, scope);
    return init ? serializedQueryValue(init, scope, depth + 1) : null;
  }
  if (inner.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(inner.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && getTrailingName(callee) === "toString" && inner.arguments.length === 0) {
    return serializedQueryValue(callee.object, scope, depth + 1);
  }
  return getQueryStringifyArgument(inner, scope);
}

/** Credentials in serialized queries placed right after `?` or `&` of a string build (`` `${base}?${qs.stringify({ api_key })}` ``). */
function serializedQueryHoleCredentials(parts: readonly StringPart[], scope: Scope, settings: QueryCredentialSettings): QueryCredential[] {
  const out: QueryCredential[] = [];
  let before = "";
  for (const part of parts) {
    if (part.kind === "text") {
      before += part.text;
      continue;
    }
    const afterMark = before.endsWith("?") || (before.endsWith("&") && before.includes("?"));
    before += "\u0000";
    if (!afterMark || before.includes("#")) continue;
    const value = serializedQueryValue(part.node, scope);
    if (!value) continue;
    const url = parseUrlParts(parts);
    for (const credential of findQueryValueCredentials(value, scope, settings, url?.host)) out.push(credential);
  }
  return out;
}

/** `new URLSearchParams(…)` (the global class). */
export function isUrlSearchParamsConstruction(node: TSESTree.Node): node is TSESTree.NewExpression {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = unwrapExpression(inner.callee);
  return getTrailingName(callee) === "URLSearchParams" &&
    (callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.MemberExpression);
}

/** `new URL(…)` (the global class or `url.URL`). */
export function isUrlConstruction(node: TSESTree.Node): node is TSESTree.NewExpression {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.NewExpression && getTrailingName(inner.callee) === "URL";
}

/**
 * The credentials in a query given as a value: an object literal (`{ key: apiKey }`, through
 * constants and spreads), an array of pairs (`[["api_key", key]]`), a string (`"key=" + k`), or
 * `new URLSearchParams(…)` of one of those.
 */
export function findQueryValueCredentials(
  value: TSESTree.Node,
  scope: Scope,
  settings: QueryCredentialSettings = DEFAULT_QUERY_CREDENTIAL_SETTINGS,
  host?: string,
  depth = 0,
): QueryCredential[] {
  if (depth > 4) return [];
  const inner = unwrapExpression(value);
  if (isUrlSearchParamsConstruction(inner)) {
    const init = inner.arguments[0];
    return init && init.type !== AST_NODE_TYPES.SpreadElement ? findQueryValueCredentials(init, scope, settings, host, depth + 1) : [];
  }
  const out: QueryCredential[] = [];
  for (const object of resolveObjectExpressions(value, scope)) {
    for (const property of getObjectProperties(object, scope)) {
      if (!isCredentialParamName(property.name, settings)) continue;
      const source = judgeQueryValue(property.value, property.name, scope, host);
      if (source) out.push({ param: property.name, node: property.property, source, host });
    }
  }
  if (out.length > 0) return out;
  const array = resolveArrayExpression(inner, scope);
  if (array) return pairCredentials(array, scope, settings, host);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(inner, scope);
    if (init && isUrlSearchParamsConstruction(init)) return findQueryValueCredentials(init, scope, settings, host, depth + 1);
  }
  return findStringBuildCredentials(value, scope, settings, true);
}

function resolveArrayExpression(node: TSESTree.Node, scope: Scope): TSESTree.ArrayExpression | null {
  let current: TSESTree.Node | null = unwrapExpression(node);
  for (let i = 0; current && i < 4; i++) {
    if (current.type === AST_NODE_TYPES.ArrayExpression) return current;
    if (current.type !== AST_NODE_TYPES.Identifier) return null;
    const init = resolveIdentifierInit(current, scope);
    current = init ? unwrapExpression(init) : null;
  }
  return null;
}

function pairCredentials(array: TSESTree.ArrayExpression, scope: Scope, settings: QueryCredentialSettings, host: string | undefined): QueryCredential[] {
  const out: QueryCredential[] = [];
  for (const element of array.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
    const pair = unwrapExpression(element);
    if (pair.type !== AST_NODE_TYPES.ArrayExpression) continue;
    const [nameNode, valueNode] = pair.elements;
    if (!nameNode || !valueNode || nameNode.type === AST_NODE_TYPES.SpreadElement || valueNode.type === AST_NODE_TYPES.SpreadElement) continue;
    const name = resolveString(nameNode, scope);
    if (name === undefined || !isCredentialParamName(name, settings)) continue;
    const source = judgeQueryValue(valueNode, name, scope, host);
    if (source) out.push({ param: name, node: valueNode, source, host });
  }
  return out;
}

/** The `URLSearchParams` methods that write a parameter. */
export const PARAM_SETTERS: ReadonlySet<string> = new Set(["set", "append"]);

/** What a `.set`/`.append` call writes into. */
export interface SearchParamsWrite {
  credential: QueryCredential;
  /** `url`: the receiver is a URL's `searchParams`; `params`: a `new URLSearchParams()` bound to a variable. */
  target: "url" | "params";
  /** For `params`, the identifier the instance is bound to. */
  instance?: TSESTree.Identifier;
}

/**
 * `url.searchParams.set("key", apiKey)`, `params.append("api_key", key)`: the credential written,
 * and whether it lands in a URL's query directly or in a URLSearchParams instance.
 */
export function getSearchParamsWrite(
  call: TSESTree.CallExpression,
  scope: Scope,
  settings: QueryCredentialSettings = DEFAULT_QUERY_CREDENTIAL_SETTINGS,
): SearchParamsWrite | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getTrailingName(callee);
  if (!method || !PARAM_SETTERS.has(method)) return null;
  const [nameNode, valueNode] = call.arguments;
  if (!nameNode || !valueNode || nameNode.type === AST_NODE_TYPES.SpreadElement || valueNode.type === AST_NODE_TYPES.SpreadElement) return null;
  const target = getSearchParamsTarget(callee.object, scope);
  if (!target) return null;
  const name = resolveString(nameNode, scope);
  if (name === undefined || !isCredentialParamName(name, settings)) return null;
  const source = judgeQueryValue(valueNode, name, scope, target.host);
  if (!source) return null;
  return { credential: { param: name, node: valueNode, source, host: target.host }, target: target.kind, instance: target.instance };
}

interface SearchParamsTarget {
  kind: "url" | "params";
  instance?: TSESTree.Identifier;
  host?: string;
}

function getSearchParamsTarget(receiver: TSESTree.Node, scope: Scope): SearchParamsTarget | null {
  const inner = unwrapExpression(receiver);
  if (inner.type === AST_NODE_TYPES.MemberExpression && getTrailingName(inner) === "searchParams") {
    return { kind: "url", host: hostOfUrlExpression(inner.object, scope) };
  }
  if (inner.type !== AST_NODE_TYPES.Identifier) return null;
  const init = resolveIdentifierInit(inner, scope);
  if (!init) return null;
  const value = unwrapExpression(init);
  if (value.type === AST_NODE_TYPES.MemberExpression && getTrailingName(value) === "searchParams") {
    return { kind: "url", host: hostOfUrlExpression(value.object, scope) };
  }
  if (isUrlSearchParamsConstruction(value)) return { kind: "params", instance: inner };
  return null;
}

/** The host of `new URL("https://…")` or of a constant bound to it. */
export function hostOfUrlExpression(node: TSESTree.Node, scope: Scope): string | undefined {
  let current: TSESTree.Node | null = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(current, scope);
    current = init ? unwrapExpression(init) : null;
  }
  if (!current || !isUrlConstruction(current)) return undefined;
  const first = current.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const parts = getStringParts(first, scope);
  return parts ? parseUrlParts(parts)?.host : undefined;
}

/** Keys under which a URLSearchParams value becomes a query (`axios` `params`, `got`/`ky` `searchParams`, `undici` `query`, `URL#search`). */
const QUERY_VALUE_KEYS = new Set(["params", "searchParams", "query", "search"]);

/**
 * Whether a URLSearchParams expression ends up in a URL: after `?` or `&` in a URL string,
 * assigned to `url.search`, or given as a client's query option. A URLSearchParams sent as a
 * request body (the OAuth token request) or whose use is not visible is not.
 */
export function isUsedAsQuery(node: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > 4) return false;
  let current = skipWrappersUp(node);
  const parent = current.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current && getTrailingName(parent) === "toString") {
    const call = parent.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
    current = skipWrappersUp(call);
  }
  const user = current.parent;
  if (!user) return false;
  switch (user.type) {
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression:
      return followsQueryMark(current, scope);
    case AST_NODE_TYPES.AssignmentExpression:
      return user.right === current && getTrailingName(user.left) === "search";
    case AST_NODE_TYPES.Property:
      return user.value === current && QUERY_VALUE_KEYS.has(getLiteralKeyName(user.key, user.computed) ?? "");
    case AST_NODE_TYPES.VariableDeclarator:
      return user.init === current && user.id.type === AST_NODE_TYPES.Identifier && variableUsedAsQuery(user.id, scope, depth);
    default:
      return false;
  }
}

/**
 * The host of the URL a query value ends up in, when it is placed in a string build whose host is
 * known (`https://serpapi.com/search.json?${params}`), directly or through the variable it is bound to.
 */
export function queryUseHost(node: TSESTree.Node, scope: Scope, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  let current = skipWrappersUp(node);
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current && getTrailingName(parent) === "toString") {
    const call = parent.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return undefined;
    current = skipWrappersUp(call);
  }
  const user = current.parent;
  if (user?.type === AST_NODE_TYPES.TemplateLiteral || user?.type === AST_NODE_TYPES.BinaryExpression) {
    if (!followsQueryMark(current, scope)) return undefined;
    const parts = getStringParts(getStringBuildRoot(current), scope);
    return parts ? parseUrlParts(parts)?.host : undefined;
  }
  if (user?.type !== AST_NODE_TYPES.VariableDeclarator || user.init !== current || user.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(scope as never, user.id as never) as TSESLint.Scope.Variable | null;
  for (const reference of variable?.references ?? []) {
    if (reference.init || !reference.isRead()) continue;
    const host = queryUseHost(reference.identifier as TSESTree.Node, scope, depth + 1);
    if (host !== undefined) return host;
  }
  return undefined;
}

/** Whether some read of the variable bound by `id` is used as a query. */
export function variableUsedAsQuery(id: TSESTree.Identifier, scope: Scope, depth = 0): boolean {
  const variable = findVariable(scope as never, id as never) as TSESLint.Scope.Variable | null;
  if (!variable) return false;
  return variable.references.some((ref) => !ref.init && ref.isRead() && isUsedAsQuery(ref.identifier as TSESTree.Node, scope, depth + 1));
}

/** The outermost template literal or `+` chain the node is a piece of. */
export function getStringBuildRoot(node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappersUp(node);
  while (
    current.parent &&
    ((current.parent.type === AST_NODE_TYPES.TemplateLiteral && current.parent.expressions.includes(current as TSESTree.Expression)) ||
      (current.parent.type === AST_NODE_TYPES.BinaryExpression && current.parent.operator === "+"))
  ) {
    current = skipWrappersUp(current.parent);
  }
  return current;
}

/** Whether the hole `node` of a string build comes after a `?` (or right after `&`). */
function followsQueryMark(node: TSESTree.Node, scope: Scope): boolean {
  const root = getStringBuildRoot(node);
  const parts = getStringParts(root, scope);
  if (!parts) return false;
  let before = "";
  for (const part of parts) {
    if (part.kind === "hole" && (part.node === node || unwrapExpression(part.node) === unwrapExpression(node))) {
      return before.includes("?") || before.endsWith("&");
    }
    if (part.kind === "text") before += part.text;
  }
  return false;
}

/**
 * The credential a URL value carries, for judging what gets logged: a string built with a key
 * query (directly or through a constant), `new URL(…)` of one, a URL or URLSearchParams variable
 * whose `searchParams.set`/`append` writes a key, and `.toString()`/`.href`/`String()` of those.
 */
export function getUrlCredential(node: TSESTree.Node, scope: Scope, depth = 0): QueryCredential | null {
  if (depth > 6) return null;
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression:
      return findStringBuildCredentials(inner, scope)[0] ?? null;
    case AST_NODE_TYPES.Identifier: {
      const init = resolveIdentifierInit(inner, scope);
      const viaInit = init ? getUrlCredential(init, scope, depth + 1) : null;
      return viaInit ?? writtenThroughVariable(inner, scope);
    }
    case AST_NODE_TYPES.NewExpression: {
      if (getTrailingName(inner.callee) === "URLSearchParams") return findQueryValueCredentials(inner, scope)[0] ?? null;
      if (getTrailingName(inner.callee) !== "URL") return null;
      const first = inner.arguments[0];
      return first && first.type !== AST_NODE_TYPES.SpreadElement ? getUrlCredential(first, scope, depth + 1) : null;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = getTrailingName(inner);
      if (name === "href" || name === "search" || name === "searchParams") return getUrlCredential(inner.object, scope, depth + 1);
      return null;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(inner.callee);
      const name = getTrailingName(callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && (name === "toString" || name === "toJSON")) {
        return getUrlCredential(callee.object, scope, depth + 1);
      }
      const first = inner.arguments[0];
      if (callee.type === AST_NODE_TYPES.Identifier && (name === "String" || name === "encodeURI") && first && first.type !== AST_NODE_TYPES.SpreadElement) {
        return getUrlCredential(first, scope, depth + 1);
      }
      return null;
    }
    default:
      return null;
  }
}

/** `const u = new URL(base); u.searchParams.set("key", apiKey)` — a key written into the variable's query. */
function writtenThroughVariable(id: TSESTree.Identifier, scope: Scope): QueryCredential | null {
  const variable = findVariable(scope as never, id as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return null;
  for (const ref of variable.references) {
    const use = skipWrappersUp(ref.identifier as TSESTree.Node);
    let member = use.parent;
    if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === use && getTrailingName(member) === "searchParams") {
      member = skipWrappersUp(member).parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression) continue;
    } else if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) {
      continue;
    }
    const call = skipWrappersUp(member).parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) continue;
    const write = getSearchParamsWrite(call, scope);
    if (write) return write.credential;
  }
  return null;
}
