import rule from "../../src/rules/no-api-key-in-url";
import { fake } from "../support/fake-secrets";
import { runRuleTests } from "../rule-tester";

runRuleTests("no-api-key-in-url", rule, {
  valid: [
    // Serialized form bodies, JSON in a query value, and placeholders.
    `const qs = require("qs");
const body = qs.stringify({ grant_type: "client_credentials", client_secret: process.env.CLIENT_SECRET });
fetch("https://auth.example.com/oauth/token", { method: "POST", body });
const data = JSON.stringify({ api_key: process.env.SERPAPI_API_KEY });
fetch(\`https://x.example.com/?payload=\${data}\`);
const url = \`https://serpapi.com/search.json?\${qs.stringify({ q: "x", api_key: "YOUR_API_KEY" })}\`;`,
    // A local object that only shares the name qs.
    `const qs = { stringify: (o) => Object.keys(o).join(",") };
fetch(\`https://x.example.com/?fields=\${qs.stringify({ api_key: process.env.SERPAPI_API_KEY })}\`);
`,
    // Parameters that are not credentials
    `const res = await fetch(\`https://api.example.com/search?q=\${encodeURIComponent(query)}&page=\${page}&model=\${model}&alt=sse\`);`,
    `import axios from "axios";
const { data } = await axios.get("https://api.example.com/v1/models", {
  params: { q: query, limit: 20 },
  headers: { Authorization: \`Bearer \${process.env.EXAMPLE_API_KEY}\` },
});`,

    // Prose, docs strings and comments that only mention a key parameter
    `const HELP = "Pass your key as ?api_key=<your key>, or better, in the x-api-key header.";`,
    `// Old way: fetch(\`\${BASE}?key=\${apiKey}\`)
const res = await fetch(\`\${BASE}/models/gemini-1.5-flash:generateContent\`, {
  method: "POST",
  headers: { "x-goog-api-key": apiKey, "content-type": "application/json" },
  body: JSON.stringify({ contents }),
});`,

    // Values that cannot be tied to a credential
    `const cached = await fetch(\`https://cache.example.com/get?key=\${cacheKey}\`);`,
    `export async function callApi(baseUrl, key) {
  return fetch(\`\${baseUrl}/v1/items?key=\${key}\`);
}`,
    `const url = \`\${base}/v1/files?pageToken=\${nextPageToken}&token=\${continuationToken}\`;`,
    `// Only the host says this value is a key, and the string is never requested: a fixture, not a call.
expect(findSecretInText(\`https://generativelanguage.googleapis.com/v1beta/models?key=\${sample}\`)).toBeDefined();`,
    `const url = \`\${base}?\${name}=\${apiKey}\`;`,

    // Placeholders
    `const example = fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=YOUR_API_KEY");`,
    `const example = \`https://generativelanguage.googleapis.com/v1beta/models?key=\${"<key>"}\`;`,
    `const SAMPLE = "https://serpapi.com/search.json?q=coffee&api_key=sk-...";`,

    // Keys where they belong: headers and request bodies
    `const res = await fetch("https://api.openai.com/v1/chat/completions", {
  method: "POST",
  headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\`, "Content-Type": "application/json" },
  body: JSON.stringify({ model: "gpt-4o-mini", messages }),
});`,
    `const token = await fetch(TOKEN_URL, {
  method: "POST",
  body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: process.env.CLIENT_SECRET }),
});`,
    `const form = new URLSearchParams();
form.append("client_secret", clientSecret);
await fetch(TOKEN_URL, { method: "POST", body: form });`,
    `import axios from "axios";
await axios.post(TOKEN_URL, \`grant_type=refresh_token&refresh_token=\${refreshToken}\`);`,
    `document.cookie = \`token=\${token}; path=/; secure; samesite=strict\`;`,

    // Signed URLs and short-lived tokens made to travel in URLs
    `import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
const signedUrl = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key }), { expiresIn: 300 });
const blob = \`\${containerUrl}/\${name}?\${sasToken}\`;
const shared = \`\${base}?sv=2024-08-04&se=\${expiry}&sig=\${signature}\`;`,
    `const session = new WebSocket(\`wss://generativelanguage.googleapis.com/ws/google.ai.generativelanguage.v1alpha.GenerativeService.BidiGenerateContentConstrained?access_token=\${ephemeralToken}\`);`,
    `const url = new URL("/events", location.origin);
url.searchParams.set("token", temporaryToken);
const events = new EventSource(url);`,
    `const link = \`\${APP_URL}/verify-email?token=\${verificationToken}\`;
const invite = \`\${APP_URL}/join?token=\${invitationToken}\`;
const file = \`https://firebasestorage.googleapis.com/v0/b/\${bucket}/o/\${path}?alt=media&token=\${downloadToken}\`;`,

    // Paging cursors named like tokens
    `const token = page.nextPageToken;
const next = await fetch(\`\${BASE}/v1/files?token=\${token}\`);`,

    // Browser keys Google requires in the URL, and keys published on purpose
    `const script = document.createElement("script");
script.src = \`https://maps.googleapis.com/maps/api/js?key=\${apiKey}&callback=initMap\`;
const img = \`https://maps.googleapis.com/maps/api/staticmap?center=Paris&zoom=12&size=400x400&key=\${apiKey}\`;`,
    `const res = await fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${address}&key=\${process.env.NEXT_PUBLIC_MAPS_KEY}\`);`,

    // SDK options without a credential in the query
    `import { AzureOpenAI } from "openai";
const client = new AzureOpenAI({
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY,
  apiVersion: "2024-10-21",
  defaultQuery: { "api-version": "2024-10-21" },
});`,
    `import OpenAI from "openai";
const client = new OpenAI({
  baseURL: \`\${process.env.AZURE_OPENAI_ENDPOINT}/openai/deployments/gpt-4o\`,
  defaultQuery: { "api-version": "2024-10-21" },
  defaultHeaders: { "api-key": process.env.AZURE_OPENAI_API_KEY },
});`,

    // Query options of clients that are not known HTTP clients
    `const res = await api.get("/search", { params: { key: apiKey } });`,
    `const { data } = await $http.get(url, { params: { api_key: this.apiKey } });`,

    // Log calls and tagged templates (other rules own them)
    `console.log(\`GET \${BASE}?key=\${apiKey}\`);`,
    `const rows = await sql\`SELECT id FROM keys WHERE owner = \${owner} AND note = '?key=' || \${apiKey}\`;`,

    // Links for a person: a one-time token is what a reset, invitation or sign-in link carries
    {
      code: `import { v4 as uuidv4 } from "uuid";
export function ssoRedirect(res: { redirect(url: string): void }) {
  const ssoToken = uuidv4();
  res.redirect(\`/sso-success?token=\${ssoToken}\`);
}`,
      filename: "file.ts",
    },
    `export const getResetLink = (base, token) => \`\${base}/reset-password?token=\${encodeURIComponent(token)}\`;`,
    `export function getSecureTokenLink(path, token) {
  const baseUrl = getSecureAppUrl(path);
  return \`\${baseUrl}?token=\${encodeURIComponent(token)}\`;
}`,
    `const { token } = await TemporaryAuthToken.issue(userId);
response.status(200).json({ token: String(token), loginPath: \`/sso/simple?token=\${token}\` });`,
    `await sendMail({ to: user.email, html: \`<a href="\${appUrl}/invite/accept?token=\${inviteToken}">Join the workspace</a>\` });`,
    `const verifyUrl = new URL(\`\${origin}/verify-email?token=\${verificationToken}\`);`,

    // Options
    { code: `const res = await fetch(\`https://fn-app.azurewebsites.net/api/summarize?code=\${process.env.AZURE_FUNCTION_KEY}\`);`, options: [{"allowedParams":["code"]}] },
    { code: `const url = \`\${BASE}/search?API_KEY=\${process.env.SEARCH_API_KEY}\`;`, options: [{"allowedParams":["api-key"]}] },
  ],
  invalid: [
    // A query serialized with qs after `?`.
    {
      code: `import qs from "qs";
export async function search(q: string) {
  const res = await fetch(\`https://serpapi.com/search.json?\${qs.stringify({ q, engine: "google", api_key: process.env.SERPAPI_API_KEY })}\`);
  return res.json();
}`,
      filename: "file.ts",
      errors: [
        { messageId: "keyInUrlQueryOnly", line: 3, column: 98, endLine: 3, endColumn: 134, suggestions: [] },
      ],
    },
    // Node's querystring (node: prefix) after `?` in a `+` chain.
    {
      code: `const querystring = require("node:querystring");
const params = { cx: process.env.SEARCH_ENGINE_ID, q: "rag", key: process.env.GOOGLE_API_KEY };
fetch("https://www.googleapis.com/customsearch/v1?" + querystring.stringify(params));`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 2, column: 62, endLine: 2, endColumn: 93, suggestions: [] },
      ],
    },
    // A named query-string import, through a constant.
    {
      code: `import { stringify } from "query-string";
const query = stringify({ function: "NEWS_SENTIMENT", apikey: process.env.ALPHA_VANTAGE_API_KEY });
export const news = () => fetch("https://www.alphavantage.co/query?" + query);`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 55, endLine: 2, endColumn: 96, suggestions: [] },
      ],
    },
    // A link's path does not excuse a provider key, a secret environment variable or a key-named value
    {
      code: `res.redirect(\`/sso-success?token=\${process.env.OPENAI_API_KEY}\`);`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 36, endLine: 1, endColumn: 62 }],
    },
    {
      code: `export const getResetLink = (base, apiKey) => \`\${base}/reset-password?token=\${apiKey}\`;`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 79, endLine: 1, endColumn: 85 }],
    },
    {
      code: `const res = await fetch(\`https://api.example.com/v1/login?api_key=\${apiKey}\`);`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 69, endLine: 1, endColumn: 75 }],
    },
    {
      // A link's path does not excuse a URL the code requests itself.
      code: `const res = await fetch(\`https://api.acme.io/v1/sso/login?token=\${authToken}\`);`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 67, endLine: 1, endColumn: 76 }],
    },
    {
      // The words of the host are not the path's.
      code: `const res = await fetch(\`https://sso.example.com/v1/users?token=\${accessToken}\`);`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 67, endLine: 1, endColumn: 78 }],
    },
    {
      // A function that builds an API URL is not a link builder.
      code: `export const buildSearchUrl = (q, token) => \`https://api.example.com/search?q=\${q}&token=\${authToken}\`;`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 92, endLine: 1, endColumn: 101 }],
    },
    {
      // The params reach a URL whose API only reads its key from the query: the message says so.
      code: `const params = new URLSearchParams({ engine: "google", q: "weather", api_key: process.env.SERPAPI_API_KEY });
exports.search = () => fetch(\`https://serpapi.com/search.json?\${params.toString()}\`);`,
      errors: [{ messageId: "keyInUrlQueryOnly", line: 1, column: 70, endLine: 1, endColumn: 106 }],
    },
    {
      // The `=` comes from a constant two steps away.
      code: `const QUERY = "?key=";
const ENDPOINT = "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent" + QUERY;
const res = await fetch(\`\${ENDPOINT}\${process.env.GEMINI_API_KEY}\`, { method: "POST" });`,
      errors: [{ messageId: "keyInUrlUseHeader", line: 3, column: 39, endLine: 3, endColumn: 65 }],
    },
    // Template literals
    {
      code: `const res = await fetch(\`https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=\${process.env.GEMINI_API_KEY}\`, {
  method: "POST",
  body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
});`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 1, column: 115, endLine: 1, endColumn: 141 },
      ],
    },
    {
      code: `export async function callGemini(prompt: string, key: string) {
  const res = await fetch(\`https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=\${key}\`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
  });
  return res.json();
}`,
      filename: "file.ts",
      errors: [
        { messageId: "keyInUrlUseHeader", line: 2, column: 123, endLine: 2, endColumn: 126 },
      ],
    },
    {
      code: `class SearchTool {
  constructor(private readonly apiKey: string) {}
  async search(q: string) {
    return fetch(\`https://serpapi.com/search.json?engine=google&q=\${encodeURIComponent(q)}&api_key=\${this.apiKey}\`);
  }
}`,
      filename: "file.ts",
      errors: [
        { messageId: "keyInUrlQueryOnly", line: 4, column: 102, endLine: 4, endColumn: 113 },
      ],
    },
    {
      code: `const res = await fetch(\`https://api-inference.huggingface.co/models/\${model}?access_token=\${process.env.HF_TOKEN}\`, { method: "POST", body: JSON.stringify({ inputs }) });`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 1, column: 94, endLine: 1, endColumn: 114 },
      ],
    },
    {
      code: `const r = await fetch(\`https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21&api-key=\${azureKey}\`, { method: "POST", body });`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 1, column: 137, endLine: 1, endColumn: 145 },
      ],
    },
    {
      code: `const query = await fetch(\`https://\${indexHost}/query?apiKey=\${process.env.PINECONE_API_KEY}\`, { method: "POST", body: JSON.stringify({ vector, topK: 5 }) });`,
      errors: [
        { messageId: "keyInUrl", line: 1, column: 64, endLine: 1, endColumn: 92 },
      ],
    },
    {
      code: `const key = import.meta.env.VITE_OPENAI_KEY;
const url = \`\${import.meta.env.VITE_PROXY_URL}/v1/chat?token=\${key}\`;`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 64, endLine: 2, endColumn: 67 },
      ],
    },
    {
      code: `// A local proxy still writes the URL, key included, to its access log.
const res = await fetch(\`http://localhost:8080/v1/chat?token=\${authToken}\`);`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 64, endLine: 2, endColumn: 73 },
      ],
    },
    {
      code: `const res = await fetch(\`\${BASE}/v1/complete?key=\${process.env.GEMINI_API_KEY! as string}\`);`,
      filename: "file.ts",
      errors: [
        { messageId: "keyInUrl", line: 1, column: 52, endLine: 1, endColumn: 89 },
      ],
    },

    // String concatenation, through constants
    {
      code: `const BASE = "https://generativelanguage.googleapis.com/v1beta";
const url = BASE + "/models/gemini-1.5-flash:generateContent?key=" + GEMINI_API_KEY;
const res = await fetch(url, { method: "POST", body });`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 2, column: 70, endLine: 2, endColumn: 84 },
      ],
    },
    {
      code: `const apiKey = process.env.SERPAPI_API_KEY;
const url = "https://serpapi.com/search.json?engine=google&q=" + encodeURIComponent(q) + "&api_key=" + apiKey;`,
      errors: [
        { messageId: "keyInUrlQueryOnly", line: 2, column: 104, endLine: 2, endColumn: 110 },
      ],
    },
    {
      code: `const auth = "&api_key=" + config.serpApiKey;
const res = await fetch(base + "?q=" + q + auth);`,
      errors: [
        { messageId: "keyInUrl", line: 1, column: 28, endLine: 1, endColumn: 45 },
      ],
    },
    {
      code: `const https = require("https");
const { OPENWEATHER_API_KEY } = process.env;
https.get("https://api.openweathermap.org/data/2.5/weather?q=" + city + "&appid=" + OPENWEATHER_API_KEY, onResponse);`,
      errors: [
        { messageId: "keyInUrl", line: 3, column: 85, endLine: 3, endColumn: 104 },
      ],
    },
    {
      code: `const res = await fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${address}&key=\${process.env.GOOGLE_MAPS_API_KEY}\`);`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 1, column: 101, endLine: 1, endColumn: 132 },
      ],
    },

    // Key-shaped literals
    {
      code: `fetch("https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=${fake.google()}");`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 1, column: 7, endLine: 1, endColumn: 116 },
      ],
    },
    {
      code: `const MAPS_KEY = "${fake.google()}";
fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${address}&key=\${MAPS_KEY}\`);`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 2, column: 83, endLine: 2, endColumn: 91 },
      ],
    },

    // url.searchParams
    {
      code: `const url = new URL("https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent");
url.searchParams.set("key", process.env.GEMINI_API_KEY);
const res = await fetch(url, { method: "POST", body });`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 2, column: 29, endLine: 2, endColumn: 55 },
      ],
    },
    {
      code: `const url = new URL(\`\${process.env.SEARCH_URL}/search\`);
url.searchParams.append("q", query);
url.searchParams.append("api_key", this.searchApiKey);`,
      errors: [
        { messageId: "keyInUrl", line: 3, column: 36, endLine: 3, endColumn: 53 },
      ],
    },
    {
      code: `const params = url.searchParams;
params.set("access_token", accessToken);`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 28, endLine: 2, endColumn: 39 },
      ],
    },

    // URLSearchParams used in a URL
    {
      code: `const params = new URLSearchParams({ key: apiKey, alt: "sse" });
const res = await fetch(\`\${BASE}/models/gemini-pro:streamGenerateContent?\${params}\`);`,
      errors: [
        { messageId: "keyInUrl", line: 1, column: 38, endLine: 1, endColumn: 49 },
      ],
    },
    {
      code: `const params = new URLSearchParams([["api_key", process.env.SERPAPI_API_KEY], ["q", query]]);
const res = await fetch("https://serpapi.com/search?" + params.toString());`,
      errors: [
        { messageId: "keyInUrlQueryOnly", line: 1, column: 49, endLine: 1, endColumn: 76 },
      ],
    },
    {
      code: `const params = new URLSearchParams();
params.append("q", query);
params.append("token", accessToken);
url.search = params.toString();`,
      errors: [
        { messageId: "keyInUrl", line: 3, column: 24, endLine: 3, endColumn: 35 },
      ],
    },
    {
      code: `url.search = "key=" + process.env.GOOGLE_API_KEY;`,
      errors: [
        { messageId: "keyInUrl", line: 1, column: 23, endLine: 1, endColumn: 49 },
      ],
    },

    // HTTP client query options
    {
      code: `import axios from "axios";
const { data } = await axios.get("https://api.example.com/v1/search", { params: { api_key: process.env.SEARCH_API_KEY, q } });`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 83, endLine: 2, endColumn: 118 },
      ],
    },
    {
      code: `const axios = require("axios");
module.exports = (q) => axios({ url: "https://api.example.com/v1/search", params: { q, apikey: config.apiKey } });`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 88, endLine: 2, endColumn: 109 },
      ],
    },
    {
      code: `import axios from "axios";
const gemini = axios.create({ baseURL: "https://generativelanguage.googleapis.com/v1beta", params: { key: process.env.GEMINI_API_KEY } });
export const embed = (text) => gemini.post("/models/text-embedding-004:embedContent", { content: { parts: [{ text }] } }, { params: { key: apiKey } });`,
      errors: [
        { messageId: "keyInUrlUseHeader", line: 2, column: 102, endLine: 2, endColumn: 133 },
        { messageId: "keyInUrl", line: 3, column: 135, endLine: 3, endColumn: 146 },
      ],
    },
    {
      code: `import axios from "axios";
axios.defaults.params = { api_key: apiKey };
axios.interceptors.request.use((config) => {
  config.params.token = process.env.API_TOKEN;
  return config;
});`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 27, endLine: 2, endColumn: 42 },
        { messageId: "keyInUrl", line: 4, column: 25, endLine: 4, endColumn: 46 },
      ],
    },
    {
      code: `const got = require("got");
const body = await got("https://api.example.com/v1/items", { searchParams: { apikey: settings.apiKey } }).json();`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 78, endLine: 2, endColumn: 101 },
      ],
    },
    {
      code: `import ky from "ky";
const api = ky.create({ prefixUrl: "https://api.example.com", searchParams: { token: accessToken } });`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 79, endLine: 2, endColumn: 97 },
      ],
    },
    {
      code: `import { request } from "undici";
const { body } = await request("https://api.example.com/v1/items", { query: { api_key: apiKey } });`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 79, endLine: 2, endColumn: 94 },
      ],
    },
    {
      code: `import superagent from "superagent";
const res = await superagent.get("https://api.example.com/v1/items").set("Accept", "application/json").query({ api_key: apiKey });`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 112, endLine: 2, endColumn: 127 },
      ],
    },
    {
      code: `import { ofetch } from "ofetch";
const data = await ofetch("/v1/items", { baseURL, query: { key: process.env.ITEMS_API_KEY } });`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 60, endLine: 2, endColumn: 90 },
      ],
    },

    // SDK options that add a query to every request
    {
      code: `import OpenAI from "openai";
const client = new OpenAI({
  baseURL: \`\${process.env.AZURE_OPENAI_ENDPOINT}/openai/deployments/gpt-4o\`,
  defaultQuery: { "api-version": "2024-10-21", "api-key": process.env.AZURE_OPENAI_API_KEY },
});`,
      errors: [
        { messageId: "keyInDefaultQuery", line: 4, column: 48, endLine: 4, endColumn: 91 },
      ],
    },
    {
      code: `import { AzureOpenAI } from "openai";
const client = new AzureOpenAI({ endpoint, apiVersion: "2024-10-21", defaultQuery: { "subscription-key": process.env.APIM_SUBSCRIPTION_KEY } });`,
      errors: [
        { messageId: "keyInDefaultQuery", line: 2, column: 86, endLine: 2, endColumn: 139 },
      ],
    },
    {
      code: `const Anthropic = require("@anthropic-ai/sdk");
const QUERY = { key: process.env.ANTHROPIC_API_KEY };
const anthropic = new Anthropic({ baseURL: process.env.GATEWAY_URL, defaultQuery: QUERY });`,
      errors: [
        { messageId: "keyInDefaultQuery", line: 2, column: 17, endLine: 2, endColumn: 51 },
      ],
    },
    {
      code: `import { ChatOpenAI } from "@langchain/openai";
const llm = new ChatOpenAI({
  model: "gpt-4o",
  configuration: { baseURL: process.env.LLM_GATEWAY, defaultQuery: { token: gatewayToken } },
});`,
      errors: [
        { messageId: "keyInDefaultQuery", line: 4, column: 70, endLine: 4, endColumn: 89 },
      ],
    },
    {
      code: `import Groq from "groq-sdk";
const groq = new Groq({ apiKey: "unused", defaultQuery: { api_key: process.env.GROQ_API_KEY } as Record<string, string> });`,
      filename: "file.ts",
      errors: [
        { messageId: "keyInDefaultQuery", line: 2, column: 59, endLine: 2, endColumn: 92 },
      ],
    },
    {
      code: `import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
const provider = createOpenAICompatible({ name: "gateway", baseURL: process.env.GATEWAY_URL, queryParams: { key: process.env.GATEWAY_API_KEY } });`,
      errors: [
        { messageId: "keyInDefaultQuery", line: 2, column: 109, endLine: 2, endColumn: 141 },
      ],
    },

    // URLs opened by browsers without headers
    {
      code: `const ws = new WebSocket(\`wss://generativelanguage.googleapis.com/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent?key=\${apiKey}\`);`,
      errors: [
        { messageId: "keyInSocketUrl", line: 1, column: 150, endLine: 1, endColumn: 156 },
      ],
    },
    {
      code: `const url = \`/api/stream?token=\${accessToken}\`;
const events = new EventSource(url);`,
      errors: [
        { messageId: "keyInSocketUrl", line: 1, column: 34, endLine: 1, endColumn: 45 },
      ],
    },
    {
      code: `import WebSocket from "ws";
const ws = new WebSocket(\`wss://api.example.com/realtime?token=\${process.env.API_TOKEN}\`);`,
      errors: [
        { messageId: "keyInUrl", line: 2, column: 66, endLine: 2, endColumn: 87 },
      ],
    },

    // A URL built once and used many times is reported once
    {
      code: `const url = \`\${BASE}/models/gemini-pro:generateContent?key=\${apiKey}\`;
const first = await fetch(url, { method: "POST", body: a });
const second = await fetch(\`\${url}&alt=sse\`, { method: "POST", body: b });`,
      errors: [
        { messageId: "keyInUrl", line: 1, column: 62, endLine: 1, endColumn: 68 },
      ],
    },

    // Options
    {
      code: `const res = await fetch(\`\${BASE}/v2/render?license=\${licenseKey}\`);`,
      options: [{"extraParams":["license"]}],
      errors: [
        { messageId: "keyInUrl", line: 1, column: 54, endLine: 1, endColumn: 64 },
      ],
    },
    {
      code: `const res = await fetch(\`\${BASE}/v2/render?X-Render-Key=\${process.env.RENDER_KEY}\`);`,
      options: [{"extraParams":["x_render_key"]}],
      errors: [
        { messageId: "keyInUrl", line: 1, column: 59, endLine: 1, endColumn: 81 },
      ],
    },
  ],
});
