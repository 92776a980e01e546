import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getTrailingName, unwrapExpression } from "../analysis/ast";
import { isLoopbackOnly } from "../analysis/connection-target";
import { findModuleReferences, READ, type TraceMap } from "../analysis/modules";
import { findProperty } from "../analysis/objects";
import { forwardsClassSetting, getOptionWrite, hasDynamicKey, type OptionWrite, type OptionWriteNode, peekOptionWriteName } from "../analysis/option-writes";
import { type Candidate, getFileScope, resolveCandidates, resolveIdentifierInit, type Scope } from "../analysis/static-value";
import { getStringParts, joinParts } from "../analysis/string-parts";
import {
  CONNECTION_HOST_OPTIONS,
  CONNECTION_URL_OPTIONS,
  ENV_NODE_OPTIONS,
  findWeakCipherTokens,
  isTlsVersion,
  LOWEST_NEGOTIABLE_VERSION,
  MAX_VERSION_OPTION,
  MIN_DH_SIZE_FLOOR,
  MIN_DH_SIZE_OPTION,
  MIN_VERSION_OPTION,
  NO_PROTOCOL_FLAGS,
  NODE_CIPHER_LIST_FLAG,
  NODE_DEFAULT_MIN_VERSION,
  NODE_TLS_VERSION_FLAGS,
  RECOMMENDED_MIN_DH_SIZE,
  SECURE_OPTION_VALUES,
  SECURE_PROTOCOL_METHODS,
  TLS_DEFAULT_CIPHERS,
  TLS_DEFAULT_MAX,
  TLS_DEFAULT_MIN,
  TLS_VERSION_ORDER,
  tlsVersionRank,
  WEAKENING_SECURE_OPTIONS,
  type MinimumTlsVersion,
  type TlsVersion,
  type WeakCipherToken,
} from "../knowledge/tls";
import { defineMentions, fileMentions } from "../analysis/mentions";
import { createRule } from "../util/create-rule";

type Options = [{ minimum?: MinimumTlsVersion }];
type MessageIds =
  | "weakMinVersion"
  | "weakMaxVersion"
  | "weakSecureProtocol"
  | "weakSecureOptions"
  | "weakCiphers"
  | "weakDefaultVersion"
  | "weakNodeFlag"
  | "weakMinDhSize"
  | "suggestMinimumVersion"
  | "suggestDhSize";

const PEER_OPTIONS = { hostKeys: CONNECTION_HOST_OPTIONS, urlKeys: CONNECTION_URL_OPTIONS };

const SECURE_PROTOCOL_OPTION = "secureProtocol";
const SECURE_OPTIONS_OPTION = "secureOptions";
const CIPHERS_OPTION = "ciphers";
const EXEC_ARGV_OPTION = "execArgv";
const SSL_OP_PREFIX = "SSL_OP_";
const MAX_DEPTH = 8;

const HANDLED_NAMES = new Set([
  MIN_VERSION_OPTION,
  MAX_VERSION_OPTION,
  SECURE_PROTOCOL_OPTION,
  SECURE_OPTIONS_OPTION,
  CIPHERS_OPTION,
  MIN_DH_SIZE_OPTION,
  ENV_NODE_OPTIONS,
  EXEC_ARGV_OPTION,
  TLS_DEFAULT_MIN,
  TLS_DEFAULT_MAX,
  TLS_DEFAULT_CIPHERS,
]);
/** Every report is about a write of one of these names, spelled in the file (as a key or a constant). */
const MENTIONS = defineMentions([...HANDLED_NAMES]);


const TLS_DEFAULTS = new Set([TLS_DEFAULT_MIN, TLS_DEFAULT_MAX, TLS_DEFAULT_CIPHERS]);
const TLS_DEFAULTS_TRACE_MAP: TraceMap<true> = {
  tls: Object.fromEntries([...TLS_DEFAULTS].map((name) => [name, { [READ]: true }])),
};

const LEGACY_REASON = "TLS 1.0, 1.1 and SSL are deprecated (RFC 8996) and open to downgrade and decryption attacks that expose prompts, API keys and responses";
const PREFER_13_REASON = "TLS 1.3 is preferred, as it drops legacy key exchanges and ciphers and encrypts more of the handshake";

