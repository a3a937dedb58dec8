"""Qt-free drawing of the timeline on a Matplotlib Axes it is given."""
