"""Metadata shared by the HTML and pasted-text extractors: what a page says about itself.

``PageContent`` is what either extractor finds; :func:`merge_given` lets the metadata a user
or a feed supplied override it, as the ``RawInput`` contract requires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

from dateline.records import STDIN_ORIGIN, PublicationDate, RawInput, RemovedBlock
from dateline.sources.metadata import implausible_publication, one_line


@dataclass(frozen=True)
class PageContent:
    """What an extractor found on one page, before given metadata is applied."""

    title: str
    text: str
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    published_evidence: str = ""
    # Below 1 when the page's date is a reading of doubtful text (see numeric_dates): an inference, not metadata.
    published_confidence: float = 1.0
    caption: str | None = None
    removed: tuple[RemovedBlock, ...] = ()


@dataclass(frozen=True)
class MergedMetadata:
    """The metadata an Article carries after given values have overridden found ones."""

    title: str
    url: str | None
    outlet: str | None
    published: PublicationDate | None
    author: str | None = None


def merge_given(raw: RawInput, page: PageContent) -> MergedMetadata:
    """Apply the rule that given metadata always overrides what extraction found."""
    url = raw.url or page.url
    outlet = raw.given_outlet or page.outlet or outlet_from_url(url)
    published: PublicationDate | None = None
    if page.published is not None and implausible_publication(page.published) is not None:
        page = replace(page, published=None)  # "07/26/96" read as 2096, a page's year 1200: no date at all
    if raw.given_published is not None:
        published = PublicationDate(raw.given_published, raw.given_published, "given")
    elif page.published is not None and page.published_confidence < 1.0:
        published = PublicationDate(
            page.published, page.published, "inferred", page.published_confidence, page.published_evidence
        )
    elif page.published is not None:
        published = PublicationDate(
            page.published, page.published, "metadata", evidence=page.published_evidence
        )
    author = tidy_byline(raw.given_author) if raw.given_author else None
    # A title is one line in every listing: a given one's line breaks and runs of spaces become single spaces.
    return MergedMetadata(one_line(raw.given_title) or page.title, url, outlet, published, author or page.author)


_BY = re.compile(r"^by\b[:\s]*", re.IGNORECASE)
_NO_NAME = frozenset({"none", "null", "nan", "n/a", "unknown", "-"})
_JOINING = frozenset({"and", "de", "van", "von", "der", "la", "le", "du", "da"})
_ACRONYMS = frozenset({"AP", "AFP", "UPI", "ABC", "CBS", "NBC", "USA", "UK", "US", "EU", "UN"})


def tidy_byline(byline: str) -> str | None:
    """A byline as a name: "By JAMES B. STEWART" is James B. Stewart (a user test's JSONL kept such bylines as
    written); "None", "null" and "n/a", which data exports write for a missing author, are no name."""
    name = _BY.sub("", " ".join(byline.split()))
    if name.casefold() in _NO_NAME or not any(char.isalpha() for char in name):
        return None
    if name.isupper() and len(name.replace(" ", "")) > 3:
        name = " ".join(_name_case(word) for word in name.split())
    return name


def _name_case(word: str) -> str:
    """One word of a shouted byline in a name's case: "O'Brien", "Jean-Pierre", "McCarthy"; initials and short
    all-capital words ("AP", "BBC") stay."""
    letters = word.rstrip(".,")
    if letters in _ACRONYMS or (len(letters) <= 4 and not re.search("[AEIOUY]", letters)):
        return word
    if word.lower() in _JOINING:
        return word.lower()
    cased = re.sub(r"[A-Za-z]+", lambda part: part[0].capitalize(), word.lower())
    return re.sub(r"^Mc([a-z])", lambda part: "Mc" + part[1].upper(), cased)


def date_from_url(url: str | None) -> date | None:
    """The day a news URL's path names ("/2013/05/02/lindsay-lohan-..."), which outlets set at publication.

    Only a whole year/month/day path counts: "/2013/05/" is a section, "20130502" may be an id. An
    event or fixtures page can name another day, so the ingest path treats it as an inference.
    """
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    found = _URL_DAY.search(path)
    if found is None:
        return None
    try:
        return date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None


_URL_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d\d)([/-])(?P<month>0[1-9]|1[0-2])\2(?P<day>0[1-9]|[12]\d|3[01])(?:[/._-]|$)"
)


def date_from_file_name(origin: str) -> tuple[date, str] | None:
    """The day a local file's name or folder names ("breitbart_2016-02-01_cruz-wins.txt", ".../2010-04-20/17.txt"),
    and which of them names it ("file name" or "folder name", for the dating evidence: a user test was told "date
    in the file name" of a folder's date): archives of pages are often filed by publication day. URLs, stdin and
    pasted text name none here."""
    if "://" in origin or "#" in origin or _RECORD_LINE.search(origin) or origin.startswith(STDIN_ORIGIN):
        return None  # a URL, a feed's entry, a JSONL record (an export's date is no publication date), stdin
    parts = origin.replace("\\", "/").rstrip("/").split("/")
    for where, part in zip(("file name", "folder name"), reversed(parts[-2:]), strict=False):
        for found in _FILE_DAY.finditer(part):
            try:
                return date(int(found["year"]), int(found["month"]), int(found["day"])), where
            except ValueError:
                continue  # "2016-02-30": no day; the folder may still name one
    return None


_RECORD_LINE = re.compile(r":\d+$")


_FILE_DAY = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")


def outlet_from_url(url: str | None) -> str | None:
    """Fall back on the host name ("www.reuters.com" -> "reuters.com") so an outlet is never blank."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


_MONTH_FORMS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_FORMS, start=1) for name in names}
MONTH_NAMES = tuple(forms[0].capitalize() for forms in _MONTH_FORMS)  # "January" ... "December"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"


