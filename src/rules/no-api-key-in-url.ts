import { findVariable } from "../analysis/scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, getMemberPath, getTrailingName, unwrapExpression } from "../analysis/ast";
import { getLogCall } from "../analysis/logging";
import { CALL, CONSTRUCT, findModuleReferences, getImportedModules, importsAnyOf, normalizeModuleName, type TraceMap } from "../analysis/modules";
import { findProperties, findPropertyPath, getCallOptionsObject } from "../analysis/objects";
import { getFileScope, resolveIdentifierInit, type Scope } from "../analysis/static-value";
import { getStringParts } from "../analysis/string-parts";
import { parseUrlParts } from "../analysis/url";
import {
  findQueryValueCredentials,
  findStringBuildCredentials,
  findTextOrigin,
  getApiHostAuth,
  getQueryStringifyArgument,
  getSearchParamsWrite,
  PARAM_SETTERS,
  getStringBuildRoot,
  isCredentialParamName,
  isUrlSearchParamsConstruction,
  isUsedAsQuery,
  queryUseHost,
  judgeQueryValue,
  QUERY_STRING_MODULES,
  makeQueryCredentialSettings,
  variableUsedAsQuery,
  type CredentialSource,
  type QueryCredential,
  type QueryCredentialSettings,
} from "../analysis/url-credentials";
import {
  BODY_OPTION_KEYS,
  DEFAULT_QUERY_INSTEAD,
  HTTP_CLIENT_QUERY_OPTIONS,
  SDK_DEFAULT_QUERY_OPTION,
  SDK_QUERY_OPTIONS,
  URL_SINKS,
  type HttpClientQuerySpec,
} from "../knowledge/url-credentials";
import { getChainedCalls } from "../analysis/instance-calls";
import { defineMentions, fileMentions } from "../analysis/mentions";
import { createRule } from "../util/create-rule";

type Options = [{ extraParams?: string[]; allowedParams?: string[] }];
type MessageIds = "keyInUrl" | "keyInUrlUseHeader" | "keyInUrlQueryOnly" | "keyInSocketUrl" | "keyInDefaultQuery";

/** How the key reaches the query: written into a URL, or added to every request by an SDK option. */
type Channel = { kind: "url"; sink?: string } | { kind: "option"; option: string; instead: string };

const HEADERLESS_SINKS = new Set(URL_SINKS.filter((sink) => !sink.module && sink.headerless).map((sink) => sink.member));
const BODY_METHODS = new Set(["send", "write", "end"]);
const BODY_SECOND_ARGUMENT = new Set(["post", "put", "patch", "postForm", "putForm", "patchForm"]);
const HOST_OPTIONS = ["baseURL", "baseUrl", "prefixUrl", "prefix", "url"];
const AXIOS_CONFIG_NAMES = new Set(["config", "cfg", "requestConfig", "axiosConfig", "defaults"]);

/** Calls of a query-string serializer's `stringify`/`encode`, as a member or a named import. */
const QUERY_STRINGIFY_CALL = "CallExpression[callee.property.name=/^(?:stringify|encode)$/], CallExpression[callee.name=/^(?:stringify|encode)$/]";
const SEARCH_PARAMS_MENTIONS = defineMentions(["searchParams"]);
const DEFAULT_QUERY_MENTIONS = defineMentions([SDK_DEFAULT_QUERY_OPTION]);
const PARAMS_MENTIONS = defineMentions(["params"]);
/** The methods `getSearchParamsWrite` reads, as selectors: `params.set(…)`, `url.searchParams["append"](…)`. */
const SETTER_NAMES = [...PARAM_SETTERS].join("|");
const SEARCH_PARAMS_SETTER_CALL = `CallExpression[callee.property.name=/^(?:${SETTER_NAMES})$/]`;
const SEARCH_PARAMS_SETTER_CALL_COMPUTED = `CallExpression[callee.property.value=/^(?:${SETTER_NAMES})$/]`;

