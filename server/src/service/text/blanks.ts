// White space as the regex `\s` reads it, answered for ASCII without running a regex: the dialplan parser and the
// extension matcher test characters one by one on every line.

/** Whether the character at `at` is white space (`/\s/`). */
export function isBlankAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[at]);
}

/** `text.replace(/\s+/g, "")`, and the same string when it holds no white space (the usual case: nothing built). */
export function withoutBlanks(text: string): string {
  for (let i = 0; i < text.length; i++) if (isBlankAt(text, i)) return text.replace(/\s+/g, "");
  return text;
}
