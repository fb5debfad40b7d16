"""E-mails of the eleventh round (`privacy.spoken`): dictated with a pause after each piece
('mariasol, guion, ccanto, arroba, hotmail, punto, com'), the local part spelled first by
its letters' names ('eme a ere i ese o ele, mariasol, ...', with 'ere' for r). Left: a
"punto" said as a full stop in a sentence before the address."""

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
}

KEPT = {
    "a_full_stop_said_before": (
        "fui a la chacra, punto, y mi correo es rosa arroba gmail punto com.",
        ["fui a la chacra, punto"],
    ),
}

test_email_is_gone, test_sentence_is_kept = gone_and_kept(GONE, KEPT)
