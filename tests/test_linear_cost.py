"""Cost stays linear on hostile input: counted, not timed.

Each test runs the rules over a text and the same text twice as long, counts
the work done where a quadratic step once hid (mentions handed to the visit
rules by the look-ups of people and places), and checks that doubling the text
at most doubles that count (with some slack for the edges). Timings are the
benchmark's business (``benchmarks/hostile.py``); counts do not depend on the
machine.
"""

from __future__ import annotations

import pytest

from kzkr_extract.pipeline import extract_text
from kzkr_extract.visits import mentions


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: One sentence that never ends: every trigger shares it.
NO_SENTENCE_END = {
    "venues and talks": "Kazakhstan and Korea discussed trade worth 6 billion and in Seoul ministers met again and ",
    "pronouns": "President Tokayev met Lee and he said his visit to Seoul was useful while she visited Japan and ",
    "guest lists": "Kazakhstan was visited by presidents Roh Moo-hyun in 2004 and Lee Myung-bak in 2009 and ",
    "hosts": "Tokayev hosted Uzbek President Mirziyoyev and the leaders of Turkey and Azerbaijan in Astana and ",
    "table row": "| 12 May 2003 || Nursultan Nazarbayev || Seoul || State visit ",
}


def _mentions_handed_out(monkeypatch, text: str) -> int:
    handed = 0
    people_between, places_between = mentions.Mentions.people_between, mentions.Mentions.places_between

    def count(lookup):
        def counted(self, lo, hi):
            nonlocal handed
            found = lookup(self, lo, hi)
            handed += len(found)
            return found
        return counted

    monkeypatch.setattr(mentions.Mentions, "people_between", count(people_between))
    monkeypatch.setattr(mentions.Mentions, "places_between", count(places_between))
    extract_text(text, "2024-06-12", types=("visit",))
    monkeypatch.setattr(mentions.Mentions, "people_between", people_between)
    monkeypatch.setattr(mentions.Mentions, "places_between", places_between)
    return handed


@pytest.mark.parametrize("unit", list(NO_SENTENCE_END.values()), ids=list(NO_SENTENCE_END))
def test_visit_look_ups_grow_linearly_in_a_sentence_with_no_end(monkeypatch, unit):
    once = _mentions_handed_out(monkeypatch, _repeat(unit, 20_000))
    twice = _mentions_handed_out(monkeypatch, _repeat(unit, 40_000))
    assert once > 0
    assert twice <= 2.2 * once, (once, twice)
