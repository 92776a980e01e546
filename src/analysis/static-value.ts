import { getStaticValue } from "@eslint-community/eslint-utils";
import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { forEachChild, getLiteralKeyName, getTrailingName, unwrapExpression } from "./ast";
import { resolveThisMember } from "./class-fields";
import { getDefinitionModule } from "./modules";

export type Scope = TSESLint.Scope.Scope;

/**
 * One value an expression may statically take, and the node that produces it in the expression
 * being judged: for `flag ? false : true` the `false` branch, for a `const` the identifier that
 * names it (so a report lands where the value is used, not where the constant is declared).
 */
export interface Candidate {
  value: unknown;
  node: TSESTree.Node;
}

const MAX_DEPTH = 12;
const MAX_CANDIDATES = 16;

interface Walk {
  scope: Scope;
  depth: number;
  seen: Set<TSESTree.Node>;
}

/** The scope that sees every identifier of the file: `findVariable` walks down to the innermost scope itself. */
export function getFileScope(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): Scope {
  const scope = context.sourceCode.scopeManager?.globalScope;
  if (!scope) throw new Error("no scope manager for this file");
  return scope;
}

/**
 * The expression a `const` (or a `let`/`var` written only once, at its declaration) is bound to.
 * Returns null for parameters, imports, destructured or reassigned bindings.
 */
export function resolveIdentifierInit(
  identifier: TSESTree.Identifier,
  scope: Scope,
): TSESTree.Expression | null {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (!def || def.type !== "Variable") return null;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return null;
  const declaration = def.parent;
  if (declaration?.kind !== "const" && variable.references.some((ref) => ref.isWrite() && !ref.init)) {
    return null;
  }
  return declarator.init;
}

/**
 * The default a parameter or destructured binding falls back to when no value is given:
 * `function f(algorithm = "aes-128-cbc")`, `({ rejectUnauthorized = false }) => …`,
 * `const { TLS_VERIFY = "false" } = process.env`. The binding may hold other values too.
 */
export function getBindingDefault(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Expression | null {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type !== "Parameter" && def.type !== "Variable") return null;
  const name = def.name as TSESTree.Node;
  const pattern = name.parent;
  if (pattern?.type !== AST_NODE_TYPES.AssignmentPattern || pattern.left !== name) return null;
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return null;
  return pattern.right;
}

/**
 * The value node of `Name.key` when `Name` is a same-file class with a `static key = …` field that
 * nothing reassigns, or a TypeScript enum with a `key = …` member.
 */
export function getStaticMemberValue(object: TSESTree.Identifier, key: string, scope: Scope): TSESTree.Node | null {
  const variable = findVariable(scope as never, object as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  const declaration = def.node as TSESTree.Node;
  if (def.type === "TSEnumName" && declaration.type === AST_NODE_TYPES.TSEnumDeclaration) {
    const members = declaration.body?.members ?? [];
    for (const member of members) {
      const name = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : typeof member.id.value === "string" ? member.id.value : undefined;
      if (name === key) return member.initializer ?? null;
    }
    return null;
  }
  let body: TSESTree.ClassBody | undefined;
  if (def.type === "ClassName" && (declaration.type === AST_NODE_TYPES.ClassDeclaration || declaration.type === AST_NODE_TYPES.ClassExpression)) body = declaration.body;
  else if (def.type === "Variable" && declaration.type === AST_NODE_TYPES.VariableDeclarator && declaration.init?.type === AST_NODE_TYPES.ClassExpression) body = declaration.init.body;
  if (!body) return null;
  let value: TSESTree.Node | null = null;
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && member.static && getLiteralKeyName(member.key, member.computed) === key) value = member.value;
  }
  if (!value) return null;
  // `Name.key = …` anywhere else makes the field's value unknown (inside the class, `Name` is the class scope's own binding).
  for (const reference of variable.references) if (writesStaticMember(reference.identifier as TSESTree.Node, key)) return null;
  let written = false;
  const visit = (node: TSESTree.Node): void => {
    if (written) return;
    if (node.type === AST_NODE_TYPES.Identifier && node.name === object.name && writesStaticMember(node, key)) written = true;
    else forEachChild(node, visit);
  };
  visit(body);
  return written ? null : value;
}

