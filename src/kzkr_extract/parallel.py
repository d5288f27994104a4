"""Extraction over many documents with one or many processes, in input order.

The unit of work is a *chunk*: consecutive documents up to ``chunk_docs``
documents or ``chunk_chars`` characters. :func:`extract_chunk` turns a chunk
into one :class:`DocResult` per document (records already serialised as JSON
Lines, so the parent process only writes bytes). With ``jobs=1`` chunks run in
this process; with more, in a ``multiprocessing`` pool started with *spawn*
(safe with threads and on every platform) whose workers each build their
pipeline once. At most ``2 * jobs`` chunks are in flight, so documents are read
only a little ahead of the results: memory does not grow with the corpus.
Results come back in input order whatever the number of processes, and the
same function computes them, so ``jobs=N`` writes exactly what ``jobs=1``
writes.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from .jsonl import record_line
from .records import FACT_TYPES

#: Defaults: a chunk is big enough to amortise a round trip to a worker
#: (~0.1-0.5 s of work) and small enough to keep a progress bar moving.
CHUNK_DOCS = 32
CHUNK_CHARS = 100_000
#: Starting a worker (a new interpreter that imports spaCy and builds the
#: pipeline) takes ~1.5 s, the time one process needs for ~0.5 MB of text: a
#: smaller input runs in this process whatever ``jobs`` says.
POOL_MIN_CHARS = 1_000_000


def available_cores() -> int:
    """The cores this process may use (CPU affinity aware)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def content_key(doc_id: str, text: str, published: str | None = None) -> str:
    """sha256 of the document as extraction sees it: doc_id, published, text.

    ``published`` is part of the key because it changes the resolved dates.
    """
    h = hashlib.sha256()
    h.update(doc_id.encode("utf-8"))
    h.update(b"\x00")
    h.update((published or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@dataclass(frozen=True)
class DocResult:
    """The records of one document: ``lines`` is their JSON Lines text (``""``
    when there are none), ``counts`` the number per type in ``FACT_TYPES``
    order; ``error`` is set (and nothing else) when extraction failed."""

    doc_id: str
    lines: str = ""
    counts: tuple[int, ...] = (0,) * len(FACT_TYPES)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.lines.split("\n") if line]


Payload = tuple[str, str, "str | None"]  # (doc_id, text, published)

# ---------------------------------------------------------------- one chunk
_PIPELINES: dict[tuple[str, ...] | None, Any] = {}


def _pipeline(types: tuple[str, ...] | None):
    """The pipeline of this process for ``types`` (built on first use)."""
    nlp = _PIPELINES.get(types)
    if nlp is None:
        from .pipeline import make_nlp

        nlp = _PIPELINES[types] = make_nlp(types, spans=False)
    return nlp


def serialise(facts) -> tuple[str, tuple[int, ...]]:
    counts = [0] * len(FACT_TYPES)
    lines = []
    for fact in facts:
        lines.append(record_line(fact.to_dict()))
        counts[FACT_TYPES.index(fact.type)] += 1
    return "".join(lines), tuple(counts)


def extract_one(nlp, types: Sequence[str], doc_id: str, text: str, published: str | None) -> DocResult:
    """One document; an exception in the rules becomes ``DocResult.error``
    (the batch goes on and reports it) instead of ending the run."""
    from .pipeline import facts_of, make_doc

    try:
        doc = make_doc(nlp, text, doc_id=doc_id, published=published)
        for _, component in nlp.pipeline:
            doc = component(doc)
        lines, counts = serialise(facts_of(doc, types))
    except Exception as exc:  # noqa: BLE001 - reported per document
        return DocResult(doc_id, error=f"extraction failed: {type(exc).__name__}: {exc}")
    return DocResult(doc_id, lines, counts)


def extract_chunk(types: tuple[str, ...] | None, payload: Sequence[Payload], nlp=None) -> list[DocResult]:
    """The results of a chunk of ``(doc_id, text, published)``, in order."""
    from .pipeline import _check_types

    wanted = _check_types(types)
    pipeline = nlp if nlp is not None else _pipeline(types)
    return [extract_one(pipeline, wanted, doc_id, text, published) for doc_id, text, published in payload]


def _worker_init(types: tuple[str, ...] | None) -> None:
    # Ctrl-C goes to the whole process group: the parent handles it (and stops
    # the pool); workers stay quiet instead of each printing a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Build the pipeline (rules, gazetteers, matchers) once per worker, before
    # the first chunk arrives.
    _pipeline(types)


def _ping(seconds: float) -> int:
    import time

    time.sleep(seconds)
    return os.getpid()


class WorkerPool:
    """A pool of ``jobs`` spawned worker processes for :func:`run_ordered`.

    Each worker builds its pipeline (for ``types``) when it starts. Use it to
    run several batches on one pool, or to start the workers before timing
    them (:meth:`warm`)::

        with WorkerPool(4) as pool:
            pool.warm()
            for entry, result in run_ordered(entries, jobs=4, pool=pool): ...
    """

    def __init__(self, jobs: int, types: Sequence[str] | None = None) -> None:
        self.jobs = jobs
        self.types = tuple(types) if types is not None else None
        ctx = multiprocessing.get_context("spawn")
        self.executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                                            initargs=(self.types,))

    def warm(self, timeout: float = 120.0) -> None:
        """Return once every worker is up with its pipeline built."""
        pids: set[int] = set()
        deadline = time.monotonic() + timeout
        while len(pids) < self.jobs and time.monotonic() < deadline:
            futures = [self.executor.submit(_ping, 0.05) for _ in range(2 * self.jobs)]
            pids.update(f.result() for f in futures)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ---------------------------------------------------------------- ordering
