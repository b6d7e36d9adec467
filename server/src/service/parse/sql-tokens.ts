// Splits SQL text into statements of tokens (words, `quoted names`, strings with MySQL's escapes, numbers,
// punctuation), skipping comments; the statements of no interest are only scanned for their end.

export class SqlDumpError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

type TokenKind = "word" | "quoted-name" | "string" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based line where the token starts. */
  line: number;
}

const SIMPLE_ESCAPES: Record<string, string> = { "0": "\0", b: "\b", n: "\n", r: "\r", t: "\t", Z: "\x1a" };

/**
 * Splits SQL into statements of tokens; comments and versioned comments (`/*!40101 ... *\/`) are skipped. Once
 * `wanted` says a statement is of no interest (rows of another table), the rest of it is only scanned for its end, so
 * a dump of the whole database costs little more than reading it.
 */
export function tokenize(text: string, wanted: (tokens: Token[]) => boolean): Token[][] {
  const scan = new Scanner(text, wanted);
  const n = text.length;
  while (scan.i < n) {
    const c = text[scan.i];
    if (c === "\n") {
      scan.line++;
      scan.i++;
    } else if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\ufeff") scan.i++;
    else if (c === "#" || (c === "-" && text[scan.i + 1] === "-" && (scan.i + 2 >= n || /\s/.test(text[scan.i + 2])))) {
      while (scan.i < n && text[scan.i] !== "\n") scan.i++;
    } else if (c === "/" && text[scan.i + 1] === "*") scan.skipBlockComment();
    else if (c === ";") scan.endStatement();
    else if (c === "'" || c === '"') scan.readString(c);
    else if (c === "`") scan.readQuotedName();
    else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[scan.i + 1] ?? ""))) {
      const m = /^(0x[0-9a-fA-F]+|[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)/.exec(text.slice(scan.i, scan.i + 400));
      const literal = m ? m[1] : c;
      scan.push({ kind: "number", text: literal, line: scan.line });
      scan.i += literal.length;
    } else if (/[A-Za-z_$@]/.test(c) || c.charCodeAt(0) > 127) {
      let j = scan.i + 1;
      while (j < n && (/[A-Za-z0-9_$@]/.test(text[j]) || text.charCodeAt(j) > 127)) j++;
      scan.push({ kind: "word", text: text.slice(scan.i, j), line: scan.line });
      scan.i = j;
    } else {
      scan.push({ kind: "punct", text: c, line: scan.line });
      scan.i++;
    }
  }
  return scan.finish();
}

/** The tokenizer's position and the statement being built. */
class Scanner {
  readonly statements: Token[][] = [];
  current: Token[] = [];
  /** The current statement is of no interest: tokens are not kept, strings not decoded. */
  skipping = false;
  line = 1;
  i = 0;

  constructor(
    readonly text: string,
    readonly wanted: (tokens: Token[]) => boolean,
  ) {}

  push(token: Token): void {
    if (this.skipping) return;
    this.current.push(token);
    if (this.current.length <= 8 && !this.wanted(this.current)) this.skipping = true;
  }

  endStatement(): void {
    if (this.current.length > 0 && !this.skipping) this.statements.push(this.current);
    this.current = [];
    this.skipping = false;
    this.i++;
  }

  finish(): Token[][] {
    if (this.current.length > 0) {
      const last = this.current[this.current.length - 1];
      throw new SqlDumpError("the last statement has no closing ';' (is the dump truncated?)", this.skipping ? this.line : last.line);
    }
    return this.statements;
  }

  skipBlockComment(): void {
    const start = this.line;
    const end = this.text.indexOf("*/", this.i + 2);
    if (end < 0) throw new SqlDumpError("the dump ends inside a /* comment */ (is it truncated?)", start);
    for (let k = this.i; k < end; k++) if (this.text[k] === "\n") this.line++;
    this.i = end + 2;
  }

  /** A '...' or "..." string with MySQL's backslash escapes and doubled quotes. */
  readString(quote: string): void {
    const { text } = this;
    const n = text.length;
    const start = this.line;
    const truncated = () => new SqlDumpError("the dump ends inside a quoted string (is it truncated?)", start);
    let value = "";
    this.i++;
    for (;;) {
      if (this.i >= n) throw truncated();
      const d = text[this.i];
      if (d === "\\") {
        if (this.i + 1 >= n) throw truncated();
        const e = text[this.i + 1];
        // MySQL keeps the backslash of \% and \_ (they only mean something in LIKE patterns).
        if (!this.skipping) value += e in SIMPLE_ESCAPES ? SIMPLE_ESCAPES[e] : e === "%" || e === "_" ? "\\" + e : e;
        if (e === "\n") this.line++;
        this.i += 2;
      } else if (d === quote) {
        if (text[this.i + 1] === quote) {
          if (!this.skipping) value += quote;
          this.i += 2;
        } else {
          this.i++;
          break;
        }
      } else if (this.skipping) {
        if (d === "\n") this.line++;
        // Jump to the next character that matters inside the string.
        let next = this.i + 1;
        while (next < n && text[next] !== quote && text[next] !== "\\" && text[next] !== "\n") next++;
        this.i = next;
      } else {
        if (d === "\n") this.line++;
        value += d;
        this.i++;
      }
    }
    this.push({ kind: "string", text: value, line: start });
  }

  /** A `quoted name`, where a doubled backtick stands for one. */
  readQuotedName(): void {
    const { text } = this;
    const start = this.line;
    let name = "";
    this.i++;
    for (;;) {
      if (this.i >= text.length) throw new SqlDumpError("the dump ends inside a `quoted name` (is it truncated?)", start);
      if (text[this.i] === "`") {
        if (text[this.i + 1] === "`") {
          name += "`";
          this.i += 2;
          continue;
        }
        this.i++;
        break;
      }
      if (text[this.i] === "\n") this.line++;
      name += text[this.i++];
    }
    this.push({ kind: "quoted-name", text: name, line: start });
  }
}
