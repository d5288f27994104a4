"""The pure single-string normalisers of the public API."""

from __future__ import annotations

import pytest

from kzkr_extract.dates import normalize_date
from kzkr_extract.money import parse_amount
from kzkr_extract.percent import parse_percent


@pytest.mark.parametrize("text,published,expected", [
    ("Aug. 16", "2021-08-20", ("2021-08-16", None)),
    ("the late 1930s", None, ("193X", "LATE")),
    ("last year", None, ("XXXX", None)),
    ("16-17 of August, 2021", None, ("2021-08-16/2021-08-17", None)),
])
def test_normalize_date(text, published, expected):
    assert normalize_date(text, published) == expected


@pytest.mark.parametrize("text,expected", [
    ("US$6 billion", (6_000_000_000, "USD")),
    ("1.2 trillion won", (1_200_000_000_000, "KRW")),
    ("KZT 1 trln", (1_000_000_000_000, "KZT")),
    ("$5.9bn", (5_900_000_000, "USD")),
])
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("27 per cent", (27, "percent")), ("2 percentage points", (2, "percentage_point")), ("0.3%p", (0.3, "percentage_point")),
])
def test_parse_percent(text, expected):
    assert parse_percent(text) == expected


@pytest.mark.parametrize("fn,text", [(parse_amount, "1 billion barrels"), (parse_percent, "a percentage"),
                                     (lambda t: normalize_date(t), "a two-day visit")])
def test_no_mention_is_an_error(fn, text):
    with pytest.raises(ValueError, match="no "):
        fn(text)
