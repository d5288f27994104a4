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
#: The phrases by their last word, longest first: called once per mention found.
_BY_LAST_WORD: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
for _words, _qualifier in _LONGEST_FIRST:
    _BY_LAST_WORD[_words[-1]] = _BY_LAST_WORD.get(_words[-1], ()) + ((_words, _qualifier),)


def qualifier_before(p: Pieces, first: int) -> str | None:
    """The qualifier whose words end right before piece ``first``, if any."""
    if first < 1:
        return None
    candidates = _BY_LAST_WORD.get(p.lower[first - 1])
    if candidates is None:
        return None
    for words, qualifier in candidates:
        lo = first - len(words)
        # A BREAK piece has an empty lower form, so it never equals a word.
        if lo >= 0 and tuple(p.lower[lo:first]) == words:
            return qualifier
    return None


#: Verbs and adverbs of change: "rose from 5% to 7%" states two values, while
#: "ranges from 5% to 7%" states one range.
CHANGE_WORDS = frozenset({
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
    "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "climbed", "climb",
    "dropped", "drop", "drops", "declined", "decline", "declines", "slipped", "slid", "surged",
    "soared", "plunged", "plummeted", "raised", "raise", "raises", "cut", "cuts", "lowered",
    "lower", "reduced", "reduce", "boosted", "expanded", "shrank", "shrunk", "widened",
    "narrowed", "up", "down", "changed", "moved", "went", "edged", "eased", "accelerated",
    "slowed", "doubled", "tripled", "hiked", "trimmed",
    "raising", "cutting", "lowering", "reducing", "boosting", "expanding", "doubling", "tripling",
    "jumping", "climbing", "dropping", "declining", "surging", "soaring", "widening", "narrowing",
})


def change_before_from(p: Pieces, from_index: int) -> bool:
    """True when the "from" at ``from_index`` follows a verb of change (looking back
    over a few words: "rose sharply from", "was raised from", "fell by 2 points from")."""
    for k in range(from_index - 1, max(-1, from_index - 5), -1):
        if p.kind[k] == BREAK:
            return False
        if p.lower[k] in CHANGE_WORDS:
            return True
    return False


#: Words a qualifier is made of, skipped between "from" and an amount ("rose from about $1.1bn").
_QUALIFIER_WORDS = frozenset(w for words, _ in _PHRASES for w in words if w not in ("to", "of", "."))


def changed_from(p: Pieces, first: int) -> bool:
    """True when the amount at piece ``first`` is the start of a change, "rose
    from (about) X to Y", which states two amounts rather than a range."""
    k = first - 1
    while k >= 0 and first - k <= 3 and p.lower[k] in _QUALIFIER_WORDS:
        k -= 1
    return k >= 0 and p.lower[k] == "from" and change_before_from(p, k)
