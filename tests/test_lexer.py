"""Pieces: the strings that trip spaCy's tokenizer up are cut the same way."""

from __future__ import annotations

import pytest

from kzkr_extract.lexer import pieces_from_text


@pytest.mark.parametrize("text,pieces", [
    ("US$50", ["US", "$", "50"]),
    ("5%", ["5", "%"]),
    ("€1.2bn", ["€", "1.2", "bn"]),
    ("4–15", ["4", "–", "15"]),
    ("16-17", ["16", "-", "17"]),
    ("Jan. 5", ["Jan", ".", "5"]),
    ("30%-stake", ["30", "%", "-", "stake"]),
    ("HK$3", ["HK", "$", "3"]),
    ("1,200,000", ["1,200,000"]),
    ("1993.11", ["1993.11"]),
    ("mid-2000s", ["mid", "-", "2000", "s"]),
])
def test_pieces(text, pieces):
    p = pieces_from_text(text)
    assert p.text == pieces
    for k in range(len(p)):
        assert text[p.start[k]:p.end[k]] == p.text[k]


def test_gap_tells_glued_from_spaced():
    p = pieces_from_text("16-17 and 16 - 17")
    assert p.gap == [True, False, False, True, True, True, True]


def test_line_breaks_are_pieces_that_stop_grammars():
    p = pieces_from_text("1993.11\n2. Lee")
    assert "break" in p.kind
