import type { TSESTree } from "@typescript-eslint/utils";
import type { StringPart } from "./string-parts";

/** A URL read from code. Parts that come from run-time expressions stay as holes. */
export interface ParsedUrl {
  /** Lower-case scheme without `:`, undefined when it is a hole. */
  scheme: string | undefined;
  /** Lower-case host without brackets or port; undefined when any of it is a hole. */
  host: string | undefined;
  hostIsDynamic: boolean;
  port: string | undefined;
  /** True when the authority carries `user:password@`. */
  hasPassword: boolean;
  path: string;
  query: QueryParam[];
  /** The node holding the scheme's text (the literal or template quasi), for suggestions. */
  schemeNode: TSESTree.Node | undefined;
}

export interface QueryParam {
  /** The parameter name, decoded; undefined when the name is built at run time. */
  name: string | undefined;
  /** The value as text and holes (`key=${apiKey}` gives one hole). */
  value: StringPart[];
}

const HOLE = "\uE000";
const SCHEME = /^([a-z][a-z\d+.-]*):\/\//i;

interface Flat {
  text: string;
  /** For each character, the part it came from. */
  origin: number[];
}

function flattenParts(parts: readonly StringPart[]): Flat {
  let text = "";
  const origin: number[] = [];
  parts.forEach((part, index) => {
    const chunk = part.kind === "text" ? part.text.replaceAll(HOLE, "") : HOLE;
    text += chunk;
    for (let i = 0; i < chunk.length; i++) origin.push(index);
  });
  return { text, origin };
}

function sliceParts(parts: readonly StringPart[], flat: Flat, start: number, end: number): StringPart[] {
  const out: StringPart[] = [];
  let i = start;
  while (i < end) {
    const partIndex = flat.origin[i]!;
    const part = parts[partIndex]!;
    if (part.kind === "hole") {
      out.push(part);
      i++;
      continue;
    }
    let j = i;
    while (j < end && flat.origin[j] === partIndex) j++;
    out.push({ kind: "text", text: flat.text.slice(i, j), node: part.node });
    i = j;
  }
  return out;
}

/**
 * Takes a URL apart: scheme, host, port, path, query. Returns undefined when the string does not
 * begin with `scheme://` (a scheme that is itself a hole followed by `://` still parses).
 */
export function parseUrlParts(parts: readonly StringPart[]): ParsedUrl | undefined {
  const flat = flattenParts(parts);
  const text = flat.text;
  let scheme: string | undefined;
  let rest: number;
  const match = SCHEME.exec(text);
  if (match) {
    scheme = match[1]!.toLowerCase();
    rest = match[0].length;
  } else if (text.startsWith(`${HOLE}://`)) {
    rest = 4;
  } else {
    return undefined;
  }
  const schemePart = match ? parts[flat.origin[0]!] : undefined;
  let authorityEnd = rest;
  while (authorityEnd < text.length && !"/?#".includes(text[authorityEnd]!)) authorityEnd++;
  let authority = text.slice(rest, authorityEnd);
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  if (at >= 0) authority = authority.slice(at + 1);
  const { host, port } = splitHostPort(authority);
  const hostIsDynamic = host.includes(HOLE) || (host === "" && authority.includes(HOLE));
  let pathEnd = authorityEnd;
  while (pathEnd < text.length && text[pathEnd] !== "?" && text[pathEnd] !== "#") pathEnd++;
  const query: QueryParam[] = [];
  if (text[pathEnd] === "?") {
    let queryEnd = pathEnd + 1;
    while (queryEnd < text.length && text[queryEnd] !== "#") queryEnd++;
    query.push(...readQuery(parts, flat, pathEnd + 1, queryEnd));
  }
  return {
    scheme,
    host: hostIsDynamic ? undefined : host.toLowerCase(),
    hostIsDynamic,
    port: port && !port.includes(HOLE) ? port : undefined,
    hasPassword: userinfo.includes(":"),
    path: text.slice(authorityEnd, pathEnd),
    query,
    schemeNode: schemePart?.kind === "text" ? schemePart.node : undefined,
  };
}

/** Parses a plain URL string. */
export function parseUrlString(url: string): ParsedUrl | undefined {
  return parseUrlParts([{ kind: "text", text: url, node: undefined as unknown as TSESTree.Node }]);
}

