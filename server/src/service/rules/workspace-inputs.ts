// What a workspace rule's declared inputs (`Rule.workspaceReads`) are, as objects: while each is the same object as
// at the rule's last run, its findings are reused (rules/run.ts). Units are rebuilt and documents replaced on every
// change, the skipped-input notes are replaced too, and a verdict is one of two constant objects.
import type { ConfUnit } from "../model/units";
import type { Workspace } from "../model/workspace";
import { skippedInput } from "../model/skipped-input";
import { isVicidialSystem } from "../model/vicidial-system";
import type { WorkspaceInput } from "./types";

/** Stands for a document a note names that the system does not hold. */
const MISSING = {};
const VICIDIAL = {};
const NOT_VICIDIAL = {};

/** The objects behind the inputs a rule reads, in a stable order. */
export function inputObjects(reads: readonly WorkspaceInput[], workspace: Workspace, units: readonly ConfUnit[]): object[] {
  const inputs: object[] = units.filter((unit) => reads.includes(unit.dialect));
  if (reads.includes("records")) for (const doc of workspace.documents()) if (doc.record) inputs.push(doc);
  if (reads.includes("skipped")) pushSkipped(inputs, workspace);
  if (reads.includes("vicidial-system")) inputs.push(isVicidialSystem(workspace) ? VICIDIAL : NOT_VICIDIAL);
  return inputs;
}

/** The skipped-input notes, and each document they name as this system holds it. */
function pushSkipped(inputs: object[], workspace: Workspace): void {
  const notes = skippedInput(workspace);
  inputs.push(notes);
  for (const note of notes.oversize.values()) inputs.push(workspace.document(note.uri) ?? MISSING);
  for (const note of notes.includes.values()) inputs.push(workspace.document(note.from) ?? MISSING);
}
