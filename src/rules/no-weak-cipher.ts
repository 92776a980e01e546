import { findVariable } from "../analysis/scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, getTrailingName, unwrapExpression } from "../analysis/ast";
import { CALL, findModuleReferences, importsAnyOf, type ModuleReference, READ, type TraceMap } from "../analysis/modules";
import { findProperty, resolveObjectExpressions } from "../analysis/objects";
import { type Candidate, getFileScope, resolveCandidates, resolveIdentifierInit, resolveValue, type Scope } from "../analysis/static-value";
import { describeBuffer } from "../analysis/byte-buffers";
import { findReusedBytes } from "../analysis/reused-bytes";
import { findGlobalMemberReferences } from "../analysis/global-member-references";
import { resolveThisField } from "../analysis/class-fields";
import { getMethodUses } from "../analysis/value-destinations";
import {
  CIPHER_FACTORIES,
  KEY_DERIVATION_FUNCTIONS,
  MAC_FUNCTIONS,
  MIN_AUTH_TAG_BYTES,
  MIN_SYMMETRIC_KEY_BITS,
  NODE_AES_KEY_TYPE,
  RANDOM_BYTES_FUNCTIONS,
  RECOMMENDED_CIPHER,
  RECOMMENDED_CIPHER_KEY_BYTES,
  SUBTLE_ALGORITHM_ARGS,
  WEBCRYPTO_AES_ALGORITHMS,
  WEBCRYPTO_FULL_TAG_BITS,
  describeCipher,
  jwkAesKeyBits,
  type CipherInfo,
} from "../knowledge/crypto";
import { defineMentions, fileMentions } from "../analysis/mentions";
import { createRule } from "../util/create-rule";

type Options = [{ requireAuthenticatedMode?: boolean }];
type MessageIds =
  | "brokenCipher"
  | "ecbMode"
  | "shortKeyCipher"
  | "unauthenticatedMode"
  | "deprecatedCreateCipher"
  | "constantIv"
  | "missingAuthTag"
  | "authTagNotVerified"
  | "shortAuthTag"
  | "shortDerivedKey"
  | "shortKeyLength"
  | "suggestAes256Gcm"
  | "suggestKeyLength256";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** What a traced reference is: `node:<function>` for Node `crypto`, `subtle:<method>` for WebCrypto. */
type Info = string;

function buildSubtleTrace(): TraceMap<Info> {
  const trace: TraceMap<Info> = {};
  for (const method of [...Object.keys(SUBTLE_ALGORITHM_ARGS), ...MAC_FUNCTIONS.subtle]) trace[method] = { [CALL]: `subtle:${method}` };
  return trace;
}

const SUBTLE_TRACE = buildSubtleTrace();

function buildNodeTrace(): TraceMap<Info> {
  const crypto: TraceMap<Info> = { subtle: SUBTLE_TRACE, webcrypto: { subtle: SUBTLE_TRACE } };
  const names = [
    ...CIPHER_FACTORIES.withIv,
    ...CIPHER_FACTORIES.deprecated,
    ...RANDOM_BYTES_FUNCTIONS,
    ...MAC_FUNCTIONS.node,
    "generateKey",
    "generateKeySync",
  ];
  for (const name of names) crypto[name] = { [CALL]: `node:${name}` };
  for (const [name, kdf] of Object.entries(KEY_DERIVATION_FUNCTIONS)) {
    crypto[name] = kdf.async ? { [CALL]: `node:${name}`, [READ]: `read:${name}` } : { [CALL]: `node:${name}` };
  }
  return { crypto };
}

const NODE_TRACE = buildNodeTrace();
const GLOBAL_TRACE: TraceMap<Info> = { crypto: { subtle: SUBTLE_TRACE } };

const DEPRECATED_REPLACEMENT: Readonly<Record<string, string>> = { createCipher: "createCipheriv", createDecipher: "createDecipheriv" };
const TAG_SLICE_METHODS: ReadonlySet<string> = new Set(["subarray", "slice"]);
const IV_PROPERTY_NAMES: ReadonlySet<string> = new Set(["iv", "counter"]);

/** The calls the file makes to Node `crypto` and WebCrypto, sorted by what they are. */
interface FileCrypto {
  byInfo: Map<Info, TSESTree.CallExpression[]>;
  callInfo: Map<TSESTree.Node, Info>;
  /** Reads of async key-derivation functions (`promisify(scrypt)`), by node. */
  asyncKdfReads: Map<TSESTree.Node, string>;
}

