import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A short, seeded fuzz run: random programs (eslump), programs built from the shapes the rules read,
// and mutated real SDK sources, all linted with every rule. The long run is `npm run fuzz`.
type FuzzLib = typeof import("../../bench/fuzz-lib.mjs", { with: { "resolution-mode": "import" } });
type CorpusLib = typeof import("../../bench/corpus-lib.mjs", { with: { "resolution-mode": "import" } });
let fuzzLib: FuzzLib;
let corpusLib: CorpusLib;
const root = path.resolve(__dirname, "../..");

beforeAll(async () => {
  fuzzLib = await import("../../bench/fuzz-lib.mjs");
  corpusLib = await import("../../bench/corpus-lib.mjs");
});

describe("fuzzing", () => {
  it("generates programs that parse and reach the rules", () => {
    const program = fuzzLib.shapedProgram(42, { ts: true });
    expect(program).toMatch(/import|require/);
    expect(fuzzLib.lintForCrash(program, { ts: true })).toBeNull();
    expect(fuzzLib.shapedProgram(42)).toBe(fuzzLib.shapedProgram(42));
  });

  it("random and shaped programs never crash a rule", { timeout: 300_000 }, () => {
    const { failures, programs } = fuzzLib.fuzz(1, 60);
    expect(programs).toBe(240);
    expect(failures.map((f) => `seed ${f.seed}${f.ts ? " (ts)" : ""}: ${f.crash}`)).toEqual([]);
  });

  it("mutated real files never crash a rule", { timeout: 300_000 }, () => {
    const files = corpusLib.sampleFiles(corpusLib.listSourceFiles(path.join(root, "node_modules/openai")), 25);
    const { failures, programs } = fuzzLib.fuzzRealFiles(files, (file) => readFileSync(file, "utf8"), 2);
    expect(programs).toBe(50);
    expect(failures.map((f) => `seed ${f.seed}: ${f.crash}`)).toEqual([]);
  });
});
