"""A readable text view of an article (``newsparse parse --format text``)."""

from __future__ import annotations

from .models import Article, GenericAnnotation, SummaryAnnotation

__all__ = ["text_view"]


def text_view(article: Article) -> str:
    out: list[str] = []
    if article.header:
        out.append("header:    " + " | ".join(h.text for h in article.header))
    if article.headline:
        out.append(f"headline:  {article.headline.text}")
    if article.subtitle:
        out.append(f"subtitle:  {article.subtitle.text}")
    for adv in article.advisories:
        out.append(f"advisory:  {adv.text}")
    if article.byline:
        out.append(f"byline:    {article.byline.text}")
    dl = article.dateline
    if dl is not None:
        out.append(f"dateline:  {dl.text!r}  [{dl.span.start}:{dl.span.end}]")
        out.append(f"  location={dl.location!r} region={dl.region!r} date_text={dl.date_text!r} "
                   f"date={dl.date.isoformat() if dl.date else None} agency={dl.agency!r}")
    else:
        out.append("dateline:  none")
    out.append(f"agency:    {article.agency}")
    out.append(f"paragraphs ({len(article.paragraphs)}):")
    for p in article.paragraphs:
        out.append(f"  [{p.index}] {p.text}")
    out.append(f"quotes ({len(article.quotes)}):")
    for q in article.quotes:
        who = "(unattributed)"
        if q.speaker is not None:
            who = q.speaker.name + (f" (as {q.speaker.mention_text!r})" if q.speaker.mention_text else "")
        out.append(f"  [{q.paragraph}] {q.kind:<8} {who}: \u201c{q.text}\u201d")
    for t in article.trailer:
        out.append(f"trailer:   {t.kind}: {t.text!r}")
    out.extend(_annotations(article))
    for w in article.warnings:
        out.append(f"warning:   {w.code}: {w.message}")
    return "\n".join(out) + "\n"


def _annotations(article: Article) -> list[str]:
    """Entities grouped by mention group, summaries as text, other kinds by kind and payload."""
    out: list[str] = []
    entities = article.entities()
    if entities:
        groups: dict[tuple[str, str], int] = {}
        for e in entities:
            key = (e.canonical or e.text, e.label)
            groups[key] = groups.get(key, 0) + 1
        out.append(f"entities ({len(entities)} mentions):")
        out.extend(f"  {label:<4} {name}" + (f" (x{n})" if n > 1 else "") for (name, label), n in groups.items())
    for a in article.annotations:
        if isinstance(a, SummaryAnnotation):
            out.append(f"summary ({a.method}):")
            out.extend(f"  {line}" for line in a.text.splitlines())
        elif isinstance(a, GenericAnnotation):
            out.append(f"{a.kind} [{a.source}]: {a.payload}")
    return out
