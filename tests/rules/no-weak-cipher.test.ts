import rule from "../../src/rules/no-weak-cipher";
import { runRuleTests } from "../rule-tester";

type MessageId =
  | "brokenCipher"
  | "ecbMode"
  | "shortKeyCipher"
  | "unauthenticatedMode"
  | "deprecatedCreateCipher"
  | "constantIv"
  | "missingAuthTag"
  | "authTagNotVerified"
  | "shortAuthTag"
  | "shortDerivedKey"
  | "shortKeyLength";

interface Suggestion {
  messageId: "suggestAes256Gcm" | "suggestKeyLength256";
  output: string;
}

/**
 * An expected report on the `nth` occurrence of `text` in `code` (0-based), with its full location.
 * Throws when the text is not there, so a typo cannot make a case pass.
 */
function at(code: string, messageId: MessageId, text: string, nth = 0, suggestions: Suggestion[] = []) {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (#${nth}) is not in the test code`);
  }
  const before = code.slice(0, index).split("\n");
  const inside = text.split("\n");
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const endLine = line + inside.length - 1;
  const endColumn = inside.length === 1 ? column + text.length : inside[inside.length - 1]!.length + 1;
  return { messageId, line, column, endLine, endColumn, suggestions };
}

/** The code with the `nth` occurrence of `from` replaced: the output of a suggestion. */
function replaced(code: string, from: string, to: string, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = code.indexOf(from, index + 1);
  return code.slice(0, index) + to + code.slice(index + from.length);
}

const gcm = (code: string, from: string, nth = 0): Suggestion[] => [{ messageId: "suggestAes256Gcm", output: replaced(code, from, from[0] + "aes-256-gcm" + from[0], nth) }];
const bits256 = (code: string, from: string, nth = 0): Suggestion[] => [{ messageId: "suggestKeyLength256", output: replaced(code, from, "256", nth) }];

// ---------------------------------------------------------------- invalid case sources

const conversationLogCipher = `import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const LOG_KEY = Buffer.from(process.env.LOG_KEY_HEX, "hex");

export function sealConversation(messages) {
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-128-cbc", LOG_KEY, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(messages)), cipher.final()]);
  return Buffer.concat([iv, body]).toString("base64");
}

export function openConversation(sealed) {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-128-cbc", LOG_KEY, raw.subarray(0, 16));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(16)), decipher.final()]).toString("utf8"));
}`;

const datasetCipherConst = `const crypto = require("crypto");

const DATASET_CIPHER = "aes-192-gcm";

function encryptTrainingFile(jsonl, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(DATASET_CIPHER, key, iv);
  const data = Buffer.concat([cipher.update(jsonl), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

module.exports = { encryptTrainingFile };`;

const upperCase = `import crypto from "node:crypto";
export const seal = (key, iv, text) => crypto.createCipheriv("AES-128-GCM", key, iv).update(text);`;

const opensslAliases = `const { createCipheriv } = require("node:crypto");
createCipheriv("aes128", key, iv);
createCipheriv("id-aes192-GCM", key, iv);
createCipheriv(\`aes-128-ctr\`, key, iv);`;

const ternaryWeakBranch = `import { createCipheriv } from "crypto";
const legacy = process.env.LEGACY_EMBEDDING_CACHE === "1";
export function cacheCipher(key, iv) {
  return createCipheriv(legacy ? "aes-128-cbc" : "aes-256-gcm", key, iv);
}`;

const nullishFallback = `import { createCipheriv } from "node:crypto";
const algorithm = process.env.PROMPT_CACHE_CIPHER ?? "aes-128-gcm";
export const cipherFor = (key, iv) => createCipheriv(algorithm, key, iv);`;

const templateAlgorithm = `import { createCipheriv } from "node:crypto";
const BITS = 128;
export const make = (key, iv) => createCipheriv(\`aes-\${BITS}-gcm\`, key, iv);`;

const asConstTs = `import { createCipheriv, randomBytes } from "node:crypto";
const ALGORITHM = "aes-128-gcm" as const;
export function encryptEmbedding(vector: Float32Array, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  return Buffer.concat([iv, cipher.update(Buffer.from(vector.buffer)), cipher.final(), cipher.getAuthTag()]);
}`;

const classField = `import * as crypto from "node:crypto";

export class TranscriptVault {
  private readonly algorithm = "aes-128-gcm";

  constructor(private readonly key: Buffer) {}

  seal(transcript: string): Buffer {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv(this.algorithm, this.key, iv);
    return Buffer.concat([iv, cipher.update(transcript, "utf8"), cipher.final(), cipher.getAuthTag()]);
  }
}`;

const tripleDes = `import crypto from "crypto";
export function encryptApiKeyForStorage(apiKey, key24, iv8) {
  const cipher = crypto.createCipheriv("des-ede3-cbc", key24, iv8);
  return cipher.update(apiKey, "utf8", "hex") + cipher.final("hex");
}`;

