import { describe, expect, it } from "vitest";
import { findGlobalCalls } from "../../src/analysis/runtime-globals";
import { withContext } from "./parse";

function globalCalls(code: string) {
  return withContext(code, (context) =>
    findGlobalCalls(context, new Set(["fetch", "WebSocket"]), new Set(["globalThis", "window"])).map((c) => `${c.name}:${c.node.type}@${c.node.loc.start.line}`).sort(),
  );
}

describe("findGlobalCalls", () => {
  it("finds direct and global-object calls and constructions", () => {
    expect(globalCalls("fetch('a');\nglobalThis.fetch('b');\nnew WebSocket('c');\nwindow['fetch']('d');")).toEqual([
      "WebSocket:NewExpression@3",
      "fetch:CallExpression@1",
      "fetch:CallExpression@2",
      "fetch:CallExpression@4",
    ]);
  });
  it("skips names the file declares and mere reads", () => {
    expect(globalCalls("import fetch from 'node-fetch';\nfetch('a');")).toEqual([]);
    expect(globalCalls("function fetch(u: string) { return u; }\nfetch('a');")).toEqual([]);
    expect(globalCalls("const f = fetch;\nf('a');\nexport const WS = WebSocket;")).toEqual([]);
  });
});
