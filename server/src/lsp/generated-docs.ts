// "Show generated conf" on the server side: renders a server's *-vicidial.conf files from the workspace's carrier
// records (secrets masked) and keeps them in a language service of their own, one per server, so the read-only
// documents the editor opens for them get diagnostics and hovers without mixing into the real workspace.
import { LanguageService } from "../service/language-service";
import { carrierServers, renderGeneratedConf } from "../service/features/generated-conf";
import { maskConfText } from "../service/secrets";
import type { Finding } from "../service/rules/types";

export const GENERATED_SCHEME = "vicidial-generated";
export const GENERATED_CONF_REQUEST = "vicidial/generatedConf";

export interface GeneratedConfParams {
  /** The server's IP address; without it the answer lists the servers only. */
  server?: string;
}

export interface GeneratedConfResult {
  servers: string[];
  server?: string;
  files: { name: string; uri: string; text: string }[];
}

/** `vicidial-generated:/10.10.10.15/sip-vicidial.conf` */
export const generatedUri = (server: string, name: string) => `${GENERATED_SCHEME}:/${encodeURIComponent(server)}/${name}`;

function serverOf(uri: string): string | undefined {
  const m = /^vicidial-generated:\/([^/]+)\//.exec(uri);
  return m ? decodeURIComponent(m[1]) : undefined;
}

/** The main files that pull the generated ones in, the way VICIdial's sample confs do (so globals land in [globals]). */
const HOST_FILES: Record<string, string> = {
  "sip.conf": "[general]\n#include sip-vicidial.conf\n",
  "iax.conf": "[general]\n#include iax-vicidial.conf\n",
  "pjsip.conf": "#include pjsip-vicidial.conf\n",
  "pjsip_wizard.conf": "#include pjsip_wizard-vicidial.conf\n",
  "extensions.conf": "[globals]\n#include extensions-vicidial.conf\n",
};

export class GeneratedDocs {
  private readonly services = new Map<string, LanguageService>();

  owns(uri: string): boolean {
    return serverOf(uri) !== undefined;
  }

  serviceOf(uri: string): LanguageService | undefined {
    const server = serverOf(uri);
    return server === undefined ? undefined : this.services.get(server);
  }

  /** Renders the files of one server from the main workspace and loads them into that server's own service. */
  render(main: LanguageService, params: GeneratedConfParams | null | undefined): GeneratedConfResult {
    const servers = carrierServers(main.workspace).filter((ip) => ip !== "0.0.0.0");
    const server = params?.server?.trim();
    if (!server) return { servers, files: [] };
    const service = new LanguageService(main.currentSettings);
    for (const [name, text] of Object.entries(HOST_FILES)) service.setDocument(generatedUri(server, name), text);
    const files = renderGeneratedConf(main.workspace, server).map((f) => {
      const uri = generatedUri(server, f.name);
      const text = maskConfText(f.text);
      service.setDocument(uri, text);
      return { name: f.name, uri, text };
    });
    this.services.set(server, service);
    return { servers, server, files };
  }

  /** An opened generated document (the editor sends the text it got from `render`). */
  setDocument(uri: string, text: string, languageId?: string): void {
    const server = serverOf(uri);
    if (server === undefined) return;
    let service = this.services.get(server);
    if (!service) this.services.set(server, (service = new LanguageService()));
    service.setDocument(uri, text, languageId);
  }

  diagnostics(): Map<string, Finding[]> {
    const all = new Map<string, Finding[]>();
    for (const service of this.services.values()) for (const [uri, findings] of service.allDiagnostics()) all.set(uri, findings);
    return all;
  }
}
