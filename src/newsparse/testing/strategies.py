"""Hypothesis strategies that write wire stories together with the structure a parser should
find in them, for the core's tests and for plugin authors.

``article_specs()`` draws ``(text, spec)`` pairs: ``text`` a story in one agency's layout
(blank-line separated, Reuters 1987 indented and hard-wrapped, or ANPA with ``^``/``<`` codes and
tab indents; LF, CRLF or bare CR line ends), ``spec`` an :class:`ArticleSpec` saying what
``parse(text)`` must return. ``articles()`` draws the parsed :class:`~newsparse.models.Article`.
``mismatches(article, spec)`` lists the differences (empty when the parse is right).

Datelines are drawn for every agency in the parser's agency table (so an agency a plugin
registers is exercised too), in the dateline shapes of the design's wire conventions
(:data:`DATELINE_SHAPES`). Pass ``shapes=`` to restrict them, ``parser=`` to use a parser with
your plugins::

    from hypothesis import given
    from newsparse.testing.strategies import article_specs, mismatches

    @given(article_specs(parser=my_parser))
    def test_my_agency(pair):
        text, spec = pair
        assert mismatches(my_parser.parse(text), spec) == []
"""

from __future__ import annotations

import datetime as _dt
import random
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from attrs import frozen
from hypothesis import strategies as st

from ..models import Article

if TYPE_CHECKING:
    from ..agencies import Agency
    from ..parser import Parser

__all__ = [
    "DATELINE_SHAPES",
    "LAYOUTS",
    "ArticleSpec",
    "DatelineShape",
    "DatelineSpec",
    "article_specs",
    "articles",
    "mismatches",
    "wire_texts",
]


@frozen
class DatelineSpec:
    """What the dateline must parse into (``text`` is the dateline as written)."""

    text: str
    location: str | None
    region: str | None
    date_text: str | None
    agency: str | None


@frozen
class ArticleSpec:
    """The structure ``parse(text)`` must find. ``trailer`` holds the trailer texts in order."""

    header_date: _dt.date | None = None
    headline: str | None = None
    subtitle: str | None = None
    advisories: tuple[str, ...] = ()
    byline: str | None = None
    byline_names: tuple[str, ...] = ()
    byline_affiliation: str | None = None
    dateline: DatelineSpec | None = None
    paragraphs: tuple[str, ...] = ()
    trailer: tuple[str, ...] = ()
    agency: str | None = None


@frozen
class DatelineShape:
    """A dateline template. Fields: ``{place}``, ``{region}``, ``{date}``, ``{tag}``.
    ``date`` is a month-day format key of :data:`_DATE_FORMATS`; ``bare`` shapes are used only
    for agencies whose table entry says their name may stand untagged (``bare``)."""

    name: str
    template: str
    date: str | None = None
    region: bool = False
    tagged: bool = True
    bare: bool = False
    upper_place: bool = True
    slash_safe: bool = False  # the tag sits between slashes: skip spellings holding a slash


# The shapes of DESIGN.md §5, one per distinct layout.
DATELINE_SHAPES: tuple[DatelineShape, ...] = (
    DatelineShape("tass", "{place}, {date}. /{tag}/.", date="Month d", slash_safe=True),
    DatelineShape("tass-region", "{place} /{region}/, {date}. /{tag}/.", date="Month d", region=True, slash_safe=True),
    DatelineShape("reuters", "{place} ({tag}) -"),
    DatelineShape("reuters-date", "{place}, {date} ({tag}) -", date="Mon d"),
    DatelineShape("date-only", "{date} ({tag}) -", date="Mon d"),
    DatelineShape("untagged", "{place}, {date} -", date="Mon d", tagged=False),
    DatelineShape("ap-dash", "{place} ({tag}) \u2014"),
    DatelineShape("ap-region", "{place}, {region} ({tag}) _", region=True),
    DatelineShape("afp-year", "{place}, {date}, 2014 ({tag}) -", date="Mon d"),
    DatelineShape("afp-mixed", "{place} ({tag}) \u2013", upper_place=False),
    DatelineShape("xinhua", "{place}, {date} ({tag}) --", date="Mon. d"),
    DatelineShape("interfax", "{place}. {date} ({tag}) -", date="Month d"),
    DatelineShape("dpa", "{place} ({tag}) -", upper_place=False),
    DatelineShape("ansa", "({tag}) - {place}, {date} -", date="MON d"),
    DatelineShape("kyodo", "{place}, {region}, {date} {tag} -", date="Mon. d", region=True, bare=True),
    DatelineShape("aap", "{place} {date} {tag} -", date="Month d", bare=True),
    DatelineShape("ani", "{place} [{region}], {date} ({tag}):", date="Month d", region=True, upper_place=False),
    DatelineShape("efe", "{place}, {date} ({tag}).-", date="d mon", upper_place=False),
    DatelineShape("bloomberg", "({tag}) --"),
    DatelineShape("cp", "{place} --", tagged=False),
)

