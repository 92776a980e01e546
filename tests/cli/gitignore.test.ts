import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isIgnored, isWithinIgnored, matchSegment, parseGitignore, readIgnoreLayer, type IgnoreLayer } from "../../src/cli/gitignore";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** What the audit's walk decides for `file`: a folder on the way that is ignored hides everything in it, as in git. */
function walkIgnores(root: string, file: string): boolean {
  let layers: IgnoreLayer[] = [];
  const top = readIgnoreLayer(root);
  if (top) layers.push(top);
  const parts = file.split("/");
  let dir = root;
  for (const part of parts.slice(0, -1)) {
    dir = path.join(dir, part);
    if (isIgnored(layers, dir, true)) return true;
    const own = readIgnoreLayer(dir);
    if (own) layers = [...layers, own];
  }
  return isIgnored(layers, path.join(root, file), false);
}

describe("gitignore matching", () => {
  it("agrees with `git check-ignore` on anchoring, negation, folders, `**`, classes, escapes and nested .gitignore files", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "audit-gitignore-"));
    dirs.push(root);
    const git = (args: string[]) => spawnSync("git", args, { cwd: root, encoding: "utf8" });
    expect(git(["init", "-q", "."]).status).toBe(0);
    writeFileSync(
      path.join(root, ".gitignore"),
      ["# comment", "*.log", "/build", "docs/*.js", "**/tmp/**", "!**/tmp/keep.js", "a/**/z.js", "gen-[0-9].ts", "gen-[!a-c]x.ts", "?x.js", "out/", "\\#hash.js", "trailing.js   ", "lib/**", "!lib/", "!lib/public/", "lib/public/*.map.js", ""].join("\n"),
    );
    mkdirSync(path.join(root, "sub"));
    writeFileSync(path.join(root, "sub/.gitignore"), "/local.js\nnested/\n!important.log\n");
    const files = [
      "x.log", "sub/x.log", "sub/important.log", "build/a.js", "sub/build/a.js", "docs/a.js", "docs/b/a.js", "sub/docs/a.js",
      "tmp/a.js", "q/tmp/a.js", "q/tmp/keep.js", "a/z.js", "a/b/c/z.js", "sub/a/z.js", "gen-1.ts", "gen-a.ts", "gen-dx.ts", "gen-bx.ts",
      "ax.js", "abx.js", "out/f.js", "sub/out/f.js", "out.js", "#hash.js", "trailing.js", "local.js", "sub/local.js", "sub/q/local.js",
      "sub/nested/f.js", "nested/f.js", "lib/a.js", "lib/public/b.js", "lib/public/c.map.js", "src/index.ts",
    ];
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), "");
    }
    const byGit = git(["check-ignore", "--no-index", ...files]).stdout.split("\n").filter(Boolean).sort();
    expect(byGit.length).toBeGreaterThan(10);
    expect(files.filter((f) => walkIgnores(root, f)).sort()).toEqual(byGit);
  });

  it("parses lines as git does", () => {
    expect(parseGitignore("# c\n\n/dist/\n!keep.js\n\\!bang.js\nfoo/bar\r\n")).toEqual([
      { segments: ["dist"], anchored: true, directoryOnly: true, negated: false },
      { segments: ["keep.js"], anchored: false, directoryOnly: false, negated: true },
      { segments: ["!bang.js"], anchored: false, directoryOnly: false, negated: false },
      { segments: ["foo", "bar"], anchored: true, directoryOnly: false, negated: false },
    ]);
  });

  it("matches one segment with *, ?, classes and escapes, in linear-ish time", () => {
    expect(matchSegment("*.ts", "index.ts")).toBe(true);
    expect(matchSegment("*.ts", "index.tsx")).toBe(false);
    expect(matchSegment("a?c", "abc")).toBe(true);
    expect(matchSegment("[a-c]x", "bx")).toBe(true);
    expect(matchSegment("[!a-c]x", "bx")).toBe(false);
    expect(matchSegment("\\*x", "*x")).toBe(true);
    expect(matchSegment("[abc", "[abc")).toBe(true);
    const started = Date.now();
    expect(matchSegment(`${"*a".repeat(30)}b`, "a".repeat(5000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("tells when a folder lies inside an ignored one", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "audit-gitignore-"));
    dirs.push(root);
    const layers: IgnoreLayer[] = [{ dir: root, rules: parseGitignore("node_modules/\n") }];
    expect(isWithinIgnored(layers, path.join(root, "node_modules/@scope/pkg"))).toBe(true);
    expect(isWithinIgnored(layers, path.join(root, "packages/pkg"))).toBe(false);
    expect(isWithinIgnored([], path.join(root, "node_modules/pkg"))).toBe(false);
  });
});
