"""The frozen program's entry point: the same main() as `python -m vardmote_desktop`."""

import sys

from vardmote_desktop.__main__ import main

sys.exit(main())
