"""Visit rules: triggers, then who, where and when, then merging per trip.

For each trigger ("visited", "paid a state visit to", "arrived in", "hosted",
"invited X to visit", …) the rules look in bounded windows of its sentence for
the destination (after the trigger, or before it for "is in Seoul on a visit"),
the visitor (the nearest person before it; the guests after "hosted"; the
invitee after "invited"), and the dates the date extractor found there. A
mention with no destination of its own ("The visit, on October 13-14, …",
"Roh's visit") refers to the trip last reported for the same person. Mentions
of one trip are merged into one record per document.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Sequence

from ..dates.calendar_math import Reference
from ..evaluation import year_range
from ..lexer import AnchorFinder, AnchorSpec, doc_view
from ..lexicon import calendar
from ..records import DateFact, VisitFact
from .gazetteer import Gazetteer
from .mentions import (DATELINE_TOKENS, SENTENCE_END_SET, Mentions, PersonMention, PlaceMention, TokenView,
                       capitals_dateline, in_closed_relative_clause)

VISIT_FORMS = {"visit", "visits", "visited", "visiting"}
TRAVEL_FORMS = {"travel", "travels", "traveled", "travelled", "traveling", "travelling", "flew", "fly", "flies",
                "flying", "headed", "heads", "head", "heading", "went", "go", "goes", "going"}
#: "came to Seoul for the summit", "returned to Astana in March 2018": a trip
#: only when a place follows "to" at once ("came to power", "returned to the
#: negotiating table" are not trips; a return home is no visit: the visitor's
#: own country is never a destination).
COME_FORMS = {"came", "come", "comes", "coming", "returned", "returns", "return", "returning"}
RETURN_FORMS = frozenset({"returned", "returns", "return", "returning"})
#: "spent Monday and Tuesday in Ashgabat", "spending two days in Seoul": a stay
#: when only words of time stand between the verb and "in" ("spent $5 billion
#: in Kazakhstan" is money, "spent his childhood in" no trip).
SPEND_FORMS = {"spent", "spend", "spends", "spending"}
SPAN_OF_TIME = frozenset({
    "a", "an", "the", "and", "two", "three", "four", "five", "six", "seven", "several", "few", "couple", "of",
    "day", "days", "night", "nights", "hour", "hours", "week", "weeks", "weekend", "morning", "afternoon",
    "evening", "last", "this", "next", "past", "whole", "entire", "full", "-",
})
ARRIVE_FORMS = {"arrive", "arrives", "arrived", "arriving", "landed", "lands", "land", "landing"}
TOUR_FORMS = {"toured", "tour", "tours", "touring", "trip"}
HOST_FORMS = {"hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "welcome", "welcoming",
              "received", "receives", "receiving"}
ATTEND_FORMS = {"attended", "attend", "attends", "attending", "participation", "attendance", "part"}
MEET_FORMS = {"talks", "met"}
JOIN_FORMS = {"joined", "joins", "join", "joining"}
GATHER_FORMS = frozenset({"gather", "gathered", "gathers", "gathering", "convene", "convened", "convenes",
                          "convening"})
LEAD_FORMS = {"led", "lead", "leads", "leading", "headed", "heads", "head", "heading"}
EVENT_NOUNS = frozenset({"summit", "talks", "meeting", "forum", "ceremony", "parade", "celebrations", "conference",
                         "session", "negotiations", "council", "consultations", "festivities"})
PRESENCE_FORMS = {"is", "was", "are", "were", "been", "be", "back"}  # "is in Seoul this week", "is expected back in Seoul"
LEAVE_FORMS = {"left", "leaves", "leave", "leaving", "departed", "departs"}
ACCEPT_FORMS = {"accepted", "accepts", "accept"}
INVITE_FORMS = {"invited", "invites", "invite", "inviting"}
#: Irregular past forms of the trigger verbs (a "when" clause in the past is no plan).
PAST_FORMS = frozenset({"came", "went", "flew", "met", "took", "held", "left", "paid", "made", "was", "were",
                        "spent", "led", "been"})
#: Words between "invited" and the "to <Place>" of an invitation, besides names:
#: "invited Uzbek President Mirziyoyev and his Kyrgyz counterpart to Astana".
INVITEE_WORDS = frozenset({"and", ",", "the", "'s", "’s", "-", "his", "her", "their", "president", "presidents",
                           "prime", "minister", "ministers", "foreign", "leader", "leaders", "counterpart",
                           "counterparts", "both", "him", "them"})
TRIGGER_WORDS = frozenset(VISIT_FORMS | TRAVEL_FORMS | COME_FORMS | SPEND_FORMS | ARRIVE_FORMS | {"expected", "due"}
                          | JOIN_FORMS | LEAD_FORMS | GATHER_FORMS | TOUR_FORMS | HOST_FORMS | ATTEND_FORMS
                          | MEET_FORMS | ACCEPT_FORMS | PRESENCE_FORMS | LEAVE_FORMS | INVITE_FORMS)
#: Support verbs that report the end of a trip: its date is the last day.
END_VERBS = {"wrapped", "wraps", "concluded", "concludes", "ended", "ends", "completed", "completes",
             "finished", "finishes"}
#: A person right after these is not the subject of the clause ("talks with X
#: before flying to ...", "an invitation from President X to visit ...").
OBJECT_PREPOSITIONS = {"with", "from", "by", "of", "to", "for", "against", "and"}
VISIT_TYPES = {"state": "state", "official": "official", "working": "working"}
SUPPORT_VERBS = {"paid", "pay", "pays", "paying", "made", "make", "makes", "making", "conducted", "undertook",
                 "began", "begin", "begins", "started", "start"} | END_VERBS
GERUND_LINKS = frozenset({"before", "after", "while", "when", "then", "and", "since"})
#: After "returned", these leave the destination to the trip before ("He returned
#: in 2022", "returned a year later"); "returned home", "returned the visit" do not.
RETURN_NEXT = frozenset({"in", "on", "a", "two", "three", "four", "five", "last", "this", "later", "earlier",
                         "again", "twice", ",", "."})
#: Tokens between "invitation" and the trigger's "to" ("an invitation from President
#: Recep Tayyip Erdogan for Kazakh President Kassym-Jomart Tokayev to pay ...").
INVITATION_WINDOW = 18
SENTENCE_START_MARKS = frozenset({".", "!", "?", ":", "\"", "“", "(", "–", "—", "-"})
SUBJECT_LEAD_WORDS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that", "planned",
                                "scheduled", "proposed", "expected", "long-awaited", "upcoming", "much-anticipated"})
CANCEL_WORDS = frozenset({"cancelled", "canceled", "postponed", "scrapped", "shelved", "abandoned", "called"})
INVITATION_WORDS = frozenset({"invitation", "invitations"})
REMOTE_WORDS = frozenset({"virtually", "online", "remotely", "video"})
EXTENDED_VERBS = frozenset({"extended", "handed", "conveyed", "sent", "passed", "delivered", "addressed"})
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth"})
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "this", "that", "another", "first", "second", "third",
               "last", "next", "recent", "upcoming", "planned", "historic", "landmark", "reciprocal"}
PLANNED_CUES = {"will", "'ll", "shall", "would", "plans", "plan", "planned", "planning", "scheduled", "expected",
                "preparations", "preparation", "preparing", "prepare",
                "due", "slated", "intends", "intend", "upcoming", "invited", "invite", "invites", "inviting",
                "accepted", "agreed", "hopes", "set", "going"}
#: Gazetteer kinds that give a visit its destination ("the Korean capital" is a demonym's).
PLACE_KINDS = frozenset({"COUNTRY", "CITY", "DEMONYM"})
MODALS = {"will", "'ll", "shall", "would"}
NEGATION_CUES = {"declined", "declines", "cancelled", "canceled", "cancels", "cancel", "postponed", "postpones",
                 "not", "n't", "never", "refused", "no", "yet", "called", "calls", "scrapped", "scraps", "scrap",
                 "rejected", "skip", "skipped", "skips"}
#: Words that end the stretch where a trigger's dates are looked for: what
#: follows them dates another event ("the first visit since the pandemic began
#: early last year").
DATE_STOPS = {"since", "after", "before", "when", "while", "because", "but", "although", "though",
              "following", "ahead",
              # "invited Tokayev to pay an official visit during their telephone conversation
              # in July": the call's date, not the trip's
              "conversation", "call", "phone",
              # "has led a delegation to Kazakhstan ..., the provincial government said Monday":
              # the statement's date
              "said", "says", "told", "reported", "announced"}
#: A date before one of these words dates an earlier event, not the trip after
#: it ("talks on Tuesday before flying to Kazakhstan").
#: Regions a trip may go to before the text names the country or city.
REGION_WORDS = frozenset({"asia", "europe", "africa", "eurasia", "central asia", "east asia", "south asia",
                          "southeast asia", "the region", "the caucasus", "south caucasus", "the gulf",
                          "the middle east", "latin america", "north america", "the balkans"})
REGION_PHRASE_ENDS = frozenset({",", ";", ".", "when", "while", "and", "but", "after", "before", "where", "as"})
#: Events "attended the ..." refers back to, and how far back (tokens) the trip to them may be told.
EVENT_NOUNS = frozenset({"meeting", "summit", "talks", "forum", "ceremony", "session", "conference", "gathering",
                         "celebrations", "parade", "festivities", "inauguration", "opening", "event"})
EVENT_REACH = 150
HELD_WORDS = frozenset({"held", "place", "hosted", "convened", "staged", "open", "opens", "opened"})
DELEGATION_REACH = 10  # tokens from "delegation" to its "to": "a delegation of some 50 companies to"  # "to be held in Astana"
NEXT_DAY_WORDS = frozenset({"following", "next"})
STAY_REACH = 12  # tokens after an arrival searched for "for a three-day stay"
FLEW_IN_NEXT = frozenset({"on", "for", ",", ".", "late", "early", "yesterday", "today", "this", "last", "ahead", "a",
                          "hours", "shortly", "overnight", "tonight"})
WEEKDAY_AND_MONTH_WORDS = frozenset(set(calendar().weekdays) | set(calendar().months))
#: Words after ", and <Name>" that continue a list or a phrase rather than start a clause.
CLAUSE_CONTINUERS = frozenset({"in", "on", "at", "and", "or", "of", "for", "to", "from", "with", "by", "during",
                               "between", "the", "a", "an", "as", "respectively", "again", "twice"})
SEQUENCE_WORDS = {"before", "after", "then", "following", "ahead"}
#: Before "visits", these make it a noun ("after visits to Mongolia and Uzbekistan").
NOUN_PREPOSITIONS = {"after", "before", "during", "following", "of", "for", "with", "on", "from", "between"}
#: Trigger kinds that start a new clause about another trip.
CLAUSE_TRIGGERS = {"visit", "travel", "arrive", "passive"}
NUMBER_COUNTS = {"twice": 2, "thrice": 3, "once": 1}
WINDOW = 20          # tokens after a trigger searched for its destination and dates
VISITOR_WINDOW = 30  # tokens before a trigger searched for its visitor
FOLLOWED = frozenset({"followed"})
RESPECTIVELY = frozenset({"respectively"})
INVITEE_REACH = 14  # tokens from "invited" to the "to" before the place
FOLLOWED_BY_REACH = 16  # tokens from a trip's trigger to the "followed by" that continues it
MAX_DATED_PEOPLE = 20   # people in one "A in 2015, B in 2019 and C in 2024" list
DATE_JOINS = (",", "and")  # between one person's dates: "in 2009, 2011 and 2016"
#: Tokens after "visited by" searched for its list of visitors, each with its
#: own date ("by presidents Roh Moo-hyun in 2004 and Lee Myung-bak in 2009").
#: Every look-around of a trigger is bounded like this, never by its sentence
#: alone: a text with no sentence end would make the cost quadratic.
LIST_WINDOW = 80
_N_DAY = re.compile(r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)-day")
_WEEKDAY_WORDS = frozenset(calendar().weekdays)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}


@dataclass
class Trigger:
    head: int             # token index of the trigger word
    start: int            # token span of the trigger phrase
    end: int
    kind: str             # visit, travel, arrive, tour, host, attend, meet, accept, passive
    noun: bool = False
    visit_type: str | None = None
    count: int | None = None
    duration: int | None = None
    ends: bool = False    # "wrapped up a two-day visit ... on Tuesday": the date is the last day
    adjacent: bool = False  # the destination must follow the trigger at once ("came to Seoul")
    ordinal: str | None = None  # "his second state visit": another trip than "his first"
    returning: bool = False  # "he returned in 2022": the destination is the visitor's last one
    current: bool = False  # "has arrived in", "is in": a stay the story tells on its day


@dataclass
class Mention:
    """One mention of a trip, before merging."""

    trigger: Trigger
    entity: str
    destination: str | None
    city: str | None
    date: str | None
    date_start: int | None
    visit_type: str | None
    status: str
    count: int
    duration: int | None
    sentence: tuple[int, int]
    anaphoric: bool = False
    ends: bool = False
    mentions: list = field(default_factory=list)


class VisitFinder:
    """Finds visits in a ``Doc`` given the date facts already extracted from it."""

    def __init__(self, nlp=None) -> None:
        self._gazetteers: dict[int, Gazetteer] = {}
        self._nlp = nlp
        self._trigger_words = AnchorFinder(AnchorSpec(words=TRIGGER_WORDS, digits=False))
        if nlp is not None:
            # Built with the pipeline (a few tenths of a second), not on its
            # first document: the cost of a document should not depend on
            # whether it is the first.
            self._gazetteer_for(nlp.vocab)

    def _gazetteer(self, doc) -> Gazetteer:
        return self._gazetteer_for(doc.vocab)

    def _gazetteer_for(self, vocab) -> Gazetteer:
        key = id(vocab)
        gaz = self._gazetteers.get(key)
        if gaz is None:
            nlp = self._nlp if self._nlp is not None and self._nlp.vocab is vocab else None
            if nlp is None:
                nlp = _NlpForVocab(vocab)
            gaz = self._gazetteers[key] = Gazetteer(nlp)
        return gaz

    def __call__(self, doc, dates: list[DateFact], *, doc_id: str = "-", ref: Reference | None = None) -> list[VisitFact]:
        if len(doc) == 0:
            return []
        # Cheap tests first, so that a document with no visit costs next to
        # nothing: a trigger word (cached decisions per lexeme hash), then a
        # country or city (the gazetteer's matchers run in C); only then are
        # token strings made and people looked up.
        heads = self._trigger_words.positions(doc)
        if not heads:
            return []
        gaz = self._gazetteer(doc)
        matches = gaz.matches(doc)
        if not any(entry.kind in PLACE_KINDS for _, _, entries in matches for entry in entries) \
                and not _capitals_dateline_in(doc):
            return []
        view = TokenView(doc)
        triggers = [t for t in (_classify(view, h) for h in heads) if t is not None]
        if not triggers:
            return []
        ref = ref or Reference()
        ments = Mentions(view, gaz, ref, matches=matches)
        if not ments.places:
            return []  # no country or city: no destination (people may still be "the leaders of X")
        dates_by_token = _dates_by_token(view, dates)
        ments.set_dates(dates_by_token)
        # A new movement verb ends the stretch of the trigger before it ("visited
        # Korea in August 2021 and will visit again in 2026").
        trigger_heads = [t.head for t in triggers if t.kind in CLAUSE_TRIGGERS and not t.noun]
        found: list[Mention] = []
        all_heads = [t.head for t in triggers]
        for trig in triggers:
            found.extend(_resolve(view, ments, trig, trigger_heads, dates_by_token, ref, all_heads, found))
        records = _merge(found, ref)
        _city_from_headline(view, ments, records, ref)
        facts = [_to_fact(view, doc_id, ments, m) for m in records]
        return sorted(facts, key=lambda f: f.start)  # stable: enumerated trips keep their order


class _NlpForVocab:
    """The two things ``Gazetteer`` needs from a pipeline: its vocab and tokenizer."""

    def __init__(self, vocab) -> None:
        from spacy.lang.en import English

        self.vocab = vocab
        self.tokenizer = English(vocab=vocab).tokenizer


def _capitals_dateline_in(doc) -> bool:
    """True when the first lines hold a dateline in capitals ("ASTANA, July 2"), the
    one place name the gazetteer does not see; reads only those lines' tokens."""
    shared = doc_view(doc)
    n = min(len(doc), DATELINE_TOKENS + 1)
    text = shared.text
    return capitals_dateline([text[a:b] for a, b in zip(shared.starts[:n], shared.ends[:n])]) is not None


