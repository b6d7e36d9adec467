// User settings the language service understands (the adapters read them from the editor or the command line).
import type { FileAssociations } from "./kinds";

/** A rule's severity as the user sets it, or "off". */
export type SeverityOverride = "error" | "warning" | "information" | "hint" | "off";
export type SeverityOverrides = Record<string, SeverityOverride>;

export type AsteriskVersion = 16 | 18 | 20 | 22;

export interface ServiceSettings {
  /** Severity per rule code, or "off". */
  severities: SeverityOverrides;
  /** Extra file names → conf dialect or record kind. */
  fileAssociations: FileAssociations;
  /** The Asterisk version the configs run on (VICIdial installs mostly run 18). */
  asteriskVersion: AsteriskVersion;
  /** Files (documents and `#include` targets) longer than this many bytes are not analysed (syntax/file-too-large). */
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export const DEFAULT_SETTINGS: ServiceSettings = {
  severities: {},
  fileAssociations: {},
  asteriskVersion: 18,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};
