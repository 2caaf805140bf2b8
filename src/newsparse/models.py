"""The public, immutable data model of a parsed wire story.

Every element carries a :class:`Span` into :attr:`Article.source`. Spans take no part in
equality (``field(eq=False)``): two articles are equal when their elements have the same
text and structure, which is what the round-trip property ``parse(render(a)) == a`` needs.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from itertools import count
from typing import Any, Literal, TypeAlias, cast

from attrs import field, frozen

from .text import one_line

__all__ = [
    "Annotation",
    "Article",
    "Byline",
    "Dateline",
    "EntityAnnotation",
    "GenericAnnotation",
    "HeaderLine",
    "Paragraph",
    "ParseWarning",
    "Person",
    "Quote",
    "QuoteKind",
    "QuotePartKind",
    "QuotedTerm",
    "Span",
    "Speaker",
    "SummaryAnnotation",
    "TextBlock",
    "Trailer",
    "trusted_paragraph",
    "trusted_span",
]


@frozen(order=True)
class Span:
    """Half-open character offsets into ``Article.source``: ``source[start:end]``."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, source: str) -> str:
        """The source text this span covers."""
        return source[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


_new = object.__new__
_set = object.__setattr__




def _one_line_opt(text: str | None) -> str | None:
    return None if text is None else one_line(text)


# The slot descriptors' setters: calling one is cheaper than object.__setattr__ with a name
# (no attribute lookup by string), which is what the trusted constructors below are for.
_SPAN_START = Span.__dict__["start"].__set__
_SPAN_END = Span.__dict__["end"].__set__


def trusted_span(start: int, end: int) -> Span:
    """A :class:`Span` of offsets the parser computed itself (``0 <= start <= end`` holds by
    construction), made without the check of ``Span(...)``: the rules make one per paragraph
    and quote, and the check and the generated ``__init__`` are a measurable share of a parse."""
    span: Span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


class OpenSpan(Span):
    """A Span under construction, for the parser's hot loops (see :class:`OpenQuote`)."""

    __slots__ = ()
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
    __init__ = object.__init__


@frozen
class HeaderLine:
    """A metadata line in front of the story (``date 2019-02-21``, ``Priority: urgent``,
    or a transmission code kept as it is: ``key`` and ``value`` are None when uninterpreted)."""

    text: str
    key: str | None = None
    value: str | None = None
    span: Span = field(default=Span(0, 0), eq=False)


@frozen
class TextBlock:
    """A headline, subtitle or advisory (``(Adds Gov. Cuomo's announcement)``, ``Eds: ...``)."""

    kind: str
    text: str
    span: Span = field(default=Span(0, 0), eq=False)


@frozen
class Byline:
    """``By Joseph Ax``; ``names`` are the people, ``affiliation`` the organisation if given."""

    text: str
    names: tuple[str, ...] = ()
    affiliation: str | None = None
    span: Span = field(default=Span(0, 0), eq=False)


@frozen
class Dateline:
    """``MOSCOW, February 21. /TASS/.``: its parts as written, ``date`` resolved when the
    year is known, ``agency`` the canonical name of the agency tag inside the dateline."""

    text: str
    location: str | None = None
    region: str | None = None
    date_text: str | None = None
    date: _dt.date | None = None
    agency: str | None = None
    span: Span = field(default=Span(0, 0), eq=False)


@frozen
class Paragraph:
    """A body paragraph: ``text`` is reflowed (hard wraps joined), ``span`` is the source."""

    index: int
    text: str
    span: Span = field(default=Span(0, 0), eq=False)


_PARAGRAPH_INDEX = Paragraph.__dict__["index"].__set__
_PARAGRAPH_TEXT = Paragraph.__dict__["text"].__set__
_PARAGRAPH_SPAN = Paragraph.__dict__["span"].__set__


_DATELINE_SETTERS = tuple(Dateline.__dict__[name].__set__
                          for name in ("text", "location", "region", "date_text", "date", "agency", "span"))


def trusted_dateline(text: str, location: str | None, region: str | None, date_text: str | None,
                     date: _dt.date | None, agency: str | None, start: int, end: int) -> Dateline:
    """A :class:`Dateline` (and its span) made the way :func:`trusted_span` makes a span."""
    set_text, set_location, set_region, set_date_text, set_date, set_agency, set_span = _DATELINE_SETTERS
    dateline: Dateline = _new(Dateline)
    set_text(dateline, text)
    set_location(dateline, location)
    set_region(dateline, region)
    set_date_text(dateline, date_text)
    set_date(dateline, date)
    set_agency(dateline, agency)
    set_span(dateline, trusted_span(start, end))
    return dateline


_TEXTBLOCK_SETTERS = tuple(TextBlock.__dict__[name].__set__ for name in ("kind", "text", "span"))


def trusted_textblock(kind: str, text: str, span: Span) -> TextBlock:
    """A :class:`TextBlock` made the way :func:`trusted_span` makes a span (the front matter)."""
    set_kind, set_text, set_span = _TEXTBLOCK_SETTERS
    block: TextBlock = _new(TextBlock)
    set_kind(block, kind)
    set_text(block, text)
    set_span(block, span)
    return block


def trusted_paragraph(index: int, text: str, span: Span) -> Paragraph:
    """A :class:`Paragraph` made the way :func:`trusted_span` makes a span (the paragraphs rule)."""
    paragraph: Paragraph = _new(Paragraph)
    _PARAGRAPH_INDEX(paragraph, index)
    _PARAGRAPH_TEXT(paragraph, text)
    _PARAGRAPH_SPAN(paragraph, span)
    return paragraph


def trusted_paragraphs(src: str, blocks: list[tuple[int, int]], first: int,
                       reflow_text: Callable[[str], str]) -> list[Paragraph]:
    """:func:`trusted_paragraph` for each ``(start, end)`` block of ``src`` (indices from
    ``first``; a block's text is ``reflow_text``-ed when it holds a line break), in one loop:
    a story has dozens of paragraphs, and two calls per paragraph are a share of its parse."""
    out: list[Paragraph] = []
    append = out.append
    new, span_cls, paragraph_cls = _new, Span, Paragraph
    set_start, set_end = _SPAN_START, _SPAN_END
    set_index, set_text, set_span = _PARAGRAPH_INDEX, _PARAGRAPH_TEXT, _PARAGRAPH_SPAN
    n = first
    for start, end in blocks:
        text = src[start:end]
        if "\n" in text or "\r" in text:
            text = reflow_text(text)
        span = new(span_cls)
        set_start(span, start)
        set_end(span, end)
        paragraph = new(paragraph_cls)
        set_index(paragraph, n)
        set_text(paragraph, text)
        set_span(paragraph, span)
        append(paragraph)
        n += 1
    return out


def trusted_paragraphs_of(starts: list[int], ends: list[int], texts: list[str], first: int) -> list[Paragraph]:
    """:func:`trusted_paragraphs` for blocks whose texts the caller already has (one line each,
    no reflow needed): ``texts[i]`` is ``source[starts[i]:ends[i]]``. Spares the slicing, which
    a story with dozens of paragraphs would otherwise do twice."""
    out: list[Paragraph] = []
    append = out.append
    new, span_cls, paragraph_cls = _new, Span, Paragraph
    set_start, set_end = _SPAN_START, _SPAN_END
    set_index, set_text, set_span = _PARAGRAPH_INDEX, _PARAGRAPH_TEXT, _PARAGRAPH_SPAN
    for n, start, end, text in zip(count(first), starts, ends, texts):
        span = new(span_cls)
        set_start(span, start)
        set_end(span, end)
        paragraph = new(paragraph_cls)
        set_index(paragraph, n)
        set_text(paragraph, text)
        set_span(paragraph, span)
        append(paragraph)
    return out


QuoteKind: TypeAlias = Literal["full", "partial"]
# Per part: a later paragraph of a quote that runs over paragraphs is a "continuation".
QuotePartKind: TypeAlias = Literal["full", "partial", "continuation"]


@frozen
class Speaker:
    """Who a quote is credited to: ``name`` canonical (full name), ``mention`` the local
    expression (``the minister``, ``he``) or None when no mention is near the quote."""

    name: str = field(converter=one_line)
    mention: Span | None = field(default=None, eq=False)
    mention_text: str | None = field(default=None, converter=_one_line_opt)
    kind: str = "person"


@frozen
class Quote:
    """A direct quotation. ``span`` covers the content inside the marks (first part start to
    last part end); ``parts`` has one span per paragraph segment of a multi-paragraph quote,
    ``part_kinds`` the kind of each part (``continuation`` after the first), ``insertions`` the
    editorial ``[...]`` insertions inside it and ``nested`` the quotes quoted inside it."""

    text: str
    kind: QuoteKind = "full"
    speaker: Speaker | None = None
    paragraph: int = 0
    cue: str | None = None
    span: Span = field(default=Span(0, 0), eq=False)
    parts: tuple[Span, ...] = field(default=(), eq=False)
    insertions: tuple[Span, ...] = field(default=(), eq=False)
    part_kinds: tuple[QuotePartKind, ...] = ()
    nested: tuple[Span, ...] = field(default=(), eq=False)


@frozen
class QuotedTerm:
    """Words in quotation marks that nobody is credited with: titles, nicknames, scare quotes."""

    text: str
    paragraph: int = 0
    span: Span = field(default=Span(0, 0), eq=False)


@frozen
class Person:
    """Someone the article names, with every mention found (title, surname, pronoun)."""

    name: str = field(converter=one_line)
    title: str | None = None
    kind: str = "person"
    mentions: tuple[Span, ...] = field(default=(), eq=False)


def _setters(cls: type, names: str) -> tuple[Callable[[object, object], None], ...]:
    """The slot setters of ``cls`` for ``names``, in that order (see :func:`trusted_span`)."""
    return tuple(cls.__dict__[name].__set__ for name in names.split())


_SPEAKER_SETTERS = _setters(Speaker, "name mention mention_text kind")
_TERM_SETTERS = _setters(QuotedTerm, "text paragraph span")
_PERSON_SETTERS = _setters(Person, "name title kind mentions")


def trusted_speaker(name: str, mention: Span | None, mention_text: str | None, kind: str) -> Speaker:
    """``Speaker(name, mention, mention_text, kind)`` made the way :func:`trusted_span` makes a span
    (a speaker is made for nearly every quote). The converters only reflow a value with a line
    break in it, so such values go through the constructor."""
    if "\n" in name or "\r" in name or (mention_text is not None and ("\n" in mention_text or "\r" in mention_text)):
        return Speaker(name, mention, mention_text, kind)
    set_name, set_mention, set_text, set_kind = _SPEAKER_SETTERS
    speaker: Speaker = _new(Speaker)
    set_name(speaker, name)
    set_mention(speaker, mention)
    set_text(speaker, mention_text)
    set_kind(speaker, kind)
    return speaker


class OpenQuote(Quote):
    """A Quote under construction, for the parser's hot loops: the same layout, plain slot stores
    instead of the frozen ``__setattr__``, and ``object.__init__``. Set every field, then set
    ``__class__`` to :class:`Quote`: the result is an ordinary frozen Quote (the cheapest way to
    make one; :func:`trusted_quote` does it in one call)."""

    __slots__ = ()
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
    __init__ = object.__init__


def trusted_quote(text: str, kind: QuoteKind, speaker: Speaker | None, paragraph: int, cue: str | None,
                  span: Span, parts: tuple[Span, ...], insertions: tuple[Span, ...],
                  part_kinds: tuple[QuotePartKind, ...], nested: tuple[Span, ...]) -> Quote:
    """A :class:`Quote` made the way :func:`trusted_span` makes a span (it has no converter or check):
    the quotes rule makes one per quote and the attribution rule another."""
    quote: Any = OpenQuote()
    quote.text = text
    quote.kind = kind
    quote.speaker = speaker
    quote.paragraph = paragraph
    quote.cue = cue
    quote.span = span
    quote.parts = parts
    quote.insertions = insertions
    quote.part_kinds = part_kinds
    quote.nested = nested
    quote.__class__ = Quote
    return cast(Quote, quote)


def trusted_quoted_term(text: str, paragraph: int, span: Span) -> QuotedTerm:
    """A :class:`QuotedTerm` made the way :func:`trusted_span` makes a span."""
    set_text, set_paragraph, set_span = _TERM_SETTERS
    term: QuotedTerm = _new(QuotedTerm)
    set_text(term, text)
    set_paragraph(term, paragraph)
    set_span(term, span)
    return term


def trusted_person(name: str, title: str | None, kind: str, mentions: tuple[Span, ...]) -> Person:
    """``Person(name, title, kind, mentions)`` made the way :func:`trusted_speaker` makes a speaker."""
    if "\n" in name or "\r" in name:
        return Person(name, title, kind, mentions)
    set_name, set_title, set_kind, set_mentions = _PERSON_SETTERS
    person: Person = _new(Person)
    set_name(person, name)
    set_title(person, title)
    set_kind(person, kind)
    set_mentions(person, mentions)
    return person


@frozen
class Trailer:
    """Boilerplate after the story: ``(Reporting by ...)``, `` Reuter``, ``==Kyodo``, ``NNNN``."""

    kind: str
    text: str
    span: Span = field(default=Span(0, 0), eq=False)


@frozen
class ParseWarning:
    """Something the parser noticed and worked around (bad encoding, a failing plugin)."""

    code: str
    message: str
    span: Span | None = field(default=None, eq=False)
    plugin: str | None = None


@frozen
class EntityAnnotation:
    """A named entity found by an enricher."""

    label: str
    text: str
    span: Span = field(eq=False)
    canonical: str | None = None
    group: int | None = None
    source: str = "entities"
    kind: Literal["entity"] = "entity"


@frozen
class SummaryAnnotation:
    """A summary of the article; ``sentences`` are the source spans it was built from."""

    text: str
    method: str
    sentences: tuple[Span, ...] = field(default=(), eq=False)
    source: str = "summary"
    kind: Literal["summary"] = "summary"


@frozen
class GenericAnnotation:
    """An annotation of a kind this installation has no class for (kept, never dropped):
    ``payload`` is its JSON object."""

    kind: str
    payload: str = "{}"
    source: str = ""


Annotation: TypeAlias = EntityAnnotation | SummaryAnnotation | GenericAnnotation


@frozen
class Article:
    """A parsed wire story. Build one with :func:`newsparse.parse`."""

    source: str = field(eq=False, repr=False)
    format: str = "plain"
    header: tuple[HeaderLine, ...] = ()
    headline: TextBlock | None = None
    subtitle: TextBlock | None = None
    advisories: tuple[TextBlock, ...] = ()
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quoted_terms: tuple[QuotedTerm, ...] = ()
    people: tuple[Person, ...] = ()
    trailer: tuple[Trailer, ...] = ()
    agency: str | None = None
    date: _dt.date | None = None
    language: str | None = None
    annotations: tuple[Annotation, ...] = ()
    warnings: tuple[ParseWarning, ...] = field(default=(), eq=False)

    @property
    def body(self) -> str:
        """The paragraphs' text, one per line."""
        return "\n".join(p.text for p in self.paragraphs)

    def entities(self) -> tuple[EntityAnnotation, ...]:
        return tuple(a for a in self.annotations if isinstance(a, EntityAnnotation))

    def summary(self) -> SummaryAnnotation | None:
        for a in self.annotations:
            if isinstance(a, SummaryAnnotation):
                return a
        return None


# Article's fields in order: trusted_article sets them by position, so a change to the class
# must show here (the import fails rather than fill a field with its neighbour's value).
_ARTICLE_FIELDS = ("source", "format", "header", "headline", "subtitle", "advisories", "byline", "dateline",
                   "paragraphs", "quotes", "quoted_terms", "people", "trailer", "agency", "date", "language",
                   "annotations", "warnings")
if tuple(a.name for a in Article.__attrs_attrs__) != _ARTICLE_FIELDS:
    raise TypeError("Article's fields changed: update _ARTICLE_FIELDS and trusted_article")
(_A_SOURCE, _A_FORMAT, _A_HEADER, _A_HEADLINE, _A_SUBTITLE, _A_ADVISORIES, _A_BYLINE, _A_DATELINE, _A_PARAGRAPHS,
 _A_QUOTES, _A_QUOTED_TERMS, _A_PEOPLE, _A_TRAILER, _A_AGENCY, _A_DATE, _A_LANGUAGE, _A_ANNOTATIONS,
 _A_WARNINGS) = (Article.__dict__[name].__set__ for name in _ARTICLE_FIELDS)


def trusted_article(source: str, format: str, header: tuple[HeaderLine, ...], headline: TextBlock | None,
                    subtitle: TextBlock | None, advisories: tuple[TextBlock, ...], byline: Byline | None,
                    dateline: Dateline | None, paragraphs: tuple[Paragraph, ...], quotes: tuple[Quote, ...],
                    quoted_terms: tuple[QuotedTerm, ...], people: tuple[Person, ...], trailer: tuple[Trailer, ...],
                    agency: str | None, date: _dt.date | None, language: str | None,
                    annotations: tuple[Annotation, ...], warnings: tuple[ParseWarning, ...]) -> Article:
    """An :class:`Article` made the way :func:`trusted_span` makes a span (``ParseState.to_article``,
    once per parse): the slot setters, without the generated ``__init__``'s frozen-class
    ``object.__setattr__`` per field. Article has no converter nor validator, so the two agree
    (tests/test_state_fast.py)."""
    article: Article = _new(Article)
    _A_SOURCE(article, source)
    _A_FORMAT(article, format)
    _A_HEADER(article, header)
    _A_HEADLINE(article, headline)
    _A_SUBTITLE(article, subtitle)
    _A_ADVISORIES(article, advisories)
    _A_BYLINE(article, byline)
    _A_DATELINE(article, dateline)
    _A_PARAGRAPHS(article, paragraphs)
    _A_QUOTES(article, quotes)
    _A_QUOTED_TERMS(article, quoted_terms)
    _A_PEOPLE(article, people)
    _A_TRAILER(article, trailer)
    _A_AGENCY(article, agency)
    _A_DATE(article, date)
    _A_LANGUAGE(article, language)
    _A_ANNOTATIONS(article, annotations)
    _A_WARNINGS(article, warnings)
    return article
