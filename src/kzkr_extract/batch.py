"""Running extraction over a corpus and writing its outputs.

A run writes, in the output folder ``OUT``:

- ``facts.jsonl``: every record, documents in input order;
- ``dates``/``money``/``percentages``/``visits`` ``.csv`` and ``.parquet``;
- ``.kzkr-state/``: the run's journal (see :class:`RunState`).

Documents stream through (read, extracted by one or many processes, written);
nothing grows with the corpus but the journal's index when resuming. As each
document is done its records are appended to the journal, so an interrupted run
keeps its finished work and ``resume=True`` skips documents already done,
recognised by content hash (:func:`kzkr_extract.parallel.content_key`).
``facts.jsonl`` and the tables are only ever replaced whole: they are written
to temporary files beside the targets and renamed when complete, so a crash
never leaves a truncated output (an interrupted run leaves the previous outputs,
if any, untouched).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

from . import __version__
from .corpus import MANIFEST_NAME, STDIN, Document, iter_documents
from .jsonl import InputProblem
from .parallel import CHUNK_CHARS, CHUNK_DOCS, POOL_MIN_CHARS, Entry, content_key, run_ordered
from .pipeline import _check_types, extract_texts, make_nlp
from .records import FACT_TYPES, AnyFact
from .tables import write_tables_from_jsonl

STATE_DIR = ".kzkr-state"
STATE_VERSION = 1


class StateError(RuntimeError):
    """The output folder's journal cannot be used (e.g. another run holds it)."""


@dataclass
class RunSummary:
    documents: int = 0
    records: Counter = field(default_factory=Counter)
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0
    outputs: list[str] = field(default_factory=list)
    #: Documents whose records came from the journal of an earlier run.
    resumed: int = 0
    #: Worker processes used (1: in this process).
    jobs: int = 1
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "resumed": self.resumed,
            "records": {t: self.records.get(t, 0) for t in FACT_TYPES},
            "problems": [p.to_dict() for p in self.problems],
            "seconds": round(self.seconds, 3),
            "jobs": self.jobs,
            "outputs": self.outputs,
            "notes": self.notes,
        }

    def format(self) -> str:
        counts = ", ".join(f"{t}: {self.records.get(t, 0)}" for t in FACT_TYPES)
        resumed = f" ({self.resumed} done in an earlier run)" if self.resumed else ""
        procs = f", {self.jobs} processes" if self.jobs > 1 else ""
        lines = [f"{self.documents} documents{resumed}, {sum(self.records.values())} records ({counts}) "
                 f"in {self.seconds:.2f} s{procs}"]
        lines += self.notes
        if self.problems:
            lines.append(f"{len(self.problems)} input problem(s); those inputs were skipped:")
            lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


# ------------------------------------------------------------------ library API
def extract_documents(
    documents: Iterable[Document | InputProblem],
    *,
    types: Iterable[str] | None = None,
    nlp=None,
    problems: list[InputProblem] | None = None,
) -> Iterator[tuple[Document, list[AnyFact]]]:
    """Stream ``(document, facts)``; problems are appended to ``problems``."""
    wanted = _check_types(types)
    pipeline = nlp if nlp is not None else make_nlp(wanted, spans=False)
    # nlp.pipe keeps order, so documents come back in the order they went in.
    pending: deque[Document] = deque()

    def items():
        for item in documents:
            if isinstance(item, InputProblem):
                if problems is not None:
                    problems.append(item)
                continue
            pending.append(item)
            yield item.doc_id, item.text, item.published

    for _, facts in extract_texts(items(), types=wanted, nlp=pipeline):
        yield pending.popleft(), facts


def extract_corpus(path: str | Path, *, types: Iterable[str] | None = None, nlp=None) -> list[AnyFact]:
    """All facts of a corpus folder (or file) in memory, in document order.

    Input problems raise nothing here: use :func:`run_extraction` to see them.
    """
    out: list[AnyFact] = []
    for _, facts in extract_documents(iter_documents([path]), types=types, nlp=nlp):
        out.extend(facts)
    return out


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """How many documents ``inputs`` name (for a progress bar), without reading them."""
    total = 0
    for item in inputs:
        if str(item) == STDIN:
            total += 1
            continue
        path = Path(item)
        if path.is_dir():
            total += sum(1 for _ in path.glob("*.txt"))
        elif path.exists():
            total += 1
    return total


