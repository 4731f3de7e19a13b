"""Every table of the log in one metadata, for Alembic (env.py) and the schema tests.

The application's code imports the model modules it uses; only a comparison of the whole
schema needs them all, and this module is where that happens.
"""

from __future__ import annotations

import vardmote_desktop.store.attention
import vardmote_desktop.store.statistics_totals  # noqa: F401  (its tables, migration 0011)
from vardmote_desktop.store import contacts as contacts  # 0012: a unit's contacts
from vardmote_desktop.store import models, unit_models
from vardmote_desktop.store.base import Base

metadata = Base.metadata
MODEL_MODULES = (models, unit_models)  # imported for their tables, named so they stay used
