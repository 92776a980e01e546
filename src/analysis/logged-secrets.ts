import { findVariable, isGlobalMethodCall } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import {
  HEADER_GETTER_METHODS,
  ITERATION_METHODS,
  LLM_TOKEN_CONTEXT_WORDS,
  LLM_TOKEN_EVENTS,
  NON_VALUE_NAME_WORDS,
  REQUEST_OBJECT_NAMES,
} from "../knowledge/loggers";
import { isNonSecretEnvName, isSecretName, splitNameWords } from "../knowledge/secret-names";
import { findSecretFormat, isPlaceholderSecret } from "../knowledge/secrets";
import { getLiteralKeyName, getMemberPath, getTrailingName, unwrapExpression } from "./ast";
import { getFunctionName } from "./functions";
import { getObjectProperties, getPropertyName, resolveObjectExpressions } from "./objects";
import { getSecretEvidence, isEnvObject, type SecretEvidence } from "./secret-values";
import { resolveIdentifierInit, resolveString, type Scope } from "./static-value";
import { getUrlCredential, isNonSecretTokenAlias } from "./url-credentials";

/** Why a logged value is a credential: secret evidence, a secret-named field, or a label such as `"API key:"` right before it. */
export type LoggedSource = SecretEvidence | { kind: "field" | "label"; name: string; node: TSESTree.Node; provider?: undefined };

/** What a logged object or URL carries. */
export type CarrierKind = "env" | "requestHeaders" | "object" | "url";

export type LoggedSecret =
  | {
      kind: "value";
      /** The node to report: the argument, the template expression, the operand or the property. */
      node: TSESTree.Node;
      /** The expression that yields the secret (the property's value for properties). */
      valueNode: TSESTree.Node;
      source: LoggedSource;
      /** Set when the node is a constant whose string was built from the secret (`const line = \`key=${apiKey}\``): the secret sits at its declaration. */
      builtFrom?: TSESTree.Node;
    }
  | {
      kind: "carrier";
      node: TSESTree.Node;
      carrier: CarrierKind;
      /** The property path (`apiKey`, `headers.Authorization`) or query parameter that holds the credential. */
      detail?: string;
    };

const MAX_DEPTH = 6;
const SERIALIZERS = new Set(["stringify", "inspect", "format", "entries", "values", "fromEntries", "assign"]);
const LABEL_END = /[:=]\s*$/;
const FAILURE_WORDS = /\b(?:fail(?:ed|ure|s)?|errors?|unable|cannot|could ?n[o']t|exception)\b/i;
const ERROR_EVENTS = new Set(["error", "uncaughtException", "unhandledRejection"]);
const LABEL_BREAK = /[,;.!?()[\]{}"'`|]/;

/**
 * The credentials a value handed to a log reveals, at the narrowest nodes: secret values
 * (`apiKey`, `process.env.OPENAI_API_KEY`, a key literal) inside template literals, concatenation,
 * object literals, arrays and serializers (`JSON.stringify`, `util.inspect`); and carriers — objects
 * known to hold one (`const opts = { apiKey }`), URLs built with a key query, request headers,
 * `process.env` as a whole. Safe derivatives (`apiKey.length`, `!!apiKey`, `mask(apiKey)`) reveal nothing.
 */
export function findLoggedSecrets(node: TSESTree.Node, scope: Scope, label?: string): LoggedSecret[] {
  const out: LoggedSecret[] = [];
  walk(node, scope, out, 0, label);
  return out;
}

/** The credential label a log argument ends with (`console.log("Gemini key:", key)`): a string literal or a template without holes. */
export function getArgumentLabel(node: TSESTree.Node): string | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === "string") return getCredentialLabel(inner.value);
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) return labelOfText(inner.quasis[0]?.value.cooked);
  return undefined;
}

