"""What the visit rules read in a document: sentences, people, places.

People come from the leaders list (full names and unambiguous surnames), from
titles ("Deputy Foreign Minister Yerlan Abenov"), from later short references
to those ("Abenov"), from descriptions ("the Kazakh leader") and pronouns,
each resolved to an entity. Places are countries and cities (with their
country). Everything is found once per document with ``PhraseMatcher``s and
one index of the document's words; past that index, the Python work is
proportional to the mentions, and every look-around of a mention is bounded.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from .. import lexicon
from ..dates.calendar_math import Reference
from ..lexicon import calendar
from ..lexer import doc_view
from .gazetteer import Entry, Gazetteer

SENTENCE_END = (".", "!", "?")
#: People looked at, at most, when walking from a pronoun to its antecedent.
MAX_WALK = 200
#: "the two leaders", "the three heads of state": a group of the people named most.
GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
GROUP_HEADS = frozenset({"presidents", "leaders", "ministers", "premiers", "heads"})
#: Countries whose names put the family name first (the short reference).
FAMILY_NAME_FIRST = frozenset({"China", "South Korea", "North Korea", "Vietnam"})
#: Tokens of the first line looked at to tell a title-case headline.
HEADLINE_TOKENS = 40
SENTENCE_END_SET = frozenset(SENTENCE_END)
COMMA = frozenset({","})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
#: Tokens that open an item of a bulleted list.
BULLETS = frozenset({"*", "•", "·", "-", "–", "—"})
#: Words that may stand between a name and the title before it, besides the
#: title words themselves ("the first deputy foreign minister of ...").
TITLE_FILLERS = frozenset({
    "vice", "deputy", "first", "foreign", "prime", "trade", "of", "the", "and", "'s", "’s", "his", "her",
    "affairs", "former", "acting", "national", "assembly", "presidential", "kyrgyz", "for", "then",
})
PRONOUNS = {"he": "subj", "she": "subj", "his": "poss", "her": "poss", "him": "obj"}
PRONOUN_SET = frozenset(PRONOUNS)
DESCRIPTION_HEADS = {"leader", "president", "premier", "chancellor", "minister", "head", "counterpart", "guest",
                     "speaker", "envoy", "governor", "mayor", "chairman", "chairwoman"}
#: Description heads that name an office: "the minister" is the person introduced
#: with that title whom the story names most ("the president" keeps the last
#: person of the clause: often the story's subject, not the last president named).
OFFICE_HEADS = frozenset({"premier", "chancellor", "minister", "speaker", "envoy", "governor", "mayor", "chairman",
                          "chairwoman"})
#: Descriptions of a head of state or government: the lexicon's titles, and the
#: title words before a name the lexicon does not know.
LEADER_HEADS = {"leader": ("President", "Prime Minister"), "president": ("President",)}
LEADER_TITLE_WORDS = {"leader": frozenset({"president", "premier", "prime", "chancellor", "king", "emir", "sultan"}),
                      "president": frozenset({"president"})}
#: Words opening the name of a part of a country: "Russia's Far East", "Kazakhstan's North".
REGION_PARTS = frozenset({"far", "north", "south", "east", "west", "central", "northern", "southern", "eastern",
                          "western", "northeast", "northwest", "southeast", "southwest", "upper", "lower"})
TITLED_LOOKBACK = 40
DATELINE_TOKENS = 120  # the dateline stands in the first lines  # people looked back for the one a description's office names
RELATIVE_CLAUSE_TOKENS = 20  # tokens between "who" and a person it governs
#: Adjectives a description may carry: "the distinguished guest", "the visiting president".
DESCRIPTION_ADJECTIVES = frozenset({"distinguished", "visiting", "high-ranking", "honored", "honoured",
                                    "esteemed", "foreign", "senior", "dear", "honorable", "honourable"})
#: Words that start with a capital letter but never start a name.
NOT_NAME = frozenset({
    "The", "A", "An", "In", "On", "At", "He", "She", "His", "Her", "It", "They", "This", "That",
    "During", "After", "Before", "And", "But", "Mr", "Mrs", "Ms", "Dr", "According", "Officials",
    "While", "When", "Since", "Both", "Also", "First", "Former", "Then", "Later", "Earlier",
    "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Prof", "Sir", "Dame",
})


#: Words of ministry and office names after "Minister of": "Minister of
#: Investment, Industry and Trade Jasur Karimov".
MINISTRY_WORDS = frozenset({
    "investment", "investments", "industry", "trade", "foreign", "affairs", "economy", "economic",
    "energy", "finance", "finances", "justice", "defense", "defence", "culture", "education", "health",
    "healthcare", "agriculture", "transport", "digital", "development", "science", "ecology",
    "emergency", "emergencies", "labour", "labor", "social", "information", "national", "interior",
    "integration", "infrastructure", "innovation", "innovations", "tourism", "sport", "sports", "youth",
    "communications", "land", "resources", "natural", "mineral", "policy", "planning", "budget",
    "commerce", "strategic", "security", "environment", "environmental", "water", "construction",
    "housing", "unification", "gender", "equality", "oceans", "fisheries", "food", "rural", "public",
    "administration", "industrial", "technology", "technologies", "aerospace", "protection",
    "negotiations", "relations", "cooperation", "multilateral", "bilateral", "international", "consular",
})
#: Heads of the names of chambers and councils that titles name ("Speaker of the
#: Legislative Chamber", "Chairman of the Supreme Council"): the name follows them.
LEGISLATURE_WORDS = frozenset({"chamber", "assembly", "senate", "council", "parliament", "mejlis", "majilis",
                               "mazhilis", "majlis", "kurultai", "khural", "kenesh", "duma", "committee", "commission",
                               "court"})
#: Words of organisation names: a run of capitals holding one is no person
#: ("Foreign ministers of the Shanghai Cooperation Organization gathered").
ORGANIZATION_WORDS = frozenset({
    "organization", "organisation", "council", "union", "association", "committee", "bank", "fund",
    "company", "corporation", "group", "ministry", "agency", "forum", "summit", "community", "cooperation",
    "institute", "university", "parliament", "assembly", "commission", "office", "department", "center",
    "centre", "foundation", "federation", "secretariat", "chamber", "party",
    # companies: "South Korea's Hyundai Engineering", "Japan's Mitsubishi Heavy Industries"
    "industries", "electronics", "motor", "motors", "engineering", "holdings", "airlines", "steel",
    "chemical", "chemicals", "construction", "energy", "petroleum", "mining", "telecom", "heavy",
    "corp", "co", "inc", "ltd", "plc",
    # places: "North Gyeongsang Province Governor Lee Cheol-woo"
    "province", "region", "oblast", "prefecture", "county", "district",
})


@dataclass
class Entity:
    key: str
    names: list[str] = field(default_factory=list)
    country: str | None = None

    @property
    def fullest(self) -> str:
        # The longest written form; ties keep the first seen.
        return max(self.names, key=lambda n: (len(n.replace("-", " ").split()), len(n)))


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    entity: str
    kind: str          # name, short, description, pronoun
    country: str | None


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    kind: str          # COUNTRY or CITY
    name: str          # country or city name
    country: str
    attributive: bool  # "South Korea President ...": names a person's country, not a place
    ambiguous: bool


class TokenView:
    """Token text of one document for the visit rules, as plain lists.

    Built on the extractors' shared :class:`kzkr_extract.lexer.DocView`: token
    text is sliced from the document text by offsets, never through ``doc[i]``,
    which creates a ``Token`` per call. The rules read a token many times, so
    the strings are made once per document.
    """

    def __init__(self, doc: Doc) -> None:
        shared = doc_view(doc)
        self.doc = doc
        self.n = len(doc)
        self._starts = shared.starts
        self._ends = shared.ends
        text = self._text = shared.text
        self.texts = [text[s:e] for s, e in zip(self._starts, self._ends)]
        self.lowers = [t.lower() for t in self.texts]
        self.is_space = [t.isspace() for t in self.texts]
        self._index: dict[str, list[int]] | None = None
        self._positions_of: dict[frozenset, list[int]] = {}

    def text(self, i: int) -> str:
        return self.texts[i] if 0 <= i < self.n else ""

    def span_text(self, start: int, end: int) -> str:
        """The document text of tokens ``[start, end)`` (``doc[start:end].text``)."""
        return self._text[self._starts[start]:self._ends[end - 1]] if end > start else ""

    def tokens_over(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens ``[first, last + 1)`` that characters ``start..end`` touch
        (``doc.char_span(..., alignment_mode="expand")`` without the ``Span``)."""
        first = bisect.bisect_right(self._ends, start)
        stop = bisect.bisect_left(self._starts, end)
        return (first, stop) if first < stop else None

    def start_char(self, i: int) -> int:
        return self._starts[i]

    def end_char(self, i: int) -> int:
        return self._ends[i]

    def lower(self, i: int) -> str:
        return self.lowers[i] if 0 <= i < self.n else ""

    def is_cap(self, i: int) -> bool:
        t = self.text(i)
        return bool(t) and t[0].isupper() and t[0].isalpha()

    def glued(self, i: int) -> bool:
        """True when token ``i`` follows token ``i-1`` with no space."""
        return 0 < i < self.n and self._ends[i - 1] == self._starts[i]

    def positions_of(self, words: frozenset[str]) -> list[int]:
        """``positions(words)``, kept for the document: for word sets looked up
        around every trigger (a bisection then finds the ones in a window)."""
        found = self._positions_of.get(words)
        if found is None:
            found = self._positions_of[words] = self.positions(words)
        return found

    def positions(self, words: frozenset[str] | set[str], attr: str = "lower") -> list[int]:
        """Sorted indices of the tokens whose lowercase (or exact, ``attr="orth"``)
        text is one of ``words``."""
        index = self._index
        if index is None:
            # One index of lowercase forms serves both kinds of look-up.
            index = self._index = {}
            for i, w in enumerate(self.lowers):
                found = index.get(w)
                if found is None:
                    index[w] = [i]
                else:
                    found.append(i)
        keys = words if attr == "lower" else _lowercased(words)
        if len(keys) > len(index):
            hits = [found for w, found in index.items() if w in keys]
        else:
            hits = [index[w] for w in keys if w in index]
        out = list(hits[0]) if len(hits) == 1 else sorted(i for found in hits for i in found)
        if attr != "lower":
            texts = self.texts
            out = [i for i in out if texts[i] in words]
        return out


