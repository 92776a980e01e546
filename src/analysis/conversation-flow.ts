import { findVariable } from "./scopes";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { CONTENT_PRESERVING_METHODS, CONTENT_PROPERTY_NAMES, PROMPT_METADATA_NAME_WORDS } from "../knowledge/prompts";
import { splitNameWords } from "../knowledge/secret-names";
import { getEnclosingFunction, getLiteralKeyName, getMemberPath, getTrailingName, unwrapExpression } from "./ast";
import { findProperties, resolveObjectExpressions } from "./objects";
import { getPromptFile, hasDynamicText, openPreservingCall, sdkCallOf, walkPromptValue, type PromptFile } from "./prompt-flow";
import { unwrapValue } from "./sdk-objects";
import { getFileScope, type Scope } from "./static-value";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;

/** Where conversation content comes from: what the user or the app sends, what the model answers, or both mixed. */
export type ConversationOrigin = "prompt" | "response" | "conversation";

/** An expression that carries conversation content. */
export interface ConversationContent {
  node: TSESTree.Node;
  origin: ConversationOrigin;
}

export interface ConversationFlow {
  /** The narrowest expressions inside `node` that carry prompt or answer content (none for metadata such as token counts). */
  find(node: TSESTree.Node): ConversationContent[];
}

/**
 * What a value holds, as paths to conversation content inside it: `[]` is content itself (a
 * message array, an answer text); `["choices", "*", "message", "content"]` is a completion
 * object. `*` is any index or iterated element, `name()` the result of a method.
 */
interface Taint {
  origin: ConversationOrigin;
  paths: readonly (readonly string[])[];
}

const MAX_PATHS = 32;
const MAX_ROUNDS = 8;
const MAX_DEPTH = 12;

const flowCache = new WeakMap<object, ConversationFlow | null>();

/**
 * Follows prompts and model answers through this file: values in prompt positions of SDK calls
 * (and the variables they come from), what SDK calls return (`completion`, `result.text`,
 * `const { text } = await generateText(…)`), callbacks that receive answers (`onFinish`),
 * `.then`, `for await` over streams, and every same-file variable that is assigned, appended or
 * built from one of those. Null when the file uses no AI SDK.
 */
export function getConversationFlow(context: Context): ConversationFlow | null {
  const cached = flowCache.get(context.sourceCode);
  if (cached !== undefined) return cached;
  const file = getPromptFile(context);
  const flow = file ? new Flow(file, getFileScope(context)) : null;
  flowCache.set(context.sourceCode, flow);
  return flow;
}

function merge(a: Taint | null, b: Taint | null): Taint | null {
  if (!a) return b;
  if (!b) return a;
  const paths = [...a.paths];
  const keys = new Set(paths.map((p) => p.join("\u0000")));
  for (const path of b.paths) {
    const key = path.join("\u0000");
    if (!keys.has(key) && paths.length < MAX_PATHS) {
      keys.add(key);
      paths.push(path);
    }
  }
  return { origin: a.origin === b.origin ? a.origin : "conversation", paths };
}

/** The content as a whole: an object or string built from some content is content. */
function collapse(taint: Taint | null): Taint | null {
  return taint ? { origin: taint.origin, paths: [[]] } : null;
}

function keepsContent(segment: string): boolean {
  if (segment === "*" || CONTENT_PROPERTY_NAMES.has(segment)) return true;
  return segment.endsWith("()") && CONTENT_PRESERVING_METHODS.has(segment.slice(0, -2));
}

/** What is left after reading `segment` from a value. */
function step(taint: Taint | null, segment: string): Taint | null {
  if (!taint) return null;
  const paths: (readonly string[])[] = [];
  for (const path of taint.paths) {
    if (path.length === 0) {
      if (keepsContent(segment)) paths.push([]);
    } else if (path[0] === segment) {
      paths.push(path.slice(1));
    }
  }
  return paths.length > 0 ? merge({ origin: taint.origin, paths: [] }, { origin: taint.origin, paths }) : null;
}

/** `userId`, `locale`, `maxTokens`: values placed in a prompt whose names say they are metadata. */
function isMetadataName(name: string | undefined): boolean {
  if (name === undefined) return false;
  const words = splitNameWords(name);
  return PROMPT_METADATA_NAME_WORDS.has(words[words.length - 1] ?? "");
}

