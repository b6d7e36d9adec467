// Line breaks: the one a document already uses, so that lines a quick fix inserts match it.

/** CRLF when the text has any, else LF. */
export function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
