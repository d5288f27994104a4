"""Unit tests of the date grammar's pieces: clause tense, weekday and month
resolution, compact forms, year-vs-count decisions, and hostile input.

Values are worked out by hand with :mod:`datetime` (see the comments); the
example table (``kzkr_extract/dates/examples.py``) covers whole sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kzkr_extract import extract_text
from kzkr_extract.dates import DateGrammar, Reference, normalize_date
from kzkr_extract.dates.calendar_math import weekday_near, weekend_of
from kzkr_extract.lexer import pieces_from_text

# 2024-06-12 is a Wednesday (ISO week 24).
PUB = "2024-06-12"


def dates(text: str, published: str | None = PUB) -> list[tuple[str, str | None, str | None]]:
    facts = extract_text(text, published=published, types=("date",))
    for f in facts:
        assert text[f.start:f.end] == f.text
    return [(f.text, f.value, f.mod) for f in facts]


def values(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(t, v) for t, v, _ in dates(text, published)]


# ------------------------------------------------------------------ tense

def _tense_at(text: str, word: str) -> str | None:
    p = pieces_from_text(text)
    i = p.lower.index(word.lower())
    return DateGrammar()._tense(p, i, i)


@pytest.mark.parametrize("text, word, expected", [
    ("The ministers met in Seoul on Thursday.", "Thursday", "past"),
    ("Tokayev said on Monday that flights would resume.", "Monday", "past"),
    ("The delegation will arrive on Thursday.", "Thursday", "future"),
    ("Talks are to resume on Tuesday.", "Tuesday", "future"),
    ("The plant is scheduled to open on Friday.", "Friday", "future"),
    # the nearest cue wins: "announced" (past) is nearer than "will"
    ("The firm, which will build the plant, announced Tuesday it had funds.", "Tuesday", "past"),
    # a passive after "will be": the auxiliary decides
    ("The results will be released Tuesday.", "Tuesday", "future"),
    # "to be" + participle looks ahead
    ("Final rules to be published in November will decide.", "November", "future"),
    # no cue before: the clause after the date ("On Monday, X plans to ...")
    ("On Monday, the delegation plans to tour the plant.", "Monday", "future"),
    ("On Monday, the delegation toured the plant.", "Monday", "past"),
    # "next to" is a place, "the plan" a noun
    ("Two people died in the blast next to the embassy on Friday.", "Friday", None),
    ("The thrift announced the plan Aug. 21.", "Aug", "past"),
    # "as early as" looks forward
    ("An agreement could be signed as early as Friday.", "Friday", "future"),
    # a present "is" ends the search: no tense
    ("He said the dividend is payable Jan. 2.", "Jan", None),
    # a dateline has no tense
    ("ASTANA, Aug. 16 (Yonhap) -- Tokayev arrived.", "Aug", None),
])
def test_tense(text, word, expected):
    assert _tense_at(text, word) == expected


# ------------------------------------------------------------------ weekdays

def test_weekday_near_directions():
    wed = dt.date(2024, 6, 12)
    assert wed.weekday() == 2
    assert weekday_near(wed, 2, "past") == wed                      # the same day counts
    assert weekday_near(wed, 2, "before") == dt.date(2024, 6, 5)    # "last Wednesday"
    assert weekday_near(wed, 4, "past") == dt.date(2024, 6, 7)      # Friday before
    assert weekday_near(wed, 4, "future") == dt.date(2024, 6, 14)   # Friday after
    assert weekday_near(wed, 0, "after") == dt.date(2024, 6, 17)    # "next Monday"
    assert weekend_of(wed, 0) == (dt.date(2024, 6, 15), dt.date(2024, 6, 16))
    assert weekend_of(wed, -1) == (dt.date(2024, 6, 8), dt.date(2024, 6, 9))


@pytest.mark.parametrize("text, expected", [
    ("The ministers met on Thursday.", "2024-06-06"),                       # Thu before Wed 12
    ("The ministers will meet on Thursday.", "2024-06-13"),                 # Thu after
    ("President Tokayev received the delegation on Wednesday.", "2024-06-12"),  # the day itself
    ("The memorandum was signed last Friday.", "2024-06-07"),
    ("The fund opens next Tuesday.", "2024-06-18"),
    ("Traders closed positions after the market closed Wednesday.", "2024-06-12"),
    ("The group could come to Astana as soon as Tuesday.", "2024-06-18"),
])
def test_weekday_resolution(text, expected):
    found = values(text)
    assert len(found) == 1 and found[0][1] == expected, found


def test_weekday_without_published_date():
    assert values("The ministers met on Thursday.", None) == [("Thursday", "XXXX-XX-XX")]


def test_weekday_joined_to_date_with_colon():
    # "Monday, June 10:" -- a colon after the day is not a time of day
    assert values("The paper said in an editorial on Monday, June 10: talks matter.") == [
        ("Monday, June 10", "2024-06-10")]
    # "10:30" is a time: no day
    assert values("The talks began at 10:30 a.m.") == []


# ------------------------------------------------- months and days without a year

@pytest.mark.parametrize("text, published, expected", [
    # near the published date: the nearest occurrence whatever the tense
    ("The offer was extended to Nov. 6.", "2024-10-30", "2024-11-06"),
    ("He was rescued on Nov. 25.", "2025-01-05", "2024-11-25"),
    ("The dividend is payable Jan. 15.", "2024-11-28", "2025-01-15"),
    # past clause, later month: the year before
    ("The suspect was detained in July.", "2024-03-05", "2023-07"),
    # future clause, earlier month: the year after
    ("Tokayev will visit Seoul in February.", "2024-06-12", "2025-02"),
    # a deadline: the nearest
    ("Qantas will double its flights by August.", "2024-02-13", "2024-08"),
    # since: the past
    ("The index has fallen since Oct. 23.", "2024-04-19", "2023-10-23"),
    # no tense: the nearest (a dateline in the new year)
    ("ALMATY, Dec. 30 (Yonhap) -- Rates held.", "2025-01-02", "2024-12-30"),
    # relative month names
    ("The contract was won last October.", "2024-06-12", "2023-10"),
    ("Construction starts next March.", "2024-06-12", "2025-03"),
    ("In June last year, Yoon visited Astana.", "2025-03-10", "2024-06"),
])
def test_month_and_day_year(text, published, expected):
    found = values(text, published)
    assert len(found) == 1 and found[0][1] == expected, found


def test_month_without_published_date_keeps_x():
    assert values("The tender closes in May.", None) == [("May", "XXXX-05")]
    assert values("Flights resume on Aug. 30.", None) == [("Aug. 30", "XXXX-08-30")]


# ------------------------------------------------------------------ compact forms

@pytest.mark.parametrize("text, expected", [
    ("Ambassador from 1993.11", [("1993.11", "1993-11")]),
    ("signed 2024.06.11 in Seoul", [("2024.06.11", "2024-06-11")]),
    ("signed 05.11.2024 in Astana", [("05.11.2024", "2024-11-05")]),        # day first
    ("signed 2024-06-11 in Seoul", [("2024-06-11", "2024-06-11")]),
    ("signed 11/05/2024 in Seoul", [("11/05/2024", "2024-11-05")]),        # month first
    ("signed 25/05/2024 in Seoul", [("25/05/2024", "2024-05-25")]),        # 25 > 12: day first
    ("signed 2024-13-01 in Seoul", []),                                     # no month 13
    ("signed 31.02.2024 in Seoul", []),                                     # no 31 February
    ("the hotline works 24/7", []),
    ("prices rose 2024.5 points", []),
])
def test_compact_forms(text, expected):
    assert values(text) == expected


# ------------------------------------------------------------------ year or count

@pytest.mark.parametrize("text, expected", [
    ("Relations were established in 1992.", [("1992", "1992")]),
    ("a 2014 visit to Kazakhstan", [("2014", "2014")]),
    ("Kazakhstan gave up 1410 warheads.", []),
    ("About 2015 visitors came.", []),
    ("It cost $2015.", []),
    ("the Kazakhstan 2050 Strategy", []),
    ("the Expo 2017 site", []),
    ("the COVID-19 pandemic", []),
    ("No. 1995 on the list", []),
    ("a 1995% rise", []),
    ("Russia sold Alaska in 1867.", [("1867", "1867")]),   # old year after "in"
    ("There were 1867 delegates.", []),                      # old number without one: a count
    ("from 1992 to 1996", [("1992 to 1996", "1992/1996")]),
    ("in 1992-96", [("1992-96", "1992/1996")]),
    ("between 1995 and 2016", [("1995 and 2016", "1995/2016")]),
    ("in 2009 and 2011", [("2009", "2009"), ("2011", "2011")]),
    ("from 10 to 42 flights", []),
])
def test_year_or_count(text, expected):
    assert values(text) == expected


# ------------------------------------------------------------------ parts and relatives

@pytest.mark.parametrize("text, published, expected", [
    ("Net income rose in the quarter.", "2024-10-24", [("quarter", "2024-Q3", None)]),
    ("Sales fell in the latest quarter.", "2024-01-20", [("latest quarter", "2023-Q4", None)]),
    ("Profit beat the year-ago quarter.", "2024-10-24", [("year-ago quarter", "2023-Q3", None)]),
    ("Growth slowed in its fourth quarter.", "2024-10-24", [("fourth quarter", "2024-Q4", None)]),
    ("Sales for the year rose 5%.", PUB, [("year", "2024", None)]),
    ("the deal closes by year-end", PUB, [("year-end", "2024", "LATE")]),
    ("Earlier this month, talks began.", PUB, [("Earlier this month", "2024-06", "EARLY")]),
    ("Officials said over the weekend that talks failed.", PUB,
     [("weekend", "2024-06-08/2024-06-09", None)]),
    ("a decade ago", PUB, [("a decade ago", "2014", None)]),
    ("almost two years ago", PUB, [("almost two years ago", "2022", "APPROX")]),
    ("in nineteen seventy-nine", PUB, [("nineteen seventy-nine", "1979", None)]),
    ("The ticket cost nineteen ninety-five dollars.", PUB, []),
])
def test_parts_and_relatives(text, published, expected):
    assert dates(text, published) == expected


def test_normalize_date():
    assert normalize_date("Aug. 16", "2021-08-20") == ("2021-08-16", None)
    assert normalize_date("late 1930s") == ("193X", "LATE")
    with pytest.raises(ValueError):
        normalize_date("no date here")


def test_reference_parse():
    assert Reference.parse("2024-06-12").date == dt.date(2024, 6, 12)
    assert Reference.parse("2024-06").date is None
    with pytest.raises(ValueError):
        Reference.parse("12/06/2024")


# ------------------------------------------------------------------ hostile input
# These assert results only: a rule that reads back or ahead without bound, or
# recurses along a chain, would fail them (RecursionError) or never finish.

def test_many_open_ranges():
    text = "between 1995 and " * 200_000
    found = extract_text(text, published=PUB, types=("date",))
    assert len(found) == 200_000
    assert {f.value for f in found} == {"1995"}
    assert found[-1].start == text.rindex("1995")


def test_chained_date_ranges_do_not_recurse():
    text = "January 1, 2000 to " * 5_000
    found = extract_text(text, published=PUB, types=("date",))
    # read in pairs: "January 1, 2000 to January 1, 2000"
    assert len(found) == 2_500
    assert found[0].text == "January 1, 2000 to January 1, 2000"
    assert {f.value for f in found} == {"2000-01-01/2000-01-01"}


@pytest.mark.parametrize("unit, per", [
    ("16 and 17 and ", 0),
    ("the quarter the quarter ", 2),
    ("early early late mid ", 0),
    ("over the weekend ", 1),
    ("year-ago ", 1),
    ("nineteen ninety-six to ", 1),
    ("last year's first quarter to ", 1),
])
def test_repeated_fragments(unit, per):
    n = 5_000
    found = extract_text(unit * n, published=PUB, types=("date",))
    assert len(found) == per * n


# ------------------------------------------------------------------ rule dispatch

def _every_example_text() -> list[str]:
    from kzkr_extract.dates.examples import EXAMPLES as DATE_EXAMPLES
    from kzkr_extract.money.examples import EXAMPLES as MONEY_EXAMPLES
    from kzkr_extract.percent.examples import EXAMPLES as PERCENT_EXAMPLES
    from kzkr_extract.visits.examples import EXAMPLES as VISIT_EXAMPLES

    return [e.text for table in (DATE_EXAMPLES, MONEY_EXAMPLES, PERCENT_EXAMPLES, VISIT_EXAMPLES)
            for e in table]


def test_rules_left_out_for_a_piece_kind_never_match_there():
    """``find`` calls at each piece only the rules listed for its kind; every
    other rule must find nothing there, or dispatch would lose mentions.
    Checked at every piece of every example text (about a thousand sentences)."""
    grammar = DateGrammar()
    ref = Reference.parse(PUB)
    checked = 0
    for text in _every_example_text():
        p = pieces_from_text(text)
        for i, kind in enumerate(p.kind):
            listed = grammar._rules_at.get(kind, ())
            for rule in grammar._rules:
                if rule not in listed:
                    assert not rule(p, i, ref), (rule.__name__, text, p.text[i])
                    checked += 1
    assert checked > 10_000


def test_dispatch_keeps_every_rule_for_some_kind():
    grammar = DateGrammar()
    listed = {r for rules in grammar._rules_at.values() for r in rules}
    assert listed == set(grammar._rules)