/** A `,` or `;` (and any spaces) right before a `scheme://`: the boundary between two URLs in a list. */
const LIST_SEPARATOR = /[,;]\s*(?=[a-z][a-z\d+.-]*:\/\/)/gi;
const HAS_LIST_SEPARATOR = /[,;]\s*[a-z][a-z\d+.-]*:\/\//i;

/**
 * The URLs of a string that lists several, separated by `,` or `;`
 * (`"http://localhost:3000,http://localhost:3001"`), each as its own parts; undefined when the
 * string holds a single URL. Separators are read only in text followed by a `scheme://`.
 */
export function splitUrlList(parts: readonly StringPart[]): StringPart[][] | undefined {
  if (!parts.some((part) => part.kind === "text" && HAS_LIST_SEPARATOR.test(part.text))) return undefined;
  const items: StringPart[][] = [];
  let current: StringPart[] = [];
  for (const part of parts) {
    if (part.kind === "hole") {
      current.push(part);
      continue;
    }
    let start = 0;
    LIST_SEPARATOR.lastIndex = 0;
    for (let match = LIST_SEPARATOR.exec(part.text); match; match = LIST_SEPARATOR.exec(part.text)) {
      if (match.index > start) current.push({ kind: "text", text: part.text.slice(start, match.index), node: part.node });
      if (current.length > 0) items.push(current);
      current = [];
      start = match.index + match[0].length;
    }
    if (start < part.text.length) current.push({ kind: "text", text: part.text.slice(start), node: part.node });
  }
  if (current.length > 0) items.push(current);
  return items.length > 1 ? items : undefined;
}

/**
 * The query parameters in a string that may be only a piece of a URL: everything after the first
 * `?`, or the whole string when it starts with `&` or `?` (`"&api_key=" + key`).
 */
export function parseQueryParts(parts: readonly StringPart[]): QueryParam[] {
  const flat = flattenParts(parts);
  const text = flat.text;
  const question = text.indexOf("?");
  let start: number;
  if (question >= 0) start = question + 1;
  else if (text.startsWith("&")) start = 1;
  else return [];
  let end = start;
  while (end < text.length && text[end] !== "#") end++;
  return readQuery(parts, flat, start, end);
}

function readQuery(parts: readonly StringPart[], flat: Flat, start: number, end: number): QueryParam[] {
  const params: QueryParam[] = [];
  let i = start;
  while (i <= end) {
    let j = i;
    while (j < end && flat.text[j] !== "&") j++;
    const pair = flat.text.slice(i, j);
    const eq = pair.indexOf("=");
    if (pair.length > 0) {
      const rawName = eq >= 0 ? pair.slice(0, eq) : pair;
      const name = rawName.includes(HOLE) ? undefined : safeDecode(rawName);
      const value = eq >= 0 ? sliceParts(parts, flat, i + eq + 1, j) : [];
      params.push({ name, value });
    }
    i = j + 1;
  }
  return params;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return text;
  }
}

