import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installProject, makeCase, makeWorkDir, packPlugin, removeWorkDir, root } from "./harness";
import { LspClient } from "./lsp-client";

/**
 * The ESLint language server that editors run (vscode-eslint's server, from
 * vscode-langservers-extracted), started over stdio on a project with the packed plugin: it must
 * show our diagnostic on the offending node, with our message, and offer our suggestion as a code
 * action whose edit matches ESLint's own suggestion output.
 */
const SOURCE = [
  'import https from "node:https";',
  "",
  "export const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });",
  "",
].join("\n");
const CONFIG = [
  'import tsParser from "@typescript-eslint/parser";',
  'import aiEncryption from "eslint-plugin-ai-encryption";',
  'export default [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, aiEncryption.configs.recommended];',
  "",
].join("\n");

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  message: string;
  code?: string | number | { value: string };
  source?: string;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  command?: { command: string; arguments?: unknown[] };
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[] };
}

function offsetOf(text: string, position: Position): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i]!.length + 1;
  return offset + position.character;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offsetOf(out, edit.range.start)) + edit.newText + out.slice(offsetOf(out, edit.range.end));
  return out;
}

/** What ESLint itself says about the source: the message and the suggestion's output. */
function eslintExpectation(): { ruleId: string; message: string; range: Range; suggestion: { desc: string; output: string } } {
  const req = createRequire(path.join(root, "package.json"));
  const { Linter } = req("eslint") as typeof import("eslint");
  const plugin = req("./dist/index.js") as { configs: { recommended: object } };
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(SOURCE, [{ files: ["**/*.ts"], languageOptions: { parser: req("@typescript-eslint/parser") } }, plugin.configs.recommended] as never, "agent.ts");
  expect(messages).toHaveLength(1);
  const m = messages[0]!;
  const suggestion = m.suggestions?.[0];
  if (!suggestion) throw new Error("expected a suggestion");
  const output = SOURCE.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + SOURCE.slice(suggestion.fix.range[1]);
  return {
    ruleId: m.ruleId!,
    message: m.message,
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine! - 1, character: m.endColumn! - 1 } },
    suggestion: { desc: suggestion.desc, output },
  };
}

let workDir: string;
let caseDir: string;
let client: LspClient;
let uri: string;

beforeAll(async () => {
  workDir = makeWorkDir();
  const nodeModules = installProject(workDir, packPlugin(workDir), 10);
  caseDir = makeCase(workDir, "editor", nodeModules, { "eslint.config.js": CONFIG, "agent.ts": SOURCE }, "module");
  uri = pathToFileURL(path.join(caseDir, "agent.ts")).href;
  const workspace = { uri: pathToFileURL(caseDir).href, name: "editor" };
  const settings = {
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: { disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" }, showDocumentation: { enable: true } },
    codeActionOnSave: { enable: false, mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: workspace,
    workingDirectory: { mode: "location" },
  };
  const server = path.join(root, "node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server");
  client = new LspClient(process.execPath, [server, "--stdio"], caseDir, (method, params) => {
    if (method === "workspace/configuration") return ((params as { items: unknown[] }).items ?? []).map(() => settings);
    if (method === "eslint/confirmESLintExecution") return 4;
    if (method === "workspace/applyEdit") {
      appliedEdits.push((params as { edit: CodeAction["edit"] }).edit);
      return { applied: true };
    }
    return null;
  });
  const init = await client.request<{ capabilities: { diagnosticProvider?: unknown } }>("initialize", {
    processId: process.pid,
    rootUri: workspace.uri,
    workspaceFolders: [workspace],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        publishDiagnostics: { relatedInformation: true },
        diagnostic: { dynamicRegistration: false },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["", "quickfix", "source", "source.fixAll", "source.fixAll.eslint"] } } },
      },
    },
  });
  pullDiagnostics = init.capabilities.diagnosticProvider !== undefined;
  client.notify("initialized", {});
  client.notify("workspace/didChangeConfiguration", { settings: null });
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text: SOURCE } });
}, 600_000);

let pullDiagnostics = false;
const appliedEdits: CodeAction["edit"][] = [];

afterAll(async () => {
  await client?.close();
  if (workDir) removeWorkDir(workDir);
});

async function diagnostics(): Promise<Diagnostic[]> {
  if (pullDiagnostics) {
    const report = await client.request<{ items?: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } });
    if (report.items && report.items.length > 0) return report.items;
  }
  const pushed = await client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.diagnostics.length > 0);
  return pushed.diagnostics;
}

function codeOf(d: Diagnostic): string | number | undefined {
  return typeof d.code === "object" && d.code !== null ? d.code.value : d.code;
}

describe("the ESLint language server used by editors", () => {
  it("shows the plugin's diagnostic on the offending node with its message", async () => {
    const expected = eslintExpectation();
    const found = (await diagnostics()).filter((d) => codeOf(d) === expected.ruleId);
    expect(found).toHaveLength(1);
    expect(found[0]!.range).toEqual(expected.range);
    expect(found[0]!.message).toBe(expected.message);
    expect(found[0]!.message).toMatch(/rejectUnauthorized|certificate/i);
    expect(readFileSync(path.join(caseDir, "agent.ts"), "utf8")).toBe(SOURCE);
  }, 120_000);

  it("offers the suggestion as a code action whose edit is ESLint's own", async () => {
    const expected = eslintExpectation();
    const diagnostic = (await diagnostics()).find((d) => codeOf(d) === expected.ruleId)!;
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ["quickfix"] },
    });
    // vscode-eslint titles a suggestion with its description, followed by the rule id.
    const action = actions.find((a) => a.title === expected.suggestion.desc || a.title === `${expected.suggestion.desc} (${expected.ruleId})`);
    expect(action, `actions offered: ${actions.map((a) => a.title).join(" | ")}`).toBeDefined();
    // The server either puts the edit in the action, or applies it through a command that sends
    // the edit back to the editor as workspace/applyEdit.
    let edit = action!.edit;
    if (!edit && action!.command) {
      await client.request("workspace/executeCommand", { command: action!.command.command, arguments: action!.command.arguments });
      edit = appliedEdits[appliedEdits.length - 1];
    }
    const edits = edit?.changes?.[uri] ?? edit?.documentChanges?.find((c) => c.textDocument.uri === uri)?.edits ?? [];
    expect(edits.length, JSON.stringify(action)).toBeGreaterThan(0);
    expect(applyEdits(SOURCE, edits)).toBe(expected.suggestion.output);
    expect(expected.suggestion.output).not.toContain("rejectUnauthorized: false");
  }, 120_000);
});