/** `Name.key = …`, `Name.key += …`, `Name.key++` where `identifier` is `Name`. */
function writesStaticMember(identifier: TSESTree.Node, key: string): boolean {
  const member = identifier.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
  if (getLiteralKeyName(member.property, member.computed) !== key) return false;
  const parent = member.parent;
  return (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) || parent?.type === AST_NODE_TYPES.UpdateExpression;
}

/**
 * Every value the expression can provably take, following constants, template literals,
 * concatenation, TS wrappers, `!`, both branches of a ternary and the fallback side of `??`/`||`
 * (unless the left side is provably never empty: `new URL(x).protocol || "http"`, see
 * `URL_STRING_MEMBERS`). Returns an empty list when nothing is provable. Branches that are not provable contribute
 * nothing, so a non-empty answer may be partial: `x ? false : opts.verify` gives `[false]`.
 */
export function resolveCandidates(node: TSESTree.Node, scope: Scope): Candidate[] {
  return candidatesOf(node, { scope, depth: 0, seen: new Set() });
}

/** The one value the expression always has, or undefined-wrapped-in-null when it is not provable. */
export function resolveValue(node: TSESTree.Node, scope: Scope): { value: unknown } | null {
  const candidates = resolveCandidates(node, scope);
  if (candidates.length === 0) return null;
  const first = candidates[0]!.value;
  if (!candidates.every((c) => Object.is(c.value, first))) return null;
  if (!isFullyResolved(node, scope)) return null;
  return { value: first };
}

/** The string the expression always is, or undefined. Numbers are not turned into strings. */
export function resolveString(node: TSESTree.Node, scope: Scope): string | undefined {
  const result = resolveValue(node, scope);
  return result && typeof result.value === "string" ? result.value : undefined;
}

/** Every string the expression can provably be (ternary branches, fallbacks). */
export function resolveStrings(node: TSESTree.Node, scope: Scope): string[] {
  return resolveCandidates(node, scope)
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");
}

/** Whether every branch of a ternary or logical expression was provable (no dynamic side left out). */
function isFullyResolved(node: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(inner, scope);
    if (init) return isFullyResolved(init, scope, depth + 1);
    // A default is only one of the values the binding can hold.
    return getBindingDefault(inner, scope) === null;
  }
  if (inner.type === AST_NODE_TYPES.ConditionalExpression) {
    const test = getStaticValue(inner.test as never, scope as never);
    if (test) return isFullyResolved(test.value ? inner.consequent : inner.alternate, scope, depth + 1);
    return isFullyResolved(inner.consequent, scope, depth + 1) && isFullyResolved(inner.alternate, scope, depth + 1);
  }
  if (inner.type === AST_NODE_TYPES.LogicalExpression) {
    const left = getStaticValue(inner.left as never, scope as never);
    if (!left) return false;
    return true;
  }
  return true;
}

function candidatesOf(raw: TSESTree.Node, walk: Walk): Candidate[] {
  if (walk.depth > MAX_DEPTH || walk.seen.has(raw)) return [];
  const node = unwrapExpression(raw);
  const next: Walk = { scope: walk.scope, depth: walk.depth + 1, seen: walk.seen };
  walk.seen.add(raw);
  try {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        if ("regex" in node && node.regex) return [];
        return [{ value: node.value, node: raw }];
      case AST_NODE_TYPES.Identifier: {
        if (node.name === "undefined") {
          const variable = findVariable(walk.scope as never, node as never) as TSESLint.Scope.Variable | null;
          if (!variable || variable.defs.length === 0) return [{ value: undefined, node: raw }];
        }
        const init = resolveIdentifierInit(node, walk.scope) ?? getBindingDefault(node, walk.scope);
        if (!init) return [];
        return candidatesOf(init, next).map((c) => ({ value: c.value, node: raw }));
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = getStaticValue(node.test as never, walk.scope as never);
        if (test) return candidatesOf(test.value ? node.consequent : node.alternate, next);
        return limit([...candidatesOf(node.consequent, next), ...candidatesOf(node.alternate, next)]);
      }
      case AST_NODE_TYPES.LogicalExpression:
        return logicalCandidates(node, next);
      case AST_NODE_TYPES.UnaryExpression: {
        if (node.operator === "!") {
          return candidatesOf(node.argument, next).map((c) => ({ value: !c.value, node: raw }));
        }
        if (node.operator === "void") return [{ value: undefined, node: raw }];
        break;
      }
      case AST_NODE_TYPES.TemplateLiteral:
        return templateCandidates(node, raw, next);
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === "+") return concatCandidates(node, raw, next);
        break;
      case AST_NODE_TYPES.MemberExpression: {
        const viaObject = memberCandidates(node, next);
        if (viaObject.length > 0) return viaObject.map((c) => ({ value: c.value, node: raw }));
        const field = resolveThisMember(node);
        if (field) return candidatesOf(field, next).map((c) => ({ value: c.value, node: raw }));
        break;
      }
      default:
        break;
    }
    const fallback = getStaticValue(node as never, walk.scope as never);
    return fallback ? [{ value: fallback.value, node: raw }] : [];
  } finally {
    walk.seen.delete(raw);
  }
}