/** The trace map of each HTTP client, built once: its query-taking calls, and the chained request methods. */
const HTTP_CLIENT_TRACE_MAPS = HTTP_CLIENT_QUERY_OPTIONS.map((spec) => {
  const members = Object.keys(spec.calls);
  if (spec.chainQueryMethod) members.push("", "get", "post", "put", "patch", "delete", "del", "head");
  return { spec, traceMap: { [spec.module]: traceCalls(members) } as TraceMap<{ member: string }> };
});

/** The trace map of each SDK option that puts values in every request's query, built once. */
const SDK_QUERY_TRACE_MAPS = SDK_QUERY_OPTIONS.map((spec) => {
  const marker = spec.kind === "call" ? CALL : CONSTRUCT;
  const traceMap = { [spec.module]: spec.member === "" ? { [marker]: spec } : { [spec.member]: { [marker]: spec } } } as TraceMap<typeof spec>;
  return { spec, traceMap };
});

/** Entries by module name (without `node:`), so a file looks up only the modules it imports. */
function byModule<T extends { spec: { module: string } }>(entries: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    const name = normalizeModuleName(entry.spec.module);
    const list = map.get(name);
    if (list) list.push(entry);
    else map.set(name, [entry]);
  }
  return map;
}
const HTTP_CLIENTS_BY_MODULE = byModule(HTTP_CLIENT_TRACE_MAPS);
const SDK_QUERIES_BY_MODULE = byModule(SDK_QUERY_TRACE_MAPS);

/** The entries for the modules this file imports. */
function importedEntries<T>(imported: ReadonlySet<string>, entries: ReadonlyMap<string, readonly T[]>): T[] {
  const out: T[] = [];
  for (const name of imported) {
    const found = entries.get(name);
    if (found) out.push(...found);
  }
  return out;
}

