import { describe, expect, it } from "vitest";
import { isLocalAddress, readAddressCandidates } from "../../src/analysis/connection-values";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

/** Reads the initialiser of the last declaration (or the `url` option of the last `new X({ url })`). */
function read(code: string) {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    let node;
    if (last.type === "VariableDeclaration") node = last.declarations[0]!.init!;
    else throw new Error("last statement must be a declaration");
    return readAddressCandidates(node, getFileScope(context)).map((candidate) => ({
      text: context.sourceCode.getText(candidate.node),
      scheme: candidate.scheme,
      hosts: candidate.hosts,
      dynamic: candidate.whollyDynamic ? "all" : candidate.hostIsDynamic ? "host" : "no",
      local: isLocalAddress(candidate),
      socket: candidate.isSocketPath,
    }));
  });
}

describe("readAddressCandidates", () => {
  it("reads URLs, bare hosts and socket paths", () => {
    expect(read('const probe = "http://qdrant.prod:6333";')).toEqual([{ text: '"http://qdrant.prod:6333"', scheme: "http", hosts: ["qdrant.prod"], dynamic: "no", local: false, socket: false }]);
    expect(read('const probe = "milvus.prod:19530";')[0]).toMatchObject({ scheme: undefined, hosts: ["milvus.prod"], dynamic: "no" });
    expect(read('const probe = "[::1]:6333";')[0]).toMatchObject({ hosts: ["::1"], local: true });
    expect(read('const probe = "/var/run/postgresql";')[0]).toMatchObject({ socket: true, local: true });
  });

  it("splits MongoDB seed lists", () => {
    expect(read('const probe = "mongodb://localhost:27017,127.0.0.1:27018/rag";')[0]).toMatchObject({ hosts: ["localhost", "127.0.0.1"], local: true });
    expect(read('const probe = "mongodb://a.prod:27017,localhost:27018/rag";')[0]).toMatchObject({ hosts: ["a.prod", "localhost"], local: false });
  });

  it("keeps a written scheme when the host is set at run time", () => {
    expect(read("const probe = `http://${process.env.QDRANT_HOST}:6333`;")[0]).toMatchObject({ scheme: "http", hosts: [], dynamic: "host", local: false });
    expect(read('const probe = "http://" + process.env.HOST + ":6333";')[0]).toMatchObject({ scheme: "http", dynamic: "host" });
    expect(read("declare const DOMAIN: string; const probe = `qdrant.${DOMAIN}`;")[0]).toMatchObject({ scheme: undefined, dynamic: "host" });
    expect(read("declare const HOST: string; const probe = `${HOST}:6333`;")[0]).toMatchObject({ dynamic: "host" });
  });

  it("resolves constants and reports them where they are used", () => {
    const [candidate] = read('const HOST = "qdrant.prod"; const URL_ = `http://${HOST}:6333`; const probe = URL_;');
    expect(candidate).toMatchObject({ text: "URL_", scheme: "http", hosts: ["qdrant.prod"], dynamic: "no" });
  });

  it("yields both branches of ternaries and the fallback of ?? and ||", () => {
    expect(read('declare const prod: boolean; const probe = prod ? "https://q.prod" : "http://localhost:6333";').map((c) => [c.text, c.scheme, c.local])).toEqual([
      ['"https://q.prod"', "https", false],
      ['"http://localhost:6333"', "http", true],
    ]);
    expect(read('const probe = process.env.QDRANT_URL ?? "http://qdrant:6333";').map((c) => [c.text, c.dynamic])).toEqual([
      ["process.env.QDRANT_URL", "all"],
      ['"http://qdrant:6333"', "no"],
    ]);
    expect(read('const probe = "" || "http://b.prod";').map((c) => c.text)).toEqual(['"http://b.prod"']);
  });

  it("reads arrays, node objects and new URL()", () => {
    expect(read('const probe = ["https://a.prod:9200", { url: new URL("http://b.prod:9200") }];').map((c) => [c.scheme, c.hosts])).toEqual([
      ["https", ["a.prod"]],
      ["http", ["b.prod"]],
    ]);
  });

  it("reads class fields through this", () => {
    const result = withContext('class Store { url = "http://qdrant.prod:6333"; probe() { return this.url; } }', (context, program) => {
      const cls = program.body[0]!;
      if (cls.type !== "ClassDeclaration") throw new Error("class expected");
      const method = cls.body.body[1]!;
      if (method.type !== "MethodDefinition") throw new Error("method expected");
      const ret = method.value.body!.body[0]!;
      if (ret.type !== "ReturnStatement") throw new Error("return expected");
      return readAddressCandidates(ret.argument!, getFileScope(context)).map((c) => [context.sourceCode.getText(c.node), c.hosts]);
    });
    expect(result).toEqual([["this.url", ["qdrant.prod"]]]);
  });

  it("leaves prose, numbers and unknown values alone", () => {
    expect(read('const probe = "Point QDRANT_URL at http://qdrant.prod";')).toEqual([]);
    expect(read("const probe = 6379;")).toEqual([]);
    expect(read("declare function f(): string; const probe = f();")[0]).toMatchObject({ dynamic: "all", local: false });
  });
});