function logicalCandidates(node: TSESTree.LogicalExpression, walk: Walk): Candidate[] {
  const left = candidatesOf(node.left, walk);
  const leftKnown = left.length > 0 && isFullyResolved(node.left, walk.scope);
  if (node.operator === "&&") {
    if (!leftKnown) return [];
    return limit(left.flatMap((c) => (c.value ? candidatesOf(node.right, walk) : [c])));
  }
  const usesRight = (value: unknown): boolean => (node.operator === "??" ? value == null : !value);
  if (!leftKnown) {
    // The left side is dynamic (an env var, an option): the right side is what runs when it is absent,
    // unless the left side can never be absent (`new URL(x).protocol || "http"`).
    const bound = stringLengthBound(node.left, walk.scope, 0);
    const rightUnreachable = bound !== undefined && (node.operator === "??" || bound > 0);
    if (rightUnreachable) return limit(left.filter((c) => !usesRight(c.value)));
    return limit([...left.filter((c) => !usesRight(c.value)), ...candidatesOf(node.right, walk)]);
  }
  return limit(left.flatMap((c) => (usesRight(c.value) ? candidatesOf(node.right, walk) : [c])));
}

function templateCandidates(node: TSESTree.TemplateLiteral, raw: TSESTree.Node, walk: Walk): Candidate[] {
  let prefixes: string[] = [node.quasis[0]?.value.cooked ?? ""];
  for (let i = 0; i < node.expressions.length; i++) {
    const expression = node.expressions[i]!;
    const values = candidatesOf(expression, walk);
    if (values.length === 0 || !isFullyResolved(expression, walk.scope)) return [];
    const tail = node.quasis[i + 1]?.value.cooked ?? "";
    const nextPrefixes: string[] = [];
    for (const prefix of prefixes) {
      for (const v of values) nextPrefixes.push(prefix + stringify(v.value) + tail);
    }
    prefixes = nextPrefixes.slice(0, MAX_CANDIDATES);
  }
  return prefixes.map((value) => ({ value, node: raw }));
}

function concatCandidates(node: TSESTree.BinaryExpression, raw: TSESTree.Node, walk: Walk): Candidate[] {
  if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return [];
  const left = candidatesOf(node.left, walk);
  const right = candidatesOf(node.right, walk);
  if (left.length === 0 || right.length === 0) return [];
  if (!isFullyResolved(node.left, walk.scope) || !isFullyResolved(node.right, walk.scope)) return [];
  const out: Candidate[] = [];
  for (const l of left) {
    for (const r of right) {
      const value =
        typeof l.value === "number" && typeof r.value === "number"
          ? l.value + r.value
          : stringify(l.value) + stringify(r.value);
      out.push({ value, node: raw });
    }
  }
  return limit(out);
}

