/**
 * Where an AI application sends data over the network, as data: model SDK clients and the options
 * that set their base URL, HTTP / WebSocket / SSE clients, model and dataset download APIs,
 * secret-manager clients, gRPC credentials, and plaintext servers. Also the hosts that are names
 * rather than addresses (XML namespaces), hosts that never leave the machine, and the URL paths
 * that say what a request carries.
 *
 * Sources: the SDKs' own source and type definitions (openai-node, anthropic-sdk-typescript,
 * js-genai, generative-ai-js, vercel/ai, langchainjs, ollama-js, cohere-typescript, client-ts,
 * groq-typescript, huggingface.js, transformers.js, LlamaIndexTS, undici, axios, got, ky, ws,
 * grpc-node, node-vault, modelcontextprotocol/typescript-sdk, langfuse-js).
 */

/** What travels over a connection; the rule's message names it. */
export type TrafficKind =
  | "llm"
  | "embeddings"
  | "inference"
  | "weights"
  | "hub"
  | "secrets"
  | "http"
  | "websocket"
  | "events"
  | "rpc"
  | "mcp"
  | "traces"
  | "storage";

export const TRAFFIC_DESCRIPTIONS: Readonly<Record<TrafficKind, string>> = {
  llm: "Prompts, completions and the API key",
  embeddings: "Texts to embed, their vectors and the API key",
  inference: "Model inputs, outputs and the access token",
  weights: "Model weights and datasets, which can be swapped in transit,",
  hub: "Model weights, datasets and the Hub access token",
  secrets: "Secrets and the Vault token",
  http: "Request and response bodies and headers",
  websocket: "WebSocket messages and handshake headers",
  events: "Streamed events (often model output)",
  rpc: "RPC messages and metadata",
  mcp: "MCP tool calls, their arguments and results, and the authorization token",
  traces: "Traces of prompts, completions and tool calls, and the project keys",
  storage: "Stored documents, datasets and model files, which can be read or swapped in transit,",
};

/** A constructor or function of a module that takes an endpoint URL. */
export interface EndpointSink {
  /** Import sources (without `node:`). */
  modules: readonly string[];
  /** Members of the module, dotted; `""` is the module object itself (default export, `module.exports`). */
  members: readonly string[];
  use: "new" | "call";
  /** Argument positions that may hold the URL or the options object carrying it. */
  args: readonly number[];
  /** Where the URL sits in the argument: `[]` for the argument itself, else a property path. */
  paths: readonly (readonly string[])[];
  traffic: TrafficKind;
  /** The SDK turns a host written without a scheme into `http://host` (Ollama). */
  schemelessIsHttp?: boolean;
  /** Node's `http.request`/`http.get`: an options object with `host`/`hostname` is plaintext by construction. */
  nodeHttpOptions?: boolean;
}

/** Methods of an SDK object that take an endpoint: `genAI.getGenerativeModel(params, { baseUrl })`. */
export interface InstanceMethodSink {
  modules: readonly string[];
  /** The class (or factory) exports whose instances carry the methods. */
  members: readonly string[];
  methods: Readonly<Record<string, { args: readonly number[]; paths: readonly (readonly string[])[] }>>;
  traffic: TrafficKind;
  /** How the instance is made: `new X()` (the default) or a factory call (`axios.create()`). */
  use?: "new" | "call";
}

/**
 * A setting written by assignment on a module object, or on the objects a factory of the module
 * makes: `axios.defaults.baseURL = "http://…"`, `api.defaults.baseURL = …` on `api = axios.create()`.
 */
export interface AssignedSettingSink {
  modules: readonly string[];
  /** Dotted path of the setting on the module object and on each instance. */
  setting: string;
  /** Dotted module members whose call results carry the same setting. */
  factories: readonly string[];
  traffic: TrafficKind;
}

/** An option name specific enough to match in any object literal of a file that imports the module. */
export interface UniqueOptionSink {
  module: string;
  property: string;
  traffic: TrafficKind;
}

/** A runtime global that opens a connection: `fetch(url)`, `new WebSocket(url)`. */
export interface GlobalSink {
  name: string;
  use: "new" | "call";
  args: readonly number[];
  paths: readonly (readonly string[])[];
  traffic: TrafficKind;
}

const URL_ARG: readonly (readonly string[])[] = [[]];
const BASE_URL: readonly (readonly string[])[] = [["baseURL"]];

