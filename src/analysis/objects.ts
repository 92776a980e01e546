import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
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
 * one, or both branches' literals are not chosen here (see `resolveObjectExpressions`).
 */
export function resolveObjectExpression(node: TSESTree.Node, scope: Scope): TSESTree.ObjectExpression | null {
  let current: TSESTree.Node | null = unwrapExpression(node);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (current.type === AST_NODE_TYPES.ObjectExpression) return current;
    if (current.type !== AST_NODE_TYPES.Identifier) return null;
    const init = resolveIdentifierInit(current, scope);
    current = init ? unwrapExpression(init) : null;
  }
  return null;
}

/**
 * Every object literal the expression may be: follows constants, both branches of a ternary, and
 * the object side of `cond && { … }` / `x || { … }` (the forms used to spread settings in).
 */
export function resolveObjectExpressions(node: TSESTree.Node, scope: Scope, depth = 0): TSESTree.ObjectExpression[] {
  if (depth > MAX_DEPTH) return [];
  const current = unwrapExpression(node);
  switch (current.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return [current];
    case AST_NODE_TYPES.Identifier: {
      const init = resolveIdentifierInit(current, scope);
      return init ? resolveObjectExpressions(init, scope, depth + 1) : [];
    }
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
