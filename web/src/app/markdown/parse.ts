/**
 * A tiny parser for the markdown subset Parley renders: **bold**, *italic* / _italic_, `code`,
 * ``` code blocks ```, [links](https://…) and bare http(s) URLs. It builds a tree; the renderer
 * turns the tree into React elements, so text is never interpreted as HTML.
 */
export type Inline =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "bold"; children: Inline[] }
  | { kind: "italic"; children: Inline[] }
  | { kind: "link"; href: string; children: Inline[] };

export type Block = { kind: "codeblock"; text: string } | { kind: "paragraph"; children: Inline[] };

const FENCE = "```";
const MAX_DEPTH = 8;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let rest = source;
  while (rest.length > 0) {
    const open = rest.indexOf(FENCE);
    const close = open === -1 ? -1 : rest.indexOf(FENCE, open + FENCE.length);
    if (open === -1 || close === -1) {
      pushParagraph(blocks, rest);
      break;
    }
    pushParagraph(blocks, rest.slice(0, open));
    let code = rest.slice(open + FENCE.length, close);
    // an info string on the fence line (```js) is dropped; so is the newline after it
    const firstLine = /^[A-Za-z0-9_+-]*\n/.exec(code);
    if (firstLine) code = code.slice(firstLine[0].length);
    blocks.push({ kind: "codeblock", text: code.replace(/\n$/, "") });
    rest = rest.slice(close + FENCE.length).replace(/^\n/, "");
  }
  return blocks;
}

function pushParagraph(blocks: Block[], text: string): void {
  const trimmed = text.replace(/^\n+|\n+$/g, "");
  if (trimmed.length > 0) blocks.push({ kind: "paragraph", children: parseInline(trimmed) });
}

/** Only absolute http(s) URLs become links. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const LINK = /^\[([^\]\n]+)\]\(([^)\s]+)\)/;
const BARE_URL = /^https?:\/\/[^\s<>"]+/;

export function parseInline(source: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const ch = source[i]!;
    const prev = i > 0 ? source[i - 1]! : " ";

    if (ch === "`") {
      const end = source.indexOf("`", i + 1);
      if (end > i + 1) {
        flush();
        out.push({ kind: "code", text: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < MAX_DEPTH && rest.startsWith("**")) {
      const end = source.indexOf("**", i + 2);
      if (end > i + 2 && !/\s/.test(source[i + 2]!) && !/\s/.test(source[end - 1]!)) {
        flush();
        out.push({ kind: "bold", children: parseInline(source.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < MAX_DEPTH && (ch === "*" || ch === "_") && !isWordChar(prev)) {
      const end = findClosingEmphasis(source, i + 1, ch);
      if (end !== -1) {
        flush();
        out.push({ kind: "italic", children: parseInline(source.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (ch === "[") {
      const m = LINK.exec(rest);
      const href = m ? safeHref(m[2]!) : null;
      if (m && href) {
        flush();
        out.push({ kind: "link", href, children: depth < MAX_DEPTH ? parseInline(m[1]!, depth + 1) : [{ kind: "text", text: m[1]! }] });
        i += m[0].length;
        continue;
      }
    }
    if ((ch === "h" || ch === "H") && !isWordChar(prev)) {
      const m = BARE_URL.exec(rest);
      if (m) {
        const url = m[0].replace(/[.,;:!?'")\]]+$/, "");
        const href = safeHref(url);
        if (href) {
          flush();
          out.push({ kind: "link", href, children: [{ kind: "text", text: url }] });
          i += url.length;
          continue;
        }
      }
    }
    text += ch;
    i += 1;
  }
  flush();
  return out;
}

function findClosingEmphasis(source: string, from: number, marker: string): number {
  if (from >= source.length || /\s/.test(source[from]!) || source[from] === marker) return -1;
  for (let j = from + 1; j < source.length; j++) {
    if (source[j] === "\n") return -1;
    if (source[j] === marker && !/\s/.test(source[j - 1]!) && !isWordChar(source[j + 1] ?? " ")) return j;
  }
  return -1;
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}_]/u.test(c);
}

/** The text of a message without markdown markers, on one line (for previews). */
export function plainText(source: string): string {
  const flatten = (nodes: Inline[]): string =>
    nodes.map((n) => (n.kind === "text" || n.kind === "code" ? n.text : flatten(n.children))).join("");
  return parseMarkdown(source)
    .map((b) => (b.kind === "codeblock" ? b.text : flatten(b.children)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
