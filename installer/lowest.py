"""The lowest versions pyproject.toml allows, as pip constraints, and a run of the app on them.

`python installer/lowest.py constraints` prints `name==lower-bound` for every dependency (and
the `postgresql` extra), so `pip install --constraint` installs exactly the oldest releases the
package claims to work with. `check VENV` builds that venv from nothing, installs this checkout
into it on those constraints, and runs `vardmote-desktop --check` and a start of the window
offscreen: a lower bound that is not true fails there (.ci/run runs it beside the tests).
`requirements` prints the dependencies as stated, which installer/build.sh installs on the
pinned installer/constraints.txt.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A requirement with a lower bound: name[extras] ... >=X.Y[.Z]
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(.*)$")


def lower_bounds(
    pyproject: Path = ROOT / "pyproject.toml", extras: tuple[str, ...] = ()
) -> dict[str, str]:
    """Dependency name → its `>=` bound; a dependency without one is an error (no floor)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    bounds: dict[str, str] = {}
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement.split(";")[0])
        assert match is not None, requirement
        name, spec = match.groups()
        floor = re.search(r">=\s*([0-9][0-9A-Za-z.]*)", spec)
        if floor is None:
            raise SystemExit(f"{requirement}: no lower bound (>=) to test")
        bounds[name.lower()] = floor.group(1)
    return bounds


def requirements(extras: tuple[str, ...] = ("postgresql",)) -> str:
    """The dependencies as pyproject.toml states them, one per line (for `pip install -r`)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return "".join(f"{line}\n" for line in lines)


def constraints(extras: tuple[str, ...] = ("postgresql",)) -> str:
    return "".join(f"{name}=={version}\n" for name, version in lower_bounds(extras=extras).items())


def check(target: Path) -> None:
    """A venv at `target` on the lowest versions; --check and a window start must pass."""
    venv.create(target, with_pip=True, clear=True)
    python = target / ("Scripts" if os.name == "nt" else "bin") / "python"
    with tempfile.TemporaryDirectory() as tmp:
        pins = Path(tmp) / "lowest.txt"
        pins.write_text(constraints(), encoding="utf-8")
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--constraint",
                str(pins),
                f"{ROOT}[postgresql]",
            ],
            check=True,
        )
        installed = subprocess.run(
            [str(python), "-m", "pip", "freeze"], check=True, capture_output=True, text=True
        ).stdout.lower()
        for name, version in lower_bounds(extras=("postgresql",)).items():
            wanted = f"{name.replace('_', '-')}=={version}"
            if wanted not in installed.replace("_", "-"):
                raise SystemExit(f"{wanted} was not installed:\n{installed}")
        home = Path(tmp) / "home"
        env = os.environ | {"VARDMOTE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        env["VARDMOTE_SITE_DEFAULTS"] = str(Path(tmp) / "none.json")
        unit = ["--profile", "kalmar", "--unit", "HC Torsås"]
        script = python.parent / "vardmote-desktop"
        subprocess.run([str(script), "--check", *unit], check=True, env=env, cwd=tmp)
        # The window itself, through main(), as tests/test_translations.py starts it (run as a
        # file, so the checkout is not on sys.path and the installed package is the one used).
        helper = ROOT / "tests" / "helpers" / "screenshot_start.py"
        shot = [str(Path(tmp) / "w.png"), str(Path(tmp) / "w.json")]
        subprocess.run([str(python), str(helper), *shot, "--", *unit], check=True, env=env, cwd=tmp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("constraints", help="print the lowest versions as pip constraints")
    commands.add_parser("requirements", help="print the dependencies (installer/build.sh)")
    run = commands.add_parser("check", help="install them into VENV and run the app")
    run.add_argument("venv", type=Path)
    args = parser.parse_args(argv)
    if args.command == "constraints":
        sys.stdout.write(constraints())
    elif args.command == "requirements":
        sys.stdout.write(requirements())
    else:
        check(args.venv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
