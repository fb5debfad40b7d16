"""The OpenAPI document describes the errors, the tus headers and the push answer as served."""

from __future__ import annotations

import uuid
from typing import Any

import jsonschema_rs
import pytest
from fastapi import FastAPI

from accounts.models import Role
from api.app import create_app
from api.guards import MAX_DB_INT
from api.openapi import (
    ROUTE_CODES,
    TUS_REQUIRED,
    install_openapi,
    problem_responses,
    status_of,
)
from api.routes.sync import PushReceipt
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    push_body,
    push_item,
)
from tests.unit.forms.submissions import household_answers

METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return create_app().openapi()


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", item[method])
        for path, item in spec["paths"].items()
        for method in METHODS
        if method in item
    ]


def test_every_error_answer_is_a_problem(spec):
    for key, operation in _operations(spec):
        for status, response in operation["responses"].items():
            if int(status) < 400 or key.startswith("HEAD "):
                continue
            content = response.get("content", {})
            assert list(content) == ["application/problem+json"], (key, status)
            schema = content["application/problem+json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Problem"}, (key, status)
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_every_json_success_answer_has_a_schema(spec):
    for key, operation in _operations(spec):
        for status, response in operation["responses"].items():
            if not status.startswith("2"):
                continue
            for media, body in (response.get("content") or {}).items():
                if media.endswith("json"):
                    assert body.get("schema"), (key, status, media)


def test_routes_declare_the_problems_their_shape_implies(spec):
    for key, operation in _operations(spec):
        statuses = set(operation["responses"])
        if operation.get("security"):
            assert {"401", "403"} <= statuses or key == "POST /api/v1/auth/logout", key
        if "{" in key:
            assert "404" in statuses, key
        if operation.get("parameters") or "requestBody" in operation:
            assert "422" in statuses, key
        if key.split()[0] in ("POST", "PUT", "PATCH"):
            assert {"413", "415"} <= statuses, key


@pytest.mark.parametrize(
    ("key", "status"),
    [
        ("POST /api/v1/auth/login", "401"),
        ("POST /api/v1/studies", "409"),
        ("POST /api/v1/studies/{slug}/forms/{form_id}/publish", "409"),
        ("POST /api/v1/sync/push", "409"),
        ("POST /api/v1/sync/push", "413"),
        ("PATCH /api/v1/attachments/{upload_id}", "412"),
        ("PATCH /api/v1/attachments/{upload_id}", "423"),
        ("PATCH /api/v1/attachments/{upload_id}", "460"),
        ("GET /api/v1/studies/{slug}/attachments/{sha256}", "410"),
        ("GET /api/v1/forms", "304"),
        ("GET /readyz", "503"),
    ],
)
def test_documented_errors_are_in_the_openapi(spec, key, status):
    method, path = key.split(" ", 1)
    assert status in spec["paths"][path][method.lower()]["responses"]


def test_every_listed_route_exists_and_every_code_has_a_status(spec):
    keys = {key for key, _ in _operations(spec)}
    assert sorted(set(ROUTE_CODES) - keys) == []
    for codes in ROUTE_CODES.values():
        for code in codes:
            assert 300 <= status_of(code) < 600, code


def test_every_integer_parameter_fits_a_column(spec):
    for key, operation in _operations(spec):
        for parameter in operation.get("parameters", []):
            schema = parameter["schema"]
            for option in [schema, *schema.get("anyOf", [])]:
                if option.get("type") == "integer" and parameter["in"] in ("path", "query"):
                    assert option["maximum"] <= MAX_DB_INT, (key, parameter["name"])


def test_tus_headers_the_protocol_requires_are_required(spec):
    for key, required in TUS_REQUIRED.items():
        method, path = key.split(" ", 1)
        operation = spec["paths"][path][method.lower()]
        declared = {
            p["name"].lower()
            for p in operation["parameters"]
            if p["in"] == "header" and p["required"]
        }
        assert set(required) - {"content-type"} <= declared, key
    patch = spec["paths"]["/api/v1/attachments/{upload_id}"]["patch"]
    assert list(patch["requestBody"]["content"]) == ["application/offset+octet-stream"]
    assert patch["requestBody"]["required"] is True


def _validator(spec: dict[str, Any], name: str) -> jsonschema_rs.Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return jsonschema_rs.Draft202012Validator(schema)


async def test_a_real_problem_matches_the_problem_schema(client, spec):
    response = await client.post("/api/v1/auth/login", json={"username": 3})
    assert response.status_code == 422
    _validator(spec, "Problem").validate(response.json())


async def test_push_answers_match_the_documented_receipts(client, session, spec):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator)
    make_published_form(session, study, "household", enumerator)
    _, token = make_device(session, study, enumerator)
    session.commit()
    items = [
        push_item("household", household_answers()),  # created
        push_item("household", {"nonsense": True}),  # quarantined: answers invalid
        push_item("no-such-form", {}),  # quarantined: unknown form
        {**push_item("household", {}), "instance_id": "not-a-uuid", "form_version": "x"},
    ]
    response = await client.post("/api/v1/sync/push", json=push_body(*items), headers=auth(token))
    assert response.status_code == 200, response.text
    answer = response.json()
    _validator(spec, "PushAnswer").validate(answer)
    declared = set(PushReceipt.model_fields)
    for receipt in answer["results"]:
        assert set(receipt) <= declared, "a receipt member the OpenAPI does not describe"
    assert {r["outcome"] for r in answer["results"]} >= {"created", "quarantined"}
    assert len(answer["results"]) == len(items)
    assert uuid.UUID(answer["batch_id"])


def test_each_status_lists_codes_that_answer_with_it(spec):
    for key, operation in _operations(spec):
        for status, response in operation["responses"].items():
            for code in response.get("x-problem-codes", []):
                assert status_of(code) == int(status), (key, status, code)


def test_a_route_can_declare_its_own_problems():
    app = FastAPI()

    @app.post("/things/{thing_id}", responses=problem_responses("form.wrong_state"))
    def close_thing(thing_id: int) -> None:
        """A route outside ROUTE_CODES."""

    install_openapi(app)
    responses = app.openapi()["paths"]["/things/{thing_id}"]["post"]["responses"]
    assert responses["409"]["x-problem-codes"] == ["form.wrong_state"]
    assert set(responses) >= {"404", "409", "413", "415", "422"}
