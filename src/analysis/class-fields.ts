import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";
import { forEachChild, getLiteralKeyName, unwrapExpression } from "./ast";

/** A value a class gives `this.<name>`. */
export interface FieldWrite {
  /** The field initialiser, the right side of `this.name = …`, or the whole assignment for `+=`, `??=` and the like. */
  value: TSESTree.Node;
  /** `field`: a class field initialiser; `assignment`: `this.name = …`; `compound`: any other assignment operator. */
  kind: "field" | "assignment" | "compound";
  /** The write sits in the constructor (or a field initialiser, which runs as part of it). */
  inConstructor: boolean;
}

interface ClassFields {
  writes: Map<string, FieldWrite[]>;
  reads: Map<string, TSESTree.MemberExpression[]>;
  getters: Map<string, TSESTree.Node | null>;
}

const cache = new WeakMap<TSESTree.ClassBody, ClassFields>();
const NONE: readonly never[] = [];

/**
 * The class whose instance `this` is at `node`: the nearest class body, passing through arrow
 * functions and methods, but not through a plain function (it has its own `this`) or a static member.
 */
export function thisClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  let child: TSESTree.Node = node;
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
        return undefined;
      case AST_NODE_TYPES.FunctionExpression:
        if (current.parent?.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
        break;
      case AST_NODE_TYPES.MethodDefinition:
      case AST_NODE_TYPES.PropertyDefinition:
        if (current.static) return undefined;
        break;
      case AST_NODE_TYPES.StaticBlock:
        return undefined;
      case AST_NODE_TYPES.ClassBody:
        // A computed key is evaluated outside the instance.
        return child.type === AST_NODE_TYPES.MethodDefinition || child.type === AST_NODE_TYPES.PropertyDefinition ? current : undefined;
    }
    child = current;
    current = current.parent;
  }
  return undefined;
}

/** The name of a class member or of `this.<member>`: `apiKey`, `"api-key"`, `#secret` for a private one. */
export function memberName(key: TSESTree.Node, computed: boolean): string | undefined {
  return key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${key.name}` : getLiteralKeyName(key as TSESTree.Expression, computed);
}

/**
 * The one value the class ever gives `this.<name>` at a read of it: its field initialiser, or its
 * only assignment (in the constructor or a method). Undefined when the class writes it more than once,
 * with `+=` or `++`, or when `this` is not the class's instance there.
 */
export function resolveThisField(node: TSESTree.Node): TSESTree.Node | undefined {
  const member = unwrapExpression(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const name = memberName(member.property, member.computed);
  const body = name === undefined ? undefined : thisClassBody(member);
  if (!body || name === undefined) return undefined;
  const writes = getFieldWrites(body, name);
  const only = writes.length === 1 ? writes[0] : undefined;
  return only && only.kind !== "compound" ? only.value : undefined;
}

/**
 * What `this.name` reads in a class's instance code: the one value the class ever gives the field
 * (see `resolveThisField`), or what a `get name()` made of one `return` gives when the field is never written.
 */
export function resolveThisMember(node: TSESTree.Node): TSESTree.Node | undefined {
  const member = unwrapExpression(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const field = resolveThisField(member);
  if (field) return field;
  const name = memberName(member.property, member.computed);
  const body = name === undefined ? undefined : thisClassBody(member);
  if (!body || name === undefined || getFieldWrites(body, name).length > 0) return undefined;
  return getGetterReturn(body, name);
}

/** Every write of `this.<name>` in the class: field initialisers, and assignments in its instance methods and the arrows inside them. */
export function getFieldWrites(body: TSESTree.ClassBody, name: string): readonly FieldWrite[] {
  return classFields(body).writes.get(name) ?? NONE;
}

/** Every read of `this.<name>` in the class's instance code. */
export function getThisReads(body: TSESTree.ClassBody, name: string): readonly TSESTree.MemberExpression[] {
  return classFields(body).reads.get(name) ?? NONE;
}

/** What `get name() { … return … }` returns, when the getter runs straight to its one `return` (locals and guards before it). */
export function getGetterReturn(body: TSESTree.ClassBody, name: string): TSESTree.Node | undefined {
  return classFields(body).getters.get(name) ?? undefined;
}

function classFields(body: TSESTree.ClassBody): ClassFields {
  let fields = cache.get(body);
  if (!fields) {
    fields = collect(body);
    cache.set(body, fields);
  }
  return fields;
}

function push<T>(map: Map<string, T[]>, name: string | undefined, item: T): void {
  if (name === undefined) return;
  const list = map.get(name);
  if (list) list.push(item);
  else map.set(name, [item]);
}

function collect(body: TSESTree.ClassBody): ClassFields {
  const fields: ClassFields = { writes: new Map(), reads: new Map(), getters: new Map() };
  let inConstructor = false;
  const visit = (node: TSESTree.Node): void => {
    switch (node.type) {
      case AST_NODE_TYPES.ClassBody:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
        // Another class, or a function with its own `this`.
        return;
      case AST_NODE_TYPES.UpdateExpression:
        if (node.argument.type === AST_NODE_TYPES.MemberExpression && node.argument.object.type === AST_NODE_TYPES.ThisExpression) {
          const name = memberName(node.argument.property, node.argument.computed);
          push(fields.writes, name, { value: node, kind: "compound", inConstructor });
          push(fields.reads, name, node.argument);
          return;
        }
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.left.type === AST_NODE_TYPES.MemberExpression && node.left.object.type === AST_NODE_TYPES.ThisExpression) {
          const name = memberName(node.left.property, node.left.computed);
          const plain = node.operator === "=";
          push(fields.writes, name, { value: plain ? node.right : node, kind: plain ? "assignment" : "compound", inConstructor });
          if (!plain) push(fields.reads, name, node.left);
          visit(node.left.property);
          visit(node.right);
          return;
        }
        break;
      case AST_NODE_TYPES.MemberExpression:
        if (node.object.type === AST_NODE_TYPES.ThisExpression) push(fields.reads, memberName(node.property, node.computed), node);
        break;
    }
    forEachChild(node, visit);
  };
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static) {
      if (member.value) {
        push(fields.writes, memberName(member.key, member.computed), { value: member.value, kind: "field", inConstructor: true });
        inConstructor = true;
        visit(member.value);
      }
    } else if (member.type === AST_NODE_TYPES.MethodDefinition && !member.static) {
      const method = member.value;
      const name = memberName(member.key, member.computed);
      if (member.kind === "get" && name !== undefined) fields.getters.set(name, getterResult(method));
      inConstructor = member.kind === "constructor";
      for (const param of method.params) visit(param);
      if (method.body) forEachChild(method.body, visit);
    }
  }
  return fields;
}

/**
 * What a straight-line getter returns: its last statement is its only `return`, and every statement
 * before it declares locals or throws on a guard (`const base = …; return path.join(base, "x")`).
 */
function getterResult(fn: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression): TSESTree.Node | null {
  const statements = fn.body?.body ?? [];
  const last = statements[statements.length - 1];
  if (last?.type !== AST_NODE_TYPES.ReturnStatement || !last.argument) return null;
  for (let i = 0; i < statements.length - 1; i++) if (!isStraightLineStatement(statements[i]!)) return null;
  return last.argument;
}

function isStraightLineStatement(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) return true;
  if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate) return false;
  const consequent = statement.consequent;
  if (consequent.type === AST_NODE_TYPES.ThrowStatement) return true;
  return consequent.type === AST_NODE_TYPES.BlockStatement && consequent.body.length === 1 && consequent.body[0]!.type === AST_NODE_TYPES.ThrowStatement;
}
