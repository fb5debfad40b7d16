import pytest

from privacy import KeyRing, KeyRingError, pseudonym_candidates, pseudonymize

K1, K2 = b"1" * 32, b"2" * 32


def test_pseudonym_ignores_case_accents_and_spaces():
    a = pseudonymize("Rosa  Quispe Huamán", entity="person", key=K1, key_id="k1")
    b = pseudonymize("ROSA QUISPE HUAMAN", entity="person", key=K1, key_id="k1")
    assert a == b
    assert a.startswith("ps1.k1.")
    assert len(a.split(".")[2]) == 20


@pytest.mark.parametrize(
    ("a", "b", "entity"),
    [
        ("+51 987 654 321", "987654321", "phone"),
        ("0051-987-654-321", "987.654.321", "phone"),
        ("45.678.912", "45678912", "national_id"),
    ],
    ids=["phone-plus51", "phone-0051", "dni-dots"],
)
def test_number_spellings_share_a_pseudonym(a, b, entity):
    assert pseudonymize(a, entity=entity, key=K1, key_id="k1") == pseudonymize(
        b, entity=entity, key=K1, key_id="k1"
    )


def test_entity_separates_domains():
    assert pseudonymize("45678912", entity="phone", key=K1, key_id="k1") != pseudonymize(
        "45678912", entity="national_id", key=K1, key_id="k1"
    )


def test_rotation_keeps_old_pseudonyms_resolvable():
    ring = KeyRing.single("k1", K1)
    old = pseudonymize("Rosa Quispe", entity="person", key=K1, key_id="k1")
    rotated = ring.rotate("k2", K2)
    candidates = pseudonym_candidates("rosa quispe", rotated)
    assert candidates[0].startswith("ps1.k2.")
    assert old in candidates


def test_destroyed_key_makes_its_pseudonyms_unlinkable():
    ring = KeyRing.single("k1", K1).rotate("k2", K2)
    old = pseudonymize("Rosa Quispe", entity="person", key=K1, key_id="k1")
    assert old not in pseudonym_candidates("Rosa Quispe", ring.destroy("k1"))


@pytest.mark.parametrize(
    "make",
    [
        lambda: KeyRing.single("k1", b"short"),
        lambda: KeyRing.single("K 1", K1),
        lambda: KeyRing.single("k1", K1).destroy("k1"),
        lambda: KeyRing.single("k1", K1).rotate("k1", K2),
    ],
    ids=["short-key", "bad-id", "destroy-current", "reuse-id"],
)
def test_unsafe_key_ring_changes_are_refused(make):
    with pytest.raises(KeyRingError):
        make()
