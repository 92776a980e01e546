import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { skipWrappersUp } from "./ast";
import { findProperty } from "./objects";
import { resolveString, type Scope } from "./static-value";
import { isLoopbackHost, parseUrlString } from "./url";

/** Option names that name the peer: bare hosts (`host: "localhost"`) and URLs (`baseURL: "https://…"`). */
export interface PeerOptionNames {
  hostKeys: readonly string[];
  urlKeys: readonly string[];
}

const MAX_LEVELS = 6;

function hostOfString(value: string, allowBareHost: boolean): string | undefined {
  const url = parseUrlString(value);
  if (url?.host) return url.host;
  if (allowBareHost && /^[\w.[\]:-]+$/.test(value)) return value.toLowerCase();
  return undefined;
}

function hostsInObject(object: TSESTree.ObjectExpression, names: PeerOptionNames, scope: Scope): string[] {
  const hosts: string[] = [];
  for (const key of names.hostKeys) {
    const value = findProperty(object, key, scope);
    const text = value && resolveString(value.value, scope);
    if (text) hosts.push(text.toLowerCase());
  }
  for (const key of names.urlKeys) {
    const value = findProperty(object, key, scope);
    const text = value && resolveString(value.value, scope);
    const host = text ? hostOfString(text, false) : undefined;
    if (host) hosts.push(host);
  }
  return hosts;
}

function hostsInArguments(call: TSESTree.CallExpression | TSESTree.NewExpression, except: TSESTree.Node, scope: Scope): string[] {
  const hosts: string[] = [];
  for (const argument of call.arguments) {
    if (argument === except || argument.type === AST_NODE_TYPES.SpreadElement) continue;
    const text = resolveString(argument, scope);
    // `tls.connect(port, "localhost", opts)` names the host bare; other strings must be URLs.
    const host = text ? hostOfString(text, isLoopbackHost(text)) : undefined;
    if (host) hosts.push(host);
  }
  return hosts;
}

/**
 * The hosts an options object is provably meant for, read from the object itself and from the
 * objects and calls that carry it: `{ host }`, `new WebSocket("wss://…", opts)`,
 * `axios.create({ baseURL, httpsAgent: new https.Agent(opts) })`. The nearest level that names a
 * host answers; an empty list means no host is known.
 */
export function findPeerHosts(object: TSESTree.ObjectExpression, names: PeerOptionNames, scope: Scope): string[] {
  let current: TSESTree.Node = object;
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (current.type === AST_NODE_TYPES.ObjectExpression) {
      const hosts = hostsInObject(current, names, scope);
      if (hosts.length > 0) return hosts;
    }
    const outer = skipWrappersUp(current);
    const parent = outer.parent;
    if (!parent) return [];
    if (parent.type === AST_NODE_TYPES.Property && parent.value === outer && parent.parent?.type === AST_NODE_TYPES.ObjectExpression) {
      current = parent.parent;
    } else if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(outer as TSESTree.CallExpressionArgument)) {
      const hosts = hostsInArguments(parent, outer, scope);
      if (hosts.length > 0) return hosts;
      current = parent;
    } else {
      return [];
    }
  }
  return [];
}

/** True when every host the options object is provably meant for is a loopback address. */
export function isLoopbackOnly(object: TSESTree.ObjectExpression, names: PeerOptionNames, scope: Scope): boolean {
  const hosts = findPeerHosts(object, names, scope);
  return hosts.length > 0 && hosts.every((host) => isLoopbackHost(host));
}
