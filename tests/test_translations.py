"""English: every string in the catalogue and translated, the .qm current, the window in English.

A string added to the UI without English fails here; `make translations` names what is missing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vardmote_desktop.config.paths import user_paths
from vardmote_desktop.config.settings import load_settings, refused_overrides
from vardmote_desktop.ui.launcher import choose_language

ROOT = Path(__file__).resolve().parents[1]
# A script in installer/, not a package: loaded from its file, sys.path left alone.
_spec = importlib.util.spec_from_file_location("translations", ROOT / "installer/translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


def test_the_catalogue_has_every_string_of_the_code_translated_and_compiled() -> None:
    # lupdate is run on the code into a copy: a new string, an untranslated one or a .qm not
    # compiled from the .ts is listed by name.
    assert translations.problems() == []


def test_the_catalogue_covers_the_helpers_that_translate_through_t() -> None:
    sources = {source for _, source in translations.entries(translations.CATALOGUE)}
    # One string from each module whose strings go through a _t() helper.
    assert {
        "Mötet finns inte längre. Listan uppdateras.",  # ui/errors.py
        "Fältet måste fyllas i.",  # ui/messages.py
        "Bekräftade / mottagare",  # ui/log/texts.py
        "måndag",  # ui/datetime_fields.py
        "Utskrivningsplanering i slutenvård",  # ui/texts.py
    } <= sources


def test_translations_keep_placeholders_and_one_shortcut() -> None:
    wrong = []
    for (context, source), english in translations.entries(translations.CATALOGUE).items():
        assert english is not None
        marks = sorted(re.findall(r"%(?:\d|n)", source))
        if marks != sorted(re.findall(r"%(?:\d|n)", english)):
            wrong.append(f"[{context}] {source!r}: placeholders {marks}")
        if ("&" in source.replace("&&", "")) != (english.replace("&&", "").count("&") == 1):
            wrong.append(f"[{context}] {source!r}: one & (shortcut) when the source has one")
    assert wrong == []


@pytest.mark.parametrize(
    ("setting", "os_languages", "chosen"),
    [
        ("en", ["sv-SE"], "en"),  # the setting wins over the OS
        ("sv", ["en-GB"], "sv"),
        (None, ["en-US", "sv-SE"], "en"),  # an English Windows
        (None, ["sv_SE"], "sv"),
        (None, ["de-DE", "fr-FR"], "sv"),  # neither: Swedish, the default
        (None, ["de-DE", "en-GB"], "en"),  # the first the app speaks
        ("fi", [], "sv"),  # a language the app does not have
    ],
)
def test_the_language_is_the_setting_or_the_os_language_else_swedish(
    setting: str | None, os_languages: list[str], chosen: str
) -> None:
    assert choose_language(setting, os_languages) == chosen


def test_a_locked_language_holds_against_the_user_file_and_the_command_line(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site-defaults.json"
    site.write_text(json.dumps({"language": "sv", "locked": ["language"]}), encoding="utf-8")
    paths = user_paths()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    settings = load_settings(paths, [site], {"language": "en"}, {})
    assert settings.language == "sv"
    assert [r.key for r in refused_overrides(settings.locked, {"language": "en"}, {})] == [
        "language"
    ]


def _start_and_grab(home: Path, png: Path, *argv: str) -> dict[str, list[str] | str]:
    """The real program in a process of its own, offscreen, saved to `png` once it is ready."""
    words = png.with_suffix(".json")
    env = os.environ | {"VARDMOTE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.screenshot_start", str(png), str(words), "--", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 5_000  # a window with text, not an empty grab
    shown: dict[str, list[str] | str] = json.loads(words.read_text(encoding="utf-8"))
    return shown


def _screenshot_dir(tmp_path: Path) -> Path:
    # CI or a person can keep the pictures to look at: VARDMOTE_SCREENSHOTS=folder.
    kept = os.environ.get("VARDMOTE_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_window_starts_in_english_or_swedish_as_set(tmp_path: Path) -> None:
    pictures = _screenshot_dir(tmp_path)
    unit = ("--profile", "kalmar", "--unit", "HC Torsås")
    english = _start_and_grab(tmp_path / "en", pictures / "main-en.png", *unit, "--language", "en")
    swedish = _start_and_grab(tmp_path / "sv", pictures / "main-sv.png", *unit, "--language", "sv")
    assert english["menus"] == ["&File", "&Meeting", "&View", "&Help"]
    assert swedish["menus"] == ["&Arkiv", "&Möte", "&Visa", "&Hjälp"]
    # The empty detail pane says how to begin (ui/empty_hint.py), in the language set.
    assert any("Choose a meeting in the list to see" in label for label in english["labels"])
    assert any("Välj ett möte i listan för att se" in label for label in swedish["labels"])


def test_the_first_run_dialog_speaks_the_language_of_the_site_file(tmp_path: Path) -> None:
    pictures = _screenshot_dir(tmp_path)
    site = tmp_path / "site-defaults.json"
    site.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    shown = _start_and_grab(
        tmp_path / "home", pictures / "first-run-en.png", "--site-defaults", str(site)
    )
    assert shown["title"] == "Welcome to Vårdmöte"
    assert "&Start" in shown["buttons"]


def test_new_strings_can_be_filled_in_from_a_json_file(tmp_path: Path) -> None:
    ts = tmp_path / "vardmote_en.ts"
    text = translations.CATALOGUE.read_text(encoding="utf-8")
    # As lupdate leaves a new string: unfinished, no English.
    text = text.replace(
        "<source>Fältet måste fyllas i.</source>\n        <translation>This field is required.",
        '<source>Fältet måste fyllas i.</source>\n        <translation type="unfinished">',
    )
    ts.write_text(text, encoding="utf-8")
    assert translations.entries(ts)[("", "Fältet måste fyllas i.")] is None
    filled = translations.apply(ts, {"Fältet måste fyllas i.": "Required.", "Okänd": "x"})
    assert filled == 1
    assert translations.entries(ts)[("", "Fältet måste fyllas i.")] == "Required."


def test_a_qm_not_compiled_from_its_ts_is_found(tmp_path: Path) -> None:
    ts = tmp_path / "vardmote_en.ts"
    text = translations.CATALOGUE.read_text(encoding="utf-8")
    ts.write_text(text.replace("This field is required.", "Required."), encoding="utf-8")
    qm = translations.CATALOGUE.with_suffix(".qm")
    ts.with_suffix(".qm").write_bytes(qm.read_bytes())  # the .qm of before the edit
    assert translations.problems(ts, qm_only=True) == [
        "vardmote_en.qm är inte kompilerad från vardmote_en.ts"
    ]
    translations.compile_qm(ts, ts.with_suffix(".qm"))
    assert translations.problems(ts, qm_only=True) == []


def test_every_translate_helper_looks_up_the_context_lupdate_files_it_under() -> None:
    # lupdate files a bare _t()/tr() call under the nameless context; a helper that translates
    # in a named one would show Swedish in the English window, with a complete catalogue.
    import ast

    offenders = []
    for path in sorted((ROOT / "vardmote_desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.FunctionDef) and node.name in ("_t", "tr")):
                continue
            if node.args.args and node.args.args[0].arg == "self":
                continue  # a method: lupdate files self.tr() under its class
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and not (isinstance(call.args[0], ast.Constant) and call.args[0].value == "")
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
