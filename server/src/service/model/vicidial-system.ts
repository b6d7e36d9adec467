// Whether one system (one server's files) is a VICIdial server, so messages may speak of VICIdial's conventions.
import type { Workspace } from "./workspace";
import { documentFact, type AnalyzedDocument } from "./analyzed-document";
import { outlineOf } from "../parse/conf-outline";

const VICIDIAL_SYSTEM = {};

/** Contexts only VICIdial's stock extensions.conf and generated files define. */
const VICIDIAL_CONTEXT = /^(trunkinbound|vicidial-auto(-[a-z-]+)?)$/i;

/**
 * True when the workspace (one system) is a VICIdial server: it holds carrier or template records, a file VICIdial
 * generated, an `#include` of a `*-vicidial.conf` file, or a context only VICIdial defines ([trunkinbound],
 * [vicidial-auto...]). Messages speak of VICIdial's conventions only there.
 */
export function isVicidialSystem(workspace: Workspace): boolean {
  return workspace.memo(VICIDIAL_SYSTEM, () => {
    if (workspace.carriers().length > 0 || workspace.templates().size > 0) return true;
    return workspace.documents().some(showsVicidial);
  });
}

const SHOWS_VICIDIAL = {};

/**
 * Whether a section name starts as VICIDIAL_CONTEXT's names do (`t`, `v`, either case): a file of thousands of
 * sections is looked at again on each of its edits, and a character test passes over almost all of them.
 */
function mayBeVicidialContext(name: string): boolean {
  const first = name.charCodeAt(0) | 0x20;
  return first === 0x74 /* t */ || first === 0x76 /* v */;
}

/** A file VICIdial generated, an `#include` of a `*-vicidial.conf`, or a context only VICIdial defines (a document fact). */
function showsVicidial(doc: AnalyzedDocument): boolean {
  return documentFact(doc, SHOWS_VICIDIAL, () => {
    if (doc.generator === "vicidial") return true;
    const tree = doc.conf;
    if (!tree) return false;
    const outline = outlineOf(tree);
    for (const i of outline.directives) {
      const line = tree.lines[i];
      if (line.kind === "directive" && /-vicidial\.conf\W*$/i.test(line.argument.trim())) return true;
    }
    for (const i of outline.sections) {
      const line = tree.lines[i];
      if (line.kind === "section" && mayBeVicidialContext(line.name) && VICIDIAL_CONTEXT.test(line.name)) return true;
    }
    return false;
  });
}