# ---------------------------------------------------------------------- triggers
def _classify(v: TokenView, h: int) -> Trigger | None:
    w = v.lower(h)
    if w not in VISIT_FORMS and w not in ("trip", "tour") and v.is_cap(h) and h > 0 \
            and not v.is_space[h - 1] and v.text(h - 1) not in SENTENCE_START_MARKS:
        # "Tokayev Receives Chinese, Turkish and Korean Guests": a title-case
        # headline, where every word looks like a name; the story says it again.
        return None
    prev = v.lower(h - 1) if h > 0 else ""
    nxt = v.lower(h + 1) if h + 1 < v.n else ""
    if w in VISIT_FORMS or w in ("trip", "tour"):
        if v.text(h)[0].isupper() and h > 0 and not v.is_space[h - 1] and v.text(h - 1) not in ".\"“(":
            return None  # "Visit Korea Year": part of a name
        return _visit_phrase(v, h)
    if w in TRAVEL_FORMS:
        if w in ("went", "go", "goes", "going") and nxt != "to":
            return None  # "went on to say", "going forward"
        if nxt in ("to", "for", "on", "into", "there"):
            end = h + 2 if nxt in ("to", "into") else h + 1
            return Trigger(h, h, end, "travel", duration=_stay_length(v, end))  # "... for a two-day stay"
        if nxt == "in" and w in ("flew", "fly", "flies", "flying") and _no_place_follows(v, h + 2):
            return Trigger(h, h, h + 2, "arrive")  # "flew in on Friday morning": to the story's venue
        if nxt == "by":  # "traveled by armored train to Vladivostok"
            for k in range(h + 2, min(v.n, h + 6)):
                if v.lower(k) == "to":
                    return Trigger(h, h, k + 1, "travel", adjacent=True)
        return _delegation_to(v, h) if w in LEAD_FORMS else None
    if w in LEAD_FORMS:
        return _delegation_to(v, h)
    if w in COME_FORMS:
        if nxt == "to" and (v.is_cap(h + 2) or v.lower(h + 2) == "the"):
            return Trigger(h, h, h + 2, "travel", adjacent=True)
        if (nxt == "back" and w in ("came", "comes", "come")) or (w in ("returned", "returns") and nxt in RETURN_NEXT):
            # "He came back in 2017", "He returned in 2022": to where the visitor went last.
            return Trigger(h, h, h + (2 if nxt == "back" else 1), "travel", returning=True)
        return None
    if w in SPEND_FORMS:
        for k in range(h + 1, min(v.n, h + 8)):
            low = v.lower(k)
            if low == "in":
                if k > h + 1 and (v.is_cap(k + 1) or v.lower(k + 1) == "the"):
                    return Trigger(h, h, h + 1, "travel")
                return None
            if not (low in SPAN_OF_TIME or low in _WEEKDAY_WORDS or low.isdigit()):
                return None
        return None
    if w in ARRIVE_FORMS:
        if nxt in ("in", "at"):
            current = w in ("arrives", "lands") or prev in ("has", "have")
            return Trigger(h, h, h + 2, "arrive", duration=_stay_length(v, h + 2), current=current)
        if nxt == "here":
            return Trigger(h, h, h + 2, "arrive")  # "arrived here": the dateline's city
        return Trigger(h, h, h + 1, "arrive") if nxt in ("on", "yesterday", "today") else None
    if w in TOUR_FORMS:
        return Trigger(h, h, h + 1, "tour")
    if w in HOST_FORMS:
        if w == "welcome" and prev in ("a", "warm", "the"):
            return None
        if w == "host" and (prev in DETERMINERS or prev in ("our", "your", "its")):
            return None  # "together with their host Emomali Rahmon": a noun
        return Trigger(h, h, h + 1, "host")
    if w == "part":
        if prev in ("took", "take", "takes", "taking") and nxt == "in":
            return Trigger(h, h - 1, h + 2, "attend")
        return None
    if w in JOIN_FORMS:
        # "joined Xi and Tokayev at the summit in Astana": only with an event
        # named right after ("joined the WTO", "joined the company" are no trips).
        if any(v.lower(k) in EVENT_NOUNS for k in range(h + 1, min(v.n, h + 12))):
            return Trigger(h, h, h + 1, "attend")
        return None
    if w == "attended" and nxt == "by" and prev in ("was", "were", "been", "be"):
        return Trigger(h, h, h + 1, "passive")  # "The summit in Astana was attended by X and Y"
    if w in ATTEND_FORMS:
        if w in ("participation", "attendance"):
            return Trigger(h, h, h + 1, "attend", noun=True)
        return Trigger(h, h, h + 1, "attend")
    if w == "talks":
        start = h
        if prev == "summit":
            start = h - 1
            prev = v.lower(h - 2)
        if prev in ("held", "hold", "holds", "holding"):
            return Trigger(h, start - 1, h + 1, "meet")
        return None
    if w == "met":
        return Trigger(h, h, h + 1, "meet")
    if w in PRESENCE_FORMS:
        # "Abenov is in Seoul this week", "was in Samarkand and Astana last week"
        # Only before a name or "the <Korean> capital": "is in talks" is no trip.
        if nxt == "in" and (v.is_cap(h + 2) or v.lower(h + 2) == "the"):
            return Trigger(h, h, h + 2, "presence", current=w in ("is", "are"))
        if w == "been" and nxt == "to" and (v.is_cap(h + 2) or v.lower(h + 2) == "the"):
            return Trigger(h, h, h + 2, "travel")  # "has been to Seoul twice"
        return None
    if w in GATHER_FORMS and nxt in ("in", "at") and v.is_cap(h + 2):
        return Trigger(h, h, h + 2, "presence")  # "... and Mirziyoyev gather in Seoul in June"
    if w in ("expected", "due") and nxt == "in" and (v.is_cap(h + 2) or v.lower(h + 2) == "the"):
        return Trigger(h, h, h + 2, "presence")  # "Erdogan is expected in Bishkek", "due in the Kyrgyz capital"
    if w in LEAVE_FORMS:
        return Trigger(h, h, h + 2, "travel") if nxt == "for" else None
    if w in INVITE_FORMS:
        # "invited Aliyev and Mirziyoyev to Astana": a planned trip of each guest;
        # with a verb after "to" ("invited X to visit Seoul") the verb is the trigger.
        for k in range(h + 1, min(v.n, h + INVITEE_REACH)):
            low = v.lower(k)
            if low == "to":
                return Trigger(h, h, h + 1, "invite") if k > h + 1 and v.is_cap(k + 1) else None
            if not (v.is_cap(k) or low in INVITEE_WORDS or low in _WORD_NUMBERS):  # "invites the three leaders to"
                return None
        return None
    if w in ACCEPT_FORMS:
        if v.is_cap(h + 1) and nxt not in ("the", "an") and v.lower(h + 2) in ("'s", "’s") \
                and v.lower(h + 3) == "invitation":
            end = h + 4  # "accepted Lee's invitation": a trip to Lee's country
        elif nxt in ("the", "an", "his", "her") and v.lower(h + 2) in ("invitation",):
            end = h + 3
        else:
            return None
        # "accepted the invitation to pay a state visit": the visit verb is the trigger.
        for k in range(end, min(v.n, end + 5)):
            if v.lower(k) in VISIT_FORMS or v.lower(k) in TRAVEL_FORMS or v.lower(k) in ATTEND_FORMS:
                return None
        return Trigger(h, h, end, "accept")
    return None


def _delegation_to(v: TokenView, h: int) -> Trigger | None:
    """"will lead a delegation to Seoul", "headed a South Korean business delegation to Astana",
    "lead a delegation of some 50 companies to the forum", "lead a delegation there"."""
    for k in range(h + 1, min(v.n, h + 7)):
        if v.lower(k) in ("delegation", "delegations", "mission"):
            for j in range(k + 1, min(v.n, k + DELEGATION_REACH)):
                low = v.lower(j)
                if low == "to":
                    return Trigger(h, h, j + 1, "travel", adjacent=True)
                if low == "there":
                    return Trigger(h, h, j, "travel")  # the place last named
                if low in (",", ".", ";", "and", "in", "at", "on"):
                    return None
            return None
    return None


