import { describe, expect, it } from "vitest";
import { findProperty, findPropertyPath, getObjectProperties, resolveObjectExpression, resolveObjectExpressions } from "../../src/analysis/objects";
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
