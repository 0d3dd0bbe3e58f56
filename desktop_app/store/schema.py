"""Schema of the library database and its migrations.

Each migration is a list of SQL statements applied in one transaction; ``schema_version`` holds
the number of migrations applied. Never edit a released migration: append a new one.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            source_path TEXT NOT NULL,
            format TEXT NOT NULL,
            encoding TEXT,
            title TEXT NOT NULL,
            date TEXT,
            source TEXT,
            author TEXT,
            category TEXT,
            imported_at TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            clean_text TEXT NOT NULL,
            furniture TEXT NOT NULL DEFAULT '[]',
            extractor_version TEXT
        )""",
        "CREATE INDEX documents_source_path ON documents(source_path)",
        """CREATE TABLE entities (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type TEXT NOT NULL,
            text TEXT NOT NULL,
            key TEXT NOT NULL
        )""",
        "CREATE INDEX entities_document ON entities(document_id, start)",
        "CREATE INDEX entities_key ON entities(type, key)",
        """CREATE TABLE legal_refs (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            number TEXT,
            symbol TEXT,
            issuer_code TEXT,
            date TEXT,
            issuer TEXT
        )""",
        "CREATE INDEX legal_refs_document ON legal_refs(document_id)",
        """CREATE TABLE roles (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            person TEXT NOT NULL,
            title TEXT NOT NULL,
            organisation TEXT,
            sentence TEXT NOT NULL
        )""",
        "CREATE INDEX roles_document ON roles(document_id)",
        """CREATE TABLE tags (
            name TEXT PRIMARY KEY,
            colour TEXT NOT NULL
        )""",
        """CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            colour TEXT,
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX annotations_document ON annotations(document_id, start)",
        """CREATE TABLE annotation_tags (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag TEXT NOT NULL REFERENCES tags(name) ON UPDATE CASCADE ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (annotation_id, tag)
        )""",
        """CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,
            text TEXT NOT NULL,
            type TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER,
            "end" INTEGER,
            created TEXT NOT NULL
        )""",
        # Documents whose search-index entry is out of date: written in the same transaction as
        # the change, cleared once the index has it. A crash in between is repaired at next open.
        """CREATE TABLE index_queue (
            document_id INTEGER PRIMARY KEY
        )""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
