// Finds what sits under an offset: the conf line, the record field, the placed option and section, the word.
import type { ConfLine } from "../parse/conf-syntax";
import { confLineAt } from "../parse/conf-parser";
import { DEFAULT_SETTINGS, type AsteriskVersion } from "../settings";
import type { RecordField } from "../parse/carrier-file";
import type { AnalyzedDocument, Workspace } from "../model/workspace";
import type { ConfUnit, PlacedOption, PlacedSection } from "../model/units";
import type { Span } from "../text/span";

export interface Location {
  workspace: Workspace;
  doc: AnalyzedDocument;
  offset: number;
  /** The conf line under the cursor (in a conf file or inside a conf-like record field). */
  line?: ConfLine;
  /** The record field under the cursor, for carrier and template files. */
  field?: RecordField;
  /** True when the cursor is on the field's name rather than its text. */
  onFieldName?: boolean;
  /** The unit, section and option the line was placed in, when it was placed. */
  unit?: ConfUnit;
  section?: PlacedSection;
  option?: PlacedOption;
  word?: { text: string; span: Span };
  /** The Asterisk version the configs target (settings.asteriskVersion): which applications and letters exist. */
  asteriskVersion: AsteriskVersion;
}

const WORD_CHAR = /[A-Za-z0-9_\-./]/;

export function wordAt(text: string, offset: number, pattern: RegExp = WORD_CHAR): { text: string; span: Span } | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && pattern.test(text[start - 1])) start--;
  while (end < text.length && pattern.test(text[end])) end++;
  if (start === end) return undefined;
  return { text: text.slice(start, end), span: { start, end } };
}

export function locate(workspace: Workspace, doc: AnalyzedDocument, offset: number, asteriskVersion: AsteriskVersion = DEFAULT_SETTINGS.asteriskVersion): Location {
  const location: Location = { workspace, doc, offset, word: wordAt(doc.text, offset), asteriskVersion };
  if (doc.conf) location.line = confLineAt(doc.conf.lines, offset);
  if (doc.record) {
    for (const field of doc.record.fields.values()) {
      if (offset >= field.nameSpan.start && offset <= field.nameSpan.end) {
        location.field = field;
        location.onFieldName = true;
      } else if (offset >= field.valueSpan.start && offset <= field.valueSpan.end) {
        location.field = field;
        const tree = doc.fieldTrees.get(field.name);
        if (tree) location.line = confLineAt(tree.lines, offset);
      }
    }
  }
  if (location.line?.kind === "option") placeOption(location, location.line);
  return location;
}

function placeOption(location: Location, node: ConfLine): void {
  for (const unit of location.workspace.unitsContaining(location.doc.uri)) {
    for (const section of unit.sections) {
      const option = section.options.find((o) => o.node === node);
      if (option) {
        location.unit = unit;
        location.section = section;
        location.option = option;
        return;
      }
    }
  }
}