/** The label a piece of text ends with (`"OpenAI API key: "` → `OpenAI API key`), when the label names a credential. */
export function getCredentialLabel(text: string): string | undefined {
  if (!LABEL_END.test(text)) return undefined;
  const body = text.replace(LABEL_END, "");
  const segments = body.split(LABEL_BREAK);
  const last = (segments[segments.length - 1] ?? "").trim();
  const words = last.split(" ").filter(Boolean).slice(-4);
  if (words.length === 0) return undefined;
  // "Invalid value for AZURE_TOKEN_CREDENTIALS =": a variable named for credentials that holds none.
  if (words.some((word) => isNonSecretEnvName(word))) return undefined;
  // Lower-cased, so "OpenAI key" reads as `openai key`, not `open ai key`.
  // "Failed to set the auth token:" introduces an error, not the token.
  if (FAILURE_WORDS.test(last)) return undefined;
  const label = words.join(" ");
  const nameWords = splitNameWords(label.toLowerCase());
  // A lone "token" label is as likely an LLM token as a credential.
  if (nameWords.length === 1 && nameWords[0] === "token") return undefined;
  return isSecretName(label.toLowerCase()) ? label : undefined;
}

/** The credential a recorded field's name announces (`span.setAttribute("llm.api_key", v)`, `scope.setTag("openai_key", v)`). */
export function getFieldLabel(node: TSESTree.Node, scope: Scope): string | undefined {
  const name = resolveString(node, scope);
  if (name === undefined || name.length > 80) return undefined;
  const words = splitNameWords(name);
  // A lone "token" is as likely an LLM token as a credential.
  if (words.length === 1 && words[0] === "token") return undefined;
  return isSecretName(name) ? name : undefined;
}

function walk(node: TSESTree.Node, scope: Scope, out: LoggedSecret[], depth: number, label: string | undefined): void {
  if (depth > MAX_DEPTH) return;
  const inner = unwrapExpression(node);
  // A template's secret is reported at its expression, the narrower node.
  const evidence = inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length > 0 ? null : getLoggedEvidence(node, scope);
  if (evidence) {
    out.push({ kind: "value", node, valueNode: node, source: evidence });
    return;
  }
  switch (inner.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      inner.expressions.forEach((expression, i) => {
        walk(expression, scope, out, depth + 1, labelOfText(inner.quasis[i]?.value.cooked));
      });
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (inner.operator !== "+") return;
      walk(inner.left, scope, out, depth + 1, undefined);
      walk(inner.right, scope, out, depth + 1, labelOfText(trailingText(inner.left, scope)));
      return;
    case AST_NODE_TYPES.LogicalExpression:
      if (inner.operator !== "&&") walk(inner.left, scope, out, depth + 1, label);
      walk(inner.right, scope, out, depth + 1, label);
      return;
    case AST_NODE_TYPES.ConditionalExpression:
      walk(inner.consequent, scope, out, depth + 1, label);
      walk(inner.alternate, scope, out, depth + 1, label);
      return;
    case AST_NODE_TYPES.AwaitExpression:
      walk(inner.argument, scope, out, depth + 1, label);
      return;
    case AST_NODE_TYPES.ObjectExpression:
      objectLiteralFindings(inner, scope, out, depth);
      return;
    case AST_NODE_TYPES.ArrayExpression:
      for (const element of inner.elements) {
        if (!element) continue;
        if (element.type === AST_NODE_TYPES.SpreadElement) walk(element.argument, scope, out, depth + 1, undefined);
        else walk(element, scope, out, depth + 1, undefined);
      }
      return;
    case AST_NODE_TYPES.CallExpression:
      if (isSerializerCall(inner)) {
        const first = inner.arguments[0];
        if (first && first.type !== AST_NODE_TYPES.SpreadElement) walk(first, scope, out, depth + 1, label);
        return;
      }
      break;
    default:
      break;
  }
  if (label !== undefined && mayCarryValue(node, scope)) {
    out.push({ kind: "value", node, valueNode: node, source: { kind: "label", name: label, node } });
    return;
  }
  const carrier = getCarrier(node, scope);
  if (carrier) {
    out.push({ kind: "carrier", node, carrier: carrier.kind, detail: carrier.detail });
    return;
  }
  const built = builtStringSecret(inner, scope, depth);
  if (built) out.push({ kind: "value", node, valueNode: node, source: built.source, builtFrom: built.valueNode });
}