LAYOUTS = ("blank", "reuters1987", "anpa")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
# AP style: March to July in full, September as "Sept."
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_DATE_FORMATS: dict[str, Callable[[int, int], str]] = {
    "Month d": lambda m, d: f"{_MONTHS[m - 1]} {d}",
    "Mon d": lambda m, d: f"{_MONTHS[m - 1][:3]} {d}",
    "Mon. d": lambda m, d: f"{_AP_MONTHS[m - 1]} {d}",
    "MON d": lambda m, d: f"{_MONTHS[m - 1][:3].upper()} {d}",
    "d mon": lambda m, d: f"{d} {_MONTHS[m - 1][:3].lower()}",
}
_PLACES = ("MOSCOW", "LONDON", "NEW YORK", "BUENOS AIRES", "WASHINGTON", "PARIS", "BEIJING", "TOKYO", "SYDNEY",
           "NEW DELHI", "GAZA", "BERLIN", "SAN DIEGO", "KUALA LUMPUR", "SEOUL", "OTTAWA", "HAVANA", "CAIRO")
_REGIONS = ("Argentina", "Japan", "Lebanon", "Leningrad Region", "Syria", "Pa.", "Calif.")
_FIRST = ("Joseph", "Maria", "Paul", "Almudena", "Sheryl", "Kenji", "Anna", "David", "Olga", "Lucy", "Omar")
_LAST = ("Ax", "Byrne", "Calatrava", "Ubelacker", "Tanaka", "Petrova", "Morgan", "Haddad", "Chen", "Novak")
_WORDS = ("talks", "grain", "deal", "ministers", "markets", "rally", "rate", "storm", "coast", "floods",
          "budget", "election", "council", "bank", "prices", "exports", "port", "border", "strike", "court",
          "reform", "shares", "harvest", "energy", "pipeline", "summit", "tariffs", "airline", "union", "bridge")
_VERBS = ("resume", "slump", "rise", "stall", "widen", "collapse", "recover", "expand", "ease", "tighten")
_FILLER = ("the", "a", "of", "in", "on", "with", "after", "over", "for", "and", "to", "from", "at", "by")
_HEAD_STARTERS = ("Talks", "Markets", "Storm", "Ministers", "Prices", "Grain", "Union", "Court", "Exports")
_CREDIT_AGENCY_NAMES = ("Associated Press", "The Canadian Press")


# Strategies are built once at import (building them inside draws re-validates them every
# time). The wording comes from one seeded generator per story: hypothesis draws the structure
# (which elements, how many paragraphs, which agency and shape) and shrinks it; a draw per word
# made generation several times slower than parsing.
_SEED = st.integers(0, 2**32 - 1)
_BOOL = st.booleans()
_PLACE = st.sampled_from(_PLACES)
_REGION = st.sampled_from(_REGIONS)
_VOCAB = _WORDS + _VERBS + _FILLER


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _sentence(rng: random.Random, min_words: int = 4, max_words: int = 16) -> str:
    words = rng.choices(_VOCAB, k=rng.randint(min_words, max_words))
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice("...?")


def _paragraph(rng: random.Random, min_chars: int = 0) -> str:
    if rng.random() < 0.3:
        said = _sentence(rng, 5, 14).rstrip(".?")
        text = f"\u201c{said},\u201d {_name(rng)} said."
    else:
        text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
    while len(text) < min_chars:
        text += " " + _sentence(rng, 8, 16)
    return text


def _headline(rng: random.Random) -> str:
    words = [rng.choice(_HEAD_STARTERS), *rng.choices(_VOCAB, k=rng.randint(2, 8))]
    if words[-1] in _FILLER:
        words.append(rng.choice(_WORDS))
    return " ".join(words)