function collect(context: Context): FileCrypto {
  const references: ModuleReference<Info>[] = [
    ...findModuleReferences(context, NODE_TRACE),
    ...findGlobalMemberReferences(context, GLOBAL_TRACE),
  ];
  const byInfo = new Map<Info, TSESTree.CallExpression[]>();
  const callInfo = new Map<TSESTree.Node, Info>();
  const asyncKdfReads = new Map<TSESTree.Node, string>();
  for (const ref of references) {
    if (ref.kind === "read") {
      if (ref.info.startsWith("read:")) asyncKdfReads.set(ref.node, ref.info.slice(5));
      continue;
    }
    if (ref.kind !== "call" || ref.node.type !== AST_NODE_TYPES.CallExpression) continue;
    const list = byInfo.get(ref.info) ?? [];
    list.push(ref.node);
    byInfo.set(ref.info, list);
    callInfo.set(ref.node, ref.info);
  }
  return { byInfo, callInfo, asyncKdfReads };
}

function argument(call: TSESTree.CallExpression, index: number): TSESTree.Expression | undefined {
  const arg = call.arguments[index];
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : undefined;
}

function staticInteger(node: TSESTree.Node | undefined, scope: Scope): number | undefined {
  if (!node) return undefined;
  const result = resolveValue(node, scope);
  return result && typeof result.value === "number" && Number.isInteger(result.value) ? result.value : undefined;
}

function stringCandidates(node: TSESTree.Node, scope: Scope): Candidate[] {
  return resolveCandidates(node, scope).filter((c) => typeof c.value === "string");
}

/** Node's `crypto` module (imported by that name) or Web Crypto's `subtle`. */
const MENTIONS = defineMentions(["crypto", "subtle"]);

