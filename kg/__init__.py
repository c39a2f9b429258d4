"""newskg: knowledge graphs from Hindi news articles."""

__version__ = "0.1.0"
