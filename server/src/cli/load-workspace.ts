// Loads the files a command names (and what they #include) into a language service, the way every subcommand
// reads its PATHs: each folder a system of its own, files that are not text set aside with the reason.
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../service/language-service";
import type { ServiceSettings } from "../service/settings";
import { collectFiles, loadFile, loadIncludedFiles } from "../host/files";
import type { CliResult } from "./result";

export interface LoadedWorkspace {
  service: LanguageService;
  /** Files that are not text, with the reason (skipped, never parsed). */
  notText: { file: string; reason: string }[];
  /** Paths under which no file was found to check. */
  empty: string[];
  /** Files named on the command line whose names say nothing about what they hold (and that nothing includes). */
  unrecognised: string[];
}

/** Builds a service from files on disk (plus the files they #include). Throws the file-system error of a bad path. */
export function loadWorkspace(paths: string[], settings: Partial<ServiceSettings> = {}): LanguageService {
  return loadFiles(paths, settings).service;
}

/**
 * The workspace of the PATHs a subcommand names (`route`, `audit`, `render`), loaded like the lint's; or the exit-2
 * result that names the bad path.
 */
export function loadForCommand(paths: string[], cwd: string, command: string): LanguageService | CliResult {
  try {
    return loadWorkspace(paths.map((p) => path.resolve(cwd, p)));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const where = e.path ? path.relative(cwd, e.path) + ": " : "";
    return { exitCode: 2, stdout: "", stderr: `vicidial-lint ${command}: ${where}${e.code === "ENOENT" ? "no such file or directory" : e.message}\n` };
  }
}

export function loadFiles(paths: string[], settings: Partial<ServiceSettings> = {}): LoadedWorkspace {
  const service = new LanguageService(settings);
  // Each folder named on the command line is a system of its own (one server's configs), as is every folder below
  // them that holds its own sip.conf / extensions.conf ...: nothing is shared between two systems.
  service.setSystemRoots(paths.filter((p) => fs.existsSync(p) && fs.statSync(p).isDirectory()));
  const associations = service.currentSettings.fileAssociations;
  const loaded: LoadedWorkspace = { service, notText: [], empty: [], unrecognised: [] };
  const seen = new Set<string>();
  const named: string[] = [];
  for (const target of paths) {
    const files = collectFiles([target], associations);
    if (files.length === 0) loaded.empty.push(target);
    if (!fs.statSync(target).isDirectory()) named.push(...files);
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const notText = loadFile(service, file);
      if (notText) loaded.notText.push({ file, reason: notText });
    }
  }
  loadIncludedFiles(service, (id) => id, (file) => file);
  for (const file of named) {
    const doc = service.workspace.document(file);
    if (doc && doc.kind.kind === "unknown" && !service.workspace.isIncluded(file)) loaded.unrecognised.push(file);
  }
  return loaded;
}