def _through_next_day(v: TokenView, value: str | None, start: int, e: int) -> str | None:
    """"arrived ... on the evening of September 2 and held talks with X the
    following day": a one-day date and "the following/next day" later in the
    sentence make a two-day stay (the phrase itself is no date: it counts from
    the story)."""
    bounds = _day_bounds(value)
    if bounds is None or bounds[0] != bounds[1]:
        return value
    for k in _words_in(v, NEXT_DAY_WORDS, start + 1, min(e, start + EVENT_REACH)):
        if v.lower(k - 1) == "the" and v.lower(k + 1) == "day":
            return f"{bounds[0].isoformat()}/{(bounds[0] + dt.timedelta(days=1)).isoformat()}"
    return value


def _stay_length(v: TokenView, k: int) -> int | None:
    """N of "arrived in Almaty on Oct. 14 for a three-day stay": the days of the
    stay an arrival names after it (a visit noun there is a trigger of its own)."""
    for j in range(k, min(v.n, k + STAY_REACH)):
        low = v.lower(j)
        if low in (".", ";", "and", "where", "while"):
            return None
        if low == "stay" and v.lower(j - 1) == "day" and v.lower(j - 2) == "-":
            n = v.lower(j - 3)
            return _count_word(n) or None
        if low == "stay" and _N_DAY.fullmatch(v.lower(j - 1)):
            n = _N_DAY.fullmatch(v.lower(j - 1))["n"]
            return int(n) if n.isdigit() else _WORD_NUMBERS.get(n)
    return None


def _visit_phrase(v: TokenView, h: int) -> Trigger:
    """``visited`` / ``paid a state visit`` / ``'s visit`` / ``during a two-day visit``."""
    w = v.lower(h)
    start, vtype, count, duration, noun, ordinal = h, None, None, None, False, None
    if w in ("visit", "visits", "trip", "tour"):
        j = h - 1
        # The modifiers of the noun, read backwards: type word, "two-day", a year, a count.
        while j >= 0 and h - j <= 6:
            low = v.lower(j)
            if low in VISIT_TYPES:
                vtype = VISIT_TYPES[low]
                start = j
            elif low in ("-", "day") or _N_DAY.fullmatch(low) or low.isdigit() or low in _WORD_NUMBERS \
                    or low in ("'s", "’s") or low in DETERMINERS or low in ("official", "working", "two-nation",
                                                                            "three-nation", "brief", "short",
                                                                            "whirlwind"):
                if low in _WORD_NUMBERS or low.isdigit():
                    number = _count_word(low) or None
                    if v.lower(j + 1) == "-" and v.lower(j + 2) == "day":
                        duration = number  # "two-day visit"
                    elif v.lower(j + 1) != "day":
                        count = number      # "five official visits"; a year ("2014 visit") gives None
                if low in ORDINALS:
                    ordinal = low
                m = _N_DAY.fullmatch(low)
                if m:
                    n = m["n"]
                    duration = int(n) if n.isdigit() else _WORD_NUMBERS[n]
                if low in ("'s", "’s", "during", "on"):
                    break
            elif low in SUPPORT_VERBS:
                start = j
                break
            elif low == "up" and v.lower(j - 1) in END_VERBS:
                start = j - 1
                break
            else:
                break
            j -= 1
        if start == h or v.lower(start) not in SUPPORT_VERBS:
            noun = True
        elif v.lower(start) in SUPPORT_VERBS:
            noun = False
        if w == "visits" and start == h and v.lower(h - 1) not in DETERMINERS and v.lower(h - 1) not in VISIT_TYPES \
                and v.lower(h - 1) not in NOUN_PREPOSITIONS:
            noun = False  # "Yoon visits Astana" (but "after visits to Mongolia")
        elif w == "visit" and start == h and v.lower(h - 1) in ("to", "will", "would", "'ll", "can", "could",
                                                               "may", "might", "should", "must", "not", "again"):
            noun = False  # "will visit", "to visit"
    kind = "passive" if w == "visited" and v.lower(h + 1) == "by" else "visit"
    if w in ("tour", "trip") and noun is False and start == h:
        kind = "tour"
    ends = v.lower(start) in END_VERBS
    if ends:
        noun = False
    return Trigger(h, start, h + 1, kind, noun=noun, visit_type=vtype, count=count, duration=duration, ends=ends,
                   ordinal=ordinal)


# ---------------------------------------------------------------------- resolution
class _DateIndex(list):
    """``(first token, end token, DateFact)`` sorted by token, with the first
    tokens kept for bisection (built once per document, not per trigger)."""

    def __init__(self, items) -> None:
        super().__init__(sorted(items, key=lambda x: x[0]))
        self.starts = [d[0] for d in self]


def _dates_by_token(v: TokenView, dates: list[DateFact]) -> _DateIndex:
    out = []
    for d in dates:
        tokens = v.tokens_over(d.start, d.end)
        if tokens is not None:
            out.append((tokens[0], tokens[1], d))
    return _DateIndex(out)


def _date_ending_at(dates: _DateIndex, end: int) -> tuple[int, int, DateFact] | None:
    """The date whose tokens end right before token ``end``."""
    k = bisect.bisect_left(dates.starts, end) - 1
    return dates[k] if k >= 0 and dates[k][1] == end else None


def _joined_dates(v: TokenView, dates: _DateIndex, d: int) -> list:
    """``dates[d]`` and the dates joined to it: "in 2009 and 2011", "in 2004, 2009"."""
    own = [dates[d]]
    while d + 1 < len(dates) and len(own) < MAX_DATED_PEOPLE:
        gap_lo, gap_hi = own[-1][1], dates[d + 1][0]
        if not (gap_lo < gap_hi <= gap_lo + 2 and all(v.lower(j) in DATE_JOINS for j in range(gap_lo, gap_hi))):
            break
        d += 1
        own.append(dates[d])
    return own


def _date_joined_before(v: TokenView, dates: _DateIndex, j: int) -> tuple[int, int, DateFact] | None:
    """The date joined to the one starting at token ``j`` from before it."""
    k = j
    while k > j - 2 and v.lower(k - 1) in DATE_JOINS:
        k -= 1
    return _date_ending_at(dates, k) if k < j else None


def _dated_person_at(v: TokenView, ments: Mentions, dates: _DateIndex, i: int, kinds: tuple[str, ...] = ()):
    """``(person, dates)`` for "Roh Moo-hyun in 2006" or "Lee Myung-bak in 2009
    and 2011" starting at token ``i`` (a person of one of ``kinds`` if given)."""
    m = ments.person_at(i)
    if m is None or m.start != i or (kinds and m.kind not in kinds) or v.lower(m.end) not in ("in", "on"):
        return None
    d = bisect.bisect_left(dates.starts, m.end + 1)
    if d < len(dates) and dates.starts[d] == m.end + 1:
        return m, _joined_dates(v, dates, d)
    return None


def _dated_people_before(v: TokenView, ments: Mentions, dates: _DateIndex, trig: Trigger, s: int) -> list:
    """"Park Geun-hye in 2015, Moon Jae-in in 2019 and Yoon Suk Yeol in June 2024,
    have visited Ashgabat", "Roh Moo-hyun in 2004, Lee Myung-bak in 2009 and 2011
    ... paid state visits to Kazakhstan": the subjects, each with the dates of
    its own trips, as ``(person, date)`` pairs in text order."""
    j = trig.start
    while j > s and v.lower(j - 1) in ("have", "has", "had", "all", "each", "also", "both"):
        j -= 1
    if v.lower(j - 1) == ",":
        j -= 1
    people: list[list] = []
    while j > s and len(people) < MAX_DATED_PEOPLE:
        own = []
        d = _date_ending_at(dates, j)
        while d is not None and len(own) < MAX_DATED_PEOPLE:
            own.append(d)
            j = d[0]
            d = _date_joined_before(v, dates, j)  # "in 2009 and 2011"
        if not own or v.lower(j - 1) not in ("in", "on"):
            break
        m = ments.person_at(j - 2)
        if m is None or m.end != j - 1:
            break
        people.append([(m, d) for d in reversed(own)])
        j = m.start
        if v.lower(j - 1) == "and":
            j -= 1
        if v.lower(j - 1) == ",":
            j -= 1
    if len(people) < 2:
        return []
    return [pair for own in reversed(people) for pair in own]


def _followed_by(v: TokenView, ments: Mentions, dates: _DateIndex, trig: Trigger, e: int) -> list:
    """"... to visit Mongolia, in May 1999, followed by Roh Moo-hyun in 2006 and
    Lee Myung-bak in 2011": the same trip made by others, each with its date."""
    found = v.positions_of(FOLLOWED)
    k = bisect.bisect_left(found, trig.end)
    if k == len(found) or found[k] >= min(e, trig.end + FOLLOWED_BY_REACH) or v.lower(found[k] + 1) != "by":
        return []
    pairs, j = [], found[k] + 2
    while j < e and len(pairs) < MAX_DATED_PEOPLE:
        person = _dated_person_at(v, ments, dates, j)
        if person is None:
            break
        m, own = person
        pairs.extend((m, d) for d in own)
        j = own[-1][1]
        if v.lower(j) == ",":
            j += 1
        if v.lower(j) == "and":
            j += 1
    return pairs


def _clause_bounds(ments: Mentions, trig: Trigger, heads: list[int]) -> tuple[int, int, int, int]:
    """Sentence bounds and the stretch after the trigger up to the next trigger."""
    s, e = ments.sentence_of(trig.head)
    k = bisect.bisect_right(heads, trig.head)
    nxt = heads[k] if k < len(heads) else e
    after_end = min(e, trig.end + WINDOW, max(nxt, trig.end))
    return s, e, trig.end, after_end


def _words_in(v: TokenView, words: frozenset[str], lo: int, hi: int) -> list[int]:
    """Positions of ``words`` in tokens ``[lo, hi)``, from the document's index."""
    pos = v.positions_of(words)
    a = bisect.bisect_left(pos, lo)
    b = bisect.bisect_left(pos, hi)
    return pos[a:b]


def _remote(v: TokenView, trig: Trigger, hi: int) -> bool:
    """"joined the summit in Rio by video conference", "took part online": present
    without travelling, which the spec says is no visit."""
    for k in _words_in(v, REMOTE_WORDS, trig.end, min(hi, trig.end + WINDOW)):
        if v.lower(k) != "video" or v.lower(k - 1) in ("by", "via", "a"):
            return True
    return False


def _cancelled_after(v: TokenView, trig: Trigger, s: int, e: int) -> bool:
    """"was scheduled to visit Astana in August 2024 ... but cancelled the trip",
    "A visit by X ... was postponed": a plan the same sentence calls off."""
    for k in _words_in(v, CANCEL_WORDS, trig.end, min(e, trig.end + WINDOW + 10)):
        if v.lower(k) == "called" and v.lower(k + 1) != "off":
            continue
        if v.lower(k - 1) in ("but", "then", "and", "later", ","):
            return True
        if trig.noun and v.lower(k - 1) in ("was", "were", "been") and _opens_clause(v, trig, s):
            return True  # "A visit by X to Dushanbe, scheduled for November, was postponed"
        if "but" in v.lowers[trig.end:k]:
            return True  # "had planned to visit Aktau, but the trip was cancelled / but he called off the trip"
    return False


def _definite(v: TokenView, trig: Trigger) -> bool:
    """True for "the visit", "this visit", "the three-day state visit": a trip
    the story has already told (its length may stand between)."""
    j = trig.start - 1
    if trig.duration:
        while j > trig.start - 5 and v.lower(j) not in ("the", "this") and v.lower(j) not in (",", "."):
            j -= 1  # "three", "-", "day"
    return v.lower(j) in ("the", "this")


def _opens_clause(v: TokenView, trig: Trigger, s: int) -> bool:
    """True when the visit noun is the subject: only a determiner or an
    adjective of plan before it ("A planned visit", "The visit")."""
    return trig.start - s <= 3 and all(v.lower(k) in SUBJECT_LEAD_WORDS for k in range(s, trig.start))


