import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, unwrapExpression } from "./ast";
import { resolveIdentifierInit, resolveString, type Scope } from "./static-value";

const MAX_DEPTH = 8;

/** A property of an options object, after spreads of same-file objects are opened. */
export interface ResolvedProperty {
  /** The key as written or as a constant resolves. */
  name: string;
  /** The value expression (for shorthand `{ apiKey }`, the identifier). */
  value: TSESTree.Node;
  /** The `Property` node, the right range for a report about the whole setting. */
  property: TSESTree.Property;
}

/**
 * The object literal an expression stands for in this file: the literal itself, a `const` bound to
 * one, a member of a same-file literal (`settings.llm`), or a destructured binding
 * (`const { llm } = settings`). Both branches' literals are not chosen here (see `resolveObjectExpressions`).
 */
export function resolveObjectExpression(node: TSESTree.Node, scope: Scope): TSESTree.ObjectExpression | null {
  let current: TSESTree.Node | null = unwrapExpression(node);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (current.type === AST_NODE_TYPES.ObjectExpression) return current;
    if (current.type === AST_NODE_TYPES.Identifier) {
      const init: TSESTree.Node | null = resolveIdentifierInit(current, scope) ?? resolveDestructuredBinding(current, scope, depth);
      current = init ? unwrapExpression(init) : null;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      const value = resolveMemberValues(current, scope, depth);
      current = value.length === 1 ? unwrapExpression(value[0]!) : null;
    } else {
      return null;
    }
  }
  return null;
}

/**
 * Every object literal the expression may be: follows constants, members of same-file literals,
 * destructured bindings, both branches of a ternary, and the object side of `cond && { … }` /
 * `x || { … }` (the forms used to spread settings in).
 */
export function resolveObjectExpressions(node: TSESTree.Node, scope: Scope, depth = 0): TSESTree.ObjectExpression[] {
  if (depth > MAX_DEPTH) return [];
  const current = unwrapExpression(node);
  switch (current.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return [current];
    case AST_NODE_TYPES.Identifier: {
      const init = resolveIdentifierInit(current, scope) ?? resolveDestructuredBinding(current, scope, depth + 1);
      return init ? resolveObjectExpressions(init, scope, depth + 1) : [];
    }
    case AST_NODE_TYPES.MemberExpression:
      return resolveMemberValues(current, scope, depth).flatMap((value) => resolveObjectExpressions(value, scope, depth + 1));
    case AST_NODE_TYPES.ConditionalExpression:
      return [
        ...resolveObjectExpressions(current.consequent, scope, depth + 1),
        ...resolveObjectExpressions(current.alternate, scope, depth + 1),
      ];
    case AST_NODE_TYPES.LogicalExpression:
      return [
        ...resolveObjectExpressions(current.left, scope, depth + 1),
        ...resolveObjectExpressions(current.right, scope, depth + 1),
      ];
    default:
      return [];
  }
}

/**
 * The value expressions `settings.llm` reads when `settings` is a same-file object literal (spreads
 * opened, later keys win; one per literal the object may be). Empty when a key is computed at run
 * time, or when anything writes `settings.llm` (or a path through it) elsewhere.
 */
export function resolveMemberValues(node: TSESTree.MemberExpression, scope: Scope, depth = 0): TSESTree.Node[] {
  // `const a = { b: { ...a.b } }`: spreads restart the depth count, so guard re-entry directly.
  if (inProgress.has(node)) return [];
  inProgress.add(node);
  try {
    return readMemberValues(node, scope, depth);
  } finally {
    inProgress.delete(node);
  }
}

const inProgress = new Set<TSESTree.Node>();

function readMemberValues(node: TSESTree.MemberExpression, scope: Scope, depth: number): TSESTree.Node[] {
  const path: string[] = [];
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const key = getLiteralKeyName(current.property, current.computed);
    if (key === undefined) return [];
    path.unshift(key);
    current = unwrapExpression(current.object);
  }
  if (current.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return [];
  const root = current;
  let values: TSESTree.Node[] = [current];
  for (const key of path) {
    const next: TSESTree.Node[] = [];
    for (const value of values) {
      for (const object of resolveObjectExpressions(value, scope, depth + 1)) {
        const property = findProperty(object, key, scope);
        if (property) next.push(property.value);
      }
    }
    values = next;
    if (values.length === 0) return [];
  }
  // Checked last: most members (`process.env.X`, imports) never reach a literal.
  return isPathWritten(root, path, scope) ? [] : values;
}

/**
 * The value a destructured binding takes from a same-file object literal: `llm` in
 * `const { llm } = settings`, `baseURL` in `const { llm: { baseURL } } = settings`, falling back to
 * the pattern's default when the literal lacks the key. Null for array patterns, rest elements,
 * parameters, bindings written after their declaration, and paths written elsewhere.
 */
export function resolveDestructuredBinding(identifier: TSESTree.Identifier, scope: Scope, depth = 0): TSESTree.Node | null {
  if (depth > MAX_DEPTH || inProgress.has(identifier)) return null;
  inProgress.add(identifier);
  try {
    return readDestructuredBinding(identifier, scope, depth);
  } finally {
    inProgress.delete(identifier);
  }
}

