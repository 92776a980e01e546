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
  it("knows Sentry scopes, OpenTelemetry spans and logger bindings", () => {
    expect(logCalls(`import * as Sentry from "@sentry/node";
declare const err: Error, key: string;
Sentry.captureException(err, { extra: { key } });
Sentry.setTag("k", key);
Sentry.withScope((scope) => { scope.setExtra("k", key); scope.setContext("c", {}); });
Sentry.getCurrentScope().setTag("k", key);
declare const other: any; other.setExtra("k", key);`)).toEqual([
      "Sentry.captureException", "Sentry.setTag", "scope.setExtra", "scope.setContext", "Sentry.getCurrentScope().setTag",
    ]);
    expect(logCalls(`import { trace } from "@opentelemetry/api";
const tracer = trace.getTracer("app");
tracer.startActiveSpan("llm", (span) => { span.setAttribute("a", 1); span.end(); });
const s = tracer.startSpan("x"); s.setAttributes({}); s.addEvent("e", {});
trace.getActiveSpan()?.setAttribute("a", 1);
declare const map: Map<string, string>; map.set("a", "b");`)).toEqual([
      "span.setAttribute", "s.setAttributes", "s.addEvent", "trace.getActiveSpan()?.setAttribute",
    ]);
    expect(logCalls(`declare const span: any; span.setAttribute("a", 1);`)).toEqual([]);
    expect(logCalls(`import pino from "pino"; const logger = pino({ base: { app: "x" } }); logger.child({ m: 1 });
import winston from "winston"; winston.createLogger({ defaultMeta: { service: "x" } }); winston.createLogger({ level: "info" });`)).toEqual([
      "pino", "logger.child", "winston.createLogger",
    ]);
  });
  it("ignores other calls", () => {
    expect(logCalls("declare const catalog: any, dialog: any, stream: any; catalog.info(); dialog.show(); stream.write('x'); Math.log(2);")).toEqual([]);
  });
});

describe("getLogCall sinks beyond loggers", () => {
  it("knows error-reporting SDK log functions, by import", () => {
    expect(logCalls("import * as Sentry from '@sentry/node'; Sentry.captureMessage('x'); Sentry.addBreadcrumb({}); Sentry.setContext('a', {});")).toEqual([
      "Sentry.captureMessage",
      "Sentry.addBreadcrumb",
      "Sentry.setContext",
    ]);
    expect(logCalls("import { captureMessage } from '@sentry/nextjs'; captureMessage('x');")).toEqual(["captureMessage"]);
    expect(logCalls("declare const Sentry: any; Sentry.captureMessage('x');")).toEqual([]);
  });
  it("knows process.stderr.write and util.debuglog, not stdout", () => {
    expect(logCalls("process.stderr.write('x'); process.stdout.write('y');")).toEqual(["process.stderr.write"]);
    expect(logCalls("const util = require('node:util'); const dbg = util.debuglog('llm'); dbg('x');", "file.js")).toEqual(["dbg"]);
  });
  it("takes extra logger names", () => {
    const code = "declare const audit: any, trace: any; audit.info(1); trace(2);";
    const found = withContext(code, (context, program) => {
      const out: string[] = [];
      for (const statement of program.body) {
        if (statement.type === "ExpressionStatement" && statement.expression.type === "CallExpression" && getLogCall(statement.expression, context, new Set(["audit", "trace"]))) {
          out.push(context.sourceCode.getText(statement.expression.callee));
        }
      }
      return out;
    });
    expect(found).toEqual(["audit.info", "trace"]);
  });
});
