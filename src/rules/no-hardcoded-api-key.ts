import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/node-types";
import { getLiteralKeyName, getTrailingName, isModuleOrTypeNameString, skipWrappersUp, unwrapExpression } from "../analysis/ast";
import { CALL, CONSTRUCT, findModuleReferences, getImportedModules, getModuleBinding, importsAnyOf, type TraceMap } from "../analysis/modules";
import { findProperty, getCallOptionsObject } from "../analysis/objects";
import { getFileScope, resolveIdentifierInit } from "../analysis/static-value";
import { getValueOwner, type OwnerName, type ValueOwner } from "../analysis/value-owner";
import { BROWSER_KEY_FORMATS, FIREBASE_CONFIG_KEYS, MAPS_BROWSER_KEY_NAMES, MAPS_BROWSER_KEY_OPTIONS, MAPS_BROWSER_MODULES, MIN_FIREBASE_CONFIG_KEYS } from "../knowledge/public-keys";
import { isPasswordName, isSecretEnvName, isSecretName, splitNameWords } from "../knowledge/secret-names";
import {
  CREDENTIAL_PARAMETERS,
  DEFAULT_MIN_ENTROPY,
  KEY_NAME_CALLS,
  MIN_SECRET_LENGTH,
  PROVIDER_MODULE_WORDS,
  couldBeSecretValue,
  findSecretFormat,
  findSecretsInText,
  isKnownPublicValue,
  looksLikeGenericSecret,
  type CredentialParameter,
  type SecretMatch,
} from "../knowledge/secrets";
import { createRule } from "../util/create-rule";

type Options = [
  {
    extraPatterns?: { name: string; pattern: string }[];
    allowedPatterns?: string[];
    minEntropy?: number;
  },
];
type MessageIds = "hardcodedKey" | "hardcodedSecret";

/** Shortest value judged by its name (passwords); keys need `MIN_SECRET_LENGTH`. */
const MIN_CONTEXTUAL_LENGTH = 8;
const MAX_CONTEXTUAL_LENGTH = 1024;
const LONG_STRING_LITERAL = `Literal[value=/^[\\s\\S]{${MIN_CONTEXTUAL_LENGTH}}/]`;
/** How many uses of a `const` are followed to find a name that says "credential". */
const MAX_FOLLOWED_REFERENCES = 8;
/** Leaves of a `+` chain joined to find a key split across literals. */
const MAX_CONCAT_LEAVES = 64;

/**
 * Test, spec, fixture, mock and story files: their name-based findings (generic secrets, JWTs,
 * passwords) are fixtures; provider-format keys are still reported there.
 */
const TEST_FILE =
  /(?:^|[\\/])(?:__tests__|__mocks__|__fixtures__|fixtures?|mocks?|tests?|specs?|e2e|cypress|playwright)[\\/]|\.(?:test|spec|e2e|stories|story|mock|mocks|fixture|fixtures)\.[cm]?[jt]sx?$/i;
const AUTH_SCHEME = /^(?:Bearer|Token|Bot|Basic|ApiKey|Api-Key) (?=\S)/i;
const PASSWORD_SIBLINGS = new Set(["user", "username", "login", "userName", "email"]);

interface CompiledPatterns {
  extra: { name: string; regex: RegExp }[];
  allowed: RegExp[];
}

const compiledCache = new Map<string, CompiledPatterns>();

/** User patterns compiled once per distinct options (a bad pattern is skipped, never thrown per file). */
const NO_PATTERNS: CompiledPatterns = { extra: [], allowed: [] };

function compilePatterns(options: Options[0]): CompiledPatterns {
  if (!options.extraPatterns?.length && !options.allowedPatterns?.length) return NO_PATTERNS;
  const key = JSON.stringify([options.extraPatterns ?? [], options.allowedPatterns ?? []]);
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const extra: CompiledPatterns["extra"] = [];
  for (const { name, pattern } of options.extraPatterns ?? []) {
    const regex = tryRegExp(pattern);
    if (regex) extra.push({ name, regex });
  }
  const allowed = (options.allowedPatterns ?? []).map(tryRegExp).filter((r): r is RegExp => r !== undefined);
  const compiled = { extra, allowed };
  if (compiledCache.size > 64) compiledCache.clear();
  compiledCache.set(key, compiled);
  return compiled;
}

function tryRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}

/** SDK entry points that take a credential positionally or under an option name that does not say so. */
const CREDENTIAL_TRACE_MAP: TraceMap<CredentialParameter> = buildTraceMap(CREDENTIAL_PARAMETERS);
const CREDENTIAL_MODULES = [...new Set(CREDENTIAL_PARAMETERS.map((p) => p.module))];

function buildTraceMap(parameters: readonly CredentialParameter[]): TraceMap<CredentialParameter> {
  const map: Record<string, Record<string | symbol, unknown>> = {};
  for (const parameter of parameters) {
    const marker = parameter.kind === "construct" ? CONSTRUCT : CALL;
    const root = (map[parameter.module] ??= {});
    if (parameter.isDefault) root[marker] = parameter;
    let current = root;
    for (const name of parameter.path) current = (current[name] ??= {}) as Record<string | symbol, unknown>;
    current[marker] = parameter;
  }
  return map as TraceMap<CredentialParameter>;
}

/** `{ apiKey, authDomain, projectId, appId, … }`: a Firebase web app configuration. */
function isFirebaseConfig(object: TSESTree.ObjectExpression): boolean {
  let count = 0;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = getLiteralKeyName(property.key, property.computed);
    if (key !== undefined && FIREBASE_CONFIG_KEYS.has(key)) count++;
  }
  return count >= MIN_FIREBASE_CONFIG_KEYS;
}

