import type { InvalidTestCase } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/no-plaintext-vector-store";
import { runRuleTests } from "../rule-tester";
import { locationOf as at } from "../support/locations";
import { replaceNth } from "../support/edits";

type MessageId = "plaintextConnection" | "plaintextFallback" | "plaintextByDefault" | "plaintextDefaultUnseenHost" | "suggestTlsScheme" | "suggestTlsFlag";
type Options = [{ allowedHosts?: string[]; reportUnknownDefaults?: boolean }];

const STRICT: Options = [{ reportUnknownDefaults: true }];

/** What the message says crosses the network: a vector store's embeddings, or a general database's data. */
const STORE = { payload: "embeddings and documents", inversion: ", and embeddings can be partly inverted back into the source text" };
const DATABASE = { payload: "queries and the data they read and write", inversion: "" };

interface Expected {
  id: Exclude<MessageId, "suggestTlsScheme" | "suggestTlsFlag">;
  /** The exact source text of the reported node. */
  at: string;
  nth?: number;
  /** A suggestion: its id, and the edit it makes (first occurrence of `from` becomes `to`). */
  suggest?: { id: "suggestTlsScheme" | "suggestTlsFlag"; from: string; to: string; nth?: number };
  data?: Record<string, string>;
}

function bad(code: string, expected: Expected[], extra: { filename?: string; options?: Options } = {}): InvalidTestCase<MessageId, Options> {
  return {
    code,
    ...extra,
    errors: expected.map((e) => ({
      messageId: e.id,
      ...at(code, e.at, e.nth),
      ...(e.data ? { data: e.data } : {}),
      suggestions: e.suggest ? [{ messageId: e.suggest.id, output: replaceNth(code, e.suggest.from, e.suggest.to, e.suggest.nth) }] : [],
    })),
  };
}

const ts = (code: string, options?: Options) => ({ code, filename: "file.ts", ...(options ? { options } : {}) });

