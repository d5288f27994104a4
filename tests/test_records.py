"""facts-v1 records: round trip and validation messages that name the field."""

from __future__ import annotations

import pytest

from kzkr_extract.records import SchemaError, VisitFact, record_from_dict

DATE = {"doc_id": "d", "type": "date", "start": 0, "end": 4, "text": "1995", "value": "1995", "mod": None}
MONEY = {"doc_id": "d", "type": "money", "start": 0, "end": 4, "text": "$5bn", "value": 5e9,
         "value_max": None, "currency": "USD", "qualifier": None}
VISIT = {"doc_id": "d", "type": "visit", "start": 0, "end": 7, "text": "visited", "visitor": "Roh Moo Hyun",
         "visitor_country": "South Korea", "destination_country": "Kazakhstan", "destination_city": None,
         "value": "2004", "visit_type": None, "status": "occurred", "count": 1}


@pytest.mark.parametrize("record", [DATE, MONEY, VISIT])
def test_round_trip(record):
    assert record_from_dict(record).to_dict() == record


@pytest.mark.parametrize("value", ["193X", "19XX", "2024-Q1", "2024-H2", "2024-SU", "2024-W05",
                                   "XXXX-07-25", "2003-11-12/2003-11-14", "1995/2016", "XXXX-XX-XX"])
def test_date_grammar_accepts(value):
    assert record_from_dict({**DATE, "value": value}).value == value


@pytest.mark.parametrize("change,field", [
    ({"value": "Aug 16"}, "value"),
    ({"mod": "LATER"}, "mod"),
    ({"type": "dates"}, "type"),
    ({"start": -1}, "start"),
    ({"end": True}, "end"),
    ({"colour": "red"}, "colour"),
])
def test_date_errors_name_the_field(change, field):
    with pytest.raises(SchemaError, match=f"'{field}'"):
        record_from_dict({**DATE, **change})


@pytest.mark.parametrize("change,field", [
    ({"currency": "usd"}, "currency"), ({"value": "5"}, "value"), ({"qualifier": "about"}, "qualifier"),
])
def test_money_errors_name_the_field(change, field):
    with pytest.raises(SchemaError, match=f"'{field}'"):
        record_from_dict({**MONEY, **change})


@pytest.mark.parametrize("change,field", [
    ({"status": "done"}, "status"), ({"count": 0}, "count"), ({"visitor": ""}, "visitor"),
    ({"visit_type": "private"}, "visit_type"),
])
def test_visit_errors_name_the_field(change, field):
    with pytest.raises(SchemaError, match=f"'{field}'"):
        record_from_dict({**VISIT, **change})


def test_visit_evidence_is_optional_and_not_compared():
    with_evidence = record_from_dict({**VISIT, "evidence": {"sentence": "x"}})
    assert with_evidence == record_from_dict(VISIT)
    assert "evidence" not in VisitFact(**{k: v for k, v in VISIT.items() if k != "type"}).to_dict()
