import { describe, expect, it } from "vitest";
import { mergeOptions } from "../../src/util/create-rule";

describe("mergeOptions", () => {
  it("merges an options object over the defaults one level deep; arrays replace", () => {
    expect(mergeOptions([{ a: 1, list: ["x"] }], [{ list: ["y"] }])).toEqual([{ a: 1, list: ["y"] }]);
  });
  it("keeps the defaults when no options are given", () => {
    const defaults = [{ a: 1 }];
    expect(mergeOptions(defaults, [])).toEqual([{ a: 1 }]);
  });
  it("passes options that already hold every default key through unchanged", () => {
    const given = { a: 2, b: false };
    expect(mergeOptions([{ a: 1, b: true }], [given])[0]).toBe(given);
  });
  it("lets a non-object option replace the default", () => {
    expect(mergeOptions(["TLSv1.2"], ["TLSv1.3"])).toEqual(["TLSv1.3"]);
    expect(mergeOptions([{ a: 1 }], [["x"]])).toEqual([["x"]]);
  });
  it("never changes the defaults", () => {
    const defaults = [{ a: 1 }];
    mergeOptions(defaults, [{ a: 2 }]);
    expect(defaults).toEqual([{ a: 1 }]);
  });
});
