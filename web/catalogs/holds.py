"""Words of the privacy review queue page (held spans)."""

from __future__ import annotations

from typing import Final

ES: Final[dict[str, str]] = {
    "nav.holds": "Revisión de privacidad",
    "holds.title": "Revisión de privacidad",
    "holds.intro": (
        "El anonimizador no estaba seguro de estas palabras: están ocultas como [REVISAR-n]"
        " en la entrevista, en las exportaciones y para los encuestadores. Marque las que"
        " son contenido de la investigación y «Liberar», o las que identifican a alguien y"
        " «Confirmar como identificador» (el original se destruye)."
    ),
    "holds.open_total": "Pendientes en el estudio: {n}",
    "holds.none": "No hay nada pendiente de revisión.",
    "holds.pick": "Seleccionar",
    "holds.span": "Texto oculto",
    "holds.unreadable": "No se puede abrir (la clave del estudio fue destruida)",
    "holds.reason": "Por qué",
    "holds.if_confirmed": "Si se confirma",
    "holds.interview": "Entrevista",
    "holds.quarantined": "En cuarentena (acéptela para decidir)",
    "holds.remembered": "Ya decidido en el estudio",
    "holds.remembered.released": "Liberado en otra entrevista",
    "holds.release": "Liberar (no identifica)",
    "holds.confirm": "Confirmar como identificador",
    "holds.next": "Siguientes",
    "holds.done.release": "Liberados: {n}. La entrevista ya muestra el texto.",
    "holds.done.confirm": "Confirmados como identificador: {n}. El original fue destruido.",
    "holds.problem.none_ticked": "Marque al menos un texto.",
    "holds.problem.hold.already_decided": "Alguien ya decidió sobre uno de ellos; nada cambió.",
    "holds.problem.hold.unknown": "Uno de ellos ya no existe; nada cambió.",
    "holds.problem.hold.quarantined": (
        "Uno de ellos está en cuarentena: acepte primero la entrevista; nada cambió."
    ),
    "holds.problem.hold.unreadable": (
        "Uno de ellos no se puede abrir (la clave fue destruida): solo se puede confirmar."
    ),
    "holds.problem.other": "No se pudo guardar la decisión; nada cambió.",
    "holds.reason.after_person_cue": "Después de un título o parentesco",
    "holds.reason.beside_person": "Junto a una persona",
    "holds.reason.name_word": "Nombre que también es palabra",
    "holds.reason.nickname": "Posible apodo",
    "holds.reason.surname_cue": "Cerca de «apellido»",
    "holds.reason.like_name": "Se escribe casi como un nombre",
    "holds.reason.family_name": "Nombre de familia",
    "holds.reason.digits": "Números sin clasificar",
    "holds.reason.email_sign": "Arroba o @",
    "holds.reason.mention": "La misma palabra, en otro lugar",
}

EN: Final[dict[str, str]] = {
    "nav.holds": "Privacy review",
    "holds.title": "Privacy review",
    "holds.intro": (
        "The anonymizer was unsure of these words: they are hidden as [REVISAR-n] in the"
        " interview, in exports and from enumerators. Tick those that are research content"
        " and Release, or those that identify someone and Confirm as identifier (the"
        " original is destroyed)."
    ),
    "holds.open_total": "Pending in the study: {n}",
    "holds.none": "Nothing is waiting for review.",
    "holds.pick": "Select",
    "holds.span": "Hidden text",
    "holds.unreadable": "Cannot be opened (the study key was destroyed)",
    "holds.reason": "Why",
    "holds.if_confirmed": "If confirmed",
    "holds.interview": "Interview",
    "holds.quarantined": "In quarantine (accept it to decide)",
    "holds.remembered": "Already decided in the study",
    "holds.remembered.released": "Released in another interview",
    "holds.release": "Release (not identifying)",
    "holds.confirm": "Confirm as identifier",
    "holds.next": "Next",
    "holds.done.release": "Released: {n}. The interview now shows the text.",
    "holds.done.confirm": "Confirmed as identifiers: {n}. The originals were destroyed.",
    "holds.problem.none_ticked": "Tick at least one text.",
    "holds.problem.hold.already_decided": "Someone already decided one of them; nothing changed.",
    "holds.problem.hold.unknown": "One of them no longer exists; nothing changed.",
    "holds.problem.hold.quarantined": (
        "One of them is in quarantine: accept the interview first; nothing changed."
    ),
    "holds.problem.hold.unreadable": (
        "One of them cannot be opened (its key was destroyed): it can only be confirmed."
    ),
    "holds.problem.other": "The decision could not be saved; nothing changed.",
    "holds.reason.after_person_cue": "After a title or kin word",
    "holds.reason.beside_person": "Beside a person",
    "holds.reason.name_word": "A name that is also a word",
    "holds.reason.nickname": "Possible nickname",
    "holds.reason.surname_cue": "Near “surname”",
    "holds.reason.like_name": "Spelled almost like a name",
    "holds.reason.family_name": "A family's name",
    "holds.reason.digits": "Unclassified digits",
    "holds.reason.email_sign": "At sign or “arroba”",
    "holds.reason.mention": "The same word, elsewhere",
}
