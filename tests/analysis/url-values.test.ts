import { describe, expect, it } from "vitest";
import { getFileScope } from "../../src/analysis/static-value";
import { findOptionValues, parseGrpcTarget, resolveStringCandidates, resolveUrlValues } from "../../src/analysis/url-values";
import { withContext } from "./parse";

/** Resolves the URL values of the last declaration's initialiser; reports each as [source text of its node, scheme, host or label]. */
function urlsOf(code: string, impliedScheme?: string) {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    if (last.type !== "VariableDeclaration") throw new Error("last statement must be a declaration");
    const values = resolveUrlValues(last.declarations[0]!.init!, getFileScope(context), impliedScheme ? { impliedScheme } : {});
    return values.map((v) => ({
      at: context.sourceCode.getText(v.node),
      scheme: v.url.scheme,
      host: v.hostText,
      label: v.hostLabel,
      candidates: v.hostCandidates,
      implied: v.schemeImplied,
    }));
  });
}

describe("resolveUrlValues", () => {
  it("reads literals, constants and templates, reporting at the use", () => {
    expect(urlsOf("const BASE = 'http://vllm.internal:8000/v1'; const probe = BASE;")).toMatchObject([
      { at: "BASE", scheme: "http", host: "vllm.internal" },
    ]);
    expect(urlsOf("const HOST = 'llm.corp'; const probe = `http://${HOST}/v1`;")).toMatchObject([{ at: "`http://${HOST}/v1`", host: "llm.corp" }]);
  });
  it("puts the URLs a run-time base can be in front of the rest of a build", () => {
    expect(urlsOf("const BASE = process.env.MIRROR ?? 'http://mirror.internal:8080'; const probe = `${BASE}/v1/models`;")).toMatchObject([
      { at: "`${BASE}/v1/models`", scheme: "http", host: "mirror.internal" },
    ]);
    expect(urlsOf("const BASE = flag ? 'https://a.corp' : 'http://b.corp'; const probe = BASE + '/v1';").map((v) => v.host)).toEqual(["a.corp", "b.corp"]);
    // A base that is not provably a URL gives nothing.
    expect(urlsOf("const probe = `${process.env.MIRROR}/v1/models`;")).toEqual([]);
  });
  it("follows both branches of a ternary and both sides of ?? and ||", () => {
    const found = urlsOf("declare const dev: boolean; const probe = dev ? 'http://localhost:8000' : 'https://api.example.org';");
    expect(found.map((f) => [f.at, f.host])).toEqual([["'http://localhost:8000'", "localhost"], ["'https://api.example.org'", "api.example.org"]]);
    expect(urlsOf("const probe = process.env.URL ?? 'http://ollama:11434';").map((f) => f.at)).toEqual(["'http://ollama:11434'"]);
    expect(urlsOf("const probe = process.env.URL || 'http://ollama:11434';").map((f) => f.host)).toEqual(["ollama"]);
  });
  it("marks run-time hosts and keeps the hosts they can provably be", () => {
    expect(urlsOf("declare const h: string; const probe = `http://${h}:8000/v1`;")).toMatchObject([{ host: undefined, label: "…", candidates: [] }]);
    expect(urlsOf("const probe = `http://${process.env.H ?? 'localhost'}:8000`;")).toMatchObject([{ host: undefined, candidates: ["localhost"] }]);
    expect(urlsOf("declare const region: string; const probe = `http://${region}.svc.cluster.local/v1`;")).toMatchObject([
      { host: "0.svc.cluster.local", label: "….svc.cluster.local" },
    ]);
  });
  it("reads parameter and destructuring defaults, class fields and object members", () => {
    const param = withContext("function f(base = 'http://llm.internal') { return base; }", (context, program) => {
      const fn = program.body[0]!;
      if (fn.type !== "FunctionDeclaration") throw new Error("expected a function");
      const ret = fn.body.body[0]!;
      if (ret.type !== "ReturnStatement") throw new Error("expected a return");
      return resolveUrlValues(ret.argument!, getFileScope(context)).map((v) => v.hostText);
    });
    expect(param).toEqual(["llm.internal"]);
    expect(urlsOf("const { URL_A = 'http://a.internal' } = process.env; const probe = URL_A;").map((f) => f.host)).toEqual(["a.internal"]);
    expect(urlsOf("const CFG = { llm: { url: 'http://b.internal' } } as const; const probe = CFG.llm.url;")).toMatchObject([{ at: "CFG.llm.url", host: "b.internal" }]);
    const field = withContext("class S { base = 'http://c.internal'; m() { return this.base; } }", (context, program) => {
      const cls = program.body[0]!;
      if (cls.type !== "ClassDeclaration") throw new Error("expected a class");
      const method = cls.body.body[1]!;
      if (method.type !== "MethodDefinition") throw new Error("expected a method");
      const ret = method.value.body!.body[0]!;
      if (ret.type !== "ReturnStatement") throw new Error("expected a return");
      return resolveUrlValues(ret.argument!, getFileScope(context)).map((v) => v.hostText);
    });
    expect(field).toEqual(["c.internal"]);
  });
  it("reads settings reached through destructuring and through a const bound to a member", () => {
    const SETTINGS = "const settings = { llm: { baseURL: 'http://vllm.internal:8000/v1' } };";
    expect(urlsOf(`${SETTINGS} const { llm: { baseURL } } = settings; const probe = baseURL;`)).toMatchObject([{ at: "baseURL", host: "vllm.internal" }]);
    expect(urlsOf(`${SETTINGS} const { llm } = settings; const probe = llm.baseURL;`)).toMatchObject([{ at: "llm.baseURL", host: "vllm.internal" }]);
    expect(urlsOf(`${SETTINGS} const v = settings.llm; const probe = v.baseURL;`)).toMatchObject([{ at: "v.baseURL", host: "vllm.internal" }]);
    expect(urlsOf(`${SETTINGS} settings.llm.baseURL = process.env.LLM_URL; const probe = settings.llm.baseURL;`)).toEqual([]);
    expect(urlsOf(`${SETTINGS} let { llm: { baseURL } } = settings; baseURL = process.env.LLM_URL; const probe = baseURL;`)).toEqual([]);
  });
  it("takes a Testcontainers host as the local machine, only in a file importing Testcontainers", () => {
    const url = "const probe = `http://${c.getHost()}:${c.getMappedPort(6333)}`;";
    expect(urlsOf(`import { GenericContainer } from "testcontainers"; declare const c: any; ${url}`)).toMatchObject([{ host: undefined, candidates: ["localhost"] }]);
    expect(urlsOf(`const { QdrantContainer } = require("@testcontainers/qdrant"); const c = getContainer(); const h = c.getIpAddress("net"); const probe = \`http://\${h}:6333\`;`)).toMatchObject([{ candidates: ["localhost"] }]);
    expect(urlsOf(`import { cluster as c } from "./cluster"; ${url}`)).toMatchObject([{ host: undefined, candidates: [] }]);
    expect(urlsOf(`import "testcontainers"; const probe = \`http://\${c.getHost()}.corp.example:6333\`;`)).toMatchObject([{ host: "0.corp.example" }]);
  });
  it("reads new URL(), href and toString()", () => {
    expect(urlsOf("const probe = new URL('/v1/embeddings', 'http://emb.internal:8080');").map((f) => f.host)).toEqual(["emb.internal"]);
    expect(urlsOf("const u = new URL('http://d.internal/x'); const probe = u.href;").map((f) => f.host)).toEqual(["d.internal"]);
    expect(urlsOf("const u = new URL('http://e.internal/x'); const probe = u.toString();").map((f) => f.host)).toEqual(["e.internal"]);
    // A run-time input may be absolute: the base is not assumed.
    expect(urlsOf("declare const input: string; const probe = new URL(input, 'http://f.internal');")).toEqual([]);
  });
  it("puts the implied scheme in front of a bare host only when asked", () => {
    expect(urlsOf("const probe = 'gpu-box.lan:11434';")).toEqual([]);
    expect(urlsOf("const probe = 'gpu-box.lan:11434';", "http")).toMatchObject([{ scheme: "http", host: "gpu-box.lan", implied: true }]);
    expect(urlsOf("const probe = 'https://ollama.internal';", "http")).toMatchObject([{ scheme: "https", implied: false }]);
  });
  it("gives nothing for values it cannot prove", () => {
    expect(urlsOf("declare function getUrl(): string; const probe = getUrl();")).toEqual([]);
    expect(urlsOf("const probe = process.env.OPENAI_BASE_URL;")).toEqual([]);
    expect(urlsOf("declare const scheme: string; const probe = `${scheme}://host/v1`;")).toMatchObject([{ scheme: undefined }]);
  });
});