/**
 * The secret a same-file constant's string was built from: `const authHeader = \`Bearer ${key}\``,
 * `const line = "key=" + apiKey`. Only templates with holes and `+` chains are followed; a masked
 * form (`${key.slice(0, 4)}…`) or a presence flag (`key ? "set" : "missing"`) holds nothing.
 */
function builtStringSecret(
  node: TSESTree.Node,
  scope: Scope,
  depth: number,
): { source: LoggedSource; valueNode: TSESTree.Node } | null {
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const init = resolveIdentifierInit(node, scope);
  if (!init) return null;
  const value = unwrapExpression(init);
  const isBuilt = (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length > 0) ||
    (value.type === AST_NODE_TYPES.BinaryExpression && value.operator === "+");
  if (!isBuilt) return null;
  const found: LoggedSecret[] = [];
  walk(value, scope, found, depth + 1, undefined);
  for (const finding of found) {
    if (finding.kind === "value") return { source: finding.source, valueNode: finding.builtFrom ?? finding.valueNode };
  }
  return null;
}

function labelOfText(text: string | null | undefined): string | undefined {
  return text ? getCredentialLabel(text) : undefined;
}

/** The static text at the end of the left side of `+` (`"API key: " + k`, `"x" + "key=" + k`). */
function trailingText(node: TSESTree.Node, scope: Scope): string | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === "+") return trailingText(inner.right, scope);
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) return inner.quasis[inner.quasis.length - 1]?.value.cooked ?? undefined;
  return resolveString(inner, scope);
}

/** `JSON.stringify(x)` without a replacer, `util.inspect(x)`, `Object.entries(x)`, `Object.assign({}, x)`… */
function isSerializerCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const name = getTrailingName(callee);
  if (!name || !SERIALIZERS.has(name)) return false;
  if (callee.type === AST_NODE_TYPES.Identifier) return name === "inspect" || name === "format";
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const owner = getTrailingName(callee.object);
  if (name === "stringify") {
    // A replacer (function or key list) decides what is written: trust it.
    const replacer = call.arguments[1];
    const noReplacer = !replacer || (replacer.type === AST_NODE_TYPES.Literal && replacer.value === null) ||
      (replacer.type === AST_NODE_TYPES.Identifier && replacer.name === "undefined");
    return owner === "JSON" && noReplacer;
  }
  if (name === "inspect" || name === "format") return owner === "util";
  if (name === "assign") return false;
  return owner === "Object";
}

/** Secret evidence for a logged value, with the LLM-token reading of a bare `token` and header getters. */
export function getLoggedEvidence(node: TSESTree.Node, scope: Scope): LoggedSource | null {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal) {
    if (typeof inner.value !== "string") return null;
    const value = inner.value.trim();
    const match = findSecretFormat(value);
    return match && !isPlaceholderSecret(value) ? { kind: "literal", provider: match.format.provider, node } : null;
  }
  const header = headerGetterName(inner, scope) ?? headerGetterOfConstant(inner, scope);
  if (header) return { kind: "name", name: header, node };
  const evidence = getSecretEvidence(node, scope);
  if (!evidence) return null;
  if (evidence.kind === "name" && (isLikelyLlmToken(evidence.node, scope) || isNonSecretTokenAlias(evidence.node, scope))) return null;
  return evidence;
}

/** `const key = req.get("x-api-key")`: a constant holding a credential header. */
function headerGetterOfConstant(node: TSESTree.Node, scope: Scope): string | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = resolveIdentifierInit(node, scope);
  return init ? headerGetterName(unwrapExpression(init), scope) : undefined;
}

