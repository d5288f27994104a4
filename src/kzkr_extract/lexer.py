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

Hot-path rules (see ``benchmarks/throughput.py``): the per-``Doc`` arrays and
the text are read once per ``Doc`` (:func:`doc_view`) and shared by every
extractor; ``Doc.text`` and ``doc[i]`` are never used per token (both build
Python objects token by token); anchor decisions are cached per lexeme hash in
sorted arrays, so a document whose words were all seen before costs a few numpy
calls and no Python loop. (Plain dicts and list passes were tried instead:
slower, by 10% on the corpus and 35% on newswire-sized documents, in an
isolated A/B.)
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np
from spacy.attrs import IDX, LENGTH, LOWER, SHAPE, SPACY
from spacy.tokens import Doc

NUM, WORD, SYM, BREAK = "num", "word", "sym", "break"

# One alternative per piece kind; no nested quantifiers, so matching is linear.
_PIECE_RE = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+)|(?P<sym>\S)")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
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


class Pieces(list):
    """Parallel lists of pieces over one stretch of a document.

    ``gap[i]`` is True when white space (or a cut) separates piece ``i`` from
    piece ``i-1``; grammars use it to tell ``16-17`` from ``16 - 17`` and
    ``US$`` from ``US $``.

    The object itself is the ``text`` list (``p.text is p``): grammars call
    ``len(p)`` at almost every step, and a list's length is a C call where a
    Python ``__len__`` is a Python call.
    """

    __slots__ = ("text", "lower", "kind", "start", "end", "gap", "token", "doc_text")

    def __init__(self, doc_text: str) -> None:
        super().__init__()
        self.doc_text = doc_text
        self.text: list[str] = self
        self.lower: list[str] = []
        self.kind: list[str] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.gap: list[bool] = []
        self.token: list[int] = []

    def span_text(self, first: int, last: int) -> str:
        """The document text from piece ``first`` to piece ``last`` inclusive."""
        return self.doc_text[self.start[first]:self.end[last]]


class DocView:
    """What the extractors read of a ``Doc``, computed once per ``Doc``.

    ``text`` is the document text (taken from ``doc._.kzkr_text`` when
    :func:`kzkr_extract.pipeline.make_doc` stored it, else ``doc.text``);
    ``lower``/``shape`` are lexeme hashes per token; ``starts``/``ends`` are
    token character offsets (Python lists, built on first use).
    """

    __slots__ = ("doc", "text", "lower", "shape", "_idx", "_starts", "_ends")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        arr = doc.to_array([LOWER, SHAPE, IDX, LENGTH, SPACY])
        self.lower = arr[:, 0]
        self.shape = arr[:, 1]
        self._idx = arr[:, 2:5]
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        text = None
        if Doc.has_extension("kzkr_text"):
            text = doc._.kzkr_text
        expected = int(arr[-1, 2] + arr[-1, 3] + arr[-1, 4]) if len(arr) else 0
        if not isinstance(text, str) or len(text) != expected:
            text = doc.text
        self.text = text

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = self._idx[:, 0].tolist()
        return self._starts

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._ends = (self._idx[:, 0] + self._idx[:, 1]).tolist()
        return self._ends


_local = threading.local()


def doc_view(doc: Doc) -> DocView:
    """The :class:`DocView` of ``doc``, shared by the extractors of one pass.

    One view per thread is kept (with a reference to its ``Doc``, so identity
    cannot be reused while it is cached); the next ``Doc`` replaces it.
    """
    view = getattr(_local, "view", None)
    if view is None or view.doc is not doc:
        view = DocView(doc)
        _local.view = view
    return view


def pieces_from_text(text: str, nlp=None) -> Pieces:
    """Pieces for a whole string (used by the pure normalisers and tests)."""
    from .pipeline import get_tokenizer_nlp

    doc = (nlp or get_tokenizer_nlp()).make_doc(text)
    return pieces_for_ranges(doc, [(0, len(doc))])


