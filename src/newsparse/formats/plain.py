"""Canonical plain wire text.

Layout: header lines (one per line), then every front element (headline, subtitle, advisories,
byline) in source order, the dateline opening the first paragraph, the paragraphs, and the
trailer lines; a blank line between blocks, ``\\n`` line ends, no indentation. Each element is
written as its ``text``, which the parser already normalised (paragraphs reflowed, trailer lines
stripped), so ``parse(render(a)) == a`` and rendering a parsed rendering changes nothing.
"""

from __future__ import annotations

from ..models import Article, Byline, TextBlock

__all__ = ["render_plain"]


def render_plain(article: Article) -> str:
    blocks: list[str] = []
    if article.header:
        blocks.append("\n".join(h.text for h in article.header))
    front: list[TextBlock | Byline] = [b for b in (article.headline, article.subtitle) if b is not None]
    front.extend(article.advisories)
    if article.byline is not None:
        front.append(article.byline)
    # Source order: a hand-built article (spans all zero) keeps the canonical order above,
    # since the sort is stable.
    front.sort(key=lambda b: b.span.start)
    blocks.extend(b.text for b in front)
    paras = [p.text for p in article.paragraphs]
    if article.dateline is not None:
        if paras:
            paras[0] = f"{article.dateline.text} {paras[0]}"
        else:
            paras = [article.dateline.text]
    blocks.extend(paras)
    if article.trailer:
        blocks.append("\n".join(t.text for t in article.trailer))
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) + "\n" if blocks else ""
