"""Builds the ward-PC MSI with wixl (msitools) from a PyInstaller folder, or from a stand-in.

    python installer/windows/build_msi.py --payload dist/vardmote-desktop --out dist/Vardmote.msi
    python installer/windows/build_msi.py --stand-in --out build/Vardmote-stand-in.msi

The version is the package's (importlib.metadata), made numeric for Windows Installer. The real
payload is the Windows PyInstaller folder, which only a Windows machine can build; on Linux and
in CI `--stand-in` makes a folder of the same shape (vardmote-desktop.exe and _internal/ with
the package's resources) so that the WiX source, its tables and properties are built and
checked on every change (tests/test_packaging_msi.py). A stand-in MSI is not for installing.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WXS = HERE / "vardmote.wxs"
ASSETS = ROOT / "installer" / "assets"
EXECUTABLE = "vardmote-desktop.exe"
CONSOLE_EXECUTABLE = "vardmote-desktop-console.exe"

# `vardmote-desktop site-defaults` option → the MSI's public property (vardmote.wxs passes each
# property to its option; tests/test_packaging_msi.py checks both lists stay in step).
SITE_PROPERTIES = {
    "base": "SITEDEFAULTS",
    "profile": "PROFILE",
    "unit": "UNIT",
    "database": "DATABASE",
    "user_name": "DISPLAYNAME",
    "platform": "PLATFORM",
    "server": "SERVER",
    "server_user": "SERVERUSER",
    "ca_bundle": "CABUNDLE",
    "video_domain": "VIDEODOMAIN",
    "web_base": "WEBBASE",
    "warning_hours": "WARNINGHOURS",
    "retention_months": "RETENTIONMONTHS",
    "delete_after_minutes": "DELETEAFTERMINUTES",
    "close_door_after_hours": "CLOSEDOORAFTERHOURS",
    "language": "LANGUAGE",
    "log_encryption": "LOGENCRYPTION",
    "keyring_scope": "KEYRINGSCOPE",
    "locked": "LOCKED",
}


def msi_version(version: str) -> str:
    """'1.2.3rc1' → '1.2.3': Windows Installer compares three numbers (255.255.65535)."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"not a release number: {version!r}")
    major, minor, build = (int(part or 0) for part in match.groups())
    if major > 255 or minor > 255 or build > 65535:
        raise ValueError(f"{version!r} is beyond what Windows Installer can compare")
    return f"{major}.{minor}.{build}"


def package_version() -> str:
    return importlib.metadata.version("vardmote-desktop")


def make_stand_in(folder: Path) -> Path:
    """A folder shaped like the Windows PyInstaller build; its .exe is a placeholder text."""
    (folder / "_internal").mkdir(parents=True)
    (folder / EXECUTABLE).write_text(
        "Stand-in for the Windows PyInstaller build: this MSI is for checking, not installing.\n",
        encoding="utf-8",
    )
    # The console twin for --check/--version in a terminal (installer/vardmote-desktop.spec).
    (folder / CONSOLE_EXECUTABLE).write_text("Stand-in, as above.\n", encoding="utf-8")
    package = ROOT / "vardmote_desktop"
    shutil.copytree(package / "resources", folder / "_internal" / "vardmote_desktop" / "resources")
    shutil.copytree(
        package / "store" / "migrations",
        folder / "_internal" / "vardmote_desktop" / "store" / "migrations",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return folder


def _run(command: list[str], cwd: Path, stdin: str | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def build(payload: Path, out: Path, version: str) -> Path:
    """heat (every file but the .exe, which vardmote.wxs names), wixl, then the secure list."""
    if not (payload / EXECUTABLE).is_file():
        raise SystemExit(f"{payload} has no {EXECUTABLE}: build the Windows folder first")
    for tool in ("wixl", "wixl-heat", "msibuild"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install wixl msitools")
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vardmote-msi-") as temporary:
        work = Path(temporary)
        # wixl reads sources by relative path only: link both folders into its working folder.
        (work / "payload").symlink_to(payload.resolve(), target_is_directory=True)
        (work / "assets").symlink_to(ASSETS, target_is_directory=True)
        files = sorted(
            "payload/" + path.relative_to(payload).as_posix()
            for path in payload.rglob("*")
            if path.is_file() and path.relative_to(payload).as_posix() != EXECUTABLE
        )
        heat = [
            *("wixl-heat", "-p", "payload/", "--component-group", "AppFiles"),
            *("--var", "var.Payload", "--directory-ref", "INSTALLDIR", "--win64"),
        ]
        (work / "files.wxs").write_text(_run(heat, work, "\n".join(files) + "\n"))
        _run(
            [
                *("wixl", "-a", "x64", "-D", f"Version={version}", "-D", "Payload=payload"),
                *("-D", "Assets=assets", "-D", "Win64=yes", "-o", str(out)),
                *(str(WXS), "files.wxs"),
            ],
            work,
        )
    # wixl writes SecureCustomProperties itself (the upgrade properties) and has no Secure
    # attribute: add the site properties, so a managed install passes them to the deferred
    # action that writes the site defaults file.
    secure = ";".join(["WIX_DOWNGRADE_DETECTED", "WIX_UPGRADE_DETECTED", *SITE_PROPERTIES.values()])
    query = (
        f"UPDATE `Property` SET `Value` = '{secure}' WHERE `Property` = 'SecureCustomProperties'"
    )
    _run(["msibuild", str(out), "-q", query], out.parent)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--payload", type=Path, help="the Windows PyInstaller folder")
    source.add_argument("--stand-in", action="store_true", help="build from a stand-in folder")
    parser.add_argument("--out", type=Path, required=True, help="the .msi to write")
    parser.add_argument("--version", help="default: the installed package's version")
    args = parser.parse_args(argv)
    version = msi_version(args.version or package_version())
    if args.stand_in:
        with tempfile.TemporaryDirectory(prefix="vardmote-stand-in-") as temporary:
            built = build(make_stand_in(Path(temporary) / "vardmote-desktop"), args.out, version)
    else:
        built = build(args.payload, args.out, version)
    print(f"built {built} (version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
