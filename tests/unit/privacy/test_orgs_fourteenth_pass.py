"""Lowercase firms closed by a short or foreign legal form (S.A., S.A.T., LLC, Inc.)."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "sa-after-work": (
        "trabaja cargando soya en acopiadora granos del parana sa su numero",
        ["acopiadora", "granos", "parana"],
    ),
    "estate-article-sa": (
        "trabajamos para finca los almendros sa ahi nos dan galpon",
        ["almendros"],
    ),
    "sat-spain": (
        "trabajo para hortofruticola campoalmeria sat recogiendo pimiento",
        ["hortofruticola", "campoalmeria"],
    ),
    "inc-after-work": ("trabaja en maple ridge farms inc desde el 2019", ["maple", "ridge"]),
}
KEPT = {
    "sa-spoken": ("eso sa dice mi abuela", ["dice", "abuela"]),
    "sa-one-word": ("trabajo en la chacra sa", ["chacra"]),
    "sat-tax-office": ("el sat de mexico cobra impuestos", ["mexico", "impuestos"]),
    "sa-no-work-cue": ("fuimos a la casa de mi tia sa", ["casa", "tia"]),
    "amount-year": ("trabajo para la finca, 55 soles el dia en 2019", ["55", "2019", "finca"]),
    "state-programme": ("trabajo con qali warma en el colegio sa", ["qali", "warma"]),
}

test_firms_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)

ACRONYM_GONE = {
    "ie-person-name": (
        "enseno matematica en la ie jose maria arguedas de bellavista... mi carnet",
        ["jose", "arguedas", "bellavista"],
    ),
    "iest-saint": (
        "a un instituto de cosmetologia el iest santa rosa de lima del tambo",
        ["santa", "rosa"],
    ),
    "iestp-town": ("estudio en el iestp acobamba computacion e informatica", ["acobamba"]),
    "ie-number": ("estudia en la ie 36478 de chilcapite", ["36478", "chilcapite"]),
}
ACRONYM_KEPT = {
    "ie-of-town": ("la ie de manta es nacional", ["manta", "nacional"]),
    "ie-kind": ("en la ie secundaria hay 300 alumnos", ["secundaria", "300"]),
    "ie-of-village": ("en la ie del pueblo hay 200 alumnos", ["pueblo", "200"]),
    "ie-adverb": ("la ie nomas tiene agua", ["nomas", "agua"]),
    "iest-public-year": ("el iest publico de huancavelica abrio en 2019", ["huancavelica", "2019"]),
    "ie-inside-word": ("la serie de lima empezo", ["serie", "lima"]),
}

test_acronym_schools_are_gone, test_acronym_content_is_kept = gone_and_kept(
    ACRONYM_GONE, ACRONYM_KEPT
)
