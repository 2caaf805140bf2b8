"""In-article coreference by rule: people introduced by title and name ("Russian Foreign
Minister Sergey Lavrov") and later called "the minister", "the Russian foreign minister",
"the diplomat", "Lavrov", "Mr. Lavrov" or "he".

No statistical model: capitalised runs of words give the names, the title lexicon the roles,
and a reference resolves to the most recent compatible person before it. When nothing fits,
the resolver says so (None) rather than guessing.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from ..models import Paragraph, Person, Span, trusted_person, trusted_span
from ..text import BREAK_PATTERN

__all__ = ["Lexicon", "People", "lexicon"]

# Between two words of a name: blanks, or one line break with blanks around it (a hard wrap:
# "board chairman Ramon\nOrtega"), never a blank line (the next word must follow). Possessive, so
# linear. A break that is a paragraph boundary (one-line or indented copy) is no wrap: the scans
# check the paragraphs whenever a match holds a break (People._crosses).
_SEP = r"(?:[ \t]++(?:" + BREAK_PATTERN + r"[ \t]*+)?|" + BREAK_PATTERN + r"[ \t]*+)"
# A hard wrap with its blanks: what a reflow turns into one space (People._flat).
_WRAP = re.compile(r"[ \t]*+" + BREAK_PATTERN + r"[ \t]*+")
# The same for copy without a CR (nearly all): one LF, written so that the scan costs little more
# than blanks alone (_SEP's branches cost a quarter more over a story).
_SEP_LF = r"(?:[ \t]++\n?+|\n)[ \t]*+"
# A capitalised run: two to six words, each capitalised (initials and "Mr." keep their period),
# over blanks or a hard wrap. A run never crosses a blank line; a run over a line break that starts
# a paragraph (one-line or indented copy) is cut there (People._cut).
#: Lower-case particles inside a personal name ("Ursula von der Leyen", "Hugo de la Torre",
#: "Mohammed bin Salman"): the one list the run scan and the attribution rule read.
NAME_PARTICLES = frozenset("de da van von der den al bin ibn la le del di du dos".split())
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


def _run_pattern(sep: str) -> str:
    # Possessive word quantifiers: a word never gives characters back (no backtracking into it).
    # A word may be initials written together ("H.W.", "U.S."): one word, as the tokeniser reads it.
    # A name particle needs a capitalised word after it, or one more particle and then a capitalised
    # word ("Ursula von der Leyen", "Maria de la Cruz"); six words after the first let a long title
    # keep such a name whole ("European Commission President Ursula von der Leyen"). An Arabic family
    # name with its article ("Mohammed Shia al-Sudani", "Abdel-Fattah el-Sisi") is a name word.
    return (r"[A-Z](?:\.[A-Z])*+[\w'’-]*+\.?(?:" + sep + r"(?:[A-Z](?:\.[A-Z])*+[\w'’-]*+\.?|(?:" + _PARTICLES
            + r")(?=" + sep + r"(?:(?:" + _PARTICLES + r")" + sep + r")?[A-Z])|[ae]l-[A-Z][\w'’-]*+)){1,6}")


_RUN = re.compile(_run_pattern(_SEP_LF))
# The same run, and the word after it when blanks and a word follow (group 1; a lookahead, so the
# runs found are the same): the test for a cue verb after the run reads it off the match. Blanks
# only: a word after a line break may open the next paragraph (People._cue_after reads that case).
_RUN_NEXT = re.compile(_RUN.pattern + r"(?:(?=[ \t]+(\w+)))?")
# The same for copy with CRs (CRLF, CR, CR CR LF breaks): People picks it when the text has a CR.
_RUN_NEXT_CR = re.compile(_run_pattern(_SEP) + r"(?:(?=[ \t]+(\w+)))?")
_APPOSITIVE = re.compile(r"," + _SEP + r"(?:(?:the|a|an)" + _SEP + r")?(?:[A-Z][\w-]*+" + _SEP + r"){0,3}([\w-]+)")
_LOOKBACK = 64
# Words that cannot stand between an indefinite article and the role noun it introduces.
_ROLE_BREAKS = frozenset("for of to in at with as than on by from and or but".split())
_ANONYMOUS_REACH = 1500  # characters before a role in which an unnamed source with that role counts
# Words after a title in an appositive that keep it a title (", spokeswoman of the ministry").
_APPOSITIVE_LINKS = frozenset("of for at in to with from and who".split())
_IT_REACH = 200  # characters from an organisation's mention to an "it" that refers back to it
_WORDISH = frozenset("'’.-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# One to three capitalised words, each followed by blanks, ending at the end of the text: the name
# words before a surname (_find_full_name). _NAME_BEFORE is its definition; _NAME_BEFORE_REV the same
# pattern read backwards, matched once at the start of the reversed window (_name_before) instead
# of a search that tries every position of the window.
_NAME_BEFORE = re.compile(r"((?:[A-Z](?:\.[A-Z])*[\w'’-]*\.?[ \t]+){1,3})$")
# A line ending with a word of four or more characters and a period: a sentence ends there, so a
# name read back over the hard wrap after it stops at the wrap.
_SENTENCE_LINE_END = re.compile(r"(?<!\S)\S{4,}\.[ \t]*+(?:\r\n?|\n)")
_NAME_BEFORE_REV = re.compile(r"(?:[ \t]+\.?[\w'’-]*(?:[A-Z]\.)*[A-Z]){1,3}")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_NEXT_WORD_WRAP = re.compile(_SEP + r"(\w+)")
_BREAK_CHARS = frozenset("\r\n")
_BLANK_LINES = ("\n\n", "\r\n\r\n", "\r\r")  # a line break that opens a blank line
_BLANK_OR_BREAK = frozenset(" \t\r\n")
_PLACE_PREPOSITIONS = frozenset(("to", "in", "at", "of", "for", "to the", "in the", "at the", "of the", "for the"))
# "Speaker of the ", "Head of ": a capitalised title word and the preposition before an office's complement.
_TITLE_PREPOSITIONS = frozenset(("of", "for", "on"))
_OF_LINKS = frozenset(("of", "the", "for", "on"))
_INDEFINITE_WORDS = frozenset(("a", "an", "one", "another"))
_POSSESSIVE = re.compile(r"['’]s?$")
MEMO_MAX = 4096  # entries of each Lexicon memo
_K = TypeVar("_K")
_V = TypeVar("_V")


class Memo(dict[_K, _V]):
    """A per-parser memo of a pure function of words and the lexicon: read with ``get``, filled with
    :meth:`keep`, which empties it when full (MEMO_MAX), so no input grows it without bound."""

    def keep(self, key: _K, value: _V) -> _V:
        if len(self) >= MEMO_MAX:
            self.clear()
        self[key] = value
        return value


_NO_TITLE: tuple[frozenset[str], str | None] = (frozenset(), None)  # People._title_reading(None)
# Lexicon.run_kind values.
RUN_PLAIN = 0
RUN_TITLED = 1
RUN_FIRST_NAMED = 2
# People._read_run: (words, title, name words, a sentence end cut the run, the period trimmed off the
# last name word (0 or 1), the name the words make or None).
_RunReading = tuple[tuple[str, ...], "str | None", tuple[str, ...], bool, int, "str | None"]


def _name_before(src: str, lo: int, i: int) -> str | None:
    """``_NAME_BEFORE.search(src, lo, i).group(1)`` (or None) when ``src[i - 1]`` is a blank: the
    search's leftmost start is the deepest one the reversed pattern reaches from ``i`` (its greedy
    word takes the leftmost capital of a chunk, and only a word that fills its chunk after a blank
    lets the next one be read), so one anchored match of the reversed window gives the same text."""
    m = _NAME_BEFORE_REV.match(src[lo:i][::-1])
    return src[i - m.end():i] if m is not None else None


def _source_offset(text: str, k: int) -> int:
    """The offset in ``text`` of offset ``k`` of its reflowed form (each hard wrap one space)."""
    shift = 0
    for m in _WRAP.finditer(text):
        flat_at = m.start() - shift  # where the wrap's space is in the reflowed text
        if k <= flat_at:
            break
        shift += m.end() - m.start() - 1
    return k + shift


class Lexicon:
    """The lexicon kinds the attribution and coreference rules use, as frozen sets."""

    def __init__(self, words: dict[str, frozenset[str]]) -> None:
        low = {k: frozenset(w.casefold() for w in v) for k, v in words.items()}
        self.cues = low.get("cue_verb", frozenset())
        self.cue_source = low.get("cue_source", frozenset())
        self.titles = low.get("title", frozenset())
        self.generic = low.get("generic_person", frozenset())
        self.orgs = low.get("organisation", frozenset())
        self.pronouns = low.get("pronoun", frozenset())
        self.markers = low.get("term_marker", frozenset())
        self.abbreviations = low.get("abbreviation", frozenset())
        self.adverbs = low.get("cue_adverb", frozenset())
        self.stopwords = low.get("stopword", frozenset())
        self.female = low.get("female_title", frozenset())
        self.male = low.get("male_title", frozenset())
        # First names that are strongly one gender (census lists, data/first_names.json).
        self.female_first = low.get("female_first_name", frozenset())
        self.male_first = low.get("male_first_name", frozenset())
        self.first_names = self.female_first | self.male_first
        # Cues that take "to" + listener ("said to reporters"), not an infinitive.
        self.with_to = low.get("cue_with_to", frozenset())
        # Cues after an attribution that name where the words were reported ('"...," X said,
        # according to CNN'): the text credits the quote to that source.
        self.outer_source = low.get("cue_outer_source", frozenset())
        # Words that end the complement of a long title and are never part of a person's name:
        # organisation words, place nouns, party names ("... Committee on International Affairs
        # Leonid Slutsky", "House Republican Thomas Massie").
        self.name_stops = self.orgs | low.get("name_stop", frozenset())
        self.nationalities = low.get("nationality", frozenset())
        # "Sen." stands for "senator", "Rep." for "representative", "congressman", "congresswoman":
        # an abbreviated title holds the role its words spell out ("Sen. X" ... "the senator").
        self.title_short: dict[str, frozenset[str]] = {}
        for entry in low.get("title_short", frozenset()):
            short, _, full = entry.partition("=")
            if full:
                self.title_short[short.strip()] = frozenset(full.split())
        # Role phrases that stand for a title ("the head of state" -> the person titled president),
        # written "phrase=title words".
        self.role_alias: dict[str, tuple[str, ...]] = {}
        for entry in low.get("role_alias", frozenset()):
            phrase, _, title = entry.partition("=")
            if phrase.split() and title.split():
                self.role_alias[" ".join(phrase.split())] = tuple(title.split())
        # After an attribution's mention: up to eight words ("said of the families"), a comma, an
        # optional appositive closed by a comma, then the cue (group 1); one anchored match.
        self.after_attribution: re.Pattern[str] | None = None
        self.outer_cue: re.Pattern[str] | None = None
        self.outer_relaxed: re.Pattern[str] | None = None
        if self.outer_source:
            alts = "|".join(sorted((r"[ \t]+".join(map(re.escape, c.split())) for c in self.outer_source),
                                   key=len, reverse=True))
            # The cue alone, searched first: it is rare, so most attributions stop at this C-speed scan.
            # (It starts with the comma: a literal first character lets the scan run at C speed.)
            self.outer_cue = re.compile(r",[ \t]+(?:" + alts + r")\b")
            # Without the final \b: a match of outer_cue in any stretch of the text is a match of this
            # one at the same comma in the whole text, so one scan per article finds every comma an
            # outer cue can start at (exact while no cue has a comma of its own).
            if not any("," in c for c in self.outer_source):
                self.outer_relaxed = re.compile(r",[ \t]+(?:" + alts + r")")
            self.after_attribution = re.compile(r"(?:[ \t]+[\w'’-]+){0,8}?[ \t]*,(?:[^,.;:!?\"“”\n]{1,80}?,)??"
                                                r"[ \t]+(" + alts + r")[ \t]+(?=\S)")
        # Multi-word cues ("pointed out", "according to"): first word -> full phrases.
        self.phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
        for cue in self.cues | self.cue_source:
            ws = tuple(cue.split())
            if len(ws) > 1:
                self.phrases[ws[0]] = (*self.phrases.get(ws[0], ()), ws)
        self.cue_firsts = frozenset(c.split()[0] for c in self.cues)
        # Readings of words that depend on the lexicon alone, shared by the stories one parser reads
        # (names and titles recur from story to story): People.split_title, and the attribution
        # rule's name readings. Emptied when full (MEMO_MAX), so no input grows them without bound.
        self.split_memo: Memo[tuple[str, ...], tuple[str | None, tuple[str, ...]]] = Memo()
        self.name_readings: Memo[tuple[str, ...], tuple[int, str | None, tuple[str, ...]]] = Memo()
        # What a run's text is (People.scan_to): RUN_TITLED (a title word in it), RUN_FIRST_NAMED (no
        # title word; a first name of known gender, then a surname: People._first_named) or
        # RUN_PLAIN; one look-up per run instead of two. A run over a hard wrap keeps its line break
        # in the key: the memos read the run's words only (split on any blank), so the wrapped and
        # one-line texts of a run map to the same value, under two keys.
        self.run_kind: Memo[str, int] = Memo()
        # A kept run's reading (People._read_run): its words, title and name words (after a
        # sentence end inside the run), whether it had one, and the name it gives.
        self.run_split: Memo[str, _RunReading] = Memo()
        # The full name (and title) that the words before a surname make (People.full_name_from).
        self.full_names: Memo[tuple[str, str], tuple[str, str | None] | None] = Memo()
        # A title's lower-case words and the gender they give (People._title_reading).
        self.title_readings: Memo[str, tuple[frozenset[str], str | None]] = Memo()
        # The attribution rule's head_shape verdicts on a subject and a verb, and the last word of each
        # term marker (its is_term reads the markers only after such a word).
        self.head_shapes: Memo[tuple[str, str], bool] = Memo()
        self.marker_lasts = frozenset(m.rsplit(None, 1)[-1] for m in self.markers if m.split())
        self.source_firsts = frozenset(c.split()[0] for c in self.cue_source)
        self.all_firsts = self.cue_firsts | self.source_firsts


def lexicon(registry: Any) -> Lexicon:
    """The registry's lexicon, built once per parser (plugins may add words)."""
    lex: Lexicon | None = registry.cache.get("newsparse.coref.lexicon")
    if lex is None:
        kinds = ("cue_verb", "cue_source", "title", "generic_person", "organisation", "pronoun", "term_marker",
                 "abbreviation", "cue_adverb", "stopword", "female_title", "male_title", "cue_with_to",
                 "cue_outer_source", "female_first_name", "male_first_name", "role_alias", "name_stop",
                 "nationality", "title_short")
        lex = Lexicon({k: registry.words(k) for k in kinds})
        registry.cache["newsparse.coref.lexicon"] = lex
    return lex


