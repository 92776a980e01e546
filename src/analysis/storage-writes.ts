import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import {
  BUILDER_WRITES,
  DEVICE_STORAGE_WRITES,
  DOCUMENT_WRITE_METHODS,
  KV_RECEIVER_NAME_WORDS,
  PRISMA_DATA_KEYS,
  PRISMA_WRITE_METHODS,
  REDIS_WRITE_METHODS,
  RUNTIME_FILE_WRITES,
  SQL_QUERY_METHODS,
  SQL_STATEMENT_FACTORIES,
  SQL_STATEMENT_METHODS,
  SQL_WRITE_VERBS,
  STORE_KINDS,
  STORE_MODULES,
  type StoreCall,
} from "../knowledge/conversation-stores";
import { splitNameWords } from "../knowledge/secret-names";
import { getMemberPath, getTrailingName, unwrapExpression } from "./ast";
import { findProperty, resolveObjectExpressions } from "./objects";
import { SdkObjects, type ObjectCatalogue } from "./sdk-objects";
import { resolveThisField } from "./class-fields";
import { getFileScope, resolveIdentifierInit, type Scope } from "./static-value";
import { getStringParts } from "./string-parts";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A call that writes data somewhere it stays: a file, a persistent cache, a database, device storage. */
export interface StorageWrite {
  sink: "file" | "store";
  /** The destination as messages name it. */
  label: string;
  /** The expressions whose values are written. */
  data: TSESTree.Node[];
}

export interface StorageWriteReader {
  /** What this call or tagged template writes, or null when it writes nothing that persists. */
  of(node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression): StorageWrite | null;
}

const STORE_CATALOGUE: ObjectCatalogue<StoreCall> = { sdks: STORE_MODULES, kinds: STORE_KINDS };
const KV_METHODS = new Set(REDIS_WRITE_METHODS);
const DATABASE = "the database";
const readerCache = new WeakMap<object, StorageWriteReader>();

/** The storage-write reader of this file, built once per file. */
export function getStorageWrites(context: Context): StorageWriteReader {
  const cached = readerCache.get(context.sourceCode);
  if (cached) return cached;
  const scope = getFileScope(context);
  const objects = new SdkObjects(context, STORE_CATALOGUE, { accept: (node, call) => call.returns !== "keyv" || isPersistentKeyv(node, scope) });
  const reader: StorageWriteReader = {
    of(node) {
      if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) return taggedSql(node);
      return catalogued(node, objects) ?? globalWrite(node) ?? methodWrite(node, scope);
    },
  };
  readerCache.set(context.sourceCode, reader);
  return reader;
}

function args(call: TSESTree.CallExpression, positions: readonly number[] | "all"): TSESTree.Node[] {
  const all = call.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? a.argument : a));
  return positions === "all" ? all : positions.flatMap((i) => (all[i] ? [all[i]!] : []));
}

function catalogued(call: TSESTree.CallExpression, objects: SdkObjects<StoreCall>): StorageWrite | null {
  const spec = objects.callOf(call);
  if (!spec?.data || !spec.sink) return null;
  return { sink: spec.sink, label: spec.label ?? "a store", data: args(call, spec.data) };
}

function globalWrite(call: TSESTree.CallExpression): StorageWrite | null {
  const path = getMemberPath(call.callee)?.join(".");
  if (path === undefined) return null;
  const runtime = RUNTIME_FILE_WRITES[path];
  if (runtime !== undefined) return { sink: "file", label: "a file", data: args(call, [runtime]) };
  const device = DEVICE_STORAGE_WRITES[path];
  if (device) return { sink: "store", label: device.label, data: args(call, [device.data]) };
  return null;
}

/** The call that made a statement: the receiver itself, or what its `const` or `this` field holds. */
function preparedStatement(receiver: TSESTree.Node, scope: Scope): TSESTree.CallExpression | undefined {
  let value: TSESTree.Node | null | undefined = receiver;
  if (receiver.type === AST_NODE_TYPES.Identifier) value = resolveIdentifierInit(receiver, scope);
  else if (receiver.type === AST_NODE_TYPES.MemberExpression) value = resolveThisField(receiver);
  const inner = value ? unwrapExpression(value) : undefined;
  return inner?.type === AST_NODE_TYPES.CallExpression ? inner : undefined;
}

