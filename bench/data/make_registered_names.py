"""Write privacy/data/given_names_registered.txt: first names people are registered with.

    python3 -m pip install --target /tmp/namesrc names-dataset==3.3.1 wordfreq==3.1.1
    .venv/bin/python bench/data/make_registered_names.py --site /tmp/namesrc

Why: on answers nobody here had read, most names the scrubber left were first names
missing from the hand-made lexicon (``given_names.txt``: Faker's lists and names written
by hand), names as Peruvians are registered with them ("Dilmer", "Maryori", "Yaretzi",
"Rusbel", "Nayda", "Gricelda"). No hand-made list keeps up with them.

Source: the first-name ranks per country of ``names-dataset`` 3.3.1 (PyPI, Apache-2.0),
read from its data file, nothing imported from it. Its authors built those ranks from
the Facebook dump of 2021; what is used here is a list of names and their rank in a
country, no person, account or count. A study whose ethics board objects to that origin
can delete the output file: the scrubber then runs on the hand-made lexicon alone.

Kept: a name ranked within ``LIMITS`` in Peru, in the Andean and Caribbean countries
families migrate from or to, or in the countries they migrate to. Left out, because a
name list built from what people typed in a form holds words too: a name already in
the lexicon or a word of it (surnames, kin words, honorifics, places, sentence words),
a word of everyday Spanish (``wordfreq`` 3.1.1, Zipf frequency 3 or more: "pollería",
"palomita" with its base word), a Quechua word of the study's region (``QUECHUA``,
written by hand: "sumaq", "yana", "qori"), a noun by its ending ("-ería", "-ción"),
names under three letters. The output is sorted and deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from privacy.given import NAME_WORDS, SPELLED_FROM, SURNAMES  # noqa: E402
from privacy.lexicon import (  # noqa: E402
    CALENDAR_WORDS,
    COMMON_WORDS,
    ELSEWHERE_WORDS,
    HONORIFICS,
    KIN,
    NEVER_REDACT_ALONE,
    PLACE_WORDS,
    RESEARCH_WORDS,
    SENTENCE_WORDS,
)
from privacy.normalize import normalize_token  # noqa: E402

OUT = ROOT / "privacy" / "data" / "given_names_registered.txt"
# The data file of names-dataset 3.3.1, checked before it is unpickled.
FIRST_NAMES = Path("names_dataset") / "v3" / "first_names.pkl.gz"
FIRST_NAMES_SHA256 = "a2076494420babe3a110f25d54c89bdacb94c60cf304d0e8cfec65504e3de449"
# Best rank kept, by country: Peru; where families come from and go to in the Andes and
# the Caribbean; the countries they migrate to.
LIMITS = {
    "PE": 15_000,
    **dict.fromkeys(("BO", "EC", "VE", "CO"), 5_000),
    **dict.fromkeys(("AR", "CL", "ES", "IT", "US", "MX", "BR", "JP"), 2_000),
}
EVERYDAY = 3.0  # Zipf frequency from which a word is everyday Spanish
ENGLISH = 4.5  # and everyday English ("Floor")
# A name common in Spanish text too ("Katia", "Gaby") is a name still when it is ranked in
# many countries, high in one: a word typed as a name is ranked where it was typed.
COMMON_NAME = 3.5
NAME_COUNTRIES = 8
NAME_RANK = 500
# People who typed a word as their first name ("Confecciones", "Demuna", "Chifa") were of
# either sex about as often; a name is given mostly to one.
GENDERED = 0.85
NOUN_ENDINGS = ("eria", "ismo", "cion", "miento", "ados", "idos", "adas", "idas")
SMALL_ENDINGS = ("cito", "cita", "ito", "ita", "illo", "illa")
QUECHUA = """
allpa ayni minka minga sumaq sumac yana qori kusi rumi maki puqya pukyu miski ruraq takiy
sara runa warmi wasi nan kawsay yachay kallpa urqu urcu yaku mayu pacha mama tayta taita
wawa wayna sipas paqari tuta punchaw inti killa wayra chaska qoyllur quyllur illari intiq
waman kuntur condor puma atoq atuq uturunku ukumari ayllu llaqta marka suyu chakra papa
kinwa quinua kiwicha achita tarwi mashua oca olluco ulluku chuno moraya charki pachamanca
huatia wathiya api chicha aqha masato kancha kamcha mote llama paqocha alpaca vicuna urpi
urpicha pichiwchuru tuya qente siwar chiwaku kukuli waychau aqchi anka huaman yupay
yupanqui sayri sinchi amaru apu wamani apuk tinkuy tinku raymi pukllay huaylarsh huaylas
herranza qhapaq qapaq capac capaq winay haku hatun jatun uchuy huchuy taki taky tusuy
wiksa sunqu songo sonqo yawar yuyay yuyarisun rikchariy rikcharisun kusikuy munay munakuy
llankay llamkay yanapay yanapakuy minkay tarpuy aspiy yapuy chaqmay qarpay qocha qochas
cocha puquio puquial nawi rimay simi runasimi qechua quechua kechwa aymara chanka chankas
wanka huanca huanka ccori ccollpa qollpa kollpa qollqe qullqi collque huasi pampa pata orqo
orcco ccocha kuyay kuyaq nina unu mikuy mikhuy mikhuna micuy tanta uchu rocoto aji kantu
cantuta qantu tika tikay wayta sisa sisay inka inca inkari ollanta tupac pachakuti
wiraqocha wiracocha mallku mallki chaski chasqui chaskiy kamayuq kuraka
"""


# Words ranked as names that a transcript uses as words: a letter said while spelling
# ("con jota"), a colour, a food, a mineral, a demonym ("era chalaco").
WORDS_NOT_NAMES = """
hache jota zeta equis elle erre efe ele eme ene ese uve doble
gitana cherry mica nata cata maja lila rubi gema chalaco chalaca
"""
NOT_NAMES = frozenset(WORDS_NOT_NAMES.split())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def first_name_ranks(site: Path) -> dict[str, dict[str, int]]:
    """Each first name's rank by country, from names-dataset's data file; only names
    given mostly to one sex (``GENDERED``), which words typed as a name are not."""
    path = site / FIRST_NAMES
    if not path.is_file():
        sys.exit(f"{path} missing: pip install --target {site} names-dataset==3.3.1")
    if _sha256(path) != FIRST_NAMES_SHA256:
        sys.exit(f"{path} is not names-dataset 3.3.1's data file")
    with gzip.open(path) as handle:
        table: dict[str, dict[str, Any]] = pickle.load(handle)  # checked above
    return {
        name: info.get("rank") or {}
        for name, info in table.items()
        if max((info.get("gender") or {}).values(), default=0.0) >= GENDERED
    }


def everyday(site: Path, floor_es: float) -> set[str]:
    """The everyday words of Spanish (from ``floor_es``) and English, normalized."""
    sys.path.insert(0, str(site))
    wordfreq = importlib.import_module("wordfreq")

    found: set[str] = set()
    for lang, floor in (("es", floor_es), ("en", ENGLISH)):
        for word in wordfreq.iter_wordlist(lang, "large"):
            if wordfreq.zipf_frequency(word, lang, "large") < floor:
                break
            found.add(normalize_token(word))
    return found


def _small_of_a_word(name: str, words: set[str]) -> bool:
    """ "palomita", "tiendita", "flaquito": the diminutive of an everyday word."""
    for ending in SMALL_ENDINGS:
        if name.endswith(ending):
            stem = name[: -len(ending)]
            if any(stem + end in words for end in ("", "a", "o", "e")):
                return True
    return False


def registered_names(
    ranks: dict[str, dict[str, int]], words: set[str], common: set[str]
) -> set[str]:
    """The names ranked within ``LIMITS`` that are no word; ``common`` holds the words
    that are names too when ranked widely (``COMMON_NAME``)."""
    lexicon = (
        SPELLED_FROM
        | SURNAMES
        | NAME_WORDS
        | HONORIFICS
        | KIN
        | SENTENCE_WORDS
        | NEVER_REDACT_ALONE
        | CALENDAR_WORDS
        | COMMON_WORDS
        | PLACE_WORDS
        | RESEARCH_WORDS
        | ELSEWHERE_WORDS
        | frozenset(QUECHUA.split())
    )
    found: set[str] = set()
    for raw, rank in ranks.items():
        if not any(rank.get(country, LIMITS[country] + 1) <= LIMITS[country] for country in LIMITS):
            continue
        name = normalize_token(raw)
        if len(name) < 3 or not (name.isascii() and name.isalpha()) or name in lexicon:
            continue
        if name in NOT_NAMES:
            continue
        if name.endswith(NOUN_ENDINGS) or name in common:
            continue
        widely = len(rank) >= NAME_COUNTRIES and min(rank.values()) <= NAME_RANK and len(name) >= 4
        if name in words and not widely:
            continue
        if not _small_of_a_word(name, words):
            found.add(name)
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", type=Path, required=True, help="pip --target directory")
    args = ap.parse_args()
    ranks = first_name_ranks(args.site)
    names = registered_names(ranks, everyday(args.site, EVERYDAY), everyday(args.site, COMMON_NAME))
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} registered first names")


if __name__ == "__main__":
    main()
