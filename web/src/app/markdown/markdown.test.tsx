import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, QuoteMarkdown } from "./Markdown";
import { parseInline, parseMarkdown, plainText } from "./parse";

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe("markdown subset", () => {
  it("renders bold, italic, inline code and code blocks", () => {
    expect(html("**bold** and *it* and _it_ and `x<y`")).toBe(
      '<p class="parley-md-p"><strong>bold</strong> and <em>it</em> and <em>it</em> and <code class="parley-md-code">x&lt;y</code></p>',
    );
    expect(parseMarkdown("before\n```js\nconst a = 1;\n```\nafter")).toEqual([
      { kind: "paragraph", children: [{ kind: "text", text: "before" }] },
      { kind: "codeblock", text: "const a = 1;" },
      { kind: "paragraph", children: [{ kind: "text", text: "after" }] },
    ]);
  });

  it("never interprets text as HTML", () => {
    const out = html('<img src=x onerror="alert(1)"> <script>alert(1)</script>');
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script");
    expect(out).toContain("&lt;script&gt;");
  });

  it("links only http and https URLs, opening them safely", () => {
    expect(html("[site](https://example.com/a)")).toContain(
      '<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">site</a>',
    );
    expect(html("see https://example.com/x.")).toContain('href="https://example.com/x"');
    expect(html("[x](javascript:alert(1))")).not.toContain("<a");
    expect(html("[x](data:text/html,hi)")).not.toContain("<a");
  });

  it("leaves snake_case, lone markers and unclosed markers alone", () => {
    expect(parseInline("snake_case_name")).toEqual([{ kind: "text", text: "snake_case_name" }]);
    expect(parseInline("2 * 3 * 4")).toEqual([{ kind: "text", text: "2 * 3 * 4" }]);
    expect(parseInline("**open")).toEqual([{ kind: "text", text: "**open" }]);
  });

  it("keeps line breaks", () => {
    expect(html("a\nb")).toBe('<p class="parley-md-p">a<br/>b</p>');
  });

  it("gives a one-line preview without markers", () => {
    expect(plainText("**Hi** _there_, see [the plan](https://x.example/p)\n```\ncode\n```")).toBe("Hi there, see the plan code");
  });

  it("renders a reply quote inline: emphasis and code kept, links as their text, long text cut", () => {
    const quote = (text: string) => renderToStaticMarkup(<QuoteMarkdown text={text} />);
    expect(quote("**ship** it, see [the plan](https://example.com/p) and `make`")).toBe(
      '<strong>ship</strong> it, see the plan and <code class="parley-md-code">make</code>',
    );
    expect(quote("x".repeat(200))).toBe("x".repeat(139) + "…");
    expect(renderToStaticMarkup(<QuoteMarkdown text="**raw**" plain />)).toBe("**raw**");
  });
});
