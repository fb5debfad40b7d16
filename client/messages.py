"""What the CLI says, in Spanish (the enumerators' language) and English."""

from __future__ import annotations

import os

MESSAGES: dict[str, dict[str, str]] = {
    "enrolled": {
        "es": "Tableta inscrita en el estudio «{study}» (dispositivo {device_id}).",
        "en": "Tablet enrolled in study '{study}' (device {device_id}).",
    },
    "collected": {
        "es": "{n} entrevista(s) guardadas en la tableta, listas para enviar.",
        "en": "{n} interview(s) saved on the tablet, ready to send.",
    },
    "export_invalid": {
        "es": "No se pudo leer la exportación ({detail}). No se guardó nada de ese archivo.",
        "en": "Could not read the export ({detail}). Nothing from that file was saved.",
    },
    "sync_done": {
        "es": "Sincronización terminada: {acked} recibida(s) por el servidor, {files} archivo(s)"
        " subidos, {waiting} por enviar.",
        "en": "Sync finished: {acked} received by the server, {files} file(s) uploaded,"
        " {waiting} still to send.",
    },
    "pull_unsupported": {
        "es": "El servidor aún no envía cambios a las tabletas; se revisaron los formularios.",
        "en": "The server does not send changes to tablets yet; forms were checked.",
    },
    "items": {"es": "Entrevistas", "en": "Interviews"},
    "bytes": {"es": "Audio y fotos", "en": "Audio and photos"},
    "link_down": {
        "es": "Se cortó la conexión. Nada se perdió: vuelva a sincronizar cuando haya señal.",
        "en": "The connection dropped. Nothing was lost: sync again when there is signal.",
    },
    "device_revoked": {
        "es": "Esta tableta fue dada de baja. Sus entrevistas siguen guardadas aquí:"
        " entregue la tableta a su supervisor o vuelva a inscribirla.",
        "en": "This tablet was revoked. Its interviews are still kept here:"
        " hand it to your supervisor or enroll it again.",
    },
    "device_refused": {
        "es": "El servidor ya no acepta esta tableta ({code}). Sus entrevistas siguen"
        " guardadas aquí; vuelva a inscribirla.",
        "en": "The server no longer accepts this tablet ({code}). Its interviews are still"
        " kept here; enroll it again.",
    },
    "server_refused": {
        "es": "El servidor respondió {code}. Sus entrevistas siguen guardadas aquí.",
        "en": "The server answered {code}. Your interviews are still kept here.",
    },
    "not_enrolled": {
        "es": "Esta tableta no está inscrita: use `chasqui-client enroll CÓDIGO --server URL`.",
        "en": "This tablet is not enrolled: use `chasqui-client enroll CODE --server URL`.",
    },
    "status": {
        "es": "Por enviar: {waiting}\nRecibidas por el servidor: {acknowledged}\n"
        "Conflictos abiertos: {conflicts}\nEn cuarentena: {quarantined}\n"
        "Retiradas (consentimiento): {withdrawn}\nNo aceptadas por el servidor: {blocked}\n"
        "Archivos por subir: {files_waiting} ({megabytes:.1f} MB)",
        "en": "To send: {waiting}\nReceived by the server: {acknowledged}\n"
        "Open conflicts: {conflicts}\nQuarantined: {quarantined}\n"
        "Withdrawn (consent): {withdrawn}\nRefused by the server: {blocked}\n"
        "Files to upload: {files_waiting} ({megabytes:.1f} MB)",
    },
    "reviews_pulled": {
        "es": "{n} nota(s) nueva(s) del supervisor: véalas con `chasqui-client status`.",
        "en": "{n} new note(s) from the supervisor: see them with `chasqui-client status`.",
    },
    "reviews": {
        "es": "Revisión del supervisor ({n}):",
        "en": "Supervisor's review ({n}):",
    },
    "review": {
        "es": "  {instance_id}  {state}: {comment}",
        "en": "  {instance_id}  {state}: {comment}",
    },
    "review_approved": {"es": "aprobada", "en": "approved"},
    "review_has_issues": {"es": "con observaciones", "en": "has issues"},
    "review_rejected": {"es": "rechazada", "en": "rejected"},
    "review_received": {"es": "recibida, sin revisar", "en": "received, not reviewed yet"},
    "review_none": {"es": "comentario", "en": "comment"},
    "review_no_comment": {"es": "(sin comentario)", "en": "(no comment)"},
    "receipt": {
        "es": "{received_at}  {instance_id}  {outcome}  {code}",
        "en": "{received_at}  {instance_id}  {outcome}  {code}",
    },
    "no_receipts": {
        "es": "Aún no hay respuesta del servidor para esa entrevista.",
        "en": "No answer from the server for that interview yet.",
    },
}


def pick_language(flag: str | None) -> str:
    """--lang wins; then LANG (en_* gives English); Spanish otherwise."""
    if flag in ("es", "en"):
        return flag
    return "en" if os.environ.get("LANG", "").lower().startswith("en") else "es"


def say(key: str, lang: str, **values: object) -> str:
    return MESSAGES[key][lang].format(**values)


def say_review_state(state: str | None, lang: str) -> str:
    """A review state in words; one a newer server invents is shown as it came."""
    key = f"review_{state or 'none'}"
    return MESSAGES[key][lang] if key in MESSAGES else str(state)