describe("resolveStringCandidates", () => {
  it("collects every provable string", () => {
    const values = withContext("declare const prod: boolean; const probe = prod ? 'inference:50051' : 'localhost:50051';", (context, program) => {
      const last = program.body[program.body.length - 1]!;
      if (last.type !== "VariableDeclaration") throw new Error("expected a declaration");
      return resolveStringCandidates(last.declarations[0]!.init!, getFileScope(context));
    });
    expect(values).toEqual(["inference:50051", "localhost:50051"]);
  });
});

describe("findOptionValues", () => {
  it("follows a property path through literals, constants, spreads and ternaries", () => {
    const texts = withContext(
      "declare const dev: boolean; const base = { baseURL: 'a' }; const opts = dev ? { configuration: { ...base } } : { configuration: { baseURL: 'b' } }; const probe = opts;",
      (context, program) => {
        const last = program.body[program.body.length - 1]!;
        if (last.type !== "VariableDeclaration") throw new Error("expected a declaration");
        return findOptionValues(last.declarations[0]!.init!, ["configuration", "baseURL"], getFileScope(context)).map((n) => context.sourceCode.getText(n));
      },
    );
    expect(texts).toEqual(["'a'", "'b'"]);
  });
});

describe("parseGrpcTarget", () => {
  it("reads the host of the target forms gRPC accepts", () => {
    expect(parseGrpcTarget("inference.internal:50051")).toEqual({ host: "inference.internal", local: false });
    expect(parseGrpcTarget("dns:///triton.ml.svc:8001")).toEqual({ host: "triton.ml.svc", local: false });
    expect(parseGrpcTarget("dns://8.8.8.8/model.internal:443")).toEqual({ host: "model.internal", local: false });
    expect(parseGrpcTarget("ipv4:10.0.0.1:50051,10.0.0.2:50051")).toEqual({ host: "10.0.0.1", local: false });
    expect(parseGrpcTarget("ipv6:[::1]:50051")).toEqual({ host: "::1", local: false });
    expect(parseGrpcTarget("[::1]:50051")).toEqual({ host: "::1", local: false });
    expect(parseGrpcTarget("unix:///var/run/model.sock")).toEqual({ host: undefined, local: true });
    expect(parseGrpcTarget("xds:///inference")).toEqual({ host: undefined, local: false });
  });
});