/** `req.get("authorization")`, `headers.get("x-api-key")`, `req.header("Authorization")`: the credential header read. */
function headerGetterName(node: TSESTree.Node, scope: Scope): string | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = getTrailingName(callee);
  if (!method || !HEADER_GETTER_METHODS.has(method)) return undefined;
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const name = resolveString(first, scope);
  return name !== undefined && isSecretName(name) ? name : undefined;
}

/**
 * A value named just `token` that is a piece of generated text, not a credential: a loop or
 * iteration variable, the parameter of a token callback (`handleLLMNewToken(token)`,
 * `stream.on("token", (token) => …)`), a constant read from a stream chunk
 * (`chunk.choices[0].delta.content`), or `output.token` of a streaming response.
 */
export function isLikelyLlmToken(node: TSESTree.Node, scope: Scope): boolean {
  const inner = unwrapExpression(node);
  const name = getTrailingName(inner);
  if (!name || splitNameWords(name).join(" ") !== "token") return false;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return nameHasTokenContext(getTrailingName(inner.object));
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(scope as never, inner as never) as TSESLint.Scope.Variable | null;
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === "Variable") {
    const declaration = def.parent;
    const loop = declaration?.parent;
    if (
      (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) &&
      loop.left === declaration
    ) {
      return true;
    }
    const init = def.node.init;
    if (!init) return false;
    if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) return isStreamEventPattern(def.node.id, init, scope);
    if (def.node.id.type !== AST_NODE_TYPES.Identifier) return false;
    if (getSecretEvidence(init, scope)) return false;
    return expressionHasTokenContext(init);
  }
  if (def.type === "Parameter") return isTokenCallback(def.node);
  return false;
}

function nameHasTokenContext(name: string | undefined): boolean {
  return name !== undefined && splitNameWords(name).some((word) => LLM_TOKEN_CONTEXT_WORDS.has(word));
}

/** Fields a streamed event carries next to its `token`: `{ type: "token", token }`, `{ event, token, index }`. */
const STREAM_EVENT_FIELDS: ReadonlySet<string> = new Set(["type", "event", "delta", "done", "index", "finish_reason", "finishReason"]);
/** What a stream's parsed text is read from: `event.data`, `e.data`, `message.data`, a `line` or `chunk` of the body. */
const STREAM_SOURCE_NAMES: ReadonlySet<string> = new Set(["event", "evt", "e", "ev", "message", "msg", "line", "chunk", "sse"]);

/**
 * `const { type, token } = JSON.parse(event.data)`: a streamed event unpacked, its `token` a piece of
 * generated text. The source is a stream chunk (by its words), or the global `JSON.parse` of an
 * event's data or a stream line whose pattern takes an event's fields too. An auth response parsed
 * from a body (`JSON.parse(await res.text())` giving `{ type: "bearer", token }`) is none of these.
 */
function isStreamEventPattern(pattern: TSESTree.ObjectPattern, init: TSESTree.Node, scope: Scope): boolean {
  if (expressionHasTokenContext(init)) return true;
  const call = unwrapExpression(init);
  if (call.type !== AST_NODE_TYPES.CallExpression || !isGlobalMethodCall(call, "JSON", "parse", scope)) return false;
  const source = call.arguments[0];
  if (!source || source.type === AST_NODE_TYPES.SpreadElement || !STREAM_SOURCE_NAMES.has(rootName(source) ?? "")) return false;
  return pattern.properties.some((property) => {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    const key = getLiteralKeyName(property.key, property.computed);
    return key !== undefined && STREAM_EVENT_FIELDS.has(key);
  });
}

/** The name an expression starts from: `event` for `event.data`, `line` for `line.slice(6).trim()`. */
function rootName(node: TSESTree.Node): string | undefined {
  let current = unwrapExpression(node);
  for (let i = 0; i < 8; i++) {
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrapExpression(current.callee);
    else break;
  }
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

function expressionHasTokenContext(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = unwrapExpression(node);
  for (let i = 0; i < 12; i++) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrapExpression(current.callee);
    else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (nameHasTokenContext(getTrailingName(current))) return true;
      current = unwrapExpression(current.object);
    } else if (current.type === AST_NODE_TYPES.LogicalExpression) current = unwrapExpression(current.left);
    else if (current.type === AST_NODE_TYPES.Identifier) return nameHasTokenContext(current.name);
    else return false;
  }
  return false;
}

