/**
 * Facts about symmetric encryption as Node's `crypto` (OpenSSL names) and WebCrypto spell it:
 * which ciphers are broken, which key sizes and modes fall short of an AES-256 AEAD policy for data
 * at rest, and which functions make keys of a known length.
 *
 * OpenSSL cipher names are case-insensitive (`AES-128-CBC` works), so every lookup lower-cases first.
 */

/** The key size, in bits, data at rest should be encrypted with. */
export const MIN_SYMMETRIC_KEY_BITS = 256;

/** The shortest authentication tag, in bytes, an AEAD decipher should accept (GCM's full tag). */
export const MIN_AUTH_TAG_BYTES = 16;

/** What a weak cipher family is, for the report. */
export interface BrokenCipherFamily {
  /** How the family is usually called. */
  label: string;
  /** Why it must not protect data, in a few words. */
  reason: string;
}

/** Cipher families no policy should accept, whatever the key or mode. */
export const BROKEN_CIPHER_FAMILIES: Readonly<Record<string, BrokenCipherFamily>> = {
  des: { label: "DES", reason: "a 56-bit key that can be searched exhaustively" },
  desx: { label: "DESX", reason: "DES with key whitening and a 64-bit block" },
  "3des": { label: "Triple DES", reason: "a 64-bit block open to Sweet32 collisions, withdrawn by NIST" },
  rc2: { label: "RC2", reason: "a 64-bit block and a weak key schedule" },
  rc4: { label: "RC4", reason: "a biased keystream, banned from TLS by RFC 7465" },
  rc5: { label: "RC5", reason: "a 64-bit block and no modern analysis backing it" },
  blowfish: { label: "Blowfish", reason: "a 64-bit block open to Sweet32 collisions" },
  cast: { label: "CAST5", reason: "a 64-bit block open to Sweet32 collisions" },
  idea: { label: "IDEA", reason: "a 64-bit block and weak-key classes" },
  seed: { label: "SEED", reason: "a legacy cipher moved out of OpenSSL's default provider" },
  null: { label: "the null cipher", reason: "it does not encrypt at all" },
};

/** First name token (OpenSSL spelling) → broken family. `des` is refined by the next token. */
const BROKEN_FIRST_TOKENS: Readonly<Record<string, string>> = {
  des: "des",
  des3: "3des",
  desx: "desx",
  rc2: "rc2",
  rc4: "rc4",
  rc5: "rc5",
  bf: "blowfish",
  blowfish: "blowfish",
  cast: "cast",
  cast5: "cast",
  idea: "idea",
  seed: "seed",
  null: "null",
  none: "null",
  "enc-null": "null",
};

/** Whole names that do not follow the `family-bits-mode` pattern. */
const BROKEN_FULL_NAMES: Readonly<Record<string, string>> = {
  "id-smime-alg-cms3deswrap": "3des",
};

/** Families whose key size is part of the name and is held to {@link MIN_SYMMETRIC_KEY_BITS}. */
const KEY_SIZED_FAMILIES: ReadonlySet<string> = new Set(["aes", "aria", "camellia"]);

const KEY_SIZES: ReadonlySet<string> = new Set(["128", "192", "256"]);

/** Modes that authenticate the ciphertext. */
const AEAD_MODES: ReadonlySet<string> = new Set(["gcm", "ccm", "ocb", "siv", "gcm-siv", "poly1305"]);

/** Modes that only encrypt: the ciphertext can be altered unless a MAC covers it. */
const UNAUTHENTICATED_MODES: ReadonlySet<string> = new Set(["cbc", "ctr", "cfb", "cfb1", "cfb8", "ofb", "xts"]);

