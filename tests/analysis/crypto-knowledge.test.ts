import { describe, expect, it } from "vitest";
import { describeCipher, jwkAesKeyBits } from "../../src/knowledge/crypto";
import { findSensitiveHost, hostMatchesPattern, isSecretServiceHostName } from "../../src/knowledge/sensitive-hosts";

function summary(name: string) {
  const info = describeCipher(name);
  if (!info) return undefined;
  return { family: info.family, broken: Boolean(info.broken), keyBits: info.keyBits, mode: info.mode, ecb: info.ecb, aead: info.aead, wrap: info.wrap, unauthenticated: info.unauthenticated, shortKey: info.shortKey };
}

describe("describeCipher", () => {
  it("reads AES names in every OpenSSL spelling, case-insensitively", () => {
    expect(summary("AES-256-GCM")).toMatchObject({ family: "aes", keyBits: 256, mode: "gcm", aead: true, shortKey: false });
    expect(summary("aes-128-cbc")).toMatchObject({ keyBits: 128, mode: "cbc", unauthenticated: true, shortKey: true });
    expect(summary("aes192")).toMatchObject({ keyBits: 192, mode: "cbc", shortKey: true });
    expect(summary("id-aes128-GCM")).toMatchObject({ keyBits: 128, mode: "gcm", aead: true, shortKey: true });
    expect(summary("id-aes256-wrap-pad")).toMatchObject({ keyBits: 256, wrap: true, unauthenticated: false });
    expect(summary("aes-256-ecb")).toMatchObject({ ecb: true, shortKey: false });
    expect(summary("aes-256-cbc-hmac-sha256")).toMatchObject({ unauthenticated: false });
    expect(summary("camellia-128-cbc")).toMatchObject({ family: "camellia", shortKey: true });
    expect(summary("aria256")).toMatchObject({ family: "aria", keyBits: 256, shortKey: false });
  });
  it("knows the broken families and 3DES spellings", () => {
    for (const name of ["des", "des-cbc", "DES-EDE3-CBC", "des3", "des-ede", "desx", "rc2-40-cbc", "rc4", "rc4-hmac-md5", "bf-cbc", "blowfish", "cast5-cbc", "idea", "seed-cbc", "null", "id-smime-alg-CMS3DESwrap"]) {
      expect(summary(name)?.broken, name).toBe(true);
    }
    expect(describeCipher("des-ede3-cbc")?.family).toBe("3des");
    expect(describeCipher("des-ecb")).toMatchObject({ family: "des", ecb: true });
  });
  it("tells ChaCha20 with and without Poly1305 apart", () => {
    expect(summary("chacha20-poly1305")).toMatchObject({ aead: true, unauthenticated: false, keyBits: 256 });
    expect(summary("chacha20")).toMatchObject({ aead: false, unauthenticated: true });
  });
  it("leaves unknown names alone", () => {
    expect(describeCipher("")).toBeUndefined();
    expect(describeCipher("sha256")).toBeUndefined();
    expect(describeCipher("aes-512-gcm")).toBeUndefined();
    expect(describeCipher("sm4-ecb")).toMatchObject({ ecb: true, shortKey: false });
  });
  it("reads JWK AES algorithms", () => {
    expect(jwkAesKeyBits("A128GCM")).toBe(128);
    expect(jwkAesKeyBits("a192kw")).toBe(192);
    expect(jwkAesKeyBits("A256GCMKW")).toBe(256);
    expect(jwkAesKeyBits("RS256")).toBeUndefined();
    expect(jwkAesKeyBits("A128CBC-HS256")).toBeUndefined();
  });
});

describe("sensitive hosts", () => {
  it("matches exact and wildcard patterns", () => {
    expect(hostMatchesPattern("api.openai.com", "api.openai.com")).toBe(true);
    expect(hostMatchesPattern("my-res.openai.azure.com", "*.openai.azure.com")).toBe(true);
    expect(hostMatchesPattern("openai.azure.com", "*.openai.azure.com")).toBe(false);
    expect(hostMatchesPattern("bedrock-runtime.eu-west-1.amazonaws.com", "bedrock-runtime.*.amazonaws.com")).toBe(true);
    expect(hostMatchesPattern("bedrock-runtime..amazonaws.com", "bedrock-runtime.*.amazonaws.com")).toBe(false);
    expect(hostMatchesPattern("europe-west4-aiplatform.googleapis.com", "*-aiplatform.googleapis.com")).toBe(true);
    expect(hostMatchesPattern("a.b.c", "*.*.*")).toBe(true);
    expect(hostMatchesPattern("a.b", "*.*.*")).toBe(false);
    expect(hostMatchesPattern("API.OpenAI.com.", "api.openai.com")).toBe(true);
  });
  it("finds the service of a host, user hosts first", () => {
    expect(findSensitiveHost("api.anthropic.com")?.service).toBe("the Anthropic API");
    expect(findSensitiveHost("kms.us-east-1.amazonaws.com")?.category).toBe("secrets");
    expect(findSensitiveHost("api.stripe.com")?.category).toBe("payment");
    expect(findSensitiveHost("ledger.example.com", ["*.example.com"])?.service).toBe("a listed host (ledger.example.com)");
    expect(findSensitiveHost("api.github.com")).toBeUndefined();
  });
  it("recognises hosts named after vaults, KMS and secret stores", () => {
    for (const host of ["vault.internal", "hcvault.prod.example.com", "cloudkms.example.com", "kms.corp", "secrets-api.example.com", "secretsmanager.example.org"]) {
      expect(isSecretServiceHostName(host), host).toBe(true);
    }
    for (const host of ["api.example.com", "kmsa.example.com", "mysecret.example.com"]) expect(isSecretServiceHostName(host), host).toBe(false);
  });
});
