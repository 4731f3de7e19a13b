"""Builds the .deb for Debian/Ubuntu ward PCs from the PyInstaller folder, with dpkg-deb.

    installer/build.sh && python installer/linux/build_deb.py --bundle dist/vardmote-desktop

Layout: the folder in /opt/vardmote-desktop, `vardmote-desktop` on PATH (/usr/bin), the
desktop entry, icons (SVG and PNG) and AppStream metadata under /usr/share, and the site
defaults file /etc/vardmote-desktop/site-defaults.json as a conffile: empty at first, kept with
the region's edits across upgrades (see README, "Starting ready to use").

Compressed with zstd by default: about 5 s for the 240 MB folder on two cores, where xz and
dpkg-deb's gzip take minutes. dpkg reads zstd since 1.21.18 (Debian 12, Ubuntu 21.10); pass
`--compression gzip` for older systems.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ASSETS = ROOT / "installer" / "assets"
APP_ID = "se.vardmote.Desktop"
PACKAGE = "vardmote-desktop"
SITE_FILE = f"etc/{PACKAGE}/site-defaults.json"

# What the bundle does not carry: the system's GL/EGL, fonts, D-Bus and Qt's xcb plugin's libs.
DEPENDS = (
    "libc6, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, "
    "libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, "
    "libxcb-render-util0, libxcb-xkb1, libxcb-shape0"
)


def deb_version(version: str) -> str:
    """'1.2.0rc1' → '1.2.0~rc1': pre-releases sort before the release in Debian too."""
    return re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", version).replace("+", "+local.")


def metainfo(version: str, date: datetime.date) -> str:
    template = (HERE / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    return template.replace("@VERSION@", version).replace("@DATE@", date.isoformat())


def release_date() -> datetime.date:
    """SOURCE_DATE_EPOCH when set (reproducible builds), otherwise today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()
    return datetime.datetime.now(datetime.UTC).date()


def _place(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(bundle: Path, root: Path, version: str) -> None:
    """The package's file tree under `root`, DEBIAN/ included."""

    # Hard links when the bundle is on the same disk: the folder is about 160 MB.
    def link_or_copy(source: str, target: str) -> None:
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)

    shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True, copy_function=link_or_copy)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / PACKAGE).symlink_to(f"../../opt/{PACKAGE}/{PACKAGE}")
    share = root / "usr/share"
    _place(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _place(ASSETS / f"{PACKAGE}.svg", share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg")
    _place(ASSETS / f"{PACKAGE}.png", share / "icons/hicolor/256x256/apps" / f"{APP_ID}.png")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo(version, release_date()), encoding="utf-8"
    )
    doc = share / "doc" / PACKAGE
    _place(ROOT / "installer" / "site-defaults.example.json", doc / "site-defaults.example.json")
    (doc / "copyright").write_text(
        "Vårdmöte Desktop\nLicense: proprietary; see the region's agreement.\n", encoding="utf-8"
    )
    (root / SITE_FILE).parent.mkdir(parents=True)
    (root / SITE_FILE).write_text("{}\n", encoding="utf-8")

    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {deb_version(version)}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Vårdmöte <support@vardmote.region.example>\n"
        f"Installed-Size: {size_kib // 1024 + 1}\n"
        f"Depends: {DEPENDS}\n"
        "Section: net\n"
        "Priority: optional\n"
        "Homepage: https://vardmote.region.example\n"
        "Description: Secure video meetings between region and municipality\n"
        " Vårdmöte guides the coordinator through discharge planning, SIP, rounds, home\n"
        " visits and remote meetings, and makes sure each meeting room is removed after.\n",
        encoding="utf-8",
    )
    (control / "conffiles").write_text(f"/{SITE_FILE}\n", encoding="utf-8")


def build(bundle: Path, out_dir: Path, version: str, compression: str = "zstd") -> Path:
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"{bundle} has no {PACKAGE}: run installer/build.sh first")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is missing (package dpkg)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vardmote-deb-", dir=out_dir) as temporary:
        root = Path(temporary) / "root"
        stage(bundle, root, version)
        deb = out_dir / f"{PACKAGE}_{deb_version(version)}_{_arch(root)}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
            check=True,
            capture_output=True,
        )
    return deb


def _arch(root: Path) -> str:
    control = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    match = re.search(r"^Architecture: (\S+)$", control, re.MULTILINE)
    assert match is not None
    return match.group(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the .deb")
    parser.add_argument("--compression", default="zstd", choices=["zstd", "xz", "gzip", "none"])
    args = parser.parse_args(argv)
    version = importlib.metadata.version(PACKAGE)
    print(f"built {build(args.bundle, args.out, version, args.compression)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