def pieces_for_ranges(doc: Doc, ranges: Iterable[tuple[int, int]]) -> Pieces:
    """Pieces for the token ranges ``[(start, end), ...]`` (sorted, disjoint).

    A BREAK piece separates two ranges, so no grammar reads across a gap.
    """
    view = doc_view(doc)
    text = view.text
    tok_starts, tok_ends = view.starts, view.ends
    pieces = Pieces(text)
    p_text, p_lower, p_kind = pieces.text, pieces.lower, pieces.kind
    p_start, p_end, p_gap, p_token = pieces.start, pieces.end, pieces.gap, pieces.token
    cache_get = _token_cache.get
    prev_end = -1
    for start, end in ranges:
        if p_text:
            p_text.append("")
            p_lower.append("")
            p_kind.append(BREAK)
            p_start.append(prev_end)
            p_end.append(prev_end)
            p_gap.append(True)
            p_token.append(-1)
        for i in range(start, end):
            token_start = tok_starts[i]
            token_text = text[token_start:tok_ends[i]]
            cut = cache_get(token_text)
            if cut is None:
                cut = _cut_token(token_text)
            for rel_start, rel_end, kind, piece_text, lower in cut:
                piece_start = token_start + rel_start
                p_text.append(piece_text)
                p_lower.append(lower)
                p_kind.append(kind)
                p_start.append(piece_start)
                p_gap.append(piece_start != prev_end)
                prev_end = token_start + rel_end
                p_end.append(prev_end)
                p_token.append(i)
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
    #: Also test each letter run of a token against ``words`` (``KZT500``,
    #: ``so'm``): for anchors that the tokenizer may glue to a number.
    match_pieces: bool = False
    #: Context around tokens that are anchors only for their digits, when it
    #: differs from ``before``/``after`` (a year needs fewer words around it
    #: than a weekday, whose tense is read far back).
    digit_before: int | None = None
    digit_after: int | None = None


def _sorted_merge(keys: np.ndarray, vals: np.ndarray, new_keys: np.ndarray, new_vals: np.ndarray):
    keys = np.concatenate([keys, new_keys])
    vals = np.concatenate([vals, new_vals])
    order = np.argsort(keys, kind="stable")
    return keys[order], vals[order]


_EMPTY = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=bool))


