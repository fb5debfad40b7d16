"""Addresses beyond "street word, name, number": Lima's informal settlements, foreign
addresses, and the district, city and postal code written after an address.

- Informal settlements are located by their parts: "AA.HH. Nueva Rinconada, Mz. L,
  Lt. 3", "P.J. Señor de Luren", "Sector 3, Grupo 20", "UCV 145", "manzana 104".
- Foreign addresses: US ("312 Market Street, Apt 3"), Italian and Catalan ("Via
  Padova 112", "Carrer de Sants 145"), Japanese ("Oizumi-machi, Nishikoizumi 3-12-5").
- After any address, comma-separated parts continue it: the flat, the district, the
  city, a postal code ("…, Chilca, Huancayo", "…, 10126 Torino", "…, NJ 07501").
  A district or city named alone ("vive en Ate") is not an address and stays.
"""

from __future__ import annotations

import re
from typing import Final

from privacy.address_ends import (
    japanese_areas_after,
    known_town_after,
    known_town_next,
    road_before,
)
from privacy.cues import ACTS, HAVE_VERBS
from privacy.given import PERSON_VERBS
from privacy.lexicon import (
    CALENDAR_WORDS,
    ELSEWHERE_WORDS,
    PLACE_WORDS,
    RESEARCH_WORDS,
    SENTENCE_WORDS,
    verb_form,
)
from privacy.lexicon import words as word_set
from privacy.literals import folded_starts, number_starts, starts_of
from privacy.normalize import normalize_token
from privacy.numbers import is_quantity_after
from privacy.recognizers import DIRECCION, Span
from privacy.spoken import NUMBER_WORD_PATTERN, NUMBER_WORDS
from privacy.triggers import Anchors, find_at

