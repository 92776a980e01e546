import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, unwrapExpression } from "./ast";
import { resolveThisField } from "./class-fields";
import { resolveString, type Scope } from "./static-value";

/** A place where code gives an option a value. */
export type OptionWriteNode = TSESTree.Property | TSESTree.AssignmentExpression | TSESTree.PropertyDefinition;

/**
 * One option set in code: `{ rejectUnauthorized: false }`, `agent.options.rejectUnauthorized = false`,
 * `process.env["X"] = "0"`, or a class field `rejectUnauthorized = false` (private names count
 * by their name without `#`).
 */
export interface OptionWrite {
  /** The option's name as written, or as a constant key resolves. */
  name: string;
  /** The expression the option is given (a method's function for `checkServerIdentity() {}`). */
  value: TSESTree.Node;
  /** The whole setting: the property, the assignment or the class field. */
  node: OptionWriteNode;
  /** The object literal holding a property write. */
  object: TSESTree.ObjectExpression | undefined;
  /** The object written to by a member assignment (`https.globalAgent.options`, `process.env`). */
  target: TSESTree.Node | undefined;
}

/** Assignment operators that can leave the option with the right-hand value. */
const SETTING_OPERATORS = new Set(["=", "||=", "??=", "&&="]);

function keyName(key: TSESTree.Node, computed: boolean, scope: Scope): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  const literal = getLiteralKeyName(key, computed);
  if (literal !== undefined) return literal;
  if (!computed) return undefined;
  return resolveString(key, scope);
}

/**
 * The option a node writes, or undefined when it writes none: destructuring patterns, getters and
 * setters, type-only members (`declare` fields, interfaces and type literals are not properties),
 * compound assignments such as `+=`, and keys that are not static all give undefined.
 */
export function getOptionWrite(node: OptionWriteNode, scope: Scope): OptionWrite | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Property: {
      if (node.kind !== "init" || node.parent?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      const name = keyName(node.key, node.computed, scope);
      if (name === undefined) return undefined;
      return { name, value: node.value, node, object: node.parent, target: undefined };
    }
    case AST_NODE_TYPES.AssignmentExpression: {
      if (!SETTING_OPERATORS.has(node.operator)) return undefined;
      const left = unwrapExpression(node.left);
      if (left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const name = keyName(left.property, left.computed, scope);
      if (name === undefined) return undefined;
      return { name, value: node.right, node, object: undefined, target: left.object };
    }
    case AST_NODE_TYPES.PropertyDefinition: {
      if (!node.value || node.declare) return undefined;
      const name = keyName(node.key, node.computed, scope);
      if (name === undefined) return undefined;
      return { name, value: node.value, node, object: undefined, target: undefined };
    }
    default:
      return undefined;
  }
}

/**
 * The name a write would set, read cheaply (no constant resolution) so visitors can skip most
 * nodes before doing any work. Computed keys give undefined: call `getOptionWrite` for those.
 */
export function peekOptionWriteName(node: OptionWriteNode): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return node.key.type === AST_NODE_TYPES.PrivateIdentifier ? node.key.name : getLiteralKeyName(node.key, node.computed);
    case AST_NODE_TYPES.AssignmentExpression: {
      const left = node.left.type === AST_NODE_TYPES.MemberExpression ? node.left : unwrapExpression(node.left);
      if (left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      return left.property.type === AST_NODE_TYPES.PrivateIdentifier ? left.property.name : getLiteralKeyName(left.property, left.computed);
    }
    default:
      return undefined;
  }
}

/** True when the key is computed from something other than a literal (`[KEY]`), so only `getOptionWrite` can name it. */
export function hasDynamicKey(node: OptionWriteNode): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return node.computed && getLiteralKeyName(node.key, true) === undefined;
    case AST_NODE_TYPES.AssignmentExpression: {
      const left = unwrapExpression(node.left);
      return left.type === AST_NODE_TYPES.MemberExpression && left.computed && getLiteralKeyName(left.property, true) === undefined;
    }
    default:
      return false;
  }
}

/**
 * `{ rejectUnauthorized: this.rejectUnauthorized }`: the value comes from the class's own setting
 * of the same name (a field or `this.rejectUnauthorized = …`), itself a write judged where it is
 * made, so the forwarding write is not judged again.
 */
export function forwardsClassSetting(write: OptionWrite): boolean {
  const value = unwrapExpression(write.value);
  if (value.type !== AST_NODE_TYPES.MemberExpression || value.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = value.property.type === AST_NODE_TYPES.PrivateIdentifier ? value.property.name : getLiteralKeyName(value.property, value.computed);
  return name === write.name && resolveThisField(value) !== undefined;
}
