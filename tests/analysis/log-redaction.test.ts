import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { getRedactPaths, isRedacted, splitRedactPath } from "../../src/analysis/log-redaction";
import { getFileScope } from "../../src/analysis/static-value";
import { findNode, withContext } from "./parse";

describe("splitRedactPath", () => {
  it("splits dotted and bracketed paths", () => {
    expect(splitRedactPath("req.headers.authorization")).toEqual(["req", "headers", "authorization"]);
    expect(splitRedactPath('headers["x-api-key"]')).toEqual(["headers", "x-api-key"]);
    expect(splitRedactPath("items[*].token")).toEqual(["items", "*", "token"]);
    expect(splitRedactPath("a[")).toBeUndefined();
    expect(splitRedactPath("")).toBeUndefined();
  });
});

describe("isRedacted", () => {
  it("matches the same segments, wildcards and ancestors", () => {
    const paths = [["apiKey"], ["*", "token"], ["config", "headers"]];
    expect(isRedacted(paths, ["apiKey"])).toBe(true);
    expect(isRedacted(paths, ["hf", "token"])).toBe(true);
    expect(isRedacted(paths, ["config", "headers", "Authorization"])).toBe(true);
    expect(isRedacted(paths, ["token"])).toBe(false);
    expect(isRedacted(paths, ["secret"])).toBe(false);
  });
});

describe("getRedactPaths", () => {
  const paths = (code: string, callText: string): string[][] | undefined =>
    withContext(code, (context, program) => getRedactPaths(findNode(program, AST_NODE_TYPES.CallExpression, callText, code), getFileScope(context)));
  it("reads pino's redact option through consts and child loggers", () => {
    const code = `import pino from "pino";
const PATHS = ["apiKey", "req.headers.authorization"];
const logger = pino({ level: "info", redact: { paths: PATHS, censor: "[x]" } });
const child = logger.child({ module: "llm" });
child.info(x);
logger.warn(y);
pino({ redact: ["token"] }).info(z);`;
    expect(paths(code, "child.info(x)")).toEqual([["apiKey"], ["req", "headers", "authorization"]]);
    expect(paths(code, "logger.warn(y)")).toEqual([["apiKey"], ["req", "headers", "authorization"]]);
    expect(paths(code, 'pino({ redact: ["token"] }).info(z)')).toEqual([["token"]]);
  });
  it("gives nothing for other loggers or loggers without redact", () => {
    const code = `import pino from "pino";
const plain = pino();
plain.info(a);
console.log(b);
winston.createLogger({ redact: ["x"] }).info(c);`;
    expect(paths(code, "plain.info(a)")).toBeUndefined();
    expect(paths(code, "console.log(b)")).toBeUndefined();
    expect(paths(code, 'winston.createLogger({ redact: ["x"] }).info(c)')).toBeUndefined();
  });
});
