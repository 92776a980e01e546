import { findVariable } from "../analysis/scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getTrailingName, unwrapExpression } from "../analysis/ast";
import { getFileScope, resolveString, type Scope } from "../analysis/static-value";
import { getPromptFile, walkPromptValue } from "../analysis/prompt-flow";
import { findSecretsInText, getSecretEvidence, isEnvObject, isMaskingCall, type SecretEvidence } from "../analysis/secret-values";
import { CONTENT_PROPERTY_NAMES, PROMPT_PROSE_NAME_WORDS } from "../knowledge/prompts";
import { splitNameWords } from "../knowledge/secret-names";
import { createRule } from "../util/create-rule";

const WHITESPACE = /\s/;

/** How the message names what leaked, without ever showing the value. */
function describe(evidence: SecretEvidence): string {
  if (evidence.kind === "env") return `The secret environment variable '${evidence.name ?? "?"}'`;
  if (evidence.kind === "literal") return `A hard-coded ${evidence.provider ?? "credential"}`;
  return `The credential '${evidence.name ?? "?"}'`;
}

/**
 * Names that look secret but hold prose about a secret (`apiKeyInstructions`, a `secret` bound to
 * a sentence) or streamed model tokens (`for await (const token of stream)`).
 */
function isFalseName(evidence: SecretEvidence, scope: Scope): boolean {
  if (evidence.kind !== "name" || evidence.name === undefined) return false;
  const words = splitNameWords(evidence.name);
  if (PROMPT_PROSE_NAME_WORDS.has(words[words.length - 1] ?? "")) return true;
  const node = unwrapExpression(evidence.node);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const text = resolveString(node, scope);
  if (text !== undefined && WHITESPACE.test(text.trim())) return true;
  if (evidence.name === "token") return holdsModelTokens(node, scope);
  return false;
}

function holdsModelTokens(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  const def = variable?.defs[0];
  if (def?.type !== "Variable") return false;
  if (def.parent?.parent?.type === AST_NODE_TYPES.ForOfStatement) return true;
  let init = def.node.init ? unwrapExpression(def.node.init) : undefined;
  // `chunk.choices[0]?.delta?.content ?? ""`
  while (init?.type === AST_NODE_TYPES.LogicalExpression) init = unwrapExpression(init.left);
  const property = init?.type === AST_NODE_TYPES.MemberExpression ? getTrailingName(init) : undefined;
  return property !== undefined && CONTENT_PROPERTY_NAMES.has(property);
}

export default createRule<[], "secretInPrompt">({
  name: "no-secret-in-prompt",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow credentials in the text of prompts sent to AI models",
      recommended: "recommended",
      cwe: [200, 522],
    },
    schema: [],
    messages: {
      secretInPrompt:
        "{{what}} is placed in a prompt: the model provider receives and may store every prompt, and the model may repeat it to a user. Keep the credential in the tool or server code that calls the API, and give the model only the result.",
    },
  },
  create(context) {
    return {
      "Program:exit"() {
        const file = getPromptFile(context);
        if (!file) return;
        const scope = getFileScope(context);
        const sourceCode = context.sourceCode;
        const reported = new Set<string>();
        const report = (node: TSESTree.Node, what: string, range?: [number, number]): void => {
          const [start, end] = range ?? node.range;
          const key = `${start}:${end}`;
          if (reported.has(key)) return;
          reported.add(key);
          if (range) {
            context.report({ loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) }, messageId: "secretInPrompt", data: { what } });
          } else {
            context.report({ node, messageId: "secretInPrompt", data: { what } });
          }
        };
        /** Provider keys written inside prose: reported on the key itself when the source spells it the same way. */
        const scanText = (node: TSESTree.Node, text: string): void => {
          const raw = sourceCode.getText(node);
          for (const found of findSecretsInText(text)) {
            const token = text.slice(found.start, found.end);
            const at = raw.indexOf(token);
            const what = `A hard-coded ${found.provider}`;
            if (at >= 0) report(node, what, [node.range[0] + at, node.range[0] + at + token.length]);
            else report(node, what);
          }
        };
        for (const call of file.calls) {
          for (const prompt of call.prompts) {
            walkPromptValue(prompt, scope, {
              enter(node) {
                if (isEnvObject(node)) {
                  report(node, "The whole environment object");
                  return false;
                }
                // `key.slice(-4)`: a few characters shown to identify the key, not the key.
                if (isMaskingCall(node)) return false;
                const evidence = getSecretEvidence(node, scope);
                if (evidence && !isFalseName(evidence, scope)) {
                  report(evidence.node, describe(evidence));
                  return false;
                }
                const inner = unwrapExpression(node);
                if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === "string") scanText(inner, inner.value);
                else if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
                  for (const quasi of inner.quasis) scanText(quasi, quasi.value.cooked ?? "");
                }
                return true;
              },
            });
          }
        }
      },
    };
  },
});
