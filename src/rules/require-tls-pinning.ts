import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getCalleeName, getMemberPath, getTrailingName, unwrapExpression } from "../analysis/ast";
import { CALL, CONSTRUCT, findModuleReferences, importsAnyOf, type TraceMap } from "../analysis/modules";
import { findProperty, getObjectProperties, resolveObjectExpression, resolveObjectExpressions } from "../analysis/objects";
import { resolveIdentifierInit, resolveStrings, resolveValue, type Scope } from "../analysis/static-value";
import { getStringParts } from "../analysis/string-parts";
import { isLoopbackHost, parseUrlParts, parseUrlString } from "../analysis/url";
import { findValueDestinations, resolveFunctionNode, type ValueDestination } from "../analysis/value-destinations";
import {
  AGENT_CONTAINER_KEYS,
  AGENT_OPTION_KEYS,
  AGENT_WRAPPERS,
  CLIENT_FACTORY_METHODS,
  HOST_OPTION_KEYS,
  INSTANCE_REQUEST_METHODS,
  PIN_CERT_FIELDS,
  PIN_COMPARE_CALLS,
  PUBLIC_CA_BUNDLE_HINTS,
  SENSITIVE_CLIENTS,
  URL_OPTION_KEYS,
  findSensitiveHost,
  type SensitiveClient,
} from "../knowledge/sensitive-hosts";
import { createRule } from "../util/create-rule";

type Options = [{ hosts?: string[]; requireForSdkClients?: boolean }];
type MessageIds = "missingPin" | "pinWithoutHostnameCheck" | "sdkDefaultTls" | "sdkDefaultTlsNoHook";
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** A traced reference: a connection kind, or `sdk:<index into SENSITIVE_CLIENTS>`. */
type Info = string;

type ConnectionKind = "https-agent" | "undici-agent" | "undici-pool" | "undici-proxy" | "tls-connect";

const CONNECTION_TRACE: TraceMap<Info> = {
  https: { Agent: { [CONSTRUCT]: "https-agent" } },
  tls: { connect: { [CALL]: "tls-connect" } },
  undici: {
    Agent: { [CONSTRUCT]: "undici-agent" },
    Pool: { [CONSTRUCT]: "undici-pool" },
    Client: { [CONSTRUCT]: "undici-pool" },
    ProxyAgent: { [CONSTRUCT]: "undici-proxy" },
    setGlobalDispatcher: { [CALL]: "global-dispatcher" },
  },
};

function buildSdkTrace(): TraceMap<Info> {
  const trace: TraceMap<Info> = {};
  SENSITIVE_CLIENTS.forEach((client, index) => {
    const moduleMap = (trace[client.module] ??= {}) as TraceMap<Info>;
    const marker = { [CALL]: `sdk:${index}`, [CONSTRUCT]: `sdk:${index}` };
    for (const name of client.exports) {
      if (name === "") Object.assign(moduleMap, marker);
      else moduleMap[name] = marker;
    }
  });
  return trace;
}

const SDK_TRACE = buildSdkTrace();
const WATCHED_MODULES = [...Object.keys(CONNECTION_TRACE), ...Object.keys(SDK_TRACE)];

/** Pinning settings of one connection: proven, proven absent, pins without the hostname check, or not knowable here. */
type Verdict =
  | { kind: "pinned" }
  | { kind: "none" }
  | { kind: "unknown" }
  | { kind: "pinWithoutHostname"; node: TSESTree.Node };

const PINNED: Verdict = { kind: "pinned" };
const NONE: Verdict = { kind: "none" };
const UNKNOWN: Verdict = { kind: "unknown" };

function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.length === 0) return NONE;
  if (verdicts.some((v) => v.kind === "unknown")) return UNKNOWN;
  const weak = verdicts.find((v) => v.kind === "pinWithoutHostname");
  if (weak) return weak;
  return verdicts.every((v) => v.kind === "pinned") ? PINNED : NONE;
}

