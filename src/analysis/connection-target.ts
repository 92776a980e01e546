import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { skipWrappersUp, unwrapExpression } from "./ast";
import { findProperty } from "./objects";
import { findVariable } from "./scopes";
import { resolveIdentifierInit, resolveString, type Scope } from "./static-value";
import { isLoopbackHost, parseUrlString } from "./url";
import { hasLocalHostValue, isLocalUrlValue } from "./url-values";

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
    if (!value) continue;
    const list = arrayOf(value.value, scope);
    if (list) {
      // `nodes: ["https://es-1:9200", …]`: every element must name its host, or the list proves nothing.
      for (const element of list.elements) {
        const text = element && element.type !== AST_NODE_TYPES.SpreadElement ? resolveString(element, scope) : undefined;
        hosts.push((text && hostOfString(text, false)) ?? UNKNOWN_HOST);
      }
      continue;
    }
    const text = resolveString(value.value, scope);
    const host = text ? hostOfString(text, false) : isContainerUrl(value.value, scope) ? CONTAINER_HOST : undefined;
    if (host) hosts.push(host);
  }
  return hosts;
}

/** Stands for a Testcontainers container: a host-local peer, as loopback is. */
const CONTAINER_HOST = "localhost";

/** `` `https://${container.getHost()}:${port}` `` or `es.getHttpUrl()` in a file importing Testcontainers. */
function isContainerUrl(node: TSESTree.Node, scope: Scope): boolean {
  return isLocalUrlValue(node, scope) || hasLocalHostValue(node, scope);
}

/** Stands for a peer whose host is not known: never a loopback host. */
const UNKNOWN_HOST = "";

/** An array literal, written in place or bound to a `const`. */
function arrayOf(node: TSESTree.Node, scope: Scope): TSESTree.ArrayExpression | undefined {
  let inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(inner, scope);
    inner = init ? unwrapExpression(init) : inner;
  }
  return inner.type === AST_NODE_TYPES.ArrayExpression ? inner : undefined;
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
  return hostsFrom(object, names, scope, 0, 0);
}

/** How many uses of a `const` (an agent, an options object) are followed, and through how many constants. */
const MAX_FOLLOWED_USES = 16;
const MAX_FOLLOWED_CONSTANTS = 2;

function hostsFrom(start: TSESTree.Node, names: PeerOptionNames, scope: Scope, firstLevel: number, constants: number): string[] {
  let current: TSESTree.Node = start;
  for (let level = firstLevel; level < MAX_LEVELS; level++) {
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
    } else if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
      // `const agent = new https.Agent(opts)`: the hosts of every place the constant is handed to.
      // An exported one also goes wherever other files hand it.
      if (constants >= MAX_FOLLOWED_CONSTANTS || parent.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return [];
      return hostsOfUses(parent.id, names, scope, level + 1, constants + 1);
    } else {
      return [];
    }
  }
  return [];
}

/**
 * The hosts of every read of a constant, each found from the read upwards. A read whose host is not
 * known makes the answer unknown: the constant may reach any peer there.
 */
function hostsOfUses(id: TSESTree.Identifier, names: PeerOptionNames, scope: Scope, level: number, constants: number): string[] {
  const variable = findVariable(scope, id) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return [];
  const reads = variable.references.filter((reference) => !reference.init);
  if (reads.length === 0 || reads.length > MAX_FOLLOWED_USES || reads.some((reference) => reference.isWrite())) return [];
  const hosts: string[] = [];
  for (const reference of reads) {
    const found = hostsFrom(reference.identifier as TSESTree.Node, names, scope, level, constants);
    if (found.length === 0) return [];
    hosts.push(...found);
  }
  return hosts;
}

/** True when every host the options object is provably meant for is a loopback address. */
export function isLoopbackOnly(object: TSESTree.ObjectExpression, names: PeerOptionNames, scope: Scope): boolean {
  const hosts = findPeerHosts(object, names, scope);
  return hosts.length > 0 && hosts.every((host) => isLoopbackHost(host));
}