/** Model and embedding SDK clients and the options that choose where prompts go. */
const MODEL_SDK_SINKS: readonly EndpointSink[] = [
  // openai: `baseURL` (env OPENAI_BASE_URL); AzureOpenAI also takes `endpoint`.
  { modules: ["openai"], members: ["", "OpenAI"], use: "new", args: [0], paths: BASE_URL, traffic: "llm" },
  { modules: ["openai"], members: ["AzureOpenAI"], use: "new", args: [0], paths: [["baseURL"], ["endpoint"]], traffic: "llm" },
  { modules: ["@anthropic-ai/sdk"], members: ["", "Anthropic"], use: "new", args: [0], paths: BASE_URL, traffic: "llm" },
  { modules: ["groq-sdk"], members: ["", "Groq"], use: "new", args: [0], paths: BASE_URL, traffic: "llm" },
  // @google/genai: `httpOptions.baseUrl`; an http base also turns the Live API socket into ws:// with `?key=`.
  { modules: ["@google/genai"], members: ["GoogleGenAI"], use: "new", args: [0], paths: [["httpOptions", "baseUrl"]], traffic: "llm" },
  { modules: ["@google/genai"], members: ["setDefaultBaseUrls"], use: "call", args: [0], paths: [["geminiUrl"], ["vertexUrl"]], traffic: "llm" },
  // @google/generative-ai: RequestOptions.baseUrl on the model and the server-side managers.
  { modules: ["@google/generative-ai"], members: ["GenerativeModel"], use: "new", args: [2], paths: [["baseUrl"]], traffic: "llm" },
  { modules: ["@google/generative-ai/server"], members: ["GoogleAIFileManager", "GoogleAICacheManager"], use: "new", args: [1], paths: [["baseUrl"]], traffic: "llm" },
  { modules: ["@mistralai/mistralai"], members: ["Mistral"], use: "new", args: [0], paths: [["serverURL"]], traffic: "llm" },
  { modules: ["cohere-ai"], members: ["CohereClient", "CohereClientV2"], use: "new", args: [0], paths: [["environment"], ["baseUrl"]], traffic: "llm" },
  // ollama: `host`; a host without a scheme becomes http://host:11434.
  { modules: ["ollama", "ollama/browser"], members: ["Ollama"], use: "new", args: [0], paths: [["host"]], traffic: "llm", schemelessIsHttp: true },
  // @huggingface/inference: the deprecated endpoint class takes the URL first.
  { modules: ["@huggingface/inference"], members: ["HfInferenceEndpoint"], use: "new", args: [0], paths: URL_ARG, traffic: "inference" },
  // Vercel AI SDK providers: `baseURL` on every create* factory.
  ...aiSdkProviders([
    ["@ai-sdk/openai", ["createOpenAI"]],
    ["@ai-sdk/anthropic", ["createAnthropic"]],
    ["@ai-sdk/openai-compatible", ["createOpenAICompatible"]],
    ["@ai-sdk/azure", ["createAzure"]],
    ["@ai-sdk/google", ["createGoogle", "createGoogleGenerativeAI"]],
    ["@ai-sdk/google-vertex", ["createVertex", "createGoogleVertex"]],
    ["@ai-sdk/amazon-bedrock", ["createAmazonBedrock"]],
    ["@ai-sdk/mistral", ["createMistral"]],
    ["@ai-sdk/groq", ["createGroq"]],
    ["@ai-sdk/cohere", ["createCohere"]],
    ["@ai-sdk/xai", ["createXai"]],
    ["@ai-sdk/deepseek", ["createDeepSeek"]],
    ["@ai-sdk/togetherai", ["createTogetherAI"]],
    ["@ai-sdk/fireworks", ["createFireworks"]],
    ["@ai-sdk/deepinfra", ["createDeepInfra"]],
    ["@ai-sdk/cerebras", ["createCerebras"]],
    ["@ai-sdk/perplexity", ["createPerplexity"]],
    ["@ai-sdk/huggingface", ["createHuggingFace"]],
    ["@ai-sdk/gateway", ["createGateway"]],
    ["ollama-ai-provider", ["createOllama"]],
    ["ollama-ai-provider-v2", ["createOllama"]],
    ["@openrouter/ai-sdk-provider", ["createOpenRouter"]],
  ]),
  // LangChain: OpenAI-family classes take the openai ClientOptions as `configuration` (fields first,
  // or `(model, fields)`); the oldest releases took that object as the second argument.
  ...langchain(["@langchain/openai", "langchain/chat_models/openai", "langchain/llms/openai", "langchain/embeddings/openai"], [
    [["ChatOpenAI", "OpenAI", "AzureChatOpenAI", "AzureOpenAI", "ChatOpenAICompletions", "ChatOpenAIResponses"], "llm"],
    [["OpenAIEmbeddings", "AzureOpenAIEmbeddings"], "embeddings"],
  ], [0, 1], [["configuration", "baseURL"], ["configuration", "basePath"], ["azureOpenAIBasePath"], ["azureOpenAIEndpoint"]]),
  ...langchain(["@langchain/openai", "langchain/chat_models/openai", "langchain/llms/openai"], [
    [["ChatOpenAI", "OpenAI"], "llm"],
    [["OpenAIEmbeddings"], "embeddings"],
  ], [1], [["baseURL"], ["basePath"]]),
  ...langchain(["@langchain/anthropic"], [[["ChatAnthropic", "ChatAnthropicMessages"], "llm"]], [0, 1], [["anthropicApiUrl"], ["clientOptions", "baseURL"]]),
  ...langchain(["@langchain/ollama", "@langchain/community/chat_models/ollama", "@langchain/community/llms/ollama", "@langchain/community/embeddings/ollama"], [
    [["ChatOllama", "Ollama"], "llm"],
    [["OllamaEmbeddings"], "embeddings"],
  ], [0, 1], [["baseUrl"]]),
  ...langchain(["@langchain/groq"], [[["ChatGroq"], "llm"]], [0, 1], [["baseUrl"]]),
  ...langchain(["@langchain/mistralai"], [
    [["ChatMistralAI"], "llm"],
    [["MistralAIEmbeddings"], "embeddings"],
  ], [0, 1], [["serverURL"], ["endpoint"]]),
  ...langchain(["@langchain/google-genai"], [
    [["ChatGoogleGenerativeAI"], "llm"],
    [["GoogleGenerativeAIEmbeddings"], "embeddings"],
  ], [0, 1], [["baseUrl"]]),
  ...langchain(["@langchain/xai"], [[["ChatXAI"], "llm"]], [0, 1], [["baseURL"]]),
  // Hugging Face Inference Endpoints: `endpointUrl` replaces the serverless API (the access token goes with it).
  ...langchain(["@langchain/community/embeddings/hf", "langchain/embeddings/hf"], [[["HuggingFaceInferenceEmbeddings"], "embeddings"]], [0], [["endpointUrl"]]),
  ...langchain(["@langchain/community/llms/hf", "langchain/llms/hf"], [[["HuggingFaceInference"], "inference"]], [0], [["endpointUrl"]]),
  // LlamaIndex: `baseURL`, overridden by `additionalSessionOptions.baseURL`; Ollama takes `config.host`.
  { modules: ["llamaindex", "@llamaindex/openai"], members: ["OpenAI"], use: "new", args: [0], paths: [["baseURL"], ["additionalSessionOptions", "baseURL"]], traffic: "llm" },
  { modules: ["llamaindex", "@llamaindex/openai"], members: ["OpenAIEmbedding"], use: "new", args: [0], paths: [["baseURL"], ["additionalSessionOptions", "baseURL"]], traffic: "embeddings" },
  { modules: ["@llamaindex/ollama"], members: ["Ollama"], use: "new", args: [0], paths: [["config", "host"]], traffic: "llm", schemelessIsHttp: true },
  { modules: ["@llamaindex/ollama"], members: ["OllamaEmbedding"], use: "new", args: [0], paths: [["config", "host"]], traffic: "embeddings", schemelessIsHttp: true },
];

