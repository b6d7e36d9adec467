// The workspace model: every known document parsed once per change, the systems (one server's files each) they
// form, and the load units built from them (conf files with their #includes followed, and VICIdial's generated
// files rebuilt from carrier records). Documents: analyzed-document.ts; systems: system-keys.ts; generated files:
// record-units.ts.
import { addTo } from "../util/multimap";
import { isGlobPattern } from "../util/glob";
import { baseName, fileKindOf, type FileAssociations } from "./file-kind";
import type { ConfUnit } from "./units";
import { findIncludedUris, isCurrent, loadConfUnit, type LoadedUnit } from "./conf-loading";
import { analyzeDocument, canAddLineAfterIn, findCarriers, findTemplates, lineNumberIn, sameKind, type AnalyzedDocument, type CarrierRecord, type TemplateRecord } from "./analyzed-document";
import { dirName, globTargets, normalisePath, pickByName } from "./include-paths";
import { systemClues, systemKeyFor, systemKeys } from "./system-keys";
import { buildRecordUnits, recordsKey } from "./record-units";

export { analyzeDocument, type AnalyzedDocument, type CarrierRecord, type TemplateRecord } from "./analyzed-document";
export { dialplanOrder } from "./record-units";

export class Workspace {
  private readonly docs = new Map<string, AnalyzedDocument>();
  private revisionCounter = 0;
  private confUnitCache = new Map<string, LoadedUnit>();
  private recordUnits: { key: string; units: ConfUnit[] } | undefined;
  /** Worked out once per change of the documents: carriers(), templates() and the included documents. */
  private derived: { carriers?: CarrierRecord[]; templates?: Map<string, TemplateRecord>; included?: Set<string>; units?: readonly ConfUnit[] } = {};
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
  /** The workspace a system view was made from. */
  private madeFrom: Workspace | undefined;

  constructor(private associations: FileAssociations = {}) {}

  setAssociations(associations: FileAssociations): void {
    this.associations = associations;
    for (const doc of [...this.docs.values()]) this.setDocument(doc.uri, doc.text);
  }

  /** Sets a document's text; the same text (read as the same kind of file) changes nothing and keeps every cache. */
  setDocument(uri: string, text: string, languageId?: string): AnalyzedDocument {
    const current = this.docs.get(uri);
    if (current && current.text === text && sameKind(current.kind, fileKindOf(uri, this.associations, languageId))) return current;
    const doc = analyzeDocument(uri, text, this.associations, languageId, ++this.revisionCounter, current);
    if (!this.docs.has(uri)) {
      this.uriByName = undefined;
      // A new document may be the file a unit's `#include` could not find until now.
      this.confUnitCache.clear();
    }
    this.docs.set(uri, doc);
    this.dropDerived(true);
    return doc;
  }

  removeDocument(uri: string): void {
    this.docs.delete(uri);
    // As with a new document: how a unit reads an `#include` (found, a folder we see, nothing) may change with it.
    this.confUnitCache.clear();
    this.uriByName = undefined;
    this.dropDerived(true);
  }

  /** Forgets what was worked out from the documents; `systems` too when documents or roots changed the systems. */
  private dropDerived(systems: boolean): void {
    this.derived = {};
    this.memos.clear();
    if (!systems) return;
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
    this.dropDerived(true);
  }

  /** The workspace a system view was made from; the workspace itself when it is no view. */
  get origin(): Workspace {
    return this.madeFrom ?? this;
  }

