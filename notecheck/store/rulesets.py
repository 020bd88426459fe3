"""Rule book versions in the database: every rule file's source kept, publications, the active book."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from notecheck.records import RulebookInfo, RulesetInfo
from notecheck.store.models import Publication, Rulebook, RulebookMember, RulesetVersion, User
from notecheck.store.types import utcnow


@dataclass(frozen=True, slots=True)
class RulesetSource:
    """One rule file as the store keeps it: enough to restore and share it."""

    name: str
    version: str
    sha256: str
    filename: str
    source: str


@dataclass(frozen=True, slots=True)
class RulebookSource:
    sha256: str
    rulesets: tuple[RulesetSource, ...]

    @classmethod
    def of(cls, rulebook: Any) -> RulebookSource:
        """From a loaded `notecheck.rulebook.Rulebook`."""
        return cls(rulebook.sha256, tuple(
            RulesetSource(rs.name, str(rs.version), rs.sha256, Path(str(rs.path)).name, rs.source)
            for rs in rulebook.rulesets))


def store_rulebook(session: Session, book: RulebookSource) -> int:
    """The id of this rule book, storing it and any rule file versions not yet kept."""
    existing = session.execute(select(Rulebook.id).where(Rulebook.sha256 == book.sha256)).scalar_one_or_none()
    if existing is not None:
        return existing
    now = utcnow()
    ids = []
    for rs in book.rulesets:
        rid = session.execute(select(RulesetVersion.id).where(RulesetVersion.sha256 == rs.sha256)).scalar_one_or_none()
        if rid is None:
            row = RulesetVersion(name=rs.name, version=rs.version, sha256=rs.sha256, filename=rs.filename,
                                 source=rs.source, created_at=now)
            session.add(row)
            session.flush()
            rid = row.id
        ids.append(rid)
    book_row = Rulebook(sha256=book.sha256, created_at=now)
    session.add(book_row)
    session.flush()
    session.add_all(RulebookMember(rulebook_id=book_row.id, ruleset_id=rid) for rid in dict.fromkeys(ids))
    session.flush()
    return book_row.id


def publish(session: Session, rulebook_id: int, actor_id: int, note: str = "") -> int:
    row = Publication(rulebook_id=rulebook_id, published_by_id=actor_id, published_at=utcnow(), note=note)
    session.add(row)
    session.flush()
    return row.id


def active_rulebook_id(session: Session) -> int | None:
    return session.execute(select(Publication.rulebook_id).order_by(Publication.id.desc()).limit(1)).scalar()


def ruleset_ids(session: Session, rulebook_id: int) -> dict[str, int]:
    """Rule file hash → stored id, for the files of one rule book."""
    rows = session.execute(select(RulesetVersion.sha256, RulesetVersion.id)
                           .join(RulebookMember, RulebookMember.ruleset_id == RulesetVersion.id)
                           .where(RulebookMember.rulebook_id == rulebook_id)).all()
    return {sha: rid for sha, rid in rows}


def sources(session: Session, rulebook_id: int) -> RulebookSource:
    sha = session.execute(select(Rulebook.sha256).where(Rulebook.id == rulebook_id)).scalar_one()
    rows = session.execute(select(RulesetVersion)
                           .join(RulebookMember, RulebookMember.ruleset_id == RulesetVersion.id)
                           .where(RulebookMember.rulebook_id == rulebook_id)
                           .order_by(RulesetVersion.filename)).scalars()
    return RulebookSource(sha, tuple(RulesetSource(r.name, r.version, r.sha256, r.filename, r.source) for r in rows))


def info(session: Session, rulebook_id: int) -> RulebookInfo:
    sha = session.execute(select(Rulebook.sha256).where(Rulebook.id == rulebook_id)).scalar_one()
    rows = session.execute(select(RulesetVersion.id, RulesetVersion.name, RulesetVersion.version,
                                  RulesetVersion.sha256, RulesetVersion.filename)
                           .join(RulebookMember, RulebookMember.ruleset_id == RulesetVersion.id)
                           .where(RulebookMember.rulebook_id == rulebook_id).order_by(RulesetVersion.filename)).all()
    pub = session.execute(select(Publication.published_at, User.name)
                          .outerjoin(User, User.id == Publication.published_by_id)
                          .where(Publication.rulebook_id == rulebook_id)
                          .order_by(Publication.id.desc()).limit(1)).first()
    return RulebookInfo(rulebook_id, sha, tuple(RulesetInfo(*r) for r in rows),
                        pub.published_at if pub else None, pub.name if pub else None)


def write_sources(book: RulebookSource, folder: Path) -> list[Path]:
    """Write a stored rule book's files into a folder (to load, restore or share them)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    used: set[str] = set()
    for rs in book.rulesets:
        name = rs.filename
        if name in used:
            name = f"{Path(name).stem}-{rs.sha256[:8]}{Path(name).suffix}"
        used.add(name)
        path = folder / name
        path.write_text(rs.source, encoding="utf-8")
        paths.append(path)
    return paths


def labels(session: Session, ids: Sequence[int]) -> dict[int, str]:
    rows = session.execute(select(RulesetVersion.id, RulesetVersion.name, RulesetVersion.version,
                                  RulesetVersion.sha256).where(RulesetVersion.id.in_(list(ids)))).all()
    return {r.id: f"{r.name}@{r.version} ({r.sha256[:12]})" for r in rows}
