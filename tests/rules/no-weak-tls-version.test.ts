import rule from "../../src/rules/no-weak-tls-version";
import { runRuleTests } from "../rule-tester";

runRuleTests("no-weak-tls-version", rule, {
  valid: ["tls.connect({ minVersion: 'TLSv1.2' });", { code: "const v: string = 'TLSv1.3'; tls.connect({ minVersion: v });", filename: "file.ts" }],
  invalid: [
    {
      code: "tls.connect({ minVersion: 'TLSv1' });",
      errors: [{ messageId: "weakVersion", line: 1, column: 27, endColumn: 34 }],
    },
  ],
});
