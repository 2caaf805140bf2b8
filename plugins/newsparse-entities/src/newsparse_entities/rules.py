"""The default backend: gazetteers, title and organisation cues, capitalisation, name chains.

One pass of a single compiled regex finds runs of capitalised words; each run is cut into
segments (longest gazetteer match first, then titles, heads and name lists decide the rest);
a document pass then settles the weak guesses with what the article itself says (a later
"Lavrov" joins "Sergey Lavrov", an all-caps headline word takes the label of the same name
in the body). Everything is linear in the text: bounded repetitions, no backtracking.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import define

from .gazetteer import LOC, MISC, ORG, PER, Gazetteer

__all__ = ["Mention", "tag"]

_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# Abbreviations whose period belongs to the word (so "St. Louis" and "Smith Corp." stay whole).
_ABBREV = "St|Mt|Ft|Jr|Sr|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sen|Gov|Rep|Prof|Rev|Capt|Sgt|Adm|Maj|Brig|Cmdr|Co|Corp|Inc|Ltd|Bros"
_WORD = (
    rf"(?:(?:[{_UP}]\.){{2,5}}"  # U.S.  U.N.
    rf"|(?:{_ABBREV})\."
    rf"|[{_UP}]\.(?= [{_UP}])"  # middle initial: George W. Bush
    rf"|[{_UP}][^\W_]*(?:['’][{_UP}][^\W_]*)?(?:[-&][^\W_]+){{0,4}})"
)
# A run: up to 12 words, the first not glued to a word, quote or period before it. This is the
# readable form; the tagger uses _RUN, the same pattern written so that it opens with the capital
# letter (a character class): the regex engine then skips to the next capital in C instead of
# trying the pattern at every position. tests/test_fast_paths.py checks the two find the same runs.
RUN_REFERENCE = rf"(?=[{_UP}])(?<![\w'’.-]){_WORD}(?: {_WORD}){{0,11}}"
# _WORD after its first letter, which _RUN has consumed. The alternatives are tried in an order
# that gives the same match: the two that need a period next (acronym ``U.S.``, then initial
# ``W. Bush``), then the abbreviations (1 to 3 lower-case letters and a period, so one cheap
# look-ahead rules all of them out for an ordinary word), then the ordinary word.
_WORD_TAIL = (
    rf"(?:\.(?:(?:[{_UP}]\.){{1,4}}|(?= [{_UP}]))"
    rf"|(?=[a-z]{{1,3}}\.)(?:{'|'.join(f'(?<={a[0]}){a[1:]}' for a in _ABBREV.split('|'))})\."
    rf"|[^\W_]*(?:['’][{_UP}][^\W_]*)?(?:[-&][^\W_]+){{0,4}})"
)
# The look-behind spans the consumed capital: no word character, quote, period or hyphen before it.
_RUN = re.compile(rf"[{_UP}](?<![\w'’.-].){_WORD_TAIL}(?: [{_UP}]{_WORD_TAIL}){{0,11}}")
_CONNECTOR = re.compile(
    r" (?:of the|of|for|on|and|&|de la|van der|van den|von der|de|du|des|van|von|bin|ibn|al|da|di|del|della|dos|le|la) "
)
_PARTICLES = frozenset(
    {"de la", "van der", "van den", "von der", "de", "du", "des", "van", "von", "bin", "ibn", "al", "da", "di", "del",
     "della", "dos", "le", "la"})
_SENTENCE_START = frozenset('.!?:;"“”‘’([{-–—*•\n')
_LOWER = re.compile(r"[a-z]")
_NEWLINE = re.compile(r"\n")
# Sports tables: a score between two names ("Leeds 2 Everton 1", cricket "Kent 244 and 90-2, Essex 108-3"),
# a score after the second, or a standings row of at least three figures after a name.
_SCORE = r"\d{1,3}(?:-\d{1,2})?"
_SCORE_GAP = re.compile(rf" {_SCORE}(?: and {_SCORE})?(?: ?[,;])? ")
_SCORE_AFTER = re.compile(rf" {_SCORE}(?![\d.,/:-]\d| ?%)")
_STANDINGS_ROW = re.compile(r"(?: \d{1,3}){2,12} \.?\d{1,3}(?![\d.,/:-]\d| ?%)")
_DATELINE_AFTER = re.compile(
    r"(?:,? [A-Z][\w.]*(?: [A-Z][\w.]*)?)?,? "  # "LEEDS, England 1996-08-31", "LEEDS, Aug 31"
    r"(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)")
_NEXT_NAME = re.compile(rf"[{_UP}][\w.]*(?: [{_UP}][\w.]*)?")


@define(slots=True)
class Mention:
    """A candidate entity while tagging; ``strong`` when cues decided the label, not defaults."""

    start: int
    end: int
    label: str | None
    strong: bool
    text: str
    initial: bool = False  # first word of a sentence, with no evidence of its own
    caps: bool = False  # an all-caps word of an all-caps line (headline): resolved by the body


Tok = tuple[int, int, str]

# The tagger's fast paths (marked where they are) can be switched off, which leaves the general
# path they short-cut: tests/test_fast_paths.py checks both give the same mentions.
SHORTCUTS = True


def tag(text: str, gaz: Gazetteer) -> list[Mention]:
    """Mentions in ``text`` (PER/ORG/LOC/MISC), in order, non-overlapping."""
    tagger = _Tagger(text, gaz)
    return tagger.run()


class _Tagger:
    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.g = gaz
        self.mentions: list[Mention] = []
        self._shouting: dict[int, bool] = {}
        self._lower_words: set[str] | None = None
        self._newlines: list[int] | None = None
        self.nicknames: set[str] = set()  # "Astros" of "Houston Astros": the club on its own

    # --- context helpers -------------------------------------------------------------
    def is_lower_word(self, word: str) -> bool:
        """Does the article also write ``word`` in lower case (so it is an ordinary word)?"""
        if self._lower_words is None:
            # Whitespace-separated pieces: one C-level split, far cheaper than a word regex.
            self._lower_words = set(self.text.split())
        low = word.lower()
        words = self._lower_words
        return low in words or low + "," in words or low + "." in words

    def shouting(self, pos: int) -> bool:
        """Is the line around ``pos`` all capitals (a headline), where case tells nothing?"""
        if self._newlines is None:
            # Line starts found once: rfind from every word would be quadratic on one long line.
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        k = bisect.bisect_left(self._newlines, pos)
        start = self._newlines[k - 1] + 1 if k else 0
        hit = self._shouting.get(start)
        if hit is None:
            end = self.text.find("\n", pos)
            line = self.text[start : end if end >= 0 else len(self.text)]
            hit = _LOWER.search(line) is None
            self._shouting[start] = hit
        return hit

    def is_initial(self, pos: int) -> bool:
        i = pos - 1
        text = self.text
        while i >= 0 and text[i] in " \t\r":
            i -= 1
        return i < 0 or text[i] in _SENTENCE_START

    def prev_word(self, pos: int) -> str:
        """The word before ``pos`` when only a space separates them (else "")."""
        text = self.text
        if pos < 2 or text[pos - 1] != " ":
            return ""
        lo = max(0, pos - 40)
        j = text.rfind(" ", lo, pos - 1)
        word = text[(j + 1 if j >= 0 else lo) : pos - 1]
        return word[word.rfind("\n") + 1 :]

    def place_of(self, start: int) -> bool:
        """Does "city of", "village of", "province of" ... come just before ``start``?"""
        if start < 8 or self.text[start - 4 : start] != " of ":
            return False
        return self.prev_word(start - 3).lower() in self.g.loc_before_of

    def next_cue(self, end: int) -> str | None:
        """What follows a name can type it: "Tavildara, Tajikistan" and "the Arbil region" are
        places, "the Cofinec group" an organisation."""
        text = self.text
        after = text[end : end + 40]
        if after.startswith(", "):
            m = _NEXT_NAME.match(after, 2)
            if m is not None and self.g.names.get(m.group()) == LOC and after[m.end() : m.end() + 1] not in "'’":
                return LOC
            return None
        if after.startswith(" "):
            word = after[1:].split(" ", 1)[0].rstrip(".,;:")
            if word in self.g.loc_next:
                return LOC
            if word in self.g.org_next:
                return ORG
        return None

    # --- main ------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        text = self.text
        runs = [m.span() for m in _RUN.finditer(text)]
        nruns = len(runs)
        g = self.g
        names, stop = g.names, g.stop
        mentions = self.mentions
        shortcut = SHORTCUTS
        i = 0
        while i < nruns:
            start, end = runs[i]
            # The two commonest runs, a single word that is a gazetteer name ("Moscow") or an
            # ordinary capitalised word ("The", "But"), are settled here as chunk() settles them,
            # unless the next run is close enough to join this one.
            if shortcut and (i + 1 == nruns or runs[i + 1][0] - end > 10):
                piece = text[start:end]
                if " " not in piece:
                    label = names.get(piece)
                    if label is not None:
                        mentions.append(Mention(start, end, label, True, piece))
                        i += 1
                        continue
                    if piece in stop and not piece.isupper():
                        i += 1
                        continue
            fixed = ""
            # Join runs across "of", "&", name particles ... when the words say it is one name.
            while i + 1 < len(runs):
                nstart, nend = runs[i + 1]
                if nstart - end > 10 or nstart - end < 3:
                    break
                gap = text[end:nstart]
                joined = self._joins(start, end, gap, nstart, nend) if _CONNECTOR.fullmatch(gap) else None
                if joined is None:
                    break
                fixed = fixed or joined
                end = nend
                i += 1
            self.chunk(start, end, fixed)
            i += 1
        return self.settle()

    def _joins(self, start: int, end: int, gap: str, nstart: int, nend: int) -> str | None:
        """Do two runs form one name across ``gap``? None: no; a label when the words decide
        it ("Ministry of ..." is an organisation); "" when the parts still need typing."""
        g = self.g
        conn = gap.strip()
        # Only the last words before the gap matter: slicing the whole joined run each time
        # would make a long run of "Bank of Bank of ..." quadratic.
        left = self.text[max(start, end - 60) : end].split(" ")
        right = self.text[nstart:nend] if nend - nstart < 60 else ""
        if (nend - start < 60 and self.text[start:nend] in g.names) or " ".join(left[-2:]) + gap + right in g.names:
            return ""
        if conn in _PARTICLES:
            return None if self.shouting(start) else ""
        if conn == "&":
            return ORG
        if conn in ("of", "of the", "for", "on"):
            last = left[-1]
            if last in g.org_first or last in g.org_last:
                return ORG
            if last in g.loc_first:
                return LOC
            if last in g.misc_last and conn in ("of", "of the"):
                return MISC  # "Treaty of Rome", "Tour of Britain", "War of Independence"
        return None

    def chunk(self, start: int, end: int, fixed: str = "") -> None:
        piece = self.text[start:end]
        g = self.g
        if " " not in piece:
            # Fast path for the commonest run, a single word.
            label = g.names.get(piece) or (g.upper.get(piece) if piece.isupper() else None)
            if label is not None:
                self.mentions.append(Mention(start, end, label, True, piece))
                return
            if piece in g.stop or piece in g.titles:
                return
            if "-" in piece:
                if self.nationalities(piece) or self.modifier((), piece, self.is_initial(start)) == 0:
                    self.mentions.append(Mention(start, end, MISC, True, piece))
                    return
            if piece.isupper() and self.shouting(start):
                if len(piece) > 1:
                    self.mentions.append(Mention(start, end, None, False, piece, False, True))
                return
            prev = self.prev_word(start)
            self.typed_word(start, end, piece, prev.lower() in g.title_heads_lower, prev)
            return
        toks: list[Tok] = []
        # Tokens are the words of the run; connector words ("of", "de") are kept as tokens too.
        pos = 0
        for word in piece.split(" "):
            if word:
                toks.append((start + pos, start + pos + len(word), word))
            pos += len(word) + 1
        if fixed:
            while len(toks) > 1 and toks[0][2] in g.stop:
                toks = toks[1:]
            self.add(toks, fixed, True)
            return
        self.process(toks, self.is_initial(start))

    def process(self, toks: list[Tok], initial: bool) -> None:
        g = self.g
        # A capitalised ordinary word opening the run ("The", "Officials") is not a name; a
        # title among them ("President", "Foreign Minister") still says a person follows.
        first = 0
        titled = False
        while first < len(toks) and toks[first][2] in g.stop and (
                toks[first][2] not in g.prefixes or not self._starts_name(toks[first:])):
            if first + 1 < len(toks) and (
                    (toks[first][2] in g.titles and toks[first + 1][2] in g.org_first)  # "Major League"
                    or ("-" in toks[first + 1][2] and self.modifier(toks[first : first + 1], toks[first + 1][2],
                                                                   False) == 1)):  # "New York-based"
                break
            titled = toks[first][2].lower() in g.title_heads_lower
            first += 1
            initial = False
        # Function words, days and months are never part of a name: cut the run at them.
        # A hyphenated modifier ("Boston-based", "Kremlin-backed") is a name of its own (MISC)
        # and ends the name before it together with it ("New York-based").
        piece: list[Tok] = []
        for t in toks[first:]:
            word = t[2]
            if word in g.breaks:
                if piece:
                    self.name(piece, initial, titled)
                    piece = []
                initial = titled = False
            elif "-" in word and (k := self.modifier(piece, word, initial and not piece)) >= 0:
                if len(piece) > k:
                    self.name(piece[: len(piece) - k], initial, titled)
                self.add([*piece[len(piece) - k :], t], MISC, True)
                piece = []
                initial = titled = False
            else:
                piece.append(t)
        if piece:
            self.name(piece, initial, titled)

    def modifier(self, before: Sequence[Tok], word: str, initial: bool) -> int:
        """Is ``word`` a name turned into a modifier ("Boston-based", "Communist-led")? -1 if
        not, else how many of the words ``before`` it belong to the name ("New York-based": 1).

        CoNLL tags these as MISC, apart from the name they qualify. The name part must be a
        known name, or a capitalised word in the middle of a sentence; at the start of a
        sentence "Government-backed" is an ordinary word."""
        base, _, tail = word.rpartition("-")
        if len(tail) < 3 or not tail.isalpha() or not tail.islower() or not base[:1].isupper():
            return -1
        names = self.g.names
        for k in (2, 1):
            if len(before) >= k and " ".join([*(t[2] for t in before[-k:]), base]) in names:
                return k
        if base in names or (base.isupper() and base in self.g.upper):
            return 0
        if initial or base in self.g.stop or self.is_title(base) or "-" in base:
            return -1
        return 0

    def name(self, toks: list[Tok], initial: bool, titled: bool = False) -> None:
        """A run without function words: one name or several adjacent ones. ``titled``: a
        title word stood just before the run ("President")."""
        g = self.g
        if len(toks) > 2 and any(t[2] == "&" for t in toks[1:-1]):
            self.add(toks, ORG, True)  # "Procter & Gamble", "Douglas & Lomason"
            return
        if len(toks) > 1 and toks[-1][2] in g.org_last \
                and not any(t[2] in g.titles and t[2] not in g.org_last for t in toks[1:-1]) \
                and not self.lookup(toks, 0):
            self.add(toks, ORG, True)  # "Social Democratic Party": the head decides for all
            return
        if titled and not self.headed(toks) and not self.is_title(toks[0][2]):
            self.typed(toks, per_cue=True, initial=False)
            return
        self.segment(toks, initial)

    def headed(self, toks: Sequence[Tok]) -> bool:
        """Does a word of the run say organisation, place or event ("League", "Court", "Cup")?"""
        g = self.g
        return any(w in g.org_first or w in g.org_last or w in g.loc_last or w in g.misc_last
                   for w in (t[2] for t in toks))

    def _starts_name(self, toks: Sequence[Tok]) -> bool:
        """A stop word that opens a gazetteer name ("The Hague", "New York" is not a stop)."""
        hit = self.lookup(toks, 0)
        return hit is not None and hit[0] > 1

    def lookup(self, toks: Sequence[Tok], i: int) -> tuple[int, str] | None:
        """Longest gazetteer name starting at token ``i``: (end index, label).

        Grows the name a word at a time while it is the start of some longer name, so each
        call costs a few dict look-ups whatever the length of the run."""
        g = self.g
        names, upper, prefixes = g.names, g.upper, g.prefixes
        surface = toks[i][2]
        caps = surface.isupper()
        best: tuple[int, str] | None = None
        j = i
        while True:
            label = names.get(surface) or (upper.get(surface) if caps else None)
            j += 1
            if label is not None:
                best = (j, label)
            if j >= len(toks) or surface not in prefixes:
                if best is None and "-" in surface and self.nationalities(surface):
                    return (i + 1, MISC)
                return best
            word = toks[j][2]
            caps = caps and word.isupper()
            surface = surface + " " + word

    def segment(self, toks: list[Tok], initial: bool) -> None:
        g = self.g
        i = 0
        pending: list[Tok] = []
        pending_initial = initial
        segs: list[tuple[list[Tok], str | None, bool]] = []  # tokens, label (None = unknown), initial
        # A title before the run ("president Vladimir Putin", also "Russian President ..."
        # inside it) makes the capitalised words after it a person, even when the given name
        # is also a place ("Vladimir", "Florence"): the title wins over the place gazetteer.
        while i < len(toks):
            hit = self.lookup(toks, i)
            if hit is not None and hit[1] in (LOC, MISC) and toks[i][2] in g.given and (
                    (pending and self.is_title(pending[-1][2]))
                    or (i == 0 and self.prev_word(toks[0][0]).lower() in g.title_heads_lower)
            ) and not self.headed(toks[i:]):
                if not pending:
                    self.typed(toks, per_cue=True, initial=False)
                    return
                hit = None
            if hit is None:
                if not pending:
                    pending_initial = initial and i == 0
                pending.append(toks[i])
                i += 1
                continue
            if pending:
                segs.append((pending, None, pending_initial))
                pending = []
            j, label = hit
            segs.append((toks[i:j], label, initial and i == 0))
            i = j
        if pending:
            if not segs and SHORTCUTS:
                # Fast path: no gazetteer name in the run (the commonest case), so nothing to merge.
                self.unknown(pending, pending_initial)
                return
            segs.append((pending, None, pending_initial))
        # Merge a known name with the head words that follow it: "Israel Radio", "Hong Kong
        # Telecom" are organisations; "South Lebanon" is a place.
        merged: list[tuple[list[Tok], str | None, bool]] = []
        for seg in segs:
            if merged:
                prev_toks, prev_label, prev_init = merged[-1]
                words = seg[0]
                if (prev_label in (LOC, ORG, MISC) and seg[1] is None and words[-1][2] in g.org_last
                        and not any(w[2] in g.titles and w[2] not in g.org_last for w in words)):
                    merged[-1] = (prev_toks + words, ORG, prev_init)
                    continue
                if (prev_label is None and seg[1] == LOC and all(w[2] in g.loc_modifiers for w in prev_toks)):
                    merged[-1] = (prev_toks + words, LOC, prev_init)
                    continue
                if prev_label == LOC and seg[1] is None and self.nickname(prev_toks, words):
                    merged[-1] = (prev_toks + words, ORG, prev_init)  # "Houston Astros", "Boston Red Sox"
                    self.nicknames.add(" ".join(w[2] for w in words))
                    continue
                if prev_label == ORG and seg[1] is None and len(words) == 1 and words[0][2] in g.org_last:
                    merged[-1] = (prev_toks + words, ORG, prev_init)
                    continue
                if prev_label in (LOC, MISC) and seg[1] == ORG and words[-1][2] in g.org_last:
                    merged[-1] = (prev_toks + words, ORG, prev_init)  # "Kurdistan Democratic Party"
                    continue
                if prev_label is None and seg[1] == MISC and all(w[2] in g.loc_modifiers for w in prev_toks):
                    merged[-1] = (prev_toks + words, MISC, prev_init)  # "South Korean"
                    continue
                if prev_label == MISC and seg[1] == MISC:
                    merged[-1] = (prev_toks + words, MISC, prev_init)  # "Iraqi Kurds"
                    continue
                if (prev_label is None and seg[1] in (LOC, ORG, MISC) and len(words) == 1
                        and all(w[2] in g.given for w in prev_toks)):
                    merged[-1] = (prev_toks + words, PER, prev_init)  # "Anthony Washington"
                    continue
                if prev_label in (LOC, ORG, MISC) and seg[1] is None and words[-1][2] in g.misc_last:
                    merged[-1] = (prev_toks + words, MISC, prev_init)  # "Hong Kong Open", "Euro 96"
                    continue
            merged.append(seg)
        for seg_toks, seg_label, seg_initial in merged:
            if seg_label is not None:
                self.add(seg_toks, seg_label, True)
            else:
                self.unknown(seg_toks, seg_initial)

    def add(self, toks: Sequence[Tok], label: str | None, strong: bool, *, initial: bool = False,
            caps: bool = False) -> None:
        start, end = toks[0][0], toks[-1][1]
        self.mentions.append(Mention(start, end, label, strong, self.text[start:end], initial, caps))

    def unknown(self, toks: list[Tok], initial: bool) -> None:
        g = self.g
        words = [t[2] for t in toks]
        first = words[0]
        # (The first word's own test first: most runs are in title case, and the generator is dearer.)
        if (first.isupper() or not first[0].isalpha()) and all(w.isupper() or not w[0].isalpha() for w in words) \
                and self.shouting(toks[0][0]):
            # A headline word: only the body can tell what it is.
            for t in toks:
                if len(t[2]) > 1:
                    self.mentions.append(Mention(t[0], t[1], None, False, t[2], False, True))
            return
        last = words[-1]
        n = len(words)
        if (last in g.org_last and n > 1) or "&" in words:
            self.add(toks, ORG, True)
            return
        for j in range(1, n - 1):
            if words[j].islower():  # joined across "of" / "for" by _joins: the head decides
                head = words[j - 1]
                self.add(toks, LOC if head in g.loc_first and head not in g.org_first else ORG
                         if head in g.org_first or head in g.org_last else PER, True)
                return
        if last in g.misc_last and n > 1:
            self.add(toks, MISC, True)  # "Labor Day", "Masters Cup"
            return
        # Titles: "Foreign Minister Sergey Lavrov" -> a person after the title words; what comes
        # before the titles ("Xinhua correspondent", "Russian") is a name of its own.
        k = 0
        titles = g.titles
        # is_title(w), with its commonest answers (a title word, a word without a hyphen) inline.
        while k < n and (words[k] in titles or ("-" in words[k] and self.is_title(words[k]))):
            k += 1
        if 0 < k < n and words[k] in g.org_first:
            # "Major League Baseball", "High Court": a head, not a name; the organisation runs
            # to the next title ("Foreign Ministry Spokeswoman Maria Zakharova").
            e = k + 1
            while e < len(words) and not self.is_title(words[e]) and not (
                    words[e] in g.given and e + 1 < len(words)):  # "... Council Larry Summers"
                e += 1
            self.add(toks[:e], ORG, True)
            if e < len(words):
                self.unknown(toks[e:], False)
            return
        if 0 < k < n:
            self.typed(toks[k:], per_cue=True, initial=False)
            return
        if k == n:
            return  # only title words: "Prime Minister", "President"
        for j in range(1, n - 1):
            if self.is_title(words[j]) and not self.is_title(words[j - 1]):
                e = j
                while e < len(words) and self.is_title(words[e]):
                    e += 1
                if e < len(words):
                    self.unknown(toks[:j], initial)
                    self.typed(toks[e:], per_cue=True, initial=False)
                    return
        prev = self.prev_word(toks[0][0])
        self.typed(toks, per_cue=prev.lower() in g.title_heads_lower, initial=initial, prev=prev, words=words)

    def typed(self, toks: list[Tok], *, per_cue: bool, initial: bool, prev: str | None = None,
              words: list[str] | None = None) -> None:
        """Type a name by its cues; ``words`` are the words of ``toks`` when the caller has them."""
        g = self.g
        if words is None:
            words = [t[2] for t in toks]
        n = len(words)
        first, last = words[0], words[-1]
        if n == 1 and first in g.names:
            self.add(toks, g.names[first], True)
            return
        if per_cue:
            self.add(toks, PER, True)
        elif n > 1 and (last in g.org_last or first in g.org_prefix):
            self.add(toks, ORG, True)
        elif n > 1 and (last in g.loc_last or first in g.loc_first):
            self.add(toks, LOC, True)
        elif n > 1 and last in g.misc_last:
            self.add(toks, MISC, True)
        elif n == 1 and len(first) == 1:
            return
        elif n > 1 and (first in g.given or (len(first) == 2 and first[1] == ".")
                        or (n > 2 and any(len(w) == 2 and w[1] == "." for w in words[1:-1]))):
            self.add(toks, PER, True)  # a given name or an initial before the last word
        elif n > 1 and first.isupper() and all(w.isupper() for w in words):
            return  # "PRESS DIGEST", "IPO FILING": an all-caps label, not a name
        elif self.place_of(toks[0][0]):
            self.add(toks, LOC, True)  # "the town of Arbil", "the province of Hubei"
        elif (nxt := self.next_cue(toks[-1][1])) is not None:
            self.add(toks, nxt, False)
        elif (self.prev_word(toks[0][0]) if prev is None else prev) in g.loc_prepositions:
            self.add(toks, LOC, False)
        elif n > 1 and (last in g.surnames or self.surname_like(last)):
            self.add(toks, PER, False)
        elif n == 1 and first.isupper() and len(first) > 1:
            if first in g.acronym_stop or len(first.replace(".", "")) > 5:
                return
            self.add(toks, ORG, False)
        elif n == 1 and initial:
            self.add(toks, None, False, initial=True)
        elif n == 1 and (first in g.surnames or first in g.given or self.surname_like(first)):
            self.add(toks, PER, False)
        else:
            self.add(toks, None, False)

    def typed_word(self, start: int, end: int, word: str, per_cue: bool, prev: str) -> None:
        """``typed([(start, end, word)], per_cue=..., initial=self.is_initial(start), prev=prev)``
        for a single word that is not a gazetteer name (the commonest call): the same tests in the
        same order, without those for several words, and the sentence start looked up only when
        it decides. ``tests/test_fast_paths.py`` checks the two agree."""
        g = self.g
        mentions = self.mentions
        if word in g.names:
            mentions.append(Mention(start, end, g.names[word], True, word))
        elif per_cue:
            mentions.append(Mention(start, end, PER, True, word))
        elif len(word) == 1:
            return
        elif self.place_of(start):
            mentions.append(Mention(start, end, LOC, True, word))
        elif (nxt := self.next_cue(end)) is not None:
            mentions.append(Mention(start, end, nxt, False, word))
        elif prev in g.loc_prepositions:
            mentions.append(Mention(start, end, LOC, False, word))
        elif word.isupper():  # len(word) > 1 here
            if word in g.acronym_stop or len(word.replace(".", "")) > 5:
                return
            mentions.append(Mention(start, end, ORG, False, word))
        elif self.is_initial(start):
            mentions.append(Mention(start, end, None, False, word, True))
        elif word in g.surnames or word in g.given or self.surname_like(word):
            mentions.append(Mention(start, end, PER, False, word))
        else:
            mentions.append(Mention(start, end, None, False, word))

    def nickname(self, place: Sequence[Tok], words: Sequence[Tok]) -> bool:
        """Is ``words`` after a place a club's nickname ("Astros", "Red Sox", "Eagles")? One or
        two unknown words ending in a plural, not a word the article writes in lower case
        ("Hong Kong Shares"), not a place head ("Islands"), and not a surname after a place
        that is also a given name ("Houston Williams")."""
        if len(words) > 2:
            return False
        g = self.g
        last = words[-1][2]
        if len(last) < 3 or last[-1] not in "sx" or last.endswith(("ss", "us", "is")) or not last[1:].islower():
            return False
        if last in g.loc_last or last in g.org_last or self.is_lower_word(last):
            return False
        return not (len(place) == 1 and place[0][2] in g.given and last in g.surnames)

    def nationalities(self, word: str) -> bool:
        """A hyphenated pair of nationality adjectives ("Russian-Japanese", "Sino-Indian",
        "Anglo-Irish"): CoNLL tags it MISC, like a single nationality."""
        g = self.g
        parts = word.split("-")
        return len(parts) > 1 and parts[-1] in g.demonyms and all(
            p in g.demonyms or p in g.combining for p in parts[:-1])

    def is_title(self, word: str) -> bool:
        """A title word, also hyphenated ("Major-General", "Secretary-General")."""
        titles = self.g.titles
        return word in titles or ("-" in word and all(p in titles for p in word.split("-")))

    def surname_like(self, word: str) -> bool:
        """Ends like a surname of many languages ("-ov", "-enko", "-escu", "-ovic", "-opoulos")."""
        return len(word) > 4 and word[1:].islower() and word.endswith(self.g.surname_suffixes)

    # --- document pass -----------------------------------------------------------------
    def teams(self) -> None:
        """Sports copy names clubs after their town ("Surrey beat Kent", "Atlanta 5 Houston 3"
        is a table, but "Atlanta beat Houston" is prose): two names either side of a result
        verb are teams, so every mention of those words in the article is an organisation.
        National teams keep the country's label."""
        g = self.g
        text = self.text
        found: list[Mention] = []
        ms = self.mentions
        team_verbs, team_next = g.team_verbs, g.team_next
        # One pass: each mention is checked after a result verb or a score from the one before
        # it, then for a standings row or a club word after it.
        prev_end = -1
        prev: Mention | None = None
        prev_digit = False  # a digit one space after the previous mention
        for m in ms:
            start, end = m.start, m.end
            if prev is not None:
                gap = start - prev_end
                if 2 < gap < 24 and (
                        (gap < 14 and text[prev_end:start].strip() in team_verbs)
                        # Results and standings tables: "Leeds 2 Everton 1", "Surrey 429-7",
                        # "Everton 4 3 1 0 9 2 10" (a name followed by a row of figures).
                        or (prev_digit and _SCORE_GAP.fullmatch(text, prev_end, start) is not None
                            and _SCORE_AFTER.match(text, end) is not None)):
                    found += (prev, m)
            nxt = text[end + 1 : end + 2]
            prev_digit = nxt.isdigit()
            if prev_digit:
                if _STANDINGS_ROW.match(text, end):
                    found.append(m)
            elif nxt.islower() and m.label != PER and text[end] == " " \
                    and text[end + 1 : end + 20].split(" ", 1)[0].rstrip(".,;:") in team_next:
                found.append(m)  # "Surrey captain", "Norwich striker": the town's club
            prev, prev_end = m, end
        if not found:
            return
        # Players' scores look the same ("A. Dale 69", "Colin Montgomerie 68 76 77 69",
        # "Sampras beat Karbacher"): a name that is surely a person never becomes a team.
        people = {w for m in ms if m.label == PER and m.strong for w in (m.text, m.text.rsplit(" ", 1)[-1])}
        teams = {m.text for m in found if m.label != MISC and m.text not in g.countries and m.text not in people}
        if not teams:
            return
        upper = {t.upper() for t in teams}
        for m in ms:
            if (m.text in teams or m.text in upper) and not self.dateline(m):
                m.label = ORG
                m.strong = True
                m.initial = m.caps = False

    def dateline(self, m: Mention) -> bool:
        """Is ``m`` the place of a dateline ("LEEDS, England 1996-08-31", "LEEDS, Aug 31")? The
        town of a team is still a place there."""
        start = m.start
        return (start == 0 or self.text[start - 1] == "\n") and _DATELINE_AFTER.match(self.text, m.end) is not None

    def settle(self) -> list[Mention]:
        g = self.g
        self.teams()
        known: dict[str, str] = {}
        per_tokens: set[str] = set()
        # What the article itself says about a word in the middle of a sentence settles the
        # same word where it opens a sentence ("Frater took two wickets.").
        weak_known: dict[str, str] = {}
        given = g.given
        for m in self.mentions:
            label = m.label
            if label is None:
                continue
            text = m.text
            if m.strong:
                if text not in known:
                    known[text] = label
            elif not m.initial and text not in weak_known:
                weak_known[text] = label
            if label == PER and (m.strong or " " in text):
                parts = text.split(" ")
                per_tokens.add(parts[-1])
                if len(parts) > 1 and parts[0] not in given:
                    per_tokens.add(parts[0])
        for nick in self.nicknames:
            known.setdefault(nick, ORG)
        # The upper-case keys are needed only for a headline's words (most stories have none).
        upper_known: dict[str, str] | None = None
        upper_per: set[str] = set()
        out: list[Mention] = []
        for m in self.mentions:
            if m.caps:
                if upper_known is None:
                    upper_known = {k.upper(): v for k, v in known.items()}
                    upper_per = {t.upper() for t in per_tokens}
                label = upper_known.get(m.text) or (PER if m.text in upper_per else None)
                if label is None:
                    continue
                m.label = label
            elif m.strong:
                if m.label == LOC and m.text in per_tokens and " " not in m.text:
                    m.label = PER  # "Jordan" after "Michael Jordan"
            else:
                parts = m.text.split(" ")
                if m.text in known:
                    m.label = known[m.text]
                elif parts[-1] in per_tokens and (len(parts) == 1 or m.label == PER):
                    m.label = PER
                elif m.initial:
                    label = weak_known.get(m.text)
                    if label is None:
                        continue  # a capitalised first word with no evidence of its own
                    m.label = label
                if m.label is None:
                    m.label = self.default_label(m)
                if m.label is None:
                    continue
            out.append(m)
        return out

    def default_label(self, m: Mention) -> str | None:
        """No cue and no gazetteer: a run of capitalised words is most often a person's
        name (foreign names are missing from the name lists); a lone capitalised word that
        the article also writes in lower case is an ordinary word; else most often an
        organisation (clubs, companies, acronyms)."""
        if " " in m.text:
            return PER
        if self.is_lower_word(m.text):
            return None
        return ORG
