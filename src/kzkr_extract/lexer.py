"""Pieces: a uniform, finer segmentation of a spaCy ``Doc`` for the grammars.

spaCy's English tokenizer is not uniform on the strings this project cares
about (``4–15`` is one token but ``16-17`` three, ``30%-stake`` one, ``US$6``
two, ``HK$3`` one), and a user may bring a pipeline with another tokenizer. The
grammars therefore read *pieces*: every spaCy token is cut, by a cached and
anchored pattern, into runs of digits (with inner ``.``/``,``), runs of letters,
and single symbols. Piece boundaries always refine token boundaries, so a
mention can always be mapped back to the ``Doc`` (with ``alignment_mode``
"expand" where it ends inside a token).

Only the parts of a document near an *anchor* (a token with a digit, a month
name, a currency sign…) are cut into pieces: finding anchors is vectorised over
lexeme hashes, so the Python cost is proportional to the candidates, not to the
document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from spacy.attrs import LOWER, SHAPE
from spacy.tokens import Doc

NUM, WORD, SYM, BREAK = "num", "word", "sym", "break"

# One alternative per piece kind; no nested quantifiers, so matching is linear.
_PIECE_RE = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+)|(?P<sym>\S)")
#: Tokens longer than this (URLs, base64, hostile input) are one opaque piece.
MAX_TOKEN_CHARS = 64

_token_cache: dict[str, tuple[tuple[int, int, str, str, str], ...]] = {}


def _cut_token(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """Cut one token into ``(start, end, kind, text, lower)`` relative pieces."""
    cached = _token_cache.get(text)
    if cached is not None:
        return cached
    if text.isspace():
        out = ((0, len(text), BREAK, text, text),) if "\n" in text else ()
    elif len(text) > MAX_TOKEN_CHARS:
        out = ((0, len(text), WORD, text, text.lower()),)
    else:
        out = tuple(
            (m.start(), m.end(), m.lastgroup, m.group(), m.group().lower())
            for m in _PIECE_RE.finditer(text)
        )
    if len(_token_cache) < 200_000:  # bounded: hostile input cannot grow it forever
        _token_cache[text] = out
    return out


class Pieces:
    """Parallel lists of pieces over one stretch of a document.

    ``gap[i]`` is True when white space (or a cut) separates piece ``i`` from
    piece ``i-1``; grammars use it to tell ``16-17`` from ``16 - 17`` and
    ``US$`` from ``US $``.
    """

    __slots__ = ("text", "lower", "kind", "start", "end", "gap", "token", "doc_text")

    def __init__(self, doc_text: str) -> None:
        self.doc_text = doc_text
        self.text: list[str] = []
        self.lower: list[str] = []
        self.kind: list[str] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.gap: list[bool] = []
        self.token: list[int] = []

    def __len__(self) -> int:
        return len(self.text)

    def add_token(self, token_index: int, token_text: str, token_start: int) -> None:
        prev_end = self.end[-1] if self.end else -1
        for rel_start, rel_end, kind, text, lower in _cut_token(token_text):
            start = token_start + rel_start
            self.text.append(text)
            self.lower.append(lower)
            self.kind.append(kind)
            self.start.append(start)
            self.end.append(token_start + rel_end)
            self.gap.append(start != prev_end)
            self.token.append(token_index)
            prev_end = token_start + rel_end

    def span_text(self, first: int, last: int) -> str:
        """The document text from piece ``first`` to piece ``last`` inclusive."""
        return self.doc_text[self.start[first]:self.end[last]]


def pieces_from_text(text: str, nlp=None) -> Pieces:
    """Pieces for a whole string (used by the pure normalisers and tests)."""
    from .pipeline import get_tokenizer_nlp

    doc = (nlp or get_tokenizer_nlp()).make_doc(text)
    return pieces_for_ranges(doc, [(0, len(doc))])


def pieces_for_ranges(doc: Doc, ranges: Iterable[tuple[int, int]]) -> Pieces:
    """Pieces for the token ranges ``[(start, end), ...]`` (sorted, disjoint).

    A BREAK piece separates two ranges, so no grammar reads across a gap.
    """
    pieces = Pieces(doc.text)
    for start, end in ranges:
        if len(pieces):
            pieces.text.append("")
            pieces.lower.append("")
            pieces.kind.append(BREAK)
            pieces.start.append(pieces.end[-1])
            pieces.end.append(pieces.end[-1])
            pieces.gap.append(True)
            pieces.token.append(-1)
        for i in range(start, end):
            token = doc[i]
            pieces.add_token(i, token.text, token.idx)
    return pieces


@dataclass(frozen=True)
class AnchorSpec:
    """What makes a token an anchor, and how much context a grammar needs.

    ``words`` are lowercase token texts; ``symbols`` are characters any of which
    makes a token an anchor (``$``, ``%``); ``digits`` makes every token with a
    digit an anchor. ``before``/``after`` are the tokens of context kept around
    each anchor.
    """

    words: frozenset[str]
    symbols: frozenset[str] = frozenset()
    digits: bool = True
    before: int = 6
    after: int = 8


class AnchorFinder:
    """Finds anchor tokens of a ``Doc`` with vectorised look-ups.

    Per-lexeme decisions are cached by hash: the first time a shape or a lower
    form is seen costs a Python call, every later occurrence costs nothing.
    """

    def __init__(self, spec: AnchorSpec) -> None:
        self.spec = spec
        self._lower_flag: dict[int, bool] = {}
        self._shape_flag: dict[int, bool] = {}

    def _flags(self, hashes: np.ndarray, cache: dict[int, bool], strings, test) -> np.ndarray:
        uniq, inverse = np.unique(hashes, return_inverse=True)
        values = np.empty(len(uniq), dtype=bool)
        for n, h in enumerate(uniq.tolist()):
            flag = cache.get(h)
            if flag is None:
                try:
                    flag = test(strings[h])
                except KeyError:  # a hash this vocab never stored: not ours
                    flag = False
                if len(cache) < 500_000:
                    cache[h] = flag
            values[n] = flag
        return values[inverse.reshape(-1)]

    def _is_anchor_word(self, lower: str) -> bool:
        spec = self.spec
        if lower in spec.words:
            return True
        # "Aug." / "Sept." / "Tues." and "US$" carry punctuation inside the token.
        stripped = lower.rstrip(".")
        if stripped != lower and stripped in spec.words:
            return True
        return any(ch in spec.symbols for ch in lower)

    def anchors(self, doc: Doc) -> np.ndarray:
        if len(doc) == 0:
            return np.zeros(0, dtype=bool)
        arr = doc.to_array([LOWER, SHAPE])
        strings = doc.vocab.strings
        mask = self._flags(arr[:, 0], self._lower_flag, strings, self._is_anchor_word)
        if self.spec.digits:
            mask |= self._flags(arr[:, 1], self._shape_flag, strings, lambda s: "d" in s)
        return mask

    def ranges(self, doc: Doc, mask: np.ndarray | None = None) -> list[tuple[int, int]]:
        """Merged token ranges ``[start, end)`` around the anchors."""
        if mask is None:
            mask = self.anchors(doc)
        return windows(np.flatnonzero(mask), len(doc), self.spec.before, self.spec.after)


def windows(positions: Sequence[int] | np.ndarray, length: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merge ``[p - before, p + after]`` around sorted positions into ranges."""
    out: list[list[int]] = []
    for p in np.asarray(positions).tolist():
        lo, hi = max(0, p - before), min(length, p + after + 1)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]
