#!/usr/bin/env python3
"""Make table.tsv, the country names showfloor knows, from the `keshvar` crate's data.

Source: keshvar 0.7.0 (https://crates.io/crates/keshvar, https://github.com/pouriya/keshvar),
BSD-3-Clause, Copyright (c) 2023 Pouriya Jim Jahanbakhsh. Its src/countries/*.rs are generated
from the data of the Ruby `countries` gem (https://github.com/countries/countries, MIT). Only
names are taken: for each country its ISO 3166-1 alpha-2 code, ISO short name, ISO long name,
English unofficial names and nationality (the demonym).

keshvar is not a dependency of showfloor (its source is 22 MB); this script reads the copy Cargo
keeps in its registry. To re-run it after `cargo fetch` has downloaded keshvar 0.7.0 somewhere
(for example as a dependency of a scratch crate):

    python3 src/catalog/countries/extract.py > src/catalog/countries/table.tsv

or name the crate's directory: `extract.py PATH/keshvar-0.7.0 > table.tsv`. The output is
sorted by code and does not depend on the order files are listed in, so a re-run with the same
data gives the same file.

Which unofficial names are kept: the data mixes English names with German, French, Spanish,
Japanese and Dutch ones ("Turkey", "Türkei", "Turquie", "Turquía", "トルコ", "Turkije"), without
saying which is which. A name is left out when it is not in the Latin script, or when it is
(ignoring case and accents) the data's own German, French, Spanish, Dutch or Japanese
translation of the country's name and not its English one. The English translation is added
when it is not already there ("South Korea", "Iran"), and so is the name in the country's own
official languages, where the data has it in the Latin script ("Norge", "Deutschland",
"Slovensko"), so that a catalogue written in those languages names the same country. A few foreign names the translations do
not give away remain ("Tschechische Republik" for Czechia).

Which demonyms are kept: several countries share one in the data ("French" for France and seven
of its overseas territories, "Norwegian" for Norway and Svalbard). When some of those countries
are UN members and others are not, only the members keep it, so "Norwegian" is Norway's alone.
Those left shared are shared by right ("Congolese", "Dominican"); showfloor treats them so.
CORRECTIONS below lists the data's few mistakes this script puts right, each with why.
"""

import glob
import os
import re
import sys
import unicodedata

VERSION = "0.7.0"
FOREIGN = ("de", "fr", "es", "nl", "ja")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
PAIR = re.compile(r'\(\s*"([^"]*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)')
# Where the data is wrong: code → (column, the data's value, ours, why).
CORRECTIONS = {
    "NE": (
        "nationality",
        "Nigerian",
        "Nigerien",
        "the people of Niger are Nigerien; Nigerian is Nigeria's (NG), and one word for both "
        "would make a search for Nigerian find Niger",
    ),
}
# The separator between names in one column; no name may contain it, or a tab.
SEPARATOR = "; "


def crate_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    found = sorted(glob.glob(os.path.join(home, "registry/src/*/keshvar-" + VERSION)))
    if not found:
        sys.exit(f"keshvar {VERSION} is not in {home}/registry/src; name its directory")
    return found[0]


def unescape(text):
    """A Rust string literal's contents as the string it stands for."""
    text = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), text)
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def constants(text):
    """Each `pub const NAME: TYPE = VALUE;` of a file, first definition of a name only (the
    file's `consts` module comes first), as NAME → the source text of VALUE."""
    found = {}
    for match in re.finditer(r"pub const ([A-Z0-9_]+):", text):
        start = text.index("=", match.end()) + 1
        end, in_string = start, False
        while True:
            c = text[end]
            if in_string:
                if c == "\\":
                    end += 2
                    continue
                in_string = c != '"'
            elif c == '"':
                in_string = True
            elif c == ";":
                break
            end += 1
        found.setdefault(match.group(1), text[start:end])
    return found


def strings(value):
    return [unescape(s) for s in STRING.findall(value or "")]


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def latin(text):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def read_country(path):
    consts = constants(open(path, encoding="utf-8").read())
    code = re.search(r"Alpha2::([A-Z]{2})", consts["ALPHA2"]).group(1)
    short = strings(consts["ISO_SHORT_NAME"])[0]
    long = strings(consts["ISO_LONG_NAME"])[0]
    translations = [(lang, unescape(name)) for lang, name in PAIR.findall(consts["TRANSLATIONS"])]
    english = [name for lang, name in translations if lang == "en"]
    english_folded = {fold(name) for name in english}
    foreign = {fold(name) for lang, name in translations if lang in FOREIGN}
    official = strings(consts.get("OFFICIAL_LANGUAGE_LIST"))
    # The name in the country's own languages: a catalogue written there says "Norge".
    own = [name for lang, name in translations if lang in official]
    names, seen = [], {fold(short), fold(long)}
    for name in strings(consts["UNOFFICIAL_NAME_LIST"]) + english + own:
        key = fold(name)
        if key in seen or not latin(name):
            continue
        if key in foreign and key not in english_folded and name not in own:
            continue
        seen.add(key)
        names.append(name)
    nationality = strings(consts.get("NATIONALITY"))
    nationality = nationality[0] if nationality else ""
    if code in CORRECTIONS:
        column, theirs, ours, _why = CORRECTIONS[code]
        assert column == "nationality" and nationality == theirs, (code, nationality)
        nationality = ours
    demonyms = [d.strip() for d in nationality.split(",") if d.strip()]
    un_member = consts["UN_MEMBER"].strip() == "true"
    return [code, short, long, names, demonyms, un_member]


def share_demonyms(countries):
    """A demonym some UN members share with non-members stays with the members alone."""
    holders = {}
    for country in countries:
        for demonym in country[4]:
            holders.setdefault(fold(demonym), []).append(country)
    for demonym, sharing in holders.items():
        members = [country for country in sharing if country[5]]
        if 0 < len(members) < len(sharing):
            for country in sharing:
                if not country[5]:
                    country[4] = [d for d in country[4] if fold(d) != demonym]


def row(country):
    code, short, long, names, demonyms, _ = country
    cells = [code, short, long, SEPARATOR.join(names), SEPARATOR.join(demonyms)]
    for cell in cells:
        assert "\t" not in cell and "\n" not in cell, (code, cell)
    for name in [short, long] + names + demonyms:
        assert SEPARATOR.strip() not in name, (code, name)
    return "\t".join(cells)


def main():
    root = crate_dir()
    files = glob.glob(os.path.join(root, "src/countries/[a-z][a-z].rs"))
    countries = sorted(read_country(path) for path in files)
    share_demonyms(countries)
    out = sys.stdout
    out.write(
        "# The country names showfloor knows. Made by extract.py (beside this file; it says how\n"
        f"# to re-run it) from keshvar {VERSION} (https://github.com/pouriya/keshvar, BSD-3-Clause,\n"
        "# Copyright (c) 2023 Pouriya Jim Jahanbakhsh), whose data comes from the Ruby `countries`\n"
        "# gem (https://github.com/countries/countries, MIT). Do not edit by hand.\n"
        "# Columns, separated by tabs: ISO 3166-1 alpha-2 code, ISO short name, ISO long name,\n"
        f"# other names (English, and the country's own), nationality (demonyms); names in a column are separated by\n"
        f"# `{SEPARATOR}`. extract.py says which names are kept and which few it corrects.\n"
    )
    for country in countries:
        out.write(row(country) + "\n")
    print(f"{len(countries)} countries from {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
