"""The Group Policy templates: every setting, well-formed, and what they write is what is read.

installer/windows/make_admx.py writes Vardmote.admx with English and Swedish ADML; a GPO
editor (or Intune's ADMX import) then writes registry values that config/policy.py reads.
"""

from __future__ import annotations

import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from vardmote_desktop.config.paths import AppPaths
from vardmote_desktop.config.policy import POLICY_KEY, read_policy
from vardmote_desktop.config.settings import Settings, load_settings
from vardmote_desktop.site_file import PLATFORMS

ROOT = Path(__file__).resolve().parents[1]
# A script in installer/, not a package: loaded from its file, sys.path left alone.
_spec = importlib.util.spec_from_file_location("make_admx", ROOT / "installer/windows/make_admx.py")
assert _spec is not None and _spec.loader is not None
make_admx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_admx)

NS = {"p": make_admx.NAMESPACE}


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.Element]:
    out = tmp_path_factory.mktemp("PolicyDefinitions")
    make_admx.write(out)
    return {
        name: ET.parse(out / name).getroot()
        for name in ("Vardmote.admx", "en-US/Vardmote.adml", "sv-SE/Vardmote.adml")
    }


def _policies(admx: ET.Element) -> dict[str, ET.Element]:
    return {p.attrib["name"]: p for p in admx.iterfind("p:policies/p:policy", NS)}


def _elements(policy: ET.Element) -> list[ET.Element]:
    return list(policy.iterfind("p:elements/*", NS))


def test_every_setting_has_a_policy_for_the_pc_and_the_user(
    templates: dict[str, ET.Element],
) -> None:
    policies = _policies(templates["Vardmote.admx"])
    wanted = {f.name for f in fields(Settings)}  # `locked` too: it locks site-file keys
    assert set(policies) == wanted
    for key, policy in policies.items():
        assert policy.attrib["key"] == POLICY_KEY and policy.attrib["class"] == "Both"
        (element,) = _elements(policy)
        assert element.attrib["valueName"] == key


def test_every_name_the_templates_use_is_defined_in_both_languages(
    templates: dict[str, ET.Element],
) -> None:
    text = ET.tostring(templates["Vardmote.admx"], encoding="unicode")
    strings = set(re.findall(r"\$\(string\.([^)]+)\)", text))
    shown = set(re.findall(r"\$\(presentation\.([^)]+)\)", text))
    element_ids = {
        e.attrib["id"]
        for policy in _policies(templates["Vardmote.admx"]).values()
        for e in _elements(policy)
    }
    for language in ("en-US/Vardmote.adml", "sv-SE/Vardmote.adml"):
        adml = templates[language]
        defined = {s.attrib["id"] for s in adml.iterfind(".//p:stringTable/p:string", NS)}
        assert strings <= defined, language
        presentations = adml.findall(".//p:presentationTable/p:presentation", NS)
        assert {p.attrib["id"] for p in presentations} == shown
        refs = {c.attrib["refId"] for p in presentations for c in p}
        assert refs == element_ids


def _written(policy: ET.Element, key: str) -> object:
    """The registry value the GPO editor writes for this policy, enabled with a sample."""
    (element,) = _elements(policy)
    tag = element.tag.split("}")[1]
    if tag == "decimal":
        return 42  # REG_DWORD
    if tag == "enum":
        return element.findall(".//p:string", NS)[-1].text  # REG_SZ of the last choice
    return {"locked": "database,unit"}.get(key, f"{key}-gpo")  # REG_SZ


def test_what_the_templates_write_is_what_the_program_reads(
    templates: dict[str, ET.Element], tmp_path: Path
) -> None:
    policies = _policies(templates["Vardmote.admx"])
    values = {key: _written(policy, key) for key, policy in policies.items()}
    site = tmp_path / "site-defaults.json"
    site.write_text(json.dumps({"database": "sqlite:///site.db"}), encoding="utf-8")
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs")
    policy = read_policy(lambda hive: values if hive == "HKLM" else {})
    settings = load_settings(paths, [site], {"unit": "Avd 12"}, {}, policy=policy)
    expected: dict[str, Any] = {k: v for k, v in values.items() if k != "locked"}
    assert {k: getattr(settings, k) for k in expected} == expected
    assert set(settings.locked) == {f.name for f in fields(Settings)} - {"locked"}


def test_choices_are_the_programs_own(templates: dict[str, ET.Element]) -> None:
    policies = _policies(templates["Vardmote.admx"])

    def choices(key: str) -> list[str | None]:
        return [s.text for s in policies[key].findall(".//p:string", NS)]

    assert choices("platform") == list(PLATFORMS)
    assert choices("language") == ["sv", "en"]
    assert "kalmar" in choices("profile") and "region_pexip" in choices("profile")
