/**
 * Where prompt text and model answers travel in the AI SDKs, as data.
 *
 * An SDK is a list of import sources and the exports they offer: classes whose instances are
 * clients (`new OpenAI()`), functions that send a prompt (`generateText`), ready-made instances
 * (the `ollama` default export) and static factories (`ChatPromptTemplate.fromMessages`). A client
 * has a kind, and a kind lists its methods by dotted path (`chat.completions.create`): which
 * arguments carry prompt text, where the answer sits in what the call resolves to, and which kind
 * of object the call returns (`genAI.getGenerativeModel()` returns a model). Adding an SDK means
 * adding rows here. Shapes were read in each SDK's sources and type definitions (see
 * `ai-sdk-surface.md` §B); the few marked "unverified" in a comment come from documentation only.
 */

/** Where prompt text sits in one argument of a call. */
export interface PromptArgument {
  /** The argument's position. */
  index: number;
  /** When the argument is not an object literal (a string, a message array, a prompt value), it is prompt content itself. */
  whole?: boolean;
  /** Dotted property paths inside the argument object whose values are prompt content: `messages`, `config.systemInstruction`. */
  keys?: readonly string[];
  /** Every property value of the argument object is prompt content (the input variables of a prompt template or chain). */
  values?: boolean;
}

/**
 * One call an SDK offers: a method of a client kind, a function export, or a constructor.
 * Paths into results are dotted: `*` stands for any array index or iterated element, and a
 * segment ending in `()` for the value a method of that name returns (`response.text()`).
 */
export interface SdkCall {
  /** The arguments that carry prompt text. */
  prompt?: readonly PromptArgument[];
  /** Paths to the model's answer inside the value the call returns or resolves to; `""` when the whole value is the answer. */
  response?: readonly string[];
  /** Options of the call that are callbacks receiving the answer (`onFinish({ text })`), with the answer's paths inside their first parameter. */
  callbacks?: Readonly<Record<string, readonly string[]>>;
  /** The kind of object the call returns or resolves to (`getGenerativeModel()` returns a Gemini model). */
  returns?: string;
}

/** A kind of SDK object: its methods by dotted path from the object. */
export interface SdkKind {
  methods: Readonly<Record<string, SdkCall>>;
}

/** How an import of an SDK module is used. */
export interface SdkExport {
  /** The export's name; `""` for the module itself (a default import or `require`), dotted for static members (`ChatPromptTemplate.fromMessages`). */
  name: string;
  /** `new X(…)` is this call (usually one that `returns` a client kind). */
  construct?: SdkCall;
  /** `X(…)` is this call. */
  call?: SdkCall;
  /** The export already is an object of this kind (the `ollama` default instance). */
  instance?: string;
}

/** One SDK: its import sources and exports. */
export interface PromptSdk {
  /** Stable id, e.g. `openai`. */
  id: string;
  /** Import sources (without `node:`). */
  modules: readonly string[];
  exports: readonly SdkExport[];
}

// ---------------------------------------------------------------------------------------------
// Answers: shared paths

/** Chat Completions (`openai`, `groq-sdk`, `@huggingface/inference`, Mistral): the message, its streamed deltas, and the stream helpers. */
const CHAT_COMPLETION_ANSWER = [
  "choices.*.message.content",
  "choices.*.message.parsed",
  "choices.*.message.refusal",
  // Tool calls: the model's arguments, which repeat what the user asked for (emails, queries, records).
  "choices.*.message.tool_calls",
  "choices.*.text",
  "*.choices.*.delta.content",
  "finalContent()",
  "finalChatCompletion().choices.*.message.content",
] as const;

/** OpenAI Responses API: the convenience text, the output items, streamed text deltas, the stream's final response. */
const RESPONSES_ANSWER = ["output_text", "output.*.content.*.text", "*.delta", "finalResponse().output_text", "finalResponse().output"] as const;

/** Anthropic Messages: text blocks, streamed deltas, the stream helpers. */
const ANTHROPIC_ANSWER = [
  "content.*.text",
  // A tool_use block's arguments.
  "content.*.input",
  "parsed_output",
  "*.delta.text",
  "finalText()",
  "finalMessage().content.*.text",
] as const;

/** Gemini (`@google/generative-ai`): `result.response.text()` and the candidates' parts, also per streamed chunk. */
const GEMINI_LEGACY_ANSWER = [
  "response.text()",
  "response.candidates.*.content.parts.*.text",
  "stream.*.text()",
  "stream.*.candidates.*.content.parts.*.text",
] as const;

/** Gemini (`@google/genai`): the `text` getter and the candidates' parts, also per streamed chunk. */
const GENAI_ANSWER = ["text", "candidates.*.content.parts.*.text", "*.text", "*.candidates.*.content.parts.*.text"] as const;

