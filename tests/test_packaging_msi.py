"""The Windows MSI: built with wixl from a stand-in payload, its tables read back with msiinfo.

The real payload is the Windows PyInstaller folder, which cannot be built here; the stand-in has
its shape, so everything the WiX source decides (per machine, x64, icon, version, Add/Remove
Programs, site properties, ProgramData folder) is checked on every change.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.helpers.tools import tools_or_skip
from vardmote_desktop.site_file import build_parser
from vardmote_desktop.site_file import main as write_site_defaults

ROOT = Path(__file__).resolve().parents[1]
# A script in installer/, not a package: loaded from its file, sys.path left alone.
_spec = importlib.util.spec_from_file_location("build_msi", ROOT / "installer/windows/build_msi.py")
assert _spec is not None and _spec.loader is not None
build_msi = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_msi)

UPGRADE_CODE = "{6C0F3F2E-1B8E-4D52-9A57-3A8E0C7D2B11}"  # never changes: upgrades find it


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tools_or_skip("wixl", "wixl-heat", "msiinfo", "msibuild", package="wixl msitools")
    out = tmp_path_factory.mktemp("msi") / "Vardmote.msi"
    build_msi.main(["--stand-in", "--out", str(out)])
    return out


def msiinfo(*args: str, cwd: Path | None = None) -> str:
    # `export` writes a table's binary streams (the icon) into the working folder: keep them
    # out of the checkout.
    return subprocess.run(
        ["msiinfo", *args], check=True, capture_output=True, text=True, timeout=60, cwd=cwd
    ).stdout


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """A table as rows of column → value (msiinfo's IDT export: names, types, keys, rows)."""
    lines = msiinfo("export", str(msi), name, cwd=msi.parent).split("\n")
    columns = lines[0].rstrip("\r").split("\t")
    return [
        dict(zip(columns, line.rstrip("\r").split("\t"), strict=False))
        for line in lines[3:]
        if line.strip()
    ]


def properties(msi: Path) -> dict[str, str]:
    return {row["Property"]: row["Value"] for row in table(msi, "Property")}


def test_msi_versions_are_three_numbers() -> None:
    assert build_msi.msi_version("0.1.0") == "0.1.0"
    assert build_msi.msi_version("1.2") == "1.2.0"
    assert build_msi.msi_version("2.0.1rc1") == "2.0.1"
    assert build_msi.msi_version("1.4.0.post2") == "1.4.0"
    with pytest.raises(ValueError):
        build_msi.msi_version("300.0.0")


def test_the_msi_has_the_tables_of_a_real_install(msi: Path) -> None:
    tables = set(msiinfo("tables", str(msi)).split())
    for wanted in (
        "Property", "File", "Component", "Directory", "Feature", "FeatureComponents", "Media",
        "Icon", "Shortcut", "Registry", "CreateFolder", "CustomAction", "Upgrade",
        "InstallExecuteSequence", "LaunchCondition",
    ):  # fmt: skip
        assert wanted in tables


def test_per_machine_x64_with_the_package_version(msi: Path) -> None:
    summary = msiinfo("suminfo", str(msi))
    assert "Template: x64;" in summary
    props = properties(msi)
    version = importlib.metadata.version("vardmote-desktop")
    assert props["ProductVersion"] == build_msi.msi_version(version)
    assert f"Vårdmöte Desktop {version}" in summary
    assert props["ALLUSERS"] == "1"
    assert props["UpgradeCode"].upper() == UPGRADE_CODE
    assert props["ProductName"] == "Vårdmöte" and props["Manufacturer"] == "Vårdmöte"
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    components = table(msi, "Component")
    assert components and all(int(row["Attributes"]) & 256 for row in components)  # 64-bit


def test_add_remove_programs_shows_icon_links_and_contact(msi: Path) -> None:
    props = properties(msi)
    icons = {row["Name"] for row in table(msi, "Icon")}
    assert props["ARPPRODUCTICON"] in icons
    assert props["ARPHELPLINK"].startswith("https://")
    assert props["ARPURLINFOABOUT"].startswith("https://")
    assert props["ARPCONTACT"] and props["ARPCOMMENTS"]
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Target"] == "[#VardmoteExe]" and shortcut["Icon_"] in icons
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert {row["Condition"] for row in table(msi, "LaunchCondition")} == {
        "NOT WIX_DOWNGRADE_DETECTED"
    }


def test_every_payload_file_is_installed_once(msi: Path, tmp_path: Path) -> None:
    stand_in = build_msi.make_stand_in(tmp_path / "vardmote-desktop")
    payload = sorted(path.name for path in stand_in.rglob("*") if path.is_file())
    files = table(msi, "File")
    assert sorted(row["FileName"] for row in files) == payload
    by_id = {row["File"]: row for row in files}
    assert by_id["VardmoteExe"]["FileName"] == "vardmote-desktop.exe"
    # The console twin that prints --check/--version in a terminal is installed beside it.
    assert any(row["FileName"].endswith("vardmote-desktop-console.exe") for row in files)
    components = {row["Component"] for row in table(msi, "Component")}
    assert {row["Component_"] for row in files} <= components
    in_feature = {row["Component_"] for row in table(msi, "FeatureComponents")}
    assert components == in_feature


def test_the_programdata_folder_is_created(msi: Path) -> None:
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["SITEDIR"]["Directory_Parent"] == "CommonAppDataFolder"
    assert directories["SITEDIR"]["DefaultDir"] == "Vardmote"
    assert {"Directory_": "SITEDIR", "Component_": "SiteFolder"} in table(msi, "CreateFolder")


def test_every_site_default_has_a_secure_public_property(msi: Path) -> None:
    options = {
        action.dest
        for action in build_parser()._actions
        if action.option_strings and action.dest not in ("help", "out")
    }
    assert set(build_msi.SITE_PROPERTIES) == options  # no key of the file without a property
    (action,) = [row for row in table(msi, "CustomAction") if row["Action"] == "WriteSiteDefaults"]
    # 18: run an installed file; +1024 deferred; +2048 as LocalSystem (not impersonated).
    assert int(action["Type"]) == 18 + 1024 + 2048 and action["Source"] == "VardmoteExe"
    target = action["Target"]
    assert target.startswith('site-defaults --out "[SITEDIR]site-defaults.json" ')
    secure = set(properties(msi)["SecureCustomProperties"].split(";"))
    (step,) = [
        r for r in table(msi, "InstallExecuteSequence") if r["Action"] == "WriteSiteDefaults"
    ]
    for option, prop in build_msi.SITE_PROPERTIES.items():
        assert f'--{option.replace("_", "-")} "[{prop}]"' in target
        assert prop in secure and prop in step["Condition"]
    assert step["Condition"].endswith("AND NOT REMOVE")
    sequence = {r["Action"]: int(r["Sequence"]) for r in table(msi, "InstallExecuteSequence")}
    assert sequence["InstallFiles"] < sequence["WriteSiteDefaults"] < sequence["InstallFinalize"]


def test_the_custom_action_writes_the_site_defaults_file(msi: Path, tmp_path: Path) -> None:
    """The action's command line, formatted as Windows Installer would, run by the program."""
    (action,) = [row for row in table(msi, "CustomAction") if row["Action"] == "WriteSiteDefaults"]
    given = {"PROFILE": "kalmar", "UNIT": "HC Torsås", "PLATFORM": "cms", "LOCKED": "profile,unit"}
    given |= {"SERVER": "https://cms.region.example:8443", "RETENTIONMONTHS": "24"}
    given |= {"LANGUAGE": "en"}
    site_dir = tmp_path / "ProgramData" / "Vardmote"
    command = action["Target"].replace("[SITEDIR]", f"{site_dir}/")
    for prop in build_msi.SITE_PROPERTIES.values():
        command = command.replace(f"[{prop}]", given.get(prop, ""))
    argv = shlex.split(command)
    assert argv[0] == "site-defaults"
    assert write_site_defaults(argv[1:]) == 0
    written = json.loads((site_dir / "site-defaults.json").read_text(encoding="utf-8"))
    assert written == {
        "profile": "kalmar",
        "unit": "HC Torsås",
        "platform": "cms",
        "server_url": "https://cms.region.example:8443",
        "retention_months": 24,
        "language": "en",
        "locked": ["profile", "unit"],
    }


def test_site_defaults_keeps_a_given_file_and_refuses_bad_values(tmp_path: Path) -> None:
    base = tmp_path / "central.json"
    base.write_text('{"profile": "region_pexip", "database": "sqlite:///x"}', encoding="utf-8")
    out = tmp_path / "site" / "site-defaults.json"
    argv = ["--out", str(out), "--base", str(base), "--unit", "Avd 12", "--database", ""]
    assert write_site_defaults(argv) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "profile": "region_pexip",
        "database": "sqlite:///x",
        "unit": "Avd 12",
    }
    assert write_site_defaults(["--out", str(out), "--platform", "teams"]) == 2
    assert write_site_defaults(["--out", str(out), "--retention-months", "två"]) == 2
    assert write_site_defaults(["--out", str(out), "--language", "fi"]) == 2
    # A misspelt choice fails the install rather than leave a log unencrypted.
    assert write_site_defaults(["--out", str(out), "--log-encryption", "requierd"]) == 2
    assert write_site_defaults(["--out", str(out), "--keyring-scope", "pc"]) == 2
    assert write_site_defaults(["--out", str(out), "--base", str(tmp_path / "none.json")]) == 2
    assert json.loads(out.read_text(encoding="utf-8"))["unit"] == "Avd 12"  # left as it was
    argv = ["--out", str(out), "--log-encryption", "required", "--keyring-scope", "machine"]
    assert write_site_defaults(argv) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (written["log_encryption"], written["keyring_scope"]) == ("required", "machine")