/** Everything the rules need to know about one cipher name. */
export interface CipherInfo {
  /** The name, lower-cased. */
  name: string;
  /** `aes`, `aria`, `camellia`, `chacha20`, `sm4`, or a key of {@link BROKEN_CIPHER_FAMILIES}. */
  family: string;
  /** Set when the whole family is broken. */
  broken: BrokenCipherFamily | undefined;
  /** Key size in bits when the name states it (AES, ARIA, Camellia, ChaCha20). */
  keyBits: number | undefined;
  /** The mode as written (`gcm`, `cbc`, `wrap`, …); undefined when the name has none. */
  mode: string | undefined;
  ecb: boolean;
  /** GCM, CCM, OCB, ChaCha20-Poly1305: the decipher must be given the tag. */
  aead: boolean;
  /** Key wrap (RFC 3394/5649): a fixed IV is part of the design. */
  wrap: boolean;
  /** CBC, CTR, CFB, OFB, XTS, bare ChaCha20: no integrity without a separate MAC. */
  unauthenticated: boolean;
  /** Whether the key size falls below {@link MIN_SYMMETRIC_KEY_BITS} for a family the policy covers. */
  shortKey: boolean;
}

function splitSizedFamily(token: string): { family: string; bits: string } | undefined {
  for (const family of KEY_SIZED_FAMILIES) {
    if (token.startsWith(family) && KEY_SIZES.has(token.slice(family.length))) {
      return { family, bits: token.slice(family.length) };
    }
  }
  return undefined;
}

/**
 * Describes an OpenSSL cipher name (`aes-128-cbc`, `AES256`, `id-aes128-GCM`, `des-ede3-cbc`,
 * `chacha20-poly1305`, `bf-cbc`). Returns undefined for names it does not know.
 */
export function describeCipher(rawName: string): CipherInfo | undefined {
  const name = rawName.trim().toLowerCase();
  if (name === "") return undefined;
  const base = { name, broken: undefined, keyBits: undefined, mode: undefined, ecb: false, aead: false, wrap: false, unauthenticated: false, shortKey: false };

  const fullBroken = BROKEN_FULL_NAMES[name] ?? BROKEN_FIRST_TOKENS[name];
  if (fullBroken) return { ...base, family: fullBroken, broken: BROKEN_CIPHER_FAMILIES[fullBroken], wrap: name.endsWith("wrap") };

  let tokens = name.split("-");
  if (tokens[0] === "id" && tokens.length > 1) tokens = tokens.slice(1);
  const first = tokens[0]!;

  const brokenFamily = BROKEN_FIRST_TOKENS[first];
  if (brokenFamily) {
    const family = brokenFamily === "des" && (tokens[1] === "ede" || tokens[1] === "ede3") ? "3des" : brokenFamily;
    const mode = tokens.slice(family === "3des" && first === "des" ? 2 : 1).join("-") || undefined;
    return { ...base, family, broken: BROKEN_CIPHER_FAMILIES[family], mode, ecb: mode === "ecb", wrap: mode === "wrap" };
  }

  if (first === "chacha20") {
    const aead = tokens[1] === "poly1305";
    return { ...base, family: "chacha20", keyBits: 256, mode: aead ? "poly1305" : undefined, aead, unauthenticated: !aead };
  }

  let family: string;
  let bits: string;
  let modeTokens: string[];
  const sized = splitSizedFamily(first);
  if (sized) {
    // `aes128`, `aes256-wrap`, `aes128-gcm` (from `id-aes128-GCM`): a bare name is CBC.
    family = sized.family;
    bits = sized.bits;
    modeTokens = tokens.length > 1 ? tokens.slice(1) : ["cbc"];
  } else if (KEY_SIZED_FAMILIES.has(first) && tokens[1] !== undefined && KEY_SIZES.has(tokens[1])) {
    family = first;
    bits = tokens[1];
    modeTokens = tokens.slice(2);
  } else if (first === "sm4") {
    const mode = tokens.slice(1).join("-") || "cbc";
    return { ...base, family: "sm4", keyBits: 128, mode, ecb: mode === "ecb", unauthenticated: UNAUTHENTICATED_MODES.has(mode) };
  } else {
    return undefined;
  }
  const mode = modeTokens.join("-") || undefined;
  const keyBits = Number(bits);
  const wrap = modeTokens[0] === "wrap";
  const hasMac = modeTokens.includes("hmac");
  return {
    ...base,
    family,
    keyBits,
    mode,
    ecb: modeTokens[0] === "ecb",
    aead: modeTokens[0] !== undefined && AEAD_MODES.has(modeTokens[0]),
    wrap,
    unauthenticated: !hasMac && modeTokens[0] !== undefined && UNAUTHENTICATED_MODES.has(modeTokens[0]),
    shortKey: keyBits < MIN_SYMMETRIC_KEY_BITS,
  };
}

