import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { getLogCall } from "../../src/analysis/logging";
import { withContext } from "./parse";

/** The texts of the calls in `code` that write to a log. */
function logCalls(code: string, filename = "file.ts"): string[] {
  return withContext(
    code,
    (context, program) => {
      const out: string[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (node.type === "CallExpression" && getLogCall(node, context)) out.push(context.sourceCode.getText(node.callee));
        for (const key of Object.keys(node)) {
          if (key === "parent") continue;
          const value = (node as unknown as Record<string, unknown>)[key];
          if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v as TSESTree.Node));
          else if (value && typeof value === "object" && "type" in value) visit(value as TSESTree.Node);
        }
      };
      visit(program);
      return out;
    },
    filename,
  );
}

describe("getLogCall", () => {
  it("knows console and logger-named receivers", () => {
    expect(logCalls("console.log(1); console.error(2); console.time('x');")).toEqual(["console.log", "console.error"]);
    expect(logCalls("declare const logger: any, req: any; logger.info(1); this.logger.warn(2); req.log.error(3);")).toEqual(["logger.info", "this.logger.warn", "req.log.error"]);
  });
  it("knows loggers made by logger libraries", () => {
    expect(logCalls("import pino from 'pino'; const p = pino(); p.info('x');")).toEqual(["p.info"]);
    expect(logCalls("const winston = require('winston'); const w = winston.createLogger({}); w.error('x');", "file.js")).toEqual(["w.error"]);
    expect(logCalls("import createDebug from 'debug'; const dbg = createDebug('app'); dbg('x');")).toEqual(["dbg"]);
  });
  it("ignores other calls", () => {
    expect(logCalls("declare const catalog: any, dialog: any, stream: any; catalog.info(); dialog.show(); stream.write('x'); Math.log(2);")).toEqual([]);
  });
});
