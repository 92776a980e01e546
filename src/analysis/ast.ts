import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";

/** Strips the wrappers that do not change a value: TS assertions, `!`, `satisfies`, optional chains. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * Walks up through the same wrappers (and through `await` when asked), so a caller sees the node
 * that really uses the value.
 */
export function skipWrappersUp(node: TSESTree.Node, throughAwait = false): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    ((throughAwait && current.parent.type === AST_NODE_TYPES.AwaitExpression) ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion ||
      current.parent.type === AST_NODE_TYPES.ChainExpression)
  ) {
    current = current.parent;
  }
  return current;
}

/** The name of a non-computed property key, or of a computed key written as a plain literal. */
export function getLiteralKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === "string" || typeof key.value === "number")) {
    return String(key.value);
  }
  if (
    key.type === AST_NODE_TYPES.TemplateLiteral &&
    key.expressions.length === 0 &&
    key.quasis[0]?.value.cooked != null
  ) {
    return key.quasis[0].value.cooked;
  }
  return undefined;
}

/** `a.b.c` as `["a", "b", "c"]` when every segment is static; `this` counts as `"this"`. */
export function getMemberPath(node: TSESTree.Node): string[] | undefined {
  const path: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getLiteralKeyName(current.property, current.computed);
    if (name === undefined) return undefined;
    path.unshift(name);
    current = unwrapExpression(current.object);
  }
  if (current.type === AST_NODE_TYPES.Identifier) path.unshift(current.name);
  else if (current.type === AST_NODE_TYPES.ThisExpression) path.unshift("this");
  else if (current.type === AST_NODE_TYPES.MetaProperty) path.unshift(`${current.meta.name}.${current.property.name}`);
  else return undefined;
  return path;
}

/** The last name in an expression: `apiKey`, `this.apiKey`, `config["apiKey"]`, `getKey()` → the key or callee name. */
export function getTrailingName(node: TSESTree.Node): string | undefined {
  const current = unwrapExpression(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
      return current.name;
    case AST_NODE_TYPES.PrivateIdentifier:
      return current.name;
    case AST_NODE_TYPES.MemberExpression:
      if (current.property.type === AST_NODE_TYPES.PrivateIdentifier) return current.property.name;
      return getLiteralKeyName(current.property, current.computed);
    default:
      return undefined;
  }
}

/** The callee's name: `fetch` for `fetch()`, `info` for `logger.info()`. */
export function getCalleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  return getTrailingName(call.callee);
}

export function isStringLiteral(node: TSESTree.Node): node is TSESTree.StringLiteral {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === "string";
}

/** The function that encloses a node, or the Program. */
export function getEnclosingFunction(
  node: TSESTree.Node,
): TSESTree.FunctionLike | TSESTree.Program {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.Program
    ) {
      return current as TSESTree.FunctionLike | TSESTree.Program;
    }
    current = current.parent;
  }
  throw new Error("node outside a Program");
}

/**
 * A string in a position where it names a module or a type, never a value that is used:
 * import and export sources, `import()`, `require("…")`, TS literal types, `import("…")` types,
 * `declare module "…"`, import attributes.
 */
export function isModuleOrTypeNameString(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSImportType:
    case AST_NODE_TYPES.TSModuleDeclaration:
    case AST_NODE_TYPES.ImportAttribute:
      return true;
    case AST_NODE_TYPES.CallExpression:
      return parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === "require" && parent.arguments[0] === node;
    default:
      return false;
  }
}

/** The class body a node sits in, if any. */
export function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    current = current.parent;
  }
  return undefined;
}

/** Calls `fn` on each child node (not on `parent`). */
export function forEachChild(node: TSESTree.Node, fn: (child: TSESTree.Node) => void): void {
  for (const key of Object.keys(node)) {
    if (key === "parent" || key === "range" || key === "loc") continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) fn(item);
    } else if (isNode(value)) {
      fn(value);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
