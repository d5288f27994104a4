"""The date grammar: finds date mentions in pieces and normalises them.

Every rule reads forward from one piece and looks at a bounded number of
pieces (at most ``MAX_SPAN`` ahead, a few behind), so the cost is linear in the
length of the text whatever it contains. At each position the longest reading
wins; a mention never starts with a preposition or an article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Callable

from ..lexer import BREAK, NUM, SYM, WORD, Pieces
from ..lexicon import calendar
from .calendar_math import (
    Reference,
    fmt_date,
    fmt_day,
    fmt_month,
    fmt_week,
    fmt_year,
    shift_month,
    valid_day,
    weekday_near,
    weekend_of,
)

#: No date mention is longer than this many pieces ("Monday , Nov . 30 - Dec . 2 , 2024").
MAX_SPAN = 16
DASHES = frozenset({"-", "–", "—", "‑", "−"})
RANGE_WORDS_ALWAYS = frozenset({"to", "through", "thru"})
RANGE_WORDS_AFTER_FROM = frozenset({"to", "through", "thru", "until", "till"})
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# Capitalised words after which a year still is a year (not part of a name).
YEAR_OK_AFTER = frozenset({
    "in", "on", "since", "by", "until", "till", "from", "through", "between", "and", "or",
    "during", "before", "after", "as", "of", "for", "circa", "around", "about", "early",
    "mid", "late", "end", "fiscal", "spring", "summer", "autumn", "fall", "winter",
    "the", "a", "an", "to", "year", "last", "next", "this", "that", "till", "until", "ca",
    "throughout", "within", "over", "into", "but", "then", "so", "while", "also",
})
#: Count nouns after which a four-digit number is a count, not a year.
COUNT_NOUNS = frozenset({
    "people", "persons", "troops", "soldiers", "companies", "firms", "students", "tons",
    "tonnes", "km", "kilometers", "kilometres", "miles", "barrels", "units", "cars",
    "vehicles", "flights", "jobs", "workers", "employees", "warheads", "households",
    "hectares", "megawatts", "mw", "votes", "members", "cases", "deaths", "times",
    "points", "meters", "metres", "feet", "kg", "pages", "shares", "seats", "beds",
    "rooms", "homes", "houses", "tourists", "visitors", "pupils", "teachers", "doctors",
    "patients", "children", "families", "projects", "stores", "shops", "branches",
    "percent", "per", "pct", "million", "billion", "trillion", "thousand", "mln", "bln",
    "bn", "mn", "trln", "won", "tenge", "dollars", "euros", "rubles", "roubles", "yen",
    "yuan", "gw", "kw", "mwh", "gwh", "kwh", "acres", "sq", "square", "cubic", "liters",
    "litres", "gallons", "ounces", "lbs", "pounds", "ha", "m", "cm", "mm",
})
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "₩", "₸", "₽", "₹", "₺", "₮"})
FUTURE_CUES = frozenset({
    "will", "'ll", "shall", "would", "scheduled", "expected", "plans", "plan", "planned",
    "planning", "next", "upcoming", "due", "going", "intends", "slated", "might",
    "expects", "expect", "hopes", "aims",
})
FUTURE_MODALS = frozenset({"will", "'ll", "shall", "might"})
#: "to" alone is a weak cue: only after these words ("is to", "set to") does it mark the future.
TO_FUTURE = frozenset({
    "is", "are", "was", "were", "due", "set", "scheduled", "expected", "slated", "going",
    "likely", "plans", "plan", "planned", "intends", "hopes", "aims", "ready", "agreed",
    "decided", "promised", "pledged", "vowed", "expects", "wants",
    # nouns of intent: "conveyed Yoon's wish to pay a state visit in June", "an invitation to visit"
    "wish", "intention", "desire", "readiness", "willingness", "invitation", "offer", "proposal",
})
PAST_CUES = frozenset({"said", "was", "were", "had", "did", "ago", "last", "earlier", "since", "recently", "previously"})
#: After these, "last" is the verb ("the visit will last until Thursday"), not "last week".
VERB_LAST_BEFORE = frozenset({"will", "'ll", "shall", "would", "might", "may", "could", "should", "can", "to",
                              "must", "not", "n't"})
#: Irregular past forms common in news ("met Monday", "held talks on Friday").
PAST_VERBS = frozenset({
    "met", "held", "told", "began", "took", "came", "went", "gave", "found", "sent", "spoke",
    "rose", "fell", "paid", "sold", "bought", "brought", "saw", "became", "led", "shot",
    "made", "got", "wrote", "flew", "fled", "drew", "stood", "thought", "felt", "kept",
    "struck", "broke", "chose", "threw", "lost", "left", "ran", "knew", "grew",
})
#: Words before a date that make it a deadline: its tense does not tell its year.
DEADLINE_WORDS = frozenset({"by", "until", "till", "through", "thru", "before", "payable", "effective"})
#: A day this close to the published date keeps the published year whatever the tense.
NEAR_DAYS = 61
#: Words that open a new clause: the tense before them is another verb's.
CLAUSE_WORDS = frozenset({"where", "when", "which", "who", "whom", "whose", "while", "because",
                          "although", "though", "whereas", "but"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this",
                         "these", "those", "still", "newly", "recently", "previously"})
#: A present-tense auxiliary right before a date ends the search for a tense.
PRESENT_CUES = frozenset({"is", "are", "am", "has", "have", "now"})
#: After "is/are" later in the clause, these make a date before it future.
FUTURE_AFTER_BE = frozenset({"expected", "scheduled", "due", "set", "slated", "to", "going"})
#: Verbs of a stay under way: "a visit that runs through Saturday" ends ahead.
STAY_VERBS = frozenset({"runs", "run", "lasts", "continues", "stays", "remains", "remain", "stay"})
#: The present tense of an itinerary is its future: "the minister then heads to
#: Bishkek on Wednesday", "leaves for Tokyo on Friday".
SCHEDULE_VERBS = frozenset({"heads", "travels", "leaves", "departs", "flies", "arrives", "returns",
                            "proceeds", "wraps", "takes"})
#: ... when the verb goes somewhere ("heads to", "wraps up"), unlike the noun
#: ("the two heads of state held talks on Tuesday").
SCHEDULE_NEXT = frozenset({"to", "for", "in", "into", "home", "back", "up", "on", "out", "him", "her", "them"})
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt",
                           "col", "sgt", "capt", "prof", "no", "vs", "inc", "corp", "co", "ltd"})
UNIT_DAYS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
             "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade"}
MOD_WORDS = {"early": "EARLY", "mid": "MID", "late": "LATE", "middle": "MID"}
MOD_NOUNS = {"end": "LATE", "beginning": "EARLY", "start": "EARLY", "middle": "MID", "turn": "LATE"}
#: "for the year", "during the current year": prepositions before "the year".
THE_YEAR_PREPS = frozenset({"for", "in", "during", "through", "throughout", "of", "into", "until",
                            "by", "within"})
#: Words that may follow "the year" when it is the published year ("the year ended Sept. 30").
THE_YEAR_FOLLOWERS = frozenset({"ended", "ending", "to", "so", "as", "and", "but", "or", "was",
                                "were", "is", "are", "has", "had", "will", "would", "rose", "fell",
                                "compared", "because", "despite", "amid", "against", "from"})
WEEKEND_PREPS = frozenset({"over", "during", "on", "at", "for", "of", "before", "after", "through",
                           "throughout", "until", "since"})
YEAR_END_PREPS = frozenset({"by", "at", "until", "till", "before", "since", "around", "toward",
                            "towards", "through", "after", "from", "near"})
#: Before "N units ago" only: "nearly four years ago", "some two weeks ago".
AGO_APPROX_WORDS = frozenset({"nearly", "almost", "roughly", "some"})
#: "earlier this year", "later this month": relative periods only.
RELATIVE_MODS = {"earlier": "EARLY", "later": "LATE"}
APPROX_WORDS = frozenset({"around", "circa", "ca", "approximately", "about"})
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
HALF_WORDS = {"first": 1, "second": 2, "1st": 1, "2nd": 2}


@dataclass(frozen=True)
class Hit:
    first: int  # piece index of the first piece of the mention
    last: int   # piece index of the last piece (inclusive)
    value: str | None
    mod: str | None = None


@dataclass(frozen=True)
class _Point:
    """A parsed calendar point; ``None`` parts are not written in the text."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def value(self, ref: Reference) -> str:
        year = self.year
        if year is None and self.month is not None:
            year = ref.year
        if self.day is not None:
            return fmt_day(year, self.month, self.day)
        if self.month is not None:
            return fmt_month(year, self.month)
        return fmt_year(year)


