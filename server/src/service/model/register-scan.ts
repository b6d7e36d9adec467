// The small C routines the register parsers mirror (argument splitting, quote stripping, sscanf/atoi, port
// parsing) and the helpers both parsers build a RegisterLine with (problems, rejection, password marking).
import type { Span } from "../text/span";
import type { RegisterGrammar, RegisterLine, RegisterPartName, RegisterProblemKind } from "./register-types";

export interface Seg {
  start: number;
  end: number;
}

/**
 * `__ast_app_separate_args` without removing characters (AST_NONSTANDARD_RAW_ARGS): splits `v[from, to)` on `delim`
 * into at most `max` pieces, the last one taking the rest; delimiters inside `( )`, `[ ]` or `" "` and after `\` do
 * not split; a trailing delimiter yields one more, empty, piece. An empty input gives no pieces.
 */
export function separate(v: string, from: number, to: number, delim: string, max: number): Seg[] {
  const args: Seg[] = [];
  let scan = from;
  let wasDelim = -1;
  let paren = 0;
  let bracket = 0;
  let quote = false;
  while (scan < to && args.length < max - 1) {
    const start = scan;
    let end = -1;
    for (; scan < to; scan++) {
      const c = v[scan];
      if (c === "(") paren++;
      else if (c === ")") {
        if (paren) paren--;
      } else if (c === "[") bracket++;
      else if (c === "]") {
        if (bracket) bracket--;
      } else if (c === '"' && delim !== '"') quote = !quote;
      else if (c === "\\") {
        if (scan + 1 < to) scan++;
      } else if (c === delim && !paren && !quote && !bracket) {
        wasDelim = scan;
        end = scan;
        scan++;
        break;
      }
    }
    args.push({ start, end: end >= 0 ? end : scan });
  }
  if (scan < to || (scan > from && scan - 1 === wasDelim)) args.push({ start: scan, end: to });
  return args;
}

const C_SPACE = /[ \t\n\v\f\r]/;

/** `ast_strip_quoted(s, "\"", "\"")`: trim blanks, then drop one pair of surrounding double quotes. */
export function stripQuoted(s: string): string {
  let t = s;
  let a = 0;
  let b = t.length;
  while (a < b && C_SPACE.test(t[a])) a++;
  while (b > a && C_SPACE.test(t[b - 1])) b--;
  t = t.slice(a, b);
  if (t.length > 0 && t[0] === '"' && t[t.length - 1] === '"') return t.length === 1 ? "" : t.slice(1, -1);
  return t;
}

/** `sscanf(s, "%Nd")`: optional blanks, optional sign, digits (at most `width` characters after the blanks). */
export function scanInt(s: string, width = 30): { value: number; used: number } | undefined {
  let i = 0;
  while (i < s.length && C_SPACE.test(s[i])) i++;
  const start = i;
  let j = i;
  if (s[j] === "+" || s[j] === "-") j++;
  const digitsStart = j;
  while (j < s.length && j - start < width && s[j] >= "0" && s[j] <= "9") j++;
  if (j === digitsStart) return undefined;
  return { value: parseInt(s.slice(start, j), 10), used: j };
}

/** `atoi`: like scanInt but 0 when nothing numeric is found. */
export function atoi(s: string): number {
  return scanInt(s)?.value ?? 0;
}

/** `port_str2int(s, 0)`: a port 1–65535 read with sscanf, else 0. */
export function portStr2Int(s: string): number {
  const read = scanInt(s);
  if (!read || read.value < 1 || read.value > 65535) return 0;
  return read.value;
}

export function isDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Building a RegisterLine

export function emptyLine(grammar: RegisterGrammar, value: string, offset: number, port: number): RegisterLine {
  return {
    grammar,
    span: { start: offset, end: offset + value.length },
    parts: [],
    accepted: true,
    transport: "udp",
    port,
    portDefaulted: true,
    extension: "s",
    reordered: false,
    problems: [],
    secrets: [],
  };
}

export function problem(
  line: RegisterLine,
  kind: RegisterProblemKind,
  span: Span,
  extra: { part?: RegisterPartName; silent: boolean; reason?: string; effective?: number | string },
): void {
  line.problems.push({ kind, span, rejected: false, ...extra });
}

export function reject(line: RegisterLine, kind: RegisterProblemKind, span: Span, silent: boolean, reason?: string, partName?: RegisterPartName): void {
  line.accepted = false;
  line.problems.push({ kind, span, rejected: true, silent, reason, part: partName });
}

export function pointAfter(span: Span): Span {
  return { start: span.start, end: span.start + 1 };
}

/** Marks every part that overlaps a possible password position as sensitive, and collects the secret texts. */
export function finishSensitivity(line: RegisterLine, otherSecrets: Seg[], offset: number): void {
  for (const p of line.parts) {
    if (p.sensitive) continue;
    const overlaps = otherSecrets.some((s) => s.end > s.start && offset + s.start < p.span.end && p.span.start < offset + s.end);
    if (overlaps) p.sensitive = true;
  }
  const secrets = new Set<string>();
  for (const p of line.parts) {
    if (!p.sensitive) continue;
    if (p.raw.length > 0) secrets.add(p.raw);
    if (p.value.length > 0) secrets.add(p.value);
  }
  line.secrets = [...secrets];
}
