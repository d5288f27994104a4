"""Batch runs: resume, interruption, atomic outputs, and --jobs N == --jobs 1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import kzkr_extract.parallel as parallel
from kzkr_extract.batch import STATE_DIR, RunState, StateError, run_extraction
from kzkr_extract.cli import main
from kzkr_extract.tables import TABLE_NAMES, write_tables_from_jsonl

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
TABLE_FILES = sorted(f"{name}.{ext}" for name in TABLE_NAMES.values() for ext in ("csv", "parquet"))


@pytest.fixture()
def corpus(tmp_path) -> Path:
    """Eight bundled documents with their manifest (a copy we may add to)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    names = sorted(p.stem for p in CORPUS.glob("*.txt"))[:8]
    for name in names:
        shutil.copy(CORPUS / f"{name}.txt", folder / f"{name}.txt")
    shutil.copy(CORPUS / "manifest.csv", folder / "manifest.csv")
    return folder


@pytest.fixture()
def counted(monkeypatch):
    """Counts documents actually extracted; ``fail_at`` makes the N-th call raise."""

    class Counter:
        calls = 0
        fail_at: int | None = None
        error: type[BaseException] = KeyboardInterrupt

    original = parallel.extract_one

    def extract_one(nlp, types, doc_id, text, published):
        Counter.calls += 1
        if Counter.fail_at is not None and Counter.calls == Counter.fail_at:
            raise Counter.error("stopped in the middle of the run")
        return original(nlp, types, doc_id, text, published)

    monkeypatch.setattr(parallel, "extract_one", extract_one)
    return Counter


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ["facts.jsonl"] + TABLE_FILES}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture()
def reference(corpus, tmp_path) -> dict[str, bytes]:
    out = tmp_path / "reference"
    summary = run_extraction([corpus], out)
    assert summary.ok and summary.documents == 8
    return outputs(out)


# ------------------------------------------------------------------ resume
def test_resume_skips_documents_already_done(corpus, tmp_path, counted, reference):
    out = tmp_path / "out"
    counted.calls = 0
    run_extraction([corpus], out)
    assert counted.calls == 8
    counted.calls = 0
    summary = run_extraction([corpus], out, resume=True)
    assert counted.calls == 0 and summary.resumed == 8 and summary.documents == 8
    assert outputs(out) == reference
    # A new document: only it is extracted; a changed one is extracted again.
    shutil.copy(CORPUS / "kk_kr_relations_wiki.txt", corpus / "zz_new_document.txt")
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nTrade grew 5% in 2024.\n", encoding="utf-8")
    summary = run_extraction([corpus], out, resume=True)
    assert counted.calls == 2 and summary.resumed == 7 and summary.documents == 9
    # Without --resume everything is extracted again.
    counted.calls = 0
    run_extraction([corpus], out)
    assert counted.calls == 9


def test_resume_from_the_command_line(corpus, tmp_path, counted, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "-o", str(out), "-j", "1", "-q"]) == 0
    counted.calls = 0
    assert main(["extract", str(corpus), "-o", str(out), "-j", "1", "--resume"]) == 0
    assert counted.calls == 0
    assert "8 documents (8 done in an earlier run)" in capsys.readouterr().err


def test_resume_with_other_types_starts_over(corpus, tmp_path, counted):
    out = tmp_path / "out"
    run_extraction([corpus], out, types=["date"])
    counted.calls = 0
    summary = run_extraction([corpus], out, resume=True)
    assert counted.calls == 8 and summary.resumed == 0
    assert any("starting over" in note for note in summary.notes)