export default createRule<Options, MessageIds>({
  name: "no-api-key-in-url",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow API keys and other credentials in URL query strings",
      recommended: "recommended",
      cwe: [598, 532],
    },
    schema: [
      {
        type: "object",
        properties: {
          extraParams: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "More query parameter names that carry credentials (case, `-` and `_` are ignored).",
          },
          allowedParams: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Query parameter names never reported, even when they are in the default list (case, `-` and `_` are ignored).",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      keyInUrl:
        "{{source}} is put in the '{{param}}' query parameter, and URLs end up in server, proxy and browser logs: send it in a request header (such as 'Authorization: Bearer' or 'x-api-key') instead.",
      keyInUrlUseHeader:
        "{{source}} is put in the '{{param}}' query parameter, and URLs end up in server, proxy and browser logs: send it in the '{{header}}' header instead.",
      keyInUrlQueryOnly:
        "{{source}} is put in the '{{param}}' query parameter, the only place {{host}} reads it: call this API from server code only, and keep its URLs out of logs and error reports.",
      keyInSocketUrl:
        "{{source}} is put in the '{{param}}' query parameter of a URL opened with {{sink}}, which cannot send headers from a browser: have your server mint a short-lived token and put that in the URL instead.",
      keyInDefaultQuery:
        "{{source}} is added as '{{param}}' to the query of every request by '{{option}}', and URLs end up in server, proxy and browser logs: pass it through {{instead}} instead.",
    },
    defaultOptions: [{ extraParams: [], allowedParams: [] }],
  },
  create(context, [options]) {
    const settings: QueryCredentialSettings = makeQueryCredentialSettings(options.extraParams, options.allowedParams);
    const reported = new Set<TSESTree.Node>();
    const scope = (): Scope => getFileScope(context);

    function report(credential: QueryCredential, channel: Channel, root?: TSESTree.Node): void {
      let node = credential.node;
      if (credential.keyText !== undefined && root) node = findTextOrigin(root, credential.keyText, scope()) ?? node;
      if (reported.has(node)) return;
      reported.add(node);
      const source = describeSource(credential.source);
      const param = credential.param;
      if (channel.kind === "option") {
        context.report({ node, messageId: "keyInDefaultQuery", data: { source, param, option: channel.option, instead: channel.instead } });
        return;
      }
      const auth = getApiHostAuth(credential.host);
      if (auth?.queryOnly) context.report({ node, messageId: "keyInUrlQueryOnly", data: { source, param, host: auth.host } });
      else if (channel.sink) context.report({ node, messageId: "keyInSocketUrl", data: { source, param, sink: channel.sink } });
      else if (auth?.header) context.report({ node, messageId: "keyInUrlUseHeader", data: { source, param, header: auth.header } });
      else context.report({ node, messageId: "keyInUrl", data: { source, param } });
    }

    /** A browser `WebSocket`/`EventSource` the URL expression (or the variable bound to it) is handed to. */
    function headerlessSinkOf(expression: TSESTree.Node): string | undefined {
      const direct = headerlessSinkAt(expression);
      if (direct) return direct;
      let current = expression;
      while (current.parent && isWrapper(current.parent)) current = current.parent;
      const parent = current.parent;
      let id: TSESTree.Identifier | undefined;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) id = parent.id;
      const inner = unwrapExpression(expression);
      if (!id && inner.type === AST_NODE_TYPES.Identifier) id = inner;
      if (!id) return undefined;
      const variable = findVariable(scope() as never, id as never) as TSESLint.Scope.Variable | null;
      for (const ref of variable?.references ?? []) {
        if (ref.init) continue;
        const sink = headerlessSinkAt(ref.identifier as TSESTree.Node);
        if (sink) return sink;
      }
      return undefined;
    }

    function headerlessSinkAt(expression: TSESTree.Node): string | undefined {
      let current = expression;
      while (current.parent && isWrapper(current.parent)) current = current.parent;
      const parent = current.parent;
      if (parent?.type !== AST_NODE_TYPES.NewExpression || parent.arguments[0] !== current) return undefined;
      const callee = unwrapExpression(parent.callee);
      if (callee.type !== AST_NODE_TYPES.Identifier || !HEADERLESS_SINKS.has(callee.name)) return undefined;
      const variable = findVariable(scope() as never, callee as never) as TSESLint.Scope.Variable | null;
      return !variable || variable.defs.length === 0 ? callee.name : undefined;
    }

    function isInsideLogCall(root: TSESTree.Node): boolean {
      const parent = root.parent;
      return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(root as TSESTree.CallExpressionArgument) &&
        getLogCall(parent, context as never) !== null;
    }

    /** A request body, where a form-encoded credential belongs (`body: "client_secret=" + s`). */
    function isBodyValue(root: TSESTree.Node): boolean {
      const parent = root.parent;
      if (!parent) return false;
      if (parent.type === AST_NODE_TYPES.Property && parent.value === root) {
        return BODY_OPTION_KEYS.has(getLiteralKeyName(parent.key, parent.computed) ?? "");
      }
      if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== root) {
        const method = getTrailingName(parent.callee);
        if (method && BODY_METHODS.has(method)) return true;
        return method !== undefined && BODY_SECOND_ARGUMENT.has(method) && parent.arguments[1] === root;
      }
      return false;
    }

    function checkStringBuild(node: TSESTree.Node): void {
      let root = node;
      while (root.parent && isWrapper(root.parent)) root = root.parent;
      if (isInsideLogCall(root) || isBodyValue(root)) return;
      const parent = root.parent;
      const forceQuery = parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === root && getTrailingName(parent.left) === "search";
      const credentials = findStringBuildCredentials(node, scope(), settings, forceQuery);
      if (credentials.length === 0) return;
      const sink = headerlessSinkOf(root);
      for (const credential of credentials) report(credential, { kind: "url", sink }, node);
    }

    function checkQueryValue(value: TSESTree.Node, channel: Channel, host?: string): void {
      for (const credential of findQueryValueCredentials(value, scope(), settings, host)) report(credential, channel);
    }

    function checkClientCall(call: TSESTree.CallExpression, member: string, spec: HttpClientQuerySpec): void {
      const indexes = spec.calls[member] ?? [];
      const host = hostOfCall(call);
      for (const index of indexes) {
        const options = getCallOptionsObject(call, index, scope());
        if (!options) continue;
        for (const name of spec.queryOptions) {
          for (const property of findProperties(options, name, scope())) checkQueryValue(property.value, { kind: "url" }, host);
        }
      }
    }

    function hostOfCall(call: TSESTree.CallExpression): string | undefined {
      const first = call.arguments[0];
      if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const parts = getStringParts(first, scope());
      if (parts) return parseUrlParts(parts)?.host;
      const options = getCallOptionsObject(call, 0, scope());
      if (!options) return undefined;
      for (const name of HOST_OPTIONS) {
        const found = findProperties(options, name, scope()).pop();
        const hostParts = found ? getStringParts(found.value, scope()) : undefined;
        if (hostParts) return parseUrlParts(hostParts)?.host;
      }
      return undefined;
    }

    /** `const api = axios.create(…)`: calls on `api` take the same options. */
    function checkInstance(factoryCall: TSESTree.Node, spec: HttpClientQuerySpec): void {
      let current = factoryCall;
      while (current.parent && (isWrapper(current.parent) || current.parent.type === AST_NODE_TYPES.AwaitExpression)) current = current.parent;
      const declarator = current.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== current || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
      const variable = findVariable(scope() as never, declarator.id as never) as TSESLint.Scope.Variable | null;
      for (const ref of variable?.references ?? []) {
        if (ref.init) continue;
        const use = ref.identifier as TSESTree.Node;
        const parent = use.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === use) {
          checkClientCall(parent, "", spec);
        } else if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
          const method = getTrailingName(parent);
          const call = parent.parent;
          if (method && call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent && spec.calls[method]) checkClientCall(call, method, spec);
        }
      }
    }

    /** `superagent.get(url).set(…).query({ api_key })`. */
    function checkChain(start: TSESTree.Node, method: string): void {
      for (const link of getChainedCalls(start)) {
        const first = link.call.arguments[0];
        if (link.method === method && first && first.type !== AST_NODE_TYPES.SpreadElement) checkQueryValue(first, { kind: "url" });
      }
    }

    function checkHttpClients(): void {
      for (const { spec, traceMap } of importedEntries(getImportedModules(context as never), HTTP_CLIENTS_BY_MODULE)) {
        const references = findModuleReferences(context as never, traceMap);
        for (const ref of references) {
          if (ref.kind !== "call" || ref.node.type !== AST_NODE_TYPES.CallExpression) continue;
          const member = ref.path.slice(1).join(".");
          checkClientCall(ref.node, member, spec);
          if (spec.instanceFactories?.includes(member)) checkInstance(ref.node, spec);
          if (spec.chainQueryMethod) checkChain(ref.node, spec.chainQueryMethod);
        }
      }
    }

    function checkSdkQueryOptions(): void {
      for (const { spec, traceMap } of importedEntries(getImportedModules(context as never), SDK_QUERIES_BY_MODULE)) {
        for (const ref of findModuleReferences(context as never, traceMap)) {
          const call = ref.node;
          if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) continue;
          const options = getCallOptionsObject(call, spec.argument, scope());
          const property = options ? findPropertyPath(options, spec.option, scope()) : undefined;
          if (property) checkQueryValue(property.value, { kind: "option", option: spec.option.join("."), instead: spec.instead });
        }
      }
    }

    /** `axios.defaults.params = { key }`, `config.params.key = apiKey` (in an interceptor). */
    function checkParamsAssignment(node: TSESTree.AssignmentExpression): void {
      const path = getMemberPath(node.left);
      if (!path || path.length < 2) return;
      const paramsAt = path.lastIndexOf("params");
      if (paramsAt < 1 || paramsAt < path.length - 2) return;
      const owner = path[paramsAt - 1]!;
      if (owner !== "defaults" && !(AXIOS_CONFIG_NAMES.has(owner) && importsAnyOf(context as never, ["axios"]))) return;
      if (paramsAt === path.length - 1) {
        checkQueryValue(node.right, { kind: "url" });
        return;
      }
      const name = path[path.length - 1]!;
      if (!isCredentialParamName(name, settings)) return;
      const source = judgeQueryValue(node.right, name, scope());
      if (source) report({ param: name, node: node.right, source }, { kind: "url" });
    }

    /** Whether any string of the file has an `=`: a built string can only write `name=value` with one. */
    let fileHasEquals = false;
    /** Templates and `+` chains, read at the end of the file and only when some string has an `=`. */
    const builds: (TSESTree.TemplateLiteral | TSESTree.BinaryExpression)[] = [];

    /** Strings with an `=` that a `const` may hold (directly or in a template or `+` chain it is bound to). */
    const equalsSources: TSESTree.Node[] = [];

    const listeners: TSESLint.RuleListener = {
      // Only strings with an `=` reach the listener.
      "Literal[value=/=/]"(node: TSESTree.StringLiteral) {
        fileHasEquals = true;
        equalsSources.push(node);
        if (isStringBuildPiece(node)) return;
        if (!node.value.includes("?") && !node.value.startsWith("&")) return;
        checkStringBuild(node);
      },
      TemplateLiteral(node) {
        if (node.quasis.some((quasi) => (quasi.value.cooked ?? quasi.value.raw).includes("="))) {
          fileHasEquals = true;
          equalsSources.push(node);
        }
        if (node.parent?.type !== AST_NODE_TYPES.TaggedTemplateExpression) builds.push(node);
      },
      "BinaryExpression[operator='+']"(node: TSESTree.BinaryExpression) {
        builds.push(node);
      },
      "Program:exit"() {
        if (fileHasEquals) {
          const names = namesHoldingEquals(equalsSources, context.sourceCode);
          for (const node of builds) if (!isStringBuildPiece(node) && mayWriteQueryPair(node, scope(), names)) checkStringBuild(node);
        }
        checkHttpClients();
        checkSdkQueryOptions();
      },
    };
    // `.set()`/`.append()` on `url.searchParams` or a `URLSearchParams`, and `new URLSearchParams(…)`.
    if (fileMentions(context, SEARCH_PARAMS_MENTIONS)) {
      listeners.NewExpression = (node) => {
        if (!isUrlSearchParamsConstruction(node) || !isUsedAsQuery(node, scope())) return;
        checkQueryValue(node, { kind: "url" }, queryUseHost(node, scope()));
      };
      const checkParamsWrite = (node: TSESTree.CallExpression): void => {
        const write = getSearchParamsWrite(node, scope(), settings);
        if (!write) return;
        if (write.target === "params" && !(write.instance && variableUsedAsQuery(write.instance, scope()))) return;
        const receiver = unwrapExpression(node.callee);
        const owner = receiver.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(receiver.object) : undefined;
        const urlObject = owner?.type === AST_NODE_TYPES.MemberExpression ? owner.object : undefined;
        report(write.credential, { kind: "url", sink: urlObject ? headerlessSinkOf(urlObject) : undefined });
      };
      // Only `.set(…)`/`.append(…)` calls reach the listener.
      listeners[SEARCH_PARAMS_SETTER_CALL] = checkParamsWrite;
      listeners[SEARCH_PARAMS_SETTER_CALL_COMPUTED] = checkParamsWrite;
    }
    if (fileMentions(context, DEFAULT_QUERY_MENTIONS)) {
      listeners.Property = (node) => {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        if (getLiteralKeyName(node.key, node.computed) !== SDK_DEFAULT_QUERY_OPTION) return;
        checkQueryValue(node.value, { kind: "option", option: SDK_DEFAULT_QUERY_OPTION, instead: DEFAULT_QUERY_INSTEAD });
      };
    }
    // `${base}?${qs.stringify({ api_key })}`, `"?" + querystring.stringify(params)`, `const query = qs.stringify(…)`.
    if (importsAnyOf(context as never, QUERY_STRING_MODULES)) {
      listeners[QUERY_STRINGIFY_CALL] = (node: TSESTree.CallExpression) => {
        const value = getQueryStringifyArgument(node, scope());
        if (!value || !isUsedAsQuery(node, scope()) || isInsideLogCall(getStringBuildRoot(node))) return;
        checkQueryValue(value, { kind: "url" }, queryUseHost(node, scope()));
      };
    }
    // `axios.defaults.params = …`, `config.params.key = …`
    if (fileMentions(context, PARAMS_MENTIONS)) {
      listeners["AssignmentExpression[operator='='][left.type='MemberExpression']"] = checkParamsAssignment;
    }
    return listeners;
  },
});

