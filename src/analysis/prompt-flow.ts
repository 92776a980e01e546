import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import {
  CONTENT_PRESERVING_FUNCTIONS,
  CONTENT_PRESERVING_METHODS,
  MESSAGE_TEXT_KEYS,
  PROMPT_SDKS,
  SDK_KINDS,
  SHAPED_PROMPT_CALL_HINTS,
  SHAPED_PROMPT_CALLS,
  type PromptArgument,
  type SdkCall,
} from "../knowledge/prompts";
import { getLiteralKeyName, getMemberPath, getTrailingName, unwrapExpression } from "./ast";
import { getReturnedExpressions, resolveFunction } from "./functions";
import { defineMentions, fileMentions } from "./mentions";
import { importsAnyOf } from "./modules";
import { findProperties, findProperty, getCallOptionsObject, getObjectProperties, resolveObjectExpressions } from "./objects";
import { forEachNode, getVariableAssignedValues, SdkObjects, type ObjectCatalogue } from "./sdk-objects";
import { getFileScope, resolveValue, type Scope } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

/** An SDK call that sends a prompt or returns a model's answer. */
export interface PromptCall {
  node: CallLike;
  call: SdkCall;
  /** The expressions in prompt positions: the `messages` value, the `system` string, the argument of `invoke`. */
  prompts: TSESTree.Node[];
}

/** What this file does with AI SDKs, read once per file. */
export interface PromptFile {
  objects: SdkObjects<SdkCall>;
  /** Calls recognised by their shape on a client this file does not create (see `shapedCallOf`). */
  shaped: Map<TSESTree.Node, SdkCall>;
  calls: PromptCall[];
  /** Nodes the conversation analysis needs, collected in the same pass. */
  index: FileIndex;
}

export interface FileIndex {
  calls: TSESTree.CallExpression[];
  declarators: TSESTree.VariableDeclarator[];
  assignments: TSESTree.AssignmentExpression[];
  loops: TSESTree.ForOfStatement[];
}

export const PROMPT_CATALOGUE: ObjectCatalogue<SdkCall> = { sdks: PROMPT_SDKS, kinds: SDK_KINDS };
const PROMPT_MODULES: readonly string[] = [...new Set(PROMPT_SDKS.flatMap((sdk) => sdk.modules))];

const fileCache = new WeakMap<object, PromptFile | null>();

/** The prompt-carrying SDK calls of this file, or null when it imports no AI SDK. Computed once per file. */
export function getPromptFile(context: Context): PromptFile | null {
  const cached = fileCache.get(context.sourceCode);
  if (cached !== undefined) return cached;
  let result: PromptFile | null = null;
  const imports = importsAnyOf(context, PROMPT_MODULES);
  const objects = imports ? new SdkObjects(context, PROMPT_CATALOGUE) : undefined;
  const mayHaveShapedCalls = (!objects || objects.isEmpty) && hasShapedCallHint(context);
  if ((objects && !objects.isEmpty) || mayHaveShapedCalls) {
    result = readFile(context, objects ?? new SdkObjects(context, PROMPT_CATALOGUE));
    if (result.calls.length === 0 && (!objects || objects.isEmpty)) result = null;
  }
  fileCache.set(context.sourceCode, result);
  return result;
}

/** How many occurrences of each hint are looked up before giving up on it (documentation comments repeat them). */
const MAX_HINT_LOOKUPS = 32;

/** The shared word pass finds the hints (in any case, also in comments) before any per-file search. */
const SHAPED_CALL_MENTIONS = defineMentions(SHAPED_PROMPT_CALL_HINTS);

/** A shaped call's method path is written in code (a token starts where the text does), not only in comments. */
function hasShapedCallHint(context: Context): boolean {
  if (!fileMentions(context, SHAPED_CALL_MENTIONS)) return false;
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  for (const hint of SHAPED_PROMPT_CALL_HINTS) {
    let looked = 0;
    for (let at = text.indexOf(hint); at >= 0 && looked++ < MAX_HINT_LOOKUPS; at = text.indexOf(hint, at + hint.length)) {
      if (sourceCode.getTokenByRangeStart(at)) return true;
    }
  }
  return false;
}

/**
 * `openai.chat.completions.create({ model, messages })` on a client this file does not create
 * (imported from another module, a parameter, `this.client`, `getClient()`): matched by the method
 * path and the request's option names.
 */