# A road between two towns is written with a dash or an en dash: "Satipo–Mazamari".
# Japan's romanized names may open on a macron: "Ōta-shi", "Ōizumi".
_CAP: Final = r"[A-ZÁÉÍÓÚÑÜĀĒĪŌŪ][\wÁÉÍÓÚÑÜáéíóúñü'’\-–]*"
_JOIN: Final = r"(?:de|del|la|las|los|el|y|en)"
# A name never runs into the lot written after it without a comma: "AA HH Los Pinos Mz B".
_LOT_AHEAD: Final = r"(?!(?:Mz|Mza|Lt|Lote|Manzana|Sector|Grupo|UCV)\b)"
_NAME: Final = rf"{_CAP}(?:\s+(?:{_JOIN}\s+)*{_LOT_AHEAD}{_CAP}){{0,5}}"
# A settlement numbers its parts with an ordinal: "El Progreso 3er Sector", "Los Pinos
# 2da Etapa", "Huáscar II Etapa", "Santa Rosa 1ra zona".
_ORDINAL: Final = (
    r"(?:\d{1,2}(?:er|ra|ro|da|do|ta|to|va|vo|ma|mo|na|no|[°ºª])\.?|[IVX]{1,4}|"
    r"(?:[Pp]rimer|[Ss]egund|[Tt]ercer|[Cc]uart|[Qq]uint|[Ss]ext|[Ss][eé]ptim|[Oo]ctav|"
    r"[Nn]oven|[Dd][eé]cim)[ao]?)"
)
_DIVISION: Final = (
    rf"{_ORDINAL}\s+(?:[Ss]ector|[Ee]tapa|[Zz]ona|[Gg]rupo|[Pp]arte|[Aa]mpliaci[oó]n)(?!\w)"
)
# Settlements are often named after a date or a number: "9 de Octubre", "Villa 31".
_PLACE_NAME: Final = rf"(?:\d{{1,2}}\s+de\s+)?{_NAME}(?:\s+\d{{1,3}}(?!\w))?(?:\s+{_DIVISION})?"
_SETTLEMENT_HEAD: Final = (
    # "AA.HH.", "A.A.H.H.", "AA HH", "Asent. Hum.", "PP.JJ.", "C.P.", "centro poblado"
    r"(?:A\.?\s?A\.?\s?H\.?\s?H\.?|A\.\s?H\.|P\.?\s?P\.?\s?J\.?\s?J\.|P\.\s?J\.|C\.\s?P\.|"
    r"[Aa]sent\.\s*(?:[Hh]um\.)?|[Aa]sentamiento(?:\s+[Hh]umano)?|[Cc]entro\s+[Pp]oblado|"
    r"[Aa]nexo|[Cc]aser[ií]o|"
    r"[Pp]ueblo\s+[Jj]oven|[Aa]sociaci[oó]n\s+de\s+[Vv]ivienda|[Cc]ooperativa\s+de\s+[Vv]ivienda|"
    # "Asoc. Viv. Los Jardines", "Asoc. de Vivienda", "Coop. de Viv."
    r"(?:[Aa]soc|[Cc]oop)\.\s*(?:de\s+)?[Vv]iv(?:ienda|\.))"
)
# One numbered part of a settlement address: "Mz. K", "Lt. 14", "Sector B1", "UCV 145".
_PART_HEAD: Final = (
    r"(?:Mz|Mza|mz|mza|Manzana|manzana|Lt|lt|Lote|lote|Sector|sector|[Gg]rupo(?:\s+[Rr]esidencial)?|Zona|zona|Etapa|"
    r"etapa|UCV|Casa|casa|Int|int|Interior|interior|Dpto|dpto|Depto|depto|[Dd]epartamento|"
    r"Apt|Apto|apt|apto|Suite|Ste|Unit|[Aa]partment|Piso|piso|[Ss]cala|[Ii]nterno|[Pp]uerta|[Pp]ortal|[Ee]scalera|[Pp]arcela|"
    # The door abbreviated as Valencia writes it: "…47, pta. 8".
    r"[Pp]ta|"
    # A room of a family hotel or a boarding house: "calle Agüero 1480, habitación 12".
    r"[Hh]abitaci[oó]n|[Pp]ieza|"
    # A flat in Japan: "apato 201".
    r"[Aa]pato|[Hh]eya|"
    # A tower and its room in a Japanese estate, an estate's block: "tō 14-305", "danchi 5-204".
    r"[Tt]ō|[Dd]anchi|"
    # A shop or an office in a building or a gallery: "Jr. Gamarra 745, stand 214".
    r"[Ss]tand|[Pp]uesto|[Tt]ienda|[Ll]ocal|[Mm][oó]dulo|[Oo]ficina|[Oo]f|"
    r"Block|Bloque|Km|km)"
)
# A lot letter written in lowercase after an abbreviated block, numbered or not: "mz. f",
# "mz. d2".
_LOWER_LETTER: Final = r"(?:(?<=[Mm]z\.)|(?<=[Mm]z\.\s)|(?<=[Mm]za\.\s))[a-zñ]\d{0,2}"
# Spanish writes "ll" and "ch" as one letter of a block: "Mz. LL", "mz ch".
_UPPER_LETTER: Final = r"(?:LL|CH|Ll|Ch|[A-ZÑ])\d*"
# Any lot or zone word takes a lowercase letter in lowercase transcripts ("zona j",
# "mz ll"), but not a vowel that is also a word: "el sector a trabajar", "la zona y".
_LOT_HEAD: Final = r"(?:[Mm]za?|[Mm]anzana|[Ll]t|[Ll]ote|[Zz]ona|[Ss]ector|[Ee]tapa|[Gg]rupo)"
# A block lettered and numbered: "mz d2", "mz. a3".
_LOT_LETTER: Final = (
    rf"{_LOT_HEAD}(?:\.\s*|\s+)(?:(?:ll|ch|[b-df-np-tv-xzñ])|[a-zñ]\d{{1,2}})(?![\w°º/])"
)
_PART: Final = (
    rf"(?:{_PART_HEAD}\.?\s*(?:N[º°o]\.?\s*)?"
    # A flat by floor and door or a room by tower and number: "apto 4-B", "tō 14-305".
    rf"(?:\d+(?:[.,]\d+)?[A-Za-z]?(?:-(?:\d{{1,4}}|[A-Z])(?![\w-]))?|{_UPPER_LETTER}|{_LOWER_LETTER})(?!\w)"
    rf"|{_LOT_LETTER})"
)
# A zone of a settlement or an anexo named, not numbered: "sector Alto", "Barrio Santa
# Rosa". It continues an address with a lot, never starts one ("el sector Santa Rosa").
_NAMED_PART: Final = (
    rf"(?:(?:[Ss]ector|[Zz]ona|[Bb]arrio|[Ee]tapa)\s+(?!(?:Mz|Mza|Lt|Lote|Manzana)\b){_CAP}"
    # An ordinal part continues it too: "AA.HH. Los Pinos, 2da Etapa, Mz. B".
    rf"(?:\s+{_CAP})?|{_DIVISION})"
)
# Parts that locate a home by themselves ("Mz. B Lt. 12", "Sector 3", "UCV 145").
_ANCHOR: Final = (
    r"(?:Mz|Mza|Manzana|manzana|Lt|Lote|Sector|Grupo|UCV)\.?\s*"
    r"(?:N[º°o]\.?\s*)?"
    # A lot letter may be quoted: "Mz 'B'".
    rf"(?:\d+[A-Za-z]?|{_UPPER_LETTER}|['‘’\"“”][A-ZÑ]\d*['‘’\"“”])(?!\w)"
    # Lima's "unidad comunal de vivienda" is a home by its number, in any case: "ucv 147".
    r"|[Uu][Cc][Vv]\.?\s*\d{1,4}[A-Za-z]?(?!\w)"
)
# Lowercase parts locate a home only beside another part: "sector 3, grupo 20"; a
# "sector 3" alone is a zone of the story.
_LOWER_PART: Final = (
    r"(?:sector|grupo|lote|lt|mza?)\.?\s*(?:N[º°o]\.?\s*)?"
    rf"(?:\d+[A-Za-z]?|{_UPPER_LETTER}|{_LOWER_LETTER})(?!\w)"
    rf"|{_LOT_LETTER}"
)
_SETTLEMENT: Final = re.compile(
    rf"(?<!\w)(?:{_SETTLEMENT_HEAD}\s+{_PLACE_NAME}"
    rf"|{_ANCHOR}"
    rf"|{_LOWER_PART}"
    # A flat in a block: "Block 3, dpto 402", "edificio 5, departamento 302".
    r"|(?:[Bb]lock|[Bb]loque|[Ee]dificio|[Tt]orre)\.?\s*\d{1,3}[A-Z]?(?!\w)"
    # The kilometre of a road locates a house or a plot: "km 42 de la Carretera Central",
    # "el kilómetro 38.5 de la Panamericana Sur" (a distance is "5 km", number first).
    # "del kilómetro 12 al 25" is a stretch of the road, not a plot.
    rf"|(?:[Kk]m|[Kk]il[oó]metro)\.?\s*\d{{1,4}}(?:[.,]\d{{1,3}})?(?!\w)"
    r"(?!\s*(?:al|a|hasta|y|-)\s*(?:(?:el|km|kil[oó]metro)\.?\s+)?\d)"
    rf"(?:\s+(?:de\s+la\s+|del\s+|de\s+)?(?:[Cc]arretera|[Pp]anamericana|[Aa]utopista|"
    # A valley or a gorge is named by its road too: "km 14 valle de azapa".
    rf"[Vv][ií]a|[Aa]v\.|[Aa]venida|[Cc]amino|[Rr]uta|[Vv]alle|[Qq]uebrada|[Pp]ampa"
    # A road by its code: "km 4 de la RM-F36", "km 12 de la N-340".
    r"|[A-Z]{1,3}-[A-Z]?\d{1,4}(?!\w))"
    # Typed in lowercase, a name that ends the clause: "km 14 valle de azapa, parcela 38".
    # A road between two towns, in lowercase: "km 12 de la carretera satipo mazamari, …".
    # A road to a town: "km 18 de la carretera a sanibeni, pangoa".
    r"(?:\s+(?:de\s+(?:la\s+|los\s+|las\s+)?|(?:a|al|hacia)\s+)?"
    r"(?P<road>[a-zñáéíóúü]{3,}(?:[ \t]+[a-zñáéíóúü]{3,}){0,2})(?=[ \t]*(?:[,.;]|$))|"
    # "km 23 de la carretera central, Chosica": the road's name may be lowercase.
    r"(?:\s+(?:central|panamericana|norte|sur|antigua|nueva|vieja|marginal))?"
    rf"(?:\s+(?:a|al|hacia)(?=\s+{_CAP}))?"
    rf"(?:\s+(?:{_JOIN}\s+)*{_CAP}){{0,3}}))?)"
)
# A house number read out in English, as a migrant says it: "one thousand fifty-two".
_EN_UNIT: Final = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_EN_NUMBER_WORD: Final = (
    rf"(?:{_EN_UNIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
    rf"(?:-{_EN_UNIT})?"
)
_EN_NUMBER: Final = rf"{_EN_NUMBER_WORD}(?:[ \t]+(?:and[ \t]+)?{_EN_NUMBER_WORD}){{0,5}}"
# Every word an English house number may open with ("twenty-one", "One Hundred").
_EN_NUMBER_KEYS: Final = tuple(
    word_set(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand"
    )
)
_US: Final = re.compile(
    # A rural road numbered by the county, tried first: "1840 Lane 12", "37 County Road 9".
    r"(?<![\w,\-])\d{1,6}\s+(?:County\s+)?(?:Road|Rd\.?|Lane|Ln\.?)\s+\d{1,4}[A-Z]?(?!\w)|"
    # Queens numbers its houses by the cross street: "37-18 Junction Blvd".
    rf"(?<![\w,\-])(?:\d{{1,6}}(?:-\d{{1,4}})?|(?i:{_EN_NUMBER}))\s+(?:(?:[NS]?[EW]|[NS])\.?\s+)?"
    r"(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|"
    r"Way|Court|Ct\.?|Place|Pl\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|"
    # Virginia's and Pennsylvania's pikes, and the other common suffixes of a US street.
    r"Pike|Turnpike|Tpke\.?|Terrace|Ter\.?|Circle|Cir\.?|Trail|Trl\.?|Square|Sq\.?|"
    r"Loop|Alley)(?!\w)"
    # Broadway needs no street word: "2150 Broadway, Paterson".
    r"|(?<![\w,\-])\d{1,6}\s+Broadway(?!\w)"
    # A post office box: "P.O. Box 518", "PO Box 77", "Post Office Box 12".
    r"|(?<![\w.])(?:P\.[ \t]?O\.|PO|Post[ \t]+Office)[ \t]+Box[ \t]+\d{1,6}(?!\w)"
)
# Italy's and Portugal's street names join their words with "di", "da", "dos":
# "Via Cola di Rienzo 212", "Rua Padre Antônio da Silva 40".
_EU_NAME: Final = (
    rf"{_CAP}(?:\s+(?:(?:{_JOIN}|di|da|do|dos|das|dei|degli|delle|della|dello)\s+)*"
    rf"{_LOT_AHEAD}{_CAP}){{0,5}}"
)
_EUROPE: Final = re.compile(
    rf"(?<!\w)(?:Via|Viale|Corso|Piazza|Largo|Carrer|carrer|Rue|rue|Passeig|Avinguda|Rua)"
    # Catalan joins with "dels" and "de les": "Carrer dels Tarongers Vells 58".
    rf"\s+(?:{_JOIN}\s+|d'|(?:di|dei|degli|delle|della|dello|dels|les)\s+)*{_EU_NAME}\s+\d{{1,4}}[A-Za-z]?(?!\w)"
)
# A house number read out in Spanish words: "ochenta y ocho", "ciento doce".
_ES_NUMBER_WORD: Final = NUMBER_WORD_PATTERN
_ES_READ: Final = rf"{_ES_NUMBER_WORD}(?:[ \t]+(?:y[ \t]+)?{_ES_NUMBER_WORD}){{0,4}}(?!\w)"
# An Italian street typed in lowercase: "via cornigliano 41, genova". "via" is Spanish
# too ("por via aerea 2 veces", "la via expresa 2"), so the house number must close the
# clause and the town follow it; "por via" (by way of) and "la via" are no street.
# Catalonia's and Portugal's in lowercase too: "carrer de la riera blanca 112, 2n 1a".
_EUROPE_LOWER: Final = re.compile(
    r"(?<![\w.])(?:via|viale|corso|piazza|piazzale|vicolo|carrer|avinguda|passeig|rua)[ \t]+"
    r"(?:(?:di|dei|degli|delle|della|dello|del|de[ \t]+la|de[ \t]+les|dels|de|da|do|dos|das)[ \t]+"
    r"|d['’])?"
    # Up to four words: "carrer de sant antoni maria claret 214, 2n 1a, barcelona".
    # The house number read out in Spanish too: "corso giulio cesare ochenta y ocho, torino".
    rf"(?P<name>[a-z]+(?:[ \t]+[a-z]+){{0,3}})[ \t]+(?:\d{{1,4}}[a-z]?(?!\w)|{_ES_READ})"
    # ...or its flat: "via antonio cantore 118 int. 9, genova".
    r"(?=[ \t]*(?:[,;.]|$)|[ \t]+(?:int\.?|interno|scala|sc\.|piano)[ \t]*\w)"
)
# Street words no Spanish word shares may run on into their town with no comma: "vive
# en viale monza 140 milano con su esposo" (the town then must run into the clause).
_EUROPE_LOWER_OPEN: Final = re.compile(
    r"(?<![\w.])(?:viale|piazzale|piazza|vicolo|carrer|avinguda|passeig)[ \t]+"
    r"(?:(?:di|dei|degli|delle|della|dello|del|de[ \t]+la|de[ \t]+les|dels|de)[ \t]+|d['’])?"
    r"(?P<name>[a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]+\d{1,4}[a-z]?(?!\w)"
)
# The same street word in lowercase before a capitalized name: "via Gramsci 14 int. 5,
# 16126 Genova". Spanish writes "via" for "vía" too ("la via Expresa 2"), so a flat, a
# postal code or a town must follow the house number.
# A house number read out in Italian, one word as Italian writes it: "centocinquanta",
# "duecentoquattro", "trentadue".
_IT_TENS: Final = r"(?:venti?|trenta?|quaranta?|cinquanta?|sessanta?|settanta?|ottanta?|novanta?)"
_IT_UNITS: Final = r"(?:uno|due|tre|quattro|cinque|sei|sette|otto|nove)"
_IT_TEENS: Final = (
    r"(?:dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove)"
)
_IT_NUMBER: Final = (
    rf"(?:(?:{_IT_UNITS}?cento|mille)(?:{_IT_TEENS}|{_IT_TENS}{_IT_UNITS}?|{_IT_UNITS})?"
    rf"|{_IT_TEENS}|{_IT_TENS}{_IT_UNITS}?)(?!\w)"
)
_EUROPE_LOWER_NAMED: Final = re.compile(
    r"(?<![\w.])(?:via|viale|piazza|piazzale|vicolo|corso)[ \t]+"
    r"(?:(?:di|dei|degli|delle|della|dello|del)[ \t]+)?"
    # Its number read out in Spanish, maybe after "número": "via Padova número ciento
    # veinte, Milán".
    rf"{_NAME}[ \t]+(?:n[uú]mero[ \t]+)?(?:\d{{1,4}}[a-z]?(?!\w)|{_IT_NUMBER}|{_ES_READ})"
)
# What must follow it: a flat ("int. 5", "scala B"), a postal code, or a town that closes
# the clause ("…, Torino."); "via Olva 2, Juan lo recogió" sent a parcel by a courier.
_EUROPE_AFTER: Final = re.compile(
    rf"(?:,?[ \t]*{_PART}|,[ \t]*\d{{5}}[ \t]+{_CAP}|,[ \t]*{_NAME}(?=[ \t]*(?:[,.;:]|$)))"
)
# A German, Austrian or Swiss street, its kind written as the last part of its name or
# as a word after it: "Wannerstraße 41", "Lindenweg 3a", "Berliner Allee 12".
_GERMAN_KINDS: Final = r"(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee)"
_GERMAN: Final = re.compile(
    rf"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]+{_GERMAN_KINDS}"
    rf"|[A-ZÄÖÜ][a-zäöüß]+[ \t]+"
    r"(?:Stra(?:ß|ss)e|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer))"
    r"[ \t]+\d{1,4}[a-z]?(?!\w)"
)
_GERMAN_HINTS: Final = (
    "straße",
    "strasse",
    "str.",
    "weg ",
    "gasse",
    "allee",
    "platz",
    "ring ",
    "damm",
    "ufer",
    "Straße",
    "Strasse",
    "Str.",
    "Weg",
    "Gasse",
    "Allee",
    "Platz",
    "Ring",
    "Damm",
    "Ufer",
)
# A rural grid address of the US West, by the distances north or south and east or west
# of the town's centre: "2870 N 1500 E, Rigby, ID 83442".
_US_GRID: Final = re.compile(r"(?<![\w,.\-])\d{1,6}[ \t]+[NS]\.?[ \t]+\d{1,5}[ \t]+[EW](?![\w])\.?")
_BY_WAY_OF: Final = re.compile(r"(?<!\w)(?:por|la|una|esa|esta|otra)[ \t]+$", re.IGNORECASE)
# Chōme-banchi-gō after the town ("Nishikoizumi 3-12-5") or before it ("3-12-5
# Nishikoizumi"); two numbers only after a "-cho"/"-machi" town or a prefecture, city
# or ward ("Higashihon-cho 12-4"), since "Alianza 2-1" is a score.
# Romanized with or without macrons: "Homi-chō", "Hon-chō", "Oizumi-machi".
_JP_TOWN: Final = r"(?:machi|ch[oō])"
_JP_AREA: Final = rf"[A-ZĀĒĪŌŪ][a-zāēīōū]+-(?:ken|to|fu|shi|ku|{_JP_TOWN}|gun|mura)"
# The prefecture, city and ward written before ("Gunma-ken, Ota-shi, …") are taken one by
# one after a match (`_areas_before`): a repeated group here would make a long run of
# them cost the square of its length.
_JP_BLOCKS: Final = r"Danchi|danchi|Haitsu|Kōpo|Kopo|Manshon|Mansion|Jūtaku|Jutaku|Apāto"
_JAPAN: Final = re.compile(
    r"(?<!\w)(?:"
    # The town's initial may carry a macron: "Ōtemachi 2-14-7".
    # A town split by its part of the old village: "Kamitsuchidana-naka 4-7-21".
    rf"[A-ZĀĒĪŌŪ][a-zāēīōū]+(?:-{_JP_TOWN}|-[a-zāēīōū]{{2,8}})?\s+\d{{1,2}}-\d{{1,2}}-\d{{1,3}}"
    # The town may be two words, romanized with macrons: "2-14-7 Sakai Minamichō".
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{1,3}}(?:\s+[A-Z][a-zāēīōū]+(?:-{_JP_TOWN})?){{1,2}}"
    rf"|\d{{1,2}}-\d{{1,2}}\s+[A-Z][a-zāēīōū]+-{_JP_TOWN}"
    # A flat in a housing estate or a block, building and room: "Homi Danchi 2-104".
    rf"|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?:{_JP_BLOCKS})\s+\d{{1,3}}(?:-\d{{1,4}})?"
    # A lot number may run to four digits in the country: "Nishiyajima-cho 1145-3".
    rf"|(?:(?<=, ){_JP_AREA}|[A-Z][a-zāēīōū]+-{_JP_TOWN})\s+\d{{1,4}}-\d{{1,4}}"
    # The town after the city without a comma: "Toyota-shi Homigaoka 2-104".
    rf"|[A-Z][a-zāēīōū]+-(?:shi|ku|{_JP_TOWN}|gun)\s+[A-Z][a-zāēīōū]+\s+\d{{1,4}}-\d{{1,4}}(?:-\d{{1,4}})?"
    r")(?![\w-])"
)
# Typed in lowercase, the town and its chōme-banchi-gō are known by the city or ward
# after them: "homigaoka 3-15-8, toyota-shi" ("3-15-8" alone may be a score or a date).
_JAPAN_LOWER: Final = re.compile(
    # The town or city with its suffix may come first, then nothing after it needs one:
    # "oizumi-machi sakata 2-14-8, gunma".
    rf"(?<![\w-])[a-zāēīōū]+-(?:shi|ku|gun|{_JP_TOWN})[ \t]+[a-zāēīōū]+[ \t]+"
    rf"\d{{1,2}}-\d{{1,2}}-\d{{1,3}}(?![\w-])|"
    # A town with its "-cho" or "-machi" and its lot: "takatsuka-cho 1420-3, hamamatsu".
    rf"(?<![\w-])[a-zāēīōū]+-{_JP_TOWN}[ \t]+\d{{1,4}}-\d{{1,4}}(?![\w-])|"
    # Or its chōme-banchi-gō, the city and prefecture before it: "iwata-cho 3-12-8".
    rf"(?<![\w-])[a-zāēīōū]+-{_JP_TOWN}[ \t]+\d{{1,2}}-\d{{1,2}}-\d{{1,3}}(?![\w-])|"
    rf"(?<![\w-])(?:[a-zāēīōū]+(?:-{_JP_TOWN})?[ \t]+\d{{1,2}}-\d{{1,2}}-\d{{1,3}}"
    # The number may come first, as on an envelope: "2-14-7 kamiyabe, oizumi-machi".
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{1,3}}[ \t]+[a-zāēīōū]+(?:-{_JP_TOWN})?)"
    # The comma may be left out: "sakata 3-12-7 oizumi-machi ora-gun".
    rf"(?:(?:,[ \t]*|[ \t]+)[a-zāēīōū]+-(?:ken|to|fu|shi|ku|{_JP_TOWN}|gun|mura)(?![\w-]))+"
)
# Typed in lowercase with the suffixes as words and the numbers read in Japanese: "aichi
# ken toyohashi shi iwata cho san chome hachi no juichi". The city and the town with
# their suffixes are needed: "toyohashi shi" alone is a city of the story.
_JP_NUMERAL: Final = (
    r"(?:\d{1,4}|(?:(?:ni|san|yon|go|roku|nana|hachi|kyu)[ \t]?)?juu?"
    r"(?:[ \t]?(?:ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyuu?|ku))?"
    r"|ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyuu?|ku)(?![\w-])"
)
_JAPAN_SPACED: Final = re.compile(
    r"(?i)(?<![\w-])(?:[a-zāēīōū]+[ \t]+(?:ken|to|fu)[ \t]+)?"
    r"[a-zāēīōū]+[ \t]+(?:shi|ku|gun)[ \t]+[a-zāēīōū]+[ \t]+(?:ch[oō]|machi|mura)(?![\w-])"
    rf"(?:[ \t]+{_JP_NUMERAL}[ \t]+ch[oō]me(?![\w-]))?"
    rf"(?:[ \t]+{_JP_NUMERAL}(?:[ \t]+(?:banchi|no)[ \t]+{_JP_NUMERAL}){{0,2}}"
    r"(?:[ \t]+g[oō](?![\w-]))?)?"
)
_JP_CITY_WORDS: Final = word_set("shi ku gun")
_JP_TOWN_WORDS: Final = word_set("cho chō machi mura")
# A neighbourhood's head, Brazil's and Portugal's too ("bairro Caiari", "vila Nova").
_AREA_HEAD: Final = (
    r"(?:[Bb]arrio|[Bb]airro|[Pp]oblaci[oó]n|[Uu]rb\.|[Uu]rbanizaci[oó]n|[Cc]olonia|[Cc]omuna|"
    r"[Zz]ona|[Ss]ector|[Ss]etor|[Vv]illa|[Vv]ila)"
)
_MONTH: Final = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)"
)
# What may follow an address after a comma: a numbered part, a flat ("3.º B", "4t 2a"),
# a postal code and town, a state and ZIP code, or a capitalized district or city.
_MORE: Final = re.compile(
    # A neighbourhood named after a date, before its number is read as a part: "zona 16
    # de Julio", "barrio 9 de octubre".
    rf",[ \t]*(?:{_AREA_HEAD}[ \t]+\d{{1,2}}[ \t]+de[ \t]+(?:{_CAP}|{_MONTH})(?!\w)"
    rf"|{_PART}"
    # Chile's plot in a camp or a "toma": "…, pasaje 12, sitio 31, Antofagasta".
    r"|[Ss]itio[ \t]+(?:N[º°o]\.?[ \t]*)?\d{1,4}[A-Za-z]?(?!\w)"
    # "3.º B", "2º 1ª" (floor and door, as Barcelona writes them).
    r"|\d{1,2}\.?\s?[ºª°](?:\s?[A-Z](?!\w)|\s?\d{1,2}\.?\s?[ºª°]|\s?(?:izq|dcha|der)\.?)?"
    r"|\d[a-z]\s\d[a-z](?!\w)"
    # The house at the back of the lot or the ground floor, as Brazil writes it: "…, fundos".
    r"|(?:fundos|t[eé]rreo)(?=[ \t]*[,.;]|[ \t]*$)"
    # The floor and door in words, as Spain says them: "…412, cuarto izquierda, madrid".
    r"|(?i:primero|segundo|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo|noveno|bajo|"
    r"entresuelo|principal|[aá]tico)[ \t]+(?i:izquierda|derecha|izda|izq|dcha|centro)(?!\w)"
    r"|\d{1,2}(?:er|ro|do|to|vo|mo|no|°|º)?\.?[ \t]+(?:piso|planta|nivel)(?!\w)"
    # The floor told by its ordinal in words: "Jr. Manchego Muñoz 558, segundo piso, Huancavelica".
    r"|(?i:primer|primero|segundo|tercer|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo|noveno"
    r"|d[eé]cimo)[ \t]+(?i:piso|planta|nivel)(?!\w)"
    # A US floor, flat or suite: "2nd floor", "Apt 4B", "Suite 210", "Unit 7"; a flat
    # told in Spanish, typed with capitals or without: "…, apartamento 204, arlington".
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]+[Ff]loor(?!\w)"
    r"|(?:Apt|Suite|Unit)\.?[ \t]*#?\d{1,5}[A-Z]?(?!\w)"
    r"|(?i:apartamento|apto|departamento|depto|dpto|apt|suite|unit)\.?[ \t]*(?:n[º°o]\.?[ \t]*)?"
    r"#?\d{1,5}[A-Za-z]?(?!\w)"
    # A German or Austrian town may join its river or region: "79098 Freiburg im Breisgau".
    rf"|\d{{4,5}}\s+{_NAME}(?:\s+(?:im|am|an\s+der|ob\s+der|bei)\s+{_CAP})?"
    r"|[A-Z]{2}\s+\d{5}(?!\d)"
    # Typed in lowercase, a state is known by the ZIP code after it: "…, va 22041".
    r"|(?:ny|nj|ca|tx|fl|il|ma|va|md|pa|ct|ga|nc|wa|nv|az|co|ut|or|mi|oh|tn|mn|dc)[ \t]+\d{5}(?!\d)"
    # The state alone, last: "…, Corona, NY".
    r"|(?:NY|NJ|CA|TX|FL|IL|MA|VA|MD|PA|CT|GA|NC|WA|NV|AZ|CO|UT|OR|MI|OH|TN|MN|DC)(?![\w.])"
    rf"|{_SETTLEMENT_HEAD}\s+{_PLACE_NAME}"
    # A housing association abbreviated, as its full word is read as a name: "Asoc. Los
    # Jardines".
    rf"|[Aa]soc\.\s+{_PLACE_NAME}"
    # A landmark that places the door: "…s/n, frente al estadio, Bellavista".
    r"|(?:frente|cerca|al\s+costado|al\s+lado|a\s+espaldas|detr[aá]s|a\s+media\s+cuadra)\s+"
    # A named place there is research content: "…, al lado de la Vega, donde venden".
    r"(?:del?|al?)\s+(?:(?:la|el|los|las)\s+)?[a-zñáéíóúü]+(?:\s+(?:del?\s+)?[a-zñáéíóúü]+)?(?=,)"
    # The neighbourhood's head may take "de": "barrio de Santa Ana", "villa de los Ríos".
    rf"|(?:{_AREA_HEAD}(?:[ \t]+(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|del|de))?|"
    rf"[Dd]istrito\s+de)?\s*{_NAME})"
    # Never the "S" of an amount in soles after a comma: "…del Norte, S/ 320 al mes".
    r"(?!/)"
)
# A street named without a street word, known by the flat after its number, as Buenos
# Aires writes it: "Guatemala 4530, piso 6", "Bolívar 1120, dpto. 3B", "Sucre 845, 2do
# piso". The flat is looked for first (its words are anchors), then the name before it.
_FLAT: Final = re.compile(
    r"(?:[Pp]iso|[Dd]e?pto|[Dd]epartamento|[Aa]pto|[Aa]partamento|[Ii]nterior|[Oo]ficina)\.?"
    r"[ \t]*(?:N[º°o]\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?|[A-Z])(?!\w)"
)
_FLOOR_BEFORE: Final = re.compile(r"(?<!\w)\d{1,2}(?:er|ro|do|to|vo|mo|no|°|º)\.?[ \t]+$")
_NAMED_NUMBER_BEFORE: Final = re.compile(
    # Not a sentence's opening word or a verb's subject: "Son 45, piso 2" is no street.
    r"(?<![\w.])(?!(?:En|De|Del|Y|A|Al|Por|Con|Son|Somos|Eran|Fueron|Tengo|Tiene|Hay|Vive|"
    r"Vivo|Desde|Hasta|Para|Entre|Unos|Unas|Los|Las|El|La)\b)"
    rf"{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)*{_CAP}){{0,3}}[ \t]+"
    r"(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?,[ \t]*$"
)
# The cross streets a house stands between, as Argentina gives them: "calle 66 N° 1487,
# entre 21 y 22, La Plata", "Av. Mitre 845 e/ Belgrano y Sarmiento". A lowercase word
# after the second one reads on ("entre 8 y 9 de la noche"): no cross street.
_CROSS: Final = (
    r"(?:(?:[Aa]v|[Jj]r|[Cc]alle|[Pp]je|[Pp]asaje)\.?[ \t]+)?"
    rf"(?:\d{{1,3}}(?!\w)|{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los)[ \t]+)?{_CAP}){{0,2}})"
)
_BETWEEN: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:entre|e/)[ \t]+(?:(?:las[ \t]+)?(?:calles|avenidas)[ \t]+)?"
    rf"{_CROSS}[ \t]+(?:y|e)[ \t]+{_CROSS}(?![ \t]+[a-zñáéíóúü\d])"
)
_FLAT_WORDS: Final = word_set("piso dpto depto departamento apto apartamento interior oficina")
_MAX_MORE: Final = 7
_ANCHOR_RE: Final = re.compile(_ANCHOR)
_HEAD: Final = re.compile(_SETTLEMENT_HEAD)
_PART_AFTER: Final = re.compile(rf"(?:,?\s*{_NAMED_PART})*,?\s*{_PART}")
# Lot parts before the settlement they are in: "Mz. Ñ lote 4 del AA.HH. Mi Perú".
_PARTS_OF: Final = re.compile(
    rf"(?<!\w){_PART}(?:[ \t]*,?[ \t]*{_PART})*[ \t]*,?[ \t]*"
    r"(?:(?:del|de\s+la|de|en\s+el|en\s+la|en)[ \t]+)?$"
)
_PARTS_BEFORE: Final = re.compile(rf"(?<!\w)(?:{_PART}[ \t]*,?[ \t]*)+$")
_SETTLEMENT_WORDS: Final = word_set(
    "aa asentamiento pueblo asociacion cooperativa anexo caserio mz mza manzana lt lote sector "
    "grupo ucv km kilometro zona etapa asoc coop block bloque edificio torre asent centro pp"
)
_ABBREVIATION: Final = re.compile(
    r"(?<!\w)(?:[AP]\.\s?[HJ]\.|A\.\s?A\.\s?H|P\.\s?P\.\s?J|C\.\s?P\.)"
)
_EUROPE_WORDS: Final = word_set(
    "via viale corso piazza piazzale vicolo largo carrer rue passeig avinguda rua"
)
_LOWER_WORD: Final = r"[a-zñáéíóúü]+"
# France writes the number first: "18 rue des Pyrénées", "5 bis avenue Jean Jaurès".
_FRENCH_WORDS: Final = word_set("rue avenue boulevard bd place impasse allee chemin quai")
_FRENCH_STREET: Final = re.compile(
    r"(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Ii]mpasse|[Aa]ll[ée]e|[Cc]hemin|[Qq]uai)"
    r"\.?[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’])[ \t]*)?"
    rf"(?:{_NAME}|{_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{0,2}}(?=[ \t]*(?:[,.;:]|$)))"
)
_FRENCH_NUMBER: Final = re.compile(r"(?<![\w,.\-/])\d{1,4}(?:[A-Za-z]|[ \t]?(?:bis|ter))?,?[ \t]+$")
# A US street typed in lowercase: "88 prospect avenue", "412 w 42nd street".
_US_LOWER_WORDS: Final = word_set(
    "street st avenue ave road rd boulevard blvd drive lane court place parkway highway "
    "terrace circle pike turnpike concourse expressway"
)
_US_LOWER_BEFORE: Final = re.compile(
    r"(?<![\w,.\-])\d{1,6}(?:-\d{1,4})?[ \t]+"
    r"(?P<name>(?:(?:[nsew]|nw|ne|sw|se|north|south|east|west)\.?[ \t]+)?"
    r"(?:[a-z]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+[a-z]+){0,2})[ \t]+$"
)
_US_LOWER: Final = re.compile(r"[a-z]+\.?(?!\w)")
TRIGGERS: Final = _SETTLEMENT_WORDS | _EUROPE_WORDS | _FLAT_WORDS | _FRENCH_WORDS | _US_LOWER_WORDS
# Joined by particles but not by "en" or "y": "Vive en Villa Rica, Mz. B" starts at Villa.
_NAME_BEFORE: Final = re.compile(
    rf"(?<!\w)(?:{_CAP}(?:\s+(?:(?:de|del|la|las|los|el)\s+)*{_CAP}){{0,5}}|{_CAP}\s+\d+)"
    rf"(?:\s+{_DIVISION})?,\s+$"
)
_LONG_NAME_BEFORE: Final = re.compile(
    r"(?<![\w.])(?!(?:En|De|Del|Y|A|Al|Por|Con|Desde|Hasta|Para|Vive|Vivo)\b)"
    rf"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+(?:(?:de|del|la|las|los|el)\s+)*{_CAP}){{1,4}}"
    rf"(?:\s+{_DIVISION})?\s+$"
)
_US_WORDS: Final = word_set(
    "street st avenue ave road rd boulevard blvd drive dr lane ln way court ct place pl "
    "parkway pkwy highway hwy pike turnpike tpke terrace ter circle cir trail trl square sq "
    "loop alley broadway box concourse"
)
# The areas before may be typed in lowercase, with or without commas: "aichi-ken
# toyohashi-shi iwata-cho 3-12-8".
_JP_AREA_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_JP_AREA},\s*|[a-zāēīōū]+-(?:ken|to|fu|shi|ku|gun|mura)[ \t]*,?[ \t]*)$"
)
_MAX_JP_AREAS: Final = 4
_JAPAN_HINT: Final = re.compile(r"\d-\d{1,2}-\d")
_JAPAN_SUFFIXES: Final = ("-cho", "-chō", "-machi", "-ken", "-shi", "-ku")
_JAPAN_BLOCK_WORDS: Final = ("Danchi", "danchi", "Haitsu", "Kōpo", "Kopo", "Manshon", "Mansion")
_YEAR: Final = re.compile(r",[ \t]*(?:19|20)\d\d(?!\d)")

