import path from "node:path";
import { pathToFileURL } from "node:url";

/** The slice of ESLint's result shape the audit reads. */
export interface AuditMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

export interface AuditResult {
  filePath: string;
  messages: AuditMessage[];
}

export interface RuleInfo {
  description: string;
  url?: string;
}

/** SARIF 2.1.0 for code-scanning dashboards: one run, one rule entry per rule that reported. */
export function toSarif(results: readonly AuditResult[], rules: Readonly<Record<string, RuleInfo>>, cwd: string, version: string): object {
  const ruleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? "parse-error")))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ai-encryption-audit",
            informationUri: "https://github.com/eslint-plugin-ai-encryption/eslint-plugin-ai-encryption",
            version,
            rules: ruleIds.map((id) => {
              const short = id.replace(/^ai-encryption\//, "");
              const info = rules[short];
              return {
                id,
                shortDescription: { text: info?.description ?? (id === "parse-error" ? "The file could not be read or parsed." : id) },
                ...(info?.url ? { helpUri: info.url } : {}),
              };
            }),
          },
        },
        originalUriBaseIds: { ROOT: { uri: `${pathToFileURL(cwd).href}/` } },
        results: results.flatMap((result) =>
          result.messages.map((m) => ({
            ruleId: m.ruleId ?? "parse-error",
            ruleIndex: ruleIndex.get(m.ruleId ?? "parse-error"),
            level: m.severity === 2 ? "error" : "warning",
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: path.relative(cwd, result.filePath).split(path.sep).join("/"), uriBaseId: "ROOT" },
                  region: {
                    startLine: Math.max(1, m.line ?? 1),
                    startColumn: Math.max(1, m.column ?? 1),
                    ...(m.endLine ? { endLine: m.endLine } : {}),
                    ...(m.endColumn ? { endColumn: m.endColumn } : {}),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
