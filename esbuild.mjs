// Bundles the VS Code client, the language server and the CLI (one script, three bundles).
import * as esbuild from "esbuild";

const production = process.argv.includes("--production");
const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: !production, minify: production, logLevel: "warning" };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", external: ["vscode"] }),
  esbuild.build({ ...common, entryPoints: ["server/src/lsp/server.ts"], outfile: "dist/server.js" }),
  esbuild.build({ ...common, entryPoints: ["server/src/cli/cli.ts"], outfile: "dist/cli.js" }),
]);
