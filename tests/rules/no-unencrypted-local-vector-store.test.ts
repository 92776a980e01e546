import rule from "../../src/rules/no-unencrypted-local-vector-store";
import { runRuleTests } from "../rule-tester";

runRuleTests("no-unencrypted-local-vector-store", rule, {
  valid: [
    // LanceDB Cloud and object stores are encrypted by the provider
    { code: `import * as lancedb from "@lancedb/lancedb";
const db = await lancedb.connect("db://support-rag", { apiKey: process.env.LANCEDB_API_KEY, region: "us-east-1" });
const s3 = await lancedb.connect("s3://acme-rag/lancedb", { storageOptions: { region: "eu-west-1" } });
const gcs = await lancedb.connect({ uri: "gs://acme-rag/lancedb" });
const azure = await lancedb.connect("az://acme/rag");` },
    // a URI read at run time may be remote
    { code: `const lancedb = require("@lancedb/lancedb");
async function open() {
  return lancedb.connect(process.env.LANCEDB_URI);
}
const other = lancedb.connect(\`\${process.env.LANCE_ROOT}/rag\`);` },
    // a ternary whose branches are both remote
    { code: `import { connect } from "vectordb";
const db = await connect(process.env.NODE_ENV === "production" ? "db://rag" : "s3://rag-staging/db");` },
    // connect from another library
    { code: `import mongoose from "mongoose";
await mongoose.connect("./data/local");
import { connect } from "./db";
await connect("./data/lancedb");` },
    // in-memory stores never touch the disk
    { code: `import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { OpenAIEmbeddings } from "@langchain/openai";
const store = await MemoryVectorStore.fromTexts(["refund policy"], [{ id: 1 }], new OpenAIEmbeddings());
const hits = await store.similaritySearch("how do refunds work?", 2);
console.log(hits);` },
    // loading an index is not persisting one
    { code: `import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { OpenAIEmbeddings } from "@langchain/openai";
const store = await HNSWLib.load("./vectorstore", new OpenAIEmbeddings());
const retriever = store.asRetriever(4);` },
    // a same-named class that is not LangChain's
    { code: `class HNSWLib { static async fromTexts() { return new HNSWLib(); } async save() {} }
const store = await HNSWLib.fromTexts([], [], null);
await store.save("./vectorstore");` },
    // CloseVector upload to its cloud is not local persistence
    { code: `import { CloseVectorNode } from "@langchain/community/vectorstores/closevector/node";
const store = await CloseVectorNode.fromTexts(texts, metadatas, embeddings, undefined, { key, secret });
await store.saveToCloud({ description: "support docs", public: false });` },
    // paths the user declares encrypted
    { code: `import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import * as lancedb from "@lancedb/lancedb";
import path from "node:path";
const store = await HNSWLib.fromDocuments(docs, embeddings);
await store.save("/mnt/encrypted/support-rag");
await store.save(\`/mnt/encrypted/\${tenantId}/index\`);
await store.save(process.env.VECTOR_STORE_DIR);
await store.save(path.join(process.env.VECTOR_STORE_DIR, "support"));
await store.save("/srv/rag/secure/hnsw");
await store.save("./data/secure/a/b/index");
await lancedb.connect("/mnt/encrypted/lancedb");`, options: [{"encryptedPaths":["/mnt/encrypted/","$VECTOR_STORE_DIR","/srv/*/secure","data/secure/**/index"]}] },
    // LlamaIndex without persistDir stays in memory
    { code: `import { VectorStoreIndex, storageContextFromDefaults, Document } from "llamaindex";
const storageContext = await storageContextFromDefaults({});
const index = await VectorStoreIndex.fromDocuments([new Document({ text: "policy" })], { storageContext });
const other = await storageContextFromDefaults({ persistDir: undefined });` },
    // LangChain LanceDB wrapper given an already opened table
    { code: `import { LanceDB } from "@langchain/community/vectorstores/lancedb";
import { connect } from "@lancedb/lancedb";
const db = await connect("db://rag", { apiKey: process.env.LANCEDB_API_KEY });
const table = await db.openTable("docs");
const store = new LanceDB(embeddings, { table });
const remote = await LanceDB.fromDocuments(docs, embeddings, { uri: "s3://acme/rag" });` },
    // files that hold no embeddings
    { code: `import fs from "node:fs/promises";
import OpenAI from "openai";
const openai = new OpenAI();
const res = await openai.embeddings.create({ model: "text-embedding-3-small", input: chunks });
await fs.writeFile("stats.json", JSON.stringify({ count: res.data.length, usage: res.usage }));
await fs.writeFile("chunks.json", JSON.stringify(chunks));
const note = "call store.save('./vectorstore') after indexing";` },
    // embeddings passed in from elsewhere are not provable
    { code: `import { writeFileSync } from "node:fs";
export function dump(vectors) {
  writeFileSync("vectors.json", JSON.stringify(vectors));
}` },
    // embeddings written under an encrypted path
    { code: `import { writeFile } from "node:fs/promises";
const vectors = await embeddings.embedDocuments(texts);
await writeFile("/mnt/encrypted/vectors.json", JSON.stringify(vectors));`, options: [{"encryptedPaths":["/mnt/encrypted"]}] },
    // LlamaIndex with a remote vector store is checked where that store is built
    { code: `import { storageContextFromDefaults } from "llamaindex";
import { QdrantVectorStore } from "@llamaindex/qdrant";
const vectorStore = new QdrantVectorStore({ url: "https://qdrant.example.com", apiKey: process.env.QDRANT_API_KEY });
const storageContext = await storageContextFromDefaults({ vectorStore });` },
  ],
  invalid: [
    // LanceDB opened on a local directory
    {
      // The directory comes from a getter of the class.
      code: `const path = require("path");
const lancedb = require("@lancedb/lancedb");
class LanceStore {
  get uri() { return path.resolve(__dirname, "storage", "lancedb"); }
  async connect() { return lancedb.connect(this.uri); }
}
module.exports = LanceStore;`,
      errors: [
        { messageId: "localVectorStore", line: 5, column: 44, endLine: 5, endColumn: 52 },
      ],
    },
    {
      // A getter that declares a local first; path.resolve() makes a local path whatever the variable holds.
      code: `const path = require("path");
const lancedb = require("@lancedb/lancedb");
class LanceDb {
  get uri() {
    const basePath = process.env.STORAGE_DIR ? process.env.STORAGE_DIR : path.resolve(__dirname, "../storage");
    if (!basePath) throw new Error("no storage");
    return path.resolve(basePath, "lancedb");
  }
  async connect() { return lancedb.connect(this.uri); }
}
async function open() {
  const dir = path.join(process.env.STORAGE_DIR, "vectors");
  return lancedb.connect(dir);
}`,
      errors: [
        { messageId: "localVectorStore", line: 9, column: 44, endLine: 9, endColumn: 52 },
        { messageId: "localVectorStore", line: 13, column: 26, endLine: 13, endColumn: 29 },
      ],
    },
    {
      code: `import * as lancedb from "@lancedb/lancedb";
const db = await lancedb.connect("./data/lancedb");
const table = await db.createTable("support_docs", rows);`,
      errors: [
        { messageId: "localVectorStore", line: 2, column: 34, endLine: 2, endColumn: 50 },
      ],
    },
    {
      code: `const lancedb = require("vectordb");
async function main() {
  const db = await lancedb.connect("/var/lib/rag/lancedb");
}`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 36, endLine: 3, endColumn: 58 },
      ],
    },
    {
      code: `import { connect } from "@lancedb/lancedb";
import path from "node:path";
const db = await connect({ uri: path.join(__dirname, "lancedb"), readConsistencyInterval: 0 });`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 33, endLine: 3, endColumn: 64 },
      ],
    },
    {
      code: `import * as lancedb from "@lancedb/lancedb";
const LANCE_DIR = "data/lance";
const db = await lancedb.connect(LANCE_DIR);
const local = await lancedb.connect("file:///srv/rag/lancedb");`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 34, endLine: 3, endColumn: 43 },
        { messageId: "localVectorStore", line: 4, column: 37, endLine: 4, endColumn: 62 },
      ],
    },
    {
      code: `import { connect } from "@lancedb/lancedb";
const db = await connect(process.env.NODE_ENV === "production" ? "db://rag" : "./dev-lancedb");`,
      errors: [
        { messageId: "localVectorStore", line: 2, column: 79, endLine: 2, endColumn: 94 },
      ],
    },
    {
      code: `import * as lancedb from "@lancedb/lancedb";
import os from "node:os";
const db = await lancedb.connect(\`\${os.homedir()}/.rag/lancedb\`);`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 34, endLine: 3, endColumn: 64 },
      ],
    },
    {
      code: `import * as lancedb from "@lancedb/lancedb";
const config = { uri: "./lancedb" } satisfies { uri: string };
const db = await lancedb.connect(config.uri as string);`,
      filename: "file.ts",
      errors: [
        { messageId: "localVectorStore", line: 3, column: 34, endLine: 3, endColumn: 54 },
      ],
    },
    {
      code: `import * as lancedb from "@lancedb/lancedb";
const db = await lancedb.connect("/mnt/encrypted-backup/lancedb");`,
      options: [{"encryptedPaths":["/mnt/encrypted/"]}],
      errors: [
        { messageId: "localVectorStore", line: 2, column: 34, endLine: 2, endColumn: 65 },
      ],
    },
    // LangChain stores saved to a directory
    {
      code: `import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { OpenAIEmbeddings } from "@langchain/openai";
const vectorStore = await HNSWLib.fromDocuments(docs, new OpenAIEmbeddings());
await vectorStore.save("./vectorstore");`,
      errors: [
        { messageId: "localVectorStore", line: 4, column: 24, endLine: 4, endColumn: 39 },
      ],
    },
    {
      code: `const { HNSWLib } = require("langchain/vectorstores/hnswlib");
const path = require("path");
async function ingest(docs, embeddings) {
  let store;
  store = await HNSWLib.fromDocuments(docs, embeddings);
  await store.save(path.join(process.cwd(), "vector-db"));
}`,
      errors: [
        { messageId: "localVectorStore", line: 6, column: 20, endLine: 6, endColumn: 57 },
      ],
    },
    {
      code: `import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
const store = await HNSWLib.load("./vectorstore", embeddings);
await store.addDocuments(newDocs);
await store.save(process.env.VECTOR_DIR);`,
      errors: [
        { messageId: "localVectorStore", line: 4, column: 18, endLine: 4, endColumn: 40 },
      ],
    },
    {
      code: `import { FaissStore } from "@langchain/community/vectorstores/faiss";
import { OpenAIEmbeddings } from "@langchain/openai";
const vectorStore = await FaissStore.fromTexts(["Hello world"], [{ id: 1 }], new OpenAIEmbeddings());
const directory = "./faiss-index";
await vectorStore.save(directory);`,
      errors: [
        { messageId: "localVectorStore", line: 5, column: 24, endLine: 5, endColumn: 33 },
      ],
    },
    {
      code: `import { CloseVectorNode } from "@langchain/community/vectorstores/closevector/node";
const store = new CloseVectorNode(embeddings, { space: "cosine", numDimensions: 1536 });
await store.addDocuments(docs);
await store.save("./closevector");`,
      errors: [
        { messageId: "localVectorStore", line: 4, column: 18, endLine: 4, endColumn: 33 },
      ],
    },
    {
      code: `import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import type { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
export class SupportIndex {
  private store = new HNSWLib(this.embeddings, { space: "cosine" });
  constructor(private readonly embeddings: EmbeddingsInterface) {}
  async add(docs: Document[]): Promise<void> {
    await this.store.addDocuments(docs);
    await this.store!.save("/var/lib/support-index");
  }
}`,
      filename: "file.ts",
      errors: [
        { messageId: "localVectorStore", line: 9, column: 28, endLine: 9, endColumn: 52 },
      ],
    },
    {
      code: `import { FaissStore } from "@langchain/community/vectorstores/faiss";
class Indexer {
  store?: FaissStore;
  async build(docs: Document[]) {
    this.store = await FaissStore.fromDocuments(docs, embeddings);
    await this.store.save("./faiss");
  }
}`,
      filename: "file.ts",
      errors: [
        { messageId: "localVectorStore", line: 6, column: 27, endLine: 6, endColumn: 36 },
      ],
    },
    // native index libraries
    {
      code: `import { HierarchicalNSW } from "hnswlib-node";
const index = new HierarchicalNSW("cosine", 1536);
index.initIndex(10000);
vectors.forEach((v, i) => index.addPoint(v, i));
await index.writeIndex("./data/support.hnsw");`,
      errors: [
        { messageId: "localVectorStore", line: 5, column: 24, endLine: 5, endColumn: 45 },
      ],
    },
    {
      code: `const hnswlib = require("hnswlib-node");
const index = new hnswlib.HierarchicalNSW("l2", 384);
index.writeIndexSync("index.dat");`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 22, endLine: 3, endColumn: 33 },
      ],
    },
    {
      code: `const { IndexFlatL2, Index } = require("faiss-node");
const index = new IndexFlatL2(1536);
index.add(flatVectors);
index.write("faiss.index");
const trained = Index.fromFactory(1536, "IVF256,Flat");
trained.write("./ivf.index");`,
      errors: [
        { messageId: "localVectorStore", line: 4, column: 13, endLine: 4, endColumn: 26 },
        { messageId: "localVectorStore", line: 6, column: 15, endLine: 6, endColumn: 28 },
      ],
    },
    // LlamaIndex persisted storage
    {
      code: `import { VectorStoreIndex, storageContextFromDefaults } from "llamaindex";
const index = await VectorStoreIndex.fromDocuments(documents, {
  storageContext: await storageContextFromDefaults({ persistDir: "./storage" }),
});`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 66, endLine: 3, endColumn: 77 },
      ],
    },
    {
      code: `import { storageContextFromDefaults } from "llamaindex";
export async function loadIndex(persistDir) {
  return storageContextFromDefaults({ persistDir });
}`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 39, endLine: 3, endColumn: 49 },
      ],
    },
    {
      code: `import { SimpleVectorStore } from "llamaindex";
const vectorStore = await SimpleVectorStore.fromPersistDir("./vector-cache");
await vectorStore.persist("./backup/vector_store.json");
const fresh = new SimpleVectorStore();
await fresh.persist();`,
      errors: [
        { messageId: "localVectorStore", line: 2, column: 60, endLine: 2, endColumn: 76 },
        { messageId: "localVectorStore", line: 3, column: 27, endLine: 3, endColumn: 55 },
        { messageId: "localVectorStore", line: 5, column: 7, endLine: 5, endColumn: 22 },
      ],
    },
    // LangChain's LanceDB wrapper without a table
    {
      code: `import { LanceDB } from "@langchain/community/vectorstores/lancedb";
const store = new LanceDB(embeddings, { uri: "./lancedb", tableName: "docs" });
const byDefault = await LanceDB.fromDocuments(docs, embeddings);
const withConfig = await LanceDB.fromTexts(texts, metadatas, embeddings, { tableName: "faq" });`,
      errors: [
        { messageId: "localVectorStore", line: 2, column: 46, endLine: 2, endColumn: 57 },
        { messageId: "localVectorStore", line: 3, column: 25, endLine: 3, endColumn: 46 },
        { messageId: "localVectorStore", line: 4, column: 74, endLine: 4, endColumn: 94 },
      ],
    },
    // embeddings written with fs
    {
      code: `import fs from "node:fs/promises";
import OpenAI from "openai";
const openai = new OpenAI();
const res = await openai.embeddings.create({ model: "text-embedding-3-small", input: chunks });
await fs.writeFile("vectors.json", JSON.stringify(res.data.map((d) => d.embedding)));`,
      errors: [
        { messageId: "embeddingsToFile", line: 5, column: 20, endLine: 5, endColumn: 34 },
      ],
    },
    {
      code: `const fs = require("fs");
const { OpenAIEmbeddings } = require("@langchain/openai");
async function cache(texts) {
  const embeddings = new OpenAIEmbeddings();
  const vectors = await embeddings.embedDocuments(texts);
  fs.writeFileSync("./cache/embeddings.json", JSON.stringify({ texts, vectors }));
}`,
      errors: [
        { messageId: "embeddingsToFile", line: 6, column: 20, endLine: 6, endColumn: 45 },
      ],
    },
    {
      code: `import { appendFile } from "node:fs/promises";
import { embedMany } from "ai";
import { openai } from "@ai-sdk/openai";
const { embeddings } = await embedMany({ model: openai.embedding("text-embedding-3-small"), values: chunks });
await appendFile("embeddings.jsonl", embeddings.map((e) => JSON.stringify(e)).join("\\n"));`,
      errors: [
        { messageId: "embeddingsToFile", line: 5, column: 18, endLine: 5, endColumn: 36 },
      ],
    },
    {
      code: `import { MemoryVectorStore } from "langchain/vectorstores/memory";
import * as fs from "node:fs";
const store = await MemoryVectorStore.fromDocuments(docs, embeddings);
fs.writeFileSync("./cache/memory-store.json", JSON.stringify(store.memoryVectors));`,
      errors: [
        { messageId: "embeddingsToFile", line: 4, column: 18, endLine: 4, endColumn: 45 },
      ],
    },
    {
      code: `import { writeFileSync } from "node:fs";
import { Index } from "faiss-node";
const index = Index.read("./base.index");
writeFileSync("snapshot.bin", index.toBuffer());`,
      errors: [
        { messageId: "embeddingsToFile", line: 4, column: 15, endLine: 4, endColumn: 29 },
      ],
    },
    {
      code: `import { writeFile } from "node:fs/promises";
const query = await embeddings.embedQuery(question);
await writeFile(\`/var/cache/queries/\${Date.now()}.json\`, JSON.stringify(query));`,
      options: [{"encryptedPaths":["/mnt/encrypted"]}],
      errors: [
        { messageId: "embeddingsToFile", line: 3, column: 17, endLine: 3, endColumn: 56 },
      ],
    },
    // more shapes
    {
      code: `const { connect } = require("vectordb");
connect({ uri: "./rag-index" }).then((db) => db.openTable("docs"));`,
      errors: [
        { messageId: "localVectorStore", line: 2, column: 16, endLine: 2, endColumn: 29 },
      ],
    },
    {
      code: `import { SimpleVectorStore } from "llamaindex/vector-store";
import { storageContextFromDefaults } from "llamaindex/storage";
const store = await SimpleVectorStore.fromPersistPath("./storage/vector_store.json");
const ctx = await storageContextFromDefaults({ persistDir: process.env.PERSIST_DIR ?? "./storage" });`,
      errors: [
        { messageId: "localVectorStore", line: 3, column: 55, endLine: 3, endColumn: 84 },
        { messageId: "localVectorStore", line: 4, column: 60, endLine: 4, endColumn: 98 },
      ],
    },
  ],
});