def month_number(name: str) -> int | None:
    """The number of an English month's name or abbreviation ("April", "Apr.", "Sept"), or None."""
    return _MONTHS.get(name.lower().rstrip("."))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}\b"),
    re.compile(rf"\b(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}\b"),
)
# With slashes, US pages write the month first ("Posted: 08/02/2013 11:10 am EDT"), British and European ones
# the day ("Last updated 13:26 14/09/2013"): a day over 12 or a European or Asian-Pacific zone on the line
# says which; otherwise the month comes first, as in the temporal tagger.
_DAY_FIRST_ZONE = re.compile(r"\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST|IST|AEST|AEDT|NZST|NZDT|UK)\b")
# What a date line may hold besides the date: labels, weekdays, times and zones.
_DATE_LINE_FILLER = re.compile(
    r"\b(?:published|posted|updated|last updated|modified|on|at|date|first published|"
    r"(?:gmt|utc)(?=[+-]\d)|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"am|pm|a\.m|p\.m|gmt|utc|cet|cest|eet|eest|wet|west|est|edt|pst|pdt|bst|msk|trt|ist|aest|aedt|nzst|nzdt|uk|"
    r"et|pt|ct)\b"
    r"|\d{1,2}[:.]\d\d(?::\d\d)?|(?<=gmt|utc)[+-]\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d|[,|·•:/()\-–—.]",
    re.IGNORECASE,
)


# A dateline's place opening the line, in capitals, with its agency: "WASHINGTON, ", "NEW YORK (AP) — ".
_DATELINE_PLACE = re.compile(r"^\s*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}(?: \([A-Za-z ]{1,20}\))?\s*[,:—–-]")


def find_date(text: str) -> date | None:
    """Return the first calendar date written out in ``text`` ("July 18, 2025", "2025-07-18")."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        if "first" in match.groupdict():
            first, second = int(match["first"]), int(match["second"])
            day_first = first > 12 or (second <= 12 and _DAY_FIRST_ZONE.search(text) is not None)
            month, day = (second, first) if day_first else (first, second)
        else:
            month_text = match.group("month").lower().rstrip(".")
            month, day = _MONTHS.get(month_text) or int(month_text), int(match.group("day"))
        try:
            return date(int(match.group("year")), month, day)
        except ValueError:
            continue
    return None


def parse_date_line(line: str) -> tuple[date, bool] | None:
    """Recognise a timestamp line ("Published July 18, 2025 10:42 PM").

    Returns the date and whether the line announces an update (a weaker signal of publication),
    or None when the line says more than a date.
    """
    if len(line) > 120:
        return None
    found = find_date(line)
    if found is None:
        return None
    remainder = line
    for pattern in _DATE_PATTERNS:
        remainder = pattern.sub(" ", remainder)
    remainder = _DATE_LINE_FILLER.sub(" ", _DATELINE_PLACE.sub(" ", remainder, count=1))
    if remainder.split():
        return None
    return found, bool(re.search(r"\b(?:updated|modified)\b", line, re.IGNORECASE))
