import { findVariable } from "../analysis/scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, getMemberPath, unwrapExpression } from "../analysis/ast";
import { CALL, CONSTRUCT, findModuleReferences, importsAnyOf, type TraceMap } from "../analysis/modules";
import { findProperty, resolveObjectExpression } from "../analysis/objects";
import { getFileScope, resolveIdentifierInit, resolveValue, type Scope } from "../analysis/static-value";
import { getLeadingText, getPathRoot, isFullyKnown, isPathModuleResult, pathStartsWithAny, readFilePath } from "../analysis/file-paths";
import { findInstanceMethodCalls, resolveInstanceOrigin, unwrapAwait } from "../analysis/tracked-instances";
import {
  AI_SDK_EMBED_FUNCTIONS,
  AI_SDK_MODULE,
  EMBEDDING_METHODS,
  EMBEDDINGS_CREATE_PATH,
  FS_DATA_WRITES,
  LANCEDB_MODULES,
  LANGCHAIN_LANCEDB_MODULES,
  LLAMAINDEX_MODULES,
  LOCAL_VECTOR_STORES,
  MEMORY_VECTOR_STORE_MODULES,
  MEMORY_VECTORS_PROPERTY,
  NON_DATA_MEMBERS,
  type LocalVectorStore,
} from "../knowledge/persistence";
import { createRule } from "../util/create-rule";

type Options = [{ encryptedPaths?: string[] }];
type MessageIds = "localVectorStore" | "embeddingsToFile";

type Info =
  | { kind: "store"; store: LocalVectorStore }
  | { kind: "lancedbConnect" }
  | { kind: "langchainLanceDB"; configIndex: number }
  | { kind: "storageContext" }
  | { kind: "simpleVectorStore"; factory?: "dir" | "path" }
  | { kind: "memoryStore" }
  | { kind: "aiEmbed" }
  | { kind: "fsWrite" };

const MAX_DEPTH = 8;
const SCHEME = /^([a-z][a-z\d+.-]*):\/\//i;

function buildTraceMap(): TraceMap<Info> {
  const map: Record<string, Record<string, unknown>> = {};
  const entry = (module: string, name: string): Record<string | symbol, unknown> => {
    map[module] ??= {};
    map[module][name] ??= {};
    return map[module][name] as Record<string | symbol, unknown>;
  };
  for (const store of LOCAL_VECTOR_STORES) {
    for (const module of store.modules) {
      const node = entry(module, store.className);
      node[CONSTRUCT] = { kind: "store", store };
      for (const factory of store.factories) node[factory] = { [CALL]: { kind: "store", store } };
    }
  }
  for (const module of LANCEDB_MODULES) entry(module, "connect")[CALL] = { kind: "lancedbConnect" };
  for (const module of LANGCHAIN_LANCEDB_MODULES) {
    const node = entry(module, "LanceDB");
    node[CONSTRUCT] = { kind: "langchainLanceDB", configIndex: 1 };
    node.fromTexts = { [CALL]: { kind: "langchainLanceDB", configIndex: 3 } };
    node.fromDocuments = { [CALL]: { kind: "langchainLanceDB", configIndex: 2 } };
  }
  for (const module of LLAMAINDEX_MODULES) {
    entry(module, "storageContextFromDefaults")[CALL] = { kind: "storageContext" };
    const node = entry(module, "SimpleVectorStore");
    node[CONSTRUCT] = { kind: "simpleVectorStore" };
    node.fromPersistDir = { [CALL]: { kind: "simpleVectorStore", factory: "dir" } };
    node.fromPersistPath = { [CALL]: { kind: "simpleVectorStore", factory: "path" } };
  }
  for (const module of MEMORY_VECTOR_STORE_MODULES) {
    const node = entry(module, "MemoryVectorStore");
    node[CONSTRUCT] = { kind: "memoryStore" };
    for (const factory of ["fromTexts", "fromDocuments", "fromExistingIndex"]) node[factory] = { [CALL]: { kind: "memoryStore" } };
  }
  for (const name of AI_SDK_EMBED_FUNCTIONS) entry(AI_SDK_MODULE, name)[CALL] = { kind: "aiEmbed" };
  for (const name of FS_DATA_WRITES) {
    entry("fs", name)[CALL] = { kind: "fsWrite" };
    if (!name.endsWith("Sync")) {
      const promises = entry("fs", "promises");
      promises[name] = { [CALL]: { kind: "fsWrite" } };
      entry("fs/promises", name)[CALL] = { kind: "fsWrite" };
    }
  }
  return map as TraceMap<Info>;
}

