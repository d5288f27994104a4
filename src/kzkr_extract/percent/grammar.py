"""The percent grammar: ``30%``, ``125 percent``, ``27 per cent``, ``2 percentage
points``, ``0.3%p``, ``10-15%``, ``between 5 and 7 percent``, ``five percent``.

Read forward from one piece over a bounded window; the qualifier comes from the
words before the mention (:mod:`kzkr_extract.qualifiers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..lexer import BREAK, NUM, SYM, WORD, Pieces, scan
from ..lexicon import calendar
from ..numbers import parse_numeral, to_json_number
from ..qualifiers import changed_from, qualifier_before

DASHES = frozenset({"-", "–", "—", "‑", "−"})
PERCENT, POINT = "percent", "percentage_point"


@dataclass(frozen=True)
class PercentHit:
    first: int
    last: int
    value: int | float
    value_max: int | float | None
    unit: str
    qualifier: str | None


class PercentGrammar:
    def __init__(self) -> None:
        self.number_words = calendar().number_words

    def find(self, p: Pieces) -> list[PercentHit]:
        return scan(p, self._read)

    # ------------------------------------------------------------------ atoms
    def _number(self, p: Pieces, i: int) -> tuple[Decimal, int, int] | None:
        """``(value, first, last)``; a minus glued to the number belongs to it."""
        if i >= len(p):
            return None
        first = i
        sign = Decimal(1)
        if p.kind[i] == SYM and p.text[i] in ("-", "−") and i + 1 < len(p) and p.kind[i + 1] == NUM \
                and not p.gap[i + 1] and (i == 0 or p.gap[i] or p.kind[i - 1] == BREAK):
            sign, i = Decimal(-1), i + 1
        if p.kind[i] == NUM:
            value = parse_numeral(p.text[i])
            return (sign * value, first, i) if value is not None else None
        if p.kind[i] == WORD and sign == 1:
            n = self.number_words.get(p.lower[i])
            if isinstance(n, int) and p.lower[i] not in ("a", "an"):
                if i + 2 < len(p) and p.text[i + 1] in DASHES and not p.gap[i + 1]:
                    m = self.number_words.get(p.lower[i + 2])
                    if isinstance(m, int) and n >= 20 and 0 < m < 10:
                        return Decimal(n + m), first, i + 2
                return Decimal(n), first, i
        return None

    def _unit(self, p: Pieces, i: int) -> tuple[str, int] | None:
        """The percent sign or word at ``i`` (after an optional glued hyphen)."""
        if i >= len(p):
            return None
        if p.text[i] == "%":
            if i + 1 < len(p) and not p.gap[i + 1] and p.lower[i + 1] == "p":
                return POINT, i + 1
            return PERCENT, i
        if p.text[i] in DASHES and not p.gap[i] and i + 1 < len(p) and not p.gap[i + 1] \
                and p.lower[i + 1] in ("percent", "per"):
            found = self._unit(p, i + 1)
            return found if found and found[0] == PERCENT else None
        w = p.lower[i]
        if w in ("percent", "pct", "pc"):
            if w == "percent" and self._is(p, i + 1, "points"):
                return POINT, i + 1
            return PERCENT, i
        if w == "per" and self._is(p, i + 1, "cent"):
            return PERCENT, i + 1
        if w == "percentage":
            j = i + 1
            if j + 1 < len(p) and p.text[j] in DASHES and not p.gap[j] and not p.gap[j + 1]:
                j += 1  # "a 0.25 percentage-point cut"
            if self._is(p, j, "point") or self._is(p, j, "points"):
                return POINT, j
        if w == "pp" or w == "ppt" or w == "ppts":
            return POINT, i
        return None

    @staticmethod
    def _is(p: Pieces, i: int, word: str) -> bool:
        return i < len(p) and p.lower[i] == word

    # ------------------------------------------------------------------ rules
    def _read(self, p: Pieces, i: int) -> list[PercentHit] | None:
        num = self._number(p, i)
        if num is None:
            return None
        value, first, k = num
        unit = self._unit(p, k + 1)
        prev = p.lower[first - 1] if first > 0 and p.kind[first - 1] != BREAK else ""
        if unit is not None:
            unit_name, last = unit
            # "10% to 15%" / "5% to 7%": one mention unless "from ... to" states a change.
            conn = self._connector(p, last + 1, prev)
            if conn is not None and not changed_from(p, first):
                second = self._number(p, conn)
                if second is not None:
                    unit2 = self._unit(p, second[2] + 1)
                    if unit2 is not None and unit2[0] == unit_name and second[0] > value:
                        return [PercentHit(first, unit2[1], to_json_number(value), to_json_number(second[0]),
                                           unit_name, qualifier_before(p, first))]
            return [PercentHit(first, last, to_json_number(value), None, unit_name, qualifier_before(p, first))]
        # "10-15%", "10 to 15 percent", "between 5 and 7 percent", "from 3 to 5 percent"
        conn = self._connector(p, k + 1, prev)
        if conn is None:
            return None
        second = self._number(p, conn)
        if second is None or second[0] <= value:
            return None
        unit2 = self._unit(p, second[2] + 1)
        if unit2 is None:
            return None
        return [PercentHit(first, unit2[1], to_json_number(value), to_json_number(second[0]),
                           unit2[0], qualifier_before(p, first))]

    def _connector(self, p: Pieces, j: int, prev: str) -> int | None:
        if j >= len(p):
            return None
        if p.kind[j] == SYM and p.text[j] in DASHES:
            return j + 1
        if p.lower[j] == "to" or (p.lower[j] == "and" and prev == "between"):
            return j + 1
        return None
