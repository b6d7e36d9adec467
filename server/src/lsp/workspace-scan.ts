// Reading the workspace folders at start-up: every conf and record file is loaded into the language service a
// slice at a time (the message loop gets a turn every few ms), with progress shown by clients that support it.
import { WorkDoneProgress } from "vscode-languageserver/node";
import { collectFiles, loadFile, loadIncludedFiles } from "../host/files";
import type { ServerContext } from "./context";
import { pathToUri, uriToPath } from "./paths";

/** The scan gives the message loop a turn after this long, so requests (shutdown too) are answered. */
const SCAN_SLICE_MS = 50;
const PROGRESS_TOKEN = "vicidial-scan";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Loads the files the open and scanned documents include (the server reads them from disk). */
export function loadIncludes(ctx: ServerContext): void {
  ctx.safely("loading includes", undefined, () => loadIncludedFiles(ctx.service, uriToPath, pathToUri));
}

/** Reads the workspace folders (or just `folders`, when some were added). */
export async function scanWorkspace(ctx: ServerContext, folders = ctx.client.workspaceFolders): Promise<void> {
  const { service } = ctx;
  const files = ctx.safely("workspace scan", [] as string[], () => collectFiles(folders, service.currentSettings.fileAssociations));
  if (files.length === 0) return;
  const token = await progressToken(ctx);
  const progress = (value: { kind: "begin"; title: string; percentage: number } | { kind: "report"; percentage: number } | { kind: "end" }) => {
    if (token) void ctx.connection.sendProgress(WorkDoneProgress.type, token, value);
  };
  try {
    progress({ kind: "begin", title: "VICIdial: reading the workspace", percentage: 0 });
    let sliceStart = Date.now();
    for (let i = 0; i < files.length; i++) {
      if (Date.now() - sliceStart > SCAN_SLICE_MS) {
        progress({ kind: "report", percentage: Math.round((100 * i) / files.length) });
        await nextTurn();
        sliceStart = Date.now();
      }
      loadOne(ctx, files[i]);
    }
    await nextTurn();
    loadIncludes(ctx);
  } finally {
    progress({ kind: "end" });
  }
}

/** A file the editor has open or the service already has is kept; one that is not text is left out. */
function loadOne(ctx: ServerContext, file: string): void {
  const uri = pathToUri(file);
  if (ctx.documents.get(uri) || ctx.service.hasDocument(uri)) return;
  try {
    loadFile(ctx.service, file, uri);
  } catch {
    // Unreadable files are left out of the workspace.
  }
}

async function progressToken(ctx: ServerContext): Promise<string | undefined> {
  if (!ctx.client.canReportProgress) return undefined;
  return ctx.connection.sendRequest("window/workDoneProgress/create", { token: PROGRESS_TOKEN }).then(
    () => PROGRESS_TOKEN,
    () => undefined, // the client declined: scan without progress
  );
}