class DateGrammar:
    """Reads date mentions out of :class:`Pieces`; one instance per thread."""

    def __init__(self) -> None:
        cal = calendar()
        self.months = cal.months
        self.ambiguous_months = cal.ambiguous_months
        self.weekdays = cal.weekdays
        self.ambiguous_weekdays = cal.ambiguous_weekdays
        self.seasons = cal.seasons
        self.number_words = cal.number_words
        self.ordinal_words = cal.ordinal_words
        self.decade_words = cal.decade_words
        self._rules: tuple[Callable[[Pieces, int, Reference], list[Hit] | None], ...] = (
            self._compact,
            self._month_first,
            self._day_first,
            self._decade,
            self._century,
            self._quarter_or_half,
            self._season,
            self._modified,
            self._relative_word,
            self._relative_shift,
            self._ago,
            self._weekday,
            self._fiscal,
            self._the_year,
            self._year_end,
            self._the_weekend,
            self._spelled_year_rule,
            self._holiday,
            self._first_months,
            self._day_of_month,
            self._mid_period,
            self._year,
        )
        # Rules that can match at a piece of each kind, in the order above (the
        # first of equally long hits wins): a number never starts a month name,
        # a word never a compact date. Calling only these halves the calls at a
        # number, where most date mentions start.
        word_only = {self._weekday, self._mid_period, self._spelled_year_rule, self._month_first, self._first_months,
                     self._season, self._the_year, self._the_weekend, self._holiday, self._year_end,
                     self._modified, self._relative_word, self._relative_shift, self._fiscal}
        number_only = {self._compact, self._day_of_month, self._year}
        self._rules_at: dict[str, tuple] = {
            NUM: tuple(r for r in self._rules if r not in word_only),
            WORD: tuple(r for r in self._rules if r not in number_only),
            SYM: (self._decade,),  # "'90s"
        }
        self._holidays_by_first: dict[str, list] = {}
        for names, rule in cal.holidays:  # longest spelling first, as in the data
            self._holidays_by_first.setdefault(names[0], []).append((names, rule))
        # Words a date mention can begin with. Any other word skips all rules at
        # once: most pieces near an anchor are ordinary words, and trying every
        # rule on them was most of the extractor's time.
        self._starters = frozenset(
            set(self.months) | set(self.weekdays) | set(self.seasons) | set(self.number_words)
            | set(self.ordinal_words) | set(self.decade_words)
            | {words[0] for words, _ in cal.holidays}
            | set(QUARTER_WORDS) | set(MOD_WORDS) | set(MOD_NOUNS) | set(APPROX_WORDS) | set(RELATIVE_MODS)
            | {"last", "this", "next", "coming", "past", "today", "yesterday", "tomorrow", "tonight",
               "nearly", "almost", "some", "roughly", "fiscal", "fy", "q", "h", "quarter", "half", "year",
               "years", "latest", "full", "current", "weekend", "month", "week", "decade", "century",
               "mid", "end", "start", "beginning", "middle", "turn", "around", "circa", "ca", "about",
               "approximately", "over", "late", "early", "earlier", "later"}
        )

    # ------------------------------------------------------------------ driver
    def find(self, p: Pieces, ref: Reference, first: int = 0, last: int | None = None) -> list[Hit]:
        """All date mentions in pieces ``first..last``, left to right, no overlaps."""
        n = len(p) if last is None else last
        out: list[Hit] = []
        starters = self._starters
        i = first
        while i < n:
            kind = p.kind[i]
            if kind == BREAK or (kind == SYM and p.text[i] not in ("'", "’")) \
                    or (kind == WORD and p.lower[i] not in starters):
                i += 1
                continue
            best: list[Hit] | None = None
            best_end = -1
            for rule in self._rules_at[kind]:
                hits = rule(p, i, ref)
                if hits and hits[-1].last > best_end:
                    best, best_end = hits, hits[-1].last
            if best:
                weekday_end = self._bracketed_weekday(p, best_end + 1)
                if weekday_end is not None:
                    # "June 5 (Wed.)": the weekday after the date is part of it
                    best = best[:-1] + [replace(best[-1], last=weekday_end)]
                    best_end = weekday_end
                out.extend(best)
                i = best_end + 1
            else:
                i += 1
        return out

    def _bracketed_weekday(self, p: Pieces, j: int) -> int | None:
        """Last piece of "(Wed.)" / "(Thursday)" starting at ``j``, else None."""
        if j >= len(p) or p.text[j] != "(":
            return None
        wd = self._weekday_at(p, j + 1)
        if wd is None or not self._sym(p, wd[1] + 1, ")"):
            return None
        return wd[1] + 1

    # ------------------------------------------------------------------ atoms
    @staticmethod
    def _at(p: Pieces, i: int, word: str) -> bool:
        return i < len(p) and p.lower[i] == word

    @staticmethod
    def _sym(p: Pieces, i: int, chars) -> bool:
        return i < len(p) and p.kind[i] == SYM and p.text[i] in chars

    @staticmethod
    def _prev_word(p: Pieces, i: int) -> str:
        j = i - 1
        return p.lower[j] if j >= 0 and p.kind[j] != BREAK else ""

    @staticmethod
    def _calendar_word(p: Pieces, i: int, table) -> tuple[int, int] | None:
        """``(value, last piece)`` for a capitalised month or weekday name at ``i``;
        an abbreviation takes its dot ("Aug.", "Tues."), a full name never does
        ("in May." ends a sentence)."""
        if i >= len(p) or p.kind[i] != WORD:
            return None
        word = p.lower[i]
        value = table.get(word)
        last = i
        if value is None and i + 1 < len(p) and not p.gap[i + 1] and p.kind[i + 1] == WORD:
            # A name the tokenizer split in two: spaCy cuts "Wed." as "We" + "d."
            word = word + p.lower[i + 1]
            value = table.get(word)
            last = i + 1
        if value is None or not p.text[i][0].isupper():
            return None
        abbreviation = len(word) <= 4 and word not in ("may", "june", "july")
        if abbreviation and last + 1 < len(p) and p.text[last + 1] == "." and not p.gap[last + 1]:
            last += 1
        return value, last

    def _month(self, p: Pieces, i: int) -> tuple[int, int] | None:
        return self._calendar_word(p, i, self.months)

    def _month_is_safe(self, p: Pieces, i: int, last: int, has_number: bool) -> bool:
        """An ambiguous month word ("May", "March") needs support around it."""
        if has_number or last > i:  # "Aug." with its dot, or a day/year beside it
            return True
        if p.lower[i] not in self.ambiguous_months:
            return True
        prev = self._prev_word(p, i)
        if prev in ("and", "or", ",", "to") and i >= 2 and p.lower[i - 2] in self.months:
            return True  # "in April and May"
        if prev == "the" and last + 1 < len(p) and p.kind[last + 1] == WORD and p.text[last + 1].islower() \
                and p.gap[last + 1]:
            return True  # "the March accession", "the May elections" (not "the March of Dimes")
        return prev in ("in", "since", "until", "till", "from", "of", "early", "mid", "late",
                        "during", "by", "last", "next", "this", "through", "before", "after", "-")

    def _day(self, p: Pieces, i: int) -> tuple[int, int] | None:
        """``(day, last piece)`` for ``16``, ``16th``; not for ``16.5``."""
        if i >= len(p) or p.kind[i] != NUM or len(p.text[i]) > 2:
            return None
        day = int(p.text[i])
        if not 1 <= day <= 31:
            return None
        last = i
        if i + 1 < len(p) and not p.gap[i + 1] and p.lower[i + 1] in ORDINAL_SUFFIXES:
            last = i + 1
        # "16:30" is a time; "16.5" never reaches here (one piece).
        if last + 2 < len(p) and not p.gap[last + 1] and p.text[last + 1] == ":" \
                and p.kind[last + 2] == NUM and not p.gap[last + 2]:
            return None
        return day, last

    def _year_at(self, p: Pieces, i: int, *, strict: bool = False) -> tuple[int, int] | None:
        """A four-digit year 1000–2099 at ``i``; ``(year, last piece)``."""
        if i >= len(p) or p.kind[i] != NUM or len(p.text[i]) != 4 or not p.text[i].isdigit():
            return None
        year = int(p.text[i])
        if not 1000 <= year <= 2099:
            return None
        if strict and year < 1900:
            return None
        return year, i

    def _weekday(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        wd = self._weekday_at(p, i)
        if wd is None:
            return None
        weekday, last = wd
        if p.lower[i] in self.ambiguous_weekdays and last == i:
            return None
        if self._prev_word(p, i) in ("every", "each"):
            return None  # "every Sunday": a recurring day, no date
        # "Monday, Aug. 16" is read by the month/day rules (which accept a weekday).
        direction = self._tense(p, i, last)
        if self._prev_word(p, i) in ("through", "until", "till", "thru") \
                and (direction is None or (i >= 2 and p.lower[i - 2] in STAY_VERBS)):
            # "is on a three-day trip through Thursday", "a visit that runs through
            # Saturday": the end of what is under way
            direction = "future"
        direction = direction or "past"  # news reports the past by default
        date = weekday_near(ref.date, weekday, direction) if ref.date else None
        # "from Tuesday to Thursday", "Monday-Wednesday": the second day follows the first
        conn = self._range_connector(p, last + 1, i)
        wd2 = self._weekday_at(p, conn) if conn is not None else None
        if wd2 is not None and not (p.lower[conn] in self.ambiguous_weekdays and wd2[1] == conn):
            if date is None:
                return [Hit(i, wd2[1], "XXXX-XX-XX/XXXX-XX-XX")]
            end = date + dt.timedelta(days=(wd2[0] - weekday) % 7 or 7)
            return [Hit(i, wd2[1], f"{fmt_date(date)}/{fmt_date(end)}")]
        return [Hit(i, last, fmt_date(date))]

    def _weekday_at(self, p: Pieces, i: int) -> tuple[int, int] | None:
        return self._calendar_word(p, i, self.weekdays)

    def _skip_weekday(self, p: Pieces, i: int) -> int:
        """Index after an optional leading "Monday," before a calendar date."""
        wd = self._weekday_at(p, i)
        if wd is None:
            return i
        j = wd[1] + 1
        if self._sym(p, j, ","):
            j += 1
        return j

    def _tense(self, p: Pieces, first: int, last: int | None = None) -> str | None:
        """``past`` or ``future`` when the clause around ``first..last`` says so,
        ``near`` for a plan told in the past perfect ("had been scheduled to fly
        on Thursday": the date may lie either side of the story), else None (no
        cue: present tense, a dateline, a headline).

        Reads back to the start of the clause; the nearest cue wins: a past
        auxiliary or verb ("said", "was", "announced", "met"), a future one
        ("will", "plans", "is to", "expected"), or a present "is/are", which
        ends the search without a tense. With no cue before the mention, the
        words after it up to the next punctuation mark ("On Tuesday, the league
        plans to ...") are read the same way.
        """
        if first >= 3 and p.lower[first - 1] == "as" and p.lower[first - 3] == "as" \
                and p.lower[first - 2] in ("soon", "early"):
            return "future"  # "as early as Tuesday": the earliest time something can happen
        lo = max(0, first - 24)
        for j in range(first - 1, lo - 1, -1):
            if self._clause_break(p, j) or (p.lower[j] in CLAUSE_WORDS and j < first - 1):
                break
            cue = self._tense_cue(p, j)
            if cue is not None:
                return cue or None
        if self._at(p, first - 1, "next") or self._at(p, first - 1, "coming"):
            return "future"
        end = first if last is None else last
        hi = min(len(p), end + 13)
        for j in range(end + 1, hi):
            if self._clause_break(p, j) or (p.kind[j] == SYM and p.text[j] not in (",", "'", "’")):
                break
            cue = self._tense_cue(p, j, forward=True)
            if cue is not None:
                return cue or None
        return None

    def _clause_break(self, p: Pieces, j: int) -> bool:
        if p.kind[j] == BREAK or (p.kind[j] == SYM and p.text[j] in ";!?"):
            return True
        # a sentence end, not the dot of "a.m." or "U.S." or "Aug."
        return p.text[j] == "." and j > 0 and len(p.text[j - 1]) > 1 and p.lower[j - 1] not in self.months \
            and p.lower[j - 1] not in self.weekdays and p.lower[j - 1] not in ABBREVIATIONS

    def _tense_cue(self, p: Pieces, j: int, forward: bool = False) -> str | None:
        """The tense word ``j`` marks: ``past``, ``future``, ``""`` (present:
        stop without a tense) or None (not a tense word).

        Before a date, "planned"/"expected" describe it ("a service planned for
        Saturday"); after it they are the clause's verb ("On Friday, the
        government planned to ..."), and a future only after "is/are"."""
        w = p.lower[j]
        if p.kind[j] != WORD:
            return None
        if w in PAST_CUES:
            if w == "last" and j > 0 and p.lower[j - 1] in VERB_LAST_BEFORE:
                return None  # "will last until Thursday": the verb, the modal decides
            return "past"
        if w == "to":
            if j > 0 and p.lower[j - 1] in TO_FUTURE:
                # "had been scheduled to fly ... on August 9": a plan told in the past
                # perfect, whose date may lie either side of the story: the nearest wins
                return "near" if self._pluperfect(p, j - 1) else "future"
            return None
        if w in SCHEDULE_VERBS and j + 1 < len(p) and p.lower[j + 1] in SCHEDULE_NEXT:
            return "future"
        if forward:
            if w in FUTURE_MODALS:
                return "future"
            if w in TO_FUTURE and self._at(p, j + 1, "to") and not w.endswith("ed"):
                return "future"  # "the league plans to hold"
            if w in FUTURE_CUES and not w.endswith("ed"):
                return None
            if w.endswith("ed") and j > 0 and p.lower[j - 1] in PRESENT_CUES:
                return "future"  # "is expected", "are scheduled"
        elif w in FUTURE_CUES:
            if w == "next" and self._at(p, j + 1, "to"):
                return None  # "next to the embassy"
            if j > 0 and p.lower[j - 1] in DETERMINERS:
                return None  # "the plan", "a planned visit": a noun or an adjective
            return "near" if self._pluperfect(p, j) else "future"
        if w in PRESENT_CUES:
            if forward and j + 1 < len(p) and p.lower[j + 1] in FUTURE_AFTER_BE:
                return "future"  # "On Tuesday, the diplomat is expected to be received by ..."
            if not forward and w in ("is", "are") and j + 1 < len(p) and len(p.lower[j + 1]) > 4 \
                    and p.lower[j + 1].endswith("ing") and p.kind[j + 1] == WORD:
                return "near"  # "leaders are converging on Seoul for the summit on Thursday": a plan or today
            return ""
        if w in PAST_VERBS or (len(w) >= 5 and w.endswith("ed") and not w.endswith("eed")
                               and (p.text[j][0].islower() or self._sentence_start(p, j))):
            # "was/will be released", "to be held": the auxiliary decides;
            # "a still unspecified date": an adjective.
            if j > 1 and p.lower[j - 1] == "be" and p.lower[j - 2] == "to":
                return "future"  # "guidelines to be published in November"
            if j > 0 and (p.lower[j - 1] in ("be", "been", "being", "to") or p.lower[j - 1] in DETERMINERS):
                return None
            return "past"
        return None

    def _day_of_month(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``on the 10th``, ``by the 14th``: a day of the month the story is in
        (span without "the"); not ``the 13th forum`` (a word follows)."""
        if p.kind[i] != NUM or i < 2 or p.lower[i - 1] != "the" \
                or p.lower[i - 2] not in ("on", "by", "until", "till", "from", "since", "before", "after"):
            return None
        day = self._day(p, i)
        if day is None or day[1] == i:  # needs its ordinal suffix: "10th", not "10"
            return None
        d, last = day
        nxt = last + 1
        if nxt < len(p) and p.kind[nxt] == WORD:
            return None
        if ref.year is None or ref.month is None:
            return [Hit(i, last, f"XXXX-XX-{d:02d}")]
        return [Hit(i, last, fmt_day(ref.year, ref.month, d))] if valid_day(ref.year, ref.month, d) else None

    def _first_months(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``the first nine months of 2022``, ``the first five months of the year``
        (span without "the"): January to the N-th month, like "January-September"."""
        if p.lower[i] != "first" or i + 3 >= len(p) or p.lower[i + 2] != "months" or p.lower[i + 3] != "of":
            return None
        n = self.number_words.get(p.lower[i + 1]) or (int(p.text[i + 1]) if p.text[i + 1].isdigit() else 0)
        if not 2 <= n <= 11:
            return None
        k = i + 4
        if self._at(p, k, "the") and self._at(p, k + 1, "year"):
            year, last = ref.year, k + 1
        else:
            y = self._year_at(p, k) or self._relative_year_after(p, k, ref)
            if y is None:
                return None
            year, last = y
        if year is None:
            return [Hit(i, last, f"XXXX-01/XXXX-{n:02d}")]
        return [Hit(i, last, f"{fmt_month(year, 1)}/{fmt_month(year, n)}")]

    def _mid_period(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``mid-month`` / ``mid-year``: the published month or year, ``MID``."""
        if p.lower[i] != "mid" or not self._sym(p, i + 1, DASHES) or i + 2 >= len(p):
            return None
        unit = p.lower[i + 2]
        if unit == "month":
            return [Hit(i, i + 2, fmt_month(ref.year, ref.month) if ref.month else "XXXX-XX", "MID")]
        if unit == "year":
            return [Hit(i, i + 2, fmt_year(ref.year), "MID")]
        return None

    @staticmethod
    def _in_headline(p: Pieces, first: int, last: int) -> bool:
        """True when ``first..last`` sits in a line written in title case ("Yoon
        to Embark on Central Asia Tour Next Week"): no word of four letters or
        more on its line, as far as the pieces reach, starts in lower case."""
        capitalised = 0
        for around in (range(first - 1, max(-1, first - 25), -1), range(last + 1, min(len(p), last + 13))):
            for j in around:
                if p.kind[j] == BREAK:
                    break
                if p.kind[j] == WORD and len(p.text[j]) >= 4:
                    if p.text[j][0].islower():
                        return False
                    capitalised += 1
        return capitalised >= 2

    @staticmethod
    def _pluperfect(p: Pieces, j: int) -> bool:
        """True when the word at ``j`` follows "had" or "had been"."""
        return (j > 0 and p.lower[j - 1] == "had") or \
            (j > 1 and p.lower[j - 1] == "been" and p.lower[j - 2] == "had")

    def _year_for(self, p: Pieces, first: int, last: int, month: int, day: int | None,
                  ref: Reference) -> int | None:
        """The year of a month or day written without one ("in December", "Nov. 25").

        The occurrence nearest the published date when it is close (within a
        month, or ``NEAR_DAYS`` for a day: "said it would extend the offer to
        Nov. 6", "rescued Nov. 25" in a January story) unless a future clause
        puts it ahead ("will close on Christmas Day" two weeks after one); otherwise the latest
        one on or before the published date in a past clause, the first one on
        or after it in a future clause, and the nearest one when the clause
        has no tense cue or the date is a deadline ("payable Jan. 2", "by
        February"). None without a published year."""
        if ref.year is None or ref.month is None:
            return ref.year
        # nearest occurrence and its distance (days, or months without a day)
        if day is not None and ref.day is not None:
            options = [(abs((dt.date(y, month, day) - ref.date).days), y)
                       for y in (ref.year, ref.year - 1, ref.year + 1) if valid_day(y, month, day)]
            gap, nearest = min(options, key=lambda o: o[0]) if options else (0, ref.year)
            near = gap <= NEAR_DAYS
            behind = near and valid_day(nearest, month, day) \
                and (ref.date - dt.date(nearest, month, day)).days > 7
        else:
            options = [(abs((y * 12 + month) - (ref.year * 12 + ref.month)), y)
                       for y in (ref.year, ref.year - 1, ref.year + 1)]
            gap, nearest = min(options, key=lambda o: o[0])  # a tie keeps the published year
            near = gap <= 1
            behind = near and nearest * 12 + month < ref.year * 12 + ref.month
        k = first - 1
        while k > 0 and k > first - 5 and (p.lower[k] in MOD_WORDS or p.lower[k] in MOD_NOUNS
                                           or p.lower[k] in ("of", "the") or p.text[k] in DASHES):
            k -= 1  # "until mid-November", "by the end of March"
        prev = p.lower[k] if k >= 0 and p.kind[k] != BREAK else ""
        if prev in DEADLINE_WORDS:
            return nearest  # "by Dec. 15", "through January": a deadline, seen from either side
        tense = "past" if prev == "since" else self._tense(p, first, last)
        if near and not (behind and tense == "future"):
            return nearest  # a near date in a future clause is still ahead: "will close on Christmas Day"
        here = (ref.month, ref.day or 0) if day is not None else (ref.month, 0)
        there = (month, day or 0)
        if tense == "past":
            return ref.year if there <= here else ref.year - 1
        if tense == "future":
            return ref.year if there >= here else ref.year + 1
        return nearest

    # ------------------------------------------------------------------ absolute dates
    def _compact(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``1993.11``, ``2024.06.11``, ``05.11.2024``, ``2024-06-11``, ``11/05/2024``."""
        if p.kind[i] != NUM:
            return None
        text = p.text[i]
        if "." in text and "," not in text:
            parts = text.split(".")
            start = self._compact_month(p, i)
            if start is not None:
                # "2011.09 to 2016.02", "1992.05–1996.08": a term in an ambassadors' list
                j = i + 1
                if j + 1 < len(p) and (p.lower[j] == "to" or p.text[j] in DASHES):
                    end = self._compact_month(p, j + 1)
                    if end is not None and end > start:
                        return [Hit(i, j + 1, f"{fmt_month(*start)}/{fmt_month(*end)}")]
                return [Hit(i, i, fmt_month(*start))]
            if len(parts) == 3:
                a, b, c = parts
                if len(a) == 4 and len(b) == 2 and len(c) == 2:
                    y, m, d = int(a), int(b), int(c)
                elif len(c) == 4 and len(a) <= 2 and len(b) <= 2:
                    d, m, y = int(a), int(b), int(c)
                else:
                    return None
                if 1 <= m <= 12 and 1900 <= y <= 2099 and valid_day(y, m, d):
                    return [Hit(i, i, fmt_day(y, m, d))]
            return None
        # ISO "2024-06-11" and slashed "11/05/2024", "2024/06/11": five adjacent pieces.
        if i + 4 >= len(p) or any(p.gap[k] for k in range(i + 1, i + 5)):
            return None
        sep = p.text[i + 1]
        if sep not in ("-", "/") or p.text[i + 3] != sep or p.kind[i + 2] != NUM or p.kind[i + 4] != NUM:
            return None
        a, b, c = p.text[i], p.text[i + 2], p.text[i + 4]
        if not (a.isdigit() and b.isdigit() and c.isdigit()):
            return None
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif sep == "/" and len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            m, d, y = int(a), int(b), int(c)
            if m > 12:  # day-first when it cannot be month-first
                m, d = d, m
        else:
            return None
        if 1 <= m <= 12 and 1900 <= y <= 2099 and valid_day(y, m, d):
            return [Hit(i, i + 4, fmt_day(y, m, d))]
        return None

    def _compact_month(self, p: Pieces, i: int) -> tuple[int, int] | None:
        """``(year, month)`` of a ``1993.11`` piece at ``i`` (not an amount)."""
        if i >= len(p) or p.kind[i] != NUM:
            return None
        parts = p.text[i].split(".")
        if len(parts) != 2 or len(parts[0]) != 4 or len(parts[1]) != 2:
            return None
        year, month = int(parts[0]), int(parts[1])
        if 1900 <= year <= 2099 and 1 <= month <= 12 and not self._money_context(p, i, i):
            return year, month
        return None

    def _optional_year(self, p: Pieces, j: int, ref: Reference | None = None) -> tuple[int | None, int]:
        """After a day/month: ``[","] [of] YEAR`` -> ``(year, last)`` or ``(None, j - 1)``;
        with ``ref``, also ``this/last/next year`` ("13-16 June this year")."""
        k = j
        if self._sym(p, k, ","):
            k += 1
        elif self._at(p, k, "of"):
            k += 1
        y = self._year_at(p, k) or self._spelled_year(p, k)
        if y is None:
            rel = self._relative_year_after(p, j, ref) if ref is not None and ref.year is not None else None
            return (rel[0], rel[1]) if rel is not None else (None, j - 1)
        return y[0], y[1]

    def _spelled_year(self, p: Pieces, i: int) -> tuple[int, int] | None:
        """A year in words, as broadcast transcripts write it: ``nineteen
        ninety-six`` (1996), ``nineteen eighty`` (1980), ``two thousand`` /
        ``two thousand and one`` after "year" -> (year, last piece)."""
        if i >= len(p) or p.kind[i] != WORD:
            return None
        words = self.number_words
        w = p.lower[i]
        if w in ("eighteen", "nineteen"):
            century = words[w] * 100
            tens = words.get(p.lower[i + 1]) if i + 1 < len(p) else None
            if not isinstance(tens, int) or tens < 10 or (tens < 20 and tens != 10) or tens > 90 \
                    or (tens >= 20 and tens % 10):
                return None
            last = i + 1
            if tens >= 20:
                k = last + 1
                if self._sym(p, k, DASHES) and not p.gap[k]:
                    k += 1
                unit = words.get(p.lower[k]) if k < len(p) else None
                if isinstance(unit, int) and 1 <= unit <= 9 and p.lower[k] not in ("a", "an"):
                    return century + tens + unit, k
            return century + tens, last
        if w == "two" and self._at(p, i + 1, "thousand") and self._prev_word(p, i) == "year":
            last = i + 1
            k = last + 1
            if self._at(p, k, "and"):
                k += 1
            unit = words.get(p.lower[k]) if k < len(p) else None
            if isinstance(unit, int) and 1 <= unit <= 19 and p.lower[k] not in ("a", "an"):
                return 2000 + unit, k
            return 2000, last
        return None

    def _spelled_year_rule(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``in nineteen ninety-six``; ``the year two thousand`` (span from "year")."""
        if p.lower[i] == "year" and self._prev_word(p, i) == "the":
            y = self._spelled_year(p, i + 1)
            if y is not None:
                return [Hit(i, y[1], fmt_year(y[0]))]
            return None
        y = self._spelled_year(p, i)
        if y is None or y[0] >= 2000:
            return None
        nxt = y[1] + 1
        if nxt < len(p) and (p.lower[nxt] in COUNT_NOUNS or p.lower[nxt] in ("dollars", "hundred", "thousand")):
            return None  # "nineteen ninety-five dollars"
        return [Hit(i, y[1], fmt_year(y[0]))]

    def _month_first(self, p: Pieces, i: int, ref: Reference, nested: bool = False) -> list[Hit] | None:
        """``[Monday,] Aug. 16[, 2021]``, ``March 20-21, 2024``, ``Nov. 30-Dec. 2``,
        ``April 16 and 17``, ``August 2021``, ``in August``, ``June-July 2024``."""
        j = self._skip_weekday(p, i)
        mo = self._month(p, j)
        if mo is None:
            return None
        month, k = mo
        day = self._day(p, k + 1)
        if day is None:
            if j != i:  # "Monday, August" is not a date we can read
                return None
            # Month-month range: "June-July 2024", "from June to August 2024".
            conn = self._range_connector(p, k + 1, i)
            if conn is not None:
                mo2 = self._month(p, conn)
                if mo2 is not None and self._day(p, mo2[1] + 1) is None:
                    year, last = self._optional_year(p, mo2[1] + 1, ref)
                    last = max(last, mo2[1])
                    rel = self._relative_year_after(p, mo2[1] + 1, ref) if year is None else None
                    if rel is not None and rel[0] is not None:  # "January–August this year"
                        year, last = rel
                    if year is not None:
                        start_year = year - 1 if mo2[0] < month else year
                    else:
                        # The year is read off the end month: "January-October" trade
                        # figures in a December story are this year's, not next year's.
                        year = start_year = self._year_for(p, i, last, mo2[0], None, ref)
                        if year is not None and mo2[0] < month:
                            start_year = year - 1
                    return [Hit(i, last, f"{_Point(start_year, month).value(ref)}/{_Point(year, mo2[0]).value(ref)}")]
            year, last = self._optional_year(p, k + 1, ref)
            if year is None:
                rel = self._relative_year_after(p, k + 1, ref)
                if rel is not None:  # "June last year", "in January this year"
                    return [Hit(i, rel[1], fmt_month(rel[0], month))]
                if not self._month_is_safe(p, j, k, False):
                    return None
                nxt = k + 1
                if nxt < len(p) and p.kind[nxt] == WORD and p.text[nxt][0].isupper() and p.gap[nxt] \
                        and self._prev_word(p, j) not in ("in", "since", "until", "of", "from", "by", "during"):
                    return None  # "April Kim", "June Park": a first name
                return [Hit(i, k, fmt_month(self._year_for(p, i, k, month, None, ref), month))]
            conn = None if nested else self._range_connector(p, last + 1, i)
            if conn is not None:
                # "from October 2030 to March 2031": both ends with their years (one level only)
                mo2 = self._month(p, conn)
                if mo2 is not None and self._day(p, mo2[1] + 1) is None:
                    year2, last2 = self._optional_year(p, mo2[1] + 1)
                    if year2 is not None and (year2, mo2[0]) > (year, month):
                        return [Hit(i, last2, f"{fmt_month(year, month)}/{fmt_month(year2, mo2[0])}")]
            return [Hit(i, last, fmt_month(year, month))]
        d1, k = day
        if not valid_day(None, month, d1):
            return None
        # Range: "20-21", "20 to 21", "Nov. 30-Dec. 2"
        conn = self._range_connector(p, k + 1, i)
        if conn is not None:
            mo2 = self._month(p, conn)
            if mo2 is not None:
                day2 = self._day(p, mo2[1] + 1)
                if day2 is not None:
                    year, last = self._optional_year(p, day2[1] + 1, ref)
                    last = max(last, day2[1])
                    start_year, end_year = self._range_years(p, i, last, year, month, d1, mo2[0], ref)
                    return [Hit(i, last, f"{_Point(start_year, month, d1).value(ref)}/"
                                         f"{_Point(end_year, mo2[0], day2[0]).value(ref)}")]
            day2 = self._day(p, conn)
            if day2 is not None and day2[0] > d1 and self._month(p, day2[1] + 1) is None:
                year, last = self._optional_year(p, day2[1] + 1, ref)
                last = max(last, day2[1])
                if year is None:
                    year = self._year_for(p, i, last, month, d1, ref)
                return [Hit(i, last, f"{_Point(year, month, d1).value(ref)}/"
                                     f"{_Point(year, month, day2[0]).value(ref)}")]
        year, last = self._optional_year(p, k + 1, ref)
        if year is not None:
            if not valid_day(year, month, d1):
                return None
            conn = None if nested else self._range_connector(p, last + 1, i)
            if conn is not None and p.lower[conn] not in self.weekdays:
                # one level only: "Jan. 1, 2000 to Feb. 1, 2000 to ..." stays linear
                other = self._month_first(p, conn, ref, nested=True)
                if other and len(other) == 1 and "/" not in (other[0].value or "/") \
                        and p.kind[other[0].last] == NUM and len(p.text[other[0].last]) == 4:
                    return [Hit(i, other[0].last, f"{fmt_day(year, month, d1)}/{other[0].value}")]
            return [Hit(i, last, fmt_day(year, month, d1))]
        # A list of days sharing the month: "April 16 and 17[, 2024]".
        items = [(i, k, d1)]
        m = k + 1
        while len(items) < 8 and m < len(p) and (self._at(p, m, "and") or self._at(p, m, "or") or self._sym(p, m, ",")):
            nxt = self._day(p, m + 1)
            if self._sym(p, m, ",") and (self._at(p, m + 1, "and") or self._at(p, m + 1, "or")):
                nxt = self._day(p, m + 2)
                m += 1
            if nxt is None or self._month(p, nxt[1] + 1) is not None or self._unit_follows(p, nxt[1] + 1):
                break
            items.append((m + 1, nxt[1], nxt[0]))
            m = nxt[1] + 1
        year, last = self._optional_year(p, items[-1][1] + 1, ref)
        written = year is not None
        if not written:
            rel = self._relative_year_after(p, items[-1][1] + 1, ref)
            if rel is not None:  # "Oct. 23 last year"
                year, last, written = rel[0], rel[1], True
            else:
                year = self._year_for(p, i, items[-1][1], month, d1, ref)
        hits = []
        for n, (a, b, d) in enumerate(items):
            end = last if (n == len(items) - 1 and written) else b
            hits.append(Hit(a, end, _Point(year, month, d).value(ref)))
        return hits

    def _short_year(self, p: Pieces, month_last: int, ref: Reference) -> tuple[int, int] | None:
        """``(year, piece)`` of the two-digit year of a source line, "6 Mar 25": an
        abbreviated month, then two digits that end the line or the bracket, and
        within a year of the published one (so "on 5 Mar 25 people died" stays a day)."""
        j = month_last + 1
        if ref.year is None or j >= len(p) or p.kind[j] != NUM or len(p.text[j]) != 2 or not p.gap[j] \
                or len(p.text[month_last]) != 3:
            return None
        if j + 1 < len(p) and not (p.kind[j + 1] == BREAK or p.text[j + 1] in (")", ".", ",", ";")):
            return None
        year = ref.year // 100 * 100 + int(p.text[j])
        return (year, j) if abs(year - ref.year) <= 1 else None

    def _relative_year_after(self, p: Pieces, j: int, ref: Reference) -> tuple[int | None, int] | None:
        """``this year`` / ``last year`` / ``next year`` right after a month or day:
        ``(year, last piece)``; also ``of this year`` ("January-July of this year")."""
        if self._at(p, j, "of") and self._at(p, j + 2, "year"):
            j += 1
        if not self._at(p, j + 1, "year") or p.lower[j] not in ("this", "last", "next"):
            return None
        shift = {"this": 0, "last": -1, "next": 1}[p.lower[j]]
        return (ref.year + shift if ref.year is not None else None), j + 1

    def _range_years(self, p: Pieces, first: int, last: int, year: int | None, month: int,
                     day: int | None, month2: int, ref: Reference) -> tuple[int | None, int | None]:
        """Years of the two ends of "Nov. 30 - Dec. 2[, 2024]" / "30 December - 2 January"."""
        if year is not None:
            return (year - 1 if month2 < month else year), year
        start = self._year_for(p, first, last, month, day, ref)
        if start is None:
            return None, None
        return start, (start + 1 if month2 < month else start)

    def _unit_follows(self, p: Pieces, i: int) -> bool:
        return i < len(p) and (p.lower[i] in COUNT_NOUNS or p.text[i] in ("%", ":"))

    def _day_first(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``16 August 2021``, ``16th of August``, ``12 to 14 November 2003``,
        ``16-17 of August, 2021``, ``30 November – 2 December 2024``, ``16 and 17 August``."""
        j = self._skip_weekday(p, i)
        day = self._day(p, j)
        if day is None:
            return None
        d1, k = day
        after = k + 1
        if self._at(p, after, "of"):
            after += 1
        mo = self._month(p, after)
        if mo is not None:
            month, mk = mo
            if not valid_day(None, month, d1):
                return None
            # "30 November – 2 December 2024"
            conn = self._range_connector(p, mk + 1, i)
            if conn is not None:
                day2 = self._day(p, conn)
                if day2 is not None:
                    a2 = day2[1] + 1
                    if self._at(p, a2, "of"):
                        a2 += 1
                    mo2 = self._month(p, a2)
                    if mo2 is not None:
                        year, last = self._optional_year(p, mo2[1] + 1, ref)
                        start_year, end_year = self._range_years(p, i, last, year, month, d1, mo2[0], ref)
                        return [Hit(i, last, f"{_Point(start_year, month, d1).value(ref)}/"
                                             f"{_Point(end_year, mo2[0], day2[0]).value(ref)}")]
            year, last = self._optional_year(p, mk + 1, ref)
            last = max(last, mk)
            if year is None:
                short = self._short_year(p, mk, ref)
                rel = self._relative_year_after(p, mk + 1, ref)
                if short is not None:  # "(Kazinform, Astana, in Russian 1120 gmt 6 Mar 25)"
                    year, last = short
                elif rel is not None:  # "23 October last year"
                    year, last = rel
                else:
                    year = self._year_for(p, i, last, month, d1, ref)
            return [Hit(i, last, _Point(year, month, d1).value(ref))]
        if j != i:
            return None
        # "12 to 14 November 2003", "16-17 of August, 2021"
        conn = self._range_connector(p, k + 1, i)
        if conn is not None:
            day2 = self._day(p, conn)
            if day2 is not None and day2[0] > d1:
                a2 = day2[1] + 1
                if self._at(p, a2, "of"):
                    a2 += 1
                mo2 = self._month(p, a2)
                if mo2 is not None:
                    year, last = self._optional_year(p, mo2[1] + 1, ref)
                    month = mo2[0]
                    last = max(last, mo2[1])
                    if year is None:
                        year = self._year_for(p, i, last, month, d1, ref)
                    return [Hit(i, last, f"{_Point(year, month, d1).value(ref)}/"
                                                      f"{_Point(year, month, day2[0]).value(ref)}")]
        # "16 and 17 August 2021": a list; the later item lends the month.
        if self._at(p, k + 1, "and") or self._sym(p, k + 1, ","):
            day2 = self._day(p, k + 2)
            if day2 is not None:
                a2 = day2[1] + 1
                if self._at(p, a2, "of"):
                    a2 += 1
                mo2 = self._month(p, a2)
                if mo2 is not None:
                    year, last = self._optional_year(p, mo2[1] + 1, ref)
                    if year is None:
                        year = self._year_for(p, i, max(last, mo2[1]), mo2[0], d1, ref)
                    return [Hit(i, k, _Point(year, mo2[0], d1).value(ref)),
                            Hit(k + 2, max(last, mo2[1]), _Point(year, mo2[0], day2[0]).value(ref))]
        return None

    def _range_connector(self, p: Pieces, j: int, start: int) -> int | None:
        """Index after a range connector at ``j`` ("-", "to", "and" after "between")."""
        if j >= len(p):
            return None
        before = self._prev_word(p, start)
        if p.kind[j] == SYM and p.text[j] in DASHES:
            return j + 1
        w = p.lower[j]
        if w in RANGE_WORDS_ALWAYS or (before == "from" and w in RANGE_WORDS_AFTER_FROM):
            return j + 1
        if w == "and" and before == "between":
            return j + 1
        return None

    # ------------------------------------------------------------------ years, decades
    def _year_allowed(self, p: Pieces, i: int, year: int) -> bool:
        """Context checks that tell a year from a count or a name."""
        prev = i - 1
        if prev >= 0 and p.kind[prev] != BREAK:
            pt = p.text[prev]
            if pt in CURRENCY_SIGNS or (not p.gap[i] and p.kind[prev] == WORD):
                return False  # "$2015", "US2015", "FY2015" handled by _fiscal
            if pt in ("#", "№") or p.lower[prev] in ("no", "number", "nos") \
                    or (pt == "." and prev > 0 and p.text[prev - 1] in ("No", "Nos", "no") and not p.gap[prev]):
                return False  # "No. 1995", "number 2010"
            if p.kind[prev] == WORD and pt[0].isupper() and p.lower[prev] not in YEAR_OK_AFTER \
                    and p.lower[prev] not in self.months and p.lower[prev] not in self.weekdays \
                    and not self._sentence_start(p, prev):
                return False  # "Kazakhstan 2050", "Expo 2017", "Vision 2030"
            if pt in DASHES and not p.gap[i] and prev - 1 >= 0 and p.kind[prev - 1] == WORD \
                    and p.text[prev - 1][:1].isupper() and p.lower[prev - 1] not in MOD_WORDS:
                return False  # "Astana-2017", "EXPO-2017"
        nxt = i + 1
        if nxt < len(p) and p.kind[nxt] != BREAK:
            nt = p.text[nxt]
            if nt == "%" or p.lower[nxt] in COUNT_NOUNS:
                return False
            if not p.gap[nxt] and p.kind[nxt] == WORD:
                return False  # "2000s" is a decade (own rule), "2020bn" is money
            if nt in DASHES and not p.gap[nxt] and nxt + 1 < len(p) and p.kind[nxt + 1] == NUM \
                    and not p.gap[nxt + 1] and len(p.text[nxt + 1]) <= 2 and self._year_range_end(p, nxt + 1, year) is None:
                return False  # "COVID-19"-like codes, "1-2"
        if year < 1900:
            # Old years only with a temporal preposition in front: "in 1867".
            return self._prev_word(p, i) in ("in", "since", "by", "until", "from", "of", "between", "and",
                                              "during", "before", "after", "circa", "around", "year")
        return True

    @staticmethod
    def _sentence_start(p: Pieces, j: int) -> bool:
        k = j - 1
        return k < 0 or p.kind[k] == BREAK or (p.kind[k] == SYM and p.text[k] in ".!?\"“(")

    def _year_range_end(self, p: Pieces, j: int, start: int) -> tuple[int, int] | None:
        """The end of a year range: ``1996`` or a two-digit ``96`` after ``1992-``."""
        y = self._year_at(p, j)
        if y is not None:
            return y if y[0] > start else None
        if j < len(p) and p.kind[j] == NUM and len(p.text[j]) == 2 and p.text[j].isdigit():
            end = start // 100 * 100 + int(p.text[j])
            if end > start:
                return end, j
        return None

    def _year(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        y = self._year_at(p, i)
        if y is None or not self._year_allowed(p, i, y[0]):
            return None
        year, k = y
        conn = self._range_connector(p, k + 1, i)
        if conn is not None:
            end = self._year_range_end(p, conn, year)
            if end is not None and (self._year_at(p, conn) is None or self._year_allowed(p, conn, end[0]) or p.gap[conn] is False):
                return [Hit(i, end[1], f"{fmt_year(year)}/{fmt_year(end[0])}")]
        return [Hit(i, k, fmt_year(year))]

    def _decade_at(self, p: Pieces, i: int) -> tuple[str, int] | None:
        """``1990s`` / ``'90s`` / ``nineties`` -> (``199X``, last piece)."""
        if i >= len(p):
            return None
        if p.kind[i] == NUM and len(p.text[i]) == 4 and p.text[i].endswith("0") and p.text[i].isdigit() \
                and i + 1 < len(p) and not p.gap[i + 1] and p.lower[i + 1] == "s":
            year = int(p.text[i])
            if 1000 <= year <= 2090:
                return f"{p.text[i][:3]}X", i + 1
        if p.text[i] in ("'", "’") and i + 2 < len(p) and p.kind[i + 1] == NUM and len(p.text[i + 1]) == 2 \
                and p.text[i + 1].endswith("0") and not p.gap[i + 1] and not p.gap[i + 2] and p.lower[i + 2] == "s":
            return f"19{p.text[i + 1][0]}X", i + 2
        if p.kind[i] == NUM and len(p.text[i]) == 2 and p.text[i].endswith("0") and p.text[i] != "00" \
                and i + 1 < len(p) and not p.gap[i + 1] and p.lower[i + 1] == "s" and self._prev_word(p, i) in ("the", "early", "mid", "late", "-"):
            return f"19{p.text[i][0]}X", i + 1
        n = self.decade_words.get(p.lower[i])
        if n is not None and self._prev_word(p, i) in ("the", "early", "mid", "late", "-"):
            return f"19{n}X", i  # "the nineties"; "in her twenties" is an age
        return None

    def _decade(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        dec = self._decade_at(p, i)
        if dec is None:
            return None
        return [Hit(i, dec[1], dec[0])]

    def _century(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``20th century`` -> ``19XX``; ``twentieth century``."""
        n = None
        k = i
        if p.kind[i] == NUM and len(p.text[i]) <= 2 and i + 1 < len(p) and not p.gap[i + 1] \
                and p.lower[i + 1] in ORDINAL_SUFFIXES:
            n, k = int(p.text[i]), i + 1
        elif p.lower[i] in self.ordinal_words and self.ordinal_words[p.lower[i]] > 0:
            n = self.ordinal_words[p.lower[i]]
        if n is None or not 1 <= n <= 21:
            return None
        j = k + 1
        if self._sym(p, j, DASHES):
            j += 1
        if not (self._at(p, j, "century") or self._at(p, j, "centuries")):
            return None
        return [Hit(i, j, f"{n - 1:02d}XX")]

    # ------------------------------------------------------------------ parts of years
    def _year_of(self, p: Pieces, j: int, ref: Reference) -> tuple[str | None, int]:
        """After "quarter"/"half"/a season: ``of 2024``, ``2024``, ``of the year``,
        ``of this/last/next year``. Returns (year text or None, last piece)."""
        k = j
        if self._at(p, k, "of"):
            k += 1
            if self._at(p, k, "the"):
                k += 1
        y = self._year_at(p, k) or self._spelled_year(p, k)
        if y is not None:
            return fmt_year(y[0]), y[1]
        if k > j and self._at(p, k, "year") and self._at(p, k - 1, "the"):
            return fmt_year(ref.year), k  # "of the year"
        if k > j and (self._at(p, k, "this") or self._at(p, k, "last") or self._at(p, k, "next")):
            if self._at(p, k + 1, "year"):
                shift = {"this": 0, "last": -1, "next": 1}[p.lower[k]]
                return fmt_year(ref.year + shift if ref.year else None), k + 1
        return None, j - 1

    def _quarter_or_half(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``first quarter of 2024``, ``Q3 2023``, ``3Q``, ``the third quarter``,
        ``fourth-quarter``, ``first half of the year``, ``H1 2024``."""
        w = p.lower[i]
        # "Q3" / "H1" (+ year), "3Q"
        if p.kind[i] == WORD and w in ("q", "h") and i + 1 < len(p) and p.kind[i + 1] == NUM and not p.gap[i + 1]:
            n = int(p.text[i + 1]) if p.text[i + 1].isdigit() else 0
            if (w == "q" and 1 <= n <= 4) or (w == "h" and n in (1, 2)):
                k = i + 1
                y = self._year_at(p, k + 1)
                if y is None and i + 2 < len(p) and self._sym(p, k + 1, DASHES) or self._sym(p, k + 1, "'"):
                    y = None
                label = f"{'Q' if w == 'q' else 'H'}{n}"
                if y is not None:
                    return [Hit(i, y[1], f"{y[0]:04d}-{label}")]
                if not p.text[i].isupper():
                    return None
                return [Hit(i, k, f"{fmt_year(ref.year)}-{label}")]
            return None
        if w == "last" and self._at(p, i + 1, "quarter") and self._prev_word(p, i) != "the":
            return [Hit(i, i + 1, self._previous_quarter(ref))]
        if w in ("this", "current") and self._at(p, i + 1, "quarter"):
            if ref.year is None or ref.month is None:
                return [Hit(i, i + 1, "XXXX-QX")]
            return [Hit(i, i + 1, f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}")]
        # "the quarter", "the latest quarter": the quarter the news reports on,
        # the last one completed before the published date.
        if self._prev_word(p, i) == "the" and (w == "quarter" or (w == "latest" and self._at(p, i + 1, "quarter"))):
            q = i if w == "quarter" else i + 1
            nxt = p.lower[q + 1] if q + 1 < len(p) else ""
            if nxt in ("of", "century", "mile", "final", "finals", "point") or self._sym(p, q + 1, DASHES) \
                    or p.text[q][0].isupper():
                return None  # "the quarter of the city", "the quarter-final", "the Quarter"
            return [Hit(i, q, self._previous_quarter(ref))]
        # "this year's third quarter", "the 1988 second quarter", "next year's first half"
        lead = self._year_lead(p, i, ref)
        if lead is not None:
            part = self._period_part(p, lead[1])
            if part is None:
                return None
            label, last = part
            return [Hit(i, last, f"{lead[0]}-{label}")]
        part = self._period_part(p, i)
        if part is None:
            return None
        if self._prev_word(p, i) in ("earlier", "prior", "previous", "preceding"):
            return None  # "the year-earlier third quarter": anchored to the story
        label, j = part
        year, last = self._year_of(p, j + 1, ref)
        if year is None:
            if w == "last":
                return None  # "the last quarter", "the last two quarters": durations
            year, last = fmt_year(ref.year), j
            if label[0] == "H" and self._prev_word(p, i) not in ("the", "this", "its", "their", "fiscal", "-") \
                    and p.lower[i + 1] == "half":
                return None  # "a first half" / "second half" without article is rarely a date
        return [Hit(i, last, f"{year}-{label}")]

    def _period_part(self, p: Pieces, i: int) -> tuple[str, int] | None:
        """``third quarter``, ``fourth-quarter``, ``first half``, ``last half``,
        ``first two quarters`` at ``i`` -> (``Q3``/``H1``, last piece)."""
        w = p.lower[i] if i < len(p) else ""
        if w not in QUARTER_WORDS and w != "last":
            return None
        j = i + 1
        if self._sym(p, j, DASHES):
            j += 1
        if self._at(p, j, "two") and self._at(p, j + 1, "quarters") and w in ("first", "last"):
            return ("H1" if w == "first" else "H2"), j + 1  # "the first two quarters of 1990"
        if self._at(p, j, "quarter"):
            return f"Q{4 if w == 'last' else QUARTER_WORDS[w]}", j
        if self._at(p, j, "half") and (w in HALF_WORDS or w == "last"):
            return f"H{2 if w == 'last' else HALF_WORDS[w]}", j
        return None

    def _year_lead(self, p: Pieces, i: int, ref: Reference) -> tuple[str, int] | None:
        """A year written before a part of it: ``1988`` / ``this year's`` /
        ``2024's`` -> (year text, index after it)."""
        y = self._year_at(p, i)
        if y is not None:
            if not self._year_allowed(p, i, y[0]) and not self._at(p, i + 1, "'s") \
                    and not (i + 2 < len(p) and p.text[i + 1] in ("'", "’") and p.lower[i + 2] == "s"):
                return None
            year, k = fmt_year(y[0]), i + 1
        elif p.lower[i] in ("this", "last", "next") and self._at(p, i + 1, "year"):
            shift = {"this": 0, "last": -1, "next": 1}[p.lower[i]]
            year, k = fmt_year(ref.year + shift if ref.year is not None else None), i + 2
        else:
            return None
        if self._at(p, k, "'s"):
            k += 1
        elif k + 1 < len(p) and p.text[k] in ("'", "’") and p.lower[k + 1] == "s":
            k += 2
        return year, k

    @staticmethod
    def _previous_quarter(ref: Reference) -> str:
        if ref.year is None or ref.month is None:
            return "XXXX-QX"
        q = (ref.month - 1) // 3  # 0-based current quarter; the previous one is q (1-based)
        year, q = (ref.year - 1, 4) if q == 0 else (ref.year, q)
        return f"{year:04d}-Q{q}"

    def _season(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``summer 2024``, ``the summer of 2024``, ``last winter``, ``in the spring``."""
        shift = None
        k = i
        if p.lower[i] in ("this", "last", "next", "past"):
            shift = p.lower[i]
            k = i + 1
        season = self.seasons.get(p.lower[k]) if k < len(p) else None
        if season is None:
            return None
        if p.lower[k] == "fall" and shift is None and self._prev_word(p, k) not in ("the", "in", "this", "last", "next", "early", "late", "mid", "of"):
            return None  # "prices fall"
        year, last = self._year_of(p, k + 1, ref)
        if year is not None and shift is None:
            return [Hit(i, last, f"{year}-{season}")]
        if shift is None:
            prev = self._prev_word(p, k)
            if prev == "the":
                prev = self._prev_word(p, k - 1)
            if prev not in ("in", "during", "early", "late", "mid", "by", "until", "since", "over", "this",
                            "into", "through", "throughout"):
                return None  # "the fall in oil prices"
            year = ref.year
            if year is not None and ref.month is not None and season != "WI" \
                    and ref.month > {"SP": 5, "SU": 8, "FA": 11}[season] and self._tense(p, i, k) == "future":
                # "a summit is planned in the spring", told in November: next spring. (No
                # mirror rule for the past: "accepted an invitation from X to visit in the
                # autumn" reads as past and is ahead.)
                year += 1
            return [Hit(i, k, f"{fmt_year(year)}-{season}")]
        if ref.year is None or ref.month is None:
            return [Hit(i, k, f"XXXX-{season}")]
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
        year_n = ref.year
        if shift in ("last", "past"):
            end = start + 2
            year_n = ref.year if (ref.month > end and season != "WI") else ref.year - 1
        elif shift == "next":
            year_n = ref.year if ref.month < start else ref.year + 1
        return [Hit(i, k, f"{year_n:04d}-{season}")]

    def _fiscal(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``fiscal 2023``, ``fiscal year 2023``, ``FY2023``, ``fiscal first quarter``."""
        if p.lower[i] == "fiscal":
            k = i + 1
            if self._sym(p, k, DASHES):
                k += 1
            inner = self._quarter_or_half(p, k, ref)
            if inner and len(inner) == 1 and inner[0].first == k:
                return [Hit(i, inner[0].last, inner[0].value, inner[0].mod)]
            if self._at(p, k, "year"):
                k += 1
            y = self._year_at(p, k)
            if y is not None:
                return [Hit(i, y[1], fmt_year(y[0]))]
            return None
        if p.lower[i] == "fy" and i + 1 < len(p) and p.kind[i + 1] == NUM:
            t = p.text[i + 1]
            if len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099:
                return [Hit(i, i + 1, t)]
            if len(t) == 2 and t.isdigit():
                return [Hit(i, i + 1, f"20{t}")]
        return None

    def _the_year(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``for the year``, ``in the current year``, ``for the full year``,
        ``the fiscal year``: the published year (like "the end of the year").

        Only after a preposition and before punctuation or a word that cannot
        open a relative clause: "the year Kazakhstan adopted its constitution",
        "the year before" and "the year of the dragon" are anchored elsewhere."""
        if self._prev_word(p, i) != "the" or i < 2 or p.lower[i - 2] not in THE_YEAR_PREPS:
            return None
        k = i
        if p.lower[k] in ("full", "current", "calendar"):
            k += 1
        if self._at(p, k, "fiscal"):
            k += 1
        if not self._at(p, k, "year") or p.text[k][0].isupper() and p.text[i][0].isupper():
            return None  # "the Year of Korea" is a name
        nxt = k + 1
        if nxt < len(p) and p.kind[nxt] != BREAK:
            if p.kind[nxt] == SYM:
                if p.text[nxt] in DASHES or p.text[nxt] in ("'", "’"):
                    return None  # "the year-end", "the year's end": other rules
            elif p.lower[nxt] not in THE_YEAR_FOLLOWERS:
                return None
        return [Hit(i, k, fmt_year(ref.year))]

    def _the_weekend(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``over the weekend``, ``ahead of the weekend``: the Saturday-Sunday
        interval just past (past clause) or coming (future clause, "ahead of")."""
        if p.lower[i] != "weekend" or self._prev_word(p, i) != "the" or i < 2 \
                or p.lower[i - 2] not in WEEKEND_PREPS:
            return None
        if ref.date is None:
            return [Hit(i, i, "XXXX-XX-XX/XXXX-XX-XX")]
        ahead = i >= 3 and p.lower[i - 2] == "of" and p.lower[i - 3] == "ahead"
        future = ahead or p.lower[i - 2] in ("until", "before") or self._tense(p, i, i) == "future"
        saturday_or_sunday = ref.date.weekday() >= 5
        sat, sun = weekend_of(ref.date, 0 if future or saturday_or_sunday else -1)
        return [Hit(i, i, f"{sat.isoformat()}/{sun.isoformat()}")]

    @staticmethod
    def _holiday_date(rule: tuple[int, ...], year: int) -> dt.date:
        if len(rule) == 2:
            return dt.date(year, rule[0], rule[1])
        month, n, weekday = rule
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    def _holiday(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``Christmas``, ``New Year's Day``, ``Thanksgiving Day``; ``last
        Christmas``. The year as for a day without one (nearness, tense), an
        optional year after it ("Christmas 2023") wins."""
        shift = None
        k = i
        if p.lower[i] in ("last", "next", "this"):
            shift, k = p.lower[i], i + 1
        if k >= len(p) or not p.text[k][:1].isupper():
            return None
        for names, rule in self._holidays_by_first.get(p.lower[k], ()):
            end = k + len(names) - 1
            if end < len(p) and all(p.lower[k + n] == name for n, name in enumerate(names)) \
                    and all(not p.gap[k + n] or p.kind[k + n] == WORD for n in range(1, len(names))):
                break
        else:
            return None
        year, last = self._optional_year(p, end + 1, ref)
        if year is None:
            last = end
            if ref.year is None:
                return [Hit(i, last, "XXXX-XX-XX")]
            this_year = self._holiday_date(rule, ref.year)
            if shift is not None and ref.date is not None:
                year = ref.year
                if shift == "last" and this_year >= ref.date:
                    year -= 1
                elif shift == "next" and this_year <= ref.date:
                    year += 1
            else:
                year = self._year_for(p, k, end, this_year.month, this_year.day, ref)
        elif shift is not None:
            return None
        return [Hit(i, last, self._holiday_date(rule, year).isoformat())]

    def _year_end(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``by year-end``, ``by year end``, ``by year's end``: the published
        year, LATE; ``since year-end``: the year before."""
        if p.lower[i] != "year":
            return None
        prev = self._prev_word(p, i)
        if prev not in YEAR_END_PREPS:
            return None
        k = i + 1
        if self._sym(p, k, DASHES) and not p.gap[k]:
            k += 1
        elif self._at(p, k, "'s"):
            k += 1
        elif k + 1 < len(p) and p.text[k] in ("'", "’") and p.lower[k + 1] == "s":
            k += 2
        if not self._at(p, k, "end"):
            return None
        year = ref.year - 1 if (prev == "since" and ref.year is not None) else ref.year
        return [Hit(i, k, fmt_year(year), "LATE")]

    # ------------------------------------------------------------------ modifiers
    def _modified(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``early 2011``, ``mid-2024``, ``late last year``, ``the end of the year``,
        ``end of 2025``, ``the beginning of March``, ``around 2010``."""
        w = p.lower[i]
        mod = None
        j = i + 1
        if w in RELATIVE_MODS:
            return self._relative_modified(p, i, ref)
        if w in MOD_WORDS and w != "middle":
            mod = MOD_WORDS[w]
            if self._sym(p, j, DASHES):
                j += 1
        elif w in MOD_NOUNS and self._at(p, i + 1, "of"):
            mod = MOD_NOUNS[w]
            j = i + 2
            if self._at(p, j, "the") and not self._at(p, j + 1, "year") and not self._at(p, j + 1, "month"):
                j += 1
        elif w in ("end", "start") and self._sym(p, j, DASHES) and not p.gap[j] and j + 1 < len(p) \
                and not p.gap[j + 1] and p.kind[j + 1] == NUM:
            # "end-2026", "start-2025": the compact form of "the end of 2026" in financial news
            mod = MOD_NOUNS[w]
            j += 1
        elif w in APPROX_WORDS or w in AGO_APPROX_WORDS:
            ago = self._ago(p, j, ref)
            if ago and ago[0].first == j and p.lower[ago[0].last] == "ago":
                return [Hit(i, ago[0].last, ago[0].value, "APPROX")]  # "nearly four years ago"
            if w not in APPROX_WORDS:
                return None
            inner = (self._month_first(p, j, ref) or self._day_first(p, j, ref)) if w != "about" else None
            if inner and len(inner) == 1 and "/" not in (inner[0].value or "/"):
                return [Hit(i, inner[0].last, inner[0].value, "APPROX")]  # "around Nov. 1"
            y = self._year_at(p, j, strict=True)
            if y is not None and self._year_allowed(p, j, y[0]) and not (j + 1 < len(p) and p.lower[j + 1] in COUNT_NOUNS):
                return [Hit(i, y[1], fmt_year(y[0]), "APPROX")]
            return None
        else:
            return None
        # what the modifier applies to
        dec = self._decade_at(p, j)
        if dec is not None:
            return [Hit(i, dec[1], dec[0], mod)]
        inner = self._month_first(p, j, ref)
        if inner and len(inner) == 1 and p.lower[j] in self.months:
            return [Hit(i, inner[0].last, inner[0].value, mod)]
        y = self._year_at(p, j)
        if y is not None and (p.gap[j] or p.text[j - 1] in DASHES):
            return [Hit(i, y[1], fmt_year(y[0]), mod)]
        if self._at(p, j, "the") and (self._at(p, j + 1, "year") or self._at(p, j + 1, "month")) and w in MOD_NOUNS:
            unit = p.lower[j + 1]
            value = fmt_year(ref.year) if unit == "year" else fmt_month(ref.year, ref.month)
            return [Hit(i, j + 1, value, mod)]
        rel = self._relative_shift(p, j, ref)
        if rel and rel[0].first == j and p.lower[j + 1] in ("year", "month", "decade", "century", "week"):
            return [Hit(i, rel[0].last, rel[0].value, mod)]
        century = self._century(p, j, ref)
        if century:
            return [Hit(i, century[0].last, century[0].value, mod)]
        if w in MOD_NOUNS:  # "the end of the third quarter", "the end of Q3 2025"
            part = self._quarter_or_half(p, j, ref)
            if part and len(part) == 1 and part[0].first == j and "/" not in (part[0].value or "/"):
                return [Hit(i, part[0].last, part[0].value, mod)]
        if w in MOD_WORDS:  # "early Tuesday", "late yesterday", "the early summer"
            for rule in (self._relative_word, self._weekday, self._season):
                inner = rule(p, j, ref)
                if inner and len(inner) == 1 and inner[0].first == j:
                    return [Hit(i, inner[0].last, inner[0].value, mod)]
        return None

    def _relative_modified(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``earlier this year``, ``later this month``, ``earlier Sunday``,
        ``later yesterday``, ``earlier in the year``: the period, mod EARLY/LATE."""
        mod = RELATIVE_MODS[p.lower[i]]
        j = i + 1
        if self._at(p, j, "in") and self._at(p, j + 1, "the") and j + 2 < len(p) \
                and p.lower[j + 2] in ("year", "month", "week"):
            unit = p.lower[j + 2]
            if unit == "year":
                value = fmt_year(ref.year)
            elif unit == "month":
                value = fmt_month(ref.year, ref.month) if ref.month else "XXXX-XX"
            else:
                value = fmt_week(ref.date)
            return [Hit(i, j + 2, value, mod)]
        for rule in (self._relative_shift, self._relative_word, self._weekday):
            inner = rule(p, j, ref)
            if inner and len(inner) == 1 and inner[0].first == j:
                return [Hit(i, inner[0].last, inner[0].value, mod)]
        return None

    # ------------------------------------------------------------------ relative dates
    def _relative_word(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``today``, ``yesterday``, ``tomorrow``."""
        w = p.lower[i]
        if w not in ("today", "yesterday", "tomorrow"):
            return None
        if w == "today" and self._at(p, i + 1, "'s") or (i + 1 < len(p) and p.text[i + 1] in ("'", "’") and self._at(p, i + 2, "s") and w == "today"):
            pass  # "today's" still names the day
        if self._prev_word(p, i) == "of" and w in ("today", "tomorrow") and i >= 2 and p.kind[i - 2] == WORD \
                and p.lower[i - 2] not in ("end", "morning", "evening", "afternoon", "night"):
            return None  # "the people of tomorrow", "the youth of today": not a day
        date = ref.date
        if date is not None:
            date = date + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
        return [Hit(i, i, fmt_date(date))]

    def _relative_shift(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``this/last/next year|month|week|weekend``, ``last Friday``, ``this Monday``."""
        w = p.lower[i]
        if w not in ("this", "last", "next", "coming"):
            return None
        if i + 1 >= len(p):
            return None
        unit = p.lower[i + 1]
        shift = {"this": 0, "last": -1, "next": 1, "coming": 1}[w]
        if w in ("last", "next") and self._prev_word(p, i) == "the":
            return None  # "the last year" is a duration; "the next year" counts from the story's own time
        if unit in ("year", "month", "week", "weekend") and p.text[i + 1][0].isupper() and p.text[i][0].isupper() \
                and not self._in_headline(p, i, i + 1):
            return None  # "ABC's This Week", "Next Year" in running text: a title
        if unit == "year":
            return [Hit(i, i + 1, fmt_year(ref.year + shift if ref.year else None))]
        if unit == "month":
            if ref.year is None or ref.month is None:
                return [Hit(i, i + 1, "XXXX-XX")]
            y, m = shift_month(ref.year, ref.month, shift)
            return [Hit(i, i + 1, fmt_month(y, m))]
        if unit == "week":
            date = ref.date + dt.timedelta(weeks=shift) if ref.date else None
            return [Hit(i, i + 1, fmt_week(date))]
        if unit == "weekend":
            if ref.date is None:
                return [Hit(i, i + 1, "XXXX-XX-XX/XXXX-XX-XX")]
            sat, sun = weekend_of(ref.date, shift)
            return [Hit(i, i + 1, f"{sat.isoformat()}/{sun.isoformat()}")]
        mo = self._month(p, i + 1)
        if mo is not None and w != "coming" and self._day(p, mo[1] + 1) is None \
                and self._year_at(p, mo[1] + 1) is None:
            # "last October": the latest October before the published month;
            # "next March": the first one after it; "this June": the published year's.
            month = mo[0]
            if ref.year is None or ref.month is None:
                return [Hit(i, mo[1], fmt_month(ref.year, month))]
            year = ref.year
            if w == "last" and month >= ref.month:
                year -= 1
            elif w == "next" and month <= ref.month:
                year += 1
            return [Hit(i, mo[1], fmt_month(year, month))]
        wd = self._weekday_at(p, i + 1)
        if wd is not None:
            direction = {"this": self._tense(p, i, wd[1]) or "past", "last": "before", "next": "after", "coming": "after"}[w]
            date = weekday_near(ref.date, wd[0], direction) if ref.date else None
            return [Hit(i, wd[1], fmt_date(date))]
        return None

    def _ago(self, p: Pieces, i: int, ref: Reference) -> list[Hit] | None:
        """``two years ago``, ``a year ago``, ``18 months ago``; ``year-ago`` as a
        modifier (``the year-ago quarter``, ``year-ago third quarter``)."""
        w = p.lower[i]
        if w == "year" and self._at(p, i + 2, "ago") and self._sym(p, i + 1, DASHES) \
                and not p.gap[i + 1] and not p.gap[i + 2]:
            year = ref.year - 1 if ref.year is not None else None
            part = self._period_part(p, i + 3)
            if part is not None:
                return [Hit(i, part[1], f"{fmt_year(year)}-{part[0]}")]
            if self._at(p, i + 3, "quarter"):  # the quarter reported on, a year back
                prev = self._previous_quarter(ref)
                return [Hit(i, i + 3, prev if year is None else f"{int(prev[:4]) - 1:04d}{prev[4:]}")]
            return [Hit(i, i + 2, fmt_year(year))]
        if p.kind[i] == NUM and p.text[i].isdigit() and len(p.text[i]) <= 3:
            n = int(p.text[i])
        else:
            n = self.number_words.get(w) if isinstance(self.number_words.get(w), int) else None
        if n is None or i + 2 >= len(p):
            return None
        unit = UNIT_DAYS.get(p.lower[i + 1])
        if unit is None or p.lower[i + 2] != "ago":
            return None
        last = i + 2
        if unit == "year":
            return [Hit(i, last, fmt_year(ref.year - n if ref.year else None))]
        if unit == "decade":  # "a decade ago": ten years back, a year (not the decade 198X)
            return [Hit(i, last, fmt_year(ref.year - 10 * n if ref.year else None))]
        if unit == "month":
            if ref.year is None or ref.month is None:
                return [Hit(i, last, "XXXX-XX")]
            y, m = shift_month(ref.year, ref.month, -n)
            return [Hit(i, last, fmt_month(y, m))]
        if ref.date is None:
            return [Hit(i, last, "XXXX-WXX" if unit == "week" else "XXXX-XX-XX")]
        if unit == "week":
            return [Hit(i, last, fmt_week(ref.date - dt.timedelta(weeks=n)))]
        return [Hit(i, last, fmt_date(ref.date - dt.timedelta(days=n)))]

    # ------------------------------------------------------------------ shared context
    def _money_context(self, p: Pieces, first: int, last: int) -> bool:
        prev = first - 1
        if prev >= 0 and p.text[prev] in CURRENCY_SIGNS:
            return True
        nxt = last + 1
        return nxt < len(p) and (p.text[nxt] == "%" or p.lower[nxt] in COUNT_NOUNS)
