"""Pieces: the strings that trip spaCy's tokenizer up are cut the same way."""

from __future__ import annotations

import pytest

from kzkr_extract.lexer import AnchorFinder, AnchorSpec, DocView, pieces_from_text, windows
from kzkr_extract.pipeline import get_tokenizer_nlp


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


# ---------------------------------------------------------------- anchors and windows
@pytest.mark.parametrize("positions,length,before,after,expected", [
    ([], 10, 2, 2, []),
    ([5], 10, 2, 2, [(3, 8)]),
    ([0], 10, 2, 2, [(0, 3)]),                 # clipped at the start
    ([9], 10, 2, 2, [(7, 10)]),                # and at the end
    ([2, 4], 20, 1, 1, [(1, 6)]),              # overlapping windows merge
    ([2, 4], 20, 1, 0, [(1, 5)]),              # touching windows merge too
    ([2, 9], 20, 1, 1, [(1, 4), (8, 11)]),     # a gap keeps them apart
])
def test_windows(positions, length, before, after, expected):
    assert windows(positions, length, before, after) == expected


def _finder(**spec):
    return AnchorFinder(AnchorSpec(words=frozenset({"march", "percent"}), **spec))


def test_anchor_ranges_give_digit_only_anchors_the_narrow_window():
    doc = get_tokenizer_nlp().make_doc("a b c d e f 2019 g h i j k l March m n o p q r s")
    finder = _finder(before=3, after=2, digit_before=1, digit_after=0)
    year, month = 6, 13
    assert finder.positions(doc) == [year, month]
    assert finder.ranges(doc) == [(year - 1, year + 1), (month - 3, month + 3)]
    # Without digit anchors the year is no anchor at all.
    assert _finder(digits=False, before=3, after=2).ranges(doc) == [(month - 3, month + 3)]


def test_anchor_words_match_abbreviations_and_symbols():
    doc = get_tokenizer_nlp().make_doc("Trade rose 5% in Mar. to 30 percent")
    finder = AnchorFinder(AnchorSpec(words=frozenset({"mar", "percent"}), symbols=frozenset("%"), digits=False))
    texts = [doc[i].text for i in finder.positions(doc)]
    assert texts == ["%", "Mar.", "percent"]


def test_anchor_decisions_are_cached_per_word_and_bounded():
    doc = get_tokenizer_nlp().make_doc("march march april 7 7")
    finder = _finder()
    assert finder.positions(doc) == [0, 1, 3, 4]
    assert len(finder._lower) == 3                      # "march", "april", "7"
    full = _finder()
    full._lower.limit = 2                               # three new words do not fit
    assert full.positions(doc) == [0, 1, 3, 4]
    assert len(full._lower) == 0
    assert full.positions(doc) == [0, 1, 3, 4]          # decided again, same answer


def test_doc_view_offsets_slice_each_token():
    doc = get_tokenizer_nlp().make_doc("Seoul,  2024 —\nok")
    view = DocView(doc)
    assert [view.text[s:e] for s, e in zip(view.starts, view.ends)] == [t.text for t in doc]
    assert view.text == doc.text
    empty = DocView(get_tokenizer_nlp().make_doc(""))
    assert (empty.starts, empty.text) == ([], "")


@pytest.mark.parametrize("start,end,expected", [
    (0, 5, (0, 1)),        # "Seoul"
    (0, 6, (0, 2)),        # "Seoul,"
    (2, 3, (0, 1)),        # inside a token: the whole token
    (5, 12, (1, 4)),       # ",  2024": across the space (two spaces: a space token)
    (6, 7, None),          # white space only
    (8, 19, (3, 6)),       # "2024 — 30%-": ends inside "30%-stake"
])
def test_tokens_over_expands_like_char_span(start, end, expected):
    from kzkr_extract.visits.mentions import TokenView

    doc = get_tokenizer_nlp().make_doc("Seoul,  2024 — 30%-stake")
    assert TokenView(doc).tokens_over(start, end) == expected
    span = doc.char_span(start, end, alignment_mode="expand")
    assert (None if span is None or len(span) == 0 else (span.start, span.end)) == expected
