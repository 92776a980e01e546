import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { findSecretFormat } from "../knowledge/secrets";
import { isCredentialEnvName, isSecretEnvName, isSecretName, splitNameWords } from "../knowledge/secret-names";
import { getLiteralKeyName, getTrailingName, unwrapExpression } from "./ast";
import { findVariable } from "./scopes";
import { resolveIdentifierInit, resolveString, type Scope } from "./static-value";

/** Why an expression is taken to hold a credential. */
export interface SecretEvidence {
  /** `name`: a secret-named variable/property/parameter; `env`: a secret-named environment variable; `literal`: a provider-format string. */
  kind: "name" | "env" | "literal";
  /** The name that says so (variable, property or env var), for messages. Never the value. */
  name?: string;
  /** The provider whose format a literal matched. */
  provider?: string;
  /** The node the evidence was found on. */
  node: TSESTree.Node;
}

const MAX_DEPTH = 6;

/** Methods that return the same secret in another shape. Masking helpers (`slice`, `substring`) are not here on purpose. */
const VALUE_PRESERVING_METHODS = new Set(["trim", "trimStart", "trimEnd", "toString", "valueOf", "normalize", "toLowerCase", "toUpperCase"]);
const VALUE_PRESERVING_FUNCTIONS = new Set(["String", "encodeURIComponent", "encodeURI", "escape"]);
const GETTER_VERBS = new Set(["get", "load", "read", "fetch", "resolve", "retrieve", "require", "lookup"]);

/** Longest piece of a secret that a masking call may keep (`key.slice(-4)`, `key.substring(0, 6)`). */
const MAX_MASK_LENGTH = 8;

function numberArgument(node: TSESTree.Node | undefined): number | undefined {
  if (!node) return undefined;
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === "number") return inner.value;
  if (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === "-" && inner.argument.type === AST_NODE_TYPES.Literal && typeof inner.argument.value === "number") {
    return -inner.argument.value;
  }
  return undefined;
}

/**
 * A call that keeps only a few characters of its receiver, the way keys are shown masked:
 * `key.slice(-4)`, `key.slice(0, 6)`, `key.substring(0, 4)`, `key.substr(-4)`, `key.at(-1)`.
 */
export function isMaskingCall(node: TSESTree.Node): boolean {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getLiteralKeyName(callee.property, callee.computed);
  const [first, second] = call.arguments;
  const start = numberArgument(first);
  if (start === undefined || call.arguments.length > 2) return false;
  const end = second === undefined ? undefined : numberArgument(second);
  if (second !== undefined && end === undefined) return false;
  switch (method) {
    case "at":
      return second === undefined;
    case "slice":
      if (end === undefined) return start < 0 && -start <= MAX_MASK_LENGTH;
      return Math.sign(start) === Math.sign(end) || start === 0 ? end - start <= MAX_MASK_LENGTH && end >= start : false;
    case "substring":
      return end !== undefined && start >= 0 && end >= 0 && Math.abs(end - start) <= MAX_MASK_LENGTH;
    case "substr":
      return end === undefined ? start < 0 && -start <= MAX_MASK_LENGTH : end >= 0 && end <= MAX_MASK_LENGTH;
    default:
      return false;
  }
}

/**
 * The name of an environment variable read by `process.env.X`, `process.env["X"]`,
 * `import.meta.env.X`, `Bun.env.X`, `Deno.env.get("X")`, or undefined.
 */
export function getEnvVarName(node: TSESTree.Node, scope: Scope): string | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const key = getLiteralKeyName(inner.property, inner.computed) ?? (inner.computed ? resolveString(inner.property, scope) : undefined);
    if (key === undefined) return undefined;
    return isEnvObject(inner.object) ? key : undefined;
  }
  if (inner.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrapExpression(inner.callee);
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      getTrailingName(callee) === "get" &&
      isEnvObject(callee.object) &&
      inner.arguments[0]
    ) {
      return resolveString(inner.arguments[0], scope);
    }
  }
  return undefined;
}

/** `process.env`, `globalThis.process.env`, `import.meta.env`, `Bun.env`, `Deno.env`. */
export function isEnvObject(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (getLiteralKeyName(inner.property, inner.computed) !== "env") return false;
  const object = unwrapExpression(inner.object);
  if (object.type === AST_NODE_TYPES.MetaProperty) return object.meta.name === "import" && object.property.name === "meta";
  if (object.type === AST_NODE_TYPES.Identifier) return object.name === "process" || object.name === "Bun" || object.name === "Deno";
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    return getTrailingName(object) === "process" && getTrailingName(object.object) === "globalThis";
  }
  return false;
}

/**
 * The environment variable a binding destructured from `process.env` reads
 * (`const { DATABASE_URL } = process.env`, `const { REDIS_URL: url = "…" } = process.env`), when
 * nothing else writes the binding.
 */
export function getDestructuredEnvName(identifier: TSESTree.Identifier, scope: Scope): string | undefined {
  const variable = findVariable(scope, identifier);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== "Variable") return undefined;
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init || !isEnvObject(declarator.init)) return undefined;
  let holder: TSESTree.Node = def.name as TSESTree.Node;
  if (holder.parent?.type === AST_NODE_TYPES.AssignmentPattern && holder.parent.left === holder) holder = holder.parent;
  const property = holder.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== holder || property.parent !== declarator.id) return undefined;
  return getLiteralKeyName(property.key, property.computed);
}