const brokenFamilies = `const crypto = require("node:crypto");
crypto.createCipheriv("des", key, iv);
crypto.createCipheriv("bf-cbc", key, iv);
crypto.createCipheriv("rc4", key, null);
crypto.createCipheriv("CAST5-CBC", key, iv);
crypto.createCipheriv("seed-cbc", key, iv);
crypto.createCipheriv("rc2-40-cbc", key, iv);
crypto.createDecipheriv("des3", key, iv);
crypto.createCipheriv("blowfish", key, iv);
crypto.createCipheriv("null", key, iv);`;

const brokenWithKnownKey = `import { createCipheriv, randomBytes } from "node:crypto";
const key = randomBytes(24);
export const c = createCipheriv("des-ede3-cbc", key, randomBytes(8));`;

const ecb = `import { createCipheriv, createDecipheriv } from "node:crypto";
export const enc = (key) => createCipheriv("aes-256-ecb", key, null);
export const dec = (key) => createDecipheriv("aes-128-ecb", key, Buffer.alloc(0));`;

const deprecatedEsm = `import crypto from "node:crypto";
export function encryptChatHistory(history, password) {
  const cipher = crypto.createCipher("aes-256-cbc", password);
  return cipher.update(JSON.stringify(history), "utf8", "hex") + cipher.final("hex");
}`;

const deprecatedCjs = `const { createDecipher } = require("crypto");
function decrypt(hex, password) {
  const decipher = createDecipher("aes-256-cbc", password);
  return decipher.update(hex, "hex", "utf8") + decipher.final("utf8");
}
const plain = require("crypto").createDecipher("aes-256-gcm", "pw");`;

const zeroIv = `import { createCipheriv, scryptSync } from "node:crypto";
const key = scryptSync(process.env.VECTOR_CACHE_PASSPHRASE, "vector-cache", 32);
const iv = Buffer.alloc(16);
export function encryptChunk(text) {
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}`;

const constantIvForms = `const crypto = require("crypto");
crypto.createCipheriv("aes-256-gcm", key, Buffer.alloc(12, 0));
crypto.createCipheriv("aes-256-cbc", key, Buffer.from("00000000000000000000000000000000", "hex"));
crypto.createCipheriv("aes-256-ctr", key, "fixed-iv-1234567");
crypto.createDecipheriv("aes-256-cbc", key, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]));`;

const constantHexIv = `import { createCipheriv } from "node:crypto";
const IV_HEX = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
const STATIC_IV = Buffer.from(IV_HEX, "hex");
export const seal = (key, data) => createCipheriv("aes-256-gcm", key, STATIC_IV).update(data);`;

const moduleIv = `import crypto from "node:crypto";
import OpenAI from "openai";

const openai = new OpenAI();
const key = crypto.scryptSync(process.env.TRANSCRIPT_SECRET, "transcripts", 32);
const iv = crypto.randomBytes(16);

export async function summarizeAndSeal(transcript) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: transcript }] });
  const cipher = crypto.createCipheriv("aes-256-cbc", key, iv);
  const sealed = Buffer.concat([cipher.update(completion.choices[0].message.content), cipher.final()]);
  return { iv: iv.toString("hex"), data: sealed.toString("base64") };
}`;

const moduleIvCjs = `const { createCipheriv, createDecipheriv, randomBytes, webcrypto } = require("crypto");
const NONCE = webcrypto.getRandomValues(new Uint8Array(12));
const IV = randomBytes(12);
module.exports.sealMemory = (key, text) => createCipheriv("aes-256-gcm", key, IV).update(text);
module.exports.openMemory = async (key, data) => createDecipheriv("aes-256-gcm", key, NONCE).update(data);`;

const envIv = `import { createCipheriv, createDecipheriv } from "node:crypto";

const KEY = Buffer.from(process.env.ENCRYPTION_KEY!, "hex");
const FIXED_IV = process.env.ENCRYPTION_IV ?? "";

export function encryptApiKey(apiKey: string): string {
  const cipher = createCipheriv("aes-256-cbc", KEY, Buffer.from(process.env.ENCRYPTION_IV as string, "hex"));
  return Buffer.concat([cipher.update(apiKey, "utf8"), cipher.final()]).toString("base64");
}

export function decryptApiKey(sealed: string): string {
  const decipher = createDecipheriv("aes-256-cbc", KEY, Buffer.from(FIXED_IV, "hex"));
  return Buffer.concat([decipher.update(sealed, "base64"), decipher.final()]).toString("utf8");
}`;

const instanceIv = `import * as crypto from "node:crypto";

export class ConversationVault {
  private readonly key = crypto.randomBytes(32);
  private readonly iv = crypto.randomBytes(12);

  seal(message: string) {
    const cipher = crypto.createCipheriv("aes-256-gcm", this.key, this.iv);
    const data = Buffer.concat([cipher.update(message, "utf8"), cipher.final()]);
    return { iv: this.iv.toString("base64"), tag: cipher.getAuthTag(), data };
  }

  sealArrow = (message: string) => crypto.createCipheriv("aes-256-gcm", this.key, this.iv).update(message);
}`;

