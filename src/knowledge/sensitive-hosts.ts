/**
 * High-sensitivity endpoints: model-provider APIs (prompts, completions, fine-tuning data and the
 * API key travel there), key-management and secret services, and payment APIs; and the SDK
 * clients that talk to them. Host patterns use `*` for one run of characters (`*.openai.azure.com`,
 * `bedrock-runtime.*.amazonaws.com`, `*-aiplatform.googleapis.com`).
 */

export type SensitiveCategory = "model" | "secrets" | "payment";

export interface SensitiveHost {
  pattern: string;
  /** How the report names the service: "the OpenAI API". */
  service: string;
  category: SensitiveCategory;
}

export const SENSITIVE_HOSTS: readonly SensitiveHost[] = [
  // Model providers.
  { pattern: "api.openai.com", service: "the OpenAI API", category: "model" },
  { pattern: "*.openai.azure.com", service: "Azure OpenAI", category: "model" },
  { pattern: "*.cognitiveservices.azure.com", service: "Azure AI services", category: "model" },
  { pattern: "*.services.ai.azure.com", service: "Azure AI Foundry", category: "model" },
  { pattern: "*.models.ai.azure.com", service: "Azure AI Foundry", category: "model" },
  { pattern: "api.anthropic.com", service: "the Anthropic API", category: "model" },
  { pattern: "generativelanguage.googleapis.com", service: "the Gemini API", category: "model" },
  { pattern: "aiplatform.googleapis.com", service: "Vertex AI", category: "model" },
  { pattern: "*-aiplatform.googleapis.com", service: "Vertex AI", category: "model" },
  { pattern: "bedrock-runtime.*.amazonaws.com", service: "Amazon Bedrock", category: "model" },
  { pattern: "bedrock-runtime-fips.*.amazonaws.com", service: "Amazon Bedrock", category: "model" },
  { pattern: "bedrock.*.amazonaws.com", service: "Amazon Bedrock", category: "model" },
  { pattern: "bedrock-agent-runtime.*.amazonaws.com", service: "Amazon Bedrock", category: "model" },
  { pattern: "runtime.sagemaker.*.amazonaws.com", service: "Amazon SageMaker endpoints", category: "model" },
  { pattern: "api.groq.com", service: "the Groq API", category: "model" },
  { pattern: "api.mistral.ai", service: "the Mistral API", category: "model" },
  { pattern: "api.cohere.com", service: "the Cohere API", category: "model" },
  { pattern: "api.cohere.ai", service: "the Cohere API", category: "model" },
  { pattern: "api-inference.huggingface.co", service: "Hugging Face Inference", category: "model" },
  { pattern: "router.huggingface.co", service: "Hugging Face Inference", category: "model" },
  { pattern: "*.endpoints.huggingface.cloud", service: "Hugging Face Inference Endpoints", category: "model" },
  { pattern: "api.x.ai", service: "the xAI API", category: "model" },
  { pattern: "openrouter.ai", service: "OpenRouter", category: "model" },
  { pattern: "api.perplexity.ai", service: "the Perplexity API", category: "model" },
  { pattern: "api.together.xyz", service: "the Together AI API", category: "model" },
  { pattern: "api.together.ai", service: "the Together AI API", category: "model" },
  { pattern: "api.deepseek.com", service: "the DeepSeek API", category: "model" },
  { pattern: "api.fireworks.ai", service: "the Fireworks AI API", category: "model" },
  { pattern: "api.replicate.com", service: "the Replicate API", category: "model" },
  { pattern: "api.voyageai.com", service: "the Voyage AI API", category: "model" },
  { pattern: "api.deepinfra.com", service: "the DeepInfra API", category: "model" },
  { pattern: "api.cerebras.ai", service: "the Cerebras API", category: "model" },
  // Key management and secrets.
  { pattern: "kms.*.amazonaws.com", service: "AWS KMS", category: "secrets" },
  { pattern: "kms-fips.*.amazonaws.com", service: "AWS KMS", category: "secrets" },
  { pattern: "secretsmanager.*.amazonaws.com", service: "AWS Secrets Manager", category: "secrets" },
  { pattern: "secretsmanager-fips.*.amazonaws.com", service: "AWS Secrets Manager", category: "secrets" },
  { pattern: "*.vault.azure.net", service: "Azure Key Vault", category: "secrets" },
  { pattern: "*.managedhsm.azure.net", service: "Azure Managed HSM", category: "secrets" },
  { pattern: "secretmanager.googleapis.com", service: "Google Secret Manager", category: "secrets" },
  { pattern: "cloudkms.googleapis.com", service: "Google Cloud KMS", category: "secrets" },
  { pattern: "*.hashicorp.cloud", service: "HashiCorp Vault", category: "secrets" },
  // Payments.
  { pattern: "api.stripe.com", service: "the Stripe API", category: "payment" },
  { pattern: "files.stripe.com", service: "the Stripe API", category: "payment" },
  { pattern: "api.paypal.com", service: "the PayPal API", category: "payment" },
  { pattern: "api-m.paypal.com", service: "the PayPal API", category: "payment" },
  { pattern: "api.braintreegateway.com", service: "the Braintree API", category: "payment" },
  { pattern: "connect.squareup.com", service: "the Square API", category: "payment" },
  { pattern: "*.adyen.com", service: "the Adyen API", category: "payment" },
  { pattern: "api.checkout.com", service: "the Checkout.com API", category: "payment" },
  { pattern: "api.razorpay.com", service: "the Razorpay API", category: "payment" },
  { pattern: "api.mollie.com", service: "the Mollie API", category: "payment" },
  { pattern: "api.gocardless.com", service: "the GoCardless API", category: "payment" },
  { pattern: "api.paddle.com", service: "the Paddle API", category: "payment" },
];