def _lowercased(words) -> frozenset[str]:
    if isinstance(words, frozenset):
        return _lowercased_frozen(words)
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=64)
def _lowercased_frozen(words: frozenset[str]) -> frozenset[str]:
    """The lowercase keys of a constant word set (a gazetteer's), made once."""
    return frozenset(w.lower() for w in words)


def in_closed_relative_clause(v: TokenView, m: PersonMention, at: int, s: int) -> bool:
    """True for "..., who had hosted <m> in Berlin, <token at>": ``m`` stands in a
    "who"/"which" clause between commas that closes before token ``at`` (``s``:
    the sentence start)."""
    k = m.start - 1
    while k > s and k > m.start - RELATIVE_CLAUSE_TOKENS and v.lower(k) not in ("who", "which", ","):
        k -= 1
    if v.lower(k) not in ("who", "which") or v.lower(k - 1) != ",":
        return False
    return "," in v.lowers[m.end:at]


def sentence_starts(view: TokenView) -> list[int]:
    """Token indices where sentences start (a line break always ends one)."""
    starts = [0]
    enders = view.positions(SENTENCE_END_SET, attr="orth")
    breaks = [i for i, space in enumerate(view.is_space) if space]
    for i in sorted(set(enders) | set(breaks)):
        if view.is_space[i] and "\n" not in view.text(i):
            continue
        j = i + 1
        while j < view.n and view.is_space[j]:
            j += 1
        if j >= view.n:
            continue
        t = view.text(j)
        if view.is_space[i] or t[:1].isupper() or t[:1].isdigit() or t[:1] in "\"“'‘(":
            if j > starts[-1]:
                starts.append(j)
    return starts


