"""Extraction on a Dask cluster: ``kzkr-extract extract --engine dask``.

Needs the optional extra (``pip install 'kzkr-extract[dask]'``) on the client
and on every worker, and an output folder that the workers can write to (a
shared file system), since each worker writes its own Parquet parts.

How a run goes:

1. The client lists the inputs without reading them (folder listings and
   ``manifest.csv`` rows; standard input is read here) and groups the
   documents into *partitions* of up to ``chunk_docs`` documents or
   ``chunk_bytes`` bytes.
2. Each partition is one task: the worker reads its files, extracts with a
   pipeline built once per worker thread, writes one Parquet file per fact type
   (``OUT/parquet/<type>/part-NNNNN.parquet``, the same columns as the
   single-file tables) and returns the partition's records as JSON Lines.
3. The client writes ``facts.jsonl`` in input order as partitions come back
   (at most a few per worker are in flight, so the client's memory stays
   flat), then moves the new ``parquet/`` folder into place.

Partition ``N`` holds the records of documents ``N``: records are the same,
in the same order, as a single-process run.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .batch import RunSummary
from .corpus import Document, FileEntry, list_inputs, read_entry
from .jsonl import InputProblem
from .parallel import CHUNK_DOCS, available_cores, extract_one
from .pipeline import _check_types
from .records import FACT_TYPES
from .tables import TABLE_NAMES, arrow_table

#: Bytes of text per partition (files are sized with ``stat``, not read).
CHUNK_BYTES = 1_000_000


class DaskUnavailable(RuntimeError):
    """Dask or distributed is not installed, or the scheduler cannot be reached."""


# ------------------------------------------------------------------ sources
#: A document the worker reads itself (found by :func:`kzkr_extract.corpus.list_inputs`).
FileSource = FileEntry


@dataclass(frozen=True)
class TextSource:
    """A document read by the client (standard input)."""

    document: Document


@dataclass
class Partition:
    index: int
    sources: list[FileSource | TextSource] = field(default_factory=list)
    #: Problems found while listing, reported in their place in the input order.
    problems: list[InputProblem] = field(default_factory=list)


def iter_sources(inputs: Iterable[str | Path], published: str | None = None
                 ) -> Iterator[FileSource | TextSource | InputProblem]:
    """The documents of ``inputs`` as :func:`kzkr_extract.corpus.iter_documents`
    lists them, but without reading the files."""
    for entry in list_inputs(inputs, published=published):
        yield TextSource(entry) if isinstance(entry, Document) else entry


def partitions(sources: Iterable[FileSource | TextSource | InputProblem], chunk_docs: int = CHUNK_DOCS,
               chunk_bytes: int = CHUNK_BYTES) -> Iterator[Partition]:
    part = Partition(0)
    size = 0
    for source in sources:
        if isinstance(source, InputProblem):
            if part.sources:  # keep the problem after the documents listed before it
                yield part
                part, size = Partition(part.index + 1), 0
            part.problems.append(source)
            continue
        part.sources.append(source)
        if isinstance(source, FileSource):
            try:
                size += os.stat(source.path).st_size
            except OSError:
                pass
        else:
            size += len(source.document.text)
        if len(part.sources) >= chunk_docs or size >= chunk_bytes:
            yield part
            part, size = Partition(part.index + 1), 0
    if part.sources or part.problems:
        yield part


# ------------------------------------------------------------------ on a worker
_local = threading.local()


def _thread_pipeline(types: tuple[str, ...]):
    """One pipeline per worker thread (the grammars keep per-call state)."""
    cache = getattr(_local, "pipelines", None)
    if cache is None:
        cache = _local.pipelines = {}
    nlp = cache.get(types)
    if nlp is None:
        from .pipeline import make_nlp

        nlp = cache[types] = make_nlp(types, spans=False)
    return nlp


@dataclass
class PartitionResult:
    index: int
    lines: str
    documents: int
    counts: tuple[int, ...]
    problems: list[InputProblem]
    files: list[str]


def _write_part(table, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def extract_partition(part: Partition, types: tuple[str, ...], parquet_dir: str | None) -> PartitionResult:
    """Read, extract and write one partition (runs on a worker)."""
    nlp = _thread_pipeline(types)
    lines: list[str] = []
    problems: list[InputProblem] = []
    counts = [0] * len(FACT_TYPES)
    by_type: dict[str, list[dict]] = {t: [] for t in FACT_TYPES}
    documents = 0
    for source in part.sources:
        if isinstance(source, TextSource):
            doc: Document | InputProblem = source.document
        else:
            doc = read_entry(source)
        if isinstance(doc, InputProblem):
            problems.append(doc)
            continue
        result = extract_one(nlp, types, doc.doc_id, doc.text, doc.published)
        if not result.ok:
            problems.append(InputProblem(doc.path or doc.doc_id, None, result.error))
            continue
        documents += 1
        lines.append(result.lines)
        counts = [a + b for a, b in zip(counts, result.counts)]
        if parquet_dir is not None:
            for record in result.records():
                by_type[record["type"]].append(record)
    files = []
    if parquet_dir is not None:
        for fact_type in types:
            path = Path(parquet_dir) / TABLE_NAMES[fact_type] / f"part-{part.index:05d}.parquet"
            _write_part(arrow_table(fact_type, by_type[fact_type]), path)
            files.append(str(path))
    return PartitionResult(part.index, "".join(lines), documents, tuple(counts), problems, files)


# ------------------------------------------------------------------ the client
def _import_dask():
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError as exc:
        raise DaskUnavailable(f"--engine dask needs Dask and distributed ({exc.name} is missing): "
                              "pip install 'kzkr-extract[dask]'") from None
    return distributed


def _swap_dir(new: Path, target: Path) -> None:
    """Put ``new`` in the place of ``target`` (two renames; the old one is removed after)."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def run_dask(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    types: Iterable[str] | None = None,
    published: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    client=None,
    chunk_docs: int = CHUNK_DOCS,
    chunk_bytes: int = CHUNK_BYTES,
    parquet: bool = True,
    in_flight_per_worker: int = 3,
) -> RunSummary:
    """Extract on a Dask cluster; writes ``facts.jsonl`` and ``parquet/<table>/part-*.parquet``.

    ``client``: a ``distributed.Client`` to use; else ``scheduler`` (an address
    like ``tcp://host:8786``); else a local cluster of ``workers`` processes
    (default: all cores), started and stopped here.
    """
    distributed = _import_dask()
    started = time.perf_counter()
    wanted = _check_types(types)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    own_cluster = own_client = None
    try:
        if client is None:
            if scheduler is not None:
                try:
                    client = own_client = distributed.Client(scheduler, timeout="20s")
                except (OSError, TimeoutError) as exc:
                    raise DaskUnavailable(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
            else:
                own_cluster = distributed.LocalCluster(
                    n_workers=workers or available_cores(), threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR)
                client = own_client = distributed.Client(own_cluster)
        summary.jobs = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()) or 1
        run_id = uuid.uuid4().hex[:8]
        parquet_tmp = out / f".parquet-{run_id}.tmp" if parquet else None
        target = out / "facts.jsonl"
        fd, tmp_name = tempfile.mkstemp(prefix=".facts.jsonl.", suffix=".tmp", dir=out)
        limit = max(2, in_flight_per_worker * summary.jobs)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as facts:
                pending: deque = deque()

                def drain(keep: int) -> None:
                    while len(pending) > keep:
                        part, future = pending.popleft()
                        summary.problems.extend(part.problems)
                        if future is None:
                            continue
                        result: PartitionResult = future.result()
                        future.release()
                        facts.write(result.lines)
                        summary.documents += result.documents
                        summary.problems.extend(result.problems)
                        for fact_type, n in zip(FACT_TYPES, result.counts):
                            if n:
                                summary.records[fact_type] += n

                for part in partitions(iter_sources(inputs, published), chunk_docs, chunk_bytes):
                    future = None
                    if part.sources:
                        future = client.submit(extract_partition, part, wanted,
                                               str(parquet_tmp) if parquet_tmp else None,
                                               key=f"kzkr-extract-{run_id}-{part.index}", pure=False)
                    pending.append((part, future))
                    drain(limit)
                drain(0)
                facts.flush()
                os.fsync(facts.fileno())
            if parquet_tmp is not None:
                for fact_type in wanted:  # an input without documents still gets its folders
                    (parquet_tmp / TABLE_NAMES[fact_type]).mkdir(parents=True, exist_ok=True)
                _swap_dir(parquet_tmp, out / "parquet")
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp_name, 0o666 & ~mask)
            os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            if parquet_tmp is not None and parquet_tmp.exists():
                shutil.rmtree(parquet_tmp, ignore_errors=True)
            raise
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
    summary.outputs = [str(target)] + ([str(out / "parquet")] if parquet else [])
    summary.seconds = time.perf_counter() - started
    return summary


def read_parquet_parts(out_dir: str | Path, fact_type: str):
    """The partitioned table of one type as one pandas DataFrame (parts in order)."""
    import pandas as pd

    folder = Path(out_dir) / "parquet" / TABLE_NAMES[fact_type]
    parts = sorted(folder.glob("part-*.parquet"))
    from .tables import frame

    if not parts:
        return frame(fact_type, [])
    return pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)


__all__ = ["DaskUnavailable", "extract_partition", "iter_sources", "partitions", "read_parquet_parts", "run_dask"]


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: kzkr-extract extract --engine dask ...")
