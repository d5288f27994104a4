"""Percentages: the grammar (``grammar``) and the example table (``examples``)."""

from __future__ import annotations

from functools import lru_cache

from ..lexer import AnchorSpec, first_hit
from .grammar import PercentGrammar, PercentHit

__all__ = ["PercentGrammar", "PercentHit", "percent_anchor_spec", "parse_percent"]


@lru_cache(maxsize=None)
def percent_anchor_spec() -> AnchorSpec:
    # Only the unit anchors: every percent mention has one, and numbers alone
    # are far more frequent than percentages.
    words = {"percent", "per", "pct", "pc", "percentage", "pp", "ppt", "ppts", "%p"}
    return AnchorSpec(words=frozenset(words), symbols=frozenset("%"), digits=False, before=8, after=6)


def parse_percent(text: str) -> tuple[int | float, str]:
    """``parse_percent("27 per cent")`` -> ``(27, "percent")``."""
    hit = first_hit(_grammar().find, text, "percentage")
    return hit.value, hit.unit


@lru_cache(maxsize=None)
def _grammar() -> PercentGrammar:
    return PercentGrammar()
