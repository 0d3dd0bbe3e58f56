"""The SQLite connection of a library: opening, migrating, transactions.

SQLite is the source of truth of a library. WAL mode lets readers (the GUI, the search index
rebuild) run while one writer commits; every change happens inside ``transaction()`` so a process
killed at any instant leaves only whole changes behind.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.per_thread import PerThread
from desktop_app.store.schema import MIGRATIONS, SCHEMA_VERSION


class LibraryError(Exception):
    """The library folder cannot be used (newer schema, unreadable database, ...)."""


class Database:
    """One connection to ``library.sqlite3`` shared by the repositories of a ``Store``.

    The connection may be used from several threads; a re-entrant lock serialises access so a
    worker thread and the GUI thread never interleave statements of two transactions.
    """

    FILE_NAME = "library.sqlite3"

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / self.FILE_NAME
        try:
            self.conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30.0
            )
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"cannot open the library database {self.path}: {exc}") from exc
        self.lock = threading.RLock()
        self._depth = 0
        self._readers: PerThread[sqlite3.Connection] = PerThread()  # never behind ``lock``
        self._migrate()

    def _migrate(self) -> None:
        with self.transaction():
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self.conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                self.conn.execute("INSERT INTO schema_version VALUES (0)")
            if version > SCHEMA_VERSION:
                raise LibraryError(
                    f"this library was written by a newer Chú Giải (schema {version}, "
                    f"this version knows {SCHEMA_VERSION}); update the application"
                )
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    self.conn.execute(statement)
            self.conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction (nested blocks join the outer one)."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[object, ...] | list[object] = ()) -> list[sqlite3.Row]:
        """Run a read-only statement and return all rows."""
        with self.lock:
            cursor = self.conn.execute(sql, params)
            return cursor.fetchall()

    def read_committed(self, sql: str, params: tuple[object, ...] | list[object] = ()
                       ) -> list[sqlite3.Row]:
        """A read on this thread's own read-only connection, outside ``lock``.

        In WAL mode it sees the last committed state and never waits for a writer, so search
        snippets keep coming while an import or re-extraction holds the shared connection."""
        conn = self._readers.get_or_create(lambda: sqlite3.connect(
            f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False, timeout=30.0))
        return conn.execute(sql, params).fetchall()

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks; empty when the database is sound."""
        with self.lock:
            problems = [row[0] for row in self.conn.execute("PRAGMA integrity_check")]
            problems = [p for p in problems if p != "ok"]
            problems += [
                f"dangling reference in {row[0]} row {row[1]}"
                for row in self.conn.execute("PRAGMA foreign_key_check")
            ]
        return problems

    def close(self) -> None:
        with self.lock:
            for conn in self._readers.pop_all():
                conn.close()
            self.conn.close()