/** `module` and its extensionless spelling (`…/client/sse.js`, `…/client/sse`): bundlers and TypeScript accept both. */
function withoutJs(modules: readonly string[]): string[] {
  return modules.flatMap((module) => [module, module.replace(/\.js$/, "")]);
}

/**
 * Model Context Protocol clients: tool calls, their arguments (often user data) and results, and
 * the OAuth bearer token cross this connection. The transports take a `URL` (`new URL("http://…")`).
 */
const MCP_SINKS: readonly EndpointSink[] = [
  // @modelcontextprotocol/sdk 1.x: one deep import per transport; 2.x (@modelcontextprotocol/client) exports them at the root.
  { modules: [...withoutJs(["@modelcontextprotocol/sdk/client/sse.js"]), "@modelcontextprotocol/client"], members: ["SSEClientTransport"], use: "new", args: [0], paths: URL_ARG, traffic: "mcp" },
  { modules: [...withoutJs(["@modelcontextprotocol/sdk/client/streamableHttp.js"]), "@modelcontextprotocol/client"], members: ["StreamableHTTPClientTransport"], use: "new", args: [0], paths: URL_ARG, traffic: "mcp" },
  { modules: withoutJs(["@modelcontextprotocol/sdk/client/websocket.js"]), members: ["WebSocketClientTransport"], use: "new", args: [0], paths: URL_ARG, traffic: "mcp" },
  // Vercel AI SDK: `transport: { type: "sse" | "http", url }` (a transport object passed instead is checked where it is built).
  { modules: ["ai"], members: ["experimental_createMCPClient"], use: "call", args: [0], paths: [["transport", "url"]], traffic: "mcp" },
  { modules: ["@ai-sdk/mcp"], members: ["createMCPClient", "experimental_createMCPClient"], use: "call", args: [0], paths: [["transport", "url"]], traffic: "mcp" },
];

/** LLM observability clients: every traced prompt, completion and tool call, with the project's keys. */
const TRACING_SINKS: readonly EndpointSink[] = [
  // Langfuse 2.x/3.x: `baseUrl` (env LANGFUSE_BASEURL); the LangChain handler takes the same options.
  { modules: ["langfuse", "langfuse-node", "langfuse-langchain"], members: ["", "Langfuse"], use: "new", args: [0], paths: [["baseUrl"]], traffic: "traces" },
  { modules: ["langfuse"], members: ["LangfuseWeb"], use: "new", args: [0], paths: [["baseUrl"]], traffic: "traces" },
  { modules: ["langfuse-langchain"], members: ["CallbackHandler"], use: "new", args: [0], paths: [["baseUrl"]], traffic: "traces" },
  // Langfuse 4.x: `baseUrl` (env LANGFUSE_BASE_URL) on the API client, the OpenTelemetry span processor and the browser client.
  { modules: ["@langfuse/client"], members: ["LangfuseClient"], use: "new", args: [0], paths: [["baseUrl"]], traffic: "traces" },
  { modules: ["@langfuse/otel"], members: ["LangfuseSpanProcessor"], use: "new", args: [0], paths: [["baseUrl"]], traffic: "traces" },
  { modules: ["@langfuse/browser"], members: ["LangfuseBrowserClient"], use: "new", args: [0], paths: [["baseUrl"]], traffic: "traces" },
];