runRuleTests("no-plaintext-vector-store", rule, {
  valid: [
    // Loopback, in every spelling.
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "http://localhost:6333" });',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "http://127.0.0.1:6333" });',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "http://[::1]:6333" });',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "http://127.0.0.5:6333" });',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: process.env.QDRANT_URL || "http://localhost:6333" });',
    'import { ChromaClient } from "chromadb";\nnew ChromaClient({ path: "http://localhost:8000" });',
    'import weaviate from "weaviate-client";\nawait weaviate.connectToLocal({ host: "127.0.0.1", port: 8080 });',
    'import { createClient } from "@supabase/supabase-js";\ncreateClient("http://127.0.0.1:54321", process.env.SUPABASE_ANON_KEY);',
    'import { Pinecone } from "@pinecone-database/pinecone";\nconst pc = new Pinecone({ apiKey: "pclocal", controllerHostUrl: "http://localhost:5080" });\npc.index("docs", "http://localhost:5081");',
    'import { MongoClient } from "mongodb";\nnew MongoClient("mongodb://localhost:27017,localhost:27018/rag?replicaSet=rs0");',
    'import pg from "pg";\nnew pg.Pool({ host: "/var/run/postgresql", database: "rag" });',
    'import { connect } from "@lancedb/lancedb";\nawait connect("s3://bucket/rag", { storageOptions: { allow_http: "true", aws_endpoint: "http://localhost:9000" } });',
    // A container's alias for the machine running it (Docker, Podman, OrbStack, Linux bridge gateway): the store runs on that machine.
    'import { QdrantClient } from "@qdrant/js-client-rest";\nconst qdrant = new QdrantClient({ url: "http://host.docker.internal:6333" });',
    'import { ChromaClient } from "chromadb";\nnew ChromaClient({ path: process.env.CHROMA_URL ?? "http://host.containers.internal:8000" });',
    'import { ChromaClient } from "chromadb";\nnew ChromaClient({ host: "host.orb.internal", port: 8000 });',
    'import weaviate from "weaviate-client";\nawait weaviate.connectToCustom({ httpHost: "172.17.0.1", httpPort: 8080, httpSecure: false, grpcHost: "172.17.0.1", grpcPort: 50051, grpcSecure: false });',
    'const { createClient } = require("redis");\nconst redis = createClient({ url: "redis://host.docker.internal:6379" });',
    'import pg from "pg";\nnew pg.Pool({ connectionString: "postgres://rag:rag@host.containers.internal:5432/rag?sslmode=disable" });',
    'import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: "host.docker.internal:19530", ssl: false });',
    ts('import { QdrantVectorStore } from "@langchain/qdrant";\nimport { OpenAIEmbeddings } from "@langchain/openai";\nconst QDRANT_URL = "http://model-runner.docker.internal:6333" as const;\nexport const store = await QdrantVectorStore.fromExistingCollection(new OpenAIEmbeddings(), { url: QDRANT_URL, collectionName: "docs" });'),
    // The SDK defaults: loopback plaintext, or TLS.
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient();',
    'import { ChromaClient } from "chromadb";\nconst client = new ChromaClient();',
    'import Redis from "ioredis";\nconst redis = new Redis();',
    'import { createClient } from "redis";\nconst redis = await createClient().connect();',
    'import weaviate from "weaviate-client";\nconst client = await weaviate.connectToLocal();',
    'import { Pinecone } from "@pinecone-database/pinecone";\nconst pc = new Pinecone({ apiKey: process.env.PINECONE_API_KEY });\nconst index = pc.index("docs");',
    'import { Pinecone } from "@pinecone-database/pinecone";\nconst pc = new Pinecone();\npc.index({ name: "docs", host: "docs-abc123.svc.us-east1.pinecone.io" });',
    'import Turbopuffer from "@turbopuffer/turbopuffer";\nnew Turbopuffer({ apiKey: process.env.TURBOPUFFER_API_KEY, region: "gcp-us-central1" });',
    'import { connect } from "@lancedb/lancedb";\nawait connect("db://rag", { apiKey: process.env.LANCEDB_API_KEY, region: "us-east-1" });',
    'import * as lancedb from "@lancedb/lancedb";\nconst db = await lancedb.connect("data/lancedb");',
    'import { Chroma } from "@langchain/community/vectorstores/chroma";\nconst store = new Chroma(embeddings, { collectionName: "docs" });',
    // TLS chosen.
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "https://qdrant.prod:6333", apiKey: process.env.QDRANT_API_KEY });',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ host: "qdrant.prod", apiKey: process.env.QDRANT_API_KEY });',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ host: "qdrant.prod", https: true });',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "https://qdrant.prod:6333", https: false });',
    'import { ChromaClient } from "chromadb";\nnew ChromaClient({ host: "chroma.prod.internal", port: 443, ssl: true, headers: { "x-chroma-token": token } });',
    'import { CloudClient } from "chromadb";\nnew CloudClient({ apiKey: process.env.CHROMA_API_KEY });',
    'import weaviate from "weaviate-client";\nawait weaviate.connectToCustom({ httpHost: "weaviate.prod", httpPort: 443, httpSecure: true, grpcHost: "grpc-weaviate.prod", grpcPort: 443, grpcSecure: true });',
    'import weaviate from "weaviate-client";\nawait weaviate.connectToWeaviateCloud(process.env.WCD_URL, { authCredentials: new weaviate.ApiKey(key) });',
    'import weaviate from "weaviate-client";\nawait weaviate.connectToWeaviateCloud("http://rag.weaviate.network", { authCredentials: key });',
    'import weaviate from "weaviate-client";\nawait weaviate.client({ connectionParams: { http: { host: "weaviate.prod", port: 443, secure: true }, grpc: { host: "weaviate.prod", port: 443, secure: true } } });',
    'import weaviate, { ApiKey } from "weaviate-ts-client";\nweaviate.client({ scheme: "https", host: "weaviate.prod", apiKey: new ApiKey(key) });',
    'import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: "https://milvus.prod:19530", token });',
    'import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: "milvus.prod:19530", ssl: true });',
    'import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: "milvus.prod:19530", tls: { rootCertPath: "/etc/ssl/milvus-ca.pem", serverName: "milvus.prod" } });',
    // Certificate checks switched off are TLS without verification: no-disabled-tls-verification's concern, not this rule's.
    'import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: "milvus.prod:19530", ssl: true, tls: { skipCertCheck: true } });',
    'import postgres from "postgres";\nconst sql = postgres("postgres://app@db.prod/rag", { ssl: "require" });',
    'import { Client } from "@elastic/elasticsearch";\nnew Client({ node: "https://es.prod:9200", tls: { rejectUnauthorized: false } });',
    'import pg from "pg";\nnew pg.Pool({ connectionString: "postgres://app@db.prod:5432/rag?sslmode=verify-full" });',
    'import pg from "pg";\nnew pg.Pool({ host: "db.prod", ssl: { ca: fs.readFileSync("/etc/ssl/rds-ca.pem", "utf8") } });',
    'import pg from "pg";\nnew pg.Client({ host: "db.prod", ssl: true });',
    // node-postgres 8 treats sslmode=prefer and allow as verify-full: no plaintext fallback, unlike postgres.js.
    'import pg from "pg";\nnew pg.Pool({ connectionString: "postgres://app@db.prod/rag?sslmode=prefer" });',
    'import pg from "pg";\nnew pg.Pool({ connectionString: "postgres://app@db.prod/rag?sslmode=allow" });',
    'import postgres from "postgres";\nconst sql = postgres("postgres://app@db.prod/rag?sslmode=verify-full");',
    // Neon talks over https:// and wss:// whatever the connection string says.
    'import { Pool, neon } from "@neondatabase/serverless";\nnew Pool({ connectionString: "postgres://app@ep-rag.neon.tech/rag?sslmode=disable" });\nneon("postgres://app@ep-rag.neon.tech/rag");',
    'import { createClient } from "redis";\ncreateClient({ url: "rediss://:pw@cache.prod:6380" });',
    'import { createClient } from "redis";\ncreateClient({ socket: { host: "cache.prod", port: 6380, tls: true, ca } });',
    'import Redis from "ioredis";\nnew Redis("rediss://:pw@cache.prod:6380");',
    'import Redis from "ioredis";\nnew Redis({ host: "cache.prod", port: 6380, tls: {} });',
    'import Redis from "ioredis";\nnew Redis("redis://cache.prod:6380", { tls: { servername: "cache.prod" } });',
    'import { MongoClient } from "mongodb";\nnew MongoClient("mongodb+srv://app:pw@cluster0.example.net/rag");',
    'import { MongoClient } from "mongodb";\nnew MongoClient("mongodb://mongo.prod:27017/rag?tls=true");',
    'import { MongoClient } from "mongodb";\nnew MongoClient("mongodb://mongo.prod:27017/rag", { tls: true, tlsCAFile: "/etc/ssl/mongo-ca.pem" });',
    'import mongoose from "mongoose";\nawait mongoose.connect("mongodb+srv://cluster0.example.net/rag");',
    'import mongoose from "mongoose";\nawait mongoose.connect("mongodb://localhost:27017/dev");',
    'import mongoose from "mongoose";\nawait mongoose.connect("mongodb://mongo.prod:27017/rag", { tls: true });',
    'import mongoose from "mongoose";\nawait mongoose.connect(process.env.MONGODB_URI);',
    'import { MeiliSearch } from "meilisearch";\nexport const search = new MeiliSearch({ host: "http://localhost:7700" });',
    'import { MeiliSearch } from "meilisearch";\nexport const search = new MeiliSearch({ host: process.env.MEILI_HOST });',
    'import { Pool } from "pg";\nexport const pool = new Pool({ connectionString: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/dev" });',
    'import { Pool } from "pg";\nexport const pool = new Pool({ connectionString: process.env.DATABASE_URL ?? "postgres://app@db.internal/rag?sslmode=verify-full" });',
    { code: 'import { Pool } from "pg";\nexport const pool = new Pool({ connectionString: process.env.DATABASE_URL });', options: STRICT },
    'import { Client } from "@elastic/elasticsearch";\nnew Client({ cloud: { id: process.env.ES_CLOUD_ID }, auth: { apiKey } });',
    'import { Client } from "@opensearch-project/opensearch";\nnew Client({ node: "https://os.prod:9200", ssl: { ca } });',
    'import { Index } from "@upstash/vector";\nnew Index({ url: "https://my-index.upstash.io", token });',
    'import { createClient } from "@supabase/supabase-js";\ncreateClient("https://abcd.supabase.co", anonKey);',
    'import neo4j from "neo4j-driver";\nneo4j.driver("neo4j+s://rag.databases.neo4j.io", neo4j.auth.basic("neo4j", password));',
    'import neo4j from "neo4j-driver";\nneo4j.driver("bolt://neo4j.prod:7687", neo4j.auth.basic("neo4j", password), { encrypted: "ENCRYPTION_ON" });',
    'import neo4j from "neo4j-driver";\nneo4j.driver("neo4j://localhost:7687", neo4j.auth.basic("neo4j", password));',
    // Values the code cannot prove: an env URL decides its own scheme.
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: process.env.QDRANT_URL, apiKey: process.env.QDRANT_API_KEY });',
    { code: 'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: process.env.QDRANT_URL });', options: STRICT },
    { code: 'import { createClient } from "redis";\ncreateClient({ url: process.env.REDIS_URL });', options: STRICT },
    { code: 'import Redis from "ioredis";\nnew Redis(process.env.REDIS_URL);', options: STRICT },
    { code: 'import { ChromaClient } from "chromadb";\nnew ChromaClient({ path: process.env.CHROMA_URL });', options: STRICT },
    { code: 'import { MongoClient } from "mongodb";\nconst client = new MongoClient(process.env.MONGODB_URI);', options: STRICT },
    { code: 'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ host: process.env.QDRANT_HOST, apiKey: process.env.QDRANT_API_KEY });', options: STRICT },
    // A whole connection string from run time chooses TLS itself (its `sslmode`), even in strict.
    { code: 'import pg from "pg";\nnew pg.Pool({ connectionString: process.env.DATABASE_URL });', options: STRICT },
    { code: 'import postgres from "postgres";\nexport const sql = postgres(process.env.POSTGRES_URL!);', filename: "file.ts", options: STRICT },
    { code: 'import postgres from "postgres";\nexport const sql = postgres(process.env.DATABASE_URL, { max: 10, idle_timeout: 20 });', options: STRICT },
    { code: 'const pg = require("pg");\nconst defaultConnectionString = () => process.env.PGVECTOR_CONNECTION_STRING;\nexports.client = (cs) => new pg.Client({ connectionString: cs || defaultConnectionString() });', options: STRICT },
    { code: 'const pg = require("pg");\nexports.client = (cs) => new pg.Client({ connectionString: cs });', options: STRICT },
    { code: 'import { PGVectorStore } from "@langchain/pgvector";\nconst store = await PGVectorStore.initialize(embeddings, { postgresConnectionOptions: { connectionString: process.env.DATABASE_URL }, tableName: "docs" });', options: STRICT },
    { code: 'import { Pool } from "pg";\nconst connectionString = process.env.POSTGRES_URL ?? process.env.DATABASE_URL;\nexport const pool = new Pool({ connectionString, max: 5 });', options: STRICT },
    // `new URL(x).protocol` is never empty (the parser throws instead): the `|| "http"` fallback never runs.
    'const { default: weaviate } = require("weaviate-ts-client");\nconst endpoint = new URL(process.env.WEAVIATE_ENDPOINT);\nexports.client = weaviate.client({ scheme: endpoint.protocol.replace(":", "") || "http", host: endpoint.host });',
    { code: 'const { default: weaviate } = require("weaviate-ts-client");\nconst endpoint = new URL(process.env.WEAVIATE_ENDPOINT);\nexports.client = weaviate.client({ scheme: endpoint.protocol.replace(":", "") || "http", host: endpoint.host });', options: STRICT },
    ts('import weaviate from "weaviate-ts-client";\nimport { URL } from "node:url";\nconst url = new URL(process.env.WEAVIATE_URL!);\nexport const client = weaviate.client({ scheme: url.protocol.slice(0, -1) || "http", host: url.host });'),
    'import { ChromaClient } from "chromadb";\nnew ChromaClient({ host: process.env.CHROMA_HOST });',
    'import pg from "pg";\nnew pg.Pool({ connectionString: process.env.DATABASE_URL });',
    'import { ChromaClient } from "chromadb";\nnew ChromaClient({ host: "chroma.prod", ssl: process.env.CHROMA_SSL === "true" });',
    'import pg from "pg";\nnew pg.Pool({ host: "db.prod", ssl: process.env.PGSSLMODE !== "disable" });',
    'import { ChromaClient } from "chromadb";\nexport function make(options) { return new ChromaClient(options); }',
    'import { ChromaClient } from "chromadb";\nexport function make(extra) { return new ChromaClient({ ...extra, host: "chroma.prod" }); }',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nimport { config } from "./config";\nnew QdrantClient({ url: config.qdrantUrl });',
    'import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: process.env.MILVUS_ADDRESS, ssl: false });',
    'import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient("milvus.prod:19530", process.env.MILVUS_SSL === "true");',
    'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: `${process.env.QDRANT_SCHEME}://qdrant.prod:6333` });',
    // Both branches chosen at run time, the plaintext one toward loopback.
    'import { QdrantClient } from "@qdrant/js-client-rest";\nconst dev = process.env.NODE_ENV !== "production";\nnew QdrantClient({ url: dev ? "http://localhost:6333" : "https://qdrant.prod:6333" });',
    'import { ChromaClient } from "chromadb";\nconst prod = process.env.NODE_ENV === "production";\nnew ChromaClient(prod ? { host: "chroma.prod", ssl: true } : { host: "localhost" });',
    // Ready-made clients: TLS is decided (and checked) where they are built.
    'import { QdrantVectorStore } from "@langchain/qdrant";\nconst store = await QdrantVectorStore.fromExistingCollection(embeddings, { client, collectionName: "docs" });',
    'import { PGVectorStore } from "@langchain/pgvector";\nconst store = await PGVectorStore.initialize(embeddings, { pool, tableName: "docs" });',
    'import { WeaviateStore } from "@langchain/weaviate";\nconst store = new WeaviateStore(embeddings, { client, indexName: "Docs" });',
    'import { RedisVectorStore } from "@langchain/redis";\nconst store = new RedisVectorStore(embeddings, { redisClient, indexName: "docs" });',
    'import { MongoDBAtlasVectorSearch } from "@langchain/mongodb";\nconst store = new MongoDBAtlasVectorSearch(embeddings, { collection, indexName: "vector_index" });',
    'import { ElasticVectorSearch } from "@langchain/community/vectorstores/elasticsearch";\nconst store = new ElasticVectorSearch(embeddings, { client, indexName: "docs" });',
    'import { PGVectorStore } from "@llamaindex/postgres";\nconst store = new PGVectorStore({ client: pgClient, shouldConnect: false });',
    'import { QdrantVectorStore } from "@llamaindex/qdrant";\nconst store = new QdrantVectorStore({ collectionName: "docs", url: "https://qdrant.prod:6333", apiKey });',
    // URLs in comments, prose and unrelated strings.
    [
      'import { QdrantClient } from "@qdrant/js-client-rest";',
      '// Locally: new QdrantClient({ url: "http://qdrant.prod:6333" })',
      '/* QDRANT_URL=http://qdrant.prod:6333 */',
      'const help = "Set QDRANT_URL, e.g. http://qdrant.prod:6333, before starting.";',
      'console.log("connecting to http://qdrant.prod:6333");',
      "new QdrantClient({ url: process.env.QDRANT_URL, timeout: 10_000 });",
    ].join("\n"),
    // Same names, other modules.
    'class QdrantClient { constructor(options) { this.options = options; } }\nnew QdrantClient({ url: "http://qdrant.prod:6333" });',
    'import { QdrantClient } from "./qdrant-mock";\nnew QdrantClient({ url: "http://qdrant.prod:6333" });',
    'import { Pool } from "generic-pool";\nnew Pool({ host: "db.prod", ssl: false });',
    'import { createClient } from "@vercel/kv";\ncreateClient({ url: "http://kv.prod", token });',
    'import { Client } from "undici";\nnew Client("http://es.prod:9200");',
    'const { Index } = require("./search");\nnew Index({ url: "http://vector-gw.internal:8080" });',
    // A settings member written elsewhere is not followed; a local database through settings is fine.
    'import pg from "pg";\nconst settings = { db: { host: "pgvector.internal", ssl: false } };\nsettings.db.ssl = { ca: process.env.PG_CA };\nexport const pool = new pg.Pool(settings.db);',
    'import pg from "pg";\nconst settings = { db: { host: "localhost", ssl: false } };\nconst { db } = settings;\nexport const pool = new pg.Pool(db);',
    // Testcontainers: the container's host is the local Docker host.
    'import { GenericContainer } from "testcontainers";\nimport { QdrantClient } from "@qdrant/js-client-rest";\nconst container = await new GenericContainer("qdrant/qdrant").withExposedPorts(6333).start();\nconst qdrant = new QdrantClient({ url: `http://${container.getHost()}:${container.getMappedPort(6333)}` });',
    'const { QdrantContainer } = require("@testcontainers/qdrant");\nconst { QdrantClient } = require("@qdrant/js-client-rest");\nlet container;\nbeforeAll(async () => { container = await new QdrantContainer().start(); });\nit("stores", async () => {\n  const host = container.getHost();\n  const qdrant = new QdrantClient({ host, port: container.getMappedPort(6333), https: false });\n  await qdrant.getCollections();\n});',
    'import { PostgreSqlContainer } from "@testcontainers/postgresql";\nimport pg from "pg";\nconst pgc = await new PostgreSqlContainer("pgvector/pgvector:pg16").start();\nexport const pool = new pg.Pool({ host: pgc.getHost(), port: pgc.getMappedPort(5432), ssl: false });',
    // allowedHosts.
    { code: 'import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "http://qdrant.mesh.internal:6333" });', options: [{ allowedHosts: ["mesh.internal"] }] },
    { code: 'import { ChromaClient } from "chromadb";\nnew ChromaClient({ host: "chroma-sidecar" });', options: [{ allowedHosts: ["chroma-sidecar"] }] },
    // TypeScript.
    ts('import { QdrantClient } from "@qdrant/js-client-rest";\nconst url = process.env.QDRANT_URL!;\nexport const qdrant: QdrantClient = new QdrantClient({ url, apiKey: process.env.QDRANT_API_KEY as string });'),
    ts('import pg from "pg";\nconst config = { host: "db.prod", ssl: { rejectUnauthorized: true } } satisfies pg.PoolConfig;\nexport const pool = new pg.Pool(config);'),
  ],
  invalid: [
    // http:// URLs toward remote hosts, one per SDK.
    // An address that only looks like a container's host alias is remote.
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "http://host.docker.internal.corp.example.net:6333" });', [
      { id: "plaintextConnection", at: '"http://host.docker.internal.corp.example.net:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { ChromaClient } from "chromadb";\nnew ChromaClient({ path: "http://172.17.0.2:8000" });', [
      { id: "plaintextConnection", at: '"http://172.17.0.2:8000"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nconst qdrant = new QdrantClient({ url: "http://qdrant.prod:6333", apiKey });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" }, data: { ...STORE, client: "Qdrant", target: 'host "qdrant.prod"', fix: "use an https:// url, or `https: true` with `host`", setting: "" } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-grpc";\nnew QdrantClient({ url: "http://10.0.4.2:6334" });', [
      { id: "plaintextConnection", at: '"http://10.0.4.2:6334"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { ChromaClient } from "chromadb";\nconst chroma = new ChromaClient({ path: "http://chroma.prod.internal:8000" });', [
      { id: "plaintextConnection", at: '"http://chroma.prod.internal:8000"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { Client } from "@elastic/elasticsearch";\nnew Client({ nodes: ["https://es1.prod:9200", "http://es2.prod:9200"], auth: { apiKey } });', [
      { id: "plaintextConnection", at: '"http://es2.prod:9200"', suggest: { id: "suggestTlsScheme", from: "http://es2", to: "https://es2" } },
    ]),
    bad('import { Client } from "@elastic/elasticsearch";\nnew Client({ node: { url: new URL("http://es.prod:9200") } });', [
      { id: "plaintextConnection", at: 'new URL("http://es.prod:9200")', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { Client } from "@opensearch-project/opensearch";\nnew Client({ node: "http://os.prod:9200", ssl: { rejectUnauthorized: false } });', [
      { id: "plaintextConnection", at: '"http://os.prod:9200"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { Index } from "@upstash/vector";\nnew Index({ url: "http://vector-gw.internal:8080", token });', [
      { id: "plaintextConnection", at: '"http://vector-gw.internal:8080"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import Turbopuffer from "@turbopuffer/turbopuffer";\nnew Turbopuffer({ apiKey, baseURL: "http://tpuf-gw.internal" });', [
      { id: "plaintextConnection", at: '"http://tpuf-gw.internal"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { Turbopuffer } from "@turbopuffer/turbopuffer";\nnew Turbopuffer({ apiKey, baseUrl: "http://gcp-us-east4.tpuf.internal" });', [
      { id: "plaintextConnection", at: '"http://gcp-us-east4.tpuf.internal"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { createClient } from "@supabase/supabase-js";\nexport const supabase = createClient("http://supabase.internal:8000", serviceRoleKey);', [
      { id: "plaintextConnection", at: '"http://supabase.internal:8000"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { Pinecone } from "@pinecone-database/pinecone";\nconst pc = new Pinecone({ apiKey, controllerHostUrl: "http://pinecone-gw.internal:5080" });', [
      { id: "plaintextConnection", at: '"http://pinecone-gw.internal:5080"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { Pinecone } from "@pinecone-database/pinecone";\nconst pc = new Pinecone({ apiKey });\nconst index = pc.index({ name: "docs", host: "http://pinecone-gw.internal:5081" });\nconst old = pc.Index("docs", "http://pinecone-gw.internal:5082");', [
      { id: "plaintextConnection", at: '"http://pinecone-gw.internal:5081"', suggest: { id: "suggestTlsScheme", from: "http://pinecone-gw.internal:5081", to: "https://pinecone-gw.internal:5081" } },
      { id: "plaintextConnection", at: '"http://pinecone-gw.internal:5082"', suggest: { id: "suggestTlsScheme", from: "http://pinecone-gw.internal:5082", to: "https://pinecone-gw.internal:5082" } },
    ]),
    bad('import { connect } from "@lancedb/lancedb";\nconst db = await connect("db://rag", { apiKey, hostOverride: "http://lancedb.internal:8080" });', [
      { id: "plaintextConnection", at: '"http://lancedb.internal:8080"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: "http://milvus.prod:19530", token });', [
      { id: "plaintextConnection", at: '"http://milvus.prod:19530"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { HttpClient } from "@zilliz/milvus2-sdk-node";\nnew HttpClient({ baseURL: "http://milvus.prod:19530", token });', [
      { id: "plaintextConnection", at: '"http://milvus.prod:19530"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),

    // Template literals, concatenation and constants: a written http:// with a host from the environment.
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: `http://${process.env.QDRANT_HOST}:6333`, apiKey: process.env.QDRANT_API_KEY });', [
      { id: "plaintextConnection", at: "`http://${process.env.QDRANT_HOST}:6333`", suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" }, data: { ...STORE, client: "Qdrant", target: "a host set at run time", fix: "use an https:// url, or `https: true` with `host`", setting: "" } },
    ]),
    bad('const { ChromaClient } = require("chromadb");\nconst chroma = new ChromaClient({ path: "http://" + process.env.CHROMA_HOST + ":8000" });', [
      { id: "plaintextConnection", at: '"http://" + process.env.CHROMA_HOST + ":8000"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nconst QDRANT_HOST = "qdrant.prod";\nconst QDRANT_URL = `http://${QDRANT_HOST}:6333`;\nnew QdrantClient({ url: QDRANT_URL });', [
      { id: "plaintextConnection", at: "QDRANT_URL", nth: 1 },
    ]),

    // Fallbacks and ternaries that choose plaintext; internal hostnames are not exempt.
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: process.env.QDRANT_URL ?? "http://qdrant:6333" });', [
      { id: "plaintextConnection", at: '"http://qdrant:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" }, data: { ...STORE, client: "Qdrant", target: 'host "qdrant"', fix: "use an https:// url, or `https: true` with `host`", setting: "" } },
    ]),
    bad('import weaviate from "weaviate-ts-client";\nconst client = weaviate.client({ scheme: process.env.WEAVIATE_SCHEME || "http", host: process.env.WEAVIATE_HOST });', [
      { id: "plaintextConnection", at: '"http"', suggest: { id: "suggestTlsFlag", from: '"http"', to: '"https"' } },
    ]),
    // Not a URL object: its protocol may be empty, so the fallback stays reachable.
    bad('import weaviate from "weaviate-ts-client";\nconst endpoint = parseEndpoint(process.env.WEAVIATE_ENDPOINT);\nweaviate.client({ scheme: endpoint.protocol.replace(":", "") || "http", host: endpoint.host });', [
      { id: "plaintextConnection", at: '"http"', suggest: { id: "suggestTlsFlag", from: '"http"', to: '"https"' } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nconst prod = process.env.NODE_ENV === "production";\nnew QdrantClient({ url: prod ? "http://qdrant.prod:6333" : "http://localhost:6333" });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { ChromaClient } from "chromadb";\nconst prod = process.env.NODE_ENV === "production";\nnew ChromaClient({ host: "chroma.prod", ssl: prod ? true : false });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),

    // Redis, MongoDB and Postgres connection strings.
    bad('import { createClient } from "redis";\nconst redis = createClient({ url: "redis://:pw@cache.prod:6379" });', [
      { id: "plaintextConnection", at: '"redis://:pw@cache.prod:6379"', suggest: { id: "suggestTlsScheme", from: "redis://", to: "rediss://" } },
    ]),
    bad('const Redis = require("ioredis");\nmodule.exports = new Redis("redis://default:pw@cache.prod:6379/0");', [
      { id: "plaintextConnection", at: '"redis://default:pw@cache.prod:6379/0"', suggest: { id: "suggestTlsScheme", from: "redis://", to: "rediss://" } },
    ]),
    bad('import { MongoClient } from "mongodb";\nconst client = new MongoClient("mongodb://app:pw@mongo.prod:27017/rag");', [
      { id: "plaintextConnection", at: '"mongodb://app:pw@mongo.prod:27017/rag"' },
    ]),
    bad('import { MongoClient } from "mongodb";\nnew MongoClient("mongodb+srv://app:pw@cluster0.example.net/rag?retryWrites=true&tls=false");', [
      { id: "plaintextConnection", at: '"mongodb+srv://app:pw@cluster0.example.net/rag?retryWrites=true&tls=false"', data: { ...DATABASE, client: "MongoDB", target: 'host "cluster0.example.net"', fix: "use a mongodb+srv:// URI or set `tls: true`", setting: "tls=false" } },
    ]),
    bad('import mongoose from "mongoose";\nawait mongoose.connect("mongodb://mongo.prod.internal:27017/rag");', [
      { id: "plaintextConnection", at: '"mongodb://mongo.prod.internal:27017/rag"', data: { ...DATABASE, client: "Mongoose", target: 'host "mongo.prod.internal"', fix: "use a mongodb+srv:// URI or set `tls: true`" } },
    ]),
    bad('const { createConnection } = require("mongoose");\nmodule.exports = createConnection(process.env.MONGO_URL, { tls: false });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { MongoClient } from "mongodb";\nawait MongoClient.connect("mongodb+srv://cluster0.example.net/rag?ssl=false");', [
      { id: "plaintextConnection", at: '"mongodb+srv://cluster0.example.net/rag?ssl=false"' },
    ]),
    bad('const { Pool } = require("pg");\nmodule.exports = new Pool({ connectionString: "postgresql://rag@10.0.0.5/rag?sslmode=disable" });', [
      { id: "plaintextConnection", at: '"postgresql://rag@10.0.0.5/rag?sslmode=disable"' },
    ]),
    bad('import pg from "pg";\nconst client = new pg.Client("postgres://app@db.prod/rag?ssl=0");', [{ id: "plaintextConnection", at: '"postgres://app@db.prod/rag?ssl=0"' }]),
    bad('import postgres from "postgres";\nconst sql = postgres("postgres://app@db.prod/rag?sslmode=prefer");', [
      { id: "plaintextFallback", at: '"postgres://app@db.prod/rag?sslmode=prefer"', data: { ...DATABASE, client: "postgres.js", target: 'host "db.prod"', fix: 'set `ssl: "verify-full"` (or `sslmode=verify-full` in the URL)', setting: "sslmode=prefer" } },
    ]),
    bad('import postgres from "postgres";\nconst sql = postgres({ host: "db.prod", database: "rag", ssl: "prefer" });', [
      { id: "plaintextFallback", at: '"prefer"', suggest: { id: "suggestTlsFlag", from: '"prefer"', to: '"verify-full"' } },
    ]),
    bad('import postgres from "postgres";\nconst sql = postgres("postgres://app@db.prod/rag?sslmode=disable");', [{ id: "plaintextConnection", at: '"postgres://app@db.prod/rag?sslmode=disable"' }]),

    // Settings reached through a member or destructuring of a central same-file object.
    bad('import pg from "pg";\nconst settings = { llm: { baseURL: process.env.LLM_URL }, db: { host: "pgvector.internal", database: "rag", ssl: false } };\nexport const pool = new pg.Pool(settings.db);', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('const { Pool } = require("pg");\nconst settings = { db: { host: "pgvector.internal", ssl: false } };\nconst { db } = settings;\nmodule.exports = new Pool(db);', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import weaviate from "weaviate-client";\nconst settings = { weaviate: { httpHost: "weaviate.prod", httpSecure: false, grpcHost: "weaviate.prod", grpcSecure: true } };\nawait weaviate.connectToCustom({ ...settings.weaviate });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nconst settings = { qdrant: { url: "http://qdrant.prod:6333" } };\nconst q = settings.qdrant;\nexport const qdrant = new QdrantClient({ url: q.url });', [
      { id: "plaintextConnection", at: "q.url" },
    ]),
    // Without Testcontainers in the file, a getHost() result is a host set at run time.
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nimport { cluster } from "./cluster";\nconst qdrant = new QdrantClient({ url: `http://${cluster.getHost()}:6333` });', [
      { id: "plaintextConnection", at: "`http://${cluster.getHost()}:6333`", suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    // With Testcontainers, a host that is not the container's is still judged.
    bad('import { GenericContainer } from "testcontainers";\nimport { QdrantClient } from "@qdrant/js-client-rest";\nconst qdrant = new QdrantClient({ url: `http://${process.env.QDRANT_HOST}:6333` });', [
      { id: "plaintextConnection", at: "`http://${process.env.QDRANT_HOST}:6333`", suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    // TLS switches set off.
    bad('import { ChromaClient } from "chromadb";\nconst chroma = new ChromaClient({ host: "chroma.prod.internal", port: 8000, ssl: false });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ host: "qdrant.prod", https: false, apiKey });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import weaviate from "weaviate-client";\nawait weaviate.connectToCustom({ httpHost: "weaviate.prod", httpSecure: false, grpcHost: "weaviate.prod", grpcSecure: true });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" }, data: { ...STORE, client: "Weaviate (HTTP)", target: 'host "weaviate.prod"', fix: "set `httpSecure: true`", setting: "httpSecure: false" } },
    ]),
    bad('import weaviate from "weaviate-client";\nawait weaviate.connectToCustom({ httpHost: "weaviate.prod", httpSecure: true, grpcHost: "grpc.weaviate.prod", grpcSecure: false });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import weaviate from "weaviate-client";\nawait weaviate.client({ connectionParams: { http: { host: "weaviate.prod", port: 8080, secure: false }, grpc: { host: "weaviate.prod", port: 50051, secure: false } } });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
      { id: "plaintextConnection", at: "false", nth: 1, suggest: { id: "suggestTlsFlag", from: "false", to: "true", nth: 1 } },
    ]),
    bad('import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient({ address: "milvus.prod:19530", ssl: false, token });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nnew MilvusClient("milvus.prod:19530", false, "root", password);', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import pg from "pg";\nexport const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: false });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" }, data: { ...DATABASE, client: "node-postgres", target: "a host set at run time", fix: "set `ssl: true` (or an object with your CA) or `sslmode=verify-full` in the connection string", setting: "ssl: false" } },
    ]),
    bad('import { createClient } from "redis";\ncreateClient({ socket: { host: "cache.prod", port: 6379, tls: false } });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    // node-redis throws when a rediss:// URL meets socket.tls: false, so an env URL cannot rescue the switch.
    bad('import { createClient } from "redis";\ncreateClient({ url: process.env.REDIS_URL, socket: { tls: false } });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { MongoClient } from "mongodb";\nconst client = new MongoClient(process.env.MONGODB_URI, { tls: false });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { connect } from "@lancedb/lancedb";\nawait connect("s3://rag-bucket/lancedb", { storageOptions: { allow_http: "true", aws_endpoint: "http://minio.internal:9000" } });', [
      { id: "plaintextConnection", at: '"true"' },
    ]),
    bad('import { ChromaClient } from "chromadb";\nconst SSL = false;\nnew ChromaClient({ host: "chroma.prod", ssl: SSL });', [{ id: "plaintextConnection", at: "SSL", nth: 1 }]),

    // Plaintext by default toward a host written in the code.
    bad('import { ChromaClient } from "chromadb";\nconst chroma = new ChromaClient({ host: "chroma.prod.internal", port: 8000 });', [
      { id: "plaintextByDefault", at: '"chroma.prod.internal"', data: { ...STORE, client: "Chroma", target: 'host "chroma.prod.internal"', fix: "set `ssl: true` (chromadb 3) or use an https:// path" } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ host: "qdrant.prod" });', [{ id: "plaintextByDefault", at: '"qdrant.prod"' }]),
    bad('import { MeiliSearch } from "meilisearch";\nexport const search = new MeiliSearch({ host: "http://search.acme-corp.com:7700", apiKey: process.env.MEILI_KEY });', [
      { id: "plaintextConnection", at: '"http://search.acme-corp.com:7700"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    // The fallback of a connection string read at run time is what runs when the variable is unset.
    bad('import { Pool } from "pg";\nexport const pool = new Pool({ connectionString: process.env.DATABASE_URL ?? "postgres://postgres:postgres@db.internal:5432/rag" });', [
      { id: "plaintextByDefault", at: '"postgres://postgres:postgres@db.internal:5432/rag"' },
    ]),
    bad('import postgres from "postgres";\nexport const sql = postgres(process.env.DATABASE_URL || "postgres://app@10.0.0.8/rag");', [
      { id: "plaintextByDefault", at: '"postgres://app@10.0.0.8/rag"' },
    ]),
    bad('import weaviate from "weaviate-client";\nconst client = await weaviate.connectToLocal({ host: "10.0.3.7", authCredentials: key });', [
      { id: "plaintextByDefault", at: '"10.0.3.7"', data: { ...STORE, client: "Weaviate connectToLocal (HTTP and gRPC)", target: 'host "10.0.3.7"', fix: "use `connectToCustom` with `httpSecure: true` and `grpcSecure: true` for a remote host" } },
    ]),
    bad('import weaviate from "weaviate-client";\nawait weaviate.connectToCustom({ httpHost: "weaviate.prod", grpcHost: "grpc-weaviate.prod", authCredentials: new weaviate.ApiKey(key) });', [
      { id: "plaintextByDefault", at: '"weaviate.prod"' },
      { id: "plaintextByDefault", at: '"grpc-weaviate.prod"' },
    ]),
    bad('import { MilvusClient } from "@zilliz/milvus2-sdk-node";\nconst milvus = new MilvusClient({ address: "milvus.prod:19530", token });', [{ id: "plaintextByDefault", at: '"milvus.prod:19530"' }]),
    bad('import pg from "pg";\nconst pool = new pg.Pool({ connectionString: "postgres://app:pw@db.prod:5432/rag" });', [{ id: "plaintextByDefault", at: '"postgres://app:pw@db.prod:5432/rag"' }]),
    bad('import { Client } from "pg";\nconst client = new Client({ host: "pgvector.internal", database: "rag" });', [{ id: "plaintextByDefault", at: '"pgvector.internal"' }]),
    bad('import Redis from "ioredis";\nconst redis = new Redis(6379, "cache.prod");', [{ id: "plaintextByDefault", at: '"cache.prod"' }]),
    bad('import { Redis } from "ioredis";\nconst redis = new Redis({ host: "cache.prod", port: 6379, password });', [{ id: "plaintextByDefault", at: '"cache.prod"' }]),
    bad('import { createClient } from "redis";\nconst redis = createClient({ socket: { host: "cache.prod", port: 6379 } });', [{ id: "plaintextByDefault", at: '"cache.prod"' }]),

    // Strict: plaintext default toward a host the code does not show.
    bad('import { ChromaClient } from "chromadb";\nnew ChromaClient({ host: process.env.CHROMA_HOST });', [
      { id: "plaintextDefaultUnseenHost", at: "process.env.CHROMA_HOST", data: { ...STORE, client: "Chroma", target: "a value set at run time", fix: "set `ssl: true` (chromadb 3) or use an https:// path" } },
    ], { options: STRICT }),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ host: process.env.QDRANT_HOST, port: 6333 });', [{ id: "plaintextDefaultUnseenHost", at: "process.env.QDRANT_HOST" }], { options: STRICT }),
    bad('import pg from "pg";\nconst pool = new pg.Pool();', [{ id: "plaintextDefaultUnseenHost", at: "pg.Pool", data: { ...DATABASE, client: "node-postgres", target: "the environment", fix: "set `ssl: true` (or an object with your CA) or `sslmode=verify-full` in the connection string" } }], { options: STRICT }),
    bad('import weaviate from "weaviate-client";\nawait weaviate.connectToLocal({ host: process.env.WEAVIATE_HOST });', [{ id: "plaintextDefaultUnseenHost", at: "process.env.WEAVIATE_HOST" }], { options: STRICT }),
    bad('import Redis from "ioredis";\nnew Redis({ host: process.env.REDIS_HOST, port: 6379 });', [{ id: "plaintextDefaultUnseenHost", at: "process.env.REDIS_HOST" }], { options: STRICT }),
    // A host set at run time is reported once per setting, whatever the number of `||` candidates.
    bad('const pg = require("pg");\nconst defaultHost = () => process.env.PGVECTOR_HOST;\nexports.client = (host) => new pg.Client({ host: host || defaultHost(), database: "rag" });', [
      { id: "plaintextDefaultUnseenHost", at: "host || defaultHost()", data: { ...DATABASE, client: "node-postgres", target: "a value set at run time", fix: "set `ssl: true` (or an object with your CA) or `sslmode=verify-full` in the connection string" } },
    ], { options: STRICT }),
    bad('import { ChromaClient } from "chromadb";\nnew ChromaClient({ host: process.env.CHROMA_HOST ?? process.env.HOST });', [{ id: "plaintextDefaultUnseenHost", at: "process.env.CHROMA_HOST ?? process.env.HOST" }], { options: STRICT }),
    // A written remote host is the finding; its run-time alternative adds nothing.
    bad('import pg from "pg";\nnew pg.Pool({ host: process.env.PGHOST || "pgvector.prod", database: "rag" });', [{ id: "plaintextByDefault", at: '"pgvector.prod"' }], { options: STRICT }),
    // A connection string whose query is written (no sslmode) leaves the plaintext default in place.
    bad('import pg from "pg";\nnew pg.Pool({ connectionString: `postgres://rag@${process.env.PGHOST}:5432/rag` });', [{ id: "plaintextDefaultUnseenHost", at: "`postgres://rag@${process.env.PGHOST}:5432/rag`" }], { options: STRICT }),
    bad('import postgres from "postgres";\nexport const sql = postgres(`postgres://rag:${process.env.PGPASSWORD}@db.prod:5432/rag`);', [
      { id: "plaintextByDefault", at: "`postgres://rag:${process.env.PGPASSWORD}@db.prod:5432/rag`", data: { ...DATABASE, client: "postgres.js", target: 'host "db.prod"', fix: 'set `ssl: "verify-full"` (or `sslmode=verify-full` in the URL)' } },
    ]),

    // Neo4j vector indexes.
    bad('const neo4j = require("neo4j-driver");\nconst driver = neo4j.driver("neo4j://neo4j.prod:7687", neo4j.auth.basic("neo4j", password));', [
      { id: "plaintextConnection", at: '"neo4j://neo4j.prod:7687"', suggest: { id: "suggestTlsScheme", from: "neo4j://", to: "neo4j+s://" } },
    ]),
    bad('import neo4j from "neo4j-driver";\nneo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic("neo4j", password), { encrypted: "ENCRYPTION_OFF" });', [
      { id: "plaintextConnection", at: '"ENCRYPTION_OFF"', suggest: { id: "suggestTlsFlag", from: '"ENCRYPTION_OFF"', to: "true" } },
    ]),

    // LangChain and LlamaIndex wrappers.
    bad('import { QdrantVectorStore } from "@langchain/qdrant";\nconst store = await QdrantVectorStore.fromDocuments(docs, embeddings, { url: "http://qdrant.prod:6333", collectionName: "docs" });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { QdrantVectorStore } from "@langchain/qdrant";\nconst store = await QdrantVectorStore.fromExistingCollection(embeddings, { url: process.env.QDRANT_URL ?? "http://qdrant:6333" });', [
      { id: "plaintextConnection", at: '"http://qdrant:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('const { Chroma } = require("@langchain/community/vectorstores/chroma");\nconst store = new Chroma(embeddings, { collectionName: "docs", url: "http://chroma.prod:8000" });', [
      { id: "plaintextConnection", at: '"http://chroma.prod:8000"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { PGVectorStore } from "@langchain/pgvector";\nconst store = await PGVectorStore.initialize(embeddings, { postgresConnectionOptions: { host: "db.prod", ssl: false }, tableName: "docs" });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { PGVectorStore } from "@langchain/community/vectorstores/pgvector";\nconst store = await PGVectorStore.initialize(embeddings, { postgresConnectionOptions: { connectionString: "postgres://rag@pg.prod/rag" } });', [
      { id: "plaintextByDefault", at: '"postgres://rag@pg.prod/rag"' },
    ]),
    bad('import { Milvus } from "@langchain/community/vectorstores/milvus";\nconst store = await Milvus.fromDocuments(docs, embeddings, { collectionName: "docs", url: "http://milvus.prod:19530" });', [
      { id: "plaintextConnection", at: '"http://milvus.prod:19530"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { QdrantVectorStore } from "@llamaindex/qdrant";\nconst store = new QdrantVectorStore({ url: "http://qdrant.prod:6333", collectionName: "docs" });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { PGVectorStore } from "@llamaindex/postgres";\nconst store = new PGVectorStore({ clientConfig: { connectionString: "postgres://u@db.prod/rag?sslmode=disable" } });', [
      { id: "plaintextConnection", at: '"postgres://u@db.prod/rag?sslmode=disable"' },
    ]),
    bad('import { MilvusVectorStore } from "@llamaindex/milvus";\nconst store = new MilvusVectorStore({ params: { configOrAddress: "milvus.prod:19530", ssl: false } });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { ChromaVectorStore } from "@llamaindex/chroma";\nconst store = new ChromaVectorStore({ collectionName: "docs", chromaClientParams: { path: "http://chroma.prod:8000" } });', [
      { id: "plaintextConnection", at: '"http://chroma.prod:8000"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),

    // Import forms and value plumbing.
    bad('import * as qdrant from "@qdrant/js-client-rest";\nnew qdrant.QdrantClient({ url: "http://qdrant.prod:6333" });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('import { QdrantClient as VectorDB } from "@qdrant/qdrant-js";\nnew VectorDB({ url: "http://qdrant.prod:6333" });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ]),
    bad('const pg = require("pg");\nconst config = { host: "db.prod", ssl: false };\nconst pool = new pg.Pool({ ...config, max: 10 });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ]),
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nclass Retriever {\n  private readonly url = "http://qdrant.prod:6333";\n  client = new QdrantClient({ url: this.url });\n}', [{ id: "plaintextConnection", at: "this.url" }], { filename: "file.ts" }),
    bad('import qdrant = require("@qdrant/js-client-rest");\nexport const client = new qdrant.QdrantClient({ url: "http://qdrant.prod:6333" as string });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333" as string', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ], { filename: "file.ts" }),
    bad('import pg from "pg";\nconst config = { host: "db.prod", ssl: false as const } satisfies pg.PoolConfig;\nexport const pool = new pg.Pool(config);', [
      { id: "plaintextConnection", at: "false as const", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ], { filename: "file.ts" }),
    bad('import { ChromaClient } from "chromadb";\nconst client = new ChromaClient({ host: process.env.CHROMA_HOST!, ssl: false });', [
      { id: "plaintextConnection", at: "false", suggest: { id: "suggestTlsFlag", from: "false", to: "true" } },
    ], { filename: "file.ts" }),
    bad('import { ChromaClient } from "chromadb";\nconst prod = process.env.NODE_ENV === "production";\nnew ChromaClient(prod ? { host: "chroma.prod", ssl: true } : { host: "chroma.staging" });', [{ id: "plaintextByDefault", at: '"chroma.staging"' }]),

    // allowedHosts covers only what it names.
    bad('import { QdrantClient } from "@qdrant/js-client-rest";\nnew QdrantClient({ url: "http://qdrant.prod:6333" });', [
      { id: "plaintextConnection", at: '"http://qdrant.prod:6333"', suggest: { id: "suggestTlsScheme", from: "http://", to: "https://" } },
    ], { options: [{ allowedHosts: ["mesh.internal"] }] }),

    // A realistic RAG service.
    bad(
      [
        'import { OpenAIEmbeddings } from "@langchain/openai";',
        'import { QdrantVectorStore } from "@langchain/qdrant";',
        'import { QdrantClient } from "@qdrant/js-client-rest";',
        'import { createClient } from "redis";',
        "",
        "const embeddings = new OpenAIEmbeddings({ model: \"text-embedding-3-small\" });",
        "const QDRANT_URL = process.env.QDRANT_URL ?? \"http://qdrant.rag.svc.cluster.local:6333\";",
        "",
        "export const qdrant = new QdrantClient({ url: QDRANT_URL, apiKey: process.env.QDRANT_API_KEY });",
        "export const cache = createClient({ url: process.env.REDIS_URL ?? \"redis://redis:6379\" });",
        "",
        "export async function retriever() {",
        "  const store = await QdrantVectorStore.fromExistingCollection(embeddings, { client: qdrant, collectionName: \"docs\" });",
        "  return store.asRetriever({ k: 4 });",
        "}",
      ].join("\n"),
      [
        { id: "plaintextConnection", at: "QDRANT_URL", nth: 2 },
        { id: "plaintextConnection", at: '"redis://redis:6379"', suggest: { id: "suggestTlsScheme", from: "redis://", to: "rediss://" } },
      ],
    ),
  ],
});
