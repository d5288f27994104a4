"""``--engine dask``: a 2-worker ``distributed.LocalCluster`` gives the records of
a single-process run (same records, same order, same table contents)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from kzkr_extract.batch import run_extraction  # noqa: E402
from kzkr_extract.dask_engine import read_parquet_parts, run_dask  # noqa: E402
from kzkr_extract.records import FACT_TYPES  # noqa: E402
from kzkr_extract.tables import TABLE_NAMES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def client():
    """Two worker processes (each builds its pipeline once); threads if the
    machine cannot start processes."""
    try:
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    except Exception:  # noqa: BLE001 - e.g. a sandbox without process spawning
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The bundled corpus plus one unreadable file (a problem in the middle)."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in CORPUS.iterdir():
        shutil.copy(path, folder / path.name)
    (folder / "dev_a05_zz_broken.txt").write_bytes(b"\xff\xfe not utf-8")
    return folder


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("single")
    return out, run_extraction([corpus], out, jobs=1)


def test_dask_records_equal_the_single_process_run(client, corpus, single, tmp_path):
    single_out, single_summary = single
    out = tmp_path / "dask"
    summary = run_dask([corpus], out, client=client, chunk_docs=4)
    assert (out / "facts.jsonl").read_bytes() == (single_out / "facts.jsonl").read_bytes()
    assert summary.documents == single_summary.documents
    assert summary.records == single_summary.records
    assert [str(p) for p in summary.problems] == [str(p) for p in single_summary.problems]
    assert len(summary.problems) == 1 and "dev_a05_zz_broken.txt" in str(summary.problems[0])
    for fact_type in FACT_TYPES:
        parts = sorted((out / "parquet" / TABLE_NAMES[fact_type]).glob("part-*.parquet"))
        assert len(parts) > 1, "several partitions"
        got = read_parquet_parts(out, fact_type)
        want = pd.read_parquet(single_out / f"{TABLE_NAMES[fact_type]}.parquet")
        pd.testing.assert_frame_equal(got, want)


def test_a_second_run_replaces_the_parquet_folder(client, corpus, tmp_path):
    out = tmp_path / "dask"
    run_dask([corpus], out, client=client, chunk_docs=2)
    many = len(list((out / "parquet" / "dates").glob("part-*.parquet")))
    run_dask([corpus], out, client=client, chunk_docs=50)
    few = len(list((out / "parquet" / "dates").glob("part-*.parquet")))
    assert few < many  # no stale parts of the first run
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary folders removed"