/** Secret-manager clients: the token and every secret cross this connection. */
const SECRET_MANAGER_SINKS: readonly EndpointSink[] = [
  { modules: ["node-vault"], members: [""], use: "call", args: [0], paths: [["endpoint"]], traffic: "secrets" },
  { modules: ["@litehex/node-vault"], members: ["Client"], use: "new", args: [0], paths: [["endpoint"]], traffic: "secrets" },
  { modules: ["node-vault-client"], members: [""], use: "new", args: [0], paths: [["api", "url"]], traffic: "secrets" },
  { modules: ["node-vault-client"], members: ["boot"], use: "call", args: [1], paths: [["api", "url"]], traffic: "secrets" },
];

const AXIOS_NO_BODY = ["get", "delete", "head", "options"];
const AXIOS_WITH_BODY = ["post", "put", "patch", "postForm", "putForm", "patchForm"];
const VERBS = ["get", "post", "put", "patch", "delete", "head"];

/** HTTP, WebSocket and SSE clients: the URL argument and the base-URL options. */
const HTTP_CLIENT_SINKS: readonly EndpointSink[] = [
  { modules: ["axios"], members: [""], use: "call", args: [0], paths: [[], ["url"], ["baseURL"]], traffic: "http" },
  { modules: ["axios"], members: [""], use: "call", args: [1], paths: [["baseURL"]], traffic: "http" },
  { modules: ["axios"], members: ["request"], use: "call", args: [0], paths: [["url"], ["baseURL"]], traffic: "http" },
  { modules: ["axios"], members: ["create"], use: "call", args: [0], paths: BASE_URL, traffic: "http" },
  { modules: ["axios"], members: AXIOS_NO_BODY, use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["axios"], members: AXIOS_NO_BODY, use: "call", args: [1], paths: BASE_URL, traffic: "http" },
  { modules: ["axios"], members: AXIOS_WITH_BODY, use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["axios"], members: AXIOS_WITH_BODY, use: "call", args: [2], paths: BASE_URL, traffic: "http" },
  { modules: ["got"], members: ["", "stream", ...VERBS], use: "call", args: [0], paths: [[], ["url"], ["prefixUrl"]], traffic: "http" },
  { modules: ["got"], members: ["", "stream", ...VERBS], use: "call", args: [1], paths: [["prefixUrl"]], traffic: "http" },
  { modules: ["got"], members: ["extend"], use: "call", args: [0], paths: [["prefixUrl"]], traffic: "http" },
  { modules: ["ky"], members: ["", ...VERBS], use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["ky"], members: ["", ...VERBS], use: "call", args: [1], paths: [["prefixUrl"], ["prefix"], ["baseUrl"]], traffic: "http" },
  { modules: ["ky"], members: ["create", "extend"], use: "call", args: [0], paths: [["prefixUrl"], ["prefix"], ["baseUrl"]], traffic: "http" },
  { modules: ["node-fetch", "cross-fetch", "isomorphic-fetch"], members: ["", "fetch"], use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["node-fetch", "cross-fetch"], members: ["Request"], use: "new", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["ofetch"], members: ["ofetch", "$fetch"], use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["ofetch"], members: ["ofetch", "$fetch"], use: "call", args: [1], paths: [["baseURL"]], traffic: "http" },
  // `$fetch.create({ baseURL })` makes a fetch function bound to the base URL.
  { modules: ["ofetch"], members: ["ofetch.create", "$fetch.create"], use: "call", args: [0], paths: [["baseURL"]], traffic: "http" },
  { modules: ["ofetch"], members: ["createFetch"], use: "call", args: [0], paths: [["defaults", "baseURL"]], traffic: "http" },
  { modules: ["undici"], members: ["fetch", "request", "stream", "pipeline"], use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["undici"], members: ["Request"], use: "new", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["undici"], members: ["Pool", "Client"], use: "new", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["undici"], members: ["WebSocket"], use: "new", args: [0], paths: URL_ARG, traffic: "websocket" },
  { modules: ["undici", "eventsource"], members: ["EventSource"], use: "new", args: [0], paths: URL_ARG, traffic: "events" },
  { modules: ["eventsource"], members: [""], use: "new", args: [0], paths: URL_ARG, traffic: "events" },
  { modules: ["@microsoft/fetch-event-source"], members: ["fetchEventSource"], use: "call", args: [0], paths: URL_ARG, traffic: "events" },
  { modules: ["http"], members: ["request", "get"], use: "call", args: [0], paths: URL_ARG, traffic: "http", nodeHttpOptions: true },
  { modules: ["ws", "isomorphic-ws"], members: ["", "WebSocket"], use: "new", args: [0], paths: URL_ARG, traffic: "websocket" },
  { modules: ["socket.io-client"], members: ["", "io", "connect"], use: "call", args: [0], paths: URL_ARG, traffic: "websocket" },
  { modules: ["socket.io-client"], members: ["Manager"], use: "new", args: [0], paths: URL_ARG, traffic: "websocket" },
  { modules: ["superagent"], members: [""], use: "call", args: [0, 1], paths: URL_ARG, traffic: "http" },
  { modules: ["superagent"], members: [...VERBS, "del", "options"], use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { modules: ["needle"], members: [""], use: "call", args: [1], paths: URL_ARG, traffic: "http" },
  { modules: ["needle"], members: [...VERBS, "request"], use: "call", args: [0, 1], paths: URL_ARG, traffic: "http" },
  { modules: ["request"], members: ["", ...VERBS, "del"], use: "call", args: [0], paths: [[], ["url"], ["uri"], ["baseUrl"]], traffic: "http" },
  { modules: ["request"], members: ["defaults"], use: "call", args: [0], paths: [["baseUrl"]], traffic: "http" },
  // Connect / gRPC over HTTP/2: an http:// base URL is h2c, unencrypted.
  { modules: ["@connectrpc/connect-node", "@connectrpc/connect-web"], members: ["createConnectTransport", "createGrpcTransport", "createGrpcWebTransport"], use: "call", args: [0], paths: [["baseUrl"]], traffic: "rpc" },
];

/**
 * AWS SDK v3 clients given their own `endpoint` (a proxy, a VPC endpoint, MinIO or LocalStack):
 * Bedrock carries prompts and completions; S3 the documents, datasets and weights a RAG or
 * fine-tuning pipeline stores there.
 */
const AWS_SDK_SINKS: readonly EndpointSink[] = [
  { modules: ["@aws-sdk/client-bedrock-runtime"], members: ["BedrockRuntimeClient", "BedrockRuntime"], use: "new", args: [0], paths: [["endpoint"]], traffic: "llm" },
  { modules: ["@aws-sdk/client-bedrock-agent-runtime"], members: ["BedrockAgentRuntimeClient", "BedrockAgentRuntime"], use: "new", args: [0], paths: [["endpoint"]], traffic: "llm" },
  { modules: ["@aws-sdk/client-s3"], members: ["S3Client", "S3"], use: "new", args: [0], paths: [["endpoint"]], traffic: "storage" },
];

export const ENDPOINT_SINKS: readonly EndpointSink[] = [
  ...MODEL_SDK_SINKS,
  ...MCP_SINKS,
  ...TRACING_SINKS,
  ...SECRET_MANAGER_SINKS,
  ...AWS_SDK_SINKS,
  ...HTTP_CLIENT_SINKS,
];

export const INSTANCE_METHOD_SINKS: readonly InstanceMethodSink[] = [
  {
    modules: ["@google/generative-ai"],
    members: ["GoogleGenerativeAI"],
    methods: {
      getGenerativeModel: { args: [1], paths: [["baseUrl"]] },
      getGenerativeModelFromCachedContent: { args: [2], paths: [["baseUrl"]] },
    },
    traffic: "llm",
  },
  {
    modules: ["@huggingface/inference"],
    members: ["InferenceClient", "HfInference", "InferenceClientEndpoint"],
    methods: { endpoint: { args: [0], paths: URL_ARG } },
    traffic: "inference",
  },
  // An axios instance takes an absolute URL per call, which overrides its `baseURL`.
  {
    modules: ["axios"],
    members: ["create"],
    use: "call",
    methods: {
      request: { args: [0], paths: [["url"], ["baseURL"]] },
      ...Object.fromEntries(AXIOS_NO_BODY.map((verb) => [verb, { args: [0, 1], paths: [[], ["baseURL"]] }])),
      ...Object.fromEntries(AXIOS_WITH_BODY.map((verb) => [verb, { args: [0, 2], paths: [[], ["baseURL"]] }])),
    },
    traffic: "http",
  },
];

/**
 * Run-time values that name the machine the code runs on, in files importing one of `modules` (or a
 * module under one of `modulePrefixes`): Testcontainers' `container.getHost()` and
 * `container.getIpAddress(network)` give the local Docker host or a container on a local Docker
 * network, where test traffic never leaves the machine.
 */
export interface LocalHostSource {
  modules: readonly string[];
  modulePrefixes: readonly string[];
  /** Methods whose result is such a host, called on any receiver. */
  methods: readonly string[];
  /** Methods whose result is a whole URL or connection string toward such a host. */
  urlMethods: readonly string[];
}

export const LOCAL_HOST_SOURCES: readonly LocalHostSource[] = [
  {
    modules: ["testcontainers"],
    modulePrefixes: ["@testcontainers/"],
    methods: ["getHost", "getIpAddress"],
    // Started module containers: Elasticsearch and Chroma `getHttpUrl()`, Postgres `getConnectionUri()`,
    // Redis `getConnectionUrl()`, MongoDB `getConnectionString()`.
    urlMethods: ["getHttpUrl", "getConnectionUri", "getConnectionUrl", "getConnectionString"],
  },
];

/** Settings written by assignment: axios's global and per-instance defaults. */
export const ASSIGNED_SETTING_SINKS: readonly AssignedSettingSink[] = [
  { modules: ["axios"], setting: "defaults.baseURL", factories: ["create"], traffic: "http" },
];

/** Option names no other library uses, matched in any object literal of a file importing the module. */
export const UNIQUE_OPTION_SINKS: readonly UniqueOptionSink[] = [
  // Every @huggingface/hub function (downloads, uploads, commits, listings) takes `hubUrl` and sends the access token there.
  { module: "@huggingface/hub", property: "hubUrl", traffic: "hub" },
  // Per-client and per-call endpoint of @huggingface/inference; the access token goes with it.
  { module: "@huggingface/inference", property: "endpointUrl", traffic: "inference" },
];

/** Globals of browsers, Node, Deno and Bun that open connections. */
export const GLOBAL_SINKS: readonly GlobalSink[] = [
  { name: "fetch", use: "call", args: [0], paths: URL_ARG, traffic: "http" },
  { name: "Request", use: "new", args: [0], paths: URL_ARG, traffic: "http" },
  { name: "WebSocket", use: "new", args: [0], paths: URL_ARG, traffic: "websocket" },
  { name: "EventSource", use: "new", args: [0], paths: URL_ARG, traffic: "events" },
];

/** Objects through which globals are reached: `globalThis.fetch`, `window.fetch`. */
export const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(["globalThis", "window", "self", "global"]);

/** transformers.js: `env.remoteHost` is where weights are downloaded from (default https://huggingface.co/). */
export const TRANSFORMERS_MODULES: readonly string[] = ["@huggingface/transformers", "@xenova/transformers"];
export const TRANSFORMERS_HOST_SETTING = "remoteHost";

/** Environment variables that SDKs read as their endpoint; assigning an http:// URL to one is the same mistake. */
export const ENDPOINT_ENV_VARS: Readonly<Record<string, TrafficKind>> = {
  OPENAI_BASE_URL: "llm",
  OPENAI_API_BASE: "llm",
  AZURE_OPENAI_ENDPOINT: "llm",
  ANTHROPIC_BASE_URL: "llm",
  ANTHROPIC_API_URL: "llm",
  GROQ_BASE_URL: "llm",
  OLLAMA_BASE_URL: "llm",
  OLLAMA_HOST: "llm",
  GOOGLE_GEMINI_BASE_URL: "llm",
  GOOGLE_VERTEX_BASE_URL: "llm",
  HF_ENDPOINT: "hub",
  VAULT_ADDR: "secrets",
  // Langfuse: LANGFUSE_BASE_URL (4.x), LANGFUSE_BASEURL (2.x/3.x), LANGFUSE_HOST (the Python SDK, often in the same .env).
  LANGFUSE_BASE_URL: "traces",
  LANGFUSE_BASEURL: "traces",
  LANGFUSE_HOST: "traces",
};

/** Other environment variables named like an endpoint (`INFERENCE_BASE_URL`, `EMBEDDINGS_ENDPOINT`). */
export const ENDPOINT_ENV_SUFFIXES: readonly string[] = ["_BASE_URL", "_API_BASE", "_API_URL", "_ENDPOINT"];

/** gRPC: insecure channel credentials, and the server-side equivalent. */
export const GRPC_MODULES: readonly string[] = ["@grpc/grpc-js", "grpc"];
export const GRPC_INSECURE_CHANNEL_MEMBERS: readonly string[] = ["credentials.createInsecure", "ChannelCredentials.createInsecure"];
export const GRPC_INSECURE_SERVER_MEMBERS: readonly string[] = ["ServerCredentials.createInsecure"];

/** Plaintext servers (reported only with `serverCreation`). */
export const PLAINTEXT_SERVER_FACTORIES: Readonly<Record<string, { members: readonly string[]; secure: string }>> = {
  http: { members: ["createServer"], secure: "https.createServer({ key, cert }, handler)" },
  http2: { members: ["createServer"], secure: "http2.createSecureServer({ key, cert }, handler)" },
};

/**
 * Web frameworks whose app starts a plain HTTP server when its `listen()` is called (`app.listen(3000)`
 * runs `http.createServer(app).listen(3000)`). Reported only with `serverCreation`, and only where the
 * app's `listen` is called: an app handed to `https.createServer(options, app)`, or exported for a
 * serverless adapter, serves nothing itself.
 */
export const PLAINTEXT_LISTEN_FACTORIES: Readonly<Record<string, { members: readonly string[]; use: "call" | "new" }>> = {
  express: { members: [""], use: "call" },
  polka: { members: [""], use: "call" },
  koa: { members: [""], use: "new" },
};

/**
 * Methods of those apps that return the app itself, so a chain of them is still the app:
 * `const server = polka().use(compress).use(handler); server.listen(…)`. Express's `use`, `set`,
 * `engine`, `enable`/`disable` and route methods; Polka's `use` and route methods; Koa's `use`.
 */
export const APP_RETURNING_METHODS: ReadonlySet<string> = new Set([
  "use", "set", "engine", "enable", "disable", "get", "post", "put", "patch", "delete", "head", "options", "all",
]);

/** Words of a variable or property name that say it holds a server's listen address (`HOST`, `bindAddress`, `listenIp`). */
export const LISTEN_HOST_NAME_WORDS: ReadonlySet<string> = new Set(["host", "hostname", "address", "addr", "ip", "bind", "interface", "iface"]);

/**
 * Hosts that appear in URLs used as names, not as addresses: XML namespaces, schema and vocabulary
 * identifiers. Allowed by default; subdomains match too.
 */
export const IDENTIFIER_HOSTS: readonly string[] = [
  "www.w3.org",
  "w3.org",
  "schemas.xmlsoap.org",
  "schemas.openxmlformats.org",
  "schemas.microsoft.com",
  "schemas.android.com",
  "json-schema.org",
  "schema.org",
  "xmlns.com",
  "xmlns.jcp.org",
  "purl.org",
  "ns.adobe.com",
  "www.opengis.net",
  "docbook.org",
  "relaxng.org",
  "java.sun.com",
  "maven.apache.org",
  "www.springframework.org",
  "openoffice.org",
  "www.omg.org",
  "rdfs.org",
  "ogp.me",
  "usefulinc.com",
  "creativecommons.org",
  "www.sitemaps.org",
  "www.idpf.org",
  "purl.oclc.org",
];

/**
 * Namespace URLs on hosts that also serve real content, so only the namespace's path is allowed:
 * `host/path` matches the URL with that host whose path is `/path` or lies under it. Media RSS,
 * the iTunes podcast DTD, Google's sitemap extensions.
 */
export const IDENTIFIER_URL_PREFIXES: readonly string[] = [
  "search.yahoo.com/mrss",
  "www.itunes.com/dtds",
  "www.google.com/schemas/sitemap",
  "www.google.com/schemas/sitemap-image",
  "www.google.com/schemas/sitemap-video",
  "www.google.com/schemas/sitemap-news",
  "www.google.com/schemas/sitemap-mobile",
];

/** Reserved documentation names (RFC 2606 / RFC 6761): never a real endpoint. */
export const DOCUMENTATION_DOMAINS: readonly string[] = ["example.com", "example.net", "example.org", "example", "test", "invalid"];

/** URL path endings that say what an otherwise generic HTTP request carries. */
export const PATH_TRAFFIC_HINTS: readonly { pathEnd: string; traffic: TrafficKind }[] = [
  { pathEnd: "/chat/completions", traffic: "llm" },
  { pathEnd: "/completions", traffic: "llm" },
  { pathEnd: "/responses", traffic: "llm" },
  { pathEnd: "/messages", traffic: "llm" },
  { pathEnd: "/api/generate", traffic: "llm" },
  { pathEnd: "/api/chat", traffic: "llm" },
  { pathEnd: "/generate", traffic: "llm" },
  { pathEnd: "/generate_stream", traffic: "llm" },
  { pathEnd: "/embeddings", traffic: "embeddings" },
  { pathEnd: "/api/embed", traffic: "embeddings" },
  { pathEnd: "/api/embeddings", traffic: "embeddings" },
  { pathEnd: "/embed", traffic: "embeddings" },
  { pathEnd: "/rerank", traffic: "embeddings" },
  { pathEnd: "/infer", traffic: "inference" },
  { pathEnd: "/invocations", traffic: "inference" },
  { pathEnd: "/predict", traffic: "inference" },
];

/** File extensions of model weights and datasets. */
export const WEIGHT_FILE_EXTENSIONS: readonly string[] = [
  ".safetensors", ".gguf", ".ggml", ".onnx", ".pt", ".pth", ".ckpt", ".bin", ".pkl", ".pickle", ".h5", ".keras",
  ".tflite", ".mlmodel", ".pb", ".npz", ".npy", ".parquet", ".arrow", ".tfrecord",
];

/**
 * Property names (compared lower-case) whose value describes a setting to a person rather than
 * configuring it: form and schema fields, tool and option descriptors. `default` is not one:
 * defaults are used.
 */
export const DESCRIPTIVE_PROPERTY_NAMES: ReadonlySet<string> = new Set([
  "placeholder", "description", "example", "examples", "hint", "helpertext", "tooltip", "label", "title",
]);

/** Where a proxy-agent constructor or factory takes the proxy's URL. */
export interface ProxyAgentSpec {
  modules: readonly string[];
  /** Members of the module, called or constructed; `""` is the module object itself. */
  members: readonly string[];
  args: readonly number[];
  /** Where the URL sits in the argument: `[]` for the argument itself, else a property path. */
  paths: readonly (readonly string[])[];
}

/**
 * Forward-proxy agents. An HTTPS request sent through a proxy travels inside a CONNECT tunnel, so
 * an `http://` proxy URL does not expose it (most forward proxies only speak http, and `https://`
 * would break them); the all-URLs check skips these URLs. Requests made in plaintext through a
 * proxy are still judged by the URL of the request.
 */
export const PROXY_AGENTS: readonly ProxyAgentSpec[] = [
  // undici: `new ProxyAgent(uri)` or `{ uri }`; EnvHttpProxyAgent takes both proxies explicitly.
  { modules: ["undici"], members: ["ProxyAgent"], args: [0], paths: [[], ["uri"]] },
  { modules: ["undici"], members: ["EnvHttpProxyAgent"], args: [0], paths: [["httpProxy"], ["httpsProxy"]] },
  // https-proxy-agent / http-proxy-agent: the URL first (5.x exported a factory as the module itself).
  { modules: ["https-proxy-agent"], members: ["", "HttpsProxyAgent"], args: [0], paths: [[]] },
  { modules: ["http-proxy-agent"], members: ["", "HttpProxyAgent"], args: [0], paths: [[]] },
  // hpagent: `{ proxy: "http://…" }`.
  { modules: ["hpagent"], members: ["HttpProxyAgent", "HttpsProxyAgent"], args: [0], paths: [["proxy"]] },
];

/**
 * Names (compared lower-case) of settings and environment variables whose value is a forward
 * proxy's URL: `process.env.HTTPS_PROXY = "http://…"`, `{ proxy: "http://…" }` (request, needle,
 * hpagent), `{ httpsProxy }`, `env: { ALL_PROXY }` for a child process.
 */
export const PROXY_SETTING_NAMES: ReadonlySet<string> = new Set([
  "proxy", "proxyurl", "proxyuri", "proxyurls", "httpproxy", "httpsproxy", "allproxy",
  "http_proxy", "https_proxy", "all_proxy", "global_agent_http_proxy", "global_agent_https_proxy", "npm_config_proxy", "npm_config_https_proxy",
]);

/** Keys (lower-case) of a proxy object that hold its URL: Playwright's `proxy: { server: "http://…" }`. */
export const PROXY_OBJECT_URL_KEYS: ReadonlySet<string> = new Set(["server", "url", "uri"]);

/** How a test-double library receives the URLs it intercepts. */
export interface MockSpec {
  /** Members called with a URL (`""` is the module itself: `nock(origin)`). */
  calls?: readonly string[];
  /** Classes constructed with a URL: undici's `new MockPool(origin, { agent })`. */
  constructs?: readonly string[];
  /** Methods chained on those calls that take URLs too: `fetchMock.get(a, 200).post(b, 201)`, `fetchMock.mockGlobal().route(url, 200)`. */
  chainedMethods?: readonly string[];
  /** Classes whose instances' methods take the URLs: undici's `mockAgent.get(origin)`. */
  instanceMethods?: Readonly<Record<string, readonly string[]>>;
}

/** fetch-mock's route and inspection methods (7.x–12.x): each takes a URL or URL pattern first. */
const FETCH_MOCK_ROUTES = [
  "mock", "route", "once", "sticky", "spy", "get", "post", "put", "patch", "delete", "head",
  "getOnce", "postOnce", "putOnce", "patchOnce", "deleteOnce", "headOnce", "called", "calls", "lastCall", "lastUrl", "lastOptions", "lastResponse", "done",
];
const FETCH_MOCK: MockSpec = {
  calls: [...FETCH_MOCK_ROUTES, "mockGlobal", "sandbox", "createInstance", "callHistory.called", "callHistory.calls", "callHistory.lastCall", "callHistory.done"],
  chainedMethods: FETCH_MOCK_ROUTES,
};

/** Test doubles whose URL arguments never reach the network (skipped by the all-URLs check). */
export const MOCK_MODULES: Readonly<Record<string, MockSpec>> = {
  nock: { calls: [""] },
  msw: {
    calls: ["http.get", "http.post", "http.put", "http.patch", "http.delete", "http.head", "http.options", "http.all", "rest.get", "rest.post", "rest.put", "rest.patch", "rest.delete", "rest.all", "ws.link"],
  },
  // undici's MockAgent: `mockAgent.get(origin).intercept({ path })`, and the pools it stands in for.
  undici: { constructs: ["MockPool", "MockClient"], instanceMethods: { MockAgent: ["get"] } },
  "fetch-mock": FETCH_MOCK,
  "fetch-mock-jest": FETCH_MOCK,
  "@fetch-mock/jest": FETCH_MOCK,
  "@fetch-mock/vitest": FETCH_MOCK,
};

function aiSdkProviders(rows: readonly (readonly [string, readonly string[]])[]): EndpointSink[] {
  return rows.map(([module, members]) => ({ modules: [module], members, use: "call", args: [0], paths: BASE_URL, traffic: "llm" }));
}

function langchain(
  modules: readonly string[],
  classes: readonly (readonly [readonly string[], TrafficKind])[],
  args: readonly number[],
  paths: readonly (readonly string[])[],
): EndpointSink[] {
  return classes.map(([members, traffic]) => ({ modules, members, use: "new", args, paths, traffic }));
}
