"""Single-line rules that recognise page furniture in pasted article text.

Each rule looks at one line on its own and answers with a short reason ("reading time",
"navigation", ...) or None. Rules that need context (repeated lines, author blocks, teasers)
live in :mod:`dateline.extract.pasted` and :mod:`dateline.extract.bylines`.
"""

from __future__ import annotations

import re
import unicodedata

from dateline.records import count_words


def _lexicon(entries: str) -> frozenset[str]:
    """Parse a "|"- and newline-separated list of normalised lines."""
    return frozenset(entry.strip() for entry in re.split(r"[|\n]", entries) if entry.strip())


# Short lines that only ever serve navigation, sharing, ads or sign-up prompts on news pages.
NAVIGATION_LINES = _lexicon(
    """
    news feed|show more|show less|read more|read next|read also|see more|see all|view all|view more
    load more|more news|more stories|more from|latest|latest news|latest stories|top stories|most read
    most popular|popular|trending|trending now|related|related articles|related stories|related news
    related content|related topics|you may also like|you might also like|recommended|recommended for you
    also read|further reading|share|share this|share this post|share this article|share this story
    share article|share on facebook|share on twitter|share on x|share on linkedin|share via email|tweet
    email|e-mail|print|copy link|copy url|link copied|comments|comment|leave a comment|view comments
    show comments|advertisement|advert|ad|ads|sponsored|sponsored content|promoted|partner content
    subscribe|subscribe now|sign up|sign in|log in|login|log out|register|newsletter|newsletters
    sign up for our newsletter|get our newsletter|menu|main menu|home|search|close|skip to content
    skip to main content|skip to navigation|back to top|go to top|top|follow us|follow|listen
    listen to this article|listen to article|listen to the article|play|pause|watch|watch live
    next article|previous article|next story|previous story|next|previous|continue reading|save
    save article|saved|bookmark|donate|support us|become a member|cookie settings|accept cookies
    accept|accept all|privacy policy|terms of use|terms of service|contact us|about us|about
    all rights reserved|back|open menu|close menu|toggle navigation|navigation|breadcrumb|gift article
    gift this article|font size|text size|dark mode|light mode|translate|audio|download|download app
    get the app|open in app|open app|trending topics|topics|tags|live|live updates|breaking|breaking news
    editor's picks|editors picks|editor's choice|in case you missed it|don't miss|must read|what to read next
    partager|publicité|abonnez-vous|s'abonner|lire aussi|lire la suite|à lire aussi|voir plus|menu principal
    teilen|anzeige|werbung|abonnieren|weiterlesen|mehr zum thema|mehr lesen|compartir|publicidad|leer más
    suscríbete|condividi|pubblicità|leggi anche
    """
)

# Labels that head a list of other stories; what follows them is not the article.
RELATED_HEADERS = _lexicon(
    """
    related|related articles|related stories|related news|related content|related coverage|more stories
    more news|read next|most read|most popular|recommended|recommended for you|you may also like
    you might also like|also read|further reading|trending|trending now|latest news|latest stories
    top stories|editor's picks|editors picks|don't miss|in case you missed it|what to read next
    more on this story|more on this topic|lire aussi|à lire aussi|mehr zum thema
    """
)

# Social network names: a line made only of these is a share bar.
SHARE_PLATFORMS = _lexicon(
    """
    facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|email
    e-mail|mail|print|copy|link|messenger|viber|threads|bluesky|mastodon|flipboard|share|rss
    """
)

# Stand-ins left behind where an image, avatar or video was on the page.
PLACEHOLDER_LINES = _lexicon(
    """
    article image|image|images|avatar|author avatar|author image|author photo|photo|photos|picture
    thumbnail|video|icon|logo|loading|loading...|placeholder|featured image|hero image|lead image
    profile picture|profile image|play video|gallery|image gallery|photo gallery|open gallery|expand
    zoom|enlarge|enlarge image|view image|view gallery|embedded content|embed|media|slideshow
    """
)

