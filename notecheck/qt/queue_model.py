"""The review queue as a lazy table model: flag ids sorted and filtered in SQL, rows fetched as they scroll in.

Like Anki's browser `DataModel`: the model holds the id list the workspace returned and a bounded
cache of rows; a row not yet fetched shows a placeholder while its page loads on the worker, so a
queue of 100,000 flags scrolls without ever touching the database on the UI thread.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from notecheck.qt import labels
from notecheck.qt.worker import Worker

if TYPE_CHECKING:
    from notecheck.records import FlagRow
    from notecheck.store.queue import QueueFilter, Sort

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_PAGES = 60
"""Pages of rows kept; older pages are dropped and fetched again if they scroll back in."""
FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    sort: str | None
    """The workspace sort key, or None when the column cannot be sorted."""


COLUMNS = (Column("severity", "severity"), Column("category", "category"), Column("rule", "rule"),
           Column("agent", "agent"), Column("date", "date"), Column("language", "language"),
           Column("status", "status"), Column("excerpt", None))


def excerpt_around(text: str, words: str, width: int = 90) -> str:
    """The part of `text` around `words`, on one line, with ellipses where it was cut."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    at = flat.find(" ".join(words.split())) if words else -1
    if at < 0:
        return flat[:width - 1] + "…"
    start = max(0, at - (width - len(words)) // 2)
    end = min(len(flat), start + width)
    start = max(0, end - width)
    return ("…" if start else "") + flat[start:end].strip() + ("…" if end < len(flat) else "")


class QueueModel(QAbstractTableModel):
    """Flags matching a filter, in the workspace's sort order; rows load lazily off the UI thread."""

    loaded = Signal()
    """A new query's rows are in place (after a new filter only the first page's ids may be known yet)."""
    completed = Signal()
    """Every id of the query is known."""
    counts_changed = Signal(dict)
    rows_fetched = Signal(int, int)
    """First and last row of a page that just arrived."""

    def __init__(self, worker: Worker, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ids: list[int] = []
        self._total = 0
        """Rows in the query; after a new filter only the first page's ids are known until the rest arrive."""
        self._positions: dict[int, int] | None = None
        self._rows: dict[int, FlagRow] = {}
        self._pages: OrderedDict[int, None] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._filter: QueueFilter | None = None
        self._sort: tuple[str, bool] = ("severity", True)
        """Sort key and descending; made a `Sort` on the worker (SQLAlchemy stays off the UI thread at start)."""
        self._loading = False
        self._reload_again = False
        self.counts: dict[str, int] = {}

    # -- what the queue shows -----------------------------------------------------------------------
    @property
    def query_filter(self) -> QueueFilter | None:
        return self._filter

    @property
    def query_sort(self) -> Sort:
        from notecheck.store.queue import Sort

        return Sort(*self._sort)

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort

    def set_sort_key(self, key: str, descending: bool) -> None:
        """Choose the order without querying (before the first query)."""
        from notecheck.store.queue import SORT_KEYS

        if key in SORT_KEYS:
            self._sort = (key, descending)

    def set_query(self, query_filter: QueueFilter) -> None:
        """Show the flags this filter selects: the first page at once, then every id (a big queue's full id
        list takes a moment to sort)."""
        self._filter = query_filter
        self.reload(first_page_first=True)

    def reload(self, changed: Iterable[int] = (), *, first_page_first: bool = False) -> None:
        """Ask the workspace for the id list again; rows of `changed` flags are fetched afresh."""
        for flag_id in changed:
            self._rows.pop(flag_id, None)
        if self._filter is None:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        query_filter, (key, descending) = self._filter, self._sort

        def query(ws: Any, _task: Any) -> tuple[list[int], list[FlagRow], int, dict[str, int]]:
            from notecheck.store.queue import Sort

            counts = ws.status_counts(query_filter)
            total = sum(counts.get(s, 0) for s in query_filter.statuses) if query_filter.statuses \
                else sum(counts.values())
            if first_page_first and total > PAGE:
                rows = ws.queue_page(query_filter, Sort(key, descending), 0, PAGE)
                return [r.id for r in rows], rows, total, counts
            return ws.queue_ids(query_filter, Sort(key, descending)), [], total, counts

        self._worker.run(query, done=self._ids_arrived, failed=self._load_failed)

    def _ids_arrived(self, result: tuple[list[int], list[FlagRow], int, dict[str, int]]) -> None:
        ids, rows, total, counts = result
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.beginResetModel()
        self._generation += 1
        self._ids = ids
        self._total = max(total, len(ids)) if rows else len(ids)
        self._positions = None
        self._pages.clear()
        self._requested.clear()
        if len(self._rows) > PAGE * MAX_PAGES:
            self._rows.clear()
        for row in rows:
            self._rows[row.id] = row
        if rows:
            self._pages[0] = None
            self._requested.add(0)
        self.endResetModel()
        self.counts = counts
        if self._ids and not rows:
            self._want(0)  # the first page, even before a view asks (the window may still be hidden)
        self.counts_changed.emit(counts)
        self.loaded.emit()
        if rows and len(self._ids) < self._total:
            self._fetch_all_ids()
        else:
            self.completed.emit()

    def _fetch_all_ids(self) -> None:
        generation = self._generation
        query_filter, (key, descending) = self._filter, self._sort

        def query(ws: Any, _task: Any) -> list[int]:
            from notecheck.store.queue import Sort

            return ws.queue_ids(query_filter, Sort(key, descending))

        self._worker.run(query, done=lambda ids: self._all_ids_arrived(generation, ids), failed=self._load_failed)

    def _all_ids_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        if len(ids) != self._total or ids[:len(self._ids)] != self._ids:  # the queue changed meanwhile
            self.reload()
            return
        self._ids = ids
        self._positions = None
        if ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))
        self.completed.emit()

    @property
    def complete(self) -> bool:
        return len(self._ids) == self._total

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._reload_again = False
        self._worker.failed.emit(error)

    def refresh_flags(self, flag_ids: Iterable[int]) -> None:
        """Fetch these flags' rows again (their status or version changed) without re-running the query."""
        wanted = [i for i in flag_ids if i in self._rows]
        if not wanted:
            return
        generation = self._generation

        def fetch(ws: Any, _task: Any) -> list[FlagRow]:
            return ws.flag_rows(wanted)

        self._worker.run(fetch, done=lambda rows: self._rows_arrived(generation, rows))

    def _rows_arrived(self, generation: int, rows: Sequence[FlagRow]) -> None:
        if generation != self._generation:
            return
        for row in rows:
            self._rows[row.id] = row
            at = self.row_of(row.id)
            if at is not None:
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    # -- rows ---------------------------------------------------------------------------------------
    def flag_id(self, row: int) -> int | None:
        """The flag id of a row (None while the ids beyond the first page are still coming)."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, flag_id: int) -> int | None:
        if self._positions is None:
            self._positions = {fid: i for i, fid in enumerate(self._ids)}
        return self._positions.get(flag_id)

    def flag_row(self, row: int) -> FlagRow | None:
        """The row's flag if it has been fetched (None while its page is loading)."""
        if not 0 <= row < len(self._ids):
            return None  # beyond the first page before the full id list is in
        found = self._rows.get(self._ids[row])
        if found is None:
            self._want(row)
        return found

    def cached(self, flag_id: int) -> FlagRow | None:
        return self._rows.get(flag_id)

    def fully_loaded(self, rows: Iterable[int]) -> bool:
        return all(0 <= r < len(self._ids) and self._ids[r] in self._rows for r in rows if 0 <= r < self._total)

    def _want(self, row: int) -> None:
        page = row // PAGE
        if page in self._requested or row >= len(self._ids):  # beyond the known ids: asked again once complete
            return
        self._requested.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE:(page + 1) * PAGE]

        def fetch(ws: Any, _task: Any) -> list[FlagRow]:
            return ws.flag_rows(ids)

        self._worker.run(fetch, done=lambda rows: self._page_arrived(generation, page, rows),
                         failed=lambda _e: self._requested.discard(page))

    def _page_arrived(self, generation: int, page: int, rows: Sequence[FlagRow]) -> None:
        if generation != self._generation:
            return
        for row in rows:
            self._rows[row.id] = row
        self._pages[page] = None
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            old, _ = self._pages.popitem(last=False)
            self._requested.discard(old)
            for flag_id in self._ids[old * PAGE:(old + 1) * PAGE]:
                self._rows.pop(flag_id, None)
        first, last = page * PAGE, min(self._total, (page + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.rows_fetched.emit(first, last)

    # -- QAbstractTableModel ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        return None

    def _titles(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Category"), self.tr("Rule"), self.tr("Agent"), self.tr("Call date"),
                self.tr("Language"), self.tr("Status"), self.tr("Excerpt")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total or not 0 <= index.column() < len(COLUMNS):
            return None
        if role == ID_ROLE:
            return self.flag_id(index.row())
        row = self.flag_row(index.row())
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            if row is None:
                return "…" if index.column() == 0 else ""
            return self._display(row, key)
        if row is None:
            return None
        if role == FLAG_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "severity":
                return labels.color(labels.SEVERITY_COLORS.get(row.severity, "#000000"))
            if key == "status":
                return labels.color(labels.STATUS_COLORS.get(row.status, "#000000"))
            if not row.raised:
                return labels.color("#8a8a8a")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "excerpt":
                return row.excerpt
            if key == "rule":
                return f"{row.rule}\n{row.message}"
            if key == "status" and not row.raised:
                return self.tr("The active rules no longer raise this flag")
            return None
        return None

    def _display(self, row: FlagRow, key: str) -> str:
        if key == "severity":
            return labels.severity_label(row.severity)
        if key == "category":
            return labels.category_label(row.category)
        if key == "rule":
            return row.rule
        if key == "agent":
            return row.agent or ""
        if key == "date":
            return row.call_date.isoformat() if row.call_date else ""
        if key == "language":
            return labels.language_label(row.language)
        if key == "status":
            status = labels.status_label(row.status)
            return status if row.raised else self.tr("%1 (retired)").replace("%1", status)
        return excerpt_around(row.excerpt, row.text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        sort = (key, order == Qt.SortOrder.DescendingOrder)
        if sort == self._sort:
            return
        self._sort = sort
        self.reload()
