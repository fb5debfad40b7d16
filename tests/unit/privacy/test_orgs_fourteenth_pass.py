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
