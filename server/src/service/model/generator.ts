// Recognises a file some program writes (FreePBX, IssabelPBX, VICIdial ...) from its opening comment, or from its
// name when the generator always uses one.
import { GENERATORS, type GeneratorId } from "../knowledge/generators";
import { baseName } from "./file-kind";
import type { Workspace } from "./workspace";

/** How many lines of the opening comment block are read. */
const HEADER_LINES = 12;

/** The comment lines the file opens with (blank lines skipped), up to HEADER_LINES of them. */
function openingComment(text: string): string[] {
  const lines: string[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length && lines.length < HEADER_LINES) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 400)).trim();
    start = end + 1;
    if (line.length === 0) continue;
    if (!line.startsWith(";")) break;
    lines.push(line);
  }
  return lines;
}

/** The program that generated a conf file, or undefined for a file people write by hand. */
export function detectGenerator(uri: string, text: string): GeneratorId | undefined {
  const header = openingComment(text);
  for (const generator of GENERATORS) {
    if (generator.header && header.some((line) => generator.header!.test(line))) return generator.id;
  }
  const name = baseName(uri);
  for (const generator of GENERATORS) {
    if (generator.fileName?.test(name)) return generator.id;
  }
  return undefined;
}

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
    for (const doc of workspace.documents()) {
      if (doc.generator === "vicidial") return true;
      for (const line of doc.conf?.lines ?? []) {
        if (line.kind === "directive" && /-vicidial\.conf\W*$/i.test(line.argument.trim())) return true;
        if (line.kind === "section" && VICIDIAL_CONTEXT.test(line.name)) return true;
      }
    }
    return false;
  });
}
