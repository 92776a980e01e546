import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { findVariable } from "./scopes";
import type { TSESLint } from "@typescript-eslint/utils";
import { getLiteralKeyName, unwrapExpression } from "./ast";
import { resolveThisField } from "./class-fields";
import { getStringParts, type StringPart } from "./string-parts";
import { isLoopbackHost, parseUrlParts, type ParsedUrl } from "./url";
import { resolveCandidates, resolveIdentifierInit, resolveValue, type Scope } from "./static-value";

/**
 * One value a connection address (a URL, a connection string, or a bare `host[:port]`) may take,
 * read from code with the parts that come from run time kept as unknown.
 */
export interface AddressCandidate {
  /** The node that yields this value in the expression being judged (a ternary branch, the fallback of `??`, a `const` name). */
  node: TSESTree.Node;
  /** The parsed URL when the value starts with `scheme://` (the scheme may still be a run-time hole). */
  url: ParsedUrl | undefined;
  /** Lower-case scheme without `:`, when written in code. */
  scheme: string | undefined;
  /** The hosts named (several for `mongodb://a:27017,b:27017`); empty when unknown. */
  hosts: string[];
  /** Part of the host is filled at run time (`http://${HOST}:6333`). */
  hostIsDynamic: boolean;
  /** Nothing of the value is known: an env var, a parameter, a call result. */
  whollyDynamic: boolean;
  /** The query string has run-time parts (so it may carry settings such as `sslmode`). */
  queryIsDynamic: boolean;
  /** A local socket path (`/var/run/postgresql`), which never crosses the network. */
  isSocketPath: boolean;
}

const MAX_DEPTH = 10;
const MAX_CANDIDATES = 16;
const HOST_CHARS = /^[a-z0-9._~%-]+$/i;
const IPV6_CHARS = /^[0-9a-f:.]+$/i;

/**
 * Every address an expression may be: follows `const`s, both branches of a ternary with a dynamic
 * test, both sides of `??`/`||` when the left is dynamic, array elements (`nodes: [a, b]`),
 * `new URL("…")`, `{ url }` node objects, `this.field` initialised in the class, and same-file
 * `CONFIG.member` values. Template literals and `+` keep their run-time parts as holes, so
 * `` `http://${HOST}:6333` `` still shows its scheme.
 */
export function readAddressCandidates(node: TSESTree.Node, scope: Scope): AddressCandidate[] {
  const out: AddressCandidate[] = [];
  expand(node, node, scope, 0, out);
  return out.slice(0, MAX_CANDIDATES);
}

/** True when every host of the candidate is loopback, a socket path, or allowed by `isAllowed`. */
export function isLocalAddress(candidate: AddressCandidate, isAllowed: (host: string) => boolean = () => false): boolean {
  if (candidate.isSocketPath) return true;
  if (candidate.whollyDynamic || candidate.hostIsDynamic || candidate.hosts.length === 0) return false;
  return candidate.hosts.every((host) => isLocalHost(host, isAllowed));
}

/** A loopback host, a local socket path, or a host `isAllowed` accepts. */
export function isLocalHost(host: string, isAllowed: (host: string) => boolean = () => false): boolean {
  return host.startsWith("/") || isLoopbackHost(host) || isAllowed(host);
}

function expand(raw: TSESTree.Node, reportNode: TSESTree.Node, scope: Scope, depth: number, out: AddressCandidate[]): void {
  if (depth > MAX_DEPTH || out.length >= MAX_CANDIDATES) return;
  const node = unwrapExpression(raw);
  const branchNode = reportNode;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === "string") pushParts(branchNode, [{ kind: "text", text: node.value, node }], out);
      return;
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression: {
      const parts = getStringParts(node, scope);
      if (parts) pushParts(branchNode, parts, out);
      else out.push(dynamic(branchNode));
      return;
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const test = resolveValue(node.test, scope);
      if (test) {
        expand(test.value ? node.consequent : node.alternate, test.value ? node.consequent : node.alternate, scope, depth + 1, out);
        return;
      }
      expand(node.consequent, node.consequent, scope, depth + 1, out);
      expand(node.alternate, node.alternate, scope, depth + 1, out);
      return;
    }
    case AST_NODE_TYPES.LogicalExpression: {
      const left = resolveValue(node.left, scope);
      if (left) {
        const takesRight = node.operator === "??" ? left.value == null : node.operator === "||" ? !left.value : Boolean(left.value);
        const chosen = takesRight ? node.right : node.left;
        expand(chosen, chosen, scope, depth + 1, out);
        return;
      }
      if (node.operator === "&&") {
        // `cond && url`: the value is the right side when it is used at all.
        expand(node.right, node.right, scope, depth + 1, out);
        return;
      }
      expand(node.left, node.left, scope, depth + 1, out);
      expand(node.right, node.right, scope, depth + 1, out);
      return;
    }
    case AST_NODE_TYPES.ArrayExpression:
      for (const element of node.elements) {
        if (element && element.type !== AST_NODE_TYPES.SpreadElement) expand(element, element, scope, depth + 1, out);
      }
      return;
    case AST_NODE_TYPES.ObjectExpression: {
      // A node object such as `{ url: "http://…" }` (Elasticsearch `nodes`).
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.Property && getLiteralKeyName(property.key, property.computed) === "url") {
          expand(property.value, property.value, scope, depth + 1, out);
        }
      }
      return;
    }
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrapExpression(node.callee);
      const first = node.arguments[0];
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === "URL" && node.arguments.length === 1 && first && first.type !== AST_NODE_TYPES.SpreadElement) {
        expand(first, branchNode, scope, depth + 1, out);
        return;
      }
      out.push(dynamic(branchNode));
      return;
    }
    case AST_NODE_TYPES.Identifier: {
      if (node.name === "undefined" && isGlobalUndefined(node, scope)) return;
      const init = resolveIdentifierInit(node, scope);
      if (!init) {
        out.push(dynamic(branchNode));
        return;
      }
      const inner = unwrapExpression(init);
      if (inner.type === AST_NODE_TYPES.Literal) {
        // Keep the name as the reported node: the value is judged where it is used.
        if (typeof inner.value === "string") pushParts(branchNode, [{ kind: "text", text: inner.value, node }], out);
        return;
      }
      if (inner.type === AST_NODE_TYPES.TemplateLiteral || inner.type === AST_NODE_TYPES.BinaryExpression) {
        const parts = getStringParts(node, scope);
        if (parts) pushParts(branchNode, parts, out);
        else out.push(dynamic(branchNode));
        return;
      }
      expandResolved(init, branchNode, scope, depth, out);
      return;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const field = resolveThisField(node);
      if (field) {
        expandResolved(field, branchNode, scope, depth, out);
        return;
      }
      const strings = resolveCandidates(node, scope).filter((c) => typeof c.value === "string");
      if (strings.length > 0) {
        for (const candidate of strings) pushParts(branchNode, [{ kind: "text", text: candidate.value as string, node: candidate.node }], out);
        return;
      }
      out.push(dynamic(branchNode));
      return;
    }
    default:
      out.push(dynamic(branchNode));
  }
}

