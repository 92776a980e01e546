import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { forEachNode, SdkObjects, type ObjectCatalogue } from "../../src/analysis/sdk-objects";
import { withContext } from "./parse";

interface Call {
  returns?: string;
  label?: string;
}

const CATALOGUE: ObjectCatalogue<Call> = {
  sdks: [
    {
      modules: ["shop"],
      exports: [
        { name: "", construct: { returns: "client" } },
        { name: "Shop", construct: { returns: "client" } },
        { name: "connect", call: { returns: "client" } },
        { name: "defaultShop", instance: "client" },
      ],
    },
  ],
  kinds: {
    client: { methods: { "orders.create": { label: "create order" }, cart: { returns: "cart" } } },
    cart: { methods: { checkout: { label: "checkout" } } },
  },
};

/** The label of every catalogued call in the file, in source order. */
function labels(code: string, accept?: (node: TSESTree.Node) => boolean): string[] {
  return withContext(code, (context, program) => {
    const objects = new SdkObjects(context, CATALOGUE, accept ? { accept: (node) => accept(node) } : {});
    const out: string[] = [];
    forEachNode(program, context.sourceCode.visitorKeys, (node) => {
      const call = objects.callOf(node);
      if (call?.label) out.push(call.label);
    });
    return out;
  });
}

describe("SdkObjects", () => {
  it("finds methods on objects made by constructors, factories and ready-made instances", () => {
    expect(
      labels(`
        import Shop, { connect, defaultShop } from "shop";
        const a = new Shop();
        a.orders.create({});
        (await connect()).orders.create({});
        defaultShop.orders.create({});
        const cart = a.cart();
        cart.checkout();
        a.cart().checkout();
      `),
    ).toEqual(["create order", "create order", "create order", "checkout", "checkout"]);
  });

  it("follows this-fields, let written once, ternaries and fallbacks", () => {
    expect(
      labels(`
        import { Shop } from "shop";
        class Store {
          shop = new Shop();
          other;
          constructor() { this.other = flag ? new Shop() : null; }
          run() { this.shop.orders.create({}); this.other.orders.create({}); }
        }
        let late;
        late = new Shop();
        late.orders.create({});
        (maybe ?? new Shop()).orders.create({});
      `),
    ).toEqual(["create order", "create order", "create order", "create order"]);
  });

  it("ignores look-alikes and honours the accept veto", () => {
    expect(labels("class Shop {} const a = new Shop(); a.orders.create({});")).toEqual([]);
    expect(labels("import Shop from 'shop'; const a = new Shop(); a.orders.remove({}); a.order.create({});")).toEqual([]);
    expect(labels("import Shop from 'shop'; const a = new Shop(); const b = new Shop(1); a.orders.create({}); b.orders.create({});", (node) => node.type === "NewExpression" && node.arguments.length > 0)).toEqual(["create order"]);
  });
});
