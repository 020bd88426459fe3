"""The desktop app (PySide6): the only package of notecheck that imports Qt.

Start it with `notecheck` (or `notecheck demo`); `notecheck.qt.app.run` is the entry point.
"""
