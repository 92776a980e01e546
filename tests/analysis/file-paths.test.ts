import { describe, expect, it } from "vitest";
import {
  getKnownBaseName,
  getKnownText,
  getLeadingText,
  getPathRoot,
  getTrailingText,
  isFullyKnown,
  isPathModuleResult,
  isSharedTempPath,
  pathStartsWithAny,
  readFilePath,
  type FilePath,
} from "../../src/analysis/file-paths";
import { withContext } from "./parse";

/** Reads the path expression initialising the last `const probe = …` of the code. */
function pathOf(code: string, filename = "file.ts"): FilePath {
  return withContext(
    code,
    (context, program) => {
      const last = program.body[program.body.length - 1]!;
      if (last.type !== "VariableDeclaration") throw new Error("last statement must be a declaration");
      return readFilePath(context, last.declarations[0]!.init!);
    },
    filename,
  );
}

function show(path: FilePath): string {
  return path.parts.map((p) => (p.kind === "text" ? p.text : p.kind === "root" ? `<${p.root}>` : `<${p.envName ? `$${p.envName}` : "?"}>`)).join("");
}

describe("readFilePath", () => {
  it("reads literals, templates, concatenation and constants", () => {
    expect(show(pathOf("const probe = '/srv/models/model.gguf';"))).toBe("/srv/models/model.gguf");
    expect(show(pathOf("const DIR = '/srv/models'; declare const name: string; const probe = `${DIR}/${name}.gguf`;"))).toBe("/srv/models/<?>.gguf");
    expect(show(pathOf("declare const dir: string; const probe = dir + '/adapter_model.safetensors';"))).toBe("<?>/adapter_model.safetensors");
  });

  it("joins path.join / path.resolve arguments with one separator", () => {
    expect(show(pathOf("import path from 'node:path'; const probe = path.join('/srv/', 'models', 'x.onnx');"))).toBe("/srv/models/x.onnx");
    expect(show(pathOf("import { join } from 'path'; declare const d: string; const probe = join(d, 'model.pt');"))).toBe("<?>/model.pt");
    expect(show(pathOf("import path from 'path'; declare const d: string; const probe = path.resolve(d, '/abs/model.pt');"))).toBe("/abs/model.pt");
    expect(show(pathOf("const path = require('path'); const probe = path.posix.join('/tmp', 'a');", "file.js"))).toBe("/tmp/a");
  });

  it("recognises the roots a path starts from", () => {
    expect(show(pathOf("import os from 'node:os'; import path from 'node:path'; const probe = path.join(os.tmpdir(), 'model.gguf');"))).toBe("<tmpdir>/model.gguf");
    expect(show(pathOf("import { homedir } from 'os'; const probe = `${homedir()}/.cache`;"))).toBe("<homedir>/.cache");
    expect(show(pathOf("const probe = process.cwd() + '/data';"))).toBe("<cwd>/data");
    expect(show(pathOf("const probe = __dirname + '/data';", "file.js"))).toBe("<module-dir>/data");
    expect(show(pathOf("const probe = `${import.meta.dirname}/data`;"))).toBe("<module-dir>/data");
    expect(show(pathOf("const probe = process.env.TMPDIR + '/x';"))).toBe("<tmpdir>/x");
    expect(show(pathOf("const probe = `${process.env.VECTOR_DIR}/x`;"))).toBe("<$VECTOR_DIR>/x");
    expect(show(pathOf("import fs from 'node:fs'; const dir = fs.mkdtempSync('/tmp/x-'); const probe = `${dir}/model.gguf`;"))).toBe("<private-temp>/model.gguf");
  });

  it("does not take a local __dirname for the module folder", () => {
    expect(show(pathOf("const __dirname = '/srv'; const probe = __dirname + '/data';", "file.js"))).toBe("/srv/data");
  });
});