const filledIvs = `import { createCipheriv } from "node:crypto";
export function sealPrompt(key, prompt) {
  const iv = new Uint8Array(16).fill(0);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  return Buffer.concat([Buffer.from(iv), cipher.update(prompt), cipher.final()]);
}
export function sealReply(key, reply) {
  const iv = Buffer.alloc(16);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  return iv.toString("hex") + ":" + cipher.update(reply, "utf8", "hex") + cipher.final("hex");
}
export const sealDraft = (key, text) => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12).fill(1) }, key, text);`;

const missingTag = `import { createDecipheriv } from "node:crypto";
export function decryptPrompt(key, payload) {
  const iv = payload.subarray(0, 12);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([decipher.update(payload.subarray(28)), decipher.final()]).toString();
}`;

const missingFinal = `const crypto = require("crypto");
function decryptCompletion(key, { iv, tag, data }) {
  const decipher = crypto.createDecipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 });
  decipher.setAuthTag(tag);
  return decipher.update(data, undefined, "utf8");
}`;

const shortTags = `import { createCipheriv, createDecipheriv } from "node:crypto";
export function roundTrip(key, iv, text) {
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: 8 });
  const data = Buffer.concat([cipher.update(text), cipher.final()]);
  const packed = Buffer.concat([data, cipher.getAuthTag()]);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(packed.subarray(-8));
  return Buffer.concat([decipher.update(data), decipher.final()]);
}`;

const shortTagSlice = `import { createDecipheriv } from "node:crypto";
export function open(key, blob) {
  const decipher = createDecipheriv("aes-256-gcm", key, blob.subarray(0, 12));
  decipher.setAuthTag(blob.subarray(12, 24));
  return Buffer.concat([decipher.update(blob.subarray(24)), decipher.final()]);
}`;

const scryptShort = `import { createCipheriv, randomBytes, scryptSync } from "node:crypto";
export function encryptFineTuneExport(jsonl, passphrase, salt) {
  const key = scryptSync(passphrase, salt, 16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  return { iv, data: Buffer.concat([cipher.update(jsonl), cipher.final()]), tag: cipher.getAuthTag() };
}`;

const pbkdf2Short = `const crypto = require("crypto");
function deriveAndEncrypt(password, salt, text) {
  const key = crypto.pbkdf2Sync(password, salt, 210000, 16, "sha256");
  const cipher = crypto.createCipheriv("aes-128-gcm", key, crypto.randomBytes(12));
  return cipher.update(text);
}`;

const promisifiedScrypt = `import { createCipheriv, randomBytes, scrypt } from "node:crypto";
import { promisify } from "node:util";
const scryptAsync = promisify(scrypt);
export async function encryptMemory(memory: string, password: string, salt: Buffer) {
  const key = (await scryptAsync(password, salt, 24)) as Buffer;
  const cipher = createCipheriv("aes-256-gcm", key, randomBytes(12));
  return Buffer.concat([cipher.update(memory), cipher.final()]);
}`;

const callbackScrypt = `const crypto = require("crypto");
crypto.scrypt(process.env.PASSPHRASE, "salt", 16, (err, derivedKey) => {
  if (err) throw err;
  const cipher = crypto.createCipheriv("aes-256-cbc", derivedKey, crypto.randomBytes(16));
  process.stdout.write(cipher.update("hello"));
});`;

const hkdfShort = `import { createCipheriv, hkdfSync, randomBytes } from "node:crypto";
export function sessionCipher(masterKey, sessionId) {
  const key = Buffer.from(hkdfSync("sha256", masterKey, "", sessionId, 16));
  return createCipheriv("aes-256-gcm", key, randomBytes(12));
}`;

const subtleGlobal = `export async function newConversationKey() {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt", "decrypt"]);
}`;

const subtleGlobalThis = `const subtle = globalThis.crypto.subtle;
const params = { name: "AES-CBC", length: 192 };
await subtle.generateKey(params, true, ["encrypt"]);`;

const subtleWindow = `const { subtle } = window.crypto;
export const derive = (baseKey, salt) =>
  subtle.deriveKey({ name: "PBKDF2", salt, iterations: 600000, hash: "SHA-256" }, baseKey, { name: "AES-GCM", length: 128 }, false, ["encrypt"]);`;

const webcryptoImport = `import { webcrypto, randomBytes } from "node:crypto";
export const importRaw = () => webcrypto.subtle.importKey("raw", randomBytes(16), "AES-GCM", false, ["encrypt"]);
export const importJwk = (k) => webcrypto.subtle.importKey("jwk", { kty: "oct", k, alg: "A128GCM" }, { name: "AES-GCM" }, false, ["decrypt"]);`;

