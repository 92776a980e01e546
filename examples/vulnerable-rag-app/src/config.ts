// Settings shared by the chat service and the ingestion script.
export const config = {
  port: Number(process.env.PORT ?? 3000),
  chatModel: process.env.CHAT_MODEL ?? "gpt-4o-mini",
  embeddingModel: "text-embedding-3-small",
  collection: "support-articles",
  topK: 5,
};