/**
 * Words in a host name that say it serves secrets or keys (`vault.internal`, `kms.corp.example`,
 * `secrets-api.example.com`, `cloudkms…`), matched against each `.`/`-` separated word.
 */
export const SECRET_HOST_WORDS = {
  /** A word containing one of these. */
  contains: ["vault"],
  /** A word equal to or ending with one of these (`kms`, `cloudkms`). */
  endsWith: ["kms"],
  /** A word starting with one of these (`secrets`, `secretmanager`, `secretsmanager`). */
  startsWith: ["secret"],
} as const;

/**
 * `pattern` against a lower-case host: exact, or with `*` standing for one or more characters
 * (several `*` allowed). Linear in the host length times the number of stars.
 */
export function hostMatchesPattern(host: string, rawPattern: string): boolean {
  const pattern = rawPattern.trim().toLowerCase();
  const h = host.toLowerCase().replace(/\.$/, "");
  if (!pattern.includes("*")) return h === pattern;
  const pieces = pattern.split("*");
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!h.startsWith(first) || !h.endsWith(last)) return false;
  let position = first.length;
  const end = h.length - last.length;
  if (end < position) return false;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    // Each star covers at least one character.
    const found = h.indexOf(piece, position + 1);
    if (found < 0 || found + piece.length > end) return false;
    position = found + piece.length;
  }
  return end - position >= 1;
}

/** The sensitive service a host belongs to, from the catalogue, the user's list, or its name. */
export function findSensitiveHost(host: string, userPatterns: readonly string[] = []): SensitiveHost | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  if (h === "") return undefined;
  for (const pattern of userPatterns) {
    if (hostMatchesPattern(h, pattern)) return { pattern, service: `a listed host (${h})`, category: "secrets" };
  }
  for (const entry of SENSITIVE_HOSTS) if (hostMatchesPattern(h, entry.pattern)) return entry;
  if (isSecretServiceHostName(h)) return { pattern: h, service: `a secret or key service (${h})`, category: "secrets" };
  return undefined;
}

/** Whether the host's name says it is a vault, a KMS or a secret store. */
export function isSecretServiceHostName(host: string): boolean {
  const words = host.toLowerCase().split(/[.-]/);
  return words.some(
    (word) =>
      SECRET_HOST_WORDS.contains.some((w) => word.includes(w)) ||
      SECRET_HOST_WORDS.endsWith.some((w) => word.endsWith(w)) ||
      SECRET_HOST_WORDS.startsWith.some((w) => word.startsWith(w)),
  );
}

/**
 * An SDK client of a sensitive service. Option paths are keys from the client's options object.
 */
