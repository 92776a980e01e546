import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, unwrapExpression } from "../analysis/ast";
import { CALL, findModuleReferences, importsAnyOf, READ, type TraceMap } from "../analysis/modules";
import { findProperty, resolveObjectExpression, resolveObjectExpressions } from "../analysis/objects";
import { getFileScope, resolveCandidates, resolveString, type Scope } from "../analysis/static-value";
import { getKnownBaseName, getKnownText, isSharedTempPath, readFilePath, type FilePath } from "../analysis/file-paths";
import { findInstanceMethodCalls, resolveInstanceOrigin } from "../analysis/tracked-instances";
import {
  AMBIGUOUS_MODEL_EXTENSIONS,
  FS_MODE_CALLS,
  FS_MODE_CONSTANTS,
  FS_PROMISES_MODE_CALLS,
  GROUP_OR_OTHER_READ,
  MODEL_CACHE_DOWNLOADS,
  MODEL_FILE_EXTENSIONS,
  MODEL_FILE_NAME_PREFIXES,
  MODEL_FILE_NAMES,
  MODEL_PATH_WORD_PREFIXES,
  MODEL_PATH_WORDS,
  OWNER_ONLY_DIR_MODE,
  OWNER_ONLY_FILE_MODE,
  PARTIAL_FILE_SUFFIXES,
  SHARED_TEMP_DIRS,
  TRANSFORMERS_JS_MODULES,
  type FsModeCall,
} from "../knowledge/persistence";
import { createRule } from "../util/create-rule";

type MessageIds = "readableFileMode" | "readableDirMode" | "sharedTempWrite" | "sharedTempCache" | "suggestOwnerOnlyMode" | "suggestAddMode";

type Info =
  | { kind: "fs"; spec: FsModeCall; promise: boolean }
  | { kind: "cacheDownload"; option: string }
  | { kind: "transformersEnvCacheDir" };

const MAX_DEPTH = 6;
const OCTAL = /^[0-7]{1,6}$/;

function buildTraceMap(): TraceMap<Info> {
  const fs: Record<string, unknown> = {};
  const promises: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(FS_MODE_CALLS)) fs[name] = { [CALL]: { kind: "fs", spec, promise: false } };
  for (const name of FS_PROMISES_MODE_CALLS) promises[name] = { [CALL]: { kind: "fs", spec: FS_MODE_CALLS[name]!, promise: true } };
  const map: Record<string, unknown> = { fs: { ...fs, promises }, "fs/promises": promises };
  for (const [module, { functions, option }] of Object.entries(MODEL_CACHE_DOWNLOADS)) {
    const entries: Record<string, unknown> = {};
    for (const name of functions) entries[name] = { [CALL]: { kind: "cacheDownload", option } };
    map[module] = entries;
  }
  for (const module of TRANSFORMERS_JS_MODULES) map[module] = { env: { cacheDir: { [READ]: { kind: "transformersEnvCacheDir" } } } };
  return map as TraceMap<Info>;
}

const TRACE_MAP = buildTraceMap();
const WATCHED_MODULES = Object.keys(TRACE_MAP);

/** Lower-case words of a path (letters only). */
function pathWords(text: string): string[] {
  const words: string[] = [];
  let current = "";
  for (const char of text.toLowerCase()) {
    if (char >= "a" && char <= "z") current += char;
    else if (current) {
      words.push(current);
      current = "";
    }
  }
  if (current) words.push(current);
  return words;
}

function saysModel(text: string): boolean {
  return pathWords(text).some((word) => MODEL_PATH_WORDS.has(word) || MODEL_PATH_WORD_PREFIXES.some((prefix) => word.startsWith(prefix)));
}

/** The path ends in a model, adapter or dataset file name (by extension or known name). */
export function isModelFilePath(path: FilePath): boolean {
  const base = getKnownBaseName(path);
  let name = base.name.toLowerCase();
  for (let i = 0; i < 2; i++) {
    const dot = name.lastIndexOf(".");
    if (dot > 0 && PARTIAL_FILE_SUFFIXES.includes(name.slice(dot + 1))) name = name.slice(0, dot);
  }
  if (base.complete && (MODEL_FILE_NAMES.has(name) || MODEL_FILE_NAME_PREFIXES.some((p) => name.startsWith(p) && name.includes(".", p.length - 1)))) {
    return !name.endsWith(".json");
  }
  const dot = name.lastIndexOf(".");
  if (dot < 0 || name.endsWith(".index.json")) return false;
  const extension = name.slice(dot + 1);
  if (MODEL_FILE_EXTENSIONS.has(extension)) return true;
  return AMBIGUOUS_MODEL_EXTENSIONS.has(extension) && saysModel(getKnownText(path));
}

