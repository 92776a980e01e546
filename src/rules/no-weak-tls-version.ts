import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { getFileScope, resolveString } from "../analysis";
import { createRule } from "../util/create-rule";

type Options = [{ minimum?: "TLSv1.2" | "TLSv1.3" }];

const ORDER = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];

export default createRule<Options, "weakVersion">({
  name: "no-weak-tls-version",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow TLS protocol versions below the minimum",
      recommended: "recommended",
      strictOptions: [{ minimum: "TLSv1.3" }],
    },
    schema: [
      {
        type: "object",
        properties: {
          minimum: { type: "string", enum: ["TLSv1.2", "TLSv1.3"], description: "The lowest TLS version allowed." },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      weakVersion: "'{{version}}' is below {{minimum}}: set minVersion to '{{minimum}}' or higher.",
    },
    defaultOptions: [{ minimum: "TLSv1.2" }],
  },
  create(context, [options]) {
    const minimum = options.minimum ?? "TLSv1.2";
    return {
      Property(node) {
        if (node.key.type !== AST_NODE_TYPES.Identifier || node.key.name !== "minVersion") return;
        const version = resolveString(node.value, getFileScope(context));
        if (version && ORDER.indexOf(version) >= 0 && ORDER.indexOf(version) < ORDER.indexOf(minimum)) {
          context.report({ node: node.value, messageId: "weakVersion", data: { version, minimum } });
        }
      },
    };
  },
});
