import { describe, expect, it } from "vitest";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getFieldWrites, getGetterReturn, getThisReads, resolveThisField, thisClassBody } from "../../src/analysis/class-fields";
import { findNode, withContext } from "./parse";

/** What `resolveThisField` gives for the first `this.algorithm` of the code, as source text. */
function field(code: string, text = "this.algorithm"): string | undefined {
  return withContext(code, (_context, program) => {
    const member = findNode(program, AST_NODE_TYPES.MemberExpression, text, code);
    const value = resolveThisField(member);
    return value ? code.slice(value.range[0], value.range[1]) : undefined;
  });
}

function classOf(code: string, text: string): TSESTree.ClassBody | undefined {
  return withContext(code, (_context, program) => thisClassBody(findNode(program, AST_NODE_TYPES.MemberExpression, text, code)));
}

describe("resolveThisField", () => {
  it("reads a field initialiser when nothing else writes the field", () => {
    expect(field("class V { private readonly algorithm = 'aes-256-gcm'; seal() { return use(this.algorithm); } }")).toBe("'aes-256-gcm'");
    expect(field("class V { algorithm = 'a'; run = () => use(this.algorithm); }")).toBe("'a'");
    expect(field("class V { #algorithm = 'a'; seal() { use(this.#algorithm); } }", "this.#algorithm")).toBe("'a'");
  });
  it("reads the one assignment, in the constructor or a method", () => {
    expect(field("class Box { constructor(k) { this.key = k; this.algorithm = 'aes-256-cbc'; } seal(t) { return use(this.algorithm, t); } }")).toBe("'aes-256-cbc'");
    expect(field("class Box { init() { this.algorithm = 'des'; } seal() { use(this.algorithm); } }")).toBe("'des'");
  });
  it("gives up on fields written twice or with +=/++, static fields and another this", () => {
    expect(field("class V { algorithm = 'a'; constructor(o) { this.algorithm = o.algorithm; } seal() { use(this.algorithm); } }")).toBeUndefined();
    expect(field("class V { constructor() { this.algorithm = 'a'; } reset() { this.algorithm += '-x'; } seal() { use(this.algorithm); } }")).toBeUndefined();
    expect(field("class V { algorithm = 1; bump() { this.algorithm++; } seal() { use(this.algorithm); } }")).toBeUndefined();
    expect(field("class V { static algorithm = 'a'; seal() { use(this.algorithm); } }")).toBeUndefined();
    expect(field("class V { algorithm = 'a'; seal() { return function () { return this.algorithm; }; } }")).toBeUndefined();
    expect(field("function f() { return this.algorithm; }")).toBeUndefined();
  });
  it("does not count writes in a nested class or a plain function", () => {
    expect(field("class V { algorithm = 'a'; seal() { use(this.algorithm); } make() { return class { constructor() { this.algorithm = 'b'; } }; } }")).toBe("'a'");
    expect(field("class V { algorithm = 'a'; seal() { use(this.algorithm); } make() { return function () { this.algorithm = 'b'; }; } }")).toBe("'a'");
  });
});

describe("thisClassBody", () => {
  it("passes arrows and methods, stops at plain functions, static members and computed keys", () => {
    expect(classOf("class A { m() { return () => this.x; } }", "this.x")?.type).toBe(AST_NODE_TYPES.ClassBody);
    expect(classOf("class A { f = () => this.x; }", "this.x")?.type).toBe(AST_NODE_TYPES.ClassBody);
    expect(classOf("class A { m() { return function () { return this.x; }; } }", "this.x")).toBeUndefined();
    expect(classOf("class A { static m() { return this.x; } }", "this.x")).toBeUndefined();
    expect(classOf("class A { static { this.x; } }", "this.x")).toBeUndefined();
  });
});

describe("getFieldWrites, getThisReads, getGetterReturn", () => {
  const code = `class Store {
  uri = "a";
  constructor(path) { this.path = path; this.count = 0; }
  get location() { return path.resolve(__dirname, "storage", "lancedb"); }
  get busy() { if (this.count) return true; return false; }
  get dir() { const base = process.env.DIR ?? "."; if (!base) throw new Error("x"); return path.join(base, "db"); }
  get late() { const a = 1; log(a); return a; }
  bump() { this.count += 1; this.count++; }
  open() { return connect(this.location, this.uri, this.path); }
}`;
  it("lists the writes of each field with their kind and whether the constructor makes them", () => {
    withContext(code, (_context, program) => {
      const classBody = findNode(program, AST_NODE_TYPES.MemberExpression, "this.path", code).parent?.parent?.parent?.parent?.parent?.parent as TSESTree.ClassBody;
      expect(classBody.type).toBe(AST_NODE_TYPES.ClassBody);
      expect(getFieldWrites(classBody, "uri").map((w) => [w.kind, w.inConstructor])).toEqual([["field", true]]);
      expect(getFieldWrites(classBody, "path").map((w) => [w.kind, w.inConstructor])).toEqual([["assignment", true]]);
      expect(getFieldWrites(classBody, "count").map((w) => w.kind)).toEqual(["assignment", "compound", "compound"]);
      expect(getThisReads(classBody, "location")).toHaveLength(1);
      expect(getThisReads(classBody, "count")).toHaveLength(3);
      const getter = getGetterReturn(classBody, "location");
      expect(getter && code.slice(getter.range[0], getter.range[1])).toBe('path.resolve(__dirname, "storage", "lancedb")');
      expect(getGetterReturn(classBody, "busy")).toBeUndefined();
      const dir = getGetterReturn(classBody, "dir");
      expect(dir && code.slice(dir.range[0], dir.range[1])).toBe('path.join(base, "db")');
      expect(getGetterReturn(classBody, "late")).toBeUndefined();
    });
  });
});
