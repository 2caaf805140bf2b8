"""Pick the input format whose ``sniff`` scores the text highest (``plain`` is the fallback)."""

from __future__ import annotations

from ..state import ParseState

__all__ = ["detect_format"]


def detect_format(state: ParseState) -> None:
    best, best_score = "plain", 0.0
    formats = state.registry.formats
    sample = state.source[:4096] if len(formats) > 1 else ""  # no copy when only "plain" is registered
    for spec in formats.values():
        if spec.name == "plain":
            continue
        try:
            score = spec.sniff(sample)
        except Exception as exc:  # a broken format plugin must not stop the parse
            state.warn("format-sniff-failed", f"format {spec.name!r}: {type(exc).__name__}: {exc}", plugin=spec.plugin)
            continue
        if score > best_score:
            best, best_score = spec.name, score
    state.format = best
    prepare = state.registry.formats[best].prepare if best in state.registry.formats else None
    if prepare is not None:
        prepare(state)
