import type { InvalidTestCase } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/no-secret-in-prompt";
import { runRuleTests } from "../rule-tester";
import { locationOf as at } from "../support/locations";
import { fake } from "../support/fake-secrets";

type MessageIds = "secretInPrompt";

interface Spot {
  /** The reported source text. */
  text: string;
  /** How the message names it. */
  what: string;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
}

const env = (name: string): string => `The secret environment variable '${name}'`;
const named = (name: string): string => `The credential '${name}'`;
const literal = (provider: string): string => `A hard-coded ${provider}`;

function invalid(code: string, spots: Spot[], filename?: string): InvalidTestCase<MessageIds, []> {
  return {
    code,
    ...(filename ? { filename } : {}),
    errors: spots.map((spot) => ({ messageId: "secretInPrompt" as const, data: { what: spot.what }, ...at(code, spot.text, spot.nth) })),
  };
}

const openaiKey = fake.openaiProject();
const anthropicKey = fake.anthropic();
const googleKey = fake.google();

runRuleTests("no-secret-in-prompt", rule, {
  valid: [
    // Agents whose instructions only talk about credentials; the key handed to a tool, not the agent.
    `
      import { Agent, tool } from "@openai/agents";
      const lookup = tool({ name: "lookup", description: "Look up an order", parameters, execute: async ({ id }) => fetchOrder(id, process.env.SHOP_API_KEY) });
      const support = new Agent({ name: "support", instructions: "Never reveal API keys or tokens.", tools: [lookup] });
    `,
    // A prompt builder whose parameters carry the text; a key used only to check it is set.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      function systemPrompt(product) {
        if (!process.env.STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set");
        return \`You are the support assistant for \${product}.\`;
      }
      await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: systemPrompt(apiKeyName) }] });
    `,
    // Other APIs with the same method names: Twilio's messages.create, a chat API without a model.
    `
      import twilio from "twilio";
      const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_AUTH_TOKEN);
      await client.messages.create({ body: \`Your code: \${process.env.OTP_SECRET}\`, to: "+15550100", from: "+15550101" });
      await slack.chat.completions.create({ channel: "#ops", messages: [process.env.SLACK_TOKEN] });
    `,
    // A few characters shown to identify a key are not the key.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      const key = process.env.STRIPE_SECRET_KEY;
      await openai.chat.completions.create({
        model: "gpt-4o",
        messages: [
          { role: "system", content: \`The configured Stripe key ends with \${key?.slice(-4)} (\${key.substring(0, 3)}…).\` },
          { role: "user", content: "Which key is configured? " + process.env.STRIPE_SECRET_KEY.slice(-4) },
        ],
      });
    `,
    // Prompts that only talk about keys.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      await openai.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [
          { role: "system", content: "Never reveal the API key, passwords or tokens, even if the user asks." },
          { role: "user", content: userQuestion },
        ],
      });
    `,
    // The key goes to the client constructor: the right place.
    `
      import OpenAI from "openai";
      const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, organization: process.env.OPENAI_ORG_ID });
      const completion = await openai.chat.completions.create({ model: "gpt-4o", max_tokens: maxTokens, messages: [{ role: "user", content: userQuestion }] });
    `,
    // Non-secret variables and environment variables in the prompt.
    `
      import Anthropic from "@anthropic-ai/sdk";
      const anthropic = new Anthropic();
      const system = \`You answer questions about \${process.env.PRODUCT_NAME}. Reply in under \${maxTokens} tokens. Model: \${process.env.MODEL_NAME}.\`;
      await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, system, messages: [{ role: "user", content: userQuestion }] });
    `,
    // Tool definitions naming an apiKey parameter in JSON schema are not prompt text.
    `
      import OpenAI from "openai";
      const client = new OpenAI();
      await client.chat.completions.create({
        model: "gpt-4o",
        messages,
        tools: [{ type: "function", function: { name: "call_billing", parameters: { type: "object", properties: { apiKey: { type: "string" }, password: { type: "string" } } } } }],
      });
    `,
    // Authorization headers in the request options are transport, not prompt.
    `
      import OpenAI from "openai";
      const client = new OpenAI();
      await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] }, { headers: { Authorization: \`Bearer \${token}\`, "x-api-key": apiKey } });
    `,
    // Vercel AI SDK: keys used by tools and headers, never in the prompt.
    `
      import { generateText, tool } from "ai";
      import { openai } from "@ai-sdk/openai";
      import { z } from "zod";
      const { text } = await generateText({
        model: openai("gpt-4o"),
        system: "You are a weather assistant. Do not disclose credentials.",
        prompt: question,
        headers: { "x-api-key": process.env.GATEWAY_API_KEY },
        tools: {
          weather: tool({
            description: "Get the weather",
            parameters: z.object({ city: z.string() }),
            execute: async ({ city }) => fetch(\`https://api.weather.example/v1?city=\${city}\`, { headers: { key: process.env.WEATHER_API_KEY } }),
          }),
        },
      });
    `,
    // Safe derivatives of a key.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      await openai.chat.completions.create({
        model: "gpt-4o",
        messages: [{ role: "system", content: \`Billing integration: \${apiKey ? "configured" : "missing"}, key length \${apiKey.length}, ends with \${mask(apiKey)}.\` }],
      });
    `,
    // Placeholders that look like keys.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      await openai.responses.create({ model: "gpt-4o", instructions: "Keys look like sk-proj-... or AIza<your-key>; never print them.", input: question });
    `,
    // A prose constant whose name mentions a key.
    `
      import { generateText } from "ai";
      const apiKeyInstructions = "If the user pastes an API key, tell them to rotate it.";
      const secretPolicy = \`Never repeat secrets. Today is \${today}.\`;
      const secret = "Do not reveal internal details";
      await generateText({ model, system: apiKeyInstructions + secretPolicy + secret, prompt: question });
    `,
    // Streamed tokens named `token` are model output, not credentials.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      const messages = [{ role: "user", content: question }];
      const stream = await openai.chat.completions.create({ model: "gpt-4o", messages, stream: true });
      let answer = "";
      for await (const token of stream) answer += token;
      messages.push({ role: "assistant", content: answer });
      await openai.chat.completions.create({ model: "gpt-4o", messages });
    `,
    // A `token` read from a streamed chunk is model output too.
    `
      import Groq from "groq-sdk";
      const groq = new Groq();
      export async function relay(stream, history) {
        for await (const chunk of stream) {
          const token = chunk.choices[0]?.delta?.content ?? "";
          history.push({ role: "assistant", content: token });
        }
        return groq.chat.completions.create({ model: "llama3-70b-8192", messages: history });
      }
    `,
    // Names that mention credentials as metadata.
    `
      import { Ollama } from "ollama";
      const ollama = new Ollama({ host: "http://127.0.0.1:11434" });
      await ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: \`\${user.passwordHint} \${tokenCount} \${nextPageToken} \${apiKeyName}\` }] });
    `,
    // Public and publishable environment variables.
    `
      import { streamText } from "ai";
      streamText({ model, system: \`Site: \${process.env.NEXT_PUBLIC_SITE_URL}. Checkout key: \${process.env.STRIPE_PUBLISHABLE_KEY}.\`, messages });
    `,
    // The same call shapes on objects that are not AI SDK clients.
    `
      import { generateText } from "./my-ai";
      const client = makeClient();
      await client.chat.completions.create({ messages: [{ role: "user", content: apiKey }] });
      await generateText({ prompt: process.env.OPENAI_API_KEY });
    `,
    // LangChain: the key goes to the model constructor; template placeholders are just names.
    `
      import { ChatOpenAI } from "@langchain/openai";
      import { ChatPromptTemplate } from "@langchain/core/prompts";
      const model = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: process.env.OPENAI_API_KEY });
      const prompt = ChatPromptTemplate.fromMessages([["system", "Use the {tool} tool. Never ask for an {apiKey}."], ["human", "{question}"]]);
      const chain = prompt.pipe(model);
      await chain.invoke({ tool: "search", question });
    `,
    // A secret used before the call, but not in the prompt.
    `
      const OpenAI = require("openai");
      const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
      const docs = await search(question, { apiKey: process.env.SEARCH_API_KEY });
      const context = docs.map((d) => d.pageContent).join("\\n");
      openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: \`Context:\\n\${context}\` }, { role: "user", content: question }] });
    `,
    // A schema that names credential fields is not prompt text.
    `
      import { generateObject } from "ai";
      import { z } from "zod";
      const { object } = await generateObject({
        model,
        schema: z.object({ apiKey: z.string().describe("the key the user pasted"), password: z.string() }),
        prompt: \`Extract the fields from: \${ticketText}\`,
      });
    `,
    // A member named after a credential store, not a credential.
    `
      import { ChatAnthropic } from "@langchain/anthropic";
      const model = new ChatAnthropic({ model: "claude-sonnet-4-5", apiKey: secrets.anthropic });
      await model.invoke(\`Which secrets manager fits us: \${vault.provider} or \${secretsManager.name}?\`);
    `,
    // A key passed as an option of the call, next to the prompt.
    `
      import { InferenceClient } from "@huggingface/inference";
      const hf = new InferenceClient();
      await hf.chatCompletion({ model: "meta-llama/Llama-3.1-8B-Instruct", accessToken: process.env.HF_TOKEN, messages: [{ role: "user", content: question }] });
    `,
    // A message object's other keys (name, tool_call_id, image URLs) are not prompt text.
    {
      code: `
        import OpenAI from "openai";
        const openai = new OpenAI();
        await openai.chat.completions.create({
          model: "gpt-4o",
          messages: [
            { role: "tool", tool_call_id: secretToolCallId, content: toolOutput },
            { role: "user", content: [{ type: "image_url", image_url: { url: \`https://files.example/img?sig=\${signature}&token=\${accessToken}\` } }] },
          ],
        });
      `,
      filename: "file.ts",
    },
  ],
  invalid: [
    // --- A client created in another file, injected, or returned by a getter: the call's shape tells.
    invalid(
      `
        import { openai } from "@/lib/openai";
        import { anthropic } from "./clients";
        export async function POST(req: Request) {
          const { messages } = await req.json();
          await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: \`DB password \${process.env.DB_PASSWORD}\` }, ...messages] });
          await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, system: \`Use \${process.env.STRIPE_SECRET_KEY}\`, messages });
        }
        export class Assistant {
          constructor(private readonly llm: { responses: { create(body: object): Promise<unknown> } }) {}
          ask(q: string) {
            return this.llm.responses.create({ model: "gpt-4.1", instructions: \`CRM token \${process.env.CRM_TOKEN}\`, input: q });
          }
        }
        const stream = await getClient().beta.chat.completions.stream({ model: "gpt-4o", messages: [{ role: "user", content: process.env.GITHUB_TOKEN }] });
      `,
      [
        { text: "process.env.DB_PASSWORD", what: env("DB_PASSWORD") },
        { text: "process.env.STRIPE_SECRET_KEY", what: env("STRIPE_SECRET_KEY") },
        { text: "process.env.CRM_TOKEN", what: env("CRM_TOKEN") },
        { text: "process.env.GITHUB_TOKEN", what: env("GITHUB_TOKEN") },
      ],
      "file.ts",
    ),
    // --- A LlamaIndex index handed in as a parameter: its chat engine's system prompt.
    invalid(
      `
        import type { VectorStoreIndex } from "llamaindex";
        export async function chatOverDocs(index: VectorStoreIndex, message: string) {
          const chatEngine = index.asChatEngine({ systemPrompt: \`Answer from the docs. Billing key: \${process.env.BILLING_API_KEY}\` });
          return chatEngine.chat({ message });
        }
      `,
      [{ text: "process.env.BILLING_API_KEY", what: env("BILLING_API_KEY") }],
      "file.ts",
    ),
    // --- Agent frameworks: an agent's instructions are a system prompt sent with every run.
    invalid(
      `
        import { Agent, run } from "@openai/agents";
        import { createReactAgent } from "@langchain/langgraph/prebuilt";
        import { Agent as MastraAgent } from "@mastra/core/agent";
        const support = new Agent({ name: "support", instructions: \`Zendesk token \${process.env.ZENDESK_TOKEN}\` });
        const result = await run(support, \`Use \${process.env.STRIPE_SECRET_KEY}\`);
        const agent = createReactAgent({ llm, tools: [], prompt: \`GitLab \${process.env.GITLAB_TOKEN}\` });
        const ops = new MastraAgent({ name: "ops", instructions: \`Heroku key \${process.env.HEROKU_API_KEY}\`, model });
      `,
      [
        { text: "process.env.ZENDESK_TOKEN", what: env("ZENDESK_TOKEN") },
        { text: "process.env.STRIPE_SECRET_KEY", what: env("STRIPE_SECRET_KEY") },
        { text: "process.env.GITLAB_TOKEN", what: env("GITLAB_TOKEN") },
        { text: "process.env.HEROKU_API_KEY", what: env("HEROKU_API_KEY") },
      ],
    ),
    // --- Prompt builders: what a same-file function returns is the prompt.
    invalid(
      `
        import OpenAI from "openai";
        import { generateText } from "ai";
        const openai = new OpenAI();
        function systemPrompt() {
          if (!process.env.STRIPE_SECRET_KEY) return "Stripe is not configured.";
          return \`Manage Stripe with key \${process.env.STRIPE_SECRET_KEY}.\`;
        }
        const buildPrompt = (q: string) => \`\${q}\\nUse token \${process.env.CRM_TOKEN}\`;
        await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: systemPrompt() }] });
        await generateText({ model, prompt: buildPrompt(question) });
      `,
      [
        { text: "process.env.STRIPE_SECRET_KEY", what: env("STRIPE_SECRET_KEY"), nth: 1 },
        { text: "process.env.CRM_TOKEN", what: env("CRM_TOKEN") },
      ],
      "file.ts",
    ),
    // --- A slice that keeps most of the key is the key.
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        const key = process.env.STRIPE_SECRET_KEY;
        await openai.chat.completions.create({
          model: "gpt-4o",
          messages: [{ role: "system", content: \`Use key \${key.slice(3)} and \${key.slice(0, 40)}\` }],
        });
      `,
      [
        { text: "key", what: env("STRIPE_SECRET_KEY"), nth: 2 },
        { text: "key", what: env("STRIPE_SECRET_KEY"), nth: 3 },
      ],
    ),
    // --- OpenAI chat messages
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        await openai.chat.completions.create({
          model: "gpt-4o",
          messages: [{ role: "system", content: \`Use this key for the billing API: \${apiKey}\` }, { role: "user", content: question }],
        });
      `,
      [{ text: "apiKey", what: named("apiKey"), nth: 0 }],
    ),
    // --- env var in a system prompt constant, used later
    invalid(
      `
        import Anthropic from "@anthropic-ai/sdk";
        const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
        const systemPrompt = \`You are a database assistant. Connect with password \${process.env.DB_PASSWORD}.\`;
        export async function ask(question) {
          return anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, system: systemPrompt, messages: [{ role: "user", content: question }] });
        }
      `,
      [{ text: "process.env.DB_PASSWORD", what: env("DB_PASSWORD") }],
    ),
    // --- a messages array built in a variable, and pushed to
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        const sys = "Internal admin password: " + adminPassword;
        const messages = [{ role: "system", content: sys }];
        messages.push({ role: "user", content: \`key: \${config.stripeSecretKey}\` });
        const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
      `,
      [
        { text: "adminPassword", what: named("adminPassword") },
        { text: "config.stripeSecretKey", what: named("stripeSecretKey") },
      ],
    ),
    // --- a provider key written inside prompt prose: reported on the key itself
    invalid(
      `
        import OpenAI from "openai";
        const client = new OpenAI();
        await client.responses.create({ model: "gpt-4o", instructions: "When you call the billing tool, use key ${openaiKey} and never show it.", input: question });
      `,
      [{ text: openaiKey, what: literal("OpenAI project API key") }],
    ),
    // --- a whole literal key as the prompt
    invalid(
      `
        import { GoogleGenerativeAI } from "@google/generative-ai";
        const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
        const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
        const result = await model.generateContent("${googleKey}");
      `,
      [{ text: `"${googleKey}"`, what: literal("Google API key") }],
    ),
    // --- Vercel AI SDK: system (ai <= 6), instructions (ai 7) and prompt
    invalid(
      `
        import { generateText } from "ai";
        import { openai } from "@ai-sdk/openai";
        const { text } = await generateText({
          model: openai("gpt-4o"),
          system: \`You can refund orders with the Stripe key \${process.env.STRIPE_SECRET_KEY}.\`,
          instructions: "Refund politely. Token: " + process.env.INTERNAL_API_TOKEN,
          prompt: \`Refund order \${orderId}\`,
        });
      `,
      [
        { text: "process.env.STRIPE_SECRET_KEY", what: env("STRIPE_SECRET_KEY") },
        { text: "process.env.INTERNAL_API_TOKEN", what: env("INTERNAL_API_TOKEN") },
      ],
    ),
    // --- Next.js route handler with streamText and a messages array
    invalid(
      `
        import { streamText, convertToModelMessages } from "ai";
        import { anthropic } from "@ai-sdk/anthropic";
        export async function POST(req) {
          const { messages } = await req.json();
          const result = streamText({
            model: anthropic("claude-sonnet-4-5"),
            messages: [{ role: "system", content: \`Admin token: \${process.env.ADMIN_TOKEN}\` }, ...convertToModelMessages(messages)],
          });
          return result.toUIMessageStreamResponse();
        }
      `,
      [{ text: "process.env.ADMIN_TOKEN", what: env("ADMIN_TOKEN") }],
    ),
    // --- LangChain: templates, message classes, model.invoke, chain inputs
    invalid(
      `
        import { ChatOpenAI } from "@langchain/openai";
        import { ChatPromptTemplate } from "@langchain/core/prompts";
        import { SystemMessage, HumanMessage } from "@langchain/core/messages";
        const model = new ChatOpenAI({ model: "gpt-4o-mini" });
        const prompt = ChatPromptTemplate.fromMessages([
          ["system", \`Query the CRM with token \${process.env.CRM_API_TOKEN}.\`],
          ["human", "{question}"],
        ]);
        const chain = prompt.pipe(model);
        await chain.invoke({ question, crmPassword });
        await model.invoke([new SystemMessage(\`db password: \${dbPassword}\`), new HumanMessage(question)]);
        await model.invoke(\`Summarise the logs. Auth: \${authToken}\`);
      `,
      [
        { text: "process.env.CRM_API_TOKEN", what: env("CRM_API_TOKEN") },
        { text: "crmPassword", what: named("crmPassword") },
        { text: "dbPassword", what: named("dbPassword") },
        { text: "authToken", what: named("authToken") },
      ],
    ),
    // --- Gemini (legacy SDK): systemInstruction, startChat history, sendMessage
    invalid(
      `
        const { GoogleGenerativeAI } = require("@google/generative-ai");
        const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
        const model = genAI.getGenerativeModel({ model: "gemini-1.5-pro", systemInstruction: "Service account secret: " + serviceAccountSecret });
        const chat = model.startChat({ history: [{ role: "user", parts: [{ text: \`My token is \${githubToken}\` }] }] });
        await chat.sendMessage(question);
      `,
      [
        { text: "serviceAccountSecret", what: named("serviceAccountSecret") },
        { text: "githubToken", what: named("githubToken") },
      ],
    ),
    // --- @google/genai: contents and config.systemInstruction
    invalid(
      `
        import { GoogleGenAI } from "@google/genai";
        const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
        const response = await ai.models.generateContent({
          model: "gemini-2.5-flash",
          contents: [{ role: "user", parts: [{ text: question }] }],
          config: { systemInstruction: \`Use the Maps key \${process.env.MAPS_API_KEY} when asked for directions.\`, temperature: 0.2 },
        });
      `,
      [{ text: "process.env.MAPS_API_KEY", what: env("MAPS_API_KEY") }],
    ),
    // --- Ollama default instance and a client instance
    invalid(
      `
        import ollama, { Ollama } from "ollama";
        await ollama.chat({ model: "llama3.1", messages: [{ role: "system", content: \`vault token \${vaultToken}\` }] });
        const local = new Ollama({ host: "http://127.0.0.1:11434" });
        await local.generate({ model: "llama3.1", system: "SMTP password: " + process.env.SMTP_PASSWORD, prompt: question });
      `,
      [
        { text: "vaultToken", what: named("vaultToken") },
        { text: "process.env.SMTP_PASSWORD", what: env("SMTP_PASSWORD") },
      ],
    ),
    // --- Cohere v1 (message, preamble) and v2 (messages)
    invalid(
      `
        import { CohereClient, CohereClientV2 } from "cohere-ai";
        const cohere = new CohereClient({ token: process.env.CO_API_KEY });
        await cohere.chat({ message: question, preamble: \`Jira token: \${jiraApiToken}\` });
        const v2 = new CohereClientV2({ token: process.env.CO_API_KEY });
        await v2.chat({ model: "command-r-plus", messages: [{ role: "user", content: \`Use \${config.githubToken}\` }] });
      `,
      [
        { text: "jiraApiToken", what: named("jiraApiToken") },
        { text: "config.githubToken", what: named("githubToken") },
      ],
    ),
    // --- Mistral and Groq (CommonJS)
    invalid(
      `
        const { Mistral } = require("@mistralai/mistralai");
        const Groq = require("groq-sdk");
        const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
        const groq = new Groq();
        mistral.chat.complete({ model: "mistral-large-latest", messages: [{ role: "user", content: "key " + process.env.MISTRAL_API_KEY }] });
        groq.chat.completions.create({ model: "llama3-70b-8192", messages: [{ role: "system", content: \`\${process.env.GROQ_API_KEY}\` }] });
      `,
      [
        { text: "process.env.MISTRAL_API_KEY", what: env("MISTRAL_API_KEY"), nth: 1 },
        { text: "process.env.GROQ_API_KEY", what: env("GROQ_API_KEY") },
      ],
    ),
    // --- LlamaIndex: chat engine from an index, LLM complete
    invalid(
      `
        import { VectorStoreIndex } from "llamaindex";
        import { OpenAI } from "@llamaindex/openai";
        const index = await VectorStoreIndex.fromDocuments(documents);
        const chatEngine = index.asChatEngine();
        await chatEngine.chat({ message: \`Search with API key \${searchApiKey}\` });
        const llm = new OpenAI({ model: "gpt-4o" });
        await llm.complete({ prompt: "Password hint for admin: " + adminPassword });
      `,
      [
        { text: "searchApiKey", what: named("searchApiKey") },
        { text: "adminPassword", what: named("adminPassword") },
      ],
    ),
    // --- browser and edge runtimes: import.meta.env and Deno.env
    invalid(
      `
        import { streamText } from "ai";
        import { createOpenAI } from "@ai-sdk/openai";
        const openai = createOpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY });
        export const run = (question) =>
          streamText({ model: openai("gpt-4o-mini"), prompt: \`\${question}\\n(service key: \${import.meta.env.VITE_SUPABASE_SERVICE_KEY})\` });
        export const admin = (question) =>
          streamText({ model: openai("gpt-4o-mini"), system: "Service role: " + Deno.env.get("SUPABASE_SERVICE_ROLE_KEY"), prompt: question });
      `,
      [
        { text: "import.meta.env.VITE_SUPABASE_SERVICE_KEY", what: env("VITE_SUPABASE_SERVICE_KEY") },
        { text: 'Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")', what: env("SUPABASE_SERVICE_ROLE_KEY") },
      ],
    ),
    // --- Hugging Face chat, LangChain createAgent and PromptTemplate, Azure OpenAI structured output
    invalid(
      `
        import { InferenceClient } from "@huggingface/inference";
        import { createAgent } from "langchain";
        import { PromptTemplate } from "@langchain/core/prompts";
        import { AzureOpenAI } from "openai";
        const hf = new InferenceClient(process.env.HF_TOKEN);
        await hf.chatCompletion({ model: "meta-llama/Llama-3.1-8B-Instruct", messages: [{ role: "user", content: "token=" + process.env.HF_TOKEN }] });
        const agent = createAgent({ model: "openai:gpt-4o", tools, systemPrompt: \`You deploy with \${deployToken}.\` });
        const template = PromptTemplate.fromTemplate(\`Translate {text}. Glossary API key: \${glossaryApiKey}\`);
        const azure = new AzureOpenAI({ endpoint, apiVersion: "2024-10-21", deployment: "gpt-4o" });
        await azure.beta.chat.completions.parse({ model: "gpt-4o", messages: [{ role: "user", content: \`cert password \${certPassword}\` }], response_format });
      `,
      [
        { text: "process.env.HF_TOKEN", what: env("HF_TOKEN"), nth: 1 },
        { text: "deployToken", what: named("deployToken") },
        { text: "glossaryApiKey", what: named("glossaryApiKey") },
        { text: "certPassword", what: named("certPassword") },
      ],
    ),
    // --- LangChain message objects, and the default Ollama instance through require().default
    invalid(
      `
        const { HumanMessage } = require("@langchain/core/messages");
        const ollama = require("ollama").default;
        const msg = new HumanMessage({ content: \`Log in as admin with \${adminPassword}\` });
        ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: \`bearer \${bearerToken}\` }] });
      `,
      [
        { text: "adminPassword", what: named("adminPassword"), nth: 0 },
        { text: "bearerToken", what: named("bearerToken") },
      ],
    ),
    // --- LlamaIndex query engine and LLM chat, Vercel AI SDK agents and generateObject
    invalid(
      `
        import { VectorStoreIndex, Settings } from "llamaindex";
        import { ToolLoopAgent, generateObject } from "ai";
        const index = await VectorStoreIndex.fromDocuments(docs);
        const queryEngine = index.asQueryEngine();
        await queryEngine.query({ query: \`\${question} (db password: \${process.env.PG_PASSWORD})\` });
        await Settings.llm.chat({ messages: [{ role: "system", content: "sftp password " + sftpPassword }] });
        const agent = new ToolLoopAgent({ model, instructions: \`Ops bot. Pager token: \${pagerToken}\`, tools });
        await agent.generate({ prompt: question });
        await generateObject({ model, schema, system: "Use secret " + clientSecret, prompt: question });
      `,
      [
        { text: "process.env.PG_PASSWORD", what: env("PG_PASSWORD") },
        { text: "sftpPassword", what: named("sftpPassword") },
        { text: "pagerToken", what: named("pagerToken") },
        { text: "clientSecret", what: named("clientSecret") },
      ],
    ),
    // --- a client stored on the class
    invalid(
      `
        import OpenAI from "openai";
        export class SupportBot {
          private client: OpenAI;
          constructor(private readonly settings: { zendeskToken: string }) {
            this.client = new OpenAI();
          }
          async reply(ticket: string) {
            return this.client.chat.completions.create({
              model: "gpt-4o",
              messages: [{ role: "system", content: \`Zendesk token: \${this.settings.zendeskToken}\` }, { role: "user", content: ticket }],
            });
          }
        }
      `,
      [{ text: "this.settings.zendeskToken", what: named("zendeskToken") }],
      "file.ts",
    ),
    // --- TS wrappers: as const, satisfies, non-null
    invalid(
      `
        import OpenAI from "openai";
        import type { ChatCompletionMessageParam } from "openai/resources";
        const openai = new OpenAI();
        const messages = [
          { role: "system", content: \`Key: \${process.env.PARTNER_API_KEY!}\` },
        ] satisfies ChatCompletionMessageParam[];
        await openai.chat.completions.create({ model: "gpt-4o", messages: messages as ChatCompletionMessageParam[] });
      `,
      [{ text: "process.env.PARTNER_API_KEY!", what: env("PARTNER_API_KEY") }],
      "file.ts",
    ),
    // --- both branches of a ternary, and a fallback
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        await openai.chat.completions.create({
          model: "gpt-4o",
          messages: [{ role: "user", content: debug ? \`debug with \${refreshToken}\` : question }, { role: "user", content: override || clientSecret }],
        });
      `,
      [
        { text: "refreshToken", what: named("refreshToken") },
        { text: "clientSecret", what: named("clientSecret") },
      ],
    ),
    // --- JSON.stringify of a config holding a key, and of the whole environment
    invalid(
      `
        import Anthropic from "@anthropic-ai/sdk";
        const anthropic = new Anthropic();
        const config = { region: "eu-west-1", apiKey: process.env.PAYMENTS_API_KEY };
        await anthropic.messages.create({
          model: "claude-sonnet-4-5",
          max_tokens: 512,
          messages: [
            { role: "user", content: \`Debug this config: \${JSON.stringify(config)}\` },
            { role: "user", content: JSON.stringify(process.env) },
          ],
        });
      `,
      [
        { text: "process.env.PAYMENTS_API_KEY", what: env("PAYMENTS_API_KEY") },
        { text: "process.env", what: "The whole environment object", nth: 1 },
      ],
    ),
    // --- spread options, Anthropic system blocks, Responses API content parts
    invalid(
      `
        import Anthropic from "@anthropic-ai/sdk";
        import OpenAI from "openai";
        const anthropic = new Anthropic();
        const base = { model: "claude-sonnet-4-5", max_tokens: 1024, system: [{ type: "text", text: \`Signing secret: \${webhookSecret}\` }] };
        await anthropic.messages.create({ ...base, messages });
        const openai = new OpenAI();
        await openai.responses.create({ model: "gpt-4o", input: [{ role: "user", content: [{ type: "input_text", text: \`pat=\${githubPat}\` }] }] });
      `,
      [
        { text: "webhookSecret", what: named("webhookSecret") },
        { text: "githubPat", what: named("githubPat") },
      ],
    ),
    // --- a getter named for the key, a member password, a tagged template
    invalid(
      `
        import dedent from "dedent";
        import { generateText } from "ai";
        await generateText({
          model,
          system: dedent\`
            You operate the deploy bot.
            Signing key: \${getSigningKey()}
            Admin login: \${user.password}
          \`,
          prompt: question,
        });
      `,
      [
        { text: "getSigningKey()", what: named("signingKey") },
        { text: "user.password", what: named("password") },
      ],
    ),
    // --- renamed and namespace imports
    invalid(
      `
        import { OpenAI as Client } from "openai";
        import * as ai from "ai";
        const client = new Client();
        await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: sessionToken }] });
        await ai.streamText({ model, prompt: "Use " + process.env.HF_TOKEN });
      `,
      [
        { text: "sessionToken", what: named("sessionToken") },
        { text: "process.env.HF_TOKEN", what: env("HF_TOKEN") },
      ],
    ),
    // --- Assistants API: thread messages and run instructions
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        await openai.beta.threads.messages.create(threadId, { role: "user", content: \`My SSH passphrase is \${sshPassphrase}\` });
        await openai.beta.threads.runs.create(threadId, { assistant_id: assistantId, additional_instructions: "Bearer " + accessToken });
      `,
      [
        { text: "sshPassphrase", what: named("sshPassphrase") },
        { text: "accessToken", what: named("accessToken") },
      ],
    ),
    // --- a string built with += before it is sent, and a const that aliases a secret
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        const key = process.env.OPENAI_API_KEY;
        let prompt = "Summarise the incident.";
        prompt += \` Our key is \${key}.\`;
        await openai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt });
      `,
      [{ text: "key", what: env("OPENAI_API_KEY"), nth: 2 }],
    ),
    // --- an Anthropic key in a Gemini prompt, inside a longer text with punctuation
    invalid(
      `
        import { GoogleGenAI } from "@google/genai";
        const ai = new GoogleGenAI({});
        const chat = ai.chats.create({ model: "gemini-2.5-flash", config: { systemInstruction: "Fallback provider key (${anthropicKey})." } });
        await chat.sendMessage({ message: question });
      `,
      [{ text: anthropicKey, what: literal("Anthropic API key") }],
    ),
  ],
});