function methodWrite(call: TSESTree.CallExpression, scope: Scope): StorageWrite | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getTrailingName(callee);
  if (method === undefined) return null;
  const receiver = unwrapExpression(callee.object);

  if (KV_METHODS.has(method) && nameSaysKeyValueStore(receiver)) return { sink: "store", label: "a key-value store", data: args(call, "all") };
  if (method === "set" && getTrailingName(receiver) === "json" && receiver.type === AST_NODE_TYPES.MemberExpression && nameSaysKeyValueStore(unwrapExpression(receiver.object))) {
    return { sink: "store", label: "a key-value store", data: args(call, "all") };
  }

  if (SQL_QUERY_METHODS.has(method)) {
    const sql = sqlWrite(call, scope);
    if (sql) return sql;
  }
  // `db.prepare("INSERT …").run(…)`, or a statement prepared once and kept in a `const` or a field.
  const statement = SQL_STATEMENT_METHODS.has(method) ? preparedStatement(receiver, scope) : undefined;
  if (statement) {
    const factory = unwrapExpression(statement.callee);
    const name = factory.type === AST_NODE_TYPES.MemberExpression ? getTrailingName(factory) : undefined;
    const text = statement.arguments[0];
    if (name !== undefined && SQL_STATEMENT_FACTORIES.has(name) && text && startsWithWriteVerb(text, scope)) {
      return { sink: "store", label: DATABASE, data: args(call, "all") };
    }
  }

  if (PRISMA_WRITE_METHODS.has(method) && receiver.type === AST_NODE_TYPES.MemberExpression && call.arguments[0]) {
    const data = PRISMA_DATA_KEYS.flatMap((key) =>
      resolveObjectExpressions(call.arguments[0]!, scope).flatMap((object) => {
        const property = findProperty(object, key, scope);
        return property ? [property.value] : [];
      }),
    );
    if (data.length > 0) return { sink: "store", label: DATABASE, data };
  }

  const documentArgument = DOCUMENT_WRITE_METHODS[method];
  if (documentArgument !== undefined) return { sink: "store", label: DATABASE, data: args(call, [documentArgument]) };

  if (receiver.type === AST_NODE_TYPES.CallExpression) {
    const builder = unwrapExpression(receiver.callee);
    const builderMethod = builder.type === AST_NODE_TYPES.MemberExpression ? getTrailingName(builder) : undefined;
    if (builderMethod !== undefined && BUILDER_WRITES.has(`${builderMethod}.${method}`)) return { sink: "store", label: DATABASE, data: args(call, "all") };
  }
  return null;
}

function nameSaysKeyValueStore(receiver: TSESTree.Node): boolean {
  const name = getTrailingName(receiver);
  return name !== undefined && splitNameWords(name).some((word) => KV_RECEIVER_NAME_WORDS.has(word));
}

/** `pool.query("INSERT …", [values])`, `pool.query({ text: "INSERT …", values })`, `db.run(\`INSERT … ${x}\`)`. */
function sqlWrite(call: TSESTree.CallExpression, scope: Scope): StorageWrite | null {
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  if (startsWithWriteVerb(first, scope)) return { sink: "store", label: DATABASE, data: args(call, "all") };
  for (const config of resolveObjectExpressions(first, scope)) {
    const text = findProperty(config, "text", scope) ?? findProperty(config, "sql", scope);
    if (text && startsWithWriteVerb(text.value, scope)) {
      const values = findProperty(config, "values", scope);
      return { sink: "store", label: DATABASE, data: [text.value, ...(values ? [values.value] : []), ...args(call, "all").slice(1)] };
    }
  }
  return null;
}

/** ``sql`INSERT INTO messages … ${reply}` `` (postgres, Neon, Vercel Postgres, drizzle `sql`). */
function taggedSql(node: TSESTree.TaggedTemplateExpression): StorageWrite | null {
  const text = node.quasi.quasis[0]?.value.cooked ?? "";
  if (!SQL_WRITE_VERBS.has(firstWord(text))) return null;
  return { sink: "store", label: DATABASE, data: [...node.quasi.expressions] };
}

function startsWithWriteVerb(node: TSESTree.Node, scope: Scope): boolean {
  const parts = getStringParts(node, scope);
  const first = parts?.[0];
  return first?.kind === "text" && SQL_WRITE_VERBS.has(firstWord(first.text));
}

function firstWord(text: string): string {
  let start = 0;
  while (start < text.length && " \t\r\n(".includes(text[start]!)) start++;
  let end = start;
  while (end < text.length && /[A-Za-z]/.test(text[end]!)) end++;
  return text.slice(start, end).toLowerCase();
}

/** `new Keyv()` keeps everything in a Map; a connection URI or a store adapter makes it persistent. */
function isPersistentKeyv(node: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): boolean {
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return false;
  const objects = resolveObjectExpressions(first, scope);
  if (objects.length > 0) {
    return objects.some((object) => {
      if (findProperty(object, "uri", scope)) return true;
      const store = findProperty(object, "store", scope);
      return store !== undefined && !isInMemoryMap(store.value);
    });
  }
  return !isInMemoryMap(first);
}

function isInMemoryMap(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.NewExpression && value.callee.type === AST_NODE_TYPES.Identifier && value.callee.name === "Map";
}
