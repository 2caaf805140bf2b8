"""Data files of the rules backend (read with importlib.resources)."""
