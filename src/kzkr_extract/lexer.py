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
name, a currency sign…) are cut into pieces: anchors are found by mapping the
document's lexeme hashes through a dict of cached decisions (a C-level pass),
so the Python cost is proportional to the candidates, not to the document.

Hot-path rules (see ``benchmarks/throughput.py``): the per-``Doc`` arrays and
the text are read once per ``Doc`` (:func:`doc_view`) and shared by every
extractor; ``Doc.text`` and ``doc[i]`` are never used per token (both build
Python objects token by token); anchor decisions are cached per lexeme hash,
so a document whose words were all seen before costs a few list passes made
in C and no Python loop. (numpy was tried here: on article-sized documents
its per-call overhead cost more than the loops it replaced.)
"""

from __future__ import annotations

import operator
import re
import threading
from itertools import compress
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from spacy.attrs import IDX, LENGTH, LOWER, SHAPE
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
    token character offsets. All are plain Python lists: the rules index them
    one item at a time, which is several times cheaper on a list than on a
    numpy array, and the whole view costs one ``Doc.to_array`` call.
    """

    __slots__ = ("doc", "text", "lower", "shape", "starts", "ends")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        if len(doc):
            self.lower, self.shape, self.starts, lengths = doc.to_array([LOWER, SHAPE, IDX, LENGTH]).T.tolist()
            self.ends = list(map(operator.add, self.starts, lengths))
            expected = self.ends[-1] + len(doc[-1].whitespace_)
        else:
            self.lower, self.shape, self.starts, self.ends = [], [], [], []
            expected = 0
        text = None
        if Doc.has_extension("kzkr_text"):
            text = doc._.kzkr_text
        if not isinstance(text, str) or len(text) != expected:
            text = doc.text
        self.text = text


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


class _FlagCache:
    """A boolean decision per string hash, cached in a dict.

    ``lookup`` maps a document's hashes through the dict in one C-level pass;
    only a hash never seen before reaches ``test`` (once per hash). Bounded:
    past ``limit`` entries, new hashes are tested every time instead of cached,
    so hostile input cannot grow it without end.
    """

    def __init__(self, test: Callable[[str], bool], limit: int = 500_000) -> None:
        self.test = test
        self.limit = limit
        self._flags: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self._flags)

    def _decide(self, h: int, strings) -> bool:
        try:
            return bool(self.test(strings[h]))
        except KeyError:  # a hash this vocab never stored: not ours
            return False

    def lookup(self, hashes: list[int], strings) -> list[bool]:
        cache = self._flags
        flags = list(map(cache.get, hashes))
        if None in flags:
            for i, flag in enumerate(flags):
                if flag is None:
                    h = hashes[i]
                    flag = cache.get(h)
                    if flag is None:
                        flag = self._decide(h, strings)
                        if len(cache) < self.limit:
                            cache[h] = flag
                    flags[i] = flag
        return flags


class AnchorFinder:
    """Finds the anchor tokens of a ``Doc`` and the token ranges around them.

    Decisions are cached per lexeme hash: the first time a lowercase form or a
    shape is seen costs a Python call, every later occurrence a dict look-up
    done in C, so a document costs a few list passes and no per-token Python.
    """

    def __init__(self, spec: AnchorSpec) -> None:
        self.spec = spec
        self._lower = _FlagCache(self._is_anchor_word)
        self._shape = _FlagCache(lambda s: "d" in s)

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

    def _masks(self, doc: Doc) -> tuple[list[bool], list[bool] | None]:
        """Anchors by their words, and tokens that are anchors by their digits
        (None when digits are no anchors)."""
        view = doc_view(doc)
        strings = doc.vocab.strings
        words = self._lower.lookup(view.lower, strings)
        digits = self._shape.lookup(view.shape, strings) if self.spec.digits else None
        return words, digits

    def positions(self, doc: Doc) -> list[int]:
        """Indices of the anchor tokens, in order."""
        words, digits = self._masks(doc)
        if digits is not None:
            words = list(map(operator.or_, words, digits))
        return list(compress(range(len(words)), words))

    def ranges(self, doc: Doc) -> list[tuple[int, int]]:
        """Merged token ranges ``[start, end)`` around the anchors."""
        spec = self.spec
        words, digits = self._masks(doc)
        n = len(words)
        if digits is None:
            return windows(list(compress(range(n), words)), n, spec.before, spec.after)
        if spec.digit_before is None and spec.digit_after is None:
            return windows(list(compress(range(n), map(operator.or_, words, digits))), n, spec.before, spec.after)
        # Tokens that are anchors only for their digits get the narrow window.
        wide = list(compress(range(n), words))
        narrow = list(compress(range(n), map(operator.gt, digits, words)))
        digit_after = spec.digit_after if spec.digit_after is not None else spec.after
        digit_before = spec.digit_before if spec.digit_before is not None else spec.before
        spans = sorted([(p - spec.before, p + spec.after + 1) for p in wide]
                       + [(p - digit_before, p + digit_after + 1) for p in narrow])
        return _merge_spans(spans, n)


def _merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Merge spans sorted by start, clipped to ``[0, length)``; spans that touch merge."""
    out: list[tuple[int, int]] = []
    lo = hi = -1
    for start, end in spans:
        if start < 0:
            start = 0
        if end > length:
            end = length
        if start > hi:
            if hi >= 0:
                out.append((lo, hi))
            lo, hi = start, end
        elif end > hi:
            hi = end
    if hi >= 0:
        out.append((lo, hi))
    return out


def windows(positions: Sequence[int], length: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merge ``[p - before, p + after]`` around sorted positions into token
    ranges ``[start, end)`` within ``[0, length)``."""
    return _merge_spans(((p - before, p + after + 1) for p in positions), length)


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
