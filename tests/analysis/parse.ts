import { Linter } from "eslint";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import * as tsParser from "@typescript-eslint/parser";

type Context = TSESLint.RuleContext<string, readonly unknown[]>;

/**
 * Parses `code` with the real ESLint and typescript-eslint parser and hands the rule context to
 * `inspect` at `Program:exit`, so helpers are tested on real scopes and parent links.
 */
export function withContext<T>(code: string, inspect: (context: Context, program: TSESTree.Program) => T, filename = "file.ts"): T {
  let result: T | undefined;
  let ran = false;
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"],
        languageOptions: { parser: tsParser as never, sourceType: "module" },
        plugins: {
          probe: {
            rules: {
              inspect: {
                create(context: unknown) {
                  return {
                    "Program:exit"(node: unknown) {
                      result = inspect(context as Context, node as TSESTree.Program);
                      ran = true;
                    },
                  };
                },
              },
            },
          },
        },
        rules: { "probe/inspect": "error" },
      },
    ] as never,
    filename,
  );
  const fatal = messages.find((m) => m.fatal || m.ruleId === "probe/inspect");
  if (fatal) throw new Error(fatal.message);
  if (!ran) throw new Error("the probe rule did not run");
  return result as T;
}

/** The first node of a type, in source order, whose text matches `text` when given. */
export function findNode<T extends TSESTree.Node["type"]>(
  program: TSESTree.Program,
  type: T,
  text?: string,
  source?: string,
): Extract<TSESTree.Node, { type: T }> {
  let found: TSESTree.Node | undefined;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === type && (text === undefined || (source !== undefined && source.slice(node.range[0], node.range[1]) === text))) {
      found = node;
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === "parent") continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v as TSESTree.Node));
      else if (value && typeof value === "object" && "type" in value) visit(value as TSESTree.Node);
    }
  };
  visit(program);
  if (!found) throw new Error(`no ${type}${text ? ` "${text}"` : ""}`);
  return found as Extract<TSESTree.Node, { type: T }>;
}
