"""Running extraction over a corpus and writing its outputs.

Records stream out as documents are done: ``facts.jsonl`` is written to a
temporary file beside the target and renamed when the run ends, so an
interrupted run never leaves a truncated ``facts.jsonl`` behind.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .corpus import Document, iter_documents
from .jsonl import InputProblem
from .pipeline import _check_types, extract_texts, make_nlp
from .records import FACT_TYPES, AnyFact
from .tables import write_tables


@dataclass
class RunSummary:
    documents: int = 0
    records: Counter = field(default_factory=Counter)
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0
    outputs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "records": {t: self.records.get(t, 0) for t in FACT_TYPES},
            "problems": [p.to_dict() for p in self.problems],
            "seconds": round(self.seconds, 3),
            "outputs": self.outputs,
        }

    def format(self) -> str:
        counts = ", ".join(f"{t}: {self.records.get(t, 0)}" for t in FACT_TYPES)
        lines = [f"{self.documents} documents, {sum(self.records.values())} records ({counts}) "
                 f"in {self.seconds:.2f} s"]
        if self.problems:
            lines.append(f"{len(self.problems)} input problem(s); those inputs were skipped:")
            lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def extract_documents(
    documents: Iterable[Document | InputProblem],
    *,
    types: Iterable[str] | None = None,
    nlp=None,
    problems: list[InputProblem] | None = None,
) -> Iterator[tuple[Document, list[AnyFact]]]:
    """Stream ``(document, facts)``; problems are appended to ``problems``."""
    wanted = _check_types(types)
    pipeline = nlp if nlp is not None else make_nlp(wanted)
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


def run_extraction(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    types: Iterable[str] | None = None,
    published: str | None = None,
    nlp=None,
) -> RunSummary:
    """Extract from ``inputs`` and write ``facts.jsonl`` plus the per-type tables."""
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    target = out / "facts.jsonl"
    by_type: dict[str, list[dict]] = {t: [] for t in FACT_TYPES}
    fd, tmp = tempfile.mkstemp(prefix=".facts.jsonl.", suffix=".tmp", dir=out)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            docs = iter_documents(inputs, published=published)
            for document, facts in extract_documents(docs, types=types, nlp=nlp, problems=summary.problems):
                summary.documents += 1
                for fact in facts:
                    record = fact.to_dict()
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                    by_type[fact.type].append(record)
                    summary.records[fact.type] += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    written = [target] + write_tables(by_type, out)
    summary.outputs = [str(p) for p in written]
    summary.seconds = time.perf_counter() - started
    return summary
