"""How the log's text search reads SQLite's FTS5 trigram index without sorting every match.

Three cases, chosen per search from bounded look-ups (each stops early):
- the needle has *rare trigrams* (digits of a call ID, a rare name): the meetings holding its
  rarest trigrams come from the index as a short id list, and a substring test on those few
  rows removes the ones where the trigrams are not next to each other;
- every trigram is common but the whole needle is not: the phrase query's ids, as a list;
- the needle itself is common (a municipality in a third of all meetings): no id list at all;
  the sort index is walked and each row's search text tested, which fills a page quickly.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, select, table
from sqlalchemy.orm import Session

from vardmote_desktop.store.models import Meeting, MeetingSummary

# A trigram in fewer meetings than this counts as rare; its count stops here (a few ms at most).
RARE_TRIGRAM = 50_000
# Counting every trigram of a long needle would cost more than it saves: the likeliest rare ones
# (digits first, then letters outside a–z) are counted, this many at most.
_COUNTED = 6
# Up to this many matching meetings go to the query as an id list.
COMMON_NEEDLE_MATCHES = 2000
_RAREST = 3  # intersecting the three rarest trigrams already leaves few candidates

# The FTS5 table's hidden column has the table's own name: "meeting_search MATCH ?".
_SEARCH = table("meeting_search", column("rowid"), column("meeting_search"))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _matching(expression: str) -> Select[Any]:
    return select(_SEARCH.c.rowid).where(_SEARCH.c.meeting_search.op("MATCH")(expression))


def _likely_common(trigram: str) -> tuple[int, int]:
    """Sort key: trigrams with digits, then with å, ä, ö or punctuation, are usually rarer."""
    digits = sum(ch.isdigit() for ch in trigram)
    unusual = sum(not (ch.isascii() and (ch.isalpha() or ch == " ")) for ch in trigram)
    return (-digits, -unusual)


def fts_condition(
    session: Session,
    needle: str,
    *,
    counting: bool = False,
    common_matches: int = COMMON_NEEDLE_MATCHES,
    rare_trigram: int = RARE_TRIGRAM,
) -> ColumnElement[bool]:
    """The WHERE condition for a needle of three or more characters (already lower-cased)."""
    contains = MeetingSummary.search_text.contains(needle, autoescape=True)
    if counting:  # every match is needed anyway: one pass over the phrase's index entries
        return Meeting.id.in_(_matching(_quoted(needle)).scalar_subquery())
    trigrams = sorted({needle[i : i + 3] for i in range(len(needle) - 2)}, key=_likely_common)
    frequency: list[tuple[int, str]] = []
    capped = 0
    for trigram in trigrams[:_COUNTED]:
        bounded = _matching(_quoted(trigram)).limit(rare_trigram).subquery()
        count = session.scalar(select(func.count()).select_from(bounded)) or 0
        if count < rare_trigram:
            frequency.append((count, trigram))
        else:
            capped += 1
        if len(frequency) == _RAREST or capped == 2:
            break  # enough to intersect, or even its likeliest-rare pieces are everywhere
    if frequency:
        rarest = " AND ".join(_quoted(t) for _, t in sorted(frequency)[:_RAREST])
        candidates = list(session.scalars(_matching(rarest).limit(common_matches)))
        if len(candidates) < common_matches:
            return Meeting.id.in_(candidates) & contains
    ids = list(session.scalars(_matching(_quoted(needle)).limit(common_matches)))
    if len(ids) < common_matches:
        return Meeting.id.in_(ids)
    return contains