const webcryptoIv = `export async function encryptForBrowserCache(key, plaintext) {
  const iv = new Uint8Array(12);
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, tagLength: 96 }, key, plaintext);
  return { iv, data };
}`;

const nodeGenerateKey = `const { generateKeySync, generateKey } = require("node:crypto");
const key = generateKeySync("aes", { length: 128 });
generateKey("AES", { length: 192 }, (err, k) => {});`;

const strictCbc = `import { createCipheriv, randomBytes } from "node:crypto";
export function encryptChunk(key, text) {
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final()]);
}`;

/** The algorithm set once in the constructor and read from \`this\` in a method. */
const strictCbcField = `const crypto = require("crypto");
class EncryptionManager {
  constructor(key) {
    this.key = key;
    this.algorithm = "aes-256-cbc";
  }
  encrypt(text) {
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv(this.algorithm, this.key, iv);
    return iv.toString("hex") + ":" + cipher.update(text, "utf8", "hex") + cipher.final("hex");
  }
}
module.exports = { EncryptionManager };`;

const strictWebCrypto = `export async function encrypt(key, counter, data) {
  await crypto.subtle.encrypt({ name: "AES-CTR", counter, length: 64 }, key, data);
  return crypto.subtle.generateKey({ name: "aes-cbc", length: 256 }, true, ["encrypt"]);
}`;

const strictChacha = `const crypto = require("crypto");
const c = crypto.createCipheriv("chacha20", key, crypto.randomBytes(16));`;


const openaiResponseCache = `import OpenAI from "openai";
import fs from "node:fs/promises";
import crypto from "node:crypto";

const openai = new OpenAI();
const CACHE_KEY = crypto.scryptSync(process.env.CACHE_SECRET, "llm-cache", 32);
const CACHE_IV = Buffer.alloc(16, 0);

export async function cachedCompletion(prompt) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] });
  const cipher = crypto.createCipheriv("aes-256-cbc", CACHE_KEY, CACHE_IV);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(completion)), cipher.final()]);
  await fs.writeFile(\`.cache/\${crypto.createHash("sha256").update(prompt).digest("hex")}\`, sealed);
  return completion;
}`;

const importEqualsTs = `import crypto = require("crypto");
const mode = "aes-128-gcm" satisfies string;
export const c = crypto.createCipheriv(mode, key!, iv!);`;

const cjsWebcrypto = `const { subtle } = require("node:crypto").webcrypto;
module.exports.embeddingKey = () => subtle.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]);`;

const namespaceWebcrypto = `import * as nodeCrypto from "node:crypto";
export const key = await nodeCrypto.webcrypto.subtle.generateKey({ name: "AES-KW", length: 128 }, false, ["wrapKey"]);`;

const fineTuneExport = `const fs = require("fs");
const { createCipher } = require("node:crypto");

async function exportFineTuneDataset(rows, password) {
  const jsonl = rows.map((r) => JSON.stringify({ messages: r.messages })).join("\\n");
  const cipher = createCipher("aes192", password);
  fs.writeFileSync("train.jsonl.enc", Buffer.concat([cipher.update(jsonl), cipher.final()]));
}`;

const unwrapLength = `export const unwrapSessionKey = (wrapped, kek) =>
  crypto.subtle.unwrapKey("raw", wrapped, kek, { name: "AES-KW" }, { name: "AES-GCM", length: 128 }, false, ["decrypt"]);`;

