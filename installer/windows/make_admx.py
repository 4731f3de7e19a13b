"""Group Policy templates (ADMX/ADML) for Vårdmöte's policy keys, for GPO and Intune.

`python installer/windows/make_admx.py --out DIR` writes DIR/Vardmote.admx with DIR/en-US and
DIR/sv-SE/Vardmote.adml. Copied into the domain's central store (or imported into Intune as
an ADMX), every setting of config/settings.py appears under *Vårdmöte* for the computer and
the user, writing the value config/policy.py reads from `Software\\Policies\\Vardmote`.
The settings come from the Settings dataclass itself, so a new setting gets a policy with
no change here (with its key as the label until one is written below).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

# Run with the project's venv (`.venv/bin/python`): the settings' own fields and profiles.
from vardmote_desktop.config.policy import POLICY_KEY
from vardmote_desktop.config.profiles import load_profiles
from vardmote_desktop.config.settings import Settings

NAMESPACE = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
# Choices a text setting is limited to (a drop-down in the editor).
CHOICES = {
    "profile": tuple(sorted(load_profiles())),  # the site profiles this release ships
    "platform": ("manual", "cms", "pexip"),
    "language": ("sv", "en"),
}
# key → (English label, Swedish label)
LABELS = {
    "profile": ("Site profile", "Regionprofil"),
    "unit": ("Unit name (prefix of room names)", "Enhetens namn (början på rumsnamnen)"),
    "database": ("Database (SQLAlchemy URL)", "Databas (SQLAlchemy-adress)"),
    "user_name": ("Display name in the history", "Visningsnamn i historiken"),
    "platform": ("Video platform", "Videoplattform"),
    "server_url": ("Video platform server address", "Videoplattformens serveradress"),
    "server_user": ("Video platform API account", "Videoplattformens API-konto"),
    "ca_bundle": ("CA bundle (PEM) as the only trust", "CA-certifikat (PEM) som enda tillit"),
    "video_domain": ("Domain of video addresses", "Domän för videoadresser"),
    "web_base": ("Base of join links", "Början på anslutningslänkar"),
    "unconfirmed_warning_hours": (
        "Hours before an unconfirmed recipient is flagged",
        "Timmar innan en obekräftad mottagare markeras",
    ),
    "retention_months": ("Months before meetings are purged", "Månader innan möten gallras"),
    "language": ("Language of the window", "Fönstrets språk"),
    "locked": (
        "Also lock these keys at the site file's value (comma-separated)",
        "Lås också dessa nycklar till förinställningsfilens värde (kommaseparerade)",
    ),
}
HELP = (
    "Set by policy, this setting is locked: neither the user's settings, the environment nor "
    "a command-line option changes it. Value {key} under HKLM or HKCU\\{path} "
    "(docs/deployment.md).",
    "Satt av policy är inställningen låst: varken användarens inställningar, miljön eller en "
    "flagga ändrar den. Värdet {key} under HKLM eller HKCU\\{path} (docs/deployment.md).",
)


def policy_keys() -> list[tuple[str, str]]:
    """(key, kind): "number", "choice" or "text"; `locked` last, as text."""
    keys = []
    for field in fields(Settings):
        if field.name == "locked":
            continue
        kind = "number" if str(field.type).startswith("int") else "text"
        keys.append((field.name, "choice" if field.name in CHOICES else kind))
    return [*keys, ("locked", "text")]


def admx() -> str:
    policies = []
    for key, kind in policy_keys():
        if kind == "number":
            element = f'<decimal id="{key}" valueName="{key}" minValue="0" maxValue="100000" />'
        elif kind == "choice":
            items = "".join(
                f'<item displayName="$(string.{key}_{value})"><value><string>{value}</string>'
                "</value></item>"
                for value in CHOICES[key]
            )
            element = f'<enum id="{key}" valueName="{key}" required="true">{items}</enum>'
        else:
            element = f'<text id="{key}" valueName="{key}" required="true" />'
        policies.append(
            f'    <policy name="{key}" class="Both" displayName="$(string.{key})" '
            f'explainText="$(string.{key}_help)" presentation="$(presentation.{key})" '
            f'key="{POLICY_KEY}">\n'
            '      <parentCategory ref="Vardmote" />\n'
            '      <supportedOn ref="SUPPORTED_Vardmote" />\n'
            f"      <elements>{element}</elements>\n"
            "    </policy>"
        )
    body = "\n".join(policies)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<policyDefinitions revision="1.0" schemaVersion="1.0" xmlns="{NAMESPACE}">
  <policyNamespaces>
    <target prefix="vardmote" namespace="Vardmote.Policies.Vardmote" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_Vardmote" displayName="$(string.SUPPORTED_Vardmote)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="Vardmote" displayName="$(string.Vardmote)" />
  </categories>
  <policies>
{body}
  </policies>
</policyDefinitions>
"""


def adml(language: int) -> str:
    """language 0: English (en-US), 1: Swedish (sv-SE)."""
    strings = {
        "Vardmote": "Vårdmöte",
        "SUPPORTED_Vardmote": ("Vårdmöte 0.1 or later", "Vårdmöte 0.1 eller senare")[language],
    }
    presentations = []
    for key, kind in policy_keys():
        label = LABELS.get(key, (key, key))[language]
        strings[key] = label
        strings[f"{key}_help"] = HELP[language].format(key=key, path=POLICY_KEY)
        for value in CHOICES.get(key, ()):
            strings[f"{key}_{value}"] = value
        control = {
            "number": f'<decimalTextBox refId="{key}">{escape(label)}</decimalTextBox>',
            "choice": f'<dropdownList refId="{key}">{escape(label)}</dropdownList>',
            "text": f'<textBox refId="{key}"><label>{escape(label)}</label></textBox>',
        }[kind]
        presentations.append(f'      <presentation id="{key}">{control}</presentation>')
    table = "\n".join(
        f"      <string id={quoteattr(name)}>{escape(text)}</string>"
        for name, text in strings.items()
    )
    shown = "\n".join(presentations)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<policyDefinitionResources revision="1.0" schemaVersion="1.0" xmlns="{NAMESPACE}">
  <displayName>Vårdmöte</displayName>
  <description>Vårdmöte</description>
  <resources>
    <stringTable>
{table}
    </stringTable>
    <presentationTable>
{shown}
    </presentationTable>
  </resources>
</policyDefinitionResources>
"""


def write(out: Path) -> list[Path]:
    written = [
        out / "Vardmote.admx",
        out / "en-US" / "Vardmote.adml",
        out / "sv-SE" / "Vardmote.adml",
    ]
    for path, text in zip(written, (admx(), adml(0), adml(1)), strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder (a PolicyDefinitions)")
    for path in write(parser.parse_args(argv).out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
