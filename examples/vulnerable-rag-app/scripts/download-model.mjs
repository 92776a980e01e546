// Fetches the reranker's weights from the internal Hugging Face mirror before the reranker starts.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const MIRROR = "http://hf-mirror.ml.internal";
const MODEL = "BAAI/bge-reranker-base";

// ❌ no-plaintext-http: the weights come from the mirror over plain http://, so a machine on the
//    path can swap them for a backdoored file.
const res = await fetch(`${MIRROR}/${MODEL}/resolve/main/model.safetensors`);
if (!res.ok || !res.body) throw new Error(`download failed: ${res.status}`);

fs.mkdirSync("/tmp/models", { recursive: true });
// ❌ no-world-readable-model-files (strict): mode 0o644 in the shared /tmp folder lets every user
//    of the host copy the weights.
await pipeline(Readable.fromWeb(res.body), fs.createWriteStream("/tmp/models/bge-reranker-base.safetensors", { mode: 0o644 }));
console.log("model downloaded");
