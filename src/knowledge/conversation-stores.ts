/**
 * Where conversation content gets written to last: files, persistent or networked caches and
 * key-value stores, SQL databases, ORMs and document stores, browser storage. In-memory caches
 * (`Map`, `lru-cache`, `node-cache`, a `Keyv` without a store) are left out on purpose: they die
 * with the process and are not a plaintext copy at rest.
 */

/** A write call: which arguments hold the data written, and what the message calls the destination. */
export interface StoreCall {
  /** Argument positions holding the written data; `"all"` for every argument (keys included: a prompt in a Redis key is stored too). */
  data?: readonly number[] | "all";
  /** The kind of object the call returns (a write stream, a client). */
  returns?: string;
  /** Whether the destination is a file (`file`) or a store (`store`). */
  sink?: "file" | "store";
  /** The destination as messages name it: `a file`, `Redis`, `Vercel KV`. */
  label?: string;
}

const fileWrite = (index: number): StoreCall => ({ data: [index], sink: "file", label: "a file" });

/** `fs` functions that write data to a path, with the data at argument 1. */
const FS_WRITES = ["writeFile", "writeFileSync", "appendFile", "appendFileSync"] as const;

/** `fs-extra` adds these (same argument order). */
const FS_EXTRA_WRITES = [
  "outputFile", "outputFileSync", "writeJson", "writeJsonSync", "writeJSON", "writeJSONSync", "outputJson", "outputJsonSync",
  "outputJSON", "outputJSONSync",
] as const;

function fsExports(names: readonly string[], prefix = ""): { name: string; call: StoreCall }[] {
  return names.map((name) => ({ name: `${prefix}${name}`, call: fileWrite(1) }));
}

const WRITE_STREAM: StoreCall = { returns: "fs.writeStream" };

/** Redis commands that store a value (both the node-redis camelCase and the ioredis lower-case spellings). */
export const REDIS_WRITE_METHODS: readonly string[] = [
  "set", "setEx", "setex", "pSetEx", "psetex", "setNX", "setnx", "getSet", "getset", "getEx", "mSet", "mset", "mSetNX",
  "msetnx", "append", "hSet", "hset", "hSetNX", "hsetnx", "hmSet", "hmset", "lPush", "lpush", "rPush", "rpush", "lPushX",
  "lpushx", "rPushX", "rpushx", "lSet", "lset", "lInsert", "linsert", "sAdd", "sadd", "zAdd", "zadd", "xAdd", "xadd",
  "json.set", "json.arrAppend", "setMany",
];

function kvKind(label: string): { methods: Record<string, StoreCall> } {
  const methods: Record<string, StoreCall> = {};
  for (const method of REDIS_WRITE_METHODS) methods[method] = { data: "all", sink: "store", label };
  return { methods };
}

export const STORE_KINDS: Readonly<Record<string, { methods: Readonly<Record<string, StoreCall>> }>> = {
  "fs.writeStream": { methods: { write: fileWrite(0), end: fileWrite(0) } },
  redis: kvKind("Redis"),
  upstash: kvKind("Upstash Redis"),
  "vercel.kv": kvKind("Vercel KV"),
  keyv: kvKind("a Keyv store"),
};

const redisClient = (kind: string): StoreCall => ({ returns: kind });

/** Modules whose exports write files or make persistent store clients. */
export const STORE_MODULES: readonly { modules: readonly string[]; exports: readonly { name: string; construct?: StoreCall; call?: StoreCall; instance?: string }[] }[] = [
  {
    modules: ["fs", "graceful-fs"],
    exports: [
      ...fsExports(FS_WRITES),
      ...fsExports(["writeFile", "appendFile"], "promises."),
      { name: "createWriteStream", call: WRITE_STREAM },
    ],
  },
  { modules: ["fs/promises"], exports: fsExports(["writeFile", "appendFile"]) },
  { modules: ["fs-extra"], exports: [...fsExports([...FS_WRITES, ...FS_EXTRA_WRITES]), { name: "createWriteStream", call: WRITE_STREAM }] },
  {
    modules: ["redis", "@redis/client"],
    exports: [
      { name: "createClient", call: redisClient("redis") },
      { name: "createCluster", call: redisClient("redis") },
    ],
  },
  {
    modules: ["ioredis"],
    exports: ["", "default", "Redis", "Cluster", "Redis.Cluster"].map((name) => ({ name, construct: redisClient("redis") })),
  },
  {
    modules: ["@upstash/redis", "@upstash/redis/cloudflare", "@upstash/redis/nodejs"],
    exports: [
      { name: "Redis", construct: redisClient("upstash") },
      { name: "Redis.fromEnv", call: redisClient("upstash") },
    ],
  },
  {
    modules: ["@vercel/kv"],
    exports: [
      { name: "kv", instance: "vercel.kv" },
      { name: "createClient", call: redisClient("vercel.kv") },
    ],
  },
  // `new Keyv()` keeps data in a Map; only a store or connection URI makes it persistent (checked by the reader).
  { modules: ["keyv"], exports: ["", "default", "Keyv"].map((name) => ({ name, construct: redisClient("keyv") })) },
];

