"""Use cases the UI calls: each owns its transaction and records who did what, when."""
