"""Reading Pexip Infinity JSON answers, including its field-keyed 400 error bodies."""

from __future__ import annotations

import json
from typing import Any

from vardmote_desktop.platforms.base import PlatformInvalidAnswer, PlatformRejected


def parse_json(body: bytes) -> dict[str, Any]:
    """A JSON object, or PlatformInvalidAnswer (5xx and proxy pages can be HTML)."""
    try:
        value = json.loads(body)
    except ValueError as exc:
        raise PlatformInvalidAnswer(f"unreadable JSON from the server: {exc}") from exc
    if not isinstance(value, dict):
        raise PlatformInvalidAnswer("expected a JSON object")
    return value


def _messages(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [m for item in value for m in _messages(item)]
    return []


def _field_errors(value: object, path: str) -> list[tuple[str, list[str]]]:
    """Flatten {"aliases": [{}, {"alias": ["…"]}]} to [("aliases.1.alias", ["…"])]."""
    if isinstance(value, dict):
        found: list[tuple[str, list[str]]] = []
        for key, inner in value.items():
            found += _field_errors(inner, f"{path}.{key}" if path else str(key))
        return found
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        found = []
        for index, inner in enumerate(value):
            found += _field_errors(inner, f"{path}.{index}")
        return found
    messages = _messages(value)
    return [(path, messages)] if messages else []


def error_from_400(body: bytes, where: str) -> PlatformRejected:
    """Map a 400 body to PlatformRejected with code duplicateName, duplicateAlias or invalidValue.

    Bodies are keyed by resource then field ({"conference": {"name": [...]}}), with cross-field
    errors under "__all__", or are just {"error": "…"}. The parameter is the dotted field path
    without the resource, e.g. "name" or "aliases.1.alias".
    """
    try:
        data = parse_json(body)
    except PlatformInvalidAnswer:
        return PlatformRejected(f"{where}: unreadable 400 body", code="invalidValue")
    if isinstance(data.get("error"), str):
        return PlatformRejected(
            f"{where}: {data['error']}", code="invalidValue", detail=data["error"]
        )
    errors: list[tuple[str, list[str]]] = []
    for resource_errors in data.values():
        errors += _field_errors(resource_errors, "")
    if not errors:
        return PlatformRejected(f"{where}: 400 without details", code="invalidValue")
    # A duplicate is what the callers act on, so it wins over any other error in the same body.
    for field, messages in errors:
        text = " ".join(messages)
        if "already exists" in text.lower():
            code = "duplicateName" if field == "name" else "duplicateAlias"
            if code == "duplicateAlias" and "alias" not in field:
                code = "invalidValue"
            return PlatformRejected(
                f"{where}: {field}: {text}", code=code, parameter=field, detail=text
            )
    field, messages = errors[0]
    text = " ".join(messages)
    return PlatformRejected(
        f"{where}: {field}: {text}", code="invalidValue", parameter=field, detail=text
    )
