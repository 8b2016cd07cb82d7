import { Fragment, type ReactNode } from "react";
import { splitMentions, type MentionMark } from "../mentions/highlight";
import { parseMarkdown, type Inline } from "./parse";

/**
 * Renders message text as React elements (never as HTML). With `plain`, only line breaks are
 * kept. `mentions` are highlighted wherever they appear as text (not in code).
 */
export function Markdown({ text, plain = false, mentions = [] }: { text: string; plain?: boolean; mentions?: readonly MentionMark[] }) {
  if (plain) return <p className="parley-md-p">{withMentions(text, mentions)}</p>;
  return (
    <>
      {parseMarkdown(text).map((block, i) =>
        block.kind === "codeblock" ? (
          <pre key={i} className="parley-md-pre">
            <code>{block.text}</code>
          </pre>
        ) : (
          <p key={i} className="parley-md-p">
            {renderInline(block.children, mentions)}
          </p>
        ),
      )}
    </>
  );
}

/**
 * The start of a message as a reply quote shows it, inline (the quote is a button): bold,
 * italic and code kept, links as their text.
 */
export function QuoteMarkdown({ text, plain = false }: { text: string; plain?: boolean }) {
  const short = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
  if (plain) return <>{short}</>;
  return (
    <>
      {parseMarkdown(short).map((block, i) =>
        block.kind === "codeblock" ? (
          <code key={i} className="parley-md-code">
            {block.text}
          </code>
        ) : (
          <Fragment key={i}>
            {i > 0 && " "}
            {renderInline(block.children, [], false)}
          </Fragment>
        ),
      )}
    </>
  );
}

const QUOTE_CHARS = 140;

function renderInline(nodes: Inline[], mentions: readonly MentionMark[], links = true): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case "text":
        return <Fragment key={i}>{withMentions(node.text, mentions)}</Fragment>;
      case "code":
        return (
          <code key={i} className="parley-md-code">
            {node.text}
          </code>
        );
      case "bold":
        return <strong key={i}>{renderInline(node.children, mentions, links)}</strong>;
      case "italic":
        return <em key={i}>{renderInline(node.children, mentions, links)}</em>;
      case "link":
        if (!links) return <Fragment key={i}>{renderInline(node.children, mentions, false)}</Fragment>;
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children, mentions)}
          </a>
        );
    }
  });
}

function withMentions(text: string, mentions: readonly MentionMark[]): ReactNode[] {
  return splitMentions(text, mentions).map((piece, i) =>
    piece.kind === "text" ? (
      <Fragment key={i}>{withBreaks(piece.text)}</Fragment>
    ) : (
      <span key={i} className={`parley-mention${piece.me ? " parley-mention-me" : ""}`} data-testid="mention">
        {piece.text}
      </span>
    ),
  );
}

function withBreaks(text: string): ReactNode[] {
  const lines = text.split("\n");
  return lines.flatMap((line, i) => (i === 0 ? [line] : [<br key={`br${i}`} />, line]));
}