/** The path ends in a folder whose name says it holds models or datasets (`models/`, `llama-3-8b`, `checkpoints`). */
export function isModelDirPath(path: FilePath): boolean {
  const last = path.parts[path.parts.length - 1];
  if (last?.kind !== "text") return false;
  let end = last.text.length;
  while (end > 0 && last.text[end - 1] === "/") end--;
  const trimmed = last.text.slice(0, end);
  const slash = trimmed.lastIndexOf("/");
  if (slash < 0 && path.parts.length > 1) return false;
  const name = trimmed.slice(slash + 1);
  return name !== "" && !isModelFilePath(path) && saysModel(name);
}

interface ModeValue {
  mode: number;
  node: TSESTree.Node;
}

/** `fs.constants.S_IRUSR | fs.constants.S_IWUSR`, `0o600 | S_IRGRP`: a number when every part is known. */
function evaluateModeExpression(node: TSESTree.Node, scope: Scope, depth: number): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.BinaryExpression && (inner.operator === "|" || inner.operator === "+")) {
    const left = evaluateModeExpression(inner.left, scope, depth + 1);
    const right = evaluateModeExpression(inner.right, scope, depth + 1);
    if (left === undefined || right === undefined) return undefined;
    return inner.operator === "|" ? left | right : left + right;
  }
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const name = getLiteralKeyName(inner.property, inner.computed);
    if (name !== undefined && Object.hasOwn(FS_MODE_CONSTANTS, name)) return FS_MODE_CONSTANTS[name];
  }
  const candidates = resolveCandidates(node, scope);
  if (candidates.length !== 1) return undefined;
  return toMode(candidates[0]!.value);
}

function toMode(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === "string" && OCTAL.test(value)) return Number.parseInt(value, 8);
  return undefined;
}

/** Every mode the expression can provably be (both branches of a ternary), with the node that gives it. */
function modeValues(node: TSESTree.Node, scope: Scope): ModeValue[] {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.BinaryExpression || inner.type === AST_NODE_TYPES.MemberExpression) {
    const mode = evaluateModeExpression(node, scope, 0);
    if (mode !== undefined) return [{ mode, node }];
  }
  const out: ModeValue[] = [];
  for (const candidate of resolveCandidates(node, scope)) {
    const mode = toMode(candidate.value);
    if (mode !== undefined) out.push({ mode, node: candidate.node });
  }
  return out;
}

function formatMode(mode: number): string {
  return `0o${(mode & 0o7777).toString(8).padStart(3, "0")}`;
}

function readersOf(mode: number): string {
  const group = (mode & 0o040) !== 0;
  const others = (mode & 0o004) !== 0;
  if (group && others) return "its group and every other user on the host";
  return others ? "every other user on the host" : "every member of its group";
}

/** A mode written in place (a literal, or a `|` of constants), which a suggestion can replace. */
function isInPlaceMode(node: TSESTree.Node, call: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal) return true;
  if (inner.type !== AST_NODE_TYPES.BinaryExpression) return false;
  let current: TSESTree.Node | undefined = node;
  while (current && current !== call) current = current.parent;
  return current === call;
}

function isFunctionNode(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.ArrowFunctionExpression || inner.type === AST_NODE_TYPES.FunctionExpression;
}

