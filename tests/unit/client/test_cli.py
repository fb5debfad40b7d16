"""chasqui-client without a server: queue an export, read the status, in es and en."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from client.cli import app

runner = CliRunner()


def test_collect_then_status_in_spanish_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "es_PE.UTF-8")
    (tmp_path / "audio.m4a").write_bytes(b"\x00" * 10)
    export = tmp_path / "export.json"
    export.write_text(
        json.dumps(
            [
                {"form_id": "ngo", "data": {}, "attachments": ["audio.m4a"]},
                {"form_id": "community", "data": {}},
            ]
        )
    )
    home = str(tmp_path / "home")
    collected = runner.invoke(app, ["--home", home, "collect", str(export)])
    assert collected.exit_code == 0, collected.output
    assert "2 entrevista(s)" in collected.output
    status = runner.invoke(app, ["--home", home, "status"])
    assert "Por enviar: 2" in status.output
    assert "Archivos por subir: 1" in status.output


def test_english_and_a_friendly_refusal_when_not_enrolled(tmp_path):
    result = runner.invoke(app, ["--home", str(tmp_path), "--lang", "en", "sync"])
    assert result.exit_code == 1
    assert "not enrolled" in result.output


def test_an_export_without_offsets_is_refused_whole(tmp_path):
    export = tmp_path / "bad.json"
    export.write_text(json.dumps({"form_id": "ngo", "data": {}, "started_at": "2026-11-20T14:00"}))
    home = str(tmp_path / "home")
    result = runner.invoke(app, ["--home", home, "--lang", "en", "collect", str(export)])
    assert result.exit_code == 3
    assert "Nothing from that file was saved" in result.output
    assert "To send: 0" in runner.invoke(app, ["--home", home, "--lang", "en", "status"]).output


def test_collecting_the_same_export_twice_queues_nothing_new(tmp_path):
    export = tmp_path / "export.json"
    export.write_text(
        json.dumps(
            {"instance_id": "00000000-0000-4000-8000-000000000001", "form_id": "ngo", "data": {}}
        )
    )
    home = str(tmp_path / "home")
    for _ in range(2):
        assert runner.invoke(app, ["--home", home, "collect", str(export)]).exit_code == 0
    assert "Por enviar: 1" in runner.invoke(app, ["--home", home, "--lang", "es", "status"]).output


def test_status_lists_the_interviews_that_need_the_enumerator_in_words(tmp_path):
    from client.outbox import NewInterview, Outbox
    from client.push import build_batch
    from client.receipts import Receipt

    ids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(3)]
    box = Outbox(tmp_path / "outbox.sqlite")
    for i in ids:
        box.record(NewInterview(i, "ngo", 1, {}), now="2026-11-20T18:00:00+00:00")
    batch = build_batch(box.pending(10), device_time="2026-11-20T18:00:00+00:00")
    box.begin_batch(batch, now="2026-11-20T18:00:00+00:00")
    receipts = [
        Receipt(ids[0], "created", "ok", rev="1-a"),
        Receipt(ids[1], "quarantined", "form.closed"),
        Receipt(ids[2], "conflict", "sync.conflict", rev="2-b"),
    ]
    box.settle_batch(batch.batch_id, receipts, now="2026-11-20T18:00:00+00:00")
    box.close()
    shown = runner.invoke(app, ["--home", str(tmp_path), "--lang", "en", "status"]).output
    assert "Need your attention (2):" in shown
    assert f"{ids[1]}  held for review: the form is closed" in shown
    assert (
        f"{ids[2]}  in conflict: another tablet changed the same answers; your supervisor will choose"
        in shown
    )
    assert ids[0] not in shown
    assert "form.closed" not in shown