class Mentions:
    """People, places and sentences of one document."""

    def __init__(self, view: TokenView, gaz: Gazetteer, ref: Reference | None = None,
                 matches: list[tuple[int, int, list[Entry]]] | None = None) -> None:
        self.view = view
        self.ref = ref or Reference()
        self.gaz = gaz
        self.sent_starts = sentence_starts(view)
        self._bars = view.positions({"|", "||"}, attr="orth")
        # "1999 — Natsagiin Bagabandi — Seoul — state visit": dashes between spaces as cells
        self._dashes = [i for i in view.positions({"—", "–"}, attr="orth")
                        if 0 < i < view.n - 1 and not view.glued(i) and not view.glued(i + 1)]
        self._dates: list = []
        self._date_starts: list[int] = []
        self._rows: dict[tuple[int, int], tuple[list, list, list]] = {}
        self._headings: list[tuple[int, PersonMention]] | None = None
        self.entities: dict[str, Entity] = {}
        self.people: list[PersonMention] = []
        self.places: list[PlaceMention] = []
        self.demonyms: list[tuple[int, int, str]] = []
        cal = calendar()
        self._calendar_words = set(cal.months) | set(cal.weekdays)
        self._find(gaz.matches(view.doc) if matches is None else matches)
        dateline = capitals_dateline(view.texts)
        if dateline is not None and dateline[0] not in self._place_at:
            k, city = dateline
            self.places.append(PlaceMention(k, k + 1, "CITY", city.name, city.country, False, False))
            self._place_at[k] = ("CITY", city.country)
        self.people.sort(key=lambda m: (m.start, m.end))
        self._person_starts = [m.start for m in self.people]
        self.places.sort(key=lambda m: m.start)
        self._place_starts = [m.start for m in self.places]

    # ------------------------------------------------------------------ sentences
    def sentence_of(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, i) - 1
        start = self.sent_starts[k]
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else self.view.n
        return start, end

    # ------------------------------------------------------------------ tables
    def cell_separators(self, lo: int, hi: int) -> int:
        """How many table cells are separated between tokens lo and hi: bars ("|",
        "||"), or dashes between spaces when there are three or more of them (a
        sentence may hold two dashes of an aside, a row of prose no more)."""
        bars = bisect.bisect_left(self._bars, hi) - bisect.bisect_left(self._bars, lo)
        dashes = bisect.bisect_left(self._dashes, hi) - bisect.bisect_left(self._dashes, lo)
        return max(bars, dashes if dashes >= 3 else 0)

    def set_dates(self, dates) -> None:
        """The document's dates by token (``finder._DateIndex``), for table rows."""
        self._dates = dates
        self._date_starts = dates.starts

    def table_row(self, lo: int, hi: int) -> tuple[list, list, list]:
        """The named people, the places (not attributive) and the dates of the
        row ``[lo, hi)``; worked out once per row, however many triggers it has."""
        row = self._rows.get((lo, hi))
        if row is None:
            a = bisect.bisect_left(self._date_starts, lo)
            b = bisect.bisect_left(self._date_starts, hi)
            row = self._rows[(lo, hi)] = (
                [m for m in self.people_between(lo, hi) if m.kind == "name"],
                [p for p in self.places_between(lo, hi) if not p.attributive],
                [d[2] for d in self._dates[a:b]],
            )
        return row

    def heading_person(self, i: int) -> PersonMention | None:
        """The person a list of trips before token ``i`` is about: the first person
        named on the nearest line above that names one -- a section heading ("==
        Kassym-Jomart Tokayev (since 2019) ==") or the paragraph that opens the
        list ("In March 2024, Minister Murat Nurtleu made a series of working
        visits:"). Bulleted lines never set it."""
        headings = self._headings
        if headings is None:
            headings = self._headings = []
            view = self.view
            starts = self.sent_starts
            for k, start in enumerate(starts):
                line_start = start == 0 or (view.is_space[start - 1] and "\n" in view.texts[start - 1])
                if not line_start or view.texts[start] in BULLETS:
                    continue
                end = starts[k + 1] if k + 1 < len(starts) else view.n
                named = next((m for m in self.people_between(start, end) if m.kind == "name"), None)
                if named is not None:
                    headings.append((start, named))
        k = bisect.bisect_left(headings, i, key=lambda h: h[0]) - 1
        return headings[k][1] if k >= 0 else None

    def list_item(self, i: int) -> tuple[int, int] | None:
        """The sentence of token ``i`` when it is an item of a bulleted list
        ("* 1995.05 – South Korea, Seoul – official visit.")."""
        start, end = self.sentence_of(i)
        return (start, end) if self.view.texts[start] in BULLETS else None

    # ------------------------------------------------------------------ lookups
    def people_between(self, lo: int, hi: int) -> list[PersonMention]:
        a = bisect.bisect_left(self._person_starts, lo)
        b = bisect.bisect_left(self._person_starts, hi)
        return self.people[a:b]

    def places_between(self, lo: int, hi: int) -> list[PlaceMention]:
        a = bisect.bisect_left(self._place_starts, lo)
        b = bisect.bisect_left(self._place_starts, hi)
        return self.places[a:b]

    def person_at(self, i: int) -> PersonMention | None:
        k = bisect.bisect_right(self._person_starts, i) - 1
        if k >= 0 and self.people[k].start <= i < self.people[k].end:
            return self.people[k]
        return None

    def last_person_before(self, i: int, country: str | None = None, skip_kinds=("pronoun",)) -> PersonMention | None:
        k = bisect.bisect_left(self._person_starts, i) - 1
        seen = 0
        while k >= 0 and seen < MAX_WALK:
            m = self.people[k]
            if m.kind not in skip_kinds and (country is None or self.entities[m.entity].country == country):
                return m
            k -= 1
            seen += 1
        return None

    # ------------------------------------------------------------------ building
    def _entity(self, key: str, name: str | None, country: str | None) -> Entity:
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(key)
        if name and name not in ent.names:
            ent.names.append(name)
        if country and ent.country is None:
            ent.country = country
        return ent

    def _name_run(self, i: int, limit: int = 4) -> int:
        """End of a run of name tokens starting at ``i`` ("Moon Jae-in", "Kim Dae Sik")."""
        v = self.view
        j, words = i, 0
        while j < v.n and words < limit:
            t = v.text(j)
            if len(t) == 2 and t[0].isupper() and t[1] == "." and j + 1 < v.n and v.is_cap(j + 1):
                j += 1  # an initial: "S. Jaishankar", "George H. W. Bush"
                continue
            if not (t[:1].isupper() and t.replace("'", "").isalpha()) or t in NOT_NAME and j == i:
                break
            hyphenated = j + 1 < v.n and v.text(j + 1) in ("-", "‐") and v.glued(j + 1)
            if (t.lower() in self._calendar_words or t.lower() in self.gaz.title_heads) and not hyphenated:
                break  # "Jun-ho" is a name, "June" is not
            j += 1
            words += 1
            while j + 1 < v.n and v.text(j) in ("-", "‐") and v.glued(j) and v.glued(j + 1) and v.text(j + 1).isalpha():
                j += 2
        return j

    def _title_country(self, start: int) -> tuple[str | None, bool]:
        """Country named by the title words right before a name, and whether a title is there."""
        v = self.view
        country, titled = None, False
        j = start - 1
        if j >= 0 and v.text(j) == ",":
            j -= 1  # "the deputy energy minister, Bakhrom Aliyev"
        steps = 0
        while j >= 0 and steps < 9:
            low = v.lower(j)
            if low == "and" and j == start - 1:
                break  # "Presidents X of Uzbekistan and Sadyr Japarov": no title of its own
            place = self._place_at.get(j)
            dem = self._demonym_at.get(j)
            if low in self.gaz.title_words or low in TITLE_FILLERS or dem is not None or place is not None or (v.is_cap(j) and steps < 6):
                if low in self.gaz.title_heads:
                    titled = True
                if country is None and dem is not None:
                    country = dem
                if country is None and place is not None and place[0] == "COUNTRY":
                    country = place[1]
                j -= 1
                steps += 1
                continue
            break
        return country, titled

    def _first_line_end(self) -> int:
        """End of the first line when it is a headline (no sentence end, a blank
        line after it), else 0. Kept as ``headline_end``."""
        v = self.view
        end = 0
        while end < min(v.n, HEADLINE_TOKENS) and not (v.is_space[end] and "\n" in v.texts[end]):
            if v.texts[end] in SENTENCE_END_SET:
                return 0
            end += 1
        if end >= v.n or "\n\n" not in v.texts[end]:
            return 0
        return end

    def dateline_place(self) -> PlaceMention | None:
        """The city of the dateline ("ASTANA, July 2 (Xinhua) --", "MOSCOW, March
        17. /TASS/."): a city opening one of the first lines, in capitals or
        followed by a date or the agency's name."""
        v = self.view
        for place in self.places:
            if place.start > DATELINE_TOKENS:
                break
            if place.kind != "CITY":
                continue
            k = place.start
            if k > 0 and not (v.is_space[k - 1] and "\n" in v.texts[k - 1]):
                continue
            first = v.texts[k]
            after = v.lower(place.end + 1) if v.lower(place.end) == "," else v.lower(place.end)
            if (first.isupper() and len(first) > 2) or after in ("(", "–", "—", "-") \
                    or after in self._calendar_words:
                return place
        return None

    def _title_case_headline_end(self) -> int:
        """End of the first line when it is a title-case headline ("Tokayev
        Receives Chinese, Turkish and Korean Guests"), else 0: there every word
        looks like a name, so no unknown name is read off capitals."""
        v = self.view
        end = self.headline_end
        words = [v.texts[k] for k in range(end) if v.texts[k].isalpha() and len(v.texts[k]) >= 4]
        if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
            return 0
        return end

    def _find(self, matches: list[tuple[int, int, list[Entry]]]) -> None:
        v = self.view
        self.headline_end = self._first_line_end()
        self._title_case_end = self._title_case_headline_end()
        self._place_at: dict[int, tuple[str, str]] = {}
        self._demonym_at: dict[int, str] = {}
        self._demonym_start: dict[int, int] = {}
        person_matches = []
        person_starts = {s for s, _, entries in matches if any(x.kind == "PERSON" for x in entries)}
        for s, e, entries in matches:
            kinds = {x.kind for x in entries}
            if "COUNTRY" in kinds or "CITY" in kinds:
                entry = next(x for x in entries if x.kind in ("COUNTRY", "CITY"))
                if "PERSON" in kinds and entry.ambiguous:
                    person_matches.append((s, e, [x for x in entries if x.kind == "PERSON"]))
                    continue
                nxt = v.lower(e) if e < v.n else ""
                possessive = nxt in ("'s", "’s")
                if possessive:
                    nxt = v.lower(e + 1)
                attributive = nxt in self.gaz.title_heads or nxt in ("prime", "foreign", "vice", "deputy") \
                    or (nxt in ORGANIZATION_WORDS and nxt not in ("summit", "forum") and v.is_cap(e)) \
                    or (possessive and entry.kind == "COUNTRY" and nxt not in REGION_PARTS
                        and ((e + 1) in person_starts or (v.is_cap(e + 1) and v.is_cap(e + 2))))
                # ("Tajikistan's Emomali Rahmon", not "Russia's Far East" nor "Turkmenistan's Caspian resort")
                self.places.append(PlaceMention(s, e, entry.kind, entry.value, entry.country, attributive, entry.ambiguous))
                for k in range(s, e):
                    self._place_at[k] = (entry.kind, entry.country)
            elif "DEMONYM" in kinds:
                entry = next(x for x in entries if x.kind == "DEMONYM")
                self.demonyms.append((s, e, entry.country))
                for k in range(s, e):
                    self._demonym_at[k] = entry.country
                    self._demonym_start[k] = s
                capital = lexicon.countries()[entry.country].capital
                if capital and v.lower(e) == "capital" and s > 0 and v.lower(s - 1) == "the":
                    # "the Korean capital" names the city
                    self.places.append(PlaceMention(s - 1, e + 1, "CITY", capital, entry.country, False, False))
            else:
                person_matches.append((s, e, entries))
        taken = set()
        last_full: dict[str, int] = {}
        # Gazetteer people.
        for s, e, entries in person_matches:
            people = [x for x in entries if x.kind == "PERSON"]
            if not people:
                continue
            if all(x.surname_only for x in people):
                if s > 0 and v.is_cap(s - 1) and v.text(s - 1) not in NOT_NAME and self._name_run(s - 1) >= e \
                        and (s - 1) not in self._place_at and (s - 1) not in self._demonym_at \
                        and v.lower(s - 1) not in self.gaz.title_heads and v.lower(s - 1) not in self.gaz.title_words:
                    continue  # "Jae Lee", "Yeo Han-koo": part of another name
                run_end = self._name_run(s)
                if run_end > e:
                    # "Lee Jun-ho": a surname of the list starting a name the list does not know.
                    self._unknown_person(s, run_end, taken)
                    continue
                names = {x.value for x in people}
                if len(names) > 1:
                    # An ambiguous surname refers to the person last named in full,
                    # else to the one of them in office when the story was written.
                    prior = [(last_full[f"G:{n}"], n) for n in names if f"G:{n}" in last_full]
                    chosen = max(prior)[1] if prior else _in_office(names, self.ref)
                    if chosen is None:
                        continue
                    person = next(x for x in people if x.value == chosen)
                else:
                    person = people[0]
                kind = "short"
            else:
                person = next(x for x in people if not x.surname_only)
                kind = "name"
            title_country, _ = self._title_country(s)
            key = f"G:{person.value}"
            ent = self._entity(key, v.span_text(s, e), title_country or person.country)
            self.people.append(PersonMention(s, e, key, kind, title_country or ent.country))
            if kind == "name":
                last_full[key] = s
            taken.update(range(s, e))
        # People introduced by a title: "Deputy Foreign Minister Yerlan Abenov".
        for h in self.view.positions(self.gaz.title_heads):
            j = h + 1
            if j < v.n and v.lower(j) in ("of", "for"):
                # "President of the Republic of Uzbekistan Shavkat Mirziyoyev", "Minister of Trade X"
                k = j + 1
                steps = 0
                while k < v.n and steps < 8:
                    low = v.lower(k)
                    if k in self._place_at:
                        if k + 1 >= v.n or k + 1 not in self._place_at:
                            k += 1
                            break  # "of the Republic of Uzbekistan": the place ends it
                    elif not (low in ("the", "of", "and") or low in self.gaz.title_words
                              or low in MINISTRY_WORDS
                              or (v.text(k) == "," and k + 1 < v.n and v.lower(k + 1) in MINISTRY_WORDS)):
                        house = next((x for x in range(k, min(v.n, k + 3))
                                      if v.lower(x) in LEGISLATURE_WORDS and v.is_cap(x)), None)
                        if house is None or not all(v.is_cap(x) for x in range(k, house)):
                            break  # the first other word starts the name: "Minister of Trade Aigerim ..."
                        k = house  # "Speaker of the Legislative Chamber Nurdinjon Ismoilov"
                    k += 1
                    steps += 1
                if k == j + 1:
                    continue  # "Chief Executive Officer of Nordavind": an organisation, not a name
                j = k
            while j < v.n and v.lower(j) in self.gaz.title_words and j not in self._place_at:
                j += 1  # "Director General Lim Ho-jun"
            if j < v.n and v.text(j) == "," and j + 1 < v.n and v.is_cap(j + 1):
                j += 1  # "Uzbekistan's deputy energy minister, Bakhrom Aliyev, is in Seoul"
            if j in taken or j >= v.n or not v.is_cap(j) or j in self._place_at or j in self._demonym_at:
                continue
            end = self._name_run(j)
            if end - j >= 2 or (end - j == 1 and v.text(j)[0].isupper() and len(v.text(j)) > 2):
                if any(k in self._place_at or k in self._demonym_at for k in range(j, end)):
                    continue
                if v.lower(j - 1) == "the" and end - j <= 2 and not v.is_space[end] \
                        and (v.text(end) in ("(", ",", "'s", "’s") or v.text(end)[:1].islower()):
                    continue  # "Chairman of the Halk Maslahaty (People's Council)": an institution
                self._unknown_person(j, end, taken)
                k = end + 1
                if v.lower(h).endswith("s") and v.lower(end) == "and" and k < v.n and v.is_cap(k) \
                        and k not in taken and k not in self._place_at and k not in self._demonym_at:
                    # "Foreign ministers Taro Kono and Toshimitsu Motegi": a plural title names both
                    end2 = self._name_run(k)
                    if end2 - k >= 2 and not any(x in self._place_at for x in range(k, end2)):
                        self._unknown_person(k, end2, taken)
        self._korean_names(taken)
        self._appositive_people(taken)
        self._possessive_people(taken)
        self.people.sort(key=lambda m: (m.start, m.end))
        self._short_references(taken)
        self._descriptions_and_pronouns(taken)

    def _korean_names(self, taken: set) -> None:
        """"Hur Nam-sik visited Almaty": a Korean family name followed at once by a
        hyphenated given name is a person even without a title (the form is
        distinctive; "Nur-Sultan" is a place and stays one)."""
        v = self.view
        for j in v.positions(self.gaz.korean_family_names, attr="orth"):
            g = j + 1
            if j in taken or g + 2 >= v.n or g in taken or j in self._place_at or g in self._place_at:
                continue
            given, dash, rest = v.text(g), v.text(g + 1), v.text(g + 2)
            if given[:1].isupper() and given.isalpha() and dash in ("-", "‐") and v.glued(g + 1) \
                    and v.glued(g + 2) and rest.isalpha() and rest[:1].islower():
                self._unknown_person(j, g + 3, taken)

    def _appositive_people(self, taken: set) -> None:
        """"Katrin Vogel, Chief Executive Officer of Nordavind, will ...": a name
        followed by a comma and a title is a person."""
        v = self.view
        heads = self.gaz.title_heads
        lowers = v.lowers
        for c in v.positions(COMMA, attr="orth"):
            if c < 2 or c - 1 in taken:
                continue
            if heads.isdisjoint(lowers[c + 1:c + 6]):
                continue
            start = c - 1
            while start > 0 and c - start < 5 and (v.is_cap(start - 1) or v.text(start - 1) in ("-",)) \
                    and (start - 1) not in taken:
                start -= 1
            while start < c and (v.text(start) in NOT_NAME or v.text(start) == "-"):
                start += 1
            if c - start < 2 or self._name_run(start) != c:
                continue
            if any(k in self._place_at or k in self._demonym_at or k in taken for k in range(start, c)):
                continue
            self._unknown_person(start, c, taken)

    def _possessive_people(self, taken: set) -> None:
        """"Italy's Giorgia Meloni", "Germany's Olaf Scholz": a country's
        possessive right before two or three capitalised words names a person of
        that country (a title in between is read by the title rules)."""
        v = self.view
        for j in v.positions(POSSESSIVE_MARKS, attr="orth"):
            place = self._place_at.get(j - 1)
            s = j + 1
            if place is None or place[0] != "COUNTRY" or s in taken or s in self._place_at \
                    or s in self._demonym_at or v.text(s) in NOT_NAME:
                continue
            e = self._name_run(s, limit=3)
            words = sum(1 for k in range(s, e) if v.text(k) not in ("-", "‐") and not (k > s and v.glued(k)))
            if words < 2 or v.is_cap(e) or any(k in self._place_at or k in self._demonym_at for k in range(s, e)):
                continue  # "Korea's Samsung Electronics Co": a longer run is a company's name
            self._unknown_person(s, e, taken)

    def _unknown_person(self, s: int, e: int, taken: set) -> None:
        v = self.view
        if s < self._title_case_end or any(v.lower(k) in ORGANIZATION_WORDS for k in range(s, e)):
            return
        words = [k for k in range(s, e) if v.text(k) not in ("-", "‐") and not (k > s and v.glued(k))]
        if len(words) > 3:
            # "... of the Oliy Majlis Tanzila Narbayeva": the run took in the end of
            # an institution's name; the person is the last two words.
            s = words[-2]
        if any(k in taken for k in range(s, e)):
            return
        name = v.span_text(s, e)
        key = "U:" + " ".join(name.replace("-", " ").lower().split())
        country, _ = self._title_country(s)
        if country is None:
            words = name.replace("-", " ").split()
            if words[0] in self.gaz.korean_family_names and "-" in name and len(words) >= 3:
                country = "South Korea"
        if country is None:
            # An appositive: "Lee Jun-ho, South Korea's first vice minister"
            if e < v.n and v.text(e) == ",":
                # right after the comma (or "the"): "Kenji Yamada, visited Kazakhstan" is no appositive
                k = e + 2 if v.lower(e + 1) == "the" else e + 1
                if k in self._place_at and self._place_at[k][0] == "COUNTRY":
                    country = self._place_at[k][1]
                elif k in self._demonym_at:
                    country = self._demonym_at[k]
        ent = self._entity(key, name, country)
        self.people.append(PersonMention(s, e, key, "name", country or ent.country))
        taken.update(range(s, e))

    def _short_references(self, taken: set) -> None:
        """Later mentions of a title-introduced person by one word of the name."""
        v = self.view
        index: dict[str, str] = {}
        family_owners: dict[str, set[str]] = {}
        for ent in self.entities.values():
            if not ent.key.startswith("U:"):
                continue
            words = ent.names[0].replace("-", " ").split()
            korean = words[0] in self.gaz.korean_family_names and len(words) >= 3
            # Chinese and Korean names put the family name first: "Han" after "Han Zheng".
            family_first = ent.country in FAMILY_NAME_FIRST and len(words) >= 2 and len(words[0]) >= 2
            if korean or family_first:
                # "Jeong" after "Jeong Hae-won" -- unless two people of the text share it.
                family_owners.setdefault(words[0], set()).add(ent.key)
            elif len(words[-1]) > 2:
                index[words[-1]] = ent.key
        for family, owners in family_owners.items():
            if len(owners) == 1:
                index[family] = next(iter(owners))
        if not index:
            return
        headline = self.headline_end
        first_full = {}
        for m in self.people:
            first_full.setdefault(m.entity, m.start)
        for k, m in enumerate(self.people):
            # "Speaker Woo to visit Kazakhstan" over "... Speaker Woo Won-shik will leave
            # Sunday", and "Minister Cheong" after "Minister Cheong In-kyo": a one-word
            # name after a title is the full name of the headline or of the story so far.
            if m.end - m.start == 1 and m.entity.startswith("U:"):
                full = index.get(v.text(m.start))
                if full is not None and full != m.entity and (m.start < headline or first_full[full] < m.start):
                    self.people[k] = PersonMention(m.start, m.end, full, "short", self.entities[full].country)
        first_seen = {m.entity: m.start for m in self.people}
        for i in v.positions(set(index), attr="orth"):
            if i in taken:
                continue
            key = index[v.text(i)]
            # A headline names people by surname before the story names them in
            # full: "Nurtleu to visit Tokyo, Zhumangarin to lead delegation to Seoul".
            if first_seen.get(key, v.n) < i or i < headline:
                self.people.append(PersonMention(i, i + 1, key, "short", self.entities[key].country))
                taken.add(i)

    def _descriptions_and_pronouns(self, taken: set) -> None:
        v = self.view
        self.people.sort(key=lambda m: (m.start, m.end))
        self._person_starts = [m.start for m in self.people]
        added = []
        for i in v.positions(DESCRIPTION_HEADS):
            # "the Kazakh leader", "the president" not followed by a name.
            if i in taken or i + 1 < v.n and v.is_cap(i + 1) and (i + 1) not in self._place_at:
                continue
            j = i - 1
            country = None
            house = None
            if j >= 0 and j in self._demonym_at:
                country = self._demonym_at[j]
                j = self._demonym_start[j] - 1  # "the South Korean leader"
            steps = 0
            while j >= 0 and steps < 2 and v.lower(j) in ("prime", "foreign", "vice", "deputy", "first") \
                    and j not in self._demonym_at:
                j -= 1  # "the Korean Prime Minister", "the Kazakh foreign minister"
                steps += 1
            if j >= 0 and j in self._demonym_at and country is None:
                country = self._demonym_at[j]
                j = self._demonym_start[j] - 1
            if j >= 0 and v.lower(j) in DESCRIPTION_ADJECTIVES:
                j -= 1  # "the distinguished guest"
            elif j >= 0 and v.lower(j) in LEGISLATURE_WORDS:
                house = v.lower(j)
                j -= 1  # "the Senate chairman", "the Mazhilis speaker"
            if j >= 4 and v.lower(j) == "old" and v.lower(j - 2) == "year" and v.lower(j - 4).isdigit():
                j -= 5  # "the 73-year-old president"
            if j < 0 or v.lower(j) != "the":
                continue
            head = v.lower(i)
            if head == "head" and v.lower(i + 1) == "of" and "state" in v.lowers[i + 2:i + 4]:
                head = "president"  # "the head of state", "the head of our state": not a prime minister
            prev = self._titled_person_before(j, head, country, house) or self._leader_before(j, head, country) \
                or self.last_person_before(j, country=country)
            if prev is not None:
                added.append(PersonMention(j, i + 1, prev.entity, "description", prev.country))
        added.extend(self._groups())
        self.people.extend(added)
        self.people.sort(key=lambda m: (m.start, m.end))
        self._person_starts = [m.start for m in self.people]
        added = []
        self._resolved_pronouns: list[PersonMention] = added  # in text order, for chains ("He ... He ...")
        self._pronoun_starts: list[int] = []
        for i in v.positions(PRONOUN_SET):
            if i in taken:
                continue
            prev = self._antecedent(i)
            if prev is not None:
                added.append(PersonMention(i, i + 1, prev.entity, "pronoun", prev.country))
                self._pronoun_starts.append(i)
        self.people.extend(added)
        self.people.sort(key=lambda m: (m.start, m.end))
        self._person_starts = [m.start for m in self.people]

    def _titled_person_before(self, i: int, head: str, country: str | None,
                              house: str | None = None) -> PersonMention | None:
        """"Foreign Minister Park Jin arrived ... will call on President Tokayev.
        The minister then heads to Bishkek": the last person before ``i`` whose
        name came after the same title word, when the description names an office."""
        if head not in OFFICE_HEADS:
            return None
        v = self.view
        k = bisect.bisect_left(self._person_starts, i) - 1
        recent = self.people[max(0, k - TITLED_LOOKBACK):k + 1]
        # ("the Senate chairman": the chairman whose title names the Senate)
        reach = 6 if house else 4
        titled = [m for m in recent if m.kind == "name" and (country is None or m.country == country)
                  and head in v.lowers[max(0, m.start - reach):m.start]
                  and (house is None or house in v.lowers[max(0, m.start - reach):m.start])]
        if not titled:
            return None
        # Of several ministers, the story's: the one named most ("Foreign Minister
        # Lavrov ... Tajik Foreign Minister Muhriddin ... the minister flew on"); a tie goes to
        # the first named, the story's subject ("Minister Song arrived ... talks with Uzbek
        # Minister Abdurakhmonov ... The minister then heads to Bishkek").
        mentions = Counter(m.entity for m in recent)
        return max(titled, key=lambda m: mentions[m.entity])

    def _leader_before(self, i: int, head: str, country: str | None) -> PersonMention | None:
        """"... Deputy Foreign Minister Vepa Hajiyev told reporters ... The
        43-year-old leader": the last person before ``i`` who leads a country (a
        known head of state or government, or one named after such a title)."""
        titles = LEADER_HEADS.get(head)
        if titles is None:
            return None
        v = self.view
        people = lexicon.people()
        k = bisect.bisect_left(self._person_starts, i) - 1
        recent = self.people[max(0, k - TITLED_LOOKBACK):k + 1]
        leaders = []  # who ever led a country: "the first Japanese leader" may be a former one
        for m in recent:
            if m.kind not in ("name", "short") or (country is not None and m.country != country):
                continue
            known = people.get(m.entity[2:]) if m.entity.startswith("G:") else None
            if (known is not None and any(_holds(known, title, None) for title in titles)) \
                    or any(w in LEADER_TITLE_WORDS[head] for w in v.lowers[max(0, m.start - 3):m.start]):
                leaders.append(m)
        if not leaders:
            return None
        if leaders[-1] is recent[-1] or leaders[-1].entity == recent[-1].entity:
            return leaders[-1]  # "Koizumi became the first Japanese leader to ...": the one just named
        # Of several leaders, the story's: the one named most; a tie goes to the
        # first named (a news story names its subject first).
        mentions = Counter(m.entity for m in recent)
        return max(leaders, key=lambda m: mentions[m.entity])

    def _groups(self) -> list[PersonMention]:
        """"The two leaders last met in Cholpon-Ata", "the three heads of state first
        met in Astana": the N people the story has named most so far, one mention
        each over the same words (ties: the one named first). One pass over the
        people in text order keeps the counts, so many such phrases stay linear."""
        v = self.view
        spans = []
        for i in v.positions(frozenset(GROUP_NUMBERS)):
            k = i + 1
            while k < v.n and k - i <= 3 and v.lower(k) in ("prime", "foreign", "heads"):
                k += 1
            if k < v.n and v.lower(k) in GROUP_HEADS and v.lower(i - 1) == "the":
                end = k + 3 if v.lower(k) == "heads" and v.lower(k + 1) == "of" and v.lower(k + 2) == "state" else k + 1
                spans.append((i - 1, end, GROUP_NUMBERS[v.lower(i)]))
            elif k < v.n and v.lower(i - 1) == "the" and v.lower(k - 1) == "heads" and v.lower(k) == "of" \
                    and v.lower(k + 1) == "state":
                spans.append((i - 1, k + 2, GROUP_NUMBERS[v.lower(i)]))
        if not spans:
            return []
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        out: list[PersonMention] = []
        p = 0
        people = self.people
        for start, end, n in spans:
            while p < len(people) and people[p].start < start:
                key = people[p].entity
                if key in counts or len(counts) < MAX_WALK:
                    counts[key] = counts.get(key, 0) + 1
                    first.setdefault(key, p)
                p += 1
            if len(counts) < n:
                continue
            ranked = sorted(counts, key=lambda key: (-counts[key], first[key]))
            if v.lower(end - 1) in ("presidents", "leaders", "state"):
                # "the three leaders": the heads of state or government named most, when there are
                # that many (an envoy or a spokesperson named often is not one of them)
                leaders = [key for key in ranked if _is_leader(key)]
                if len(leaders) >= n:
                    ranked = leaders
            chosen = ranked[:n]
            for key in sorted(chosen, key=lambda key: first[key]):
                out.append(PersonMention(start, end, key, "description", self.entities[key].country))
        return out

    def _antecedent(self, i: int) -> PersonMention | None:
        """Who a pronoun at ``i`` stands for: the nearest person before it in its
        sentence, else the subject (first person) of the closest earlier sentence
        that names one."""
        s, _ = self.sentence_of(i)
        # Walked person by person from the pronoun (never a list of the whole
        # sentence per pronoun: a text with no sentence end would be quadratic).
        people, starts = self.people, self._person_starts
        k = bisect.bisect_left(starts, i) - 1
        stop = max(-1, k - MAX_WALK)
        while k > stop and people[k].start >= s:
            m = people[k]
            if m.kind != "pronoun" and not (k > 0 and people[k - 1].start >= s
                                            and in_closed_relative_clause(self.view, m, i, s)):
                # "Mirziyoyev, who succeeded Karimov in 2016, paid ..., when he held
                # talks": not the person inside the relative clause
                return m
            k -= 1
        k = bisect.bisect_right(self.sent_starts, i) - 1
        for back in range(1, 4):
            if k - back < 0:
                break
            lo = self.sent_starts[k - back]
            hi = self.sent_starts[k - back + 1]
            j = bisect.bisect_left(starts, lo)
            stop = min(len(people), j + MAX_WALK)
            named = None
            while j < stop and people[j].start < hi:
                if people[j].kind != "pronoun":
                    named = people[j]
                    break
                j += 1
            # A pronoun resolved earlier that opens that sentence before any name is
            # its subject: "In Astana, he will attend ... hosted by Tokayev. In
            # Tashkent, he is due to ..." -> the same "he".
            # Only a subject pronoun: "His successor, Tokayev, paid ..." is about Tokayev.
            # So is a possessive that opens it ("His first foreign trip ..., barely two
            # weeks after Nazarbayev's resignation, was to Moscow"), unless a name in
            # apposition follows it ("His successor, Tokayev, paid ...").
            p = bisect.bisect_left(self._pronoun_starts, lo)
            if p < len(self._pronoun_starts) and self._pronoun_starts[p] < hi \
                    and (named is None or self._pronoun_starts[p] < named.start):
                at = self._pronoun_starts[p]
                kind = PRONOUNS.get(self.view.lower(at))
                opening = at == lo and (named is None or named.start - at > 4 or self.view.lower(named.start - 1) != ",")
                if kind == "subj" or opening:
                    return self._resolved_pronouns[p]
            if named is not None:
                return named
        return self.last_person_before(i)

    def leaders_of(self, lo: int, hi: int) -> list[PersonMention]:
        """"the leaders of Turkey, Azerbaijan and Kyrgyzstan", "the presidents of
        Kazakhstan and Uzbekistan": the people in office on the published date,
        from the packaged leaders list (one mention per country)."""
        v = self.view
        for k in range(lo, min(hi, v.n) - 1):
            word = v.lower(k)
            titles = LEADER_TITLES.get(word)
            if titles is None or v.lower(k + 1) != "of":
                continue
            if word == "ministers" and v.lower(k - 1) != "prime":
                continue
            j = k + 2
            if word == "heads" and v.lower(j) == "state" and v.lower(j + 1) == "of":
                j += 2  # "the heads of state of ..."
            out = []
            for place in self.places_between(j, min(hi, j + 16)):
                between = [v.lower(x) for x in range(j, place.start)]
                if place.kind != "COUNTRY" or any(w not in (",", "and", "the") for w in between):
                    break
                person = office_holder(place.name, titles, self.ref)
                if person is not None:
                    key = f"G:{person.name}"
                    self._entity(key, person.name, person.country)
                    out.append(PersonMention(place.start, place.end, key, "description", person.country))
                j = place.end
            return out
        return []

    def country_of(self, mention: PersonMention) -> str | None:
        return mention.country or self.entities[mention.entity].country


