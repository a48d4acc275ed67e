"""Given names of the US Census 1990 lists (from the ``names`` package): which words are people's first names.

Shared by the extract stage (an author's bio told by first name) and the analysis (names and their sex).
"""

from __future__ import annotations

import functools
from importlib.resources import files


@functools.cache
def census_names(table: str) -> frozenset[str]:
    """The names of one census table ("dist.male.first", "dist.female.first"), folded to lower case."""
    lines = files("names").joinpath(table).read_text(encoding="ascii").splitlines()
    return frozenset(line.split()[0].casefold() for line in lines if line.strip())


@functools.cache
def first_names() -> frozenset[str]:
    """Given names of either sex (5,494), folded to lower case."""
    return census_names("dist.male.first") | census_names("dist.female.first")


def given_name_sex(word: str) -> str | None:
    """"f" or "m" for a given name the census lists for one sex only ("Alan", "Nicola"), None otherwise."""
    given = word.casefold()
    female, male = given in census_names("dist.female.first"), given in census_names("dist.male.first")
    return "f" if female and not male else "m" if male and not female else None