def _subtitle(rng: random.Random) -> str:
    words = _sentence(rng, 12, 22)
    # tass.com leads often end without a full stop.
    return words if rng.random() < 0.5 else words.rstrip(".?")


def _advisory(rng: random.Random) -> str:
    kind, n = rng.randint(0, 3), rng.randint(2, 12)
    if kind == 0:
        return f"(Adds comment from {_name(rng)} in paragraph {n})"
    if kind == 1:
        return f"(In {rng.choice(_MONTHS)[:3]}. {n} story, corrects spelling of name in paragraph {n})"
    if kind == 2:
        return f"(Updates with {rng.choice(_WORDS)} figures)"
    return f"Eds: Updates with {rng.choice(_WORDS)} details."


@frozen
class _Byline:
    lines: tuple[str, ...]
    text: str
    names: tuple[str, ...]
    affiliation: str | None
    anpa_lines: tuple[str, ...]


_BYLINE_STYLE = st.sampled_from(("by", "by-upper", "name-credit", "by-credit-line"))


@st.composite
def _byline(draw: st.DrawFn, rng: random.Random, credits: Sequence[str]) -> _Byline:
    first = _name(rng)
    second = _name(rng)
    names = (first, second) if draw(_BOOL) and second != first else (first,)
    style = draw(_BYLINE_STYLE)
    if style == "by":
        text = "By " + " and ".join(names)
        return _Byline((text,), text, names, None, (f"^{text}=",))
    if style == "by-upper":
        upper = tuple(n.upper() for n in names)
        text = "By " + " and ".join(upper)
        return _Byline((text,), text, upper, None, (f"^{text}=",))
    credit = draw(st.sampled_from(tuple(credits)))
    if style == "name-credit":
        text = f"{names[0]}, {credit}"
        return _Byline((text,), text, names[:1], credit, (f"^{text}=",))
    first = "By " + " and ".join(names)
    return _Byline((first, credit), f"{first}\n{credit}", names, credit, (f"^{first}=", f"^{credit}="))


_MONTH_NO = st.integers(1, 12)
_DAY = st.integers(1, 28)


@st.composite
def _dateline(draw: st.DrawFn, agencies: Sequence[Agency], shapes: Sequence[DatelineShape]) -> DatelineSpec:
    shape = draw(st.sampled_from(tuple(shapes)))
    tag: str | None = None
    agency: str | None = None
    if shape.tagged:
        pool = [a for a in agencies if a.bare] if shape.bare else list(agencies)
        if not pool:
            shape = next(s for s in DATELINE_SHAPES if s.name == "reuters")
            pool = list(agencies)
        ag = draw(st.sampled_from(tuple(pool)))
        spellings = [s for s in ag.spellings if "/" not in s] if shape.slash_safe else list(ag.spellings)
        if shape.bare:
            spellings = [ag.name]
        tag = draw(st.sampled_from(tuple(spellings or [ag.name])))
        agency = ag.name
    place = draw(_PLACE)
    if not shape.upper_place:
        place = place.title()
    region = draw(_REGION) if shape.region else None
    if region is not None and "/" in shape.template:
        region = "Leningrad Region"
    date_text = None
    if shape.date is not None:
        month, day = draw(_MONTH_NO), draw(_DAY)
        date_text = _DATE_FORMATS[shape.date](month, day)
    text = shape.template.format(place=place, region=region, date=date_text, tag=tag)
    if shape.name == "afp-year" and date_text is not None:
        date_text += ", 2014"
    has_place = "{place}" in shape.template
    return DatelineSpec(text, place if has_place else None, region, date_text, agency)


def _agencies(parser: Parser | None) -> list[Agency]:
    from ..parser import default_parser

    return list((parser or default_parser()).registry.agencies)


_END_MARKER = st.sampled_from(("NNNN", "ends", "ENDS", "-30-", "###"))