HEAD_TITLES = ("President", "Prime Minister")


@lru_cache(maxsize=4096)
def _is_leader(entity: str) -> bool:
    """True for a person of the lexicon who has been a president or prime minister."""
    person = lexicon.people().get(entity[2:]) if entity.startswith("G:") else None
    return person is not None and any(_holds(person, title, None) for title in HEAD_TITLES)


def capitals_dateline(texts: Sequence[str]) -> tuple[int, lexicon.City] | None:
    """``(token, city)`` of a dateline in capitals ("ASTANA, July 2 (Xinhua)"),
    which the gazetteer, reading one-word names with their case, does not see;
    only the first lines are read."""
    by_alias = _cities_by_upper_alias()
    for k in range(min(len(texts) - 1, DATELINE_TOKENS)):
        if k == 0 or (texts[k - 1].isspace() and "\n" in texts[k - 1]):
            city = by_alias.get(texts[k])
            if city is not None and texts[k + 1] in (",", "(", "–", "—", "-"):
                return k, city
    return None


@lru_cache(maxsize=None)
def _cities_by_upper_alias() -> dict[str, lexicon.City]:
    return {alias.upper(): city for city in lexicon.cities().values() for alias in city.aliases
            if alias not in city.ambiguous_aliases}


def _reference_day(ref: Reference) -> str | None:
    return f"{ref.year:04d}-{ref.month or 6:02d}-{ref.day or 15:02d}" if ref.year else None


