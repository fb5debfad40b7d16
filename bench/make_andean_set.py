"""Write bench/data/andean_interviews.jsonl: synthetic interview answers with planted
identifiers, in the JSONL format of ../shared/tools/eval_deid.py.

    .venv/bin/python bench/make_andean_set.py

Every name, number and address is invented from the lists below with a fixed seed, so
the set is reproducible and holds no real person. Each record also carries
``roster``: the names a household roster of the same submission would hold, spelled
the way a roster row is typed (not always as in the answer), for the harness that
scrubs "with roster names" the way ingest does.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 7
FIRST = [
    "Teófilo",
    "Juana",
    "Eusebio",
    "Marcelina",
    "Florencio",
    "Yolanda",
    "Saturnino",
    "Rosa",
    "Flor",
    "Luz",
    "Celestino",
    "Hilaria",
    "Máximo",
    "Domitila",
    "Fortunato",
    "Nélida",
    "Epifanio",
    "Justina",
    "Aurelio",
    "Zenobia",
    "Wilber",
    "Yeni",
    "Edwin",
]
SURNAMES = [
    "Huamán",
    "Quispe",
    "Mamani",
    "Ccanto",
    "Yauri",
    "Taipe",
    "Ccori",
    "Huarcaya",
    "Condori",
    "Paucar",
    "Sulca",
    "Ñahui",
    "Chancasanampa",
    "Huayllani",
    "Lima",
    "Cusi",
    "Llancari",
    "Ccahuana",
    "Soto",
    "Rojas",
    "Quispe Ccanto",
]
NICKS = ["el Chato", "la Negrita", "el Cholo", "el Gringo", "la Chinita"]
KIN = ["hermano", "hermana", "hijo", "hija", "tío", "cuñado", "sobrina", "compadre", "esposo"]
DEST = ["Lima", "Huancayo", "la selva", "Argentina", "Ica", "Chile", "Satipo", "Pichanaki"]
CROPS = ["papa", "maíz", "habas", "cebada", "olluco", "quinua", "alpacas"]
JOBS = ["construcción", "la chacra", "una pollería", "la mina", "el mercado", "un taller"]
ROLES = [
    "el alcalde",
    "la profesora",
    "el teniente gobernador",
    "el presidente comunal",
    "la enfermera",
    "el promotor",
]
NGOS = [
    "Asociación Wiñay Ayllu",
    "Fundación Chaska",
    "ONG Sumaq Kawsay",
    "Centro Andino de Desarrollo Rural",
    "Red Rural Huancavelicana",
    "Kusi Warma",
]
STREETS = [
    "Jr. Ayacucho",
    "Av. Mariscal Castilla",
    "Calle Los Pinos",
    "Jirón Libertad",
    "Avenida Huancavelica",
    "Pasaje San Martín",
    "Psje. Las Flores",
]
MONTHS = ["enero", "marzo", "mayo", "julio", "setiembre", "noviembre"]


class Answer:
    """Builds a text piece by piece and records the span of each planted piece."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, Any]] = []
        self.roster: list[str] = []

    def add(self, piece: str, kind: str | None = None) -> Answer:
        if kind:
            self.spans.append(
                {"start": len(self.text), "end": len(self.text) + len(piece), "type": kind}
            )
        self.text += piece
        return self


def person(rng: random.Random, a: Answer, *, full: bool = True) -> None:
    first, last = rng.choice(FIRST), rng.choice(SURNAMES)
    a.roster.append(f"{first} {last}")
    shown = f"{first} {last}" if full else rng.choice([first, last])
    style = rng.random()
    if style < 0.15:
        shown = shown.upper()
    elif style < 0.3:
        shown = shown.replace("á", "a").replace("é", "e").replace("ó", "o").replace("Ñ", "N")
    elif style < 0.4:
        shown = shown.lower()
    a.add(shown, "PERSON")


def phone(rng: random.Random) -> str:
    d = "9" + "".join(rng.choice("0123456789") for _ in range(8))
    forms = [
        d,
        f"{d[:3]} {d[3:6]} {d[6:]}",
        f"{d[:3]}-{d[3:6]}-{d[6:]}",
        f"+51 {d[:3]} {d[3:6]} {d[6:]}",
        f"0051{d}",
        f"{d[:3]}.{d[3:6]}.{d[6:]}",
        f"(064) {d[3:9]}",
        f"01-{d[2:9]}",
    ]
    return rng.choice(forms)


