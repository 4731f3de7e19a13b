"""The English catalogue: refresh it from the code, list what is untranslated, compile the .qm.

`make translations` runs this: pyside6-lupdate reads every string of vardmote_desktop/ui (the
`tr()`/`translate()` calls and the modules' `_t()` helpers) into vardmote_en.ts, then
pyside6-lrelease compiles vardmote_en.qm next to it, which the wheel, the bundles and `make run`
load as it is in the tree. Exit 1 when a string has no English yet, naming each one.
`--check` changes nothing: it fails when the code has a string the catalogue lacks, an entry is
unfinished, or the committed .qm is not what the .ts compiles to (tests/test_translations.py).
For a batch of new strings: `--missing-json new.json` writes them as {Swedish: ""}; fill in the
English and `--apply new.json` puts it into the catalogue and compiles.

A module's `_t(text)` helper is read by lupdate as `tr` (`-tr-function-alias tr+=_t`); lupdate
files such a bare call under the nameless context "", so the helpers translate in that context.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "vardmote_desktop" / "ui"
CATALOGUE = ROOT / "vardmote_desktop" / "resources" / "translations" / "vardmote_en.ts"

Key = tuple[str, str]  # (context, Swedish source)


def _tool(name: str) -> str:
    """pyside6-lupdate / -lrelease of the interpreter running this (the project's venv)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} saknas: installera PySide6-Essentials (make .venv/.installed)")
    return found


def source_files() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def extract(ts: Path) -> None:
    """Update `ts` from the code: new strings added unfinished, vanished ones dropped.

    No source locations: they would change the file on every edit of any UI module.
    """
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-tr-function-alias",
            "tr+=_t",
            *source_files(),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


def entries(ts: Path) -> dict[Key, str | None]:
    """Every message of the catalogue: its English, or None while unfinished."""
    found: dict[Key, str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
                and bool(translation.text)
            )
            found[(name, source)] = translation.text if done and translation is not None else None
    return found


def problems(ts: Path = CATALOGUE, *, qm_only: bool = False) -> list[str]:
    """What keeps the committed catalogue from being complete and current, one line each.

    qm_only: only whether the .qm is what the .ts compiles to (installer/build.sh).
    """
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        if not qm_only:
            fresh = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh)
            extract(fresh)
            committed, current = entries(ts), entries(fresh)
            added, gone = current.keys() - committed, committed.keys() - current
            lines += [f"ny text, saknas i katalogen: [{c}] {s!r}" for c, s in added]
            lines += [f"borttagen text kvar i katalogen: [{c}] {s!r}" for c, s in gone]
            lines += [f"oöversatt: [{c}] {s!r}" for (c, s), en in committed.items() if en is None]
        qm = ts.with_suffix(".qm")
        compiled = Path(tmp) / qm.name
        compile_qm(ts, compiled)
        if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
            lines.append(f"{qm.name} är inte kompilerad från {ts.name}")
    return sorted(lines)


def apply(ts: Path, english: dict[str, str]) -> int:
    """Fill unfinished entries from {Swedish source: English}; returns how many were filled.

    For a batch of new strings: `--missing-json FILE` writes them, a person fills in the
    English, `--apply FILE` puts it into the catalogue (then compile as usual).
    """
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        unfinished = translation is not None and translation.get("type") == "unfinished"
        if unfinished and translation is not None and english.get(source):
            translation.text = english[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="ändra inget; fel om inaktuell")
    parser.add_argument("--qm-only", action="store_true", help="med --check: bara .qm mot .ts")
    parser.add_argument("--missing-json", type=Path, help="skriv de oöversatta som JSON-mall")
    parser.add_argument("--apply", type=Path, help="fyll i engelska från JSON {svenska: engelska}")
    args = parser.parse_args(argv)
    if args.check:
        found = problems(qm_only=args.qm_only)
        for line in found:
            print(line)
        if found:
            print("kör `make translations` och översätt det som saknas", file=sys.stderr)
        return 1 if found else 0
    extract(CATALOGUE)
    if args.apply:
        english = json.loads(args.apply.read_text(encoding="utf-8"))
        print(f"{apply(CATALOGUE, english)} texter ifyllda från {args.apply}")
        extract(CATALOGUE)  # lupdate's own layout again
    compile_qm(CATALOGUE, CATALOGUE.with_suffix(".qm"))
    missing = [(c, s) for (c, s), en in entries(CATALOGUE).items() if en is None]
    if args.missing_json:
        template = dict.fromkeys(sorted({s for _, s in missing}), "")
        args.missing_json.write_text(
            json.dumps(template, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    for context, source in missing:
        print(f"oöversatt: [{context}] {source!r}")
    print(f"{CATALOGUE.name}: {len(entries(CATALOGUE))} texter, {len(missing)} oöversatta")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
