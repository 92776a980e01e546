import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, getTrailingName } from "./ast";

/** How a value is bound to the name that says what it is. */
export type ValueOwnerKind =
  | "variable"
  | "property"
  | "field"
  | "parameter"
  | "assignment"
  | "argument"
  | "header"
  | "attribute"
  | "enum-member";

/** A name a value is bound to, and how. */
export interface OwnerName {
  name: string;
  kind: ValueOwnerKind;
  /** The name is an environment variable's (`process.env.X = v`, `process.env.X ?? v`, `getEnv("X", v)`). */
  isEnv: boolean;
}

/** Where a value expression ends up being named: `const apiKey = v`, `{ apiKey: v }`, `this.apiKey = v`, `headers.set("x-api-key", v)`. */
export interface ValueOwner {
  /** The names, nearest first: the owner, then the names on the left of `??`/`||` fallbacks the value sits behind. */
  names: OwnerName[];
  /** The `VariableDeclarator` when the value initialises a variable (to follow where the variable goes). */
  declarator?: TSESTree.VariableDeclarator;
  /** The call or `new` that receives the value as an argument or as a property of an object-literal argument. */
  call?: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The object literal holding the value as a property, for sibling lookups (`{ user, pass }`). */
  object?: TSESTree.ObjectExpression;
}

const MAX_STEPS = 12;

/**
 * The names a value is bound to, walking up through TS wrappers, ternary branches and `??`/`||`
 * fallbacks to the variable, property, class field, default parameter, assignment target, JSX
 * attribute, header pair (`["Authorization", v]`) or name-then-value call (`headers.set(name, v)`)
 * that holds it. Returns undefined when nothing names it (a bare argument, a return value).
 */
export function getValueOwner(node: TSESTree.Node): ValueOwner | undefined {
  const names: OwnerName[] = [];
  let child: TSESTree.Node = node;
  let parent = node.parent;
  for (let step = 0; parent && step < MAX_STEPS; step++) {
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === child) return finish(names);
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.operator === "&&") return finish(names);
        if (parent.right === child) {
          const fallbackFor = envName(parent.left);
          if (fallbackFor) names.push({ name: fallbackFor, kind: "assignment", isEnv: true });
          else {
            const name = getTrailingName(parent.left);
            if (name) names.push({ name, kind: "assignment", isEnv: false });
          }
        }
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init !== child || parent.id.type !== AST_NODE_TYPES.Identifier) return finish(names);
        return finish([{ name: parent.id.name, kind: "variable", isEnv: false }, ...names], { declarator: parent });
      case AST_NODE_TYPES.Property: {
        if (parent.value !== child) return finish(names);
        const name = getLiteralKeyName(parent.key, parent.computed);
        if (name === undefined) return finish(names);
        const object = parent.parent;
        if (object?.type !== AST_NODE_TYPES.ObjectExpression) return finish([{ name, kind: "property", isEnv: false }, ...names]);
        return finish([{ name, kind: "property", isEnv: false }, ...names], { object, call: callReceiving(object) });
      }
      case AST_NODE_TYPES.PropertyDefinition: {
        if (parent.value !== child) return finish(names);
        const name = parent.key.type === AST_NODE_TYPES.PrivateIdentifier ? parent.key.name : getLiteralKeyName(parent.key, parent.computed);
        return name === undefined ? finish(names) : finish([{ name, kind: "field", isEnv: false }, ...names]);
      }
      case AST_NODE_TYPES.AssignmentPattern: {
        if (parent.right !== child) return finish(names);
        if (parent.left.type === AST_NODE_TYPES.Identifier) {
          return finish([{ name: parent.left.name, kind: "parameter", isEnv: false }, ...names]);
        }
        return finish(names);
      }
      case AST_NODE_TYPES.AssignmentExpression: {
        if (parent.right !== child || !["=", "||=", "??="].includes(parent.operator)) return finish(names);
        const env = envName(parent.left);
        if (env) return finish([{ name: env, kind: "assignment", isEnv: true }, ...names]);
        const name = getTrailingName(parent.left);
        return name === undefined ? finish(names) : finish([{ name, kind: "assignment", isEnv: false }, ...names]);
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return finish([...argumentNames(parent, child), ...names], { call: parent });
      case AST_NODE_TYPES.ArrayExpression: {
        // `[["Authorization", v]]` header pairs: `new Headers([...])`, `Object.fromEntries([...])`.
        const [first, second] = parent.elements;
        if (parent.elements.length === 2 && second === child && first && isStaticString(first)) {
          return finish([{ name: staticString(first)!, kind: "header", isEnv: false }, ...names]);
        }
        return finish(names);
      }
      case AST_NODE_TYPES.JSXExpressionContainer:
        break;
      case AST_NODE_TYPES.JSXAttribute: {
        if (parent.value !== child) return finish(names);
        const name = parent.name.type === AST_NODE_TYPES.JSXIdentifier ? parent.name.name : parent.name.name.name;
        return finish([{ name, kind: "attribute", isEnv: false }, ...names]);
      }
      case AST_NODE_TYPES.TSEnumMember: {
        const name = getLiteralKeyName(parent.id, false);
        return name === undefined ? finish(names) : finish([{ name, kind: "enum-member", isEnv: false }, ...names]);
      }
      default:
        return finish(names);
    }
    child = parent;
    parent = parent.parent;
  }
  return finish(names);
}

