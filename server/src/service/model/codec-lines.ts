// One `allow=`/`disallow=` line of a section, split into codec items as Asterisk reads it (main/format_cap.c
// `ast_format_cap_update_by_allow_disallow`); model/codecs.ts applies the lines in order.
//
// Per line: the value is split on `,` or `|`, each item trimmed; a leading `!` inverts it; a `:ms` suffix (after
// the last colon) sets packetization and must be an integer >= 0, otherwise the item is skipped; `all` means every
// format; names are case-insensitive; unknown names are skipped. `allow=` with nothing gives one empty (unknown)
// item, `disallow=` with nothing is ignored. `key += text` (config.c) glues `text` onto the last earlier value of the
// same key in the category, with no separator, instead of adding a line.
import { isCodecName } from "../knowledge/codecs";
import { keptCopy } from "../util/lists";
import type { Span } from "../text/span";
import type { Dialect } from "./file-kind";
import type { PlacedOption } from "./units";

export type CodecVerb = "allow" | "disallow";

/** Whether codec lines mean anything in this dialect (everything but the dialplan). */
export function dialectHasCodecs(dialect: Dialect): boolean {
  return dialect !== "extensions";
}

/** `allow`/`disallow` when `key` is a codec key in this dialect (`endpoint/allow` in pjsip_wizard files). */
export function codecVerb(dialect: Dialect, key: string): CodecVerb | undefined {
  if (!dialectHasCodecs(dialect) || !mayEndInW(key)) return undefined;
  let lower = key.trim().toLowerCase();
  if ((dialect === "pjsip_wizard" || dialect === "generic") && lower.startsWith("endpoint/")) lower = lower.slice("endpoint/".length);
  else if (lower.includes("/")) return undefined;
  return lower === "allow" || lower === "disallow" ? lower : undefined;
}

/**
 * False when `key` cannot be a codec key: once trimmed it would not end in `w`/`W`. Whitespace `trim` removes is
 * either below `!` or from U+00A0 up, so a last character between those that is not `w` settles it with no string
 * made (most keys of a section are not codec keys).
 */
function mayEndInW(key: string): boolean {
  const last = key.charCodeAt(key.length - 1);
  return last === 119 || last === 87 || !(last > 32 && last < 160);
}

/** One item of a codec list: `ulaw`, `!g729`, `alaw:20`, `all`. */
export interface CodecItem {
  /** The item as Asterisk sees it, trimmed (may be empty). */
  text: string;
  /** The format name: after `!`, before the last `:` (not trimmed again, exactly as Asterisk looks it up). */
  name: string;
  negated: boolean;
  /** Text after the last `:`, when there is one. */
  framing?: string;
  /** The physical line holding the item (for a glued item: the line where it starts). */
  option: PlacedOption;
  span: Span;
  nameSpan: Span;
  framingSpan?: Span;
  /** True when `+=` glued this item together from text of more than one line. */
  joined: boolean;
  /** True when the offsets are only approximate (the line had a block comment or `\;` inside the value). */
  approximate: boolean;
}

/** One variable as Asterisk stores it: a codec line plus any `+=` lines glued onto it. */
export interface CodecLine {
  option: PlacedOption;
  verb: CodecVerb;
  /** `+=` lines whose text was glued onto this one, in order. */
  appended: PlacedOption[];
  /** The value after gluing. */
  value: string;
  items: CodecItem[];
  /** `(ulaw|alaw)`: the list form Asterisk prints; it first resets the set. */
  parenthesized: boolean;
}

interface Piece {
  option: PlacedOption;
  text: string;
  /** `text` is the option's value (its first character at the value's start); false for synthetic text. */
  located: boolean;
  exact: boolean;
}

