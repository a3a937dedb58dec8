"""The PySide6 shell: windows, widgets and workers. Holds no domain logic."""
