import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, unwrapExpression } from "../analysis/ast";
import { CALL, CONSTRUCT, findModuleReferences, importsAnyOf, type TraceMap } from "../analysis/modules";
import { findProperty, resolveObjectExpression, resolveObjectExpressions } from "../analysis/objects";
import { getFileScope, resolveCandidates, resolveIdentifierInit, resolveValue, type Scope } from "../analysis/static-value";
import { getStringParts } from "../analysis/string-parts";
import { hostMatches, isInternalHost, isLoopbackHost, parseUrlParts } from "../analysis/url";
import { findInstanceUses, resolveInstanceOrigin } from "../analysis/tracked-instances";
import { createRule } from "../util/create-rule";

type Options = [{ internalHosts?: string[] }];
type MessageIds = "missingClientCert" | "missingGrpcClientCert";

type Kind =
  | "httpsRequest"
  | "httpsAgent"
  | "tlsConnect"
  | "secureContext"
  | "http2Connect"
  | "undiciAgent"
  | "undiciPool"
  | "undiciFetch"
  | "axiosCall"
  | "axiosCreate"
  | "axiosRequest"
  | "axiosNoData"
  | "axiosWithData"
  | "ws"
  | "grpcSsl"
  | "grpcSecureContext";

const call = (kind: Kind) => ({ [CALL]: kind });
const construct = (kind: Kind) => ({ [CONSTRUCT]: kind });

const AXIOS_METHODS = {
  ...call("axiosCall"),
  create: call("axiosCreate"),
  request: call("axiosRequest"),
  get: call("axiosNoData"),
  delete: call("axiosNoData"),
  head: call("axiosNoData"),
  options: call("axiosNoData"),
  post: call("axiosWithData"),
  put: call("axiosWithData"),
  patch: call("axiosWithData"),
};
const GRPC_CREDENTIALS = { createSsl: call("grpcSsl"), createFromSecureContext: call("grpcSecureContext") };

const TRACE_MAP: TraceMap<Kind> = {
  https: { request: call("httpsRequest"), get: call("httpsRequest"), Agent: construct("httpsAgent") },
  tls: { connect: call("tlsConnect"), createSecureContext: call("secureContext") },
  http2: { connect: call("http2Connect") },
  undici: {
    Agent: construct("undiciAgent"),
    Pool: construct("undiciPool"),
    Client: construct("undiciPool"),
    fetch: call("undiciFetch"),
    request: call("undiciFetch"),
  },
  axios: { ...AXIOS_METHODS, default: AXIOS_METHODS },
  ws: { ...construct("ws"), WebSocket: construct("ws") },
  "@grpc/grpc-js": { credentials: GRPC_CREDENTIALS, ChannelCredentials: GRPC_CREDENTIALS },
};
const WATCHED_MODULES = Object.keys(TRACE_MAP);

/** Whether a client certificate is configured: `unknown` when options come from elsewhere (a parameter, an import). */
type CertState = "present" | "absent" | "unknown";

const CERT_KEYS = ["cert", "key", "pfx"] as const;
const MAX_DEPTH = 8;

interface Target {
  host: string;
  node: TSESTree.Node;
}

function combine(...states: CertState[]): CertState {
  if (states.includes("present")) return "present";
  if (states.includes("unknown")) return "unknown";
  return "absent";
}

function isAbsentValue(node: TSESTree.Node, scope: Scope): boolean {
  const known = resolveValue(node, scope);
  return known !== null && (known.value === undefined || known.value === null || known.value === false || known.value === "");
}

function isFunctionNode(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.ArrowFunctionExpression || inner.type === AST_NODE_TYPES.FunctionExpression;
}