_PHOTO_AGENCIES = (
    r"getty images|getty|afp|reuters|ap|associated press|epa|epa-efe|efe|anadolu(?: agency)?|"
    r"shutterstock|alamy|xinhua|tass|sputnik|ria novosti|pool|bloomberg|dpa|ansa|ukrinform|unian|"
    r"wikimedia commons|handout|sopa images|nurphoto|lightrocket|istock|unsplash|pa images|pa wire|pa|"
    r"imago|abaca|zuma|zuma press|reuters connect|kremlin\.ru|presidential press service|press service"
)
_CREDIT_WORDS = r"photo|photos|photograph|image|images|picture|credit|courtesy|illustration|file|via"
# "(Getty Images)", "(Photo: Jane Doe)", "(Sergei Supinsky/AFP via Getty Images)" at the end of a line.
_PAREN_CREDIT = re.compile(
    rf"\((?:[^()]*?\b(?:{_PHOTO_AGENCIES}|{_CREDIT_WORDS})\b[^()]*|[^()]*/[^()]*)\)\s*$", re.IGNORECASE
)
# "... in Kyiv. Jane Doe / AFP", "Photo: Jane Doe", "Credit: Reuters" at the end of a line.
_TRAILING_CREDIT = re.compile(
    rf"(?:[/|]\s*(?:{_PHOTO_AGENCIES})(?:\s+via\s+[\w .]+)?\.?\s*$)"
    rf"|(?:\b(?:photo|image|picture|photograph|credit|foto|photo credit|image credit)s?\s*(?::|by\b)\s*"
    rf"[^.!?]{{1,80}}$)",
    re.IGNORECASE,
)
# "... near Gdansk. Piotr Nowak / Baltic Wire": a photographer's name, a slash, an agency or outlet.
_PHOTOGRAPHER_CREDIT = re.compile(
    r"[.!?]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\.?$"
)

_READING_TIME = re.compile(
    r"^(?P<prefix>.{0,60}?)[\s·|•,-]*\b(?:estimated\s+)?"
    r"(?:(?:reading\s+time|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\s*:?\s*)?"
    r"\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?\s*(?:min|mins|minute|minutes)\.?"
    r"(?:\s+(?:read|reading|listen|watch))?\s*$",
    re.IGNORECASE,
)

_ROLE_QUALIFIERS = (
    r"senior|chief|deputy|managing|executive|contributing|staff|associate|assistant|freelance|special|"
    r"foreign|political|politics|news|business|digital|investigative|international|defen[cs]e|diplomatic|"
    r"economics|economy|security|war|europe|europe's|world|national|local|sports?|science|health|tech|"
    r"technology|culture|opinion|multimedia|video|photo|breaking|social media|features?|data|climate|"
    r"energy|white house|washington|moscow|kyiv|middle east|africa|asia|global|general|copy|night|web"
)
_ROLE_NOUNS = (
    r"editor|reporter|correspondent|writer|journalist|columnist|producer|contributor|analyst|"
    r"photographer|editor-in-chief|anchor|intern|fellow|author|presenter|blogger|commentator|"
    r"photojournalist|videographer|researcher"
)
_ROLE_LINE = re.compile(
    rf"^(?:(?:{_ROLE_QUALIFIERS})\s+){{0,3}}(?:{_ROLE_NOUNS})s?(?:\s*(?:,|and|&)\s*(?:(?:{_ROLE_QUALIFIERS})"
    rf"\s+){{0,3}}(?:{_ROLE_NOUNS})s?)*$",
    re.IGNORECASE,
)
ROLE_NOUN = re.compile(rf"\b(?:{_ROLE_NOUNS})s?\b", re.IGNORECASE)

_RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^(?:updated|published)\s+(?:today|yesterday)$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_LINK_TO_OTHER = re.compile(
    r"^(?:read also|read more|also read|see also|see more|related|more|watch|listen|opinion|explainer|"
    r"recommended|don't miss|must read|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr dazu|"
    r"leer también|leggi anche)\s*[:>»|–-]\s*\S",
    re.IGNORECASE,
)
# A link to another story with its section's tag: "China furious at Macron for Hong Kong protest jibe [INSIGHT]"
# (a user test found Express.co.uk's teasers as THREATEN and PROTEST entries).
_TEASER_TAG = re.compile(r"\[(?:INSIGHT|REACTION|REVEAL|LATEST|VIDEO|PICTURES|PICS|POLL|ANALYSIS|LIVE)\]\W*$")
_FOOTER_PREFIX = re.compile(
    r"^(?:tags|topics|filed under|categories|category|keywords|more on|more about|follow|contact)\s*:",
    re.IGNORECASE,
)
# Notices a site prints about the article or its comments, not news: a correction note, the print edition's
# page, the comment policy ("We welcome comments ...": 240 lines of Timeline17's Reuters pages; a user test
# found them as timeline entries, and "This article was amended on 8 May 2010" dated 8 May).
_SITE_NOTICE = re.compile(
    r"^(?:this (?:article|story) (?:was|has been) (?:amended|corrected|updated|edited)"
    r"(?: on\b| to\b|\s*\.?$)"
    r"|(?:a version of )?this (?:article|story) (?:appeared|appears|was (?:first )?published) (?:on|in)\b"
    r"|letters for publication should be sent\b"
    r"|a version appeared on p(?:age)?\s?\d+"
    r"|(?:the )?\w+ may edit your comments\b|your comments may be published\b"
    r"|we welcome comments (?:on our articles|that advance)\b"
    r"|(?:the )?(?:views|opinions) expressed in (?:the |these |readers'? )?comments\b"
    r"|comments (?:are|have been) closed(?: for this (?:article|story|post))?\s*\.?$"
    r"|this discussion (?:is|has been) (?:now )?closed\s*\.?$"
    r"|(?:any |the )?(?:views|opinions) expressed (?:here |in this (?:article|column|post|piece|blog|commentary) )?"
    r"(?:are|is) (?:solely )?(?:(?:his|her|their|my|the author's|the writer's) own"
    r"|(?:solely )?those of the (?:author|writer))"
    r"|if you see a comment\b|for more information on our comment policy\b"
    r"|(?:please note\s*:?\s*)?we are (?:unable|not able) to (?:offer|provide) transcripts\b)",
    re.IGNORECASE,
)
# The reprint notice of Dow Jones pages (Barron's, WSJ, MarketWatch), a paragraph of 40-odd words (a user test).
_REPRINT_NOTICE = re.compile(r"^this copy is for your personal,? non-commercial use only\b", re.IGNORECASE)
# A wire's staff credits at the end of a story: "Writing by Ros Krasny; Editing by Eric Walsh" (a user test found
# them as timeline entries), "(Additional reporting by Jane Doe)".
_CREDIT_NAMES = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"  # capitalised words: "Ros Krasny", "Jane Doe"
_CREDIT_PART = (
    rf"(?i:(?:additional |extra )?(?:reporting|writing|editing|compiled|graphics?|research) by)\s+{_CREDIT_NAMES}"
    rf"(?:(?:\s*,\s*|\s+and\s+){_CREDIT_NAMES})*(?:\s+in\s+{_CREDIT_NAMES})?"
)
_STAFF_CREDIT = re.compile(rf"^[(\[]?{_CREDIT_PART}(?:\s*[;,]\s*{_CREDIT_PART})*\s*[)\]]?\.?$")
# The same credits in brackets inside a line, where a page ran the story's end into its footer: "... here)
# (Reporting by Maggie Fox; Editing by Xavier Briand) An ultra-low latency infrastructure ..." (Timeline17's Reuters
# pages: the credits became timeline entries). Only a wire's staff credit (reporting, writing, editing) after a
# finished sentence: "A study (research by Imperial College) found ..." is the story's own text (a review).
_WIRE_CREDIT_PART = (
    rf"(?i:(?:additional |extra )?(?:reporting|writing|editing) by)\s+{_CREDIT_NAMES}"
    rf"(?:(?:\s*,\s*|\s+and\s+){_CREDIT_NAMES})*(?:\s+in\s+{_CREDIT_NAMES})?"
)
_INLINE_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?\"”’)\]])\s+)[(\[]{_WIRE_CREDIT_PART}(?:\s*[;,]\s*{_WIRE_CREDIT_PART})*\s*[)\]]"
)
# Calls to subscribe or click: "Sign up for free e-mail news alerts from FoxNews.com", "Click here for more ...".
_PROMOTION = re.compile(
    r"^\(?(?:(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|alerts?|updates|e-?mails?|briefings?"
    r"|podcasts?|channel)\b"
    r"|click here\b)",
    re.IGNORECASE,
)
# Calls to follow a writer or to write in, under an article: "Follow Jeff Poor on Twitter @jeff_poor", "Send
# tips/quips/quotes to Lauren Weber lauren.weber@huffingtonpost.com" (a user test found both in timelines).
_CONTACT_CALL = re.compile(
    r"^\(?(?:follow\b.{1,60}\bon (?:twitter|facebook|instagram|threads|bluesky|x)(?:,? (?:at )?@\w+)?\W*$"
    r"|(?:send|email|e-mail)\b.{0,80}\b(?:tips?|news tips?|story ideas?|comments?)\b.{0,80}@)",
    re.IGNORECASE,
)
# A notice tells nothing with attribution: "This story was updated on Friday by the WHO to add 40 deaths, officials
# said" is news about a report, not a note about the page.
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|heard|according to|reported)\b", re.IGNORECASE)
# "More from Danube Daily", "Latest in Europe": a label over other stories, naming a site or section.
_MORE_FROM = re.compile(r"(?:more|latest|also) (?:from|in|on|about) \S.{0,40}")
_GALLERY_COUNTER = re.compile(r"(?:image|photo|picture|slide) \d+ (?:of|/) \d+")
# Buttons, labels and reading times are short; copyright, tag and link lines a little longer.
_MAX_LABEL_WORDS = 14
_MAX_FOOTER_WORDS = 30
_BREADCRUMB_SEPARATOR = re.compile(r"\s+(?:>|›|»|/|\|)\s+")
# A closing quote alone does not end a sentence: headlines often end on a quoted phrase.
_SENTENCE_END = re.compile(r"[.!?…:;。！？](?:\s?[\"'”’»)\]]+)*$")


