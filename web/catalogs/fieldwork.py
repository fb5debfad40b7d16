"""Words of the fieldwork page: enrollment codes, tablets, the plan."""

from __future__ import annotations

from typing import Final

ES: Final[dict[str, str]] = {
    "fieldwork.title": "Trabajo de campo",
    "fieldwork.enroll": "Inscribir una tableta",
    "fieldwork.enumerator": "Encuestador(a) que usará la tableta",
    "fieldwork.issue_code": "Generar código",
    "fieldwork.code_for": "Código para la tableta de {who}: escanee el QR o escríbalo en la "
    "aplicación. Sirve una sola vez.",
    "fieldwork.qr": "Código QR de inscripción para la tableta de {who}",
    "fieldwork.expires": "Vence el {when}",
    "fieldwork.no_enumerators": "Este estudio no tiene encuestadores.",
    "fieldwork.tablets": "Tabletas",
    "fieldwork.no_tablets": "Todavía no hay tabletas inscritas.",
    "fieldwork.active": "activa",
    "fieldwork.revoked": "revocada",
    "fieldwork.last_seen": "Última sincronización: {when}",
    "fieldwork.never_seen": "Aún no sincronizó",
    "fieldwork.revoke": "Revocar {tablet}",
    "fieldwork.revoke_confirm": "¿Revocar la tableta {tablet}? Dejará de sincronizar de inmediato.",
    "fieldwork.plan": "Plan de trabajo",
    "fieldwork.targets": "Metas por comunidad y formulario",
    "fieldwork.target_remove": "Deje una meta vacía para quitarla.",
    "fieldwork.new_target": "Nueva meta",
    "fieldwork.form": "Formulario",
    "fieldwork.village": "Comunidad",
    "fieldwork.target": "Entrevistas",
    "fieldwork.study_wide": "todo el estudio",
    "fieldwork.who_where": "Quién trabaja dónde",
    "fieldwork.save_plan": "Guardar el plan",
    "fieldwork.done.revoked": "Tableta revocada: ya no puede sincronizar.",
    "fieldwork.done.plan": "Plan guardado.",
    "fieldwork.error.plan": "El plan no se guardó: revise que cada meta sea un número entero y "
    "que formularios, comunidades y personas existan.",
}
EN: Final[dict[str, str]] = {
    "fieldwork.title": "Fieldwork",
    "fieldwork.enroll": "Enroll a tablet",
    "fieldwork.enumerator": "Enumerator who will use the tablet",
    "fieldwork.issue_code": "Issue a code",
    "fieldwork.code_for": "Code for {who}'s tablet: scan the QR code or type it in the app. It "
    "works once.",
    "fieldwork.qr": "Enrollment QR code for {who}'s tablet",
    "fieldwork.expires": "Expires {when}",
    "fieldwork.no_enumerators": "This study has no enumerators.",
    "fieldwork.tablets": "Tablets",
    "fieldwork.no_tablets": "No tablets enrolled yet.",
    "fieldwork.active": "active",
    "fieldwork.revoked": "revoked",
    "fieldwork.last_seen": "Last sync: {when}",
    "fieldwork.never_seen": "Not synced yet",
    "fieldwork.revoke": "Revoke {tablet}",
    "fieldwork.revoke_confirm": "Revoke the tablet {tablet}? It stops syncing at once.",
    "fieldwork.plan": "Fieldwork plan",
    "fieldwork.targets": "Targets per village and form",
    "fieldwork.target_remove": "Leave a target empty to remove it.",
    "fieldwork.new_target": "New target",
    "fieldwork.form": "Form",
    "fieldwork.village": "Village",
    "fieldwork.target": "Interviews",
    "fieldwork.study_wide": "whole study",
    "fieldwork.who_where": "Who works where",
    "fieldwork.save_plan": "Save the plan",
    "fieldwork.done.revoked": "Tablet revoked: it can no longer sync.",
    "fieldwork.done.plan": "Plan saved.",
    "fieldwork.error.plan": "The plan was not saved: check that each target is a whole number "
    "and that forms, villages and people exist.",
}
