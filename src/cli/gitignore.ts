import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** One line of a .gitignore, parsed. */
interface IgnoreRule {
  /** Glob segments; `**` stands for any number of segments. */
  segments: string[];
  /** Matched against the whole path below the .gitignore's folder (a slash at the start or in the middle). */
  anchored: boolean;
  /** A trailing slash: matches folders only. */
  directoryOnly: boolean;
  negated: boolean;
}

/** The rules of one .gitignore and the folder it applies to. */
export interface IgnoreLayer {
  dir: string;
  rules: IgnoreRule[];
}

/** Parses .gitignore text (git's syntax: `#` comments, `!` negation, `/` anchoring, trailing `/`, `*`, `?`, `[…]`, `**`). */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split("\n")) {
    let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    line = trimUnescapedTrailingSpaces(line);
    if (line === "" || line.startsWith("#")) continue;
    let negated = false;
    if (line.startsWith("!")) {
      negated = true;
      line = line.slice(1);
    } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
      line = line.slice(1);
    }
    const directoryOnly = line.endsWith("/");
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes("/");
    if (line.startsWith("/")) line = line.slice(1);
    if (line === "") continue;
    rules.push({ segments: line.split("/").filter((s) => s !== ""), anchored, directoryOnly, negated });
  }
  return rules;
}

function trimUnescapedTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === " " && line[end - 2] !== "\\") end--;
  return line.slice(0, end);
}

/** Reads `dir/.gitignore` as a layer, or undefined when there is none (or it cannot be read). */
export function readIgnoreLayer(dir: string): IgnoreLayer | undefined {
  const file = path.join(dir, ".gitignore");
  if (!existsSync(file)) return undefined;
  try {
    const rules = parseGitignore(readFileSync(file, "utf8"));
    return rules.length > 0 ? { dir, rules } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The .gitignore layers that apply at `dir` from above it: those of its ancestors up to the root of
 * the git work tree that holds it (the nearest folder with a `.git` entry). Outside a work tree,
 * none: git reads no .gitignore there.
 */
export function ancestorLayers(dir: string): IgnoreLayer[] {
  const chain: string[] = [];
  let current = path.dirname(dir);
  let repoRoot: string | undefined;
  if (existsSync(path.join(dir, ".git"))) return [];
  while (current !== path.dirname(current)) {
    chain.push(current);
    if (existsSync(path.join(current, ".git"))) {
      repoRoot = current;
      break;
    }
    current = path.dirname(current);
  }
  if (!repoRoot) return [];
  const layers: IgnoreLayer[] = [];
  for (const ancestor of chain.reverse()) {
    const layer = readIgnoreLayer(ancestor);
    if (layer) layers.push(layer);
  }
  return layers;
}

/** Whether `fullPath` is ignored by the layers (outermost first; the last matching rule wins, as in git). */
export function isIgnored(layers: readonly IgnoreLayer[], fullPath: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    const relative = path.relative(layer.dir, fullPath);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) continue;
    const segments = relative.split(path.sep);
    for (const rule of layer.rules) {
      if (rule.negated !== ignored) continue;
      if (rule.directoryOnly && !isDirectory) continue;
      if (matchesRule(rule, segments)) ignored = !rule.negated;
    }
  }
  return ignored;
}

/** Whether `dir` or a folder above it (below the outermost layer's folder) is ignored: git never looks inside those. */
export function isWithinIgnored(layers: readonly IgnoreLayer[], dir: string): boolean {
  const top = layers[0]?.dir;
  if (top === undefined) return false;
  const relative = path.relative(top, dir);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return false;
  let current = top;
  for (const segment of relative.split(path.sep)) {
    current = path.join(current, segment);
    if (isIgnored(layers, current, true)) return true;
  }
  return false;
}

function matchesRule(rule: IgnoreRule, segments: readonly string[]): boolean {
  if (!rule.anchored) {
    // No slash in the pattern: it matches a name at any depth.
    return rule.segments.length === 1 && matchSegment(rule.segments[0]!, segments[segments.length - 1]!);
  }
  return matchSegments(rule.segments, segments);
}

/** Glob segments against path segments, `**` matching any number of them (dynamic programming, O(p·s)). */
function matchSegments(pattern: readonly string[], segments: readonly string[]): boolean {
  // reachable[j]: the pattern so far can consume exactly the first j path segments.
  let reachable: boolean[] = Array.from({ length: segments.length + 1 }, (_, j) => j === 0);
  pattern.forEach((glob, index) => {
    const next: boolean[] = new Array<boolean>(segments.length + 1).fill(false);
    if (glob === "**") {
      // A trailing `/**` matches what is inside, not the folder itself (git's rule).
      const atLeastOne = index === pattern.length - 1 && index > 0;
      let any = false;
      for (let j = 0; j <= segments.length; j++) {
        if (!atLeastOne) any = any || reachable[j]!;
        next[j] = any;
        if (atLeastOne) any = any || reachable[j]!;
      }
    } else {
      for (let j = 0; j < segments.length; j++) if (reachable[j] && matchSegment(glob, segments[j]!)) next[j + 1] = true;
    }
    reachable = next;
  });
  return reachable[segments.length]!;
}

/** One glob segment (`*`, `?`, `[…]`, `\x`) against one name, with the usual single-star backtracking (O(p·n)). */
export function matchSegment(glob: string, name: string): boolean {
  let g = 0;
  let n = 0;
  let starG = -1;
  let starN = 0;
  while (n < name.length) {
    if (g < glob.length) {
      const c = glob[g]!;
      if (c === "*") {
        starG = g++;
        starN = n;
        continue;
      }
      if (c === "?") {
        g++;
        n++;
        continue;
      }
      if (c === "[") {
        const cls = matchClass(glob, g, name[n]!);
        if (cls.end > 0 && cls.matched) {
          g = cls.end;
          n++;
          continue;
        }
        if (cls.end < 0 && name[n] === "[") {
          g++;
          n++;
          continue;
        }
      } else if (c === "\\" && g + 1 < glob.length) {
        if (glob[g + 1] === name[n]) {
          g += 2;
          n++;
          continue;
        }
      } else if (c === name[n]) {
        g++;
        n++;
        continue;
      }
    }
    if (starG < 0) return false;
    g = starG + 1;
    n = ++starN;
  }
  while (g < glob.length && glob[g] === "*") g++;
  return g === glob.length;
}

/** A `[…]` class at `start`: whether `char` is in it, and the index after `]` (-1 when the class is not closed). */
function matchClass(glob: string, start: number, char: string): { matched: boolean; end: number } {
  let i = start + 1;
  const negated = glob[i] === "!" || glob[i] === "^";
  if (negated) i++;
  let matched = false;
  let first = true;
  while (i < glob.length && (glob[i] !== "]" || first)) {
    first = false;
    let low = glob[i]!;
    if (low === "\\" && i + 1 < glob.length) low = glob[++i]!;
    if (glob[i + 1] === "-" && i + 2 < glob.length && glob[i + 2] !== "]") {
      let high = glob[i + 2]!;
      i += 2;
      if (high === "\\" && i + 1 < glob.length) high = glob[++i]!;
      if (char >= low && char <= high) matched = true;
    } else if (char === low) {
      matched = true;
    }
    i++;
  }
  if (i >= glob.length) return { matched: false, end: -1 };
  return { matched: matched !== negated, end: i + 1 };
}
