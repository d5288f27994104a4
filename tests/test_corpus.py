"""The bundled corpus against its hand-checked gold, and a snapshot of its records.

The snapshot (``tests/test_corpus/test_corpus_records.yml``) pins what the
extractor says on every corpus document; where it differs from the gold, the
difference is one of the errors listed by ``kzkr-extract evaluate`` (and in the
closing notes). Refresh it with ``pytest --force-regen`` after reading the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkr_extract.batch import extract_documents
from kzkr_extract.corpus import iter_documents
from kzkr_extract.evaluation import evaluate
from kzkr_extract.jsonl import read_gold_dir

ROOT = Path(__file__).resolve().parents[1]
CORPUS, GOLD = ROOT / "corpus", ROOT / "gold"
SEEDS = ("kk_kr_relations_wiki", "ajp_lee_tokayev_call_2025")
#: Floors for the corpus (issue #4: value F1 >= 0.95 for date/money/percent,
#: record F1 >= 0.90 for visits). A change that lowers one fails here.
FLOORS = {("date", "value"): 0.95, ("money", "value"): 0.95, ("percent", "value"): 0.95,
          ("visit", "record"): 0.90}


@pytest.fixture(scope="module")
def predictions():
    out = {}
    for document, facts in extract_documents(iter_documents([CORPUS])):
        out[document.doc_id] = facts
    return out


@pytest.fixture(scope="module")
def gold():
    records, problems = read_gold_dir(GOLD)
    assert not problems, [str(p) for p in problems]
    return records


def _plain(fact):
    record = fact.to_dict()
    record.pop("evidence", None)
    return record


def test_every_document_has_gold(predictions, gold):
    assert sorted(predictions) == sorted(gold)


def test_offsets_slice_to_text(predictions):
    for doc_id, facts in predictions.items():
        text = (CORPUS / f"{doc_id}.txt").read_bytes().decode("utf-8")
        for fact in facts:
            assert text[fact.start:fact.end] == fact.text, (doc_id, fact)


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """True when a span starts or ends inside a word or number ("4%" of "18.4%",
    "2 trillion won" of "1.2 trillion won")."""
    starts_inside = start > 0 and text[start].isalnum() and (
        text[start - 1].isalnum() or (text[start - 1] in ".," and text[start - 2:start - 1].isdigit()
                                      and text[start].isdigit()))
    ends_inside = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return starts_inside or ends_inside


def test_gold_spans_are_whole_words(gold):
    # A gold span written by occurrence can land on the wrong, embedded one.
    for doc_id, records in gold.items():
        text = (CORPUS / f"{doc_id}.txt").read_bytes().decode("utf-8")
        embedded = [(r.start, r.end, r.text) for r in records if _inside_a_word(text, r.start, r.end)]
        assert not embedded, (doc_id, embedded)


@pytest.mark.parametrize("doc_id", SEEDS)
def test_seed_documents_equal_gold(predictions, gold, doc_id):
    got = sorted((_plain(f) for f in predictions[doc_id]), key=lambda r: (r["start"], r["type"], str(r.get("value"))))
    want = sorted((_plain(f) for f in gold[doc_id]), key=lambda r: (r["start"], r["type"], str(r.get("value"))))
    # Visit trigger offsets are not part of the contract's scoring; compare the rest.
    for record in got + want:
        if record["type"] == "visit":
            record.pop("start"), record.pop("end"), record.pop("text")
    assert got == want


@pytest.mark.parametrize("fact_type,metric", sorted(FLOORS))
def test_corpus_scores_stay_above_floor(predictions, gold, fact_type, metric):
    report = evaluate(gold, predictions)
    assert report.score(fact_type, metric).f1 >= FLOORS[(fact_type, metric)]


def test_corpus_records(predictions, data_regression):
    data_regression.check({doc_id: [_plain(f) for f in facts] for doc_id, facts in sorted(predictions.items())})
