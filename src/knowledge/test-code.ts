/**
 * Test-framework APIs whose arguments are test data: assertions (Jest, Vitest, Playwright, Chai,
 * node:assert, should.js, supertest, AVA, tap, node:test) and the tables of parameterised tests.
 *
 * Sources: the frameworks' API references (jestjs.io/docs/expect, vitest.dev/api/expect,
 * nodejs.org/api/assert.html, chaijs.com/api, github.com/avajs/ava/blob/main/docs/03-assertions.md,
 * node-tap.org/docs/api/asserts).
 */

/**
 * Names that make a call an assertion when the callee is that name or a member chain through it:
 * `expect(x)`, `expect(x).not.toBe(…)`, `expect.objectContaining(…)`, `chai.expect(…)`,
 * `assert.equal(…)`, `t.assert.ok(…)`, `res.should.equal(…)`, `request(app).get("/").expect(…)`.
 */
export const ASSERTION_NAMES: ReadonlySet<string> = new Set(["expect", "assert", "expectTypeOf", "assertType", "should"]);

/** The parameter name test runners give the per-test context that carries assertions (AVA, tap, node:test). */
export const TEST_CONTEXT_NAMES: ReadonlySet<string> = new Set(["t"]);

/** Assertion methods on a test context: `t.is(a, b)`, `t.deepEqual(…)`, `t.same(…)`. */
export const TEST_CONTEXT_ASSERTIONS: ReadonlySet<string> = new Set([
  "is", "not", "deepEqual", "notDeepEqual", "like", "same", "notSame", "strictSame", "equal", "strictEqual", "notEqual",
  "notStrictEqual", "match", "notMatch", "regex", "notRegex", "throws", "throwsAsync", "notThrows", "rejects", "resolves",
  "ok", "notOk", "truthy", "falsy", "true", "false", "has", "hasStrict", "snapshot",
]);

/** Functions that open a test or a suite (Jest, Vitest, Mocha's TDD interface): `it`, `test.only`, `describe.skip`. */
export const TEST_BLOCK_NAMES: ReadonlySet<string> = new Set(["it", "test", "describe", "suite", "fit", "xit", "xtest", "fdescribe", "xdescribe"]);

/** Setup and teardown hooks around tests (Jest, Vitest, Mocha's BDD and TDD interfaces, node:test). */
export const TEST_HOOK_NAMES: ReadonlySet<string> = new Set([
  "beforeEach", "beforeAll", "afterEach", "afterAll", "before", "after", "setup", "teardown", "suiteSetup", "suiteTeardown",
]);

/** Test helpers that set an environment variable for the test: `vi.stubEnv("APP_URL", value)` (Vitest). The value is the second argument. */
export const ENV_STUB_METHODS: ReadonlySet<string> = new Set(["stubEnv"]);

/** Members of a test function that take a table of cases: `it.each([...])(…)`, `test.for([...])(…)`, `` describe.each`…` ``. */
export const TEST_TABLE_METHODS: ReadonlySet<string> = new Set(["each", "for"]);