function isTokenCallback(fn: TSESTree.Node): boolean {
  if (
    fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn.type !== AST_NODE_TYPES.FunctionExpression &&
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return false;
  }
  if (nameHasTokenContext(getFunctionName(fn))) return true;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.Expression)) {
    const method = getTrailingName(parent.callee);
    if (method && ITERATION_METHODS.has(method)) return true;
    const event = parent.arguments[0];
    if (method === "on" || method === "once" || method === "addListener") {
      return event?.type === AST_NODE_TYPES.Literal && typeof event.value === "string" && LLM_TOKEN_EVENTS.has(event.value);
    }
  }
  return false;
}

/**
 * Whether a value under a credential-named key or label may be the credential itself: not a
 * literal (unless key-shaped), a boolean or count, a masked form or any other derivative.
 */
export function mayCarryValue(node: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
      if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length > 0) {
        return inner.expressions.some((expression) => mayCarryValue(expression, scope, depth + 1));
      }
      return getLoggedEvidence(inner, scope) !== null;
    case AST_NODE_TYPES.Identifier: {
      if (inner.name === "undefined") return false;
      if (isErrorBinding(inner, scope)) return false;
      if (getSecretEvidence(inner, scope)) return !isLikelyLlmToken(inner, scope);
      if (namesNonValue(inner.name)) return false;
      const init = resolveIdentifierInit(inner, scope);
      return init ? mayCarryValue(init, scope, depth + 1) : true;
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (getSecretEvidence(inner, scope)) return !isLikelyLlmToken(inner, scope);
      const name = getTrailingName(inner);
      return name === undefined || !namesNonValue(name);
    }
    case AST_NODE_TYPES.BinaryExpression:
      return inner.operator === "+" &&
        (mayCarryValue(inner.left, scope, depth + 1) || mayCarryValue(inner.right, scope, depth + 1));
    case AST_NODE_TYPES.LogicalExpression:
      return (inner.operator !== "&&" && mayCarryValue(inner.left, scope, depth + 1)) || mayCarryValue(inner.right, scope, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return mayCarryValue(inner.consequent, scope, depth + 1) || mayCarryValue(inner.alternate, scope, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return mayCarryValue(inner.argument, scope, depth + 1);
    case AST_NODE_TYPES.CallExpression:
      return getLoggedEvidence(inner, scope) !== null;
    default:
      return false;
  }
}

/**
 * A binding that holds an error: a `catch (e)` parameter, or the first parameter of a
 * `.catch(e => …)` / `.on("error", e => …)` callback. Whatever label precedes it, it is not a key.
 */
function isErrorBinding(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === "CatchClause") return true;
  if (def.type !== "Parameter") return false;
  const fn = def.node;
  if (fn.params[0]?.type !== AST_NODE_TYPES.Identifier || fn.params[0].name !== identifier.name) return false;
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  const method = getTrailingName(call.callee);
  if (method === "catch") return true;
  if (method === "on" || method === "once") {
    const event = call.arguments[0];
    return event?.type === AST_NODE_TYPES.Literal && typeof event.value === "string" && ERROR_EVENTS.has(event.value);
  }
  return false;
}

function namesNonValue(name: string): boolean {
  return splitNameWords(name).some((word) => NON_VALUE_NAME_WORDS.has(word));
}

