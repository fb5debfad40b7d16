"""Write privacy/data/given_names.txt and privacy/data/given_names_words.txt.

    .venv/bin/python bench/data/make_given_names.py [--faker faker-40.40.0-py3-none-any.whl]

Sources, both redistributable:
- the first-name lists of Faker 40.40.0 (es, es_AR, es_CL, es_CO, es_ES, es_MX, en_US,
  it_IT, pt_BR;
  MIT licence, Copyright (c) 2012 Daniele Faraglia), read from the wheel as source text
  with ``ast`` (nothing is installed or imported from it);
- ANDEAN below, written by hand for this project: given names common in the Peruvian
  highlands that Faker lacks, and PERUVIAN: names popular in Peru since the 1980s as they
  are registered there ("Edson", "Yonatan", "Maycol"). None is taken from the study;
- the English names of Faker spelled as they sound in Peru (Jonathan → Yonatan, Jhonatan;
  Stephany → Stefany), unless a spelling is a Spanish word: capital-only, like the
  derived feminines (``given_names_derived.txt``).

``given_names_words.txt`` is the part of the lexicon that is also an ordinary word or a
place: ORDINARY below (by hand) and every name seen in lowercase at least twice in the
MEDDOCAN train split (plain Spanish prose: "máxima", "severo", "benigno", "armando").
Such a name is redacted only with context (see privacy/given.py). The output is sorted
and deterministic.
"""

from __future__ import annotations

import argparse
import ast
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from privacy.lexicon import PARTICLES, SENTENCE_WORDS  # noqa: E402
from privacy.normalize import normalize_token, split_words  # noqa: E402

