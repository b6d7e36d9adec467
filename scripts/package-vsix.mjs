#!/usr/bin/env node
// Builds the .vsix from the .vscodeignore allow-list. vsce refuses a folder whose package.json has a "files" list (the
// npm package's allow-list) next to a .vscodeignore, so the extension's files are staged in .cache/vsix-stage/
// (package.json without "files", scripts or devDependencies, plus every file .vscodeignore lets through) and vsce
// runs there, offline.
//   node scripts/package-vsix.mjs [--out FILE.vsix]   package (default: NAME-VERSION.vsix in the project root)
//   node scripts/package-vsix.mjs --list              print the files the .vsix would hold (vsce ls)
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stage = path.join(root, ".cache", "vsix-stage");

/** The files .vscodeignore lets through: its `!path` lines, where `dir/*.ext` matches the files of one folder. */
export function allowedFiles(ignoreText, exists = (p) => fs.existsSync(path.join(root, p)), list = (d) => fs.readdirSync(path.join(root, d))) {
  const lines = ignoreText.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  if (lines[0] !== "**") throw new Error(".vscodeignore must start with '**' (an allow-list)");
  const files = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith("!")) throw new Error(`.vscodeignore: '${line}' is not an allow entry (!path)`);
    const entry = line.slice(1);
    const star = entry.lastIndexOf("*");
    if (star < 0) {
      if (exists(entry)) files.push(entry);
      continue;
    }
    const dir = path.posix.dirname(entry);
    const suffix = path.posix.basename(entry).replace(/^\*/, "");
    if (dir.includes("*") || path.posix.basename(entry).lastIndexOf("*") !== 0) throw new Error(`.vscodeignore: only 'dir/*.ext' patterns are supported, not '${entry}'`);
    if (!exists(dir)) continue;
    for (const name of list(dir).sort()) if (name.endsWith(suffix)) files.push(`${dir}/${name}`);
  }
  return files;
}

function stageFiles() {
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  const ignore = fs.readFileSync(path.join(root, ".vscodeignore"), "utf8");
  for (const file of allowedFiles(ignore)) {
    fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(stage, file));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  delete manifest.files;
  delete manifest.scripts;
  delete manifest.devDependencies;
  fs.writeFileSync(path.join(stage, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  fs.writeFileSync(path.join(stage, ".vscodeignore"), ignore);
  return manifest;
}

function vsce(args) {
  const bin = path.join(root, "node_modules", "@vscode", "vsce", "vsce");
  return spawnSync(process.execPath, [bin, ...args], { cwd: stage, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const manifest = stageFiles();
  let result;
  if (args.includes("--list")) result = vsce(["ls"]);
  else {
    const at = args.indexOf("--out");
    const out = at >= 0 ? path.resolve(args[at + 1]) : path.join(root, `${manifest.name}-${manifest.version}.vsix`);
    result = vsce(["package", "--no-rewrite-relative-links", "--allow-missing-repository", "--out", out]);
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.status ?? 1;
}