function describeSource(source: CredentialSource): string {
  switch (source.kind) {
    case "env":
      return `The secret environment variable '${source.name ?? "?"}'`;
    case "literal":
      return `A hard-coded ${source.provider ?? "API key"}`;
    case "host":
      return "The API key";
    default:
      return `The credential '${source.name ?? "?"}'`;
  }
}

function isWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

/** A template literal, `+` or string that is one piece of a larger string build (the outer one is checked). */
/**
 * Cheap gate before the full reading of a built string: a `name=value` pair needs an `=` in the
 * text written there, or in a constant it uses directly. Most templates and concatenations in real
 * code have none, and skip the resolution work.
 */
function mayWriteQueryPair(node: TSESTree.Node, scope: Scope, names: ReadonlySet<string>, depth = 0): boolean {
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      return typeof inner.value === "string" && inner.value.includes("=");
    case AST_NODE_TYPES.TemplateLiteral:
      return inner.quasis.some((quasi) => (quasi.value.cooked ?? quasi.value.raw).includes("=")) || inner.expressions.some((e) => mayWriteQueryPair(e, scope, names, depth + 1));
    case AST_NODE_TYPES.BinaryExpression:
      return inner.operator === "+" && (mayWriteQueryPair(inner.left, scope, names, depth + 1) || mayWriteQueryPair(inner.right, scope, names, depth + 1));
    case AST_NODE_TYPES.Identifier: {
      // Only a name bound to text with an `=` can add one: the rest need no resolving.
      if (depth > 4 || !names.has(inner.name)) return false;
      const init = resolveIdentifierInit(inner, scope);
      return init !== null && mayWriteQueryPair(init, scope, names, depth + 1);
    }
    default:
      return false;
  }
}