function splitHostPort(authority: string): { host: string; port: string | undefined } {
  if (authority.startsWith("[")) {
    const close = authority.indexOf("]");
    if (close > 0) {
      const after = authority.slice(close + 1);
      return { host: authority.slice(1, close), port: after.startsWith(":") ? after.slice(1) : undefined };
    }
  }
  const colon = authority.lastIndexOf(":");
  if (colon >= 0 && authority.indexOf(":") === colon) {
    return { host: authority.slice(0, colon), port: authority.slice(colon + 1) };
  }
  return { host: authority, port: undefined };
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4Octets(host: string): number[] | undefined {
  const match = IPV4.exec(host);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** Characters of the IPv4 forms the URL parser reads as numbers: `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`. */
const NUMERIC_HOST = /^[\da-fx.]+$/i;
const IPV6_HOST = /^[\da-f:.]+$/i;
/** An IPv4-mapped IPv6 address as the URL parser writes it: `::ffff:7f00:1`. */
const MAPPED_IPV4_HEX = /^::ffff:([\da-f]{1,4}):[\da-f]{1,4}$/;

/**
 * The host as the WHATWG URL parser (which `fetch`, `new URL` and Node's http clients use) reads
 * it, for IP addresses written in another form; undefined for anything else or an invalid host.
 */
function canonicalIpHost(host: string): string | undefined {
  const ipv6 = host.includes(":");
  if (!(ipv6 ? IPV6_HOST : NUMERIC_HOST).test(host)) return undefined;
  try {
    const hostname = new URL(ipv6 ? `http://[${host}]/` : `http://${host}/`).hostname;
    return ipv6 ? hostname.slice(1, -1) : hostname;
  } catch {
    return undefined;
  }
}

/** Traffic to this host never leaves the machine: `localhost`, `*.localhost`, `127.0.0.0/8`, `::1`, `0.0.0.0`. */
export function isLoopbackHost(rawHost: string): boolean {
  const host = rawHost.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "0:0:0:0:0:0:0:1" || host === "::" || host === "0.0.0.0") return true;
  if (host.startsWith("::ffff:") && ipv4Octets(host.slice(7)) !== undefined) return isLoopbackHost(host.slice(7));
  const octets = ipv4Octets(host);
  if (octets !== undefined) return octets[0] === 127;
  // Other spellings count only when they name 127/8 or ::1: a short form such as `0` or `0.0` (also
  // what run-time pieces of a host read as) must not pass for the wildcard address.
  const canonical = canonicalIpHost(host);
  if (canonical === undefined) return false;
  if (canonical === "::1") return true;
  const mapped = MAPPED_IPV4_HEX.exec(canonical);
  if (mapped) return parseInt(mapped[1]!, 16) >> 8 === 127;
  return ipv4Octets(canonical)?.[0] === 127;
}

/** A private, link-local or unique-local address (RFC 1918, 169.254/16, 100.64/10, fc00::/7, fe80::/10). */
export function isPrivateAddress(rawHost: string): boolean {
  const host = rawHost.toLowerCase().replace(/^\[|\]$/g, "");
  const octets = ipv4Octets(host);
  if (octets) {
    const [a, b] = octets as [number, number, number, number];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  return /^f[cd][\da-f]{2}:/.test(host) || /^fe[89ab][\da-f]:/.test(host);
}

const INTERNAL_SUFFIXES = [".internal", ".local", ".svc", ".cluster.local", ".lan", ".intranet", ".corp", ".home.arpa", ".private", ".consul"];

/**
 * A host on an internal network: private addresses, cluster-local and internal DNS names, and
 * single-label names such as `qdrant` or `inference` (Docker Compose and Kubernetes service names).
 */
export function isInternalHost(rawHost: string): boolean {
  const host = rawHost.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "" || isLoopbackHost(host)) return false;
  if (isPrivateAddress(host)) return true;
  if (INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
  return !host.includes(".") && !host.includes(":");
}

/**
 * Hosts whose traffic stays on the machine or its hypervisor, and which speak only http: the names
 * and gateway address through which containers reach the machine that runs them (Docker, Podman,
 * OrbStack, Lima/Colima, Rancher Desktop), cloud instance-metadata endpoints, and got's Unix-socket URLs.
 */
export const HOST_LOCAL_HOSTS: readonly string[] = [
  "host.docker.internal",
  "gateway.docker.internal",
  // The default gateway of Docker's `docker0` bridge: the host machine, as containers see it on Linux.
  "172.17.0.1",
  // Docker Desktop's Model Runner, served by the host's Docker engine.
  "model-runner.docker.internal",
  "host.containers.internal",
  "host.orb.internal",
  "host.lima.internal",
  "host.rancher-desktop.internal",
  "169.254.169.254",
  "169.254.170.2",
  "fd00:ec2::254",
  "metadata.google.internal",
  // The short name GCE resolves for its metadata server.
  "metadata",
  "100.100.100.200",
  // got's Unix-socket form: `http://unix:/var/run/docker.sock:/containers/json`.
  "unix",
];

const HOST_LOCAL_SET: ReadonlySet<string> = new Set(HOST_LOCAL_HOSTS);

/**
 * Traffic to this host stays on the machine even though it is not loopback: a container's alias
 * for the machine running it (`host.docker.internal`, `host.containers.internal`, `172.17.0.1`),
 * or a cloud instance-metadata endpoint.
 */
export function isHostLocalHost(rawHost: string): boolean {
  return HOST_LOCAL_SET.has(rawHost.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, ""));
}

/** True for `host` equal to `domain` or a subdomain of it. */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase().replace(/^\*\./, "");
  return h === d || h.endsWith(`.${d}`);
}