function finish(names: OwnerName[], extra: Omit<ValueOwner, "names"> = {}): ValueOwner | undefined {
  if (names.length === 0) return extra.call ? { names, ...extra } : undefined;
  return { names, ...extra };
}

/**
 * Names given by a call: `headers.set("x-api-key", v)`, `getEnv("OPENAI_API_KEY", v)` name the
 * value by their first argument; `setApiKey(v)`, `new AzureKeyCredential(v)` by the callee.
 */
function argumentNames(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): OwnerName[] {
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index < 0) return [];
  const first = call.arguments[0];
  if (index >= 1 && first && isStaticString(first)) {
    const name = staticString(first)!;
    return [{ name, kind: "header", isEnv: /^[A-Z][A-Z0-9_]*$/.test(name) }];
  }
  const callee = getTrailingName(call.callee);
  if (index === 0 && callee) return [{ name: stripSetterVerb(callee), kind: "argument", isEnv: false }];
  return [];
}

const SETTER_VERB = /^(?:set|with|use|add)(?=[A-Z])/;

function stripSetterVerb(name: string): string {
  return name.replace(SETTER_VERB, "");
}

/** The call or `new` an object literal is an argument of (through TS wrappers). */
function callReceiving(object: TSESTree.ObjectExpression): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  let child: TSESTree.Node = object;
  let parent = object.parent;
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression)
  ) {
    child = parent;
    parent = parent.parent;
  }
  if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee !== child) {
    return parent;
  }
  return undefined;
}

function isStaticString(node: TSESTree.Node): boolean {
  return staticString(node) !== undefined;
}

function staticString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string") return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `process.env.X`, `process.env["X"]`, `import.meta.env.X`, `Deno.env.get("X")`: the variable's name. */
export function envName(node: TSESTree.Node): string | undefined {
  let current = node;
  while (current.type === AST_NODE_TYPES.TSNonNullExpression || current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.ChainExpression) {
    current = current.expression;
  }
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getLiteralKeyName(current.property, current.computed);
    if (name !== undefined && isEnvObject(current.object)) return name;
    return undefined;
  }
  if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getTrailingName(current.callee);
    const first = current.arguments[0];
    if (method === "get" && first && isEnvObject(current.callee.object)) return staticString(first);
  }
  return undefined;
}

function isEnvObject(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const property = getLiteralKeyName(node.property, node.computed);
  if (property !== "env") return false;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.Identifier) return object.name === "process" || object.name === "Deno" || object.name === "Bun";
  if (object.type === AST_NODE_TYPES.MetaProperty) return object.meta.name === "import" && object.property.name === "meta";
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    // `globalThis.process.env`
    return getLiteralKeyName(object.property, object.computed) === "process";
  }
  return false;
}
