import { findVariable as referenceFindVariable } from "@eslint-community/eslint-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { findVariable, isGlobalMethodCall } from "../../src/analysis/scopes";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

/** Every identifier of the program, in source order. */
function identifiers(program: TSESTree.Program, visitorKeys: Record<string, readonly string[] | undefined>): TSESTree.Identifier[] {
  const out: TSESTree.Identifier[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === "Identifier") out.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as TSESTree.Node).type === "string") visit(item as TSESTree.Node);
      }
    }
  };
  visit(program);
  return out;
}

/** Code where the innermost scope is easy to get wrong: shared blocks, initializers, shadowing, TS-only scopes. */
const TRICKY = `
import { a as imported } from "m";
const value = 1;
let later;
const named = function value(n = value) { return value + n; };
const arrow = (value) => value;
class Box<T> {
  value = value;
  static other = imported;
  #secret = value;
  constructor(private readonly inner: T) {}
  method<U>(value: U): U { const local = value; return local; }
  get current() { return this.#secret; }
}
function outer(x) {
  try { throw x; } catch (value) { later = value; }
  for (let value = 0; value < 3; value++) later = value;
  for (const [k, value] of Object.entries({})) later = k + value;
  switch (x) { case 1: { const value = 2; later = value; } }
  label: { later = value; break label; }
  return function inner() { return x + value; };
}
namespace Space { export const value = 2; export function f() { return value; } }
enum Kind { A = 1, B = A + 1 }
type Mapped<K extends string> = { [P in K]: P };
declare module "ambient" { const value: number; }
@decorate(value) class Decorated { @field(value) prop = value; }
function decorate(_: unknown) { return (t: unknown) => t; }
function field(_: unknown) { return () => undefined; }
export default function (value: number) { return (() => value)(); }
`;

describe("findVariable", () => {
  it("finds, for every identifier, the variable @eslint-community/eslint-utils finds", () => {
    const mismatches = withContext(TRICKY, (context, program) => {
      const scope = getFileScope(context);
      const out: string[] = [];
      for (const id of identifiers(program, context.sourceCode.visitorKeys as never)) {
        const expected = referenceFindVariable(scope as never, id as never) as TSESLint.Scope.Variable | null;
        const actual = findVariable(scope, id);
        if (actual !== expected) out.push(`${id.name} at ${id.loc.start.line}:${id.loc.start.column}`);
      }
      return out;
    });
    expect(mismatches).toEqual([]);
  });

  it("starts from the given scope when it is not the file's global scope", () => {
    withContext("function f(a) { const b = a; return () => b; }\nconst b = 0;", (context, program) => {
      const fn = program.body[0] as TSESTree.FunctionDeclaration;
      const fnScope = context.sourceCode.getScope(fn.body);
      const inner = ((fn.body.body[1] as TSESTree.ReturnStatement).argument as TSESTree.ArrowFunctionExpression).body as TSESTree.Identifier;
      expect(findVariable(fnScope, inner)).toBe(referenceFindVariable(fnScope as never, inner as never));
      expect(findVariable(fnScope, inner)?.defs[0]?.node.parent?.parent).toBe(fn.body);
    });
  });

  it("looks a name up from the given scope outwards", () => {
    withContext("const top = 1; function f() { const top = 2; return top; }", (context, program) => {
      const fn = program.body[1] as TSESTree.FunctionDeclaration;
      const fnScope = context.sourceCode.getScope(fn.body);
      const moduleScope = fnScope.upper!;
      expect(findVariable(fnScope, "top")?.defs[0]?.node).toBe((fn.body.body[0] as TSESTree.VariableDeclaration).declarations[0]);
      expect(findVariable(moduleScope, "top")?.defs[0]?.node).toBe((program.body[0] as TSESTree.VariableDeclaration).declarations[0]);
      // A module's own names are not in the global scope.
      expect(findVariable(getFileScope(context), "top")).toBeNull();
      expect(findVariable(fnScope, "missing")).toBeNull();
    });
  });

  it("tells a global object's method call from a same-named local or member", () => {
    const calls = withContext("JSON.parse(a);\nconfig.JSON.parse(b);\nfunction f(JSON) { return JSON.parse(c); }\nJSON.stringify(d);", (context, program) => {
      const out: boolean[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (node.type === "CallExpression") out.push(isGlobalMethodCall(node, "JSON", "parse", getFileScope(context)));
        for (const key of context.sourceCode.visitorKeys[node.type] ?? []) {
          const child = (node as unknown as Record<string, unknown>)[key];
          for (const item of Array.isArray(child) ? child : [child]) if (item && typeof (item as TSESTree.Node).type === "string") visit(item as TSESTree.Node);
        }
      };
      visit(program);
      return out;
    });
    expect(calls).toEqual([true, false, false, false]);
  });
});