def staff_credit_span(line: str) -> tuple[int, int] | None:
    """Where a bracketed wire staff credit lies inside ``line`` after a finished sentence ("... he said. (Reporting by
    Jane Doe; Editing by John Roe)"), or None."""
    match = _INLINE_CREDIT.search(line)
    return (match.start(), match.end()) if match else None


def normalize_line(line: str) -> str:
    """Lower-case ``line`` and strip the symbols pages wrap around buttons (arrows, bullets, pipes)."""
    folded = unicodedata.normalize("NFKC", line).casefold()
    folded = " ".join(folded.split())
    return folded.strip(" \t|•·›»«<>→←↓↑+*#_-–—:()[]").strip()


word_count = count_words  # one definition of a word for extraction's line rules and Article.word_count


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends like a finished sentence (terminal punctuation, maybe inside quotes)."""
    return bool(_SENTENCE_END.search(line.rstrip()))


def is_prose(line: str) -> bool:
    """Whether ``line`` reads like a body paragraph rather than a label, button or headline."""
    count = word_count(line)
    return (count >= 8 and ends_sentence(line)) or count >= 30


def is_headline_like(line: str) -> bool:
    """Whether ``line`` has a headline's shape: a few words, no closing full stop."""
    count = word_count(line)
    return 3 <= count <= 30 and not line.rstrip().endswith(".") and len(line) <= 250