def _negated(v: TokenView, trig: Trigger, s: int) -> bool:
    for k in range(max(s, trig.start - 6), trig.start):
        low = v.lower(k)
        if low in NEGATION_CUES:
            if low == "no" and v.lower(k + 1) not in ("plans", "plan"):
                continue
            if low in ("called", "calls") and v.lower(k + 1) != "off":
                continue
            return True
        if low == "had" and v.lower(k + 1) == "been" and v.lower(k + 2) in PLANNED_CUES:
            return True  # "had been scheduled to visit": a plan that fell through
    return False


def _planned(v: TokenView, trig: Trigger, s: int, e: int, ments: Mentions) -> bool:
    if _invitation_word(v, trig, s) is not None or v.lower(trig.head) in ("expected", "due"):
        return True  # "an invitation to pay a state visit", "is expected in Bishkek": not made yet
    if v.lower(trig.start - 1) == "to" and trig.start >= 2:
        m = ments.person_at(trig.start - 2)
        if m is not None and m.end == trig.start - 1 and m.kind in ("name", "short"):
            return True  # a headline's "Nurtleu to visit Tokyo"
    for k in range(max(s, trig.start - 9), trig.start):
        low = v.lower(k)
        if low in MODALS or (low in PLANNED_CUES and k >= trig.start - 6):
            # a modal governs a longer stretch ("will continue his tour with a state visit")
            return True
        if low == "to" and k > 0 and v.lower(k - 1) in ("is", "are", "was", "were"):
            return True
    head = v.lower(trig.head)
    lowers = v.lowers
    if not head.endswith("ed") and head not in PAST_FORMS and "when" in lowers[max(s, trig.start - 8):trig.start]:
        after = lowers[trig.end:min(e, trig.end + 20)]
        if "will" in after or "'ll" in after:
            return True  # "When Tokayev and Mirziyoyev come to Seoul ..., they will bring ..."
    if trig.kind == "attend" and trig.noun and v.lower(trig.start - 1) in ("his", "her", "their") \
            and v.lower(trig.start - 2) in ("confirmed", "confirms", "announced", "pledged"):
        return True  # "confirmed his participation in the summit": a promise
    if trig.kind in ("attend", "accept"):
        for k in range(trig.end, min(e, trig.end + 12)):
            if v.lower(k) in ("will", "'ll"):
                return True
    return trig.kind in ("accept", "invite")


def _places_after(v: TokenView, ments: Mentions, lo: int, hi: int, trig: Trigger) -> list[PlaceMention]:
    """The destination list after a trigger: "to Kazakhstan", "Samarkand and Astana",
    "Turkmenistan, Uzbekistan and Kazakhstan", "in Samarkand, Uzbekistan"."""
    places = [p for p in ments.places_between(lo, hi) if not p.attributive]
    if not places:
        return []
    if trig.kind == "visit" and trig.noun and v.lower(lo) == "of":
        # "the first state visit of the President of Kazakhstan, X, to South Korea"
        to = [p for p in places if v.lower(p.start - 1) == "to"]
        places = to or places
    first = places[0]
    if first.ambiguous and v.lower(first.start - 1) not in ("in", "to", "visited", "at"):
        return []
    if v.lower(first.start - 1) == "of" and v.lower(first.start - 2) in EVENT_NOUNS:
        return []  # "to attend the summit of Azerbaijan, Kazakhstan and Uzbekistan": its members
    out = [first]
    k = first.end
    for p in places[1:]:
        between = [v.lower(j) for j in range(k, p.start)]
        if between in ([","], ["and"], [",", "and"], ["as", "well", "as"], [",", "as", "well", "as"]):
            out.append(p)
            k = p.end
        else:
            break
    # "Samarkand, Uzbekistan": a city followed by its country is one place.
    merged: list[PlaceMention] = []
    for p in out:
        if merged and merged[-1].kind == "CITY" and p.kind == "COUNTRY" and merged[-1].country == p.name:
            continue
        merged.append(p)
    return merged


#: Tokens looked back for the country "the country" stands for.
THE_COUNTRY_WINDOW = 120


def _the_country(v: TokenView, ments: Mentions, trig: Trigger, after_lo: int) -> list:
    """"paid his first state visit to the country", "his previous trip to the
    country": the country last named before the trigger; "also arrived in the
    city", "in the capital": the city last named."""
    k = after_lo + 1 if v.lower(after_lo) in ("to", "in") else after_lo
    noun = v.lower(k + 1)
    if v.lower(after_lo) == "there" and trig.kind in ("visit", "travel") and not trig.noun:
        noun = "there"  # "since Yoon traveled there two years ago": the place last named
    elif v.lower(k) != "the" or noun not in ("country", "city", "capital") or v.lower(k + 2) == "of":
        return []
    kinds = ("CITY",) if noun in ("city", "capital") else ("COUNTRY", "CITY")
    for p in reversed(ments.places_between(max(0, trig.start - THE_COUNTRY_WINDOW), trig.start)):
        if not p.attributive and p.kind in kinds:
            if p.kind == "CITY" and noun != "country":
                return [_HomePlace(p.country, "CITY", _city_name(v, p))]
            return [_HomePlace(p.country)]
    return []


def _destinations(v: TokenView, ments: Mentions, trig: Trigger, s: int, e: int, after_lo: int, after_hi: int):
    if trig.kind in ("visit", "travel", "tour", "arrive", "presence") \
            and (the_country := _the_country(v, ments, trig, after_lo)):
        return the_country
    if trig.kind == "passive":
        before = [p for p in ments.places_between(max(s, trig.start - VISITOR_WINDOW), trig.start)
                  if not p.attributive]
        return before[-1:] if before else []
    if trig.kind == "invite":
        to = next((k for k in range(trig.end, after_hi) if v.lower(k) == "to"), None)
        if to is None:
            return []  # the clause ends before the "to" of the invitation
        places = _places_after(v, ments, to + 1, after_hi, trig)
        return places[:1] if places and places[0].start == to + 1 else []
    places = _places_after(v, ments, after_lo, after_hi, trig)
    if trig.kind == "presence" or trig.adjacent:
        if places and places[0].start != after_lo and _region_at(v, after_lo) \
                and v.lower(places[0].start - 1) in ("in", "to") \
                and not any(v.lower(k) in REGION_PHRASE_ENDS for k in range(after_lo, places[0].start)):
            return places[:1]  # "returned to Central Asia for the SCO summit in Samarkand"
        return places if places and places[0].start == after_lo else []
    if trig.kind in ("attend", "meet", "host"):
        # The venue: "the SCO summit in Samarkand", "held talks in Astana", "In Astana she held talks".
        venue = [p for p in ments.places_between(after_lo, after_hi) if v.lower(p.start - 1) in ("in", "to", "at")
                 and not p.attributive]
        if venue:
            places = _places_after(v, ments, venue[0].start, after_hi, trig)
        elif trig.kind == "host":
            hosts = [m for m in ments.people_between(max(s, trig.start - VISITOR_WINDOW), trig.start)]
            country = ments.country_of(hosts[-1]) if hosts else None
            places = [_HomePlace(country)] if country else []
        else:
            before = [p for p in ments.places_between(max(s, trig.start - VISITOR_WINDOW), trig.start)
                      if v.lower(p.start - 1) in ("in", "at") and not p.attributive]
            places = before[-1:] if before else []
    if not places and trig.kind == "visit" and trig.noun:
        # "is in Seoul on a two-day visit"
        before = [p for p in ments.places_between(max(s, trig.start - 8), trig.start)
                  if v.lower(p.start - 1) == "in" and not p.attributive]
        places = before[-1:]
    return places


def _home_from_abroad(m: Mention, earlier: Sequence[Mention]) -> bool:
    """True when the visitor's last trip told went elsewhere: returning to a
    place from there is coming home ("travelled to Ulsan ... after returning
    to Astana"), not a trip to it."""
    last = _last_trip(m.entity, earlier)
    return last is not None and last.destination != m.destination and last.status == "occurred"


def _region_at(v: TokenView, k: int) -> bool:
    """True when a region, no country, is named at token ``k`` ("Central Asia",
    "the region", "Europe"): the destination may be named after it."""
    return v.lower(k) in REGION_WORDS or " ".join(v.lowers[k:k + 2]) in REGION_WORDS


def _visitors(v: TokenView, ments: Mentions, trig: Trigger, s: int, e: int, dest_country: str | None,
              after_hi: int) -> list[PersonMention]:
    def foreign(m: PersonMention) -> bool:
        c = ments.country_of(m)
        return dest_country is None or c is None or c != dest_country

    # "invited X (and Y) to visit / to make a visit"
    for k in range(trig.start - 1, max(s, trig.start - 10) - 1, -1):
        if v.lower(k) in ("invited", "invites", "invite", "inviting"):
            guests = _person_list(v, ments, k + 1, trig.start)
            guests = [g for g in guests if foreign(g)]
            if guests:
                return guests
            break
    if trig.kind == "invite":
        return [g for g in _person_list(v, ments, trig.end, after_hi) if foreign(g)]
    invitation = _invitation_word(v, trig, s)
    if invitation is not None:
        return _invitee(v, ments, invitation, trig, s, foreign)
    if trig.kind == "host":
        guests = _person_list(v, ments, trig.end, after_hi) or ments.leaders_of(trig.end, after_hi) \
            or _delegation_head(v, ments, trig.end, after_hi)
        return [g for g in guests if foreign(g)]
    if trig.kind == "passive":
        return [g for g in _person_list(v, ments, trig.end + 1, min(e, trig.end + LIST_WINDOW), spread=True)
                if foreign(g)]
    if trig.kind == "visit" and trig.noun and v.lower(trig.end) == "of":
        # "the first state visit of the President of Kazakhstan, Nursultan Nazarbayev, to ..."
        guests = [m for m in ments.people_between(trig.end, after_hi) if m.kind == "name" and foreign(m)]
        if guests:
            return guests[:1]
        if any(v.lower(k) in ments.gaz.title_heads for k in range(trig.end + 1, min(after_hi, trig.end + 5))):
            return []  # "the state visit of the President of Korea": no one is named
    if trig.kind == "visit" and trig.noun:
        agent = _visit_by(v, ments, trig, after_hi)
        if agent is not None:
            return [agent] if foreign(agent) else []
    mark = _possessive_mark(v, trig) if trig.kind == "visit" and trig.noun else None
    if mark is not None:
        m = ments.person_at(mark - 1)
        return [m] if m is not None and foreign(m) else []
    before = [m for m in ments.people_between(max(s, trig.start - VISITOR_WINDOW), trig.start) if m.end <= trig.start]
    if not before and v.lower(trig.start - 1) == "and" and v.lower(trig.start - 2) == ",":
        # "He paid state visits to ... in June 2019, attending ..., and returned to ...":
        # a long coordinated verb phrase shares the subject that opens the sentence
        before = [m for m in ments.people_between(s, min(trig.start, s + 4)) if m.end <= trig.start][:1]
    if trig.kind == "meet":
        # The subjects (the nearest person and those coordinated with it, not
        # everyone earlier in the sentence) and the partners after "with".
        with_people = _person_list(v, ments, trig.end, after_hi) if v.lower(trig.end) == "with" else []
        # "Nurtleu, who accompanied the president, met Cho": not the relative clause's object
        subjects = [m for m in before if not in_closed_relative_clause(v, m, trig.start, s)] or before
        candidates = (_coordinated(v, ments, subjects) if subjects else []) + with_people
        return [m for m in _dedupe(candidates) if foreign(m)]
    if before and before[-1].kind == "pronoun" and before[-1].start - s <= 3 and trig.noun \
            and v.lower(before[-1].start) in ("his", "her", "their"):
        # "During his visit to Tashkent in April 2019, Moon Jae-in and ...": the
        # pronoun points forward to the person named in the same sentence ("His
        # plane landed at ..., where he was met by X": a verb's subject does not).
        after = [m for m in ments.people_between(trig.end, min(e, trig.end + VISITOR_WINDOW))
                 if m.kind == "name" and foreign(m)]
        if after:
            return after[:1]
    subjects = [m for m in before if not _after_preposition(v, ments, m) or _heads_relative_clause(v, m, trig)]
    if len(subjects) > 1:
        # "Olaf Scholz, who had hosted Tokayev in Berlin, travelled to Samarkand":
        # a person inside a relative clause closed before the trigger is its object.
        subjects = [m for m in subjects if not in_closed_relative_clause(v, m, trig.start, s)] or subjects
    coordinated_vp = v.lower(trig.start - 1) == "and" or (v.lower(trig.start - 1) == "to"
                                                       and v.lower(trig.start - 2) == "and")
    if subjects and (coordinated_vp or (v.lower(trig.head).endswith("ing")
                                        and v.lower(trig.start - 1) in GERUND_LINKS)):
        # "where he met President Jeenbekov before travelling on to Uzbekistan": the
        # gerund shares the clause's subject; the person just before is an object.
        subjects = subjects[:1]
    if subjects and not foreign(subjects[-1]):
        # "Tokayev accepted Lee's invitation to visit South Korea": Lee is at home.
        subjects = [m for m in subjects if foreign(m)][-1:] or subjects
    before = subjects
    if not before:
        # "the presidents of Kazakhstan and Uzbekistan arrived in Bishkek"
        before = ments.leaders_of(max(s, trig.start - VISITOR_WINDOW), trig.start)
    if before:
        return [m for m in _coordinated(v, ments, before) if foreign(m)]
    # Cataphora: "During his visit to Tashkent ..., President Moon Jae-in and ..."
    if any(v.lower(k) in ("his", "her") for k in range(max(s, trig.start - 3), trig.start)):
        after = [m for m in ments.people_between(trig.end, min(e, trig.end + VISITOR_WINDOW))
                 if m.kind == "name" and foreign(m)]
        return after[:1]
    return []