_FRENCH_OR_US_LOWER: Final = _FRENCH_WORDS | _US_LOWER_WORDS


def _us_streets(text: str) -> list[re.Match[str]]:
    """``_US.finditer(text)``, tried only where a match can open: a run of digits, an
    English number word in any case, a post office box's "P"."""
    words = folded_starts(text, _EN_NUMBER_KEYS)
    if words is None:
        return list(_US.finditer(text))
    starts = {*words, *number_starts(text), *starts_of(text, ("P",))}
    return find_at(_US, text, sorted(starts))


def find_settlements(anchors: Anchors) -> list[Span]:
    """Return settlement and foreign addresses, each with the parts that follow it."""
    words, text = anchors.words, anchors.words.text
    spans: list[Span] = []
    # Every word-led pattern here is tried only where its first word is.
    matches = find_at(_SETTLEMENT, text, anchors.starts(_SETTLEMENT_WORDS))
    if "A." in text or "P." in text or "C." in text:
        matches += find_at(_SETTLEMENT, text, _abbreviation_positions(text))
    europe = anchors.starts(_EUROPE_WORDS)  # asked once for the four patterns it opens
    matches += find_at(_EUROPE, text, europe)
    matches += [
        m
        for m in find_at(_EUROPE_LOWER, text, europe)
        if _street_name_words(m.group("name"))
        and not _BY_WAY_OF.search(text, max(0, m.start() - 6), m.start())
        and not is_quantity_after(text, m.end())
        # A flat or a town after the house number: "…112, 2n 1a, l'hospitalet".
        and extend_lowercase_locality(text, m.start(), _parts_after(text, m.end())) > m.end()
    ]
    matches += [
        m
        for m in find_at(_EUROPE_LOWER_OPEN, text, europe)
        if _street_name_words(m.group("name"))
        and not is_quantity_after(text, m.end())
        and open_lowercase_locality(text, m.start(), m.end()) > m.end()
    ]
    matches += [
        m
        for m in find_at(_EUROPE_LOWER_NAMED, text, europe)
        if not _BY_WAY_OF.search(text, max(0, m.start() - 6), m.start())
        and not is_quantity_after(text, m.end())
        and (_EUROPE_AFTER.match(text, m.end()) or known_town_next(text, m.end()))
    ]
    if not _US_WORDS.isdisjoint(words.vocabulary):
        matches += _us_streets(text)
    if any(map(text.__contains__, _GERMAN_HINTS)):
        matches += _GERMAN.finditer(text)
    if " N " in text or " S " in text or " N. " in text or " S. " in text:
        matches += _US_GRID.finditer(text)
    if "-" in text and (
        any(suffix in text for suffix in _JAPAN_SUFFIXES)
        or _JAPAN_HINT.search(text)
        or any(word in text for word in _JAPAN_BLOCK_WORDS)
    ):
        matches += _JAPAN.finditer(text)
        matches += _JAPAN_LOWER.finditer(text)
    if not _JP_CITY_WORDS.isdisjoint(words.vocabulary) and not _JP_TOWN_WORDS.isdisjoint(
        words.vocabulary
    ):
        matches += _JAPAN_SPACED.finditer(text)
    spans += _flats_after_a_name(text, anchors.starts(_FLAT_WORDS))
    spans += _numbered_first(text, anchors.starts(_FRENCH_OR_US_LOWER))
    spans += _spelled_lots(text, anchors.starts(_SPELLED_WORDS))
    for m in matches:
        settlement = m.re is _SETTLEMENT
        start = m.start()
        if settlement and not _has_part(text, m):
            lots = _HEAD.match(m.group()) and _PARTS_OF.search(text, max(0, start - 60), start)
            if not lots:
                continue
            start = lots.start()
        elif settlement:
            # A settlement with its head names itself after the head: a name before it
            # is the district it is in ("en Jicamarca, Asoc. de Vivienda Los Pinos").
            if m.group()[:1] in "Kk" and is_road_point(text, start):
                continue
            if _HEAD.match(m.group()):
                named = _head_before(text, start)
            else:
                named = _named_before(text, start)
            start = _parts_before(text, named)
            if m.group()[:1] in "Kk":
                # The road named before its kilometre: "carretera panamericana sur km 303".
                start = _property_before(text, road_before(text, start))
        elif m.re is _JAPAN or m.re is _JAPAN_LOWER:
            start = _areas_before(text, start)
        found = m.end()
        if settlement and m.group("road") is not None and not _place_words(m.group("road")):
            # "km 12 de la carretera estaba cerrada": no road's name after the road.
            found = m.start() + len(_TRAILING_JOIN.sub("", text[m.start() : m.start("road")]))
        end = _parts_after(text, found)
        if settlement:
            end = settlement_after(text, end)
        elif m.re is _JAPAN or m.re is _JAPAN_LOWER:
            end = japanese_areas_after(text, end)
        end = extend_lowercase_locality(text, start, end)
        if m.re is _EUROPE_LOWER_OPEN:
            end = open_lowercase_locality(text, start, end)
        spans.append(Span(start, end, DIRECCION))
    return spans


