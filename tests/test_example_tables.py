"""Runs every fact type's example table (Duckling-style corpora).

Each example must yield exactly its expected mentions of that type, in order,
with the expected normalised fields; a negative example must yield none.
"""

from __future__ import annotations

import importlib
import math

import pytest

from kzkr_extract import extract_text
from kzkr_extract.example_table import expected_fields

TABLES = {"date": "dates", "money": "money", "percent": "percent", "visit": "visits"}


def _load(fact_type):
    # A missing table yields no cases here; test_table_is_large_enough fails for it.
    try:
        module = importlib.import_module(f"kzkr_extract.{TABLES[fact_type]}.examples")
    except ModuleNotFoundError:
        return []
    return module.EXAMPLES


def _cases():
    for fact_type in TABLES:
        for n, example in enumerate(_load(fact_type)):
            marks = [pytest.mark.xfail(strict=True, reason=example.xfail)] if example.xfail else []
            label = f"{fact_type}-{n:03d}-{example.text[:40]}"
            yield pytest.param(fact_type, example, id=label, marks=marks)


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def _comparable(fact_type, facts, expected):
    """Both sides as lists of (span, {field: value}) restricted to the compared fields."""
    wanted = [(e.text, expected_fields(fact_type, e)) for e in expected]
    names = list(wanted[0][1]) if wanted else []
    got = [(f.text, {k: getattr(f, k) for k in (names or [])}) for f in facts]
    return got, wanted


@pytest.mark.parametrize("fact_type,example", list(_cases()))
def test_example(fact_type, example):
    facts = extract_text(example.text, published=example.published, types=[fact_type])
    for f in facts:
        assert example.text[f.start:f.end] == f.text
    got_spans = [f.text for f in facts]
    want_spans = [e.text for e in example.expected]
    assert got_spans == want_spans, f"mentions differ in {example.text!r}"
    for fact, expect in zip(facts, example.expected):
        want = expected_fields(fact_type, expect)
        got = {name: getattr(fact, name) for name in want}
        mismatched = {k: (got[k], want[k]) for k in want if not _same(got[k], want[k])}
        assert not mismatched, f"{expect.text!r}: (got, expected) {mismatched}"


@pytest.mark.parametrize("fact_type", list(TABLES))
def test_table_is_large_enough(fact_type):
    examples = _load(fact_type)
    positives = [e for e in examples if e.expected]
    negatives = [e for e in examples if not e.expected]
    assert len(positives) >= 60 and len(negatives) >= 20, (len(positives), len(negatives))