function responseTaint(paths: readonly string[] | undefined): Taint | null {
  if (!paths || paths.length === 0) return null;
  return { origin: "response", paths: paths.map((p) => (p === "" ? [] : p.split("."))) };
}

/** `x.y` → `y`, `x[0]`/`x[i]` → `*`, `x["y"]` → `y`. */
function memberSegment(member: TSESTree.MemberExpression): string {
  if (!member.computed) return getLiteralKeyName(member.property, false) ?? "*";
  const property = member.property;
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === "string") return property.value;
  return "*";
}

class Flow implements ConversationFlow {
  private readonly variables = new Map<Variable, Taint>();
  /** Member paths used as prompts, per function: `req.body.messages` in a handler. */
  private readonly promptMembers = new Set<string>();
  /**
   * The objects right above those paths (`req.body`, or `body` for `body.messages`): written whole
   * to a sink, they carry the prompt. Only a sink reads them, so nothing else read from them
   * (`body.userId`) becomes conversation content.
   */
  private readonly promptHolders = new Set<string>();

  constructor(
    private readonly file: PromptFile,
    private readonly scope: Scope,
  ) {
    this.seed();
    for (let round = 0; round < MAX_ROUNDS && this.propagate(); round++) {
      // each round carries content one more assignment further
    }
  }

  find(node: TSESTree.Node): ConversationContent[] {
    const out: ConversationContent[] = [];
    this.collect(node, out, 0);
    return out;
  }