/** The algorithm the suggestions move to: AES-256 in GCM, an AEAD mode with a 32-byte key. */
export const RECOMMENDED_CIPHER = "aes-256-gcm";

/** Key length in bytes of {@link RECOMMENDED_CIPHER}. */
export const RECOMMENDED_CIPHER_KEY_BYTES = 32;

/** WebCrypto AES algorithm names (matched case-insensitively, as WebCrypto normalises them). */
export const WEBCRYPTO_AES_ALGORITHMS: Readonly<Record<string, { aead: boolean; unauthenticated: boolean }>> = {
  "aes-gcm": { aead: true, unauthenticated: false },
  "aes-cbc": { aead: false, unauthenticated: true },
  "aes-ctr": { aead: false, unauthenticated: true },
  "aes-kw": { aead: false, unauthenticated: false },
};

/** WebCrypto's full AES-GCM tag, in bits (`tagLength`). */
export const WEBCRYPTO_FULL_TAG_BITS = 128;

const JWK_AES_SUFFIXES: ReadonlySet<string> = new Set(["GCM", "KW", "CBC", "CTR", "GCMKW"]);

/** Key bits of a JWK `alg` for an AES key (`A128GCM` → 128), or undefined. */
export function jwkAesKeyBits(alg: string): number | undefined {
  const upper = alg.toUpperCase();
  if (!upper.startsWith("A") || !JWK_AES_SUFFIXES.has(upper.slice(4))) return undefined;
  const bits = upper.slice(1, 4);
  return KEY_SIZES.has(bits) ? Number(bits) : undefined;
}

/** Node `crypto` functions whose output is a key of a requested length; `lengthArg` is the byte count. */
export interface KeyDerivation {
  lengthArg: number;
  /** Async form: the key arrives as the callback's second parameter (or from the promisified call). */
  async: boolean;
}

export const KEY_DERIVATION_FUNCTIONS: Readonly<Record<string, KeyDerivation>> = {
  scryptSync: { lengthArg: 2, async: false },
  scrypt: { lengthArg: 2, async: true },
  pbkdf2Sync: { lengthArg: 3, async: false },
  pbkdf2: { lengthArg: 3, async: true },
  hkdfSync: { lengthArg: 4, async: false },
  hkdf: { lengthArg: 4, async: true },
};

/** Node `crypto` functions that return that many random bytes. */
export const RANDOM_BYTES_FUNCTIONS: ReadonlySet<string> = new Set(["randomBytes"]);

/** Node `crypto` cipher factories; the first two take an IV. */
export const CIPHER_FACTORIES = {
  withIv: ["createCipheriv", "createDecipheriv"],
  /** No IV, MD5-based key derivation; runtime-deprecated since Node 11, removed in Node 22 (DEP0106). */
  deprecated: ["createCipher", "createDecipher"],
} as const;

/** `crypto.generateKey(Sync)` type for a symmetric AES key. */
export const NODE_AES_KEY_TYPE = "aes";

/** WebCrypto `SubtleCrypto` methods and the argument holding the AES algorithm the call is about. */
export const SUBTLE_ALGORITHM_ARGS: Readonly<Record<string, { algorithmArg: number; keyDataArg?: number; makesKey: boolean }>> = {
  generateKey: { algorithmArg: 0, makesKey: true },
  importKey: { algorithmArg: 2, keyDataArg: 1, makesKey: true },
  deriveKey: { algorithmArg: 2, makesKey: true },
  unwrapKey: { algorithmArg: 4, makesKey: true },
  encrypt: { algorithmArg: 0, makesKey: false },
  decrypt: { algorithmArg: 0, makesKey: false },
  wrapKey: { algorithmArg: 3, makesKey: false },
};

/** Calls that show a MAC in the file (encrypt-then-MAC around CBC/CTR). */
export const MAC_FUNCTIONS = { node: ["createHmac"], subtle: ["sign", "verify"] } as const;