_TRAILING_JOIN: Final = re.compile(r"(?:\s+(?:de|del|la|los|las))*\s*$")


def settlement_after(text: str, end: int) -> int:
    """End of the settlement named after the lots ending at ``end``, with its district."""
    m = _SETTLEMENT_AFTER.match(text, end)
    if m is None or (m.group("low") is not None and not _place_words(m.group("low"))):
        head = _OPEN_HEAD_AFTER.match(text, end)
        named = open_place_end(text, head.end(), _MAX_OPEN_NAME) if head else None
        if head and named is not None:
            # A long name may run on into its district: "asentamiento humano 10 de
            # octubre san juan de lurigancho" ends at the known district, if one comes.
            district = open_place_end(text, head.end(), _MAX_OPEN_NAME + 3, known=True)
            named = max(named, district or named)
        if named is None and (area := _NUMBERED_AREA_AFTER.match(text, end)) is not None:
            # "manzana veintiocho casa cuarenta villa veinte lugano": the villa by its
            # number, in digits or words, and the name after it if any.
            named = open_place_end(text, area.end(), _MAX_OPEN_NAME) or area.end()
        return end if named is None else named
    return _parts_after(text, m.end())


# A villa or barrio numbered after the lots, in lowercase: "villa veinte lugano", "barrio 9".
_NUMBERED_AREA_AFTER: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:de[ \t]+la|en[ \t]+la|del|en[ \t]+el)[ \t]+)?(?:villa|barrio)[ \t]+"
    r"(?:\d{1,3}(?!\w)|(?:veinti\w+|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
    r"once|doce|trece|catorce|quince|dieci\w+|diez|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
    r"(?:[ \t]+y[ \t]+(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?(?!\w))"
    r"(?:[ \t]+de(?=[ \t]))?"
)