function whyBelow(version: TlsVersion): string {
  return tlsVersionRank(version) < tlsVersionRank("TLSv1.2") ? LEGACY_REASON : PREFER_13_REASON;
}

interface Flag {
  name: string;
  node: TSESTree.Node;
}

/** The `SSL_OP_*` flags a `secureOptions` expression sets: names OR-ed together, numbers decoded, `& ~X` removed. */
function collectSecureOptionFlags(node: TSESTree.Node, scope: Scope, depth = 0): Flag[] {
  if (depth > MAX_DEPTH) return [];
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.BinaryExpression: {
      if (inner.left.type === AST_NODE_TYPES.PrivateIdentifier) return [];
      if (inner.operator === "|" || inner.operator === "+") {
        return [...collectSecureOptionFlags(inner.left, scope, depth + 1), ...collectSecureOptionFlags(inner.right, scope, depth + 1)];
      }
      const right = unwrapExpression(inner.right);
      if (inner.operator === "&" && right.type === AST_NODE_TYPES.UnaryExpression && right.operator === "~") {
        const cleared = new Set(collectSecureOptionFlags(right.argument, scope, depth + 1).map((f) => f.name));
        return collectSecureOptionFlags(inner.left, scope, depth + 1).filter((f) => !cleared.has(f.name));
      }
      return [];
    }
    case AST_NODE_TYPES.Identifier: {
      if (inner.name.startsWith(SSL_OP_PREFIX)) return [{ name: inner.name, node: inner }];
      const init = resolveIdentifierInit(inner, scope);
      return init ? collectSecureOptionFlags(init, scope, depth + 1).map((f) => ({ name: f.name, node: inner })) : [];
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = getTrailingName(inner);
      return name?.startsWith(SSL_OP_PREFIX) ? [{ name, node: inner }] : [];
    }
    case AST_NODE_TYPES.Literal: {
      if (typeof inner.value !== "number") return [];
      const value = inner.value;
      return Object.entries(SECURE_OPTION_VALUES)
        .filter(([, bit]) => (value & bit) !== 0)
        .map(([name]) => ({ name, node: inner }));
    }
    default:
      return [];
  }
}

/** The quote a string literal in place is written with, so a suggestion keeps the file's style. */
function literalQuote(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === "string") return sourceCode.getText(inner)[0];
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) return "`";
  return undefined;
}

function isWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

function describeRange(low: TlsVersion, high: TlsVersion): string {
  return low === high ? low : `${low} to ${high}`;
}