# ------------------------------------------------------------------ interruption
@pytest.mark.parametrize("error", [KeyboardInterrupt, RuntimeError])
def test_interrupted_run_leaves_no_partial_outputs_and_resumes(corpus, tmp_path, counted, reference, error):
    out = tmp_path / "out"
    counted.calls, counted.fail_at, counted.error = 0, 4, error
    with pytest.raises(error):
        run_extraction([corpus], out)
    # No facts.jsonl or table at all (none existed before), no temporary file left.
    assert not (out / "facts.jsonl").exists()
    assert not any((out / name).exists() for name in TABLE_FILES)
    assert leftovers(out) == []
    # The three finished documents are in the journal.
    done = (out / STATE_DIR / "done.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(done) == 1 + 3
    counted.fail_at, counted.calls = None, 0
    summary = run_extraction([corpus], out, resume=True)
    assert counted.calls == 5 and summary.resumed == 3
    assert outputs(out) == reference


def test_interrupted_run_keeps_earlier_outputs_whole(corpus, tmp_path, counted, reference):
    out = tmp_path / "out"
    run_extraction([corpus], out)
    before = outputs(out)
    (corpus / "zz_extra.txt").write_text("Exports rose 12% to $1.2 billion in 2023.\n", encoding="utf-8")
    counted.calls, counted.fail_at = 0, 6
    with pytest.raises(KeyboardInterrupt):
        run_extraction([corpus], out)
    assert outputs(out) == before  # replaced whole or not at all
    assert leftovers(out) == []


def test_torn_journal_after_a_crash(corpus, tmp_path, counted, reference):
    """A crash can leave half a ``done`` line and records without one."""
    out = tmp_path / "out"
    run_extraction([corpus], out)
    state = out / STATE_DIR
    done = (state / "done.jsonl").read_bytes().splitlines(keepends=True)
    kept = done[:4]  # header + 3 documents
    (state / "done.jsonl").write_bytes(b"".join(kept) + done[4][:25])  # torn 4th document line
    with open(state / "records.jsonl", "ab") as handle:
        handle.write(b'{"doc_id": "half a rec')
    counted.calls = 0
    summary = run_extraction([corpus], out, resume=True)
    assert summary.resumed == 3 and counted.calls == 5
    assert outputs(out) == reference
    # The journal is whole again: a second resume extracts nothing.
    counted.calls = 0
    run_extraction([corpus], out, resume=True)
    assert counted.calls == 0


def test_a_second_run_into_the_same_folder_is_refused(tmp_path):
    state = RunState(tmp_path, ("date",), resume=False)
    try:
        with pytest.raises(StateError, match="another kzkr-extract run"):
            RunState(tmp_path, ("date",), resume=False)
    finally:
        state.close()


def test_a_failing_document_is_reported_and_the_rest_goes_on(corpus, tmp_path, monkeypatch):
    import kzkr_extract.pipeline as pipeline

    victim = sorted(corpus.glob("*.txt"))[1]
    original = pipeline.make_doc

    def make_doc(nlp, text, *, doc_id="-", published=None):
        if doc_id == victim.stem:
            raise ValueError("a bug in the rules")
        return original(nlp, text, doc_id=doc_id, published=published)

    monkeypatch.setattr(pipeline, "make_doc", make_doc)
    summary = run_extraction([corpus], tmp_path / "out")
    assert summary.documents == 7 and len(summary.problems) == 1
    assert str(summary.problems[0]) == f"{victim}: extraction failed: ValueError: a bug in the rules"


# ------------------------------------------------------------------ processes
def test_jobs_2_equals_jobs_1(tmp_path):
    one = run_extraction([CORPUS], tmp_path / "one", jobs=1)
    two = run_extraction([CORPUS], tmp_path / "two", jobs=2, chunk_docs=3, pool_min_chars=0)
    assert two.jobs == 2, "the pool was not used"
    assert (one.documents, one.records, one.problems) == (two.documents, two.records, two.problems)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_small_input_does_not_start_a_pool(tmp_path):
    summary = run_extraction([CORPUS], tmp_path / "out", jobs=4, chunk_docs=2)
    assert summary.jobs == 1 and summary.documents >= 30


# ------------------------------------------------------------------ tables
def test_tables_built_in_chunks_equal_one_chunk(tmp_path, reference):
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(reference["facts.jsonl"])
    write_tables_from_jsonl(facts, tmp_path, chunk_records=7)
    for name in TABLE_FILES:
        if name.endswith(".csv"):
            assert (tmp_path / name).read_bytes() == reference[name], name
    for name in TABLE_NAMES.values():
        chunked = pd.read_parquet(tmp_path / f"{name}.parquet")
        whole = pd.read_json(facts, lines=True, dtype=False)
        assert len(chunked) == int((whole["type"] == {v: k for k, v in TABLE_NAMES.items()}[name]).sum())
    records = [json.loads(line) for line in reference["facts.jsonl"].decode("utf-8").split("\n") if line]
    dates = pd.read_parquet(tmp_path / "dates.parquet")
    assert list(dates["text"]) == [r["text"] for r in records if r["type"] == "date"]
