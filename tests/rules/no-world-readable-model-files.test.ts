import rule from "../../src/rules/no-world-readable-model-files";
import { runRuleTests } from "../rule-tester";

runRuleTests("no-world-readable-model-files", rule, {
  valid: [
    // owner-only modes
    { code: `import fs from "node:fs";
import { writeFile, chmod } from "node:fs/promises";
import path from "node:path";
const MODEL_DIR = "/srv/models";
fs.writeFileSync(path.join(MODEL_DIR, "llama-3-8b-instruct.Q4_K_M.gguf"), weights, { mode: 0o600 });
await writeFile(\`\${MODEL_DIR}/adapter_model.safetensors\`, adapter, { mode: 0o400 });
await chmod("/srv/models/reranker.onnx", 0o600);
fs.chmodSync("/srv/models/reranker.onnx", "600");
fs.chmodSync("/srv/models/reranker.onnx", 384);
fs.chmodSync("/srv/models/reranker.onnx", fs.constants.S_IRUSR | fs.constants.S_IWUSR);
fs.mkdirSync("/srv/models/checkpoints", { recursive: true, mode: 0o700 });
fs.mkdirSync("/srv/models", 0o711);` },
    // no explicit mode outside shared temp folders: the umask applies
    { code: `import fs from "node:fs";
import { pipeline } from "node:stream/promises";
fs.writeFileSync("/srv/models/model.safetensors", weights);
await pipeline(response.body, fs.createWriteStream("./models/mistral-7b.Q5_K_M.gguf"));
fs.mkdirSync("/srv/models", { recursive: true });` },
    // files that are not models or datasets
    { code: `import fs from "node:fs";
fs.writeFileSync("/srv/app/config.json", config, { mode: 0o644 });
fs.chmodSync("/srv/app/public/index.html", 0o644);
fs.writeFileSync("/tmp/cache.bin", buffer);
fs.writeFileSync("/tmp/requests.jsonl", lines.join("\\n"));
fs.writeFileSync("/tmp/constraints.jsonl", lines.join("\\n"));
fs.writeFileSync("/tmp/model.safetensors.index.json", index);
fs.mkdirSync("/var/log/app", { mode: 0o755 });` },
    // a private folder from mkdtemp is not shared
    { code: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llm-"));
fs.writeFileSync(path.join(dir, "model.gguf"), weights);
const dir2 = await fs.promises.mkdtemp(path.join(os.tmpdir(), "ft-"));
await fs.promises.writeFile(\`\${dir2}/train.jsonl\`, rows);` },
    // owner-only modes in a shared temp folder, and files opened for reading
    { code: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
fs.writeFileSync(path.join(os.tmpdir(), "model.safetensors"), weights, { mode: 0o600 });
const fd = fs.openSync("/tmp/model.gguf", "w", 0o600);
const read = fs.openSync("/tmp/model.gguf", "r");
const handle = await fs.promises.open("/tmp/model.gguf", "r+");
fs.createWriteStream("/tmp/train.parquet", { flags: "w", mode: 0o600 });` },
    // mode or options not provable
    { code: `import fs from "node:fs";
fs.writeFileSync("/srv/models/model.pt", weights, writeOptions);
fs.chmodSync("/srv/models/model.pt", process.env.MODEL_MODE);
fs.writeFileSync("/tmp/model.pt", weights, { ...options });
fs.chmodSync(modelPath, 0o644);` },
    // not node:fs
    { code: `import fs from "fs-extra-like";
const chmodSync = (p, m) => {};
chmodSync("/srv/models/model.onnx", 0o644);
fs.writeFileSync("/tmp/model.gguf", weights);` },
    // downloads cached outside shared temp folders
    { code: `import { snapshotDownload, downloadFileToCacheDir } from "@huggingface/hub";
import { env } from "@huggingface/transformers";
await snapshotDownload({ repo: "org/model", cacheDir: "/var/cache/models" });
await downloadFileToCacheDir({ repo: "org/model", path: "README.md", cacheDir: "/tmp/hf" });
env.cacheDir = "./.cache/transformers";` },
    // copies, owner-only temp files, non-model temp files, lookalike folders
    { code: `import fs from "node:fs";
fs.copyFileSync("/srv/models/model.gguf", "/tmp/model.gguf");
fs.chmodSync("/tmp/model.gguf", 0o600);
fs.writeFileSync("/tmp/notes.txt", text);
fs.writeFileSync("/tmpdir/model.gguf", weights);
const fd = fs.openSync("/srv/models/m.gguf", "w");
fs.writeFileSync("/srv/models/m.safetensors", weights, { mode: process.env.CI ? 0o600 : 0o400 });` },
  ],
  invalid: [
    // explicit modes readable by group or others
    {
      code: `import fs from "node:fs";
import path from "node:path";
const MODEL_DIR = "/srv/models";
fs.writeFileSync(path.join(MODEL_DIR, "llama-3-8b-instruct.Q4_K_M.gguf"), weights, { mode: 0o644 });`,
      errors: [
        { messageId: "readableFileMode", line: 4, column: 92, endLine: 4, endColumn: 97, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
import path from "node:path";
const MODEL_DIR = "/srv/models";
fs.writeFileSync(path.join(MODEL_DIR, "llama-3-8b-instruct.Q4_K_M.gguf"), weights, { mode: 0o600 });` }] },
      ],
    },
    {
      code: `const fs = require("fs");
fs.chmodSync("/srv/models/reranker.onnx", 420);
fs.chmod("/srv/models/reranker.onnx", "644", (err) => {});`,
      errors: [
        { messageId: "readableFileMode", line: 2, column: 43, endLine: 2, endColumn: 46, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `const fs = require("fs");
fs.chmodSync("/srv/models/reranker.onnx", 0o600);
fs.chmod("/srv/models/reranker.onnx", "644", (err) => {});` }] },
        { messageId: "readableFileMode", line: 3, column: 39, endLine: 3, endColumn: 44, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `const fs = require("fs");
fs.chmodSync("/srv/models/reranker.onnx", 420);
fs.chmod("/srv/models/reranker.onnx", 0o600, (err) => {});` }] },
      ],
    },
    {
      code: `import { chmod, writeFile } from "node:fs/promises";
await chmod(\`/srv/models/\${name}.safetensors\`, 0o664);
await writeFile("/data/datasets/train.jsonl", rows, { encoding: "utf8", mode: 0o666 });`,
      errors: [
        { messageId: "readableFileMode", line: 2, column: 48, endLine: 2, endColumn: 53, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import { chmod, writeFile } from "node:fs/promises";
await chmod(\`/srv/models/\${name}.safetensors\`, 0o600);
await writeFile("/data/datasets/train.jsonl", rows, { encoding: "utf8", mode: 0o666 });` }] },
        { messageId: "readableFileMode", line: 3, column: 79, endLine: 3, endColumn: 84, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import { chmod, writeFile } from "node:fs/promises";
await chmod(\`/srv/models/\${name}.safetensors\`, 0o664);
await writeFile("/data/datasets/train.jsonl", rows, { encoding: "utf8", mode: 0o600 });` }] },
      ],
    },
    {
      code: `import fs from "node:fs";
fs.chmodSync("/srv/models/adapter_model.bin", fs.constants.S_IRUSR | fs.constants.S_IWUSR | fs.constants.S_IRGRP);`,
      errors: [
        { messageId: "readableFileMode", line: 2, column: 47, endLine: 2, endColumn: 113, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
fs.chmodSync("/srv/models/adapter_model.bin", 0o600);` }] },
      ],
    },
    {
      code: `import { promises as fsp, constants } from "node:fs";
await fsp.chmod("./checkpoints/epoch-3.ckpt", constants.S_IRWXU | constants.S_IROTH);`,
      errors: [
        { messageId: "readableFileMode", line: 2, column: 47, endLine: 2, endColumn: 84, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import { promises as fsp, constants } from "node:fs";
await fsp.chmod("./checkpoints/epoch-3.ckpt", 0o600);` }] },
      ],
    },
    {
      code: `import fs from "node:fs";
const WORLD_READABLE = 0o644;
fs.writeFileSync("/srv/models/classifier.joblib", model, { mode: WORLD_READABLE });`,
      errors: [
        { messageId: "readableFileMode", line: 3, column: 66, endLine: 3, endColumn: 80, suggestions: [] },
      ],
    },
    {
      code: `import fs from "node:fs";
fs.createWriteStream("/srv/models/model.gguf", { mode: isDev ? 0o644 : 0o600 });`,
      errors: [
        { messageId: "readableFileMode", line: 2, column: 64, endLine: 2, endColumn: 69, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
fs.createWriteStream("/srv/models/model.gguf", { mode: isDev ? 0o600 : 0o600 });` }] },
      ],
    },
    {
      code: `import fs from "node:fs";
const fd = fs.openSync("/srv/models/weights.pt", "w", 0o666);
fs.fchmodSync(fd, 0o644);`,
      errors: [
        { messageId: "readableFileMode", line: 2, column: 55, endLine: 2, endColumn: 60, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
const fd = fs.openSync("/srv/models/weights.pt", "w", 0o600);
fs.fchmodSync(fd, 0o644);` }] },
        { messageId: "readableFileMode", line: 3, column: 19, endLine: 3, endColumn: 24, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
const fd = fs.openSync("/srv/models/weights.pt", "w", 0o666);
fs.fchmodSync(fd, 0o600);` }] },
      ],
    },
    {
      code: `import { open } from "node:fs/promises";
const handle = await open("/srv/models/encoder.onnx", "w");
await handle.chmod(0o640);`,
      errors: [
        { messageId: "readableFileMode", line: 3, column: 20, endLine: 3, endColumn: 25, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import { open } from "node:fs/promises";
const handle = await open("/srv/models/encoder.onnx", "w");
await handle.chmod(0o600);` }] },
      ],
    },
    // model directories
    {
      code: `import fs from "node:fs";
fs.mkdirSync("/srv/models", { recursive: true, mode: 0o755 });
fs.mkdirSync("/srv/models/checkpoints", 0o777);
fs.chmodSync("/srv/models/llama-3-8b", 0o755);`,
      errors: [
        { messageId: "readableDirMode", line: 2, column: 54, endLine: 2, endColumn: 59, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
fs.mkdirSync("/srv/models", { recursive: true, mode: 0o700 });
fs.mkdirSync("/srv/models/checkpoints", 0o777);
fs.chmodSync("/srv/models/llama-3-8b", 0o755);` }] },
        { messageId: "readableDirMode", line: 3, column: 41, endLine: 3, endColumn: 46, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
fs.mkdirSync("/srv/models", { recursive: true, mode: 0o755 });
fs.mkdirSync("/srv/models/checkpoints", 0o700);
fs.chmodSync("/srv/models/llama-3-8b", 0o755);` }] },
        { messageId: "readableDirMode", line: 4, column: 40, endLine: 4, endColumn: 45, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
fs.mkdirSync("/srv/models", { recursive: true, mode: 0o755 });
fs.mkdirSync("/srv/models/checkpoints", 0o777);
fs.chmodSync("/srv/models/llama-3-8b", 0o700);` }] },
      ],
    },
    // shared temporary folders with the default mode
    {
      code: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
fs.writeFileSync(path.join(os.tmpdir(), "model.safetensors"), weights);`,
      errors: [
        { messageId: "sharedTempWrite", line: 4, column: 18, endLine: 4, endColumn: 61, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
fs.writeFileSync(path.join(os.tmpdir(), "model.safetensors"), weights, { mode: 0o600 });` }] },
      ],
    },
    {
      code: `const fs = require("fs");
fs.writeFile("/var/tmp/model.pt", weights, (err) => {
  if (err) throw err;
});`,
      errors: [
        { messageId: "sharedTempWrite", line: 2, column: 14, endLine: 2, endColumn: 33, suggestions: [{ messageId: "suggestAddMode", output: `const fs = require("fs");
fs.writeFile("/var/tmp/model.pt", weights, { mode: 0o600 }, (err) => {
  if (err) throw err;
});` }] },
      ],
    },
    {
      code: `import fs from "node:fs";
import { pipeline } from "node:stream/promises";
const res = await fetch(\`https://huggingface.co/\${repo}/resolve/main/\${file}\`);
await pipeline(res.body, fs.createWriteStream(\`/tmp/\${file}.gguf\`));`,
      errors: [
        { messageId: "sharedTempWrite", line: 4, column: 47, endLine: 4, endColumn: 66, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
import { pipeline } from "node:stream/promises";
const res = await fetch(\`https://huggingface.co/\${repo}/resolve/main/\${file}\`);
await pipeline(res.body, fs.createWriteStream(\`/tmp/\${file}.gguf\`, { mode: 0o600 }));` }] },
      ],
    },
    {
      code: `import fs from "node:fs";
fs.writeFileSync("/tmp/train.jsonl", lines.join("\\n"), "utf8");
fs.writeFileSync("/dev/shm/ggml-model-q4_0.bin", weights, {});
fs.writeFileSync("/tmp/finetune/data.parquet", table, { encoding: "binary" });
fs.writeFileSync(process.env.TMPDIR + "/model.onnx", weights);
fs.writeFileSync("/tmp/model.gguf.part", chunk, { flag: "a" });`,
      errors: [
        { messageId: "sharedTempWrite", line: 2, column: 18, endLine: 2, endColumn: 36, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
fs.writeFileSync("/tmp/train.jsonl", lines.join("\\n"), { encoding: "utf8", mode: 0o600 });
fs.writeFileSync("/dev/shm/ggml-model-q4_0.bin", weights, {});
fs.writeFileSync("/tmp/finetune/data.parquet", table, { encoding: "binary" });
fs.writeFileSync(process.env.TMPDIR + "/model.onnx", weights);
fs.writeFileSync("/tmp/model.gguf.part", chunk, { flag: "a" });` }] },
        { messageId: "sharedTempWrite", line: 3, column: 18, endLine: 3, endColumn: 48, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
fs.writeFileSync("/tmp/train.jsonl", lines.join("\\n"), "utf8");
fs.writeFileSync("/dev/shm/ggml-model-q4_0.bin", weights, { mode: 0o600 });
fs.writeFileSync("/tmp/finetune/data.parquet", table, { encoding: "binary" });
fs.writeFileSync(process.env.TMPDIR + "/model.onnx", weights);
fs.writeFileSync("/tmp/model.gguf.part", chunk, { flag: "a" });` }] },
        { messageId: "sharedTempWrite", line: 4, column: 18, endLine: 4, endColumn: 46, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
fs.writeFileSync("/tmp/train.jsonl", lines.join("\\n"), "utf8");
fs.writeFileSync("/dev/shm/ggml-model-q4_0.bin", weights, {});
fs.writeFileSync("/tmp/finetune/data.parquet", table, { mode: 0o600, encoding: "binary" });
fs.writeFileSync(process.env.TMPDIR + "/model.onnx", weights);
fs.writeFileSync("/tmp/model.gguf.part", chunk, { flag: "a" });` }] },
        { messageId: "sharedTempWrite", line: 5, column: 18, endLine: 5, endColumn: 52, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
fs.writeFileSync("/tmp/train.jsonl", lines.join("\\n"), "utf8");
fs.writeFileSync("/dev/shm/ggml-model-q4_0.bin", weights, {});
fs.writeFileSync("/tmp/finetune/data.parquet", table, { encoding: "binary" });
fs.writeFileSync(process.env.TMPDIR + "/model.onnx", weights, { mode: 0o600 });
fs.writeFileSync("/tmp/model.gguf.part", chunk, { flag: "a" });` }] },
        { messageId: "sharedTempWrite", line: 6, column: 18, endLine: 6, endColumn: 40, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
fs.writeFileSync("/tmp/train.jsonl", lines.join("\\n"), "utf8");
fs.writeFileSync("/dev/shm/ggml-model-q4_0.bin", weights, {});
fs.writeFileSync("/tmp/finetune/data.parquet", table, { encoding: "binary" });
fs.writeFileSync(process.env.TMPDIR + "/model.onnx", weights);
fs.writeFileSync("/tmp/model.gguf.part", chunk, { mode: 0o600, flag: "a" });` }] },
      ],
    },
    {
      code: `import fs from "node:fs";
const fd = fs.openSync("/tmp/model.ckpt", "w");
fs.open("/tmp/model.h5", "wx", (err, fd) => {});`,
      errors: [
        { messageId: "sharedTempWrite", line: 2, column: 24, endLine: 2, endColumn: 41, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
const fd = fs.openSync("/tmp/model.ckpt", "w", 0o600);
fs.open("/tmp/model.h5", "wx", (err, fd) => {});` }] },
        { messageId: "sharedTempWrite", line: 3, column: 9, endLine: 3, endColumn: 24, suggestions: [{ messageId: "suggestAddMode", output: `import fs from "node:fs";
const fd = fs.openSync("/tmp/model.ckpt", "w");
fs.open("/tmp/model.h5", "wx", 0o600, (err, fd) => {});` }] },
      ],
    },
    // downloads cached in shared temporary folders
    {
      code: `import { snapshotDownload, downloadFileToCacheDir } from "@huggingface/hub";
import os from "node:os";
await snapshotDownload({ repo: "meta-llama/Llama-3.2-1B", cacheDir: "/tmp/hf", accessToken: process.env.HF_TOKEN });
await downloadFileToCacheDir({ repo: "org/model", path: "model.safetensors", cacheDir: os.tmpdir() });`,
      errors: [
        { messageId: "sharedTempCache", line: 3, column: 69, endLine: 3, endColumn: 78, suggestions: [] },
        { messageId: "sharedTempCache", line: 4, column: 88, endLine: 4, endColumn: 99, suggestions: [] },
      ],
    },
    {
      code: `import { env, pipeline } from "@huggingface/transformers";
env.cacheDir = "/tmp/transformers-cache";
const extractor = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2");`,
      errors: [
        { messageId: "sharedTempCache", line: 2, column: 16, endLine: 2, endColumn: 41, suggestions: [] },
      ],
    },
    {
      code: `import * as fs from "node:fs";
import * as path from "node:path";
export async function saveAdapter(dir: string, weights: Buffer): Promise<void> {
  await fs.promises.writeFile(path.join(dir, "adapter_model.safetensors"), weights, { mode: 0o644 as const });
}`,
      filename: "file.ts",
      errors: [
        { messageId: "readableFileMode", line: 4, column: 93, endLine: 4, endColumn: 107, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import * as fs from "node:fs";
import * as path from "node:path";
export async function saveAdapter(dir: string, weights: Buffer): Promise<void> {
  await fs.promises.writeFile(path.join(dir, "adapter_model.safetensors"), weights, { mode: 0o600 });
}` }] },
      ],
    },
    // more shapes: appends, known names, home folders, CommonJS, promise API
    {
      code: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
fs.appendFileSync("/data/train/sft.jsonl", line, { mode: 0o644 });
fs.writeFileSync("/srv/models/tokenizer.model", tokenizer, { mode: 0o644 });
fs.mkdirSync(path.join(os.homedir(), "models"), { recursive: true, mode: 0o775 });`,
      errors: [
        { messageId: "readableFileMode", line: 4, column: 58, endLine: 4, endColumn: 63, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
fs.appendFileSync("/data/train/sft.jsonl", line, { mode: 0o600 });
fs.writeFileSync("/srv/models/tokenizer.model", tokenizer, { mode: 0o644 });
fs.mkdirSync(path.join(os.homedir(), "models"), { recursive: true, mode: 0o775 });` }] },
        { messageId: "readableFileMode", line: 5, column: 68, endLine: 5, endColumn: 73, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
fs.appendFileSync("/data/train/sft.jsonl", line, { mode: 0o644 });
fs.writeFileSync("/srv/models/tokenizer.model", tokenizer, { mode: 0o600 });
fs.mkdirSync(path.join(os.homedir(), "models"), { recursive: true, mode: 0o775 });` }] },
        { messageId: "readableDirMode", line: 6, column: 74, endLine: 6, endColumn: 79, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
fs.appendFileSync("/data/train/sft.jsonl", line, { mode: 0o644 });
fs.writeFileSync("/srv/models/tokenizer.model", tokenizer, { mode: 0o644 });
fs.mkdirSync(path.join(os.homedir(), "models"), { recursive: true, mode: 0o700 });` }] },
      ],
    },
    {
      code: `const { writeFileSync } = require("node:fs");
writeFileSync(\`\${process.env.MODEL_DIR}/pytorch_model.bin\`, weights, { mode: "0644" });`,
      errors: [
        { messageId: "readableFileMode", line: 2, column: 78, endLine: 2, endColumn: 84, suggestions: [{ messageId: "suggestOwnerOnlyMode", output: `const { writeFileSync } = require("node:fs");
writeFileSync(\`\${process.env.MODEL_DIR}/pytorch_model.bin\`, weights, { mode: 0o600 });` }] },
      ],
    },
    {
      code: `import fsp from "node:fs/promises";
await fsp.writeFile("/var/tmp/lora/adapter_model.safetensors", adapter);`,
      errors: [
        { messageId: "sharedTempWrite", line: 2, column: 21, endLine: 2, endColumn: 62, suggestions: [{ messageId: "suggestAddMode", output: `import fsp from "node:fs/promises";
await fsp.writeFile("/var/tmp/lora/adapter_model.safetensors", adapter, { mode: 0o600 });` }] },
      ],
    },
  ],
});