export default createRule<Options, MessageIds>({
  name: "no-weak-cipher",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow weak ciphers, short keys, ECB mode, constant IVs and unchecked authentication tags",
      recommended: "recommended",
      strictOptions: [{ requireAuthenticatedMode: true }],
      cwe: [326, 327, 329],
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          requireAuthenticatedMode: {
            type: "boolean",
            description: "Also report modes that encrypt without authenticating (AES-CBC, AES-CTR, CFB, OFB, bare ChaCha20) when the file computes no MAC.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      brokenCipher: "'{{algorithm}}' is {{label}}, a weak cipher ({{reason}}): encrypt with 'aes-256-gcm' instead.",
      ecbMode: "'{{algorithm}}' uses ECB mode, which encrypts equal blocks to equal ciphertext and takes no IV: use an authenticated mode such as 'aes-256-gcm' with a random IV.",
      shortKeyCipher: "'{{algorithm}}' uses a {{bits}}-bit key, below the 256 bits required for data at rest: use 'aes-256-gcm' with a 32-byte key.",
      unauthenticatedMode: "'{{algorithm}}' encrypts without authenticating, so the ciphertext can be altered unnoticed: use an AEAD mode such as AES-256-GCM, or add an HMAC over IV and ciphertext (encrypt-then-MAC).",
      deprecatedCreateCipher: "{{name}}() derives the key with MD5 and no salt and uses no IV (removed in Node 22): use {{replacement}}() with a key from scrypt and a random IV.",
      constantIv: "This IV is the same on every call, so equal plaintexts give equal ciphertexts and CTR or GCM reuse their keystream: generate a random IV per message and store it with the ciphertext.",
      missingAuthTag: "This {{algorithm}} decipher never receives the authentication tag, so the ciphertext is never authenticated: call setAuthTag() with the tag stored at encryption, then final().",
      authTagNotVerified: "This decipher never calls final(), where the authentication tag is checked, so tampered ciphertext is accepted: call final() and reject the data when it throws.",
      shortAuthTag: "An authentication tag of {{length}} makes forgeries feasible: use the full 16-byte (128-bit) tag.",
      shortDerivedKey: "This key is derived with {{bytes}} bytes ({{bits}} bits) and used for AES: derive 32 bytes and encrypt with AES-256 (for example 'aes-256-gcm').",
      shortKeyLength: "This AES key is {{bits}} bits, below the 256 bits required for data at rest: use a 256-bit key.",
      suggestAes256Gcm: "Use 'aes-256-gcm' (a 32-byte key, a random 12-byte IV and a stored auth tag; data encrypted before must be re-encrypted).",
      suggestKeyLength256: "Use a 256-bit key.",
    },
    defaultOptions: [{ requireAuthenticatedMode: false }],
  },
  create(context, [options]) {
    const requireAuthenticatedMode = options.requireAuthenticatedMode === true;
    const sourceCode = context.sourceCode;
    if (!fileMentions(context, MENTIONS)) return {};
    if (!importsAnyOf(context, ["crypto"]) && !sourceCode.text.includes("subtle")) return {};

    return {
      "Program:exit"() {
        const scope = getFileScope(context);
        const file = collect(context);
        if (file.callInfo.size === 0) return;
        const reported = new Set<TSESTree.Node>();
        const fileHasMac =
          (file.byInfo.get("node:createHmac")?.length ?? 0) > 0 ||
          MAC_FUNCTIONS.subtle.some((m) => (file.byInfo.get(`subtle:${m}`)?.length ?? 0) > 0);

        const report = (descriptor: Parameters<Context["report"]>[0] & { node: TSESTree.Node }): void => {
          if (reported.has(descriptor.node)) return;
          reported.add(descriptor.node);
          context.report(descriptor);
        };

        // ----- key sources: random bytes and key derivation -----

        const calls = (info: Info): TSESTree.CallExpression[] => file.byInfo.get(info) ?? [];

        /** The KDF call and its length argument behind a promisified call (`await scryptAsync(pw, salt, 32)`). */
        const promisifiedKdf = (call: TSESTree.CallExpression): string | undefined => {
          let callee: TSESTree.Node | null = unwrapExpression(call.callee);
          if (callee.type === AST_NODE_TYPES.Identifier) callee = resolveIdentifierInit(callee, scope);
          if (!callee) return undefined;
          callee = unwrapExpression(callee);
          if (callee.type !== AST_NODE_TYPES.CallExpression || getTrailingName(callee.callee) !== "promisify") return undefined;
          const target = argument(callee, 0);
          return target ? asyncKdfName(unwrapExpression(target)) : undefined;
        };

        const asyncKdfName = (target: TSESTree.Node): string | undefined => {
          const direct = file.asyncKdfReads.get(target);
          if (direct) return direct;
          if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
          const variable = findVariable(sourceCode.getScope(target) as never, target as never) as TSESLint.Scope.Variable | null;
          const def = variable?.defs[0];
          if (!def) return undefined;
          // `import { scrypt } from "node:crypto"` or `const { scrypt } = require("crypto")`.
          return file.asyncKdfReads.get(def.node as TSESTree.Node) ?? file.asyncKdfReads.get(def.name.parent as TSESTree.Node);
        };

        /** The length argument of the derivation that produced a key expression, when the code shows it. */
        const derivedKeyLength = (raw: TSESTree.Node, depth = 0): TSESTree.Node | undefined => {
          if (depth > 6) return undefined;
          const node = unwrapExpression(raw);
          if (node.type === AST_NODE_TYPES.AwaitExpression) return derivedKeyLength(node.argument, depth + 1);
          if (node.type === AST_NODE_TYPES.Identifier) {
            const init = resolveIdentifierInit(node, sourceCode.getScope(node));
            if (init) return derivedKeyLength(init, depth + 1);
            return callbackKeyLength(node);
          }
          if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
          const info = file.callInfo.get(node);
          const name = info?.startsWith("node:") ? info.slice(5) : promisifiedKdf(node);
          const kdf = name ? KEY_DERIVATION_FUNCTIONS[name] : undefined;
          if (kdf && (!kdf.async || !info)) return argument(node, kdf.lengthArg);
          // `Buffer.from(hkdfSync(…))`: the ArrayBuffer wrapped as a Buffer.
          const callee = unwrapExpression(node.callee);
          if (callee.type === AST_NODE_TYPES.MemberExpression && getTrailingName(callee) === "from" && getTrailingName(callee.object) === "Buffer") {
            const inner = argument(node, 0);
            return inner ? derivedKeyLength(inner, depth + 1) : undefined;
          }
          return undefined;
        };

        /** `scrypt(pw, salt, 16, (err, key) => …)`: the key parameter of the callback. */
        const callbackKeyLength = (identifier: TSESTree.Identifier): TSESTree.Node | undefined => {
          const variable = findVariable(sourceCode.getScope(identifier) as never, identifier as never) as TSESLint.Scope.Variable | null;
          const def = variable?.defs[0];
          if (!variable || variable.defs.length !== 1 || def?.type !== "Parameter") return undefined;
          const fn = def.node as TSESTree.FunctionLike;
          if (fn.params[1] !== def.name) return undefined;
          const call = fn.parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[call.arguments.length - 1] !== fn) return undefined;
          const info = file.callInfo.get(call);
          const kdf = info?.startsWith("node:") ? KEY_DERIVATION_FUNCTIONS[info.slice(5)] : undefined;
          return kdf?.async ? argument(call, kdf.lengthArg) : undefined;
        };

        const byteLengthOfCall = (call: TSESTree.CallExpression): number | undefined => {
          const info = file.callInfo.get(call);
          if (info && RANDOM_BYTES_FUNCTIONS.has(info.slice(5))) return staticInteger(argument(call, 0), scope);
          const lengthNode = derivedKeyLength(call);
          return lengthNode ? staticInteger(lengthNode, sourceCode.getScope(lengthNode)) : undefined;
        };

        const keyBytes = (key: TSESTree.Node | undefined): number | undefined => {
          if (!key) return undefined;
          const facts = describeBuffer(key, sourceCode.getScope(key), { byteLengthOfCall });
          if (facts?.byteLength !== undefined) return facts.byteLength;
          const lengthNode = derivedKeyLength(key);
          return lengthNode ? staticInteger(lengthNode, sourceCode.getScope(lengthNode)) : undefined;
        };

        /** The IV argument of a cipher call, or the `iv`/`counter` of a WebCrypto algorithm: a use that leaves the bytes alone. */
        const isHarmlessIvUse = (use: TSESTree.Node): boolean => {
          const parent = use.parent;
          if (parent?.type === AST_NODE_TYPES.CallExpression) {
            const info = file.callInfo.get(parent);
            return (info === "node:createCipheriv" || info === "node:createDecipheriv") && parent.arguments[2] === use;
          }
          if (parent?.type === AST_NODE_TYPES.Property && parent.value === use) {
            const key = getLiteralKeyName(parent.key, parent.computed);
            return key !== undefined && IV_PROPERTY_NAMES.has(key);
          }
          return false;
        };

        const isRandomBytesCall = (call: TSESTree.CallExpression): boolean => {
          const info = file.callInfo.get(call);
          return info !== undefined && RANDOM_BYTES_FUNCTIONS.has(info.slice(5));
        };

        /**
         * Reports an IV that holds the same bytes on every call: fixed by the code, read from
         * configuration, made once per process at module level, or once per instance in a class field.
         */
        const checkConstantIv = (iv: TSESTree.Node | undefined): void => {
          if (!iv) return;
          const value = unwrapExpression(iv);
          if (value.type === AST_NODE_TYPES.Literal && value.value === null) return;
          const reused = findReusedBytes(iv, sourceCode.getScope(iv), { byteLengthOfCall, isRandomBytesCall, isHarmlessUse: isHarmlessIvUse });
          if (reused) report({ node: iv, messageId: "constantIv" });
        };

        // ----- suggestions -----

        /**
         * The string literal to rewrite for a candidate: the literal itself, or the literal a constant
         * (or a class field) gets this value from, including the fallback of `env ?? "…"`.
         */
        const editableLiteral = (node: TSESTree.Node, value: string, depth = 0): TSESTree.StringLiteral | TSESTree.TemplateLiteral | undefined => {
          const current = unwrapExpression(node);
          if (current.type === AST_NODE_TYPES.Literal && current.value === value) return current as TSESTree.StringLiteral;
          if (current.type === AST_NODE_TYPES.TemplateLiteral && current.expressions.length === 0 && current.quasis[0]?.value.cooked === value) return current;
          if (depth > 4) return undefined;
          let init: TSESTree.Node | null | undefined;
          if (current.type === AST_NODE_TYPES.MemberExpression) init = resolveThisField(current);
          else if (current.type === AST_NODE_TYPES.Identifier) init = resolveIdentifierInit(current, sourceCode.getScope(current));
          if (!init) return undefined;
          const sources = stringCandidates(init, sourceCode.getScope(init)).filter((c) => c.value === value);
          return sources.length === 1 ? editableLiteral(sources[0]!.node, value, depth + 1) : undefined;
        };

        const replaceString = (literal: TSESTree.StringLiteral | TSESTree.TemplateLiteral, value: string) => (fixer: TSESLint.RuleFixer) => {
          const raw = sourceCode.getText(literal);
          const quote = raw[0] === "'" || raw[0] === "`" ? raw[0] : '"';
          return fixer.replaceText(literal, `${quote}${value}${quote}`);
        };

        // ----- Node crypto: createCipheriv / createDecipheriv -----

        /** The algorithm names an argument can be, following constants and `this.<field>` of the class. */
        const algorithmCandidates = (algorithm: TSESTree.Node): { candidates: Candidate[]; single: boolean } => {
          const algorithmScope = sourceCode.getScope(algorithm);
          const direct = stringCandidates(algorithm, algorithmScope);
          if (direct.length > 0) return { candidates: direct, single: resolveValue(algorithm, algorithmScope) !== null };
          const field = resolveThisField(algorithm);
          if (!field) return { candidates: [], single: false };
          const fieldScope = sourceCode.getScope(field);
          // A plain field value is reported where it is used; a ternary inside it, at its weak branch.
          const candidates = stringCandidates(field, fieldScope).map((c) => (c.node === field ? { ...c, node: algorithm } : c));
          return { candidates, single: resolveValue(field, fieldScope) !== null };
        };

        const checkCipherCall = (call: TSESTree.CallExpression, decipher: boolean): void => {
          const algorithm = argument(call, 0);
          if (!algorithm) return;
          const { candidates, single: singleValue } = algorithmCandidates(algorithm);
          const infos: CipherInfo[] = [];
          const key = argument(call, 1);
          const knownKeyBytes = keyBytes(key);
          for (const candidate of candidates) {
            const info = describeCipher(candidate.value as string);
            if (!info) continue;
            infos.push(info);
            reportAlgorithm(candidate, info, knownKeyBytes);
          }
          const single = singleValue ? infos[0] : undefined;
          // Key wrap, ECB and RC4 take no IV (`""` or `null` is all Node accepts there).
          const ivIgnored = infos.some((info) => info.wrap || info.ecb || info.family === "rc4");
          if (!ivIgnored) checkConstantIv(argument(call, 2));
          if (single?.aead) checkAuthTag(call, single, decipher);
          if (single?.family === "aes" && key) {
            const lengthNode = derivedKeyLength(key);
            const bytes = lengthNode ? staticInteger(lengthNode, sourceCode.getScope(lengthNode)) : undefined;
            if (lengthNode && bytes !== undefined && bytes > 0 && bytes < RECOMMENDED_CIPHER_KEY_BYTES) {
              report({ node: lengthNode, messageId: "shortDerivedKey", data: { bytes: String(bytes), bits: String(bytes * 8) } });
            }
          }
        };

        const reportAlgorithm = (candidate: Candidate, info: CipherInfo, knownKeyBytes: number | undefined): void => {
          const algorithm = candidate.value as string;
          const literal = editableLiteral(candidate.node, algorithm);
          const keyFits = knownKeyBytes === undefined || knownKeyBytes === RECOMMENDED_CIPHER_KEY_BYTES;
          const suggest =
            literal && keyFits && !info.ecb
              ? [{ messageId: "suggestAes256Gcm" as const, fix: replaceString(literal, RECOMMENDED_CIPHER) }]
              : [];
          if (info.broken) {
            report({ node: candidate.node, messageId: "brokenCipher", data: { algorithm, label: info.broken.label, reason: info.broken.reason }, suggest });
          } else if (info.ecb) {
            report({ node: candidate.node, messageId: "ecbMode", data: { algorithm } });
          } else if (info.shortKey) {
            report({ node: candidate.node, messageId: "shortKeyCipher", data: { algorithm, bits: String(info.keyBits ?? 0) }, suggest });
          } else if (info.unauthenticated && requireAuthenticatedMode && !fileHasMac) {
            report({ node: candidate.node, messageId: "unauthenticatedMode", data: { algorithm }, suggest });
          }
        };

        const tagSliceLength = (node: TSESTree.Node): number | undefined => {
          const value = unwrapExpression(node);
          if (value.type === AST_NODE_TYPES.CallExpression) {
            const callee = unwrapExpression(value.callee);
            if (callee.type === AST_NODE_TYPES.MemberExpression && TAG_SLICE_METHODS.has(getTrailingName(callee) ?? "")) {
              const valueScope = sourceCode.getScope(value);
              const start = staticInteger(argument(value, 0), valueScope);
              const endNode = argument(value, 1);
              const end = staticInteger(endNode, valueScope);
              if (start !== undefined && start < 0 && !endNode) return -start;
              if (start !== undefined && end !== undefined && start >= 0 && end > start) return end - start;
              return undefined;
            }
          }
          return describeBuffer(node, sourceCode.getScope(node))?.byteLength;
        };

        const checkAuthTag = (call: TSESTree.CallExpression, info: CipherInfo, decipher: boolean): void => {
          const optionsArg = argument(call, 3);
          if (optionsArg) {
            for (const object of resolveObjectExpressions(optionsArg, sourceCode.getScope(optionsArg))) {
              const tagLength = findProperty(object, "authTagLength", scope);
              if (!tagLength) continue;
              for (const candidate of resolveCandidates(tagLength.value, scope)) {
                if (typeof candidate.value === "number" && candidate.value > 0 && candidate.value < MIN_AUTH_TAG_BYTES) {
                  report({ node: candidate.node, messageId: "shortAuthTag", data: { length: `${candidate.value} bytes` } });
                }
              }
            }
          }
          if (!decipher) return;
          // Only a local const whose every use is visible: anything else may set the tag elsewhere.
          let holder: TSESTree.Node = call;
          while (holder.parent && (holder.parent.type === AST_NODE_TYPES.TSAsExpression || holder.parent.type === AST_NODE_TYPES.TSNonNullExpression || holder.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)) holder = holder.parent;
          const declarator = holder.parent;
          if (
            declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
            declarator.init !== holder ||
            declarator.id.type !== AST_NODE_TYPES.Identifier ||
            declarator.parent.kind !== "const"
          ) {
            return;
          }
          const uses = getMethodUses(declarator, context);
          if (uses.escapes) return;
          const setAuthTag = uses.calls.get("setAuthTag") ?? [];
          if (setAuthTag.length === 0) {
            if (uses.calls.size > 0) report({ node: call, messageId: "missingAuthTag", data: { algorithm: info.name } });
            return;
          }
          for (const set of setAuthTag) {
            const tag = argument(set, 0);
            const length = tag ? tagSliceLength(tag) : undefined;
            if (tag && length !== undefined && length > 0 && length < MIN_AUTH_TAG_BYTES) {
              report({ node: tag, messageId: "shortAuthTag", data: { length: `${length} bytes` } });
            }
          }
          if (!uses.calls.has("final") && uses.calls.has("update")) {
            report({ node: call, messageId: "authTagNotVerified" });
          }
        };

        for (const call of calls("node:createCipheriv")) checkCipherCall(call, false);
        for (const call of calls("node:createDecipheriv")) checkCipherCall(call, true);

        for (const name of CIPHER_FACTORIES.deprecated) {
          for (const call of calls(`node:${name}`)) {
            const callee = unwrapExpression(call.callee);
            const node = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
            report({ node, messageId: "deprecatedCreateCipher", data: { name, replacement: DEPRECATED_REPLACEMENT[name] ?? "createCipheriv" } });
          }
        }

        // ----- key lengths: crypto.generateKey('aes', { length }) and WebCrypto -----

        const reportShortLength = (value: TSESTree.Node): void => {
          for (const candidate of resolveCandidates(value, sourceCode.getScope(value))) {
            if (typeof candidate.value !== "number" || candidate.value <= 0 || candidate.value >= MIN_SYMMETRIC_KEY_BITS) continue;
            const node = unwrapExpression(candidate.node);
            const suggest =
              node.type === AST_NODE_TYPES.Literal && typeof node.value === "number"
                ? [{ messageId: "suggestKeyLength256" as const, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, String(MIN_SYMMETRIC_KEY_BITS)) }]
                : [];
            report({ node: candidate.node, messageId: "shortKeyLength", data: { bits: String(candidate.value) }, suggest });
          }
        };

        for (const call of [...calls("node:generateKey"), ...calls("node:generateKeySync")]) {
          const type = argument(call, 0);
          const typeValue = type ? resolveValue(type, sourceCode.getScope(type)) : null;
          const optionsArg = argument(call, 1);
          if (!optionsArg || typeof typeValue?.value !== "string" || typeValue.value.toLowerCase() !== NODE_AES_KEY_TYPE) continue;
          for (const object of resolveObjectExpressions(optionsArg, sourceCode.getScope(optionsArg))) {
            const length = findProperty(object, "length", scope);
            if (length) reportShortLength(length.value);
          }
        }

        for (const [method, shape] of Object.entries(SUBTLE_ALGORITHM_ARGS)) {
          for (const call of calls(`subtle:${method}`)) {
            const algorithmArg = argument(call, shape.algorithmArg);
            if (!algorithmArg) continue;
            checkSubtleCall(call, method, algorithmArg);
          }
        }

        function checkSubtleCall(call: TSESTree.CallExpression, method: string, algorithmArg: TSESTree.Expression): void {
          const argScope = sourceCode.getScope(algorithmArg);
          const objects = resolveObjectExpressions(algorithmArg, argScope);
          const nameSources: { names: Candidate[]; object: TSESTree.ObjectExpression | undefined }[] = objects.map((object) => {
            const name = findProperty(object, "name", scope);
            return { names: name ? stringCandidates(name.value, scope) : [], object };
          });
          if (objects.length === 0) nameSources.push({ names: stringCandidates(algorithmArg, argScope), object: undefined });
          for (const { names, object } of nameSources) {
            const aesNames = names.filter((n) => Object.hasOwn(WEBCRYPTO_AES_ALGORITHMS, (n.value as string).toLowerCase()));
            if (aesNames.length === 0) continue;
            for (const name of aesNames) {
              const facts = WEBCRYPTO_AES_ALGORITHMS[(name.value as string).toLowerCase()]!;
              if (facts.unauthenticated && requireAuthenticatedMode && !fileHasMac) {
                report({ node: name.node, messageId: "unauthenticatedMode", data: { algorithm: name.value as string } });
              }
            }
            // importKey and unwrapKey ignore `length` for AES, but a written length states the key's size.
            if (object && SUBTLE_ALGORITHM_ARGS[method]?.makesKey) {
              const length = findProperty(object, "length", scope);
              if (length) reportShortLength(length.value);
            }
            if (object && (method === "encrypt" || method === "decrypt")) {
              for (const ivName of IV_PROPERTY_NAMES) {
                const iv = findProperty(object, ivName, scope);
                if (iv) checkConstantIv(iv.value);
              }
              const tagLength = findProperty(object, "tagLength", scope);
              if (tagLength) {
                for (const candidate of resolveCandidates(tagLength.value, scope)) {
                  if (typeof candidate.value === "number" && candidate.value > 0 && candidate.value < WEBCRYPTO_FULL_TAG_BITS) {
                    report({ node: candidate.node, messageId: "shortAuthTag", data: { length: `${candidate.value} bits` } });
                  }
                }
              }
            }
            if (method === "importKey") checkImportedKey(call);
          }
        }

        function checkImportedKey(call: TSESTree.CallExpression): void {
          const format = argument(call, 0);
          const keyData = argument(call, 1);
          if (!format || !keyData) return;
          const formatValue = resolveValue(format, sourceCode.getScope(format));
          if (formatValue?.value === "raw") {
            const bytes = keyBytes(keyData);
            if (bytes !== undefined && bytes > 0 && bytes * 8 < MIN_SYMMETRIC_KEY_BITS) {
              report({ node: keyData, messageId: "shortKeyLength", data: { bits: String(bytes * 8) } });
            }
          } else if (formatValue?.value === "jwk") {
            for (const object of resolveObjectExpressions(keyData, sourceCode.getScope(keyData))) {
              const alg = findProperty(object, "alg", scope);
              if (!alg) continue;
              for (const candidate of stringCandidates(alg.value, scope)) {
                const bits = jwkAesKeyBits(candidate.value as string);
                if (bits !== undefined && bits < MIN_SYMMETRIC_KEY_BITS) {
                  report({ node: candidate.node, messageId: "shortKeyLength", data: { bits: String(bits) } });
                }
              }
            }
          }
        }
      },
    };
  },
});
