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
    "export_unreadable": {
        "es": "«{file}» no es una exportación de entrevistas legible",
        "en": "'{file}' is not a readable interview export",
    },
    "export_not_interviews": {
        "es": "«{file}» no contiene entrevistas",
        "en": "'{file}' holds no interviews",
    },
    "export_attachment_type": {
        "es": "el adjunto n.º {index} no es audio ni foto",
        "en": "attachment no. {index} is neither audio nor a photo",
    },
    "export_time_invalid": {
        "es": "la hora «{field}» no es una fecha y hora válida",
        "en": "the time '{field}' is not a valid date and time",
    },
    "export_time_offset": {
        "es": "la hora «{field}» no dice su zona horaria (por ejemplo -05:00)",
        "en": "the time '{field}' does not say its time zone (for example -05:00)",
    },
    "export_needs_form": {
        "es": "una entrevista no dice su formulario o no tiene respuestas",
        "en": "an interview does not name its form or has no answers",
    },
    "export_file_missing": {
        "es": "no se pudo abrir un archivo de la exportación (¿se movió o se borró?)",
        "en": "a file of the export could not be opened (moved or deleted?)",
    },
    "sync_done": {
        "es": "Sincronización terminada: {summary} {files} archivo(s) subidos, {waiting} por"
        " enviar.",
        "en": "Sync finished: {summary} {files} file(s) uploaded, {waiting} still to send.",
    },
    "sync_item": {
        "es": "  {instance_id}  {group}: {reason}",
        "en": "  {instance_id}  {group}: {reason}",
    },
    "sync_more": {
        "es": "  … y {n} más: véalas con `chasqui-client receipts`.",
        "en": "  … and {n} more: see them with `chasqui-client receipts`.",
    },
    "news_failed": {
        "es": "No se pudieron traer formularios ni notas del supervisor esta vez; lo enviado"
        " está a salvo. Vuelva a sincronizar más tarde.",
        "en": "Forms and supervisor notes could not be fetched this time; what was sent is"
        " safe. Sync again later.",
    },
    "sync_stopped": {
        "es": "La sincronización se detuvo. Sus entrevistas siguen guardadas aquí.",
        "en": "The sync stopped. Your interviews are still kept here.",
    },
    "forget_done": {
        "es": "{n} entrevista(s) borradas de la tableta (el servidor las tiene). {kept} aún no"
        " están seguras en el servidor y siguen aquí.",
        "en": "{n} interview(s) erased from the tablet (the server holds them). {kept} are not"
        " safe on the server yet and stay here.",
    },
    "forget_refused": {
        "es": "No se borró nada: {n} entrevista(s) aún no están seguras en el servidor (o no"
        " están en esta tableta). Sincronice primero:",
        "en": "Nothing was erased: {n} interview(s) are not safe on the server yet (or are"
        " not on this tablet). Sync first:",
    },
    "forget_which": {
        "es": "Diga qué entrevistas borrar (sus identificadores) o use --all.",
        "en": "Say which interviews to erase (their ids) or use --all.",
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
        "es": "El servidor ya no acepta esta tableta: {code}. Sus entrevistas siguen"
        " guardadas aquí; vuelva a inscribirla.",
        "en": "The server no longer accepts this tablet: {code}. Its interviews are still"
        " kept here; enroll it again.",
    },
    "server_refused": {
        "es": "El servidor no aceptó el pedido: {code}. Sus entrevistas siguen guardadas aquí.",
        "en": "The server refused the request: {code}. Your interviews are still kept here.",
    },
    "not_enrolled": {
        "es": "Esta tableta no está inscrita: use `chasqui-client enroll CÓDIGO --server URL`.",
        "en": "This tablet is not enrolled: use `chasqui-client enroll CODE --server URL`.",
    },
    "status": {
        "es": "Por enviar: {waiting}\nRecibidas por el servidor: {acknowledged}\n"
        "Conflictos abiertos: {conflicts}\nEn revisión (cuarentena): {quarantined}\n"
        "Retiradas (consentimiento): {withdrawn}\nNo aceptadas por el servidor: {blocked}\n"
        "Archivos por subir: {files_waiting} ({megabytes:.1f} MB)",
        "en": "To send: {waiting}\nReceived by the server: {acknowledged}\n"
        "Open conflicts: {conflicts}\nQuarantined: {quarantined}\n"
        "Withdrawn (consent): {withdrawn}\nRefused by the server: {blocked}\n"
        "Files to upload: {files_waiting} ({megabytes:.1f} MB)",
    },
    "attention": {
        "es": "Necesitan su atención ({n}):",
        "en": "Need your attention ({n}):",
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
        "es": "{received_at}  {instance_id}  {said}",
        "en": "{received_at}  {instance_id}  {said}",
    },
    "receipt_review": {
        "es": "nota del supervisor: {state}",
        "en": "supervisor's note: {state}",
    },
    "receipt_resolved": {
        "es": "su supervisor resolvió el conflicto",
        "en": "your supervisor resolved the conflict",
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
