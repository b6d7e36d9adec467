// Expands a VS Code snippet body to plain text: each tab stop takes its placeholder text (or the first choice),
// mirrors repeat it, `$0` disappears and `\$`, `\}`, `\\` become the characters they escape.

type Node = { text: string } | { stop: number; children?: Node[]; choices?: string[] };

/** Parses snippet syntax into nodes; unknown `$` forms are kept as text, as VS Code does. */
function parse(source: string): Node[] {
  let i = 0;
  const parseUntil = (closing: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = "";
    const flush = () => {
      if (text) nodes.push({ text });
      text = "";
    };
    while (i < source.length) {
      const c = source[i];
      if (c === "\\" && i + 1 < source.length && "$}\\".includes(source[i + 1])) {
        text += source[i + 1];
        i += 2;
      } else if (closing && c === "}") {
        i++;
        flush();
        return nodes;
      } else if (c === "$") {
        const simple = /^\$(\d+)/.exec(source.slice(i));
        const braced = /^\$\{(\d+)([:|}])/.exec(source.slice(i));
        if (simple) {
          flush();
          nodes.push({ stop: Number(simple[1]) });
          i += simple[0].length;
        } else if (braced) {
          flush();
          i += braced[0].length;
          const stop = Number(braced[1]);
          if (braced[2] === "}") nodes.push({ stop });
          else if (braced[2] === ":") nodes.push({ stop, children: parseUntil(true) });
          else {
            const end = source.indexOf("|}", i);
            nodes.push({ stop, choices: source.slice(i, end).split(",") });
            i = end + 2;
          }
        } else {
          text += c;
          i++;
        }
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes;
  };
  return parseUntil(false);
}

/** The body as the user sees it right after inserting the snippet and accepting every default. */
export function expandSnippet(body: string | string[], overrides: Record<number, string> = {}): string {
  const nodes = parse(Array.isArray(body) ? body.join("\n") : body);
  const values = new Map<number, string>(Object.entries(overrides).map(([k, v]) => [Number(k), v]));
  const render = (list: Node[]): string =>
    list
      .map((node) => {
        if ("text" in node) return node.text;
        if (node.stop === 0) return "";
        if (!values.has(node.stop)) {
          if (node.choices) values.set(node.stop, node.choices[0]);
          else if (node.children) values.set(node.stop, render(node.children));
        }
        return values.get(node.stop) ?? "";
      })
      .join("");
  // Defaults may come after a mirror: a first pass collects them all.
  render(nodes);
  return render(nodes);
}
