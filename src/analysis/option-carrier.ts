import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { getLiteralKeyName, skipWrappersUp } from "./ast";

/** The call an options object is handed to, and where in its arguments the object sits. */
export interface OptionCarrier {
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The argument that holds the object (the object itself, or an object literal it is nested in). */
  argument: TSESTree.Node;
  /** The property names from that argument down to the object: `["requestTls"]` for `new ProxyAgent({ requestTls: obj })`, `[]` when the object is the argument. */
  path: string[];
}

const MAX_LEVELS = 6;

/**
 * The nearest call or `new` whose arguments hold `object`, written in place: the object as an
 * argument, or nested in object literals that are (`new ProxyAgent({ uri, requestTls: { … } })`).
 * Undefined when the object is stored, returned or held by anything else on the way, or when a
 * key on the way is computed.
 */
export function findOptionCarrier(object: TSESTree.ObjectExpression): OptionCarrier | undefined {
  const path: string[] = [];
  let current: TSESTree.Node = object;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const outer = skipWrappersUp(current);
    const parent = outer.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === outer && parent.parent?.type === AST_NODE_TYPES.ObjectExpression) {
      const key = getLiteralKeyName(parent.key, parent.computed);
      if (key === undefined) return undefined;
      path.unshift(key);
      current = parent.parent;
      continue;
    }
    if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(outer as TSESTree.CallExpressionArgument)) {
      return { call: parent, argument: outer, path };
    }
    return undefined;
  }
  return undefined;
}