const TRACE_MAP = buildTraceMap();
const WATCHED_MODULES = Object.keys(TRACE_MAP);

/** A LanceDB URI that is a local directory: no `scheme://` (or `file://`), or a path built from a local root. */
function isProvablyLocalUri(path: ReturnType<typeof readFilePath>): boolean {
  if (getPathRoot(path)) return true;
  const leading = getLeadingText(path);
  if (leading === "") return false;
  const scheme = SCHEME.exec(leading);
  if (scheme) return scheme[1]!.toLowerCase() === "file";
  if (isFullyKnown(path)) return true;
  // A separator before any run-time part rules out `scheme://` coming later.
  return leading.includes("/") || leading.includes("\\") || leading.startsWith("~");
}

function isAbsentValue(node: TSESTree.Node, scope: Scope): boolean {
  const known = resolveValue(node, scope);
  return known !== null && (known.value === undefined || known.value === null || known.value === false || known.value === "");
}

export default createRule<Options, MessageIds>({
  name: "no-unencrypted-local-vector-store",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow persisting vector stores and embeddings to local disk outside an encrypted volume",
      recommended: "strict",
      cwe: [311, 312],
    },
    schema: [
      {
        type: "object",
        properties: {
          encryptedPaths: {
            type: "array",
            items: { type: "string" },
            description:
              "Paths (prefixes; `*` matches within a segment, `**` any segments) that are on an encrypted volume, or `$NAME` for a path read from the environment variable NAME.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      localVectorStore:
        "{{store}} persists embeddings to local disk in plaintext, and embeddings can be partly inverted back into the text they encode: keep this path on an encrypted volume (and list it in encryptedPaths) or use a vector store that encrypts at rest.",
      embeddingsToFile:
        "These embeddings are written to a plaintext file, and embeddings can be partly inverted back into the text they encode: write them to an encrypted volume (and list it in encryptedPaths) or encrypt them before writing.",
    },
    defaultOptions: [{ encryptedPaths: [] }],
  },
  create(context, [options]) {
    const encryptedPaths = options.encryptedPaths ?? [];
    return {
      "Program:exit"() {
        if (!importsAnyOf(context, WATCHED_MODULES)) return;
        const scope = getFileScope(context);
        const references = findModuleReferences(context, TRACE_MAP);
        const reported = new Set<TSESTree.Node>();

        const reportPath = (node: TSESTree.Node, messageId: MessageIds, store?: string): void => {
          if (reported.has(node)) return;
          if (pathStartsWithAny(readFilePath(context, node), encryptedPaths)) return;
          reported.add(node);
          context.report({ node, messageId, data: { store: store ?? "" } });
        };

        const storeOrigins = new Map<LocalVectorStore, TSESTree.Node[]>();
        const simpleStoreOrigins: TSESTree.Node[] = [];
        const memoryStoreOrigins = new Set<TSESTree.Node>();
        const faissOrigins = new Set<TSESTree.Node>();
        const aiEmbedCalls = new Set<TSESTree.Node>();
        const fsWrites: TSESTree.CallExpression[] = [];

        for (const ref of references) {
          const info = ref.info;
          const call = ref.node;
          if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) continue;
          switch (info.kind) {
            case "store": {
              const list = storeOrigins.get(info.store) ?? [];
              list.push(call);
              storeOrigins.set(info.store, list);
              if (info.store.label === "faiss-node index") faissOrigins.add(call);
              break;
            }
            case "lancedbConnect":
              checkLanceDbConnect(call);
              break;
            case "langchainLanceDB":
              checkLangChainLanceDB(call, info.configIndex);
              break;
            case "storageContext":
              checkStorageContext(call);
              break;
            case "simpleVectorStore":
              simpleStoreOrigins.push(call);
              if (info.factory) {
                const arg = call.arguments[0];
                if (arg && arg.type !== AST_NODE_TYPES.SpreadElement) {
                  if (!isAbsentValue(arg, scope)) reportPath(arg, "localVectorStore", "LlamaIndex SimpleVectorStore");
                } else if (!arg && info.factory === "dir") {
                  reportPath(call, "localVectorStore", "LlamaIndex SimpleVectorStore");
                }
              }
              break;
            case "memoryStore":
              memoryStoreOrigins.add(call);
              break;
            case "aiEmbed":
              aiEmbedCalls.add(call);
              break;
            case "fsWrite":
              if (call.type === AST_NODE_TYPES.CallExpression) fsWrites.push(call);
              break;
          }
        }

        for (const [store, origins] of storeOrigins) {
          for (const { call } of findInstanceMethodCalls(context, origins, new Set(store.saveMethods))) {
            const target = call.arguments[0];
            if (target && target.type !== AST_NODE_TYPES.SpreadElement) reportPath(target, "localVectorStore", store.label);
          }
        }
        for (const { call } of findInstanceMethodCalls(context, simpleStoreOrigins, new Set(["persist"]))) {
          const target = call.arguments[0];
          if (!target) reportPath(call, "localVectorStore", "LlamaIndex SimpleVectorStore");
          else if (target.type !== AST_NODE_TYPES.SpreadElement) reportPath(target, "localVectorStore", "LlamaIndex SimpleVectorStore");
        }

        for (const call of fsWrites) {
          const [target, data] = call.arguments;
          if (!target || !data || target.type === AST_NODE_TYPES.SpreadElement || data.type === AST_NODE_TYPES.SpreadElement) continue;
          if (holdsEmbeddings(data, 0)) reportPath(target, "embeddingsToFile");
        }

        function checkLanceDbConnect(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
          const first = call.arguments[0];
          if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
          const object = resolveObjectExpression(first, scope);
          const uri = object ? findProperty(object, "uri", scope)?.value : first;
          if (uri) reportLocalUri(uri);
        }

        /** Reports a LanceDB URI that is a local path; each branch of a ternary is judged on its own. */
        function reportLocalUri(uri: TSESTree.Node): void {
          for (const branch of conditionalBranches(uri, scope)) {
            if (isPathModuleResult(context, branch) || isProvablyLocalUri(readFilePath(context, branch))) reportPath(branch, "localVectorStore", "LanceDB");
          }
        }

        function checkLangChainLanceDB(call: TSESTree.CallExpression | TSESTree.NewExpression, configIndex: number): void {
          const config = call.arguments[configIndex];
          if (config?.type === AST_NODE_TYPES.SpreadElement) return;
          if (!config) {
            // No table and no uri: the wrapper connects to "~/lancedb" itself.
            if (call.arguments.length === configIndex && !call.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) {
              reportPath(call.callee, "localVectorStore", "LanceDB (LangChain, default ~/lancedb)");
            }
            return;
          }
          const object = resolveObjectExpression(config, scope);
          if (!object || object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement)) return;
          if (findProperty(object, "table", scope)) return;
          const uri = findProperty(object, "uri", scope);
          if (!uri) {
            reportPath(config, "localVectorStore", "LanceDB (LangChain, default ~/lancedb)");
            return;
          }
          reportLocalUri(uri.value);
        }

        function checkStorageContext(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
          const first = call.arguments[0];
          if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
          const object = resolveObjectExpression(first, scope);
          if (!object) return;
          const persistDir = findProperty(object, "persistDir", scope);
          if (!persistDir || isAbsentValue(persistDir.value, scope)) return;
          reportPath(persistDir.value, "localVectorStore", "LlamaIndex storage context");
        }

        /** Whether the written data is (or is built from) an embeddings result. */
        function holdsEmbeddings(raw: TSESTree.Node, depth: number): boolean {
          if (depth > MAX_DEPTH) return false;
          const node = unwrapAwait(raw);
          switch (node.type) {
            case AST_NODE_TYPES.CallExpression: {
              if (isEmbeddingCall(node)) return true;
              const callee = unwrapExpression(node.callee);
              if (callee.type === AST_NODE_TYPES.MemberExpression) {
                const method = getLiteralKeyName(callee.property, callee.computed);
                if (method === "toBuffer" && isOriginIn(callee.object, faissOrigins)) return true;
                if (holdsEmbeddings(callee.object, depth + 1)) return true;
              }
              return node.arguments.some((arg) => arg.type !== AST_NODE_TYPES.SpreadElement && holdsEmbeddings(arg, depth + 1));
            }
            case AST_NODE_TYPES.NewExpression:
              return node.arguments.some((arg) => arg.type !== AST_NODE_TYPES.SpreadElement && holdsEmbeddings(arg, depth + 1));
            case AST_NODE_TYPES.MemberExpression: {
              const name = getLiteralKeyName(node.property, node.computed);
              if (name !== undefined && NON_DATA_MEMBERS.has(name)) return false;
              if (name === MEMORY_VECTORS_PROPERTY && isOriginIn(node.object, memoryStoreOrigins)) return true;
              return holdsEmbeddings(node.object, depth + 1);
            }
            case AST_NODE_TYPES.Identifier:
              return identifierHoldsEmbeddings(node, depth);
            case AST_NODE_TYPES.TemplateLiteral:
              return node.expressions.some((e) => holdsEmbeddings(e, depth + 1));
            case AST_NODE_TYPES.ArrayExpression:
              return node.elements.some((e) => e !== null && holdsEmbeddings(e.type === AST_NODE_TYPES.SpreadElement ? e.argument : e, depth + 1));
            case AST_NODE_TYPES.ObjectExpression:
              return node.properties.some((p) =>
                p.type === AST_NODE_TYPES.SpreadElement ? holdsEmbeddings(p.argument, depth + 1) : holdsEmbeddings(p.value, depth + 1),
              );
            case AST_NODE_TYPES.BinaryExpression:
              return node.operator === "+" && (holdsEmbeddings(node.left, depth + 1) || holdsEmbeddings(node.right, depth + 1));
            case AST_NODE_TYPES.ConditionalExpression:
              return holdsEmbeddings(node.consequent, depth + 1) || holdsEmbeddings(node.alternate, depth + 1);
            default:
              return false;
          }
        }

        function identifierHoldsEmbeddings(node: TSESTree.Identifier, depth: number): boolean {
          const init = resolveIdentifierInit(node, scope);
          if (init) return holdsEmbeddings(init, depth + 1);
          // `const { embedding } = await embed(…)`, `const [vector] = await embeddings.embedDocuments(…)`.
          const variable = findVariable(context.sourceCode.getScope(node) as never, node as never) as TSESLint.Scope.Variable | null;
          const def = variable?.defs[0];
          if (variable?.defs.length !== 1 || def?.type !== "Variable" || !def.node.init || def.node.id.type === AST_NODE_TYPES.Identifier) return false;
          if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return false;
          const key = patternKeyOf(def.node.id, def.name);
          if (key !== undefined && NON_DATA_MEMBERS.has(key)) return false;
          return holdsEmbeddings(def.node.init, depth + 1);
        }

        function isEmbeddingCall(call: TSESTree.CallExpression): boolean {
          if (aiEmbedCalls.has(call)) return true;
          const callee = unwrapExpression(call.callee);
          if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
          const method = getLiteralKeyName(callee.property, callee.computed);
          if (method !== undefined && EMBEDDING_METHODS.has(method)) return true;
          const path = getMemberPath(callee);
          if (!path || path.length < EMBEDDINGS_CREATE_PATH.length + 1) return false;
          return EMBEDDINGS_CREATE_PATH.every((segment, i) => path[path.length - EMBEDDINGS_CREATE_PATH.length + i] === segment);
        }

        function isOriginIn(node: TSESTree.Node, origins: ReadonlySet<TSESTree.Node>): boolean {
          const origin = resolveInstanceOrigin(context, node, scope);
          return origin !== null && origins.has(origin);
        }
      },
    };
  },
});

/** The branches of a ternary (through constants), or the node itself. */
function conditionalBranches(node: TSESTree.Node, scope: Scope, depth = 0): TSESTree.Node[] {
  const inner = unwrapExpression(node);
  if (depth < MAX_DEPTH && inner.type === AST_NODE_TYPES.ConditionalExpression) {
    return [...conditionalBranches(inner.consequent, scope, depth + 1), ...conditionalBranches(inner.alternate, scope, depth + 1)];
  }
  if (depth < MAX_DEPTH && inner.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(inner, scope);
    if (init && unwrapExpression(init).type === AST_NODE_TYPES.ConditionalExpression) return conditionalBranches(init, scope, depth + 1);
  }
  return [node];
}

/** The property key a destructured name comes from: `embedding` in `{ embedding }`, `usage` in `{ usage: u }`. */
function patternKeyOf(pattern: TSESTree.Node, name: TSESTree.Identifier | TSESTree.Node): string | undefined {
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === name) return getLiteralKeyName(property.key, property.computed);
  }
  return undefined;
}