/** `CONFIG.tls.verify` where `CONFIG` is a same-file object literal. */
function memberCandidates(node: TSESTree.MemberExpression, walk: Walk): Candidate[] {
  const key = getLiteralKeyName(node.property, node.computed);
  if (key === undefined) return [];
  const object = unwrapExpression(node.object);
  let literal: TSESTree.Node | null = object;
  if (object.type === AST_NODE_TYPES.Identifier) {
    const member = getStaticMemberValue(object, key, walk.scope);
    if (member) return candidatesOf(member, walk);
    literal = resolveIdentifierInit(object, walk.scope);
  }
  else if (object.type === AST_NODE_TYPES.MemberExpression) {
    const inner = memberValueNode(object, walk);
    literal = inner;
  }
  if (!literal) return [];
  literal = unwrapExpression(literal);
  if (literal.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const value = findOwnProperty(literal, key);
  return value ? candidatesOf(value, walk) : [];
}

function memberValueNode(node: TSESTree.MemberExpression, walk: Walk): TSESTree.Node | null {
  const key = getLiteralKeyName(node.property, node.computed);
  if (key === undefined) return null;
  const object = unwrapExpression(node.object);
  let literal: TSESTree.Node | null = null;
  if (object.type === AST_NODE_TYPES.Identifier) {
    const member = getStaticMemberValue(object, key, walk.scope);
    if (member) return member;
    literal = resolveIdentifierInit(object, walk.scope);
  } else if (object.type === AST_NODE_TYPES.MemberExpression && walk.depth < MAX_DEPTH) {
    literal = memberValueNode(object, { ...walk, depth: walk.depth + 1 });
  }
  if (!literal) return null;
  literal = unwrapExpression(literal);
  if (literal.type !== AST_NODE_TYPES.ObjectExpression) return null;
  return findOwnProperty(literal, key);
}

function findOwnProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Node | null {
  let found: TSESTree.Node | null = null;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      found = null; // a later spread may override anything before it
      continue;
    }
    if (getLiteralKeyName(property.key, property.computed) === key) found = property.value;
  }
  return found;
}

function stringify(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object" || typeof value === "function") return "";
  return String(value);
}

function limit(candidates: Candidate[]): Candidate[] {
  return candidates.length > MAX_CANDIDATES ? candidates.slice(0, MAX_CANDIDATES) : candidates;
}

// ---------------------------------------------------------------------------------------------
// Values that are never empty
// ---------------------------------------------------------------------------------------------

/**
 * String members of a WHATWG `URL` object and the fewest characters each can hold. `new URL(x)`
 * throws on input it cannot parse, so an object it returns always has them all, as strings (never
 * nullish). Only three are never empty: `protocol` is a scheme (at least one letter) plus `:`;
 * `href` is the whole URL (`"a:"` at least); `origin` is `"null"` for opaque origins. `host` and
 * `hostname` ARE empty for `file:///p` and for non-special schemes (`mailto:`, `foo:bar`, `a:`),
 * and `pathname`, `port`, `search`, `hash`, `username`, `password` often are: their fallbacks
 * after `||` stay reachable (after `??` they do not: no member is ever nullish).
 */
const URL_STRING_MEMBERS: Readonly<Record<string, number>> = {
  protocol: 2,
  href: 2,
  origin: 4,
  host: 0,
  hostname: 0,
  port: 0,
  pathname: 0,
  search: 0,
  hash: 0,
  username: 0,
  password: 0,
};

/** Modules whose `URL` export is the WHATWG constructor. */

