"""Wire datelines opening a paragraph: "GENEVA (Reuters) - ", "NEW YORK (AP) — ", "KYIV, Ukraine, July 18 — ".

A dateline says where a report was filed, not who did what. Parsed with the sentence after it, its place becomes
the subject of the lead ("GENEVA declared an influenza pandemic on Thursday", in a user's H1N1 store: the World
Health Organization's declaration then failed to merge with other outlets' reports of it). The analysis parses
the text with each dateline blanked out, so offsets into the article stay as they are; a headline taken from the
lead leaves it out.
"""

from __future__ import annotations

import re

# News agencies as datelines name them: "(Reuters)", "(AP)", "(AFP)".
_AGENCY = (
    r"Reuters|AP|The Associated Press|Associated Press|AFP|Agence France-Presse|Xinhua|UPI|dpa|DPA|PTI|IANS|ANI|"
    r"Bloomberg|CNN|BBC|ANSA|EFE|Kyodo|Yonhap|TASS|Interfax|IRNA|AAP|CP|KUNA|WAM|APP|Anadolu|Sputnik|RIA Novosti|"
    r"Ukrinform|Al Jazeera|Belga|CTK|PAP|MENA|SPA|SANA|Bernama|Antara|Canadian Press|NYT|WP|CNS|RFE/RL"
)
_CAPS_PLACE = r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]*){0,3}"  # "WASHINGTON", "NEW YORK", "ST. LOUIS"
_REGION = r"(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})?"  # ", Ukraine", ", Calif."
_DAY = r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # ", June 11"
_DASH = r"\s*(?:--|[-—–])\s*"
# With an agency, a site's header may come before the place: "STOCKHOLM | Thu Jun 11, 2009 3:31 pm BST STOCKHOLM
# (Reuters) - ", "2009 06 13 00:11 JST GENEVA (Reuters) - "; no sentence ends inside it.
_WITH_AGENCY = rf"(?:[^\n.!?]{{0,80}}?\s)??{_CAPS_PLACE}{_REGION}{_DAY}\s*\((?:{_AGENCY})\){_DASH}"
_WITHOUT_AGENCY = rf"{_CAPS_PLACE}{_REGION}{_DAY}\s+(?:--|—|–)\s+"
_WIRE_DATELINE = re.compile(rf"^[ \t]*(?:{_WITH_AGENCY}|{_WITHOUT_AGENCY})(?=[\"“‘'A-Z0-9])", re.MULTILINE)


def blank_wire_datelines(text: str) -> str:
    """The text with every paragraph-opening wire dateline replaced by spaces of the same length."""
    return _WIRE_DATELINE.sub(lambda match: " " * len(match.group()), text)


def without_wire_dateline(text: str) -> str:
    """The text without the wire dateline it opens with: "MEXICO CITY (Reuters) - Mexico ..." -> "Mexico ..."."""
    match = _WIRE_DATELINE.match(text)
    return text[match.end() :] if match else text
