/**
 * Just enough Markdown to show and print the documents this app writes (Einladung,
 * Protokoll): headings, bullet lists, paragraphs, **bold** and *italic*. The result
 * is data, rendered by React as text, so nothing typed can ever become markup.
 */

export type InlinePart = { readonly text: string; readonly strong: boolean; readonly emphasis: boolean };

export type MarkdownBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly { readonly depth: number; readonly text: string }[] }
  | { readonly kind: 'paragraph'; readonly lines: readonly string[] };

/** Splits Markdown text into blocks; a leading `\#` is a literal '#'. */
export function parseMarkdownBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { depth: number; text: string }[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,3})\s+(.*)$/.exec(raw);
    const bullet = /^(\s*)[-*]\s+(.*)$/.exec(raw);
    if (heading?.[1] && heading[2] !== undefined) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length as 1 | 2 | 3, text: heading[2].trim() });
    } else if (bullet?.[2] !== undefined) {
      if (paragraph.length > 0) flush();
      list.push({ depth: Math.floor((bullet[1]?.length ?? 0) / 2), text: bullet[2] });
    } else if (raw.trim() === '') flush();
    else {
      if (list.length > 0) flush();
      paragraph.push(raw.replace(/^(\s*)\\#/, '$1#'));
    }
  }
  flush();
  return blocks;
}

/** Splits a line into plain, **strong** and *emphasised* parts. */
export function parseInline(line: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index), strong: false, emphasis: false });
    if (match[1] !== undefined) parts.push({ text: match[1], strong: true, emphasis: false });
    else parts.push({ text: match[2] ?? '', strong: false, emphasis: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last), strong: false, emphasis: false });
  return parts;
}
