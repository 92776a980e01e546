import { AST_NODE_TYPES as NODE_TYPES } from "@typescript-eslint/utils";

/**
 * The AST node type names. `@typescript-eslint/utils` re-exports them through two getters, which
 * every `AST_NODE_TYPES.X` in compiled code would call: this module reads the enum object once and
 * the rules import it from here (a plain property).
 */
export const AST_NODE_TYPES: typeof NODE_TYPES = NODE_TYPES;
