import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, unwrapExpression } from "../analysis/ast";
import { getRedactPaths, isRedacted } from "../analysis/log-redaction";
import { getLogCall } from "../analysis/logging";
import { getFileScope } from "../analysis/static-value";
import { findLoggedSecrets, getArgumentLabel, getFieldLabel, type CarrierKind, type LoggedSecret, type LoggedSource } from "../analysis/logged-secrets";
import { defineMentions, fileMentions, type Mentions } from "../analysis/mentions";
import { createRule } from "../util/create-rule";
import {
  CONSOLE_METHODS,
  LOG_FUNCTIONS,
  LOGGER_BINDING_METHODS,
  LOGGER_BINDING_OPTIONS,
  LOGGER_METHODS,
  LOGGER_MODULES,
  SPAN_RECORD_METHODS,
} from "../knowledge/loggers";
import { importsAnyOf } from "../analysis/modules";

type Options = [{ extraLoggers?: string[] }];
type MessageIds = "secretInLog" | "carrierInLog" | "suggestLogPresence";

const MAX_NAME_LENGTH = 40;

const CARRIER_TEXT: Readonly<Record<CarrierKind, string>> = {
  env: "every environment variable, secrets included",
  requestHeaders: "the request headers (Authorization, API-key headers, cookies)",
  object: "a credential",
  url: "a URL with a credential in its query",
};

/** Parents in which `x ? "[set]" : "[missing]"` can replace `x` without parentheses. */
const BARE_CONDITIONAL_PARENTS = new Set<string>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.Property,
]);

/**
 * A log call spells one of these: `console`, a receiver named as a logger (`logger`, `this.log`,
 * `fastify.log`), a logger library's module (`pino`, `winston`, `debug`), Sentry, or `stderr`.
 */
const MENTIONS = defineMentions(["console", "log", "stderr", "sentry", "opentelemetry", ...Object.keys(LOGGER_MODULES)]);

/**
 * Calls of a method that may write a log (`console.log`, `logger.info`, `process.stderr.write`,
 * `Sentry.captureMessage`, `span.setAttribute`, `logger.child`, `winston.createLogger`): the selector passes only those.
 */
const LOG_METHODS = [
  ...new Set([
    ...CONSOLE_METHODS,
    ...LOGGER_METHODS,
    ...Object.values(LOG_FUNCTIONS).flat(),
    ...Object.keys(SPAN_RECORD_METHODS),
    ...LOGGER_BINDING_METHODS,
    ...Object.values(LOGGER_BINDING_OPTIONS).flatMap((members) => Object.keys(members).filter((member) => member !== "")),
  ]),
].join("|");
const LOG_METHOD_CALL = `CallExpression[callee.property.name=/^(?:${LOG_METHODS})$/]`;
const LOG_METHOD_CALL_COMPUTED = `CallExpression[callee.property.value=/^(?:${LOG_METHODS})$/]`;
const FUNCTION_CALL = "CallExpression[callee.type='Identifier']";
/** Modules that make callable loggers or export log functions. */
const FUNCTION_LOGGER_MODULES = [...Object.keys(LOGGER_MODULES), ...Object.keys(LOG_FUNCTIONS)];

const extraMentions = new Map<string, Mentions>();

/** The user's `extraLoggers` names, registered once per distinct list. */
function extraLoggerMentions(names: readonly string[]): Mentions {
  const key = names.join("\n");
  let mentions = extraMentions.get(key);
  if (!mentions) {
    mentions = defineMentions(names);
    extraMentions.set(key, mentions);
  }
  return mentions;
}

const PATH_WRAPPERS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
]);

/** Where a finding sits in the object a call logs (`config.headers.Authorization`), or undefined when it is not reached through properties only. */
function loggedPath(arg: TSESTree.Node, finding: LoggedSecret): string[] | undefined {
  const segments: string[] = [];
  let current: TSESTree.Node = finding.node;
  for (let step = 0; current !== arg; step++) {
    if (step > 32) return undefined;
    if (current.type === AST_NODE_TYPES.Property) {
      const key = getLiteralKeyName(current.key, current.computed);
      if (key === undefined) return undefined;
      segments.unshift(key);
    } else if (current !== finding.node && !PATH_WRAPPERS.has(current.type)) {
      return undefined;
    }
    if (!current.parent) return undefined;
    current = current.parent;
  }
  if (finding.kind === "carrier" && finding.detail) segments.push(...finding.detail.split("."));
  return segments;
}