function shapedCallOf(node: CallLike, scope: Scope): SdkCall | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const names: string[] = [];
  let current = unwrapExpression(node.callee);
  while (current.type === AST_NODE_TYPES.MemberExpression && names.length < MAX_SHAPED_PATH) {
    const name = getLiteralKeyName(current.property, current.computed);
    if (name === undefined) return undefined;
    names.unshift(name);
    current = unwrapExpression(current.object);
  }
  const path = names.join(".");
  for (const shape of SHAPED_PROMPT_CALLS) {
    // The receiver is whatever the member chain starts from: `openai`, `this.client`, `getClient()`.
    if (path !== shape.path && !path.endsWith(`.${shape.path}`)) continue;
    const request = getCallOptionsObject(node, 0, scope);
    if (!request) continue;
    if (!shape.requires.some((names) => names.every((name) => findProperty(request, name, scope) !== undefined))) continue;
    return SDK_KINDS[shape.kind]?.methods[shape.path];
  }
  return undefined;
}

const MAX_SHAPED_PATH = 8;

function readFile(context: Context, objects: SdkObjects<SdkCall>): PromptFile {
  const scope = getFileScope(context);
  const index: FileIndex = { calls: [], declarators: [], assignments: [], loops: [] };
  const candidates: CallLike[] = [];
  forEachNode(context.sourceCode.ast, context.sourceCode.visitorKeys, (node) => {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        index.calls.push(node);
        candidates.push(node);
        break;
      case AST_NODE_TYPES.NewExpression:
        candidates.push(node);
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        index.declarators.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        index.assignments.push(node);
        break;
      case AST_NODE_TYPES.ForOfStatement:
        index.loops.push(node);
        break;
      default:
        break;
    }
  });
  const calls: PromptCall[] = [];
  const shaped = new Map<TSESTree.Node, SdkCall>();
  for (const node of candidates) {
    let call = objects.callOf(node);
    if (!call) {
      call = shapedCallOf(node, scope);
      if (call) shaped.set(node, call);
    }
    if (!call || (!call.prompt && !call.response && !call.callbacks)) continue;
    calls.push({ node, call, prompts: getPromptArguments(node, call.prompt ?? [], scope) });
  }
  return { objects, shaped, calls, index };
}

/** The SDK call a node is, whether its client is tracked from an import or recognised by the call's shape. */
export function sdkCallOf(file: PromptFile, node: TSESTree.Node): SdkCall | undefined {
  return file.objects.callOf(node) ?? file.shaped.get(node);
}

/** The expressions a call passes in its prompt positions, following same-file option objects, spreads and ternaries. */
export function getPromptArguments(node: CallLike, positions: readonly PromptArgument[], scope: Scope): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const position of positions) {
    const argument = node.arguments[position.index];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
    const objects = resolveObjectExpressions(argument, scope);
    if (objects.length === 0) {
      if (position.whole) out.push(argument);
      continue;
    }
    for (const object of objects) {
      if (position.values) for (const property of getObjectProperties(object, scope)) out.push(property.value);
      for (const key of position.keys ?? []) out.push(...valuesAtPath(object, key.split("."), scope));
    }
  }
  return out;
}

function valuesAtPath(object: TSESTree.ObjectExpression, path: readonly string[], scope: Scope): TSESTree.Node[] {
  let current = [object];
  const out: TSESTree.Node[] = [];
  path.forEach((segment, i) => {
    const next: TSESTree.ObjectExpression[] = [];
    for (const candidate of current) {
      for (const property of findProperties(candidate, segment, scope)) {
        if (i === path.length - 1) out.push(property.value);
        else next.push(...resolveObjectExpressions(property.value, scope));
      }
    }
    current = next;
  });
  return out;
}

/** Callbacks for `walkPromptValue`. */
export interface PromptWalker {
  /** Every expression reached in a prompt position, before it is opened. Return `false` to leave it closed. */
  enter?(node: TSESTree.Node): boolean | void;
  /** Expressions the walk cannot open further: literals, parameters, member reads, calls it does not know. */
  leaf?(node: TSESTree.Node): void;
}

/** `message`: objects are messages, only their text keys count. `data`: every value of an object counts (inside `JSON.stringify`). */
type ObjectMode = "message" | "data";

const MAX_WALK_NODES = 2000;

/**
 * Walks the text a prompt value is made of: template literals and concatenation, both sides of
 * ternaries and fallbacks, message arrays and message objects (`content`, `text`, `parts`,
 * `message`), and same-file variables with everything written into them: initialisers,
 * assignments, `+=`, `push`/`unshift`/`splice` and `arr[i] = …`. `JSON.stringify(x)` opens every
 * value of `x`. Each node is entered once.
 */