def _visit_by(v: TokenView, ments: Mentions, trig: Trigger, hi: int) -> PersonMention | None:
    """The visitor of "a visit by X (to Y)" or "an official visit to Japan by X":
    "by" right after the visit noun or after its destination."""
    k = trig.end
    if v.lower(k) == "to":
        place = next(iter(ments.places_between(k + 1, k + 2)), None)
        if place is None:
            return None
        k = place.end
    if v.lower(k) != "by":
        return None
    people = _person_list(v, ments, k + 1, min(hi, k + 1 + VISITOR_WINDOW))
    return people[0] if people and people[0].kind != "pronoun" else None


def _delegation_head(v: TokenView, ments: Mentions, lo: int, hi: int) -> list[PersonMention]:
    """"received a delegation of the South Korean National Assembly led by Park
    Jeong-ho": the head of the delegation received."""
    if "delegation" not in v.lowers[lo:min(hi, lo + 4)]:
        return []
    for k in range(lo + 1, min(hi, lo + DELEGATION_REACH + 4)):
        if v.lower(k) in ("led", "headed") and v.lower(k + 1) == "by":
            return _person_list(v, ments, k + 2, min(hi, k + 2 + VISITOR_WINDOW))[:1]
        if v.lower(k) in (".", ";"):
            break
    return []


def _invitation_word(v: TokenView, trig: Trigger, s: int) -> int | None:
    """The token of "invitation" in "an invitation (from X) (to Y) to pay a state
    visit": the trigger's "to" comes after it, within a few words."""
    if trig.start < 2 or v.lower(trig.start - 1) != "to":
        return None
    found = _words_in(v, INVITATION_WORDS, max(s, trig.start - INVITATION_WINDOW), trig.start - 1)
    if not found:
        return None
    k = found[-1]
    if any(v.lower(j) in SENTENCE_END_SET or v.lower(j) in (";", "invited", "invites", "invite")
           for j in range(k + 1, trig.start - 1)):
        return None
    return k


def _invitee(v: TokenView, ments: Mentions, invitation: int, trig: Trigger, s: int, foreign) -> list[PersonMention]:
    """Who is invited: the person after "invitation to" ("extended an invitation
    to Tokayev to visit"), else the nearest foreign person before the invitation
    ("conveyed to the Kazakh leader ... an invitation to pay a state visit",
    "Tokayev received an invitation from Yoon to visit"); never the inviter
    after "from"/"of"."""
    for m in ments.people_between(invitation + 1, trig.start):
        # "an invitation to Tokayev to visit", "an invitation from Erdogan for Tokayev to pay a visit"
        if v.lower(m.start - 1) in ("to", "for") or (v.lower(m.start - 1) in ments.gaz.title_words
                                                     and {"to", "for"} & {v.lower(m.start - 2), v.lower(m.start - 3)}):
            return [m] if foreign(m) else []
    # "an invitation to visit Astana ... was extended to Minister Cho Hyun"
    for m in ments.people_between(trig.end, min(v.n, trig.end + VISITOR_WINDOW)):
        j = m.start - 1
        while j > trig.end and (v.lower(j) in ments.gaz.title_words or v.lower(j) in ments.gaz.demonym_words):
            j -= 1
        if v.lower(j) == "to" and v.lower(j - 1) in EXTENDED_VERBS:
            return [m] if foreign(m) else []
        if v.lower(m.start) in SENTENCE_END_SET:
            break
    for m in reversed(ments.people_between(max(s, invitation - VISITOR_WINDOW), invitation)):
        if foreign(m):
            return [m]
    return []


def _coordinated(v: TokenView, ments: Mentions, before: list[PersonMention]) -> list[PersonMention]:
    """The nearest person and those coordinated with it: "Xi Jinping and Russian
    President Vladimir Putin attended", "Presidents X of Uzbekistan and Y of Kyrgyzstan"."""
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if (m.start, m.end) == (group[-1].start, group[-1].end):
            group.append(m)  # "the two leaders": several people over the same words
            continue
        between = range(m.end, group[-1].start)
        words = [v.lower(j) for j in between]
        if ("and" in words or "," in words) and len(words) <= 7 and all(
                w in ("and", ",", "of", "the", "'s", "’s") or w in ments.gaz.title_words or w in ments.gaz.demonym_words
                or v.is_cap(j) for w, j in zip(words, between)):
            group.append(m)
        else:
            break
    return group[::-1]


def _heads_relative_clause(v: TokenView, m: PersonMention, trig: Trigger) -> bool:
    """"talks with Xi Jinping, who is paying a state visit": the person the
    trigger's relative clause is about."""
    j = m.end
    if j < trig.start and v.text(j) == ",":
        j += 1
    return j < trig.start and v.lower(j) in ("who", "whose")


#: Words between a possessor and its visit: "Yoon's upcoming state visit".
VISIT_ADJECTIVES = frozenset({"upcoming", "forthcoming", "planned", "recent", "historic", "landmark",
                              "long-awaited", "previous", "last", "next", "latest", "maiden", "inaugural"})


def _possessive_mark(v: TokenView, trig: Trigger) -> int | None:
    """The "'s" of "Yoon's state visit", "Xi's upcoming three-day state visit"."""
    k = trig.start - 1
    while k > 0 and trig.start - k <= 5 and (v.lower(k) in VISIT_ADJECTIVES or v.lower(k) in ORDINALS
                                            or v.lower(k) in ("-", "day") or _N_DAY.fullmatch(v.lower(k))
                                            or v.lower(k) in _WORD_NUMBERS):
        k -= 1
    return k if k > 0 and v.lower(k) in ("'s", "’s") else None


def _after_preposition(v: TokenView, ments: Mentions, m: PersonMention) -> bool:
    """True when ``m`` follows a preposition, past its titles: "talks with Turkmen
    President Serdar Berdimuhamedov", "an invitation from President Lee"."""
    j = m.start - 1
    gaz = ments.gaz
    steps = 0
    while j >= 0 and steps < 10:
        low = v.lower(j)
        if low in gaz.title_words or low in gaz.demonym_words or v.is_cap(j) \
                or low in ("the", "his", "her", "its", "vice", "deputy", "foreign", "prime", "first"):
            j -= 1
        elif low in ("of", "for", "and") and j > 0 and (v.lower(j - 1) in gaz.title_words or v.is_cap(j - 1)):
            j -= 1  # inside the title: "Minister of Trade", "Vice Mayor for Economic Affairs"
        else:
            break
        steps += 1
    if j < 0 or v.lower(j) not in OBJECT_PREPOSITIONS or v.lower(j) == "and":
        return False
    return not (v.lower(j) == "by" and v.lower(j - 1) in ("led", "headed"))  # "a delegation led by X"


def _person_list(v: TokenView, ments: Mentions, lo: int, hi: int, spread: bool = False) -> list[PersonMention]:
    """People from ``lo`` joined by "and", commas and title words: the guests of
    "hosted X and Uzbek President Y". With ``spread`` each may carry its own date
    ("visited by presidents Roh Moo-hyun in 2004 and Lee Myung-bak in 2009")."""
    gaz = ments.gaz

    def joins(j: int) -> bool:
        w = v.lower(j)
        return w in ("and", ",", "the", "his", "her", "their", "'s", "’s", "then", "-", "former", "today", "yesterday") \
            or (w == "of" and (v.is_cap(j + 1) or v.lower(j + 1) == "the")) or w in gaz.title_words \
            or w in gaz.demonym_words or v.is_cap(j)  # "hosted Kazakhstan's Kassym-Jomart Tokayev"

    out: list[PersonMention] = []
    k = lo
    for m in ments.people_between(lo, hi):
        if m.kind == "pronoun" and m.start != lo:
            continue
        between = range(k, m.start)
        if spread:
            ok = not out or (len(between) <= 8 and any(v.lower(j) in ("and", ",") for j in between))
        else:
            ok = all(joins(j) for j in between)
        if not ok:
            break
        out.append(m)
        k = m.end
    return out


def _dedupe(people: list[PersonMention]) -> list[PersonMention]:
    seen, out = set(), []
    for m in people:
        if m.entity not in seen:
            seen.add(m.entity)
            out.append(m)
    return out


def _stay_until(v: TokenView, first, end) -> _Value | None:
    """"is due in Bishkek on Wednesday and will stay there until June 6": a day and
    the day the stay lasts until, told right after it, make one stay."""
    if v.lower(end[0] - 1) not in ("until", "till", "through") or end[0] - first[1] > STAY_REACH:
        return None
    a, b = _day_bounds(first[2].value), _day_bounds(end[2].value)
    if a is None or b is None or a[0] != a[1] or b[0] != b[1] or not 0 < (b[0] - a[0]).days < TRIP_DAYS:
        return None
    return _Value(f"{a[0].isoformat()}/{b[0].isoformat()}")


def _clause_with_subject(v: TokenView, k: int) -> bool:
    """True at the "and" of ", and Seoul agreed to ...": a clause of its own,
    whose capitalised subject is followed by a word that is no preposition."""
    if v.lower(k) != "and" or v.lower(k - 1) != "," or not v.is_cap(k + 1):
        return False
    j = k + 1
    while j < k + 4 and v.is_cap(j):
        j += 1
    word = v.lower(j)
    return word.isalpha() and v.text(j)[0].islower() and word not in CLAUSE_CONTINUERS


