// One document as the workspace holds it: its kind, its conf tree or record fields (each conf-like field parsed in
// place), the program that generated it, and the carrier and template records read from those fields.
import { confLineAt, parseConf } from "../parse/conf-parser";
import { outlineOf } from "../parse/conf-outline";
import { LineIndex, type Span } from "../text/span";
import type { ConfTree } from "../parse/conf-syntax";
import { parseRecordFile, type RecordField, type RecordFile } from "../parse/carrier-file";
import { dialectOfProtocol, fileKindOf, type Dialect, type FileAssociations, type FileKind } from "./file-kind";
import type { SourceField } from "./units";
import { detectGenerator } from "./generator";
import type { GeneratorId } from "../knowledge/generators";

export interface AnalyzedDocument {
  uri: string;
  text: string;
  kind: FileKind;
  /** Bumped on every change; units remember the revisions they were built from. */
  revision: number;
  conf?: ConfTree;
  record?: RecordFile;
  /** Each conf-like field of a record, parsed in place (offsets into `text`). */
  fieldTrees: Map<string, ConfTree>;
  /** The program that writes this conf file (from its opening comment or name); undefined when written by hand. */
  generator?: GeneratorId;
}

export interface CarrierRecord {
  uri: string;
  doc: AnalyzedDocument;
  id: string;
  protocol: string;
  /** Undefined for Zap/EXTERNAL or unknown protocols: VICIdial writes those nowhere. */
  dialect?: Dialect;
  templateId?: string;
  active: boolean;
  field(name: string): RecordField | undefined;
}

export interface TemplateRecord {
  uri: string;
  doc: AnalyzedDocument;
  id: string;
}

/** Record fields whose text is conf syntax. */
const CONF_FIELDS: SourceField[] = ["registration_string", "account_entry", "template_contents", "globals_string", "dialplan_entry"];

/** Analyses a document; `previous` (its last analysis) lets the parse keep the lines an edit did not reach. */
export function analyzeDocument(uri: string, text: string, associations: FileAssociations, languageId?: string, revision = 0, previous?: AnalyzedDocument): AnalyzedDocument {
  const kind = fileKindOf(uri, associations, languageId);
  const doc: AnalyzedDocument = { uri, text, kind, revision, fieldTrees: new Map() };
  // A file with a name we do not recognise is still parsed: when a conf file `#include`s it, it is part of that unit.
  if (kind.kind === "conf" || kind.kind === "unknown") {
    doc.generator = detectGenerator(uri, text);
    // Findings kept with a line carry the generated-file policy of their document (rules/generated-policy.ts): once
    // the opening comment names another generator (or none), no line is kept, so every finding is made anew.
    doc.conf = parseConf(text, undefined, previous?.generator === doc.generator ? previous?.conf : undefined);
  }
  if (kind.kind === "carrier" || kind.kind === "template") {
    doc.record = parseRecordFile(text, kind.kind);
    for (const name of CONF_FIELDS) {
      const field = doc.record.fields.get(name);
      if (field) doc.fieldTrees.set(name, keptFieldTree(previous, name, text, field.valueSpan) ?? parseConf(text, field.valueSpan));
    }
  }
  return doc;
}

/**
 * The previous analysis's tree of a record field whose text and place in the file did not change (its offsets still
 * hold): the field's lines keep their nodes, so its sections, and a carrier unit that did not change, are kept.
 */
function keptFieldTree(previous: AnalyzedDocument | undefined, name: string, text: string, range: Span): ConfTree | undefined {
  const tree = previous?.fieldTrees.get(name);
  if (!tree || tree.range.start !== range.start || tree.range.end !== range.end) return undefined;
  return tree.text.slice(range.start, range.end) === text.slice(range.start, range.end) ? tree : undefined;
}

/** True when two kinds read a text the same way (same kind, and for conf files the same dialect). */
export function sameKind(a: FileKind, b: FileKind): boolean {
  return a.kind === b.kind && (a.kind !== "conf" || (b.kind === "conf" && a.dialect === b.dialect));
}

const factsByDocument = new WeakMap<AnalyzedDocument, Map<object, unknown>>();

/**
 * The fact `key` names for one document revision (a document object is replaced on every change): `compute(doc)`
 * the first time, the same value afterwards. Like the unit facts of model/unit-facts.ts, `compute` reads nothing but
 * the document; `key` is one constant object per kind of fact.
 */
