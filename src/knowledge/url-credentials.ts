/**
 * Where credentials end up in URLs: query-parameter names that carry them, HTTP clients and SDKs
 * whose options become query strings, the headers an API accepts instead, and the calls that send
 * a URL. Names are compared with `normalizeParamName` (case, `-` and `_` ignored).
 */

/**
 * Query parameters that carry a credential. A parameter whose own name says "credential"
 * (`openai_key`, `refreshToken`) counts too, through `isSecretName`. Left out on purpose:
 * `sig`, `signature`, `X-Amz-Signature`, `X-Goog-Signature`, `se`/`sp`/`sv` — pre-signed and SAS URLs
 * are built to travel as URLs, with short lifetimes and narrow scopes.
 */
export const CREDENTIAL_QUERY_PARAMS: readonly string[] = [
  "key", "api_key", "apikey", "x-api-key", "api_token", "app_key", "appid", "hapikey", "x-goog-api-key",
  "access_token", "id_token", "refresh_token", "auth_token", "private_token", "token", "bearer", "jwt",
  "auth", "authorization", "secret", "client_secret", "app_secret", "password", "passwd", "pwd", "pass",
  "private_key", "subscription-key", "ocp-apim-subscription-key", "code",
];

/** `X-API-Key`, `x_api_key` and `xapikey` are one name. */
export function normalizeParamName(name: string): string {
  return name.toLowerCase().replaceAll("-", "").replaceAll("_", "");
}

/**
 * Words in a value's name that say it is a credential made to travel in a URL: short-lived tokens
 * (Gemini Live ephemeral tokens, SAS tokens, pre-signed URLs) and the capability tokens of links
 * sent by email or shared on purpose (verification, invitation, magic-link, download links). Not
 * reported by `no-api-key-in-url`; `no-secret-in-log` still reports them in logs.
 */
export const URL_CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  "ephemeral", "temporary", "temp", "transient", "presigned", "signed", "sas", "onetime", "otp", "nonce",
  "verification", "verify", "confirm", "confirmation", "activation", "invite", "invitation", "magic", "share",
  "sharing", "download", "unsubscribe",
]);

/**
 * Words in a URL's path that say it is a link for a person: a password-reset, invitation,
 * verification or single-sign-on link, where the token in the query is the one-time capability
 * the link exists to carry (there is no header to move it to). Only tokens known by their
 * variable's name are let through there: provider keys and secret environment variables are not.
 */
export const LINK_PATH_WORDS: ReadonlySet<string> = new Set([
  "reset", "verify", "verification", "invite", "invitation", "confirm", "confirmation", "activate", "activation",
  "sso", "magic", "unsubscribe", "signup", "onboarding", "accept", "join", "login", "signin", "callback",
]);

/** Parameters (normalized) such links carry their one-time token in: `token`, `resetToken`, `code`, `jwt`. */
export function isLinkTokenParam(normalized: string): boolean {
  return normalized.endsWith("token") || normalized === "code" || normalized === "jwt";
}

/** Words in a variable's name that say it holds a key or a password, which no link carries. */
export const NOT_LINK_TOKEN_WORDS: ReadonlySet<string> = new Set([
  "key", "apikey", "secret", "password", "passwd", "pwd", "pass", "credential", "credentials",
]);

/** Words in a function's name that say it builds such a link: `getResetLink`, `buildInviteLinks`. */
export const LINK_BUILDER_WORDS: ReadonlySet<string> = new Set(["link", "links"]);

/** An API host, the query parameters that hold its key, and where the key belongs instead. */
export interface ApiHostAuth {
  /** The host or parent domain (`googleapis.com` covers `generativelanguage.googleapis.com`). */
  host: string;
  /**
   * Paths where the API only takes a browser key in the URL, a key meant to be public and
   * restricted by referrer (the Maps JavaScript API script, Maps Embed, Static Maps images).
   */
  publicKeyPaths?: readonly string[];
  /** Query parameters this API reads its key from: any value there is a key. */
  keyParams: readonly string[];
  /** The header the API accepts the key in. */
  header?: string;
  /** True when the API documents no header: the key can only travel in the query. */
  queryOnly?: boolean;
}

