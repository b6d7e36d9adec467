// Completion of object ids after PJSIP options that name other objects (aors=, auth=, outbound_auth=, transport=,
// endpoint= ...): the non-template sections of the wanted type that Asterisk loads together with the cursor's section
// (its load group), plus the objects pjsip_wizard.conf creates. After a comma too, for the list options.
import { findOption, type OptionDriver } from "../../knowledge/options/index";
import { LIST_REFERENCE_KEYS } from "../../knowledge/options/types";
import { objectOf } from "../../model/objects";
import { objectsOfType } from "../pjsip-objects";
import type { Location } from "../locate";
import type { CompletionEntry } from "./types";
import { sectionAtCursor } from "./option-completion";

export function referenceCompletion(location: Location): CompletionEntry[] {
  const line = location.line;
  if (line?.kind !== "option") return [];
  const offset = location.offset;
  if (offset < line.operatorSpan.end) return [];
  const end = line.comment ? Math.min(line.line.end, line.comment.start) : line.line.end;
  if (offset > end) return [];
  const placed = sectionAtCursor(location);
  if (!placed) return [];
  const info = objectOf(placed.unit, placed.section);
  const driver: OptionDriver | undefined = info?.driver;
  if (!info || (driver !== "pjsip" && driver !== "pjsip_wizard")) return [];
  const key = line.key.trim();
  const option = findOption(info.driver, info.object, key).option;
  if (option?.type.kind !== "reference") return [];
  const text = location.doc.text;
  let start = offset;
  while (start > line.operatorSpan.end && text[start - 1] !== ",") start--;
  const afterComma = start > line.operatorSpan.end;
  const bare = key.toLowerCase().slice(key.lastIndexOf("/") + 1);
  if (afterComma && !LIST_REFERENCE_KEYS.has(bare)) return [];
  while (start < offset && /[ \t]/.test(text[start])) start++;
  let stop = offset;
  while (stop < end && text[stop] !== "," && !/[ \t]/.test(text[stop])) stop++;
  const replace = { start, end: stop };
  const listed = new Set(text.slice(line.operatorSpan.end, end).split(",").map((v) => v.trim()));
  listed.delete(text.slice(start, stop).trim());
  const to = option.type.to;
  return objectsOfType(location.workspace, placed.unit, to)
    .filter((c) => !listed.has(c.name))
    .map((c) => ({ label: c.name, kind: "value" as const, detail: `PJSIP ${to} · ${c.where}`, replace }));
}
