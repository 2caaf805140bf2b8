"""Canonical plain wire text: header, headline, subtitle, advisories, byline, the dateline
opening the first paragraph, paragraphs, trailer; blank lines between blocks."""

from __future__ import annotations

from ..models import Article

__all__ = ["render_plain"]


def render_plain(article: Article) -> str:
    blocks: list[str] = []
    header = [h.text if h.key is None else f"{h.key}: {h.value}" for h in article.header]
    if header:
        blocks.append("\n".join(header))
    for block in (article.headline, article.subtitle):
        if block is not None:
            blocks.append(block.text)
    blocks.extend(a.text for a in article.advisories)
    if article.byline is not None:
        blocks.append(article.byline.text)
    paras = [p.text for p in article.paragraphs]
    if article.dateline is not None:
        if paras:
            paras[0] = f"{article.dateline.text} {paras[0]}"
        else:
            paras = [article.dateline.text]
    blocks.extend(paras)
    if article.trailer:
        blocks.append("\n".join(t.text for t in article.trailer))
    return "\n\n".join(blocks) + "\n" if blocks else ""