  /** The system a document belongs to (a folder uri, or "" for the unnamed one). */
  systemOf(uri: string): string {
    if (this.isSystemView) return "";
    return this.systemKeyMap().get(uri) ?? systemKeyFor(uri, this.docs.get(uri), systemClues(this.docs, this.systemRoots));
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
        view.madeFrom = this;
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
      this.dropDerived(false);
    }
  }

  private systemKeyMap(): Map<string, string> {
    return (this.systemKeys ??= systemKeys(this.docs, this.systemRoots));
  }

  document(uri: string): AnalyzedDocument | undefined {
    return this.docs.get(uri);
  }

  /**
   * A value derived from the documents (an index over every unit, say), computed once and kept until a document
   * changes. `key` identifies the computation: use one constant object per kind of value.
   */
  memo<T>(key: object, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Whether a quick fix may add a line after the one at `offset` (see `canAddLineAfterIn`). */
  canAddLineAfter(uri: string, offset: number): boolean {
    const doc = this.docs.get(uri);
    return !doc || canAddLineAfterIn(doc, offset);
  }

  /** Where an offset is, for a message or hover shown in `fromUri`: "line 12", or "peers.conf line 12" in another file. */
  lineReference(uri: string, offset: number, fromUri: string): string {
    const line = this.lineNumber(uri, offset);
    return uri === fromUri ? `line ${line}` : `${baseName(uri)} line ${line}`;
  }

  /** 1-based line of an offset in a document, for messages and hovers (0 for an unknown document). */
  lineNumber(uri: string, offset: number): number {
    const doc = this.docs.get(uri);
    return doc ? lineNumberIn(doc, offset) : 0;
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
    return pickByName(arg, this.urisNamed(baseName(arg).toLowerCase()).filter(sameSystem));
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
    return globTargets(fromUri, arg, [...this.docs.keys()]);
  }

  private urisNamed(lowerName: string): string[] {
    if (!this.uriByName) {
      this.uriByName = new Map();
      for (const uri of this.docs.keys()) addTo(this.uriByName, baseName(uri).toLowerCase(), uri);
    }
    return this.uriByName.get(lowerName) ?? [];
  }

  /** True when some conf document `#include`s this one. */
  isIncluded(uri: string): boolean {
    return this.includedUris().has(uri);
  }

  /** Conf documents that some other conf document includes. */
  private includedUris(): Set<string> {
    return (this.derived.included ??= findIncludedUris(this.docs.values(), this));
  }

  /** Every load unit (one per root conf file, VICIdial's generated ones), once per change of the documents; shared. */
  units(): readonly ConfUnit[] {
    return (this.derived.units ??= this.findUnits());
  }

  private findUnits(): ConfUnit[] {
    const included = this.includedUris();
    const result: ConfUnit[] = [];
    for (const doc of this.docs.values()) {
      if (doc.conf && doc.kind.kind === "conf" && !included.has(doc.uri)) result.push(this.confUnit(doc));
    }
    for (const uri of [...this.confUnitCache.keys()]) if (!this.docs.has(uri) || included.has(uri)) this.confUnitCache.delete(uri);
    result.push(...this.recordUnitsCached());
    return result;
  }

  unitsContaining(uri: string): ConfUnit[] {
    return this.units().filter((u) => u.uris.has(uri) || u.root === uri);
  }

  private confUnit(doc: AnalyzedDocument): ConfUnit {
    const cached = this.confUnitCache.get(doc.uri);
    if (cached && isCurrent(cached, this)) return cached.unit;
    const loaded = loadConfUnit(doc, this, cached?.unit);
    this.confUnitCache.set(doc.uri, loaded);
    return loaded.unit;
  }

  /** Every carrier record, ordered by carrier_id (the order VICIdial writes them in); shared, do not change it. */
  carriers(): readonly CarrierRecord[] {
    return (this.derived.carriers ??= findCarriers(this.docs.values()));
  }

  /** Conf templates by template_id (the first document wins); shared, do not change it. */
  templates(): Map<string, TemplateRecord> {
    return (this.derived.templates ??= findTemplates(this.docs.values()));
  }

  private recordUnitsCached(): ConfUnit[] {
    const key = recordsKey(this.docs.values());
    if (this.recordUnits?.key === key) return this.recordUnits.units;
    const units = key.length === 0 ? [] : buildRecordUnits(this.carriers(), this.templates(), this.recordUnits?.units);
    this.recordUnits = { key, units };
    return units;
  }
}
