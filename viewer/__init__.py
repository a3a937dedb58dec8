"""Ceasefire Timeline: dated events from news articles, on an interactive timeline."""

__version__ = "0.1.0"
