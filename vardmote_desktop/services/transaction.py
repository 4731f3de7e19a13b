"""One unit of work per use case: commit or roll back, and turn store failures into ours."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from vardmote_desktop.services.errors import DatabaseUnavailable, NotFound, database_fault
from vardmote_desktop.store.errors import NotFoundError


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits when the block ends normally and rolls back otherwise."""
    session = factory()
    try:
        yield session
        session.commit()
    except NotFoundError as exc:
        session.rollback()
        raise NotFound() from exc
    except IntegrityError:
        session.rollback()
        raise  # a broken invariant is a bug or a race the caller handles, not a lost server
    except OperationalError as exc:
        session.rollback()
        # The message can hold the database URL; the original stays chained for the log.
        raise (database_fault(exc) or DatabaseUnavailable()) from exc
    except (DatabaseError, UnicodeError) as exc:
        session.rollback()
        fault = database_fault(exc)  # corrupt pages, text it cannot store; else a bug
        if fault is None:
            raise
        raise fault from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