# ------------------------------------------------------------------ the journal
class RunState:
    """The journal of a run in ``OUT/.kzkr-state/``.

    - ``records.jsonl``: the records of every finished document, appended
      (plain facts-v1 JSON Lines, readable while a run is going on);
    - ``done.jsonl``: a header line (format, package version, types), then one
      line per finished document: ``{"key", "doc_id", "offset", "length",
      "counts"}``, where ``offset``/``length`` locate its records (bytes) in
      ``records.jsonl``;
    - ``lock``: held (``flock``) while a run writes here.

    A document's ``done`` line is appended only after its records are written
    and synced, so a line that is present and complete means the document is
    done. A crash can leave a torn last line or records without a ``done``
    line; opening the journal for a resume cuts both off.
    """

    def __init__(self, out_dir: Path, types: tuple[str, ...], *, resume: bool) -> None:
        self.dir = Path(out_dir) / STATE_DIR
        self.types = list(types)
        self.index: dict[str, tuple[int, int, tuple[int, ...]]] = {}
        self.notes: list[str] = []
        self._pending: list[tuple[str, str, bytes, tuple[int, ...]]] = []
        self._last_commit = time.monotonic()
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.dir / "lock", "a+")
        self._acquire_lock()
        self.records_path = self.dir / "records.jsonl"
        self.done_path = self.dir / "done.jsonl"
        header = {"kzkr_state": STATE_VERSION, "version": __version__, "types": self.types}
        if resume:
            self._load(header)
        if not resume or not self.done_path.exists() or self._header_mismatch:
            self._reset(header)
        self._records = open(self.records_path, "ab")
        self._done = open(self.done_path, "ab")
        self._size = self._records.seek(0, os.SEEK_END)
        self._reader: IO[bytes] | None = None

    _header_mismatch = False

    def _acquire_lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory lock
            return
        try:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise StateError(f"another kzkr-extract run is writing to {self.dir.parent}; "
                             "wait for it or choose another output folder") from None

    def _reset(self, header: dict) -> None:
        for path in (self.records_path, self.done_path):
            if path.exists():
                path.unlink()
        with open(self.done_path, "wb") as handle:
            handle.write((json.dumps(header) + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        self.index.clear()

    def _load(self, header: dict) -> None:
        if not self.done_path.exists():
            return
        records_size = self.records_path.stat().st_size if self.records_path.exists() else 0
        good_bytes = 0  # the end of the last complete, valid line of done.jsonl
        committed = 0   # the end of the last document's records in records.jsonl
        with open(self.done_path, "rb") as handle:
            first = handle.readline()
            try:
                found = json.loads(first) if first.endswith(b"\n") else None
            except ValueError:
                found = None
            if found != header:
                self._header_mismatch = True
                self.notes.append("--resume: the journal in the output folder was written by another "
                                  "version or for other types; starting over")
                return
            good_bytes = len(first)
            for line in handle:
                if not line.endswith(b"\n"):
                    break  # torn last line: that document is not done
                try:
                    entry = json.loads(line)
                    key, offset, length = entry["key"], int(entry["offset"]), int(entry["length"])
                    counts = tuple(int(c) for c in entry["counts"])
                except (ValueError, KeyError, TypeError):
                    break
                if offset + length > records_size or len(counts) != len(FACT_TYPES):
                    break
                self.index[key] = (offset, length, counts)
                committed = max(committed, offset + length)
                good_bytes += len(line)
        # Cut what an interrupted run wrote after its last complete document.
        os.truncate(self.done_path, good_bytes)
        if self.records_path.exists():
            os.truncate(self.records_path, committed)

    def lookup(self, key: str) -> tuple[int, int, tuple[int, ...]] | None:
        return self.index.get(key)

    def read(self, offset: int, length: int) -> bytes:
        if self._reader is None:
            self._records.flush()
            self._reader = open(self.records_path, "rb")
        self._reader.seek(offset)
        return self._reader.read(length)

    def add(self, key: str, doc_id: str, data: bytes, counts: tuple[int, ...]) -> None:
        self._pending.append((key, doc_id, data, counts))
        if len(self._pending) >= 256 or time.monotonic() - self._last_commit > 1.0:
            self.commit()

    def commit(self) -> None:
        """Make the pending documents durable: records first, then their lines."""
        if not self._pending:
            return
        lines = []
        for key, doc_id, data, counts in self._pending:
            self._records.write(data)
            lines.append(json.dumps({"key": key, "doc_id": doc_id, "offset": self._size,
                                     "length": len(data), "counts": list(counts)}) + "\n")
            self._size += len(data)
        self._records.flush()
        os.fsync(self._records.fileno())
        self._done.write("".join(lines).encode("utf-8"))
        self._done.flush()
        self._pending.clear()
        self._last_commit = time.monotonic()

    def close(self) -> None:
        try:
            self.commit()
            self._done.flush()
            os.fsync(self._done.fileno())
        finally:
            for handle in (self._records, self._done, self._reader, self._lock):
                if handle is not None:
                    handle.close()


# ------------------------------------------------------------------ a run
@dataclass(frozen=True)
class _Item:
    doc_id: str
    path: str | None
    key: str


def _progress_bar(enabled: bool, total: int | None):
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # a declared dependency, but a bar is not worth failing for
        return None
    return tqdm(total=total, unit="doc", desc="extract", file=sys.stderr, smoothing=0.05,
                mininterval=0.25, dynamic_ncols=True)


def run_extraction(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    types: Iterable[str] | None = None,
    published: str | None = None,
    nlp=None,
    jobs: int = 1,
    resume: bool = False,
    progress: bool = False,
    total: int | None = None,
    chunk_docs: int = CHUNK_DOCS,
    chunk_chars: int = CHUNK_CHARS,
    pool_min_chars: int = POOL_MIN_CHARS,
) -> RunSummary:
    """Extract from ``inputs`` and write ``facts.jsonl`` plus the per-type tables.

    ``jobs`` worker processes (1: this process; a custom ``nlp`` always runs
    here; an input under ``pool_min_chars`` characters too, as starting
    workers would cost more than they save); ``resume`` skips documents the
    output folder's journal has as done; ``progress`` shows a progress bar on
    stderr (``total`` documents, if known).
    """
    started = time.perf_counter()
    wanted = _check_types(types)
    inputs = list(inputs)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    state = RunState(out, wanted, resume=resume)
    summary.notes += state.notes
    target = out / "facts.jsonl"
    fd, tmp_name = tempfile.mkstemp(prefix=".facts.jsonl.", suffix=".tmp", dir=out)
    tmp = Path(tmp_name)
    bar = _progress_bar(progress, total)

    def entries() -> Iterator[Entry]:
        for item in iter_documents(inputs, published=published):
            if isinstance(item, InputProblem):
                yield Entry(item, None)
                continue
            key = content_key(item.doc_id, item.text, item.published)
            light = _Item(item.doc_id, item.path, key)
            if resume and state.lookup(key) is not None:
                yield Entry(light, None)
            else:
                yield Entry(light, (item.doc_id, item.text, item.published))

    def pool_started(n: int) -> None:
        summary.jobs = n

    try:
        with os.fdopen(fd, "wb") as facts:
            for entry, result in run_ordered(entries(), types=wanted, jobs=jobs, chunk_docs=chunk_docs,
                                             chunk_chars=chunk_chars, nlp=nlp, on_pool_start=pool_started,
                                             pool_min_chars=pool_min_chars):
                item = entry.item
                if bar is not None and not (isinstance(item, InputProblem)
                                            and Path(item.path).name == MANIFEST_NAME):
                    bar.update(1)
                if isinstance(item, InputProblem):
                    summary.problems.append(item)
                    continue
                if result is None:  # done in an earlier run
                    offset, length, counts = state.lookup(item.key)
                    facts.write(state.read(offset, length))
                    summary.resumed += 1
                elif not result.ok:
                    summary.problems.append(InputProblem(item.path or item.doc_id, None, result.error))
                    continue
                else:
                    data = result.lines.encode("utf-8")
                    counts = result.counts
                    facts.write(data)
                    state.add(item.key, item.doc_id, data, counts)
                summary.documents += 1
                for fact_type, n in zip(FACT_TYPES, counts):
                    if n:
                        summary.records[fact_type] += n
            state.commit()
            facts.flush()
            os.fsync(facts.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        # Tables first (from the complete temporary file), then facts.jsonl:
        # each file appears whole, and facts.jsonl last.
        written = write_tables_from_jsonl(tmp, out)
        os.replace(tmp, target)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    finally:
        if bar is not None:
            bar.close()
        state.close()
    summary.outputs = [str(p) for p in [target] + written]
    summary.seconds = time.perf_counter() - started
    return summary


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


__all__ = [
    "RunState", "RunSummary", "StateError", "count_documents", "extract_corpus",
    "extract_documents", "run_extraction",
]