export default createRule<Options, MessageIds>({
  name: "no-hardcoded-api-key",
  // A key written in a published `.d.ts` leaks like any other.
  readsDeclarationFiles: true,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow API keys, tokens, private keys and passwords written in source code",
      recommended: "recommended",
      cwe: [798],
    },
    schema: [
      {
        type: "object",
        properties: {
          extraPatterns: {
            type: "array",
            description: "More token formats to report: `name` is shown in the message, `pattern` is a regular expression source searched in every string (keep it linear-time).",
            items: {
              type: "object",
              properties: {
                name: { type: "string", minLength: 1, description: "What the token is, e.g. `Acme API key`." },
                pattern: { type: "string", minLength: 1, format: "regex", description: "Regular expression source, e.g. `acme_[A-Za-z0-9]{32}`." },
              },
              required: ["name", "pattern"],
              additionalProperties: false,
            },
          },
          allowedPatterns: {
            type: "array",
            description: "Regular expression sources; a string or token that matches one of them is never reported (known test keys, public demo keys).",
            items: { type: "string", minLength: 1, format: "regex" },
          },
          minEntropy: {
            type: "number",
            minimum: 0,
            maximum: 8,
            description: "Minimum Shannon entropy, in bits per character, of a value with no known format before a secret-named variable or option holding it is reported.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      hardcodedKey:
        "Hard-coded {{provider}} in source code: load it at run time from the environment (process.env) or a secret manager (Vault, AWS Secrets Manager, Azure Key Vault, Google Secret Manager), and revoke the exposed one.",
      hardcodedSecret:
        "Hard-coded {{kind}} in '{{name}}': load it at run time from the environment (process.env) or a secret manager (Vault, AWS Secrets Manager, Azure Key Vault, Google Secret Manager), and rotate the exposed one.",
    },
    defaultOptions: [{ extraPatterns: [], allowedPatterns: [], minEntropy: DEFAULT_MIN_ENTROPY }],
  },
  create(context, [options]) {
    const patterns = compilePatterns(options);
    const minEntropy = options.minEntropy ?? DEFAULT_MIN_ENTROPY;
    const textContext = { minEntropy };
    let testFile: boolean | undefined;
    const isTestFile = (): boolean => (testFile ??= TEST_FILE.test(projectPath(context.filename, context.cwd)));
    const reported = new WeakSet<TSESTree.Node>();
    let credentialArguments: Map<TSESTree.Node, CredentialParameter> | undefined;
    let moduleWords: string[] | undefined;

    function report(node: TSESTree.Node, match: SecretMatch | { provider: string }): void {
      if (reported.has(node)) return;
      if ("format" in match && BROWSER_KEY_FORMATS.has(match.format.id) && isBrowserKeyPosition(node)) return;
      reported.add(node);
      const provider = "format" in match ? match.format.provider : match.provider;
      if ("format" in match && match.name !== undefined) {
        context.report({ node, messageId: "hardcodedSecret", data: { kind: "secret", name: shortName(match.name) } });
        return;
      }
      context.report({ node, messageId: "hardcodedKey", data: { provider } });
    }

    /**
     * A Google API key in a Firebase web configuration or handed to a Google Maps loader: a browser
     * key, public by design and restricted by referrer or security rules.
     */
    function isBrowserKeyPosition(node: TSESTree.Node): boolean {
      const owner = getValueOwner(node);
      if (!owner) return false;
      if (owner.names.some((n) => MAPS_BROWSER_KEY_NAMES.has(n.name))) return true;
      const own = owner.names[0];
      if (!own || (own.name !== "apiKey" && !MAPS_BROWSER_KEY_OPTIONS.has(own.name))) return false;
      if (own.name === "apiKey" && owner.object && isFirebaseConfig(owner.object)) return true;
      if (!MAPS_BROWSER_KEY_OPTIONS.has(own.name) || !importsAnyOf(context, MAPS_BROWSER_MODULES)) return false;
      // `new Loader({ apiKey })`, `useJsApiLoader({ googleMapsApiKey })`, `<APIProvider apiKey="…">` from a Maps module.
      if (own.kind === "property" && owner.call) return isMapsImport(owner.call.callee);
      if (own.kind === "attribute") {
        const element = skipWrappersUp(node).parent?.parent;
        const tag = element?.type === AST_NODE_TYPES.JSXAttribute ? element.parent : element;
        return tag?.type === AST_NODE_TYPES.JSXOpeningElement && tag.name.type === AST_NODE_TYPES.JSXIdentifier && isMapsImportName(tag.name.name, tag);
      }
      return false;
    }

    function isMapsImport(callee: TSESTree.Node): boolean {
      const inner = unwrapExpression(callee);
      return inner.type === AST_NODE_TYPES.Identifier && isMapsImportName(inner.name, inner);
    }

    /** The name is bound by an `import` (or `require`) from a Google Maps loader module. */
    function isMapsImportName(name: string, at: TSESTree.Node): boolean {
      const binding = getModuleBinding(name, context.sourceCode.getScope(at) as never);
      return binding !== undefined && MAPS_BROWSER_MODULES.includes(binding.module);
    }

    function isAllowed(text: string, token: string): boolean {
      return patterns.allowed.some((regex) => regex.test(token) || regex.test(text));
    }

    /** Provider formats anywhere in the text (and the user's extra patterns). */
    function checkText(text: string, node: TSESTree.Node): boolean {
      for (const { name, regex } of patterns.extra) {
        const found = regex.exec(text);
        if (found && !isAllowed(text, found[0])) {
          report(node, { provider: name });
          return true;
        }
      }
      if (text.length < MIN_SECRET_LENGTH || text.startsWith("data:")) return false;
      for (const match of findSecretsInText(text, textContext)) {
        if (match.format.contextGated && isTestFile()) continue;
        if (isAllowed(text, text.slice(match.start, match.end))) continue;
        report(node, match);
        return true;
      }
      return false;
    }

    /** A whole value judged by the names it is bound to: gated formats, JWTs, generic secrets, passwords. */
    function checkNamedValue(value: string, node: TSESTree.Node): void {
      if (value.length < MIN_CONTEXTUAL_LENGTH || value.length > MAX_CONTEXTUAL_LENGTH) return;
      const scheme = value.indexOf(" ") > 0 ? AUTH_SCHEME.exec(value) : null;
      const bare = scheme ? value.slice(scheme[0].length) : value;
      // The value's shape first (one cheap pass): most strings are words, identifiers or messages.
      if (!couldBeSecretValue(bare) || isTestFile()) return;
      const names = collectNames(node);
      if (!names) return;
      const secretNames = names.owner.filter((n) => (n.isEnv ? isSecretEnvName(n.name) : isSecretName(n.name)) || isUserPassPair(n, names));
      const nameSaysSecret = secretNames.length > 0 || names.sdk !== undefined || scheme !== null;
      const ownerWords = new Set(names.owner.flatMap((n) => splitNameWords(n.name)));
      // Provider words of the SDK call and the file's imports count only next to a name that says credential.
      const words = nameSaysSecret ? new Set([...ownerWords, ...names.extraWords, ...getModuleWords()]) : ownerWords;
      const match = findSecretFormat(bare, { words, nameSaysSecret, minEntropy });
      if (match) {
        if (!isAllowed(value, bare)) report(node, match);
        return;
      }
      if (!nameSaysSecret || isKnownPublicValue(bare)) return;
      const password = secretNames.some((n) => isPasswordName(n.name) || isUserPassPair(n, names));
      if (!looksLikeGenericSecret(bare, { nameSaysSecret: true, password, minEntropy })) return;
      if (isAllowed(value, bare) || (names.declarator && isUsedAsKeyName(names.declarator))) return;
      const sdkName = names.sdk ? (names.sdk.option ?? `${names.sdk.path.join(".")}()`) : undefined;
      const name = secretNames[0]?.name ?? sdkName ?? names.owner[0]?.name ?? "value";
      reported.add(node);
      context.report({
        node,
        messageId: "hardcodedSecret",
        data: { kind: password ? "password" : scheme ? "credential" : "secret", name: shortName(name) },
      });
    }

    interface Names {
      owner: OwnerName[];
      object?: TSESTree.ObjectExpression;
      /** The `const` the value initialises, if any. */
      declarator?: TSESTree.VariableDeclarator;
      sdk?: CredentialParameter;
      /** Provider words from the SDK call and the file's imports, trusted only next to a secret name. */
      extraWords: string[];
    }

    /** The names around a value, and around the uses of the `const` it initialises. */
    function collectNames(node: TSESTree.Node): Names | undefined {
      const owner = getValueOwner(node);
      const names: Names = { owner: [], extraWords: [], object: owner?.object, declarator: owner?.declarator };
      // Only call arguments and options can be an SDK's credential parameter.
      const sdk = owner?.call || isCallArgument(node) ? getCredentialArguments().get(node) : undefined;
      if (sdk) {
        names.sdk = sdk;
        names.extraWords.push(...sdk.words);
      }
      if (owner) addOwner(names, owner);
      if (owner?.declarator && !names.owner.some((n) => isSecretName(n.name))) followConstant(owner.declarator, names);
      if (names.owner.length === 0 && !names.sdk) return undefined;
      return names;
    }

    function addOwner(names: Names, owner: ValueOwner): void {
      names.owner.push(...owner.names);
      if (owner.call) {
        const callee = owner.call.callee;
        const calleeName = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? (getCalleeText(callee) ?? "") : "";
        names.extraWords.push(...splitNameWords(calleeName));
      }
      if (owner.object && !names.object) names.object = owner.object;
    }

    /** `const k = "…"; new OpenAI({ apiKey: k })`: the names at the constant's uses count too. */
    function followConstant(declarator: TSESTree.VariableDeclarator, names: Names): void {
      const declaration = declarator.parent;
      if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return;
      const variable = context.sourceCode.getDeclaredVariables(declarator)[0];
      if (!variable || (declaration.kind !== "const" && variable.references.some((r) => r.isWrite() && !r.init))) return;
      let followed = 0;
      for (const reference of variable.references) {
        if (!reference.isRead() || followed++ >= MAX_FOLLOWED_REFERENCES) continue;
        const use = reference.identifier as TSESTree.Node;
        const useOwner = getValueOwner(use);
        const sdk = useOwner?.call || isCallArgument(use) ? getCredentialArguments().get(use) : undefined;
        if (sdk) {
          names.sdk ??= sdk;
          names.extraWords.push(...sdk.words);
        }
        if (useOwner) addOwner(names, useOwner);
      }
    }

    /** `const AUTH_TOKEN = "…"; localStorage.getItem(AUTH_TOKEN)`: the constant is a storage, cookie or header name. */
    function isUsedAsKeyName(declarator: TSESTree.VariableDeclarator): boolean {
      const variable = context.sourceCode.getDeclaredVariables(declarator)[0];
      if (!variable) return false;
      let followed = 0;
      for (const reference of variable.references) {
        if (!reference.isRead()) continue;
        if (followed++ >= MAX_FOLLOWED_REFERENCES) break;
        if (isKeyNameArgument(reference.identifier as TSESTree.Node)) return true;
      }
      return false;
    }

    /** `{ user: "svc", pass: "…" }` (nodemailer, basic auth): `pass` next to a user is a password. */
    function isUserPassPair(name: OwnerName, names: Names): boolean {
      if (name.kind !== "property" || name.name !== "pass" || !names.object) return false;
      return names.object.properties.some(
        (p) => p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier && PASSWORD_SIBLINGS.has(p.key.name),
      );
    }

    /** Argument nodes (and the literals of the constants passed there) that SDKs take as credentials. Once per file. */
    function getCredentialArguments(): Map<TSESTree.Node, CredentialParameter> {
      if (credentialArguments) return credentialArguments;
      credentialArguments = new Map();
      const imported = getImportedModules(context);
      if (!CREDENTIAL_MODULES.some((m) => imported.has(m))) return credentialArguments;
      const scope = getFileScope(context);
      for (const reference of findModuleReferences(context, CREDENTIAL_TRACE_MAP)) {
        const call = reference.node;
        if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) continue;
        const parameter = reference.info;
        let value: TSESTree.Node | undefined;
        if (parameter.option) {
          const object = getCallOptionsObject(call, parameter.argument, scope);
          value = object ? findProperty(object, parameter.option, scope)?.value : undefined;
        } else {
          const argument = call.arguments[parameter.argument];
          value = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
        }
        if (!value) continue;
        const inner = unwrapExpression(value);
        credentialArguments.set(inner, parameter);
        if (inner.type === AST_NODE_TYPES.Identifier) {
          const init = resolveIdentifierInit(inner, scope);
          if (init) credentialArguments.set(unwrapExpression(init), parameter);
        }
      }
      return credentialArguments;
    }

    function getModuleWords(): string[] {
      if (moduleWords) return moduleWords;
      moduleWords = [];
      for (const name of getImportedModules(context)) moduleWords.push(...(PROVIDER_MODULE_WORDS[name] ?? []));
      return moduleWords;
    }

    function checkConcatenation(node: TSESTree.BinaryExpression): void {
      if (!hasAdjacentStaticLeaves(node)) return;
      const leaves: (TSESTree.Node | null)[] = [];
      if (!collectLeaves(node, leaves) || leaves.filter(Boolean).length < 2) return;
      let text = "";
      let ends: number[] = [];
      const flush = (): void => {
        if (ends.length >= 2) {
          for (const match of findSecretsInText(text, textContext)) {
            // A token inside one literal is that literal's report; here only tokens split across literals.
            const firstLeaf = ends.findIndex((end) => match.start < end);
            const lastLeaf = ends.findIndex((end) => match.end <= end);
            if (firstLeaf === lastLeaf || (match.format.contextGated && isTestFile())) continue;
            if (isAllowed(text, text.slice(match.start, match.end))) continue;
            report(node, match);
            return;
          }
        }
        text = "";
        ends = [];
      };
      for (const leaf of leaves) {
        const value = leaf ? staticText(leaf) : undefined;
        if (value === undefined) {
          flush();
          continue;
        }
        text += value;
        ends.push(text.length);
      }
      flush();
    }

    function checkLiteral(node: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
      if (value.length < MIN_CONTEXTUAL_LENGTH || isModuleOrTypeNameString(node)) return;
      if (checkText(value, node)) return;
      checkNamedValue(value, node);
    }

    return {
      // Only strings long enough to judge reach the listener (the selector filters the rest cheaply).
      [LONG_STRING_LITERAL](node: TSESTree.StringLiteral) {
        checkLiteral(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0) {
          const value = node.quasis[0]?.value.cooked ?? node.quasis[0]?.value.raw ?? "";
          checkLiteral(node, value);
          return;
        }
        if (isModuleOrTypeNameString(node)) return;
        for (const quasi of node.quasis) {
          if (checkText(quasi.value.cooked ?? quasi.value.raw, node)) return;
        }
      },
      "BinaryExpression[operator='+']"(node: TSESTree.BinaryExpression) {
        if (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === "+") return;
        checkConcatenation(node);
      },
    };
  },
});

