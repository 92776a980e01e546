export interface FuzzFailure { seed: number; ts: boolean; cjs: boolean; crash: string; code: string }
export function prng(seed: number): () => number;
export function eslumpProgram(seed: number, sourceType?: "module" | "script"): string;
export function shapedProgram(seed: number, options?: { cjs?: boolean; ts?: boolean }): string;
export function lintForCrash(code: string, options?: { ts?: boolean; cjs?: boolean }): string | null;
export function fuzz(firstSeed: number, count: number): { failures: FuzzFailure[]; programs: number };
export function mutatedProgram(text: string, seed: number): string;
export function fuzzRealFiles(files: string[], readText: (file: string) => string, rounds: number, firstSeed?: number): { failures: FuzzFailure[]; programs: number };
