// At-rest cache of answers on local disk, so repeated questions skip the model.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { open, seal } from "./seal.js";

const CACHE_DIR = process.env.ANSWER_CACHE_DIR ?? "./.cache/answers";

function fileFor(question) {
  return path.join(CACHE_DIR, `${crypto.createHash("sha256").update(question).digest("hex")}.bin`);
}

export async function writeCachedAnswer(question, reply) {
  // ✅ no-weak-cipher: AES-256-GCM with a 256-bit key, a random IV per entry and a checked auth tag (seal.js).
  await fs.mkdir(CACHE_DIR, { recursive: true, mode: 0o700 });
  await fs.writeFile(fileFor(question), seal(reply), { mode: 0o600 });
}

export async function readCachedAnswer(question) {
  let body;
  try {
    body = await fs.readFile(fileFor(question));
  } catch {
    return undefined;
  }
  return open(body);
}
