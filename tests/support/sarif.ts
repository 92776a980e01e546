/**
 * The checks a SARIF 2.1.0 consumer (code-scanning upload) relies on: the properties the schema
 * marks required, with the right types, for the log, each run, tool driver, rule and result.
 * Returns the problems found, empty when the log is valid.
 */
export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(log)) return ["the log is not an object"];
  if (log.version !== "2.1.0") problems.push(`version is ${String(log.version)}, not 2.1.0`);
  if (!Array.isArray(log.runs)) return [...problems, "runs is not an array"];
  log.runs.forEach((run: unknown, r) => {
    if (!isObject(run)) return problems.push(`runs[${r}] is not an object`);
    const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
    if (!driver) return problems.push(`runs[${r}].tool.driver is missing`);
    if (typeof driver.name !== "string" || driver.name === "") problems.push(`runs[${r}].tool.driver.name is missing`);
    const rules = driver.rules === undefined ? [] : driver.rules;
    if (!Array.isArray(rules)) problems.push(`runs[${r}].tool.driver.rules is not an array`);
    else rules.forEach((rule: unknown, i) => {
      if (!isObject(rule) || typeof rule.id !== "string") problems.push(`runs[${r}].tool.driver.rules[${i}].id is missing`);
    });
    if (run.results !== undefined && !Array.isArray(run.results)) return problems.push(`runs[${r}].results is not an array`);
    ((run.results as unknown[] | undefined) ?? []).forEach((result: unknown, i) => {
      const where = `runs[${r}].results[${i}]`;
      if (!isObject(result)) return problems.push(`${where} is not an object`);
      const message = result.message;
      if (!isObject(message) || (typeof message.text !== "string" && typeof message.id !== "string")) problems.push(`${where}.message needs text or id`);
      if (result.level !== undefined && !["none", "note", "warning", "error"].includes(String(result.level))) problems.push(`${where}.level is ${String(result.level)}`);
      if (result.ruleIndex !== undefined && (!Number.isInteger(result.ruleIndex) || (result.ruleIndex as number) < 0)) problems.push(`${where}.ruleIndex is not a non-negative integer`);
      for (const [j, location] of ((result.locations as unknown[] | undefined) ?? []).entries()) {
        const physical = isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation : undefined;
        if (!physical) continue;
        const artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
        if (artifact && artifact.uri !== undefined && typeof artifact.uri !== "string") problems.push(`${where}.locations[${j}] uri is not a string`);
        const region = isObject(physical.region) ? physical.region : undefined;
        if (region) {
          for (const key of ["startLine", "startColumn", "endLine", "endColumn"]) {
            const value = region[key];
            if (value !== undefined && (!Number.isInteger(value) || (value as number) < 1)) problems.push(`${where}.locations[${j}].region.${key} is ${String(value)}`);
          }
        }
      }
      return undefined;
    });
    return undefined;
  });
  return problems;
}
