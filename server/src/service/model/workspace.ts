// The workspace model: every known document parsed once per change, and the load units built from them
// (conf files with their #includes followed, and VICIdial's generated files rebuilt from carrier records).
import { parseConf } from "../parse/conf-parser";
import { addTo } from "../util/multimap";
import { expandBraces, isGlobPattern, pathMatches } from "../util/glob";
import { LineIndex } from "../text/span";
import type { ConfTree } from "../parse/conf-syntax";
import { parseRecordFile, type RecordField, type RecordFile } from "../parse/carrier-file";
import { baseName, dialectOfProtocol, fileKindOf, PROTOCOL_BY_DIALECT, type Dialect, type FileAssociations, type FileKind } from "./file-kind";
import { UnitBuilder, type ConfUnit, type SourceField } from "./units";
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

const MAIN_FILE = /^(sip|iax|pjsip|pjsip_wizard|extensions)\.conf(\.sample)?$/i;

/** Order in which ADMIN_keepalive_ALL.pl writes carrier groups. */
const PROTOCOL_ORDER = ["IAX2", "SIP", "PJSIP_WIZ", "PJSIP"];

/**
 * Carriers in the order VICIdial writes their dialplan entries into [vicidial-auto-external]: IAX2, then SIP,
 * PJSIP_WIZ, PJSIP, each group by carrier_id (the order `carriers()` keeps). Zap and EXTERNAL are never written.
 */
export function dialplanOrder(carriers: readonly CarrierRecord[]): CarrierRecord[] {
  const rank = (c: CarrierRecord) => PROTOCOL_ORDER.indexOf(c.protocol.toUpperCase());
  return carriers.filter((c) => rank(c) >= 0).sort((a, b) => rank(a) - rank(b));
}

export function analyzeDocument(uri: string, text: string, associations: FileAssociations, languageId?: string, revision = 0): AnalyzedDocument {
  const kind = fileKindOf(uri, associations, languageId);
  const doc: AnalyzedDocument = { uri, text, kind, revision, fieldTrees: new Map() };
  // A file with a name we do not recognise is still parsed: when a conf file `#include`s it, it is part of that unit.
  if (kind.kind === "conf" || kind.kind === "unknown") {
    doc.conf = parseConf(text);
    doc.generator = detectGenerator(uri, text);
  }
  if (kind.kind === "carrier" || kind.kind === "template") {
    doc.record = parseRecordFile(text, kind.kind);
    for (const name of CONF_FIELDS) {
      const field = doc.record.fields.get(name);
      if (field) doc.fieldTrees.set(name, parseConf(text, field.valueSpan));
    }
  }
  return doc;
}

const includeCache = new WeakMap<AnalyzedDocument, string[]>();

/** The arguments of a conf document's `#include` / `#tryinclude` lines (found once per document revision). */
function includeArguments(doc: AnalyzedDocument): string[] {
  let found = includeCache.get(doc);
  if (found) return found;
  found = [];
  for (const line of doc.conf?.lines ?? []) {
    if (line.kind === "directive" && (line.name === "include" || line.name === "tryinclude")) found.push(line.argument);
  }
  includeCache.set(doc, found);
  return found;
}

/** True when a folder holding a main conf file (sip.conf, extensions.conf ...) contains the document. */
function underMainFolder(uri: string, mainFolders: Set<string>): boolean {
  for (let folder = dirName(uri); folder.length > 0; folder = dirName(folder)) if (mainFolders.has(folder)) return true;
  return false;
}

