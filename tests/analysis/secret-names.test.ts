import { describe, expect, it } from "vitest";
import { isSecretEnvName, isSecretName, splitNameWords } from "../../src/knowledge/secret-names";

describe("secret names", () => {
  it("splits names into words", () => {
    expect(splitNameWords("openAIApiKey")).toEqual(["open", "ai", "api", "key"]);
    expect(splitNameWords("X-API-KEY")).toEqual(["x", "api", "key"]);
    expect(splitNameWords("GEMINI_API_KEY")).toEqual(["gemini", "api", "key"]);
  });
  it.each([
    "apiKey", "api_key", "API_KEY", "OPENAI_API_KEY", "openAIApiKey", "apikey", "accessToken", "access_token", "token", "authToken",
    "HF_TOKEN", "secret", "clientSecret", "client_secret", "password", "dbPassword", "DB_PASS", "secretKey", "privateKey",
    "x-api-key", "authorization", "credentials", "geminiKey", "anthropicKey", "refreshToken", "bearerToken", "passphrase", "awsSecretAccessKey",
  ])("%s is a secret name", (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  it.each([
    "key", "tokenizer", "maxTokens", "max_tokens", "totalTokens", "promptTokens", "nextPageToken", "cancelToken", "cacheKey", "primaryKey",
    "apiKeyName", "hasApiKey", "isSecretSet", "passwordLength", "apiKeyHeader", "tokenCount", "secretName", "keyId", "tokens", "auth",
    "model", "input", "resumptionToken", "eventToken", "secretsManager", "validatePassword", "maskApiKey", "csrfToken", "partitionKey", "apiKeyEnvVar",
  ])("%s is not a secret name", (name) => {
    expect(isSecretName(name)).toBe(false);
  });
  it("reads environment variable names", () => {
    for (const name of ["OPENAI_API_KEY", "GEMINI_KEY", "VITE_OPENAI_KEY", "HF_TOKEN", "DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET"]) {
      expect(isSecretEnvName(name), name).toBe(true);
    }
    for (const name of ["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_SUPABASE_ANON_KEY", "CACHE_KEY", "MAX_TOKENS", "AWS_ACCESS_KEY_ID", "NODE_ENV", "PORT"]) {
      expect(isSecretEnvName(name), name).toBe(false);
    }
  });
});