/** Global functions of Bun and Deno that write files: `Bun.write(path, data)`, `Deno.writeTextFile(path, data)`. */
export const RUNTIME_FILE_WRITES: Readonly<Record<string, number>> = {
  "Bun.write": 1,
  "Deno.writeTextFile": 1,
  "Deno.writeTextFileSync": 1,
  "Deno.writeFile": 1,
  "Deno.writeFileSync": 1,
};

/**
 * Words in a receiver's name that say it is a networked or persistent key-value store, for
 * clients made in another file (`import { redis } from "@/lib/redis"`, `this.kv`).
 */
export const KV_RECEIVER_NAME_WORDS: ReadonlySet<string> = new Set(["redis", "upstash", "valkey", "kv", "keydb", "dragonfly", "memcached", "memcache"]);

/** SQL statements that store data: a query whose text starts with one of these. */
export const SQL_WRITE_VERBS: ReadonlySet<string> = new Set(["insert", "update", "upsert", "replace", "merge"]);

/**
 * Methods that run SQL with parameters (`pool.query(text, values)`, mysql2 `execute`, sqlite3
 * `run`), and the statement methods after `db.prepare(text)` (better-sqlite3 `run`, D1 `bind`).
 */
export const SQL_QUERY_METHODS: ReadonlySet<string> = new Set(["query", "execute", "run", "all", "unsafe", "exec"]);
export const SQL_STATEMENT_FACTORIES: ReadonlySet<string> = new Set(["prepare"]);
export const SQL_STATEMENT_METHODS: ReadonlySet<string> = new Set(["run", "execute", "bind", "all", "get"]);

/**
 * Prisma model writes: `prisma.message.create({ data })`; the data sits under these keys of the
 * first argument. Matched on `<client>.<model>.<method>` with one of the keys present.
 */
export const PRISMA_WRITE_METHODS: ReadonlySet<string> = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "upsert"]);
export const PRISMA_DATA_KEYS: readonly string[] = ["data", "create", "update"];

/** MongoDB collection writes and the argument holding the document or update. */
export const DOCUMENT_WRITE_METHODS: Readonly<Record<string, number>> = {
  insertOne: 0,
  insertMany: 0,
  replaceOne: 1,
  updateOne: 1,
  updateMany: 1,
  findOneAndUpdate: 1,
  findOneAndReplace: 1,
};

/**
 * Query builders that write: `supabase.from(t).insert(row)`, drizzle `db.insert(t).values(row)`
 * and `db.update(t).set(row)`. Keys are `<builder method>.<write method>`.
 */
export const BUILDER_WRITES: ReadonlySet<string> = new Set(["from.insert", "from.upsert", "from.update", "insert.values", "update.set"]);

/** Browser and React Native storage that keeps data on the device in plaintext. */
export const DEVICE_STORAGE_WRITES: Readonly<Record<string, { data: number; label: string }>> = {
  "localStorage.setItem": { data: 1, label: "localStorage" },
  "window.localStorage.setItem": { data: 1, label: "localStorage" },
  "globalThis.localStorage.setItem": { data: 1, label: "localStorage" },
  "AsyncStorage.setItem": { data: 1, label: "AsyncStorage" },
  "AsyncStorage.mergeItem": { data: 1, label: "AsyncStorage" },
  "AsyncStorage.multiSet": { data: 0, label: "AsyncStorage" },
};