export const API_HOST_AUTH: readonly ApiHostAuth[] = [
  // Gemini, Vertex express mode, Maps, YouTube, Custom Search: every Google API reads `key` or `x-goog-api-key`.
  {
    host: "maps.googleapis.com",
    keyParams: ["key"],
    header: "x-goog-api-key",
    publicKeyPaths: ["/maps/api/js", "/maps/embed", "/maps/api/staticmap", "/maps/api/streetview"],
  },
  { host: "googleapis.com", keyParams: ["key"], header: "x-goog-api-key" },
  { host: "openai.azure.com", keyParams: ["api-key"], header: "api-key" },
  { host: "cognitiveservices.azure.com", keyParams: ["subscription-key", "api-key"], header: "Ocp-Apim-Subscription-Key" },
  { host: "api.cognitive.microsoft.com", keyParams: ["subscription-key"], header: "Ocp-Apim-Subscription-Key" },
  { host: "azure-api.net", keyParams: ["subscription-key"], header: "Ocp-Apim-Subscription-Key" },
  { host: "azurewebsites.net", keyParams: ["code"], header: "x-functions-key" },
  { host: "api.openai.com", keyParams: [], header: "Authorization: Bearer" },
  { host: "api.anthropic.com", keyParams: [], header: "x-api-key" },
  { host: "huggingface.co", keyParams: [], header: "Authorization: Bearer" },
  { host: "pinecone.io", keyParams: [], header: "Api-Key" },
  { host: "google.serper.dev", keyParams: [], header: "X-API-KEY" },
  { host: "api.search.brave.com", keyParams: [], header: "X-Subscription-Token" },
  { host: "serpapi.com", keyParams: ["api_key"], queryOnly: true },
];

/** HTTP clients whose options become the query string. */
export interface HttpClientQuerySpec {
  module: string;
  /** Option keys whose object (or URLSearchParams, or string) is the query. */
  queryOptions: readonly string[];
  /**
   * Calls that take options: member path from the module object (`""` is the module called
   * itself, `"get"` is `axios.get`), then the indexes of the arguments that are option objects.
   */
  calls: Readonly<Record<string, readonly number[]>>;
  /** Members that return an instance accepting the same calls (`axios.create`, `got.extend`). */
  instanceFactories?: readonly string[];
  /** Chained request builders: the method that takes the query (`superagent.get(url).query({...})`). */
  chainQueryMethod?: string;
}

const AXIOS_CALLS = {
  "": [0, 1], request: [0], get: [1], delete: [1], head: [1], options: [1],
  post: [2], put: [2], patch: [2], postForm: [2], putForm: [2], patchForm: [2], create: [0],
} as const;

const GOT_CALLS = {
  "": [0, 1], get: [0, 1], post: [0, 1], put: [0, 1], patch: [0, 1], delete: [0, 1], head: [0, 1],
  stream: [0, 1], paginate: [0, 1], extend: [0],
} as const;

const KY_CALLS = { "": [1], get: [1], post: [1], put: [1], patch: [1], delete: [1], head: [1], create: [0], extend: [0] } as const;

export const HTTP_CLIENT_QUERY_OPTIONS: readonly HttpClientQuerySpec[] = [
  { module: "axios", queryOptions: ["params"], calls: { ...AXIOS_CALLS, ...prefixed("default", AXIOS_CALLS) }, instanceFactories: ["create", "default.create"] },
  { module: "got", queryOptions: ["searchParams"], calls: { ...GOT_CALLS, ...prefixed("default", GOT_CALLS), ...prefixed("got", GOT_CALLS) }, instanceFactories: ["extend", "default.extend", "got.extend"] },
  { module: "ky", queryOptions: ["searchParams"], calls: { ...KY_CALLS, ...prefixed("default", KY_CALLS) }, instanceFactories: ["create", "extend", "default.create", "default.extend"] },
  { module: "undici", queryOptions: ["query"], calls: { request: [1], stream: [1] } },
  { module: "ofetch", queryOptions: ["query", "params"], calls: { ofetch: [1], $fetch: [1], "ofetch.create": [0], "$fetch.create": [0] }, instanceFactories: ["ofetch.create", "$fetch.create"] },
  { module: "superagent", queryOptions: [], calls: {}, chainQueryMethod: "query" },
];

