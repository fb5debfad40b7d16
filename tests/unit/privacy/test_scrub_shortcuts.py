"""The push path's shortcuts give what the long way gives.

Each shortcut skips work the output cannot depend on: number patterns on a text with
no digit, the answers no direct field lies under, a second copy of answers the caller
already owns. These tests pin the facts each one relies on.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from forms.spec import EACH_ITEM, Entity, FieldSpec, PrivacyRule, is_missing_marker
from privacy import KeyRing
from privacy.normalize import split_words
from privacy.numbers import find_numbers
from privacy.plan import anonymize_planned, compile_plan
from privacy.scrub import scrub_for_cli
from privacy.submission import _is_branch, _is_repeat, collect_known_values
from sync.sanitize import sanitize_answers

KEYS = KeyRing.single("k1", b"k" * 32)


def test_every_decimal_digit_makes_its_word_key_not_all_letters() -> None:
    # Scrubbing runs the number patterns only when some word key is not all letters.
    digits = [chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).isdecimal()]
    assert len(digits) > 600
    for digit in digits:
        words = split_words(f"llamar al 98{digit}76 mañana")
        assert not all(map(str.isalpha, words.vocabulary)), hex(ord(digit))


def test_a_number_in_an_answer_of_plain_words_is_still_scrubbed() -> None:
    out = scrub_for_cli("Llamen a la señora al 964123456 o al +51 1 4567890 por la tarde")
    assert "964123456" not in out and "4567890" not in out
    assert out.count("[TELÉFONO") == 2


ANSWERS_TEXT = [
    "Mi DNI es 81590830 y mi celular 987 654 321.",
    "Su carnet es Y2093816W, el RUT 12.345.678-K y el código CH-0932.",
    "Llamar al (01) 456-7890, anexo ２３, o al ٩٨٧٦٥٤٣٢١.",
    "El código de la asociación es ABC-DEF; la placa, XYZ-WQR.",
    "Ccori-Huamán vive en la Mz. B lote cuatro, D'Angelo también.",
    "Pagamos tres mil quinientos soles por la chacra de Juan.",
    "CODIGO UNICO: QWERTY ASDFGH, nada más.",
]


def test_number_patterns_find_nothing_where_every_word_key_is_letters() -> None:
    for text in ANSWERS_TEXT:
        letters_only = all(map(str.isalpha, split_words(text).vocabulary))
        assert not letters_only or find_numbers(text) == [], text
    assert any(find_numbers(text) for text in ANSWERS_TEXT)


def _full_walk(data: Any, specs: dict[tuple[str, ...], FieldSpec]) -> list[tuple[str, Entity]]:
    """The direct values in the order the full walk of every answer finds them."""

    def walk(node: Any, pattern: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
        if _is_branch(node):
            for key in sorted(node):
                yield from walk(node[key], (*pattern, key))
        elif _is_repeat(node):
            for item in node:
                yield from walk(item, (*pattern, EACH_ITEM))
        else:
            yield pattern, node

    out = []
    for pattern, leaf in walk(data, ()):
        spec = specs.get(pattern)
        if spec is None or spec.privacy != "direct" or is_missing_marker(leaf):
            continue
        for value in leaf if isinstance(leaf, list) else [leaf]:
            if value is not None and str(value).strip():
                out.append((str(value), spec.rule.entity))
    return out


SPECS = {
    spec.path: spec
    for spec in (
        FieldSpec(("name",), "direct", PrivacyRule(entity="person")),
        FieldSpec(("phone",), "direct", PrivacyRule(entity="phone")),
        FieldSpec(("members", EACH_ITEM, "member_name"), "direct", PrivacyRule(entity="person")),
        FieldSpec(("members", EACH_ITEM, "dni"), "direct", PrivacyRule(entity="national_id")),
        FieldSpec(("group", "code"), "direct", PrivacyRule(entity="other")),
        FieldSpec(("group", "note"), "free_text"),
        FieldSpec(("age",), "none"),
    )
}
NAMES = st.sampled_from(["Juana Quispe", "Rubén", "964 123 456", "45871236", " ", ""])
LEAVES = st.one_of(
    NAMES,
    st.none(),
    st.integers(0, 10**9),
    st.lists(NAMES, max_size=2),
    st.just({"_missing": "refused"}),
)
KEYS_AT = st.sampled_from(["name", "phone", "member_name", "dni", "code", "note", "age", "x"])
ANSWERS = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(KEYS_AT, st.sampled_from(["members", "group"])), inner),
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["name", "phone", "members", "group", "age"]), ANSWERS))
def test_known_values_are_those_of_the_full_walk_in_its_order(data: dict[str, Any]) -> None:
    # Entries are numbered in the order they are added: equal indexes, equal order.
    reference = collect_known_values({}, SPECS)
    for value, entity in _full_walk(data, SPECS):
        reference.add(value, entity)
    assert collect_known_values(data, SPECS) == reference


def test_sanitized_answers_share_no_container_with_what_was_sent() -> None:
    # anonymize_planned(in_place=True) edits sanitize_answers' output: it must be a copy.
    sent: dict[str, Any] = {
        "a": [{"b": {"c": [1, 2]}, "_item_id": "x"}],
        "d": {"_missing": "refused"},
    }
    out = sanitize_answers(sent, None, key=b"k" * 32)
    assert out == {"a": [{"_item_id": out["a"][0]["_item_id"], "b": {"c": [1, 2]}}], "d": sent["d"]}
    assert out["a"] is not sent["a"] and out["a"][0] is not sent["a"][0]
    assert out["a"][0]["b"] is not sent["a"][0]["b"]
    assert out["a"][0]["b"]["c"] is not sent["a"][0]["b"]["c"]
    assert out["d"] is not sent["d"]


def test_in_place_anonymizes_the_given_answers_and_the_copy_leaves_them() -> None:
    plan = compile_plan(list(SPECS.values()))
    data = {"name": "Juana Quispe", "group": {"note": "Juana vive aquí", "code": "A1"}, "age": 4}
    kept = copy.deepcopy(data)
    copied = anonymize_planned(data, plan, keys=KEYS)
    assert data == kept
    same = anonymize_planned(data, plan, keys=KEYS, in_place=True)
    assert same.data is data
    assert same.data == copied.data and "Juana" not in str(same.data)


# Patterns tried only where their key words or digits are (privacy/literals.py): each
# must find what scanning the whole text finds, on text where it does match.
KEYED_TEXTS = [
    "Mi hija estudia en la Pontificia Universidad Católica, enfermería; ESTUDIA EN la UNI, "
    "ingeniería. Vendemos queso a Lácteos Urpichay, y entregamos leche a Gloria.",
    "los de Sumaq Pacha contrataron a veinte jóvenes; LOS DE Allpa Ñan trabajamos; las de "
    "qori sara y los de inti raymi vinieron. Nosotros de Runa Ñawi coordinamos.",
    "Los de Warmi Kallpan apoyamos. Las de Qori Sara capacitamos. Nosotras de Sumaq Warmi "
    "organizamos. Sigue en la Universidad Continental, derecho. Ingresó a la UNI, "
    "ingeniería. Entró a la San Marcos, medicina. Está en el Pedagógico, educación.",
    "estudió en la unsch y postuló a la santa rosa; egresó de la uncp. El sintraconstrucción "
    "y el sutep; la fentraseg, el sitramun, sutea.",
    "Su DNI 12.345.678, el otro 9.876.543; 1 234 567 y ٩٨٧ ٦٥٤ ٣٢١; 2150 Broadway, "
    "Paterson; 37-18 Junction Blvd; Twenty-One Main Street; one hundred Oak Avenue; "
    "P.O. Box 518, PO Box 77, Post Office Box 12; 1840 Lane 12.",
    "Nació el 24/06/2011, el 1979/04/11 y el 3/8; su hermana el veinte... de marzo... del "
    "dos mil dieciséis, otra del '69, 4 de enero; en junio, el 21, del 2016; March 3rd, "
    "2008; el 7/VII/2006; 11 ENE 1999; 22 luglio 2011; mayo, el día cuatro; a12 de mayo.",
    "Su cumpleaños es hoy: cumplió 15 años, dio a luz a Vicky; la partida de nacimiento y la "
    "libreta, la quinceañera. Se llama Yeni, y e n i; su código RSSMRA 85T10 A562S. Su "
    "tarjeta termina en 0417, la otra acababa en 3 2 1; terminan el colegio en 2019. El "
    "mayor, la  última, el\ttercero, la chiquita, del primero, el segundo; la Cuarta, "
    "código SNIP 301245; el código del proyecto es CUI 2458731; en Invierte.pe, 2451873.",
    # Lowercasing changes the length, or a letter matches ignoring case only: the long way.
    "İstanbul: estudia en la Universidad Koç, ingeniería. ſix hundred Oak Street. "
    "los de Yıldız Tekstil contrataron a diez.",
]


def _keyed_cases() -> list[tuple[str, Any, Any]]:
    from privacy import (
        births,
        literals,
        mentions,
        numbers,
        org_nicknames,
        orgs,
        places,
        recognizers,
        said_again,
        subjects,
    )

    def folded(pattern: Any, keys: tuple[str, ...]) -> Any:
        return lambda text: literals.match_at_folded_keys(pattern, text, keys)

    def keyed(pattern: Any, keys: tuple[str, ...]) -> Any:
        return lambda text: literals.match_at_keys(pattern, text, keys)

    def at_numbers(pattern: Any) -> Any:
        return lambda text: literals.match_at_numbers(pattern, text)

    def hinted(pattern: Any, hint: Any) -> Any:
        return lambda text: list(pattern.finditer(text)) if hint.search(text) else []

    return [
        ("studies at", orgs._STUDIES_AT, folded(orgs._STUDIES_AT, orgs._STUDIES_AT_KEYS)),
        ("sold to", orgs._SOLD_TO, folded(orgs._SOLD_TO, orgs._SOLD_TO_KEYS)),
        ("we of", orgs._WE_OF, keyed(orgs._WE_OF, orgs._WE_OF_KEYS)),
        (
            "studies at, short",
            orgs._STUDIES_AT_SHORT,
            keyed(orgs._STUDIES_AT_SHORT, orgs._STUDIES_AT_SHORT_KEYS),
        ),
        ("unions", orgs._LOWER_UNION, keyed(orgs._LOWER_UNION, orgs._LOWER_UNION_KEYS)),
        (
            "members of",
            org_nicknames._MEMBERS_OF,
            folded(org_nicknames._MEMBERS_OF, org_nicknames._MEMBERS_OF_KEYS),
        ),
        ("dotted ID", recognizers._DOTTED_ID, at_numbers(recognizers._DOTTED_ID)),
        ("grouped", said_again._GROUPED, at_numbers(said_again._GROUPED)),
        ("ends in", said_again._ENDS_IN, folded(said_again._ENDS_IN, said_again._ENDS_IN_KEYS)),
        ("US street", places._US, places._us_streets),
        ("dates", births._DATE, births._dates),
        ("order words", births._ORDER_WORD, births._order_words),
        (
            "birth topic",
            births._TOPIC_CUE,
            folded(births._TOPIC_CUE, births._TOPIC_CUE_KEYS),
        ),
        ("spelled letters", mentions._LETTERS, hinted(mentions._LETTERS, mentions._LETTERS_HINT)),
        (
            "fiscal code in groups",
            numbers._FISCAL_GROUPED,
            hinted(numbers._FISCAL_GROUPED, numbers._FISCAL_HINT),
        ),
        # Its lookbehind once came first: the same matches, written after the "y".
        (
            "y ending",
            re.compile(r"(?<=[^\W\daeiouyáéíóúAEIOUYÁÉÍÓÚ_])y\b"),
            subjects._Y_END.finditer,
        ),
    ]


def test_keyed_patterns_find_what_a_whole_scan_finds() -> None:
    for name, pattern, fast in _keyed_cases():
        hits = 0
        for text in (
            KEYED_TEXTS + [t.upper() for t in KEYED_TEXTS] + [t.lower() for t in KEYED_TEXTS]
        ):
            whole = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert [(m.start(), m.end()) for m in fast(text)] == whole, (name, text)
            hits += len(whole)
        assert hits, f"{name}: the texts never reach a match"


def test_a_date_searched_in_a_window_is_what_the_whole_search_finds() -> None:
    from privacy import births

    found = 0
    for text in KEYED_TEXTS + [t.upper() for t in KEYED_TEXTS]:
        for start in range(-2, len(text) + 2, 3):
            for stop in (start, start + 1, start + 40, start + 140, len(text) + 5):
                whole = births._DATE.search(text, start, stop)
                fast = births._search_date(text, start, stop)
                assert (fast and fast.span()) == (whole and whole.span()), (text, start, stop)
                found += whole is not None
    assert found


def test_an_investment_cue_is_never_ruled_out_by_its_hint() -> None:
    from privacy import recognizers

    cues = 0
    for text in KEYED_TEXTS + [t.upper() for t in KEYED_TEXTS]:
        for at in range(len(text) + 1):
            window = text[max(0, at - 80) : at]
            if recognizers._INVESTMENT_BEFORE.search(text, max(0, at - 80), at):
                cues += 1
                assert recognizers._may_cue_investment(window), window
    assert cues


def test_a_generic_turn_label_is_found_at_line_starts_as_anywhere() -> None:
    from privacy import speakers

    texts = [
        "E: ¿de dónde es?\nSoledad: de Manta.\n  p 2: ya\n",
        "Domicilio: Lima\nNota: nada",
        "e: y ahora\nr: bueno",
        "dice E: no\n\nMOD: sí\n",
        "",
        "\n",
    ]
    for text in texts + [t.lower() for t in texts] + [t.upper() for t in texts]:
        whole = speakers._GENERIC_LABEL.search(text) is not None
        assert speakers._has_generic_label(text) == whole, text


def test_streets_without_a_street_word_hold_a_house_number() -> None:
    # find_addresses skips these three patterns on a text without a digit.
    from privacy import address

    texts = [
        "Vivo en Ramón L. Falcón 6820, Liniers. Se quedó en Larrea 2915, Villa Crespo.",
        "compramos un departamentito en humberto primo 2847, san cristobal",
        *KEYED_TEXTS,
    ]
    found = 0
    for pattern in (address._HOME_STREET, address._STREET_IN, address._LOWER_HOME_STREET):
        for text in texts:
            for m in pattern.finditer(text):
                found += 1
                assert any(map(str.isdigit, m.group())), m.group()
    assert found >= 3
