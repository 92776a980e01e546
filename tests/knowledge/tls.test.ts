import { describe, expect, it } from "vitest";
import { findWeakCipherTokens, isTlsVersion, SECURE_PROTOCOL_METHODS, tlsVersionRank } from "../../src/knowledge/tls";

const tokens = (list: string): string[] => findWeakCipherTokens(list).map((w) => w.token);

describe("findWeakCipherTokens", () => {
  it("finds weak keywords and suite names that a list enables", () => {
    expect(tokens("RC4-SHA:AES128-SHA")).toEqual(["RC4-SHA"]);
    expect(tokens("ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA")).toEqual(["DES-CBC3-SHA"]);
    expect(tokens("NULL-SHA256:eNULL")).toEqual(["NULL-SHA256"]);
    expect(tokens("EXPORT:LOW")).toEqual(["EXPORT", "LOW"]);
    expect(tokens("RSA+3DES")).toEqual(["RSA+3DES"]);
  });
  it("names why each token is weak", () => {
    expect(findWeakCipherTokens("DES-CBC3-SHA")).toEqual([{ token: "DES-CBC3-SHA", reason: "64-bit-block 3DES (Sweet32)" }]);
    expect(findWeakCipherTokens("ALL")[0]?.reason).toBe("no server authentication");
  });
  it("honours permanent exclusion with ! wherever it stands", () => {
    expect(tokens("HIGH:!aNULL:!MD5")).toEqual([]);
    expect(tokens("ALL:!aNULL")).toEqual([]);
    expect(tokens("RC4:!RC4")).toEqual([]);
    expect(tokens("!RC4:RC4-SHA")).toEqual([]);
  });
  it("lets a later element add back what - removed", () => {
    expect(tokens("RC4:-RC4")).toEqual([]);
    expect(tokens("HIGH:-RC4:RC4-MD5")).toEqual(["RC4-MD5"]);
  });
  it("only partly excludes ALL when one anonymous family is removed", () => {
    expect(findWeakCipherTokens("ALL:!ADH")).toEqual([{ token: "ALL", reason: "no server authentication" }]);
  });
  it("treats reordering with + as no change", () => {
    expect(tokens("HIGH:+RC4")).toEqual([]);
  });
  it("reports @SECLEVEL=0 but not higher levels", () => {
    expect(tokens("DEFAULT:@SECLEVEL=0")).toEqual(["@SECLEVEL=0"]);
    expect(tokens("DEFAULT:@SECLEVEL=1")).toEqual([]);
  });
  it("is case-sensitive like OpenSSL and accepts comma and space separators", () => {
    expect(tokens("rc4-sha:des")).toEqual([]);
    expect(tokens("HIGH, RC4")).toEqual(["RC4"]);
  });
  it("leaves TLS 1.3 suites and HIGH alone", () => {
    expect(tokens("TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:HIGH")).toEqual([]);
  });
});

describe("protocol versions", () => {
  it("orders protocol names", () => {
    expect(tlsVersionRank("TLSv1")).toBeLessThan(tlsVersionRank("TLSv1.2"));
    expect(tlsVersionRank("TLSv1.3")).toBe(5);
    expect(tlsVersionRank("1.2")).toBe(-1);
    expect(isTlsVersion("TLSv1.1")).toBe(true);
    expect(isTlsVersion(1.2)).toBe(false);
  });
  it("maps secureProtocol methods to the range Node gives them", () => {
    expect(SECURE_PROTOCOL_METHODS.get("TLS_method")).toEqual({ min: "lowest", max: "TLSv1.3" });
    expect(SECURE_PROTOCOL_METHODS.get("SSLv23_client_method")).toEqual({ min: "default", max: "TLSv1.2" });
    expect(SECURE_PROTOCOL_METHODS.get("TLSv1_1_server_method")).toEqual({ min: "TLSv1.1", max: "TLSv1.1" });
    expect(SECURE_PROTOCOL_METHODS.get("TLSv1_3_method")).toBeUndefined();
  });
});
