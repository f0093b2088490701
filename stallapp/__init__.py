"""stallapp: offline, encrypted petition signature collection for street stalls."""

__version__ = "0.1.0"
