// Files that change on disk while the editor runs: conf and record files edited elsewhere (a `git pull`, another
// tool) are reloaded, deleted ones dropped, and a changed `.vicidial-lint.json` (or package.json "vicidialLint")
// re-applies the project settings. Workspace folders added or removed are scanned or dropped. Documents open in the
// editor are left alone: the editor's text wins while they are open.
import * as path from "node:path";
import { DidChangeWatchedFilesNotification, FileChangeType, type FileEvent } from "vscode-languageserver/node";
import { CONFIG_FILE } from "../host/config";
import { loadFile } from "../host/files";
import type { ServerContext } from "./context";
import { folderOf, pathToUri, uriToPath } from "./paths";
import { loadIncludes, scanWorkspace } from "./workspace-scan";

export const WATCHED_GLOBS = ["**/*.{conf,carrier,conftemplate}", `**/${CONFIG_FILE}`, "**/package.json"];

export interface WatchHooks {
  /** Settings files changed: pull the settings again (the editor's over the project's). */
  settingsChanged(): Promise<void>;
  /** Documents changed: analyse again. */
  reanalyse(): void;
}

/** Asks the client to report changes of the files above (for clients that allow servers to register watchers). */
export function registerWatchers(ctx: ServerContext, canRegister: boolean): void {
  if (!canRegister) return;
  const watchers = WATCHED_GLOBS.map((globPattern) => ({ globPattern }));
  void ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
}

export function handleFileChanges(ctx: ServerContext, hooks: WatchHooks): void {
  ctx.connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let settings = false;
    let documents = false;
    for (const change of changes) {
      const file = uriToPath(change.uri);
      if (!file) continue;
      if (isSettingsFile(ctx, file)) settings = true;
      else if (ctx.safely("file change", false, () => applyChange(ctx, change, file))) documents = true;
    }
    if (settings) await hooks.settingsChanged();
    if (documents) loadIncludes(ctx);
    if (settings || documents) hooks.reanalyse();
  });
}

/** The project settings file of the first workspace folder, or one in a folder above it (where findProjectConfig looks). */
function isSettingsFile(ctx: ServerContext, file: string): boolean {
  const name = path.basename(file);
  if (name !== CONFIG_FILE && name !== "package.json") return false;
  const folder = ctx.client.workspaceFolders[0];
  if (!folder) return false;
  const relative = path.relative(path.dirname(file), folder);
  return relative === "" || !relative.startsWith("..");
}

/** Reloads or drops one changed file; true when the service's documents changed. */
function applyChange(ctx: ServerContext, change: FileEvent, file: string): boolean {
  const { service } = ctx;
  const uri = pathToUri(file);
  if (ctx.documents.get(uri)) return false; // open: the editor's text wins
  if (change.type === FileChangeType.Deleted) {
    if (!service.hasDocument(uri)) return false;
    service.removeDocument(uri);
    return true;
  }
  // A file outside the folders is read only when the workspace already holds it (an included file).
  if (!folderOf(ctx.client.workspaceFolders, file) && !service.hasDocument(uri)) return false;
  try {
    if (loadFile(service, file, uri) !== undefined) service.removeDocument(uri); // no longer text
  } catch {
    service.removeDocument(uri); // unreadable now: as if deleted
  }
  return true;
}

/** Keeps the systems and documents in step with the workspace folders the editor adds and removes. */
export function handleFolderChanges(ctx: ServerContext, hooks: WatchHooks, canNotify: boolean): void {
  if (!canNotify) return;
  ctx.connection.workspace.onDidChangeWorkspaceFolders(async ({ added, removed }) => {
    const gone = removed.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    const fresh = added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    const client = ctx.client;
    client.workspaceFolders = [...client.workspaceFolders.filter((f) => !gone.includes(f)), ...fresh.filter((f) => !client.workspaceFolders.includes(f))];
    ctx.service.setSystemRoots(client.workspaceFolders.map(pathToUri));
    for (const uri of ctx.service.workspace.documents().map((d) => d.uri)) {
      const file = uriToPath(uri);
      if (file && !ctx.documents.get(uri) && folderOf(gone, file) && !folderOf(client.workspaceFolders, file)) ctx.service.removeDocument(uri);
    }
    if (fresh.length > 0) await scanWorkspace(ctx, fresh);
    hooks.reanalyse();
  });
}