/** Codec lines of a sequence of options (a section's effective options), with `+=` glued as config.c does. */
export function codecLines(options: readonly PlacedOption[], dialect: Dialect): CodecLine[] {
  const lines: CodecLine[] = [];
  // The last line of each key, for `+=` lines: made at the first one (most sections have none).
  let lastByKey: Map<string, CodecLine> | undefined;
  // Lines that `+=` glued text onto: split into items once, when every line is read (not once per `+=` line).
  let glued: Set<CodecLine> | undefined;
  for (const option of options) {
    const verb = codecVerb(dialect, option.node.key);
    if (!verb) continue;
    const key = option.node.key.trim();
    if (option.node.operator === "+=") lastByKey ??= linesByKey(lines);
    const target = option.node.operator === "+=" ? lastByKey!.get(key) : undefined;
    if (target) {
      target.appended.push(option);
      (glued ??= new Set()).add(target);
      continue;
    }
    const line: CodecLine = { option, verb, appended: [], value: "", items: [], parenthesized: false };
    rebuild(line, [pieceOf(option)]);
    lines.push(line);
    lastByKey?.set(key, line);
  }
  if (glued) for (const line of glued) rebuild(line, piecesOf(line));
  return lines;
}

/** The last line of each (trimmed) key among `lines`. */
function linesByKey(lines: readonly CodecLine[]): Map<string, CodecLine> {
  const byKey = new Map<string, CodecLine>();
  for (const line of lines) byKey.set(line.option.node.key.trim(), line);
  return byKey;
}

/** The text a line's value is glued from: its own, then each `+=` line's (after a blank where one was written). */
function piecesOf(line: CodecLine): Piece[] {
  const pieces = [pieceOf(line.option)];
  for (const option of line.appended) {
    const node = option.node;
    if (node.valueSpan.start > node.operatorSpan.end && node.value.length > 0) pieces.push({ option, text: " ", located: false, exact: false });
    pieces.push(pieceOf(option));
  }
  return pieces;
}

function pieceOf(option: PlacedOption): Piece {
  const node = option.node;
  return { option, text: node.value, located: true, exact: node.valueSpan.end - node.valueSpan.start === node.value.length };
}

/** Splits the glued value into items, keeping for every character the piece and offset it came from. */
function rebuild(line: CodecLine, pieces: Piece[]): void {
  // Which piece each character of the glued value came from; a line of one piece (no `+=`) needs no table.
  const owner: number[] = pieces.length === 1 ? NO_OWNERS : [];
  let value = pieces.length === 1 ? pieces[0].text : "";
  if (pieces.length > 1) {
    pieces.forEach((piece, index) => {
      value += piece.text;
      for (let i = 0; i < piece.text.length; i++) owner.push(index);
    });
  }
  line.value = value;
  line.items = [];
  line.parenthesized = false;
  if (line.verb === "disallow" && value.length === 0) return;
  let from = 0;
  let to = value.length;
  if (value.length >= 2 && value[0] === "(" && value[value.length - 1] === ")") {
    line.parenthesized = true;
    from = 1;
    to = value.length - 1;
  }
  let pieceOffsets: number[] | undefined;
  /** The item's option, and where the item starts in its value (undefined: only the whole value can be shown). */
  const locate = (start: number, end: number): { option: PlacedOption; offset: number | undefined; joined: boolean } => {
    const first = pieces.length === 1 ? 0 : (owner[Math.min(start, owner.length - 1)] ?? 0);
    const last = pieces.length === 1 ? 0 : end > start ? owner[end - 1] : first;
    const piece = pieces[first] ?? pieces[0];
    const joined = pieces.length > 1 && joinsOptions(pieces, Math.min(first, last), Math.max(first, last), piece.option);
    if (!piece.located || !piece.exact || joined) return { option: piece.option, offset: undefined, joined };
    return { option: piece.option, offset: pieces.length === 1 ? 0 : -(pieceOffsets ??= offsetsOf(pieces))[first], joined };
  };
  let itemStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && value[i] !== "," && value[i] !== "|") continue;
    let s = itemStart;
    let e = i;
    while (s < e && isBlank(value[s])) s++;
    while (e > s && isBlank(value[e - 1])) e--;
    const text = value.slice(s, e);
    const negated = text.startsWith("!");
    const nameStart = negated ? s + 1 : s;
    const colon = text.lastIndexOf(":");
    const nameEnd = colon >= 0 && colon >= (negated ? 1 : 0) ? s + colon : e;
    const where = locate(s, e);
    const base = where.offset;
    const offsets = base === undefined ? APPROXIMATE : nameEnd < e ? [base + s, base + e, base + nameStart, base + nameEnd, base + nameEnd + 1, base + e] : [base + s, base + e, base + nameStart, base + nameEnd];
    const item = new PlacedItem(text, value.slice(nameStart, nameEnd), negated, where.option, where.joined, offsets);
    if (nameEnd < e) item.framing = value.slice(nameEnd + 1, e);
    line.items.push(item);
    itemStart = i + 1;
  }
  line.items = keptCopy(line.items);
}

