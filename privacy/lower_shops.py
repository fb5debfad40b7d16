"""Shops and small firms typed lowercase, named by their trade and an article.

A shop's name in a lowercase transcript is its trade, then a name with its own article:
"trabajo para la polleria el leñador dorado, en san juan", "vendemos a la polleria y
cuyeria el buen sabor de acobamba", "tiene su remiseria, remis el guarani". The name
runs to a pause or to where the shop is ("de acobamba", "en surco"). After the trade an
article also opens what the sentence goes on to say ("la polleria el domingo", "el
restaurante el dueño", "la chifa la cerraron"): a day, a role, a function word or a verb
is no name. A bus line is named the same way by "expreso" or "transportes" after the
bus that carries what is sent ("en el carro de expreso ticllas").
"""

from __future__ import annotations

import re
from typing import Final

from privacy.lexicon import CALENDAR_WORDS, HONORIFICS, KIN, SENTENCE_WORDS, verb_form, words
from privacy.literals import match_at_keys
from privacy.normalize import Words, normalize_token
from privacy.recognizers import ONG, Span

_TRADES: Final = (
    r"poller[ií]a|picanter[ií]a|cevicher[ií]a|chifa|restaurante?|lubricentro|juguer[ií]a|"
    r"panader[ií]a|cuyer[ií]a|broaster[ií]a|remiser[ií]a|remis|pizzer[ií]a|hostal|"
    r"hospedaje|botica|farmacia|minimarket|ferreter[ií]a|librer[ií]a|zapater[ií]a|"
    r"peluquer[ií]a|lavander[ií]a|cafeter[ií]a|pasteler[ií]a|carnicer[ií]a|vidrier[ií]a|"
    r"carpinter[ií]a|muebler[ií]a|cantina|discoteca|panificadora|galletera|"
    r"transportes|agencia|empresa\s+de\s+transportes?"
)
# How each trade above opens, to try the pattern only there.
_TRADE_KEYS: Final = (
    "poller",
    "picanter",
    "cevicher",
    "chifa",
    "restaurant",
    "lubricentro",
    "juguer",
    "panader",
    "cuyer",
    "broaster",
    "remis",
    "pizzer",
    "hostal",
    "hospedaje",
    "botica",
    "farmacia",
    "minimarket",
    "ferreter",
    "librer",
    "zapater",
    "peluquer",
    "lavander",
    "cafeter",
    "pasteler",
    "carnicer",
    "vidrier",
    "carpinter",
    "muebler",
    "cantina",
    "discoteca",
    "panificadora",
    "galletera",
    "transportes",
    "agencia",
    "empresa de transporte",
)
_GATE: Final = words(
    """
    polleria picanteria cevicheria chifa restaurant restaurante lubricentro jugueria
    panaderia cuyeria broasteria remiseria remis pizzeria hostal hospedaje botica farmacia
    minimarket ferreteria libreria zapateria peluqueria lavanderia cafeteria pasteleria
    carniceria vidrieria carpinteria muebleria cantina discoteca transportes agencia
    panificadora galletera
    transporte
    """
)
_WORD: Final = r"[a-záéíóúñü]+"
_SHOP: Final = re.compile(
    rf"(?<![\w])(?:{_TRADES})(?:[ \t]+y[ \t]+(?:{_TRADES}))?[ \t]+"
    rf"(?:el|la|los|las|don|do[ñn]a)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)"
    rf"(?=[ \t]*[,.;:!?)]|[ \t]+(?:de|del|en|que|y)[ \t]|[ \t]*$)"
)
_NOT_NAMES: Final = (
    SENTENCE_WORDS
    | CALENDAR_WORDS
    | HONORIFICS
    | KIN
    | words(
        """
        lunes martes miercoles jueves viernes sabados domingos dia dias mes meses ano anos
        semana semanas noche noches tarde tardes manana mananas fin fines hora horas rato
        dueno duena duenos patron patrona jefe jefa senor senora cocinero cocinera mozo
        moza cajero cajera chofer administrador administradora encargado encargada gente
        otro otra otros otras mismo misma mismos mejor peor primero primera ultimo ultima
        mas menos centro mercado plaza pueblo barrio esquina local precio plata sueldo pago
        trabajo turno costo pasaje resto mitad tiempo verano invierno
        verdad comida cosa cosas vez parte atencion sazon carta limpieza
        """
    )
)
# A bus line named by its trade word after the bus or the firm that carries things:
# "por la empresa de transporte expreso molina", "en el carro de expreso ticllas".
_BUS_LINE: Final = re.compile(
    r"(?<![\w])(?:empresa[ \t]+de[ \t]+transportes?|carro|bus|buses|combi|agencia|"
    r"[oó]mnibus)[ \t]+(?:(?:de|del)[ \t]+(?:la[ \t]+)?)?"
    rf"(?P<firm>(?:expreso|transportes|turismo)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD})?))"
    r"(?=[ \t]*[,.;:!?)]|[ \t]+(?:de|del|en|que|y)[ \t]|[ \t]*$)"
)
_BUS_GATE: Final = words("expreso transportes turismo")
_BUS_KEYS: Final = (
    "empresa de transport",
    "carro",
    "bus",
    "combi",
    "agencia",
    "omnibus",
    "ómnibus",
)


def _names_shop(name: str) -> bool:
    for token in name.split():
        norm = normalize_token(token)
        if norm in _NOT_NAMES or verb_form(norm, participle=False):
            return False
    return True


def find_lower_shops(words_: Words) -> list[Span]:
    """Return lowercase shops named by their trade and an article (see the module)."""
    text = words_.text
    spans: list[Span] = []
    shops = not _GATE.isdisjoint(words_.vocabulary)
    for m in match_at_keys(_SHOP, text, _TRADE_KEYS) if shops else ():
        if m.group()[:1].islower() and _names_shop(m.group("name")):
            spans.append(Span(m.start(), m.end(), ONG))
    if not _BUS_GATE.isdisjoint(words_.vocabulary):
        spans += [
            Span(m.start("firm"), m.end("firm"), ONG)
            for m in match_at_keys(_BUS_LINE, text, _BUS_KEYS)
            if _names_shop(m.group("name"))
        ]
    return spans
