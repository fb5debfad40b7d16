"""Words of the conflict and quarantine pages, and answer problems as sentences."""

from __future__ import annotations

from typing import Final

ES: Final[dict[str, str]] = {
    "queues.open_interview": "Abrir la entrevista",
    "queues.yes": "Sí",
    "queues.no": "No",
    # conflicts
    "conflicts.title": "Conflictos",
    "conflicts.intro": (
        "Dos tabletas cambiaron la misma respuesta de una entrevista de formas distintas."
        " Elija el valor correcto de cada pregunta."
    ),
    "conflicts.none": "No hay conflictos abiertos.",
    "conflicts.fields": "{n} pregunta(s) en conflicto",
    "conflicts.since": "Desde",
    "conflicts.resolved": "Conflicto resuelto; la entrevista ya tiene los valores elegidos.",
    "conflict.title": "Conflicto",
    "conflict.back": "Volver a los conflictos",
    "conflict.intro": (
        "Para cada pregunta: el valor original (base) y cada valor que llegó, con quién lo"
        " escribió, en qué tableta y cuándo. Elija uno o escriba otro."
    ),
    "conflict.base": "Antes (base):",
    "conflict.absent": "Sin respuesta",
    "conflict.type": "Escribir otro valor",
    "conflict.no_typing": (
        "Esta pregunta guarda un dato que identifica a la persona: solo se puede elegir uno"
        " de los valores recibidos, no escribirlo."
    ),
    "conflict.tablet": "tableta {label}",
    "conflict.by.tablet": "Tableta",
    "conflict.by.merge": "Unión automática",
    "conflict.by.resolution": "Resolución",
    "conflict.submit": "Guardar la resolución",
    "conflict.already": "Este conflicto ya fue resuelto.",
    "conflict.refused": (
        "Algún valor escrito no corresponde a la pregunta, o falta elegir un valor. Revise y"
        " vuelva a intentar."
    ),
    # quarantine
    "quarantine.title": "Cuarentena",
    "quarantine.intro": (
        "Entrevistas que llegaron pero no se pudieron aceptar tal como venían. Se guardan"
        " anonimizadas hasta que alguien las corrija y acepte, o las descarte."
    ),
    "quarantine.none": "No hay entrevistas en cuarentena.",
    "quarantine.item": "En cuarentena",
    "quarantine.back": "Volver a la cuarentena",
    "quarantine.unknown_form": "Formulario desconocido",
    "quarantine.why": "Motivo",
    "quarantine.state": "Estado",
    "quarantine.outcome.accepted": "Aceptada en el estudio",
    "quarantine.outcome.dismissed": "Descartada",
    "quarantine.problems": "Qué no corresponde al formulario",
    "quarantine.correct": "Corregir y aceptar",
    "quarantine.correct_intro": (
        "Corrija las respuestas marcadas; el resto queda como llegó. Se valida contra la"
        " versión {version} del formulario y se anonimiza como cualquier entrevista."
    ),
    "quarantine.remove": "Quitar esta respuesta",
    "quarantine.not_a_field": "No es una pregunta del formulario: solo se puede quitar.",
    "quarantine.nothing_to_correct": "No hay respuestas marcadas: puede aceptarla tal como está.",
    "quarantine.accept": "Aceptar en el estudio",
    "quarantine.dismiss": "Descartar",
    "quarantine.dismiss_confirm": "¿Descartar esta entrevista? Queda guardada, pero no se usa.",
    "quarantine.no_version": (
        "El formulario no tiene una versión publicada donde aceptarla: publíquelo o descártela."
    ),
    "quarantine.answers": "Respuestas (anonimizadas)",
    "quarantine.answers_note": "Nombres, teléfonos y documentos ya no están en estas respuestas.",
    "quarantine.still_invalid": "Todavía hay respuestas que no corresponden al formulario:",
    "quarantine.accepted": "Aceptada: ya es una entrevista del estudio.",
    "quarantine.dismissed": "Descartada.",
    "qreason.form.unknown": "El formulario no existe en el servidor",
    "qreason.form.version_unknown": "Esa versión del formulario nunca se publicó",
    "qreason.form.closed": "El formulario ya estaba cerrado",
    "qreason.answer.invalid": "Algunas respuestas no corresponden al formulario",
    "answer_problem.answer.type": "no es del tipo de respuesta esperado",
    "answer_problem.answer.required": "falta esta respuesta",
    "answer_problem.answer.constraint": "no cumple la regla de la pregunta",
    "answer_problem.answer.pattern": "no tiene la forma esperada",
    "answer_problem.answer.format": "no tiene el formato esperado (por ejemplo, una fecha)",
    "answer_problem.answer.out_of_range": "está fuera del rango permitido",
    "answer_problem.answer.choice_unknown": "no es una de las opciones",
    "answer_problem.answer.duplicate_choice": "repite una opción",
    "answer_problem.answer.duplicate_item_id": "repite un elemento",
    "answer_problem.answer.missing_marker": "la marca de respuesta faltante no es válida",
    "answer_problem.answer.not_relevant": "no corresponde según las respuestas anteriores",
    "answer_problem.answer.too_few_items": "tiene menos elementos de los necesarios",
    "answer_problem.answer.too_many_items": "tiene más elementos de los permitidos",
    "answer_problem.answer.too_long": "es demasiado larga",
    "answer_problem.answer.too_short": "es demasiado corta",
    "answer_problem.answer.unexpected": "no es una pregunta del formulario",
    "answer_problem.answer.unknown_field": "no es una pregunta del formulario",
    "answer_problem.answer.invalid": "no corresponde al formulario",
    "answer_problem.other": "no corresponde al formulario",
    "problem.quarantine.closed": "Esta entrevista ya fue aceptada o descartada.",
    "problem.quarantine.no_form_version": (
        "El formulario no tiene una versión publicada donde aceptarla."
    ),
    "problem.quarantine.withdrawn": (
        "La persona entrevistada retiró su consentimiento: no se puede aceptar."
    ),
    "problem.quarantine.answers_invalid": (
        "Todavía hay respuestas que no corresponden al formulario."
    ),
}