/** LangChain: an `AIMessage` (or chunks of one) or whatever a chain's last step returns. */
const LANGCHAIN_MESSAGE_ANSWER = ["content", "text", "*.content", "*.text", "generations.*.*.text"] as const;

/** The whole value is the answer (a chain's output, a formatted prompt). */
const WHOLE = [""] as const;

// ---------------------------------------------------------------------------------------------
// Calls shared by several SDKs

const CHAT_COMPLETIONS: SdkCall = { prompt: [{ index: 0, keys: ["messages"] }], response: CHAT_COMPLETION_ANSWER };
const LEGACY_COMPLETIONS: SdkCall = { prompt: [{ index: 0, keys: ["prompt", "suffix"] }], response: ["choices.*.text", "*.choices.*.text"] };
const RESPONSES: SdkCall = { prompt: [{ index: 0, keys: ["instructions", "input"] }], response: RESPONSES_ANSWER };
const ANTHROPIC_MESSAGES: SdkCall = { prompt: [{ index: 0, keys: ["system", "messages"] }], response: ANTHROPIC_ANSWER };

/** Vercel AI SDK prompt options: `system` (ai ≤ 6, deprecated in 7), `instructions` (ai 7), `prompt`, `messages`. */
const AI_SDK_PROMPT: readonly PromptArgument[] = [{ index: 0, keys: ["system", "instructions", "prompt", "messages"] }];
const AI_SDK_TEXT_CALLBACKS = {
  onFinish: ["text", "content", "reasoningText", "steps.*.text", "steps.*.content", "response.messages"],
  onStepFinish: ["text", "content", "response.messages"],
  onChunk: ["chunk.text", "chunk.textDelta", "chunk.delta"],
} as const;

const LANGCHAIN_MODEL_INPUT: readonly PromptArgument[] = [{ index: 0, whole: true, keys: ["messages"] }];
const LANGCHAIN_CHAIN_INPUT: readonly PromptArgument[] = [{ index: 0, whole: true, values: true }];

const LLAMAINDEX_CHAT_ENGINE_ANSWER = ["message.content", "response", "toString()", "*.delta", "*.response", "*.message.content"] as const;

// ---------------------------------------------------------------------------------------------
// Kinds of SDK objects

