import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { unwrapExpression } from "../analysis/ast";
import { importsAnyOf } from "../analysis/modules";
import { resolveObjectExpressions } from "../analysis/objects";
import { getFileScope, resolveCandidates, type Scope } from "../analysis/static-value";
import { hostMatches, isHostLocalHost } from "../analysis/url";
import { hasLocalHostValue, isLocalHostValue } from "../analysis/url-values";
import { isLocalAddress, isLocalHost as isLocalHostName, readAddressCandidates, type AddressCandidate } from "../analysis/connection-values";
import { findSdkClientCalls, getSdkOptionsObjects, readSetting, type OptionsObject, type SettingPlace } from "../analysis/sdk-clients";
import {
  TLS_SCHEME_FOR,
  VECTOR_STORE_CLIENTS,
  VECTOR_STORE_MODULES,
  type SettingLiteral,
  type TlsFlag,
  type TlsSwitch,
  type VectorStoreClient,
  type VectorStoreEndpoint,
} from "../knowledge/vector-stores";
import { createRule } from "../util/create-rule";

type Options = [{ allowedHosts?: string[]; reportUnknownDefaults?: boolean }];
type MessageIds =
  | "plaintextConnection"
  | "plaintextFallback"
  | "plaintextByDefault"
  | "plaintextDefaultUnseenHost"
  | "suggestTlsScheme"
  | "suggestTlsFlag";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type ClientCall = TSESTree.CallExpression | TSESTree.NewExpression;
type Verdict = "off" | "fallback" | "on";

/**
 * How one address chooses the transport. `weakOff`/`weakOn` are scheme defaults that settings may
 * override (`mongodb://`); `unknown` means its query may carry a TLS setting the code does not show;
 * `unseenUrl` means the whole URL comes from run time (an env var), so the deployment's scheme or
 * `sslmode` chooses TLS, while a switch written in the code still shows intent.
 */
type Transport = Verdict | "weakOff" | "weakOn" | "unknown" | "unseenUrl" | "none";

interface AddressReading {
  candidate: AddressCandidate;
  transport: Transport;
  /** `sslmode=prefer` and the like, for the message. */
  setting: string | undefined;
}

interface PlaceReading<T> {
  place: SettingPlace;
  state: "absent" | "unknown" | "present";
  items: T[];
  /** The value written at the place, when present. */
  node?: TSESTree.Node;
}

interface FlagReading {
  node: TSESTree.Node;
  verdict: Verdict;
  value: SettingLiteral;
}

interface EndpointReading {
  urls: PlaceReading<AddressReading>[];
  hosts: PlaceReading<AddressReading>[];
  flags: { flag: TlsFlag; reading: PlaceReading<FlagReading> }[];
  tlsImplied: boolean;
}

interface Judge {
  context: Context;
  /** What crosses the network, for the message: `payload` and `inversion` (see `exposureOf`). */
  about: Record<"payload" | "inversion", string>;
  scope: Scope;
  isAllowedHost: (host: string) => boolean;
  reportUnknownDefaults: boolean;
  reported: Set<string>;
}

export default createRule<Options, MessageIds>({
  name: "no-plaintext-vector-store",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow vector-store and database clients that send embeddings to a remote host without TLS",
      recommended: "recommended",
      strictOptions: [{ reportUnknownDefaults: true }],
      cwe: [319],
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          allowedHosts: {
            type: "array",
            items: { type: "string" },
            description: "Hosts that may be reached without TLS besides loopback; an entry also allows its subdomains (`sidecar.local`, `*.mesh.internal`).",
          },
          reportUnknownDefaults: {
            type: "boolean",
            description: "Also report clients left at a plaintext default whose host comes from the environment or is not written in the code.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      plaintextConnection: "{{client}} connects to {{target}} without TLS: {{payload}} cross the network in the clear{{inversion}}. To fix, {{fix}}.",
      plaintextFallback:
        "{{client}} falls back to plaintext toward {{target}} when TLS is refused ({{setting}}), which an attacker on the path can force: {{payload}} would cross the network in the clear{{inversion}}. To fix, {{fix}}.",
      plaintextByDefault:
        "{{client}} connects to {{target}} without TLS because nothing turns it on and the client defaults to plaintext: {{payload}} cross the network in the clear{{inversion}}. To fix, {{fix}}.",
      plaintextDefaultUnseenHost:
        "{{client}} defaults to plaintext, nothing here turns TLS on, and its host comes from {{target}}, so nothing shows it is local: {{payload}} may cross the network in the clear{{inversion}}. To fix, {{fix}}.",
      suggestTlsScheme: "Switch the URL to {{scheme}}://.",
      suggestTlsFlag: "Set the option to {{value}}.",
    },
    defaultOptions: [{ allowedHosts: [], reportUnknownDefaults: false }],
  },
  create(context, [options]) {
    const allowedHosts = options.allowedHosts ?? [];
    const judge: Omit<Judge, "scope"> = {
      context,
      about: EXPOSURE.store,
      // A container's alias for the machine running it reaches a store on that machine, as loopback does.
      isAllowedHost: (host) => isHostLocalHost(host) || allowedHosts.some((entry) => hostMatches(host, entry)),
      reportUnknownDefaults: options.reportUnknownDefaults ?? false,
      reported: new Set(),
    };
    return {
      Program() {
        if (!importsAnyOf(context, VECTOR_STORE_MODULES)) return;
        const scope = getFileScope(context);
        for (const use of findSdkClientCalls(context, VECTOR_STORE_CLIENTS)) {
          for (const optionsObject of getSdkOptionsObjects(use.node, use.construction, scope)) {
            checkClient({ ...judge, scope }, use.node, use.spec, optionsObject);
          }
        }
      },
    };
  },
});

