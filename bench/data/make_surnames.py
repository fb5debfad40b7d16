"""Write privacy/data/surnames.txt and privacy/data/surnames_andean.txt.

    .venv/bin/python bench/data/make_surnames.py [--faker faker-40.40.0-py3-none-any.whl]
        [--dic /usr/share/hunspell/es_PE.dic]

Sources, all redistributable, none taken from a study:
- the last-name lists of Faker 40.40.0 (es, es_AR, es_CL, es_CO, es_ES, es_MX, it_IT,
  pt_BR, and ja_JP's romanized names: relatives and employers abroad; MIT licence,
  Copyright (c) 2012 Daniele Faraglia), read from the wheel as source text with ``ast``;
- ANDEAN below, written by hand for this project: Quechua and Aymara surnames common in
  the Peruvian highlands (public knowledge), and NIKKEI, Japanese surnames common in Peru.

A surname that is also a Spanish word (a lowercase entry of the hunspell es_PE
dictionary, Debian's hunspell-es, or a word seen in lowercase in MEDDOCAN train), a
place on PLACES below or in `privacy.lexicon`, or a given name that is a word, is left
out: those need a cue (a kin word, "los", "donde", "con") that other rules read.
``surnames_andean.txt`` is the Andean part without the Quechua words (QUECHUA_WORDS):
those are names even in lowercase beside another name or after a kin word ("yoni
taipe", "mi compadre ccopa"). The output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import ast
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.data.make_given_names import lowercase_words  # noqa: E402
from privacy.lexicon import COMMON_WORDS, PARTICLES, PLACE_WORDS, SENTENCE_WORDS  # noqa: E402
from privacy.normalize import normalize_token  # noqa: E402

LOCALES = ("es", "es_AR", "es_CL", "es_CO", "es_ES", "es_MX", "it_IT", "pt_BR", "ja_JP")
ANDEAN = """
Quispe Qquispe Mamani Huamán Huaman Huamaní Huamani Condori Ccahuana Cahuana Chambi Choque
Apaza Ticona Mayta Limachi Callisaya Calisaya Huanca Huancahuari Huarcaya Huaraca
Huaranga Huayhua Huayta Huaylla Huayllani Huaytalla Huachaca Huamancusi Huamanrimachi
Huillca Huillcas Huisa Yauri Yupanqui Yucra Yupari Taipe Taype Tito Ccanto Ccopa
Ccoyllo Ccoillo Ccori Ccente Ccencho Cconislla Ccasani Ccama Ccoa Ccallo Ccapa Ccolque
Cusi Cusihuaman Cusipaucar Paucar Pauccar Poma Pomachagua Pumacahua Sulca Nahui Ñahui
Llancari Chancasanampa Chuquillanqui Ayuque Anccasi Ancco Anco Soncco Mayhua
Quichca Llamoca Llamocca Rimachi Ñaupari Naupari Sacsara Sacsi Tinco Pillaca Uscamayta
Quispealaya Chipana Mallma Arotoma Huarancca Chuchón Curo Pari Choquehuanca Tacuri
Pumayalli Cutipa Coaquira Coila Coyla Colque Copa Cutimbo Ninahuanca Ninaquispe Quillca
Tomaylla Vilca Vilcas Vilcapoma Vilcahuaman Villca Yaranga Ancasi Atao Ataucusi
Auccapuclla Canchari Carhuamaca Carhuas Chillcce Chocce Choquecahua Choquehuayta Chuco
Cusicanqui Hualpa Huallpa Huamancaja Huamanñahui Huamanyauri Huancahuire Huanco
Huaquisto Huarachi Huarocc Illa Lacsi Limaco Llacza Llactahuaman Lloclla Machaca
Marcavillaca Misaico Mitma Molleapaza Munaylla Ñaupa Ninahuaman Orccosupa Pacco
Paniura Parihuamán Phocco Pillco Pocco Puclla Pumacayo Pumallihua Quicaño Quico
Quillahuaman Quispicusi Quispitupa Rupay Saico Sucasaca Supa Surichaqui Tacza Taquire
Ticlla Tintaya Tisoc Tunque Turpo Usca Uscuvilca Vilcatoma Yactayo Yauricasa Quenta
Sucapuca Tarqui Yapura Yujra Alanoca Chura Laime Layme Llusco Ccallata Huamanchumo
Huaccha Huaccachi Anyosa Ascarza Aucapuclla Ayvar Bendezú Cahuaya Ccaccya Ccahua
Ccanchi Ccarhuas Cconocc Ccoscco Ccuno Challco Chalco Chanca Chaupin Chinchay
Choccelahua Chumbile Condorcanqui Cuchula Guillca Huachua Huacre Huallullo Huamanlazo
Huancas Huaroc Huashuayo Huayanay Huaytán Inca Inquilla Jancco Mallqui
Maque Marcañaupa Mucha Ñañez Oré Ochante Pacotaype Pariona
Paucarcaja Pecho Pomasonco Quilcas Quincho Romaní Rua
Sinchi Sotacuro Taco Taquiri Tupa Ucharima Unocc
Yalli Yanac Yance Yanqui Yaringaño Yllanes Caxi Chumpitaz Ñique
Llallahui Huallpamayta Tupayachi Quisocala Chalcotupa Sairitupac Churata Huayllas
Hancco Pocohuanca Mamaní Ccorimanya Ccolcca Chahua Ccopa Cutire Huarcaya Yaurimo
"""
# Quechua words that are also surnames: redacted only with a capital.
QUECHUA_WORDS = """
inca illa pari copa supa mucha pecho rua urbano pacco yanac sinchi tupa taco rupay chuco
chanca ancco anco huaccha chaupin usca mitma
"""
NIKKEI = """
Higa Kanashiro Tamashiro Shimabukuro Miyashiro Oshiro Chinen Arakaki Yamashiro Nakandakari
Uehara Kohatsu Matsuda Kuroki Fukumoto Teruya Gushiken Kiyan Yonamine Tokumori Morimoto
Nishimura Hirakawa Yamamoto Nakamura Tanaka Suzuki Sato Watanabe Kobayashi Yoshimoto
"""
# Frequent surnames that the dictionary also lists in lowercase, or as a plural's stem.
FREQUENT = (
    "garcia vargas arias macias mateos montesinos quinteros valladares palacios morales rojas"
)
# Places that are also surnames: a cue decides ("con Trujillo", "los Cáceres").
PLACES = """
mendoza valencia trujillo caceres toledo sevilla cordoba cordova madrid burgos leon soria
segovia navarra zamora salamanca castilla aragon lugo miranda granada murcia avila cuenca
guadalupe bolivar colon jaen huamanga huanta huari jauja chincha lucanas huaraz cajamarca
lara loja quito bogota cali medellin lorca teruel huesca girona gerona oviedo merida
badajoz alicante almeria malaga cadiz ronda vitoria santander palencia valladolid
andahuaylas paucara lircay pampas tambo mejia rimac barranco lince brena surco
independencia magdalena florencia roma milan napoles torino genova palermo venecia
paris london berlin tokio osaka toyama gunma nagoya yokohama okinawa chiba saitama
mercado campos rios vega montes prado salas castillo flores torres reyes cruz santos
alcala bilbao praga zaragoza requena talavera calatayud lucena tudela villena baena
montserrat varela linares tolosa solsona guadaira henares
"""


def faker_surnames(wheel: Path) -> set[str]:
    """Every token of the last-name lists of LOCALES (romanized ones for ja_JP)."""
    found: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for loc in LOCALES:
            tree = ast.parse(zf.read(f"faker/providers/person/{loc}/__init__.py"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Assign):
                    continue
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if not any(t.startswith("last_name") for t in targets):
                    continue
                for c in ast.walk(node.value):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        found.update(w for w in c.value.split() if w.isascii() or loc != "ja_JP")
    return found


def dictionary_words(dic: Path) -> set[str]:
    """The lowercase entries of a hunspell dictionary, normalized (Spanish words)."""
    if not dic.is_file():
        sys.exit(f"{dic} missing: apt-get install hunspell-es")
    entries = dic.read_text(encoding="utf-8").splitlines()[1:]
    return {normalize_token(e.split("/")[0]) for e in entries if e[:1].islower()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--faker", type=Path, default=Path("/opt/pypi/files/faker-40.40.0-py3-none-any.whl")
    )
    ap.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/es_PE.dic"))
    ap.add_argument("--meddocan", type=Path, default=ROOT.parent / "shared" / "data" / "meddocan")
    args = ap.parse_args()
    words_ = dictionary_words(args.dic) | set(lowercase_words(args.meddocan))
    given_words = set((ROOT / "privacy" / "data" / "given_names_words.txt").read_text().split())
    excluded = (
        words_ | given_words | set(PLACES.split()) | PLACE_WORDS | COMMON_WORDS | SENTENCE_WORDS
    ) | PARTICLES
    raw = faker_surnames(args.faker) | set(ANDEAN.split()) | set(NIKKEI.split())
    norms = {n for n in map(normalize_token, raw) if len(n) >= 3 and n.isalpha()}
    # A plural of a Spanish word is a word too ("Llamas", "Casas", "Cuevas", "Pazos").
    plurals = {
        n
        for n in norms
        if n.endswith("s") and (n[:-1] in words_ or (n.endswith("es") and n[:-2] in words_))
    }
    names = (norms - excluded - plurals) | set(FREQUENT.split())
    andean = {normalize_token(w) for w in ANDEAN.split()} - set(QUECHUA_WORDS.split())
    andean &= names
    out = ROOT / "privacy" / "data"
    (out / "surnames.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    (out / "surnames_andean.txt").write_text("\n".join(sorted(andean)) + "\n", encoding="utf-8")
    print(f"{len(names)} surnames, {len(andean)} Andean ones found in lowercase too")


if __name__ == "__main__":
    main()