export const SDK_KINDS: Readonly<Record<string, SdkKind>> = {
  /** `openai` `OpenAI`/`AzureOpenAI`, and `groq-sdk` (same generated shape). */
  "openai.client": {
    methods: {
      "chat.completions.create": CHAT_COMPLETIONS,
      "chat.completions.parse": CHAT_COMPLETIONS,
      "chat.completions.stream": CHAT_COMPLETIONS,
      "chat.completions.runTools": CHAT_COMPLETIONS,
      "beta.chat.completions.parse": CHAT_COMPLETIONS,
      "beta.chat.completions.stream": CHAT_COMPLETIONS,
      "beta.chat.completions.runTools": CHAT_COMPLETIONS,
      "completions.create": LEGACY_COMPLETIONS,
      "responses.create": RESPONSES,
      "responses.parse": RESPONSES,
      "responses.stream": RESPONSES,
      "beta.assistants.create": { prompt: [{ index: 0, keys: ["instructions"] }] },
      "beta.assistants.update": { prompt: [{ index: 1, keys: ["instructions"] }] },
      "beta.threads.create": { prompt: [{ index: 0, keys: ["messages"] }] },
      "beta.threads.messages.create": { prompt: [{ index: 1, keys: ["content"] }] },
      "beta.threads.runs.create": { prompt: [{ index: 1, keys: ["instructions", "additional_instructions", "additional_messages"] }] },
      "beta.threads.runs.createAndPoll": { prompt: [{ index: 1, keys: ["instructions", "additional_instructions", "additional_messages"] }] },
      "beta.threads.runs.stream": { prompt: [{ index: 1, keys: ["instructions", "additional_instructions", "additional_messages"] }] },
      "beta.threads.createAndRun": { prompt: [{ index: 0, keys: ["instructions", "thread.messages"] }] },
      "beta.threads.createAndRunPoll": { prompt: [{ index: 0, keys: ["instructions", "thread.messages"] }] },
    },
  },
  /** `@azure/openai` 1.x `OpenAIClient` (deployment first, then the messages). */
  "azure.openai.client": {
    methods: {
      getChatCompletions: { prompt: [{ index: 1, whole: true }], response: ["choices.*.message.content"] },
      streamChatCompletions: { prompt: [{ index: 1, whole: true }], response: ["*.choices.*.delta.content"] },
      getCompletions: { prompt: [{ index: 1, whole: true }], response: ["choices.*.text"] },
    },
  },
  /** `@anthropic-ai/sdk` `Anthropic` (also the Bedrock and Vertex clients). */
  "anthropic.client": {
    methods: {
      "messages.create": ANTHROPIC_MESSAGES,
      "messages.stream": ANTHROPIC_MESSAGES,
      "messages.parse": ANTHROPIC_MESSAGES,
      "messages.countTokens": { prompt: [{ index: 0, keys: ["system", "messages"] }] },
      "beta.messages.create": ANTHROPIC_MESSAGES,
      "beta.messages.stream": ANTHROPIC_MESSAGES,
      "beta.messages.parse": ANTHROPIC_MESSAGES,
      "beta.messages.countTokens": { prompt: [{ index: 0, keys: ["system", "messages"] }] },
      "completions.create": { prompt: [{ index: 0, keys: ["prompt"] }], response: ["completion", "*.completion"] },
    },
  },
  /** `@google/generative-ai` `GoogleGenerativeAI`. */
  "gemini.legacy.client": {
    methods: {
      getGenerativeModel: { prompt: [{ index: 0, keys: ["systemInstruction"] }], returns: "gemini.legacy.model" },
    },
  },
  "gemini.legacy.model": {
    methods: {
      generateContent: { prompt: [{ index: 0, whole: true, keys: ["contents", "systemInstruction"] }], response: GEMINI_LEGACY_ANSWER },
      generateContentStream: { prompt: [{ index: 0, whole: true, keys: ["contents", "systemInstruction"] }], response: GEMINI_LEGACY_ANSWER },
      countTokens: { prompt: [{ index: 0, whole: true, keys: ["contents", "systemInstruction"] }] },
      startChat: { prompt: [{ index: 0, keys: ["history", "systemInstruction"] }], returns: "gemini.legacy.chat" },
    },
  },
  "gemini.legacy.chat": {
    methods: {
      sendMessage: { prompt: [{ index: 0, whole: true }], response: GEMINI_LEGACY_ANSWER },
      sendMessageStream: { prompt: [{ index: 0, whole: true }], response: GEMINI_LEGACY_ANSWER },
    },
  },
  /** `@google/genai` `GoogleGenAI`. */
  "genai.client": {
    methods: {
      "models.generateContent": { prompt: [{ index: 0, keys: ["contents", "config.systemInstruction"] }], response: GENAI_ANSWER },
      "models.generateContentStream": { prompt: [{ index: 0, keys: ["contents", "config.systemInstruction"] }], response: GENAI_ANSWER },
      "models.countTokens": { prompt: [{ index: 0, keys: ["contents", "config.systemInstruction"] }] },
      "chats.create": { prompt: [{ index: 0, keys: ["history", "config.systemInstruction"] }], returns: "genai.chat" },
    },
  },
  "genai.chat": {
    methods: {
      sendMessage: { prompt: [{ index: 0, whole: true, keys: ["message", "config.systemInstruction"] }], response: GENAI_ANSWER },
      sendMessageStream: { prompt: [{ index: 0, whole: true, keys: ["message", "config.systemInstruction"] }], response: GENAI_ANSWER },
    },
  },
  /** Vercel AI SDK agents (`Experimental_Agent` in ai 5, `ToolLoopAgent` in ai 6+, read in the SDK docs): `instructions` at construction, `prompt`/`messages` per call. */
  "ai.agent": {
    methods: {
      generate: { prompt: AI_SDK_PROMPT, response: ["text", "content", "steps.*.text"] },
      stream: { prompt: AI_SDK_PROMPT, response: ["text", "textStream.*"] },
    },
  },
  /** Mastra agents (`@mastra/core/agent`): `instructions` at construction, messages or text per call. */
  "mastra.agent": {
    methods: {
      generate: { prompt: [{ index: 0, whole: true }], response: ["text", "object"] },
      stream: { prompt: [{ index: 0, whole: true }], response: ["text", "textStream.*"] },
    },
  },
  /** LangChain chat models and LLMs (`ChatOpenAI`, `ChatAnthropic`, …) and what `bindTools`/`withStructuredOutput` make of them. */
  "langchain.model": {
    methods: {
      invoke: { prompt: LANGCHAIN_MODEL_INPUT, response: LANGCHAIN_MESSAGE_ANSWER },
      stream: { prompt: LANGCHAIN_MODEL_INPUT, response: ["*.content", "*.text", "*"] },
      batch: { prompt: [{ index: 0, whole: true }], response: ["*.content", "*.text", "*"] },
      call: { prompt: LANGCHAIN_MODEL_INPUT, response: LANGCHAIN_MESSAGE_ANSWER },
      predict: { prompt: [{ index: 0, whole: true }], response: WHOLE },
      predictMessages: { prompt: [{ index: 0, whole: true }], response: LANGCHAIN_MESSAGE_ANSWER },
      generate: { prompt: [{ index: 0, whole: true }], response: ["generations.*.*.text", "generations.*.*.message.content"] },
      bindTools: { returns: "langchain.model" },
      bind: { returns: "langchain.model" },
      withConfig: { returns: "langchain.model" },
      withRetry: { returns: "langchain.model" },
      withFallbacks: { returns: "langchain.model" },
      withStructuredOutput: { returns: "langchain.chain" },
      pipe: { returns: "langchain.chain" },
    },
  },
  /** LangChain prompt templates: formatting fills the template's variables. */
  "langchain.prompt": {
    methods: {
      format: { prompt: [{ index: 0, values: true }], response: WHOLE },
      formatMessages: { prompt: [{ index: 0, values: true }], response: WHOLE },
      formatPromptValue: { prompt: [{ index: 0, values: true }], response: WHOLE },
      invoke: { prompt: [{ index: 0, values: true }], response: WHOLE },
      partial: { prompt: [{ index: 0, values: true }], returns: "langchain.prompt" },
      pipe: { returns: "langchain.chain" },
    },
  },
  /** LangChain runnables built from prompts and models (`prompt.pipe(model)`, `RunnableSequence.from`, `LLMChain`), and `createAgent` agents. */
  "langchain.chain": {
    methods: {
      invoke: { prompt: LANGCHAIN_CHAIN_INPUT, response: WHOLE },
      stream: { prompt: LANGCHAIN_CHAIN_INPUT, response: ["*"] },
      batch: { prompt: [{ index: 0, whole: true }], response: ["*"] },
      call: { prompt: LANGCHAIN_CHAIN_INPUT, response: WHOLE },
      run: { prompt: [{ index: 0, whole: true }], response: WHOLE },
      pipe: { returns: "langchain.chain" },
      withConfig: { returns: "langchain.chain" },
      withRetry: { returns: "langchain.chain" },
    },
  },
  /** `ollama` (default instance and `new Ollama()`). */
  "ollama.client": {
    methods: {
      chat: { prompt: [{ index: 0, keys: ["messages"] }], response: ["message.content", "*.message.content"] },
      generate: { prompt: [{ index: 0, keys: ["prompt", "system", "suffix"] }], response: ["response", "*.response"] },
    },
  },
  /** `cohere-ai` `CohereClient` (v1 API, with the v2 API under `.v2`). */
  "cohere.v1": {
    methods: {
      chat: { prompt: [{ index: 0, keys: ["message", "preamble", "chatHistory"] }], response: ["text"] },
      chatStream: { prompt: [{ index: 0, keys: ["message", "preamble", "chatHistory"] }], response: ["*.text"] },
      generate: { prompt: [{ index: 0, keys: ["prompt"] }], response: ["generations.*.text"] },
      "v2.chat": { prompt: [{ index: 0, keys: ["messages"] }], response: ["message.content.*.text"] },
      "v2.chatStream": { prompt: [{ index: 0, keys: ["messages"] }], response: ["*.delta.message.content.text"] },
    },
  },
  /** `cohere-ai` `CohereClientV2`. */
  "cohere.v2": {
    methods: {
      chat: { prompt: [{ index: 0, keys: ["messages"] }], response: ["message.content.*.text"] },
      chatStream: { prompt: [{ index: 0, keys: ["messages"] }], response: ["*.delta.message.content.text"] },
    },
  },
  /** `@mistralai/mistralai` 1.x+ `Mistral`. */
  "mistral.client": {
    methods: {
      "chat.complete": CHAT_COMPLETIONS,
      "chat.stream": { prompt: [{ index: 0, keys: ["messages"] }], response: ["*.data.choices.*.delta.content"] },
      "chat.parse": CHAT_COMPLETIONS,
      "agents.complete": CHAT_COMPLETIONS,
      "agents.stream": { prompt: [{ index: 0, keys: ["messages"] }], response: ["*.data.choices.*.delta.content"] },
      "fim.complete": { prompt: [{ index: 0, keys: ["prompt", "suffix"] }], response: CHAT_COMPLETION_ANSWER },
    },
  },
  /** `@mistralai/mistralai` 0.x default export `MistralClient`. */
  "mistral.legacy": {
    methods: {
      chat: CHAT_COMPLETIONS,
      chatStream: { prompt: [{ index: 0, keys: ["messages"] }], response: ["*.choices.*.delta.content"] },
    },
  },
  /** `@huggingface/inference` `InferenceClient` / `HfInference`. */
  "hf.client": {
    methods: {
      chatCompletion: CHAT_COMPLETIONS,
      chatCompletionStream: { prompt: [{ index: 0, keys: ["messages"] }], response: ["*.choices.*.delta.content"] },
      textGeneration: { prompt: [{ index: 0, keys: ["inputs"] }], response: ["generated_text"] },
      textGenerationStream: { prompt: [{ index: 0, keys: ["inputs"] }], response: ["*.token.text", "*.generated_text"] },
    },
  },
  /** LlamaIndex LLMs (`OpenAI`, `Anthropic`, `Ollama`, … from `@llamaindex/*`, `Settings.llm`). */
  "llamaindex.llm": {
    methods: {
      chat: { prompt: [{ index: 0, keys: ["messages"] }], response: ["message.content", "*.delta"] },
      complete: { prompt: [{ index: 0, keys: ["prompt"] }], response: ["text", "*.text"] },
    },
  },
  "llamaindex.chatEngine": {
    methods: {
      chat: { prompt: [{ index: 0, whole: true, keys: ["message", "chatHistory"] }], response: LLAMAINDEX_CHAT_ENGINE_ANSWER },
    },
  },
  "llamaindex.queryEngine": {
    methods: {
      query: { prompt: [{ index: 0, whole: true, keys: ["query"] }], response: ["response", "message.content", "toString()", "*.delta", "*.response"] },
    },
  },
  "llamaindex.index": {
    methods: {
      asQueryEngine: { returns: "llamaindex.queryEngine" },
      asChatEngine: { prompt: [{ index: 0, keys: ["systemPrompt"] }], returns: "llamaindex.chatEngine" },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// SDKs

const newClient = (kind: string): SdkCall => ({ returns: kind });

/** A class exported both as the module itself (default import, `require`) and by name. */
function clientClass(kind: string, ...names: string[]): SdkExport[] {
  return ["", "default", ...names].map((name) => ({ name, construct: newClient(kind) }));
}

const LANGCHAIN_MESSAGE: SdkCall = { prompt: [{ index: 0, whole: true, keys: ["content"] }] };
const LANGCHAIN_FROM_TEMPLATE: SdkCall = { prompt: [{ index: 0, whole: true, keys: ["template"] }], returns: "langchain.prompt" };

const LANGCHAIN_MESSAGE_EXPORTS: SdkExport[] = ["SystemMessage", "HumanMessage", "AIMessage", "ChatMessage", "ToolMessage"].map((name) => ({
  name,
  construct: LANGCHAIN_MESSAGE,
}));

const LANGCHAIN_PROMPT_EXPORTS: SdkExport[] = [
  { name: "ChatPromptTemplate.fromMessages", call: { prompt: [{ index: 0, whole: true }], returns: "langchain.prompt" } },
  { name: "ChatPromptTemplate.fromTemplate", call: LANGCHAIN_FROM_TEMPLATE },
  { name: "PromptTemplate.fromTemplate", call: LANGCHAIN_FROM_TEMPLATE },
  { name: "SystemMessagePromptTemplate.fromTemplate", call: LANGCHAIN_FROM_TEMPLATE },
  { name: "HumanMessagePromptTemplate.fromTemplate", call: LANGCHAIN_FROM_TEMPLATE },
  { name: "AIMessagePromptTemplate.fromTemplate", call: LANGCHAIN_FROM_TEMPLATE },
  { name: "PromptTemplate", construct: { prompt: [{ index: 0, keys: ["template"] }], returns: "langchain.prompt" } },
];

/** Chat model and LLM classes per LangChain integration package. */
const LANGCHAIN_MODEL_CLASSES: Readonly<Record<string, readonly string[]>> = {
  "@langchain/openai": ["ChatOpenAI", "AzureChatOpenAI", "OpenAI", "AzureOpenAI"],
  "@langchain/anthropic": ["ChatAnthropic"],
  "@langchain/google-genai": ["ChatGoogleGenerativeAI"],
  "@langchain/google-vertexai": ["ChatVertexAI"],
  "@langchain/google-vertexai-web": ["ChatVertexAI"],
  "@langchain/ollama": ["ChatOllama", "Ollama"],
  "@langchain/mistralai": ["ChatMistralAI"],
  "@langchain/groq": ["ChatGroq"],
  "@langchain/cohere": ["ChatCohere"],
  "@langchain/aws": ["ChatBedrockConverse"],
  "@langchain/deepseek": ["ChatDeepSeek"],
  "@langchain/xai": ["ChatXAI"],
  "@langchain/cerebras": ["ChatCerebras"],
  "@langchain/community/chat_models/ollama": ["ChatOllama"],
  "@langchain/community/chat_models/togetherai": ["ChatTogetherAI"],
  "@langchain/community/chat_models/fireworks": ["ChatFireworks"],
  "@langchain/community/chat_models/bedrock": ["BedrockChat"],
  "@langchain/community/llms/ollama": ["Ollama"],
  "langchain/chat_models/openai": ["ChatOpenAI"],
};

const LLAMAINDEX_LLM_CLASSES: Readonly<Record<string, readonly string[]>> = {
  "@llamaindex/openai": ["OpenAI"],
  "@llamaindex/anthropic": ["Anthropic"],
  "@llamaindex/ollama": ["Ollama"],
  "@llamaindex/groq": ["Groq"],
  "@llamaindex/mistral": ["MistralAI"],
  "@llamaindex/google": ["Gemini"],
};

const LLAMAINDEX_ENGINE_EXPORTS: SdkExport[] = [
  { name: "SimpleChatEngine", construct: { returns: "llamaindex.chatEngine" } },
  { name: "ContextChatEngine", construct: { prompt: [{ index: 0, keys: ["systemPrompt"] }], returns: "llamaindex.chatEngine" } },
  { name: "CondenseQuestionChatEngine", construct: { returns: "llamaindex.chatEngine" } },
  { name: "RetrieverQueryEngine", construct: { returns: "llamaindex.queryEngine" } },
  { name: "VectorStoreIndex.fromDocuments", call: { returns: "llamaindex.index" } },
  { name: "VectorStoreIndex.fromVectorStore", call: { returns: "llamaindex.index" } },
  { name: "VectorStoreIndex.init", call: { returns: "llamaindex.index" } },
  { name: "Settings.llm", instance: "llamaindex.llm" },
];

export const PROMPT_SDKS: readonly PromptSdk[] = [
  { id: "openai", modules: ["openai"], exports: clientClass("openai.client", "OpenAI", "AzureOpenAI") },
  {
    id: "azure-openai",
    modules: ["@azure/openai"],
    exports: [{ name: "OpenAIClient", construct: newClient("azure.openai.client") }],
  },
  { id: "groq", modules: ["groq-sdk"], exports: clientClass("openai.client", "Groq") },
  {
    id: "anthropic",
    modules: ["@anthropic-ai/sdk", "@anthropic-ai/bedrock-sdk", "@anthropic-ai/vertex-sdk"],
    exports: clientClass("anthropic.client", "Anthropic", "AnthropicBedrock", "AnthropicVertex"),
  },
  {
    id: "google-generative-ai",
    modules: ["@google/generative-ai"],
    exports: [{ name: "GoogleGenerativeAI", construct: newClient("gemini.legacy.client") }],
  },
  { id: "google-genai", modules: ["@google/genai"], exports: [{ name: "GoogleGenAI", construct: newClient("genai.client") }] },
  {
    id: "vercel-ai",
    modules: ["ai"],
    exports: [
      { name: "generateText", call: { prompt: AI_SDK_PROMPT, response: ["text", "content", "reasoningText", "steps.*.text", "steps.*.content", "response.messages"], callbacks: AI_SDK_TEXT_CALLBACKS } },
      { name: "streamText", call: { prompt: AI_SDK_PROMPT, response: ["text", "content", "textStream.*", "fullStream.*.text", "fullStream.*.textDelta", "steps.*.text", "response.messages"], callbacks: AI_SDK_TEXT_CALLBACKS } },
      { name: "generateObject", call: { prompt: AI_SDK_PROMPT, response: ["object"], callbacks: { onFinish: ["object"] } } },
      { name: "streamObject", call: { prompt: AI_SDK_PROMPT, response: ["object", "partialObjectStream.*", "textStream.*"], callbacks: { onFinish: ["object"] } } },
      { name: "Experimental_Agent", construct: { prompt: [{ index: 0, keys: ["system", "instructions"] }], returns: "ai.agent" } },
      { name: "ToolLoopAgent", construct: { prompt: [{ index: 0, keys: ["system", "instructions"] }], returns: "ai.agent" } },
    ],
  },
  {
    id: "langchain-core",
    modules: ["@langchain/core/prompts", "@langchain/core/messages", "@langchain/core/runnables", "langchain/prompts", "langchain/schema"],
    exports: [
      ...LANGCHAIN_PROMPT_EXPORTS,
      ...LANGCHAIN_MESSAGE_EXPORTS,
      { name: "RunnableSequence.from", call: { returns: "langchain.chain" } },
    ],
  },
  {
    id: "langchain",
    modules: ["langchain", "langchain/chat_models/universal", "langchain/chains"],
    exports: [
      ...LANGCHAIN_MESSAGE_EXPORTS,
      { name: "initChatModel", call: { returns: "langchain.model" } },
      { name: "createAgent", call: { prompt: [{ index: 0, keys: ["systemPrompt", "prompt"] }], returns: "langchain.chain" } },
      { name: "LLMChain", construct: { returns: "langchain.chain" } },
      { name: "ConversationChain", construct: { returns: "langchain.chain" } },
    ],
  },
  {
    // The Vercel AI SDK's React hook: `messages` is the whole conversation kept in the browser.
    id: "vercel-ai-react",
    modules: ["@ai-sdk/react", "ai/react"],
    exports: [{ name: "useChat", call: { response: ["messages"], callbacks: { onFinish: ["message", "messages"] } } }],
  },
  {
    // Agent frameworks: the agent's instructions are a system prompt sent with every run.
    id: "openai-agents",
    modules: ["@openai/agents", "@openai/agents-core"],
    exports: [
      { name: "Agent", construct: { prompt: [{ index: 0, keys: ["instructions", "handoffDescription"] }] } },
      { name: "Agent.create", call: { prompt: [{ index: 0, keys: ["instructions", "handoffDescription"] }] } },
      { name: "run", call: { prompt: [{ index: 1, whole: true }], response: ["finalOutput"] } },
    ],
  },
  {
    id: "langgraph-prebuilt",
    modules: ["@langchain/langgraph/prebuilt"],
    exports: [{ name: "createReactAgent", call: { prompt: [{ index: 0, keys: ["prompt", "messageModifier", "stateModifier"] }], returns: "langchain.chain" } }],
  },
  {
    id: "mastra",
    modules: ["@mastra/core/agent", "@mastra/core"],
    exports: [{ name: "Agent", construct: { prompt: [{ index: 0, keys: ["instructions"] }], returns: "mastra.agent" } }],
  },
  ...Object.entries(LANGCHAIN_MODEL_CLASSES).map(([module, classes]) => ({
    id: `langchain:${module}`,
    modules: [module],
    exports: classes.map((name) => ({ name, construct: newClient("langchain.model") })),
  })),
  {
    id: "ollama",
    modules: ["ollama", "ollama/browser"],
    exports: [
      { name: "", instance: "ollama.client" },
      { name: "default", instance: "ollama.client" },
      { name: "Ollama", construct: newClient("ollama.client") },
    ],
  },
  {
    id: "cohere",
    modules: ["cohere-ai"],
    exports: [
      { name: "CohereClient", construct: newClient("cohere.v1") },
      { name: "CohereClientV2", construct: newClient("cohere.v2") },
    ],
  },
  {
    id: "mistral",
    modules: ["@mistralai/mistralai"],
    exports: [
      { name: "Mistral", construct: newClient("mistral.client") },
      { name: "", construct: newClient("mistral.legacy") },
      { name: "default", construct: newClient("mistral.legacy") },
    ],
  },
  {
    id: "huggingface-inference",
    modules: ["@huggingface/inference"],
    exports: [
      { name: "InferenceClient", construct: newClient("hf.client") },
      { name: "HfInference", construct: newClient("hf.client") },
    ],
  },
  {
    id: "llamaindex",
    modules: ["llamaindex", "@llamaindex/core", "@llamaindex/core/chat-engine"],
    exports: [...LLAMAINDEX_ENGINE_EXPORTS, { name: "OpenAI", construct: newClient("llamaindex.llm") }],
  },
  ...Object.entries(LLAMAINDEX_LLM_CLASSES).map(([module, classes]) => ({
    id: `llamaindex:${module}`,
    modules: [module],
    exports: classes.map((name) => ({ name, construct: newClient("llamaindex.llm") })),
  })),
];

// ---------------------------------------------------------------------------------------------
// Inside prompt values

/**
 * Keys of a message object whose values are text sent to the model: `{ role, content }`
 * (OpenAI, Anthropic, Ollama, Mistral, Groq, LangChain), content parts `{ type: "text", text }`,
 * Gemini `{ role, parts: [{ text }] }`, Cohere v1 history `{ role, message }`. Other keys (`role`,
 * `name`, `type`, `image_url`, `tool_call_id`) are not prompt text.
 */
export const MESSAGE_TEXT_KEYS: ReadonlySet<string> = new Set(["content", "text", "parts", "message"]);

/**
 * Last words of names that say a variable holds prompt prose *about* a credential rather than the
 * credential (`apiKeyInstructions`, `secretPrompt`, `passwordPolicy`).
 */
export const PROMPT_PROSE_NAME_WORDS: ReadonlySet<string> = new Set([
  "prompt", "prompts", "instruction", "instructions", "template", "templates", "preamble", "question", "questions",
  "warning", "warnings", "notice", "guideline", "guidelines", "policy", "policies", "rule", "rules", "reminder",
  "description", "explanation", "example", "examples", "help", "tip", "tips", "doc", "docs", "faq",
]);

// ---------------------------------------------------------------------------------------------
// Reading conversation values

/**
 * Property names that keep a value conversation content when read from content (a message, a
 * message array, a text): `messages[0].content`, `answer.text`. Anything else read from content
 * (`length`, `role`, `id`, `usage`) is metadata.
 */
export const CONTENT_PROPERTY_NAMES: ReadonlySet<string> = new Set([
  "content", "text", "parts", "message", "messages", "prompt", "input", "output", "output_text", "response", "answer",
  "completion", "reply", "question", "query", "system", "instructions", "delta", "pageContent", "contents", "history",
  "chatHistory", "chat_history", "transcript",
]);

/** Methods whose result still holds the content they are called on: `answer.trim()`, `messages.slice(-10)`, `parts.join("\n")`. */
export const CONTENT_PRESERVING_METHODS: ReadonlySet<string> = new Set([
  "trim", "trimStart", "trimEnd", "toString", "valueOf", "slice", "substring", "substr", "concat", "join", "toLowerCase",
  "toUpperCase", "normalize", "padStart", "padEnd", "replace", "replaceAll", "split", "filter", "reverse", "toReversed",
  "flat", "repeat", "at", "toJSON",
]);

/**
 * Global functions and static methods whose result holds the content of their arguments:
 * `JSON.stringify(messages)`, `String(answer)`, `Buffer.from(answer)`, `util.format("%s", answer)`.
 * Dotted names are matched on the callee's whole member path.
 */
export const CONTENT_PRESERVING_FUNCTIONS: ReadonlySet<string> = new Set([
  "JSON.stringify", "String", "Buffer.from", "util.inspect", "inspect", "util.format", "structuredClone", "Array.from",
  "Object.assign", "Object.values", "encodeURIComponent", "encodeURI",
]);

/**
 * Last words of names that say a value placed in a prompt is metadata, not conversation content:
 * `` `User ${userId} (${locale}) asks: ${question}` `` makes `question` a prompt, not `userId`.
 */
export const PROMPT_METADATA_NAME_WORDS: ReadonlySet<string> = new Set([
  "id", "ids", "uuid", "guid", "count", "total", "number", "num", "index", "idx", "page", "limit", "size", "length",
  "len", "model", "temperature", "locale", "language", "lang", "date", "time", "timestamp", "ts", "timezone", "tz",
  "version", "type", "kind", "mode", "status", "role", "score", "rank", "url", "uri", "host", "port", "region", "env",
  "environment", "tier", "plan", "max", "min", "tokens", "k", "seed", "at",
]);

/**
 * Calls recognised by their shape when the client comes from another file (`import { openai } from
 * "@/lib/openai"`), a parameter, a getter or dependency injection: the method path after any
 * receiver, and the option names the request must have (every name of one of the lists), so that
 * other APIs with a `messages.create` (Twilio: `{ body, to, from }`) do not match. The call's
 * prompt and answer positions are those of `kind`'s method.
 */
export interface ShapedPromptCall {
  path: string;
  kind: string;
  /** The request (argument 0) has all names of at least one list. */
  requires: readonly (readonly string[])[];
}

export const SHAPED_PROMPT_CALLS: readonly ShapedPromptCall[] = [
  ...["chat.completions.create", "chat.completions.parse", "chat.completions.stream", "beta.chat.completions.parse", "beta.chat.completions.stream"].map(
    (path) => ({ path, kind: "openai.client", requires: [["model", "messages"]] }),
  ),
  ...["responses.create", "responses.parse", "responses.stream"].map((path) => ({ path, kind: "openai.client", requires: [["model", "input"], ["model", "instructions"]] })),
  ...["messages.create", "messages.stream", "beta.messages.create", "beta.messages.stream"].map(
    (path) => ({ path, kind: "anthropic.client", requires: [["model", "max_tokens", "messages"], ["model", "max_tokens", "system"]] }),
  ),
  // A LlamaIndex index handed in (`index: VectorStoreIndex` as a parameter): its chat engine's system prompt.
  { path: "asChatEngine", kind: "llamaindex.index", requires: [["systemPrompt"]] },
];

/** Text a file must contain for a shaped call to be there (checked before any AST work). */
export const SHAPED_PROMPT_CALL_HINTS: readonly string[] = [...new Set(SHAPED_PROMPT_CALLS.map((shape) => shape.path.split(".").slice(-2).join(".")))];
