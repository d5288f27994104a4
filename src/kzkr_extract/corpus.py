"""Reading documents: ``<doc_id>.txt`` files, ``manifest.csv``, standard input.

Bad input never stops a batch: each problem becomes an :class:`InputProblem`
naming the file (and line) and the reader goes on with the next document.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from .dates.calendar_math import Reference
from .jsonl import InputProblem

DOC_ID_RE = re.compile(r"[A-Za-z0-9_.\-]+")
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("doc_id", "url", "published", "source")
STDIN = "-"


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    published: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class ManifestRow:
    doc_id: str
    url: str | None
    published: str | None
    source: str | None


def read_manifest(path: Path) -> tuple[dict[str, ManifestRow], list[InputProblem]]:
    """Rows of ``manifest.csv`` by doc_id; a bad row is a problem, the rest is read."""
    problems: list[InputProblem] = []
    rows: dict[str, ManifestRow] = {}
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return rows, [InputProblem(str(path), None, f"cannot read manifest: {exc}")]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return rows, [InputProblem(str(path), None, "empty manifest (expected a header row "
                                                     f"{','.join(MANIFEST_COLUMNS)})")]
    header = [h.strip() for h in header]
    missing = [c for c in ("doc_id", "published") if c not in header]
    if missing:
        return rows, [InputProblem(str(path), 1, f"header lacks column(s) {missing}; "
                                                 f"expected {','.join(MANIFEST_COLUMNS)}")]
    index = {name: header.index(name) for name in MANIFEST_COLUMNS if name in header}
    for line_no, row in enumerate(reader, start=2):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(InputProblem(str(path), line_no,
                                         f"expected {len(header)} fields, found {len(row)}"))
            continue

        def cell(name: str) -> str | None:
            value = row[index[name]].strip() if name in index else ""
            return value or None

        doc_id = cell("doc_id")
        if doc_id is None or not DOC_ID_RE.fullmatch(doc_id):
            problems.append(InputProblem(str(path), line_no, f"bad doc_id {doc_id!r} (letters, digits, _ - . only)"))
            continue
        published = cell("published")
        try:
            Reference.parse(published)
        except ValueError as exc:
            problems.append(InputProblem(str(path), line_no, f"{doc_id}: {exc}; the document is read without it"))
            published = None
        if doc_id in rows:
            problems.append(InputProblem(str(path), line_no, f"doc_id {doc_id!r} listed twice; the first row is kept"))
            continue
        rows[doc_id] = ManifestRow(doc_id, cell("url"), published, cell("source"))
    return rows, problems


def read_text_file(path: Path) -> tuple[str | None, InputProblem | None]:
    """The file's text decoded as UTF-8, byte for byte (no newline translation)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, InputProblem(str(path), None, f"cannot read: {exc.strerror or exc}")
    if b"\x00" in data:
        return None, InputProblem(str(path), None, "binary file (contains NUL bytes); skipped")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, InputProblem(str(path), None,
                                  f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); skipped")
    if not text.strip():
        return None, InputProblem(str(path), None, "empty document; skipped")
    return text, None


Item = Union[Document, InputProblem]


@dataclass(frozen=True)
class FileEntry:
    """A document file found in the inputs, not read yet, with its manifest row."""

    path: str
    row: ManifestRow | None
    published: str | None


def list_inputs(inputs: Iterable[str | Path], *, published: str | None = None
                ) -> Iterator[FileEntry | Document | InputProblem]:
    """What ``inputs`` name, in order: a :class:`FileEntry` per document file of a
    folder (``*.txt`` + ``manifest.csv``) or named file, the ``Document`` read
    from standard input for ``-``, and an :class:`InputProblem` where something
    is wrong. Files are not read here, so a cluster's workers can read them."""
    for item in inputs:
        if str(item) == STDIN:
            data = sys.stdin.buffer.read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputProblem("<stdin>", None, f"not UTF-8 (offset {exc.start})")
                continue
            if not text.strip():
                yield InputProblem("<stdin>", None, "empty document; skipped")
                continue
            yield Document("stdin", text, published=published, path="<stdin>")
            continue
        path = Path(item)
        if path.is_dir():
            manifest_path = path / MANIFEST_NAME
            manifest: dict[str, ManifestRow] = {}
            if manifest_path.exists():
                manifest, problems = read_manifest(manifest_path)
                yield from problems
            files = sorted(path.glob("*.txt"))
            if not files:
                yield InputProblem(str(path), None, "no *.txt documents in this folder")
            for file in files:
                yield FileEntry(str(file), manifest.get(file.stem), published)
        elif path.exists():
            manifest_path = path.parent / MANIFEST_NAME
            row = None
            if manifest_path.exists():
                manifest, _ = read_manifest(manifest_path)  # problems are reported with the folder
                row = manifest.get(path.stem)
            yield FileEntry(str(path), row, published)
        else:
            yield InputProblem(str(path), None, "no such file or folder")


def iter_documents(inputs: Iterable[str | Path], *, published: str | None = None) -> Iterator[Item]:
    """Documents from folders (every ``*.txt`` + ``manifest.csv``), files, or ``-``.

    ``published`` applies to documents the manifest does not date (stdin, single
    files). Problems are yielded in place of the documents they concern.
    """
    for entry in list_inputs(inputs, published=published):
        yield read_entry(entry) if isinstance(entry, FileEntry) else entry


def read_entry(entry: FileEntry) -> Item:
    """The document of a :class:`FileEntry`, or the problem reading it."""
    return _document(Path(entry.path), entry.row, entry.published)


def _document(path: Path, row: ManifestRow | None, published: str | None) -> Item:
    doc_id = path.stem if path.suffix == ".txt" else path.name
    if not DOC_ID_RE.fullmatch(doc_id):
        return InputProblem(str(path), None, f"file name gives a bad doc_id {doc_id!r} (letters, digits, _ - . only)")
    text, problem = read_text_file(path)
    if problem is not None:
        return problem
    if row is not None:
        return Document(doc_id, text, row.published if row.published else published, row.url, row.source, str(path))
    return Document(doc_id, text, published, path=str(path))
