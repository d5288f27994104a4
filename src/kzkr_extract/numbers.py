"""Reading numerals: ``1,200,000``, ``3.8``, decimal commas, number words.

Pure functions on piece text; shared by the money, percent and date grammars.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .lexicon import calendar


def parse_numeral(text: str) -> Decimal | None:
    """The value of a digit piece, or None when its separators are ambiguous.

    ``1,200`` and ``1,200,000`` use thousands commas; a comma followed by one or
    two digits is a decimal comma (``3,8`` -> 3.8); ``1.200.000`` is read as
    dotted thousands; ``1,2000`` is nothing anyone writes and is refused.
    """
    if "," in text and "." in text:
        # "1,234.5" (English) or "1.234,5" (European): the last separator is decimal.
        if text.rfind(",") < text.rfind("."):
            head, _, tail = text.rpartition(".")
            if not _thousands_ok(head, ","):
                return None
            return _dec(head.replace(",", "") + "." + tail)
        head, _, tail = text.rpartition(",")
        if not _thousands_ok(head, "."):
            return None
        return _dec(head.replace(".", "") + "." + tail)
    if "," in text:
        groups = text.split(",")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return _dec(text.replace(",", ""))
        if len(groups) == 2 and 1 <= len(groups[1]) <= 2:
            return _dec(groups[0] + "." + groups[1])
        return None
    if text.count(".") > 1:
        groups = text.split(".")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return _dec(text.replace(".", ""))
        return None
    return _dec(text)


def _thousands_ok(head: str, sep: str) -> bool:
    groups = head.split(sep)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) or len(groups) == 1


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def number_word(lower: str) -> int | None:
    """``five`` -> 5; ``a``/``an`` -> 1; None for words that are not numbers."""
    value = calendar().number_words.get(lower)
    return value if isinstance(value, int) else None


def to_json_number(value: Decimal) -> int | float:
    """An exact ``int`` when the value is whole (``634000000``), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