function dirName(uri: string): string {
  const slash = uri.lastIndexOf("/");
  return slash >= 0 ? uri.slice(0, slash) : "";
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function sameKind(a: FileKind, b: FileKind): boolean {
  return a.kind === b.kind && (a.kind !== "conf" || (b.kind === "conf" && a.dialect === b.dialect));
}

/** Line indexes, built once per document revision (a document object is replaced on every change). */
const lineIndexes = new WeakMap<AnalyzedDocument, LineIndex>();

interface CachedUnit {
  unit: ConfUnit;
  revisions: Map<string, number>;
}

export class Workspace {
  private readonly docs = new Map<string, AnalyzedDocument>();
  private revisionCounter = 0;
  private confUnitCache = new Map<string, CachedUnit>();
  private recordUnits: { key: string; units: ConfUnit[] } | undefined;
  /** Worked out once per change of the documents: carriers(), templates() and the included documents. */
  private derived: { carriers?: CarrierRecord[]; templates?: Map<string, TemplateRecord>; included?: Set<string> } = {};
  /** Values other modules derive from the documents (see `memo`), dropped with `derived`. */
  private memos = new Map<object, unknown>();
  /** Document uris by lower-case file name, in the order documents were added (rebuilt when a uri comes or goes). */
  private uriByName: Map<string, string[]> | undefined;
  /** Folders the host names as systems of their own (CLI argument folders, editor workspace folders). */
  private systemRoots: string[] = [];
  /** The system each document belongs to, worked out once per change of the documents. */
  private systemKeys: Map<string, string> | undefined;
  /** One view per system, kept across changes so the caches of unchanged systems survive. */
  private systemViews = new Map<string, Workspace>();
  /** The result of systems(), until a document or the roots change. */
  private systemList: Workspace[] | undefined;
  /** True for a view of one system: every document in it belongs to the same system. */
  private isSystemView = false;

  constructor(private associations: FileAssociations = {}) {}

  setAssociations(associations: FileAssociations): void {
    this.associations = associations;
    for (const doc of [...this.docs.values()]) this.setDocument(doc.uri, doc.text);
  }

  /** Sets a document's text; the same text (read as the same kind of file) changes nothing and keeps every cache. */
  setDocument(uri: string, text: string, languageId?: string): AnalyzedDocument {
    const current = this.docs.get(uri);
    if (current && current.text === text && sameKind(current.kind, fileKindOf(uri, this.associations, languageId))) return current;
    const doc = analyzeDocument(uri, text, this.associations, languageId, ++this.revisionCounter);
    if (!this.docs.has(uri)) {
      this.uriByName = undefined;
      // A new document may be the file a unit's `#include` could not find until now.
      this.confUnitCache.clear();
    }
    this.docs.set(uri, doc);
    this.derived = {};
    this.memos.clear();
    this.systemKeys = undefined;
    this.systemList = undefined;
    return doc;
  }

  removeDocument(uri: string): void {
    this.docs.delete(uri);
    this.confUnitCache.delete(uri);
    this.derived = {};
    this.memos.clear();
    this.uriByName = undefined;
    this.systemKeys = undefined;
    this.systemList = undefined;
  }

  // --- Systems: one Asterisk server's files ------------------------------------------------------------------------

  /**
   * Folders that are each a system of their own (no trailing slash), in the form document uris use. A document belongs
   * to the nearest folder above it that holds a main conf file (sip.conf, extensions.conf ...); else to that folder's
   * system when only one folder holds main files; else to the deepest of these roots that holds it; else to the one
   * unnamed system.
   */
  setSystemRoots(roots: string[]): void {
    const clean = [...new Set(roots.map((r) => r.replace(/[\\/]+$/, "")).filter((r) => r.length > 0))];
    if (clean.join("\n") === this.systemRoots.join("\n")) return;
    this.systemRoots = clean;
    this.systemKeys = undefined;
    this.systemList = undefined;
    this.derived = {};
    this.memos.clear();
  }

  /** The system a document belongs to (a folder uri, or "" for the unnamed one). */
  systemOf(uri: string): string {
    if (this.isSystemView) return "";
    return this.systemKeyMap().get(uri) ?? this.systemKeyFor(uri, this.mainFolders());
  }

  /**
   * The workspace of each system: this workspace itself when all documents belong to one system, else one view per
   * system holding only that system's documents (the same document objects). Rules run on each view on its own, so
   * no include, duplicate or reference crosses from one system to another.
   */
  systems(): Workspace[] {
    return (this.systemList ??= this.partition());
  }

  private partition(): Workspace[] {
    const keys = this.systemKeyMap();
    const byKey = new Map<string, AnalyzedDocument[]>();
    for (const doc of this.docs.values()) addTo(byKey, keys.get(doc.uri) ?? "", doc);
    if (byKey.size <= 1) {
      this.systemViews.clear();
      return [this];
    }
    const views: Workspace[] = [];
    for (const [key, docs] of byKey) {
      let view = this.systemViews.get(key);
      if (!view) {
        view = new Workspace(this.associations);
        view.isSystemView = true;
        this.systemViews.set(key, view);
      }
      view.adopt(docs);
      views.push(view);
    }
    for (const key of [...this.systemViews.keys()]) if (!byKey.has(key)) this.systemViews.delete(key);
    return views;
  }

  /** The workspace of the system a document belongs to (this workspace when there is only one system). */
  systemFor(uri: string): Workspace {
    const views = this.systems();
    if (views.length === 1) return views[0];
    return views.find((view) => view.docs.has(uri)) ?? this;
  }

  /** Makes this view hold exactly these documents; caches stay valid for the ones that did not change. */
  private adopt(docs: AnalyzedDocument[]): void {
    const wanted = new Map(docs.map((d) => [d.uri, d]));
    let changed = false;
    for (const uri of [...this.docs.keys()]) {
      if (!wanted.has(uri)) {
        this.docs.delete(uri);
        this.confUnitCache.delete(uri);
        changed = true;
      }
    }
    for (const [uri, doc] of wanted) {
      if (this.docs.get(uri) === doc) continue;
      if (!this.docs.has(uri)) this.uriByName = undefined;
      this.docs.set(uri, doc);
      changed = true;
    }
    if (changed) {
      this.uriByName = undefined;
      this.derived = {};
      this.memos.clear();
    }
  }

  private systemKeyMap(): Map<string, string> {
    if (this.systemKeys) return this.systemKeys;
    const folders = this.mainFolders();
    const includedNames = this.includedFileNames(folders);
    const keys = new Map<string, string>();
    for (const uri of this.docs.keys()) keys.set(uri, this.systemKeyFor(uri, folders, includedNames));
    return (this.systemKeys = keys);
  }

  /** The lower-case file names that a document under a main folder `#include`s by name (globs left out). */
  private includedFileNames(mainFolders: Set<string>): Set<string> {
    const names = new Set<string>();
    for (const doc of this.docs.values()) {
      if (!underMainFolder(doc.uri, mainFolders)) continue;
      for (const argument of includeArguments(doc)) if (!/[*?[]/.test(argument)) names.add(baseName(normalisePath(argument.trim())).toLowerCase());
    }
    return names;
  }

  /** Folders holding a main conf file. */
  private mainFolders(): Set<string> {
    const folders = new Set<string>();
    for (const uri of this.docs.keys()) if (MAIN_FILE.test(baseName(uri))) folders.add(dirName(uri));
    return folders;
  }

  private systemKeyFor(uri: string, mainFolders: Set<string>, includedNames: Set<string> = this.includedFileNames(mainFolders)): string {
    for (let folder = dirName(uri); folder.length > 0; folder = dirName(folder)) {
      if (mainFolders.has(folder)) return folder;
    }
    // Carrier and template records are one server's carriers wherever they sit, and a file some conf file includes
    // by name is part of that server: with no main file above them they join the only system there is.
    const kind = this.docs.get(uri)?.kind.kind;
    const joins = kind === "carrier" || kind === "template" || includedNames.has(baseName(uri).toLowerCase());
    if (joins && mainFolders.size === 1) return mainFolders.values().next().value as string;
    // Any other file under a folder named on the command line (or an editor workspace folder) belongs to that
    // folder's system: another folder's sip.conf does not adopt it.
    let best = "";
    for (const root of this.systemRoots) {
      if (uri.startsWith(root + "/") && root.length > best.length) best = root;
    }
    if (best) return best;
    if (mainFolders.size === 1) return mainFolders.values().next().value as string;
    return "";
  }

  document(uri: string): AnalyzedDocument | undefined {
    return this.docs.get(uri);
  }

  /**
   * A value derived from the documents (an index over every unit, say), computed once and kept until a document
   * changes. `key` identifies the computation: use one constant object per kind of value.
   */
  memo<T>(key: object, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /**
   * Whether a quick fix may add a line after the one at `offset`: anywhere in a conf file or a `[[field]]` block, but
   * not in a one-line record field (`account_entry: [trunk]`), where the new line would fall out of the field.
   */
  canAddLineAfter(uri: string, offset: number): boolean {
    const record = this.docs.get(uri)?.record;
    if (!record) return true;
    for (const field of record.fields.values()) {
      if (offset >= field.valueSpan.start && offset <= field.valueSpan.end) return field.block;
    }
    return false;
  }

  /** Where an offset is, for a message or hover shown in `fromUri`: "line 12", or "peers.conf line 12" in another file. */
  lineReference(uri: string, offset: number, fromUri: string): string {
    const line = this.lineNumber(uri, offset);
    return uri === fromUri ? `line ${line}` : `${baseName(uri)} line ${line}`;
  }

  /** 1-based line of an offset in a document, for messages and hovers (0 for an unknown document). */
  lineNumber(uri: string, offset: number): number {
    const doc = this.docs.get(uri);
    if (!doc) return 0;
    let index = lineIndexes.get(doc);
    if (!index) lineIndexes.set(doc, (index = new LineIndex(doc.text)));
    return index.positionAt(offset).line + 1;
  }

  documents(): AnalyzedDocument[] {
    return [...this.docs.values()];
  }

  /** Resolves an `#include` argument seen in `fromUri`: a workspace document, VICIdial's generated file, or nothing. */
  resolveInclude(fromUri: string, argument: string): string | "generated" | undefined {
    const arg = argument.trim();
    if (arg.length === 0) return undefined;
    // Only files of the including file's own system count: another server's sip.conf is not this one's.
    const system = this.systemOf(fromUri);
    const sameSystem = (uri: string) => this.isSystemView || this.systemOf(uri) === system;
    const candidates = arg.startsWith("/") ? [] : [normalisePath(dirName(fromUri) + "/" + arg)];
    for (const candidate of candidates) if (this.docs.has(candidate) && sameSystem(candidate)) return candidate;
    // Only documents with the same file name can end with the argument's path.
    const wanted = baseName(arg).toLowerCase();
    const sameName = this.urisNamed(wanted).filter(sameSystem);
    const tail = "/" + arg.toLowerCase().replace(/^\/+/, "");
    const byPath = sameName.find((uri) => uri.toLowerCase().endsWith(tail));
    if (byPath) return byPath;
    if (sameName.length > 0) return sameName[0];
    if (/-vicidial\.conf$/i.test(wanted)) return "generated";
    return undefined;
  }

  /**
   * Every document an `#include` argument loads: the one file `resolveInclude` finds, or for a pattern
   * (`dialplan/*.conf`, `{a,b}.conf`) the workspace documents it matches, in name order as glob(3) returns them.
   */
  resolveIncludeTargets(fromUri: string, argument: string): (string | "generated")[] {
    const arg = argument.trim();
    if (!isGlobPattern(arg)) {
      const target = this.resolveInclude(fromUri, arg);
      return target === undefined ? [] : [target];
    }
    const found = new Set<string>();
    for (const pattern of expandBraces(arg)) {
      const direct = pattern.startsWith("/") ? pattern : normalisePath(dirName(fromUri) + "/" + pattern);
      let matched = [...this.docs.keys()].filter((uri) => uri !== fromUri && pathMatches(direct, uri));
      if (matched.length === 0) {
        // As for plain names: the workspace may hold the files under another root, so match the pattern's own segments.
        const tail = pattern.replace(/^\/+/, "");
        const depth = tail.split("/").length;
        matched = [...this.docs.keys()].filter((uri) => uri !== fromUri && pathMatches(tail, uri.split("/").slice(-depth).join("/")));
      }
      for (const uri of matched.sort()) found.add(uri);
    }
    return [...found];
  }

  private urisNamed(lowerName: string): string[] {
    if (!this.uriByName) {
      this.uriByName = new Map();
      for (const uri of this.docs.keys()) {
        addTo(this.uriByName, baseName(uri).toLowerCase(), uri);
      }
    }
    return this.uriByName.get(lowerName) ?? [];
  }

  /** True when some conf document `#include`s this one. */
  isIncluded(uri: string): boolean {
    return this.includedUris().has(uri);
  }

  /** Conf documents that some other conf document includes. */
  private includedUris(): Set<string> {
    return (this.derived.included ??= this.findIncludedUris());
  }

  private findIncludedUris(): Set<string> {
    const included = new Set<string>();
    for (const doc of this.docs.values()) {
      for (const argument of includeArguments(doc)) {
        for (const target of this.resolveIncludeTargets(doc.uri, argument)) {
          if (target !== "generated" && target !== doc.uri) included.add(target);
        }
      }
    }
    return included;
  }

  /** Every load unit: one per root conf file, plus VICIdial's generated files built from the carrier records. */
  units(): ConfUnit[] {
    const included = this.includedUris();
    const result: ConfUnit[] = [];
    for (const doc of this.docs.values()) {
      if (doc.conf && doc.kind.kind === "conf" && !included.has(doc.uri)) result.push(this.confUnit(doc));
    }
    for (const uri of [...this.confUnitCache.keys()]) {
      if (!this.docs.has(uri) || included.has(uri)) this.confUnitCache.delete(uri);
    }
    result.push(...this.recordUnitsCached());
    return result;
  }

  unitsContaining(uri: string): ConfUnit[] {
    return this.units().filter((u) => u.uris.has(uri) || u.root === uri);
  }

  private confUnit(doc: AnalyzedDocument): ConfUnit {
    const cached = this.confUnitCache.get(doc.uri);
    if (cached && [...cached.revisions].every(([uri, rev]) => this.docs.get(uri)?.revision === rev)) return cached.unit;
    const dialect = doc.kind.kind === "conf" ? doc.kind.dialect : "generic";
    const builder = new UnitBuilder(doc.uri, dialect, doc.uri, MAIN_FILE.test(baseName(doc.uri)));
    const visited = new Set<string>();
    this.loadConf(builder, doc, visited);
    const revisions = new Map<string, number>();
    for (const uri of visited) revisions.set(uri, this.docs.get(uri)?.revision ?? -1);
    this.confUnitCache.set(doc.uri, { unit: builder.unit, revisions });
    return builder.unit;
  }

  private loadConf(builder: UnitBuilder, doc: AnalyzedDocument, visited: Set<string>): void {
    visited.add(doc.uri);
    builder.unit.uris.add(doc.uri);
    for (const line of doc.conf?.lines ?? []) {
      if (line.kind === "section") builder.openSection(line.name, doc.uri, line);
      else if (line.kind === "option") builder.addOption(line, doc.uri);
      else if (line.kind === "directive") {
        const isInclude = line.name === "include" || line.name === "tryinclude";
        const targets = isInclude ? this.resolveIncludeTargets(doc.uri, line.argument) : [];
        builder.addDirective(line, doc.uri, targets[0]);
        for (const target of targets) {
          const child = target !== "generated" ? this.docs.get(target) : undefined;
          if (child?.conf && !visited.has(child.uri)) this.loadConf(builder, child, visited);
        }
      }
    }
  }

  /** Every carrier record, ordered by carrier_id (the order VICIdial writes them in); shared, do not change it. */
  carriers(): readonly CarrierRecord[] {
    return (this.derived.carriers ??= this.findCarriers());
  }

  private findCarriers(): CarrierRecord[] {
    const result: CarrierRecord[] = [];
    for (const doc of this.docs.values()) {
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

  /** Conf templates by template_id (the first document wins); shared, do not change it. */
  templates(): Map<string, TemplateRecord> {
    return (this.derived.templates ??= this.findTemplates());
  }

  private findTemplates(): Map<string, TemplateRecord> {
    const result = new Map<string, TemplateRecord>();
    for (const doc of this.docs.values()) {
      if (doc.kind.kind !== "template" || !doc.record) continue;
      const id = doc.record.fields.get("template_id")?.value.trim() ?? "";
      if (!result.has(id)) result.set(id, { uri: doc.uri, doc, id });
    }
    return result;
  }

  private recordUnitsCached(): ConfUnit[] {
    const key = this.documents()
      .filter((d) => d.record)
      .map((d) => d.uri + "@" + d.revision)
      .sort()
      .join("|");
    if (this.recordUnits?.key === key) return this.recordUnits.units;
    const units = key.length === 0 ? [] : this.buildRecordUnits();
    this.recordUnits = { key, units };
    return units;
  }

  /** Rebuilds sip-, iax-, pjsip-, pjsip_wizard- and extensions-vicidial.conf the way ADMIN_keepalive_ALL.pl writes them. */
  private buildRecordUnits(): ConfUnit[] {
    const carriers = this.carriers();
    const templates = this.templates();
    const units: ConfUnit[] = [];
    for (const [dialect, protocol] of Object.entries(PROTOCOL_BY_DIALECT) as [Dialect, string][]) {
      const group = carriers.filter((c) => c.protocol.toUpperCase() === protocol);
      if (group.length === 0) continue;
      const builder = new UnitBuilder(`vicidial:${dialect}`, dialect, `vicidial:${dialect}`, false);
      if (dialect === "sip" || dialect === "iax") {
        builder.openSection("general", group[0].uri);
        for (const carrier of group) this.placeField(builder, carrier.doc, "registration_string", carrier.id);
      }
      for (const carrier of group) {
        this.placeField(builder, carrier.doc, "account_entry", carrier.id);
        const template = carrier.templateId ? templates.get(carrier.templateId) : undefined;
        if (template) this.placeField(builder, template.doc, "template_contents", carrier.id);
      }
      units.push(builder.unit);
    }
    units.push(...this.unusedTemplateUnits(carriers, templates));
    const written = carriers.filter((c) => c.dialect);
    if (written.length > 0) units.push(this.buildExtensionsUnit(written));
    return units;
  }

  private buildExtensionsUnit(carriers: CarrierRecord[]): ConfUnit {
    const builder = new UnitBuilder("vicidial:extensions", "extensions", "vicidial:extensions", false);
    builder.openSection("globals", carriers[0].uri);
    for (const carrier of carriers) this.placeField(builder, carrier.doc, "globals_string", carrier.id);
    builder.openSection("vicidial-auto-external", carriers[0].uri);
    for (const carrier of dialplanOrder(carriers)) this.placeField(builder, carrier.doc, "dialplan_entry", carrier.id);
    return builder.unit;
  }

  /** Templates no carrier uses still get checked on their own, in a unit of their own. */
  private unusedTemplateUnits(carriers: readonly CarrierRecord[], templates: Map<string, TemplateRecord>): ConfUnit[] {
    const used = new Set(carriers.map((c) => c.templateId));
    const units: ConfUnit[] = [];
    for (const template of templates.values()) {
      if (used.has(template.id)) continue;
      const builder = new UnitBuilder(`vicidial-template:${template.uri}`, "generic", template.uri, false);
      builder.openSection(template.id || "template", template.uri);
      this.placeField(builder, template.doc, "template_contents");
      units.push(builder.unit);
    }
    return units;
  }

  private placeField(builder: UnitBuilder, doc: AnalyzedDocument, field: SourceField, carrierId?: string): void {
    const tree = doc.fieldTrees.get(field);
    if (!tree) return;
    builder.unit.uris.add(doc.uri);
    for (const line of tree.lines) {
      if (line.kind === "section") builder.openSection(line.name, doc.uri, line, carrierId, field);
      else if (line.kind === "option") builder.addOption(line, doc.uri, field, carrierId);
      else if (line.kind === "directive") builder.addDirective(line, doc.uri, undefined);
    }
  }
}