EN: Final[dict[str, str]] = {
    "queues.open_interview": "Open the interview",
    "queues.yes": "Yes",
    "queues.no": "No",
    "conflicts.title": "Conflicts",
    "conflicts.intro": (
        "Two tablets changed the same answer of an interview in different ways."
        " Choose the right value for each question."
    ),
    "conflicts.none": "No open conflicts.",
    "conflicts.fields": "{n} question(s) in conflict",
    "conflicts.since": "Since",
    "conflicts.resolved": "Conflict resolved; the interview now holds the chosen values.",
    "conflict.title": "Conflict",
    "conflict.back": "Back to conflicts",
    "conflict.intro": (
        "For each question: the original value (base) and every value that arrived, with who"
        " wrote it, on which tablet and when. Choose one or type another."
    ),
    "conflict.base": "Before (base):",
    "conflict.absent": "No answer",
    "conflict.type": "Type another value",
    "conflict.no_typing": (
        "This question holds something that identifies the person: you can only choose one of"
        " the values received, not type it."
    ),
    "conflict.tablet": "tablet {label}",
    "conflict.by.tablet": "Tablet",
    "conflict.by.merge": "Automatic merge",
    "conflict.by.resolution": "Resolution",
    "conflict.submit": "Save the resolution",
    "conflict.already": "This conflict was resolved already.",
    "conflict.refused": (
        "A typed value does not fit its question, or a question has no value chosen. Check and"
        " try again."
    ),
    "quarantine.title": "Quarantine",
    "quarantine.intro": (
        "Interviews that arrived but could not be accepted as they were. They are kept"
        " anonymized until someone corrects and accepts them, or dismisses them."
    ),
    "quarantine.none": "No interviews in quarantine.",
    "quarantine.item": "In quarantine",
    "quarantine.back": "Back to quarantine",
    "quarantine.unknown_form": "Unknown form",
    "quarantine.why": "Reason",
    "quarantine.state": "State",
    "quarantine.outcome.accepted": "Accepted into the study",
    "quarantine.outcome.dismissed": "Dismissed",
    "quarantine.problems": "What does not fit the form",
    "quarantine.correct": "Correct and accept",
    "quarantine.correct_intro": (
        "Correct the marked answers; the rest stays as it arrived. It is validated against"
        " version {version} of the form and anonymized like any interview."
    ),
    "quarantine.remove": "Remove this answer",
    "quarantine.not_a_field": "Not a question of the form: it can only be removed.",
    "quarantine.nothing_to_correct": "No answers are marked: you can accept it as it is.",
    "quarantine.accept": "Accept into the study",
    "quarantine.dismiss": "Dismiss",
    "quarantine.dismiss_confirm": "Dismiss this interview? It stays stored but is not used.",
    "quarantine.no_version": (
        "The form has no published version to accept it into: publish it, or dismiss this."
    ),
    "quarantine.answers": "Answers (anonymized)",
    "quarantine.answers_note": (
        "Names, phone numbers and ID numbers are no longer in these answers."
    ),
    "quarantine.still_invalid": "Some answers still do not fit the form:",
    "quarantine.accepted": "Accepted: it is now an interview of the study.",
    "quarantine.dismissed": "Dismissed.",
    "qreason.form.unknown": "The form does not exist on the server",
    "qreason.form.version_unknown": "That version of the form was never published",
    "qreason.form.closed": "The form was already closed",
    "qreason.answer.invalid": "Some answers do not fit the form",
    "answer_problem.answer.type": "is not the expected kind of answer",
    "answer_problem.answer.required": "this answer is missing",
    "answer_problem.answer.constraint": "breaks the question's rule",
    "answer_problem.answer.pattern": "does not have the expected shape",
    "answer_problem.answer.format": "does not have the expected format (a date, say)",
    "answer_problem.answer.out_of_range": "is outside the allowed range",
    "answer_problem.answer.choice_unknown": "is not one of the choices",
    "answer_problem.answer.duplicate_choice": "repeats a choice",
    "answer_problem.answer.duplicate_item_id": "repeats an item",
    "answer_problem.answer.missing_marker": "the missing-answer mark is not valid",
    "answer_problem.answer.not_relevant": "does not apply given the earlier answers",
    "answer_problem.answer.too_few_items": "has fewer items than needed",
    "answer_problem.answer.too_many_items": "has more items than allowed",
    "answer_problem.answer.too_long": "is too long",
    "answer_problem.answer.too_short": "is too short",
    "answer_problem.answer.unexpected": "is not a question of the form",
    "answer_problem.answer.unknown_field": "is not a question of the form",
    "answer_problem.answer.invalid": "does not fit the form",
    "answer_problem.other": "does not fit the form",
    "problem.quarantine.closed": "This interview was accepted or dismissed already.",
    "problem.quarantine.no_form_version": "The form has no published version to accept it into.",
    "problem.quarantine.withdrawn": "The interviewee withdrew consent: it cannot be accepted.",
    "problem.quarantine.answers_invalid": "Some answers still do not fit the form.",
}
