"""Calendar arithmetic and value formatting for the date grammar.

Values follow facts-v1's TIMEX3-like grammar; unknown digits are ``X``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PUBLISHED_RE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


@dataclass(frozen=True)
class Reference:
    """The document creation time; any part may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> "Reference":
        """``"2024-06-12"``, ``"2024-06"``, ``"2024"``, ``""`` or None.

        Raises ValueError for anything else, so a bad manifest row is reported.
        """
        if published is None or published.strip() == "":
            return cls()
        m = _PUBLISHED_RE.fullmatch(published.strip()[:10] if len(published.strip()) > 10 and published.strip()[10] in "T " else published.strip())
        if not m:
            raise ValueError(f"published date {published!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        year = int(m["year"])
        month = int(m["month"]) if m["month"] else None
        day = int(m["day"]) if m["day"] else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"published date {published!r} has no month {month}")
        if day is not None:
            dt.date(year, month, day)  # raises ValueError for 2024-02-30
        return cls(year, month, day)

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


def fmt_year(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def fmt_month(year: int | None, month: int | None) -> str:
    return f"{fmt_year(year)}-{month:02d}" if month is not None else f"{fmt_year(year)}-XX"


def fmt_day(year: int | None, month: int | None, day: int | None) -> str:
    return f"{fmt_month(year, month)}-{day:02d}" if day is not None else f"{fmt_month(year, month)}-XX"


def fmt_date(date: dt.date | None) -> str:
    return date.isoformat() if date is not None else "XXXX-XX-XX"


def fmt_week(date: dt.date | None) -> str:
    if date is None:
        return "XXXX-WXX"
    year, week, _ = date.isocalendar()
    return f"{year:04d}-W{week:02d}"


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year
    except ValueError:
        return False
    return True


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_near(ref: dt.date, weekday: int, direction: str) -> dt.date:
    """The given weekday nearest ``ref`` in ``direction``.

    ``near`` is the closer of the two; ``past``/``future`` include ``ref`` itself (a story published on Friday about
    "Friday" means that day); ``before``/``after`` exclude it ("last Friday").
    """
    delta = (ref.weekday() - weekday) % 7
    if direction == "near":
        ahead = (weekday - ref.weekday()) % 7
        direction = "past" if delta <= ahead else "future"
    if direction == "past":
        return ref - dt.timedelta(days=delta)
    if direction == "before":
        return ref - dt.timedelta(days=delta or 7)
    ahead = (weekday - ref.weekday()) % 7
    if direction == "future":
        return ref + dt.timedelta(days=ahead)
    return ref + dt.timedelta(days=ahead or 7)


def weekend_of(ref: dt.date, weeks: int = 0) -> tuple[dt.date, dt.date]:
    """Saturday and Sunday of the ISO week of ``ref`` shifted by ``weeks``."""
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=weeks)
    return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
