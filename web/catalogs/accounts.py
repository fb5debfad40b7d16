"""Words of the account page (own password) and the members page (admins)."""

from __future__ import annotations

from typing import Final

ES: Final[dict[str, str]] = {
    "account.title": "Mi cuenta",
    "account.name": "Nombre",
    "account.role": "Rol en este estudio",
    "account.change_password": "Cambiar mi contraseña",
    "account.current": "Contraseña actual",
    "account.new": "Contraseña nueva",
    "account.confirm": "Repita la contraseña nueva",
    "account.rules": (
        "Al menos {min_length} caracteres, sin su nombre de usuario "
        "y que no sea una contraseña común."
    ),
    "account.save": "Cambiar la contraseña",
    "account.password_changed": "Su contraseña cambió. Sus otras sesiones se cerraron.",
    "password.mismatch": "Las dos contraseñas nuevas no coinciden.",
    "password.current_wrong": "La contraseña actual no es correcta.",
    "password.too_short": "La contraseña es muy corta: use al menos {min_length} caracteres.",
    "password.too_long": "La contraseña es demasiado larga.",
    "password.contains_username": "La contraseña no puede contener el nombre de usuario.",
    "password.too_repetitive": "La contraseña repite demasiado pocos caracteres.",
    "password.too_common": "Esa contraseña es común o se filtró alguna vez; elija otra.",
    "password.rejected": "La contraseña no se aceptó.",
    "members.title": "Personas del estudio",
    "members.you": "usted",
    "members.reset": "Poner una contraseña nueva",
    "members.new_password": "Contraseña nueva para {who}",
    "members.reset_submit": "Guardar la contraseña",
    "members.reset_failed": "No se cambió la contraseña de {who}.",
    "members.remove": "Quitar a {who} del estudio",
    "members.remove_confirm": "¿Quitar a {who} del estudio? Sus tabletas dejarán de sincronizar.",
    "members.done.reset": "La contraseña de {who} cambió; sus sesiones se cerraron.",
    "members.done.removed": "{who} ya no está en el estudio; sus tabletas se revocaron.",
}

EN: Final[dict[str, str]] = {
    "account.title": "My account",
    "account.name": "Name",
    "account.role": "Role in this study",
    "account.change_password": "Change my password",
    "account.current": "Current password",
    "account.new": "New password",
    "account.confirm": "Repeat the new password",
    "account.rules": (
        "At least {min_length} characters, without your username, and not a common password."
    ),
    "account.save": "Change the password",
    "account.password_changed": "Your password changed. Your other sessions were closed.",
    "password.mismatch": "The two new passwords differ.",
    "password.current_wrong": "The current password is not right.",
    "password.too_short": "The password is too short: use at least {min_length} characters.",
    "password.too_long": "The password is too long.",
    "password.contains_username": "The password may not contain the username.",
    "password.too_repetitive": "The password repeats too few characters.",
    "password.too_common": "That password is common or has leaked; choose another.",
    "password.rejected": "The password was not accepted.",
    "members.title": "People in the study",
    "members.you": "you",
    "members.reset": "Set a new password",
    "members.new_password": "New password for {who}",
    "members.reset_submit": "Save the password",
    "members.reset_failed": "The password of {who} did not change.",
    "members.remove": "Remove {who} from the study",
    "members.remove_confirm": "Remove {who} from the study? Their tablets will stop syncing.",
    "members.done.reset": "The password of {who} changed; their sessions were closed.",
    "members.done.removed": "{who} is no longer in the study; their tablets were revoked.",
}
