"""Command-line options: everything the first-run dialog asks can be given here too."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vardmote_desktop.config.paths import user_paths

# Subcommands run without the GUI (vardmote_desktop/commands.py); "export" writes CSV or PDF,
# "migrate" upgrades the log's schema (or prints the SQL) for the region's DBA; "purge" runs
# the retention purge now (IT, and the window's own backlog purge: purge_command.py).
SUBCOMMANDS = ("export", "migrate", "store-credential", "purge")


class _VersionAction(argparse.Action):
    """--version: the release from the package metadata, read only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "skriv ut versionen och avsluta")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any, **__: Any) -> None:
        from vardmote_desktop.about import package_version

        print(f"{parser.prog} {package_version()}")  # stdout, as argparse's own version action
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vardmote-desktop",
        description="Vårdmöte: säkra videomöten mellan region och kommun.",
        epilog="Export utan fönster: vardmote-desktop export --format csv|pdf --from DATUM "
        "--to DATUM --out FIL (se vardmote-desktop export --help). Uppgradera databasen: "
        "vardmote-desktop migrate [--sql] (se vardmote-desktop migrate --help). Rensa möten "
        "äldre än bevarandetiden nu: vardmote-desktop purge [--database URL]. Skriv "
        "förinställningar: vardmote-desktop site-defaults --out FIL --profile ... (som MSI:n). "
        "Slutkoder: 0 klart; 1 databasen kunde inte öppnas, är från en nyare version eller "
        "uppgraderas av en annan dator, eller ett oväntat fel; 2 fel i flaggorna eller i "
        "förinställningarna, eller --check utan profil och enhet. "
        f"Loggfil (även för --check): {user_paths().log_dir / 'vardmote.log'}",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--profile", help="regionprofil: kalmar eller region_pexip")
    parser.add_argument("--unit", help="enhetens namn, t.ex. 'HC Torsås'")
    parser.add_argument(
        "--database", help="databasens adress, t.ex. postgresql+psycopg://... (standard: SQLite)"
    )
    parser.add_argument(
        "--user", dest="user_name", help="visningsnamn (inloggning och dator läggs alltid till)"
    )
    parser.add_argument("--platform", choices=["manual", "cms", "pexip"], help="videoplattform")
    parser.add_argument("--server", dest="server_url", help="videoplattformens adress (CMS/Pexip)")
    parser.add_argument("--server-user", dest="server_user", help="API-kontots användarnamn")
    parser.add_argument("--ca-bundle", dest="ca_bundle", help="regionens CA-certifikat (PEM)")
    # No argparse choices: an unknown language means the OS's, as in a settings file.
    parser.add_argument("--language", help="språk: sv (svenska) eller en (English)")
    parser.add_argument("--site-defaults", help="fil med regionens förinställningar (JSON)")
    parser.add_argument(
        "--print-settings", action="store_true", help="skriv ut inställningarna och avsluta"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="kontrollera installationen: öppna och uppdatera databasen, skriv resultatet",
    )
    return parser


SETTING_OPTIONS = (
    "profile",
    "unit",
    "database",
    "user_name",
    "platform",
    "server_url",
    "server_user",
    "ca_bundle",
    "language",
)


def parse_options(argv: list[str] | None = None) -> argparse.Namespace:
    """The options (sys.argv's when argv is None); plain ones without building the parser.

    A start from the desktop icon has no options, and building the parser costs 1–2 ms
    before the first paint (argparse's formatters and gettext lookups, 7 M instructions): with
    none, or only `--flag value` pairs and switches the parser would take as they are
    (`plain_options`), the result is made directly. Anything else goes to the parser, which
    also gives the errors and --help.
    """
    given = sys.argv[1:] if argv is None else argv
    plain = plain_options(given)
    if plain is not None:
        return argparse.Namespace(**{**NO_OPTIONS, **plain})
    return build_parser().parse_args(given)


# What build_parser().parse_args([]) gives (tests/test_startup.py holds them equal).
NO_OPTIONS: dict[str, Any] = {
    **dict.fromkeys(SETTING_OPTIONS),
    "site_defaults": None,
    "print_settings": False,
    "check": False,
}


# build_parser's options, as typed in full, that take a value: the value's destination, and
# the values allowed (None: any). tests/test_startup.py holds these to the parser's own.
VALUE_OPTIONS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "--profile": ("profile", None),
    "--unit": ("unit", None),
    "--database": ("database", None),
    "--user": ("user_name", None),
    "--platform": ("platform", ("manual", "cms", "pexip")),
    "--server": ("server_url", None),
    "--server-user": ("server_user", None),
    "--ca-bundle": ("ca_bundle", None),
    "--language": ("language", None),
    "--site-defaults": ("site_defaults", None),
}
SWITCHES = {"--print-settings": "print_settings", "--check": "check"}


def plain_options(args: list[str]) -> dict[str, Any] | None:
    """The options when each is a whole flag and the parser could read them no other way.

    None for anything else: an abbreviation, `--flag=value`, a value starting with "-" (the
    parser may read it as an option), a value outside the allowed ones, a stray argument,
    --help or --version. The parser then decides, so the result is always the parser's.
    """
    found: dict[str, Any] = {}
    position = 0
    while position < len(args):
        arg = args[position]
        if arg in SWITCHES:
            found[SWITCHES[arg]] = True
            position += 1
            continue
        option = VALUE_OPTIONS.get(arg)
        if option is None or position + 1 == len(args):
            return None
        value = args[position + 1]
        dest, allowed = option
        if value.startswith("-") or (allowed is not None and value not in allowed):
            return None
        found[dest] = value  # a repeated option: the last one, as the parser
        position += 2
    return found


def setting_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The options that override settings, leaving out those not given."""
    return {k: getattr(args, k) for k in SETTING_OPTIONS if getattr(args, k) is not None}


# The option that sets each setting, as the user typed it (for messages).
OPTION_FLAGS = {
    "profile": "--profile",
    "unit": "--unit",
    "database": "--database",
    "user_name": "--user",
    "platform": "--platform",
    "server_url": "--server",
    "server_user": "--server-user",
    "ca_bundle": "--ca-bundle",
    "language": "--language",
}

# The environment variable that sets a setting, where there is one.
ENV_NAMES = {"database": "VARDMOTE_DATABASE"}


def lock_warning(key: str, source: str, site_file: str) -> str:
    """One stderr line: an option or variable was not used because the site locks its key.

    source is "option" or "env" (config/settings.RefusedOverride).
    """
    given = ENV_NAMES.get(key, key) if source == "env" else OPTION_FLAGS.get(key, key)
    return f"vardmote-desktop: {key} är låst av regionens IT ({site_file}); {given} används inte"


def qt_arguments(program: str) -> list[str]:
    """What Qt's own parser gets: the program's name only.

    Qt reads options such as --platform, -style and -reverse from the list it is given, and
    some of ours share its names (--platform manual would make Qt look for a "manual"
    platform plugin and abort). Our options are parsed by build_parser alone; Qt is set up by
    its environment (QT_QPA_PLATFORM and friends) instead.
    """
    return [program]
