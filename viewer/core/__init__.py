"""Qt-free domain: documents, temporal expressions, events, exports."""