/**
 * Whether the expression holds a credential as it stands: a secret-named identifier, member or
 * parameter (`apiKey`, `this.apiKey`, `config.openai.apiKey`), a secret-named environment variable,
 * a provider-format literal, a `const` bound to one of those, a getter named for one
 * (`getApiKey()`), or a value-preserving wrapper of one (`apiKey.trim()`, `String(token)`, `await`,
 * either side of `??`/`||`, either branch of a ternary). Derivatives that do not carry the value
 * (`apiKey.length`, `Boolean(apiKey)`, `apiKey ? "set" : "missing"`, `mask(apiKey)`) are not secrets.
 */
export function getSecretEvidence(node: TSESTree.Node, scope: Scope, depth = 0): SecretEvidence | null {
  if (depth > MAX_DEPTH) return null;
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Identifier: {
      if (isSecretName(inner.name)) return { kind: "name", name: inner.name, node };
      const init = resolveIdentifierInit(inner, scope);
      if (!init) {
        // `const { DATABASE_URL } = process.env`: the variable it reads.
        const env = getDestructuredEnvName(inner, scope);
        return env !== undefined && (isSecretEnvName(env) || isCredentialEnvName(env)) ? { kind: "env", name: env, node } : null;
      }
      const viaInit = getSecretEvidence(init, scope, depth + 1);
      return viaInit ? { ...viaInit, node } : null;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const env = getEnvVarName(inner, scope);
      if (env !== undefined) return isSecretEnvName(env) || isCredentialEnvName(env) ? { kind: "env", name: env, node } : null;
      const name = getTrailingName(inner);
      if (name !== undefined && isSecretName(name)) return { kind: "name", name, node };
      return null;
    }
    case AST_NODE_TYPES.Literal:
      if (typeof inner.value === "string") {
        const match = findSecretFormat(inner.value);
        if (match) return { kind: "literal", provider: match.format.provider, node };
      }
      return null;
    case AST_NODE_TYPES.TemplateLiteral:
      if (inner.expressions.length === 0 && inner.quasis[0]) {
        const match = findSecretFormat(inner.quasis[0].value.cooked ?? "");
        if (match) return { kind: "literal", provider: match.format.provider, node };
      }
      if (inner.expressions.length === 1 && inner.quasis.every((q) => (q.value.cooked ?? "").trim() === "")) {
        return getSecretEvidence(inner.expressions[0]!, scope, depth + 1);
      }
      return null;
    case AST_NODE_TYPES.AwaitExpression:
      return getSecretEvidence(inner.argument, scope, depth + 1);
    case AST_NODE_TYPES.LogicalExpression:
      if (inner.operator === "&&") return getSecretEvidence(inner.right, scope, depth + 1);
      return getSecretEvidence(inner.left, scope, depth + 1) ?? getSecretEvidence(inner.right, scope, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return getSecretEvidence(inner.consequent, scope, depth + 1) ?? getSecretEvidence(inner.alternate, scope, depth + 1);
    case AST_NODE_TYPES.CallExpression:
      return callEvidence(inner, node, scope, depth);
    default:
      return null;
  }
}

function callEvidence(call: TSESTree.CallExpression, node: TSESTree.Node, scope: Scope, depth: number): SecretEvidence | null {
  const env = getEnvVarName(call, scope);
  if (env !== undefined) return isSecretEnvName(env) ? { kind: "env", name: env, node } : null;
  const callee = unwrapExpression(call.callee);
  const calleeName = getTrailingName(callee);
  if (!calleeName) return null;
  if (callee.type === AST_NODE_TYPES.MemberExpression && VALUE_PRESERVING_METHODS.has(calleeName)) {
    return getSecretEvidence(callee.object, scope, depth + 1);
  }
  if (callee.type === AST_NODE_TYPES.Identifier && VALUE_PRESERVING_FUNCTIONS.has(calleeName) && call.arguments[0]) {
    return getSecretEvidence(call.arguments[0], scope, depth + 1);
  }
  // getApiKey(), loadOpenAIKey(), secrets.getToken(): a getter named for the credential it returns.
  const words = splitNameWords(calleeName);
  if (words.length > 1 && GETTER_VERBS.has(words[0]!)) {
    const rest = calleeName.slice(words[0]!.length);
    if (isSecretName(rest)) return { kind: "name", name: rest.charAt(0).toLowerCase() + rest.slice(1), node };
  }
  return null;
}

/** A provider-format token found inside a longer text (a prompt, a message). */
export interface SecretInText {
  /** Offset of the token's first character in the text. */
  start: number;
  /** Offset just past the token. */
  end: number;
  provider: string;
}

/** Characters that end a token in prose: whitespace, quotes, brackets and the separators of `key=value` / `key: value`. */
const TEXT_DELIMITERS = new Set([" ", "\t", "\n", "\r", "\f", "\v", '"', "'", "`", ",", ";", ":", "=", "(", ")", "<", ">", "[", "]", "{", "}", "|"]);
const TRAILING_PUNCTUATION = new Set([".", "!", "?"]);

/**
 * Provider-format tokens written inside a longer text: `"Use sk-proj-… for billing."` holds an
 * OpenAI key. The text is split at whitespace, quotes, brackets and `:`/`=`, trailing sentence
 * punctuation is dropped, and each piece is matched against the provider formats (placeholders
 * excluded). Linear in the text's length.
 */
export function findSecretsInText(text: string): SecretInText[] {
  const out: SecretInText[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const delimiter = i === text.length || TEXT_DELIMITERS.has(text[i]!);
    if (!delimiter) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    let end = i;
    while (end > start && TRAILING_PUNCTUATION.has(text[end - 1]!)) end--;
    if (end - start >= 16) {
      const match = findSecretFormat(text.slice(start, end));
      if (match) out.push({ start, end, provider: match.format.provider });
    }
    start = -1;
  }
  return out;
}
