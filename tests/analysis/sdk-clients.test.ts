import { describe, expect, it } from "vitest";
import { findSdkClientCalls, getSdkOptionsObjects, hasOpaqueSpread, readSetting, type SdkClientSpec } from "../../src/analysis/sdk-clients";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

interface Spec extends SdkClientSpec {
  id: string;
}

const SPECS: readonly Spec[] = [
  { id: "qdrant", modules: ["@qdrant/js-client-rest"], constructions: [{ kind: "new", path: ["QdrantClient"] }] },
  { id: "redis", modules: ["ioredis"], constructions: [{ kind: "new", path: [], options: "last" }, { kind: "new", path: ["Redis"], options: "last" }] },
  { id: "weaviate", modules: ["weaviate-client"], constructions: [{ kind: "call", path: ["connectToLocal"] }] },
  { id: "pg", modules: ["pg"], constructions: [{ kind: "new", path: ["Pool"] }] },
  { id: "index", modules: ["@pinecone-database/pinecone"], constructions: [{ kind: "new", path: ["Pinecone"], instanceMethods: ["index"] }] },
  { id: "store", modules: ["@langchain/qdrant"], constructions: [{ kind: "call", path: ["QdrantVectorStore", "fromDocuments"], options: "last" }] },
];

/** `id@line` for every client call the finder returns. */
function found(code: string, filename = "file.ts"): string[] {
  return withContext(code, (context) => findSdkClientCalls(context, SPECS).map((call) => `${call.spec.id}@${call.node.loc.start.line}`), filename);
}

describe("findSdkClientCalls", () => {
  it("matches ESM named, renamed, namespace and default imports", () => {
    const code = [
      'import { QdrantClient, QdrantClient as Q } from "@qdrant/js-client-rest";',
      'import * as qdrant from "@qdrant/js-client-rest";',
      'import Redis from "ioredis";',
      'import weaviate from "weaviate-client";',
      'new QdrantClient({});',
      'new Q({});',
      'new qdrant.QdrantClient({});',
      'new Redis();',
      'await weaviate.connectToLocal();',
    ].join("\n");
    expect(found(code)).toEqual(["qdrant@5", "qdrant@6", "qdrant@7", "redis@8", "weaviate@9"]);
  });

  it("matches require, destructuring, member access and TS import-equals", () => {
    const code = [
      'const { Pool } = require("pg");',
      'const pg = require("pg");',
      'const Redis = require("ioredis");',
      'import qdrant = require("@qdrant/js-client-rest");',
      'new Pool();',
      'new pg.Pool();',
      'new Redis.Redis();',
      'new qdrant.QdrantClient({});',
      'new (require("ioredis"))();',
    ].join("\n");
    expect(found(code)).toEqual(["pg@5", "pg@6", "redis@7", "qdrant@8", "redis@9"]);
  });

  it("ignores same-named classes that do not come from the SDK", () => {
    const code = ['class QdrantClient { constructor(_: object) {} }', 'new QdrantClient({});', 'import { Pool } from "generic-pool";', 'new Pool();'].join("\n");
    expect(found(code)).toEqual([]);
  });

  it("follows instances to the methods that open connections", () => {
    const code = [
      'import { Pinecone } from "@pinecone-database/pinecone";',
      'const pc = new Pinecone();',
      'pc.index({ name: "a" });',
      'new Pinecone().index("b");',
      'class Repo {',
      '  pc = new Pinecone();',
      '  get docs() { return this.pc.index("docs"); }',
      '}',
      'class Other { constructor() { this.client = new Pinecone(); } use() { return this.client.index("x"); } client: Pinecone; }',
      'pc.listIndexes();',
    ].join("\n");
    expect(found(code)).toEqual(["index@3", "index@4", "index@7", "index@9"]);
  });

  it("matches static builders", () => {
    expect(found('import { QdrantVectorStore } from "@langchain/qdrant";\nawait QdrantVectorStore.fromDocuments(docs, emb, { url });')).toEqual(["store@2"]);
  });

  it("returns nothing for files that import none of the modules", () => {
    expect(found("new QdrantClient({ url: 'http://x' });")).toEqual([]);
  });
});

describe("options and settings", () => {
  function settings(code: string, places: (string | number)[]): string[] {
    return withContext(code, (context) => {
      const scope = getFileScope(context);
      const [call] = findSdkClientCalls(context, SPECS);
      if (!call) throw new Error("no client call");
      return getSdkOptionsObjects(call.node, call.construction, scope).flatMap((options) =>
        places.map((place) => {
          const setting = readSetting(call.node, options, place, scope);
          return setting.state === "present" ? context.sourceCode.getText(setting.node) : setting.state;
        }),
      );
    });
  }

  it("reads nested paths through constants and spreads", () => {
    const code = 'import { Pool } from "pg";\nconst TLS = { ssl: false };\nconst base = { ...TLS, host: "db" };\nnew Pool({ ...base, port: 5432 });';
    expect(settings(code, ["ssl", "host", "port", "user"])).toEqual(["false", '"db"', "5432", "absent"]);
  });

  it("reports keys hidden behind spreads of unknown objects as unknown", () => {
    const code = 'import { Pool } from "pg";\ndeclare const extra: object;\nnew Pool({ host: "db", ...extra });';
    expect(settings(code, ["host", "ssl"])).toEqual(['"db"', "unknown"]);
  });

  it("opens both branches of a ternary options object", () => {
    const code = 'import { Pool } from "pg";\ndeclare const prod: boolean;\nnew Pool(prod ? { ssl: true } : { ssl: false });';
    expect(settings(code, ["ssl"])).toEqual(["true", "false"]);
  });

  it("takes the last argument as options only when it is an object", () => {
    expect(settings('import Redis from "ioredis";\nnew Redis(6379, "cache", { tls: {} });', ["tls", 1])).toEqual(["{}", '"cache"']);
    expect(settings('import Redis from "ioredis";\nnew Redis(6379, "cache");', ["tls"])).toEqual(["absent"]);
    expect(settings('import Redis from "ioredis";\nnew Redis(process.env.REDIS_URL);', ["tls", 0])).toEqual(["absent", "process.env.REDIS_URL"]);
    expect(settings('import Redis from "ioredis";\ndeclare const opts: object;\nnew Redis(opts);', ["tls"])).toEqual(["unknown"]);
  });

  it("reads nested objects that are not literals as unknown", () => {
    const code = 'import { Pool } from "pg";\ndeclare const sslOptions: object;\nnew Pool({ ssl: sslOptions, socket: sslOptions });';
    expect(settings(code, ["ssl", "socket.tls"])).toEqual(["sslOptions", "unknown"]);
  });

  it("tells opaque spreads apart from same-file ones", () => {
    const result = withContext('declare const x: object;\nconst a = { ...{ b: 1 } };\nconst c = { ...x };', (context, program) => {
      const scope = getFileScope(context);
      return program.body.slice(1).map((statement) => {
        if (statement.type !== "VariableDeclaration") throw new Error("declaration expected");
        const init = statement.declarations[0]!.init!;
        if (init.type !== "ObjectExpression") throw new Error("object expected");
        return hasOpaqueSpread(init, scope);
      });
    });
    expect(result).toEqual([false, true]);
  });
});
