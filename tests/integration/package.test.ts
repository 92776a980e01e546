import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkDir, packPlugin, removeWorkDir, root } from "./harness";

/** The packed tarball, as npm would publish it, checked by publint and by attw's node16 profile. */
let workDir: string;
let tarball: string;

beforeAll(() => {
  workDir = makeWorkDir();
  tarball = packPlugin(workDir);
}, 120_000);

afterAll(() => {
  if (workDir) removeWorkDir(workDir);
});

describe("the published package", () => {
  it("holds only what users need", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((f) => f.replace(/^package\//, ""));
    expect(files).toContain("dist/index.js");
    expect(files).toContain("dist/index.d.ts");
    expect(files).toContain("dist/cli/audit.js");
    expect(files).toContain("configs/recommended.js");
    expect(files).toContain("configs/strict.d.ts");
    expect(files.filter((f) => !/^(dist\/|configs\/|package\.json$|README\.md$|LICENSE$)/.test(f))).toEqual([]);
    expect(files.some((f) => f.endsWith(".map") || f.startsWith("src/") || f.startsWith("tests/"))).toBe(false);
  });

  it("passes publint", () => {
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/publint/src/cli.js"), "run", tarball, "--strict"], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toMatch(/All good!/);
    expect(run.status).toBe(0);
  }, 120_000);

  it("passes @arethetypeswrong/cli with the node16 profile", () => {
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarball, "--profile", "node16", "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 26 });
    const report = JSON.parse(run.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});
