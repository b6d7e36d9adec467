// The settings the service runs under: the project's .vicidial-lint.json (or package.json "vicidialLint") with the
// editor's `vicidialCarriers.*` settings laid over it (the editor wins), or the initialization options of clients
// that cannot be asked for configuration.
import type { ServiceSettings } from "../service/settings";
import { findProjectConfig, mergeSettings } from "../host/config";
import type { ServerContext } from "./context";

interface EditorSettings {
  severity: ServiceSettings["severities"];
  fileAssociations: ServiceSettings["fileAssociations"];
  asteriskVersion: ServiceSettings["asteriskVersion"] | null;
  maxFileSize: number;
}

function projectSettings(ctx: ServerContext): Partial<ServiceSettings> {
  const folder = ctx.client.workspaceFolders[0];
  return ctx.safely("settings file", {}, () => (folder ? (findProjectConfig(folder)?.settings ?? {}) : {}));
}

function fromEditor(config: Partial<EditorSettings> | null): Partial<ServiceSettings> {
  return {
    severities: config?.severity ?? {},
    fileAssociations: config?.fileAssociations ?? {},
    asteriskVersion: config?.asteriskVersion ?? undefined,
    ...(typeof config?.maxFileSize === "number" && config.maxFileSize > 0 ? { maxFileSize: config.maxFileSize } : {}),
  };
}

export async function pullSettings(ctx: ServerContext): Promise<void> {
  if (!ctx.client.canPullConfiguration) {
    ctx.service.configure(mergeSettings(projectSettings(ctx), ctx.client.initOptions ?? {}));
    return;
  }
  const config = (await ctx.connection.workspace.getConfiguration("vicidialCarriers")) as Partial<EditorSettings> | null;
  ctx.service.configure(mergeSettings(projectSettings(ctx), fromEditor(config)));
}