export interface SensitiveClient {
  /** Import source. */
  module: string;
  /** Export names of the class or factory; `""` is the module itself (default export or `require()`). */
  exports: readonly string[];
  /** `new Client()` or `client()`. */
  kind: "construct" | "call";
  /** Index of the options object; undefined when the client takes none. */
  optionsArg: number | undefined;
  /** Index of a positional endpoint URL (Azure clients take the vault URL first). */
  urlArg?: number;
  service: string;
  category: SensitiveCategory;
  /** Options that point the client somewhere else (`baseURL`, `endpoint`, `httpOptions.baseUrl`). */
  endpointOptions: readonly (readonly string[])[];
  /** `host`-style options holding a bare host name instead of a URL. */
  hostOptions?: readonly (readonly string[])[];
  /**
   * True for protocols many servers speak (OpenAI-compatible): a base URL the code does not show may
   * point at a local model server, so it is not assumed to reach the provider.
   */
  compatibleProtocol?: boolean;
  /** The client's default endpoint is on the loopback interface (node-vault). */
  defaultIsLocal?: boolean;
  /** Where an agent, dispatcher or HTTP handler goes: a TLS connection the code builds for this client. */
  agentOptions: readonly (readonly string[])[];
  /** Other options that replace the transport (a custom `fetch`, gRPC credentials): the rule cannot see the TLS. */
  transportOptions: readonly (readonly string[])[];
}

const STAINLESS_AGENTS = [["httpAgent"], ["fetchOptions", "dispatcher"], ["fetchOptions", "agent"]] as const;
const AWS_AGENTS = [["requestHandler", "httpsAgent"]] as const;
const AZURE_AGENTS = [["agent"]] as const;

function aws(module: string, exports: string[], service: string, category: SensitiveCategory): SensitiveClient {
  return {
    module,
    exports,
    kind: "construct",
    optionsArg: 0,
    service,
    category,
    endpointOptions: [["endpoint"]],
    agentOptions: AWS_AGENTS,
    transportOptions: [["requestHandler"]],
  };
}

function azure(module: string, exports: string[], service: string, category: SensitiveCategory, optionsArg = 2): SensitiveClient {
  return {
    module,
    exports,
    kind: "construct",
    optionsArg,
    urlArg: 0,
    service,
    category,
    endpointOptions: [],
    agentOptions: AZURE_AGENTS,
    transportOptions: [["httpClient"]],
  };
}

function gcp(module: string, exports: string[], service: string, category: SensitiveCategory): SensitiveClient {
  return {
    module,
    exports,
    kind: "construct",
    optionsArg: 0,
    service,
    category,
    endpointOptions: [["apiEndpoint"]],
    hostOptions: [["servicePath"]],
    agentOptions: [],
    transportOptions: [["sslCreds"], ["fallback"]],
  };
}