@dataclass
class Entry:
    """One input item on its way through :func:`run_ordered`.

    ``payload`` is ``None`` for an item that needs no extraction (already done
    in an earlier run, or an input problem); it then keeps its place in the
    order and comes back with ``result=None``.
    """

    item: Any
    payload: Payload | None

    @property
    def size(self) -> int:
        return len(self.payload[1]) if self.payload is not None else 0


def chunks(entries: Iterable[Entry], chunk_docs: int = CHUNK_DOCS,
           chunk_chars: int = CHUNK_CHARS) -> Iterator[list[Entry]]:
    """Group consecutive entries; items without payload cost nothing."""
    chunk: list[Entry] = []
    docs = chars = 0
    for entry in entries:
        chunk.append(entry)
        if entry.payload is not None:
            docs += 1
            chars += entry.size
        if docs >= chunk_docs or chars >= chunk_chars:
            yield chunk
            chunk, docs, chars = [], 0, 0
    if chunk:
        yield chunk


def _resolved(future_or_results) -> list[DocResult]:
    return future_or_results.result() if isinstance(future_or_results, Future) else future_or_results


def _emit(chunk: list[Entry], results: list[DocResult]) -> Iterator[tuple[Entry, DocResult | None]]:
    it = iter(results)
    for entry in chunk:
        yield entry, (next(it) if entry.payload is not None else None)


def run_ordered(
    entries: Iterable[Entry],
    *,
    types: Sequence[str] | None = None,
    jobs: int = 1,
    chunk_docs: int = CHUNK_DOCS,
    chunk_chars: int = CHUNK_CHARS,
    nlp=None,
    on_pool_start: Callable[[int], None] | None = None,
    pool: WorkerPool | None = None,
    pool_min_chars: int = POOL_MIN_CHARS,
) -> Iterator[tuple[Entry, DocResult | None]]:
    """``(entry, result)`` for every entry, in input order.

    ``jobs=1`` (or a custom ``nlp``, which cannot be sent to other processes)
    runs in this process. Otherwise a pool of ``jobs`` spawned workers is
    started, unless the whole input is under ``pool_min_chars`` characters
    (starting processes would cost more than it saves; the input is read that
    far ahead to know); or ``pool``, an already started :class:`WorkerPool`,
    is used (and left running).
    """
    key = tuple(types) if types is not None else None
    if (jobs <= 1 and pool is None) or nlp is not None:
        # One document at a time: each result is out (and can be kept) as soon
        # as it is done.
        for entry in entries:
            if entry.payload is None:
                yield entry, None
            else:
                yield entry, extract_chunk(key, [entry.payload], nlp=nlp)[0]
        return
    stream = chunks(entries, chunk_docs, chunk_chars)

    ahead: list[list[Entry]] = []
    chars = 0
    exhausted = False
    while pool is None and chars < pool_min_chars or not ahead:
        chunk = next(stream, None)
        if chunk is None:
            exhausted = True
            break
        ahead.append(chunk)
        chars += sum(e.size for e in chunk)
    if not ahead:
        return
    if exhausted and pool is None and (chars < pool_min_chars or len(ahead) < 2):
        for chunk in ahead:  # small input: not worth starting processes
            payload = [e.payload for e in chunk if e.payload is not None]
            yield from _emit(chunk, extract_chunk(key, payload) if payload else [])
        return

    def all_chunks() -> Iterator[list[Entry]]:
        yield from ahead
        ahead.clear()
        yield from stream

    if pool is not None:
        if pool.types != key:
            raise ValueError(f"the pool's workers extract {pool.types}, not {key}")
        executor, jobs = pool.executor, pool.jobs
    else:
        ctx = multiprocessing.get_context("spawn")
        executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                                       initargs=(key,))
    if on_pool_start is not None:
        on_pool_start(jobs)
    pending: deque[tuple[list[Entry], Any]] = deque()
    limit = 2 * jobs
    try:
        for chunk in all_chunks():
            payload = [e.payload for e in chunk if e.payload is not None]
            pending.append((chunk, executor.submit(extract_chunk, key, payload) if payload else []))
            while len(pending) > limit or (pending and not isinstance(pending[0][1], Future)):
                done_chunk, work = pending.popleft()
                yield from _emit(done_chunk, _resolved(work))
        while pending:
            done_chunk, work = pending.popleft()
            yield from _emit(done_chunk, _resolved(work))
    finally:
        for _, work in pending:
            if isinstance(work, Future):
                work.cancel()
        if pool is None:
            executor.shutdown(wait=True, cancel_futures=True)
