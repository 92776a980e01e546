// At-rest cache of answers on local disk, so repeated questions skip the model.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

const CACHE_DIR = process.env.ANSWER_CACHE_DIR ?? "./.cache/answers";
// ❌ no-weak-cipher: a 16-byte (128-bit) key derived for AES, below the 256 bits data at rest needs.
const KEY = crypto.scryptSync(process.env.CACHE_SECRET ?? "", "answer-cache", 16);
// The same IV for every entry (all zeros).
const IV = Buffer.alloc(16, 0);

function fileFor(question) {
  return path.join(CACHE_DIR, `${crypto.createHash("sha256").update(question).digest("hex")}.bin`);
}

export async function writeCachedAnswer(question, reply) {
  // ❌ no-weak-cipher: AES-128-CBC with a 128-bit key, no authentication and a constant IV:
  //    equal answers give equal files and a changed file decrypts to altered text unnoticed.
  const cipher = crypto.createCipheriv("aes-128-cbc", KEY, IV);
  const body = Buffer.concat([cipher.update(reply, "utf8"), cipher.final()]);
  await fs.mkdir(CACHE_DIR, { recursive: true });
  await fs.writeFile(fileFor(question), body);
}

export async function readCachedAnswer(question) {
  let body;
  try {
    body = await fs.readFile(fileFor(question));
  } catch {
    return undefined;
  }
  // ❌ no-weak-cipher: the same weak settings to read the entries back, with nothing that detects
  //    a changed file.
  const decipher = crypto.createDecipheriv("aes-128-cbc", KEY, IV);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