/** String methods that never shorten a non-empty string to nothing. */
const NON_EMPTYING_METHODS = new Set(["toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "toString", "valueOf"]);

/** Characters that make a regular expression more than a literal text (anchors `^`/`$` at the ends are allowed). */
const REGEX_SPECIALS = new Set(["\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "^", "$"]);

/**
 * The fewest characters the expression can hold when it is provably a string (never `null` or
 * `undefined`), or undefined when that is not provable. Knows the members of a `URL` object made
 * in place or bound to a constant (`new URL(x).protocol`, `u.href`, `u?.origin`) and a few string
 * methods on them (`.replace("x", "")`, `.replace(/:$/, "")`, `.slice(0, -1)`, `.toLowerCase()`).
 */
function stringLengthBound(raw: TSESTree.Node, scope: Scope, depth: number): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const key = getLiteralKeyName(node.property, node.computed);
    if (key === undefined || !Object.hasOwn(URL_STRING_MEMBERS, key)) return undefined;
    return isUrlObject(node.object, scope) ? URL_STRING_MEMBERS[key] : undefined;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  const method = getTrailingName(callee);
  if (method === undefined) return undefined;
  const receiver = stringLengthBound(callee.object, scope, depth + 1);
  if (receiver === undefined) return undefined;
  const args = node.arguments;
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  if (NON_EMPTYING_METHODS.has(method)) return args.length === 0 ? receiver : undefined;
  if (method === "replace") return replaceBound(receiver, args as TSESTree.Expression[], scope);
  if (method === "slice") return sliceBound(receiver, args as TSESTree.Expression[], scope);
  return undefined;
}

/** `s.replace(pattern, replacement)` replaces one match at most when the pattern is a string or a regex without `g`. */
function replaceBound(receiver: number, args: TSESTree.Expression[], scope: Scope): number {
  const [pattern, replacement] = args;
  if (!pattern || !replacement) return 0;
  const literal = unwrapExpression(pattern);
  let longestMatch: number | undefined;
  if (literal.type === AST_NODE_TYPES.Literal && "regex" in literal && literal.regex) {
    longestMatch = literalRegexLength(literal.regex.pattern, literal.regex.flags);
  } else {
    const text = resolveString(pattern, scope);
    longestMatch = text?.length;
  }
  if (longestMatch === undefined) return 0;
  // A replacement string adds its own length, unless `$` patterns make it depend on the match.
  const added = resolveString(replacement, scope);
  const addedLength = added !== undefined && !added.includes("$") ? added.length : 0;
  return Math.max(0, receiver - longestMatch + addedLength);
}

/** The length of what a regex made of plain characters (and `^`/`$` at its ends) matches, or undefined. */
function literalRegexLength(pattern: string, flags: string): number | undefined {
  if (flags.includes("g")) return undefined;
  let body = pattern;
  if (body.startsWith("^")) body = body.slice(1);
  if (body.endsWith("$")) body = body.slice(0, -1);
  for (const char of body) if (REGEX_SPECIALS.has(char)) return undefined;
  return body.length;
}

/**
 * `s.slice(start, end?)` with a literal `start >= 0`: from a length of `receiver` upwards the
 * result never gets shorter, so its length at `receiver` is the bound.
 */
function sliceBound(receiver: number, args: TSESTree.Expression[], scope: Scope): number {
  if (args.length > 2) return 0;
  const numbers: number[] = [];
  for (const argument of args) {
    const value = resolveValue(argument, scope)?.value;
    if (typeof value !== "number" || !Number.isInteger(value)) return 0;
    numbers.push(value);
  }
  const [start = 0, end] = numbers;
  if (start < 0) return 0;
  return "x".repeat(receiver).slice(start, end).length;
}

/** `new URL(…)` (the global `URL`, or `URL` / `url.URL` from `node:url`), in place or bound to a constant. */
function isUrlObject(raw: TSESTree.Node, scope: Scope): boolean {
  let node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = resolveIdentifierInit(node, scope);
    if (!init) return false;
    node = unwrapExpression(init);
  }
  return node.type === AST_NODE_TYPES.NewExpression && node.arguments.length > 0 && isUrlConstructor(node.callee, scope);
}

function isUrlConstructor(raw: TSESTree.Node, scope: Scope): boolean {
  const callee = unwrapExpression(raw);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (callee.name !== "URL") return false;
    const variable = findVariable(scope as never, callee as never) as TSESLint.Scope.Variable | null;
    if (!variable || variable.defs.length === 0) return true;
    return variable.defs.length === 1 && isUrlModuleBinding(variable.defs[0]!, "URL");
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && getLiteralKeyName(callee.property, callee.computed) === "URL") {
    const object = unwrapExpression(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(scope as never, object as never) as TSESLint.Scope.Variable | null;
    return variable?.defs.length === 1 && isUrlModuleBinding(variable.defs[0]!, undefined);
  }
  return false;
}

/**
 * Whether a binding comes from the `url` module: its export `name` (`import { URL } from "url"`,
 * `const { URL } = require("url")`), or the module itself when `name` is undefined
 * (`import url from "node:url"`, `import * as url`, `const url = require("url")`).
 */
function isUrlModuleBinding(def: TSESLint.Scope.Definition, name: string | undefined): boolean {
  const binding = getDefinitionModule(def);
  return binding?.module === "url" && binding.name === name;
}