export const SENSITIVE_CLIENTS: readonly SensitiveClient[] = [
  {
    module: "openai",
    exports: ["", "OpenAI"],
    kind: "construct",
    optionsArg: 0,
    service: "the OpenAI API",
    category: "model",
    endpointOptions: [["baseURL"]],
    compatibleProtocol: true,
    agentOptions: STAINLESS_AGENTS,
    transportOptions: [["fetch"]],
  },
  {
    module: "openai",
    exports: ["AzureOpenAI"],
    kind: "construct",
    optionsArg: 0,
    service: "Azure OpenAI",
    category: "model",
    endpointOptions: [["endpoint"], ["baseURL"]],
    agentOptions: STAINLESS_AGENTS,
    transportOptions: [["fetch"]],
  },
  {
    module: "@anthropic-ai/sdk",
    exports: ["", "Anthropic"],
    kind: "construct",
    optionsArg: 0,
    service: "the Anthropic API",
    category: "model",
    endpointOptions: [["baseURL"]],
    agentOptions: STAINLESS_AGENTS,
    transportOptions: [["fetch"]],
  },
  {
    module: "@anthropic-ai/bedrock-sdk",
    exports: ["", "AnthropicBedrock"],
    kind: "construct",
    optionsArg: 0,
    service: "Amazon Bedrock",
    category: "model",
    endpointOptions: [["baseURL"]],
    agentOptions: STAINLESS_AGENTS,
    transportOptions: [["fetch"]],
  },
  {
    module: "@anthropic-ai/vertex-sdk",
    exports: ["", "AnthropicVertex"],
    kind: "construct",
    optionsArg: 0,
    service: "Vertex AI",
    category: "model",
    endpointOptions: [["baseURL"]],
    agentOptions: STAINLESS_AGENTS,
    transportOptions: [["fetch"]],
  },
  {
    module: "groq-sdk",
    exports: ["", "Groq"],
    kind: "construct",
    optionsArg: 0,
    service: "the Groq API",
    category: "model",
    endpointOptions: [["baseURL"]],
    agentOptions: STAINLESS_AGENTS,
    transportOptions: [["fetch"]],
  },
  {
    module: "@google/genai",
    exports: ["GoogleGenAI"],
    kind: "construct",
    optionsArg: 0,
    service: "the Gemini API",
    category: "model",
    endpointOptions: [["httpOptions", "baseUrl"]],
    agentOptions: [],
    transportOptions: [],
  },
  {
    module: "@google/generative-ai",
    exports: ["GoogleGenerativeAI"],
    kind: "construct",
    optionsArg: undefined,
    service: "the Gemini API",
    category: "model",
    endpointOptions: [],
    agentOptions: [],
    transportOptions: [],
  },
  {
    module: "@mistralai/mistralai",
    exports: ["Mistral"],
    kind: "construct",
    optionsArg: 0,
    service: "the Mistral API",
    category: "model",
    endpointOptions: [["serverURL"]],
    agentOptions: [],
    transportOptions: [["httpClient"]],
  },
  {
    module: "cohere-ai",
    exports: ["CohereClient", "CohereClientV2"],
    kind: "construct",
    optionsArg: 0,
    service: "the Cohere API",
    category: "model",
    endpointOptions: [["baseUrl"], ["environment"]],
    agentOptions: [],
    transportOptions: [["fetch"], ["fetcher"]],
  },
  {
    module: "@huggingface/inference",
    exports: ["InferenceClient", "HfInference"],
    kind: "construct",
    optionsArg: 1,
    service: "Hugging Face Inference",
    category: "model",
    endpointOptions: [["endpointUrl"]],
    agentOptions: [],
    transportOptions: [["fetch"]],
  },
  {
    module: "@langchain/openai",
    exports: ["ChatOpenAI", "OpenAIEmbeddings", "OpenAI"],
    kind: "construct",
    optionsArg: 0,
    service: "the OpenAI API",
    category: "model",
    endpointOptions: [["configuration", "baseURL"]],
    compatibleProtocol: true,
    agentOptions: [["configuration", "httpAgent"], ["configuration", "fetchOptions", "dispatcher"], ["configuration", "fetchOptions", "agent"]],
    transportOptions: [["configuration", "fetch"]],
  },
  {
    module: "@langchain/openai",
    exports: ["AzureChatOpenAI", "AzureOpenAIEmbeddings"],
    kind: "construct",
    optionsArg: 0,
    service: "Azure OpenAI",
    category: "model",
    endpointOptions: [["azureOpenAIEndpoint"], ["azureOpenAIBasePath"], ["configuration", "baseURL"]],
    agentOptions: [["configuration", "httpAgent"], ["configuration", "fetchOptions", "dispatcher"], ["configuration", "fetchOptions", "agent"]],
    transportOptions: [["configuration", "fetch"]],
  },
  {
    module: "@langchain/anthropic",
    exports: ["ChatAnthropic"],
    kind: "construct",
    optionsArg: 0,
    service: "the Anthropic API",
    category: "model",
    endpointOptions: [["anthropicApiUrl"], ["clientOptions", "baseURL"]],
    agentOptions: [["clientOptions", "httpAgent"], ["clientOptions", "fetchOptions", "dispatcher"], ["clientOptions", "fetchOptions", "agent"]],
    transportOptions: [["clientOptions", "fetch"]],
  },
  aws("@aws-sdk/client-bedrock-runtime", ["BedrockRuntimeClient", "BedrockRuntime"], "Amazon Bedrock", "model"),
  aws("@aws-sdk/client-bedrock", ["BedrockClient", "Bedrock"], "Amazon Bedrock", "model"),
  aws("@aws-sdk/client-bedrock-agent-runtime", ["BedrockAgentRuntimeClient", "BedrockAgentRuntime"], "Amazon Bedrock", "model"),
  aws("@aws-sdk/client-sagemaker-runtime", ["SageMakerRuntimeClient", "SageMakerRuntime"], "Amazon SageMaker endpoints", "model"),
  aws("@aws-sdk/client-kms", ["KMSClient", "KMS"], "AWS KMS", "secrets"),
  aws("@aws-sdk/client-secrets-manager", ["SecretsManagerClient", "SecretsManager"], "AWS Secrets Manager", "secrets"),
  azure("@azure/openai", ["OpenAIClient"], "Azure OpenAI", "model"),
  azure("@azure/keyvault-secrets", ["SecretClient"], "Azure Key Vault", "secrets"),
  azure("@azure/keyvault-keys", ["KeyClient", "CryptographyClient"], "Azure Key Vault", "secrets"),
  azure("@azure/keyvault-certificates", ["CertificateClient"], "Azure Key Vault", "secrets"),
  gcp("@google-cloud/secret-manager", ["SecretManagerServiceClient"], "Google Secret Manager", "secrets"),
  gcp("@google-cloud/kms", ["KeyManagementServiceClient"], "Google Cloud KMS", "secrets"),
  gcp("@google-cloud/aiplatform", ["PredictionServiceClient"], "Vertex AI", "model"),
  {
    module: "@google-cloud/vertexai",
    exports: ["VertexAI"],
    kind: "construct",
    optionsArg: 0,
    service: "Vertex AI",
    category: "model",
    endpointOptions: [["apiEndpoint"]],
    agentOptions: [],
    transportOptions: [],
  },
  {
    module: "node-vault",
    exports: [""],
    kind: "call",
    optionsArg: 0,
    service: "HashiCorp Vault",
    category: "secrets",
    endpointOptions: [["endpoint"]],
    defaultIsLocal: true,
    agentOptions: [["requestOptions", "agent"], ["requestOptions", "agentOptions"]],
    transportOptions: [["requestOptions"]],
  },
  {
    module: "stripe",
    exports: ["", "Stripe"],
    kind: "construct",
    optionsArg: 1,
    service: "the Stripe API",
    category: "payment",
    endpointOptions: [],
    hostOptions: [["host"]],
    agentOptions: [["httpAgent"], ["httpClient"]],
    transportOptions: [],
  },
];