def _title_words(title: str | None) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in title.split()) if title else frozenset()


class _Entity:
    __slots__ = ("first", "gender", "kind", "mentions", "name", "out_of_order", "title", "title_words")

    def __init__(self, name: str, title: str | None, kind: str, first: int, gender: str | None,
                 title_words: frozenset[str]) -> None:
        self.name = name
        self.title = title
        self.title_words = title_words  # _title_words(title)
        self.kind = kind
        self.first = first
        self.gender = gender
        self.mentions: list[Span] = []
        # Whether a mention was read after one further on in the text (mentions are read in text
        # order but for one read ahead of its quote): anonymous_since's short cut needs text order.
        self.out_of_order = False


class People:
    """The people (and speaking organisations) of one article, found lazily: the capitalised
    runs of the body are scanned once, and only as far as the last reference that needs them."""

    def __init__(self, src: str, start: int, end: int, lex: Lexicon, quoted: list[Span] | None = None,
                 paragraphs: Sequence[Paragraph] = ()) -> None:
        self.src = src
        # Where the paragraphs start and end: a line break between two of them is no hard wrap.
        # Read only when a match holds a line break (lazily: _paragraph_table).
        self.paragraphs = paragraphs
        self._pstarts: list[int] | None = None
        self._pends: list[int] = []
        self._pstart_set: frozenset[int] = frozenset()
        # Copy with CRs needs the run pattern that knows every kind of line break.
        self._run_re = _RUN_NEXT if src.find("\r", start, end) < 0 else _RUN_NEXT_CR
        # Names inside quotations are what the speaker talks about, never who speaks.
        self.quoted = sorted((q.start, q.end) for q in quoted or ())
        self.start = start
        self.end = end
        self.lex = lex
        self.entities: list[_Entity] = []
        self._by_name: dict[str, _Entity] = {}
        self._iter: Iterator[re.Match[str]] | None = None
        self._gap_end = start  # end of the stretch between quotations _runs is scanning
        self._peek: re.Match[str] | None = None
        self._scanned = start
        self._prev: tuple[int, int, tuple[str, ...]] | None = None
        self._surnames: dict[str, tuple[str, str | None] | None] = {}
        self._by_last: dict[str, _Entity] = {}
        self._by_first: dict[str, _Entity] = {}
        # (position, entity) of each mention, in the order they were found.
        self._events: list[tuple[int, _Entity]] = []
        # Index of the last event that came before its predecessor in the text (0: none): the
        # look-back window after it is in text order (see last_person).
        self._descent = 0

    # --- scanning --------------------------------------------------------------------------
    def scan_to(self, pos: int) -> None:
        """Scan the capitalised runs before ``pos`` (once each): resolution only ever needs the
        people introduced before the reference, so text after the last reference is never read."""
        if pos <= self._scanned:
            return
        if self._iter is None:
            self._iter = self._runs()
        src = self.src
        titles = self.lex.titles
        cues = self.lex.cues
        run_kind = self.lex.run_kind
        cr = self._run_re is _RUN_NEXT_CR  # (without a CR in the text, a run's break is a LF)
        runs: Iterable[re.Match[str]] = self._iter
        if self._peek is not None:
            runs = itertools.chain((self._peek,), runs)  # the run the last call stopped at
            self._peek = None
        while True:
            for m in runs:
                start = m.start()
                if start >= pos:
                    self._peek = m
                    self._scanned = pos
                    return
                text = m.group()
                if ("\n" in text or (cr and "\r" in text)) and self._crosses(start, m.end()):
                    # The run goes over a paragraph start: its part in its paragraph, then the runs from
                    # the next paragraph on (what a scan of each paragraph alone finds).
                    runs = self._iter = self._cut(start)
                    break
                if start and src[start - 1] in _WORDISH:
                    continue  # inside a word ("iPhone Pro")
                end = m.end()
                # Most runs introduce nobody: no title word in them (one set test, or one look-up of the
                # run's text: it depends on the lexicon only, so it is read once per parser), and no
                # title or cue word next to them (:meth:`_untitled`); they only reset the run before.
                kind = run_kind.get(text)
                if kind is None:
                    kind = run_kind.keep(text, RUN_TITLED if not titles.isdisjoint(
                        text.casefold().replace(".", " ").split()) else RUN_FIRST_NAMED if self._first_named(text)
                        else RUN_PLAIN)
                if kind == RUN_FIRST_NAMED:
                    # Kept whatever _untitled says: only its title before the run (``pre``) is read, and
                    # that does not depend on the cue after the run (not read: any value will do).
                    self._scan_run(start, end, text, self._untitled(start, end, False)[1])
                elif kind != RUN_TITLED:
                    after = m.group(1)
                    if after is not None and m.end(1) < self._gap_end:
                        # The whole next word (it ends before the end of the scanned stretch): what
                        # _cue_after reads.
                        cue_after: bool | None = after.casefold() in cues
                    else:
                        # Blanks next, or a line break that is no blank line: _cue_after reads the word
                        # after them.
                        c = src[end:end + 1]
                        cue_after = None if c == " " or c == "\t" or (
                            (c == "\n" or c == "\r") and not src.startswith(_BLANK_LINES, end)) else False
                    keep, pre = self._untitled(start, end, cue_after)
                    if not keep and not self._after_title_place(start, end):
                        self._prev = None
                        continue
                    self._scan_run(start, end, text, pre)
                else:
                    self._scan_run(start, end, text, None)
            else:
                break
        self._scanned = self.end

    def _runs(self) -> Iterator[re.Match[str]]:
        """The capitalised runs between the quotations: names inside them are what a speaker talks
        about, never who speaks, so the quoted text (often a third of a story) is never scanned."""
        return self._runs_from(self.start)

    def _runs_from(self, begin: int) -> Iterator[re.Match[str]]:
        """:meth:`_runs` from ``begin`` on (also after a run cut at a paragraph start: :meth:`_cut`)."""
        src = self.src
        run_re = self._run_re
        pos = self.start
        for qs, qe in self.quoted:
            if qs > pos:
                self._gap_end = gap_end = min(qs, self.end)
                if gap_end > begin:
                    yield from run_re.finditer(src, max(pos, begin), gap_end)
            if qe > pos:
                pos = qe
        if pos < self.end:
            self._gap_end = self.end
            yield from run_re.finditer(src, max(pos, begin), self.end)

    # --- hard wraps: a line break inside a paragraph reads as a space -----------------------
    def _paragraph_table(self) -> list[int]:
        """The paragraph starts (sorted), built on first use: only a match with a line break needs it."""
        starts = self._pstarts
        if starts is None:
            spans = [p.span for p in self.paragraphs]
            starts = self._pstarts = [sp.start for sp in spans]
            self._pends = [sp.end for sp in spans]
            self._pstart_set = frozenset(starts)
        return starts

    def _crosses(self, a: int, b: int) -> bool:
        """A paragraph starts after ``a`` and before ``b``: ``src[a:b]`` is not in one paragraph."""
        starts = self._paragraph_table()
        i = bisect.bisect_right(starts, a)
        return i < len(starts) and starts[i] < b

    def _paragraph_at(self, pos: int) -> tuple[int, int]:
        """Start and end of the paragraph holding ``pos`` (the scanned range without paragraphs)."""
        starts = self._paragraph_table()
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return self.start, self.end
        return starts[i], self._pends[i]

    def _wrapped_at(self, pos: int) -> bool:
        """The line break with blanks right before ``pos`` (a word start) is a hard wrap: ``pos``
        opens no paragraph."""
        self._paragraph_table()
        return pos not in self._pstart_set

    def _after_wrap(self, pos: int) -> bool:
        """The blanks before ``pos`` (a word start) hold a hard wrap: one line break after a
        non-blank character (not a blank line), and ``pos`` opens no paragraph."""
        src = self.src
        lo = self.start
        k = pos - 1
        while k > lo and src[k] in " \t":
            k -= 1
        if src[k] not in _BREAK_CHARS:
            return False
        if src[k] == "\n" and src[k - 1:k] == "\r":
            k -= 2 if src[k - 2:k - 1] == "\r" else 1  # CRLF, CR CR LF: one break
        k -= 1
        while k >= lo and src[k] in " \t":
            k -= 1
        if k < lo or src[k] in _BREAK_CHARS:
            return False  # a blank line: a paragraph boundary
        return self._wrapped_at(pos)

    def _wrap_in(self, lo: int, window: str) -> bool:
        """The last line break of ``window`` (``src[lo:...]``) is a hard wrap (no blank line, no
        paragraph start after it): only then can name words before a surname run over it."""
        k = max(window.rfind("\n"), window.rfind("\r")) + 1
        while k < len(window) and window[k] in " \t":
            k += 1
        return self._after_wrap(lo + k)

    def _cut(self, start: int) -> Iterator[re.Match[str]]:
        """After a run at ``start`` that crosses a paragraph start: the run cut where its paragraph
        ends (if still a run), then every run from the next paragraph on."""
        starts = self._paragraph_table()
        i = bisect.bisect_right(starts, start)
        head = self._run_re.match(self.src, start, self._pends[i - 1]) if i > 0 else None
        rest = self._runs_from(starts[i])
        return itertools.chain((head,), rest) if head is not None else rest

    def _flat(self, a: int, b: int) -> str:
        """``src[a:b]`` with each hard wrap (a line break and the blanks around it) one space, as
        in the paragraph's reflowed text (blanks at the ends are kept, unlike :func:`reflow`)."""
        return _WRAP.sub(" ", self.src[a:b])

    def _untitled_wrapped(self, start: int, end: int) -> tuple[bool, str | None]:
        """:meth:`_untitled` for a run after a hard wrap, read on the reflowed text of its paragraph
        around it (the look-backs read fixed offsets before the run, written for one space)."""
        ps, pe = self._paragraph_at(start)
        lo, hi = max(ps, start - 120), min(pe, end + 120)
        before, run, after = self._flat(lo, start), self._flat(start, end), self._flat(end, hi)
        view = People(before + run + after, 0, len(before) + len(run) + len(after), self.lex)
        return view._untitled(len(before), len(before) + len(run), None)

    def _scan_run(self, start: int, end: int, text: str, pre: str | None) -> None:
        """Register a person the text introduces with a title ("Foreign Minister Sergey Lavrov",
        "Kremlin spokesman Dmitry Peskov") or next to a cue verb ("said Natalia Eismont"); ``pre``
        is the lower-case title before an untitled run (:meth:`_untitled`)."""
        src = self.src
        prev = self._prev
        run_split = self.lex.run_split
        reading = run_split.get(text)
        if reading is None:
            reading = run_split.keep(text, self._read_run(text))
        toks, title, name_toks, cut, trim, name = reading
        if cut:
            pre = None  # no title before the run applies after a sentence end inside it
        if pre:
            title = f"{pre} {title}" if title else pre
        elif prev is not None and len(name_toks) >= 3 and start - prev[1] <= 9 and \
                src[prev[1]:start].strip().casefold() in _PLACE_PREPOSITIONS:
            # "Ambassador to Havana Viktor Koronelli", "Permanent Representative to the UN Vasily
            # Nebenzya", "Ambassador to the United States Anatoly Antonov": the place belongs to the
            # title; the name is its last two words, or starts at a known first name.
            ptitle, pnames = self.split_title(prev[2])
            if ptitle and not pnames:
                between = src[prev[1]:start]
                if "\n" in between or "\r" in between:
                    between = _WRAP.sub(" ", between)  # "Ambassador to\nHavana": the title is one line
                name_at = next((k for k in range(1, len(name_toks) - 1)
                                if name_toks[k].casefold() in self.lex.first_names), len(name_toks) - 2)
                title = f"{ptitle}{between}{' '.join(name_toks[:name_at])}"
                trim, name = self._name_of(name_toks[name_at:])
        elif prev is not None and len(name_toks) >= 3 and start - prev[1] <= 24 and \
                ("\n" in src[prev[1]:start] or "\r" in src[prev[1]:start]):
            # The same over a hard wrap ("Ambassador to\n    Havana ..."), read as the reflowed text.
            between = _WRAP.sub(" ", src[prev[1]:start])
            ptitle, pnames = self.split_title(prev[2])
            if len(between) <= 5 and between.strip().casefold() in _PLACE_PREPOSITIONS and ptitle and not pnames:
                title = f"{ptitle}{between}{name_toks[0]}"
                trim, name = self._name_of(name_toks[1:])
        self._prev = (start, end, toks)
        if name is not None:
            end -= trim
            if "\n" in text or "\r" in text:
                # A run over a hard wrap: the name's place in its reflowed text, mapped back to the source.
                name_start = start + _source_offset(text, len(_WRAP.sub(" ", text)) - trim - len(name))
            else:
                name_start = end - len(name)
            span = trusted_span(max(start, name_start), end)
            if not title and self._title_read(name):
                title = self.appositive_title(end)
            self.add(name, title, span, "person")

    def _title_read(self, name: str) -> bool:
        """Whether :meth:`add` would read a title given with ``name``: only for a new person or one
        without a title yet. Short-cut: the appositive after a name ("..., spokeswoman of ...") is
        looked for only then (the general path looks for it every time; the tests check both agree)."""
        known = self._by_name.get(name.casefold())
        return known is None or not known.title

    def _read_run(self, text: str) -> _RunReading:
        """What :meth:`_scan_run` reads off a run's text alone (a function of the text and the
        lexicon, kept per parser in Lexicon.run_split): its words, the title and name words after the
        last sentence end inside it, whether there was one, and :meth:`_name_of` the name words."""
        toks = tuple(text.split())
        title, name_toks = self.split_title(toks)
        cut = self._sentence_start(toks) if "." in text else 0
        if cut:
            # "... 26-year-old Tywanza. Sanders called": the run spans a sentence end; what
            # introduces a person is the part after it.
            title, name_toks = self.split_title(toks[cut:])
        return (toks, title, name_toks, cut > 0, *self._name_of(name_toks))

    def _name_of(self, name_toks: tuple[str, ...]) -> tuple[int, str | None]:
        """The name that a run's name words give (None: too short, too long, or not a name) and
        whether the last word's period was trimmed off (1) or not (0)."""
        last = name_toks[-1] if name_toks else ""
        trim = 0
        if last.endswith(".") and len(last) > 2 and "." not in last[:-1] and \
                last[:-1].casefold() not in self.lex.abbreviations:
            # "... voted for Mark Daugherty." The period ends the sentence, not the name.
            name_toks = (*name_toks[:-1], last[:-1])
            trim = 1
        if 2 <= len(name_toks) <= 4 and self.looks_like_name(name_toks):
            return trim, " ".join(name_toks)
        return trim, None

    def _first_named(self, text: str) -> bool:
        """A run of two or three words that starts with a first name of known gender ("Felicia
        Sanders and ..."): news copy introduces a person by first name and surname, so the run is a
        person even with no title or cue next to it (a capitalised phrase that opens with such a
        name is rarely anything else). A function of the run's text and the lexicon: kept per parser
        (Lexicon.run_kind, with whether the run has a title word)."""
        words = text.split()
        stopwords = self.lex.stopwords
        k = 0
        while k < len(words) and words[k].casefold() in stopwords:
            k += 1
        rest = words[k:]
        # First name and surname, with at most a middle initial ("Mary J. Blige"): a longer
        # phrase that opens with a first name is a place or an institution as often as not
        # ("Madison Square Garden", "Truman Presidential Library").
        return rest[0].casefold() in self.lex.first_names if len(rest) == 2 else (
            len(rest) == 3 and _INITIALS.fullmatch(rest[1]) is not None
            and rest[0].casefold() in self.lex.first_names) if rest else False

    def _after_title_place(self, start: int, end: int) -> bool:
        """A run right after a title and a place preposition ("Permanent Representative to the UN
        Vasily Nebenzya"): the place and the name of a titled person (:meth:`_scan_run` splits them)."""
        prev = self._prev
        if prev is None or start - prev[1] > 9 or \
                self.src[prev[1]:start].strip().casefold() not in _PLACE_PREPOSITIONS or \
                len(self.src[start:end].split()) < 3:
            return False  # (a place alone, "Ambassador to the United States", names nobody)
        ptitle, pnames = self.split_title(prev[2])
        return ptitle is not None and not pnames

    def _untitled(self, start: int, end: int, cue_after: bool | None) -> tuple[bool, str | None]:
        """Whether a run without a title word introduces a person, and the lower-case title before it:
        ``pre = _title_before(start)``, kept when ``pre`` or :meth:`_near_cue`. Both read the word
        before the run; when it is plain letters after a space (the common case), it is read once
        here and the general functions run only when it is a title (for the words before it).
        ``cue_after``: :meth:`_cue_after` when the caller read it already, else None."""
        src = self.src
        if start >= 2 and src[start - 2].islower():
            if src[start - 1] == " ":
                ws = src.rfind(" ", max(self.start, start - 20), start - 1)
                word = src[ws + 1:start - 1]
                if ws >= 0 and word.isalpha():
                    # The last chunk of _title_before's window and _near_cue's word before the run.
                    lw = word.casefold()
                    pre = self._title_before(start) if lw in self.lex.titles and word == word.lower() else None
                    if pre or lw in self.lex.cues:
                        return True, pre
                    if (self._cue_after(end) if cue_after is None else cue_after):
                        return True, None
                    if lw in _OF_LINKS:
                        pre = self._title_of(start, end)
                        return pre is not None, pre
                    return False, None
            if src[start - 1] in _BREAK_CHARS and self._wrapped_at(start):
                return self._untitled_wrapped(start, end)  # "chairman\nRamon Ortega"
            pre = self._title_before(start)
            return pre is not None or self._near_cue(start, end), pre
        if start >= 2 and src[start - 2] in _BLANK_OR_BREAK and src[start - 1] in _BLANK_OR_BREAK and \
                not (src[start - 1] == "\n" and src[start - 2] == "\n") and self._after_wrap(start):
            # A hard wrap with blanks before the run ("chairman\n    Ramon", CRLF) is a space.
            return self._untitled_wrapped(start, end)
        return (self._cue_after(end) if cue_after is None else cue_after), None

    def _title_of(self, start: int, end: int) -> str | None:
        """A capitalised title word before "of the" and a run whose name follows its last organisation
        word or place noun ("Speaker of the Federation Council Valentina Matviyenko, for her part,
        ...", "Head of the Chechen Republic Ramzan Kadyrov on Monday ..."): TASS and Interfax put the
        office before the name, so the run is that titled person whatever follows it (a cue verb or
        not). The title word is returned (the office's complement is no part of it)."""
        words = self.src[max(self.start, start - 40):start].rsplit(None, 3)[-3:]
        if len(words) >= 2 and words[-1] == "the":
            words.pop()
        if len(words) < 2 or words[-1] not in _TITLE_PREPOSITIONS:
            return None
        word = words[-2]
        if not (word[:1].isupper() and word.isalpha() and word.casefold() in self.lex.titles):
            return None
        toks = tuple(self.src[start:end].split())
        bare = [t.casefold().rstrip(".") for t in toks]
        name = self._after_name_stops(toks, bare)
        return word if len(name) < len(toks) and self._name_of(name)[1] is not None else None

    def _cue_after(self, end: int) -> bool:
        """A cue verb right after a run ("Eismont said", "Eismont\nsaid" over a hard wrap):
        :meth:`_near_cue`'s first test."""
        c = self.src[end:end + 1]
        if c in (" ", "\t"):
            m = _NEXT_WORD.match(self.src, end)
            if m is not None:
                return m.group(1).casefold() in self.lex.cues
        elif c not in ("\n", "\r"):
            return False
        # Blanks up to a line break, or a break: the word after a hard wrap, not after a paragraph end.
        m = _NEXT_WORD_WRAP.match(self.src, end, self.end)
        if m is None or not self._wrapped_at(m.start(1)):
            return False
        return m.group(1).casefold() in self.lex.cues

    def _near_cue(self, start: int, end: int) -> bool:
        """An untitled name next to a cue verb ("said Natalia Eismont", "Eismont said") is a person."""
        cues = self.lex.cues
        src = self.src
        if self._cue_after(end):
            return True
        if start >= 2 and src[start - 2].islower():
            ws = src.rfind(" ", max(self.start, start - 20), start - 1) + 1
            return src[ws:start - 1].casefold() in cues
        return False

    def appositive_title(self, end: int) -> str | None:
        """", spokeswoman of the Belarusian leader" after a name: its title."""
        m = _APPOSITIVE.match(self.src, end)
        if m is not None and m.group(1).casefold() in self.lex.titles:
            after = _NEXT_WORD.match(self.src, m.end())
            if after is not None and after.group(1).islower() and after.group(1) not in self.lex.titles and \
                    after.group(1) not in _APPOSITIVE_LINKS:
                return None  # the title word modifies a noun that is none ("the Kremlin press service")
            g = m.group()
            if ("\n" in g or "\r" in g) and self._crosses(end, m.end()):
                # Over a paragraph boundary: what the match reads within the paragraph.
                m = _APPOSITIVE.match(self.src, end, self._paragraph_at(end)[1])
                if m is None or m.group(1).casefold() not in self.lex.titles:
                    return None
            return m.group(1)
        return None

    def _title_before(self, pos: int) -> str | None:
        """Lower-case title words just before a name: "spokesman" in "Kremlin spokesman Dmitry Peskov"."""
        if pos < 2 or not self.src[pos - 2].islower():
            return None
        back = self.src[max(self.start, pos - 40):pos]
        words = back.split()
        taken: list[str] = []
        for w in reversed(words[-3:]):
            lw = w.casefold().strip(",")
            if lw in self.lex.titles and w == w.lower():
                taken.append(w)
            else:
                break
        if taken and taken[-1] == "counterpart" and len(words) > len(taken) and words[-len(taken) - 1][:1].isupper():
            # "his Belarusian counterpart Alexander Lukashenko": whose counterpart is the title's point.
            taken.append(words[-len(taken) - 1])
        return " ".join(reversed(taken)) or None

    def split_title(self, toks: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
        """("Russian", "Foreign", "Minister", "Sergey", "Lavrov") -> ("Russian Foreign Minister", names).
        A function of the words and the lexicon: read once per parser (Lexicon.split_memo)."""
        memo = self.lex.split_memo
        got = memo.get(toks)
        if got is None:
            got = memo.keep(toks, self._split_title(toks))
        return got

    def _split_title(self, toks: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
        if toks and ("'" in toks[-1] or "’" in toks[-1]) and _POSSESSIVE.search(toks[-1]):
            toks = (*toks[:-1], _POSSESSIVE.sub("", toks[-1]))
        titles = self.lex.titles
        stopwords = self.lex.stopwords
        lows = [t.casefold() for t in toks]
        bare = [lt.rstrip(".") for lt in lows]
        # One set test instead of a loop over the words: most runs and mentions have no title word.
        if titles.isdisjoint(bare):
            # No title word: only the leading stopwords go.
            if not lows or lows[0] not in stopwords:
                return None, self._after_name_stops(toks, bare)
            lead = 1
            while lead < len(toks) and lows[lead] in stopwords:
                lead += 1
            return None, self._after_name_stops(toks[lead:], bare[lead:])
        last_title = len(bare) - 1
        while bare[last_title] not in titles:
            last_title -= 1
        lead = 0
        while lead < len(toks) and lows[lead] in stopwords and bare[lead] not in titles:
            lead += 1
        title = " ".join(toks[lead:last_title + 1]) or None
        return title, self._after_name_stops(toks[last_title + 1:], bare[last_title + 1:])

    def _after_name_stops(self, toks: tuple[str, ...], bare: list[str]) -> tuple[str, ...]:
        """The name after the last organisation word or place noun of a long title's complement:
        "International Affairs Leonid Slutsky" (Chairman of the State Duma Committee on ...), "the
        Chechen Republic Ramzan Kadyrov" (Head of ...) give "Leonid Slutsky", "Ramzan Kadyrov". Kept
        whole when fewer than two words would be left ("Goldman Sachs Group Inc" is no person)."""
        stops = self.lex.name_stops
        if len(toks) < 4 or stops.isdisjoint(bare[:-2]):
            return toks
        k = len(toks) - 3
        while bare[k] not in stops:
            k -= 1
        rest = toks[k + 1:]
        return rest if all([t[:1].isupper() for t in rest]) else toks

    def looks_like_name(self, toks: tuple[str, ...]) -> bool:
        orgs = self.lex.orgs
        stopwords = self.lex.stopwords
        for t in toks:
            lt = t.casefold().rstrip(".")
            # An all-capitals word is an acronym ("NATO"), not a name; initials ("H.W.") are.
            if lt in orgs or lt in stopwords or (t.isupper() and len(t) > 3 and (
                    not _INITIALS.fullmatch(t) or lt in self.lex.abbreviations)):
                return False
        return True

    # --- registry --------------------------------------------------------------------------
    def add(self, name: str, title: str | None, mention: Span | None, kind: str = "person", *,
            antecedent: bool = True) -> _Entity:
        key = name.casefold()
        ent = self._by_name.get(key)
        if ent is None:
            title_words, gender = self._title_reading(title) if title else _NO_TITLE
            if gender is None and kind == "person":
                gender = self._name_gender(name)
            ent = _Entity(name, title, kind, mention.start if mention else 0, gender, title_words)
            self._by_name[key] = ent
            self.entities.append(ent)
            if kind == "person" and " " in name:
                self._by_last.setdefault(name.rsplit(" ", 1)[1], ent)
                self._by_first.setdefault(name.split(" ", 1)[0], ent)
        elif title and not ent.title:
            ent.title = title
            ent.title_words, gender = self._title_reading(title)
            ent.gender = gender or ent.gender
        if mention is not None:
            ms = ent.mentions
            # Span equality by its fields (the generated __ne__ costs more than the comparison).
            if not ms or ms[-1].start != mention.start or ms[-1].end != mention.end:
                if ms and mention.start < ms[-1].start:
                    ent.out_of_order = True
                ms.append(mention)
            if antecedent:
                # self._event(mention.start, ent), inlined (one call per mention less).
                events = self._events
                pos = mention.start
                if events and pos < events[-1][0]:
                    self._descent = len(events)
                events.append((pos, ent))
        return ent

    def _gender(self, title: str | None, name: str | None) -> str | None:
        """A person's gender for pronouns: from a gendered title or honorific ("spokeswoman",
        "Mr."), else from a first name that is strongly one gender ("Foreign Minister Anna
        Varkonyi": the title says nothing, "Anna" does). Wire copy introduces a person once by full
        name, first name first, and then says "he" or "she"; a name of one word gives nothing.
        (:meth:`add` reads the same in two steps: :meth:`_title_reading`, then :meth:`_name_gender`.)"""
        return self._title_reading(title)[1] or self._name_gender(name)

    def _title_reading(self, title: str | None) -> tuple[frozenset[str], str | None]:
        """A title's lower-case words (``_title_words``) and the gender they give, if any. A function
        of the title and the lexicon: kept per parser (Lexicon.title_readings)."""
        if not title:
            return frozenset(), None
        memo = self.lex.title_readings
        reading = memo.get(title)
        if reading is None:
            words = _title_words(title)
            gender = "female" if not words.isdisjoint(self.lex.female) else \
                "male" if not words.isdisjoint(self.lex.male) else None
            short = self.lex.title_short
            if short and not words.isdisjoint(short):
                # The words an abbreviation spells out (after the gender: "Rep." gives none).
                words = words.union(*[short[w] for w in words if w in short])
            reading = memo.keep(title, (words, gender))
        return reading

    def _name_gender(self, name: str | None) -> str | None:
        """The gender a person's first name gives (:meth:`_gender`)."""
        if name and " " in name:
            first = name.split(None, 1)[0].casefold()
            if first in self.lex.female_first:
                return "female"
            if first in self.lex.male_first:
                return "male"
        return None

    def mention(self, ent: _Entity, span: Span) -> None:
        ms = ent.mentions
        if not ms or ms[-1].start != span.start or ms[-1].end != span.end:
            if ms and span.start < ms[-1].start:
                ent.out_of_order = True
            ms.append(span)
        self._event(span.start, ent)

    def _event(self, pos: int, ent: _Entity) -> None:
        events = self._events
        if events and pos < events[-1][0]:
            self._descent = len(events)
        events.append((pos, ent))

    # --- resolution ------------------------------------------------------------------------
    def by_surname(self, toks: tuple[str, ...], pos: int) -> tuple[str, str | None] | None:
        """The full name a name mention stands for: "Lavrov" -> "Sergey Lavrov" (a known person
        with that last name, else the first multi-word name in the text ending with it)."""
        last = toks[-1]
        ent = self._by_name.get(" ".join(toks).casefold()) or self._by_last.get(last)
        if ent is not None and len(ent.name.split()) >= len(toks) and (
                len(toks) == 1 or set(toks) <= set(ent.name.split())):
            # A name with a first name of its own is another person of that surname ("Melania Trump"
            # after "Donald Trump", "Bill Clinton" after "Hillary Clinton"): families share surnames.
            if len(toks) > 1 or not ent.first:
                return ent.name, ent.title
            # A bare surname shared by two people ("Marcel Lazar ... his wife, Gabriela Lazar, wrote
            # ... Lazar said"): news copy names the relative in full, so the surname alone stays with
            # the person the text introduced first.
            if self.src.find(last, self.start, ent.first) < 0:
                # Short-cut of the test below: the earlier full name ends with the surname, so with no
                # occurrence of the surname before the person's first mention it cannot occur there
                # either (and _full_name's scan of every occurrence is not needed).
                return ent.name, ent.title
            earlier = self._full_name(last)
            if earlier is None or earlier[0] == ent.name or earlier[0].endswith(" " + ent.name) or \
                    self.src.find(earlier[0], self.start, ent.first) < 0:
                return ent.name, ent.title
            return earlier
        found = self._full_name(last)
        if found is not None and len(found[0].split()) > len(toks):
            return found
        if len(toks) == 1:
            # No one has this last name: the first name-word of someone known. Chinese and Korean names
            # put the family name first ("spokesperson Liu Jian ... Liu said", "Park Sung-min ... Park
            # said"), and a first name alone is someone the text already named ("Hillary").
            self.scan_to(pos)
            ent = self._by_first.get(last)
            if ent is not None and ent.kind == "person" and ent.first < pos:
                return ent.name, ent.title
        return None

    def _full_name(self, last: str) -> tuple[str, str | None] | None:
        """:meth:`_find_full_name`, read once per article and surname."""
        if last in self._surnames:
            return self._surnames[last]
        found = self._find_full_name(last)
        self._surnames[last] = found
        return found

    def _find_full_name(self, last: str) -> tuple[str, str | None] | None:
        src = self.src
        i = src.find(last, self.start, self.end)
        tries = 0
        # A bounded number of occurrences: linear however often the name recurs.
        while i > 0 and tries < 16:
            tries += 1
            after = i + len(last)
            c = src[i - 1]
            if (c in " \t" or (c in _BREAK_CHARS and self._after_wrap(i))) and \
                    (after >= len(src) or not src[after].isalnum()):
                lo = max(self.start, i - 48)
                window = src[lo:i]
                if ("\n" in window or "\r" in window) and self._wrap_in(lo, window):
                    # Over a hard wrap: the name words before it on the paragraph's reflowed text (the
                    # paragraph's start is where they stop).
                    seg = max(self._paragraph_at(i - 1)[0], i - 3 * 48)
                    # A line that ends a sentence ("... for Cyclops.\nCyacq said"): the name starts
                    # after it (an initial or "Mr." keeps its period, and so does a word inside a line,
                    # as on one line).
                    for end_line in _SENTENCE_LINE_END.finditer(src, seg, i):
                        seg = end_line.end()
                    flat = self._flat(seg, i)
                    before = _name_before(flat, max(0, len(flat) - 48), len(flat))
                else:
                    # _name_before(src, lo, i) on the window already sliced (a paragraph boundary in
                    # it stops the words as the line break does).
                    m = _NAME_BEFORE_REV.match(window[::-1])
                    before = window[len(window) - m.end():] if m is not None else None
                if before is not None:
                    found = self.full_name_from(before, last)
                    if found is not None:
                        return found
            i = src.find(last, after, self.end)
        return None

    def full_name_from(self, before: str, last: str) -> tuple[str, str | None] | None:
        """The full name (and title) that the capitalised words ``before`` a surname give, if they
        make one. A word closed by a period ends the sentence before the name ("... in Nicaragua.
        Reagan said"), unless it is an initial ("George H.W. Bush", "Mary J. Blige") or an
        abbreviation that never ends a sentence ("Mr.", "Sen."): names start after it. A function of
        the two strings and the lexicon: kept per parser (Lexicon.full_names)."""
        memo = self.lex.full_names
        key = (before, last)
        if key in memo:
            return memo[key]
        return memo.keep(key, self._full_name_from(before, last))

    def _full_name_from(self, before: str, last: str) -> tuple[str, str | None] | None:
        """:meth:`full_name_from`, computed."""
        words = tuple(before.split())
        words = words[self._sentence_start((*words, last)):]
        if not words:
            return None
        title, names = self.split_title((*words, last))
        if 2 <= len(names) <= 4 and self.looks_like_name(names):
            return " ".join(names), title
        return None

    def _sentence_start(self, words: tuple[str, ...]) -> int:
        """The index of the first word after the last sentence end among ``words`` (0: none): a
        word closed by a period ends a sentence unless it is an initial ("H.W.", "J.") or an
        abbreviation that never ends one ("Mr.", "Sen."). The last word is a name's own."""
        abbreviations = self.lex.abbreviations
        for k in range(len(words) - 2, -1, -1):
            w = words[k]
            if w.endswith("."):
                core = w[:-1]
                if not (len(core) <= 1 or "." in core or core.casefold() in abbreviations):
                    return k + 1
        return 0

    def last_person(self, pos: int, gender: str | None = None) -> _Entity | None:
        """The most recent person mentioned before ``pos`` (of a compatible gender)."""
        self.scan_to(pos)
        best: _Entity | None = None
        best_pos = -1
        events = self._events
        if self._descent <= max(0, len(events) - _LOOKBACK):
            # The look-back window is in text order: the latest compatible mention before ``pos`` is
            # the first one found from the end (what the general loop below finds: the last of the
            # mentions with the greatest position), usually a step or two back.
            for k in range(len(events) - 1, max(-1, len(events) - _LOOKBACK - 1), -1):
                p, ent = events[k]
                if p < pos and ent.kind == "person" and not (gender and ent.gender and ent.gender != gender):
                    best = ent
                    break
        else:
            # Only the latest mentions matter; a bounded look-back keeps long texts linear.
            for p, ent in events[-_LOOKBACK:]:
                if p < pos and p >= best_pos and ent.kind == "person":
                    if gender and ent.gender and ent.gender != gender:
                        continue
                    best, best_pos = ent, p
        if best is None:
            # Nobody mentioned before: the first titled person introduced after (a lead that
            # names the speaker late is still about them).
            self.scan_to(self.end)
            for ent in self.entities[:_LOOKBACK]:
                if ent.kind == "person" and (not gender or not ent.gender or ent.gender == gender):
                    return ent
        return best

    def last_organisation(self, pos: int) -> _Entity | None:
        """The organisation that spoke right before ``pos`` ("The ministry said in a statement.
        "...," it said"): its last mention is the latest mention of anyone, and near (an "it" further
        on may stand for any noun: "the group", "the campaign"), in the same paragraph."""
        for p, ent in reversed(self._events[-_LOOKBACK:]):
            if p < pos:
                if ent.kind != "organisation" or pos - p > _IT_REACH or p < self._paragraph_at(pos)[0]:
                    return None
                return ent
        return None

    def by_name_end(self, words: tuple[str, ...], end: int) -> _Entity | None:
        """A person known by the last two or three of ``words``, a mention ending at ``end`` ("the
        United States Anatoly Antonov" in "Ambassador to the United States Anatoly Antonov said": a
        place before the name; the mention's own run, which introduces the person, is read too)."""
        self.scan_to(end)
        for n in (3, 2):
            if len(words) > n:
                ent = self._by_name.get(" ".join(words[-n:]).casefold())
                if ent is not None and ent.kind == "person" and ent.title:
                    return ent  # a titled person: the title scan split place and name
        return None

    def by_role(self, words: tuple[str, ...], pos: int) -> _Entity | None:
        """"the minister", "the Russian foreign minister", "the diplomat" -> the most recent person
        whose title has the head noun (a generic noun such as "diplomat" fits any titled person)."""
        self.scan_to(pos)
        head = words[-1].casefold()
        mods = {w.casefold() for w in words[:-1]}
        generic = head in self.lex.generic
        # "the Turkish minister" is never the Greek Foreign Minister: a nationality in the role names
        # the country, and a person whose title names another country is someone else (wire copy
        # tells two ministers of one meeting apart by their nationality).
        nats = self.lex.nationalities
        own = mods & nats
        best: _Entity | None = None
        best_score = -1
        fallback: _Entity | None = None
        # Most recent first; a title with every modifier ("the Russian foreign minister") ends the search.
        for p, ent in reversed(self._events[-_LOOKBACK:]):
            if p >= pos or ent.kind != "person" or not ent.title:
                continue
            tw = ent.title_words
            if own and not own <= tw and not nats.isdisjoint(tw):
                continue
            if head in tw:
                score = len(mods & tw)
                if score == len(mods):
                    return ent
                if score > best_score:
                    best, best_score = ent, score
            elif mods and "counterpart" in tw and mods <= tw:
                # "his Belarusian counterpart X" ... "the Belarusian president": a counterpart holds the
                # role of the person it is the counterpart of, from the country its title names.
                return ent
            elif generic and best is None:
                if not mods or mods <= tw:
                    return ent
                # "the Russian leader" is not the Belarusian counterpart named last: a titled person
                # with the modifiers, else (as before) the most recent titled person.
                fallback = fallback or ent
        if best is None and fallback is not None:
            return fallback
        if best is None:
            # Nobody before: the first person introduced later with the role, in the same paragraph
            # (a sentence that names its speaker late), and only with every modifier of the role in
            # the title: a role refers back, so "the senator" is not "Sen. X (D-Mo.)" introduced two
            # paragraphs on, nor "the independent Vermont senator" a senator from another state.
            self.scan_to(self.end)
            par_end = self._paragraph_at(pos)[1]
            for ent in self.entities[:_LOOKBACK]:
                if ent.kind == "person" and ent.title and head in ent.title_words and mods <= ent.title_words \
                        and ent.first < par_end:
                    return ent
        return best

    def anonymous_since(self, head: str, ent: _Entity, pos: int) -> bool:
        """Whether an unnamed person with the role ``head`` ("A NATO official, speaking on condition of
        anonymity, said ...", "one diplomat", "another official") was introduced after ``ent``'s last
        mention before ``pos``: wire copy refers back to an anonymous source with the definite role
        ("the official said"), so the role is that source, not the named person before it."""
        last = -1
        # The latest mention before ``pos``, among the latest mentions read (a bounded look-back, so a
        # story that names the person at every quote stays linear). Mentions read in text order: the
        # first one before ``pos`` from the end is it (the loop below finds the same, mention by mention).
        ms = ent.mentions
        if not ent.out_of_order:
            for k in range(len(ms) - 1, max(-1, len(ms) - _LOOKBACK - 1), -1):
                if ms[k].start < pos:
                    last = ms[k].start
                    break
        else:
            for m in ms[-_LOOKBACK:]:
                if last < m.start < pos:
                    last = m.start
        if last < 0:
            last = ent.first
        # And a bounded window: an anonymous source is referred back to within a few paragraphs.
        window = self.src[max(last, pos - _ANONYMOUS_REACH):pos].casefold()
        n = len(head)
        k = window.find(head)
        while k >= 0:
            # The head noun as a word, with "a", "an", "one" or "another" at most three words before it
            # and no punctuation in between ("a senior European official", "one Western diplomat").
            if (k == 0 or not window[k - 1].isalnum()) and not window[k + n:k + n + 1].isalnum():
                before = window[max(0, k - 60):k].split()[-4:]
                for w in reversed(before):
                    if w in _INDEFINITE_WORDS:
                        return True
                    if not w.replace("-", "").replace("'", "").replace(".", "").isalnum() or w[-1] == "." or \
                            w in _ROLE_BREAKS:
                        break  # ("a great fit for president": the noun is no one's role)
            k = window.find(head, k + n)
        return False

    def people(self) -> tuple[Person, ...]:
        # Deduplicated on plain (start, end) keys: cheaper than hashing the model's spans.
        out: list[Person] = []
        for e in self.entities:
            ms = e.mentions
            if len(ms) <= 1:
                mentions = tuple(ms)
            else:
                by_key = {(m.start, m.end): m for m in ms}
                mentions = tuple([by_key[k] for k in sorted(by_key)])
            out.append(trusted_person(e.name, e.title, e.kind, mentions))
        return tuple(out)

