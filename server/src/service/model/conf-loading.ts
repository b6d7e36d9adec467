// A conf file loaded as Asterisk reads it: its lines in order, each `#include` / `#tryinclude` target loaded in
// place (a document already loaded into the unit is not loaded twice), and which documents some other one includes.
import { UnitBuilder, type ConfUnit } from "./units";
import { includeArguments, type AnalyzedDocument } from "./analyzed-document";
import { isMainFile } from "./include-paths";
import { outlineOf } from "../parse/conf-outline";
import type { ConfTree } from "../parse/conf-syntax";

/** What loading needs from the workspace: its documents and where an `#include` argument leads. */
export interface IncludeResolver {
  document(uri: string): AnalyzedDocument | undefined;
  resolveIncludeTargets(fromUri: string, argument: string): (string | "generated")[];
}

/** A unit loaded from a root conf file, with the revision of every document it read (to know when it is stale). */
export interface LoadedUnit {
  unit: ConfUnit;
  revisions: Map<string, number>;
}

/** Loads the unit whose root is `doc`, following its includes; sections as in `previous` (its last build) are kept. */
export function loadConfUnit(doc: AnalyzedDocument, resolver: IncludeResolver, previous?: ConfUnit): LoadedUnit {
  const dialect = doc.kind.kind === "conf" ? doc.kind.dialect : "generic";
  const builder = new UnitBuilder(doc.uri, dialect, doc.uri, isMainFile(doc.uri), previous);
  const visited = new Set<string>();
  loadConf(builder, doc, visited, resolver);
  const unit = builder.finish();
  const revisions = new Map<string, number>();
  for (const uri of visited) revisions.set(uri, resolver.document(uri)?.revision ?? -1);
  return { unit, revisions };
}

/** True while every document the unit read still has the revision it was read at. */
export function isCurrent(loaded: LoadedUnit, resolver: IncludeResolver): boolean {
  return [...loaded.revisions].every(([uri, rev]) => resolver.document(uri)?.revision === rev);
}

function loadConf(builder: UnitBuilder, doc: AnalyzedDocument, visited: Set<string>, resolver: IncludeResolver): void {
  visited.add(doc.uri);
  builder.unit.uris.add(doc.uri);
  const tree = doc.conf;
  if (!tree) return;
  const shape = shapeOf(tree);
  const first = builder.unit.sections.length;
  // An unchanged document that opens its own sections and includes nothing: its sections but the last come back as
  // they were, and only the last one's lines are added again (lines after its #include may still add to it).
  const putBack = shape.standsAlone ? builder.putBackDocument(doc.uri, tree) : 0;
  const lines = tree.lines;
  const movedFrom = builder.movedFrom(doc.uri, tree);
  // A re-parsed document: the sections whose lines the re-parse kept come back whole, without walking their lines.
  const kept = (putBack === 0 ? builder.keptSections(doc.uri, tree) : undefined) ?? [];
  // In the order of their lines: the next one is compared by index (no look-up per line of a document of thousands).
  let nextKept = 0;
  for (let i = putBack > 0 ? shape.lastHeader : 0; i < lines.length; i++) {
    const line = lines[i];
    builder.moving = i >= movedFrom;
    while (nextKept < kept.length && kept[nextKept].first < i) nextKept++;
    const whole = kept[nextKept]?.first === i ? kept[nextKept] : undefined;
    if (whole) {
      builder.putBackSection(whole);
      i = whole.last;
    } else if (line.kind === "section") builder.openSection(line.name, doc.uri, line);
    else if (line.kind === "option") builder.addOption(line, doc.uri);
    else if (line.kind === "directive") {
      const isInclude = line.name === "include" || line.name === "tryinclude";
      const targets = isInclude ? resolver.resolveIncludeTargets(doc.uri, line.argument) : [];
      builder.addDirective(line, doc.uri, targets[0]);
      for (const target of targets) {
        const child = target !== "generated" ? resolver.document(target) : undefined;
        if (child?.conf && !visited.has(child.uri)) loadConf(builder, child, visited, resolver);
      }
    }
  }
  if (shape.standsAlone) builder.noteDocument(doc.uri, tree, first);
}

/** What loading needs to know of a parsed document to put its sections back (see `loadConf`). */
interface DocumentShape {
  /** Its first line with content is a section header, and it has no directive (it includes nothing). */
  standsAlone: boolean;
  /** The index of its last section header line. */
  lastHeader: number;
}

/** The shape of a parsed document, from its outline (carried across re-parses: parse/conf-outline.ts). */
function shapeOf(tree: ConfTree): DocumentShape {
  const outline = outlineOf(tree);
  const first = outline.firstContent >= 0 ? tree.lines[outline.firstContent] : undefined;
  return { standsAlone: first?.kind === "section" && outline.directives.length === 0, lastHeader: outline.sections[outline.sections.length - 1] ?? -1 };
}

/** The documents that some other conf document includes. */
export function findIncludedUris(docs: Iterable<AnalyzedDocument>, resolver: IncludeResolver): Set<string> {
  const included = new Set<string>();
  for (const doc of docs) {
    for (const argument of includeArguments(doc)) {
      for (const target of resolver.resolveIncludeTargets(doc.uri, argument)) {
        if (target !== "generated" && target !== doc.uri) included.add(target);
      }
    }
  }
  return included;
}
