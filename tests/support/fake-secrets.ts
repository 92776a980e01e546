/**
 * Key-shaped strings for tests, made at run time so no key-shaped literal sits in the repository.
 * A seeded generator keeps them the same from run to run; they have the mixed characters and
 * entropy of real keys, so detectors cannot tell them apart from live ones.
 */

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const URLSAFE = `${ALNUM}-_`;
const HEX = "0123456789abcdef";
const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A small deterministic PRNG (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` random characters from `alphabet`, the same for the same seed. */
export function randomChars(length: number, alphabet = ALNUM, seed = 7): string {
  const next = generator(seed * 7919 + length);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** `prefix` followed by `length` random characters. */
export function fakeToken(prefix: string, length: number, alphabet = ALNUM, seed = 7): string {
  return prefix + randomChars(length, alphabet, seed);
}

export const alphabets = { ALNUM, URLSAFE, HEX, UPPER_DIGITS } as const;

/** Ready-made shapes of the common providers, for tests that need "a real-looking key". */
export const fake = {
  openaiProject: (seed = 1): string => fakeToken(["sk", "proj", ""].join("-"), 156, URLSAFE, seed),
  openaiLegacy: (seed = 2): string => `${["sk", ""].join("-")}${randomChars(20, ALNUM, seed)}${["T3", "Blbk", "FJ"].join("")}${randomChars(20, ALNUM, seed + 1)}`,
  anthropic: (seed = 3): string => `${fakeToken(["sk", "ant", "api03", ""].join("-"), 93, URLSAFE, seed)}AA`,
  google: (seed = 4): string => fakeToken(["AI", "za"].join(""), 35, URLSAFE, seed),
  huggingface: (seed = 5): string => fakeToken(["hf", ""].join("_"), 34, ALNUM, seed),
  github: (seed = 6): string => fakeToken(["ghp", ""].join("_"), 36, ALNUM, seed),
  awsAccessKeyId: (seed = 8): string => fakeToken(["AK", "IA"].join(""), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed),
  /** A generic high-entropy secret with no provider prefix. */
  generic: (seed = 9, length = 40): string => randomChars(length, ALNUM, seed),
};
