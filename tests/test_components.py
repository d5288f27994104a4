"""The spaCy components through nlp.add_pipe, with every config path."""

from __future__ import annotations

import pytest
import spacy

from kzkr_extract import extract_text, make_doc, make_nlp
from kzkr_extract.pipeline import facts_of
from kzkr_extract.records import DateFact, MoneyFact, PercentFact, VisitFact

TEXT = ("South Korea President Yoon Suk Yeol paid a state visit to Kazakhstan on 11-13 of June, 2024. "
        "Trade reached US$6 billion, up 12.5 percent, last year.")


def _pipeline(published=None):
    nlp = spacy.blank("en")
    nlp.add_pipe("kzkr_dates", config={"published": published})
    nlp.add_pipe("kzkr_money")
    nlp.add_pipe("kzkr_percent")
    nlp.add_pipe("kzkr_visits", config={"published": published})
    return nlp


def test_components_fill_spans_and_facts():
    doc = _pipeline("2024-06-20")(TEXT)
    facts = doc._.kzkr_facts
    assert {type(f) for f in facts} == {DateFact, MoneyFact, PercentFact, VisitFact}
    assert [s.text for s in doc.spans["kzkr_dates"]] == ["11-13 of June, 2024", "last year"]
    assert [s.text for s in doc.spans["kzkr_money"]] == ["US$6 billion"]
    assert [s.text for s in doc.spans["kzkr_percent"]] == ["12.5 percent"]
    visit = next(f for f in facts if f.type == "visit")
    assert (visit.visitor, visit.destination_country, visit.value, visit.visit_type) == (
        "Yoon Suk Yeol", "Kazakhstan", "2024-06-11/2024-06-13", "state")
    last_year = next(f for f in facts if f.text == "last year")
    assert last_year.value == "2023"
    for f in facts:
        assert TEXT[f.start:f.end] == f.text


def test_spans_setting_off_keeps_the_records_and_skips_the_spans():
    with_spans = _pipeline("2024-06-20")(TEXT)
    records_only = make_nlp(spans=False)
    doc = records_only(make_doc(records_only, TEXT, published="2024-06-20"))
    assert all(key not in doc.spans for key in ("kzkr_dates", "kzkr_money", "kzkr_percent", "kzkr_visits"))
    assert facts_of(doc) == facts_of(with_spans)
    with pytest.raises(ValueError, match="spans"):
        spacy.blank("en").add_pipe("kzkr_money", config={"spans": "yes"})


def test_published_setting_and_per_doc_override():
    nlp = _pipeline(None)
    assert next(f for f in nlp(TEXT)._.kzkr_facts if f.text == "last year").value == "XXXX"
    doc = make_doc(nlp, TEXT, doc_id="d1", published="2021-03-01")
    doc = nlp(doc)
    last_year = next(f for f in doc._.kzkr_facts if f.text == "last year")
    assert (last_year.value, last_year.doc_id) == ("2020", "d1")


def test_bad_published_setting_fails_when_building():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="published"):
        nlp.add_pipe("kzkr_dates", config={"published": "June 2024"})


def test_components_work_in_a_pipeline_with_other_components():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    make_nlp(["money"], nlp=nlp)
    assert nlp.pipe_names == ["sentencizer", "kzkr_money"]
    doc = nlp("The deal is worth KZT 1 trln. It closed.")
    assert [(f.text, f.value, f.currency) for f in doc._.kzkr_facts] == [("KZT 1 trln", 10**12, "KZT")]
    assert len(list(doc.sents)) == 2


def test_make_nlp_adds_dates_for_visits():
    assert make_nlp(["visit"]).pipe_names == ["kzkr_dates", "kzkr_visits"]
    with pytest.raises(ValueError, match="unknown fact type"):
        make_nlp(["dates"])


def test_extract_text_types_filter():
    assert {f.type for f in extract_text(TEXT, types=["money", "percent"])} == {"money", "percent"}


def test_span_is_widened_when_a_mention_ends_inside_a_token():
    doc = _pipeline()("Samruk-Kazyna bought a 30%-stake in the venture.")
    fact = next(f for f in doc._.kzkr_facts if f.type == "percent")
    assert fact.text == "30%"
    assert doc.spans["kzkr_percent"][0].text == "30%-stake"


def test_nlp_pipe_streams_many_documents():
    nlp = make_nlp()
    docs = [make_doc(nlp, t, doc_id=str(n)) for n, t in enumerate(["In 2019.", "$5m.", "Nothing here."])]
    out = [[f.text for f in d._.kzkr_facts] for d in nlp.pipe(docs)]
    assert out == [["2019"], ["$5m"], []]


def test_top_level_api(tmp_path):
    import kzkr_extract

    (tmp_path / "a.txt").write_text("Trade hit $6bn in 2023.", encoding="utf-8")
    facts = kzkr_extract.extract_corpus(tmp_path)
    assert [(f.doc_id, f.text) for f in facts] == [("a", "$6bn"), ("a", "2023")]
    report = kzkr_extract.evaluate(facts, facts)
    assert report.score("money", "value").f1 == 1.0
    with pytest.raises(AttributeError):
        kzkr_extract.no_such_name