def _visit_dates(v: TokenView, dates: list[tuple[int, int, DateFact]], trig: Trigger, s: int,
                 after_lo: int, after_hi: int, visitors: list[PersonMention]) -> list[tuple[int, DateFact]]:
    """The dates of the trip: after the trigger (a list of them: one trip each), else
    before it in the sentence for verbs ("In 2004, Roh visited Kazakhstan")."""
    starts = dates.starts
    k = after_lo
    while k < after_hi:
        if v.lower(k) == "since" and v.lower(k + 1).endswith("ing") and "," in v.lowers[k + 2:k + 6]:
            comma = v.lowers.index(",", k + 2, k + 6)
            if bisect.bisect_left(starts, comma) == bisect.bisect_left(starts, k):
                k = comma + 1  # "since taking office, in 2013, 2017 and 2022" (no date of its own)
                continue
        if v.lower(k) in DATE_STOPS or v.text(k) == ";" or _clause_with_subject(v, k):
            after_hi = k
            break
        k += 1
    a = bisect.bisect_left(starts, after_lo)
    after = []
    while a < len(dates) and dates[a][0] < after_hi:
        after.append(dates[a])
        a += 1
    if after and after[0][0] <= after_hi:
        out = [after[0]]
        for nxt in after[1:]:
            between = [v.lower(j) for j in range(out[-1][1], nxt[0])]
            if between and all(w in (",", "and", "in", "on", "or", "again") for w in between) and len(between) <= 4:
                out.append(nxt)
            else:
                break
        if len(out) == 1 and len(after) > 1:
            stay = _stay_until(v, out[0], after[1])
            if stay is not None:
                return [(out[0][0], stay)]
        return [(d[0], d[2]) for d in out]
    # A year modifying the noun: "on a 2014 visit", "a two-day visit that began on Monday".
    b = bisect.bisect_left(starts, trig.start) - 1
    if b >= 0 and dates[b][1] >= trig.start - 3 and dates[b][0] >= s \
            and not any(v.lower(k) in SEQUENCE_WORDS for k in range(dates[b][1], trig.start)):
        # ("arrived on Thursday after a state visit to Kazakhstan": Thursday dates the arrival)
        return [(dates[b][0], dates[b][2])]
    if trig.noun and trig.kind == "visit" and b >= 0 and dates[b][0] >= s and v.lower(trig.head) == "tour" \
            and "part" in v.lowers[max(s, trig.start - 6):trig.start]:
        # "visited Tashkent in June 2014 as part of a tour that also included Kazakhstan":
        # the tour's other legs share the date of the trip told first
        return [(dates[b][0], dates[b][2])]
    if trig.noun and trig.kind == "visit":
        possessive = v.lower(trig.start - 1) in ("his", "her", "their") or _possessive_mark(v, trig) is not None
        if b >= 0 and dates[b][0] >= s and dates[b][0] - s <= 2 and not possessive:
            return [(dates[b][0], dates[b][2])]  # "In July, Xi combined a state visit to Kazakhstan with ..."
        return []
    if b >= 0 and dates[b][0] >= s and not any(v.lower(k) in SEQUENCE_WORDS for k in range(dates[b][1], trig.start)) \
            and (trig.kind == "presence" or not _in_dateline(v, dates[b])):  # "SEOUL, Sept. 10 -- X is in Astana": today
        # A sentence-initial adverbial or one between the visitor and the verb.
        return [(dates[b][0], dates[b][2])]
    return []


def _in_dateline(v: TokenView, date) -> bool:
    """True for the date of "SEOUL, Oct. 21 (Yonhap) --" or "MOSCOW, March 17. /TASS/.":
    when the story was filed, not when its trip was made."""
    start, end = date[0], date[1]
    line_start = start == 2 or (start > 2 and v.is_space[start - 3] and "\n" in v.text(start - 3))
    return line_start and v.text(start - 1) == "," and v.text(end) in ("(", "--", "—", "–", "-", ".")

def _resolve(v: TokenView, ments: Mentions, trig: Trigger, heads: list[int],
             dates: list[tuple[int, int, DateFact]], ref: Reference, all_heads: Sequence[int] = (),
             earlier: Sequence[Mention] = ()) -> list[Mention]:
    s, e, after_lo, after_hi = _clause_bounds(ments, trig, heads)
    if trig.kind == "presence":
        k = bisect.bisect_right(all_heads, trig.head)
        after_hi = min(after_hi, all_heads[k] if k < len(all_heads) else e)
    after_hi = _new_subject_clause(v, ments, after_lo, after_hi, all_heads)
    if _negated(v, trig, s) or (trig.kind in ("attend", "meet") and _remote(v, trig, e)) \
            or _cancelled_after(v, trig, s, e):
        return []
    status = "planned" if _planned(v, trig, s, e, ments) else "occurred"
    row = _table_row(v, ments, trig, s, e)
    if row is None:
        row = _list_row(v, ments, trig, ref)
    if row is not None:
        return row
    places = _same_countries(v, trig, after_lo, after_hi, earlier) \
        or _destinations(v, ments, trig, s, e, after_lo, after_hi)
    if not places and (trig.returning or "another" in v.lowers[trig.start:trig.head]):
        # "He came back in 2017", "He paid another state visit in May 2023": where he went last
        places = _last_destination(v, ments, trig, s, e, after_hi, earlier)
    if trig.kind == "arrive" and v.lower(trig.end - 1) == "here":
        places = _event_place(v, ments, trig, earlier) or places  # "here" is the dateline's city
    if not places and trig.kind in ("attend", "arrive") and (not trig.noun or v.lower(trig.end) in ("in", "at")):
        # "Mirziyoyev, Japarov and Rahmon attended the meeting", "X flew in on Friday",
        # "arrived here": where the story's event is
        places = _event_place(v, ments, trig, earlier)
    if not places and trig.kind == "travel" and trig.adjacent and v.lower(trig.end) == "the":
        # "led the Kyrgyz delegation to the 18th forum in Busan", "... to the forum"
        places = _named_event_place(v, ments, trig.end) or \
            ([venue] if (venue := _event_venue_before(v, ments, trig.start)) is not None else [])
    if not places and trig.kind == "meet":
        # "Park arrived in Astana on Monday. ... Park will hold talks with Nurtleu on
        # Tuesday": talks with no venue are held where the visitor has just arrived
        places = _trip_under_way(v, ments, trig, s, e, after_lo, after_hi, dates, earlier)
    if not places and trig.kind == "accept" and v.lower(trig.start + 2) in ("'s", "’s"):
        # "accepted Lee's invitation to the 2026 summit": the host's country
        inviter = ments.person_at(trig.start + 1)
        home = ments.country_of(inviter) if inviter is not None else None
        places = [_HomePlace(home)] if home else []
    if not places:
        return _anaphor(v, ments, trig, s, e, after_lo, after_hi, dates, status, ref=ref)
    out: list[Mention] = []
    trip_dates = None
    dated_subjects = _dated_people_before(v, ments, dates, trig, s) if not trig.noun else []
    for place_no, place in enumerate(places):
        dest = place.country
        city = _city_name(v, place) if place.kind == "CITY" else _city_in_stretch(v, ments, dest, after_lo, after_hi)
        if dated_subjects:
            for person, (start_tok, _, d) in dated_subjects:
                if ments.country_of(person) != dest:
                    out.append(Mention(trig, person.entity, dest, city, d.value, start_tok, trig.visit_type, status,
                                       1, trig.duration, (s, e)))
            continue
        visitors = _visitors(v, ments, trig, s, e, dest, after_hi)
        if not visitors:
            continue
        if trip_dates is None:
            trip_dates = _visit_dates(v, dates, trig, s, after_lo, after_hi, visitors)
            if status == "planned":
                # A plan is dated after its verb ("to visit Seoul next year"); a date
                # before it dates the invitation ("During a call on Friday, X accepted").
                trip_dates = [d for d in trip_dates if d[0] is None or d[0] >= trig.start]
                if not trip_dates:
                    trip_dates = [d for d in _event_date(v, ments, dates, trig, s, e)
                                  if not _ended_before(d[1].value or "", ref)]  # a plan lies ahead
        listed = _days_as_one_trip(trip_dates) if len(trip_dates) > 1 else (trip_dates or [(None, None)])
        each_dates = listed
        respective = len(listed) > 1 and bool(_words_in(v, RESPECTIVELY, trig.end, min(e, after_hi + 2)))
        if respective and len(places) == len(listed):
            listed = [each_dates[place_no]]  # "visited Seoul and Tokyo in 2016 and 2019 respectively"
        for n, visitor in enumerate(visitors):
            if respective and len(visitors) == len(each_dates) and len(places) == 1:
                listed = [each_dates[n]]  # "A and B travelled to Tashkent in 2016 and 2019 respectively"
            if trig.kind == "passive":
                # "visited by presidents Roh Moo-hyun in 2004 and Lee Myung-bak in 2009"
                own = _visit_dates(v, dates, trig, s, visitor.end, min(e, visitor.end + 4), [])
                if not own and v.lower(trig.head) == "attended":
                    # "The summit was held in Astana in June 2025 and was attended by X": the event's date
                    own = [d for d in _visit_dates(v, dates, trig, s, trig.start, trig.start, []) if d[0] is not None]
                listed = own[:1] or [(None, None)]
            for start_tok, d in listed:
                value = d.value if d is not None else None
                if len(listed) == 1 and trig.kind in ("arrive", "travel", "visit") and start_tok is not None:
                    value = _through_next_day(v, value, start_tok, e)
                count = trig.count if (len(listed) == 1 and trig.count and trig.count > 1) else 1
                if len(listed) == 1:
                    count = max(count, _count_after(v, trig, after_hi))
                st = status
                if st == "occurred" and value and _after_published(value, ref):
                    st = "planned"
                out.append(Mention(trig, visitor.entity, dest, city, value, start_tok, trig.visit_type, st,
                                   count, trig.duration, (s, e), ends=trig.ends))
    if v.lower(trig.head) in RETURN_FORMS or v.lower(trig.head) == "back":
        # "told reporters after returning to Astana" from a trip abroad: home, no visit
        # (a visitor of known country is abroad wherever he returns to but home)
        out = [m for m in out if ments.entities[m.entity].country is not None or not _home_from_abroad(m, earlier)]
    if len(places) == 1 and trig.kind in ("visit", "travel") and not trig.noun and isinstance(places[0], PlaceMention):
        out.extend(_listed_visits(v, ments, trig, places[0], dates, s, e, status, ref))
    if len(out) == 1 and trig.kind in ("visit", "travel"):
        first = out[0]
        for person, (start_tok, _, d) in _followed_by(v, ments, dates, trig, e):
            out.append(Mention(trig, person.entity, first.destination, first.city, d.value, start_tok,
                               trig.visit_type, status, 1, None, (s, e)))
    if not out and len(places) == 1 and trig.kind == "visit" and trig.noun \
            and _definite(v, trig) and not isinstance(places[0], _HomePlace):
        # "The visit to Uzbekistan will last until June 15", "The three-day state visit,
        # which runs from March 16 to 18, will continue in St Petersburg": the trip already reported there.
        return _anaphor(v, ments, trig, s, e, after_lo, after_hi, dates, status, destination=places[0].country,
                        ref=ref)
    return out


def _new_subject_clause(v: TokenView, ments: Mentions, lo: int, hi: int, all_heads: Sequence[int]) -> int:
    """Where a coordinated clause with a subject and a trigger of its own starts
    (", and Yoon Suk Yeol held talks ... in Astana"): the stretch of the trigger
    before ends there, so its places and dates stay with their own clause."""
    for m in ments.people_between(lo, hi):
        if m.kind != "name":
            continue
        j = m.start - 1
        steps = 0
        while j > lo and steps < 6 and (v.lower(j) in ments.gaz.title_words or v.lower(j) in ments.gaz.demonym_words
                                       or v.lower(j) == "the" or v.is_cap(j)):
            j -= 1
            steps += 1
        if not (v.lower(j) in (";",) or (v.lower(j) == "and" and v.lower(j - 1) == ",")):
            continue
        k = bisect.bisect_left(all_heads, m.end)
        if k < len(all_heads) and all_heads[k] - m.end <= 3:
            return j
    return hi


#: Days from the published date within which a trip is the story's own event.
STORY_DAYS = 3


def _city_from_headline(v: TokenView, ments: Mentions, records: list[Mention], ref: Reference) -> None:
    """"Turkic leaders gather in Astana" over "Tokayev hosted the leaders of ...
    on Friday": the one city a headline names is where the story's own trips
    (dated within STORY_DAYS of the published date) took place, when their
    sentences name none. Only a real headline counts: a first line with no
    sentence end, a blank line after it; a dateline ("ASTANA –") never does."""
    end = ments.headline_end
    if ref.date is None or not end:
        return
    cities = {(p.country, _city_name(v, p)) for p in ments.places_between(0, end)
              if p.kind == "CITY" and not p.ambiguous and not v.text(p.start).isupper()}
    if len(cities) != 1:
        return
    country, city = next(iter(cities))
    for r in records:
        bounds = _day_bounds(r.date)
        if r.city is None and r.destination == country and bounds is not None \
                and (ref.date - bounds[1]).days <= STORY_DAYS and (bounds[0] - ref.date).days <= STORY_DAYS:
            r.city = city


def _last_destination(v: TokenView, ments: Mentions, trig: Trigger, s: int, e: int, after_hi: int,
                      earlier: Sequence[Mention]) -> list:
    """"Erdogan visited Kazakhstan in 2009 ... He came back in 2017": the country
    the visitor's last reported trip went to."""
    visitors = _visitors(v, ments, trig, s, e, None, after_hi)
    last = _last_trip(visitors[0].entity, earlier) if len(visitors) == 1 else None
    return [_HomePlace(last.destination)] if last is not None else []


