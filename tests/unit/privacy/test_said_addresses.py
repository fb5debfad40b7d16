"""An address said aloud, part after part (`privacy.said_addresses`). Kept: a district
or city named alone, a street named without a number, years, counts, prices and the
clause that goes on after the address."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_zone_a_street_and_a_number_then_the_city": (
        "Vivíamos en zona villa dolores, calle cuatro, número mil ochenta y tres, el alto, "
        "un cuarto con baño afuera.",
        ["dolores", "ochenta", "alto"],
    ),
    "a_number_first_after_la_direccion_es": (
        "La dirección es doscientos catorce, monroe street, passaic, nueva jersey. Ya.",
        ["catorce", "monroe", "passaic", "jersey"],
    ),
    "a_street_without_its_head_word_and_a_hesitation": (
        "viví en Flores, en membrillar cuatrocientos treinta y... cuatrocientos treinta y "
        "ocho, departamento tres, una pieza con mi primo.",
        ["membrillar", "treinta"],
    ),
    "the_parts_after_an_address_found": (
        "alquilé en un cité, pasaje san francisco mil doscientos cuarenta, casa ocho, "
        "estación central. Allá te dan el RUT.",
        ["ocho", "central"],
    ),
    "a_japanese_address_read_out": (
        "Vivíamos en gunma ken, ora gun, oizumi machi, nishikoizumi dos chome, catorce "
        "guion siete, un departamentito.",
        ["gunma", "oizumi", "nishikoizumi", "catorce"],
    ),
    "a_unit_of_huaycan_read_out": (
        "Tenemos nuestro local en Huaycán, en zona ce, unidad comunal de vivienda ciento "
        "cuarenta y dos, lote nueve, ate, ahí hacemos las polladas.",
        ["cuarenta", "nueve"],
    ),
    "a_lowercase_run_without_commas": (
        "mi hija vive en villa 1-11-14 manzana 22 casa 41 bajo flores asi me ha dicho",
        ["1-11-14", "41"],
    ),
}

KEPT = {
    "a_district_and_a_stay": (
        "Vivo en Ica hace 15 años, con mis tres hijos.",
        ["Ica hace 15 años", "tres hijos"],
    ),
    "a_district_and_a_count": ("vivo en Ate, con mis tres hijos y dos nietos", ["tres hijos"]),
    "a_street_without_a_number": (
        "su casa queda en la calle Los Pinos, cerca del mercado, pero no sé el número.",
        ["Los Pinos", "cerca del mercado"],
    ),
    "a_year_after_a_street": (
        "vivimos en el jirón Junín desde el noventa y dos, cuando llegamos.",
        ["noventa y dos"],
    ),
    "a_flat_without_a_street": ("vivo en el piso tres, con mi prima", ["piso tres"]),
    "a_plot_and_a_time": (
        "los hermanos viven en Lima, y el tío sembró en su parcela diez años. Ahora no.",
        ["parcela diez años"],
    ),
    "a_price_after_the_cue": (
        "vivo en un cuarto en subtanjalla, pago 250. mi hermano estudia.",
        ["pago 250"],
    ),
    "the_clause_after_the_city": (
        "Vive en Via Giacosa 41, Milano, cerca de Loreto, con otras tres peruanas.",
        ["cerca de Loreto"],
    ),
    "a_phone_after_su_casa": (
        "cuando llamo al fijo de su casa marco 053-467-2831, con el código",
        ["marco"],
    ),
}

test_address_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