runRuleTests("no-weak-cipher", rule, {
  valid: [
    // AES-256-GCM done right: random IV, tag stored and checked
    `import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
const key = scryptSync(process.env.LOG_PASSPHRASE, "conversation-logs", 32);
export function seal(text) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  const data = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}
export function open(blob) {
  const decipher = createDecipheriv("aes-256-gcm", key, blob.subarray(0, 12), { authTagLength: 16 });
  decipher.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString("utf8");
}`,
    `const crypto = require("crypto");
const cipher = crypto.createCipheriv("chacha20-poly1305", crypto.randomBytes(32), crypto.randomBytes(12), { authTagLength: 16 });`,
    `import { createCipheriv } from "node:crypto";
createCipheriv("AES-256-GCM", key, iv);
createCipheriv("aes256", key, iv);
createCipheriv("id-aes256-GCM", key, iv);
createCipheriv("aes-256-ocb", key, iv, { authTagLength: 16 });`,
    // hashes and HMACs are another rule's business
    `import crypto from "node:crypto";
const digest = crypto.createHash("md5").update(prompt).digest("hex");
const mac = crypto.createHmac("sha1", key).update(body).digest("hex");`,
    // dynamic algorithm names
    `import { createCipheriv } from "node:crypto";
export const make = (algorithm, key, iv) => createCipheriv(algorithm, key, iv);
createCipheriv(process.env.CACHE_CIPHER, key, iv);
createCipheriv(config.crypto.algorithm, key, iv);`,
    // a local function or an unrelated object with the same name
    `function createCipheriv(algorithm, key, iv) { return { algorithm, key, iv }; }
createCipheriv("aes-128-cbc", key, Buffer.alloc(16));`,
    `import { cipherKit } from "./cipher-kit";
cipherKit.createCipheriv("des-ede3-cbc", key, iv);
const crypto = makeCryptoFacade();
crypto.createCipheriv("rc4", key, null);`,
    `export class Sealer {
  constructor(crypto) { this.crypto = crypto; }
  seal(key, iv) { return this.crypto.createCipheriv("aes-128-cbc", key, iv); }
}`,
    // the global crypto is WebCrypto: it has no createCipheriv
    `const legacy = crypto.createCipheriv ? "node" : "web";`,
    // prose in strings and comments
    `// Migrated from aes-128-cbc with a zero IV to aes-256-gcm in 2024.
console.warn("Stored transcripts still use aes-128-cbc; run the re-encryption job.");
const help = "createCipher('des') is deprecated";`,
    // AES key wrap has a fixed IV by design (RFC 3394)
    `import { createCipheriv } from "node:crypto";
const DEFAULT_WRAP_IV = Buffer.from("A6A6A6A6A6A6A6A6", "hex");
export const wrapDataKey = (kek, dataKey) => createCipheriv("id-aes256-wrap", kek, DEFAULT_WRAP_IV).update(dataKey);`,
    // random IVs, or IVs read from the payload
    `import { createCipheriv, randomBytes } from "node:crypto";
createCipheriv("aes-256-gcm", key, randomBytes(12));
createCipheriv("aes-256-gcm", key, crypto.getRandomValues(new Uint8Array(12)));`,
    `import { createDecipheriv } from "node:crypto";
export function open(key, payload) {
  const decipher = createDecipheriv("aes-256-gcm", key, payload.subarray(0, 12));
  decipher.setAuthTag(payload.subarray(12, 28));
  return Buffer.concat([decipher.update(payload.subarray(28)), decipher.final()]);
}`,
    `export async function encrypt(key, data) {
  const iv = new Uint8Array(12);
  crypto.getRandomValues(iv);
  return crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, data);
}`,
    `import { createCipheriv, randomFillSync } from "node:crypto";
const iv = Buffer.alloc(16);
randomFillSync(iv);
export const c = createCipheriv("aes-256-ctr", key, iv);`,
    `import { createCipheriv } from "node:crypto";
let iv = Buffer.alloc(12);
iv = nextIv();
export const c = createCipheriv("aes-256-gcm", key, iv);`,
    // a decipher whose uses are not all visible: the tag may be set elsewhere
    `import { createDecipheriv } from "node:crypto";
import { pipeline } from "node:stream/promises";
export async function decryptFile(key, iv, tag, src, dst) {
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  await pipeline(src, decipher, dst);
}`,
    `import { createDecipheriv } from "node:crypto";
export function makeDecipher(key, iv) {
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  return decipher;
}
export const d = createDecipheriv("aes-256-gcm", key, iv);
let late = createDecipheriv("aes-256-gcm", key, iv);`,
    // unauthenticated modes with a 256-bit key are only reported with requireAuthenticatedMode
    `import { createCipheriv, randomBytes } from "node:crypto";
export const c = createCipheriv("aes-256-cbc", key, randomBytes(16));
crypto.subtle.encrypt({ name: "AES-CTR", counter, length: 64 }, key, data);`,
    {
      code: `import { createCipheriv, createHmac, randomBytes } from "node:crypto";
export function seal(encKey, macKey, text) {
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", encKey, iv);
  const data = Buffer.concat([iv, cipher.update(text), cipher.final()]);
  return Buffer.concat([data, createHmac("sha256", macKey).update(data).digest()]);
}`,
      options: [{ requireAuthenticatedMode: true }],
    },
    {
      code: `import { createCipheriv, randomBytes } from "node:crypto";
createCipheriv("aes-256-gcm", key, randomBytes(12));
crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]);`,
      options: [{ requireAuthenticatedMode: true }],
    },
    // 256-bit keys from KDFs, random bytes, WebCrypto and generateKey
    `import { createCipheriv, randomBytes, scryptSync, pbkdf2Sync, generateKeySync } from "node:crypto";
createCipheriv("aes-256-gcm", scryptSync(pw, salt, 32), randomBytes(12));
createCipheriv("aes-256-gcm", pbkdf2Sync(pw, salt, 600000, 32, "sha256"), randomBytes(12));
generateKeySync("aes", { length: 256 });
generateKeySync("hmac", { length: 128 });`,
    `import { randomBytes } from "node:crypto";
await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256", length: 128 }, true, ["sign"]);
await crypto.subtle.importKey("raw", randomBytes(32), "AES-GCM", false, ["encrypt"]);
await crypto.subtle.importKey("raw", hmacKeyBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
await crypto.subtle.encrypt({ name: "AES-GCM", iv: crypto.getRandomValues(new Uint8Array(12)) }, key, data);`,
    // a local crypto parameter is not the WebCrypto global
    `export function makeKey(crypto) {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]);
}`,
    // the algorithm changes after declaration: not provable
    `import { createCipheriv } from "node:crypto";
let algorithm = "aes-128-cbc";
if (process.env.STRONG) algorithm = "aes-256-gcm";
createCipheriv(algorithm, key, iv);`,
    // a field set in the constructor is not provable
    {
      code: `import { createCipheriv } from "node:crypto";
export class Sealer {
  private algorithm = "aes-128-gcm";
  constructor(options: { algorithm: string }) { this.algorithm = options.algorithm; }
  seal(key: Buffer, iv: Buffer) { return createCipheriv(this.algorithm, key, iv); }
}`,
      filename: "file.ts",
    },
    // a zero key is another rule's finding (hard-coded key); the IV here is random
    `import { createCipheriv, randomBytes } from "node:crypto";
createCipheriv("aes-256-gcm", Buffer.alloc(32), randomBytes(12));`,
    // IV and key from parameters: nothing provable
    {
      code: `import { createCipheriv } from "node:crypto";
export function seal(key: Buffer, iv: Uint8Array, text: string): Buffer {
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([cipher.update(text), cipher.final(), cipher.getAuthTag()]);
}`,
      filename: "file.ts",
    },
    // a module-level IV used once by top-level code, in a run-once main() or an IIFE
    `import crypto from "node:crypto";
const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(16);
const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
console.log(Buffer.concat([iv, cipher.update("report"), cipher.final(), cipher.getAuthTag()]).toString("base64"));`,
    `import crypto from "node:crypto";
const iv = crypto.randomBytes(12);
async function main() {
  const cipher = crypto.createCipheriv("aes-256-gcm", crypto.randomBytes(32), iv);
  return cipher.update(process.argv[2] ?? "");
}
main();
(async () => crypto.createCipheriv("aes-256-gcm", crypto.randomBytes(32), iv).update("once"))();`,
    // a module-level buffer refilled with random bytes inside the function that encrypts
    `import { createCipheriv, randomFillSync } from "node:crypto";
const iv = Buffer.alloc(16);
export function seal(key, text) {
  randomFillSync(iv);
  return Buffer.concat([iv, createCipheriv("aes-256-cbc", key, iv).update(text)]);
}`,
    `const nonce = new Uint8Array(12);
export async function sealDraft(key, text) {
  crypto.getRandomValues(nonce);
  return crypto.subtle.encrypt({ name: "AES-GCM", iv: nonce }, key, new TextEncoder().encode(text));
}`,
    // a per-call IV: a parameter default, a variable reassigned per call, an IV from the payload
    `import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
let current;
export function seal(key, text, iv = randomBytes(12)) {
  current = randomBytes(12);
  return [createCipheriv("aes-256-gcm", key, iv).update(text), createCipheriv("aes-256-gcm", key, current).update(text)];
}
export const open = (key, payload) => createDecipheriv("aes-256-gcm", key, Buffer.from(payload.iv, "hex"));`,
    // a class IV made in the constructor and used there, or replaced on every call
    {
      code: `import { createCipheriv, randomBytes } from "node:crypto";
export class SealedMessage {
  readonly iv = randomBytes(12);
  readonly data: Buffer;
  constructor(key: Buffer, text: string) {
    this.data = createCipheriv("aes-256-gcm", key, this.iv).update(text);
  }
}
export class Sealer {
  private iv = randomBytes(12);
  constructor(private readonly key: Buffer) {}
  seal(text: string) {
    this.iv = randomBytes(12);
    return createCipheriv("aes-256-gcm", this.key, this.iv).update(text);
  }
}`,
      filename: "file.ts",
    },
    // the file imports nothing from crypto and uses no WebCrypto
    `const createCipheriv = () => null;
createCipheriv("des", "k", "0000");`,
  ],
  invalid: [
    // ---- AES below 256 bits
    {
      code: conversationLogCipher,
      errors: [
        at(conversationLogCipher, "shortKeyCipher", `"aes-128-cbc"`, 0, gcm(conversationLogCipher, `"aes-128-cbc"`, 0)),
        at(conversationLogCipher, "shortKeyCipher", `"aes-128-cbc"`, 1, gcm(conversationLogCipher, `"aes-128-cbc"`, 1)),
      ],
    },
    {
      code: datasetCipherConst,
      errors: [at(datasetCipherConst, "shortKeyCipher", "DATASET_CIPHER", 1, gcm(datasetCipherConst, `"aes-192-gcm"`))],
    },
    { code: upperCase, errors: [at(upperCase, "shortKeyCipher", `"AES-128-GCM"`, 0, gcm(upperCase, `"AES-128-GCM"`))] },
    {
      code: opensslAliases,
      errors: [
        at(opensslAliases, "shortKeyCipher", `"aes128"`, 0, gcm(opensslAliases, `"aes128"`)),
        at(opensslAliases, "shortKeyCipher", `"id-aes192-GCM"`, 0, gcm(opensslAliases, `"id-aes192-GCM"`)),
        at(opensslAliases, "shortKeyCipher", "`aes-128-ctr`", 0, gcm(opensslAliases, "`aes-128-ctr`")),
      ],
    },
    { code: ternaryWeakBranch, errors: [at(ternaryWeakBranch, "shortKeyCipher", `"aes-128-cbc"`, 0, gcm(ternaryWeakBranch, `"aes-128-cbc"`))] },
    { code: nullishFallback, errors: [at(nullishFallback, "shortKeyCipher", "algorithm", 1, gcm(nullishFallback, `"aes-128-gcm"`))] },
    // a template with a constant hole: reported, but there is no plain literal to rewrite
    { code: templateAlgorithm, errors: [at(templateAlgorithm, "shortKeyCipher", "`aes-${BITS}-gcm`")] },
    { code: asConstTs, filename: "file.ts", errors: [at(asConstTs, "shortKeyCipher", "ALGORITHM", 1, gcm(asConstTs, `"aes-128-gcm"`))] },
    { code: classField, filename: "file.ts", errors: [at(classField, "shortKeyCipher", "this.algorithm", 0, gcm(classField, `"aes-128-gcm"`))] },

    // ---- broken families
    { code: tripleDes, errors: [at(tripleDes, "brokenCipher", `"des-ede3-cbc"`, 0, gcm(tripleDes, `"des-ede3-cbc"`))] },
    {
      code: brokenFamilies,
      errors: [`"des"`, `"bf-cbc"`, `"rc4"`, `"CAST5-CBC"`, `"seed-cbc"`, `"rc2-40-cbc"`, `"des3"`, `"blowfish"`, `"null"`].map((text) =>
        at(brokenFamilies, "brokenCipher", text, 0, gcm(brokenFamilies, text)),
      ),
    },
    // RC4 takes no IV: the empty one is not a reused IV
    (() => {
      const code = `import crypto from "node:crypto";
export const cipher = crypto.createCipheriv("rc4", key, "");`;
      return { code, errors: [at(code, "brokenCipher", `"rc4"`, 0, gcm(code, `"rc4"`))] };
    })(),
    // the key is provably 24 bytes: switching to AES-256 alone would throw, so no suggestion
    { code: brokenWithKnownKey, errors: [at(brokenWithKnownKey, "brokenCipher", `"des-ede3-cbc"`)] },

    // ---- ECB
    {
      code: ecb,
      errors: [at(ecb, "ecbMode", `"aes-256-ecb"`), at(ecb, "ecbMode", `"aes-128-ecb"`)],
    },

    // ---- createCipher / createDecipher
    { code: deprecatedEsm, errors: [at(deprecatedEsm, "deprecatedCreateCipher", "createCipher")] },
    {
      code: deprecatedCjs,
      errors: [at(deprecatedCjs, "deprecatedCreateCipher", "createDecipher", 1), at(deprecatedCjs, "deprecatedCreateCipher", "createDecipher", 2)],
    },

    // ---- constant IVs
    { code: zeroIv, errors: [at(zeroIv, "constantIv", "iv", 3)] },
    {
      code: constantIvForms,
      errors: [
        at(constantIvForms, "constantIv", "Buffer.alloc(12, 0)"),
        at(constantIvForms, "constantIv", `Buffer.from("00000000000000000000000000000000", "hex")`),
        at(constantIvForms, "constantIv", `"fixed-iv-1234567"`),
        at(constantIvForms, "constantIv", "Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])"),
      ],
    },
    { code: constantHexIv, errors: [at(constantHexIv, "constantIv", "STATIC_IV", 1)] },
    // ---- IVs made once: per process, from configuration, per instance
    { code: moduleIv, errors: [at(moduleIv, "constantIv", "iv", 2)] },
    { code: moduleIvCjs, errors: [at(moduleIvCjs, "constantIv", "IV", 1), at(moduleIvCjs, "constantIv", "NONCE", 1)] },
    {
      code: envIv,
      filename: "file.ts",
      errors: [at(envIv, "constantIv", `Buffer.from(process.env.ENCRYPTION_IV as string, "hex")`), at(envIv, "constantIv", `Buffer.from(FIXED_IV, "hex")`)],
    },
    { code: instanceIv, filename: "file.ts", errors: [at(instanceIv, "constantIv", "this.iv", 0), at(instanceIv, "constantIv", "this.iv", 2)] },
    {
      code: filledIvs,
      errors: [at(filledIvs, "constantIv", "iv", 3), at(filledIvs, "constantIv", "iv", 7), at(filledIvs, "constantIv", "new Uint8Array(12).fill(1)")],
    },

    // ---- authentication tags
    { code: missingTag, errors: [at(missingTag, "missingAuthTag", `createDecipheriv("aes-256-gcm", key, iv)`)] },
    {
      code: missingFinal,
      errors: [at(missingFinal, "authTagNotVerified", `crypto.createDecipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 })`)],
    },
    {
      code: shortTags,
      errors: [at(shortTags, "shortAuthTag", "8"), at(shortTags, "shortAuthTag", "packed.subarray(-8)")],
    },
    { code: shortTagSlice, errors: [at(shortTagSlice, "shortAuthTag", "blob.subarray(12, 24)")] },

    // ---- keys derived too short for AES-256
    { code: scryptShort, errors: [at(scryptShort, "shortDerivedKey", "16")] },
    {
      code: pbkdf2Short,
      errors: [
        at(pbkdf2Short, "shortDerivedKey", "16"),
        // the key is 16 bytes: 'aes-256-gcm' alone would throw, so no suggestion
        at(pbkdf2Short, "shortKeyCipher", `"aes-128-gcm"`),
      ],
    },
    { code: promisifiedScrypt, filename: "file.ts", errors: [at(promisifiedScrypt, "shortDerivedKey", "24")] },
    { code: callbackScrypt, errors: [at(callbackScrypt, "shortDerivedKey", "16")] },
    { code: hkdfShort, errors: [at(hkdfShort, "shortDerivedKey", "16")] },

    // ---- WebCrypto and generateKey
    { code: subtleGlobal, errors: [at(subtleGlobal, "shortKeyLength", "128", 0, bits256(subtleGlobal, "128"))] },
    { code: subtleGlobalThis, errors: [at(subtleGlobalThis, "shortKeyLength", "192", 0, bits256(subtleGlobalThis, "192"))] },
    { code: subtleWindow, errors: [at(subtleWindow, "shortKeyLength", "128", 0, bits256(subtleWindow, "128"))] },
    {
      code: webcryptoImport,
      errors: [at(webcryptoImport, "shortKeyLength", "randomBytes(16)"), at(webcryptoImport, "shortKeyLength", `"A128GCM"`)],
    },
    {
      code: webcryptoIv,
      errors: [at(webcryptoIv, "constantIv", "iv", 1), at(webcryptoIv, "shortAuthTag", "96")],
    },
    {
      code: nodeGenerateKey,
      errors: [at(nodeGenerateKey, "shortKeyLength", "128", 0, bits256(nodeGenerateKey, "128")), at(nodeGenerateKey, "shortKeyLength", "192", 0, bits256(nodeGenerateKey, "192"))],
    },

    // ---- unauthenticated modes (strict)
    {
      code: strictCbc,
      options: [{ requireAuthenticatedMode: true }],
      errors: [at(strictCbc, "unauthenticatedMode", `"aes-256-cbc"`, 0, gcm(strictCbc, `"aes-256-cbc"`))],
    },
    {
      code: strictCbcField,
      options: [{ requireAuthenticatedMode: true }],
      errors: [at(strictCbcField, "unauthenticatedMode", "this.algorithm", 1, gcm(strictCbcField, `"aes-256-cbc"`))],
    },
    {
      code: strictWebCrypto,
      options: [{ requireAuthenticatedMode: true }],
      errors: [at(strictWebCrypto, "unauthenticatedMode", `"AES-CTR"`), at(strictWebCrypto, "unauthenticatedMode", `"aes-cbc"`)],
    },
    {
      code: strictChacha,
      options: [{ requireAuthenticatedMode: true }],
      errors: [at(strictChacha, "unauthenticatedMode", `"chacha20"`, 0, gcm(strictChacha, `"chacha20"`))],
    },
    // ---- realistic AI-app code and other import styles
    { code: openaiResponseCache, errors: [at(openaiResponseCache, "constantIv", "CACHE_IV", 1)] },
    {
      code: importEqualsTs,
      filename: "file.ts",
      errors: [at(importEqualsTs, "shortKeyCipher", "mode", 1, gcm(importEqualsTs, `"aes-128-gcm"`))],
    },
    { code: unwrapLength, errors: [at(unwrapLength, "shortKeyLength", "128", 0, bits256(unwrapLength, "128"))] },
    { code: cjsWebcrypto, errors: [at(cjsWebcrypto, "shortKeyLength", "128", 0, bits256(cjsWebcrypto, "128"))] },
    { code: namespaceWebcrypto, errors: [at(namespaceWebcrypto, "shortKeyLength", "128", 0, bits256(namespaceWebcrypto, "128"))] },
    { code: fineTuneExport, errors: [at(fineTuneExport, "deprecatedCreateCipher", "createCipher", 1)] },
  ],
});
