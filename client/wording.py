"""Pure: what a sync did to each interview, in words an enumerator understands (es, en).

Every receipt outcome and every problem code the server documents has a sentence in
both languages; a code a newer server invents gets a generic sentence, never the code.
Problems name fields by the form's own label when the tablet holds the form, and
never quote an answer (the server sends pointers, not values).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# What happened to an interview, by group: (one, many) in each language.
GROUPS: dict[str, dict[str, tuple[str, str]]] = {
    "saved": {"es": ("guardada", "guardadas"), "en": ("saved", "saved")},
    "duplicate": {
        "es": ("ya estaba en el servidor", "ya estaban en el servidor"),
        "en": ("already on the server", "already on the server"),
    },
    "merged": {
        "es": (
            "guardada y unida a la copia del servidor",
            "guardadas y unidas a la copia del servidor",
        ),
        "en": (
            "saved and merged with the server's copy",
            "saved and merged with the server's copy",
        ),
    },
    "conflict": {"es": ("en conflicto", "en conflicto"), "en": ("in conflict", "in conflict")},
    "review": {"es": ("en revisión", "en revisión"), "en": ("held for review", "held for review")},
    "withdrawn": {
        "es": ("borrada de la tableta", "borradas de la tableta"),
        "en": ("erased from the tablet", "erased from the tablet"),
    },
    "refused": {
        "es": ("no aceptada, sigue en la tableta", "no aceptadas, siguen en la tableta"),
        "en": ("not accepted, still on the tablet", "not accepted, still on the tablet"),
    },
    "retry": {
        "es": ("por reenviar", "por reenviar"),
        "en": ("to send again", "to send again"),
    },
    "unknown": {
        "es": (
            "con una respuesta que esta versión no entiende",
            "con respuestas que esta versión no entiende",
        ),
        "en": (
            "with an answer this version does not understand",
            "with answers this version does not understand",
        ),
    },
}

OUTCOME_GROUPS: dict[str, str] = {
    "created": "saved",
    "updated": "saved",
    "duplicate": "duplicate",
    "merged": "merged",
    "conflict": "conflict",
    "quarantined": "review",
    "rejected": "refused",
    "retry": "retry",
    "blocked": "refused",  # refused whole by the server even alone (a client-side state)
}

# Why: the receipt's code, as a reason that follows the group ("en revisión: …").
REASONS: dict[str, dict[str, str]] = {
    "ok": {"es": "guardada", "en": "saved"},
    "sync.duplicate": {"es": "ya estaba en el servidor", "en": "already on the server"},
    "sync.merged": {
        "es": "el servidor unió sus cambios con los de otra tableta",
        "en": "the server merged your changes with another tablet's",
    },
    "sync.held_until_parent": {
        "es": "se unirá cuando llegue la versión que usted corrigió",
        "en": "it will be merged when the version you edited arrives",
    },
    "sync.conflict": {
        "es": "otra tableta cambió las mismas respuestas; su supervisor elegirá",
        "en": "another tablet changed the same answers; your supervisor will choose",
    },
    "form.unknown": {
        "es": "el servidor no conoce ese formulario",
        "en": "the server does not know that form",
    },
    "form.version_unknown": {
        "es": "esa versión del formulario nunca se publicó",
        "en": "that version of the form was never published",
    },
    "form.closed": {"es": "el formulario ya está cerrado", "en": "the form is closed"},
    "answer.invalid": {
        "es": "algunas respuestas no encajan en el formulario",
        "en": "some answers do not fit the form",
    },
    "withdrawn": {
        "es": "la persona retiró su consentimiento",
        "en": "the person withdrew their consent",
    },
    "sync.item_invalid": {
        "es": "la aplicación la guardó en un formato que el servidor no acepta;"
        " avise a su supervisor",
        "en": "the app stored it in a format the server does not accept; tell your supervisor",
    },
    "sync.retry": {
        "es": "una falla pasajera del servidor; se enviará en la próxima sincronización",
        "en": "a passing server failure; it goes out with the next sync",
    },
    "request.too_large": {
        "es": "es demasiado grande para el servidor; avise a su supervisor",
        "en": "it is too large for the server; tell your supervisor",
    },
    "sync.batch_too_large": {
        "es": "es demasiado grande para el servidor; avise a su supervisor",
        "en": "it is too large for the server; tell your supervisor",
    },
    "sync.batch_invalid": {
        "es": "el servidor no pudo leerla; avise a su supervisor",
        "en": "the server could not read it; tell your supervisor",
    },
}
GENERIC_REASON = {
    "es": "el servidor dio una razón que esta versión no conoce; avise a su supervisor",
    "en": "the server gave a reason this version does not know; tell your supervisor",
}

# Why the server stopped a sync or an enrollment (problem codes and 401 reasons).
STOPS: dict[str, dict[str, str]] = {
    "membership_ended": {
        "es": "su cuenta ya no es parte de este estudio o cambió de rol",
        "en": "your account is no longer part of this study, or its role changed",
    },
    "auth.unauthenticated": {
        "es": "la clave de esta tableta ya no es válida",
        "en": "this tablet's key is no longer valid",
    },
    "auth.forbidden": {
        "es": "esta tableta no tiene permiso para esto",
        "en": "this tablet is not allowed to do this",
    },
    "device.enrollment_code_invalid": {
        "es": "el código de inscripción no vale (ya se usó, venció o está mal escrito)",
        "en": "the enrollment code is not valid (used, expired or mistyped)",
    },
    "auth.throttled": {
        "es": "demasiados intentos; espere unos minutos",
        "en": "too many attempts; wait a few minutes",
    },
    "request.too_large": REASONS["request.too_large"],
    "sync.batch_too_large": REASONS["sync.batch_too_large"],
    "sync.batch_invalid": REASONS["sync.batch_invalid"],
}
GENERIC_STOP = {
    "es": "el servidor no pudo atender el pedido en este momento",
    "en": "the server could not handle the request right now",
}


def say_stop(code: str, lang: str) -> str:
    """Why a sync stopped, in words; a code this version does not know gets a generic one."""
    return STOPS.get(code, GENERIC_STOP)[lang]


# One answer's problem, by code; {field} is the form's label for it.
PROBLEMS: dict[str, dict[str, str]] = {
    "answer.required": {"es": "falta {field}", "en": "{field} is missing"},
    "answer.type": {
        "es": "{field} tiene un tipo de respuesta equivocado",
        "en": "{field} has the wrong kind of answer",
    },
    "answer.format": {
        "es": "{field} no tiene el formato esperado",
        "en": "{field} is not in the expected format",
    },
    "answer.out_of_range": {
        "es": "{field} está fuera del rango permitido",
        "en": "{field} is out of the allowed range",
    },
    "answer.too_short": {"es": "{field} es demasiado corta", "en": "{field} is too short"},
    "answer.too_long": {"es": "{field} es demasiado larga", "en": "{field} is too long"},
    "answer.too_few_items": {
        "es": "{field} tiene menos elementos de los necesarios",
        "en": "{field} has fewer items than needed",
    },
    "answer.too_many_items": {
        "es": "{field} tiene más elementos de los permitidos",
        "en": "{field} has more items than allowed",
    },
    "answer.choice_unknown": {
        "es": "{field} no es una de las opciones",
        "en": "{field} is not one of the choices",
    },
    "answer.duplicate_choice": {
        "es": "{field} repite una opción",
        "en": "{field} repeats a choice",
    },
    "answer.pattern": {
        "es": "{field} no tiene la forma esperada",
        "en": "{field} does not have the expected shape",
    },
    "answer.unexpected": {"es": "{field} no va aquí", "en": "{field} does not belong here"},
    "answer.unknown_field": {
        "es": "hay una respuesta que no es parte de esta versión del formulario",
        "en": "an answer is not part of this version of the form",
    },
    "answer.constraint": {
        "es": "{field} no cumple una regla del formulario",
        "en": "{field} breaks one of the form's rules",
    },
    "answer.not_relevant": {
        "es": "{field} no debía responderse",
        "en": "{field} should not have been answered",
    },
    "answer.missing_marker": {
        "es": "{field} tiene una marca de «no sabe / no responde» que no vale aquí",
        "en": "{field} has a 'don't know / refused' mark that is not allowed here",
    },
    "answer.duplicate_item_id": {
        "es": "{field} tiene dos filas con el mismo identificador",
        "en": "{field} has two rows with the same identifier",
    },
    "answer.invalid": {
        "es": "{field} no encaja en el formulario",
        "en": "{field} does not fit the form",
    },
}
GENERIC_PROBLEM = {
    "es": "{field} no encaja en el formulario",
    "en": "{field} does not fit the form",
}
SOME_ANSWER = {"es": "una respuesta", "en": "an answer"}
THE_INTERVIEW = {"es": "la entrevista", "en": "the interview"}
MORE = {"es": "y {n} problema(s) más", "en": "and {n} more problem(s)"}
NOTHING = {"es": "No había entrevistas por enviar.", "en": "There were no interviews to send."}
MAX_PROBLEMS = 2


@dataclass(frozen=True, slots=True)
class Said:
    """One interview's fate: its group and, when something needs the enumerator, why."""

    instance_id: str
    group: str
    reason: str | None


