"""Names in the fourteenth pass: a speaker's lowercase name after "me llamo"."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "me-llamo-unlisted-and-surname": (
        "me llamo yusmary carrasquel... mi numero es otro",
        ["yusmary", "carrasquel"],
    ),
    "me-llamo-unlisted-closing": ("hola, me llamo yusleidy. vengo de lejos", ["yusleidy"]),
}
KEPT = {
    "called-me-by-phone": ("me llamo por telefono ayer", ["llamo", "telefono", "ayer"]),
    "called-me-yesterday": ("me llamo ayer mi hermana", ["ayer", "hermana"]),
    "called-me-my-sister": ("me llamo mi hermana desde lima", ["hermana", "lima"]),
    "called-me-worried": ("me llamo preocupada", ["preocupada"]),
    "called-me-early": ("me llamo temprano el ingeniero", ["temprano", "ingeniero"]),
    "caught-my-attention": ("me llamo la atencion eso", ["atencion"]),
    "called-me-crying": ("me llamo llorando", ["llorando"]),
    "called-me-to-say": ("me llamo para decirme", ["para", "decirme"]),
    "called-me-from-a-place": ("me llamo huancayo", ["huancayo"]),
    "put-a-drip": ("me pusieron suero en la posta", ["suero"]),
}

test_names_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
