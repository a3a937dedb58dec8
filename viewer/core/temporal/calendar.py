"""Calendar arithmetic and TIMEX3 value spelling, kept apart from any text handling."""

from __future__ import annotations

import calendar
import datetime as dt

from viewer.core.model import Precision

Interval = tuple[dt.date, dt.date]

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_span(year: int, month: int) -> Interval:
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, last_day(year, month + 1)))


def week_span(day: dt.date) -> Interval:
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    return monday, monday + dt.timedelta(days=6)


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_of(day: dt.date) -> Interval:
    """The Saturday and Sunday of the ISO week holding ``day``."""
    monday, sunday = week_span(day)
    return monday + dt.timedelta(days=5), sunday


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` (1 = Monday) of a month; ``nth`` -1 is the last one."""
    if nth < 0:
        last = dt.date(year, month, last_day(year, month))
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_span(year: int, quarter: int) -> Interval:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_span(year, first + 2)[1]


def half_span(year: int, half: int) -> Interval:
    first = 6 * (half - 1) + 1
    return dt.date(year, first, 1), month_span(year, first + 5)[1]


def season_span(year: int, season: str) -> Interval:
    """Meteorological seasons; winter YYYY is December YYYY-1 to February YYYY."""
    if season == "WI":
        return dt.date(year - 1, 12, 1), month_span(year, 2)[1]
    first, last = SEASON_MONTHS[season]
    return dt.date(year, first, 1), month_span(year, last)[1]


def year_span(year: int) -> Interval:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def decade_span(decade: int) -> Interval:
    return dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31)


def century_span(century: int) -> Interval:
    return dt.date(max(century * 100, 1), 1, 1), dt.date(century * 100 + 99, 12, 31)


def narrow(span: Interval, mod: str | None) -> Interval:
    """The part of an interval that 'early', 'mid' or 'late' points at: a third of it."""
    start, end = span
    length = (end - start).days + 1
    if mod in ("START", "MID", "END") and start.day == 1:
        if (start.month, end.month, end.year) == (1, 12, start.year):
            # A year splits into four-month thirds: 'early 2011' is January to April.
            first = {"START": 1, "MID": 5, "END": 9}[mod]
            return dt.date(start.year, first, 1), month_span(start.year, first + 3)[1]
        if start.month == end.month and start.year == end.year:
            # A month splits at the 10th and the 20th: 'late February' is from the 21st.
            bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}[mod]
            return start.replace(day=bounds[0]), start.replace(day=bounds[1])
        years = end.year - start.year + 1
        if (end.month, end.day) == (12, 31) and start.month == 1 and years >= 3:
            # Decades and centuries split in whole years: 'early 1990s' is 1990-1993,
            # 'the mid-1990s' 1994-1996, 'the late 1990s' 1997-1999.
            third = years // 3
            first_years = years - 2 * third
            first = {"START": 0, "MID": first_years, "END": first_years + third}[mod]
            last = {"START": first_years, "MID": first_years + third, "END": years}[mod] - 1
            return dt.date(start.year + first, 1, 1), dt.date(start.year + last, 12, 31)
    if mod is None or length < 3:
        return span
    third = length // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "END":
        return end - dt.timedelta(days=third - 1), end
    if mod == "MID":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return span


def value_for(precision: Precision, start: dt.date, season: str | None = None) -> str:
    """The TIMEX3 value of the period of ``precision`` that begins on ``start``."""
    if precision in (Precision.DAY, Precision.HOUR, Precision.MINUTE):
        return start.isoformat()
    if precision is Precision.WEEK:
        return week_value(start)
    if precision is Precision.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    if precision is Precision.QUARTER:
        return f"{start.year:04d}-Q{quarter_of(start)}"
    if precision is Precision.HALF:
        return f"{start.year:04d}-H{1 if start.month <= 6 else 2}"
    if precision is Precision.SEASON:
        # A winter is written with the year it begins in: 'this winter', said in
        # February 2013, is 2012-WI, as TimeML annotators write it.
        return f"{start.year:04d}-{season or 'SP'}"
    if precision is Precision.DECADE:
        return f"{start.year // 10:03d}"
    if precision is Precision.CENTURY:
        return f"{start.year // 100:02d}"
    return f"{start.year:04d}"


def span_for(precision: Precision, day: dt.date, season: str | None = None) -> Interval:
    """The whole period of ``precision`` that holds ``day``."""
    if precision in (Precision.DAY, Precision.HOUR, Precision.MINUTE):
        return day, day
    if precision is Precision.WEEK:
        return week_span(day)
    if precision is Precision.MONTH:
        return month_span(day.year, day.month)
    if precision is Precision.QUARTER:
        return quarter_span(day.year, quarter_of(day))
    if precision is Precision.HALF:
        return half_span(day.year, 1 if day.month <= 6 else 2)
    if precision is Precision.SEASON and season is not None:
        # December already belongs to the winter named after the next year.
        winter_next = season == "WI" and day.month == 12
        return season_span(day.year + 1 if winter_next else day.year, season)
    if precision is Precision.DECADE:
        return decade_span(day.year // 10)
    if precision is Precision.CENTURY:
        return century_span(day.year // 100)
    return year_span(day.year)