describe("path facts", () => {
  it("gives leading, trailing and known text", () => {
    const path = pathOf("declare const id: string; const probe = `/srv/models/${id}/weights.safetensors`;");
    expect(getLeadingText(path)).toBe("/srv/models/");
    expect(getTrailingText(path)).toBe("/weights.safetensors");
    expect(getKnownText(path)).toBe("/srv/models///weights.safetensors");
    expect(isFullyKnown(path)).toBe(false);
    expect(getPathRoot(path)).toBeUndefined();
  });

  it("gives the known base name and whether it is complete", () => {
    expect(getKnownBaseName(pathOf("declare const d: string; const probe = `${d}/model.gguf`;"))).toEqual({ name: "model.gguf", complete: true });
    expect(getKnownBaseName(pathOf("declare const n: string; const probe = `/tmp/${n}.gguf`;"))).toEqual({ name: ".gguf", complete: false });
    expect(getKnownBaseName(pathOf("const probe = 'model.gguf';"))).toEqual({ name: "model.gguf", complete: true });
  });

  it("knows shared temporary folders", () => {
    const dirs = ["/tmp", "/var/tmp", "/dev/shm"];
    expect(isSharedTempPath(pathOf("const probe = '/tmp/model.gguf';"), dirs)).toBe(true);
    expect(isSharedTempPath(pathOf("const probe = '/var/tmp/x';"), dirs)).toBe(true);
    expect(isSharedTempPath(pathOf("import os from 'os'; const probe = os.tmpdir() + '/x';"), dirs)).toBe(true);
    expect(isSharedTempPath(pathOf("const probe = '/tmpfiles/x';"), dirs)).toBe(false);
    expect(isSharedTempPath(pathOf("const probe = './tmp/x';"), dirs)).toBe(false);
  });
});

describe("pathStartsWithAny", () => {
  const starts = (code: string, prefixes: string[]) => pathStartsWithAny(pathOf(code), prefixes);

  it("matches whole segments of the known start", () => {
    expect(starts("const probe = '/mnt/encrypted/rag';", ["/mnt/encrypted/"])).toBe(true);
    expect(starts("const probe = '/mnt/encrypted';", ["/mnt/encrypted"])).toBe(true);
    expect(starts("const probe = '/mnt/encrypted-backup/rag';", ["/mnt/encrypted"])).toBe(false);
    expect(starts("declare const t: string; const probe = `/mnt/encrypted/${t}`;", ["/mnt/encrypted"])).toBe(true);
    expect(starts("declare const t: string; const probe = `/mnt/encrypted${t}`;", ["/mnt/encrypted"])).toBe(false);
    expect(starts("const probe = './data/secure/db';", ["data/secure"])).toBe(true);
    expect(starts("const probe = process.cwd() + '/data/secure/db';", ["data/secure"])).toBe(true);
  });

  it("supports * within a segment and ** across segments", () => {
    expect(starts("const probe = '/srv/rag/secure/index';", ["/srv/*/secure"])).toBe(true);
    expect(starts("const probe = '/srv/rag/other/index';", ["/srv/*/secure"])).toBe(false);
    expect(starts("const probe = '/srv/a/b/c/secure/x';", ["/srv/**/secure"])).toBe(true);
    expect(starts("const probe = '/srv/tenant-1/x';", ["/srv/tenant-*"])).toBe(true);
  });

  it("matches environment variables named with $", () => {
    expect(starts("const probe = process.env.VECTOR_DIR;", ["$VECTOR_DIR"])).toBe(true);
    expect(starts("const probe = `${process.env.VECTOR_DIR}/x`;", ["$VECTOR_DIR"])).toBe(true);
    expect(starts("const probe = process.env.OTHER_DIR;", ["$VECTOR_DIR"])).toBe(false);
    expect(starts("declare const dir: string; const probe = dir;", ["/mnt/encrypted"])).toBe(false);
  });
});

describe("isPathModuleResult", () => {
  /** Judges the initialiser of the last `const probe = …` of the code. */
  const judge = (code: string): boolean =>
    withContext(code, (context, program) => {
      const last = program.body[program.body.length - 1]!;
      if (last.type !== "VariableDeclaration") throw new Error("last statement must be a declaration");
      return isPathModuleResult(context, last.declarations[0]!.init!);
    });

  it("knows path.join / path.resolve results, through constants", () => {
    expect(judge(`import path from "node:path";\nconst probe = path.resolve(process.env.DIR, "lancedb");`)).toBe(true);
    expect(judge(`const { join } = require("path");\nconst base = join(process.env.DIR ?? ".", "x");\nconst probe = base;`)).toBe(true);
    expect(judge(`import { posix } from "path";\nconst probe = await posix.normalize(dir);`)).toBe(true);
  });
  it("leaves other values", () => {
    expect(judge(`const probe = process.env.LANCEDB_URI;`)).toBe(false);
    expect(judge(`const path = { resolve: (a) => a };\nconst probe = path.resolve("s3://bucket");`)).toBe(false);
    expect(judge(`const probe = \`\${process.env.ROOT}/rag\`;`)).toBe(false);
  });
});