def _flats_after_a_name(text: str, positions: list[int]) -> list[Span]:
    """Streets named with no street word, found by the flat after the house number."""
    spans: list[Span] = []
    for pos in positions:
        flat = _FLAT.match(text, pos)
        floor = None if flat else _FLOOR_BEFORE.search(text, max(0, pos - 8), pos)
        if flat is None and (floor is None or not text.startswith(("piso", "Piso"), pos)):
            continue
        start = floor.start() if floor else pos
        named = _NAMED_NUMBER_BEFORE.search(text, max(0, start - 60), start)
        if named is not None:
            end = flat.end() if flat else pos + len("piso")
            spans.append(Span(named.start(), _parts_after(text, end), DIRECCION))
    return spans


def _numbered_first(text: str, positions: list[int]) -> list[Span]:
    """French streets and lowercase US ones, whose house number comes first."""
    spans: list[Span] = []
    for pos in positions:
        start = None
        french = _FRENCH_STREET.match(text, pos)
        if french is not None:
            number = _FRENCH_NUMBER.search(text, max(0, pos - 12), pos)
            start = number.start() if number else None
            end = french.end()
        if start is None:
            us = _US_LOWER.match(text, pos)
            if us is None:
                continue
            number = _US_LOWER_BEFORE.search(text, max(0, pos - 50), pos)
            if number is None or not _street_name_words(number.group("name")):
                continue
            start, end = number.start(), us.end()
        end = extend_lowercase_locality(text, start, _parts_after(text, end))
        spans.append(Span(start, end, DIRECCION))
    return spans


