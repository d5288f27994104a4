"""The command line end to end: ``kzkr_extract.cli.main([...])`` on temporary folders.

Every run is in process (``--jobs 1``) except where the number of processes is
the point (see ``tests/test_batch.py``), so the suite stays fast.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from kzkr_extract.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
from kzkr_extract.corpus import iter_documents
from kzkr_extract.records import record_from_dict

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SOME_DOCS = ("kk_kr_relations_wiki", "ajp_lee_tokayev_call_2025", "dev_a01_tokayev_seoul_2021")

#: The spec's columns (facts-v1: the common fields, then the type's fields, in
#: the order of the spec's tables). Visit tables may add ``evidence`` at the end.
SPEC_COLUMNS = {
    "dates": ["doc_id", "type", "start", "end", "text", "value", "mod"],
    "money": ["doc_id", "type", "start", "end", "text", "value", "value_max", "currency", "qualifier"],
    "percentages": ["doc_id", "type", "start", "end", "text", "value", "value_max", "unit", "qualifier"],
    "visits": ["doc_id", "type", "start", "end", "text", "visitor", "visitor_country", "destination_country",
               "destination_city", "value", "visit_type", "status", "count"],
}
TABLE_TYPES = {"dates": "date", "money": "money", "percentages": "percent", "visits": "visit"}


def small_corpus(folder: Path, names=SOME_DOCS) -> Path:
    """A corpus folder with a few bundled documents and their manifest rows."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / f"{name}.txt", folder / f"{name}.txt")
    lines = (CORPUS / "manifest.csv").read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [line for line in lines[1:] if line.split(",", 1)[0] in names]
    (folder / "manifest.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    return folder


def read_facts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def run(argv, capsys) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


# ------------------------------------------------------------------ extract
def test_extract_folder_writes_facts_and_eight_tables(tmp_path, capsys):
    corpus = small_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    code, err = run(["extract", str(corpus), "-o", str(out), "--jobs", "1"], capsys)
    assert code == EXIT_OK, err
    records = read_facts(out / "facts.jsonl")
    assert records, "the seed documents have facts"
    for record in records:
        record_from_dict(record)  # raises SchemaError on a bad record
    assert [r["doc_id"] for r in records] == sorted((r["doc_id"] for r in records), key=sorted(SOME_DOCS).index)
    for table, fact_type in TABLE_TYPES.items():
        expected_rows = [r for r in records if r["type"] == fact_type]
        csv = pd.read_csv(out / f"{table}.csv")
        parquet = pd.read_parquet(out / f"{table}.parquet")
        for df in (csv, parquet):
            columns = list(df.columns)
            assert columns[:len(SPEC_COLUMNS[table])] == SPEC_COLUMNS[table]
            assert columns[len(SPEC_COLUMNS[table]):] in ([], ["evidence"])
            assert len(df) == len(expected_rows)
        assert list(parquet["start"]) == [r["start"] for r in expected_rows]
        assert list(parquet["text"]) == [r["text"] for r in expected_rows]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        ["facts.jsonl"] + [f"{t}.{ext}" for t in TABLE_TYPES for ext in ("csv", "parquet")])
    assert "3 documents" in err


def test_extract_single_file(tmp_path, capsys):
    out = tmp_path / "out"
    code, err = run(["extract", str(CORPUS / "ajp_lee_tokayev_call_2025.txt"), "-o", str(out), "-j", "1"], capsys)
    assert code == EXIT_OK, err
    records = read_facts(out / "facts.jsonl")
    assert records and {r["doc_id"] for r in records} == {"ajp_lee_tokayev_call_2025"}
    # The file's manifest row is used: its relative dates are resolved.
    assert all("XXXX" not in (r.get("value") or "") for r in records if r["type"] == "date")


def test_extract_stdin(tmp_path, capsys, monkeypatch):
    text = "Trade reached $6.5 billion in 2023, up 30% from the year before."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
    out = tmp_path / "out"
    code, err = run(["extract", "-", "-o", str(out), "--published", "2024-01-15", "-j", "1"], capsys)
    assert code == EXIT_OK, err
    records = read_facts(out / "facts.jsonl")
    assert {(r["type"], r["text"]) for r in records} >= {("money", "$6.5 billion"), ("date", "2023"),
                                                          ("percent", "30%")}
    assert all(r["doc_id"] == "stdin" for r in records)
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)


