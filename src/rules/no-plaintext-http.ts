import { readAddressCandidates } from "../analysis/connection-values";
import { findVariable, isGlobalNamed } from "../analysis/scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, getMemberPath, getTrailingName, isModuleOrTypeNameString, skipWrappersUp, unwrapExpression } from "../analysis/ast";
import { getLogCall } from "../analysis/logging";
import { CALL, CONSTRUCT, findModuleReferences, importsAnyOf, READ, type TraceMap } from "../analysis/modules";
import { findProperty, resolveObjectExpressions } from "../analysis/objects";
import { getFileScope, resolveIdentifierInit, resolveStrings, type Scope } from "../analysis/static-value";
import { getStringParts, type StringPart } from "../analysis/string-parts";
import { hostMatches, isHostLocalHost, isLoopbackHost, parseUrlParts, splitUrlList } from "../analysis/url";
import { findCreatedObjectCalls, getChainedCalls } from "../analysis/instance-calls";
import { findGlobalCalls } from "../analysis/runtime-globals";
import { findSdkClientCalls, getSdkOptionsObjects, readSetting } from "../analysis/sdk-clients";
import { isAssertionData, isTestEnvironmentSetup } from "../analysis/test-code";
import { findOptionValues, parseGrpcTarget, resolveStringCandidates, resolveUrlValues, type UrlValue } from "../analysis/url-values";
import {
  APP_RETURNING_METHODS,
  ASSIGNED_SETTING_SINKS,
  DESCRIPTIVE_PROPERTY_NAMES,
  DOCUMENTATION_DOMAINS,
  ENDPOINT_ENV_SUFFIXES,
  ENDPOINT_ENV_VARS,
  ENDPOINT_SINKS,
  GLOBAL_OBJECT_NAMES,
  GLOBAL_SINKS,
  GRPC_INSECURE_CHANNEL_MEMBERS,
  GRPC_INSECURE_SERVER_MEMBERS,
  GRPC_MODULES,
  IDENTIFIER_HOSTS,
  IDENTIFIER_URL_PREFIXES,
  INSTANCE_METHOD_SINKS,
  LISTEN_HOST_NAME_WORDS,
  MOCK_MODULES,
  PATH_TRAFFIC_HINTS,
  PLAINTEXT_LISTEN_FACTORIES,
  PLAINTEXT_SERVER_FACTORIES,
  PROXY_AGENTS,
  PROXY_OBJECT_URL_KEYS,
  PROXY_SETTING_NAMES,
  TRAFFIC_DESCRIPTIONS,
  TRANSFORMERS_HOST_SETTING,
  TRANSFORMERS_MODULES,
  UNIQUE_OPTION_SINKS,
  WEIGHT_FILE_EXTENSIONS,
  type AssignedSettingSink,
  type EndpointSink,
  type InstanceMethodSink,
  type ProxyAgentSpec,
  type TrafficKind,
} from "../knowledge/model-endpoints";
import { defineMentions, fileMentions } from "../analysis/mentions";
import { VECTOR_STORE_CLIENTS, VECTOR_STORE_MODULES } from "../knowledge/vector-stores";
import { splitNameWords } from "../knowledge/secret-names";
import { createRule } from "../util/create-rule";

type Options = [{ strictAllUrls?: boolean; serverCreation?: boolean; allowedHosts?: string[] }];
type MessageIds =
  | "plaintextEndpoint"
  | "plaintextHttpModule"
  | "plaintextUrl"
  | "insecureGrpcChannel"
  | "insecureGrpcServer"
  | "plaintextServer"
  | "suggestSecureScheme";

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

interface EndpointFlags {
  schemelessIsHttp?: boolean;
  nodeHttpOptions?: boolean;
}

const PLAINTEXT_SCHEMES: Readonly<Record<string, string>> = { http: "https", ws: "wss" };
const URL_START = /^(?:http|ws):\/\//i;
const WHITESPACE = /\s/;
const SCHEME_PREFIX = /^[a-z][a-z\d+.-]*:/i;
const COMPARISONS = new Set(["==", "===", "!=", "!=="]);
/** String methods whose URL argument is a pattern to look for, not an address to connect to. */
const STRING_CHECK_METHODS = new Set([
  "startsWith", "endsWith", "includes", "indexOf", "lastIndexOf", "replace", "replaceAll", "split", "match", "matchAll", "search", "test", "has",
]);
const DYNAMIC_HOST = "a host chosen at run time";
const WIDE_BIND_HOSTS = new Set(["0.0.0.0", "::", "0:0:0:0:0:0:0:0"]);
/** Wording for a server's listen address in messages. */
const EVERY_INTERFACE = "every interface";
const RUNTIME_ADDRESS = "an address chosen at run time";
const UNKNOWN_ADDRESS = "its address";
/** How far a URL is followed through string building (`?:`, `??`, `+`, templates) to a log call. */
const MAX_LOG_STEPS = 8;

/** What a server's `listen` calls say about its address. */
interface ListenHosts {
  hosts: string[];
  /** Some call gives no host, so Node listens on every interface. */
  everyInterface: boolean;
  /** Some call's host is chosen at run time. */
  dynamic: boolean;
  /** Some call's second argument may be a host or the callback (`listen(port, x)`). */
  unknown: boolean;
}

type TraceNode = Record<string, unknown>;

function childNode(node: TraceNode, key: string): TraceNode {
  const existing = node[key];
  if (existing) return existing as TraceNode;
  const created: TraceNode = {};
  node[key] = created;
  return created;
}

/** Adds `info` under `module` + dotted `member` (`""` is the module itself) for the marker. */
function addTrace<T>(map: TraceNode, module: string, member: string, marker: symbol, info: T): void {
  let node = childNode(map, module);
  if (member !== "") for (const segment of member.split(".")) node = childNode(node, segment);
  const bucket = node as unknown as Record<symbol, T[] | undefined>;
  (bucket[marker] ??= []).push(info);
}

/**
 * Mirrors each module's map under `default`: a default import of a CommonJS module and
 * `require("x").default` both stand for the module object.
 */
function withDefaultMirror<T>(map: TraceNode): TraceMap<T> {
  for (const module of Object.values(map) as TraceNode[]) {
    const mirror: TraceNode = { ...module };
    delete mirror.default;
    module.default = mirror;
  }
  return map as unknown as TraceMap<T>;
}