def _holds(person: lexicon.Person, title: str, day: str | None) -> bool:
    """True when ``person`` held ``title`` on ``day`` (any time, without a day)."""
    for role in person.roles:
        if role.title != title:
            continue
        start = _pad(role.start, "01", "01") if role.start else "0000"
        end = _pad(role.end, "12", "31") if role.end else "9999"
        if day is None or start <= day <= end:
            return True
    return False


def _in_office(names: set[str], ref: Reference) -> str | None:
    """The one of ``names`` who was president (else prime minister) at ``ref``;
    without a date, the only one of them who was ever president. None if unsure."""
    people = lexicon.people()
    day = _reference_day(ref)
    for title in HEAD_TITLES:
        holders = [name for name in sorted(names) if _holds(people[name], title, day)]
        if len(holders) == 1:
            return holders[0]
        if len(holders) > 1:
            return None
    return None


@lru_cache(maxsize=None)
def _people_by_country() -> dict[str, tuple[lexicon.Person, ...]]:
    out: dict[str, list] = {}
    for person in lexicon.people().values():
        out.setdefault(person.country, []).append(person)
    return {country: tuple(people) for country, people in out.items()}


#: Who "the leaders of X" are: the first of these titles someone held.
LEADER_TITLES = {
    "leaders": ("President", "Prime Minister", "Chancellor"),
    "leader": ("President", "Prime Minister", "Chancellor"),
    "presidents": ("President",),
    "heads": ("President",),
    "ministers": ("Prime Minister",),  # "the prime ministers of ..."
}


def office_holder(country: str, titles: tuple[str, ...], ref: Reference) -> lexicon.Person | None:
    """The one person of the leaders list who held the first of ``titles`` that
    anyone held in ``country`` on the published date; None without a date."""
    day = _reference_day(ref)
    if day is None or (ref.month is None):
        return None
    people = _people_by_country().get(country, ())
    for title in titles:
        holders = [p for p in people if _holds(p, title, day)]
        if len(holders) == 1:
            return holders[0]
        if holders:
            return None
    return None


def _pad(date: str, month: str, day: str) -> str:
    """``2019`` -> ``2019-<month>-<day>``; ``2019-03`` -> ``2019-03-<day>``."""
    parts = date.split("-")
    return "-".join(parts + [month, day][len(parts) - 1:])