@st.composite
def _trailers(draw: st.DrawFn, rng: random.Random, agencies: Sequence[Agency]) -> tuple[tuple[str, ...], str | None]:
    """Trailer lines in order, and the agency a sign-off among them credits."""
    out: list[str] = []
    credited: str | None = None
    if draw(_BOOL):
        out.append(f"(Reporting by {_name(rng)}; Editing by {_name(rng)})")
    signers = [a for a in agencies if a.signoffs]
    sign = draw(_BOOL)
    if signers and sign:
        ag = draw(st.sampled_from(tuple(signers)))
        out.append(draw(st.sampled_from(ag.signoffs)))
        credited = ag.name
    if draw(_BOOL):
        out.append(draw(_END_MARKER))
    if draw(_BOOL):
        city = draw(_PLACE).title()
        out.append(f"___\n{_name(rng)} in {city} contributed to this report.")
    return tuple(out), credited


_HEADER_DATE = st.none() | st.dates(_dt.date(1985, 1, 1), _dt.date(2030, 12, 31))
_ADVISORY_COUNT = st.integers(0, 2)
_PARAGRAPH_COUNT = st.integers(1, 6)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]


@st.composite
def article_specs(
    draw: st.DrawFn,
    parser: Parser | None = None,
    *,
    shapes: Iterable[DatelineShape] | None = None,
    layouts: Iterable[str] = LAYOUTS,
    line_ends: Iterable[str] = ("\n", "\r\n", "\r"),
) -> tuple[str, ArticleSpec]:
    """A wire story and the structure it must parse into (see the module docstring)."""
    agencies = _agencies(parser)
    shape_list = list(shapes if shapes is not None else DATELINE_SHAPES)
    layout = draw(st.sampled_from(tuple(layouts)))
    eol = draw(st.sampled_from(tuple(line_ends)))
    credit_names = [c for a in agencies for c in a.bylines] or list(_CREDIT_AGENCY_NAMES)

    rng = random.Random(draw(_SEED))
    header_date = draw(_HEADER_DATE)
    headline = _headline(rng) if draw(_BOOL) else None
    subtitle = _subtitle(rng) if layout == "blank" and draw(_BOOL) else None
    advisories = tuple(_advisory(rng) for _ in range(draw(_ADVISORY_COUNT)))
    byline = draw(_byline(rng, credit_names)) if draw(_BOOL) else None
    dateline = draw(st.none() | _dateline(agencies, shape_list)) if shape_list else None
    if dateline is None and layout == "reuters1987" and shape_list:
        # Hard-wrapped 1987 copy always carries a dateline; without one its headline and first
        # paragraph cannot be told apart.
        dateline = draw(_dateline(agencies, shape_list))
    min_chars = 80 if layout == "reuters1987" else 0
    paragraphs = tuple(_paragraph(rng, min_chars) for _ in range(draw(_PARAGRAPH_COUNT)))
    trailer, signoff_agency = draw(_trailers(rng, agencies))

    if dateline is None:
        # Without a dateline only a headline, advisories and a byline are recognised in front.
        subtitle = None
        if headline is None and byline is None and not advisories:
            pass
        elif len(paragraphs) < 2 and headline is not None:
            paragraphs = (*paragraphs, _paragraph(rng))

    agency = None
    if dateline is not None and dateline.agency is not None:
        agency = dateline.agency
    elif signoff_agency is not None:
        agency = signoff_agency
    elif byline is not None and byline.affiliation is not None:
        agency = next((a.name for a in agencies if byline.affiliation.casefold() in
                       {c.casefold() for c in (*a.spellings, *a.bylines)}), None)

    text = _layout(layout, header_date, headline, subtitle, advisories, byline, dateline, paragraphs, trailer)
    if eol != "\n":
        text = text.replace("\n", eol)
    spec = ArticleSpec(
        header_date=header_date,
        headline=headline,
        subtitle=subtitle,
        advisories=advisories,
        byline=byline.text if byline else None,
        byline_names=byline.names if byline else (),
        byline_affiliation=byline.affiliation if byline else None,
        dateline=dateline,
        paragraphs=paragraphs,
        trailer=trailer,
        agency=agency,
    )
    return text, spec