# A lot read out, its block letter by its Spanish name and its number in words:
# "manzana eñe, lote tres", "lote veintidós de la manzana be". Both parts are needed:
# "compramos el lote tres" and "una manzana de dos kilos" are no address.
_LETTER_NAME: Final = (
    r"(?:doble[ \t]+(?:ve|uve|u)|i[ \t]+griega|be|ce|che|de|efe|ge|hache|jota|ka|ele|elle|eme|"
    # A lowercase vowel alone is a word: "vendió la manzana y el lote tres".
    r"ene|eñe|pe|cu|erre|ese|te|uve|ve|equis|ye|zeta|ll|ch|(?-i:[A-ZÑ]|[b-df-np-tv-xzñ])"
    # ...unless the lot follows it at once: "manzana e lote cinco", "manzana i lote doce".
    r"|(?-i:[aeiou])(?=[ \t]*,?[ \t]*(?i:lote|lt\.?)[ \t]))"
    # A capital letter with its number: "manzana F-2, lote ocho".
    r"(?:(?<=[A-ZÑ])-?\d{1,2})?(?!\w)"
    # A block lettered "B'" is read "be prima": "manzana b prima lote diecisiete"; a letter
    # told by a word: "manzana be de burro lote catorce".
    r"(?:[ \t]+prima(?!\w)|[ \t]+de[ \t]+[a-záéíóúñ]+(?=[ \t]*,?[ \t]*(?i:lote|lt\.?)[ \t]))?"
)
# The parts of a zone read out before its lot: "sector tres grupo veinticuatro manzana e …".
_ZONE_PARTS_BEFORE: Final = re.compile(
    r"(?i:(?:(?:sector|grupo|etapa|zona|ucv|uv|comit[eé]|bloque)[ \t]+[\wáéíóúñ]+[ \t]*,?[ \t]*)"
    r"{1,3})$"
)
_SPOKEN_NUMBER: Final = (
    r"(?:\d{1,4}[A-Za-z]?(?!\w)"
    r"|[a-záéíóúñ]+(?:[ \t]+(?:y[ \t]+)?(?!(?:de|del|la|en)(?!\w))[a-záéíóúñ]+){0,3})"
)
_BLOCK_WORD: Final = r"(?:manzana|mza?\.?)[ \t]+(?:letra[ \t]+)?"
# A house of a block is numbered like a lot: "manzana veintiocho casa cuarenta".
_LOT_WORD: Final = r"(?:lote|lt\.?|casa)[ \t]+(?:n[uú]mero[ \t]+)?"
_SPELLED_LOT: Final = re.compile(
    rf"(?i:{_BLOCK_WORD}{_LETTER_NAME}[ \t]*,?[ \t]*(?:(?:y|con)[ \t]+)?(?:el[ \t]+)?{_LOT_WORD})"
    rf"(?P<num>{_SPOKEN_NUMBER})"
    # The block numbered in words too: "manzana veintidós, lote siete".
    rf"|(?i:{_BLOCK_WORD})(?P<block>{_SPOKEN_NUMBER})[ \t]*,?[ \t]*(?i:(?:(?:y|con)[ \t]+)?"
    rf"(?:el[ \t]+)?{_LOT_WORD})(?P<lot>{_SPOKEN_NUMBER})"
    rf"|(?i:{_LOT_WORD})(?P<first>{_SPOKEN_NUMBER})[ \t]*,?[ \t]*"
    rf"(?i:(?:de[ \t]+la[ \t]+|en[ \t]+la[ \t]+)?{_BLOCK_WORD}{_LETTER_NAME})"
)
_SPELLED_WORDS: Final = word_set("manzana mz mza lote lt")
_LOT_NUMBER_WORDS: Final = NUMBER_WORDS - word_set(
    "mas zero one two three four five six seven eight nine"
)
_WORD_RE: Final = re.compile(r"\w+")
_SCALE_AFTER: Final = re.compile(r"[ \t]+(?:mil|mill[oó]n|millones)(?!\w)", re.IGNORECASE)


def _spelled_lots(text: str, positions: list[int]) -> list[Span]:
    """Lots read out in words (see _SPELLED_LOT), with the district after them."""
    spans: list[Span] = []
    for m in find_at(_SPELLED_LOT, text, positions):
        if m.group("first") is not None:
            if _number_length(text, m.start("first"), m.end("first")) < m.end("first"):
                continue  # "el lote tres mil de la manzana": not a number in words alone
            end = m.end()
        elif m.group("block") is not None:
            block, end = m.span("block"), _number_length(text, m.start("lot"), m.end("lot"))
            if (
                _number_length(text, *block) < block[1]
                or (text[block[0]].isdigit() and text[m.start("lot")].isdigit())
                or end == m.start("lot")
                or _SCALE_AFTER.match(text, end)
                or is_quantity_after(text, end)
            ):
                continue  # "manzana 3 lote 4" is found by its digits; "lote dos mil" a price
        else:
            end = _number_length(text, m.start("num"), m.end("num"))
            if (
                end == m.start("num")
                or _SCALE_AFTER.match(text, end)
                or is_quantity_after(text, end)
            ):
                continue  # "lote tres mil soles" is a price
        # The zone's parts and the settlement named before it: "sector tres grupo
        # veinticuatro manzana e …", "asociación los olivos, manzana eñe, lote tres".
        zone = _ZONE_PARTS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        start = _named_before(text, zone.start() if zone else m.start())
        # And the settlement after it: "…, lote siete, asentamiento humano Los Pinos".
        end = settlement_after(text, _parts_after(text, end))
        end = extend_lowercase_locality(text, start, end)
        spans.append(Span(start, end, DIRECCION))
    return spans


def _number_length(text: str, start: int, end: int) -> int:
    """Where a lot number in digits or words starting at ``start`` ends (before ``end``)."""
    if text[start].isdigit():
        return end
    last = start
    for word in _WORD_RE.finditer(text, start, end):
        folded = normalize_token(word.group())
        if folded in _LOT_NUMBER_WORDS:
            last = word.end()
        elif folded != "y":
            break
    return last


def _areas_before(text: str, start: int) -> int:
    """Start of the prefecture, city and ward written before a Japanese address."""
    for _ in range(_MAX_JP_AREAS):
        m = _JP_AREA_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            break
        start = m.start()
    return start


def _parts_before(text: str, start: int) -> int:
    """Start of the lot parts written before a part without commas: "sector 2 grupo 14
    manzana F" is one address."""
    m = _PARTS_BEFORE.search(text, max(0, start - 60), start)
    return m.start() if m else start


def _parts_after(text: str, end: int) -> int:
    """End of an address with the parts, flat, district and city after it."""
    for _ in range(_MAX_MORE):
        end = extend_locality(text, end)
        m = _PART_AFTER.match(text, end)
        if m is None:
            break
        end = m.end()
    return end


# A kilometre of a road the sentence tells of, the road named before it and apart from
# it: "la carretera está cortada en el km 42 por un huaico", "seguimos las huellas hasta
# la carretera, el km 86 de la vía a Rumichaca". A point of a public road is research
# content; a home, plot, camp or workplace in the sentence makes it an address ("en la
# carretera, en el km 17, ahí vivimos").
_ROAD_BEFORE_KM: Final = re.compile(
    r"\b(?:carretera|v[ií]a|pista|ruta|trocha)\b[^.;:!?\n]{0,40}\b(?:el|del)\s+$",
    re.IGNORECASE,
)
_HOME_OR_WORK: Final = re.compile(
    r"\b(?:viv\w*|resid\w*|vend\w*|qued\w*|casa|chacra|fundo|finca|granja|parcela|terreno|"
    r"lote|predio|quinta|huerta|campamento|local|obra|trabaj\w*|cancha|galp[oó]n|domicilio|"
    r"direcci[oó]n|negocio|tienda|puesto|restaurante|grifo|alquil\w*|compr\w*)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK: Final = re.compile(r"[;!?\n]|\.(?!\d)")
_SENTENCE_SPAN: Final = 200


def is_road_point(text: str, km: int) -> bool:
    """Whether the kilometre written at ``km`` ("km 42") is a point of a road the
    sentence tells of, not where someone lives or works (see _ROAD_BEFORE_KM)."""
    road = _ROAD_BEFORE_KM.search(text, max(0, km - 60), km) is not None
    lo = max(0, km - _SENTENCE_SPAN)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, km)]
    lo = breaks[-1] if breaks else lo
    after = _SENTENCE_BREAK.search(text, km + 3, km + _SENTENCE_SPAN)
    hi = after.start() if after else min(len(text), km + _SENTENCE_SPAN)
    # What happened on the road places it too: "el accidente fue en el km 41 de la vía".
    if not road and _ROAD_EVENT.search(text, lo, hi) is None:
        return False
    return _HOME_OR_WORK.search(text, lo, hi) is None


_ROAD_EVENT: Final = re.compile(
    r"\b(?:accidente|choque|choc[oó]|chocaron|volc[oó]|volcaron|volte[oó]|voltearon|"
    r"desbarranc\w*|atropell\w*|derrumbe|huaico|deslizamiento|bloqueo|bloquearon|"
    r"asalt\w*|emboscada|peaje|garita)\b",
    re.IGNORECASE,
)


# The plot or house a road's kilometre names: "al fundo del km 147 de la Panamericana"
# (the plot "of" the km; "una chacra en el km 42" only tells where the family's plot is).
_PROPERTY_BEFORE: Final = re.compile(
    r"(?<!\w)(?:fundo|chacra|granja|hacienda|parcela|terreno|predio|quinta|huerta|establo|"
    r"galp[oó]n|casa|caser[ií]o)[ \t]+(?:del|de[ \t]+la)[ \t]+$",
    re.IGNORECASE,
)


def _property_before(text: str, start: int) -> int:
    """Start of the plot or house named before a road's kilometre."""
    m = _PROPERTY_BEFORE.search(text, max(0, start - 20), start)
    return m.start() if m else start


def _abbreviation_positions(text: str) -> list[int]:
    return [m.start() for m in _ABBREVIATION.finditer(text)]


# A housing association's head right before a settlement's own head: "asociación de
# vivienda villa los andes mz. d2 lt. 7" is one address.
_HEAD_RIGHT_BEFORE: Final = re.compile(
    r"(?<![\w.])(?i:(?:asociaci[oó]n|cooperativa)\s+de\s+vivienda"
    r"|(?:asoc|coop)\.\s*(?:de\s+)?viv(?:ienda|\.))[ \t]+$"
)


def _head_before(text: str, start: int) -> int:
    m = _HEAD_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m else start


def _named_before(text: str, start: int) -> int:
    """Start of the settlement named right before its lot: "Villa Rica, Mz. B",
    "Ampliación Los Olivos Mz. D" (two words or more when no comma sets it off)."""
    headed = settlement_before(text, start, lot=True)
    if headed < start:
        return headed
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None and text.startswith(("Mz", "Lt", "Manzana", "Lote", "km", "Km"), start):
        m = _LONG_NAME_BEFORE.search(text, max(0, start - 60), start)
    return m.start() if m else start