def _last_trip(entity: str, earlier: Sequence[Mention], since: int | None = None) -> Mention | None:
    """The person's last trip told before (with a destination), among the last
    MERGE_LOOKBACK mentions and, with ``since``, triggered at or after that token."""
    for m in reversed(earlier[-MERGE_LOOKBACK:]):
        if since is not None and m.trigger.start < since:
            return None
        if m.entity == entity and m.destination is not None:
            return m
    return None


def _trip_under_way(v: TokenView, ments: Mentions, trig: Trigger, s: int, e: int, after_lo: int, after_hi: int,
                    dates, earlier: Sequence[Mention]) -> list:
    """Where talks that name no venue are held: the place the visitor arrived in,
    told in the last sentences, when the talks are dated within days of the
    arrival ("arrived in Astana on Monday ... will hold talks on Tuesday")."""
    visitors = _visitors(v, ments, trig, s, e, None, after_hi)
    if len(visitors) != 1:
        return []
    own = _visit_dates(v, dates, trig, s, after_lo, after_hi, visitors)
    talks = _day_bounds(own[0][1].value) if len(own) == 1 else None
    if talks is None:
        return []
    m = _last_trip(visitors[0].entity, earlier, since=trig.start - EVENT_REACH)
    trip = _day_bounds(m.date) if m is not None else None
    if trip is None or abs((talks[0] - trip[0]).days) >= TRIP_DAYS:
        return []
    return [_HomePlace(m.destination, "CITY", m.city) if m.city else _HomePlace(m.destination)]


def _event_place(v: TokenView, ments: Mentions, trig: Trigger, earlier: Sequence[Mention]) -> list:
    """The venue of an arrival or attendance that names no place: "arrived here"
    is the dateline's city; "X, Y and Z attended the meeting", "attended as a
    guest of honour", "flew in on Friday", "are due to arrive on Wednesday" are
    where the trip told just before went."""
    if v.lower(trig.end - 1) == "here":
        place = ments.dateline_place()
        return [place] if place is not None else []
    if trig.kind == "attend":
        j = trig.end + (v.lower(trig.end) in ("in", "at"))  # "took part in the summit", "participation in the meeting"
        event = v.lower(j) in ("the", "this") and any(v.lower(k) in EVENT_NOUNS for k in range(j + 1, j + 4))
        if not (event or v.lower(j) in ("as", ",", ".", "and")):  # "attended as a guest of honour"
            return []
        named = _named_event_place(v, ments, j) if event else []
        if named:
            return named  # "attended the Bishkek meeting", "to attend the Seoul summit": the event's own place
    venue = _event_venue_before(v, ments, trig.start)
    for m in reversed(earlier[-MERGE_LOOKBACK:]):
        if m.trigger.start < trig.start - EVENT_REACH or (venue is not None and m.trigger.start < venue.start):
            break
        if m.destination is not None and m.status == "occurred":
            return [_HomePlace(m.destination, "CITY", m.city) if m.city else _HomePlace(m.destination)]
    return [venue] if venue is not None else []


def _event_date(v: TokenView, ments: Mentions, dates, trig: Trigger, s: int, e: int) -> list:
    """The date of the event a plan is for, told in an earlier sentence: "the
    first Korea-Central Asia summit, which Seoul is set to host next year. Tokayev
    is expected to travel to Seoul for the event" -> next year."""
    if not any(v.lower(k) in EVENT_NOUNS and v.lower(k - 1) in ("the", "this")
               for k in range(trig.end, min(e, trig.end + 8))):
        return []
    events = _words_in(v, EVENT_NOUNS, max(0, s - EVENT_REACH), s)
    if not events:
        return []
    k = events[-1]
    _, sentence_end = ments.sentence_of(k)
    d = bisect.bisect_left(dates.starts, k)
    if d < len(dates) and dates[d][0] < sentence_end:
        return [(dates[d][0], dates[d][2])]
    return []


def _named_event_place(v: TokenView, ments: Mentions, k: int) -> list:
    """The place the event phrase at ``k`` ("the"/"this") names: before its noun
    ("the Bishkek meeting", "the Seoul summit") or after it ("the 18th forum in
    Busan"); [] when no event noun follows or it names no place."""
    noun = next((j for j in range(k + 1, min(v.n, k + 5)) if v.lower(j) in EVENT_NOUNS), None)
    if noun is None:
        return []
    before = ments.places_between(k + 1, noun)
    if before:
        return before[:1]
    for place in ments.places_between(noun + 1, noun + 4):
        if v.lower(place.start - 1) in ("in", "at"):
            return [place]
    return []


def _event_venue_before(v: TokenView, ments: Mentions, i: int) -> PlaceMention | None:
    """The last event named by its place before token ``i`` ("the Astana summit",
    "the summit in Bishkek"), within EVENT_REACH tokens."""
    for place in reversed(ments.places_between(max(0, i - EVENT_REACH), i)):
        if (place.kind == "CITY" and v.lower(place.end) in EVENT_NOUNS) \
                or (v.lower(place.start - 1) in ("in", "at") and (v.lower(place.start - 2) in EVENT_NOUNS
                                                                 or v.lower(place.start - 2) in HELD_WORDS)):
            return place  # (a country before "summit" names a format: "the Central Asia plus Japan summit")
    return None


def _no_place_follows(v: TokenView, k: int) -> bool:
    """True when "flew in" ends its phrase ("flew in on Friday", "flew in for the
    summit", "flew in late"): not "flew in <a place>" nor "flew in from <origin>"."""
    return v.lower(k) in FLEW_IN_NEXT or v.lower(k) in WEEKDAY_AND_MONTH_WORDS


def _same_countries(v: TokenView, trig: Trigger, lo: int, hi: int, earlier: Sequence[Mention]) -> list:
    """"toured the same three countries", "visits to the same two nations": the
    last N distinct destinations reported before the trigger."""
    k = lo
    if v.lower(k) in ("to", "of", "in"):
        k += 1
    n = 0
    if k + 3 < hi and v.lower(k) == "the" and v.lower(k + 1) == "same" \
            and v.lower(k + 3) in ("countries", "nations", "states"):
        n = _count_word(v.lower(k + 2))
    elif k + 1 < hi and v.lower(k) == "all":
        n = _count_word(v.lower(k + 1))  # "travelled to all three again"
    elif trig.noun or v.lower(trig.head) in ("tour", "trip"):
        # "made the same three-country tour"
        for j in range(max(0, trig.head - 5), trig.head - 2):
            if v.lower(j) == "same" and v.lower(j + 2) == "-" and v.lower(j + 3) in ("country", "nation"):
                n = _count_word(v.lower(j + 1))
    if n < 2:
        return []
    destinations: list[str] = []
    for m in reversed(earlier[-MERGE_LOOKBACK:]):
        if m.destination is not None and m.destination not in destinations:
            destinations.append(m.destination)
            if len(destinations) == n:
                return [_HomePlace(c) for c in reversed(destinations)]
    return []


def _count_word(word: str) -> int:
    """The number a count word or a one- or two-digit number stands for, else 0."""
    return _WORD_NUMBERS.get(word) or (int(word) if word.isdigit() and len(word) < 3 else 0)


def _listed_visits(v: TokenView, ments: Mentions, trig: Trigger, place, dates, s: int, e: int,
                   status: str, ref: Reference) -> list[Mention]:
    """People listed after the destination, each with the dates after it: "have
    visited Uzbekistan regularly: Roh Moo-hyun in 2006, Lee Myung-bak in 2009 and
    2011, ..." and the gapped "Roh visited Astana in 2004 and Lee Myung-bak in
    2009" (the verb is not repeated). Only names, each followed at once by "in"
    or "on" and a date; anything else ends the list. Bounded by LIST_WINDOW."""
    dest = place.country
    city = _city_name(v, place) if place.kind == "CITY" else None
    starts = dates.starts
    title_words, demonyms = ments.gaz.title_words, ments.gaz.demonym_words
    out: list[Mention] = []
    k, hi = place.end, min(e, place.end + LIST_WINDOW)
    while k < hi:
        d = bisect.bisect_left(starts, k)
        if d < len(dates) and starts[d] == k:
            k = max(k + 1, dates[d][1])  # the main clause's own date
            continue
        low = v.lower(k)
        if low in (",", ":", "and", "in", "on") or low in title_words or low in demonyms \
                or (low.endswith("ly") and low.isalpha()):  # ", Uzbek Foreign Minister Bakhtiyor Saidov in June"
            k += 1
            continue
        if not out and low == "the":
            # ", the region's largest economy: Roh in 2004, ...": an appositive before the list
            colon = next((j for j in range(k, min(hi, k + 10)) if v.text(j) == ":"), None)
            if colon is not None:
                k = colon + 1
                continue
        person = _dated_person_at(v, ments, dates, k, kinds=("name", "short"))
        if person is None:
            break
        m, own = person
        if ments.country_of(m) != dest:
            for first, _, fact in own:
                st = "planned" if status == "occurred" and _after_published(fact.value or "", ref) else status
                out.append(Mention(trig, m.entity, dest, city, fact.value, first, trig.visit_type, st, 1, None,
                                   (s, e)))
        k = own[-1][1]
    return out


def _days_as_one_trip(listed: list[tuple[int, DateFact]]) -> list[tuple[int | None, object]]:
    """"on Monday and Tuesday" is one two-day trip; "in 2009 and 2011" are two."""
    days = []
    for _, d in listed:
        try:
            days.append(dt.date.fromisoformat(d.value))
        except (TypeError, ValueError):
            return listed
    if all((b - a).days == 1 for a, b in zip(days, days[1:])):
        return [(listed[0][0], _Value(f"{days[0].isoformat()}/{days[-1].isoformat()}"))]
    return listed


@dataclass(frozen=True)
class _Value:
    value: str


def _table_row(v: TokenView, ments: Mentions, trig: Trigger, s: int, e: int) -> list[Mention] | None:
    """A row of a table of visits ("| 12–14 November 2003 || Nursultan Nazarbayev ||
    Seoul || State visit || ..."): the row's person, place and date make the trip."""
    if not (trig.kind == "visit" and trig.noun) or ments.cell_separators(s, e) < 2:
        return None
    people, places, dates = ments.table_row(s, e)
    if not people or not places:
        return []
    visitor = people[0]
    # "|| Nursultan Nazarbayev || President of Kazakhstan || Tokyo ||": the title's
    # country is the visitor's, the destination is the first place foreign to him.
    home = ments.country_of(visitor)
    place = next((p for p in places if p.country != home), None)  # lazily: a row may be endless
    if place is None:
        return []
    city = _city_name(v, place) if place.kind == "CITY" else None
    value = dates[0].value if dates else None
    return [Mention(trig, visitor.entity, place.country, city, value, None, trig.visit_type, "occurred", 1,
                    None, (s, e))]


def _list_row(v: TokenView, ments: Mentions, trig: Trigger, ref: Reference) -> list[Mention] | None:
    """An item of a list of trips ("* 3–4 April 2019 – Russia, Moscow – official
    visit."): the date and the place stand before the visit word, the visitor is
    named in the item or by the section heading above the list. None when the
    item is no such row (its trip is then read like any sentence)."""
    item = ments.list_item(trig.start) if trig.kind == "visit" and trig.noun else None
    if item is None:
        return None
    start, end = item
    people, row_places, dates = ments.table_row(start, end)
    places = [p for p in row_places if p.start < trig.start]
    if places:
        # A row names its place and then the kind of trip, with only punctuation
        # between ("Russia, Moscow – state visit"); a sentence in a bullet ("had
        # planned to visit Turkestan, but the trip was cancelled") is no row.
        if any(v.texts[k].isalnum() for k in range(places[-1].end, trig.start)):
            return None
    elif v.lower(trig.end) == "to" and not people and v.text(trig.start - 1) in (":", "–", "—", "-"):
        # "- 4 March: working visit to Tashkent (Uzbekistan)."
        places = [p for p in row_places if p.start > trig.end][:1]
    if not places:
        return None
    visitor = people[0] if people else ments.heading_person(start)
    if visitor is None:
        return None
    home = ments.country_of(visitor)
    place = next((p for p in places if p.country != home), None)
    if place is None:
        return None
    city = next((_city_name(v, p) for p in places if p.kind == "CITY" and p.country == place.country), None)
    value = dates[0].value if dates and dates[0].start < v.start_char(trig.start) else None
    status = "planned" if value and _after_published(value, ref) else "occurred"
    return [Mention(trig, visitor.entity, place.country, city, value, None, trig.visit_type, status, 1,
                    None, item)]