  private collect(node: TSESTree.Node, out: ConversationContent[], depth: number): void {
    if (depth > MAX_DEPTH) return;
    const value = unwrapValue(node);
    switch (value.type) {
      case AST_NODE_TYPES.TemplateLiteral:
        for (const expression of value.expressions) this.collect(expression, out, depth + 1);
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (value.operator !== "+") return;
        this.collect(value.left, out, depth + 1);
        this.collect(value.right, out, depth + 1);
        return;
      case AST_NODE_TYPES.ObjectExpression:
        for (const property of value.properties) {
          this.collect(property.type === AST_NODE_TYPES.SpreadElement ? property.argument : property.value, out, depth + 1);
        }
        return;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of value.elements) {
          if (element) this.collect(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, out, depth + 1);
        }
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        this.collect(value.consequent, out, depth + 1);
        this.collect(value.alternate, out, depth + 1);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        if (value.operator !== "&&") this.collect(value.left, out, depth + 1);
        this.collect(value.right, out, depth + 1);
        return;
      case AST_NODE_TYPES.CallExpression: {
        const opened = openPreservingCall(value);
        if (opened && !this.isResultCall(value)) {
          for (const part of opened.parts) this.collect(part, out, depth + 1);
          return;
        }
        break;
      }
      default:
        break;
    }
    const taint = this.taintOf(node, 0);
    if (taint) out.push({ node, origin: taint.origin });
    else if (this.isPromptHolder(value)) out.push({ node, origin: "prompt" });
  }

  private isPromptHolder(node: TSESTree.Node): boolean {
    if (this.promptHolders.size === 0 || (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression)) return false;
    const key = this.memberKey(node);
    return key !== undefined && this.promptHolders.has(key);
  }

  /** A method call that reads an answer out of a result (`response.text()`), rather than preserving its receiver. */
  private isResultCall(call: TSESTree.CallExpression): boolean {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const receiver = this.taintOf(callee.object, 0);
    return receiver !== null && !receiver.paths.some((path) => path.length === 0);
  }

  private taintOf(node: TSESTree.Node, depth: number): Taint | null {
    if (depth > MAX_DEPTH) return null;
    const value = unwrapValue(node);
    switch (value.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(value);
        return variable ? (this.variables.get(variable) ?? null) : null;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const base = this.taintOf(value.object, depth + 1);
        if (base) return step(base, memberSegment(value));
        return this.promptMemberTaint(value);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.callTaint(value, depth);
      case AST_NODE_TYPES.NewExpression:
        return responseTaint(sdkCallOf(this.file, value)?.response);
      case AST_NODE_TYPES.TemplateLiteral:
        return collapse(value.expressions.reduce<Taint | null>((acc, e) => merge(acc, this.taintOf(e, depth + 1)), null));
      case AST_NODE_TYPES.BinaryExpression:
        if (value.operator !== "+") return null;
        return collapse(merge(this.taintOf(value.left, depth + 1), this.taintOf(value.right, depth + 1)));
      case AST_NODE_TYPES.ObjectExpression:
        return collapse(
          value.properties.reduce<Taint | null>(
            (acc, p) => merge(acc, this.taintOf(p.type === AST_NODE_TYPES.SpreadElement ? p.argument : p.value, depth + 1)),
            null,
          ),
        );
      case AST_NODE_TYPES.ArrayExpression:
        return collapse(
          value.elements.reduce<Taint | null>(
            (acc, e) => (e ? merge(acc, this.taintOf(e.type === AST_NODE_TYPES.SpreadElement ? e.argument : e, depth + 1)) : acc),
            null,
          ),
        );
      case AST_NODE_TYPES.ConditionalExpression:
        return merge(this.taintOf(value.consequent, depth + 1), this.taintOf(value.alternate, depth + 1));
      case AST_NODE_TYPES.LogicalExpression:
        if (value.operator === "&&") return this.taintOf(value.right, depth + 1);
        return merge(this.taintOf(value.left, depth + 1), this.taintOf(value.right, depth + 1));
      default:
        return null;
    }
  }

  private callTaint(call: TSESTree.CallExpression, depth: number): Taint | null {
    const sdk = sdkCallOf(this.file, call);
    if (sdk?.response) return responseTaint(sdk.response);
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const base = this.taintOf(callee.object, depth + 1);
      if (base) {
        const method = getTrailingName(callee);
        if (method === undefined) return null;
        return step(base, method === "at" ? "*" : `${method}()`);
      }
    }
    const opened = openPreservingCall(call);
    if (opened) return collapse(opened.parts.reduce<Taint | null>((acc, part) => merge(acc, this.taintOf(part, depth + 1)), null));
    return null;
  }

  private promptMemberTaint(member: TSESTree.MemberExpression): Taint | null {
    if (this.promptMembers.size === 0) return null;
    const key = this.memberKey(member);
    return key !== undefined && this.promptMembers.has(key) ? { origin: "prompt", paths: [[]] } : null;
  }

  private memberKey(member: TSESTree.Node): string | undefined {
    const path = getMemberPath(member);
    if (!path) return undefined;
    return `${getEnclosingFunction(member).range[0]}:${path.join(".")}`;
  }

  private variableOf(identifier: TSESTree.Identifier): Variable | null {
    return findVariable(this.scope as never, identifier as never) as Variable | null;
  }

  private add(variable: Variable | null, taint: Taint | null): boolean {
    if (!variable || !taint) return false;
    const before = this.variables.get(variable);
    const after = merge(before ?? null, taint)!;
    if (before && before.origin === after.origin && before.paths.length === after.paths.length) return false;
    this.variables.set(variable, after);
    return true;
  }

  /** Binds a taint to the names a pattern declares: `x`, `{ text, usage }`, `[first]`, `{ a = 1 }`, `...rest`. */
  private bind(pattern: TSESTree.Node, taint: Taint | null, depth = 0): boolean {
    if (!taint || depth > MAX_DEPTH) return false;
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        return this.add(this.variableOf(pattern), taint);
      case AST_NODE_TYPES.ObjectPattern: {
        let changed = false;
        for (const property of pattern.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) changed = this.bind(property.argument, taint, depth + 1) || changed;
          else {
            const key = getLiteralKeyName(property.key, property.computed);
            if (key !== undefined) changed = this.bind(property.value, step(taint, key), depth + 1) || changed;
          }
        }
        return changed;
      }
      case AST_NODE_TYPES.ArrayPattern: {
        let changed = false;
        for (const element of pattern.elements) if (element) changed = this.bind(element, step(taint, "*"), depth + 1) || changed;
        return changed;
      }
      case AST_NODE_TYPES.AssignmentPattern:
        return this.bind(pattern.left, taint, depth + 1);
      case AST_NODE_TYPES.RestElement:
        return this.bind(pattern.argument, taint, depth + 1);
      default:
        return false;
    }
  }

  /** Prompt values (and the variables they are written from) and the callbacks SDK calls hand their answers to. */
  private seed(): void {
    for (const call of this.file.calls) {
      for (const prompt of call.prompts) {
        walkPromptValue(prompt, this.scope, {
          enter: (node) => {
            const inner = unwrapExpression(node);
            if (isMetadataName(getTrailingName(inner))) return false;
            if (inner.type === AST_NODE_TYPES.Identifier) {
              if (hasDynamicText(inner, this.scope)) this.add(this.variableOf(inner), { origin: "prompt", paths: [[]] });
            } else if (inner.type === AST_NODE_TYPES.MemberExpression) {
              const key = this.memberKey(inner);
              if (key !== undefined && hasDynamicText(inner, this.scope)) {
                this.promptMembers.add(key);
                const holder = this.memberKey(inner.object);
                if (holder !== undefined) this.promptHolders.add(holder);
              }
            }
          },
        });
      }
      const options = call.node.arguments[0];
      if (!call.call.callbacks || !options || options.type === AST_NODE_TYPES.SpreadElement) continue;
      for (const object of resolveObjectExpressions(options, this.scope)) {
        for (const [name, paths] of Object.entries(call.call.callbacks)) {
          for (const property of findProperties(object, name, this.scope)) {
            const parameter = callbackParameter(property.value);
            if (parameter) this.bind(parameter, responseTaint(paths));
          }
        }
      }
    }
  }

  /** One pass over the file's assignments; true when some variable learned something new. */
  private propagate(): boolean {
    let changed = false;
    const { declarators, assignments, loops, calls } = this.file.index;
    for (const declarator of declarators) {
      if (declarator.init) changed = this.bind(declarator.id, this.taintOf(declarator.init, 0)) || changed;
    }
    for (const assignment of assignments) {
      const taint = this.taintOf(assignment.right, 0);
      if (!taint) continue;
      const left = assignment.left;
      if (left.type === AST_NODE_TYPES.MemberExpression) {
        const target = unwrapExpression(left.object);
        if (target.type === AST_NODE_TYPES.Identifier) changed = this.add(this.variableOf(target), collapse(taint)) || changed;
      } else {
        changed = this.bind(left, assignment.operator === "=" ? taint : collapse(taint)) || changed;
      }
    }
    for (const loop of loops) {
      const taint = step(this.taintOf(loop.right, 0), "*");
      const left = loop.left.type === AST_NODE_TYPES.VariableDeclaration ? loop.left.declarations[0]?.id : loop.left;
      if (left) changed = this.bind(left, taint) || changed;
    }
    for (const call of calls) changed = this.propagateCall(call) || changed;
    return changed;
  }

  /** `history.push(answer)` makes `history` content; `create(…).then((r) => …)` hands the result to `r`. */
  private propagateCall(call: TSESTree.CallExpression): boolean {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = getTrailingName(callee);
    const receiver = unwrapExpression(callee.object);
    if ((method === "push" || method === "unshift" || method === "splice") && receiver.type === AST_NODE_TYPES.Identifier) {
      const added = call.arguments.reduce<Taint | null>(
        (acc, a) => merge(acc, this.taintOf(a.type === AST_NODE_TYPES.SpreadElement ? a.argument : a, 0)),
        null,
      );
      return this.add(this.variableOf(receiver), collapse(added));
    }
    if (method === "then" && call.arguments[0]) {
      const parameter = callbackParameter(call.arguments[0]);
      if (parameter) return this.bind(parameter, this.taintOf(receiver, 0));
    }
    const elementParameter = method === undefined ? undefined : ELEMENT_CALLBACKS[method];
    if (elementParameter !== undefined && call.arguments[0]) {
      const parameter = callbackParameter(call.arguments[0], elementParameter);
      if (parameter) return this.bind(parameter, step(this.taintOf(receiver, 0), "*"));
    }
    return false;
  }
}

/** Array methods whose callback receives each element, and the position of that parameter. */
const ELEMENT_CALLBACKS: Readonly<Record<string, number>> = {
  forEach: 0, map: 0, flatMap: 0, filter: 0, find: 0, findLast: 0, some: 0, every: 0, reduce: 1, reduceRight: 1,
};

function callbackParameter(node: TSESTree.Node, index = 0): TSESTree.Parameter | undefined {
  const fn = unwrapExpression(node);
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  return fn.params[index];
}