function buildSinkTraceMap(): TraceMap<EndpointSink[]> {
  const map: TraceNode = {};
  for (const sink of ENDPOINT_SINKS) {
    for (const module of sink.modules) {
      for (const member of sink.members) addTrace(map, module, member, sink.use === "new" ? CONSTRUCT : CALL, sink);
    }
  }
  return withDefaultMirror<EndpointSink[]>(map);
}

function buildInstanceTraceMap(): TraceMap<InstanceMethodSink[]> {
  const map: TraceNode = {};
  for (const sink of INSTANCE_METHOD_SINKS) {
    const marker = sink.use === "call" ? CALL : CONSTRUCT;
    for (const module of sink.modules) for (const member of sink.members) addTrace(map, module, member, marker, sink);
  }
  return withDefaultMirror<InstanceMethodSink[]>(map);
}

/** `axios.defaults.baseURL` as a read (its assignment is found through the parent), `axios.create` as a call. */
function buildAssignedSettingTraceMap(): TraceMap<AssignedSettingSink[]> {
  const map: TraceNode = {};
  for (const sink of ASSIGNED_SETTING_SINKS) {
    for (const module of sink.modules) {
      addTrace(map, module, sink.setting, READ, sink);
      for (const factory of sink.factories) addTrace(map, module, factory, CALL, sink);
    }
  }
  return withDefaultMirror<AssignedSettingSink[]>(map);
}

/**
 * The values assigned to `<path>` on the object a factory call makes, kept in a `const` or
 * write-once `let`: `api.defaults.baseURL = "http://…"` after `const api = axios.create()`.
 */
function instanceSettingWrites(created: TSESTree.Node, path: readonly string[], scope: Scope): TSESTree.Node[] {
  const use = skipWrappersUp(created, true);
  const declarator = use.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== use || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = findVariable(scope as never, declarator.id as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.references.some((ref) => ref.isWrite() && !ref.init)) return [];
  const out: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    let node: TSESTree.Node = reference.identifier as TSESTree.Node;
    let matched = 0;
    while (matched < path.length && node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) {
      if (getLiteralKeyName(node.parent.property, node.parent.computed) !== path[matched]) break;
      node = node.parent;
      matched++;
    }
    const parent = node.parent;
    if (matched === path.length && parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" && parent.left === node) out.push(parent.right);
  }
  return out;
}

function buildGrpcTraceMap(): TraceMap<("channel" | "server")[]> {
  const map: TraceNode = {};
  for (const module of GRPC_MODULES) {
    for (const member of GRPC_INSECURE_CHANNEL_MEMBERS) addTrace(map, module, member, CALL, "channel" as const);
    for (const member of GRPC_INSECURE_SERVER_MEMBERS) addTrace(map, module, member, CALL, "server" as const);
  }
  return withDefaultMirror<("channel" | "server")[]>(map);
}

function buildTransformersTraceMap(): TraceMap<boolean[]> {
  const map: TraceNode = {};
  for (const module of TRANSFORMERS_MODULES) addTrace(map, module, `env.${TRANSFORMERS_HOST_SETTING}`, READ, true);
  return withDefaultMirror<boolean[]>(map);
}

/** A call that makes a server: the secure replacement to name, and whether only a `listen()` on it serves anything. */
interface ServerFactory {
  secure: string;
  needsListen: boolean;
}

/** `.listen(…)` further down a chain on the created object: `polka().use(handler).listen(3000)`. */
function chainedListens(created: TSESTree.Node): TSESTree.CallExpression[] {
  // The first link is a call on the object itself, which `findCreatedObjectCalls` already gives.
  return getChainedCalls(created)
    .slice(1)
    .filter((link) => link.method === "listen")
    .map((link) => link.call);
}

/** The last call of a chain of app-returning methods on the created app (`polka().use(a).use(b)`), or undefined without one. */
function appChainEnd(created: TSESTree.Node): TSESTree.CallExpression | undefined {
  let end: TSESTree.CallExpression | undefined;
  for (const link of getChainedCalls(created)) {
    if (link.method === undefined || !APP_RETURNING_METHODS.has(link.method)) break;
    end = link.call;
  }
  return end;
}

function buildServerTraceMap(): TraceMap<ServerFactory[]> {
  const map: TraceNode = {};
  for (const [module, { members, secure }] of Object.entries(PLAINTEXT_SERVER_FACTORIES)) {
    for (const member of members) addTrace(map, module, member, CALL, { secure, needsListen: false });
  }
  for (const [module, { members, use }] of Object.entries(PLAINTEXT_LISTEN_FACTORIES)) {
    for (const member of members) addTrace(map, module, member, use === "new" ? CONSTRUCT : CALL, { secure: "https.createServer({ key, cert }, app)", needsListen: true });
  }
  return withDefaultMirror<ServerFactory[]>(map);
}

/** A test double's call or class: the methods chained on its calls, or called on its instances, that take URLs too. */
interface MockUse {
  chained?: ReadonlySet<string>;
  instanceMethods?: ReadonlySet<string>;
}

function buildMockTraceMap(): TraceMap<MockUse[]> {
  const map: TraceNode = {};
  for (const [module, spec] of Object.entries(MOCK_MODULES)) {
    const chained = spec.chainedMethods ? new Set(spec.chainedMethods) : undefined;
    for (const member of spec.calls ?? []) addTrace(map, module, member, CALL, { chained });
    for (const member of spec.constructs ?? []) addTrace(map, module, member, CONSTRUCT, {});
    for (const [member, methods] of Object.entries(spec.instanceMethods ?? {})) addTrace(map, module, member, CONSTRUCT, { instanceMethods: new Set(methods) });
  }
  return withDefaultMirror<MockUse[]>(map);
}

function buildProxyTraceMap(): TraceMap<ProxyAgentSpec[]> {
  const map: TraceNode = {};
  for (const spec of PROXY_AGENTS) {
    for (const module of spec.modules) {
      for (const member of spec.members) {
        addTrace(map, module, member, CALL, spec);
        addTrace(map, module, member, CONSTRUCT, spec);
      }
    }
  }
  return withDefaultMirror<ProxyAgentSpec[]>(map);
}

