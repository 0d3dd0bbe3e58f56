"""Entity extraction for Vietnamese official and news text (see ``shared/entity-guidelines.md``).

``extract(text, document_date=..., dictionary=...)`` returns an ``Extraction``: entities with
canonical keys, structured legal references and roles. Pure, deterministic and offline; the
gazetteers are loaded once per process and never mutated, so it is safe in threads and workers.
"""

from desktop_app.entities.extractor import EXTRACTOR_VERSION, extract
from desktop_app.entities.user_dictionary import UserDictionary, apply_corrections

__all__ = ["EXTRACTOR_VERSION", "UserDictionary", "apply_corrections", "extract"]
