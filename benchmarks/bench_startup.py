"""Start-up time of the desktop app on a 100,000-flag database, against a bare Qt window, in the same run.

Each start is a fresh process, timed from launch until it reports:
  (a) baseline: a bare `QApplication` + empty `QMainWindow` shown and painted;
  (b) notecheck: the main window signed in (password from the command line's user, no dialog) with the
      first rows of the review queue on screen — the `ready` signal.
Prints the median and best of each, and the ratio (b)/(a). Target: (b) under 2 s.

    python benchmarks/bench_startup.py [--flags 100000] [--runs 5] [--keep DB]

Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def done():
    print("ready", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

NOTECHECK = """
import sys
from notecheck.qt.app import launch
from notecheck.qt.main_window import AppConfig
app, window = launch(AppConfig(db_url=sys.argv[1], settings_path=sys.argv[2], user=sys.argv[3],
                               password=sys.argv[4], language="en"))
def done():
    rows = window.review.queue.model.rowCount()
    print("ready", rows, flush=True)
    window.close()
    app.quit()
window.ready.connect(done)
app.exec()
"""


def timed(code: str, *args: str) -> tuple[float, str]:
    """Seconds from starting a Python process running `code` until it prints its `ready` line."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed, line.strip()
    raise RuntimeError(f"the process ended without getting ready (exit {process.wait()})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flags", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the database here (or reuse it if it exists)")
    args = parser.parse_args()

    import synthetic_queue

    with tempfile.TemporaryDirectory(prefix="notecheck-bench-") as tmp:
        db = args.keep or Path(tmp) / "notecheck.db"
        if not db.exists():
            started = time.perf_counter()
            synthetic_queue.build(db, args.flags)
            print(f"built a {args.flags:,}-flag database in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        url = f"sqlite:///{db}"
        timed(BASELINE)  # warm the file cache once for both
        timed(NOTECHECK, url, str(Path(tmp) / "warm.ini"), synthetic_queue.USER, synthetic_queue.PASSWORD)
        baseline, app = [], []
        line = ""
        for run in range(args.runs):
            baseline.append(timed(BASELINE)[0])
            seconds, line = timed(NOTECHECK, url, str(Path(tmp) / f"run{run}.ini"), synthetic_queue.USER,
                                  synthetic_queue.PASSWORD)
            app.append(seconds)
    rows = line.split()[1] if len(line.split()) > 1 else "?"
    base_median, app_median = statistics.median(baseline), statistics.median(app)
    print(f"database: {args.flags:,} flags; queue on screen: {rows} flags to review; {args.runs} runs each, "
          f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    print(f"(a) bare QApplication + QMainWindow: median {base_median:.3f} s, best {min(baseline):.3f} s")
    print(f"(b) notecheck, signed in, first rows: median {app_median:.3f} s, best {min(app):.3f} s")
    print(f"(b)/(a) = {app_median / base_median:.2f}; target (b) < 2 s: {'met' if app_median < 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
