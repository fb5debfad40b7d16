"""XLSForm privacy guesses: a field named or labelled like a date of birth, an ID, a
phone, an e-mail or an address is never guessed `none`, whatever its type."""

import pytest

from forms.xlsform_map import guess_privacy

IDENTIFYING = {
    # (name, kind, label): expected class
    "phone-integer": (("telefono", "integer", ""), "direct"),
    "phone-label-english": (("q12", "text", "Mobile phone number"), "direct"),
    "whatsapp-label": (("contacto", "text", "Número de WhatsApp"), "direct"),
    "cel-short": (("cel", "integer", ""), "direct"),
    "email-label": (("q3", "text", "Correo electrónico"), "direct"),
    "email-name": (("email_address", "text", ""), "direct"),
    "dni-integer": (("dni", "integer", ""), "direct"),
    "dni-label": (("q4", "integer", "Número de DNI del jefe de hogar"), "direct"),
    "document-label": (("doc", "text", "Documento de identidad"), "direct"),
    "passport-label-english": (("q5", "text", "Passport number"), "direct"),
    "ruc": (("ruc_empresa", "integer", ""), "direct"),
    "carnet": (("carnet_extranjeria", "text", ""), "direct"),
    "address-label": (("q6", "text", "Dirección de la vivienda"), "direct"),
    "address-english": (("home", "text", "Home address"), "direct"),
    "street-label": (("q7", "text", "Calle y número"), "direct"),
    "birth-date": (("fecha_nac", "date", ""), "quasi"),
    "birth-date-label": (("q8", "date", "Fecha de nacimiento"), "quasi"),
    "birth-date-english": (("q9", "date", "Date of birth"), "quasi"),
    "birthday-label": (("q10", "text", "¿Cuándo es su cumpleaños?"), "quasi"),
    "dob": (("dob", "date", ""), "quasi"),
    "phone-as-choice": (("tiene_celular", "select_one", "¿Tiene celular?"), "quasi"),
}

NOT_IDENTIFYING = {
    "crop-count": (("num_cultivos", "integer", "¿Cuántos cultivos siembra?"), "none"),
    "land-area": (("hectareas", "decimal", "Área de la chacra"), "none"),
    "migration-story": (("historia", "long_text", "Cuéntenos su viaje"), "free_text"),
    "interview-date": (("fecha_entrevista", "date", "Fecha de la entrevista"), "none"),
}


@pytest.mark.parametrize(("field", "expected"), IDENTIFYING.values(), ids=IDENTIFYING.keys())
def test_identifying_field_is_never_guessed_none(field, expected):
    name, kind, label = field
    privacy, _ = guess_privacy(name, kind, label=label)
    assert privacy == expected


@pytest.mark.parametrize(
    ("field", "expected"), NOT_IDENTIFYING.values(), ids=NOT_IDENTIFYING.keys()
)
def test_research_field_keeps_its_class(field, expected):
    name, kind, label = field
    assert guess_privacy(name, kind, label=label)[0] == expected


def test_birth_date_typed_as_date_keeps_only_its_year():
    assert guess_privacy("fecha_nacimiento", "date") == ("quasi", {"generalize": "year"})
