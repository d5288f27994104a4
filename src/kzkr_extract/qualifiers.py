"""Qualifier words before an amount ("about $5bn", "more than 30%").

Shared by the money and percent grammars. The qualifier is read from the words
right before the mention and never becomes part of its span.
"""

from __future__ import annotations

from .lexer import BREAK, Pieces

#: Longest phrases first within each qualifier; lowercased piece sequences.
_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("upwards", "of"), "over"), (("more", "than"), "over"), (("at", "least"), "over"),
    (("in", "excess", "of"), "over"), (("no", "less", "than"), "over"),
    (("less", "than"), "under"), (("up", "to"), "under"), (("at", "most"), "under"),
    (("no", "more", "than"), "under"), (("fewer", "than"), "under"),
    (("close", "to"), "approx"), (("an", "estimated"), "approx"), (("approx", "."), "approx"),
    (("about",), "approx"), (("around",), "approx"), (("approximately",), "approx"),
    (("roughly",), "approx"), (("some",), "approx"), (("nearly",), "approx"),
    (("almost",), "approx"), (("circa",), "approx"), (("estimated",), "approx"),
    (("over",), "over"), (("above",), "over"), (("exceeding",), "over"), (("exceeds",), "over"),
    (("under",), "under"), (("below",), "under"), (("beneath",), "under"),
)
_LONGEST_FIRST = tuple(sorted(_PHRASES, key=lambda item: -len(item[0])))


def qualifier_before(p: Pieces, first: int) -> str | None:
    """The qualifier whose words end right before piece ``first``, if any."""
    for words, qualifier in _LONGEST_FIRST:
        n = len(words)
        lo = first - n
        if lo < 0:
            continue
        if any(p.kind[k] == BREAK for k in range(lo, first)):
            continue
        if tuple(p.lower[lo:first]) == words:
            return qualifier
    return None