# A settlement's head and name right before its lot or its street, in either case:
# "asoc. villa los reyes mz ll lote 6", "Centro Poblado La Venta, Calle 3 N° 115".
_ANY_HEAD_PATTERN: Final = (
    # "ah." too, its first dot dropped: "ah. cerro candela, mz. b4 lt. 22".
    r"(?<![\w.])(?i:a\.?\s?a\.?\s?h\.?\s?h\.?|a\.\s?h\.|ah\.|p\.?\s?p\.?\s?j\.?\s?j\.|p\.\s?j\.|c\.\s?p\.|"
    r"asent\.(?:\s*hum\.)?|asentamiento(?:\s+humano)?|centro\s+poblado|pueblo\s+joven|"
    # Lowercase transcripts drop the abbreviation's dot: "mz b lote 9 urb san joaquin".
    r"anexo|caser[ií]o|urb\.?|urbanizaci[oó]n|(?:asociaci[oó]n|cooperativa)\s+de\s+vivienda|"
    r"(?:asoc|coop)\.\s*(?:de\s+)?viv(?:ienda|\.))(?=\s)"
)
_ANY_HEAD: Final = re.compile(_ANY_HEAD_PATTERN)
# The settlement written after its lots, in either case: "mz c lt 15 aahh los jardines",
# "Mz. B Lt. 4 del AA.HH. Los Pinos" (a name in lowercase must end the clause).
# An association named right before a lot is a housing one ("Asoc. Los Pinos Mz. B"),
# and so is one named right after it ("Mz. F2 Lt. 9, Asoc. Los Jardines"); before a
# street it may be an employer or a club.
_ASSOCIATION_PATTERN: Final = r"(?<![\w.])(?i:asoc\.|asociaci[oó]n)(?=\s)"
_ASSOCIATION: Final = re.compile(_ASSOCIATION_PATTERN)
# A named sector of a valley or a settlement right before a lot or a kilometre is where
# the home or plot is: "sector alto palomar km 14", "sector las lomas mz b lote 3".
_SECTOR: Final = re.compile(r"(?<![\w.])sector(?=[ \t]+[a-zñáéíóúA-ZÑÁÉÍÓÚ])")
_AFTER_LOTS: Final = (
    r"[ \t]*,?[ \t]*(?:(?:del|de[ \t]+la|de|en[ \t]+el|en[ \t]+la|en)[ \t]+)?"
    # After the lots "asoc" is an association typed without its dot: "mz f lote 12 asoc
    # los claveles de pachacutec".
    rf"(?:{_ANY_HEAD_PATTERN}|{_ASSOCIATION_PATTERN}|(?<![\w.])asoc(?=[ \t]))"
)
_SETTLEMENT_AFTER: Final = re.compile(
    rf"{_AFTER_LOTS}\s+(?:{_PLACE_NAME}"
    rf"|(?P<low>{_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{0,4}}(?:[ \t]+\d{{1,3}})?)"
    r"(?=[ \t]*(?:[,.;:]|$)))"
)
# The same head in a transcript typed without punctuation, its name running into the
# clause after it: "mz h lote 12 asociacion los claveles huaycan ahi estuvo".
_OPEN_HEAD_AFTER: Final = re.compile(rf"{_AFTER_LOTS}(?=[ \t]+[a-zñáéíóúü\d])")
_HEADED_NAME: Final = re.compile(
    rf"\s+(?:(?P<cap>{_PLACE_NAME})"
    # Named after a date, in lowercase too: "aa.hh. 9 de octubre mz. g lt. 7", "aahh 1ro
    # de mayo mz g lt 12".
    r"|(?:\d{1,2}(?:ro|ero|[°º])?|primero)\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre"
    r"|noviembre|diciembre)"
    rf"|(?P<low>{_LOWER_WORD}(?:\s+{_LOWER_WORD}){{0,4}}(?:\s+\d{{1,3}})?)"
    rf"(?:\s+(?i:{_DIVISION}))?)\s*,?\s+"
)
_MAX_HEADED: Final = 90


def settlement_before(text: str, start: int, *, lot: bool) -> int:
    """Start of a settlement's head and name written right before ``start`` (a lot when
    ``lot``, else a street), or ``start`` when there is none."""
    lo = max(0, start - _MAX_HEADED)
    heads = list(_ANY_HEAD.finditer(text, lo, start))
    if lot:
        heads += _ASSOCIATION.finditer(text, lo, start)
        heads += _SECTOR.finditer(text, lo, start)
        heads.sort(key=lambda h: h.start())
    for head in heads:
        m = _HEADED_NAME.fullmatch(text, head.end(), start)
        if m is not None and (m.group("low") is None or _place_words(m.group("low"))):
            return head.start()
    return start


# A neighbourhood typed in lowercase right before its street, with no comma or with
# one: "barrio san vicente calle agustin garzon 2150", "poblacion la victoria, pasaje 3".
_LOWER_AREA_BEFORE: Final = re.compile(
    r"(?<![\w.])(?:barrio|bairro|poblaci[oó]n|villa|zona|urbanizaci[oó]n|urb\.?)[ \t]+"
    r"(?P<name>[a-zñáéíóúü]+(?:[ \t]+[a-zñáéíóúü]+){0,3})[ \t]*,?[ \t]+$"
)


def lowercase_area_before(text: str, start: int) -> int:
    """Start of a lowercase neighbourhood named right before a lowercase street at
    ``start``, or ``start`` when there is none."""
    m = _LOWER_AREA_BEFORE.search(text, max(0, start - 50), start)
    return m.start() if m is not None and _place_words(m["name"]) else start


_DEVOTIONS: Final = word_set("senor virgen cristo nino")


def _place_words(name: str) -> bool:
    """Whether lowercase words may name a place: no function word, verb or common noun."""
    names = [normalize_token(w) for w in name.split() if not w.isdigit()]
    if len(names) > 2 and names[0] in _DEVOTIONS and names[1] in _JOINERS_FIRST:
        # A settlement named after a devotion: "aa.hh. señor de luren", "virgen del carmen".
        names = names[2:]
    return bool(names) and not (
        names[0] in _JOINERS_FIRST
        or any(w in _NOT_LOCALITY or _HEADED_VERB.search(w) for w in names if w not in _JOINERS)
    )


def _street_name_words(name: str) -> bool:
    """Whether lowercase words before a US street's suffix may name it: no function word
    or research word, and no form only a verb has ("columbia", "virginia" end like a
    Spanish imperfect typed without its accent, and are names)."""
    names = [normalize_token(w) for w in name.split() if not w.isdigit()]
    return bool(names) and not (
        names[0] in _JOINERS_FIRST
        or any(
            w in _NOT_LOCALITY or _VERB_ONLY.search(w)
            for w, raw in zip(names, name.split(), strict=False)
            if w not in _JOINERS and not raw.isdigit()
        )
    )


# After a settlement's head an unaccented "-ia" is a name, not a verb: lowercase typing
# drops the accent of "vendía", but "urb santa felicia", "villa maria" are names.
_HEADED_VERB: Final = re.compile(r"(?:amos|imos|emos|aba|aban|ian|aron|ieron|ando|iendo|ado|ido)$")


def _has_part(text: str, m: re.Match[str]) -> bool:
    # "el asentamiento humano Nueva Esperanza" alone is a zone; with a lot it is a home.
    if _ANCHOR_RE.fullmatch(m.group()) or m.group()[:1] in "Kk":
        return True
    after = _PART_AFTER.match(text, m.end(), m.end() + 30)
    if after is None:
        return False
    if not _LOWER_RE.fullmatch(m.group()):
        return True
    # Lowercase parts: "sector 3, grupo 20" places a home; "sector 1, sector 2 y sector
    # 3" or "zona 2, sector 4" list zones of the community.
    heads = {_head(m.group()), _head(after.group())}
    return len(heads) == 2 and not heads.isdisjoint(_HOME_HEADS)


_LOWER_RE: Final = re.compile(_LOWER_PART)
_HOME_HEADS: Final = word_set("grupo lote lt mz mza manzana casa int interior dpto depto ucv")
_HEAD_WORD: Final = re.compile(r"[^\W\d_]+")


def _head(part: str) -> str:
    found = _HEAD_WORD.search(part)
    return found.group().lower() if found else ""


# Transcripts typed in lowercase write the district after the address in lowercase too:
# "pasaje los aromos 2281, recoleta", "mz. f, lt. 3, villa el salvador". Up to four
# words set off by commas, none a function word, a verb's ending or research content.
_LOWER_LOCALITY: Final = re.compile(
    # A postal code may come first: "18 rue des lilas, 75020 paris".
    r",[ \t]*(?:\d{5}[ \t]+)?"
    # Catalan's article elided before a vowel, its apostrophe dropped or not: "l hospitalet".
    r"(?:l['’ ][ \t]*(?=[aeiouhàèéíòóú]))?"
    r"(?P<name>[a-zñáéíóúü]{2,}(?:[ \t]+[a-zñáéíóúü]+){0,3})(?=[ \t]*(?:[,.;:]|$))"
)
_NOT_LOCALITY: Final = (
    SENTENCE_WORDS
    | RESEARCH_WORDS
    | CALENDAR_WORDS
    | word_set(
        "cerca frente lado atras detras arriba abajo costado esquina pista avenida calle cuadra "
        "casa cuarto chacra mercado colegio paradero parque plaza iglesia capilla posta tienda "
        "bueno claro nomas pe pues oiga mire ve sabe creo dice digo senor senora senorita gente "
        "familia hijo hija hijos hijas mama papa tio tia primo prima abuelo abuela esposo esposa "
        "cunado cunada paisano paisanos vecino vecina vecinos otro otra otros otras mismo misma"
    )
)


def _verb_like(word: str) -> bool:
    """Whether a lowercase ``word`` reads as a verb's form; a known district or city
    never does, whatever its ending ("la victoria", "independencia", "el agustino")."""
    return verb_form(word) and word not in _KNOWN_PLACES


