// `npm run build`: tsc (type-check, and compile everything to out/ for the tests) and esbuild (the bundles in dist/)
// run side by side: tsc keeps one core busy for most of the build, the bundles take the other. Fails when either
// fails, with each one's output as it comes.
import { spawn } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** Runs node with these arguments in the project root; resolves to its exit code. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
    child.on("error", () => resolve(1));
    child.on("close", (code, signal) => resolve(signal ? 1 : code));
  });
}

const codes = await Promise.all([run([TSC, "-p", "."]), run(["esbuild.mjs", "--production"])]);
if (codes.some((code) => code !== 0)) process.exitCode = 1;