/**
 * What a plaintext connection exposes. A general-purpose database (Postgres, Redis, MongoDB) may
 * hold chat history, sessions or any records, so its messages do not assume embeddings.
 */
const EXPOSURE: Record<"store" | "database", Judge["about"]> = {
  store: { payload: "embeddings and documents", inversion: ", and embeddings can be partly inverted back into the source text" },
  database: { payload: "queries and the data they read and write", inversion: "" },
};

function checkClient(outer: Judge, call: ClientCall, client: VectorStoreClient, options: OptionsObject): void {
  const judge: Judge = { ...outer, about: client.generalDatabase ? EXPOSURE.database : EXPOSURE.store };
  for (const place of client.clientOptions ?? []) {
    // A ready-made client or pool: TLS was decided where it was built (and is checked there).
    if (readSetting(call, options, place, judge.scope).state !== "absent") return;
  }
  for (const endpoint of client.endpoints) {
    const label = endpoint.channel ? `${client.name} (${endpoint.channel})` : client.name;
    const fix = endpoint.enableTls ?? client.enableTls;
    judgeEndpoint(judge, call, endpoint, read(judge.scope, call, endpoint, options), label, fix);
  }
}

function read(scope: Scope, call: ClientCall, endpoint: VectorStoreEndpoint, options: OptionsObject): EndpointReading {
  const readAddresses = (places: readonly SettingPlace[] | undefined, isUrlPlace: boolean): PlaceReading<AddressReading>[] =>
    (places ?? []).map((place) => {
      const setting = readSetting(call, options, place, scope);
      if (setting.state !== "present") return { place, state: setting.state, items: [] };
      // `new pg.Pool(settings.db)`: an argument that is a string or options is read as options here.
      if (typeof place === "number" && resolveObjectExpressions(setting.node, scope).length > 0) return { place, state: "absent", items: [] };
      const items = readAddressCandidates(setting.node, scope).map((candidate) => classifyAddress(withLocalHostValues(candidate, scope), endpoint, isUrlPlace));
      return { place, state: items.length > 0 ? "present" : "absent", items, node: setting.node };
    });
  const urls = readAddresses(endpoint.urls, true);
  const hosts = readAddresses(endpoint.hosts, false);
  const urlWritten = urls.some((reading) => reading.state !== "absent");
  const flags = (endpoint.flags ?? [])
    .filter((flag) => !(flag.overriddenByUrl && urlWritten))
    .map((flag) => ({ flag, reading: readFlag(scope, call, options, flag) }));
  const tlsImplied = (endpoint.tlsWhenPresent ?? []).some((place) => readSetting(call, options, place, scope).state !== "absent");
  return { urls, hosts, flags, tlsImplied };
}