# English, Italian and Portuguese lists too: children born where families migrate to
# (the USA, Italy, Brazil) carry those names ("Kimberly", "Giulia").
SPANISH = ("es", "es_AR", "es_CL", "es_CO", "es_ES", "es_MX")
LOCALES = ("es", "es_AR", "es_CL", "es_CO", "es_ES", "es_MX", "en_US", "it_IT", "pt_BR", "ja_JP")
ANDEAN = """
Abdón Agripina Albina Alejandrina Amancia Anatolia Ananías Anselmo Apolinaria
Apolinario Aquilino Artemio Asunta Aurelia Aurelio Bacilio Basilio Benancio Benedicta
Benita Bernardina Bonifacio Candelario Casiana Casimiro Cayetano Ceferino Celestina
Celestino Cipriana Cipriano Cirilo Cleofé Cleofás Clodomiro Clotilde Cornelio Crisóstomo
Crispín Damián Deisy Deysi Delfina Demetrio Desiderio Dionisia Dionisio Domitila Edilberto
Edison Efraín Eladio Eleuteria Eleuterio Eliseo Élmer Emeterio Emiliana Emperatriz Epifania
Epifanio Eufemia Eulalia Eulogia Eulogio Eusebia Eusebio Eustaquio Evarista Evaristo
Facundo Faustino Feliciano Felícitas Felipa Fermina Fermín Filomena Flaviano Florencia
Florencio Florentina Florentino Fortunata Fortunato Fulgencio Gaudencio Gavino Genaro
Genoveva Gregoria Grimaldo Guillermina Gumercindo Heraclio Hermelinda Hermelindo
Hermenegildo Herminia Herminio Hilaria Hilario Hipólito Honorata Honorato Ignacia Indalecio
Isidora Isidro Jacinta Jacinto Janet Jhon Jhonny Jhony Juana Justina Justiniano Justino
Leandra Leocadio Leonarda Leoncia Leoncio Lucila Luzmila Macario Mamerto Marcelina
Marcelino Maritza Marleni Marleny Marlene Maximiliana Máxima Máximo Melania Melchor
Melquiades Nazario Nélida Nemesia Nemesio Nicanor Nicolasa Nilda Obdulia Odilón Olimpia
Onofre Ovidio Pánfilo Pascuala Patrocinio Paulino Pelagia Pelagio Petronila Plácida
Policarpo Pompeyo Porfirio Primitiva Primitivo Próspero Quintín Remigio Reynaldo Rómulo
Rosendo Rufina Rufino Sabina Sabino Saturnina Saturnino Segundina Serapio Severina
Severino Silverio Simeón Sixto Teodomiro Teodora Teodoro Teodosia Teodosio Teófila Teófilo
Tiburcio Timoteo Tomasa Toribia Toribio Tranquilino Ubaldo Valeriano Venancio Vicenta
Victoriano Victorino Vilma Walberto Walter Wenceslao Wilber Wilfredo Wilmer Wilson
Yanet Yaneth Yeni Yenny Yeny Yesenia Yessica Yoni Yuli Yuliana Yuri Zacarías Zenobia
Zenón Zoila Zósima Zósimo Edwin Edgar Elmer Nancy Betty Gladys Delia Sonia Yolanda
Yony Yordi Deyvis Deivis Royer Nilton Jhordan Maycol Maykol Yovana Giovana Flormira Rider
Roly Ronal Wiliam Jhoel Pancho Pepe Lucho Chabuca Meche Panchito Juancho Goyo Beto Kike Lalo
Tere Maruja Ciriaco Anacleto Agapito Tiburcia Nicasio Filomeno Juvenal Ruperto Yesica Yessenia
Yanina Yudith Rosmery Rossmery Milagritos Yackeline Jaqueline Jackeline Jhampier Jhair Cristhian
Jhosep Abimael Hilder Iver Wilder Wiliams Yhony Yerson Yeferson Yefferson Heber Ebert Deysi
Edelmira Eufracia Fabiana Gumersinda Hermógenes Juvenalia Leonidas Lidia Mardonio
Nicéforo Olinda Prisciliano Rufo Sebastiana Tarcila Tiburcio Udelia Vidal Yolanda
Zenaida Zósimo Alcira Bertila Cleto Efigenia Fidencio Grimalda Herlinda Isabelino
Jesusa Lorenza Melecio Nolberto Orfelinda Percy Rubén Teófanes Ulises Vladimir
Cirila Fidelia Donata Nicasia Agapita Hermenegilda Gumercinda Anacleta Crisanta Celedonia
Celedonio Patrocinia Rosalía
Inti Killa Quilla Sisa Urpi Wayra Illari Chaska Ñusta Nusta Kantu Puma Kuntur
Suyana Koyllur Quyllur Ayar Killari Intiya Sayri Yupanqui Atoq Atoc
"""
# Given names popular in Peru since the 1980s, spelled as they are registered there:
# English and foreign names written as they sound ("Yonatan", "Maycol", "Yeferson"), with
# the "h" after a first "j" or "y" ("Jhoselyn") and the "-son" names ("Edson", "Ederson").
PERUVIAN = """
Edson Ederson Edinson Yonatan Jonatan Jhonatan Yhonatan Yojhan Yohan Johan Jhoan Jhojan
Kenyi Jeyson Yeison Yeyson Jhoselyn Yoselyn Joselyn Yajaira Nilo Deyvi Deyvid Dayvis
Maycol Brayan Bryan Brayam Brayner Yeferson Jefferson Jhefferson Yanira Kely Keyla Kelly
Yenifer Jhenifer Liseth Lisbeth Lizbeth Leydi Leidy Anyela Angie Eder Erick Erik Franklin
Henry Hilmer Gilmer Nilton Milton Neyser Jhampool Jhunior Rony Ronny Yordan Yordy Kenedy
Kennedy Lenin Eber Hever Alindor Alcides Amílcar Jhosmel Yampier Anderson Emerson Dickson
Gerson Jerson Robinson Yoel Cleider Cleyder Lesly Sheyla Yuliza Yulisa Yomira Yomaira
Massiel Analí Estefany Estefani Stefany Yuleisy Yudit Jhonel Yonel Jhonson Ruddy Rudy
Merly Sadith Ketty Kety Greysi Greisy Deysy Odar Ediberto Clever Kleber Yosef Yosep Jhosue
Kevyn Keven
"""
# Japanese given names common among Nikkei families and children born in Japan.
JAPANESE = """
Yuki Kenji Hiroshi Takeshi Keiko Sakura Akira Kenta Haruto Yuko Mariko Emiko Kaori Aiko
Hikari Yuto Daiki Kazuo Tetsuo Haruki Kaito Riku Taro Jiro Ichiro Minoru Satoshi Masao
Noboru Shinji Tomoko Yumi Ayumi Misaki Nozomi Koji Kenichi Shigeru Mayumi Naomi Yoshiro
Takashi Hideki Kazuki Sachiko Michiko Fumiko Hanako Yoshiko Kiyomi Megumi Natsumi Asami
Rumiko Midori Chieko Junko Noriko Masako Akemi Tatsuya Yusuke Daisuke Ryo Sho Shota Yuya
"""
# Hypocoristics and children's names born abroad.
FAMILIAR = """
Haydee Haydeé Aydee Paco Lucha Chela Chelo Chabela Chayo Charo Toño Toña Nacho Quique
Chucho Chema Manolo Pepa Pili Techi Nico Rafo Richi Memo Lencho Chalo Juanita Panchita
Brayden Jayden Aiden Jaden Dayana Dayanna Nayeli Thiago Liam Aylin Ayelen Xiomara Yamile
Britany Brittany Kiara Keira Jhordy Jhostin Jostin Yostin Anyelo Benigna Yoselin
Ángeles Montse Merche Maite Conchi Conchita Loli Marisa Maripili Inma Paqui Xavi Jordi
Txema Iker Aitor
Nati Fide Vicky Santi Edu Lupe Fabi Dani Lily Anto Marce Chona Chonita Cleme Fela Feli Flori
Gume Oti Rufi Moni Mari
"""
# Quechua given names that are Quechua words too ("el inti sale", "mi sisa"): with a
# capital they name someone, in lowercase never alone (privacy/people.py).
QUECHUA_NAMES = """
inti killa quilla sisa urpi wayra illari chaska nusta kantu suyana koyllur puma kuntur
quyllur killari atoq atoc
"""
# Given names that are also ordinary words, feasts or places.
ORDINARY = """
rosa flor luz paz dolores mercedes concepcion pilar soledad esperanza victoria lima amparo
consuelo rocio cruz reyes santos angeles gloria blanca alba socorro cielo estrella paloma
nieves fe milagros caridad alegria asuncion encarnacion natividad purificacion remedios
trinidad rosario belen lourdes fatima guadalupe candelaria carmen angel salvador jesus
domingo abril mayo junio sol mar modesto clemente prudencio inocencio justo severo benigno
fausto feliz felicidad celeste clara perla diamante azucena margarita violeta jazmin
hortensia camelia dalia iris gardenia magnolia marina aurora alma reina libertad verdad
constancia gracia florida america patria oliva pastor amado amada lucero candido pascual
santiago franco tomas leal bienvenido primavera armando lucha chela
cristo dios rey leon luna coral estela gema rubi ambar jade esmeralda lirio
aura bella candela clemencia cristal dakota dulce esparta francia gallego libia linda mora
morena piedad pina placida primitivo prospero serena tara
"""
# Seen in lowercase in MEDDOCAN only inside street names ("paseo de san francisco").
NOT_ORDINARY = {"francisco", "fermin"}