const SINK_TRACE_MAP = buildSinkTraceMap();
const INSTANCE_TRACE_MAP = buildInstanceTraceMap();
const GRPC_TRACE_MAP = buildGrpcTraceMap();
const TRANSFORMERS_TRACE_MAP = buildTransformersTraceMap();
const ASSIGNED_SETTING_TRACE_MAP = buildAssignedSettingTraceMap();
const SERVER_TRACE_MAP = buildServerTraceMap();
const MOCK_TRACE_MAP = buildMockTraceMap();
const PROXY_TRACE_MAP = buildProxyTraceMap();
const GLOBAL_NAMES: ReadonlySet<string> = new Set(GLOBAL_SINKS.map((sink) => sink.name));
const UNIQUE_OPTION_NAMES: ReadonlySet<string> = new Set([
  ...UNIQUE_OPTION_SINKS.map((sink) => sink.property),
  TRANSFORMERS_HOST_SETTING,
]);
const UNIQUE_OPTION_MENTIONS = defineMentions([...UNIQUE_OPTION_NAMES]);

const SINK_MODULES: readonly string[] = [
  ...new Set([
    ...ENDPOINT_SINKS.flatMap((sink) => sink.modules),
    ...INSTANCE_METHOD_SINKS.flatMap((sink) => sink.modules),
    ...GRPC_MODULES,
    ...TRANSFORMERS_MODULES,
    ...ASSIGNED_SETTING_SINKS.flatMap((sink) => sink.modules),
  ]),
];

/** What travels, sharpened by the URL's path for generic clients (`/v1/chat/completions`, `model.safetensors`). */
function refineTraffic(traffic: TrafficKind, path: string): TrafficKind {
  if (traffic !== "http" && traffic !== "websocket" && traffic !== "events") return traffic;
  let lower = path.toLowerCase();
  while (lower.endsWith("/")) lower = lower.slice(0, -1);
  if (WEIGHT_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension))) return "weights";
  return PATH_TRAFFIC_HINTS.find((hint) => lower.endsWith(hint.pathEnd))?.traffic ?? traffic;
}

function endpointEnvTraffic(name: string): TrafficKind | undefined {
  const known = ENDPOINT_ENV_VARS[name];
  if (known) return known;
  return ENDPOINT_ENV_SUFFIXES.some((suffix) => name.endsWith(suffix)) ? "http" : undefined;
}

/** A namespace URL on a host that also serves content: `http://search.yahoo.com/mrss/`. */
function isIdentifierUrl(host: string, path: string): boolean {
  const url = `${host}${path}`.toLowerCase();
  return IDENTIFIER_URL_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
}

/** A listen or bind address that only the machine itself can reach (`0.0.0.0` and `::` listen everywhere). */
function isLoopbackBindHost(host: string): boolean {
  return isLoopbackHost(host) && !WIDE_BIND_HOSTS.has(host.toLowerCase().replace(/^\[|\]$/g, ""));
}

