"""Dates: detection (``grammar``), calendar arithmetic (``calendar_math``) and
the example table (``examples``)."""

from __future__ import annotations

from functools import lru_cache

from ..lexer import AnchorSpec
from ..lexicon import calendar
from .calendar_math import Reference
from .grammar import DateGrammar, Hit

__all__ = ["DateGrammar", "Hit", "Reference", "date_anchor_spec", "normalize_date"]


@lru_cache(maxsize=None)
def date_anchor_spec() -> AnchorSpec:
    """Tokens that can be part of a date and the context the grammar needs."""
    cal = calendar()
    words = set(cal.months) | set(cal.weekdays) | set(cal.seasons) | set(cal.decade_words)
    words |= {"today", "yesterday", "tomorrow", "year", "month", "week", "weekend", "quarter",
              "half", "ago", "century", "centuries", "fiscal", "fy", "q1", "q2", "q3", "q4",
              "h1", "h2", "1q", "2q", "3q", "4q", "eighteen", "nineteen", "thousand",
              "christmas", "thanksgiving"}
    # A date's tense is read from up to 24 pieces before it and 12 after; a
    # number alone ("in 2019", "1992–1996", "end of 2025") needs a few words.
    return AnchorSpec(words=frozenset(words), digits=True, before=24, after=12, digit_before=6, digit_after=10)


def normalize_date(text: str, published: str | None = None) -> tuple[str | None, str | None]:
    """``(value, mod)`` of one date string, e.g. ``normalize_date("Aug. 16", "2021-08-20")``
    -> ``("2021-08-16", None)``. Raises ValueError when ``text`` holds no date."""
    from ..lexer import first_hit

    ref = Reference.parse(published)
    hit = first_hit(lambda pieces: _grammar().find(pieces, ref), text, "date")
    return hit.value, hit.mod


@lru_cache(maxsize=None)
def _grammar() -> DateGrammar:
    return DateGrammar()
