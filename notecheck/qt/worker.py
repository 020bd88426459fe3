"""Background work for the window: workspace operations run off the UI thread, results come back on it.

Like Anki's task manager: one serial lane runs every workspace operation in order (reads and decisions);
long jobs (import, re-scan, preview, publish) run on a second serial lane so the queue stays usable
while a folder imports; work that needs no workspace (checking a rule file) runs on a third. Each
operation is a function of the workspace and its `Task`; its result (and, when the result carries
`changes`, the `changed` signal) is delivered on the UI thread. Nothing here touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from notecheck.records import Changes
    from notecheck.workspace import Workspace

T = TypeVar("T")
Op = Callable[["Workspace", "Task"], T]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
log = logging.getLogger(__name__)


class Task:
    """One submitted operation: it can be cancelled, and it can report progress to the UI thread."""

    def __init__(self, worker: Worker, on_progress: Callable[[Any], None] | None = None) -> None:
        self._worker = worker
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._finished = False
        self.future: Future[Any] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, value: Any) -> None:
        """Called on a worker thread; `on_progress(value)` runs on the UI thread."""
        if self._on_progress is not None:
            callback = self._on_progress
            self._worker.post(lambda: callback(value))

    @property
    def done(self) -> bool:
        """True once its result (or failure) has been delivered on the UI thread."""
        return self._finished


class Worker(QObject):
    """Runs operations on the workspace off the UI thread and posts their results back to it."""

    changed = Signal(object, object)
    """(Changes, origin): an operation changed something; views decide what to redraw."""
    failed = Signal(object)
    """An operation failed and its caller gave no handler: the exception."""
    busy_changed = Signal(bool)
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ThreadPoolExecutor(1, thread_name_prefix="notecheck-workspace")
        self._jobs = ThreadPoolExecutor(1, thread_name_prefix="notecheck-jobs")
        self._free = ThreadPoolExecutor(1, thread_name_prefix="notecheck-free")
        self._workspace: Workspace | None = None
        self._tasks: set[Task] = set()
        self._closed = False
        self._busy = 0
        self._posted.connect(self._run_posted)

    # -- submitting -------------------------------------------------------------------------------
    def open(self, url: str | None, *, done: Done | None = None, failed: Failed | None = None) -> Task:
        """Open (creating or upgrading) the database; operations submitted after this run on it."""
        def opening(_ws: Any, _task: Task) -> Any:
            from notecheck.workspace import Workspace

            if self._workspace is not None:
                self._workspace.close()
            self._workspace = Workspace.open(url)
            return self._workspace.url
        return self._submit(self._ops, opening, done, failed, None, None, needs_workspace=False)

    def run(self, op: Op[T], *, done: Callable[[T], None] | None = None, failed: Failed | None = None,
            origin: object = None) -> Task:
        """Run a workspace operation on the serial lane (queries and decisions)."""
        return self._submit(self._ops, op, done, failed, None, origin)

    def run_job(self, op: Op[T], *, progress: Callable[[Any], None] | None = None,
                done: Callable[[T], None] | None = None, failed: Failed | None = None, origin: object = None) -> Task:
        """Run a long operation (import, re-scan, preview, publish) with progress and cancel."""
        return self._submit(self._jobs, op, done, failed, progress, origin)

    def run_now(self, op: Op[T], *, done: Callable[[T], None] | None = None, failed: Failed | None = None) -> Task:
        """Run a short workspace operation that must not wait behind queued work or a job (signing in)."""
        return self._submit(self._free, op, done, failed, None, None)

    def run_free(self, fn: Callable[[Task], T], *, done: Callable[[T], None] | None = None,
                 failed: Failed | None = None) -> Task:
        """Run work that needs no workspace (checking a rule file) off the UI thread."""
        return self._submit(self._free, lambda _ws, task: fn(task), done, failed, None, None, needs_workspace=False)

    def _submit(self, pool: ThreadPoolExecutor, op: Callable[[Any, Task], Any], done: Done | None,
                failed: Failed | None, progress: Callable[[Any], None] | None, origin: object,
                needs_workspace: bool = True) -> Task:
        task = Task(self, progress)
        if self._closed:
            return task
        self._tasks.add(task)
        self._set_busy(+1)

        def call() -> None:
            try:
                if needs_workspace and self._workspace is None:
                    raise RuntimeError("no database is open")
                result = op(self._workspace, task)
            except BaseException as exc:  # delivered to the UI thread, never lost
                error = exc
                self.post(lambda: self._finish(task, failed, error, error=True, origin=origin))
            else:
                self.post(lambda: self._finish(task, done, result, error=False, origin=origin))

        task.future = pool.submit(call)
        return task

    # -- delivering on the UI thread ----------------------------------------------------------------
    def post(self, callback: Callable[[], None]) -> None:
        """Run `callback` on the UI thread (safe to call from any thread)."""
        if not self._closed:
            self._posted.emit(callback)

    @Slot(object)
    def _run_posted(self, callback: Callable[[], None]) -> None:
        if not self._closed:
            callback()

    def _finish(self, task: Task, handler: Callable[[Any], None] | None, value: Any, *, error: bool,
                origin: object) -> None:
        self._tasks.discard(task)
        task._finished = True
        self._set_busy(-1)
        if error:
            if not isinstance(value, Exception):
                raise value
            if handler is not None:
                handler(value)
            else:
                log.debug("operation failed", exc_info=value)
                self.failed.emit(value)
            return
        if handler is not None:
            handler(value)
        changes: Changes | None = getattr(value, "changes", None)
        if changes is not None and not changes.empty:
            self.changed.emit(changes, origin)

    def _set_busy(self, delta: int) -> None:
        was = self._busy > 0
        self._busy += delta
        if was != (self._busy > 0):
            self.busy_changed.emit(self._busy > 0)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    # -- closing ------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Cancel what is running, wait for the lanes to stop, and close the database."""
        if self._closed:
            return
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        for pool in (self._jobs, self._free, self._ops):
            pool.shutdown(wait=True, cancel_futures=True)
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
