/**
 * Vector stores and the databases RAG apps keep embeddings in: how each client is built, where
 * its endpoint goes, and what chooses TLS. Read by `no-plaintext-vector-store`.
 *
 * One record per client. Adding a client is adding one record (and its tests):
 *
 * ```ts
 * {
 *   name: "Acme Vector",                                   // shown in messages
 *   modules: ["@acme/vector"],                             // import sources
 *   constructions: [{ kind: "new", path: ["AcmeClient"] }],// `new AcmeClient(opts)`
 *   endpoints: [{
 *     urls: ["url"],                                       // option holding a full URL
 *     hosts: ["host"],                                     // option holding a bare host
 *     schemes: HTTP_SCHEMES,                               // what `http://` / `https://` mean
 *     flags: [{ at: "tls", off: [false], fix: true }],     // `tls: false` is plaintext
 *     default: "plaintext", defaultHost: "localhost",      // what happens when nothing is set
 *   }],
 *   enableTls: "use an https:// url or set `tls: true`",   // the advice in the message
 * }
 * ```
 *
 * A *place* is where a setting is written: an option path inside the options object
 * (`"socket.tls"`, `"postgresConnectionOptions.ssl"`) or a positional argument index (`0`).
 * Facts come from each SDK's own source; the rule's doc page lists what is covered.
 */
import type { SdkConstruction, SettingPlace } from "../analysis/sdk-clients";

/** A value a setting or URL parameter can hold. Strings compare case-insensitively. */
export type SettingLiteral = string | number | boolean;

/** What a URL scheme means for a client. */
export type SchemeMeaning =
  /** Always plaintext (`http:`). */
  | "plaintext"
  /** Always TLS (`https:`, `rediss:`). */
  | "tls"
  /** Plaintext unless a URL parameter or an option turns TLS on (`mongodb:`). */
  | "plaintextUnlessSet"
  /** TLS unless a URL parameter or an option turns it off (`mongodb+srv:`). */
  | "tlsUnlessSet"
  /** Says nothing: URL parameters, options or the client's default decide (`postgres:`). */
  | "neutral";

/** A switch that chooses TLS: an option, a positional argument, or a URL query parameter. */
export interface TlsSwitch {
  /** Values that mean plaintext. */
  off: readonly SettingLiteral[];
  /** Values that try TLS but fall back to plaintext when the server refuses it. */
  fallback?: readonly SettingLiteral[];
  /**
   * Values that mean TLS. Omitted: every other value the code proves (`true`, an object of TLS
   * options, a string such as `"no-verify"`) turns TLS on. Empty: no value proves TLS.
   */
  on?: readonly SettingLiteral[];
  /** The literal a suggestion writes in place of an `off`/`fallback` literal; omitted when no in-place edit is safe. */
  fix?: SettingLiteral;
}

export interface TlsFlag extends TlsSwitch {
  /** Where the switch is written. */
  at: SettingPlace;
  /** The client ignores this switch when a URL is given (the URL's scheme wins). */
  overriddenByUrl?: boolean;
  /** TLS is on when this switch or the URL's scheme says so (Milvus): a URL the code does not show may still turn it on. */
  orWithUrl?: boolean;
}

export interface UrlParam extends TlsSwitch {
  /** The query parameter, e.g. `sslmode`. */
  name: string;
}

/** One network connection a client opens (Weaviate opens two: HTTP and gRPC). */
export interface VectorStoreEndpoint {
  /** Which connection, for messages when there are several ("gRPC"). */
  channel?: string;
  /** Places holding a full URL or connection string; its scheme (when the map gives it meaning) decides TLS. */
  urls?: readonly SettingPlace[];
  /** Places holding a host (`host`, `address`); a scheme written there is still read. */
  hosts?: readonly SettingPlace[];
  /** Meaning of each URL scheme; schemes not listed say nothing. */
  schemes?: Readonly<Record<string, SchemeMeaning>>;
  /** Query parameters of the URL that choose TLS. */
  urlParams?: readonly UrlParam[];
  /** Options or arguments that switch TLS. */
  flags?: readonly TlsFlag[];
  /** Options whose presence makes the client choose TLS when nothing else decides (Qdrant's `apiKey`). */
  tlsWhenPresent?: readonly SettingPlace[];
  /** What the client does when nothing in the code decides: `unknown` when an env var decides or the SDK requires a URL. */
  default: "plaintext" | "tls" | "unknown";
  /** The host used when none is given; omitted when it comes from the environment (`PGHOST`) or is required. */
  defaultHost?: string;
  /** Advice for this connection when it differs from the client's. */
  enableTls?: string;
}

