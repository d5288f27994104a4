"""People, places and titles as spaCy ``PhraseMatcher``s over a vocabulary.

Built once per pipeline from the package data files (``leaders.json``,
``countries.json``, ``cities.json``, ``titles.json``, ``names.json``). Name
variants that differ only by hyphens or spaces (Moon Jae-in / Moon Jae In /
Moon Jae-In) are added as patterns of their own and matched case-insensitively;
one-word aliases (surnames, codes such as "ROK") are matched case-sensitively.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from .. import lexicon


@dataclass(frozen=True)
class Entry:
    kind: str      # PERSON, COUNTRY, DEMONYM, CITY
    value: str     # person name / country name / city name
    country: str   # the country it belongs to (for a country: itself)
    surname_only: bool = False
    ambiguous: bool = False


def _variants(alias: str) -> set[str]:
    """Hyphen/space variants of a multi-word name: ``Jae-in`` ~ ``Jae in``."""
    out = {alias}
    if "-" in alias:
        out.add(alias.replace("-", " "))
    return out


@lru_cache(maxsize=None)
def korean_family_names() -> frozenset[str]:
    data = json.loads((resources.files("kzkr_extract") / "data" / "names.json").read_text(encoding="utf-8"))
    return frozenset(data["family_names"].get("South Korea", ()))


#: The nouns that make a title ("Deputy Foreign *Minister*", "*President* of ...").
TITLE_HEADS = frozenset({
    "president", "presidents", "minister", "ministers", "chancellor", "premier", "leader", "leaders",
    "counterpart", "member", "lawmaker", "ambassador", "envoy", "secretary", "secretary-general",
    "governor", "mayor", "speaker", "chairman", "chairwoman", "chairperson", "chair", "king", "queen",
    "emperor", "prince", "emir", "sultan", "pm", "ceo", "chief", "head", "director", "akim", "hokim",
    "spokesman", "spokeswoman", "spokesperson", "senator", "deputy", "official", "officer", "diplomat",
    "founder", "executive", "vice-president", "vice-minister", "prime-minister", "pres", "lady",
})


@lru_cache(maxsize=None)
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """The head nouns of titles, and every word that may stand in a title
    ("Minister of *Trade* and *Integration*"), from ``titles.json``."""
    words = set(TITLE_HEADS)
    for title in lexicon.titles():
        for alias in title.aliases:
            words.update(alias.lower().replace(".", "").split())
    return TITLE_HEADS, frozenset(words - {"of", "the", "and", "for", "a", "an", "to", "in", "on"})


class Gazetteer:
    """The matchers for one vocabulary, and what each match stands for."""

    def __init__(self, nlp: Language) -> None:
        self.entries: dict[int, list[Entry]] = {}
        self.ci_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")   # multi-word names
        self.cs_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")    # one-word names, codes
        self._strings = nlp.vocab.strings
        ci: dict[str, list[str]] = {}
        cs: dict[str, list[str]] = {}

        def add(alias: str, entry: Entry) -> None:
            for variant in _variants(alias):
                key = f"{entry.kind}|{entry.value}|{int(entry.surname_only)}|{int(entry.ambiguous)}"
                h = self._strings.add(key)
                self.entries.setdefault(h, [])
                if entry not in self.entries[h]:
                    self.entries[h].append(entry)
                target = cs if (" " not in variant and "-" not in variant) else ci
                target.setdefault(key, []).append(variant)

        surnames: dict[str, set[str]] = {}
        for person in lexicon.people().values():
            for alias in person.aliases:
                if " " not in alias and "-" not in alias:
                    surnames.setdefault(alias, set()).add(person.name)
        for person in lexicon.people().values():
            for alias in person.aliases:
                single = " " not in alias and "-" not in alias
                add(alias, Entry("PERSON", person.name, person.country, surname_only=single,
                                 ambiguous=single and len(surnames.get(alias, ())) > 1))
        for country in lexicon.countries().values():
            for alias in country.aliases:
                add(alias, Entry("COUNTRY", country.name, country.name))
            for demonym in country.demonyms:
                add(demonym, Entry("DEMONYM", country.name, country.name))
        for city in lexicon.cities().values():
            for alias in city.aliases:
                add(alias, Entry("CITY", city.name, city.country, ambiguous=alias in city.ambiguous_aliases))
        for key, aliases in ci.items():
            self.ci_matcher.add(key, list(nlp.tokenizer.pipe(sorted(set(aliases)))))
        for key, aliases in cs.items():
            self.cs_matcher.add(key, list(nlp.tokenizer.pipe(sorted(set(aliases)))))
        self.title_heads, self.title_words = title_words()
        self.korean_family_names = korean_family_names()
        self.demonym_words = frozenset(
            w.lower() for c in lexicon.countries().values() for d in c.demonyms for w in d.split()
        )

    def matches(self, doc) -> list[tuple[int, int, list[Entry]]]:
        """Longest non-overlapping gazetteer matches: ``(start, end, entries)``."""
        found = [(s, e, h) for h, s, e in self.ci_matcher(doc)] + [(s, e, h) for h, s, e in self.cs_matcher(doc)]
        # Longest first, then leftmost; one pass keeps the longest of overlapping matches.
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken = bytearray(len(doc) + 1)
        by_span: dict[tuple[int, int], list[Entry]] = {}
        for s, e, h in found:
            if (s, e) in by_span:
                by_span[(s, e)].extend(x for x in self.entries[h] if x not in by_span[(s, e)])
                continue
            if any(taken[s:e]):
                continue
            for k in range(s, e):
                taken[k] = 1
            by_span[(s, e)] = list(self.entries[h])
        return sorted((s, e, entries) for (s, e), entries in by_span.items())