export default createRule<Options, MessageIds>({
  name: "no-secret-in-log",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writing API keys, tokens and URLs that carry them to log output",
      recommended: "recommended",
      cwe: [532],
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          extraLoggers: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "More logger names: receivers whose level methods log (`audit` for `audit.info(…)`) or functions that log (`trace` for `trace(…)`).",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      secretInLog: "{{source}} is written to the log, where anyone who reads logs can reuse it: log whether it is set, or a masked form, instead.",
      carrierInLog: "{{name}} is written to the log and holds {{what}}: log only the fields you need, or pass it through a redaction helper first.",
      suggestLogPresence: "Log whether the credential is set instead of its value.",
    },
    defaultOptions: [{ extraLoggers: [] }],
  },
  create(context, [options]) {
    if (!fileMentions(context, MENTIONS) && !fileMentions(context, extraLoggerMentions(options.extraLoggers ?? []))) return {};
    const extraLoggers: ReadonlySet<string> = new Set(options.extraLoggers ?? []);
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();

    function describeSource(source: LoggedSource): string {
      switch (source.kind) {
        case "env":
          return `The secret environment variable '${source.name ?? "?"}'`;
        case "literal":
          return `A hard-coded ${source.provider ?? "key"}`;
        case "label":
          return `The value labelled '${source.name}'`;
        case "field":
          return `The '${source.name}' field`;
        default:
          return `The credential '${source.name ?? "?"}'`;
      }
    }

    /** The carrier as the reader knows it (`'opts'`, `'req.headers'`); never the text of a literal, which may hold the key. */
    function shortName(node: TSESTree.Node): string {
      const named = node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node;
      if (!isNamedReference(named)) return "This value";
      const text = sourceCode.getText(named).replace(/\s+/g, " ");
      return `'${text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH - 1)}…` : text}'`;
    }

    function presenceSuggestion(finding: Extract<LoggedSecret, { kind: "value" }>): TSESLint.ReportSuggestionArray<MessageIds> {
      // A string built from the secret: a presence flag would not stand in for the rest of it.
      if (finding.source.kind === "literal" || finding.builtFrom) return [];
      const value = finding.valueNode;
      const inner = unwrapExpression(value);
      if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) return [];
      if (inner.type === AST_NODE_TYPES.MemberExpression && !isPlainMemberChain(inner)) return [];
      const text = sourceCode.getText(value);
      const conditional = `${text} ? "[set]" : "[missing]"`;
      // The property itself, or the one a shorthand value stands for (`{ DATABASE_URL }`).
      const holder = value.parent;
      const property =
        finding.node.type === AST_NODE_TYPES.Property
          ? finding.node
          : holder?.type === AST_NODE_TYPES.Property && holder.shorthand && holder.value === value
            ? holder
            : undefined;
      if (property?.shorthand) {
        return [{ messageId: "suggestLogPresence", fix: (fixer) => fixer.replaceText(property, `${text}: ${conditional}`) }];
      }
      const parent = value.parent;
      const bare = parent !== undefined && BARE_CONDITIONAL_PARENTS.has(parent.type) && !(parent.type === AST_NODE_TYPES.Property && parent.key === value);
      return [{ messageId: "suggestLogPresence", fix: (fixer) => fixer.replaceText(value, bare ? conditional : `(${conditional})`) }];
    }

    function report(finding: LoggedSecret): void {
      if (reported.has(finding.node)) return;
      reported.add(finding.node);
      if (finding.kind === "value") {
        context.report({
          node: finding.node,
          messageId: "secretInLog",
          data: { source: describeSource(finding.source) },
          suggest: presenceSuggestion(finding),
        });
        return;
      }
      const what = finding.carrier === "object" && finding.detail
        ? `a credential in its '${finding.detail}' property`
        : finding.carrier === "url" && finding.detail
          ? `a URL with a credential in its '${finding.detail}' query parameter`
          : CARRIER_TEXT[finding.carrier];
      context.report({ node: finding.node, messageId: "carrierInLog", data: { name: shortName(finding.node), what } });
    }

    function checkCall(node: TSESTree.CallExpression): void {
      const log = getLogCall(node, context as never, extraLoggers);
      if (!log || log.args.length === 0) return;
      const scope = getFileScope(context);
      let label: string | undefined;
      let redact: string[][] | undefined | null = null;
      for (const [index, arg] of log.args.entries()) {
        // `setAttribute("llm.api_key", value)`: the field name labels the value.
        if (log.keyed && index === 1 && log.args[0]?.type !== AST_NODE_TYPES.SpreadElement) label = getFieldLabel(log.args[0]!, scope);
        if (arg.type === AST_NODE_TYPES.SpreadElement) {
          label = undefined;
          continue;
        }
        for (const finding of findLoggedSecrets(arg, scope, label)) {
          // pino's `redact` paths apply to the object a call logs first.
          if (arg === node.arguments[0]) {
            if (redact === null) redact = getRedactPaths(node, scope);
            const path = redact ? loggedPath(arg, finding) : undefined;
            if (redact && path && isRedacted(redact, path)) continue;
          }
          report(finding);
        }
        label = getArgumentLabel(arg);
      }
    }

    const listeners: TSESLint.RuleListener = {
      [LOG_METHOD_CALL]: checkCall,
      [LOG_METHOD_CALL_COMPUTED]: checkCall,
    };
    // `dbg(token)` after `const dbg = debug("app")`, `captureMessage(…)` imported from Sentry, or a
    // function the user names in `extraLoggers`: calls of a bare function can only log in such files.
    if (extraLoggers.size > 0 || importsAnyOf(context as never, FUNCTION_LOGGER_MODULES)) listeners[FUNCTION_CALL] = checkCall;
    return listeners;
  },
});

/** `opts`, `req.headers`, `url.toString()`: an expression that names its value without spelling any literal out. */
function isNamedReference(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return true;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return isPlainMemberChain(inner);
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.arguments.length === 0) {
    const callee = unwrapExpression(inner.callee);
    return callee.type === AST_NODE_TYPES.MemberExpression && isPlainMemberChain(callee);
  }
  return false;
}

/** `config.openai.apiKey`, `this.apiKey`, `process.env.X`: reading it twice has no side effect worth worrying about. */
function isPlainMemberChain(node: TSESTree.MemberExpression): boolean {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.computed && current.property.type !== AST_NODE_TYPES.Literal) return false;
    current = unwrapExpression(current.object);
  }
  return (
    current.type === AST_NODE_TYPES.Identifier ||
    current.type === AST_NODE_TYPES.ThisExpression ||
    current.type === AST_NODE_TYPES.MetaProperty
  );
}