export interface VectorStoreClient {
  /** Shown in messages: "Qdrant", "Weaviate (connectToLocal)". */
  name: string;
  modules: readonly string[];
  constructions: readonly SdkConstruction[];
  endpoints: readonly VectorStoreEndpoint[];
  /** Options that pass a ready-made client or pool: the connection was configured where that was built. */
  clientOptions?: readonly SettingPlace[];
  /** How to turn TLS on, for the message ("set `ssl: true`"). No trailing period. */
  enableTls: string;
  /**
   * A general-purpose database (Postgres, Redis, MongoDB, Elasticsearch…) rather than a vector
   * store: it may hold chat history, sessions or any other records, so messages speak of the data
   * it reads and writes, not of embeddings.
   */
  generalDatabase?: boolean;
}

/** Scheme upgrades a suggestion may make in place. */
export const TLS_SCHEME_FOR: Readonly<Record<string, string>> = { http: "https", ws: "wss", redis: "rediss", neo4j: "neo4j+s", bolt: "bolt+s" };

const HTTP_SCHEMES = { http: "plaintext", https: "tls" } as const;

/** A MongoDB connection string (and the driver's options object at argument 1): mongodb:// is plaintext unless tls=true; mongodb+srv:// is TLS unless tls=false. */
const MONGODB_ENDPOINT: VectorStoreEndpoint = {
  urls: [0],
  schemes: { mongodb: "plaintextUnlessSet", "mongodb+srv": "tlsUnlessSet" },
  urlParams: [
    { name: "tls", off: ["false"], on: ["true"] },
    { name: "ssl", off: ["false"], on: ["true"] },
  ],
  flags: [
    { at: "tls", off: [false], fix: true },
    { at: "ssl", off: [false], fix: true },
  ],
  default: "unknown",
};
const MONGODB_ENABLE_TLS = "use a mongodb+srv:// URI or set `tls: true`";
const POSTGRES_SCHEMES = { postgres: "neutral", postgresql: "neutral" } as const;

/** node-postgres: `ssl` option (default false), `sslmode` / `ssl` in the connection string (these win over the option). */
const PG_ENDPOINT: VectorStoreEndpoint = {
  urls: ["connectionString", 0],
  hosts: ["host"],
  schemes: POSTGRES_SCHEMES,
  urlParams: [
    // pg 8 treats allow/prefer/require/verify-ca as verify-full; it never falls back to plaintext.
    { name: "sslmode", off: ["disable"], on: ["allow", "prefer", "require", "verify-ca", "verify-full", "no-verify"] },
    { name: "ssl", off: ["0"], on: ["1", "true"] },
  ],
  flags: [{ at: "ssl", off: [false], fix: true }],
  default: "plaintext",
};

/** The same settings nested under a wrapper's option (`postgresConnectionOptions`, `clientConfig`). */
function nested(prefix: string, endpoint: VectorStoreEndpoint): VectorStoreEndpoint {
  const under = (places: readonly SettingPlace[] | undefined): SettingPlace[] | undefined =>
    places?.filter((place): place is string => typeof place === "string").map((place) => `${prefix}.${place}`);
  return {
    ...endpoint,
    urls: under(endpoint.urls),
    hosts: under(endpoint.hosts),
    flags: endpoint.flags?.filter((flag) => typeof flag.at === "string").map((flag) => ({ ...flag, at: `${prefix}.${flag.at as string}` })),
    tlsWhenPresent: under(endpoint.tlsWhenPresent),
  };
}

