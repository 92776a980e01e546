import { describe, expect, it } from "vitest";
import { endsWithSecretWord, isCredentialEnvName, isPasswordName, isSecretEnvName, isSecretName, splitNameWords } from "../../src/knowledge/secret-names";

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
    // a guessing game's word, a tally
    "secretWord", "secretNumber", "SECRET_WORDS", "secretsScanned", "secretsFound", "tokensDetected",
  ])("%s is not a secret name", (name) => {
    expect(isSecretName(name)).toBe(false);
  });
  it.each([
    // UI text about a credential (i18n keys, form copy).
    "placeholder-password", "placeholderPassword", "passwordReq", "adminPasswordReq", "passwordHint", "passwordLabel", "label-api-key",
    "labelApiKey", "hintSecret", "titleToken", "tooltipApiKey", "description-api-key", "apiKeyWarning", "passwordRequirements",
    "passwordRequirement", "passwordTooltip", "passwordHelp", "apiKeyTip", "passwordPrompt", "secretKeyCaption",
    // Stand-ins: redaction markers, masked copies, test doubles, examples.
    "REDACTED_CREDENTIAL_VALUE", "redactedApiKey", "maskedApiKey", "MASKED_SECRET", "dummyToken", "fakeApiKey", "mockSecret",
    "mockedAccessToken", "EXAMPLE_API_KEY", "exampleClientSecret", "sentinelToken", "blankPassword", "placeholderKey", "apiKeyBlank",
  ])("%s is not a secret name", (name) => {
    expect(isSecretName(name)).toBe(false);
  });
  it.each([
    "adminPassword", "rootPassword", "DB_PASSWORD", "apiKey", "ANTHROPIC_API_KEY", "helperApiKey",
    "openaiApiKey", "userPassword", "smtpPassword", "sessionToken", "titanApiKey", "labsToken",
  ])("%s is still a secret name", (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  it("reads stand-in words in environment variable names too", () => {
    for (const name of ["FAKE_OPENAI_API_KEY", "MOCK_API_KEY", "DUMMY_TOKEN", "EXAMPLE_DB_PASSWORD", "REDACTED_SECRET"]) {
      expect(isSecretEnvName(name), name).toBe(false);
    }
    expect(isPasswordName("EXAMPLE_DB_PASSWORD")).toBe(false);
    expect(isPasswordName("ADMIN_PASSWORD")).toBe(true);
  });
  it("tells names that end in the credential itself", () => {
    for (const name of ["brightllm_authToken", "session_token", "myapp.apiKey", "DB_PASSWORD", "clientSecret", "x-api-key"]) {
      expect(endsWithSecretWord(name), name).toBe(true);
    }
    for (const name of ["apiKeyName", "tokenizer", "maxTokens", "authorizationHeader", "passwordReq", "cacheKey", "nextPageToken"]) {
      expect(endsWithSecretWord(name), name).toBe(false);
    }
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

describe("isCredentialEnvName", () => {
  it("knows connection URLs, connection strings, webhook URLs and named credentials", () => {
    for (const name of ["DATABASE_URL", "POSTGRES_PRISMA_URL", "POSTGRES_URL_NON_POOLING_URL", "DIRECT_URL", "MONGODB_URI", "REDIS_URL", "DB_DSN",
      "AZURE_STORAGE_CONNECTION_STRING", "DB_CONN_STR", "SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK_URL", "PGPASSWORD", "MNEMONIC", "SEED_PHRASE"]) {
      expect(isCredentialEnvName(name), name).toBe(true);
    }
  });
  it("leaves endpoints, public values and stand-ins", () => {
    for (const name of ["OPENAI_BASE_URL", "APP_URL", "QDRANT_URL", "VECTOR_DB_URL", "CHROMA_DB_URL", "NEXT_PUBLIC_SUPABASE_URL", "SUPABASE_URL", "UPSTASH_REDIS_REST_URL", "NEON_API_URL", "DATABASE_NAME",
      "DATABASE_URL_EXAMPLE", "WEBHOOK_PATH", "REDIS_HOST", "CONNECTION_TIMEOUT"]) {
      expect(isCredentialEnvName(name), name).toBe(false);
    }
  });
});

describe("names of derived values and one-time widget tokens", () => {
  it("does not take hashes of passwords or CAPTCHA responses for credentials", () => {
    for (const name of ["hashedPassword", "salted_password", "passwordHash", "captchaToken", "recaptchaToken", "turnstileToken", "hcaptcha_token"]) {
      expect(isSecretName(name), name).toBe(false);
    }
    for (const name of ["password", "adminPassword", "accessToken", "sessionToken"]) {
      expect(isSecretName(name), name).toBe(true);
    }
  });
});

describe("well-known variables named for credentials that hold none", () => {
  it("leaves the credentials-file path and the credential-type choice", () => {
    for (const name of ["GOOGLE_APPLICATION_CREDENTIALS", "AZURE_TOKEN_CREDENTIALS"]) expect(isSecretEnvName(name), name).toBe(false);
    for (const name of ["GCP_CREDENTIALS", "DB_CREDENTIALS"]) expect(isSecretEnvName(name), name).toBe(true);
  });
});
