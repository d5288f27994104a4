"""The money grammar: amounts with a currency, scale words, ranges, qualifiers.

Two shapes, each read forward from one piece over a bounded window:

- prefix: a currency sign or code, a number, a scale (``US$6 billion``,
  ``USD 3.8 billion``, ``KZT 1 trln``, ``$5.9bn``, ``$2-3 billion``);
- suffix: a number, a scale, a currency name or code (``1.2 trillion won``,
  ``5,000 million euros``, ``two billion dollars``, ``10 to 50 million tenge``).

An amount with no currency is not money (``1 billion barrels``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..lexer import BREAK, NUM, SYM, WORD, Pieces, scan, _cut_token
from ..lexicon import calendar, currencies
from ..numbers import parse_numeral, to_json_number
from ..qualifiers import changed_from, qualifier_before

DASHES = frozenset({"-", "–", "—", "‑", "−"})
#: Scale words that are single letters only count glued to the number ("$5m").
_GLUED_ONLY = frozenset({"m", "b", "k", "t", "tr"})


@dataclass(frozen=True)
class MoneyHit:
    first: int
    last: int
    value: int | float
    value_max: int | float | None
    currency: str
    qualifier: str | None


@dataclass(frozen=True)
class _Amount:
    first: int
    last: int
    number: Decimal
    scale: int | None   # None: no scale word written
    currency: str | None


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(piece[4] for piece in _cut_token(text)) if " " not in text else \
        tuple(k for part in text.split() for k in _phrase_key(part))


class MoneyGrammar:
    def __init__(self) -> None:
        cur = currencies()
        self.scales = cur.scales
        self.prefixes: dict[tuple[str, ...], str] = {}
        self.codes: dict[str, str] = {}
        self.names: dict[tuple[str, ...], tuple[str, bool]] = {}
        for code, currency in cur.by_code.items():
            self.codes[code.lower()] = code
            for symbol in currency.symbols:
                self.prefixes[_phrase_key(symbol)] = code
            for name in currency.names:
                self.names[_phrase_key(name)] = (code, currency.name_needs_scale)
            for name in currency.names_needing_scale:
                self.names[_phrase_key(name)] = (code, True)
        self.max_prefix = max((len(k) for k in self.prefixes), default=1)
        self.prefix_starts = frozenset(k[0] for k in self.prefixes)
        self.max_name = max((len(k) for k in self.names), default=1)
        self.number_words = calendar().number_words

    # ------------------------------------------------------------------ driver
    def find(self, p: Pieces) -> list[MoneyHit]:
        return scan(p, self._at)

    def _at(self, p: Pieces, i: int) -> list[MoneyHit] | None:
        first = self._amount(p, i)
        if first is None:
            return None
        # A range: "$2-3 billion", "$2 billion to $3 billion", "1 and 1.5 trillion won";
        # a bare first number takes the currency of the second.
        conn = self._connector(p, first.last + 1, i)
        second = self._amount(p, conn) if conn is not None else None
        if second is not None and (first.currency is None or second.currency in (None, first.currency)):
            currency = first.currency or second.currency
            change = first.currency is not None and second.currency is not None and changed_from(p, i)
            if currency is not None and not change:  # "rose from $500m to $1bn" is two amounts
                low = self._value(first.number, first.scale if first.scale is not None else second.scale)
                high = self._value(second.number, second.scale)
                if high > low:
                    return [MoneyHit(i, second.last, to_json_number(low), to_json_number(high),
                                     currency, qualifier_before(p, i))]
        if first.currency is None:
            return None
        return [MoneyHit(i, first.last, to_json_number(self._value(first.number, first.scale)), None,
                         first.currency, qualifier_before(p, i))]

    @staticmethod
    def _value(number: Decimal, scale: int | None) -> Decimal:
        return number * scale if scale else number

    @staticmethod
    def _prev(p: Pieces, i: int) -> str:
        return p.lower[i - 1] if i > 0 and p.kind[i - 1] != BREAK else ""

    def _connector(self, p: Pieces, j: int, start: int) -> int | None:
        if j >= len(p):
            return None
        if p.kind[j] == SYM and p.text[j] in DASHES:
            return j + 1
        w = p.lower[j]
        if w == "to":
            return j + 1
        if w == "and" and self._prev(p, start) == "between":
            return j + 1
        return None

    # ------------------------------------------------------------------ amounts
    def _prefix(self, p: Pieces, i: int) -> tuple[str, int] | None:
        """A currency sign or code at ``i``: ``(code, last piece)``."""
        best = None
        if p.lower[i] not in self.prefix_starts:
            lengths = range(0)  # no sign or code starts with this piece: only a bare ISO code is left
        else:
            lengths = range(min(self.max_prefix, len(p) - i), 0, -1)
        for length in lengths:
            key = tuple(p.lower[i:i + length])
            code = self.prefixes.get(key)
            if code is None:
                continue
            if any(p.gap[k] for k in range(i + 1, i + length)) and key[-1] != "$":
                continue
            if p.kind[i] == WORD and not p.text[i].isupper() and p.lower[i] != "rs":
                continue  # "usd" in running lowercase text is not a code
            best = (code, i + length - 1)
            break
        if best is None and p.kind[i] == WORD and p.text[i].isupper() and len(p.text[i]) == 3:
            code = self.codes.get(p.lower[i])
            if code is not None:
                best = (code, i)
        return best

    def _number(self, p: Pieces, i: int) -> tuple[Decimal, int] | None:
        if i >= len(p):
            return None
        if p.kind[i] == NUM:
            value = parse_numeral(p.text[i])
            if value is None:
                return None
            return value, i
        # "twenty-five", "two", "a" (only before a scale word; checked by the caller)
        w = p.lower[i]
        n = self.number_words.get(w)
        if isinstance(n, int):
            if i + 2 < len(p) and p.text[i + 1] in DASHES and not p.gap[i + 1]:
                m = self.number_words.get(p.lower[i + 2])
                if isinstance(m, int) and n >= 20 and m < 10:
                    return Decimal(n + m), i + 2
            return Decimal(n), i
        return None

    def _scale(self, p: Pieces, i: int) -> tuple[int, int] | None:
        if i >= len(p) or p.kind[i] != WORD:
            return None
        factor = self.scales.get(p.lower[i])
        if factor is None:
            return None
        if p.lower[i] in _GLUED_ONLY and p.gap[i]:
            return None
        last = i
        if i + 2 < len(p) and p.text[i + 1] == "." and not p.gap[i + 1] and p.kind[i + 2] == WORD \
                and p.text[i + 2][:1].islower() and p.lower[i] not in ("million", "billion", "trillion", "thousand"):
            # "$12.5 bil. project list": a lowercase word after the dot means the
            # dot abbreviates; before a capital or the end it may end the sentence.
            last = i + 1
        return factor, last

    def _name(self, p: Pieces, i: int, has_scale: bool) -> tuple[str, int] | None:
        """A currency name or code after the number: ``won``, ``U.S. dollars``, ``KZT``."""
        for length in range(min(self.max_name, len(p) - i), 0, -1):
            entry = self.names.get(tuple(p.lower[i:i + length]))
            if entry is None:
                continue
            code, needs_scale = entry
            if needs_scale and not has_scale:
                return None
            return code, i + length - 1
        if i < len(p) and p.kind[i] == WORD and p.text[i].isupper() and len(p.text[i]) == 3:
            code = self.codes.get(p.lower[i])
            if code is not None:
                return code, i
        return None

    def _amount(self, p: Pieces, i: int) -> _Amount | None:
        """One amount at ``i``: prefix form, suffix form, or a bare number
        (currency ``None``) that a range may complete."""
        if i >= len(p) or p.kind[i] == BREAK:
            return None
        prefix = self._prefix(p, i)
        j = i
        currency = None
        if prefix is not None:
            currency, j = prefix[0], prefix[1] + 1
            if j < len(p) and p.text[j] in DASHES and not p.gap[j]:
                return None
            if len(p.text[prefix[1]]) == 1 and p.text[prefix[1]].isalpha() \
                    and (j >= len(p) or p.gap[j] or p.kind[j] != NUM):
                return None  # a letter sign ("W300 bln", Korean papers' won) is glued to its number
        sign = 1
        if j < len(p) and p.text[j] in ("-", "−") and prefix is None and not (j + 1 < len(p) and p.gap[j + 1]):
            return None  # a minus is only read after a currency sign; "-5" here is a range end
        num = self._number(p, j)
        if num is None:
            return None
        number, k = num
        is_word_number = p.kind[j] == WORD
        if p.kind[j] == NUM and k + 1 < len(p) and not p.gap[k + 1] and p.text[k + 1] in ("%",):
            return None
        scale = self._scale(p, k + 1)
        factor = None
        if scale is not None:
            factor, k = scale
        elif is_word_number and prefix is None:
            return None  # "two dollars" is rarely news; "a dollar" never an amount
        if is_word_number and prefix is not None and factor is None:
            return None
        if factor is None and prefix is not None and len(p.text[prefix[1]]) == 1 and p.text[prefix[1]].isalpha():
            return None  # ... and to a scale: "W300 bln", not a grid square "W3"
        if currency is None:
            name = self._name(p, k + 1, factor is not None)
            if name is None and factor is not None and k + 2 < len(p) and p.text[k + 1] in DASHES \
                    and not p.gap[k + 1] and not p.gap[k + 2]:
                name = self._name(p, k + 2, True)  # "50 bln-won deals", "a 1 trillion-won project"
            if name is not None:
                currency, k = name
            elif is_word_number:
                return None
        return _Amount(i, k, Decimal(sign) * number, factor, currency)
