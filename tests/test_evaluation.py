"""Tests of the facts-v1 scorer (kzkr_extract.evaluation) and its JSON Lines
input/output (kzkr_extract.jsonl).

Every expected precision/recall/F1 below was computed by hand; the arithmetic
is in the comment next to it. Scores are compared exactly: P = tp/(tp+fp),
R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn) are each one float division, so they
equal ``float(Fraction(...))`` bit for bit.
"""

from __future__ import annotations

import json
import os
from fractions import Fraction as F

import pytest

from kzkr_extract import jsonl
from kzkr_extract.evaluation import (
    Score,
    dates_compatible,
    evaluate,
    evaluate_paths,
    match_spans,
    name_tokens,
    span_overlap,
    visits_match,
    year_range,
)
from kzkr_extract.jsonl import InputProblem, read_gold_dir, read_records, record_line, write_jsonl_atomic
from kzkr_extract.records import DateFact, MoneyFact, PercentFact, VisitFact


# ------------------------------------------------------------------ helpers

def span(text: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def date(doc: str, text: str, phrase: str, value: str | None, mod: str | None = None,
         occurrence: int = 0) -> DateFact:
    start, end = span(text, phrase, occurrence)
    return DateFact(doc, start, end, phrase, value=value, mod=mod)


def money(doc, text, phrase, value, currency="USD", value_max=None) -> MoneyFact:
    start, end = span(text, phrase)
    return MoneyFact(doc, start, end, phrase, value=value, value_max=value_max, currency=currency)


def percent(doc, text, phrase, value, unit="percent") -> PercentFact:
    start, end = span(text, phrase)
    return PercentFact(doc, start, end, phrase, value=value, unit=unit)


def visit(doc, text, trigger, visitor, country, value=None, *, city=None, visit_type=None,
          status="occurred", count=1, occurrence=0) -> VisitFact:
    start, end = span(text, trigger, occurrence)
    return VisitFact(doc, start, end, trigger, visitor=visitor, visitor_country=None,
                     destination_country=country, destination_city=city, value=value,
                     visit_type=visit_type, status=status, count=count)


def assert_score(score: Score, tp: int, fp: int, fn: int, p: F, r: F, f1: F) -> None:
    assert (score.tp, score.fp, score.fn) == (tp, fp, fn)
    assert score.precision == float(p)
    assert score.recall == float(r)
    assert score.f1 == float(f1)


# ------------------------------------------------------- dates: span/value/strict

DATES_TEXT = (
    "The treaty was signed on 12 May 2003 in Almaty. Trade talks began in 1995 "
    "and resumed in the spring of 2010. A forum opened on 20 June 2011, and "
    "the late 1990s saw the first flights; the embassy opened in 1992."
)


def test_overlap_strict_and_value_are_counted_separately():
    t = DATES_TEXT
    gold = [
        date("d", t, "12 May 2003", "2003-05-12"),      # G1
        date("d", t, "1995", "1995"),                   # G2
        date("d", t, "spring of 2010", "2010-SP"),      # G3
        date("d", t, "late 1990s", "199X", "LATE"),     # G4
    ]
    pred = [
        date("d", t, "12 May 2003", "2003-05-12"),      # P1: same offsets, same value
        date("d", t, "in 1995", "1995"),                # P2: overlaps G2, right value, wider span
        date("d", t, "spring of 2010", "2010-SU"),      # P3: same offsets, wrong value
        date("d", t, "20 June 2011", "2011-06-20"),     # P4: no gold -> false positive
        date("d", t, "the late 1990s", "199X", "LATE"),  # P5: overlaps G4, right value
    ]
    report = evaluate({"d": gold}, {"d": pred})
    s = report.scores["date"]
    # span: all 4 gold matched (P1-G1, P2-G2, P3-G3, P5-G4); P4 unmatched.
    # tp=4 fp=1 fn=0: P=4/5, R=4/4=1, F1=2*4/(8+1+0)=8/9
    assert_score(s["span"], 4, 1, 0, F(4, 5), F(1), F(8, 9))
    # value: P1, P2, P5 equal; P3 wrong value. tp=3 fp=5-3=2 fn=4-3=1:
    # P=3/5, R=3/4, F1=6/(6+2+1)=6/9=2/3
    assert_score(s["value"], 3, 2, 1, F(3, 5), F(3, 4), F(2, 3))
    # strict: identical offsets only for P1 and P3. tp=2 fp=3 fn=2:
    # P=2/5, R=2/4=1/2, F1=4/(4+3+2)=4/9
    assert_score(s["strict"], 2, 3, 2, F(2, 5), F(1, 2), F(4, 9))
    kinds = sorted((e.kind, e.text) for e in report.errors)
    assert kinds == [
        ("boundary", "1995"),
        ("boundary", "late 1990s"),
        ("false_positive", "20 June 2011"),
        ("wrong_value", "spring of 2010"),
    ]
    wrong = next(e for e in report.errors if e.kind == "wrong_value")
    assert wrong.expected == {"value": "2010-SP", "mod": None}
    assert wrong.predicted == {"value": "2010-SU", "mod": None}
    assert wrong.differs == ("value",)


def test_mod_is_part_of_the_date_value():
    t = DATES_TEXT
    gold = [date("d", t, "late 1990s", "199X", "LATE")]
    pred = [date("d", t, "late 1990s", "199X", None)]
    s = evaluate({"d": gold}, {"d": pred}).scores["date"]
    # one overlap match, same offsets, mod differs:
    # span tp=1 -> P=R=F1=1; value tp=0 fp=1 fn=1 -> 0/1, 0/1, 0/(0+1+1)=0
    assert_score(s["span"], 1, 0, 0, F(1), F(1), F(1))
    assert_score(s["strict"], 1, 0, 0, F(1), F(1), F(1))
    assert_score(s["value"], 0, 1, 1, F(0), F(0), F(0))


def test_greedy_one_to_one_takes_the_largest_overlap():
    t = "The first state visit took place from 12 to 14 November 2003."
    gold = [date("g", t, "12 to 14 November 2003", "2003-11-12/2003-11-14")]
    small = date("g", t, "12", "XXXX-XX-12")                 # overlap 2 chars
    large = date("g", t, "14 November 2003", "2003-11-14")   # overlap 16 chars
    report = evaluate({"g": gold}, {"g": [small, large]})
    # one gold, two overlapping predictions: only one may match.
    # span tp=1 fp=1 fn=0: P=1/2, R=1, F1=2/(2+1+0)=2/3
    assert_score(report.scores["date"]["span"], 1, 1, 0, F(1, 2), F(1), F(2, 3))
    fp = [e for e in report.errors if e.kind == "false_positive"]
    assert [(e.pred.start, e.pred.end) for e in fp] == [(small.start, small.end)]
    wrong = [e for e in report.errors if e.kind == "wrong_value"]
    assert [e.pred for e in wrong] == [large]


def test_overlap_tie_goes_to_the_nearer_start():
    t = "Talks are set for April 16 and 17, 2024 in Seoul."
    g1 = date("t", t, "April 16", "2024-04-16")
    g2 = date("t", t, "17, 2024", "2024-04-17")
    whole = date("t", t, "April 16 and 17, 2024", "2024-04-16/2024-04-17")
    # the prediction overlaps each gold by 8 characters; g1 starts where it starts.
    assert match_spans([g1, g2], [whole]) == [(0, 0)]
    assert match_spans([g2, g1], [whole]) == [(1, 0)]  # not an artefact of list order
    s = evaluate({"t": [g1, g2]}, {"t": [whole]}).scores["date"]["span"]
    # tp=1 fp=0 fn=1: P=1, R=1/2, F1=2/(2+0+1)=2/3
    assert_score(s, 1, 0, 1, F(1), F(1, 2), F(2, 3))


def test_overlap_tie_nearer_start_beats_document_order():
    t = "Shipments resumed in December 2003, 2004 and 2005."
    early = date("s", t, "December 2003", "2003-12")
    later = date("s", t, "2004", "2004")
    pred = date("s", t, "2003, 2004", "2003/2004")
    # overlap with "December 2003" is "2003" (4 chars), with "2004" 4 chars;
    # the prediction starts 9 characters after "December", 6 before "2004":
    # the later gold wins although it comes second in the document.
    assert span_overlap(early, pred) == span_overlap(later, pred) == 4
    assert match_spans([early, later], [pred]) == [(1, 0)]


def test_touching_spans_do_not_overlap():
    t = "In 19951996 nothing happened."  # adjacent spans share no character
    gold = [DateFact("x", 3, 7, "1995", value="1995")]
    pred = [DateFact("x", 7, 11, "1996", value="1996")]
    assert match_spans(gold, pred) == []
    assert match_spans(pred, gold) == []  # touching from the other side
    s = evaluate({"x": gold}, {"x": pred}).scores["date"]["span"]
    # tp=0 fp=1 fn=1: P=0/1, R=0/1, F1=0
    assert_score(s, 0, 1, 1, F(0), F(0), F(0))
    assert t[3:7] == "1995" and t[7:11] == "1996"


def test_different_types_never_match():
    t = "Exports rose 30% to $5 million in 2010."
    gold = [date("m", t, "2010", "2010"), percent("m", t, "30%", 30)]
    pred = [
        money("m", t, "2010", 2010, "USD"),          # same span as the gold date, wrong type
        money("m", t, "30%", 30, "USD"),            # same span as the gold percent, wrong type
    ]
    report = evaluate({"m": gold}, {"m": pred})
    # date: tp=0 fp=0 fn=1; percent: tp=0 fp=0 fn=1; money: tp=0 fp=2 fn=0
    assert_score(report.scores["date"]["span"], 0, 0, 1, F(0), F(0), F(0))
    assert_score(report.scores["percent"]["span"], 0, 0, 1, F(0), F(0), F(0))
    assert_score(report.scores["money"]["span"], 0, 2, 0, F(0), F(0), F(0))
    # overall = sum of headline counts: tp=0 fp=2 fn=2, all figures 0
    assert_score(report.overall, 0, 2, 2, F(0), F(0), F(0))


def test_money_and_percent_values_use_tolerance_and_units():
    t = "Korea invested $5 million and 1.2 trillion won; the share rose 2 percentage points to 30%."
    gold = [
        money("n", t, "$5 million", 5e6, "USD"),
        money("n", t, "1.2 trillion won", 1.2e12, "KRW"),
        percent("n", t, "2 percentage points", 2, "percentage_point"),
        percent("n", t, "30%", 30),
    ]
    pred = [
        money("n", t, "$5 million", 5_000_000.000000001, "USD"),  # within 1e-9 relative
        money("n", t, "1.2 trillion won", 1.2e12, "USD"),          # wrong currency
        percent("n", t, "2 percentage points", 2, "percent"),       # wrong unit
        percent("n", t, "30%", 30.0001),                             # outside tolerance
    ]
    report = evaluate({"n": gold}, {"n": pred})
    # money value: tp=1 fp=1 fn=1 -> P=1/2, R=1/2, F1=2/(2+1+1)=1/2
    assert_score(report.scores["money"]["value"], 1, 1, 1, F(1, 2), F(1, 2), F(1, 2))
    # percent value: tp=0 fp=2 fn=2 -> 0, 0, 0 (span: tp=2 -> 1, 1, 1)
    assert_score(report.scores["percent"]["value"], 0, 2, 2, F(0), F(0), F(0))
    assert_score(report.scores["percent"]["span"], 2, 0, 0, F(1), F(1), F(1))
    differs = sorted(e.differs for e in report.errors if e.kind == "wrong_value")
    assert differs == [("currency",), ("unit",), ("value",)]


# ------------------------------------------------------------------- visits

def test_name_tokens_ignore_case_hyphens_and_spaces():
    assert name_tokens("Moon Jae-In") & name_tokens("Moon Jae-in") >= {"moon", "jae", "in"}
    assert "jaein" in name_tokens("Jae-in") and "jaein" in name_tokens("Jaein")
    assert name_tokens("Kassym-Jomart Tokayev") & name_tokens("Tokayev") == {"tokayev"}
    assert not name_tokens("Nursultan Nazarbayev") & name_tokens("Kassym-Jomart Tokayev")
    assert not name_tokens("J. Kim") & name_tokens("J. Lee")  # initials are not tokens


@pytest.mark.parametrize("a, b, expected", [
    ("2019", "2019", True),
    ("199X", "1995", True),           # decade 1990-1999 contains 1995
    ("199X", "2001", False),
    ("19XX", "1995", True),           # century 1900-1999
    ("19XX", "2003", False),
    ("2021-08-16/2021-08-17", "2021", True),    # interval years 2021-2021
    ("2021-08-16/2021-08-17", "2022-08", False),
    ("1995/2016", "2003-11-12/2003-11-14", True),
    ("1995/2016", "2017", False),
    (None, "2020", True),
    ("2020", None, True),
    ("XXXX", "1850-03", True),
    ("XXXX-XX-XX", "2024", True),
])
def test_visit_date_compatibility(a, b, expected):
    assert dates_compatible(a, b) is expected
    assert dates_compatible(b, a) is expected


def test_year_range_examples():
    assert year_range("2021-08-16/2021-08-17") == (2021, 2021)
    assert year_range("199X") == (1990, 1999)
    assert year_range("19XX") == (1900, 1999)
    assert year_range("XXXX") == (0, 9999)
    assert year_range("1995/2016") == (1995, 2016)
    assert year_range(None) is None


VISITS_TEXT = (
    "Nazarbayev visited Seoul in 1995. He paid a state visit to South Korea from 12 to "
    "14 November 2003. Park Geun-hye visited Kazakhstan in 2014. Moon Jae-in visited "
    "Kazakhstan in 2019."
)


def test_visit_record_and_exact_f1():
    t = VISITS_TEXT
    gold = [
        visit("v", t, "visited", "Nursultan Nazarbayev", "South Korea", "1995", city="Seoul"),
        visit("v", t, "paid a state visit", "Nursultan Nazarbayev", "South Korea",
              "2003-11-12/2003-11-14", visit_type="state"),
        visit("v", t, "visited", "Park Geun-hye", "Kazakhstan", "2014", occurrence=1),
    ]
    pred = [
        # compatible with the 2003 trip only (1995 != 2003): record match, not exact
        visit("v", t, "paid a state visit", "Nazarbayev", "South Korea", "2003"),
        # decade 199X covers 1995: record match; value and city differ
        visit("v", t, "visited", "Nazarbayev", "South Korea", "199X"),
        # all compared fields equal (name differs only in case): exact
        visit("v", t, "visited", "Park Geun-Hye", "Kazakhstan", "2014", occurrence=1),
        # Moon's trip is not in gold: false positive
        visit("v", t, "visited", "Moon Jae-in", "Kazakhstan", "2019", occurrence=2),
    ]
    report = evaluate({"v": gold}, {"v": pred})
    s = report.scores["visit"]
    # record: tp=3 fp=1 fn=0: P=3/4, R=1, F1=6/(6+1+0)=6/7
    assert_score(s["record"], 3, 1, 0, F(3, 4), F(1), F(6, 7))
    # exact: only Park's. tp=1 fp=3 fn=2: P=1/4, R=1/3, F1=2/(2+3+2)=2/7
    assert_score(s["exact"], 1, 3, 2, F(1, 4), F(1, 3), F(2, 7))
    not_exact = sorted((e.gold.value, e.differs) for e in report.errors if e.kind == "not_exact")
    assert not_exact == [
        ("1995", ("value", "destination_city")),
        ("2003-11-12/2003-11-14", ("value", "visit_type")),
    ]
    assert [e.pred.visitor for e in report.errors if e.kind == "false_positive"] == ["Moon Jae-in"]
    # overall uses record counts for visits: tp=3 fp=1 fn=0 (no other types)
    assert_score(report.overall, 3, 1, 0, F(3, 4), F(1), F(6, 7))


def test_visit_needs_same_country_and_shared_name_token():
    t = VISITS_TEXT
    g = visit("v", t, "visited", "Moon Jae-In", "Kazakhstan", "2019", occurrence=2)
    assert visits_match(g, visit("v", t, "visited", "moon jae-in", "Kazakhstan", "2019", occurrence=2))
    assert not visits_match(g, visit("v", t, "visited", "Moon Jae-in", "Uzbekistan", "2019", occurrence=2))
    assert not visits_match(g, visit("v", t, "visited", "Park Geun-hye", "Kazakhstan", "2019", occurrence=2))
    assert not visits_match(g, visit("v", t, "visited", "Moon Jae-in", "Kazakhstan", "2018", occurrence=2))


def test_visit_greedy_prefers_exact_pairs_over_document_order():
    t = "Tokayev visited Seoul. Tokayev visited Seoul in 2010. Tokayev visited Seoul in 2016."
    gold = [
        visit("w", t, "visited", "Tokayev", "South Korea", None),              # at 8
        visit("w", t, "visited", "Tokayev", "South Korea", "2010", occurrence=1),
    ]
    pred = [
        visit("w", t, "visited", "Tokayev", "South Korea", "2010"),            # at 8
        visit("w", t, "visited", "Tokayev", "South Korea", "2016", occurrence=2),
    ]
    # Document order alone would pair gold[0]-pred[0] and leave gold[1] (2010)
    # with pred[1] (2016), which is incompatible: only 1 match. Exact first:
    # gold[1]-pred[0] (exact), then gold[0]-pred[1] (null is compatible): 2.
    s = evaluate({"w": gold}, {"w": pred}).scores["visit"]
    # record: tp=2 fp=0 fn=0 -> 1, 1, 1
    assert_score(s["record"], 2, 0, 0, F(1), F(1), F(1))
    # exact: gold[0] (null) vs pred[1] (2016) differ. tp=1 fp=1 fn=1:
    # P=1/2, R=1/2, F1=2/(2+1+1)=1/2
    assert_score(s["exact"], 1, 1, 1, F(1, 2), F(1, 2), F(1, 2))


# -------------------------------------------------------- documents, overall

def test_gold_documents_without_predictions_count_and_unscored_are_listed():
    a = "Relations were set up in 1992 and an embassy opened in 1993."
    b = "The first flight flew in 1997."
    c = "Nothing dated here. Except 2001."
    gold = {
        "a": [date("a", a, "1992", "1992"), date("a", a, "1993", "1993")],
        "b": [date("b", b, "1997", "1997")],       # no predictions at all
        "c": [],                                    # annotated, no facts
    }
    pred = {
        "a": [date("a", a, "1992", "1992"), date("a", a, "1993", "1993")],
        "c": [date("c", c, "2001", "2001")],       # a false positive in an annotated doc
        "zz": [date("zz", c, "2001", "2001")],     # no gold file: unscored
    }
    report = evaluate(gold, pred, per_document=True)
    # date value: tp=2 (a), fn=1 (b), fp=1 (c); zz not counted.
    # P=2/3, R=2/3, F1=4/(4+1+1)=2/3
    assert_score(report.scores["date"]["value"], 2, 1, 1, F(2, 3), F(2, 3), F(2, 3))
    assert report.documents == ("a", "b", "c")
    assert report.unscored_documents == ("zz",)
    assert report.per_document["b"]["date"]["value"] == Score(0, 0, 1)
    assert report.per_document["c"]["date"]["value"] == Score(0, 1, 0)
    assert report.per_document["a"]["overall"]["headline"] == Score(2, 0, 0)
    assert all(e.doc_id != "zz" for e in report.errors)
    assert "zz" in report.to_markdown() and "zz" in report.format_table()
    assert evaluate(gold, pred).per_document is None


def test_overall_sums_value_for_mentions_and_record_for_visits():
    t = "Moon Jae-in visited Kazakhstan in 2019 with $5 million in deals."
    gold = [
        visit("o", t, "visited", "Moon Jae-in", "Kazakhstan", "2019"),
        date("o", t, "2019", "2019"),
        money("o", t, "$5 million", 5e6),
    ]
    pred = [
        visit("o", t, "visited", "Moon", "Kazakhstan", None),   # record match, not exact
        date("o", t, "2019", "2018"),                           # span match, wrong value
        money("o", t, "$5 million", 5e6),                       # right
    ]
    report = evaluate(gold, pred)  # flat iterables are grouped by doc_id
    # headline counts: date value (0,1,1) + money value (1,0,0) + visit record (1,0,0)
    # = tp=2 fp=1 fn=1: P=2/3, R=2/3, F1=4/(4+1+1)=2/3
    assert_score(report.overall, 2, 1, 1, F(2, 3), F(2, 3), F(2, 3))


def test_undefined_scores_are_zero_and_counts_are_reported():
    report = evaluate({"empty": []}, {})
    s = report.scores["percent"]["value"]
    assert (s.tp, s.fp, s.fn, s.precision, s.recall, s.f1) == (0, 0, 0, 0.0, 0.0, 0.0)
    data = report.to_dict()
    assert data["scores"]["percent"]["value"] == {
        "tp": 0, "fp": 0, "fn": 0, "gold": 0, "predicted": 0,
        "precision": 0.0, "recall": 0.0, "f1": 0.0,
    }
    json.dumps(data)  # JSON-ready


def test_evaluate_accepts_record_dicts():
    rec = {"doc_id": "r", "type": "date", "start": 0, "end": 4, "text": "2014", "value": "2014"}
    report = evaluate([rec], [dict(rec, value="2015")])
    # tp=0 fp=1 fn=1 for value; span tp=1
    assert_score(report.scores["date"]["value"], 0, 1, 1, F(0), F(0), F(0))
    assert_score(report.scores["date"]["span"], 1, 0, 0, F(1), F(1), F(1))


# ------------------------------------------------------------ files (jsonl)

def _line(**record) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_malformed_gold_lines_become_problems_and_the_rest_is_read(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    good1 = _line(doc_id="x", type="date", start=0, end=4, text="2014", value="2014")
    good2 = _line(doc_id="x", type="money", start=10, end=20, text="$5 million",
                  value=5e6, currency="USD")
    bad_schema = _line(doc_id="x", type="money", start=10, end=20, text="$5 million",
                       value=5e6, currency="dollars")
    wrong_doc = _line(doc_id="other", type="date", start=0, end=4, text="2014", value="2014")
    (gold_dir / "x.jsonl").write_text(
        "\n".join([good1, wrong_doc, '{"doc_id": "x", "type": "date"', bad_schema, "", good2]) + "\n",
        encoding="utf-8",
    )
    (gold_dir / "y.jsonl").write_bytes(b'{"doc_id": "y\xff"}\n')      # not UTF-8
    (gold_dir / "empty.jsonl").write_text("", encoding="utf-8")        # doc without facts
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(good1 + "\n" + good2 + "\n", encoding="utf-8")

    report, problems = evaluate_paths(gold_dir, pred_file)
    x = str(gold_dir / "x.jsonl")
    assert [(p.path, p.line) for p in problems] == [
        (str(gold_dir / "x.jsonl"), 2),
        (str(gold_dir / "x.jsonl"), 3),
        (str(gold_dir / "x.jsonl"), 4),
        (str(gold_dir / "y.jsonl"), None),
    ]
    assert str(problems[0]).startswith(f"{x}:2: field 'doc_id': 'other' differs from the file name 'x'")
    assert str(problems[1]).startswith(f"{x}:3: not valid JSON: ")
    assert str(problems[2]) == f"{x}:4: field 'currency': must be a three-letter ISO 4217 code"
    assert str(problems[3]).startswith(f"{gold_dir / 'y.jsonl'}: not UTF-8")
    assert report.input_problems == tuple(problems)
    # the two good lines of x were read and matched; y (unreadable) is not a document
    assert report.documents == ("empty", "x")
    assert_score(report.overall, 2, 0, 0, F(1), F(1), F(1))


def test_read_records_skips_blank_lines_and_keeps_line_numbers(tmp_path):
    path = tmp_path / "d.jsonl"
    rec = _line(doc_id="d", type="percent", start=0, end=3, text="30%", value=30, unit="percent")
    path.write_text("\n\n" + rec + "\n   \n{oops}\n" + rec + "\n", encoding="utf-8")
    records, problems = read_records(path)
    assert len(records) == 2 and records[0] == records[1]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [(5, "not valid JSON")]


def test_missing_file_is_one_problem(tmp_path):
    records, problems = read_records(tmp_path / "nope.jsonl")
    assert records == []
    assert problems == [InputProblem(str(tmp_path / "nope.jsonl"), None, "file not found")]
    docs, problems = read_gold_dir(tmp_path / "nope")
    assert docs == {} and len(problems) == 1 and problems[0].line is None


def test_line_separator_characters_inside_strings_do_not_split_records(tmp_path):
    text = "2014\u2028"
    record = DateFact("u", 0, 5, text, value="2014")
    path = tmp_path / "u.jsonl"
    write_jsonl_atomic(path, [record])
    assert "\u2028" in path.read_text(encoding="utf-8")  # written unescaped
    records, problems = read_records(path)
    assert problems == [] and records == [record]


def test_record_lines_are_compact_keep_non_ascii_and_refuse_nan():
    fact = MoneyFact("ü", 0, 6, "₩1 bn", value=1e9, currency="KRW")
    line = record_line(fact.to_dict())
    assert line.endswith("}\n") and line.count("\n") == 1
    assert '"doc_id":"ü"' in line.replace(" ", "") and "₩1 bn" in line
    assert json.loads(line) == fact.to_dict()
    with pytest.raises(ValueError):
        record_line({**fact.to_dict(), "value": float("nan")})


def test_to_dict_copies_evidence_so_the_record_stays_unchanged():
    fact = VisitFact("d", 0, 7, "visited", visitor="X", destination_country="Japan",
                     evidence={"sentence": "X visited Japan.", "mentions": [[0, 7]]})
    out = fact.to_dict()
    out["evidence"]["mentions"][0][0] = 99
    assert fact.evidence["mentions"] == [[0, 7]]
    assert list(out)[:2] == ["doc_id", "type"]


def test_atomic_writing_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out.jsonl"
    facts = [DateFact("a", 0, 4, "2014", value="2014"),
             {"doc_id": "a", "type": "percent", "start": 5, "end": 8, "text": "30%",
              "value": 30, "value_max": None, "unit": "percent", "qualifier": None}]
    write_jsonl_atomic(target, facts)
    assert os.listdir(tmp_path) == ["out.jsonl"]
    records, problems = read_records(target)
    assert problems == [] and len(records) == 2

    # a record that cannot be serialised: the old file stays, no temp file
    with pytest.raises((TypeError, ValueError)):
        write_jsonl_atomic(target, [{"doc_id": "a", "value": object()}])
    assert os.listdir(tmp_path) == ["out.jsonl"]
    assert len(read_records(target)[0]) == 2


def test_atomic_writing_cleans_up_when_replace_fails(tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk on fire")

    monkeypatch.setattr(jsonl.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk on fire"):
        write_jsonl_atomic(target, [DateFact("a", 0, 4, "2014", value="2014")])
    assert os.listdir(tmp_path) == ["out.jsonl"]
    assert target.read_text(encoding="utf-8") == "old\n"


def test_evaluate_paths_writes_json_and_markdown(tmp_path):
    gold_dir = tmp_path / "gold"
    pred_dir = tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    text = "Park Geun-hye visited Kazakhstan in 2014."
    g = [visit("k", text, "visited", "Park Geun-hye", "Kazakhstan", "2014"),
         date("k", text, "2014", "2014")]
    p = [visit("k", text, "visited", "Park Geun-hye", "Kazakhstan", "2014"),
         date("k", text, "2014", "2015")]
    write_jsonl_atomic(gold_dir / "k.jsonl", g)
    write_jsonl_atomic(pred_dir / "k.jsonl", p)
    write_jsonl_atomic(pred_dir / "unannotated.jsonl", [])
    out = tmp_path / "report"
    report, problems = evaluate_paths(gold_dir, pred_dir, out_dir=out, per_document=True)
    assert problems == []
    assert sorted(os.listdir(out)) == ["evaluation.json", "evaluation.md"]
    data = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    # visit record (1,0,0) + date value (0,1,1): tp=1 fp=1 fn=1 -> 1/2, 1/2, 2/(2+1+1)=1/2
    assert data["scores"]["overall"]["headline"]["f1"] == float(F(1, 2))
    assert data["unscored_documents"] == ["unannotated"]
    assert data["errors"][0]["kind"] == "wrong_value"
    assert data["errors"][0]["expected"] == {"value": "2014", "mod": None}
    assert data["errors"][0]["predicted"] == {"value": "2015", "mod": None}
    assert data["per_document"]["k"]["date"]["value"]["fn"] == 1
    md = (out / "evaluation.md").read_text(encoding="utf-8")
    assert "| date | **value** (headline) | 1 | 1 | 0 | 1 | 1 | 0.000 | 0.000 | 0.000 |" in md
    assert "### date" in md and "`unannotated`" in md


# ------------------------------------------- TempEval benchmark reader/scorer

def _tempeval():
    """benchmarks/tempeval.py as a module (it is a script, not in the package)."""
    import importlib.util
    import sys
    from pathlib import Path

    name = "kzkr_bench_tempeval"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "benchmarks" / "tempeval.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.mark.parametrize("raw, expected", [
    ("1998-01-08", "1998-01-08"),
    ("199", "199X"),                    # TimeML decade
    ("19", "19XX"),                     # TimeML century
    ("2000-W7", "2000-W07"),
    ("1990-W32-WE", "1990-08-11/1990-08-12"),  # ISO week 32 of 1990: Mon 6 Aug .. Sun 12 Aug
    ("1994-XX-XX", "1994"),
    ("1998-10-XX", "1998-10"),
    ("1998-WXX", "1998-WXX"),
    ("PRESENT_REF", None),
    ("P1W", None),
    ("2000-01-05TEV", None),
])
def test_tempeval_value_conversion(raw, expected):
    assert _tempeval().convert_value(raw) == expected


def test_tempeval_reader_offsets_and_ignored_predictions(tmp_path):
    te = _tempeval()
    tml = (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n'
        '<TEXT>\nAT&amp;T <EVENT eid="e1">said</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> that '
        '<TIMEX3 tid="t2" type="DATE" value="199" mod="END">the late 1990s</TIMEX3> and '
        '<TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3> and '
        '<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3> count.\n</TEXT>\n'
        '</TimeML>\n'
    )
    path = tmp_path / "doc.tml"
    path.write_text(tml, encoding="utf-8")
    doc = te.read_tml(path, "doc")
    assert doc.dct == "1998-01-08"
    assert doc.text.startswith("\nAT&T said Wednesday that the late 1990s")
    assert [(t.text, t.value, t.mod) for t in doc.gold] == [
        ("Wednesday", "1998-01-07", None), ("the late 1990s", "199X", "LATE")]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    P = te.Prediction
    s = doc.text.index
    preds = [
        P(s("Wednesday"), s("Wednesday") + 9, "Wednesday", "1998-01-07", None),
        P(s("late 1990s"), s("late 1990s") + 10, "late 1990s", "199X", None),   # mod missing
        P(s("two days"), s("two days") + 8, "two days", "XXXX", None),          # ignored
        P(s("now"), s("now") + 3, "now", "1998-01-08", None),                   # ignored
        P(s("count"), s("count") + 5, "count", "1998", None),                   # spurious
    ]
    result = te.score_document(doc, preds)
    assert result.ignored == [2, 3] and result.spurious == [4]
    scores = te.totals([result])
    # 2 gold, 3 counted predictions (2 matched + 1 spurious).
    # span tp=2 fp=1 fn=0; strict tp=1 ("Wednesday") fp=2 fn=1;
    # value tp=2 fp=1 fn=0; value+mod tp=1 fp=2 fn=1 -> P=1/3, R=1/2, F1=2/(2+2+1)=2/5
    assert (scores["span"].tp, scores["span"].fp, scores["span"].fn) == (2, 1, 0)
    assert (scores["strict"].tp, scores["strict"].fp, scores["strict"].fn) == (1, 2, 1)
    assert (scores["value"].tp, scores["value"].fp, scores["value"].fn) == (2, 1, 0)
    assert_score(scores["value+mod"], 1, 2, 1, F(1, 3), F(1, 2), F(2, 5))
