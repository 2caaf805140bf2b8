"""``textrank``: sentences ranked by PageRank over a word-overlap graph, with a position prior.

Graph (Mihalcea & Tarau 2004): one node per sentence, an edge weighted by the content words two
sentences share, normalised by ``log |a| + log |b|`` so long sentences do not win by length
alone. The random surfer jumps back to the story's opening more often than to its end (a
personalised PageRank whose teleport vector decays with sentence position): news puts the point
first, so pure centrality, which favours the repetitive middle of a story, is corrected toward
the lede.
"""

from __future__ import annotations

import itertools
import math

from newsparse import Article

from .body import Sentence, body_sentences, tokens
from .options import Options
from .select import content_words, take

__all__ = ["CAPTION_WEIGHT", "DAMPING", "MAX_CANDIDATES", "POSITION_DECAY", "rank", "textrank"]

# Only the opening of a long story competes: it keeps the pairwise graph small (a 1 MB article
# would otherwise need millions of comparisons) and the news is there anyway.
MAX_CANDIDATES = 40
# Probability of following a similarity edge rather than jumping by the position prior. Lower than
# the web-graph 0.85: in news the position of a sentence says more than its centrality.
DAMPING = 0.4
# Teleport weight of sentence i is 1 / (i + 1) ** POSITION_DECAY.
POSITION_DECAY = 1.0
# Centrality grows with a sentence's vocabulary; dividing by words ** LENGTH_EXPONENT keeps long,
# run-on sentences from taking the whole word budget.
LENGTH_EXPONENT = 0.5
# ... counting at least this many words, so that short sentences are not favoured either.
LENGTH_FLOOR = 15
# A sentence without an end mark is usually a photo caption (or a subhead) glued into web copy:
# it restates the story, so it looks central, but the story's own sentence says it better.
CAPTION_WEIGHT = 0.5
_ITERATIONS = 50
_TOLERANCE = 1e-6


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)
    if not shared or len(a) < 2 or len(b) < 2:
        return 0.0
    return shared / (math.log(len(a)) + math.log(len(b)))


def rank(sentences: list[Sentence], *, damping: float | None = None, decay: float | None = None) -> list[float]:
    """The personalised PageRank score of each sentence (same order as given)."""
    damping = DAMPING if damping is None else damping
    decay = POSITION_DECAY if decay is None else decay
    n = len(sentences)
    if n == 0:
        return []
    words = [content_words(s.text) for s in sentences]
    # Incoming edges of each node: (source node, weight).
    incoming: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    out_sum = [0.0] * n
    for i, j in itertools.combinations(range(n), 2):
        w = _similarity(words[i], words[j])
        if w:
            incoming[j].append((i, w))
            incoming[i].append((j, w))
            out_sum[i] += w
            out_sum[j] += w
    prior = [1.0 / (i + 1) ** decay for i in range(n)]
    total = sum(prior)
    prior = [p / total for p in prior]
    scores = prior[:]
    for _ in range(_ITERATIONS):
        # A sentence with no edges hands its score back through the teleport vector.
        dangling = sum(scores[i] for i in range(n) if not out_sum[i])
        new = [
            (1 - damping + damping * dangling) * prior[j]
            + damping * sum(scores[i] * w / out_sum[i] for i, w in incoming[j])
            for j in range(n)
        ]
        delta = sum(abs(x - y) for x, y in zip(new, scores, strict=True))
        scores = new
        if delta < _TOLERANCE:
            break
    return scores


def textrank(article: Article, options: Options) -> list[Sentence]:
    candidates = list(itertools.islice(body_sentences(article), MAX_CANDIDATES))
    centrality = rank(candidates)
    scores = [
        c / max(LENGTH_FLOOR, len(tokens(s.text))) ** LENGTH_EXPONENT * (1.0 if s.terminated else CAPTION_WEIGHT)
        for s, c in zip(candidates, centrality, strict=True)
    ]
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    return take((candidates[i] for i in order), options)