export default createRule<[], MessageIds>({
  name: "no-world-readable-model-files",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writing model weights and datasets with permissions that let other users read them",
      recommended: "strict",
      cwe: [276, 732],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      readableFileMode:
        "Mode {{mode}} lets {{readers}} read this model or dataset file: use {{fix}} so only the service account that owns the weights or training data can read them.",
      readableDirMode:
        "Mode {{mode}} lets {{readers}} list and open this model directory: use {{fix}} so only the service account that owns it can reach the files inside.",
      sharedTempWrite:
        "This writes a model or dataset file into a shared temporary folder with the default mode (0o666 minus the umask, usually 0o644), so other users on the host can read it: pass mode 0o600 or write into a private folder from fs.mkdtemp.",
      sharedTempCache:
        "Downloaded model files in a shared temporary folder keep the default mode (usually 0o644), so other users on the host can read them: cache them in a private folder (fs.mkdtemp, or a directory only this service can read).",
      suggestOwnerOnlyMode: "Set the mode to {{fix}} (owner only).",
      suggestAddMode: "Pass mode {{fix}} (owner only).",
    },
  },
  create(context) {
    return {
      "Program:exit"() {
        if (!importsAnyOf(context, WATCHED_MODULES)) return;
        const scope = getFileScope(context);
        const references = findModuleReferences(context, TRACE_MAP);
        const openCalls = new Set<TSESTree.Node>();
        const promiseOpenCalls: TSESTree.Node[] = [];
        for (const ref of references) {
          if (ref.info.kind === "fs" && ref.info.spec.action === "open") {
            openCalls.add(ref.node);
            if (ref.info.promise) promiseOpenCalls.push(ref.node);
          }
        }

        for (const ref of references) {
          const info = ref.info;
          if (info.kind === "transformersEnvCacheDir") {
            const parent = ref.node.parent;
            if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === ref.node && parent.operator === "=") {
              checkCacheDir(parent.right);
            }
            continue;
          }
          if (ref.node.type !== AST_NODE_TYPES.CallExpression) continue;
          if (info.kind === "cacheDownload") checkCacheDownload(ref.node, info.option);
          else checkFsCall(ref.node, info.spec);
        }

        // `const handle = await fs.promises.open(path, "w"); await handle.chmod(0o644)`.
        for (const { call, origin } of findInstanceMethodCalls(context, promiseOpenCalls, new Set(["chmod"]))) {
          const target = (origin as TSESTree.CallExpression).arguments[0];
          const mode = call.arguments[0];
          if (target && mode && target.type !== AST_NODE_TYPES.SpreadElement && mode.type !== AST_NODE_TYPES.SpreadElement) {
            checkChmod(call, readFilePath(context, target), mode);
          }
        }

        function checkFsCall(call: TSESTree.CallExpression, spec: FsModeCall): void {
          const target = call.arguments[0];
          if (!target || target.type === AST_NODE_TYPES.SpreadElement) return;
          if (spec.action === "fchmod") {
            const origin = resolveInstanceOrigin(context, target, scope);
            if (origin?.type !== AST_NODE_TYPES.CallExpression || !openCalls.has(origin)) return;
            const opened = origin.arguments[0];
            const mode = call.arguments[1];
            if (opened && mode && opened.type !== AST_NODE_TYPES.SpreadElement && mode.type !== AST_NODE_TYPES.SpreadElement) {
              checkChmod(call, readFilePath(context, opened), mode);
            }
            return;
          }
          const path = readFilePath(context, target);
          if (spec.action === "chmod") {
            const mode = call.arguments[1];
            if (mode && mode.type !== AST_NODE_TYPES.SpreadElement) checkChmod(call, path, mode);
            return;
          }
          if (spec.action === "mkdir") {
            if (!isModelDirPath(path)) return;
            const mode = readModeOption(call, spec);
            if (mode.kind === "mode") reportReadable(call, mode.node, "readableDirMode", OWNER_ONLY_DIR_MODE);
            return;
          }
          if (!isModelFilePath(path)) return;
          if (spec.action === "open" && !mayCreate(call, spec)) return;
          const mode = readModeOption(call, spec);
          if (mode.kind === "mode") reportReadable(call, mode.node, "readableFileMode", OWNER_ONLY_FILE_MODE);
          else if (mode.kind === "absent" && isSharedTempPath(path, SHARED_TEMP_DIRS)) {
            context.report({
              node: target,
              messageId: "sharedTempWrite",
              suggest: addModeSuggestion(call, spec, mode),
            });
          }
        }

        function checkChmod(call: TSESTree.CallExpression, path: FilePath, mode: TSESTree.Node): void {
          if (isModelFilePath(path)) reportReadable(call, mode, "readableFileMode", OWNER_ONLY_FILE_MODE);
          else if (isModelDirPath(path)) reportReadable(call, mode, "readableDirMode", OWNER_ONLY_DIR_MODE);
        }

        function reportReadable(call: TSESTree.Node, modeNode: TSESTree.Node, messageId: "readableFileMode" | "readableDirMode", fix: string): void {
          for (const { mode, node } of modeValues(modeNode, scope)) {
            if ((mode & GROUP_OR_OTHER_READ) === 0) continue;
            const data = { mode: formatMode(mode), readers: readersOf(mode), fix };
            context.report({
              node,
              messageId,
              data,
              suggest: isInPlaceMode(node, call)
                ? [{ messageId: "suggestOwnerOnlyMode", data: { fix }, fix: (fixer) => fixer.replaceText(node, fix) }]
                : [],
            });
          }
        }

        /** Whether an `open` call may create the file: flags with `w`, `a` or `x`, or flags not known. */
        function mayCreate(call: TSESTree.CallExpression, spec: FsModeCall): boolean {
          const flags = spec.flagsIndex === undefined ? undefined : call.arguments[spec.flagsIndex];
          if (!flags || isFunctionNode(flags)) return false;
          const value = resolveString(flags, scope);
          return value === undefined || /[wax]/.test(value);
        }

        type ModeOption = { kind: "mode"; node: TSESTree.Node } | { kind: "absent"; slot: TSESTree.Node | undefined } | { kind: "unknown" };

        function readModeOption(call: TSESTree.CallExpression, spec: FsModeCall): ModeOption {
          const index = spec.mode.index;
          const argument = call.arguments[index];
          if (!argument) return { kind: "absent", slot: undefined };
          if (argument.type === AST_NODE_TYPES.SpreadElement) return { kind: "unknown" };
          if (spec.mode.kind === "argument") return isFunctionNode(argument) ? { kind: "absent", slot: argument } : { kind: "mode", node: argument };
          if (isFunctionNode(argument)) return { kind: "absent", slot: argument };
          const objects = resolveObjectExpressions(argument, scope);
          if (objects.length === 0) {
            if (spec.mode.numberAllowed && modeValues(argument, scope).length > 0) return { kind: "mode", node: argument };
            // An encoding string (`"utf8"`) carries no mode.
            return resolveString(argument, scope) !== undefined ? { kind: "absent", slot: argument } : { kind: "unknown" };
          }
          for (const object of objects) {
            if (object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && resolveObjectExpressions(p.argument, scope).length === 0)) {
              return { kind: "unknown" };
            }
            const mode = findProperty(object, "mode", scope);
            if (mode) return { kind: "mode", node: mode.value };
          }
          return { kind: "absent", slot: argument };
        }

        function addModeSuggestion(
          call: TSESTree.CallExpression,
          spec: FsModeCall,
          mode: { kind: "absent"; slot: TSESTree.Node | undefined },
        ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
          const fix = OWNER_ONLY_FILE_MODE;
          const sourceCode = context.sourceCode;
          const index = spec.mode.index;
          const option = spec.mode.kind === "argument" ? fix : `{ mode: ${fix} }`;
          const suggestion = (apply: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix): TSESLint.SuggestionReportDescriptor<MessageIds>[] => [
            { messageId: "suggestAddMode", data: { fix }, fix: apply },
          ];
          const slot = mode.slot;
          if (!slot) {
            const previous = call.arguments[index - 1];
            if (call.arguments.length !== index || !previous) return [];
            return suggestion((fixer) => fixer.insertTextAfter(previous, `, ${option}`));
          }
          if (isFunctionNode(slot)) return suggestion((fixer) => fixer.insertTextBefore(slot, `${option}, `));
          if (spec.mode.kind === "argument") return [];
          if (slot.type === AST_NODE_TYPES.ObjectExpression) {
            const first = slot.properties[0];
            if (!first) return suggestion((fixer) => fixer.replaceText(slot, option));
            return suggestion((fixer) => fixer.insertTextBefore(first, `mode: ${fix}, `));
          }
          if (slot.type === AST_NODE_TYPES.Literal && typeof slot.value === "string") {
            return suggestion((fixer) => fixer.replaceText(slot, `{ encoding: ${sourceCode.getText(slot)}, mode: ${fix} }`));
          }
          return [];
        }

        function checkCacheDownload(call: TSESTree.CallExpression, option: string): void {
          const first = call.arguments[0];
          if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
          const object = resolveObjectExpression(first, scope);
          if (!object) return;
          const file = findProperty(object, "path", scope);
          const fileName = file ? resolveString(file.value, scope) : undefined;
          if (fileName !== undefined && !isModelFilePath({ parts: [{ kind: "text", text: fileName }] })) return;
          const cacheDir = findProperty(object, option, scope);
          if (cacheDir) checkCacheDir(cacheDir.value);
        }

        function checkCacheDir(node: TSESTree.Node): void {
          if (isSharedTempPath(readFilePath(context, node), SHARED_TEMP_DIRS)) context.report({ node, messageId: "sharedTempCache" });
        }
      },
    };
  },
});
