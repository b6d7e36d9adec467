// The concrete syntax tree of an Asterisk conf file: one node per physical line, every token with its offsets.
import type { Span } from "../text/span";

export type AssignOperator = "=" | "=>" | "+=";

interface LineBase {
  /** The whole physical line, without its line break. */
  line: Span;
  /** Comment text on this line (a `;` comment or part of a `;-- --;` block), if any. */
  comment?: Span;
  /** A `;--` block comment is still open where this line ends: a line added right after it would be comment too. */
  opensBlock?: true;
}

export interface BlankLine extends LineBase {
  kind: "blank";
}

export interface CommentLine extends LineBase {
  kind: "comment";
}

export interface HeaderOption {
  text: string;
  span: Span;
}

export interface SectionHeader extends LineBase {
  kind: "section";
  name: string;
  nameSpan: Span;
  /** `(!)`: a template, never instantiated. */
  isTemplate: boolean;
  /** `(+)`: adds to an earlier section of the same name. */
  isAppend: boolean;
  /** Sections this one inherits from, in order. */
  bases: HeaderOption[];
  /** The `( ... )` part, when present. */
  optionsSpan?: Span;
  /** Text after `]` that Asterisk ignores (e.g. ` (tmpl)` with a space). */
  ignoredTail?: Span;
}

export interface Assignment extends LineBase {
  kind: "option";
  key: string;
  keySpan: Span;
  operator: AssignOperator;
  operatorSpan: Span;
  /** The value with comments removed, `\;` unescaped and surrounding blanks trimmed. */
  value: string;
  /** Raw text of the value (trimmed); empty span right after the operator when the value is empty. */
  valueSpan: Span;
  /**
   * The line read as a dialplan step (a `DialplanLine`), once a dialplan build asked (model/dialplan-context-build.ts):
   * kept with the node, as its text is, where a look-up per line in a WeakMap would cost a rebuilt context of
   * thousands of steps about a microsecond each. Typed loosely: the conf syntax knows nothing of dialplans.
   */
  stepLine: object | undefined;
}

export interface Directive extends LineBase {
  kind: "directive";
  /** `include`, `tryinclude`, `exec` or whatever word followed `#`. */
  name: string;
  nameSpan: Span;
  argument: string;
  argumentSpan: Span;
}

/** A line the parser could not make sense of; `problem` says why. */
export interface InvalidLine extends LineBase {
  kind: "invalid";
  content: Span;
}

export type ConfLine = BlankLine | CommentLine | SectionHeader | Assignment | Directive | InvalidLine;

export type ParseProblemKind =
  | "header-unclosed-bracket"
  | "header-unclosed-paren"
  | "header-empty-name"
  | "no-equals"
  | "empty-key"
  | "directive-unknown"
  | "directive-no-argument"
  | "block-comment-unclosed";

export interface ParseProblem {
  kind: ParseProblemKind;
  span: Span;
  /** The offending text, for messages. */
  text: string;
}

export interface ConfTree {
  /** The full document text the offsets refer to. */
  text: string;
  /** The parsed range of `text` (a whole file, or one field of a carrier file). */
  range: Span;
  lines: ConfLine[];
  problems: ParseProblem[];
  /**
   * The secret texts of each line (by line index), kept here by secrets.ts once found: they hold no offsets, so a
   * re-parse carries them over for the lines it keeps and for the lines below the edit that read the same.
   */
  lineSecrets?: (readonly string[] | undefined)[];
  /** The secret texts of the whole tree, in order, once secrets.ts has worked them out (see `lineSecrets`). */
  secretList?: readonly string[];
  /**
   * What a re-parse left of the previous tree's secrets: lines [from, to) are new, they replace old lines whose
   * secrets were `old`, every other line carries its secrets, and `list` was the `secretList` of the tree those old
   * lines belong to (the previous tree, or the one before it when the previous tree's list was never asked for and
   * the edit replaced the same lines again). When the new lines hold the same secrets as `old`, the tree's list is
   * `list` (secrets.ts).
   */
  replacedSecrets?: { from: number; to: number; old: (readonly string[] | undefined)[]; list: readonly string[] };
  /** Numbers each parse, so a later tree can name the one it was made from without holding it. */
  serial: number;
  /** The `serial` of the tree this one is a re-parse of (see `parseConf`'s `previous`). */
  reusedFrom?: number;
  /** Lines [0, before) and [from, lines.length) are that tree's nodes (those from `from` on moved when `movedFrom`). */
  keptLines?: { before: number; from: number };
  /**
   * The re-parse took over that tree's lines from this index on, moving them in place (the same node objects with
   * new offsets). Whatever holds an offset worked out of one of those nodes before is out of date.
   */
  movedFrom?: number;
  /** The index of the first line that leaves a `;--` block open (undefined: none does). */
  firstOpenBlock?: number;
  /**
   * A re-parse moved this tree's nodes (their offsets are no longer this text's) or took its lists over (see
   * `takesListsOver`): it is no basis for another parse.
   */
  spent?: true;
}