export function documentFact<T>(doc: AnalyzedDocument, key: object, compute: (doc: AnalyzedDocument) => T): T {
  let facts = factsByDocument.get(doc);
  if (!facts) factsByDocument.set(doc, (facts = new Map()));
  if (facts.has(key)) return facts.get(key) as T;
  const value = compute(doc);
  facts.set(key, value);
  return value;
}

const LINE_INDEX = {};

/**
 * A document's line index, once per revision. A conf file's tree has a node per physical line, each holding where its
 * line starts (moved in place by later re-parses while it is the current revision): the index reads those, so no
 * index of the whole text is made for each revision an edit makes.
 */
export function lineIndexOf(doc: AnalyzedDocument): LineIndex {
  return documentFact(doc, LINE_INDEX, (d) => {
    const tree = wholeTree(d);
    return tree ? LineIndex.overLines(d.text, tree.lines) : new LineIndex(d.text);
  });
}

/** The conf tree over the whole of a document's text, if it has one (not a record's fields). */
export function wholeTree(doc: AnalyzedDocument): ConfTree | undefined {
  const tree = doc.conf;
  return tree && tree.range.start === 0 && tree.range.end === doc.text.length ? tree : undefined;
}

/** 1-based line of an offset in a document, for messages and hovers. */
export function lineNumberIn(doc: AnalyzedDocument, offset: number): number {
  return lineIndexOf(doc).positionAt(offset).line + 1;
}

/**
 * Whether a quick fix may add a line after the one at `offset`: anywhere in a conf file or a `[[field]]` block, but
 * not in a one-line record field (`account_entry: [trunk]`), where the new line would fall out of the field, and not
 * after a line that opens a `;--` block comment, where the new line would be comment.
 */
export function canAddLineAfterIn(doc: AnalyzedDocument, offset: number): boolean {
  if (opensBlockAt(doc, offset)) return false;
  if (!doc.record) return true;
  for (const field of doc.record.fields.values()) {
    if (offset >= field.valueSpan.start && offset <= field.valueSpan.end) return field.block;
  }
  return false;
}

/** True when the conf line holding `offset` (in the document's tree or a record field's) leaves a `;--` block open. */
function opensBlockAt(doc: AnalyzedDocument, offset: number): boolean {
  for (const tree of doc.conf ? [doc.conf] : doc.fieldTrees.values()) {
    const line = confLineAt(tree.lines, offset);
    if (line) return line.opensBlock === true;
  }
  return false;
}

const INCLUDE_ARGUMENTS = {};

/** The arguments of a conf document's `#include` / `#tryinclude` lines (a document fact). */
export function includeArguments(doc: AnalyzedDocument): string[] {
  return documentFact(doc, INCLUDE_ARGUMENTS, () => {
    const found: string[] = [];
    const tree = doc.conf;
    if (!tree) return found;
    for (const i of outlineOf(tree).directives) {
      const line = tree.lines[i];
      if (line.kind === "directive" && (line.name === "include" || line.name === "tryinclude")) found.push(line.argument);
    }
    return found;
  });
}

/** Every carrier record among the documents, ordered by carrier_id (the order VICIdial writes them in). */
export function findCarriers(docs: Iterable<AnalyzedDocument>): CarrierRecord[] {
  const result: CarrierRecord[] = [];
  for (const doc of docs) {
    if (doc.kind.kind !== "carrier" || !doc.record) continue;
    const fields = doc.record.fields;
    const text = (name: string) => fields.get(name)?.value.trim() ?? "";
    const protocol = text("protocol") || "SIP";
    const templateId = text("template_id");
    result.push({
      uri: doc.uri,
      doc,
      id: text("carrier_id"),
      protocol,
      dialect: dialectOfProtocol(protocol),
      templateId: templateId.length > 1 && templateId !== "--NONE--" ? templateId : undefined,
      active: text("active").toUpperCase() !== "N",
      field: (name) => fields.get(name),
    });
  }
  return result.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.uri.localeCompare(b.uri)));
}

/** Conf templates by template_id (the first document wins). */
export function findTemplates(docs: Iterable<AnalyzedDocument>): Map<string, TemplateRecord> {
  const result = new Map<string, TemplateRecord>();
  for (const doc of docs) {
    if (doc.kind.kind !== "template" || !doc.record) continue;
    const id = doc.record.fields.get("template_id")?.value.trim() ?? "";
    if (!result.has(id)) result.set(id, { uri: doc.uri, doc, id });
  }
  return result;
}
