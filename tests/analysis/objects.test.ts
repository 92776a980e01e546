import { describe, expect, it } from "vitest";
import { findProperty, findPropertyPath, getObjectProperties, resolveDestructuredBinding, resolveMemberValues, resolveObjectExpression, resolveObjectExpressions } from "../../src/analysis/objects";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

function lastInit(code: string) {
  return (fn: (init: never, scope: never) => unknown) =>
    withContext(code, (context, program) => {
      const last = program.body[program.body.length - 1]!;
      if (last.type !== "VariableDeclaration") throw new Error("last statement must be a declaration");
      return fn(last.declarations[0]!.init! as never, getFileScope(context) as never);
    });
}

describe("objects", () => {
  it("finds the literal behind a constant", () => {
    const found = lastInit("const base = { a: 1 }; const probe = base as object;")((init, scope) => resolveObjectExpression(init, scope)?.properties.length);
    expect(found).toBe(1);
  });
  it("opens spreads in place, later keys win", () => {
    const names = lastInit("const base = { a: 1, b: 2 }; const probe = { ...base, c: 3 };")((init, scope) =>
      getObjectProperties(resolveObjectExpression(init, scope)!, scope).map((p) => p.name),
    );
    expect(names).toEqual(["a", "b", "c"]);
    const code = "const base = { v: 1 }; const probe = { v: 0, ...base };";
    const winner = lastInit(code)((init, scope) => findProperty(resolveObjectExpression(init, scope)!, "v", scope)?.value.range);
    expect(winner).toEqual([code.indexOf("1"), code.indexOf("1") + 1]);
  });
  it("opens conditional spreads from both branches", () => {
    const names = lastInit("declare const dev: boolean; const probe = { ...(dev ? { rejectUnauthorized: false } : {}), ...(dev && { x: 1 }) };")((init, scope) =>
      getObjectProperties(resolveObjectExpression(init, scope)!, scope).map((p) => p.name),
    );
    expect(names).toEqual(["rejectUnauthorized", "x"]);
  });
  it("resolves computed keys through constants", () => {
    const names = lastInit("const K = 'rejectUnauthorized'; const probe = { [K]: false };")((init, scope) =>
      getObjectProperties(resolveObjectExpression(init, scope)!, scope).map((p) => p.name),
    );
    expect(names).toEqual(["rejectUnauthorized"]);
  });
  it("follows a path through nested constants", () => {
    const code = "const TLS = { rejectUnauthorized: false }; const probe = { tls: TLS };";
    const range = lastInit(code)((init, scope) =>
      findPropertyPath(resolveObjectExpression(init, scope)!, ["tls", "rejectUnauthorized"], scope)?.property.range,
    );
    const start = code.indexOf("rejectUnauthorized");
    expect(range).toEqual([start, start + "rejectUnauthorized: false".length]);
  });
  it("lists both branches as object candidates", () => {
    const count = lastInit("declare const c: boolean; const probe = c ? { a: 1 } : { b: 2 };")((init, scope) => resolveObjectExpressions(init, scope).length);
    expect(count).toBe(2);
  });
  it("returns null for objects it cannot see", () => {
    const found = lastInit("declare function make(): object; const probe = make();")((init, scope) => resolveObjectExpression(init, scope));
    expect(found).toBeNull();
  });
});

describe("objects reached through members and destructuring", () => {
  const SETTINGS = 'const settings = { llm: { baseURL: "http://vllm.internal/v1" }, db: { host: "pg.internal", ssl: false } };';
  const keysOf = (code: string) => lastInit(code)((init, scope) => {
    const found = resolveObjectExpression(init, scope);
    return found ? getObjectProperties(found, scope).map((p) => p.name) : null;
  });
  it("follows a member of a same-file literal", () => {
    expect(keysOf(`${SETTINGS} const probe = settings.llm;`)).toEqual(["baseURL"]);
    expect(keysOf(`${SETTINGS} const probe = settings["db"];`)).toEqual(["host", "ssl"]);
  });
  it("follows a const bound to a member, and a destructured binding", () => {
    expect(keysOf(`${SETTINGS} const v = settings.llm; const probe = v;`)).toEqual(["baseURL"]);
    expect(keysOf(`${SETTINGS} const { llm } = settings; const probe = llm;`)).toEqual(["baseURL"]);
    expect(keysOf(`${SETTINGS} const { db: conn } = settings; const probe = conn;`)).toEqual(["host", "ssl"]);
  });
  it("takes the later key when spreads override a member", () => {
    const code = `const base = { llm: { a: 1 } }; const settings = { ...base, llm: { b: 2 } }; const probe = settings.llm;`;
    expect(keysOf(code)).toEqual(["b"]);
  });
  it("does not follow a member written elsewhere or a reassigned binding", () => {
    expect(keysOf(`${SETTINGS} settings.llm = {}; const probe = settings.llm;`)).toBeNull();
    expect(keysOf(`${SETTINGS} settings.llm.baseURL = process.env.URL; const probe = settings.llm;`)).toBeNull();
    expect(keysOf(`${SETTINGS} settings.db.port = 5432; const probe = settings.llm;`)).toEqual(["baseURL"]);
    expect(keysOf(`${SETTINGS} let { llm } = settings; llm = {}; const probe = llm;`)).toBeNull();
  });
  it("stays silent on self-referencing settings", () => {
    expect(keysOf("const a = { b: { ...a.b } }; const probe = a.b;")).toEqual([]);
  });
  it("lists every literal a member may be", () => {
    const count = lastInit('declare const dev: boolean; const settings = dev ? { llm: { a: 1 } } : { llm: { b: 1 } }; const probe = settings.llm;')((init, scope) => resolveObjectExpressions(init, scope).length);
    expect(count).toBe(2);
    const values = lastInit(`${SETTINGS} const probe = settings.llm.baseURL;`)((init, scope) => resolveMemberValues(init, scope).map((n: { type: string }) => n.type));
    expect(values).toEqual(["Literal"]);
  });
  it("reads a nested destructured binding, with its default when the key is missing", () => {
    const read = (code: string) =>
      withContext(code, (context, program) => {
        const last = program.body[program.body.length - 1]!;
        if (last.type !== "ExpressionStatement" || last.expression.type !== "Identifier") throw new Error("last statement must be an identifier");
        const value = resolveDestructuredBinding(last.expression, getFileScope(context));
        return value ? context.sourceCode.getText(value) : null;
      });
    expect(read(`${SETTINGS} const { llm: { baseURL } } = settings; baseURL;`)).toBe('"http://vllm.internal/v1"');
    expect(read(`${SETTINGS} const { llm: { timeout = 30 } } = settings; timeout;`)).toBe("30");
    expect(read(`${SETTINGS} const [first] = [settings]; first;`)).toBeNull();
    expect(read(`${SETTINGS} const { llm, ...rest } = settings; rest;`)).toBeNull();
    expect(read(`function f({ llm } = settings) { return llm; } ${SETTINGS} const { llm: x } = settings; x;`)).toBe('{ baseURL: "http://vllm.internal/v1" }');
  });
});