def group_of(outcome: str, code: str) -> str:
    if outcome == "rejected" and code == "withdrawn":
        return "withdrawn"
    return OUTCOME_GROUPS.get(outcome, "unknown")


def say_reason(code: str, lang: str) -> str:
    return REASONS.get(code, GENERIC_REASON)[lang]


def label_at(document: Mapping[str, Any] | None, pointer: str, lang: str) -> str:
    """The form's label for the field a JSON pointer names, «quoted»; a fallback otherwise."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    names = [p for p in parts if not p.isdigit()]
    if not names:
        return THE_INTERVIEW[lang]
    if names[-1].startswith("<unknown"):
        return SOME_ANSWER[lang]
    node: Any = document or {}
    prompt: Any = None
    for part in parts:
        if part.isdigit():
            node = node.get("items", {}) if isinstance(node, dict) else {}
            continue
        properties = node.get("properties", {}) if isinstance(node, dict) else {}
        node = properties.get(part, {}) if isinstance(properties, dict) else {}
        prompt = node.get("x-prompt") if isinstance(node, dict) else None
    if isinstance(prompt, dict):
        text = prompt.get(lang) or prompt.get("es") or next(iter(prompt.values()), None)
        if isinstance(text, str) and text.strip():
            return f"«{text.strip().rstrip('?:').lstrip('¿')}»"
    return f"«{names[-1]}»"


def say_problem(code: str, pointer: str, lang: str, document: Mapping[str, Any] | None) -> str:
    template = PROBLEMS.get(code, GENERIC_PROBLEM)[lang]
    return template.format(field=label_at(document, pointer, lang))


def explain(
    *,
    outcome: str,
    code: str,
    problems: Sequence[tuple[str, str]],
    lang: str,
    document: Mapping[str, Any] | None = None,
) -> str | None:
    """Why an interview ended in its group; None when it was simply stored."""
    group = group_of(outcome, code)
    if group in ("saved", "duplicate"):
        return None
    if problems and group == "review":
        said = [say_problem(c, p, lang, document) for p, c in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            said.append(MORE[lang].format(n=len(problems) - MAX_PROBLEMS))
        return "; ".join(said)
    if group == "unknown":
        return None
    return say_reason(code, lang)


def say_count(group: str, n: int, lang: str) -> str:
    one, many = GROUPS[group][lang]
    return f"{n} {one if n == 1 else many}"


def summarize(said: Sequence[Said], lang: str) -> str:
    """One line: "2 guardadas, 1 en revisión: falta «Comunidad»" (a reason when all share it)."""
    if not said:
        return NOTHING[lang]
    parts = []
    for group in GROUPS:
        members = [s for s in said if s.group == group]
        if not members:
            continue
        text = say_count(group, len(members), lang)
        reasons = {s.reason for s in members}
        if len(reasons) == 1 and None not in reasons:
            text += f": {reasons.pop()}"
        parts.append(text)
    return ", ".join(parts) + "."