/** The host of a gRPC target: `host:port`, `dns:///host:port`, `dns:host`, `ipv4:addr:port`; undefined for `unix:`, `xds:` and others. */
export function parseGrpcTargetHost(target: string): string | undefined {
  let rest = target.trim();
  const lower = rest.toLowerCase();
  if (lower.startsWith("dns:")) {
    rest = rest.slice(4);
    if (rest.startsWith("//")) {
      const slash = rest.indexOf("/", 2);
      if (slash < 0) return undefined;
      rest = rest.slice(slash + 1);
    }
  } else if (lower.startsWith("ipv4:") || lower.startsWith("ipv6:")) {
    rest = rest.slice(5).split(",")[0] ?? "";
  } else if (/^[a-z][a-z\d+.-]*:/i.test(rest) && !/^[^:/]+:\d+$/.test(rest)) {
    return undefined;
  }
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    return close > 0 ? rest.slice(1, close).toLowerCase() : undefined;
  }
  const colon = rest.indexOf(":");
  const host = colon >= 0 ? rest.slice(0, colon) : rest;
  return host === "" || host.includes("/") ? undefined : host.toLowerCase();
}

export default createRule<Options, MessageIds>({
  name: "require-mtls-internal",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a client certificate (mutual TLS) on TLS connections to internal services",
      recommended: "strict",
      cwe: [295, 306],
    },
    schema: [
      {
        type: "object",
        properties: {
          internalHosts: {
            type: "array",
            items: { type: "string" },
            description:
              "More hosts to treat as internal, besides private addresses, single-label names and internal suffixes: exact names, or `*.example.com` for a domain and its subdomains.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingClientCert:
        "TLS to the internal service '{{host}}' authenticates only the server: give this client a certificate and key (cert and key, or pfx) so the service can verify who is calling (mutual TLS).",
      missingGrpcClientCert:
        "These gRPC TLS credentials for the internal service '{{host}}' carry no client certificate: pass the private key and certificate chain to createSsl(rootCerts, privateKey, certChain) so the service can verify who is calling (mutual TLS).",
    },
    defaultOptions: [{ internalHosts: [] }],
  },
  create(context, [options]) {
    const extraHosts = options.internalHosts ?? [];
    const isInternal = (host: string): boolean =>
      !isLoopbackHost(host) && (isInternalHost(host) || extraHosts.some((pattern) => hostMatches(host, pattern)));

    return {
      "Program:exit"() {
        if (!importsAnyOf(context, WATCHED_MODULES)) return;
        const scope = getFileScope(context);
        const references = findModuleReferences(context, TRACE_MAP);
        const originKinds = new Map<TSESTree.Node, Kind>();
        for (const ref of references) originKinds.set(ref.node, ref.info);
        const reported = new Set<TSESTree.Node>();

        const report = (targets: readonly Target[], state: CertState): void => {
          if (state !== "absent") return;
          for (const target of targets) {
            if (!isInternal(target.host) || reported.has(target.node)) continue;
            reported.add(target.node);
            context.report({ node: target.node, messageId: "missingClientCert", data: { host: target.host } });
          }
        };

        for (const ref of references) {
          const node = ref.node;
          if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
          const args = node.arguments;
          switch (ref.info) {
            case "httpsRequest":
              checkHttpsRequest(args);
              break;
            case "tlsConnect":
              checkTlsConnect(args);
              break;
            case "http2Connect":
              report(urlTargets(args[0], ["https"]), certState(args[1]));
              break;
            case "undiciPool": {
              const options = args[1];
              report(urlTargets(args[0], ["https"]), options ? connectState(options) : "absent");
              break;
            }
            case "undiciFetch":
              checkDispatcherFetch(node);
              break;
            case "axiosCall":
            case "axiosCreate":
            case "axiosRequest":
            case "axiosNoData":
            case "axiosWithData":
              checkAxios(node, ref.info);
              break;
            case "ws":
              checkWebSocket(args);
              break;
            case "grpcSsl":
              checkGrpcSsl(node);
              break;
            case "grpcSecureContext":
              checkGrpcSecureContext(node);
              break;
            default:
              break;
          }
        }
        for (const fetchCall of globalFetchCalls()) checkDispatcherFetch(fetchCall);

        type Args = TSESTree.CallExpressionArgument[];

        function argument(args: Args, index: number): TSESTree.Expression | undefined {
          const arg = args[index];
          return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : undefined;
        }

        /** `https.request(url)`, `https.request(url, options)`, `https.request(options)`. */
        function checkHttpsRequest(args: Args): void {
          const first = argument(args, 0);
          if (!first) return;
          const firstIsOptions = resolveObjectExpressions(first, scope).length > 0;
          const url = firstIsOptions ? undefined : first;
          const optionsNode = firstIsOptions ? first : argument(args, 1);
          if (optionsNode && isFunctionNode(optionsNode)) {
            if (url) report(urlTargets(url, ["https"]), "absent");
            return;
          }
          const optionsObject = optionsNode ? resolveObjectExpression(optionsNode, scope) : null;
          if (optionsNode && !optionsObject) return;
          let targets: Target[] = [];
          if (optionsObject) {
            const protocol = findProperty(optionsObject, "protocol", scope);
            if (protocol && resolveCandidates(protocol.value, scope).some((c) => c.value === "http:")) return;
            const host = findProperty(optionsObject, "hostname", scope) ?? findProperty(optionsObject, "host", scope);
            if (host) targets = hostTargets(host.value);
          }
          if (targets.length === 0 && url) targets = urlTargets(url, ["https"]);
          if (targets.length === 0) return;
          report(targets, combine(certState(optionsNode), agentState(optionsObject, "agent")));
        }

        /** `tls.connect(options)`, `tls.connect(port, host, options)`. */
        function checkTlsConnect(args: Args): void {
          const first = argument(args, 0);
          if (!first) return;
          if (resolveObjectExpressions(first, scope).length > 0) {
            const object = resolveObjectExpression(first, scope);
            if (!object) return;
            if (findProperty(object, "socket", scope) || findProperty(object, "path", scope)) return;
            const host = findProperty(object, "host", scope);
            if (host) report(hostTargets(host.value), certState(first));
            return;
          }
          const port = resolveValue(first, scope);
          if (!port || typeof port.value !== "number") return;
          const host = argument(args, 1);
          if (!host || resolveObjectExpressions(host, scope).length > 0 || isFunctionNode(host)) return;
          const optionsNode = argument(args, 2);
          report(hostTargets(host), optionsNode && !isFunctionNode(optionsNode) ? certState(optionsNode) : "absent");
        }

        /** `fetch(url, { dispatcher: agent })` / undici `request(url, { dispatcher })` with an undici `Agent` made in this file. */
        function checkDispatcherFetch(fetchCall: TSESTree.CallExpression | TSESTree.NewExpression): void {
          const url = argument(fetchCall.arguments, 0);
          const init = argument(fetchCall.arguments, 1);
          if (!url || !init) return;
          const object = resolveObjectExpression(init, scope);
          const dispatcher = object ? findProperty(object, "dispatcher", scope) : undefined;
          if (!dispatcher) return;
          const origin = resolveInstanceOrigin(context, dispatcher.value, scope);
          if (!origin || originKinds.get(origin) !== "undiciAgent") return;
          const agentOptions = argument((origin as TSESTree.NewExpression).arguments, 0);
          report(urlTargets(url, ["https"]), agentOptions ? connectState(agentOptions) : "absent");
        }

        /** axios calls and `axios.create` whose config sets `httpsAgent`. */
        function checkAxios(axiosCall: TSESTree.CallExpression | TSESTree.NewExpression, kind: Kind): void {
          const args = axiosCall.arguments;
          let configNode: TSESTree.Node | undefined;
          let urlNode: TSESTree.Node | undefined;
          if (kind === "axiosCreate" || kind === "axiosRequest") configNode = argument(args, 0);
          else if (kind === "axiosNoData") [urlNode, configNode] = [argument(args, 0), argument(args, 1)];
          else if (kind === "axiosWithData") [urlNode, configNode] = [argument(args, 0), argument(args, 2)];
          else {
            const first = argument(args, 0);
            if (first && resolveObjectExpressions(first, scope).length > 0) configNode = first;
            else [urlNode, configNode] = [first, argument(args, 1)];
          }
          const config = configNode ? resolveObjectExpression(configNode, scope) : null;
          if (!config) return;
          const agent = findProperty(config, "httpsAgent", scope);
          if (!agent) return;
          const configUrl = findProperty(config, "url", scope)?.value;
          const baseUrl = findProperty(config, "baseURL", scope)?.value;
          let targets: Target[] = [];
          for (const candidate of [urlNode, configUrl]) if (candidate && targets.length === 0) targets = urlTargets(candidate, ["https"]);
          if (targets.length === 0 && baseUrl) targets = urlTargets(baseUrl, ["https"]);
          report(targets, agentState(config, "httpsAgent"));
        }

        /** `new WebSocket("wss://…", protocols?, options?)` from `ws`. */
        function checkWebSocket(args: Args): void {
          const address = argument(args, 0);
          if (!address) return;
          const second = argument(args, 1);
          const optionsNode = second && resolveObjectExpressions(second, scope).length > 0 ? second : argument(args, 2);
          const optionsObject = optionsNode ? resolveObjectExpression(optionsNode, scope) : null;
          if (optionsNode && !optionsObject) return;
          report(urlTargets(address, ["wss"]), combine(certState(optionsNode), agentState(optionsObject, "agent")));
        }

        function checkGrpcSsl(sslCall: TSESTree.CallExpression | TSESTree.NewExpression): void {
          const key = argument(sslCall.arguments, 1);
          const chain = argument(sslCall.arguments, 2);
          if (sslCall.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return;
          if ((key && !isAbsentValue(key, scope)) || (chain && !isAbsentValue(chain, scope))) return;
          reportGrpc(sslCall);
        }

        function checkGrpcSecureContext(contextCall: TSESTree.CallExpression | TSESTree.NewExpression): void {
          const secureContext = argument(contextCall.arguments, 0);
          if (!secureContext) return;
          if (secureContextState(secureContext) === "absent") reportGrpc(contextCall);
        }

        function reportGrpc(credentialsCall: TSESTree.Node): void {
          for (const target of grpcTargets(credentialsCall, 0)) {
            if (!isInternal(target.host) || reported.has(credentialsCall)) continue;
            reported.add(credentialsCall);
            context.report({ node: credentialsCall, messageId: "missingGrpcClientCert", data: { host: target.host } });
          }
        }

        /** The targets of the clients built with these credentials: `new Client(target, creds)`, through variables and `combineChannelCredentials`. */
        function grpcTargets(credentials: TSESTree.Node, depth: number): Target[] {
          if (depth > MAX_DEPTH) return [];
          const out: Target[] = [];
          for (const use of findInstanceUses(context, credentials)) {
            const parent = use.parent;
            if (!parent) continue;
            if (parent.type === AST_NODE_TYPES.NewExpression && parent.arguments[1] === use) {
              const target = argument(parent.arguments, 0);
              if (!target) continue;
              for (const candidate of resolveCandidates(target, scope)) {
                if (typeof candidate.value !== "string") continue;
                const host = parseGrpcTargetHost(candidate.value);
                if (host) out.push({ host, node: candidate.node });
              }
            } else if (
              parent.type === AST_NODE_TYPES.CallExpression &&
              parent.arguments[0] === use &&
              parent.callee.type === AST_NODE_TYPES.MemberExpression &&
              getLiteralKeyName(parent.callee.property, parent.callee.computed) === "combineChannelCredentials"
            ) {
              out.push(...grpcTargets(parent, depth + 1));
            }
          }
          return out;
        }

        /** Hosts a `host`/`hostname` value can take (a `host:port` string is split). */
        function hostTargets(node: TSESTree.Node): Target[] {
          const out: Target[] = [];
          for (const candidate of resolveCandidates(node, scope)) {
            if (typeof candidate.value !== "string") continue;
            const value = candidate.value;
            let host = value;
            if (value.startsWith("[")) host = value.slice(1, Math.max(1, value.indexOf("]")));
            else if (value.indexOf(":") === value.lastIndexOf(":")) host = value.split(":")[0]!;
            if (host) out.push({ host: host.toLowerCase(), node: candidate.node });
          }
          return out;
        }

        /** Hosts of a URL (string, template, `new URL(…)`, constants, both branches of a ternary) with one of `schemes`. */
        function urlTargets(node: TSESTree.Node | undefined, schemes: readonly string[], depth = 0): Target[] {
          if (!node || depth > MAX_DEPTH) return [];
          const inner = unwrapExpression(node);
          if (inner.type === AST_NODE_TYPES.ConditionalExpression) {
            return [...urlTargets(inner.consequent, schemes, depth + 1), ...urlTargets(inner.alternate, schemes, depth + 1)];
          }
          if (inner.type === AST_NODE_TYPES.NewExpression && inner.callee.type === AST_NODE_TYPES.Identifier && inner.callee.name === "URL") {
            const [path, base] = inner.arguments;
            const fromPath = path && path.type !== AST_NODE_TYPES.SpreadElement ? urlTargets(path, schemes, depth + 1) : [];
            if (fromPath.length > 0 || !base || base.type === AST_NODE_TYPES.SpreadElement) return fromPath.map((t) => ({ ...t, node }));
            return urlTargets(base, schemes, depth + 1).map((t) => ({ ...t, node }));
          }
          if (inner.type === AST_NODE_TYPES.Identifier) {
            const init = resolveIdentifierInit(inner, scope);
            const initInner = init ? unwrapExpression(init) : undefined;
            if (initInner && (initInner.type === AST_NODE_TYPES.NewExpression || initInner.type === AST_NODE_TYPES.ConditionalExpression)) {
              return urlTargets(initInner, schemes, depth + 1).map((t) => ({ ...t, node: initInner.type === AST_NODE_TYPES.NewExpression ? node : t.node }));
            }
          }
          const parts = getStringParts(node, scope);
          const url = parts ? parseUrlParts(parts) : undefined;
          if (!url?.host || !url.scheme || !schemes.includes(url.scheme)) return [];
          return [{ host: url.host, node }];
        }

        /** Client certificate in TLS options: `cert`, `key`, `pfx`, or a `secureContext` made with them. */
        function certState(node: TSESTree.Node | undefined): CertState {
          if (!node) return "absent";
          const objects = resolveObjectExpressions(node, scope);
          if (objects.length === 0) return "unknown";
          const states = objects.map((object): CertState => {
            if (object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && resolveObjectExpressions(p.argument, scope).length === 0)) {
              return "unknown";
            }
            for (const key of CERT_KEYS) {
              const property = findProperty(object, key, scope);
              if (property && !isAbsentValue(property.value, scope)) return "present";
            }
            const secureContext = findProperty(object, "secureContext", scope);
            if (secureContext && !isAbsentValue(secureContext.value, scope)) return secureContextState(secureContext.value);
            return "absent";
          });
          if (states.includes("unknown")) return "unknown";
          return states.includes("absent") ? "absent" : "present";
        }

        function secureContextState(node: TSESTree.Node): CertState {
          const origin = resolveInstanceOrigin(context, node, scope);
          if (!origin || originKinds.get(origin) !== "secureContext") return "unknown";
          return certState(argument((origin as TSESTree.CallExpression).arguments, 0));
        }

        /** undici `{ connect: {…} }`: a connect function builds sockets its own way. */
        function connectState(optionsNode: TSESTree.Node): CertState {
          const object = resolveObjectExpression(optionsNode, scope);
          if (!object) return "unknown";
          if (object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && resolveObjectExpressions(p.argument, scope).length === 0)) return "unknown";
          const connect = findProperty(object, "connect", scope);
          if (!connect || isAbsentValue(connect.value, scope)) return "absent";
          if (isFunctionNode(connect.value)) return "unknown";
          return certState(connect.value);
        }

        /** The certificate state of an `https.Agent` passed as `agent`/`httpsAgent`; no agent means the global agent, which has none. */
        function agentState(object: TSESTree.ObjectExpression | null, key: string): CertState {
          const agent = object ? findProperty(object, key, scope) : undefined;
          if (!agent || isAbsentValue(agent.value, scope)) return "absent";
          const origin = resolveInstanceOrigin(context, agent.value, scope);
          if (!origin || originKinds.get(origin) !== "httpsAgent") return "unknown";
          return certState(argument((origin as TSESTree.NewExpression).arguments, 0));
        }

        /** Calls of the global `fetch` (not a local or imported binding). */
        function globalFetchCalls(): TSESTree.CallExpression[] {
          const globalScope = context.sourceCode.scopeManager?.globalScope;
          if (!globalScope) return [];
          const references = [...globalScope.through.filter((r) => r.identifier.name === "fetch"), ...(globalScope.set.get("fetch")?.references ?? [])];
          const out: TSESTree.CallExpression[] = [];
          for (const reference of references) {
            const parent = (reference.identifier as TSESTree.Node).parent;
            if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier) out.push(parent);
          }
          return out;
        }
      },
    };
  },
});