def test_bad_inputs_are_reported_and_skipped(tmp_path, capsys):
    corpus = small_corpus(tmp_path / "corpus", names=SOME_DOCS[:2])
    (corpus / "latin1.txt").write_bytes("Le président a visité Séoul en 2021.".encode("latin-1"))
    (corpus / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary\x00data 2021")
    (corpus / "empty.txt").write_bytes(b"")
    with open(corpus / "manifest.csv", "a", encoding="utf-8") as handle:
        handle.write("broken_row,https://example.org\n")  # 2 fields where the header has 4
    out = tmp_path / "out"
    code, err = run(["extract", str(corpus), "-o", str(out), "-j", "1"], capsys)
    assert code == EXIT_SKIPPED
    problem_lines = [line.strip() for line in err.splitlines() if line.strip().startswith(str(corpus))]
    manifest_line = len((corpus / "manifest.csv").read_text(encoding="utf-8").splitlines())
    expected = {
        "latin1.txt": "not UTF-8",
        "binary.txt": "binary file",
        "empty.txt": "empty document",
        f"manifest.csv:{manifest_line}": "expected 4 fields",
    }
    assert len(problem_lines) == len(expected), err
    for name, message in expected.items():
        matching = [line for line in problem_lines if line.startswith(str(corpus / name) + ":")]
        assert len(matching) == 1 and message in matching[0], (name, err)
    # The good documents were still processed.
    assert {r["doc_id"] for r in read_facts(out / "facts.jsonl")} == set(SOME_DOCS[:2])
    assert "2 documents" in err


def test_quiet_prints_only_problems(tmp_path, capsys):
    corpus = small_corpus(tmp_path / "corpus", names=SOME_DOCS[:1])
    (corpus / "empty.txt").write_bytes(b"   \n")
    code, err = run(["extract", str(corpus), "-o", str(tmp_path / "out"), "-q", "-j", "1"], capsys)
    assert code == EXIT_SKIPPED
    assert err.strip() == f"{corpus / 'empty.txt'}: empty document; skipped"


@pytest.mark.parametrize("argv", [
    ["extract", "corpus", "-o", "x", "--jobs", "0"],
    ["extract", "corpus", "-o", "x", "--types", "dates"],
    ["extract", "corpus", "-o", "x", "--scheduler", "tcp://localhost:8786"],
    ["extract", "corpus", "-o", "x", "--engine", "dask", "--resume"],
    ["extract", "corpus"],
])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == EXIT_USAGE


def test_missing_input_is_a_problem_not_a_crash(tmp_path, capsys):
    code, err = run(["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "out"), "-j", "1"], capsys)
    assert code == EXIT_SKIPPED
    assert f"{tmp_path / 'nope'}: no such file or folder" in err


# ------------------------------------------------------------------ evaluate
def gold_line(**changes) -> str:
    record = {"doc_id": "d1", "type": "date", "start": 0, "end": 4, "text": "2021", "value": "2021", "mod": None}
    record.update(changes)
    return json.dumps(record)


def test_evaluate_reports_bad_gold_lines_with_file_and_line(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.jsonl").write_text("\n".join([
        gold_line(),
        "{not json",
        gold_line(start=5, end=9, text="2022", value="2022", mod="SOMETIMES"),
        gold_line(start=10, end=14, text="2023", value="2023"),
    ]) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(gold_line() + "\n", encoding="utf-8")
    code = main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--out", str(tmp_path / "eval")])
    captured = capsys.readouterr()
    assert code == EXIT_SKIPPED
    problems = [line for line in captured.err.splitlines() if line.startswith(str(gold / "d1.jsonl"))]
    assert len(problems) == 2, captured.err
    assert problems[0].startswith(f"{gold / 'd1.jsonl'}:2: not valid JSON")
    assert problems[1].startswith(f"{gold / 'd1.jsonl'}:3: ") and "mod" in problems[1]
    assert (tmp_path / "eval" / "evaluation.json").exists()


# ------------------------------------------------------------------ offsets
def test_offsets_of_every_record_of_the_bundled_corpus(tmp_path, capsys):
    out = tmp_path / "out"
    code, err = run(["extract", str(CORPUS), "-o", str(out), "-j", "1", "-q"], capsys)
    assert code == EXIT_OK, err
    texts = {d.doc_id: d.text for d in iter_documents([CORPUS])}
    records = read_facts(out / "facts.jsonl")
    assert len({r["doc_id"] for r in records}) >= 30
    bad = [r for r in records if texts[r["doc_id"]][r["start"]:r["end"]] != r["text"]]
    assert not bad, bad[:3]