/** Leaves of a `+` chain, left to right (null for a dynamic leaf); false when the chain is too long to be worth joining. */
function collectLeaves(root: TSESTree.BinaryExpression, out: (TSESTree.Node | null)[]): boolean {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isConcat(node)) {
      stack.push(node.right, node.left);
      continue;
    }
    out.push(staticText(node) === undefined ? null : node);
    if (out.length > MAX_CONCAT_LEAVES) return false;
  }
  return true;
}

/** Whether two string literals follow each other among the leaves of a `+` chain (in order, bounded). */
function hasAdjacentStaticLeaves(root: TSESTree.BinaryExpression): boolean {
  if (!isConcat(root.left) && !isConcat(root.right)) return staticText(root.left) !== undefined && staticText(root.right) !== undefined;
  const stack: TSESTree.Node[] = [root];
  let previousStatic = false;
  let leaves = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isConcat(node)) {
      stack.push(node.right, node.left);
      continue;
    }
    const isStatic = staticText(node) !== undefined;
    if (isStatic && previousStatic) return true;
    previousStatic = isStatic;
    if (++leaves > MAX_CONCAT_LEAVES) return false;
  }
  return false;
}

function isConcat(node: TSESTree.Node): node is TSESTree.BinaryExpression {
  return node.type === AST_NODE_TYPES.BinaryExpression && node.operator === "+";
}

