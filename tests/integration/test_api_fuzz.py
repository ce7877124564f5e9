"""A bounded schemathesis run over the API's OpenAPI schema against the real app (issue 18, item 4): no
request, however odd (an id past PostgreSQL's integer, a negative limit, a NUL or a lone surrogate in a
JSON body, a quantity of 1e400), is answered with a server error. On SQLite, and on PostgreSQL, which
refuses more than SQLite does.

Bounded so that it stays a few seconds per database: a fixed number of examples per operation and
generation mode (valid inputs, then invalid ones), drawn the same way on every run (derandomized), so a
failure is the same failure when run again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.support.messages import demo_eml
from tests.support.service import Service

pytestmark = pytest.mark.slow  # about 15 s per database

EXAMPLES = 25  # per operation and generation mode


@schemathesis.serializer("message/rfc822")
def _rfc822(ctx: Any, value: Any) -> bytes:
    """POST /api/messages takes the raw message as its body: whatever was generated, sent as bytes."""
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8", "surrogatepass")


@pytest.fixture
def api(service: Service) -> Iterator[tuple[Service, OpenApiSchema]]:
    """The app with the demo's master data and two orders (one shipped, one in review), so that ids the
    run draws sometimes name real rows, and its OpenAPI schema as the app serves it."""
    service.post_eml(demo_eml("01"))
    service.post_eml(demo_eml("02"))
    service.drain()
    yield service, schemathesis.openapi.from_asgi("/openapi.json", service.app)


def test_no_request_is_a_server_error(api: tuple[Service, OpenApiSchema]):
    service, schema = api
    auth = {"Authorization": f"Bearer {service.token}"}
    errors: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15  # the whole API, not an empty schema
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                      phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def call(case: schemathesis.Case) -> None:
                try:
                    status = case.call(headers=auth).status_code
                except Exception as exc:  # the in-process app raised: what a server answers with a 500
                    status, why = 500, f"{type(exc).__name__}: {exc}"
                else:
                    why = ""
                if status >= 500:
                    errors.append(f"{case.operation.label}: {status} {why[:300]}\n  {case.as_curl_command()}")

            try:
                call()
            except Exception as exc:  # Unsatisfiable: an operation with nothing to vary (GET /healthz)
                if type(exc).__name__ != "Unsatisfiable":
                    raise
    assert not errors, f"{len(errors)} server error(s):\n" + "\n".join(errors[:20])
