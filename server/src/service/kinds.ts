// The kinds of conf file the service tells apart, and the user's file-name associations: plain types every layer
// may name (model/file-kind.ts decides a file's kind).
export type Dialect = "sip" | "iax" | "pjsip" | "pjsip_wizard" | "extensions" | "generic";

/** Extra file name globs and what they hold (a dialect, or a VICIdial record kind). */
export type FileAssociations = Record<string, Dialect | "carrier" | "template">;