def faker_names(wheel: Path, locales: tuple[str, ...] = LOCALES) -> set[str]:
    """Every token of the first-name lists of the Faker locales."""
    found: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for loc in locales:
            tree = ast.parse(zf.read(f"faker/providers/person/{loc}/__init__.py"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Assign):
                    continue
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
                # Japanese: the romanized column of the (kanji, kana, romaji) pairs.
                prefix = "first_name_" if loc == "ja_JP" else "first_names"
                if not any(t.startswith(prefix) for t in targets):
                    continue
                for c in ast.walk(node.value):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        found.update(w for w in c.value.split() if loc != "ja_JP" or w.isascii())
    return found


# English words a sounded spelling may give ("Heather" → "heater").
ENGLISH_WORDS = {"heater"}


def sounded_spellings(foreign: set[str]) -> set[str]:
    """English names as they are spelled in Peru, where a "j" sounds like a "y" and "th",
    "ph", "ck" are written as they sound: Jonathan → Yonatan, Jhonatan; Jennifer → Yenifer;
    Stephany → Stefany; Erick → Erik."""
    found: set[str] = set()
    for n in foreign:
        s = n.replace("th", "t").replace("ph", "f").replace("ck", "k")
        found.add(s)
        if s.startswith("j") and s[1:2] in tuple("aeiou"):
            found |= {"y" + s[1:], "jh" + s[1:]}
    # Five letters at least: shorter ones are English words or syllables ("fait", "yill").
    return {v for v in found if len(v) >= 5 and v.isalpha()}


def gender_variants(spanish: set[str], names: set[str], words_: set[str]) -> set[str]:
    """The feminine of the Spanish and Andean masculine names (Eustaquio → Eustaquia,
    Nicanor → Nicanora), unless the name or its feminine is a Spanish word (santo, justa)."""
    found: set[str] = set()
    for n in spanish - words_:
        if n.endswith("o"):
            found.add(n[:-1] + "a")
        elif n[-2:] in ("or", "el") and len(n) >= 5:
            found.add(n + "a")
    return {v for v in found - names - words_ if len(v) >= 5}


# Word-names whose diminutive is a person's (Rosita, Lucecita, Carmencita); not the
# religious ones ("el Niño Jesusito", "un angelito" is a dead child).
PERSONAL_WORD_NAMES = """
    rosa flor luz pilar soledad rocio amparo consuelo esperanza victoria carmen clara marina
    margarita blanca dolores mercedes paloma estrella gloria aurora modesto clemente justo
    """


def _diminutive(n: str) -> set[str]:
    """How Andean Spanish says a name small: Rosa → Rosita, Francisco → Francisquito,
    Santiago → Santiaguito, Esperanza → Esperancita, Luz → Lucecita, Carmen → Carmencita,
    Manuel → Manuelito, Jorge → Jorgito."""
    if n.endswith(("co", "ca")):
        return {n[:-2] + "qu" + ("ito" if n[-1] == "o" else "ita")}
    if n.endswith(("go", "ga")):
        return {n[:-1] + "u" + ("ito" if n[-1] == "o" else "ita")}
    if n.endswith(("zo", "za")):
        return {n[:-2] + ("cito" if n[-1] == "o" else "cita")}
    if n.endswith(("io", "ia")):
        return {n[:-2] + ("ito" if n[-1] == "o" else "ita")}
    if n[-1:] in ("o", "a"):
        return {n[:-1] + ("ito" if n[-1] == "o" else "ita")}
    if n.endswith("e"):
        return {n[:-1] + "ito", n[:-1] + "ita"}
    if n.endswith("z"):
        stem = n[:-1] + ("cec" if len(n) <= 4 else "c")
        return {stem + "ito", stem + "ita"}
    if n[-1:] in ("n", "r"):
        return {n + "cito", n + "cita"}
    if n.endswith("l"):
        return {n + "ito", n + "ita"}
    return set()


def diminutives(spanish: set[str], names: set[str], words_: set[str]) -> set[str]:
    """The diminutives of the Spanish and Andean given names (Lucecita, Remigito), how
    relatives and employers call people, unless the name or its diminutive is a Spanish
    word ("justito", "florcita" if a dictionary lists them)."""
    found: set[str] = set()
    for n in (spanish - words_) | (set(PERSONAL_WORD_NAMES.split()) & spanish):
        found |= _diminutive(n)
    return {v for v in found - names - words_ if len(v) >= 6}


def dictionary_words(dic: Path) -> set[str]:
    """The lowercase entries of a hunspell dictionary (Debian's hunspell-es), normalized."""
    if not dic.is_file():
        sys.exit(f"{dic} missing: apt-get install hunspell-es")
    entries = dic.read_text(encoding="utf-8").splitlines()[1:]
    return {normalize_token(e.split("/")[0]) for e in entries if e[:1].islower()}


def lowercase_words(root: Path) -> Counter[str]:
    """How often each word occurs in lowercase in the MEDDOCAN train split."""
    seen: Counter[str] = Counter()
    for txt in sorted((root / "train").glob("*.txt")):
        words = split_words(txt.read_text(encoding="utf-8"))
        gaps = [*words.gaps[1:], ""]
        for w, n, before, after in zip(words.words, words.norms, words.gaps, gaps, strict=False):
            # Not inside an e-mail address or a URL, where names are typed in lowercase.
            if w.islower() and before[-1:] not in "@._" and after[:1] not in "@._":
                seen[n] += 1
    return seen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--faker", type=Path, default=Path("/opt/pypi/files/faker-40.40.0-py3-none-any.whl")
    )
    ap.add_argument("--meddocan", type=Path, default=ROOT.parent / "shared" / "data" / "meddocan")
    ap.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/es_PE.dic"))
    args = ap.parse_args()
    raw = faker_names(args.faker) | set((ANDEAN + PERUVIAN + JAPANESE + FAMILIAR).split())
    names = {n for n in map(normalize_token, raw) if len(n) >= 3 and n.isalpha()}
    names -= PARTICLES | SENTENCE_WORDS
    lower = lowercase_words(args.meddocan)
    dictionary = dictionary_words(args.dic)
    # The Spanish names are left alone: their "j" is not a "y" ("Juan", "Jorge").
    english = {normalize_token(n) for n in faker_names(args.faker, ("en_US",))}
    english -= {normalize_token(n) for n in faker_names(args.faker, SPANISH)}
    # Spellings that are Spanish words or lowercase prose are left out ("tomas" is a verb);
    # the rest are names with a capital only, like the derived feminines.
    sounded = sounded_spellings(english | set(map(normalize_token, PERUVIAN.split())))
    sounded -= names | set(lower) | dictionary | PARTICLES | SENTENCE_WORDS | ENGLISH_WORDS
    # Peruvian names that are also dictionary words ("Franklin", "Henry") stay capital-only.
    peruvian_words = {normalize_token(n) for n in PERUVIAN.split()} & dictionary
    spanish = faker_names(args.faker, SPANISH) | set(ANDEAN.split())
    spanish_norms = {n for n in map(normalize_token, spanish) if len(n) >= 3 and n.isalpha()}
    derived = gender_variants(spanish_norms, names, set(lower) | dictionary)
    derived |= sounded | peruvian_words
    names |= derived
    small = diminutives(
        spanish_norms | set(PERSONAL_WORD_NAMES.split()),
        names,
        set(lower) | dictionary_words(args.dic),
    )
    ordinary = {n for n in names if lower[n] >= 2} | (set(ORDINARY.split()) & names)
    ordinary -= NOT_ORDINARY
    out = ROOT / "privacy" / "data"
    (out / "given_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    (out / "given_names_words.txt").write_text("\n".join(sorted(ordinary)) + "\n", encoding="utf-8")
    quechua = "\n".join(sorted(set(QUECHUA_NAMES.split()) & names))
    (out / "given_names_quechua.txt").write_text(quechua + "\n", encoding="utf-8")
    # Derived names are names with a capital only: "porfiria" in lowercase is a disease.
    (out / "given_names_derived.txt").write_text(
        "\n".join(sorted(derived)) + "\n", encoding="utf-8"
    )
    # Diminutives too, with a capital only ("la lucecita del cerro" is a light); kept out
    # of given_names.txt so the misspelling variants are not multiplied by them.
    (out / "given_names_diminutive.txt").write_text(
        "\n".join(sorted(small)) + "\n", encoding="utf-8"
    )
    print(f"{len(names)} names, {len(ordinary)} also ordinary words, {len(small)} diminutives")


if __name__ == "__main__":
    main()
