import { Fragment, type ReactNode } from "react";
import { parseMarkdown, type Inline } from "./parse";

/** Renders message text as React elements (never as HTML). With `plain`, only line breaks are kept. */
export function Markdown({ text, plain = false }: { text: string; plain?: boolean }) {
  if (plain) return <p className="parley-md-p">{withBreaks(text)}</p>;
  return (
    <>
      {parseMarkdown(text).map((block, i) =>
        block.kind === "codeblock" ? (
          <pre key={i} className="parley-md-pre">
            <code>{block.text}</code>
          </pre>
        ) : (
          <p key={i} className="parley-md-p">
            {renderInline(block.children)}
          </p>
        ),
      )}
    </>
  );
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case "text":
        return <Fragment key={i}>{withBreaks(node.text)}</Fragment>;
      case "code":
        return (
          <code key={i} className="parley-md-code">
            {node.text}
          </code>
        );
      case "bold":
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case "italic":
        return <em key={i}>{renderInline(node.children)}</em>;
      case "link":
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

function withBreaks(text: string): ReactNode[] {
  const lines = text.split("\n");
  return lines.flatMap((line, i) => (i === 0 ? [line] : [<br key={`br${i}`} />, line]));
}