/** Keys whose value is an agent, a dispatcher or agent options (a TLS connection the code builds). */
export const AGENT_OPTION_KEYS: ReadonlySet<string> = new Set(["httpAgent", "httpsAgent", "agent", "dispatcher", "agentOptions"]);

/** Keys that only nest agent options one level further down. */
export const AGENT_CONTAINER_KEYS: ReadonlySet<string> = new Set([
  "fetchOptions",
  "configuration",
  "clientOptions",
  "requestHandler",
  "requestOptions",
  "additionalSessionOptions",
  "https",
  "agent",
  "httpClient",
]);

/** Wrappers that take an agent (or agent options) and hand it to a client unchanged. */
export const AGENT_WRAPPERS: Readonly<Record<string, { arg: number; key?: string }>> = {
  // `new NodeHttpHandler({ httpsAgent })` (@smithy/node-http-handler, @aws-sdk/node-http-handler).
  NodeHttpHandler: { arg: 0 },
  // `Stripe.createNodeHttpClient(agent)`.
  createNodeHttpClient: { arg: 0, key: "httpAgent" },
};

/** Options naming the destination of a request or client (`https.request`, axios, got, undici). */
export const URL_OPTION_KEYS: readonly string[] = ["baseURL", "baseUrl", "prefixUrl", "prefix", "url", "origin"];
export const HOST_OPTION_KEYS: readonly string[] = ["hostname", "host", "servername"];

/** Methods of an HTTP client instance whose first argument is the URL (axios, got, ky instances). */
export const INSTANCE_REQUEST_METHODS: ReadonlySet<string> = new Set(["get", "post", "put", "patch", "delete", "head", "options", "request", "stream"]);

/** Factory methods returning a configured HTTP client instance (`axios.create`, `got.extend`, `ky.create`). */
export const CLIENT_FACTORY_METHODS: ReadonlySet<string> = new Set(["create", "extend"]);

/** Certificate fields a pinning `checkServerIdentity` compares. */
export const PIN_CERT_FIELDS: ReadonlySet<string> = new Set(["fingerprint256", "fingerprint512", "fingerprint", "pubkey", "raw", "publicKey"]);

/**
 * File names of the public CA bundles operating systems ship: a `ca` read from one of them trusts
 * every public CA again, so it is not a pin.
 */
export const PUBLIC_CA_BUNDLE_HINTS: readonly string[] = ["ca-certificates.crt", "ca-bundle.crt", "ca-bundle.trust.crt", "tls-ca-bundle.pem", "cacert.pem", "/etc/ssl/cert.pem"];

/** Calls that compare a fingerprint with a pin list. */
export const PIN_COMPARE_CALLS: ReadonlySet<string> = new Set(["includes", "has", "indexOf", "some", "every", "find", "timingSafeEqual", "equals", "compare"]);