def is_truncated(line: str) -> bool:
    """Whether a paragraph was cut off mid-sentence, as teasers of other articles are."""
    stripped = line.rstrip()
    if word_count(stripped) < 12:
        return False
    return stripped.endswith(("…", "...")) or not ends_sentence(stripped)


def reading_time_prefix(line: str) -> str | None:
    """Return the text before a reading-time notice ("RKS NEWS 3 Min Read" -> "RKS NEWS"), or None."""
    match = _READING_TIME.match(line.strip())
    if match is None or word_count(match.group("prefix")) > 8:
        return None
    return match.group("prefix").strip(" ·|•,-")


def has_image_credit(line: str) -> bool:
    """Whether ``line`` ends in a photo credit ("(Getty Images)", "/ AFP", "Photo: Jane Doe")."""
    stripped = line.strip()
    return bool(
        _PAREN_CREDIT.search(stripped)
        or _TRAILING_CREDIT.search(stripped)
        or _PHOTOGRAPHER_CREDIT.search(stripped)
    )


def is_role_line(line: str) -> bool:
    """Whether ``line`` is only a journalist's job title ("News Editor", "Senior Correspondent")."""
    return bool(_ROLE_LINE.match(line.strip())) and len(line.strip()) <= 80


def is_related_header(normalized: str) -> bool:
    """Whether a normalised line heads a list of other stories ("Related", "More from X")."""
    return normalized in RELATED_HEADERS or _MORE_FROM.fullmatch(normalized) is not None


def _is_share_bar(normalized: str) -> bool:
    tokens = [token for token in re.split(r"[\s,|/•·]+", normalized) if token]
    return bool(tokens) and all(token in SHARE_PLATFORMS for token in tokens)


def _is_breadcrumb(line: str) -> bool:
    parts = _BREADCRUMB_SEPARATOR.split(line.strip())
    return len(parts) >= 2 and all(1 <= word_count(part) <= 4 for part in parts) and not ends_sentence(line)


def classify_line(line: str) -> str | None:
    """Return why a single ``line`` is furniture, or None when it may be article text."""
    stripped = line.strip()
    if _REPRINT_NOTICE.match(stripped):
        return "site notice"
    count = word_count(stripped)
    if count > _MAX_FOOTER_WORDS:
        return None
    if count <= _MAX_LABEL_WORDS:
        reason = _classify_label(stripped)
        if reason is not None:
            return reason
    if _COPYRIGHT.match(stripped):
        return "copyright"
    if _FOOTER_PREFIX.match(stripped):
        return "tags"
    if _SITE_NOTICE.match(stripped) and not _ATTRIBUTION.search(stripped):
        return "site notice"
    if _STAFF_CREDIT.match(stripped):
        return "staff credit"
    if (_PROMOTION.match(stripped) or (count <= _MAX_LABEL_WORDS + 6 and _CONTACT_CALL.match(stripped))) and not (
        _ATTRIBUTION.search(stripped)  # "Subscribe to the channel, the YouTuber told followers" is news (a review)
    ):
        return "promotion"
    if (_LINK_TO_OTHER.match(stripped) and not is_prose(stripped)) or _TEASER_TAG.search(stripped):
        return "link to another article"
    return None


def _classify_label(line: str) -> str | None:
    """Rules for short lines: buttons, share bars, placeholders, reading times, job titles, breadcrumbs."""
    normalized = normalize_line(line)
    if not normalized:
        return "decoration"
    if normalized in NAVIGATION_LINES or _is_share_bar(normalized) or is_related_header(normalized):
        return "navigation"
    if normalized in PLACEHOLDER_LINES or _GALLERY_COUNTER.fullmatch(normalized):
        return "image placeholder"
    if reading_time_prefix(line) is not None:
        return "reading time"
    if _RELATIVE_TIME.match(line):
        return "timestamp"
    if is_role_line(line):
        return "author bio"
    if _is_breadcrumb(line) and not has_image_credit(line):
        return "navigation"
    return None
