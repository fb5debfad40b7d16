"""Read interviews as a tablet exports them, and keep their files inside the client's home.

An export file holds one interview or a list: {form_id, form_version, data, started_at,
ended_at, attachments}. `attachments` lists paths, or {path, name, content_type}
objects. `name` is the form's field for the recording ("audio1"); when absent the
client numbers them. The file's own name is never used: it often names the person.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from client.outbox import FileRef, NewInterview

EXTRA_TYPES = {".m4a": "audio/mp4", ".mp4": "audio/mp4", ".opus": "audio/ogg", ".3gp": "audio/3gpp"}


class ExportInvalid(ValueError):
    """An export file the client cannot queue; nothing from it was queued.

    `key` names the sentence the CLI shows (client/messages.py); `values` fill it.
    """

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values


@dataclass(frozen=True, slots=True)
class FileEntry:
    path: Path
    name: str
    content_type: str


def read_export(path: Path) -> list[dict[str, Any]]:
    """The interviews in one export file (an object or a list of objects)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportInvalid("export_unreadable", file=path.name) from exc
    entries = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(e, dict) for e in entries):
        raise ExportInvalid("export_not_interviews", file=path.name)
    return entries


def content_type_of(path: Path) -> str:
    guessed = EXTRA_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    return guessed or "application/octet-stream"


def file_entries(raw: Any, base: Path) -> list[FileEntry]:
    entries = []
    for index, value in enumerate(raw or [], start=1):
        spec = value if isinstance(value, dict) else {"path": value}
        path = Path(str(spec["path"]))
        path = path if path.is_absolute() else base / path
        content_type = str(spec.get("content_type") or content_type_of(path))
        if not content_type.startswith(("audio/", "image/")):
            raise ExportInvalid("export_attachment_type", index=index)
        entries.append(FileEntry(path, str(spec.get("name") or f"attachment{index}"), content_type))
    return entries


def keep_file(entry: FileEntry, files_dir: Path) -> FileRef:
    """Hash the file and keep a copy under its hash (a hard link when possible)."""
    digest = hashlib.sha256()
    with entry.path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    sha256 = digest.hexdigest()
    target = files_dir / sha256
    if not target.exists():
        files_dir.mkdir(parents=True, exist_ok=True)
        try:
            os.link(entry.path, target)
        except OSError:
            shutil.copyfile(entry.path, target)
    return FileRef(entry.name, sha256, target.stat().st_size, entry.content_type, str(target))


def _aware(value: Any, key: str) -> str | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise ExportInvalid("export_time_invalid", field=key) from None
    if moment.tzinfo is None:
        raise ExportInvalid("export_time_offset", field=key)
    return str(value)


def to_interview(entry: dict[str, Any], *, base: Path, files_dir: Path) -> NewInterview:
    """Check one exported interview and keep its files; the answers are not inspected."""
    if not isinstance(entry.get("form_id"), str) or not isinstance(entry.get("data"), dict):
        raise ExportInvalid("export_needs_form")
    instance_id = str(entry.get("instance_id") or uuid.uuid4()).lower()
    files = tuple(keep_file(f, files_dir) for f in file_entries(entry.get("attachments"), base))
    return NewInterview(
        instance_id=instance_id,
        form_id=entry["form_id"],
        form_version=int(entry.get("form_version", 1)),
        data=entry["data"],
        started_at=_aware(entry.get("started_at"), "started_at"),
        ended_at=_aware(entry.get("ended_at"), "ended_at"),
        files=files,
        base_rev=entry.get("base_rev"),
    )