def _count_after(v: TokenView, trig: Trigger, hi: int) -> int:
    """"visited Japan twice", "five times between 1995 and 2016"."""
    for k in range(trig.end, min(hi + 4, v.n)):
        low = v.lower(k)
        if low in NUMBER_COUNTS:
            return NUMBER_COUNTS[low]
        if low == "times" and k > 0:
            prev = v.lower(k - 1)
            n = _count_word(prev) or None
            if n:
                return n
    return 1


def _city_in_stretch(v: TokenView, ments: Mentions, country: str, lo: int, hi: int) -> str | None:
    cities = [p for p in ments.places_between(lo, hi) if p.kind == "CITY" and p.country == country and not p.ambiguous]
    return _city_name(v, cities[0]) if cities else None


def _city_name(v: TokenView, place: PlaceMention) -> str:
    """The city as the text names it ("Nur-Sultan" stays "Nur-Sultan"); a
    description ("the Korean capital") gives the city's own name."""
    if isinstance(place, _HomePlace):
        return place.name
    text = v.span_text(place.start, place.end)
    return place.name if text.lower().startswith("the ") or text.isupper() else text  # "ASTANA, July 2"


@dataclass(frozen=True)
class _HomePlace:
    """A destination not named at the trigger: the host's own country when "X
    hosted Y" names no venue, the country or city "the country", "the city"
    stand for (``name``: the city as written before)."""

    country: str
    kind: str = "COUNTRY"
    name: str = ""


#: A trip that ended this many days before the published date is over: a plan
#: in the same story is another trip.
PAST_TRIP_DAYS = 31


def _ended_before(value: str, ref: Reference | None) -> bool:
    """True when the trip dated ``value`` ended more than a month before the story."""
    if ref is None or ref.date is None:
        return False
    years = year_range(value)
    if years is None:
        return False
    if years[1] < ref.date.year:
        return True
    bounds = _day_bounds(value)
    if bounds is None:
        last = value.split("/")[-1]
        if len(last) == 7 and last[:4].isdigit() and last[5:].isdigit():  # YYYY-MM: its last day
            y, mth = int(last[:4]), int(last[5:])
            if not 1 <= mth <= 12:
                return False
            nxt = dt.date(y + mth // 12, mth % 12 + 1, 1)
            bounds = (None, nxt - dt.timedelta(days=1))
        else:
            return False
    return (ref.date - bounds[1]).days > PAST_TRIP_DAYS


def _after_published(value: str, ref: Reference) -> bool:
    if ref.date is None:
        return False
    first = value.split("/")[0]
    if len(first) == 7 and first[:4].isdigit() and first[5:].isdigit():  # a month: "June" in a March story
        return (int(first[:4]), int(first[5:])) > (ref.date.year, ref.date.month)
    if "X" in first or len(first) < 10 or not first[:4].isdigit():
        years = year_range(value)
        return bool(years) and years[0] > ref.date.year
    try:
        return dt.date.fromisoformat(first[:10]) > ref.date
    except ValueError:
        return False


def _anaphor(v: TokenView, ments: Mentions, trig: Trigger, s: int, e: int, after_lo: int, after_hi: int,
             dates, status: str, destination: str | None = None, ref: Reference | None = None) -> list[Mention]:
    """A trip mention without a destination: "The visit, on October 13-14, 2022, …",
    "Roh's visit", "Tokayev accepted the invitation": it adds to an earlier trip."""
    if trig.kind not in ("visit", "accept", "attend") or (trig.kind == "visit" and not trig.noun):
        return []
    if v.lower(trig.head) in ("tour", "trip"):
        return []  # a tour spans several trips: it is not one of them
    entity = None
    mark = _possessive_mark(v, trig)
    if mark is not None:
        m = ments.person_at(mark - 1)
        entity = m.entity if m else None
    else:
        before = [m for m in ments.people_between(max(s, trig.start - VISITOR_WINDOW), trig.start) if m.end <= trig.start]
        if before:
            entity = before[-1].entity
        else:
            # "It was in Astana, during a state visit in September 2013, that Xi first
            # proposed ...": with no one before it, the visit is the person's named after it.
            after = [m for m in ments.people_between(trig.end, min(e, trig.end + VISITOR_WINDOW))
                     if m.kind in ("name", "short")]
            if after:
                entity = after[0].entity
    got = _visit_dates(v, dates, trig, s, after_lo, min(after_hi, trig.end + 8), [])
    value = got[0][1].value if len(got) == 1 else None
    if status == "occurred" and value and ref is not None and _after_published(value, ref):
        status = "planned"  # "the visit is planned for next year"
    return [Mention(trig, entity, destination, None, value, got[0][0] if got else None, trig.visit_type, status,
                    1, trig.duration, (s, e), anaphoric=True)]


# ---------------------------------------------------------------------- merging
def _precision(value: str | None) -> int:
    if not value:
        return 0
    first = value.split("/")[0]
    score = len(first.replace("X", ""))
    return score + (5 if "/" in value else 0)


TRIP_DAYS = 7  # day-dated mentions of one visitor and place this close are one trip


def _day_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    try:
        parts = [dt.date.fromisoformat(p) for p in value.split("/")]
    except ValueError:
        return None
    return parts[0], parts[-1]


def _compatible(a: Mention, b: Mention, ref: Reference | None = None) -> bool:
    if a.entity != b.entity or a.destination != b.destination:
        return False
    if a.trigger.ordinal and b.trigger.ordinal and a.trigger.ordinal != b.trigger.ordinal:
        return False  # "his second state visit" and "his first state visit"
    da, db = _day_bounds(a.date), _day_bounds(b.date)
    if da and db and abs((max(da[1], db[1]) - min(da[0], db[0])).days) < TRIP_DAYS:
        return True  # "arrived on Monday", "talks on Tuesday", "will last until Wednesday"
    if a.date is None or b.date is None:
        # "heads to Kazakhstan" (headline) and "will visit Kazakhstan from Tuesday
        # to Thursday": an undated mention joins the dated trip, whatever its tense,
        # but a plan is not a trip that ended well before the story ("is expected
        # to travel to Seoul" and "last visited South Korea in August 2021").
        undated, dated = (a, b) if a.date is None else (b, a)
        # ... nor is an arrival or a stay under way ("has arrived in Dushanbe", "is in Seoul"),
        # which the news tells on the day
        current = undated.status == "planned" or undated.trigger.current
        return not (current and dated.status == "occurred" and dated.date is not None
                    and _ended_before(dated.date, ref))
    if a.status != b.status:
        return False
    if a.date == b.date:
        return True
    ra, rb = year_range(a.date), year_range(b.date)
    if ra is None or rb is None:
        return False
    # One inside the other: "2003" and "2003-11-12/2003-11-14"; "August 2021" and "2021-08-16".
    inside = (ra[0] >= rb[0] and ra[1] <= rb[1]) or (rb[0] >= ra[0] and rb[1] <= ra[1])
    if not inside:
        return False
    pa, pb = a.date.split("/")[0], b.date.split("/")[0]
    shorter, longer = sorted((pa, pb), key=len)
    return longer.startswith(shorter) or "X" in shorter


#: How many earlier trips of one person (or, for a mention without a person, of
#: anyone) a mention is compared with: keeps merging linear on long documents.
MERGE_LOOKBACK = 50


def _merge(found: list[Mention], ref: Reference | None = None) -> list[Mention]:
    records: list[Mention] = []
    by_trip: dict[tuple, list[Mention]] = {}     # (visitor, destination) -> records
    by_visitor: dict[str, list[Mention]] = {}
    for m in found:
        if m.anaphoric:
            pool = records if m.entity is None else by_visitor.get(m.entity, [])
            target = _antecedent(m, pool[-MERGE_LOOKBACK:])
            if target is not None:
                _absorb(target, m)
            continue
        target = None
        for r in reversed(by_trip.get((m.entity, m.destination), [])[-MERGE_LOOKBACK:]):
            if _compatible(m, r, ref) and not (m.count > 1 or r.count > 1) and not _separate_trips(m, r):
                target = r
                break
        if target is None:
            m.mentions = [m.trigger]
            records.append(m)
            by_trip.setdefault((m.entity, m.destination), []).append(m)
            by_visitor.setdefault(m.entity, []).append(m)
        else:
            _absorb(target, m)
    for r in records:
        bounds = _day_bounds(r.date)
        if r.duration and r.duration > 1 and bounds:
            # "arrived on Thursday for a three-day visit": the trip lasts three days;
            # "wrapped up a two-day visit on Tuesday": it ended on Tuesday.
            if r.ends:
                first = min(bounds[0], bounds[1] - dt.timedelta(days=r.duration - 1))
                r.date = f"{first.isoformat()}/{bounds[1].isoformat()}"
            else:
                last = max(bounds[1], bounds[0] + dt.timedelta(days=r.duration - 1))
                r.date = f"{bounds[0].isoformat()}/{last.isoformat()}"
    return records


def _antecedent(m: Mention, pool: list[Mention]) -> Mention | None:
    """The trip an anaphoric mention ("The working visit will end on November
    19") adds to: the latest one of its destination and type whose date agrees
    with it; failing that, the latest undated one."""
    undated = None
    for r in reversed(pool):
        if (m.destination is not None and m.destination != r.destination) \
                or (m.visit_type and r.visit_type and m.visit_type != r.visit_type):
            continue
        if m.date is None or r.date is None:
            if m.date is None:
                return r
            undated = undated or r
        elif _compatible(replace(m, entity=r.entity, destination=r.destination, status=r.status), r) \
                and not _outlasts(r, m.date):
            return r
    return undated


def _outlasts(r: Mention, date: str) -> bool:
    """True when adding ``date`` would stretch a trip of a stated length ("a
    two-day state visit") beyond it."""
    a, b = _day_bounds(r.date), _day_bounds(date)
    if not (r.duration and a and b):
        return False
    return (max(a[1], b[1]) - min(a[0], b[0])).days + 1 > r.duration


def _separate_trips(m: Mention, r: Mention) -> bool:
    """Two dated mentions from one enumeration ("in 1995, 2003, 2010") are two trips."""
    return m.trigger is r.trigger and m.date != r.date


def _absorb(target: Mention, m: Mention) -> None:
    target.mentions.append(m.trigger)
    da, db = _day_bounds(target.date), _day_bounds(m.date)
    if da and db and da != db:
        # One trip reported day by day: the record spans the days.
        first, last = min(da[0], db[0]), max(da[1], db[1])
        target.date = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
        if m.status == "occurred":
            target.status = "occurred"
    elif _precision(m.date) > _precision(target.date):
        target.date = m.date
        target.trigger = m.trigger
        target.sentence = m.sentence
        target.visit_type = m.visit_type or target.visit_type
        target.status = m.status
    target.visit_type = target.visit_type or m.visit_type
    target.city = target.city or m.city
    target.duration = target.duration or m.duration
    target.ends = target.ends or m.ends
    target.count = max(target.count, m.count)


def _to_fact(v: TokenView, doc_id: str, ments: Mentions, m: Mention) -> VisitFact:
    trig = m.trigger
    s, e = m.sentence
    entity = ments.entities[m.entity]
    evidence = {
        "sentence": v.span_text(s, e).strip(),
        "sentence_start": v.start_char(s),
        "sentence_end": v.end_char(e - 1),
        "mentions": [[v.start_char(t.start), v.end_char(t.end - 1)] for t in m.mentions],
    }
    start, end = v.start_char(trig.start), v.end_char(trig.end - 1)
    return VisitFact(doc_id=doc_id, start=start, end=end, text=v.span_text(trig.start, trig.end),
                     visitor=entity.fullest, visitor_country=entity.country, destination_country=m.destination,
                     destination_city=m.city, value=m.date, visit_type=m.visit_type, status=m.status,
                     count=m.count, evidence=evidence)
