// The one renderer: knowledge entries to Markdown for hovers and completion documentation.
import type { KnowledgeEntry } from "./types";

export function renderEntry(entry: KnowledgeEntry, heading?: string): string {
  const parts = [`**${heading ?? entry.name}**`, entry.summary];
  if (entry.detail) parts.push(entry.detail);
  if (entry.example) parts.push("```\n" + entry.example + "\n```");
  if (entry.aliases && entry.aliases.length > 0) parts.push(`Also written: ${entry.aliases.map((a) => "`" + a + "`").join(", ")}`);
  return parts.join("\n\n");
}

/** A bullet list of `name — summary` lines. */
export function renderList(title: string, rows: [string, string][]): string {
  return [`**${title}**`, ...rows.map(([name, text]) => `- \`${name}\`: ${text}`)].join("\n");
}
