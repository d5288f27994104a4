"""Reading and writing facts-v1 JSON Lines, with the problems found on the way.

Reading never stops at the first bad line: a line that is not valid JSON or
breaks the schema becomes an :class:`InputProblem` naming the file and the line,
and the rest of the file is read. Writing is atomic: a temporary file in the
target's folder is written in full and then moved over the target with
:func:`os.replace`, so a reader never sees a half-written file.

Lines are split on ``"\\n"`` only (not :meth:`str.splitlines`), because a JSON
string written with ``ensure_ascii=False`` may legally contain U+2028 and
other characters that ``splitlines`` treats as line breaks.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Union

from .records import Fact, SchemaError, record_from_dict

PathLike = Union[str, "os.PathLike[str]"]

__all__ = [
    "InputProblem",
    "read_records",
    "read_gold_dir",
    "write_jsonl_atomic",
    "write_text_atomic",
]


@dataclass(frozen=True)
class InputProblem:
    """One problem with an input file: the file, the 1-based line (``None``
    when the problem concerns the whole file) and what is wrong."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "message": self.message}


def _reject_constant(name: str) -> Any:
    # json.loads accepts NaN and Infinity by default; they are not JSON.
    raise ValueError(f"{name} is not allowed in JSON")


def _read_text(path: Path) -> tuple[str | None, InputProblem | None]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, InputProblem(str(path), None, "file not found")
    except IsADirectoryError:
        return None, InputProblem(str(path), None, "is a directory, expected a .jsonl file")
    except OSError as exc:
        return None, InputProblem(str(path), None, f"cannot read file: {exc.strerror or exc}")
    try:
        # utf-8-sig: tolerate a byte-order mark written by some editors.
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, InputProblem(
            str(path), None, f"not UTF-8 (byte {exc.start}: {exc.reason})"
        )


def _read_numbered(path: Path) -> tuple[list[tuple[int, Fact]], list[InputProblem]]:
    """The valid records of ``path`` with their 1-based line numbers."""
    text, problem = _read_text(path)
    if problem is not None:
        return [], [problem]
    records: list[tuple[int, Fact]] = []
    problems: list[InputProblem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line, parse_constant=_reject_constant)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            problems.append(InputProblem(str(path), number, f"not valid JSON: {exc}"))
            continue
        try:
            records.append((number, record_from_dict(data)))
        except SchemaError as exc:
            problems.append(InputProblem(str(path), number, str(exc)))
        except TypeError as exc:  # defensive: a constructor rejecting arguments
            problems.append(InputProblem(str(path), number, f"invalid record: {exc}"))
    return records, problems


def read_records(path: PathLike) -> tuple[list[Fact], list[InputProblem]]:
    """Read a JSON Lines file of facts-v1 records.

    Returns the valid records in file order and one :class:`InputProblem` per
    bad line (not valid JSON, or a schema break as reported by
    :func:`~kzkr_extract.records.record_from_dict`). Blank lines are skipped.
    A missing, unreadable or non-UTF-8 file gives no records and one problem
    naming the file.
    """
    numbered, problems = _read_numbered(Path(path))
    return [record for _, record in numbered], problems


def read_gold_dir(path: PathLike) -> tuple[dict[str, list[Fact]], list[InputProblem]]:
    """Read facts grouped by document.

    ``path`` is either a folder of ``<doc_id>.jsonl`` files (every one is a
    document, an empty file being a document without facts; a record whose
    ``doc_id`` differs from its file name is a problem and is left out), or a
    single ``.jsonl`` file whose records are grouped by their ``doc_id``.
    Works the same for prediction folders/files. Documents are returned in
    sorted order of ``doc_id``; records keep their file order. A missing path
    is one problem and no documents.
    """
    path = Path(path)
    if path.is_dir():
        docs: dict[str, list[Fact]] = {}
        problems: list[InputProblem] = []
        for file in sorted(path.glob("*.jsonl")):
            if not file.is_file():
                continue
            doc_id = file.name[: -len(".jsonl")]
            numbered, file_problems = _read_numbered(file)
            if any(p.line is None for p in file_problems):
                problems.extend(file_problems)
                continue  # unreadable file: not a document that can be scored
            kept = []
            for number, record in numbered:
                if record.doc_id != doc_id:
                    file_problems.append(InputProblem(
                        str(file), number,
                        f"field 'doc_id': {record.doc_id!r} differs from the file "
                        f"name {doc_id!r}; record skipped",
                    ))
                else:
                    kept.append(record)
            problems.extend(sorted(file_problems, key=lambda p: p.line or 0))
            docs[doc_id] = kept
        return docs, problems
    records, problems = read_records(path)
    grouped: dict[str, list[Fact]] = {}
    for record in records:
        grouped.setdefault(record.doc_id, []).append(record)
    return {doc_id: grouped[doc_id] for doc_id in sorted(grouped)}, problems


#: One encoder for every record line: ``json.dumps`` with options builds a new
#: encoder per call, which showed in the batch's profile.
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def record_line(record: Mapping[str, Any]) -> str:
    """One record as a JSON Lines line: compact, non-ASCII kept, no NaN/Infinity
    (not JSON), ending in ``"\n"``."""
    return _RECORD_ENCODER.encode(record) + "\n"


def _as_dict(item: Fact | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(item, Fact):
        return item.to_dict()
    if isinstance(item, Mapping):
        return item
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"cannot write {type(item).__name__} as a JSON record")


def write_text_atomic(path: PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically.

    The text goes to a temporary file in the same folder, which is flushed,
    synced and then moved over ``path`` with :func:`os.replace`. On any error
    the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file 0600; give it the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def write_jsonl_atomic(path: PathLike, records_or_dicts: Iterable[Fact | Mapping[str, Any]]) -> None:
    """Write records (facts or plain dicts) as JSON Lines, atomically.

    One compact JSON object per line, non-ASCII kept as is, each line ending
    in ``"\\n"``. The whole content is built before anything is written, so an
    error in a record (e.g. something that is not JSON-serialisable) leaves the
    target untouched; see :func:`write_text_atomic` for the file handling.
    """
    lines = [record_line(_as_dict(item)) for item in records_or_dicts]
    write_text_atomic(path, "".join(lines))