export default createRule<Options, MessageIds>({
  name: "no-plaintext-http",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow plaintext http:// and ws:// connections to model endpoints, internal services and model downloads",
      recommended: "recommended",
      strictOptions: [{ strictAllUrls: true, serverCreation: true }],
      cwe: [319],
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          strictAllUrls: {
            type: "boolean",
            description: "Also report every http:// or ws:// URL written in a string or template literal, wherever it is used.",
          },
          serverCreation: {
            type: "boolean",
            description: "Also report plaintext servers: http.createServer, http2.createServer, Express, Polka and Koa apps that listen, and insecure gRPC server credentials, not bound to loopback.",
          },
          allowedHosts: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Hosts (subdomains included; `*.` prefix optional) that may be reached over plaintext, added to the built-in list of XML-namespace and schema hosts.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      plaintextEndpoint:
        "{{what}} travel unencrypted over {{scheme}}:// to {{host}}: use {{secureScheme}}://, with TLS for internal services too and mTLS where the data is sensitive.",
      plaintextHttpModule:
        "{{what}} travel unencrypted through the http module to {{host}}: use https.request, with TLS for internal services too and mTLS where the data is sensitive.",
      plaintextUrl:
        "This {{scheme}}:// URL to {{host}} is unencrypted: use {{secureScheme}}://, or add the host to allowedHosts if the URL only names something.",
      insecureGrpcChannel:
        "credentials.createInsecure() sends RPC messages and metadata unencrypted to {{host}}: use credentials.createSsl() with the service's CA, and a client certificate for mTLS.",
      insecureGrpcServer:
        "ServerCredentials.createInsecure() serves RPCs without TLS on {{host}}: use ServerCredentials.createSsl() with the server's certificate, and require client certificates for mTLS.",
      plaintextServer:
        "{{factory}}() serves requests without TLS on {{host}}: use {{secure}}, or bind to a loopback address behind a TLS-terminating proxy.",
      suggestSecureScheme: "Switch the URL to {{secureScheme}}://.",
    },
    defaultOptions: [{ strictAllUrls: false, serverCreation: false, allowedHosts: [] }],
  },
  create(context, [options]) {
    const strictAllUrls = options.strictAllUrls ?? false;
    const serverCreation = options.serverCreation ?? false;
    const allowedHosts = [...IDENTIFIER_HOSTS, ...(options.allowedHosts ?? [])];
    const sourceCode = context.sourceCode;

    const reportedNodes = new Set<TSESTree.Node>();
    /** The literals and template pieces whose scheme a report already covers (so the all-URLs pass skips them). */
    const coveredSchemeNodes = new Set<TSESTree.Node>();
    const uniqueOptionProperties: TSESTree.Property[] = [];
    const envAssignments: { traffic: TrafficKind; value: TSESTree.Expression }[] = [];
    /** Strings that start with a plaintext URL (for `strictAllUrls`): the whole `+` chain they begin, and the node holding the scheme. */
    const urlLiterals: { expression: TSESTree.Node; schemeNode: TSESTree.Node }[] = [];
    let scope: Scope;

    function isSafeHost(host: string): boolean {
      return (
        host === "" ||
        isLoopbackHost(host) ||
        isHostLocalHost(host) ||
        DOCUMENTATION_DOMAINS.some((domain) => hostMatches(host, domain)) ||
        allowedHosts.some((domain) => hostMatches(host, domain))
      );
    }

    /** The host to name in the report, or undefined when the URL is not plaintext or its host is safe. */
    function plaintextHost(value: UrlValue): string | undefined {
      const scheme = value.url.scheme;
      if (scheme === undefined || !(scheme in PLAINTEXT_SCHEMES)) return undefined;
      if (value.hostText !== undefined) return isSafeHost(value.hostText) || isIdentifierUrl(value.hostText, value.url.path) ? undefined : `'${value.hostLabel}'`;
      const unsafe = value.hostCandidates.find((candidate) => !isSafeHost(candidate));
      if (unsafe !== undefined) return `'${unsafe}'`;
      // Every provable host is loopback (`process.env.HOST ?? "localhost"`): the code expects a local service.
      if (value.hostCandidates.length > 0) return undefined;
      return DYNAMIC_HOST;
    }

    /**
     * The first plaintext item of a URL list (`"http://localhost:3000,http://localhost:3001"`) whose
     * host is not safe: each item is judged on its own, never the list as one URL.
     */
    function plaintextListItem(items: readonly StringPart[][]): { scheme: string; host: string } | undefined {
      let dynamic: string | undefined;
      for (const item of items) {
        const url = parseUrlParts(item);
        const scheme = url?.scheme;
        if (!url || scheme === undefined || !(scheme in PLAINTEXT_SCHEMES)) continue;
        if (url.host === undefined) dynamic ??= scheme;
        else if (!isSafeHost(url.host) && !isIdentifierUrl(url.host, url.path)) return { scheme, host: `'${url.host}'` };
      }
      return dynamic === undefined ? undefined : { scheme: dynamic, host: DYNAMIC_HOST };
    }

    /** The string literal or template piece that holds the scheme's text, following constants. */
    function schemeTextNode(node: TSESTree.Node, depth = 0): TSESTree.StringLiteral | TSESTree.TemplateElement | undefined {
      if (depth > 6) return undefined;
      const inner = unwrapExpression(node);
      switch (inner.type) {
        case AST_NODE_TYPES.Literal:
          return typeof inner.value === "string" ? (inner as TSESTree.StringLiteral) : undefined;
        case AST_NODE_TYPES.TemplateElement:
          return inner;
        case AST_NODE_TYPES.TemplateLiteral:
          return inner.quasis[0];
        case AST_NODE_TYPES.BinaryExpression:
          return inner.operator === "+" ? schemeTextNode(inner.left, depth + 1) : undefined;
        case AST_NODE_TYPES.Identifier: {
          const init = resolveIdentifierInit(inner, scope);
          return init ? schemeTextNode(init, depth + 1) : undefined;
        }
        default:
          return undefined;
      }
    }

    function schemeSuggestion(value: UrlValue, secureScheme: string, isList: boolean): TSESLint.ReportSuggestionArray<MessageIds> {
      const first = value.parts[0];
      const target = first?.kind === "text" ? schemeTextNode(first.node) : undefined;
      if (!target) return [];
      coveredSchemeNodes.add(target);
      // In a list the URL to change may be any item: no single edit is right.
      if (isList) return [];
      const scheme = value.url.scheme ?? "";
      const start = target.range[0] + 1;
      const body = sourceCode.getText(target).slice(1);
      let range: [number, number];
      let text: string;
      if (value.schemeImplied) {
        const host = value.hostText ?? "";
        if (host === "" || !body.toLowerCase().startsWith(host)) return [];
        range = [start, start];
        text = `${secureScheme}://`;
      } else {
        if (body.slice(0, scheme.length + 3).toLowerCase() !== `${scheme}://`) return [];
        range = [start, start + scheme.length];
        text = secureScheme;
      }
      return [{ messageId: "suggestSecureScheme", data: { secureScheme }, fix: (fixer) => fixer.replaceTextRange(range, text) }];
    }

    function reportUrl(value: UrlValue, messageId: "plaintextEndpoint" | "plaintextUrl", traffic: TrafficKind): void {
      const items = splitUrlList(value.parts);
      const listItem = items ? plaintextListItem(items) : undefined;
      const host = items ? listItem?.host : plaintextHost(value);
      if (host === undefined || reportedNodes.has(value.node)) return;
      reportedNodes.add(value.node);
      const scheme = listItem?.scheme ?? value.url.scheme ?? "http";
      const secureScheme = PLAINTEXT_SCHEMES[scheme] ?? "https";
      context.report({
        node: value.node,
        messageId,
        data: { what: TRAFFIC_DESCRIPTIONS[refineTraffic(traffic, items ? "" : value.url.path)], scheme, secureScheme, host },
        suggest: schemeSuggestion(value, secureScheme, items !== undefined),
      });
    }

    function checkEndpoint(node: TSESTree.Node, traffic: TrafficKind, flags: EndpointFlags = {}): void {
      if (flags.nodeHttpOptions) {
        const objects = resolveObjectExpressions(node, scope);
        if (objects.length > 0) {
          for (const object of objects) checkHttpModuleOptions(object, traffic);
          return;
        }
      }
      const values = resolveUrlValues(node, scope, flags.schemelessIsHttp ? { impliedScheme: "http" } : {});
      for (const value of values) reportUrl(value, "plaintextEndpoint", traffic);
    }

    /** `http.request({ hostname, port, path })`: the http module is plaintext whatever the options say. */
    function checkHttpModuleOptions(object: TSESTree.ObjectExpression, traffic: TrafficKind): void {
      if (findProperty(object, "socketPath", scope)) return;
      const protocol = findProperty(object, "protocol", scope);
      if (protocol && resolveStrings(protocol.value, scope).some((value) => value !== "http:")) return;
      const hostProperty = findProperty(object, "hostname", scope) ?? findProperty(object, "host", scope);
      if (!hostProperty) return;
      const pathProperty = findProperty(object, "path", scope);
      const path = pathProperty ? (resolveStrings(pathProperty.value, scope)[0] ?? "") : "";
      for (const value of resolveUrlValues(hostProperty.value, scope, { impliedScheme: "http" })) {
        if (value.hostText === undefined || isSafeHost(value.hostText) || reportedNodes.has(value.node)) continue;
        reportedNodes.add(value.node);
        context.report({
          node: value.node,
          messageId: "plaintextHttpModule",
          data: { what: TRAFFIC_DESCRIPTIONS[refineTraffic(traffic, path)], host: `'${value.hostLabel}'` },
        });
      }
    }

    function checkArguments(call: Call, args: readonly number[], paths: readonly (readonly string[])[], traffic: TrafficKind, flags: EndpointFlags = {}): void {
      for (const index of args) {
        const argument = call.arguments[index];
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
        for (const path of paths) {
          for (const value of findOptionValues(argument, path, scope)) checkEndpoint(value, traffic, flags);
        }
      }
    }

    function checkModuleSinks(): void {
      for (const reference of findModuleReferences(context, SINK_TRACE_MAP)) {
        if (reference.kind === "read") continue;
        const call = reference.node as Call;
        for (const sink of reference.info) checkArguments(call, sink.args, sink.paths, sink.traffic, sink);
      }
      for (const reference of findModuleReferences(context, INSTANCE_TRACE_MAP)) {
        if (reference.kind === "read") continue;
        const use = reference.kind === "call" ? "call" : "new";
        for (const { call, method } of findCreatedObjectCalls(reference.node, scope)) {
          for (const sink of reference.info) {
            if ((sink.use ?? "new") !== use) continue;
            const target = sink.methods[method];
            if (target) checkArguments(call, target.args, target.paths, sink.traffic);
          }
        }
      }
      for (const reference of findModuleReferences(context, ASSIGNED_SETTING_TRACE_MAP)) {
        const parent = reference.node.parent;
        for (const sink of reference.info) {
          if (reference.kind === "read") {
            if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" && parent.left === reference.node) checkEndpoint(parent.right, sink.traffic);
          } else if (reference.kind === "call") {
            for (const value of instanceSettingWrites(reference.node, sink.setting.split("."), scope)) checkEndpoint(value, sink.traffic);
          }
        }
      }
      for (const reference of findModuleReferences(context, TRANSFORMERS_TRACE_MAP)) {
        const parent = reference.node.parent;
        if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.node) checkEndpoint(parent.right, "weights");
      }
    }

    function checkGlobalSinks(): void {
      for (const { name, node } of findGlobalCalls(context, GLOBAL_NAMES, GLOBAL_OBJECT_NAMES)) {
        const use = node.type === AST_NODE_TYPES.NewExpression ? "new" : "call";
        for (const sink of GLOBAL_SINKS) {
          if (sink.name === name && sink.use === use) checkArguments(node, sink.args, sink.paths, sink.traffic);
        }
      }
    }

    function checkUniqueOptions(): void {
      for (const property of uniqueOptionProperties) {
        const name = getLiteralKeyName(property.key, property.computed);
        for (const sink of UNIQUE_OPTION_SINKS) {
          if (sink.property === name && importsAnyOf(context, [sink.module])) checkEndpoint(property.value, sink.traffic);
        }
        if (name === TRANSFORMERS_HOST_SETTING && importsAnyOf(context, TRANSFORMERS_MODULES)) checkEndpoint(property.value, "weights");
      }
    }

    /** Calls that receive the credentials object as a later argument: `new Client(target, creds)`, `server.bindAsync(addr, creds, cb)`. */
    function credentialConsumers(credentials: TSESTree.Node): Call[] {
      const consumers: Call[] = [];
      const addConsumer = (node: TSESTree.Node): void => {
        const use = skipWrappersUp(node);
        const parent = use.parent;
        if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.indexOf(use as TSESTree.CallExpressionArgument) >= 1) {
          consumers.push(parent);
        }
      };
      addConsumer(credentials);
      const declarator = skipWrappersUp(credentials).parent;
      if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier) {
        for (const variable of sourceCode.getDeclaredVariables(declarator)) {
          for (const reference of variable.references) if (reference.isRead()) addConsumer(reference.identifier as TSESTree.Node);
        }
      }
      return consumers;
    }

    function grpcHosts(target: TSESTree.Node | undefined): string[] {
      if (!target || target.type === AST_NODE_TYPES.SpreadElement) return [];
      const hosts: string[] = [];
      for (const value of resolveStringCandidates(target, scope)) {
        const parsed = parseGrpcTarget(value);
        if (!parsed.local && parsed.host !== undefined) hosts.push(parsed.host);
      }
      return hosts;
    }

    function checkGrpc(): void {
      for (const reference of findModuleReferences(context, GRPC_TRACE_MAP)) {
        if (reference.kind !== "call") continue;
        const consumers = credentialConsumers(reference.node);
        if (reference.info.includes("channel")) {
          const host = consumers.flatMap((call) => grpcHosts(call.arguments[0])).find((h) => !isSafeHost(h));
          if (host !== undefined) context.report({ node: reference.node, messageId: "insecureGrpcChannel", data: { host: `'${host}'` } });
        } else if (serverCreation) {
          const binds = consumers.filter((call) => calleeName(call) === "bindAsync" || calleeName(call) === "bind");
          const hosts = binds.flatMap((call) => grpcHosts(call.arguments[0]));
          const exposed = hosts.find((h) => !isLoopbackBindHost(h));
          if (exposed === undefined && binds.length > 0 && hosts.length === binds.length) continue;
          context.report({ node: reference.node, messageId: "insecureGrpcServer", data: { host: exposed !== undefined ? `'${exposed}'` : "its address" } });
        }
      }
    }

    function calleeName(call: Call): string | undefined {
      const callee = unwrapExpression(call.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression ? getLiteralKeyName(callee.property, callee.computed) : undefined;
    }

    /** A listen callback (`listen(3000, () => …)`, `listen(port, onListening)`), not a host. */
    function isFunctionValue(node: TSESTree.Node, depth = 0): boolean {
      const inner = unwrapExpression(node);
      if (inner.type === AST_NODE_TYPES.ArrowFunctionExpression || inner.type === AST_NODE_TYPES.FunctionExpression) return true;
      if (inner.type !== AST_NODE_TYPES.Identifier || depth > 4) return false;
      const init = resolveIdentifierInit(inner, scope);
      if (init) return isFunctionValue(init, depth + 1);
      const variable = findVariable(sourceCode.getScope(inner) as never, inner as never) as TSESLint.Scope.Variable | null;
      return variable?.defs[0]?.type === "FunctionName";
    }

    /** `HOST`, `process.env.BIND_ADDRESS`, `config.listenIp`: a name that says the value is a listen address. */
    function namesListenHost(node: TSESTree.Node): boolean {
      const name = getTrailingName(node);
      return name !== undefined && splitNameWords(name).some((word) => LISTEN_HOST_NAME_WORDS.has(word));
    }

    /** Adds what one `host` expression says to `out`: its provable values, or that it is chosen at run time. */
    function addListenHost(node: TSESTree.Node, out: ListenHosts): void {
      const hosts = resolveStrings(node, scope);
      if (hosts.length === 0) out.dynamic = true;
      else out.hosts.push(...hosts);
    }

    /** The hosts `server.listen(…)` calls bind: `listen(port)`, `listen(port, host, cb)`, `listen({ port, host })`. */
    function listenHosts(calls: readonly TSESTree.CallExpression[]): ListenHosts {
      const out: ListenHosts = { hosts: [], everyInterface: false, dynamic: false, unknown: false };
      for (const call of calls) {
        const [first, second] = call.arguments;
        const objects = first && first.type !== AST_NODE_TYPES.SpreadElement ? resolveObjectExpressions(first, scope) : [];
        if (objects.length > 0) {
          for (const object of objects) {
            const host = findProperty(object, "host", scope);
            if (host) addListenHost(host.value, out);
            else out.everyInterface = true;
          }
        } else if (!second || second.type === AST_NODE_TYPES.SpreadElement || isFunctionValue(second)) {
          out.everyInterface = true;
        } else if (call.arguments.length > 2 || namesListenHost(second)) {
          addListenHost(second, out);
        } else {
          // `listen(port, x)`: x is a host when it is provably a string; otherwise it may be the callback.
          const hosts = resolveStrings(second, scope);
          if (hosts.length > 0) out.hosts.push(...hosts);
          else out.unknown = true;
        }
      }
      return out;
    }

    /** How the message names the address a server listens on. */
    function listenAddress(listen: ListenHosts): string {
      const exposed = listen.hosts.find((h) => !isLoopbackBindHost(h));
      if (exposed !== undefined) return `'${exposed}'`;
      if (listen.everyInterface) return EVERY_INTERFACE;
      return listen.dynamic ? RUNTIME_ADDRESS : UNKNOWN_ADDRESS;
    }

    function checkServers(): void {
      for (const reference of findModuleReferences(context, SERVER_TRACE_MAP)) {
        if (reference.kind === "read") continue;
        const call = reference.node as TSESTree.CallExpression | TSESTree.NewExpression;
        const factory = reference.info[0];
        // A chain of app-returning calls stored in a variable is the app too: its `listen()` counts.
        const chainEnd = factory?.needsListen ? appChainEnd(call) : undefined;
        const listens = [
          ...findCreatedObjectCalls(call, scope).filter((use) => use.method === "listen").map((use) => use.call),
          ...chainedListens(call),
          ...(chainEnd ? findCreatedObjectCalls(chainEnd, scope).filter((use) => use.method === "listen").map((use) => use.call) : []),
        ];
        if (factory?.needsListen && listens.length === 0) continue;
        const listen = listenHosts(listens);
        const loopbackOnly =
          listens.length > 0 && !listen.everyInterface && !listen.dynamic && !listen.unknown && listen.hosts.every(isLoopbackBindHost);
        if (loopbackOnly) continue;
        const path = reference.path.length > 1 ? `${reference.path[0]}.${reference.path.slice(1).join(".")}` : reference.path[0]!;
        const name = reference.kind === "construct" ? `new ${path}` : path;
        context.report({
          node: call.callee,
          messageId: "plaintextServer",
          data: { factory: name, secure: factory?.secure ?? "https.createServer({ key, cert }, handler)", host: listenAddress(listen) },
        });
      }
    }

    function checkEnvAssignments(): void {
      for (const { traffic, value } of envAssignments) checkEndpoint(value, traffic);
    }

    /**
     * The text reaches a log call, directly or through string building:
     * `logger.info(\`listening at ${host ? "http://" + host : ""}:3000\`)`.
     */
    function isLoggedText(node: TSESTree.Node): boolean {
      let current = node;
      for (let step = 0; step < MAX_LOG_STEPS; step++) {
        const parent = current.parent;
        if (!parent) return false;
        switch (parent.type) {
          case AST_NODE_TYPES.CallExpression:
            return parent.callee !== current && getLogCall(parent, context)?.args.includes(current as TSESTree.CallExpressionArgument) === true;
          case AST_NODE_TYPES.ConditionalExpression:
            if (parent.test === current) return false;
            break;
          case AST_NODE_TYPES.BinaryExpression:
            if (parent.operator !== "+") return false;
            break;
          case AST_NODE_TYPES.LogicalExpression:
          case AST_NODE_TYPES.TemplateLiteral:
          case AST_NODE_TYPES.TSAsExpression:
          case AST_NODE_TYPES.TSSatisfiesExpression:
          case AST_NODE_TYPES.TSNonNullExpression:
          case AST_NODE_TYPES.TSTypeAssertion:
            break;
          default:
            return false;
        }
        current = parent;
      }
      return false;
    }

    /**
     * The value of a property that describes a setting to a person (`placeholder`, `description`,
     * `examples: [...]`, `<input placeholder="…">`) rather than configuring it.
     */
    function isDescriptiveValue(use: TSESTree.Node): boolean {
      const name = valueOwnerName(use);
      return name !== undefined && DESCRIPTIVE_PROPERTY_NAMES.has(name.toLowerCase());
    }

    /**
     * The name of the property, member or JSX attribute whose value `use` is (also as an item of an
     * array value): `proxy` for `{ proxy: "…" }`, `HTTPS_PROXY` for `process.env.HTTPS_PROXY = "…"`.
     */
    function valueOwnerName(use: TSESTree.Node): string | undefined {
      let current = use;
      while (current.parent?.type === AST_NODE_TYPES.ArrayExpression) current = skipWrappersUp(current.parent);
      const parent = current.parent;
      if (!parent) return undefined;
      let name: string | undefined;
      switch (parent.type) {
        case AST_NODE_TYPES.Property:
        case AST_NODE_TYPES.PropertyDefinition:
          if (parent.value === current) name = getLiteralKeyName(parent.key, parent.computed);
          break;
        case AST_NODE_TYPES.AssignmentExpression:
          if (parent.right === current && parent.left.type === AST_NODE_TYPES.MemberExpression) name = getLiteralKeyName(parent.left.property, parent.left.computed);
          break;
        case AST_NODE_TYPES.JSXAttribute:
          name = jsxAttributeName(parent);
          break;
        case AST_NODE_TYPES.JSXExpressionContainer:
          if (parent.parent?.type === AST_NODE_TYPES.JSXAttribute) name = jsxAttributeName(parent.parent);
          break;
        default:
          break;
      }
      return name;
    }

    /**
     * Where a forward proxy's URL goes: a proxy agent's argument, a proxy setting or environment
     * variable (`proxy`, `httpsProxy`, `HTTPS_PROXY`), or the URL of a proxy object (`proxy: { server }`).
     */
    function isProxyPosition(use: TSESTree.Node, proxyArguments: ReadonlySet<TSESTree.Node>): boolean {
      if (proxyArguments.has(use)) return true;
      const name = valueOwnerName(use)?.toLowerCase();
      if (name === undefined) return false;
      if (PROXY_SETTING_NAMES.has(name)) return true;
      if (!PROXY_OBJECT_URL_KEYS.has(name) || use.parent?.type !== AST_NODE_TYPES.Property) return false;
      const owner = valueOwnerName(skipWrappersUp(use.parent.parent))?.toLowerCase();
      return owner !== undefined && PROXY_SETTING_NAMES.has(owner);
    }

    /** The value a URL is part of: through `??`/`||`, the branches of a ternary and `new URL(url)`. */
    function valueRoot(node: TSESTree.Node): TSESTree.Node {
      let current = skipWrappersUp(node);
      for (let step = 0; step < MAX_LOG_STEPS; step++) {
        const parent = current.parent;
        if (!parent) break;
        const passes =
          (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== "&&") ||
          (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
          (parent.type === AST_NODE_TYPES.NewExpression && parent.arguments[0] === current && isGlobalNamed(parent.callee, "URL", scope));
        if (!passes) break;
        current = skipWrappersUp(parent);
      }
      return current;
    }

    /**
     * A forward proxy's URL: written in a proxy position, or held by a constant that is only read in
     * such positions (`const PROXY = "http://squid:3128"; new HttpsProxyAgent(PROXY)`). HTTPS goes
     * through a proxy in a CONNECT tunnel, so its `http://` exposes nothing by itself.
     */
    function isProxyUrl(expression: TSESTree.Node, proxyArguments: ReadonlySet<TSESTree.Node>): boolean {
      const use = valueRoot(expression);
      if (isProxyPosition(use, proxyArguments)) return true;
      const declarator = use.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== use || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = sourceCode.getDeclaredVariables(declarator)[0];
      if (!variable || variable.references.some((reference) => reference.isWrite() && !reference.init)) return false;
      const reads = variable.references.filter((reference) => reference.isRead());
      return reads.length > 0 && reads.every((reference) => isProxyPosition(valueRoot(reference.identifier as TSESTree.Node), proxyArguments));
    }

    /** The values proxy agents receive as the proxy's URL (`new ProxyAgent(url)`, `new HttpsProxyAgent(url)`, `{ uri }`). */
    function findProxyArguments(): Set<TSESTree.Node> {
      const nodes = new Set<TSESTree.Node>();
      for (const reference of findModuleReferences(context, PROXY_TRACE_MAP)) {
        if (reference.kind === "read") continue;
        const call = reference.node as Call;
        for (const spec of reference.info) {
          for (const index of spec.args) {
            const argument = call.arguments[index];
            if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
            for (const path of spec.paths) for (const value of findOptionValues(argument, path, scope)) nodes.add(skipWrappersUp(value));
          }
        }
      }
      return nodes;
    }

    /**
     * Method calls on the object `created` makes, also when it is assigned to a variable declared
     * elsewhere (`let agent; beforeEach(() => { agent = new MockAgent(); })`).
     */
    function createdObjectCalls(created: TSESTree.Node): { call: TSESTree.CallExpression; method: string }[] {
      const out = findCreatedObjectCalls(created, scope);
      const use = skipWrappersUp(created);
      const assignment = use.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.right !== use || assignment.left.type !== AST_NODE_TYPES.Identifier) return out;
      const variable = findVariable(sourceCode.getScope(assignment) as never, assignment.left as never) as TSESLint.Scope.Variable | null;
      for (const reference of variable?.references ?? []) {
        if (!reference.isRead()) continue;
        const object = skipWrappersUp(reference.identifier as TSESTree.Node);
        const member = object.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== object) continue;
        const call = member.parent;
        const method = getLiteralKeyName(member.property, member.computed);
        if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === member && method !== undefined) out.push({ call, method });
      }
      return out;
    }

    /** Calls of test doubles whose URL arguments are never connected to: nock, msw, fetch-mock, undici's MockAgent. */
    function findMockCalls(): Set<TSESTree.Node> {
      const calls = new Set<TSESTree.Node>();
      for (const reference of findModuleReferences(context, MOCK_TRACE_MAP)) {
        if (reference.kind === "read") continue;
        for (const use of reference.info) {
          if (use.instanceMethods) {
            for (const { call, method } of createdObjectCalls(reference.node)) if (use.instanceMethods.has(method)) calls.add(call);
            continue;
          }
          calls.add(reference.node);
          for (const link of use.chained ? getChainedCalls(reference.node) : []) {
            if (link.method !== undefined && use.chained?.has(link.method)) calls.add(link.call);
          }
        }
      }
      return calls;
    }

    /**
     * Contexts where a URL string is a name, a pattern, a message, a description or test data rather
     * than an address to connect to.
     */
    function isInertUrlPosition(node: TSESTree.Node, mockCalls: ReadonlySet<TSESTree.Node>): boolean {
      const use = skipWrappersUp(node);
      if (isInertParent(use, mockCalls)) return true;
      return isLoggedText(use) || isDescriptiveValue(use) || isAssertionData(use) || isTestEnvironmentSetup(use);
    }

    function isInertParent(use: TSESTree.Node, mockCalls: ReadonlySet<TSESTree.Node>): boolean {
      const parent = use.parent;
      if (!parent || isModuleOrTypeNameString(use)) return true;
      switch (parent.type) {
        case AST_NODE_TYPES.SwitchCase:
          return true;
        case AST_NODE_TYPES.Property:
        case AST_NODE_TYPES.PropertyDefinition:
        case AST_NODE_TYPES.MethodDefinition:
        case AST_NODE_TYPES.TSPropertySignature:
          return parent.key === use;
        case AST_NODE_TYPES.TSEnumMember:
          return parent.id === use;
        case AST_NODE_TYPES.ExpressionStatement:
          return parent.directive !== undefined;
        case AST_NODE_TYPES.BinaryExpression:
          return COMPARISONS.has(parent.operator);
        case AST_NODE_TYPES.JSXAttribute:
          return isXmlnsAttribute(parent);
        case AST_NODE_TYPES.JSXExpressionContainer:
          return parent.parent?.type === AST_NODE_TYPES.JSXAttribute && isXmlnsAttribute(parent.parent);
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression: {
          if (parent.callee === use) return true;
          if (mockCalls.has(parent)) return true;
          const callee = unwrapExpression(parent.callee);
          if (callee.type === AST_NODE_TYPES.Identifier && callee.name === "RegExp") return true;
          if (callee.type === AST_NODE_TYPES.MemberExpression) {
            if (unwrapExpression(callee.object) === use) return true;
            const method = getLiteralKeyName(callee.property, callee.computed);
            if (method !== undefined && STRING_CHECK_METHODS.has(method)) return true;
          }
          return false;
        }
        case AST_NODE_TYPES.MemberExpression:
          return parent.object === use;
        default:
          return false;
      }
    }

    /**
     * `new URL(…)` used to parse rather than to name an endpoint: a base next to an input that may be
     * absolute (`new URL(req.url, "http://localhost")`, `new URL(uri, "http://dummy.com")`), or a URL
     * around a run-time host (`new URL(`http://${req.headers.host}`)`, `new URL("http://[" + ip + "]")`).
     */
    function isUrlParsing(expression: TSESTree.Node, value: UrlValue): boolean {
      const use = skipWrappersUp(expression);
      const parent = use.parent;
      if (parent?.type !== AST_NODE_TYPES.NewExpression || !isGlobalNamed(parent.callee, "URL", scope)) return false;
      const index = parent.arguments.indexOf(use as TSESTree.CallExpressionArgument);
      if (index === 0) return value.hostText === undefined || value.hostLabel.includes("…");
      const input = parent.arguments[0];
      const first = input && input.type !== AST_NODE_TYPES.SpreadElement ? getStringParts(input, scope)?.[0] : undefined;
      return index === 1 && !(first?.kind === "text" && !SCHEME_PREFIX.test(first.text));
    }

    /**
     * The addresses of vector-store and database clients (`new QdrantClient({ url })`, `new
     * ChromaClient({ path })`) whose scheme decides their transport: no-plaintext-vector-store judges
     * them with the client's TLS switches and defaults, so the all-URLs pass leaves their schemes alone.
     */
    function coverVectorStoreUrls(): void {
      if (!importsAnyOf(context, VECTOR_STORE_MODULES)) return;
      for (const use of findSdkClientCalls(context, VECTOR_STORE_CLIENTS)) {
        for (const options of getSdkOptionsObjects(use.node, use.construction, scope)) {
          for (const endpoint of use.spec.endpoints) {
            for (const place of [...(endpoint.urls ?? []), ...(endpoint.hosts ?? [])]) {
              const setting = readSetting(use.node, options, place, scope);
              if (setting.state !== "present") continue;
              // The addresses as no-plaintext-vector-store reads them: lists (`nodes: [...]`), node
              // objects (`{ url }`), both branches of a ternary.
              const addresses = readAddressCandidates(setting.node, scope).map((candidate) => candidate.node);
              for (const value of addresses.flatMap((address) => resolveUrlValues(address, scope))) {
                const scheme = value.url.scheme;
                if (scheme === undefined || !Object.hasOwn(endpoint.schemes ?? {}, scheme)) continue;
                const first = value.parts[0];
                const target = first?.kind === "text" ? schemeTextNode(first.node) : undefined;
                if (target) coveredSchemeNodes.add(target);
              }
            }
          }
        }
      }
    }

    function checkUrlLiterals(): void {
      if (urlLiterals.length === 0) return;
      coverVectorStoreUrls();
      const mockCalls = findMockCalls();
      const proxyArguments = findProxyArguments();
      for (const { expression, schemeNode } of urlLiterals) {
        if (coveredSchemeNodes.has(schemeNode) || reportedNodes.has(expression)) continue;
        if (isInertUrlPosition(expression, mockCalls) || isProxyUrl(expression, proxyArguments)) continue;
        for (const value of resolveUrlValues(expression, scope)) {
          if (!isUrlParsing(expression, value)) reportUrl(value, "plaintextUrl", "http");
        }
      }
    }

    /** The `+` chain a string begins (`"http://[" + ip + "]"`), so the URL is read whole. */
    function outermostConcatenation(node: TSESTree.Node): TSESTree.Node {
      let current = node;
      while (current.parent?.type === AST_NODE_TYPES.BinaryExpression && current.parent.operator === "+" && current.parent.left === current) {
        current = current.parent;
      }
      return current;
    }

    const listeners: TSESLint.RuleListener = {
      // `process.env.X = …`: only member targets reach the listener.
      "AssignmentExpression[left.type='MemberExpression']"(node: TSESTree.AssignmentExpression & { left: TSESTree.MemberExpression }) {
        if (node.operator !== "=" && node.operator !== "??=" && node.operator !== "||=") return;
        const path = getMemberPath(node.left);
        if (!path || path.length !== 3 || path[0] !== "process" || path[1] !== "env") return;
        const traffic = endpointEnvTraffic(path[2]!);
        if (traffic) envAssignments.push({ traffic, value: node.right });
      },
      "Program:exit"() {
        scope = getFileScope(context);
        if (importsAnyOf(context, SINK_MODULES)) {
          checkModuleSinks();
          checkGrpc();
        }
        if (serverCreation) checkServers();
        checkGlobalSinks();
        checkUniqueOptions();
        checkEnvAssignments();
        checkUrlLiterals();
      },
    };
    if (fileMentions(context, UNIQUE_OPTION_MENTIONS)) {
      listeners.Property = (node) => {
        if (node.parent.type === AST_NODE_TYPES.ObjectPattern) return;
        const name = getLiteralKeyName(node.key, node.computed);
        if (name !== undefined && UNIQUE_OPTION_NAMES.has(name)) uniqueOptionProperties.push(node);
      };
    }
    if (strictAllUrls) {
      listeners.Literal = (node) => {
        if (typeof node.value === "string" && URL_START.test(node.value) && !WHITESPACE.test(node.value)) {
          urlLiterals.push({ expression: outermostConcatenation(node), schemeNode: node });
        }
      };
      listeners.TemplateLiteral = (node) => {
        const first = node.quasis[0]?.value.cooked ?? "";
        if (URL_START.test(first) && !node.quasis.some((quasi) => WHITESPACE.test(quasi.value.cooked ?? quasi.value.raw))) {
          urlLiterals.push({ expression: outermostConcatenation(node), schemeNode: node.quasis[0]! });
        }
      };
    }
    return listeners;
  },
});

function jsxAttributeName(attribute: TSESTree.JSXAttribute): string {
  return attribute.name.type === AST_NODE_TYPES.JSXNamespacedName ? attribute.name.namespace.name : attribute.name.name;
}

function isXmlnsAttribute(attribute: TSESTree.JSXAttribute): boolean {
  return jsxAttributeName(attribute).toLowerCase().startsWith("xmlns");
}