/** The first argument of `localStorage.getItem(x)`, `cookies().get(x)`, `req.headers.get(x)` and the like (`KEY_NAME_CALLS`). */
function isKeyNameArgument(node: TSESTree.Node): boolean {
  const argument = skipWrappersUp(node);
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== argument) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getTrailingName(callee);
  let receiver = unwrapExpression(callee.object);
  if (receiver.type === AST_NODE_TYPES.AwaitExpression) receiver = unwrapExpression(receiver.argument);
  if (receiver.type === AST_NODE_TYPES.CallExpression) receiver = receiver.callee;
  const receiverName = getTrailingName(receiver);
  return method !== undefined && receiverName !== undefined && KEY_NAME_CALLS.get(receiverName)?.has(method) === true;
}

function isCallArgument(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee !== node;
}

function staticText(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string") return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function getCalleeText(callee: TSESTree.MemberExpression): string | undefined {
  const property = callee.property;
  if (property.type === AST_NODE_TYPES.Identifier) return property.name;
  return undefined;
}

/** The file's path inside the project, `/`-separated, so a checkout under `/tmp/test/` does not make every file a test. */
function projectPath(filename: string, cwd: string | undefined): string {
  const normalized = filename.replace(/\\/g, "/");
  const root = cwd?.replace(/\\/g, "/");
  return root && normalized.startsWith(`${root}/`) ? normalized.slice(root.length + 1) : normalized;
}

function shortName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 57)}...` : name;
}