def extend_lowercase_locality(text: str, start: int, end: int) -> int:
    """Where a lowercase address ending at ``end`` ends with its lowercase district."""
    if any(map(str.isupper, text[start:end])):
        return end
    state = _US_LOWER_STATE.match(text, end)
    if state is not None and not any(
        w in _NOT_LOCALITY or _verb_like(w) for w in map(normalize_token, state["city"].split())
    ):
        return state.end()  # "412 market st apt 3, paterson nj"
    # The locality, then the district it is in: "…lote 12, huaycan, ate", "…, arica".
    for turn in range(_MAX_LOWER_LOCALITIES):
        m = _LOWER_LOCALITY.match(text, end)
        if m is None:
            break
        raw = m.group("name").split()
        names = [normalize_token(w) for w in raw]
        # The second is a short district a comma or a stop closes ("…, ate, trabaja"),
        # not the clause that goes on after the address ("…, los olivos, trabaja de chofer").
        if turn and (len(names) > 2 or m.end() == len(text)):
            break
        # After an article a noun names the district ("la victoria", "el dorado", "el
        # prado"); only a verb's own forms make it a clitic and a verb ("la vendía").
        noun = 1 if names[0] in _ARTICLES and len(names) > 1 and _article_noun(raw[1]) else -1
        # After a neighbourhood's head the words name it: "barrio rivadavia", "villa maria".
        named = len(names) > 1 and names[0] in _AREA_WORDS
        # A district named as a part of a known city: "cercado de lima", "centro de ica".
        named = named or (
            len(names) == 3 and names[1] in _JOINERS_FIRST and names[2] in _KNOWN_PLACES
        )
        if (
            names[0] in _JOINERS_FIRST
            or (names[0] in _JOINERS and len(names) < 2)
            # A count opens the clause after the address: "…, gunma, cuatro peruanos".
            or names[0] in NUMBER_WORDS
            or any(
                w in _NOT_LOCALITY or (i != noun and not named and _verb_like(w))
                for i, w in enumerate(names)
                if w not in _JOINERS
            )
        ):
            break
        end = extend_locality(text, m.end())
    area = _OPEN_AREA.match(text, end)
    if area is not None and (headed := open_place_end(text, area.end(), _MAX_OPEN_LOCALITY)):
        # The neighbourhood's head names what follows, closed or not: "…2260, villa celina
        # con mi cuñado".
        return headed
    comma = _OPEN_COMMA.match(text, end)
    known = open_place_end(text, comma.end(), _MAX_OPEN_LOCALITY, known=True) if comma else None
    return end if known is None else known


_OPEN_AREA: Final = re.compile(
    r"[ \t]*,[ \t]*(?:villa|barrio|bairro|colonia|urbanizaci[oó]n|urb\.?|poblaci[oó]n)(?=[ \t])"
)


# A US city and its state's code typed in lowercase: ", paterson nj", ", queens ny 11368".
# Not the codes that are Spanish words ("va", "me", "mi", "la", "de", "pa", "co").
_US_LOWER_STATE: Final = re.compile(
    r",[ \t]*(?P<city>[a-z]{3,}(?:[ \t]+[a-z]+){0,2})[ \t]*,?[ \t]+"
    r"(?:(?:ny|nj|tx|fl|il|md|ct|ga|nc|nv|az|ut|tn|mn|dc|ca|wa)(?:[ \t]+\d{5})?"
    # Any state's code with its ZIP code: ", falls church, va 22041".
    r"|[a-z]{2}[ \t]+\d{5}"
    # The states where the study's families live, spelled out: ", arlington, virginia".
    r"|virginia|maryland|new[ \t]+jersey|new[ \t]+york|connecticut|florida|california|texas"
    r"|massachusetts|illinois|georgia|nevada|utah|washington|pennsylvania|idaho)(?![\w'’])"
)
# A lowercase district right after the house number, no comma before it but a stop
# after it: "pasaje las catalpas 4417 estacion central. ya saque mi rut".
_CLOSED_LOCALITY: Final = re.compile(
    r"[ \t]+(?P<name>[a-zñáéíóúü]{3,}(?:[ \t]+[a-zñáéíóúü]+){0,2})(?=[ \t]*(?:[.;,:]|$))"
)


def closed_lowercase_locality(text: str, start: int, end: int) -> int:
    """Where a lowercase address ending at a house number at ``end`` ends with the
    district a stop closes after it (no function word, verb, kin or content word)."""
    if end == 0 or not text[end - 1].isdigit() or any(map(str.isupper, text[start:end])):
        return end
    m = _CLOSED_LOCALITY.match(text, end)
    if m is None:
        return end
    names = [normalize_token(w) for w in m["name"].split()]
    if names[0] in _JOINERS or any(
        w not in _JOINERS and (w in _OPEN_STOP or _verb_like(w)) for w in names
    ):
        return end
    return m.end()


def open_lowercase_locality(text: str, start: int, end: int) -> int:
    """Where a lowercase address ending at a house number at ``end`` ends with the
    district run on with no comma into the clause after it: "pasaje los aromos 1234
    recoleta con mi compadre", "rua joao teodoro 842 casa 3 bras con otros". The words
    must be no function word, verb, kin or content word, and one of those must follow."""
    if end == 0 or not text[end - 1].isdigit() or any(map(str.isupper, text[start:end])):
        return end
    found = open_place_end(text, end, _MAX_RUN_ON)
    if found is None or not _RUN_ON_STOP.isdisjoint(map(normalize_token, text[end:found].split())):
        return end
    after = _OPEN_WORD.match(text, found)
    if after is None or after.group("word") is None:
        return end
    folded = normalize_token(after.group("word"))
    if folded in _JOINERS or not (folded in _OPEN_STOP or _verb_like(folded)):
        return end
    return found


_MAX_RUN_ON: Final = 3
# How long or how someone lived there, run on after the number: "…245 harto tiempo con".
_RUN_ON_STOP: Final = word_set(
    "harto harta hartos bastante mucho mucha muchos muchas varios varias poquito tiempo "
    "ano anos mes meses semana semanas dia dias solo sola solos solas solito solita juntos "
    "juntas alquilado alquilada alquilando todavia aun tranquilo tranquila nomas mismo "
    "minuto minutos hora horas cuadra cuadras metro metros kilometro kilometros km"
)
_OPEN_COMMA: Final = re.compile(r"(?:[ \t]*,)?")
_MAX_LOWER_LOCALITIES: Final = 2
# A transcript typed without punctuation runs the district into the clause after it:
# "jr huancas 318 huancayo deyvis duerme alla", "mz b lote 9 urb san joaquin, ica con
# otras chicas". Only a known district or city there ends the address (up to it).
_KNOWN_PLACES: Final = PLACE_WORDS | ELSEWHERE_WORDS
_MAX_OPEN_NAME: Final = 5
_MAX_OPEN_LOCALITY: Final = 4
_OPEN_WORD: Final = re.compile(
    r"[ \t]+(?:(?P<num>\d{1,6})(?!\w|[.,]\d)|(?P<word>[a-zñáéíóúü]+)(?![\w'’\-]))"
)
# Words that end a name read without punctuation: function words, verbs, kin, numbers.
_OPEN_STOP: Final = (
    _NOT_LOCALITY
    | ACTS
    | HAVE_VERBS
    | PERSON_VERBS
    | NUMBER_WORDS
    | word_set(
        "pago pagamos pagan hace hacia queda quedo quedan esta estan estaba estuvo sale salia "
        "duerme dormia vivo vivimos viven llegue llegamos entre y e o u vez veces fui fue"
    )
)


def open_place_end(text: str, pos: int, most: int, *, known: bool = False) -> int | None:
    """End of a lowercase place name read from ``pos`` with no punctuation to close it,
    or None. The name stops at a function word, a verb or a word before an amount ("villa
    alegre pachacamac pago 250"), and at its last known district or city if it has one
    (always, when ``known``)."""
    words: list[tuple[str, int]] = []
    for _ in range(most):
        m = _OPEN_WORD.match(text, pos)
        if m is None:
            break
        if m.group("num") is not None:
            if not words and len(m.group("num")) <= 2:
                words.append(("", m.end()))  # "aahh 9 de octubre", named after a date
                pos = m.end()
                continue
            if len(m.group("num")) > 2 and words:
                words.pop()  # "pago 250": an amount, and the word before it pays it
            elif words:
                words.append(("", m.end()))  # "villa 31"
            break
        folded = normalize_token(m.group("word"))
        dated = len(words) == 2 and words[0][0] == "" and folded in CALENDAR_WORDS
        if folded not in _JOINERS and ((folded in _OPEN_STOP and not dated) or _verb_like(folded)):
            break
        words.append((folded, m.end()))
        pos = m.end()
    last_known = max((i for i, (w, _) in enumerate(words) if w in _KNOWN_PLACES), default=-1)
    if last_known >= 0:
        words = words[: last_known + 1]
    elif known:
        return None
    while words and words[-1][0] in _JOINERS:
        words.pop()
    if not words or words[0][0] in _JOINERS_FIRST:
        return None
    return words[-1][1]


_ARTICLES: Final = word_set("el la los las")
_AREA_WORDS: Final = word_set(
    "barrio bairro poblacion urbanizacion urb colonia comuna zona sector setor villa vila"
)
# Forms only a verb has: the imperfect ("vendía", "visitaba", "conocian"), the preterite,
# the gerund, the first person plural ("la vimos"). "victoria", "dorado", "olvido" are
# nouns too (an unaccented "-ia" is taken for a noun: lowercase typing drops accents).
_VERB_ONLY: Final = re.compile(r"(?:amos|[ií]emos|imos|aba|aban|ía|[ií]an|aron|ieron|ando|iendo)$")


def _article_noun(word: str) -> bool:
    """Whether ``word``, written after an article, may be a noun rather than a verb."""
    # "los álamos" stays a verb's form here, for "los llamamos" is the likelier reading.
    return _VERB_ONLY.search(word.lower()) is None


_JOINERS: Final = word_set("de del la las los el san santa")
_JOINERS_FIRST: Final = word_set("de del")


def extend_locality(text: str, end: int) -> int:
    """Where an address ending at ``end`` ends with its flat, district, city and code."""
    for _ in range(_MAX_MORE):
        if _YEAR.match(text, end):
            break
        m = _MORE.match(text, end) or _BETWEEN.match(text, end)
        if m is None:
            break
        end = m.end()
    # A known district with no comma before it: "…lote 31 zona F Huaycán, por el colegio".
    return known_town_after(text, end)
