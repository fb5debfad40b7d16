"""E-mails of the eleventh round (`privacy.spoken`): dictated with a pause after each piece
('mariasol, guion, ccanto, arroba, hotmail, punto, com'), the local part spelled by its
letters' names before it ('eme a ere i ese o ele, mariasol, ...', with 'ere' for r) or
after it ('qhapaq, cu hache a pe a cu, arroba …'), the local part said again after the
address ('…, o sea, yeni punto cahuana'). Left: a "punto" said as a full stop in a
sentence before the address, what goes on after "o sea" when no spelling is in it."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_pause_after_each_piece": (
        "mi correo es juan, punto, perez, arroba, gmail, punto, com. ya.",
        ["juan", "perez", "gmail", "com"],
    ),
    "spelled_then_said_with_pauses": (
        "¿El correo? Ya, es... eme a ere i ese o ele, mariasol, guion, ccanto, arroba, "
        "hotmail, punto, com. Todo junto.",
        ["eme a ere", "mariasol", "ccanto", "hotmail", "com"],
    ),
    "said_then_spelled": (
        "Me escriben a qhapaq, cu hache a pe a cu, arroba yahoo punto es, mejor.",
        ["qhapaq", "cu hache", "yahoo"],
    ),
    "the_local_part_said_again": (
        "Escríbale a yeni punto cahuana arroba hotmail punto com, o sea, yeni punto "
        "cahuana. Ella contesta.",
        ["yeni", "cahuana"],
    ),
    "the_local_part_said_again_with_its_letter": (
        "es ruth punto ccente arroba gmail punto com... es decir ruth con hache, guion "
        "bajo, cero siete. Nomás.",
        ["ruth", "con hache", "cero siete"],
    ),
}

KEPT = {
    "a_full_stop_said_before": (
        "fui a la chacra, punto, y mi correo es rosa arroba gmail punto com.",
        ["fui a la chacra, punto"],
    ),
    "what_follows_the_address_said_again": (
        "es rosa arroba gmail punto com, o sea mandele, sin la e, porque no tiene.",
        ["o sea mandele, sin la e, porque no tiene."],
    ),
}

test_email_is_gone, test_sentence_is_kept = gone_and_kept(GONE, KEPT)
