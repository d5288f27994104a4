"""Money: the grammar (``grammar``) and the example table (``examples``)."""

from __future__ import annotations

from functools import lru_cache

from ..lexer import AnchorSpec, first_hit
from ..lexicon import currencies
from .grammar import MoneyGrammar, MoneyHit

__all__ = ["MoneyGrammar", "MoneyHit", "money_anchor_spec", "parse_amount"]


@lru_cache(maxsize=None)
def money_anchor_spec() -> AnchorSpec:
    """Every amount of money has a currency sign, code or name: those tokens are
    the anchors (not every number, which would cut most of a news text into
    pieces). A name is anchored on its last word (``U.S. dollars``, ``Kazakh
    tenge``); the window before it reaches back over a range and its qualifier
    (``about 10 to 50 million tenge``)."""
    cur = currencies()
    words = set()
    symbols = set()
    for currency in cur.by_code.values():
        words.add(currency.code.lower())
        for name in currency.names + currency.names_needing_scale:
            words.add(name.lower().split()[-1])
        for symbol in currency.symbols:
            stripped = symbol.lower().rstrip(".")  # "SFr." -> "sfr"
            if stripped.isalpha():
                words.add(stripped)
            symbols.update(ch for ch in symbol if not ch.isalnum() and ch not in ". ")
    return AnchorSpec(words=frozenset(words), symbols=frozenset(symbols), digits=False, before=12, after=10,
                      match_pieces=True)


def parse_amount(text: str) -> tuple[int | float, str]:
    """``parse_amount("US$6 billion")`` -> ``(6000000000, "USD")``.

    Raises ValueError when ``text`` holds no amount with a currency.
    """
    hit = first_hit(_grammar().find, text, "amount of money")
    return hit.value, hit.currency


@lru_cache(maxsize=None)
def _grammar() -> MoneyGrammar:
    return MoneyGrammar()
