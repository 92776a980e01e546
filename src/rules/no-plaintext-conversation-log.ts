import type { TSESTree } from "@typescript-eslint/utils";
import { getLogCall } from "../analysis/logging";
import { getConversationFlow, type ConversationFlow, type ConversationOrigin } from "../analysis/conversation-flow";
import { getStorageWrites } from "../analysis/storage-writes";
import { createRule } from "../util/create-rule";

type Options = [{ loggerNames?: string[] }];
type MessageIds = "loggedInPlaintext" | "writtenInPlaintext" | "storedInPlaintext";

const WHAT: Readonly<Record<ConversationOrigin, string>> = {
  prompt: "A prompt",
  response: "A model response",
  conversation: "Conversation content",
};

export default createRule<Options, MessageIds>({
  name: "no-plaintext-conversation-log",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writing prompts and model responses to logs, files and caches in plaintext",
      recommended: "strict",
      cwe: [312, 532],
    },
    schema: [
      {
        type: "object",
        properties: {
          loggerNames: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Extra names of loggers or logging functions (receivers such as `audit` in `audit.info(…)`, or functions such as `track(…)`).",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      loggedInPlaintext:
        "{{what}} is written to a log in plaintext. Log metadata only (ids, token counts, latency, finish reason), or encrypt it (AES-256-GCM, KMS envelope) or pseudonymise it first.",
      writtenInPlaintext:
        "{{what}} is written to a file in plaintext. Encrypt it (AES-256-GCM, KMS envelope) or pseudonymise it before writing, or write metadata only.",
      storedInPlaintext:
        "{{what}} is stored in {{store}} in plaintext. Encrypt it (AES-256-GCM, KMS envelope) or pseudonymise it before storing, or store metadata only.",
    },
    defaultOptions: [{ loggerNames: [] }],
  },
  create(context, [options]) {
    let flow: ConversationFlow | null = null;
    const loggerNames = new Set(options.loggerNames ?? []);
    const reported = new Set<TSESTree.Node>();

    const reportAll = (data: readonly TSESTree.Node[], messageId: MessageIds, store?: string): void => {
      if (!flow) return;
      for (const argument of data) {
        for (const found of flow.find(argument)) {
          if (reported.has(found.node)) continue;
          reported.add(found.node);
          context.report({ node: found.node, messageId, data: { what: WHAT[found.origin], store: store ?? "" } });
        }
      }
    };

    return {
      Program() {
        flow = getConversationFlow(context);
      },
      CallExpression(node) {
        if (!flow) return;
        const log = getLogCall(node, context, loggerNames);
        if (log) {
          reportAll(log.args, "loggedInPlaintext");
          return;
        }
        const write = getStorageWrites(context).of(node);
        if (write) reportAll(write.data, write.sink === "file" ? "writtenInPlaintext" : "storedInPlaintext", write.label);
      },
      TaggedTemplateExpression(node) {
        if (!flow) return;
        const write = getStorageWrites(context).of(node);
        if (write) reportAll(write.data, "storedInPlaintext", write.label);
      },
    };
  },
});