function prefixed(prefix: string, calls: Readonly<Record<string, readonly number[]>>): Record<string, readonly number[]> {
  const out: Record<string, readonly number[]> = {};
  for (const [member, indexes] of Object.entries(calls)) out[member === "" ? prefix : `${prefix}.${member}`] = indexes;
  return out;
}

/**
 * SDK options that add query parameters to every request. `defaultQuery` (the Stainless-generated
 * clients: OpenAI, AzureOpenAI, Anthropic, Groq, Together, Cerebras, Turbopuffer; LangChain's
 * `configuration.defaultQuery` and `clientOptions.defaultQuery`) is unique enough to match
 * anywhere; the others are matched by import.
 */
export const SDK_DEFAULT_QUERY_OPTION = "defaultQuery";

export interface SdkQueryOptionSpec {
  module: string;
  /** Member path of the factory or class from the module object (`""` for the module itself). */
  member: string;
  kind: "call" | "construct";
  /** Index of the options argument. */
  argument: number;
  /** Path to the query option inside it. */
  option: readonly string[];
  /** Where the key belongs instead, for the message. */
  instead: string;
}

export const SDK_QUERY_OPTIONS: readonly SdkQueryOptionSpec[] = [
  { module: "@ai-sdk/openai-compatible", member: "createOpenAICompatible", kind: "call", argument: 0, option: ["queryParams"], instead: "the 'apiKey' or 'headers' option" },
];

/** Where `defaultQuery` credentials belong in the Stainless-style SDKs. */
export const DEFAULT_QUERY_INSTEAD = "the 'apiKey' option or 'defaultHeaders'";

/** Calls that send a URL: the URL is argument 0. Globals first, then module members (`""` is the module called itself). */
export interface UrlSinkSpec {
  module?: string;
  member: string;
  kind: "call" | "construct";
  /** Browsers cannot attach headers to this request: only a short-lived token may go in the URL. */
  headerless?: boolean;
}

export const URL_SINKS: readonly UrlSinkSpec[] = [
  { member: "fetch", kind: "call" },
  { member: "WebSocket", kind: "construct", headerless: true },
  { member: "EventSource", kind: "construct", headerless: true },
  { module: "node-fetch", member: "", kind: "call" },
  { module: "axios", member: "", kind: "call" },
  { module: "axios", member: "get", kind: "call" },
  { module: "axios", member: "post", kind: "call" },
  { module: "got", member: "", kind: "call" },
  { module: "undici", member: "request", kind: "call" },
  { module: "undici", member: "fetch", kind: "call" },
  { module: "http", member: "request", kind: "call" },
  { module: "http", member: "get", kind: "call" },
  { module: "https", member: "request", kind: "call" },
  { module: "https", member: "get", kind: "call" },
  { module: "ws", member: "", kind: "construct" },
  { module: "ws", member: "WebSocket", kind: "construct" },
  { module: "eventsource", member: "", kind: "construct" },
  { module: "eventsource", member: "EventSource", kind: "construct" },
];

/**
 * Names of calls and constructors whose first argument is a URL that gets requested, whatever the
 * client: `fetch(url)`, `axios.get(url)`, `got(url)`, `http.request(url)`, `new URL(url)`,
 * `new WebSocket(url)`, `ofetch(url)`. Used where the evidence for a key is only the API host, to
 * tell a URL that is sent from a string that merely looks like one (a test fixture, a log line).
 */
export const URL_SINK_CALL_NAMES: ReadonlySet<string> = new Set([
  ...URL_SINKS.map((sink) => sink.member).filter((member) => member !== ""),
  "URL", "Request", "axios", "got", "ky", "ofetch", "$fetch", "needle", "superagent", "request", "get", "post",
  "put", "patch", "delete", "head", "options", "stream", "open", "connect", "io",
]);

/** Keys and attributes whose value is a URL that gets loaded: `{ url }`, `img.src = …`, `<a href={…}>`. */
export const URL_VALUE_KEYS: ReadonlySet<string> = new Set(["url", "baseURL", "baseUrl", "endpoint", "uri", "href", "src", "location", "action"]);

/** Object keys whose value is a request body, where form-encoded credentials belong (OAuth token requests). */
export const BODY_OPTION_KEYS: ReadonlySet<string> = new Set(["body", "data", "form", "json", "formData"]);
