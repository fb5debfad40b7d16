"""Bring the server's news to the tablet: the form list (ETag) and the pull feed.

The pull feed (docs/sync-protocol.md §5) is the tablet's study's feed. A 404 means
"this server is too old". Items are applied one by one and each is idempotent; the
cursor moves after a whole page, so a crash mid-page only re-applies that page, and a
cursor the server refuses (or answers with `reset`) simply starts the feed again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from client import ledger
from client.link import Retrier, ServerRefused, problem_of, raise_for_device
from client.outbox import Outbox
from client.receipts import Receipt

log = logging.getLogger("chasqui.client")

PULL = "/api/v1/sync/pull"
FORMS = "/api/v1/forms"
CURSOR_INVALID = "sync.cursor_invalid"


@dataclass
class PullReport:
    is_supported: bool = True
    applied: int = 0
    skipped: int = 0  # server edits held back because the tablet has unsent changes
    reviews: int = 0  # supervisor's review notes received (shown by `status`)
    error: str | None = None  # why forms or the feed could not be fetched this time


def _etag(response: httpx.Response) -> str | None:
    value = response.headers.get("ETag")
    return value.strip('"') if value else None


def refresh_forms(http: httpx.Client, outbox: Outbox, retrier: Retrier) -> bool:
    """Fetch the assigned forms when they changed; returns whether anything changed."""
    etag = outbox.get_meta("forms_etag")
    headers = {"If-None-Match": f'"{etag}"'} if etag else {}
    response = retrier.call(lambda: http.get(FORMS, headers=headers))
    raise_for_device(response)
    changed = response.status_code == 200
    if changed:
        ledger.save_forms(outbox, response.json(), etag=_etag(response))
    elif response.status_code != 304:
        raise ServerRefused(response.status_code, str(problem_of(response).get("code", "")))
    for form_id, version in ledger.forms_without_document(outbox):
        # Published versions never change: fetched once, kept for good.
        got = retrier.call(partial(http.get, f"{FORMS}/{form_id}/versions/{version}"))
        raise_for_device(got)
        if got.status_code == 200:
            ledger.save_form_document(outbox, form_id, version, got.json())
            changed = True
    return changed


def pull_changes(
    http: httpx.Client,
    outbox: Outbox,
    retrier: Retrier,
    *,
    now: Callable[[], str],
    limit: int = 200,
) -> PullReport:
    """Apply the pull feed page by page; a 404 means the server has no feed yet."""
    report = PullReport()
    while True:
        params: dict[str, str | int] = {"limit": limit}
        cursor = outbox.get_meta("pull_cursor")
        if cursor:
            params["cursor"] = cursor
        response = retrier.call(partial(http.get, PULL, params=params))
        raise_for_device(response)
        if response.status_code in (404, 405):
            report.is_supported = False
            return report
        if cursor and _is_cursor_refused(response):
            # Not a cursor of this tablet's feed (another study's, or from a server
            # restored from backup): start again; applying a change twice is harmless.
            log.warning("pull: the server refused the cursor; pulling from the start")
            outbox.set_meta("pull_cursor", "")
            continue
        if response.status_code != 200:
            raise ServerRefused(response.status_code, str(problem_of(response).get("code", "")))
        page = response.json()
        items = [normalize(i) for i in page.get("items", page.get("changes", []))]
        for item in items:
            try:
                applied = apply_pulled(outbox, item, now=now())
            except (KeyError, TypeError, ValueError):
                log.warning("pull: skipped a malformed %s item", item.get("type"))
                applied = False
            report.applied += applied
            report.skipped += not applied
            report.reviews += applied and item.get("type") == "review"
        if page.get("next_cursor"):
            outbox.set_meta("pull_cursor", str(page["next_cursor"]))
        if not page.get("has_more") or not items:
            return report


def _is_cursor_refused(response: httpx.Response) -> bool:
    return response.status_code == 400 and problem_of(response).get("code") == CURSOR_INVALID


def normalize(change: dict[str, Any]) -> dict[str, Any]:
    """One feed item as {type, ...fields}, from the documented shape or an envelope.

    The protocol documents items with a `type`; a server may instead wrap the fields
    as {kind, ref, payload}. Both are read, so the feed can evolve under the tablets.
    """
    if not isinstance(change.get("payload"), dict):
        return {**change, "type": change.get("type", change.get("kind"))}
    item: dict[str, Any] = {**change["payload"], "type": change.get("type", change.get("kind"))}
    item.setdefault("form_id" if item["type"] == "form" else "instance_id", change.get("ref"))
    return item


def apply_pulled(outbox: Outbox, item: dict[str, Any], *, now: str) -> bool:
    """Apply one feed item by its `type`; unknown types are skipped for newer servers."""
    kind, instance_id = item.get("type"), str(item.get("instance_id", "")).lower()
    if kind == "form":
        ledger.save_forms(outbox, [item], etag=None)
    elif kind in ("edit", "resolution"):
        if kind == "resolution":
            _note(
                outbox,
                Receipt(
                    instance_id,
                    "resolved",
                    "sync.resolved",
                    rev=item.get("rev"),
                    conflict_id=item.get("conflict_id"),
                ),
                now,
            )
        if "data" in item:
            return outbox.adopt_server_copy(
                instance_id=instance_id,
                form_id=item.get("form_id"),
                form_version=int(item["form_version"]),
                rev=str(item["rev"]),
                data=item["data"],
                now=now,
            )
    elif kind == "review":
        state, comment = _text(item.get("state")), _text(item.get("comment"))
        ledger.save_review(
            outbox, instance_id, state=state, comment=comment, at=_text(item.get("at")), now=now
        )
        _note(outbox, Receipt(instance_id, "review", f"review.{state or 'comment'}"), now)
    elif kind == "tombstone":
        for path in outbox.forget(instance_id):
            Path(path).unlink(missing_ok=True)
        ledger.forget_review(outbox, instance_id)
        _note(outbox, Receipt(instance_id, "rejected", str(item.get("reason", "withdrawn"))), now)
    else:
        log.info("pull: skipped an item of unknown type")
    return True


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _note(outbox: Outbox, receipt: Receipt, now: str) -> None:
    outbox.log_receipt(receipt, now=now)