/** Follows a `const` or field initialiser; its branches keep their own nodes only when they sit in the judged expression. */
function expandResolved(init: TSESTree.Node, reportNode: TSESTree.Node, scope: Scope, depth: number, out: AddressCandidate[]): void {
  const before = out.length;
  expand(init, init, scope, depth + 1, out);
  for (let i = before; i < out.length; i++) out[i] = { ...out[i]!, node: reportNode };
}

function isGlobalUndefined(node: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope as never, node as never) as TSESLint.Scope.Variable | null;
  return !variable || variable.defs.length === 0;
}

function dynamic(node: TSESTree.Node): AddressCandidate {
  return { node, url: undefined, scheme: undefined, hosts: [], hostIsDynamic: true, whollyDynamic: true, queryIsDynamic: true, isSocketPath: false };
}

function pushParts(node: TSESTree.Node, parts: StringPart[], out: AddressCandidate[]): void {
  const candidate = fromParts(node, parts);
  if (candidate) out.push(candidate);
}

function fromParts(node: TSESTree.Node, parts: StringPart[]): AddressCandidate | undefined {
  if (parts.length === 0) return undefined;
  const url = parseUrlParts(parts);
  if (url) {
    return {
      node,
      url,
      scheme: url.scheme,
      hosts: url.host ? splitHosts(url.host) : [],
      hostIsDynamic: url.hostIsDynamic,
      whollyDynamic: false,
      queryIsDynamic: url.query.some((param) => param.name === undefined || param.value.some((part) => part.kind === "hole")),
      isSocketPath: false,
    };
  }
  const first = parts[0]!;
  if (first.kind === "hole") {
    return parts.length === 1 ? dynamic(node) : { ...dynamic(node), whollyDynamic: false };
  }
  const text = first.text.trim();
  if (text.startsWith("/")) {
    return { node, url: undefined, scheme: undefined, hosts: [], hostIsDynamic: false, whollyDynamic: false, queryIsDynamic: false, isSocketPath: true };
  }
  const host = bareHost(text);
  if (host === undefined) return undefined;
  // With run-time parts after the text, the host is whole only when a port or path follows it.
  const hostIsComplete = parts.length === 1 || (text.startsWith("[") ? text.includes("]") : /[:/]/.test(text));
  const hostIsDynamic = !hostIsComplete;
  if (!hostIsDynamic && host === "") return undefined;
  return {
    node,
    url: undefined,
    scheme: undefined,
    hosts: hostIsDynamic ? [] : [host.toLowerCase()],
    hostIsDynamic,
    whollyDynamic: false,
    queryIsDynamic: false,
    isSocketPath: false,
  };
}

/** The host of a scheme-less `host[:port][/path]`, or undefined when the text is not an address. */
function bareHost(text: string): string | undefined {
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) return undefined;
    const inside = text.slice(1, close);
    return IPV6_CHARS.test(inside) ? inside : undefined;
  }
  const slash = text.indexOf("/");
  const beforePath = slash >= 0 ? text.slice(0, slash) : text;
  const colons = beforePath.split(":").length - 1;
  if (colons > 1) return IPV6_CHARS.test(beforePath) ? beforePath : undefined;
  const colon = beforePath.indexOf(":");
  const host = colon >= 0 ? beforePath.slice(0, colon) : beforePath;
  if (host === "") return "";
  if (!HOST_CHARS.test(host)) return undefined;
  if (/^\d+$/.test(host)) return undefined; // a port number, not a host
  return host;
}

/** `a:1,b:2` (MongoDB seed lists) into `["a", "b"]`. */
function splitHosts(authority: string): string[] {
  return authority
    .split(",")
    .map((entry) => {
      const trimmed = entry.trim();
      if (trimmed.startsWith("[")) return trimmed.slice(1, Math.max(1, trimmed.indexOf("]")));
      const colons = trimmed.split(":").length - 1;
      if (colons > 1) return trimmed;
      const colon = trimmed.indexOf(":");
      return colon >= 0 ? trimmed.slice(0, colon) : trimmed;
    })
    .filter((host) => host !== "");
}