/** The declarator the string build around `node` initialises (`const q = \`?key=${k}\``). */
function boundDeclarator(node: TSESTree.Node): TSESTree.VariableDeclarator | undefined {
  const root = getStringBuildRoot(node);
  const parent = root.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === root && parent.id.type === AST_NODE_TYPES.Identifier ? parent : undefined;
}

/**
 * Names of the variables bound to text with an `=`: those initialised with such a string (or a
 * build around one), then, through their uses, the variables built from them (`const url = BASE + q`).
 */
function namesHoldingEquals(sources: readonly TSESTree.Node[], sourceCode: Readonly<TSESLint.SourceCode>): Set<string> {
  const names = new Set<string>();
  const seen = new Set<TSESTree.VariableDeclarator>();
  const work = sources.map(boundDeclarator).filter((d): d is TSESTree.VariableDeclarator => d !== undefined);
  while (work.length > 0 && seen.size < MAX_BOUND_NAMES) {
    const declarator = work.pop()!;
    if (seen.has(declarator)) continue;
    seen.add(declarator);
    names.add((declarator.id as TSESTree.Identifier).name);
    for (const variable of sourceCode.getDeclaredVariables(declarator)) {
      for (const reference of variable.references) {
        if (!reference.isRead()) continue;
        const next = boundDeclarator(reference.identifier as TSESTree.Node);
        if (next && !seen.has(next)) work.push(next);
      }
    }
  }
  return names;
}

const MAX_BOUND_NAMES = 256;

function isStringBuildPiece(node: TSESTree.Node): boolean {
  return getStringBuildRoot(node) !== skipUp(node);
}

function skipUp(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isWrapper(current.parent)) current = current.parent;
  return current;
}

/** A trace map with a CALL marker at each member path (`""` for the module itself, `"default.create"` nested). */
function traceCalls(members: readonly string[]): Record<string | symbol, unknown> {
  const root: Record<string | symbol, unknown> = {};
  for (const member of members) {
    let node = root;
    for (const segment of member === "" ? [] : member.split(".")) {
      node[segment] ??= {};
      node = node[segment] as Record<string | symbol, unknown>;
    }
    // The info must be truthy: the tracker skips markers whose info is falsy.
    node[CALL] = { member };
  }
  return root;
}
