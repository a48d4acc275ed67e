"""Which of day and month a page's numeric date ("08/05/2016") writes first.

htmldate reads such a date day first, so a US page's "08/05/2016 09:56 AM ET" (5 August) became 8 May, and
as page metadata it then outranked the right date a feed gave for the same article (a user test: 7 of 24
HuffPost and Politico pages). When the page also writes the date in a form without that doubt (an ISO date in
its markup, "2016-05-08"), the date stands. Otherwise the page's own signs decide: a US time zone or an
``en-US`` language says month first; a British or Australian zone, another language or region, or a country's
domain (.uk, .br) says day first. With no sign (an English page on a .com) the date is read month first
(English-language news sites that write slashes are mostly American) and kept as an inference, so any date a
feed, a record or the user gives replaces it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

# "08/05/2016", "07/11/16 06:48 PM EDT", "8.5.2016": two numbers of at most two digits and a year.
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")
_AFTER = 40  # characters after the date searched for a time zone
# A zone right after the date's clock time ("08/05/2016 09:56 AM ET"), not any "PT" or "CT" nearby (a review: a
# Portuguese page's "PT decide" had read a Brazilian date month first).
_CLOCK = r",?\s{1,3}(?:at\s)?\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
_CLOCK_THEN_US_ZONE = re.compile(_CLOCK + r"(?:(?:E|C|M|P|AK|H)[SD]?T|Eastern|Pacific|Central)\b")
_CLOCK_THEN_DAY_FIRST_ZONE = re.compile(_CLOCK + r"(?:BST|GMT|IST|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T|CET|CEST)\b")
_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})(?:[-_]([A-Za-z]{2}))?", re.IGNORECASE)
INFERRED_CONFIDENCE = 0.6
# A numeric date with a clock time: a page's timestamp ("07/26/2016 11:36 AM ET", "07/24/16 09:56 AM EDT").
_TIMESTAMP = re.compile(
    r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]),?\s{1,3}(?:at\s)?\d{1,2}[:.]\d\d(?!\d)"
)
# A timestamp found in the page's text, not its markup: below a URL's day (0.9), above a guess from the text.
TIMESTAMP_CONFIDENCE = 0.8


@dataclass(frozen=True)
class SettledDate:
    """The page's date once its day/month order is settled; ``certain`` is False when no sign decided it."""

    day: date
    certain: bool
    evidence: str


def settle_day_month(
    html: str, found: date, url: str | None = None, page: str | None = None, *, english: bool = True
) -> SettledDate | None:
    """The page date ``found`` (read day first) with its order settled, or None when no doubt applies.

    None: the page writes no numeric date that could be read both ways as ``found``, or it writes ``found``
    in a form without doubt too. ``page``: the whole page when ``html`` is only a part of it; ``english``:
    whether its text is (other languages are written day first almost everywhere).
    """
    if found.day > 12 or found.day == found.month or found.isoformat() in html:
        return None
    month_first = date(found.year, found.day, found.month)
    if month_first.isoformat() in html:
        return SettledDate(month_first, True, f"{month_first.isoformat()} in the page's markup")
    for match in _NUMERIC_DATE.finditer(html):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        if (first, second) != (found.day, found.month) or year not in (found.year, found.year % 100):
            continue
        written = match.group()
        after = html[match.end() : match.end() + _AFTER]
        if not english:
            return SettledDate(found, True, f"{written} on a page not in English: day first")
        country = _page_country(html if page is None else page, url)
        if country == "day-first":
            return SettledDate(found, True, f"{written} on a day-first site: day first")
        if _CLOCK_THEN_US_ZONE.match(after):
            return SettledDate(month_first, True, f"{written} with a US time zone: month first")
        if _CLOCK_THEN_DAY_FIRST_ZONE.match(after):
            return SettledDate(found, True, f"{written} with a day-first time zone: day first")
        if country == "us":
            return SettledDate(month_first, True, f"{written} on an en-US page: month first")
        return SettledDate(month_first, False, f"{written}, read month first (nothing on the page says)")
    return None


def _page_country(html: str, url: str | None) -> str | None:
    """ "us", "day-first" or None, from the page's declared language and its host's country code.

    Most of the world writes the day first: a language other than English, a region other than the US or
    Canada (which writes both), or a country's domain other than .us or .ca says so.
    """
    lang = _LANG.search(html[:4096])
    language, region = (lang.group(1).lower(), (lang.group(2) or "").lower()) if lang else ("", "")
    if region == "us":
        return "us"
    if (region and region != "ca") or (language and language != "en"):
        return "day-first"
    host = (urlsplit(url).hostname or "") if url else ""
    country = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(country) == 2 and country.isalpha() and country not in ("us", "ca"):
        return "day-first"
    return None


def page_timestamp(html: str, url: str | None = None, *, english: bool = True) -> SettledDate | None:
    """The day of the page's first numeric timestamp (a date with a clock time), for pages whose markup gives
    no date: htmldate does not read "07/26/2016 11:36 AM ET" (a month first and a day above 12) at all.

    A number above 12 settles the order; else the signs of :func:`settle_day_month`. None without one.
    """
    for match in _TIMESTAMP.finditer(html):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        full_year = year if year > 99 else _full_year(year)
        written = " ".join(match.group().split())
        try:
            if first > 12:
                return SettledDate(date(full_year, second, first), True, f"{written}: day first")
            if second > 12:
                return SettledDate(date(full_year, first, second), True, f"{written}: month first")
            day_first = date(full_year, second, first)
        except ValueError:
            continue
        settled = settle_day_month(html[match.start() : match.end() + _AFTER], day_first, url, html, english=english)
        return settled or SettledDate(day_first, True, written)
    return None


def _full_year(two_digits: int) -> int:
    """"07/26/96" is 1996, "07/24/16" 2016: the century that keeps the year from running past next year."""
    year = 2000 + two_digits
    return year if year <= date.today().year + 1 else year - 100