/** LangChain vector stores: `new Store(embeddings, config)` and the static builders, config last. */
function langchainStore(className: string): SdkConstruction[] {
  return [
    { kind: "new", path: [className], options: "last" },
    ...["fromDocuments", "fromTexts", "fromExistingCollection", "fromExistingIndex", "initialize"].map(
      (method): SdkConstruction => ({ kind: "call", path: [className, method], options: "last" }),
    ),
  ];
}

const PG_ADVICE = "set `ssl: true` (or an object with your CA) or `sslmode=verify-full` in the connection string";
const QDRANT_ADVICE = "use an https:// url, or `https: true` with `host`";
const CHROMA_ADVICE = "set `ssl: true` (chromadb 3) or use an https:// path";
const MILVUS_ADVICE = "set `ssl: true` or an https:// address, with `tls.rootCertPath` for a private CA";

export const VECTOR_STORE_CLIENTS: readonly VectorStoreClient[] = [
  // chromadb 3: host/port/ssl (ssl false by default); chromadb ≤2 and the deprecated 3.x `path`: a full URL.
  {
    name: "Chroma",
    modules: ["chromadb", "chromadb-client"],
    constructions: [
      { kind: "new", path: ["ChromaClient"] },
      { kind: "new", path: ["AdminClient"] },
    ],
    endpoints: [
      {
        urls: ["path"],
        hosts: ["host"],
        schemes: HTTP_SCHEMES,
        flags: [{ at: "ssl", off: [false], fix: true, overriddenByUrl: true }],
        default: "plaintext",
        defaultHost: "localhost",
      },
    ],
    enableTls: CHROMA_ADVICE,
  },
  {
    name: "Chroma Cloud",
    modules: ["chromadb", "chromadb-client"],
    constructions: [{ kind: "new", path: ["CloudClient"] }],
    endpoints: [{ urls: ["cloudHost"], schemes: HTTP_SCHEMES, default: "tls" }],
    enableTls: "use an https:// cloudHost",
  },
  // Qdrant REST and gRPC: `url` (its scheme wins) or `host` + `https` (default: https when apiKey is a string).
  {
    name: "Qdrant",
    modules: ["@qdrant/js-client-rest", "@qdrant/qdrant-js", "@qdrant/js-client-grpc", "@qdrant/qdrant-js/grpc"],
    constructions: [{ kind: "new", path: ["QdrantClient"] }],
    endpoints: [
      {
        urls: ["url"],
        hosts: ["host"],
        schemes: HTTP_SCHEMES,
        flags: [{ at: "https", off: [false], fix: true, overriddenByUrl: true }],
        tlsWhenPresent: ["apiKey"],
        default: "plaintext",
        defaultHost: "127.0.0.1",
      },
    ],
    enableTls: QDRANT_ADVICE,
  },
  // weaviate-client 3: connectToLocal is always plaintext, whatever its host.
  {
    name: "Weaviate connectToLocal",
    modules: ["weaviate-client"],
    constructions: [{ kind: "call", path: ["connectToLocal"] }],
    endpoints: [{ channel: "HTTP and gRPC", hosts: ["host"], default: "plaintext", defaultHost: "localhost" }],
    enableTls: "use `connectToCustom` with `httpSecure: true` and `grpcSecure: true` for a remote host",
  },
  // connectToCustom: httpSecure and grpcSecure both default to false.
  {
    name: "Weaviate",
    modules: ["weaviate-client"],
    constructions: [{ kind: "call", path: ["connectToCustom"] }],
    endpoints: [
      { channel: "HTTP", hosts: ["httpHost"], flags: [{ at: "httpSecure", off: [false], fix: true }], default: "plaintext", defaultHost: "localhost", enableTls: "set `httpSecure: true`" },
      { channel: "gRPC", hosts: ["grpcHost"], flags: [{ at: "grpcSecure", off: [false], fix: true }], default: "plaintext", defaultHost: "localhost", enableTls: "set `grpcSecure: true`" },
    ],
    enableTls: "set `httpSecure: true` and `grpcSecure: true`",
  },
  // `weaviate.client(…)`: v3 takes connectionParams.{http,grpc}.secure; v2 (weaviate-ts-client, old weaviate-client) takes scheme + host.
  {
    name: "Weaviate",
    modules: ["weaviate-client", "weaviate-ts-client"],
    constructions: [{ kind: "call", path: ["client"] }],
    endpoints: [
      {
        hosts: ["host"],
        schemes: HTTP_SCHEMES,
        flags: [{ at: "scheme", off: ["http"], on: ["https"], fix: "https" }],
        default: "unknown",
        enableTls: "set `scheme: \"https\"`",
      },
      {
        channel: "HTTP",
        hosts: ["connectionParams.http.host"],
        flags: [{ at: "connectionParams.http.secure", off: [false], fix: true }],
        default: "unknown",
        enableTls: "set `connectionParams.http.secure: true`",
      },
      {
        channel: "gRPC",
        hosts: ["connectionParams.grpc.host"],
        flags: [{ at: "connectionParams.grpc.secure", off: [false], fix: true }],
        default: "unknown",
        enableTls: "set `connectionParams.grpc.secure: true`",
      },
    ],
    enableTls: "use TLS",
  },
  // Milvus gRPC: TLS when the address starts with https://, `ssl` is true, or `tls` certificates are given.
  {
    name: "Milvus",
    modules: ["@zilliz/milvus2-sdk-node"],
    constructions: [{ kind: "new", path: ["MilvusClient"] }],
    endpoints: [
      {
        urls: ["address", 0],
        schemes: HTTP_SCHEMES,
        flags: [
          { at: "ssl", off: [false], fix: true, orWithUrl: true },
          { at: 1, off: [false], fix: true, orWithUrl: true },
          { at: "tls", off: [] },
        ],
        default: "plaintext",
      },
    ],
    enableTls: MILVUS_ADVICE,
  },
  {
    name: "Milvus REST",
    modules: ["@zilliz/milvus2-sdk-node"],
    constructions: [{ kind: "new", path: ["HttpClient"] }],
    endpoints: [{ urls: ["baseURL", "endpoint"], schemes: HTTP_SCHEMES, default: "unknown" }],
    enableTls: "use an https:// endpoint",
  },
  // Pinecone keeps an http:// URL as given (Pinecone Local); a scheme-less host gets https://.
  {
    name: "Pinecone",
    modules: ["@pinecone-database/pinecone"],
    constructions: [{ kind: "new", path: ["Pinecone"] }],
    endpoints: [{ urls: ["controllerHostUrl"], schemes: HTTP_SCHEMES, default: "tls" }],
    enableTls: "use an https:// controllerHostUrl",
  },
  {
    name: "Pinecone index",
    modules: ["@pinecone-database/pinecone"],
    constructions: [{ kind: "new", path: ["Pinecone"], instanceMethods: ["index", "Index"] }],
    endpoints: [{ urls: ["host", 1], schemes: HTTP_SCHEMES, default: "tls" }],
    enableTls: "use an https:// index host (or leave the scheme out)",
  },
  // pgvector through node-postgres.
  {
    name: "node-postgres",
    generalDatabase: true,
    modules: ["pg", "pg-pool"],
    constructions: [
      { kind: "new", path: ["Pool"] },
      { kind: "new", path: ["Client"] },
      { kind: "new", path: [] },
    ],
    endpoints: [PG_ENDPOINT],
    enableTls: PG_ADVICE,
  },
  // postgres.js: the `ssl` option wins over the URL; `prefer` falls back to plaintext, `disable`/`false` in the URL is plaintext.
  {
    name: "postgres.js",
    generalDatabase: true,
    modules: ["postgres"],
    constructions: [{ kind: "call", path: [], options: "last" }],
    endpoints: [
      {
        urls: [0],
        hosts: ["host", "hostname"],
        schemes: POSTGRES_SCHEMES,
        urlParams: [
          { name: "sslmode", off: ["disable", "false"], fallback: ["prefer"], on: ["allow", "require", "verify-ca", "verify-full", "true"] },
          { name: "ssl", off: ["disable", "false"], fallback: ["prefer"], on: ["allow", "require", "verify-ca", "verify-full", "true"] },
        ],
        flags: [{ at: "ssl", off: [false], fallback: ["prefer"], fix: "verify-full" }],
        default: "plaintext",
      },
    ],
    enableTls: "set `ssl: \"verify-full\"` (or `sslmode=verify-full` in the URL)",
  },
  // node-redis: `redis://` vs `rediss://`, or `socket.tls: true`.
  {
    name: "node-redis",
    generalDatabase: true,
    modules: ["redis", "@redis/client"],
    constructions: [{ kind: "call", path: ["createClient"] }],
    endpoints: [
      {
        urls: ["url"],
        hosts: ["socket.host", "socket.path"],
        schemes: { redis: "plaintext", rediss: "tls" },
        flags: [{ at: "socket.tls", off: [false], fix: true }],
        default: "plaintext",
        defaultHost: "localhost",
      },
    ],
    enableTls: "use a rediss:// url or set `socket.tls: true`",
  },
  // ioredis: `new Redis(url | port, host?, options?)` or `new Redis(options)`; rediss:// or a `tls` object.
  {
    name: "ioredis",
    generalDatabase: true,
    modules: ["ioredis"],
    constructions: [
      { kind: "new", path: [], options: "last" },
      { kind: "new", path: ["Redis"], options: "last" },
    ],
    endpoints: [
      {
        urls: [0],
        hosts: [1, "host", "path"],
        schemes: { redis: "plaintextUnlessSet", rediss: "tls" },
        flags: [{ at: "tls", off: [false] }],
        default: "plaintext",
        defaultHost: "localhost",
      },
    ],
    enableTls: "use a rediss:// url or pass a `tls` object",
  },
  // Elasticsearch (`tls` options do not turn an http:// node into TLS) and OpenSearch (`ssl`, same rule).
  {
    name: "Elasticsearch",
    generalDatabase: true,
    modules: ["@elastic/elasticsearch"],
    constructions: [{ kind: "new", path: ["Client"] }],
    endpoints: [{ urls: ["node", "nodes"], schemes: HTTP_SCHEMES, tlsWhenPresent: ["cloud"], default: "unknown" }],
    enableTls: "use an https:// node (or `cloud.id`)",
  },
  {
    name: "OpenSearch",
    generalDatabase: true,
    modules: ["@opensearch-project/opensearch"],
    constructions: [{ kind: "new", path: ["Client"] }],
    endpoints: [{ urls: ["node", "nodes"], schemes: HTTP_SCHEMES, default: "unknown" }],
    enableTls: "use an https:// node",
  },
  // LanceDB: `hostOverride` is used verbatim; object stores need `allow_http` before they accept an http:// endpoint.
  {
    name: "LanceDB",
    modules: ["@lancedb/lancedb"],
    constructions: [{ kind: "call", path: ["connect"], options: "last" }],
    endpoints: [
      { urls: ["hostOverride"], schemes: HTTP_SCHEMES, default: "tls", enableTls: "use an https:// hostOverride" },
      {
        channel: "object store",
        urls: ["storageOptions.endpoint", "storageOptions.aws_endpoint", "storageOptions.endpoint_url", "storageOptions.aws_endpoint_url"],
        schemes: { https: "tls" },
        flags: [{ at: "storageOptions.allow_http", off: [true, "true"], on: [] }],
        default: "tls",
        enableTls: "remove `allow_http` and use an https:// object-store endpoint",
      },
    ],
    enableTls: "use https:// endpoints",
  },
  // MongoDB (Atlas Vector Search): mongodb:// is plaintext unless tls=true; mongodb+srv:// is TLS unless tls=false.
  {
    name: "MongoDB",
    generalDatabase: true,
    modules: ["mongodb"],
    constructions: [
      { kind: "new", path: ["MongoClient"], options: 1 },
      { kind: "call", path: ["MongoClient", "connect"], options: 1 },
    ],
    endpoints: [MONGODB_ENDPOINT],
    enableTls: MONGODB_ENABLE_TLS,
  },
  // Mongoose hands the URI and the driver's options to the MongoDB driver: the same TLS rules.
  {
    name: "Mongoose",
    generalDatabase: true,
    modules: ["mongoose"],
    constructions: [
      { kind: "call", path: ["connect"], options: 1 },
      { kind: "call", path: ["createConnection"], options: 1 },
    ],
    endpoints: [MONGODB_ENDPOINT],
    enableTls: MONGODB_ENABLE_TLS,
  },
  // Meilisearch (hybrid and vector search): `host` is a full URL.
  {
    name: "Meilisearch",
    modules: ["meilisearch"],
    constructions: [
      { kind: "new", path: ["MeiliSearch"] },
      { kind: "new", path: ["Meilisearch"] },
    ],
    endpoints: [{ urls: ["host"], schemes: HTTP_SCHEMES, default: "unknown" }],
    enableTls: "use an https:// host",
  },
  {
    name: "Upstash Vector",
    modules: ["@upstash/vector"],
    constructions: [{ kind: "new", path: ["Index"] }],
    endpoints: [{ urls: ["url"], schemes: HTTP_SCHEMES, default: "unknown" }],
    enableTls: "use the https:// REST URL",
  },
  // turbopuffer 2.x `baseURL`; 0.x `baseUrl`.
  {
    name: "turbopuffer",
    modules: ["@turbopuffer/turbopuffer"],
    constructions: [
      { kind: "new", path: [] },
      { kind: "new", path: ["Turbopuffer"] },
    ],
    endpoints: [{ urls: ["baseURL", "baseUrl"], schemes: HTTP_SCHEMES, default: "tls" }],
    enableTls: "use an https:// base URL (or `region`)",
  },
  {
    name: "Supabase",
    generalDatabase: true,
    modules: ["@supabase/supabase-js"],
    constructions: [{ kind: "call", path: ["createClient"], options: 2 }],
    endpoints: [{ urls: [0], schemes: HTTP_SCHEMES, default: "unknown" }],
    enableTls: "use the https:// project URL",
  },
  {
    name: "Supabase",
    generalDatabase: true,
    modules: ["@supabase/ssr"],
    constructions: [
      { kind: "call", path: ["createServerClient"], options: 2 },
      { kind: "call", path: ["createBrowserClient"], options: 2 },
    ],
    endpoints: [{ urls: [0], schemes: HTTP_SCHEMES, default: "unknown" }],
    enableTls: "use the https:// project URL",
  },
  // Neo4j vector indexes (GraphRAG): neo4j:// and bolt:// are unencrypted unless `encrypted` is on; +s / +ssc schemes are TLS.
  {
    name: "Neo4j",
    generalDatabase: true,
    modules: ["neo4j-driver"],
    constructions: [{ kind: "call", path: ["driver"], options: 2 }],
    endpoints: [
      {
        urls: [0],
        schemes: { neo4j: "plaintextUnlessSet", bolt: "plaintextUnlessSet", "neo4j+s": "tls", "bolt+s": "tls", "neo4j+ssc": "tls", "bolt+ssc": "tls" },
        flags: [{ at: "encrypted", off: [false, "ENCRYPTION_OFF"], on: [true, "ENCRYPTION_ON"], fix: true }],
        default: "unknown",
      },
    ],
    enableTls: "use a neo4j+s:// URI",
  },
  // LangChain wrappers that build the client from a URL or a pool config.
  {
    name: "LangChain QdrantVectorStore",
    modules: ["@langchain/qdrant", "@langchain/community/vectorstores/qdrant"],
    constructions: langchainStore("QdrantVectorStore"),
    endpoints: [{ urls: ["url"], schemes: HTTP_SCHEMES, default: "unknown" }],
    clientOptions: ["client"],
    enableTls: "use an https:// url",
  },
  {
    name: "LangChain Chroma",
    modules: ["@langchain/community/vectorstores/chroma"],
    constructions: langchainStore("Chroma"),
    endpoints: [{ urls: ["url"], schemes: HTTP_SCHEMES, default: "plaintext", defaultHost: "localhost" }],
    clientOptions: ["index"],
    enableTls: "use an https:// url",
  },
  {
    name: "LangChain PGVectorStore",
    modules: ["@langchain/pgvector", "@langchain/community/vectorstores/pgvector"],
    constructions: langchainStore("PGVectorStore"),
    endpoints: [nested("postgresConnectionOptions", PG_ENDPOINT)],
    clientOptions: ["pool"],
    enableTls: PG_ADVICE.replace("`ssl: true`", "`postgresConnectionOptions.ssl: true`"),
  },
  {
    name: "LangChain Milvus",
    modules: ["@langchain/community/vectorstores/milvus"],
    constructions: langchainStore("Milvus"),
    endpoints: [
      {
        urls: ["url", "clientConfig.address"],
        schemes: HTTP_SCHEMES,
        flags: [
          { at: "ssl", off: [false], fix: true, orWithUrl: true },
          { at: "clientConfig.ssl", off: [false], fix: true, orWithUrl: true },
        ],
        default: "unknown",
      },
    ],
    enableTls: MILVUS_ADVICE,
  },
  {
    name: "LangChain TurbopufferVectorStore",
    modules: ["@langchain/community/vectorstores/turbopuffer"],
    constructions: langchainStore("TurbopufferVectorStore"),
    endpoints: [{ urls: ["apiUrl"], schemes: HTTP_SCHEMES, default: "tls" }],
    enableTls: "use an https:// apiUrl",
  },
  // LlamaIndex stores.
  {
    name: "LlamaIndex QdrantVectorStore",
    modules: ["@llamaindex/qdrant", "llamaindex"],
    constructions: [{ kind: "new", path: ["QdrantVectorStore"] }],
    endpoints: [{ urls: ["url"], schemes: HTTP_SCHEMES, default: "unknown" }],
    clientOptions: ["client"],
    enableTls: "use an https:// url",
  },
  {
    name: "LlamaIndex PGVectorStore",
    modules: ["@llamaindex/postgres", "llamaindex"],
    constructions: [{ kind: "new", path: ["PGVectorStore"] }],
    endpoints: [nested("clientConfig", PG_ENDPOINT)],
    clientOptions: ["client"],
    enableTls: PG_ADVICE.replace("`ssl: true`", "`clientConfig.ssl: true`"),
  },
  {
    name: "LlamaIndex MilvusVectorStore",
    modules: ["@llamaindex/milvus", "llamaindex"],
    constructions: [{ kind: "new", path: ["MilvusVectorStore"] }],
    endpoints: [
      {
        urls: ["params.configOrAddress", "params.configOrAddress.address"],
        schemes: HTTP_SCHEMES,
        flags: [
          { at: "params.ssl", off: [false], fix: true, orWithUrl: true },
          { at: "params.configOrAddress.ssl", off: [false], fix: true, orWithUrl: true },
        ],
        default: "unknown",
      },
    ],
    clientOptions: ["milvusClient"],
    enableTls: MILVUS_ADVICE.replace("`ssl: true`", "`params.ssl: true`"),
  },
  {
    name: "LlamaIndex ChromaVectorStore",
    modules: ["@llamaindex/chroma", "llamaindex"],
    constructions: [{ kind: "new", path: ["ChromaVectorStore"] }],
    endpoints: [
      {
        urls: ["chromaClientParams.path"],
        hosts: ["chromaClientParams.host"],
        schemes: HTTP_SCHEMES,
        flags: [{ at: "chromaClientParams.ssl", off: [false], fix: true, overriddenByUrl: true }],
        default: "plaintext",
        defaultHost: "localhost",
      },
    ],
    enableTls: "use an https:// chromaClientParams.path",
  },
];

/** Every import source above, for a cheap early exit. */
export const VECTOR_STORE_MODULES: readonly string[] = [...new Set(VECTOR_STORE_CLIENTS.flatMap((client) => client.modules))];
