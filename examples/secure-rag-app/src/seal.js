// Authenticated encryption for everything the service keeps at rest (answer cache, transcripts,
// the local copy of the embeddings).
import crypto from "node:crypto";

// A 256-bit data key, delivered by the secret manager (base64); in production, wrap it with a KMS key.
const KEY = Buffer.from(process.env.DATA_KEY_BASE64 ?? "", "base64");
if (KEY.length !== 32) throw new Error("DATA_KEY_BASE64 must hold a 32-byte key");

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM with a random 12-byte IV per message: iv | tag | ciphertext. */
export function seal(plaintext) {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Opens what seal() produced; throws when the data was altered. */
export function open(sealed) {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = crypto.createDecipheriv("aes-256-gcm", KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