function readFlag(scope: Scope, call: ClientCall, options: OptionsObject, flag: TlsFlag): PlaceReading<FlagReading> {
  const setting = readSetting(call, options, flag.at, scope);
  if (setting.state !== "present") return { place: flag.at, state: setting.state, items: [] };
  const items: FlagReading[] = [];
  const objects = resolveObjectExpressions(setting.node, scope);
  if (objects.length > 0 && flag.on === undefined) {
    // An object of TLS options (`ssl: { ca }`, `tls: {}`) turns TLS on.
    items.push({ node: setting.node, verdict: "on", value: true });
  }
  for (const candidate of resolveCandidates(setting.node, scope)) {
    const value = candidate.value;
    if (value === undefined || value === null) continue;
    if (typeof value === "object") continue;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") continue;
    const verdict = classifyValue(flag, value);
    if (verdict) items.push({ node: candidate.node, verdict, value });
  }
  if (items.length === 0) {
    const inner = unwrapExpression(setting.node);
    const isUndefined = inner.type === AST_NODE_TYPES.Identifier && inner.name === "undefined";
    return { place: flag.at, state: isUndefined ? "absent" : "unknown", items };
  }
  return { place: flag.at, state: "present", items };
}

function classifyValue(rule: TlsSwitch, raw: SettingLiteral): Verdict | undefined {
  const value = typeof raw === "string" ? raw.toLowerCase() : raw;
  const has = (list: readonly SettingLiteral[] | undefined): boolean =>
    (list ?? []).some((entry) => (typeof entry === "string" ? entry.toLowerCase() : entry) === value);
  if (has(rule.off)) return "off";
  if (has(rule.fallback)) return "fallback";
  if (rule.on === undefined || has(rule.on)) return "on";
  return undefined;
}

/**
 * A host the code fills in at run time with the machine it runs on (`container.getHost()` in a
 * Testcontainers file, see `LOCAL_HOST_SOURCES`) is local: the candidate names `localhost` instead.
 */
function withLocalHostValues(candidate: AddressCandidate, scope: Scope): AddressCandidate {
  if (!candidate.hostIsDynamic || candidate.isSocketPath) return candidate;
  const local = candidate.whollyDynamic ? isLocalHostValue(candidate.node, scope) : candidate.url !== undefined && hasLocalHostValue(candidate.node, scope);
  return local ? { ...candidate, hosts: ["localhost"], hostIsDynamic: false, whollyDynamic: false } : candidate;
}

function classifyAddress(candidate: AddressCandidate, endpoint: VectorStoreEndpoint, isUrlPlace: boolean): AddressReading {
  const schemes = endpoint.schemes ?? {};
  const schemeDecides = Object.values(schemes).some((meaning) => meaning !== "neutral");
  // A URL read whole from run time chooses TLS itself when its scheme or its query (`sslmode`) can.
  const urlDecides = schemeDecides || (endpoint.urlParams?.length ?? 0) > 0;
  if (candidate.whollyDynamic) return { candidate, transport: isUrlPlace && urlDecides ? "unseenUrl" : "none", setting: undefined };
  const url = candidate.url;
  if (!url) return { candidate, transport: "none", setting: undefined };
  for (const param of endpoint.urlParams ?? []) {
    const found = url.query.find((q) => q.name?.toLowerCase() === param.name.toLowerCase());
    if (!found) continue;
    if (found.value.some((part) => part.kind === "hole")) return { candidate, transport: "unknown", setting: undefined };
    const text = found.value.map((part) => (part.kind === "text" ? part.text : "")).join("");
    const verdict = classifyValue(param, text);
    if (verdict) return { candidate, transport: verdict, setting: `${param.name}=${text}` };
  }
  if (url.scheme === undefined) return { candidate, transport: schemeDecides ? "unseenUrl" : "none", setting: undefined };
  const meaning = Object.hasOwn(schemes, url.scheme) ? schemes[url.scheme] : undefined;
  const paramsMayDecide = candidate.queryIsDynamic && (endpoint.urlParams?.length ?? 0) > 0;
  switch (meaning) {
    case "plaintext":
      return { candidate, transport: "off", setting: undefined };
    case "tls":
      return { candidate, transport: "on", setting: undefined };
    case "plaintextUnlessSet":
      return { candidate, transport: paramsMayDecide ? "unknown" : "weakOff", setting: undefined };
    case "tlsUnlessSet":
      return { candidate, transport: paramsMayDecide ? "unknown" : "weakOn", setting: undefined };
    default:
      return { candidate, transport: paramsMayDecide ? "unknown" : "none", setting: undefined };
  }
}

