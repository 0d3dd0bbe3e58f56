"""Chú Giải: an offline reader and annotator for Vietnamese documents."""

__version__ = "0.1.0"
