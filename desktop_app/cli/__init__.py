"""Command line interface: every subcommand drives the same Qt-free core as the GUI."""