function judgeEndpoint(judge: Judge, call: ClientCall, endpoint: VectorStoreEndpoint, reading: EndpointReading, client: string, fix: string): void {
  const addressPlaces = [...reading.urls, ...reading.hosts];
  const flagPlaces = reading.flags.map((entry) => entry.reading);
  const allPlaces: PlaceReading<AddressReading | FlagReading>[] = [...addressPlaces, ...flagPlaces];
  const strongTlsOutside = (self: PlaceReading<unknown>): boolean =>
    addressPlaces.some((place) => place !== self && place.items.some((item) => item.transport === "on")) ||
    flagPlaces.some((place) => place !== self && place.items.some((item) => item.verdict === "on"));
  const flagUnknownOutside = (self: PlaceReading<unknown>): boolean => flagPlaces.some((place) => place !== self && place.state === "unknown");

  let explicit = false;
  // Plaintext written in a URL: `http://`, `redis://`, `mongodb://` without tls=true, `sslmode=disable`.
  for (const place of addressPlaces) {
    for (const item of place.items) {
      const off = item.transport === "off" || item.transport === "weakOff" || item.transport === "fallback";
      if (!off) continue;
      explicit = true;
      if (strongTlsOutside(place) || flagUnknownOutside(place)) continue;
      const target = describeTarget(judge, [item.candidate], false);
      if (!target) continue;
      report(judge, {
        node: item.candidate.node,
        messageId: item.transport === "fallback" ? "plaintextFallback" : "plaintextConnection",
        data: { client, target, fix, setting: item.setting ?? "" },
        suggest: schemeSuggestion(judge, item.candidate),
      });
    }
  }
  if (explicit) return;

  // A switch set off: `ssl: false`, `https: false`, `httpSecure: false`, `scheme: "http"`, `ssl: "prefer"`.
  for (const { flag, reading: place } of reading.flags) {
    for (const item of place.items) {
      if (item.verdict === "on") continue;
      explicit = true;
      if (strongTlsOutside(place) || flagUnknownOutside(place)) continue;
      // A URL the code does not show may still carry a TLS parameter, or (Milvus) a TLS scheme, that wins over the switch.
      if (addressPlaces.some((address) => address.items.some((entry) => entry.transport === "unknown" || (entry.transport === "unseenUrl" && flag.orWithUrl)))) continue;
      if (flag.orWithUrl && reading.urls.some((address) => address.state === "unknown")) continue;
      const target = describeTarget(judge, addressPlaces.flatMap((address) => address.items.map((entry) => entry.candidate)), addressPlaces.some((address) => address.state === "unknown"), endpoint.defaultHost);
      if (!target) continue;
      report(judge, {
        node: item.node,
        messageId: item.verdict === "fallback" ? "plaintextFallback" : "plaintextConnection",
        data: { client, target, fix, setting: `${String(flag.at)}: ${JSON.stringify(item.value)}` },
        suggest: flagSuggestion(judge, flag, item),
      });
    }
  }
  if (explicit || endpoint.default !== "plaintext") return;

  // Nothing chooses the transport: the client's plaintext default applies.
  const blocked =
    reading.tlsImplied ||
    allPlaces.some((place) => place.state === "unknown" && !addressPlaces.includes(place as PlaceReading<AddressReading>)) ||
    reading.urls.some((place) => place.state === "unknown") ||
    // A URL read whole at run time decides for itself; the literal fallback next to it
    // (`process.env.DATABASE_URL ?? "postgres://…"`) is still judged.
    addressPlaces.some((place) => place.items.some((item) => item.transport !== "none" && item.transport !== "unseenUrl")) ||
    flagPlaces.some((place) => place.items.length > 0);
  if (blocked) return;
  const hostUnknown = reading.hosts.some((place) => place.state === "unknown");
  if (addressPlaces.every((place) => place.items.length === 0)) {
    if (hostUnknown) return;
    if (endpoint.defaultHost !== undefined && isLocalHost(judge, endpoint.defaultHost)) return;
    if (!judge.reportUnknownDefaults) return;
    report(judge, {
      node: call.callee,
      messageId: "plaintextDefaultUnseenHost",
      data: { client, target: "the environment", fix },
      suggest: [],
    });
    return;
  }
  for (const place of addressPlaces) {
    // Each remote host written in the code is reported; hosts set at run time once per setting
    // (`cs || defaultConnectionString()` is one setting), and not next to a written remote host.
    const unseen: AddressCandidate[] = [];
    let remoteReported = false;
    for (const { candidate, transport } of place.items) {
      if (transport === "unseenUrl" || isLocalAddress(candidate, judge.isAllowedHost)) continue;
      const remote = candidate.hosts.find((host) => !isLocalHost(judge, host));
      if (remote !== undefined && !candidate.hostIsDynamic) {
        report(judge, { node: candidate.node, messageId: "plaintextByDefault", data: { client, target: `host "${remote}"`, fix }, suggest: [] });
        remoteReported = true;
      } else {
        unseen.push(candidate);
      }
    }
    if (!judge.reportUnknownDefaults || remoteReported || unseen.length === 0) continue;
    const node = unseen.length === 1 || !place.node ? unseen[0]!.node : place.node;
    report(judge, { node, messageId: "plaintextDefaultUnseenHost", data: { client, target: "a value set at run time", fix }, suggest: [] });
  }
}