/** The offsets of an item whose place is only approximate: none (its spans are its line's whole value). */
const APPROXIMATE: readonly number[] = [];

/**
 * A codec item whose spans are worked out when asked, from where its line's value is now: a re-parse may move the
 * line in place (parse/conf-reuse.ts), and the item, kept as part of a section fact, then still shows the right place.
 */
class PlacedItem implements CodecItem {
  framing?: string;

  constructor(
    readonly text: string,
    readonly name: string,
    readonly negated: boolean,
    readonly option: PlacedOption,
    readonly joined: boolean,
    /** Relative to the start of the option's value: start, end, name start and end, then framing start and end. */
    private readonly offsets: readonly number[],
  ) {}

  get approximate(): boolean {
    return this.offsets.length === 0;
  }

  get span(): Span {
    return this.at(0, 1);
  }

  get nameSpan(): Span {
    return this.at(2, 3);
  }

  get framingSpan(): Span | undefined {
    return this.framing === undefined ? undefined : this.at(4, 5);
  }

  private at(from: number, to: number): Span {
    const value = this.option.node.valueSpan;
    if (this.offsets.length === 0) return { start: value.start, end: value.end };
    return { start: value.start + this.offsets[from], end: value.start + this.offsets[to] };
  }
}

/** The owner table of a one-piece value: none is needed (never written to). */
const NO_OWNERS: number[] = [];

/** True when a piece from `from` to `to` (both included) comes from another line than `option`. */
function joinsOptions(pieces: readonly Piece[], from: number, to: number, option: PlacedOption): boolean {
  for (let i = from; i <= to; i++) if (pieces[i].option !== option) return true;
  return false;
}

/** Where each piece starts in the glued value. */
function offsetsOf(pieces: readonly Piece[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    offsets.push(offset);
    offset += piece.text.length;
  }
  return offsets;
}

function isBlank(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\r" || ch === "\n" || ch === "\v" || ch === "\f";
}

export type FramingCheck = { ok: true; ms: number; trailing?: string } | { ok: false };

/** Packetization as Asterisk reads it (`sscanf("%d")`): leading integer >= 0; text after the number is ignored. */
export function checkFraming(framing: string): FramingCheck {
  const match = /^\s*([+-]?\d+)(.*)$/s.exec(framing);
  if (!match) return { ok: false };
  const ms = Number.parseInt(match[1], 10);
  if (ms < 0) return { ok: false };
  const rest = match[2].trim();
  return rest.length > 0 ? { ok: true, ms, trailing: match[2] } : { ok: true, ms };
}

/** Whether an item names a format Asterisk knows (or `all`). */
export function itemIsKnown(item: CodecItem): boolean {
  return isAllItem(item) || isCodecName(item.name);
}

export function isAllItem(item: CodecItem): boolean {
  return item.name.toLowerCase() === "all";
}

/** Whether the item adds (true) or removes (false) formats. */
export function itemAllows(line: CodecLine, item: CodecItem): boolean {
  return (line.verb === "allow") !== item.negated;
}
