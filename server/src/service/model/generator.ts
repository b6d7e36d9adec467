// Recognises a file some program writes (FreePBX, IssabelPBX, VICIdial ...) from its opening comment, or from its
// name when the generator always uses one.
import { GENERATORS, type GeneratorId } from "../knowledge/generators";
import { baseName } from "./file-kind";

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

