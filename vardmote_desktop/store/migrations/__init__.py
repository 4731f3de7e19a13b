"""Alembic migrations of the meeting log, shipped as package data."""