export default createRule<Options, MessageIds>({
  name: "no-weak-tls-version",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow TLS protocol versions below the minimum and settings that weaken TLS",
      recommended: "recommended",
      strictOptions: [{ minimum: "TLSv1.3" }],
      cwe: [326, 327],
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          minimum: {
            type: "string",
            enum: ["TLSv1.2", "TLSv1.3"],
            description: "The lowest TLS version connections may use.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      weakMinVersion: "minVersion '{{version}}' lets connections use protocols below {{minimum}}: {{why}}. Set minVersion to '{{minimum}}'.",
      weakMaxVersion: "maxVersion '{{version}}' caps connections below {{minimum}}: {{why}}. Raise maxVersion to '{{minimum}}' or later, or remove it.",
      weakSecureProtocol:
        "secureProtocol '{{method}}' allows {{range}}, below {{minimum}}: {{why}}. Remove secureProtocol and set minVersion: '{{minimum}}' instead.",
      weakSecureOptions: "{{flag}} in secureOptions {{effect}}, which weakens every connection made with these options. Remove the flag.",
      weakCiphers:
        "This cipher list enables {{tokens}} ({{reasons}}), so an attacker on the network can decrypt or forge traffic carrying prompts and API keys. Leave ciphers unset (Node's default list is strong) or exclude these suites with '!'.",
      weakDefaultVersion:
        "tls.{{name}} = '{{version}}' moves the protocol {{bound}} of every connection in the process below {{minimum}}: {{why}}. Remove the assignment or use '{{minimum}}'.",
      weakNodeFlag: "{{flag}} moves the protocol {{bound}} of every connection in the Node process below {{minimum}}: {{why}}. Remove the flag.",
      weakMinDhSize:
        "minDHSize {{size}} accepts Diffie-Hellman groups below {{floor}} bits, which precomputation can break (Logjam) to decrypt traffic carrying prompts and API keys. Remove it (Node's default is {{floor}}) or raise it to {{recommended}}.",
      suggestMinimumVersion: "Use '{{minimum}}'.",
      suggestDhSize: "Use {{recommended}}.",
    },
    defaultOptions: [{ minimum: "TLSv1.2" }],
  },
  create(context, [options]) {
    if (!fileMentions(context, MENTIONS)) return {};
    const minimum: TlsVersion = options.minimum ?? "TLSv1.2";
    const minimumRank = tlsVersionRank(minimum);
    const sourceCode = context.sourceCode;
    let fileScope: Scope | undefined;
    const scope = (): Scope => (fileScope ??= getFileScope(context));
    let trackedDefaults: Set<TSESTree.Node> | undefined;

    const isBelow = (version: TlsVersion): boolean => tlsVersionRank(version) < minimumRank;

    function isTlsDefaultWrite(write: OptionWrite): boolean {
      if (write.node.type !== AST_NODE_TYPES.AssignmentExpression) return false;
      if (!trackedDefaults) {
        trackedDefaults = new Set();
        for (const reference of findModuleReferences(context, TLS_DEFAULTS_TRACE_MAP)) trackedDefaults.add(reference.node);
      }
      return trackedDefaults.has(unwrapExpression(write.node.left));
    }

    function versionSuggestion(write: OptionWrite, candidate: Candidate): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const quote = literalQuote(candidate.node, sourceCode);
      if (quote === undefined || !isWithin(candidate.node, write.value)) return [];
      const target = unwrapExpression(candidate.node);
      return [
        {
          messageId: "suggestMinimumVersion",
          data: { minimum },
          fix: (fixer) => fixer.replaceText(target, `${quote}${minimum}${quote}`),
        },
      ];
    }

    function reportNode(write: OptionWrite, candidateNode: TSESTree.Node): TSESTree.Node {
      return unwrapExpression(candidateNode) === unwrapExpression(write.value) ? write.node : candidateNode;
    }

    function weakVersions(write: OptionWrite): Array<Candidate & { value: TlsVersion }> {
      const seen = new Set<TSESTree.Node>();
      return resolveCandidates(write.value, scope()).filter((c): c is Candidate & { value: TlsVersion } => {
        if (!isTlsVersion(c.value) || !isBelow(c.value) || seen.has(c.node)) return false;
        seen.add(c.node);
        return true;
      });
    }

    function checkVersionBound(write: OptionWrite, messageId: "weakMinVersion" | "weakMaxVersion"): void {
      for (const candidate of weakVersions(write)) {
        context.report({
          node: reportNode(write, candidate.node),
          messageId,
          data: { version: candidate.value, minimum, why: whyBelow(candidate.value) },
          suggest: versionSuggestion(write, candidate),
        });
      }
    }

    function checkTlsDefault(write: OptionWrite): void {
      if (write.name === TLS_DEFAULT_CIPHERS) {
        checkCipherList(write);
        return;
      }
      const bound = write.name === TLS_DEFAULT_MIN ? "floor" : "ceiling";
      for (const candidate of weakVersions(write)) {
        context.report({
          node: reportNode(write, candidate.node),
          messageId: "weakDefaultVersion",
          data: { name: write.name, version: candidate.value, bound, minimum, why: whyBelow(candidate.value) },
          suggest: versionSuggestion(write, candidate),
        });
      }
    }

    /** Protocols switched off by `SSL_OP_NO_*` flags in the same options object. */
    function disabledProtocols(write: OptionWrite): Set<TlsVersion> {
      const disabled = new Set<TlsVersion>();
      if (!write.object) return disabled;
      const secureOptions = findProperty(write.object, SECURE_OPTIONS_OPTION, scope());
      if (!secureOptions) return disabled;
      for (const flag of collectSecureOptionFlags(secureOptions.value, scope())) {
        const version = NO_PROTOCOL_FLAGS[flag.name];
        if (version) disabled.add(version);
      }
      return disabled;
    }

    function checkSecureProtocol(write: OptionWrite): void {
      const seen = new Set<TSESTree.Node>();
      for (const candidate of resolveCandidates(write.value, scope())) {
        if (typeof candidate.value !== "string" || seen.has(candidate.node)) continue;
        seen.add(candidate.node);
        const range = SECURE_PROTOCOL_METHODS.get(candidate.value);
        if (!range) continue;
        const disabled = disabledProtocols(write);
        const lowest = range.min === "lowest" ? LOWEST_NEGOTIABLE_VERSION : range.min === "default" ? NODE_DEFAULT_MIN_VERSION : range.min;
        let low = tlsVersionRank(lowest);
        let high = tlsVersionRank(range.max);
        while (low <= high && disabled.has(TLS_VERSION_ORDER[low]!)) low++;
        while (high >= low && disabled.has(TLS_VERSION_ORDER[high]!)) high--;
        if (low > high || (low >= minimumRank && high >= minimumRank)) continue;
        const lowVersion = TLS_VERSION_ORDER[low]!;
        const highVersion = TLS_VERSION_ORDER[high]!;
        context.report({
          node: reportNode(write, candidate.node),
          messageId: "weakSecureProtocol",
          data: { method: candidate.value, range: describeRange(lowVersion, highVersion), minimum, why: whyBelow(low < minimumRank ? lowVersion : highVersion) },
        });
      }
    }

    function checkSecureOptions(write: OptionWrite): void {
      const seen = new Set<string>();
      for (const flag of collectSecureOptionFlags(write.value, scope())) {
        if (seen.has(flag.name)) continue;
        seen.add(flag.name);
        let effect = WEAKENING_SECURE_OPTIONS[flag.name];
        const removed = NO_PROTOCOL_FLAGS[flag.name];
        // Switching lower versions off is fine; switching TLS 1.3 off only matters when it is the minimum.
        if (!effect && removed === "TLSv1.3" && minimum === "TLSv1.3") effect = "switches TLS 1.3 off";
        if (!effect) continue;
        context.report({ node: flag.node, messageId: "weakSecureOptions", data: { flag: flag.name, effect } });
      }
    }

    function reportCiphers(node: TSESTree.Node, weak: WeakCipherToken[]): void {
      context.report({
        node,
        messageId: "weakCiphers",
        data: { tokens: weak.map((w) => `'${w.token}'`).join(", "), reasons: weak.map((w) => w.reason).join("; ") },
      });
    }

    function checkCipherList(write: OptionWrite): void {
      const seen = new Set<TSESTree.Node>();
      for (const candidate of resolveCandidates(write.value, scope())) {
        if (typeof candidate.value !== "string" || seen.has(candidate.node)) continue;
        seen.add(candidate.node);
        const weak = findWeakCipherTokens(candidate.value);
        if (weak.length > 0) reportCiphers(reportNode(write, candidate.node), weak);
      }
    }

    function checkMinDhSize(write: OptionWrite): void {
      const seen = new Set<TSESTree.Node>();
      for (const candidate of resolveCandidates(write.value, scope())) {
        const size = candidate.value;
        if (typeof size !== "number" || size >= MIN_DH_SIZE_FLOOR || seen.has(candidate.node)) continue;
        seen.add(candidate.node);
        const target = unwrapExpression(candidate.node);
        const data = { size: String(size), floor: String(MIN_DH_SIZE_FLOOR), recommended: String(RECOMMENDED_MIN_DH_SIZE) };
        const editable = target.type === AST_NODE_TYPES.Literal && typeof target.value === "number" && isWithin(target, write.value);
        context.report({
          node: reportNode(write, candidate.node),
          messageId: "weakMinDhSize",
          data,
          suggest: editable ? [{ messageId: "suggestDhSize", data, fix: (fixer) => fixer.replaceText(target, String(RECOMMENDED_MIN_DH_SIZE)) }] : [],
        });
      }
    }

    /** Node flags in one command-line token (`--tls-min-v1.0`, `--tls-cipher-list=…`). */
    function checkNodeFlag(token: string, node: TSESTree.Node, where: string): void {
      const known = NODE_TLS_VERSION_FLAGS[token];
      if (known) {
        if (isBelow(known.version)) {
          context.report({
            node,
            messageId: "weakNodeFlag",
            data: { flag: `${token} in ${where}`, bound: known.bound === "min" ? "floor" : "ceiling", minimum, why: whyBelow(known.version) },
          });
        }
        return;
      }
      if (token.startsWith(`${NODE_CIPHER_LIST_FLAG}=`)) {
        const list = token.slice(NODE_CIPHER_LIST_FLAG.length + 1).replace(/^["']|["']$/g, "");
        const weak = findWeakCipherTokens(list);
        if (weak.length > 0) reportCiphers(node, weak);
      }
    }

    function checkNodeOptions(write: OptionWrite): void {
      const seen = new Set<TSESTree.Node>();
      const candidates = resolveCandidates(write.value, scope());
      for (const candidate of candidates) {
        if (typeof candidate.value !== "string" || seen.has(candidate.node)) continue;
        seen.add(candidate.node);
        const at = reportNode(write, candidate.node);
        for (const token of candidate.value.split(/\s+/)) if (token) checkNodeFlag(token, at, ENV_NODE_OPTIONS);
      }
      if (candidates.length > 0) return;
      // `${process.env.NODE_OPTIONS ?? ""} --tls-min-v1.0`: the known text still carries flags.
      const parts = getStringParts(write.value, scope());
      if (!parts) return;
      const text = joinParts(parts, () => " ");
      for (const token of text.split(/\s+/)) if (token) checkNodeFlag(token, write.node, ENV_NODE_OPTIONS);
    }

    function checkExecArgv(write: OptionWrite): void {
      let value: TSESTree.Node | null = unwrapExpression(write.value);
      if (value.type === AST_NODE_TYPES.Identifier) value = resolveIdentifierInit(value, scope());
      value = value ? unwrapExpression(value) : null;
      if (value?.type !== AST_NODE_TYPES.ArrayExpression) return;
      for (const element of value.elements) {
        if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
        for (const candidate of resolveCandidates(element, scope())) {
          if (typeof candidate.value === "string") checkNodeFlag(candidate.value, element, EXEC_ARGV_OPTION);
        }
      }
    }

    function onWrite(node: OptionWriteNode): void {
      const peeked = peekOptionWriteName(node);
      if (peeked !== undefined ? !HANDLED_NAMES.has(peeked) : !hasDynamicKey(node)) return;
      const write = getOptionWrite(node, scope());
      if (!write || !HANDLED_NAMES.has(write.name) || forwardsClassSetting(write)) return;
      if (TLS_DEFAULTS.has(write.name)) {
        if (isTlsDefaultWrite(write)) checkTlsDefault(write);
        return;
      }
      if (write.name === ENV_NODE_OPTIONS) return checkNodeOptions(write);
      if (write.name === EXEC_ARGV_OPTION) return checkExecArgv(write);
      if (write.object && isLoopbackOnly(write.object, PEER_OPTIONS, scope())) return;
      switch (write.name) {
        case MIN_VERSION_OPTION:
          return checkVersionBound(write, "weakMinVersion");
        case MAX_VERSION_OPTION:
          return checkVersionBound(write, "weakMaxVersion");
        case SECURE_PROTOCOL_OPTION:
          return checkSecureProtocol(write);
        case SECURE_OPTIONS_OPTION:
          return checkSecureOptions(write);
        case CIPHERS_OPTION:
          return checkCipherList(write);
        case MIN_DH_SIZE_OPTION:
          return checkMinDhSize(write);
      }
    }

    return {
      Property: onWrite,
      PropertyDefinition: onWrite,
      AssignmentExpression: onWrite,
    };
  },
});
