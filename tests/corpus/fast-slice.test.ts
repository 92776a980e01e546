import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A fast slice of the real-code corpus: published AI SDK sources that `npm ci` installs as dev
// dependencies. The whole corpus runs with `npm run test:corpus`.
const root = path.resolve(__dirname, "../..");
const PACKAGES = ["openai", "@anthropic-ai/sdk", "@qdrant/js-client-rest", "@langchain/core"];

type CorpusLib = typeof import("../../bench/corpus-lib.mjs", { with: { "resolution-mode": "import" } });
let lib: CorpusLib;
let files: string[] = [];

beforeAll(async () => {
  lib = await import("../../bench/corpus-lib.mjs");
  files = PACKAGES.flatMap((name) => lib.sampleFiles(lib.listSourceFiles(path.join(root, "node_modules", name)), 60));
});

describe("fast corpus slice", () => {
  it("has real files to lint", () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it("lints every file with both configs without an exception or a pathological slowdown", { timeout: 240_000 }, () => {
    const { crashes, slow, totals } = lib.lintFiles(files, { sets: ["recommended", "strict"], slowFactor: 10, slowFloorMs: 1000 });
    expect(crashes).toEqual([]);
    expect(slow).toEqual([]);
    expect(totals.files).toBeGreaterThan(200);
    expect(totals.recommended).toBeGreaterThan(0);
  });
});