function readDestructuredBinding(identifier: TSESTree.Identifier, scope: Scope, depth: number): TSESTree.Node | null {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type !== "Variable" || variable.references.some((ref) => ref.isWrite() && !ref.init)) return null;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return null;
  const path: string[] = [];
  let fallback: TSESTree.Node | null = null;
  let node: TSESTree.Node = def.name as TSESTree.Node;
  while (node !== declarator.id) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return null;
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
      if (path.length === 0) fallback = parent.right;
    } else if (parent.type === AST_NODE_TYPES.Property && parent.value === node) {
      const key = getPropertyName(parent, scope);
      if (key === undefined) return null;
      path.unshift(key);
    } else if (parent.type !== AST_NODE_TYPES.ObjectPattern) {
      return null;
    }
    node = parent;
  }
  if (path.length === 0) return null;
  const source = unwrapExpression(declarator.init);
  if (source.type === AST_NODE_TYPES.Identifier && isPathWritten(source, path, scope)) return null;
  let objects = resolveObjectExpressions(source, scope, depth + 1);
  let value: TSESTree.Node | null = null;
  for (let i = 0; i < path.length; i++) {
    if (objects.length !== 1) return null;
    const property = findProperty(objects[0]!, path[i]!, scope);
    if (!property) return i === path.length - 1 ? fallback : null;
    value = property.value;
    if (i < path.length - 1) objects = resolveObjectExpressions(value, scope, depth + 1);
  }
  return value;
}

/**
 * True when code writes `root.<path…>` or a member on the way (`settings.llm = …`,
 * `settings.llm.baseURL = …`, `delete settings.llm`, `settings.llm.port++`), so the literal's
 * value there is not the one read.
 */
function isPathWritten(root: TSESTree.Identifier, path: readonly string[], scope: Scope): boolean {
  const variable = findVariable(scope as never, root as never) as TSESLint.Scope.Variable | null;
  if (!variable) return false;
  for (const reference of variable.references) {
    let node: TSESTree.Node = reference.identifier as TSESTree.Node;
    let index = 0;
    while (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) {
      const member: TSESTree.MemberExpression = node.parent;
      const key = getLiteralKeyName(member.property, member.computed);
      if (index < path.length && key !== undefined && key !== path[index]) break;
      index++;
      node = member;
      if (isWriteTarget(member)) return true;
    }
  }
  return false;
}

function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) return true;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "delete";
}

/** The static name of a property key (`a`, `"a"`, `[A]` with `const A = "a"`). */
export function getPropertyName(property: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition, scope: Scope): string | undefined {
  const literal = getLiteralKeyName(property.key, property.computed);
  if (literal !== undefined) return literal;
  if (property.computed) return resolveString(property.key, scope);
  return undefined;
}

/**
 * The properties of an object literal in source order, with same-file spreads opened in place
 * (`{ ...base, rejectUnauthorized: false }`, `...(dev ? { … } : {})`).
 */
export function getObjectProperties(object: TSESTree.ObjectExpression, scope: Scope, depth = 0): ResolvedProperty[] {
  const out: ResolvedProperty[] = [];
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      if (depth >= MAX_DEPTH) continue;
      for (const spread of resolveObjectExpressions(property.argument, scope)) {
        if (spread === object) continue;
        out.push(...getObjectProperties(spread, scope, depth + 1));
      }
      continue;
    }
    const name = getPropertyName(property, scope);
    if (name === undefined) continue;
    out.push({ name, value: property.value, property });
  }
  return out;
}

/** The last property with this name (the one that wins), spreads included. */
export function findProperty(object: TSESTree.ObjectExpression, name: string, scope: Scope): ResolvedProperty | undefined {
  const all = getObjectProperties(object, scope);
  for (let i = all.length - 1; i >= 0; i--) {
    if (all[i]!.name === name) return all[i];
  }
  return undefined;
}

/** Every property with this name, spreads and both sides of conditionals included. */
export function findProperties(object: TSESTree.ObjectExpression, name: string, scope: Scope): ResolvedProperty[] {
  return getObjectProperties(object, scope).filter((p) => p.name === name);
}

/**
 * Follows a path of keys through nested literals: `["tls", "rejectUnauthorized"]` in
 * `{ tls: { rejectUnauthorized: false } }` or `{ tls: TLS_OPTS }`.
 */
export function findPropertyPath(object: TSESTree.ObjectExpression, path: readonly string[], scope: Scope): ResolvedProperty | undefined {
  let current: TSESTree.ObjectExpression | null = object;
  let found: ResolvedProperty | undefined;
  for (let i = 0; i < path.length; i++) {
    if (!current) return undefined;
    found = findProperty(current, path[i]!, scope);
    if (!found) return undefined;
    current = i < path.length - 1 ? resolveObjectExpression(found.value, scope) : null;
  }
  return found;
}

/** The options object of a call: the argument at `index`, resolved to a same-file literal. */
export function getCallOptionsObject(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  scope: Scope,
): TSESTree.ObjectExpression | null {
  const argument = call.arguments[index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return null;
  return resolveObjectExpression(argument, scope);
}
