"""Data files of Loyalty Terminal, installed as the package ``loyalty_resources``.

Nothing to import here: code finds these files through ``hardware.resource_files`` (which
``terminal.resource_files`` re-exports)."""