function argumentAt(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.Expression | undefined {
  const arg = call.arguments[index];
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : undefined;
}

function isNullish(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return (inner.type === AST_NODE_TYPES.Literal && inner.value === null) || (inner.type === AST_NODE_TYPES.Identifier && inner.name === "undefined");
}

/** Whether an object literal has a spread the file cannot open (its keys are unknown). */
function hasOpaqueSpread(object: TSESTree.ObjectExpression, scope: Scope): boolean {
  return object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && resolveObjectExpressions(p.argument, scope).length === 0);
}

export default createRule<Options, MessageIds>({
  name: "require-tls-pinning",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require certificate pinning on TLS connections the code builds for model-provider, secret-store and payment APIs",
      recommended: "strict",
      cwe: [295],
    },
    schema: [
      {
        type: "object",
        properties: {
          hosts: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "More high-sensitivity hosts, exact or with `*` wildcards (`payments.internal.example.com`, `*.vault.example.net`).",
          },
          requireForSdkClients: {
            type: "boolean",
            description: "Also report SDK clients of these services left at their default TLS settings (no agent of their own).",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingPin:
        "This TLS connection to {{service}} is not pinned and trusts any certificate a public CA issues for the host: add a checkServerIdentity that runs tls.checkServerIdentity() and then compares the public-key SHA-256 with your pins, or trust only a private CA through ca.",
      pinWithoutHostnameCheck:
        "This checkServerIdentity compares pins but skips the standard hostname check: call tls.checkServerIdentity(host, cert) first and return its error.",
      sdkDefaultTls:
        "This client of {{service}} uses default TLS with no certificate pinning: give it an agent or dispatcher whose checkServerIdentity compares public-key pins.",
      sdkDefaultTlsNoHook:
        "This client of {{service}} uses default TLS with no certificate pinning and has no per-client TLS option: send its traffic through a pinning egress proxy or a pinned global dispatcher.",
    },
    defaultOptions: [{ hosts: [], requireForSdkClients: false }],
  },
  create(context, [options]) {
    const userHosts = options.hosts ?? [];
    const requireForSdkClients = options.requireForSdkClients === true;
    if (!importsAnyOf(context, WATCHED_MODULES)) return {};
    const sourceCode = context.sourceCode;

    return {
      "Program:exit"() {
        const references = [...findModuleReferences(context, CONNECTION_TRACE), ...findModuleReferences(context, SDK_TRACE)];
        const connections: { node: TSESTree.CallExpression | TSESTree.NewExpression; kind: ConnectionKind }[] = [];
        const sdkCalls = new Map<TSESTree.CallExpression | TSESTree.NewExpression, SensitiveClient>();
        let usesGlobalDispatcher = false;
        for (const ref of references) {
          const node = ref.node;
          if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
          if (ref.info === "global-dispatcher") usesGlobalDispatcher = true;
          else if (ref.info.startsWith("sdk:")) {
            const client = SENSITIVE_CLIENTS[Number(ref.info.slice(4))];
            if (client) sdkCalls.set(node, client);
          } else {
            connections.push({ node, kind: ref.info as ConnectionKind });
          }
        }
        const reported = new Set<TSESTree.Node>();
        const report = (descriptor: Parameters<Context["report"]>[0] & { node: TSESTree.Node }): void => {
          if (reported.has(descriptor.node)) return;
          reported.add(descriptor.node);
          context.report(descriptor);
        };
        const scopeOf = (node: TSESTree.Node): Scope => sourceCode.getScope(node);

        // ----- hosts -----

        /** The hosts a URL (or bare host name) expression can provably name; empty when none is provable. */
        const hostsOf = (raw: TSESTree.Node, bareHost: boolean): string[] => {
          let node = unwrapExpression(raw);
          if (node.type === AST_NODE_TYPES.NewExpression && getTrailingName(node.callee) === "URL") {
            const base = argumentAt(node, 1) ?? argumentAt(node, 0);
            if (!base) return [];
            node = unwrapExpression(base);
          }
          const scope = scopeOf(node);
          const strings = resolveStrings(node, scope);
          if (strings.length > 0) {
            const hosts: string[] = [];
            for (const value of strings) {
              const parsed = parseUrlString(value);
              if (parsed?.host) hosts.push(parsed.host);
              else if (!parsed && bareHost) hosts.push(value.toLowerCase().split(":")[0] ?? "");
            }
            return hosts;
          }
          // `https://api.openai.com/v1/${path}`: the host is known even when the rest is not.
          const parts = getStringParts(node, scope);
          const parsed = parts ? parseUrlParts(parts) : undefined;
          return parsed?.host ? [parsed.host] : [];
        };

        const sensitiveService = (hosts: readonly string[]): string | undefined => {
          for (const host of hosts) {
            if (isLoopbackHost(host)) continue;
            const found = findSensitiveHost(host, userHosts);
            if (found) return found.service;
          }
          return undefined;
        };

        // ----- pinning verdicts -----

        const caVerdict = (value: TSESTree.Node): Verdict => {
          if (isNullish(value)) return NONE;
          let publicBundle = false;
          const inspect = (node: TSESTree.Node, depth: number): void => {
            if (depth > 4 || publicBundle) return;
            const inner = unwrapExpression(node);
            const path = getMemberPath(inner);
            if (path && path[path.length - 1] === "rootCertificates") publicBundle = true;
            if (inner.type === AST_NODE_TYPES.ArrayExpression) {
              for (const element of inner.elements) if (element) inspect(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, depth + 1);
            }
            if (inner.type === AST_NODE_TYPES.CallExpression) for (const arg of inner.arguments) inspect(arg, depth + 1);
            for (const text of resolveStrings(inner, scopeOf(inner))) {
              if (PUBLIC_CA_BUNDLE_HINTS.some((hint) => text.includes(hint))) publicBundle = true;
            }
          };
          inspect(value, 0);
          return publicBundle ? NONE : PINNED;
        };

        /** The TLS verdict of one options object (`ca`, `checkServerIdentity`, `secureContext`). */
        const objectVerdict = (object: TSESTree.ObjectExpression, depth = 0): Verdict => {
          const scope = scopeOf(object);
          if (hasOpaqueSpread(object, scope)) return UNKNOWN;
          const verdicts: Verdict[] = [];
          const ca = findProperty(object, "ca", scope);
          if (ca) verdicts.push(caVerdict(ca.value));
          const check = findProperty(object, "checkServerIdentity", scope);
          if (check) verdicts.push(checkServerIdentityVerdict(check.value));
          const secureContext = findProperty(object, "secureContext", scope);
          if (secureContext) verdicts.push(secureContextVerdict(secureContext.value, depth));
          if (verdicts.some((v) => v.kind === "pinned")) return PINNED;
          if (verdicts.some((v) => v.kind === "unknown")) return UNKNOWN;
          return verdicts.find((v) => v.kind === "pinWithoutHostname") ?? NONE;
        };

        const secureContextVerdict = (value: TSESTree.Node, depth: number): Verdict => {
          let inner: TSESTree.Node | null = unwrapExpression(value);
          if (inner.type === AST_NODE_TYPES.Identifier) {
            const init = resolveIdentifierInit(inner, scopeOf(inner));
            inner = init ? unwrapExpression(init) : null;
          }
          if (inner?.type !== AST_NODE_TYPES.CallExpression || getCalleeName(inner) !== "createSecureContext" || depth > 1) return UNKNOWN;
          const arg = argumentAt(inner, 0);
          const objects = arg ? resolveObjectExpressions(arg, scopeOf(arg)) : [];
          if (!arg) return NONE;
          return objects.length > 0 ? combine(objects.map((o) => objectVerdict(o, depth + 1))) : UNKNOWN;
        };

        /** The options at an argument index: `unknown` when a spread argument may supply them. */
        const optionsAt = (call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.ObjectExpression[] | "unknown" | "absent" => {
          if (call.arguments.slice(0, index + 1).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return "unknown";
          return optionObjects(argumentAt(call, index));
        };

        /** Options objects an argument stands for; `unknown` when it is not a same-file literal. */
        const optionObjects = (node: TSESTree.Node | undefined): TSESTree.ObjectExpression[] | "unknown" | "absent" => {
          if (!node || isNullish(node)) return "absent";
          const objects = resolveObjectExpressions(node, scopeOf(node));
          return objects.length > 0 ? objects : "unknown";
        };

        const verdictOf = (objects: TSESTree.ObjectExpression[] | "unknown" | "absent"): Verdict => {
          if (objects === "absent") return NONE;
          if (objects === "unknown") return UNKNOWN;
          return combine(objects.map((o) => objectVerdict(o)));
        };

        /** The TLS settings of a nested key (`connect` of undici, `requestTls` of ProxyAgent). */
        const nestedVerdict = (container: TSESTree.Node | undefined, key: string): Verdict => {
          const objects = optionObjects(container);
          if (objects === "absent") return NONE;
          if (objects === "unknown") return UNKNOWN;
          return combine(
            objects.map((object) => {
              const scope = scopeOf(object);
              if (hasOpaqueSpread(object, scope)) return UNKNOWN;
              const nested = findProperty(object, key, scope);
              return nested ? verdictOf(optionObjects(nested.value)) : NONE;
            }),
          );
        };

        // ----- checkServerIdentity -----

        interface PinFacts {
          readsPin: boolean;
          compares: boolean;
          standardCheck: boolean;
          opaqueCall: boolean;
        }

        const checkServerIdentityVerdict = (value: TSESTree.Node): Verdict => {
          if (isNullish(value)) return NONE;
          const fn = resolveFunctionNode(value, scopeOf(value));
          if (!fn) return UNKNOWN;
          const facts: PinFacts = { readsPin: false, compares: false, standardCheck: false, opaqueCall: false };
          analyzeFunction(fn, facts, new Set([fn]), 0);
          if (facts.readsPin && facts.compares) return facts.standardCheck ? PINNED : { kind: "pinWithoutHostname", node: value };
          return facts.opaqueCall ? UNKNOWN : NONE;
        };

        const analyzeFunction = (fn: TSESTree.FunctionLike, facts: PinFacts, visited: Set<TSESTree.Node>, depth: number): void => {
          const params = new Set(fn.params.filter((p): p is TSESTree.Identifier => p.type === AST_NODE_TYPES.Identifier).map((p) => p.name));
          const visit = (node: TSESTree.Node): void => {
            switch (node.type) {
              case AST_NODE_TYPES.MemberExpression: {
                const name = node.computed ? undefined : getTrailingName(node);
                const key = name ?? (node.property.type === AST_NODE_TYPES.Literal ? String(node.property.value) : undefined);
                if (key && PIN_CERT_FIELDS.has(key)) facts.readsPin = true;
                break;
              }
              case AST_NODE_TYPES.BinaryExpression:
                if (["===", "!==", "==", "!="].includes(node.operator)) facts.compares = true;
                break;
              case AST_NODE_TYPES.SwitchStatement:
                facts.compares = true;
                break;
              case AST_NODE_TYPES.CallExpression:
                analyzeCall(node, facts, visited, depth, params);
                break;
              default:
                break;
            }
            for (const key of Object.keys(node)) {
              if (key === "parent") continue;
              const child = (node as unknown as Record<string, unknown>)[key];
              if (Array.isArray(child)) {
                for (const item of child) if (item && typeof item === "object" && "type" in item) visit(item as TSESTree.Node);
              } else if (child && typeof child === "object" && "type" in child) {
                visit(child as TSESTree.Node);
              }
            }
          };
          if (fn.body) visit(fn.body);
        };

        const analyzeCall = (call: TSESTree.CallExpression, facts: PinFacts, visited: Set<TSESTree.Node>, depth: number, params: Set<string>): void => {
          const name = getTrailingName(call.callee);
          if (name && PIN_COMPARE_CALLS.has(name)) facts.compares = true;
          const local = resolveFunctionNode(call.callee, scopeOf(call));
          if (local) {
            if (!visited.has(local) && depth < 3) {
              visited.add(local);
              analyzeFunction(local, facts, visited, depth + 1);
            }
            return;
          }
          if (name === "checkServerIdentity") {
            facts.standardCheck = true;
            return;
          }
          // A helper the file does not define, given the certificate: it may be where the pins are compared.
          const passesParam = call.arguments.some((arg) => {
            const inner = unwrapExpression(arg);
            return inner.type === AST_NODE_TYPES.Identifier && params.has(inner.name);
          });
          if (passesParam && !(name && PIN_COMPARE_CALLS.has(name))) facts.opaqueCall = true;
        };

        // ----- where an agent is used -----

        const isAgentPath = (path: readonly string[]): boolean =>
          path.length > 0 && path.some((k) => AGENT_OPTION_KEYS.has(k)) && path.every((k) => AGENT_OPTION_KEYS.has(k) || AGENT_CONTAINER_KEYS.has(k));

        /** Destinations of a value, seen through wrappers such as `new NodeHttpHandler({ httpsAgent })`. */
        const destinationsOf = (node: TSESTree.Node, depth = 0): ValueDestination[] => {
          const out: ValueDestination[] = [];
          for (const destination of findValueDestinations(node, context).destinations) {
            const wrapper = AGENT_WRAPPERS[getCalleeName(destination.call) ?? ""];
            if (wrapper && wrapper.arg === destination.argIndex && depth < 3 && !sdkCalls.has(destination.call)) {
              for (const outer of destinationsOf(destination.call, depth + 1)) out.push({ ...outer, path: [...outer.path, ...destination.path] });
            } else {
              out.push(destination);
            }
          }
          return out;
        };

        const pathsEqual = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

        /** The service an SDK client call reaches, or undefined when it is not provably a sensitive one. */
        const sdkService = (call: TSESTree.CallExpression | TSESTree.NewExpression, client: SensitiveClient): string | undefined => {
          const objects = client.optionsArg === undefined ? "absent" : optionsAt(call, client.optionsArg);
          const endpointValues: { node: TSESTree.Node; bareHost: boolean }[] = [];
          if (client.urlArg !== undefined) {
            const url = argumentAt(call, client.urlArg);
            if (url) endpointValues.push({ node: url, bareHost: false });
          }
          if (Array.isArray(objects)) {
            for (const object of objects) {
              for (const path of client.endpointOptions) {
                const found = propertyAtPath(object, path);
                if (found) endpointValues.push({ node: found, bareHost: false });
              }
              for (const path of client.hostOptions ?? []) {
                const found = propertyAtPath(object, path);
                if (found) endpointValues.push({ node: found, bareHost: true });
              }
            }
          }
          if (endpointValues.length === 0) return client.defaultIsLocal ? undefined : client.service;
          let dynamic = false;
          const hosts: string[] = [];
          for (const value of endpointValues) {
            if (isNullish(value.node)) continue;
            const found = hostsOf(value.node, value.bareHost);
            hosts.push(...found);
            if (found.length === 0) dynamic = true;
          }
          const named = sensitiveService(hosts);
          if (named) return named;
          if (hosts.length > 0) return undefined;
          return dynamic && !client.compatibleProtocol ? client.service : undefined;
        };

        /** A property value down a key path, seeing through agent wrappers (`new NodeHttpHandler({...})`). */
        const propertyAtPath = (object: TSESTree.ObjectExpression, path: readonly string[]): TSESTree.Node | undefined => {
          let current: TSESTree.ObjectExpression | null = object;
          let value: TSESTree.Node | undefined;
          for (let i = 0; i < path.length; i++) {
            if (!current) return undefined;
            const found = findProperty(current, path[i]!, scopeOf(current));
            if (!found) return undefined;
            value = found.value;
            if (i < path.length - 1) current = objectBehind(found.value);
          }
          return value;
        };

        const objectBehind = (value: TSESTree.Node): TSESTree.ObjectExpression | null => {
          const inner = unwrapExpression(value);
          if ((inner.type === AST_NODE_TYPES.NewExpression || inner.type === AST_NODE_TYPES.CallExpression) && AGENT_WRAPPERS[getCalleeName(inner) ?? ""]) {
            const arg = argumentAt(inner, AGENT_WRAPPERS[getCalleeName(inner) ?? ""]!.arg);
            return arg ? resolveObjectExpression(arg, scopeOf(arg)) : null;
          }
          return resolveObjectExpression(inner, scopeOf(inner));
        };

        /** The sensitive service a generic request or client call is for, from its URL or host options. */
        const requestService = (destination: ValueDestination): string | undefined => {
          const { call, argIndex } = destination;
          const hosts: string[] = [];
          const first = argumentAt(call, 0);
          if (first && argIndex > 0) hosts.push(...hostsOf(first, false));
          const container = argumentAt(call, argIndex);
          const object = container ? resolveObjectExpression(container, scopeOf(container)) : null;
          if (object) {
            const scope = scopeOf(object);
            for (const property of getObjectProperties(object, scope)) {
              if (URL_OPTION_KEYS.includes(property.name)) hosts.push(...hostsOf(property.value, false));
              else if (HOST_OPTION_KEYS.includes(property.name)) hosts.push(...hostsOf(property.value, true));
            }
          }
          const direct = sensitiveService(hosts);
          if (direct || hosts.length > 0) return direct;
          return instanceService(call);
        };

        /** `const api = axios.create({ httpsAgent })` then `api.get("https://api.stripe.com/…")`. */
        const instanceService = (call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined => {
          const callee = unwrapExpression(call.callee);
          if (callee.type !== AST_NODE_TYPES.MemberExpression || !CLIENT_FACTORY_METHODS.has(getTrailingName(callee) ?? "")) return undefined;
          const declarator = call.parent;
          if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
          const variable = sourceCode.getDeclaredVariables(declarator)[0];
          const hosts: string[] = [];
          for (const reference of variable?.references ?? []) {
            const identifier = reference.identifier as TSESTree.Node;
            const parent = identifier.parent;
            let request: TSESTree.CallExpression | undefined;
            if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) request = parent;
            else if (
              parent?.type === AST_NODE_TYPES.MemberExpression &&
              parent.object === identifier &&
              INSTANCE_REQUEST_METHODS.has(getTrailingName(parent) ?? "") &&
              parent.parent?.type === AST_NODE_TYPES.CallExpression &&
              parent.parent.callee === parent
            ) {
              request = parent.parent;
            }
            const url = request ? argumentAt(request, 0) : undefined;
            if (url) hosts.push(...hostsOf(url, false));
          }
          return sensitiveService(hosts);
        };

        /**
         * The sensitive service an agent is used for: given to a sensitive SDK client at one of its agent
         * options, or to a request whose URL or host is sensitive and that does not pin by itself.
         */
        const serviceOfAgent = (node: TSESTree.Node): string | undefined => {
          for (const destination of destinationsOf(node)) {
            const client = sdkCalls.get(destination.call);
            if (client) {
              if (destination.argIndex !== client.optionsArg || !client.agentOptions.some((p) => pathsEqual(p, destination.path))) continue;
              const service = sdkService(destination.call, client);
              if (service) return service;
              continue;
            }
            if (!isAgentPath(destination.path)) continue;
            const service = requestService(destination);
            if (!service) continue;
            // `https.request(url, { agent, ca })`: the request itself may pin.
            const request = argumentAt(destination.call, destination.argIndex);
            if (!request || verdictOf(optionObjects(request)).kind === "none") return service;
          }
          return undefined;
        };

        // ----- tls.connect -----

        const tlsConnectParts = (call: TSESTree.CallExpression): { verdict: Verdict; hosts: string[] } => {
          const hosts: string[] = [];
          let objects: TSESTree.ObjectExpression[] | "unknown" | "absent" = "absent";
          call.arguments.forEach((arg, index) => {
            if (arg.type === AST_NODE_TYPES.SpreadElement) {
              objects = "unknown";
              return;
            }
            const inner = unwrapExpression(arg);
            if (inner.type === AST_NODE_TYPES.ArrowFunctionExpression || inner.type === AST_NODE_TYPES.FunctionExpression) return;
            const found = resolveObjectExpressions(arg, scopeOf(arg));
            if (found.length > 0) {
              objects = found;
              for (const object of found) {
                const scope = scopeOf(object);
                for (const key of ["servername", "host"]) {
                  const name = findProperty(object, key, scope);
                  if (name) hosts.push(...hostsOf(name.value, true));
                }
              }
              return;
            }
            // `tls.connect(port, host, options)`: a string in second place is the host.
            const host = index === 1 ? hostsOf(arg, true) : [];
            hosts.push(...host);
            if (host.length === 0 && resolveValue(arg, scopeOf(arg)) === null && objects === "absent") objects = "unknown";
          });
          return { verdict: verdictOf(objects), hosts };
        };

        // ----- judge each connection the code builds -----

        const judge = (reportNode: TSESTree.Node, verdict: Verdict, service: string | undefined): void => {
          if (!service) return;
          if (verdict.kind === "none") report({ node: reportNode, messageId: "missingPin", data: { service } });
          else if (verdict.kind === "pinWithoutHostname") report({ node: verdict.node, messageId: "pinWithoutHostnameCheck" });
        };

        for (const { node, kind } of connections) {
          if (kind === "tls-connect") {
            if (node.type !== AST_NODE_TYPES.CallExpression) continue;
            const { verdict, hosts } = tlsConnectParts(node);
            judge(node, verdict, sensitiveService(hosts));
            continue;
          }
          let verdict: Verdict;
          let ownService: string | undefined;
          if (node.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) continue;
          if (kind === "https-agent") verdict = verdictOf(optionObjects(argumentAt(node, 0)));
          else if (kind === "undici-agent") verdict = nestedVerdict(argumentAt(node, 0), "connect");
          else if (kind === "undici-proxy") verdict = nestedVerdict(argumentAt(node, 0), "requestTls");
          else {
            verdict = nestedVerdict(argumentAt(node, 1), "connect");
            const origin = argumentAt(node, 0);
            ownService = origin ? sensitiveService(hostsOf(origin, false)) : undefined;
          }
          if (verdict.kind === "unknown" || verdict.kind === "pinned") continue;
          judge(node, verdict, ownService ?? serviceOfAgent(node));
        }

        // Agent options written in place of an agent: `requestHandler: { httpsAgent: { … } }`.
        for (const [call, client] of sdkCalls) {
          if (client.optionsArg === undefined) continue;
          const objects = optionsAt(call, client.optionsArg);
          if (!Array.isArray(objects)) continue;
          for (const object of objects) {
            for (const path of client.agentOptions) {
              const value = propertyAtPath(object, path);
              const inner = value ? unwrapExpression(value) : undefined;
              if (inner?.type !== AST_NODE_TYPES.ObjectExpression) continue;
              const service = sdkService(call, client);
              judge(inner, objectVerdict(inner), service);
            }
          }
        }

        if (!requireForSdkClients || usesGlobalDispatcher) return;
        for (const [call, client] of sdkCalls) {
          const objects = client.optionsArg === undefined ? "absent" : optionsAt(call, client.optionsArg);
          if (objects === "unknown") continue;
          const configured =
            Array.isArray(objects) &&
            objects.some(
              (object) =>
                hasOpaqueSpread(object, scopeOf(object)) ||
                [...client.agentOptions, ...client.transportOptions].some((path) => propertyAtPath(object, path) !== undefined),
            );
          if (configured) continue;
          const service = sdkService(call, client);
          if (!service) continue;
          const hook = client.agentOptions.length > 0;
          report({ node: call.callee, messageId: hook ? "sdkDefaultTls" : "sdkDefaultTlsNoHook", data: { service } });
        }
      },
    };
  },
});
