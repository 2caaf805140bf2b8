"""One module per pipeline stage; each exposes plain functions ``rule(state) -> None``."""