export function walkPromptValue(node: TSESTree.Node, scope: Scope, walker: PromptWalker): void {
  const seen = new Set<TSESTree.Node>();
  const visit = (current: TSESTree.Node, mode: ObjectMode): void => {
    if (seen.has(current) || seen.size > MAX_WALK_NODES) return;
    seen.add(current);
    if (walker.enter?.(current) === false) return;
    const inner = unwrapExpression(current);
    switch (inner.type) {
      case AST_NODE_TYPES.AwaitExpression:
        visit(inner.argument, mode);
        return;
      case AST_NODE_TYPES.TemplateLiteral:
        for (const expression of inner.expressions) visit(expression, mode);
        if (inner.expressions.length === 0) walker.leaf?.(current);
        return;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        for (const expression of inner.quasi.expressions) visit(expression, mode);
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (inner.operator !== "+") break;
        visit(inner.left, mode);
        visit(inner.right, mode);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        if (inner.operator !== "&&") visit(inner.left, mode);
        visit(inner.right, mode);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        visit(inner.consequent, mode);
        visit(inner.alternate, mode);
        return;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of inner.elements) {
          if (!element) continue;
          visit(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, mode);
        }
        return;
      case AST_NODE_TYPES.ObjectExpression:
        for (const property of getObjectProperties(inner, scope)) {
          if (mode === "data" || MESSAGE_TEXT_KEYS.has(property.name)) visit(property.value, mode);
        }
        return;
      case AST_NODE_TYPES.Identifier: {
        const values = getWrittenValues(inner, scope);
        if (values.length === 0) walker.leaf?.(current);
        for (const value of values) visit(value, mode);
        return;
      }
      case AST_NODE_TYPES.CallExpression: {
        const opened = openPreservingCall(inner);
        if (opened) {
          for (const part of opened.parts) visit(part, opened.data ? "data" : mode);
          return;
        }
        // `content: systemPrompt()`, `prompt: buildPrompt(q)`: what a same-file function returns (its parameters are leaves).
        const builder = resolveFunction(inner.callee, scope);
        if (!builder) break;
        for (const returned of getReturnedExpressions(builder)) visit(returned, mode);
        return;
      }
      default:
        break;
    }
    walker.leaf?.(current);
  };
  visit(node, "message");
}

/**
 * The values whose content a call's result keeps: the arguments of `JSON.stringify`/`String`/…,
 * the receiver of `trim()`/`join()`/`slice()`/…, plus the added parts of `concat`/`replace`.
 */
export function openPreservingCall(call: TSESTree.CallExpression): { parts: TSESTree.Node[]; data: boolean } | null {
  const callee = unwrapExpression(call.callee);
  const args = call.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? a.argument : a));
  const path = getMemberPath(callee);
  if (path && CONTENT_PRESERVING_FUNCTIONS.has(path.join("."))) return { parts: args, data: true };
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getTrailingName(callee);
  if (method === undefined || !CONTENT_PRESERVING_METHODS.has(method)) return null;
  const parts: TSESTree.Node[] = [callee.object];
  if (method === "concat") parts.push(...args);
  else if ((method === "replace" || method === "replaceAll") && args[1]) parts.push(args[1]);
  return { parts, data: false };
}

const MUTATING_METHODS: Readonly<Record<string, number>> = { push: 0, unshift: 0, splice: 2 };

/**
 * Everything written into a same-file variable: its initialiser, assigned values (`=`, `+=`,
 * `??=`), items added with `push`/`unshift`/`splice`, and `x[i] = …`. Empty for parameters,
 * imports and destructured bindings.
 */
export function getWrittenValues(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Node[] {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable) return [];
  const out = getVariableAssignedValues(variable);
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    const id = reference.identifier as TSESTree.Node;
    const member = id.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== id) continue;
    const user = member.parent;
    if (user?.type === AST_NODE_TYPES.CallExpression && user.callee === member) {
      const from = MUTATING_METHODS[getLiteralKeyName(member.property, member.computed) ?? ""];
      if (from === undefined) continue;
      for (const argument of user.arguments.slice(from)) out.push(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument);
    } else if (member.computed && user?.type === AST_NODE_TYPES.AssignmentExpression && user.left === member) {
      out.push(user.right);
    }
  }
  return out;
}

/** Whether any text reachable in a prompt value is not known statically (user input, a model answer, a parameter). */
export function hasDynamicText(node: TSESTree.Node, scope: Scope): boolean {
  let dynamic = false;
  walkPromptValue(node, scope, {
    enter: () => !dynamic,
    leaf(leaf) {
      if (!isStaticLeaf(leaf, scope)) dynamic = true;
    },
  });
  return dynamic;
}

function isStaticLeaf(node: TSESTree.Node, scope: Scope): boolean {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal) return !("regex" in inner && inner.regex);
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) return true;
  return resolveValue(node, scope) !== null;
}