function isLocalHost(judge: Judge, host: string): boolean {
  return isLocalHostName(host, judge.isAllowedHost);
}

/**
 * Where plaintext goes, for the message, or undefined when every host is local. A host the code
 * does not show counts as remote here: the plaintext choice itself is written in the code.
 */
function describeTarget(judge: Judge, candidates: AddressCandidate[], addressUnknown: boolean, defaultHost?: string): string | undefined {
  if (candidates.length === 0) {
    if (addressUnknown) return "a host set at run time";
    if (defaultHost !== undefined) return isLocalHost(judge, defaultHost) ? undefined : `host "${defaultHost}"`;
    return "the host it reads from the environment";
  }
  for (const candidate of candidates) {
    if (candidate.hostIsDynamic || candidate.whollyDynamic) continue;
    const remote = candidate.hosts.find((host) => !isLocalHost(judge, host));
    if (remote !== undefined && !candidate.isSocketPath) return `host "${remote}"`;
  }
  if (candidates.some((candidate) => (candidate.hostIsDynamic || candidate.whollyDynamic) && !candidate.isSocketPath)) return "a host set at run time";
  if (addressUnknown) return "a host set at run time";
  return undefined;
}

interface Report {
  node: TSESTree.Node;
  messageId: Exclude<MessageIds, "suggestTlsScheme" | "suggestTlsFlag">;
  data: Record<string, string>;
  suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[];
}

function report(judge: Judge, { node, messageId, data, suggest }: Report): void {
  const key = `${node.range[0]}:${node.range[1]}:${messageId}`;
  if (judge.reported.has(key)) return;
  judge.reported.add(key);
  judge.context.report({ node, messageId, data: { ...judge.about, ...data }, suggest });
}

/** `http://` → `https://` (also `ws`, `redis`) when the scheme is written as a literal inside the reported expression. */
function schemeSuggestion(judge: Judge, candidate: AddressCandidate): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const scheme = candidate.scheme;
  const schemeNode = candidate.url?.schemeNode;
  if (!scheme || !schemeNode) return [];
  const upgrade = TLS_SCHEME_FOR[scheme];
  if (!upgrade) return [];
  if (schemeNode.type !== AST_NODE_TYPES.Literal && schemeNode.type !== AST_NODE_TYPES.TemplateElement) return [];
  if (schemeNode.range[0] < candidate.node.range[0] || schemeNode.range[1] > candidate.node.range[1]) return [];
  const text = judge.context.sourceCode.getText(schemeNode);
  if (text.slice(1, 1 + scheme.length + 3).toLowerCase() !== `${scheme}://`) return [];
  const start = schemeNode.range[0] + 1;
  return [
    {
      messageId: "suggestTlsScheme",
      data: { scheme: upgrade },
      fix: (fixer) => fixer.replaceTextRange([start, start + scheme.length], upgrade),
    },
  ];
}

/** `ssl: false` → `ssl: true`, `scheme: "http"` → `scheme: "https"`, when the value is a literal written in place. */
function flagSuggestion(judge: Judge, flag: TlsFlag, item: FlagReading): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  if (flag.fix === undefined) return [];
  const literal = unwrapExpression(item.node);
  if (literal.type !== AST_NODE_TYPES.Literal) return [];
  let replacement: string;
  if (typeof flag.fix === "string") {
    const quote = judge.context.sourceCode.getText(literal)[0] === "'" ? "'" : '"';
    replacement = `${quote}${flag.fix}${quote}`;
  } else {
    replacement = String(flag.fix);
  }
  return [
    {
      messageId: "suggestTlsFlag",
      data: { value: replacement },
      fix: (fixer) => fixer.replaceText(literal, replacement),
    },
  ];
}
