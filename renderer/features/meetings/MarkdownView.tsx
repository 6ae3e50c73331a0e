import { parseInline, parseMarkdownBlocks } from '../../../shared/meetings/markdown';

function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, index) =>
        part.strong ? <strong key={index}>{part.text}</strong> : part.emphasis ? <em key={index}>{part.text}</em> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

/** Shows the app's own Markdown (Protokoll) as headings, lists and paragraphs; text stays text. */
export function MarkdownView({ text, headingOffset = 0 }: { text: string; headingOffset?: 0 | 1 }) {
  return (
    <>
      {parseMarkdownBlocks(text).map((block, index) => {
        if (block.kind === 'heading') {
          const level = Math.min(6, block.level + headingOffset);
          const Tag = `h${level}` as 'h1' | 'h2' | 'h3' | 'h4';
          return (
            <Tag key={index}>
              <Inline text={block.text} />
            </Tag>
          );
        }
        if (block.kind === 'list')
          return (
            <ul key={index}>
              {block.items.map((item, i) => (
                <li key={i} className={`mt-md-depth-${Math.min(item.depth, 3)}`}>
                  <Inline text={item.text} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={index}>
            {block.lines.map((line, i) => (
              <span key={i} className="mt-md-line">
                <Inline text={line} />
              </span>
            ))}
          </p>
        );
      })}
    </>
  );
}
