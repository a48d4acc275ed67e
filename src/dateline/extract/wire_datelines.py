"""Wire datelines opening a paragraph: "GENEVA (Reuters) - ", "NEW YORK (AP) — ", "KYIV, Ukraine, July 18 — ".

A dateline says where a report was filed, not who did what. Parsed with the sentence after it, its place becomes
the subject of the lead ("GENEVA declared an influenza pandemic on Thursday", in a user's H1N1 store: the World
Health Organization's declaration then failed to merge with other outlets' reports of it). The analysis parses
the text with each dateline blanked out, so offsets into the article stay as they are; a headline taken from the
lead leaves it out. So are two other paragraph openings that are no part of their sentence: a live blog's time stamp
("3.40 pm: The White House has announced ...") and a correspondent's box run into the text ("Mark Mardell BBC News,
Washington Ken Salazar is threatening ...").
"""

from __future__ import annotations

import re

from dateline.extract.metadata import month_number

# News agencies as datelines name them: "(Reuters)", "(AP)", "(AFP)".
_AGENCY = (
    r"Reuters|AP|The Associated Press|Associated Press|AFP|Agence France-Presse|Xinhua|UPI|dpa|DPA|PTI|IANS|ANI|"
    r"Bloomberg|CNN|BBC|ANSA|EFE|Kyodo|Yonhap|TASS|Interfax|IRNA|AAP|CP|KUNA|WAM|APP|Anadolu|Sputnik|RIA Novosti|"
    r"Ukrinform|Al Jazeera|Belga|CTK|PAP|MENA|SPA|SANA|Bernama|Antara|Canadian Press|NYT|WP|CNS|RFE/RL"
)
# "WASHINGTON", "NEW YORK", "ST. LOUIS", and two places of one report: "WASHINGTON/VENICE" (a user test found
# "May" of the header before it the subject of Obama's blaming BP).
_CAPS_PLACE = r"[A-Z][A-Z.'’/-]{2,}(?:[ \t]+[A-Z][A-Z.'’/-]*){0,3}"
_REGION = r"(?:,[ \t]+[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){0,2})?"  # ", Ukraine", ", Calif."
_DAY = r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"  # ", June 11"
_DASH = r"[ \t]*(?:--|[-—–])[ \t]*"
# With an agency, a site's header may come before the place: "STOCKHOLM | Thu Jun 11, 2009 3:31 pm BST STOCKHOLM
# (Reuters) - ", "2009 06 13 00:11 JST GENEVA (Reuters) - "; on the same line, no sentence ends inside it.
_WITH_AGENCY = rf"(?P<agency>(?:[^\n.!?]{{0,80}}?[ \t])??{_CAPS_PLACE}{_REGION}{_DAY}[ \t]*\((?:{_AGENCY})\){_DASH})"
_WITHOUT_AGENCY = rf"(?P<plain>{_CAPS_PLACE}{_REGION}{_DAY}[ \t]+(?:--|—|–)[ \t]+)"
_WIRE_DATELINE = re.compile(rf"^[ \t]*(?:{_WITH_AGENCY}|{_WITHOUT_AGENCY})(?=[\"“‘'A-Z0-9])", re.MULTILINE)
# A second dash in the sentence makes the first one open an aside, not end a dateline: "NATO — Europe's main
# military alliance — said on Monday" (a review found NATO's lead without its actor).
_SECOND_DASH = re.compile(r"[^\n.!?]*?(?:--|—|–)")


def _dateline(match: re.Match[str]) -> bool:
    """Whether a match is a dateline: an agency's, or a place's without an aside closed by a second dash."""
    return match["agency"] is not None or _SECOND_DASH.match(match.string, match.end()) is None


def blank_wire_datelines(text: str) -> str:
    """The text with every paragraph-opening wire dateline replaced by spaces of the same length."""
    return _WIRE_DATELINE.sub(lambda match: " " * len(match.group()) if _dateline(match) else match.group(), text)


# A live blog's time stamp opening an entry: "3.40 pm: The White House has announced ...", "10:15am - BP said ..." (a
# user test found "3.40 pm has announced that President Obama is to cut short a visit" for the White House's
# announcement). It says when the entry was posted, no part of its sentence.
_LIVE_STAMP = re.compile(
    r"^[ \t]*\d{1,2}[.:]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,4}[ \t]*)?[:\-–—][ \t]+(?=[\"“‘'A-Z])",
    re.MULTILINE,
)


# A correspondent's box run into the text it heads: "Mark Mardell BBC News, Washington Ken Salazar is threatening a
# move ..." (Timeline17's BBC pages: a user test found "BBC News is threatening a move" for Salazar's threat). The
# first word of a two-word place is never the place alone: "Gary Duffy, BBC News, Sao Paulo Given Brazil's role"
# and "Barbara Plett, BBC News, New York is still missing" had kept "Paulo" and "York" as the sentence's first word.
_PLACE_FIRST_WORDS = r"(?:New|Los|San|Sao|São|Hong|Tel|Rio|Buenos|Cape|Abu|St\.?)"
_CORRESPONDENT = re.compile(
    r"^[ \t]*(?:By[ \t]+)?(?:[A-Z][\w'’.-]+(?:[ \t]+|(?=,))){1,3},?[ \t]*"
    r"BBC[ \t]+(?:News|World[ \t]+Service)[ \t]*,[ \t]*"
    rf"(?:{_PLACE_FIRST_WORDS}[ \t]+|(?!{_PLACE_FIRST_WORDS}[ \t]))[A-Z][a-z]+[ \t]+(?=[\"“A-Z])",
    re.MULTILINE,
)


def blank_live_stamps(text: str) -> str:
    """The text with every paragraph-opening live-blog time stamp, and every correspondent's box run into the
    paragraph it heads, replaced by spaces of the same length."""
    text = _LIVE_STAMP.sub(lambda match: " " * len(match.group()), text)
    return _CORRESPONDENT.sub(lambda match: " " * len(match.group()), text)


def without_wire_dateline(text: str) -> str:
    """The text without the wire dateline it opens with: "MEXICO CITY (Reuters) - Mexico ..." -> "Mexico ..."."""
    match = _WIRE_DATELINE.match(text)
    return text[match.end() :] if match and _dateline(match) else text


# The day a dateline gives: "HOUSTON, April 29 (Reuters) -" (the year is the page's).
_DATELINE_DAY = re.compile(
    r",[ \t]+(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?P<day>\d{1,2})\b"
)


def bundled_reports(text: str) -> list[tuple[int, tuple[int, int] | None]]:
    """Where each report of a page that bundles several wire reports starts, with the (month, day) its dateline
    gives, if any; the first is the page's own report. Empty when the page has fewer than two datelines.

    A page opening paragraphs with two or more datelines ("HOUSTON, May 8 (Reuters) - ...", "HOUSTON, April 29
    (Reuters) - ...") may be several reports of different days (a user test found April's news dated by the page's
    May publication); the analysis decides from their days whether it is.
    """
    found = [match for match in _WIRE_DATELINE.finditer(text) if _dateline(match)]
    if len(found) < 2:
        return []
    reports: list[tuple[int, tuple[int, int] | None]] = []
    for match in found:
        day = _DATELINE_DAY.search(match.group())
        month = month_number(day["month"]) if day else None
        if day is not None and month is not None and 1 <= int(day["day"]) <= 31:
            reports.append((match.start(), (month, int(day["day"]))))
        else:
            reports.append((match.start(), None))
    return reports
