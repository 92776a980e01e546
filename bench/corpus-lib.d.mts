export interface CorpusCrash { file: string; set: string; message: string }
export interface CorpusSlow { file: string; set: string; baseMs: number; withRulesMs: number; bytes: number }
export interface CorpusTotals { files: number; unparsable: number; baseMs: number; reports: Record<string, number>; [set: string]: number | Record<string, number> }
export function listSourceFiles(dir: string): string[];
export function sampleFiles(files: string[], count: number): string[];
export function ruleSets(): Record<"none" | "recommended" | "strict" | "all", Record<string, unknown>>;
export function lintFiles(
  files: string[],
  options?: { sets?: string[]; slowFactor?: number; slowFloorMs?: number; onProgress?: (index: number, total: number) => void },
): { crashes: CorpusCrash[]; slow: CorpusSlow[]; totals: CorpusTotals };