function objectLiteralFindings(object: TSESTree.ObjectExpression, scope: Scope, out: LoggedSecret[], depth: number): void {
  const properties = object.properties;
  properties.forEach((property, index) => {
    const laterNames = new Set<string>();
    for (const later of properties.slice(index + 1)) {
      if (later.type === AST_NODE_TYPES.Property) {
        const name = getPropertyName(later, scope);
        if (name !== undefined) laterNames.add(name);
      }
    }
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      if (isEnvObject(property.argument) || isBoundToEnv(property.argument, scope)) {
        out.push({ kind: "carrier", node: property, carrier: "env" });
        return;
      }
      const carried = objectCarrierPaths(property.argument, scope, depth + 1).filter((path) => !laterNames.has(path.split(".")[0]!));
      if (carried.length > 0) out.push({ kind: "carrier", node: property, carrier: "object", detail: carried[0] });
      return;
    }
    const name = getPropertyName(property, scope);
    if (name !== undefined && laterNames.has(name)) return;
    if (name !== undefined && isSecretName(name) && mayCarryValue(property.value, scope)) {
      const evidence = getLoggedEvidence(property.value, scope) ?? innerEvidence(property.value, scope);
      out.push({ kind: "value", node: property, valueNode: property.value, source: evidence ?? { kind: "field", name, node: property } });
      return;
    }
    walk(property.value, scope, out, depth + 1, undefined);
  });
}

/** The first secret inside a built value (`Bearer ${token}` → `token`), to name it in messages. */
function innerEvidence(node: TSESTree.Node, scope: Scope): LoggedSource | null {
  const inner: LoggedSecret[] = [];
  walk(node, scope, inner, 1, undefined);
  const found = inner.find((finding) => finding.kind === "value");
  return found?.kind === "value" ? found.source : null;
}

interface Carrier {
  kind: CarrierKind;
  detail?: string;
}

/** What credential-bearing thing the expression is, when it is not a secret value itself. */
export function getCarrier(node: TSESTree.Node, scope: Scope): Carrier | null {
  const inner = unwrapExpression(node);
  if (isEnvObject(inner) || isBoundToEnv(inner, scope)) return { kind: "env" };
  if (isRequestHeaders(inner)) return { kind: "requestHeaders" };
  const url = getUrlCredential(inner, scope);
  if (url) return { kind: "url", detail: url.param };
  if (inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.ConditionalExpression || inner.type === AST_NODE_TYPES.LogicalExpression) {
    const paths = objectCarrierPaths(inner, scope, 0);
    if (paths.length > 0) return { kind: "object", detail: paths[0] };
  }
  return null;
}

function isBoundToEnv(node: TSESTree.Node, scope: Scope): boolean {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const init = resolveIdentifierInit(inner, scope);
  return init !== null && isEnvObject(init);
}

/** `req.headers`, `ctx.request.headers`, `event.headers`, `init.headers`, `config.headers`, `req.rawHeaders`. */
function isRequestHeaders(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getTrailingName(node);
  if (name !== "headers" && name !== "rawHeaders") return false;
  const path = getMemberPath(node.object);
  const owner = path?.[path.length - 1];
  return owner !== undefined && REQUEST_OBJECT_NAMES.has(owner.toLowerCase());
}

/**
 * The property paths through which a same-file object literal (or the literals a constant or
 * either branch may be) holds a credential: `apiKey`, `headers.Authorization`, `env` for
 * `{ env: process.env }`. Later properties override earlier ones, as at run time.
 */
export function objectCarrierPaths(node: TSESTree.Node, scope: Scope, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  const out: string[] = [];
  for (const object of resolveObjectExpressions(node, scope)) {
    const effective = new Map<string, TSESTree.Node>();
    for (const property of getObjectProperties(object, scope)) effective.set(property.name, property.value);
    for (const [name, value] of effective) {
      if (isSecretName(name) ? mayCarryValue(value, scope) : getLoggedEvidence(value, scope) !== null) {
        out.push(name);
        continue;
      }
      if (isEnvObject(value) || isBoundToEnv(value, scope)) {
        out.push(name);
        continue;
      }
      const nested = objectCarrierPaths(value, scope, depth + 1);
      if (nested.length > 0) out.push(`${name}.${nested[0]}`);
    }
  }
  return out;
}