def dni(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(8))


def story(rng: random.Random, a: Answer) -> None:
    a.add(f"Mi {rng.choice(KIN)} ")
    person(rng, a)
    a.add(" se fue a ").add(rng.choice(DEST), "KEEP").add(f" el año {rng.randint(1985, 2015)} ")
    a.add(f"para trabajar en {rng.choice(JOBS)}. ")


def contact(rng: random.Random, a: Answer) -> None:
    a.add(rng.choice(["Para ubicarlo llame al ", "Su celular es ", "Mi número es "]))
    a.add(phone(rng), "PHONE").add(". ")


def ids(rng: random.Random, a: Answer) -> None:
    a.add(rng.choice(["Mi DNI es ", "DNI N° ", "con documento ", "su DNI: "]))
    a.add(dni(rng), "ID_NUMBER").add(". ")


def money(rng: random.Random, a: Answer) -> None:
    a.add("Allá ganaba ").add(f"{rng.choice([600, 930, 1200, 1500, 25000000])} soles", "KEEP")
    a.add(" al mes y sembramos ").add(rng.choice(CROPS), "KEEP")
    a.add(f" en {rng.randint(1, 5)} hectáreas desde {rng.randint(1980, 2020)}. ")


def ngo(rng: random.Random, a: Answer) -> None:
    a.add("Nos apoyó la ").add(rng.choice(NGOS), "ORG").add(" con semillas de ")
    a.add(rng.choice(CROPS), "KEEP").add(" y ").add(rng.choice(ROLES), "KEEP").add(" ayudó. ")


def address(rng: random.Random, a: Answer) -> None:
    a.add("Ahora vive en ").add(f"{rng.choice(STREETS)} {rng.randint(100, 1999)}", "ADDRESS")
    a.add(", ").add(rng.choice(DEST[:2]), "KEEP").add(". ")


def nickname(rng: random.Random, a: Answer) -> None:
    a.add("A mi cuñado le dicen ").add(f"{rng.choice(NICKS)} {rng.choice(SURNAMES)}", "PERSON")
    a.add(" y trabaja con ").add(rng.choice(ROLES), "KEEP").add(". ")


def birth(rng: random.Random, a: Answer) -> None:
    a.add("Mi hija nació el ")
    a.add(
        f"{rng.randint(1, 28)} de {rng.choice(MONTHS)} de {rng.randint(1990, 2012)}",
        "DATE_OF_BIRTH",
    )
    a.add(" en la posta. ")


def words(rng: random.Random, a: Answer) -> None:
    a.add(
        rng.choice(
            [
                "Compramos una flor para la fiesta. ",
                "En la sierra hay poca luz. ",
                "Vendimos rosas en el mercado. ",
            ]
        )
    )
    a.add("Cuando llegó ").add("Sendero Luminoso", "KEEP").add(" nos fuimos a ")
    a.add(rng.choice(DEST), "KEEP").add(". ")


def email(rng: random.Random, a: Answer) -> None:
    user = rng.choice(SURNAMES).split()[0].lower().replace("á", "a").replace("ñ", "n")
    a.add("Escríbale a ").add(f"{user}{rng.randint(1, 99)}@gmail.com", "EMAIL").add(". ")


def surname_lima(rng: random.Random, a: Answer) -> None:
    a.roster.append("Teodoro Lima Quispe")
    a.add("Don ").add("Teodoro Lima", "PERSON").add(" viajó a ").add("Lima", "KEEP")
    a.add(" y después su hijo ").add("Lima", "PERSON").add(" volvió. ")


PARTS = [story, contact, ids, money, ngo, address, nickname, birth, words, email, surname_lima]


def make_answer(rng: random.Random, n: int) -> dict[str, Any]:
    a = Answer()
    for part in rng.sample(PARTS, rng.randint(2, 4)):
        part(rng, a)
    if rng.random() < 0.5:
        a.add("Después ")
        person(rng, a, full=False)
        a.add(" nos visitó para la fiesta.")
    return {"id": f"andean-{n:03d}", "text": a.text.strip(), "spans": a.spans, "roster": a.roster}


def main() -> None:
    rng = random.Random(SEED)
    out = Path(__file__).resolve().parent / "data" / "andean_interviews.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n in range(180):
            fh.write(json.dumps(make_answer(rng, n), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
