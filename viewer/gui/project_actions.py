"""Project files in the window: open, save, save as, recent projects, autosave and recovery.

The file format, atomic saves and the recovery rules are viewer.core.project's; this module
only decides when to call them and what to ask the analyst. Questions and errors are shown
with ``QMessageBox.open()`` rather than ``exec()``: the window never blocks on them, and
closing it while a question is pending cannot hang.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from viewer.core.corrections import normalise_path
from viewer.core.project import (
    SUFFIX,
    Project,
    ProjectError,
    check_documents,
    discard_recovery,
    open_project,
    read_recovery,
    recovery_path,
    recovery_to_offer,
    save_project,
    write_recovery,
)
from viewer.core.workspace import Workspace

if TYPE_CHECKING:
    from viewer.gui.corrections import CorrectionController
    from viewer.gui.main_window import MainWindow

AUTOSAVE_INTERVAL_MS = 3 * 60 * 1000
"""How often unsaved corrections are written to the recovery file."""
RECENT_LIMIT = 8
RECENT_KEY = "projects/recent"
PENDING_RECOVERY_KEY = "projects/pendingRecovery"
"""The project (or untitled base path) whose recovery file a crashed session left behind."""
PROJECT_FILTER = f"Ceasefire Timeline projects (*{SUFFIX});;All files (*)"
APP_TITLE = "Ceasefire Timeline"

Button = QMessageBox.StandardButton


def stored_paths(key: str) -> list[str]:
    """A list of paths kept in QSettings under ``key`` (recent projects, recent articles)."""
    value = QSettings().value(key, [])
    if isinstance(value, str):  # an INI file gives back a one-item list as a string
        return [value] if value else []
    return [str(v) for v in value if v] if isinstance(value, list) else []


def recent_projects() -> list[str]:
    return stored_paths(RECENT_KEY)


def remember_recent(path: str | Path) -> list[str]:
    """Put ``path`` first in the recent list, once, and return the list."""
    path = str(Path(path).resolve())
    recent = [path, *(p for p in recent_projects() if normalise_path(p) != normalise_path(path))]
    recent = recent[:RECENT_LIMIT]
    QSettings().setValue(RECENT_KEY, recent)
    return recent


def forget_recent(path: str | Path) -> None:
    wanted = normalise_path(str(path))
    QSettings().setValue(RECENT_KEY, [p for p in recent_projects() if normalise_path(p) != wanted])


class ProjectController(QObject):
    """File > Open Project / Save / Save As / Recent Projects, the title, autosave, recovery."""

    def __init__(self, window: MainWindow, corrections: CorrectionController) -> None:
        super().__init__(window)
        self.setObjectName("projectController")
        self.window = window
        self.corrections = corrections
        self.undo_stack = corrections.undo_stack
        self.path: Path | None = None
        self.saved: Project | None = None
        self._saved_documents: frozenset[str] = frozenset()
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        self.untitled_path = Path(data or Path.home()) / f"untitled{SUFFIX}"
        """Where an untitled session autosaves (as ``untitled.ctl.json.recovery``)."""
        self.message: QMessageBox | None = None
        self.question: QMessageBox | None = None
        self._opening: tuple[Path | None, list[str], bool] | None = None
        self._after_idle: Callable[[], None] | None = None
        self._close_confirmed = False
        self._own_recoveries: set[Path] = set()
        """Recovery files this session wrote or recovered from, and so may delete."""

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setObjectName("autosaveTimer")
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

        self._build_actions()
        self.undo_stack.cleanChanged.connect(self.update_title)
        self.undo_stack.indexChanged.connect(self.update_title)
        window.documents_changed.connect(self.update_title)
        window.loading_finished.connect(self._on_loading_finished)
        window.installEventFilter(self)
        self.update_title()
        QTimer.singleShot(0, self.check_for_recovery)

    # ------------------------------------------------------------- menus
    def _build_actions(self) -> None:
        window = self.window
        self.open_action = QAction("Open &Project…", window)
        self.open_action.setObjectName("openProjectAction")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open)
        self.save_action = QAction("&Save Project", window)
        self.save_action.setObjectName("saveProjectAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.save_as_action = QAction("Save Project &As…", window)
        self.save_as_action.setObjectName("saveProjectAsAction")
        self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(self.save_as)
        self.recent_menu = QMenu("&Recent Projects", window)
        self.recent_menu.setObjectName("recentProjectsMenu")
        self.recent_menu.aboutToShow.connect(self.update_recent_menu)

        # At the top of File, above the window's own article actions.
        menu = self._file_menu()
        existing = menu.actions()
        ours = [self.open_action, self.recent_menu.menuAction(), None]
        ours += [self.save_action, self.save_as_action, None]
        for action in ours:
            if not existing:
                menu.addSeparator() if action is None else menu.addAction(action)
            elif action is None:
                menu.insertSeparator(existing[0])
            else:
                menu.insertAction(existing[0], action)
        self.update_recent_menu()

    def _file_menu(self) -> QMenu:
        bar = self.window.menuBar()
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and menu.title().replace("&", "") == "File":
                return menu
        return bar.addMenu("&File")

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = recent_projects()
        for number, path in enumerate(recent, start=1):
            name = Path(path).name.removesuffix(SUFFIX)
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if not recent:
            empty = self.recent_menu.addAction("No recent projects")
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("Clear List")
            clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        self.update_recent_menu()

    # ------------------------------------------------------- modified state
    def _document_keys(self) -> frozenset[str]:
        return frozenset(normalise_path(d.path) for d in self.window.documents)

    def is_modified(self) -> bool:
        """Unsaved corrections, or (in a saved project) articles added since the save.

        An untitled session with articles but no correction holds nothing to lose.
        """
        if not self.undo_stack.isClean():
            return True
        if self.path is None or self._opening is not None:
            return False
        return not self._document_keys() <= self._saved_documents

    def project_name(self) -> str:
        if self.path is None:
            return "Untitled project"
        return self.path.name.removesuffix(SUFFIX)

    def update_title(self) -> None:
        if not shiboken6.isValid(self.window):  # the undo stack empties as the window dies
            return
        self.window.setWindowTitle(f"{self.project_name()}[*] — {APP_TITLE}")
        self.window.setWindowModified(self.is_modified())

    # ------------------------------------------------------------- messages
    def _inform(
        self, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
    ) -> QMessageBox:
        """Show a message without blocking; the last one stays in ``self.message``."""
        box = QMessageBox(icon, title, text, Button.Ok, self.window)
        box.setObjectName("projectMessage")
        if details:
            box.setInformativeText(details)
        self.message = box
        box.open()
        return box

    def _ask(
        self,
        title: str,
        text: str,
        details: str,
        buttons: dict[Button, str],
        answered: Callable[[Button], None],
    ) -> QMessageBox:
        """Ask without blocking; ``answered`` gets the standard button clicked."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.NoButton, self.window)
        box.setObjectName("projectQuestion")
        box.setInformativeText(details)
        for button, label in buttons.items():
            box.addButton(button)
            if label:
                box.button(button).setText(label)
        box.setDefaultButton(next(iter(buttons)))
        box.buttonClicked.connect(lambda clicked: answered(box.standardButton(clicked)))
        self.question = box
        box.open()
        return box

    def confirm_discard(self, then: Callable[[], None], doing: str) -> QMessageBox | None:
        """Run ``then`` at once when nothing is unsaved; otherwise ask Save / Discard / Cancel."""
        if not self.is_modified():
            then()
            return None

        def answered(button: Button) -> None:
            if button == Button.Save:
                if self.save():
                    then()
            elif button == Button.Discard:
                then()

        return self._ask(
            "Unsaved corrections",
            f"Save the changes to {self.project_name()} before {doing}?",
            "Corrections made since the last save are lost if you do not save them.",
            {Button.Save: "", Button.Discard: "Don't Save", Button.Cancel: ""},
            answered,
        )

    # ----------------------------------------------------------------- save
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path or Path.home() / f"timeline{SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(self.window, "Save project", start, PROJECT_FILTER)
        if not chosen:
            return False
        if not chosen.endswith(SUFFIX):
            chosen += SUFFIX
        return self.save_to(chosen)

    def save_to(self, path: str | Path) -> bool:
        """Save the project atomically; on failure say so and leave the old file as it was."""
        path = Path(path).absolute()
        project = self.window.workspace.to_project(self.saved)
        try:
            save_project(project, path)
        except OSError as error:
            self._inform(
                QMessageBox.Icon.Critical,
                "Save failed",
                f"Could not save the project to {path}.",
                f"{error.strerror or error}. The file as last saved is unchanged.",
            )
            return False
        self._forget_recovery(self._recovery_base())
        self.path = path
        self.saved = project
        self._saved_documents = self._document_keys()
        self.undo_stack.setClean()
        remember_recent(path)
        self.update_recent_menu()
        self.update_title()
        self.window.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    # ----------------------------------------------------------------- open
    def _on_open(self) -> None:
        start = str(self.path.parent) if self.path else ""
        chosen, _ = QFileDialog.getOpenFileName(self.window, "Open project", start, PROJECT_FILTER)
        if chosen:
            self.open_project(chosen)

    def open_project(self, path: str | Path) -> None:
        """Open a project, after asking to save unsaved work; offer its recovery file if
        an autosave is newer than it."""
        path = Path(path).absolute()

        def proceed() -> None:
            if recovery_to_offer(path) is not None:
                self.offer_recovery(path)
            else:
                self.open_saved(path)

        self.confirm_discard(proceed, "opening another project")

    def open_saved(self, path: str | Path) -> bool:
        path = Path(path).absolute()
        try:
            opened = open_project(path)
        except ProjectError as error:
            if not path.exists():
                forget_recent(path)
                self.update_recent_menu()
            self._inform(QMessageBox.Icon.Critical, "Cannot open project", str(error))
            return False
        self._when_idle(lambda: self._load(path, opened.project, list(opened.problems), False))
        return True

    def _when_idle(self, action: Callable[[], None]) -> None:
        """Run ``action`` once no articles are being read (an import is cancelled first)."""
        if not self.window.is_loading:
            action()
            return
        self._after_idle = action
        self.window.cancel_loading()

    def _load(
        self, path: Path | None, project: Project, problems: list[str], recovered: bool
    ) -> None:
        """Replace the session by ``project``: its corrections first, then its documents,
        read in the background like any import; :meth:`_finish_open` reports the rest."""
        window = self.window
        window.workspace = Workspace((), project.workspace_corrections())
        window._refresh_events()
        window.select_event(None)
        self.undo_stack.clear()
        self.path = path
        self.saved = project
        self._opening = (path, problems, recovered)
        self.update_title()
        if not window.add_paths(project.existing_paths()):
            self._finish_open()

    def _on_loading_finished(self) -> None:
        if self._after_idle is not None:
            action, self._after_idle = self._after_idle, None
            action()
        elif self._opening is not None:
            self._finish_open()

    def _finish_open(self) -> None:
        if self._opening is None:
            return
        path, problems, recovered = self._opening
        self._opening = None
        self._saved_documents = self._document_keys()
        if recovered:
            self.undo_stack.resetClean()  # recovered work is unsaved work
        else:
            self.undo_stack.setClean()
        if path is not None:
            remember_recent(path)
            self.update_recent_menu()
        self.update_title()
        problems = [*problems, *self.window.workspace.problems()]
        if problems:
            self._inform(
                QMessageBox.Icon.Warning,
                "Some documents need attention",
                f"{self.project_name()} opened, but not everything in it could be shown. "
                "Corrections to the other documents are applied.",
                "\n".join(problems),
            )
        self.window.statusBar().showMessage(
            f"Opened {self.project_name()}: {len(self.window.documents)} document(s), "
            f"{len(self.window.events)} event(s)",
            8000,
        )

    # ------------------------------------------------------ autosave, recovery
    def _recovery_base(self) -> Path:
        return self.path if self.path is not None else self.untitled_path

    def autosave(self) -> Path | None:
        """Write unsaved work to the recovery file (the timer's slot); the project file is
        not touched. Returns the recovery file, or None when there was nothing to save."""
        base = self._recovery_base()
        if not self.is_modified():
            # Undone back to the saved state: an older autosave would now bring back
            # corrections the analyst took back.
            if base in self._own_recoveries:
                self._forget_recovery(base)
            return None
        try:
            base.parent.mkdir(parents=True, exist_ok=True)
            written = write_recovery(self.window.workspace.to_project(self.saved), base)
        except OSError as error:
            self.window.statusBar().showMessage(f"Autosave failed: {error}", 8000)
            return None
        self._own_recoveries.add(base)
        QSettings().setValue(PENDING_RECOVERY_KEY, str(base))
        self.window.statusBar().showMessage("Autosaved unsaved corrections", 3000)
        return written

    def _forget_recovery(self, base: Path) -> None:
        """Delete ``base``'s recovery file; a pending offer for another project stays."""
        discard_recovery(base)
        self._own_recoveries.discard(base)
        settings = QSettings()
        if settings.value(PENDING_RECOVERY_KEY) == str(base):
            settings.remove(PENDING_RECOVERY_KEY)

    def check_for_recovery(self) -> QMessageBox | None:
        """At start: if the last session ended without saving or discarding, offer its autosave."""
        pending = QSettings().value(PENDING_RECOVERY_KEY)
        if not pending:
            return None
        base = Path(str(pending))
        if recovery_to_offer(base) is None:
            QSettings().remove(PENDING_RECOVERY_KEY)
            return None
        return self.offer_recovery(base)

    def offer_recovery(self, base: Path) -> QMessageBox:
        """Ask whether to restore the autosave for ``base`` (a project, or the untitled path)."""
        recovery = recovery_path(base)
        when = QDateTime.fromSecsSinceEpoch(int(recovery.stat().st_mtime)).toString(
            "yyyy-MM-dd HH:mm"
        )
        name = "an untitled project" if base == self.untitled_path else base.name
        text = f"Unsaved corrections to {name} were autosaved at {when}."
        if base.exists():
            details = "Recover them, or open the project as last saved and discard the autosave?"
        else:
            details = "Recover them, or discard the autosave?"

        def answered(button: Button) -> None:
            if button == Button.Yes:
                self.recover(base)
            else:
                self._forget_recovery(base)
                if base.exists() and base != self.untitled_path:
                    self.open_saved(base)

        return self._ask(
            "Recover unsaved work?",
            text,
            details,
            {Button.Yes: "Recover", Button.Discard: "Discard"},
            answered,
        )

    def recover(self, base: str | Path) -> bool:
        """Open the autosaved project of ``base``; it stays unsaved until the analyst saves."""
        base = Path(base).absolute()
        try:
            project = read_recovery(base)
        except ProjectError as error:
            self._inform(QMessageBox.Icon.Critical, "Cannot recover", str(error))
            return False
        path = None if base == self.untitled_path.absolute() else base
        self._own_recoveries.add(base)  # this session now holds that work
        problems = check_documents(project)
        self._when_idle(lambda: self._load(path, project, problems, True))
        return True

    # ---------------------------------------------------------------- close
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self._close_confirmed and self.is_modified():
                event.ignore()
                self.confirm_discard(self._close_now, "closing")
                return True
            self._session_ended()
        return super().eventFilter(watched, event)

    def _close_now(self) -> None:
        self._close_confirmed = True
        self.window.close()

    def _session_ended(self) -> None:
        """A clean exit: saved or discarded, so this session left nothing to recover. A
        recovery offered at start and not answered yet stays for the next start."""
        self.autosave_timer.stop()
        for base in list(self._own_recoveries):
            self._forget_recovery(base)