class _HashFlags:
    """A boolean decision per string hash, cached in sorted numpy arrays.

    ``lookup`` is vectorised: a known hash costs a ``searchsorted``; only a hash
    never seen before reaches ``test`` (once). New decisions go to a small
    sorted array that is folded into the main one when it reaches an eighth of
    its size, so adding a word costs amortised O(1) copies. Bounded: past
    ``limit`` entries, new hashes are tested every time instead of cached.
    """

    def __init__(self, test: Callable[[str], bool], limit: int = 500_000) -> None:
        self.test = test
        self.limit = limit
        # (main keys, main flags, recent keys, recent flags), swapped as one
        # tuple so a thread never sees a half-updated table.
        self._state = _EMPTY + _EMPTY

    def __len__(self) -> int:
        return len(self._state[0]) + len(self._state[2])

    def _decide(self, h: int, strings) -> bool:
        try:
            return bool(self.test(strings[h]))
        except KeyError:  # a hash this vocab never stored: not ours
            return False

    @staticmethod
    def _find(keys: np.ndarray, vals: np.ndarray, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if not len(keys):
            return np.zeros(len(hashes), dtype=bool), np.zeros(len(hashes), dtype=bool)
        pos = np.searchsorted(keys, hashes)
        np.minimum(pos, len(keys) - 1, out=pos)
        found = keys[pos] == hashes
        return found, vals[pos] & found

    def lookup(self, hashes: np.ndarray, strings) -> np.ndarray:
        state = self._state
        main_keys, main_vals, new_keys, new_vals = state
        found, flags = self._find(main_keys, main_vals, hashes)
        if found.all():
            return flags
        missing = np.flatnonzero(~found)
        rest = hashes[missing]
        found2, flags2 = self._find(new_keys, new_vals, rest)
        flags[missing] = flags2
        if found2.all():
            return flags
        unknown = missing[~found2]
        uniq, inverse = np.unique(hashes[unknown], return_inverse=True)
        decided = np.fromiter((self._decide(h, strings) for h in uniq.tolist()), dtype=bool, count=len(uniq))
        flags[unknown] = decided[inverse.reshape(-1)]
        if len(main_keys) + len(new_keys) + len(uniq) <= self.limit:
            new_keys, new_vals = _sorted_merge(new_keys, new_vals, uniq.astype(np.uint64), decided)
            if len(new_keys) > max(1024, len(main_keys) // 8):
                main_keys, main_vals = _sorted_merge(main_keys, main_vals, new_keys, new_vals)
                new_keys, new_vals = _EMPTY
            if self._state is state:
                self._state = (main_keys, main_vals, new_keys, new_vals)
        return flags


class AnchorFinder:
    """Finds anchor tokens of a ``Doc`` with vectorised look-ups.

    Per-lexeme decisions are cached by hash: the first time a shape or a lower
    form is seen costs a Python call, every later occurrence costs nothing.
    """

    def __init__(self, spec: AnchorSpec) -> None:
        self.spec = spec
        self._lower = _HashFlags(self._is_anchor_word)
        self._shape = _HashFlags(lambda s: "d" in s)

    def _is_anchor_word(self, lower: str) -> bool:
        spec = self.spec
        if lower in spec.words:
            return True
        # "Aug." / "Sept." / "Tues." and "US$" carry punctuation inside the token.
        stripped = lower.rstrip(".")
        if stripped != lower and stripped in spec.words:
            return True
        if any(ch in spec.symbols for ch in lower):
            return True
        return spec.match_pieces and any(m.group() in spec.words for m in _LETTERS_RE.finditer(lower))

    def _masks(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        """Anchors by their words, and tokens that are anchors by their digits."""
        view = doc_view(doc)
        strings = doc.vocab.strings
        words = self._lower.lookup(view.lower, strings)
        digits = self._shape.lookup(view.shape, strings) if self.spec.digits else np.zeros(len(doc), dtype=bool)
        return words, digits

    def anchors(self, doc: Doc) -> np.ndarray:
        if len(doc) == 0:
            return np.zeros(0, dtype=bool)
        words, digits = self._masks(doc)
        return words | digits

    def positions(self, doc: Doc) -> list[int]:
        """Indices of the anchor tokens, in order."""
        return np.flatnonzero(self.anchors(doc)).tolist()

    def ranges(self, doc: Doc, mask: np.ndarray | None = None) -> list[tuple[int, int]]:
        """Merged token ranges ``[start, end)`` around the anchors."""
        spec = self.spec
        if mask is not None or spec.digit_before is None:
            if mask is None:
                mask = self.anchors(doc)
            return windows(np.flatnonzero(mask), len(doc), spec.before, spec.after)
        if len(doc) == 0:
            return []
        words, digits = self._masks(doc)
        digits &= ~words
        pos = np.flatnonzero(words | digits)
        narrow = digits[pos]
        before = np.where(narrow, spec.digit_before, spec.before)
        after = np.where(narrow, spec.digit_after if spec.digit_after is not None else spec.after, spec.after)
        return windows(pos, len(doc), before, after)


def windows(positions: Sequence[int] | np.ndarray, length: int, before, after) -> list[tuple[int, int]]:
    """Merge ``[p - before, p + after]`` around sorted positions into ranges;
    ``before``/``after`` are numbers or arrays (one width per position)."""
    pos = np.asarray(positions, dtype=np.int64)
    if not len(pos):
        return []
    lo = np.maximum(pos - before, 0)
    hi = np.minimum(pos + after + 1, length)
    if not (np.isscalar(before) and np.isscalar(after)):
        order = np.argsort(lo, kind="stable")
        lo, hi = lo[order], hi[order]
    # A range ends where the next window starts after the running end.
    reach = np.maximum.accumulate(hi)
    new = np.empty(len(pos), dtype=bool)
    new[0] = True
    np.greater(lo[1:], reach[:-1], out=new[1:])
    firsts = np.flatnonzero(new)
    lasts = np.r_[firsts[1:] - 1, len(pos) - 1]
    return list(zip(lo[firsts].tolist(), reach[lasts].tolist()))


def scan(pieces: Pieces, read: Callable[[Pieces, int], list | None]) -> list:
    """Left-to-right, non-overlapping mentions: ``read(pieces, i)`` returns the
    hits starting at piece ``i`` (each with a ``last`` piece index) or None."""
    out: list = []
    i, n = 0, len(pieces)
    while i < n:
        hits = read(pieces, i)
        if hits:
            out.extend(hits)
            i = hits[-1].last + 1
        else:
            i += 1
    return out


def first_hit(find: Callable[[Pieces], list], text: str, what: str):
    """The first mention ``find`` reads in one string, for the pure normalisers
    (``normalize_date``, ``parse_amount``, ``parse_percent``); ValueError if none."""
    hits = find(pieces_from_text(text))
    if not hits:
        raise ValueError(f"no {what} in {text!r}")
    return hits[0]
