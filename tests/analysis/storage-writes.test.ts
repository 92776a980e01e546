import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { getStorageWrites } from "../../src/analysis/storage-writes";
import { withContext } from "./parse";

/** `label: data texts` for every call or tagged template of the file that writes somewhere persistent. */
function writes(code: string, filename = "file.ts"): string[] {
  return withContext(
    code,
    (context, program) => {
      const reader = getStorageWrites(context);
      const out: string[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== "object") return;
        const n = node as TSESTree.Node;
        if (n.type === "CallExpression" || n.type === "TaggedTemplateExpression") {
          const write = reader.of(n);
          if (write) out.push(`${write.sink} ${write.label}: ${write.data.map((d) => context.sourceCode.getText(d)).join(", ")}`);
        }
        for (const [key, value] of Object.entries(node)) {
          if (key === "parent") continue;
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === "object" && "type" in value) visit(value);
        }
      };
      visit(program);
      return out;
    },
    filename,
  );
}

describe("getStorageWrites", () => {
  it("knows fs writes in every import style, and write streams", () => {
    expect(
      writes(`
        import fs from "node:fs";
        import { appendFile } from "fs/promises";
        const out = fs.createWriteStream("chat.log", { flags: "a" });
        fs.writeFileSync("a.json", a);
        await fs.promises.writeFile("b.json", b);
        await appendFile("c.log", c, "utf8");
        out.write(d);
        fs.readFileSync("x");
      `),
    ).toEqual(["file a file: a", "file a file: b", "file a file: c", "file a file: d"]);
    expect(writes("const { writeFile } = require('fs'); writeFile('x', data, () => {});", "file.js")).toEqual(["file a file: data"]);
  });

  it("knows persistent caches and skips in-memory ones", () => {
    expect(
      writes(`
        import { createClient } from "redis";
        import Redis from "ioredis";
        import { kv } from "@vercel/kv";
        import Keyv from "keyv";
        import { LRUCache } from "lru-cache";
        const client = createClient();
        const io = new Redis(process.env.REDIS_URL);
        const memory = new Keyv();
        const shared = new Keyv("redis://cache.internal:6379");
        const lru = new LRUCache({ max: 100 });
        await client.setEx("k", 60, v1);
        await io.hset("h", "f", v2);
        await kv.set("k", v3, { ex: 60 });
        await memory.set("k", v4);
        await shared.set("k", v5);
        lru.set("k", v6);
        await cache.set("k", v7);
        await this.redisClient.lpush("list", v8);
      `),
    ).toEqual([
      "store Redis: \"k\", 60, v1",
      "store Redis: \"h\", \"f\", v2",
      "store Vercel KV: \"k\", v3, { ex: 60 }",
      "store a Keyv store: \"k\", v5",
      "store a key-value store: \"list\", v8",
    ]);
  });

  it("knows SQL writes, ORMs, document stores and query builders", () => {
    expect(
      writes(`
        await pool.query("INSERT INTO messages (chat_id, content) VALUES ($1, $2)", [chatId, reply]);
        await pool.query("SELECT * FROM messages WHERE id = $1", [id]);
        await pool.query({ text: "  update chats SET summary = $1", values: [summary] });
        await sql\`INSERT INTO messages (content) VALUES (\${reply})\`;
        await sql\`SELECT \${col} FROM t\`;
        db.prepare("INSERT INTO log VALUES (?, ?)").run(id, answer);
        await prisma.message.create({ data: { role: "assistant", content: text } });
        await openai.chat.completions.create({ model, messages });
        await db.collection("chats").insertOne({ messages });
        await supabase.from("messages").insert({ content });
        await drizzleDb.insert(messagesTable).values({ content: out });
        localStorage.setItem("history", JSON.stringify(history));
        sessionStorage.setItem("x", y);
      `),
    ).toEqual([
      'store the database: "INSERT INTO messages (chat_id, content) VALUES ($1, $2)", [chatId, reply]',
      'store the database: "  update chats SET summary = $1", [summary]',
      "store the database: reply",
      "store the database: id, answer",
      'store the database: { role: "assistant", content: text }',
      "store the database: { messages }",
      "store the database: { content }",
      "store the database: { content: out }",
      "store localStorage: JSON.stringify(history)",
    ]);
  });
});