def _layout(layout: str, header_date: _dt.date | None, headline: str | None, subtitle: str | None,
            advisories: tuple[str, ...], byline: _Byline | None, dateline: DatelineSpec | None,
            paragraphs: tuple[str, ...], trailer: tuple[str, ...]) -> str:
    header = [f"date {header_date.isoformat()}"] if header_date else []
    first = f"{dateline.text} {paragraphs[0]}" if dateline else paragraphs[0]
    body = (first, *paragraphs[1:])
    if layout == "reuters1987":
        front = [*([headline] if headline else []), *advisories, *(byline.lines if byline else ())]
        lines = [*header, *front]
        for i, p in enumerate(body):
            if i == 0 and dateline is not None:
                # A dateline is never wrapped: keep it whole on the first line.
                glued = dateline.text.replace(" ", "\x00")
                wrapped = [w.replace("\x00", " ") for w in _wrap(glued + p[len(dateline.text):], 65)]
            else:
                wrapped = _wrap(p, 65)
            lines.append("    " + wrapped[0])
            lines.extend(wrapped[1:])
        lines.extend(" " + t if t in {"Reuter", "Reuters"} else t for t in trailer)
        return "\n".join(lines) + "\n\x03"
    if layout == "anpa":
        front = [*([f"^{headline}<"] if headline else []), *(f"^{a}<" for a in advisories),
                 *(byline.anpa_lines if byline else ())]
        parts = ["\n".join([*header, *front])] if header or front else []
        parts.extend("\t   " + p for p in body)
        if trailer:
            parts.append("\n".join(trailer))
        return "\n \n".join(parts) + "\n\x04"
    blocks = ["\n".join(header)] if header else []
    blocks.extend(b for b in (headline, subtitle) if b)
    blocks.extend(advisories)
    if byline:
        blocks.append("\n".join(byline.lines))
    blocks.extend(body)
    if trailer:
        blocks.append("\n".join(trailer))
    return "\n\n".join(blocks) + "\n"


def articles(parser: Parser | None = None, **kwargs: object) -> st.SearchStrategy[Article]:
    """Parsed articles of :func:`article_specs` stories (same keyword arguments)."""
    from ..parser import default_parser

    p = parser or default_parser()
    return article_specs(p, **kwargs).map(lambda pair: p.parse(pair[0]))  # type: ignore[arg-type]


def wire_texts() -> st.SearchStrategy[str]:
    """Arbitrary text biased towards wire copy: any characters (control characters and lone
    surrogates included), line-end variants, and fragments that look like envelope elements."""
    fragments = st.sampled_from((
        "\n", "\r\n", "\r", "\n\n", "    ", "\t", "\x02", "\x03", "^", "<", "=", "___", "Reuter", "==Kyodo",
        "AAP RTV", "NNNN", "ends", "By Joseph Ax", "Associated Press", "(Adds quote)", "Eds: ", "(Reporting by X)",
        "MOSCOW, February 21. /TASS/. ", "LONDON (Reuters) - ", "LONDON, Feb 26 - ", "date 2019-02-21 ",
        "\u201c", "\u201d", '"', "\u00ab", "\u00bb", " ", "\ufeff", "\u2028", "\x85", "\ud800", "\udfff",
    ))
    anything = st.text(st.characters(codec=None), max_size=12)
    return st.lists(fragments | anything, max_size=40).map("".join)


def mismatches(article: Article, spec: ArticleSpec) -> list[str]:
    """The differences between a parsed article and its spec, as readable lines."""
    out: list[str] = []

    def check(what: str, got: object, want: object) -> None:
        if got != want:
            out.append(f"{what}: got {got!r}, want {want!r}")

    check("header date", article.date, spec.header_date)
    check("headline", article.headline.text if article.headline else None, spec.headline)
    check("subtitle", article.subtitle.text if article.subtitle else None, spec.subtitle)
    check("advisories", tuple(a.text for a in article.advisories), spec.advisories)
    b = article.byline
    check("byline", b.text if b else None, spec.byline)
    check("byline names", b.names if b else (), spec.byline_names)
    check("byline affiliation", b.affiliation if b else None, spec.byline_affiliation)
    dl = article.dateline
    if spec.dateline is None or dl is None:
        check("dateline", dl.text if dl else None, spec.dateline.text if spec.dateline else None)
    else:
        want = spec.dateline
        check("dateline", (dl.text, dl.location, dl.region, dl.date_text, dl.agency),
              (want.text, want.location, want.region, want.date_text, want.agency))
    check("paragraphs", tuple(p.text for p in article.paragraphs), spec.paragraphs)
    check("trailer", tuple(t.text for t in article.trailer), spec.trailer)
    check("agency", article.agency, spec.agency)
    return out
