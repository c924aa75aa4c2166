"""ISO dates that keep the precision they were written with (2024, 2024-06, 2024-06-19)."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from enum import StrEnum

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MONTHS = tuple(calendar.month_name)[1:]


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True, order=True)
class IsoDate:
    """A calendar date as precise as the article was: a question about "2013-07" never asks for a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> IsoDate:
        """Read a YAML date, a year number or an ISO string; ValueError names what is wrong."""
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
            return cls(value)
        if not isinstance(value, str):
            raise ValueError(f"expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {_show(value)}")
        m = _ISO.match(value.strip())
        if not m:
            raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
        year = int(m[1])
        month = int(m[2]) if m[2] else None
        day = int(m[3]) if m[3] else None
        if year < 1:
            raise ValueError(f"{value!r}: year 0000 does not exist")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{value!r}: month {month} does not exist")
        if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValueError(f"{value!r}: {MONTHS[month - 1]} {year} has no day {day}")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def human(self) -> str:
        """As a reader says it: "19 June 2024", "July 2013", "1995"."""
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return f"{self.day} {MONTHS[self.month - 1]} {self.year}"

    def to_date(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def shifted(self, steps: int) -> IsoDate:
        """The date ``steps`` units away at the same precision (days, months or years)."""
        if self.precision is Precision.YEAR:
            return IsoDate(self.year + steps)
        if self.precision is Precision.MONTH:
            assert self.month is not None
            index = self.year * 12 + (self.month - 1) + steps
            return IsoDate(index // 12, index % 12 + 1)
        moved = self.to_date() + _dt.timedelta(days=steps)
        return IsoDate(moved.year, moved.month, moved.day)

    def __str__(self) -> str:
        return self.iso()


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
