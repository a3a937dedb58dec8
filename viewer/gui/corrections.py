"""Corrections in the window: the edit and add dialogs, and the undo stack they go through.

Every change an analyst makes is one Workspace correction wrapped in a QUndoCommand:
``redo`` applies it, ``undo`` takes back the workspace's last correction. The stack undoes
in the order the workspace applied, so the two never disagree. Everything here is attached
to an existing MainWindow by :func:`install_correction_actions`; the window holds no
correction logic of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer.core.categories import CATEGORIES
from viewer.core.corrections import (
    AddEvent,
    Anchor,
    Correction,
    DateSpec,
    DeleteEvent,
    Target,
    UndoMerge,
    calendar_unit,
    event_spans,
    locate,
)
from viewer.core.model import Event, Precision
from viewer.core.workspace import Workspace

if TYPE_CHECKING:
    from viewer.gui.main_window import MainWindow

TITLE_CHARS_IN_COMMAND = 40
"""How much of an event's title the Undo menu quotes."""

PRECISIONS: list[Precision] = [p for p in Precision if p not in (Precision.MINUTE, Precision.HOUR)]
"""What an analyst can give as a date's precision; articles do not carry clock times."""


def quoted_title(title: str) -> str:
    """The title as the Undo menu names it: "Edit date of 'Kerry arrives…'"."""
    title = " ".join(title.split()) or "untitled event"
    if len(title) > TITLE_CHARS_IN_COMMAND:
        cut = title[:TITLE_CHARS_IN_COMMAND]
        title = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    return f"'{title}'"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def selection_span(cursor: QTextCursor, text: str, near: int) -> tuple[int, int] | None:
    """Where the words selected in a rich-text view of ``text`` are in ``text``.

    The view's paragraph is looked for in ``text`` (nearest ``near``) to map the selection
    exactly; if HTML changed its spacing, the selected words are found instead, nearest
    ``near``, whatever whitespace separates them.
    """
    selected = cursor.selectedText()
    words = selected.split()
    if not words:
        return None
    block = cursor.document().findBlock(cursor.selectionStart())
    shown = block.text().translate(_AS_PLAIN)
    if block.contains(cursor.selectionEnd()) and shown.strip():
        at = _nearest(text, re.escape(shown), near)
        if at is not None:
            start = at[0] + cursor.selectionStart() - block.position()
            end = at[0] + cursor.selectionEnd() - block.position()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                return start, end
    return _nearest(text, r"\s+".join(re.escape(w) for w in words), near)


_AS_PLAIN = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\xa0": " "})


def _nearest(text: str, pattern: str, near: int) -> tuple[int, int] | None:
    found = [(abs(m.start() - near), m.start(), m.end()) for m in re.finditer(pattern, text)]
    return min(found)[1:] if found else None


# ----------------------------------------------------------------- dialog


@dataclass(frozen=True, slots=True)
class EventFields:
    """What the dialog holds when the analyst presses OK."""

    title: str
    category: str
    start: dt.date
    precision: Precision
    end: dt.date | None = None
    """None: the whole calendar unit at ``precision`` holding ``start``."""

    @property
    def date(self) -> DateSpec:
        return DateSpec.at(self.start, self.precision, self.end)


class EventDialog(QDialog):
    """Date (start, optional end, precision), title and category of one event.

    It serves both editing and adding; the caller turns :meth:`fields` into a correction.
    It is opened with ``open()``, never ``exec()``, so the window stays responsive and
    tests drive it like an analyst does.
    """

    def __init__(
        self,
        parent: QWidget,
        window_title: str,
        event: Event | None = None,
        passage: str = "",
        default_day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(window_title)
        self.setMinimumWidth(460)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("eventTitle")
        self.title_edit.setPlaceholderText("What happened, in a few words")
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("eventCategory")
        for key, label in CATEGORIES.items():
            self.category_box.addItem(label, key)
        self.start_edit = self._date_edit("eventStart")
        self.precision_box = QComboBox(self)
        self.precision_box.setObjectName("eventPrecision")
        precisions = list(PRECISIONS)
        if event is not None and event.precision not in precisions:
            precisions.insert(0, event.precision)
        for precision in precisions:
            self.precision_box.addItem(str(precision), str(precision))
        self.range_check = QCheckBox("until", self)
        self.range_check.setObjectName("eventHasEnd")
        self.end_edit = self._date_edit("eventEnd")
        self.preview = QLabel(self)
        self.preview.setObjectName("eventDatePreview")
        self.preview.setStyleSheet("color:#555")

        when = QHBoxLayout()
        when.addWidget(self.start_edit)
        when.addWidget(QLabel("precision", self))
        when.addWidget(self.precision_box)
        when.addWidget(self.range_check)
        when.addWidget(self.end_edit)
        form = QFormLayout()
        form.addRow("&Title", self.title_edit)
        form.addRow("&Category", self.category_box)
        date_label = QLabel("&Date", self)
        date_label.setBuddy(self.start_edit)
        form.addRow(date_label, when)
        form.addRow("", self.preview)

        layout = QVBoxLayout(self)
        if passage:
            quote = QLabel(f"“{' '.join(passage.split())}”", self)
            quote.setObjectName("eventPassage")
            quote.setWordWrap(True)
            quote.setStyleSheet("color:#333;background:#fff7d6;padding:6px")
            layout.addWidget(quote)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if event is not None:
            self._fill(event)
        else:
            day = default_day or dt.date.today()
            self.start_edit.setDate(_qdate(day))
            self.end_edit.setDate(_qdate(day))
            self._select(self.category_box, "other")
            self._select(self.precision_box, str(Precision.DAY))
            self.range_check.setChecked(False)
        self.end_edit.setEnabled(self.range_check.isChecked())
        self.initial = self.fields()
        """What the dialog opened with: a date left alone is not a date edit."""

        self.title_edit.textChanged.connect(self._update)
        self.start_edit.dateChanged.connect(self._update)
        self.end_edit.dateChanged.connect(self._update)
        self.precision_box.currentIndexChanged.connect(self._update)
        self.range_check.toggled.connect(self.end_edit.setEnabled)
        self.range_check.toggled.connect(self._update)
        self._update()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))
        return edit

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        box.setCurrentIndex(max(box.findData(data), 0))

    def _fill(self, event: Event) -> None:
        self.title_edit.setText(event.title)
        self._select(self.category_box, event.category)
        self._select(self.precision_box, str(event.precision))
        self.start_edit.setDate(_qdate(event.start))
        self.end_edit.setDate(_qdate(event.end))
        # "late February" (21st to 29th, month precision) is a range within its unit.
        whole_unit = calendar_unit(event.start, event.precision) == (event.start, event.end)
        self.range_check.setChecked(not whole_unit)

    @property
    def precision(self) -> Precision:
        return Precision(self.precision_box.currentData())

    def fields(self) -> EventFields:
        return EventFields(
            " ".join(self.title_edit.text().split()),
            str(self.category_box.currentData()),
            _pydate(self.start_edit.date()),
            self.precision,
            _pydate(self.end_edit.date()) if self.range_check.isChecked() else None,
        )

    def date_spec(self) -> DateSpec:
        """The date as entered; raises ValueError when the range ends before it starts."""
        return self.fields().date

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            spec = self.date_spec()
        except ValueError as error:
            self.preview.setText(f"<span style='color:#a00'>{error}</span>")
            ok.setEnabled(False)
            return
        span = spec.start.isoformat()
        if spec.end != spec.start:
            span += f" to {spec.end.isoformat()}"
        self.preview.setText(f"Drawn as {span} · TIMEX3 value {spec.value}")
        ok.setEnabled(bool(self.title_edit.text().strip()))


def edit_for(
    event: Event, fields: EventFields, initial: EventFields | None = None
) -> dict[str, object]:
    """The keyword arguments of ``Workspace.edit`` for what the analyst changed, and only
    that: a date whose fields are as the dialog showed them (``initial``) stays as read."""
    changes: dict[str, object] = {}
    date = fields.date
    untouched = initial is not None and (fields.start, fields.precision, fields.end) == (
        initial.start,
        initial.precision,
        initial.end,
    )
    if not untouched and (date.start, date.end, date.precision) != (
        event.start,
        event.end,
        event.precision,
    ):
        changes.update(start=fields.start, precision=fields.precision, end=fields.end)
    if fields.title != event.title:
        changes["title"] = fields.title
    if fields.category != event.category:
        changes["category"] = fields.category
    return changes


# ----------------------------------------------------------------- commands


class CorrectionCommand(QUndoCommand):
    """One correction on the undo stack; ``focus_*`` say which event to select afterwards."""

    def __init__(
        self,
        controller: CorrectionController,
        correction: Correction,
        text: str,
        focus_after_redo: Target | None,
        focus_after_undo: Target | None,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.correction = correction
        self.focus_after_redo = focus_after_redo
        self.focus_after_undo = focus_after_undo

    def redo(self) -> None:
        self.controller.workspace_changed(
            lambda ws: ws.apply(self.correction), self.focus_after_redo
        )

    def undo(self) -> None:
        def take_back(ws: Workspace) -> None:
            taken = ws.undo_last()
            if taken != self.correction:  # the stack and the workspace disagree: a bug
                raise RuntimeError("undo out of step with the workspace's corrections")

        self.controller.workspace_changed(take_back, self.focus_after_undo)


# -------------------------------------------------------------- controller


class CorrectionController(QObject):
    """The Edit menu, the context menus and the undo stack of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("correctionController")
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.dialog: EventDialog | None = None
        self.menu: QMenu | None = None
        """The context menu last shown."""
        self._build_actions()

    # ------------------------------------------------------------ actions
    def _action(self, text: str, slot: object, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        window = self.window
        self.undo_action = self.undo_stack.createUndoAction(window, "&Undo")
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(window, "&Redo")
        self.redo_action.setObjectName("redoAction")
        # Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows); a sequence
        # listed twice would make the shortcut ambiguous and do nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.edit_action = self._action("&Edit Event…", self.edit_selected, "editEventAction")
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.delete_action = self._action(
            "&Delete Event", self.delete_selected, "deleteEventAction"
        )
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        # Enter and Delete belong to the event views, never to a text field elsewhere.
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.event_table.addAction(action)
            window.timeline.addAction(action)
        self.add_from_selection_action = self._action(
            "Add Event from &Selection…", self.add_from_selection, "addEventFromSelectionAction"
        )
        self.add_action = self._action("&Add Event…", self.add_free_standing, "addEventAction")
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.split_action = self._action(
            "Undo &Merge (Show Sources Separately)", self.split_selected, "undoMergeAction"
        )

        menu = self._edit_menu()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        for action in (self.edit_action, self.delete_action, self.split_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.add_from_selection_action)
        menu.addAction(self.add_action)
        menu.aboutToShow.connect(self.update_actions)

        window.event_table.doubleClicked.connect(lambda _index: self.edit_selected())
        window.event_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.event_table.customContextMenuRequested.connect(self._on_table_menu)
        canvas = window.timeline.canvas
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self._on_timeline_menu)
        panel = window.passage_panel
        panel.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.customContextMenuRequested.connect(self._on_passage_menu)
        # An article opened in its own window gets "Add Event from Selection…" too; these
        # run after the window's own slots, so the viewer exists by then.
        window.passage_view.document_requested.connect(self._on_document_opened)
        window.unanchored_panel.document_requested.connect(self._on_document_opened)
        window.document_list.document_opened.connect(self._on_document_opened)
        window.events_changed.connect(self.update_actions)
        window.event_table.selectionModel().selectionChanged.connect(self.update_actions)
        panel.selectionChanged.connect(self.update_actions)
        self.update_actions()

    def _edit_menu(self) -> QMenu:
        """The window's Edit menu, made here (after File) unless someone already made it."""
        bar = self.window.menuBar()
        actions = bar.actions()
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu) and menu.title().replace("&", "") == "Edit":
                return menu
        menu = QMenu("&Edit", bar)
        menu.setObjectName("editMenu")
        before = actions[1] if len(actions) > 1 else None
        if before is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(before, menu)
        return menu

    def update_actions(self) -> None:
        event = self.selected_event()
        self.edit_action.setEnabled(event is not None)
        self.delete_action.setEnabled(event is not None)
        self.split_action.setEnabled(event is not None and len(event_spans(event)) > 1)
        self.add_from_selection_action.setEnabled(self.selected_passage() is not None)

    # ---------------------------------------------------------- selection
    def selected_index(self) -> int | None:
        """The selected event's place in ``window.events`` (what the table and timeline show)."""
        index = self.window.timeline.plot.selected
        if index is None:
            index = self.window.event_table.selected_row()
        if index is None or not 0 <= index < len(self.window.events):
            return None
        return index

    def selected_event(self) -> Event | None:
        index = self.selected_index()
        return None if index is None else self.window.events[index]

    def selected_passage(self) -> tuple[int, int, int] | None:
        """(document, char_start, char_end) of the words selected in the passage panel,
        in the document of the source it shows."""
        view = self.window.passage_view
        if view.shown_event is None or not view.sources:
            return None
        document = view.sources[view.source_index % len(view.sources)].document
        if not 0 <= document < len(self.window.documents):
            return None
        near = view.sources[view.source_index % len(view.sources)].char_start
        return self._selection_in(self.window.passage_panel.textCursor(), document, near)

    def _selection_in(
        self, cursor: QTextCursor, document: int, near: int
    ) -> tuple[int, int, int] | None:
        text = self.window.documents[document].text
        span = selection_span(cursor, text, near)
        return None if span is None else (document, *span)

    def _on_document_opened(self, document: int, *_span: int) -> None:
        for viewer in self.window.findChildren(QDialog, "documentViewer"):
            if not viewer.property("addsEvents"):
                self.attach_document_viewer(viewer, document)

    def attach_document_viewer(self, viewer: QWidget, document: int) -> None:
        """Give an opened article's text an "Add Event from Selection…" context menu."""
        browser = viewer.findChild(QTextBrowser)
        if browser is None:
            return
        viewer.setProperty("addsEvents", True)
        browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show_menu(pos: QPoint) -> None:
            menu = browser.createStandardContextMenu(pos)
            menu.addSeparator()
            action = menu.addAction("Add Event from Selection…")
            span = self._selection_in(browser.textCursor(), document, 0)
            action.setEnabled(span is not None)
            action.triggered.connect(lambda: self.add_from_span(span))
            self._popup(menu, browser.viewport().mapToGlobal(pos))

        browser.customContextMenuRequested.connect(show_menu)

    def _focus_index(self, target: Target | None) -> int | None:
        if target is None:
            return None
        events = self.window.events
        if isinstance(target, Anchor):
            return locate(target, events, self.window.documents)
        return next((i for i, e in enumerate(events) if e.id == target), None)

    def _selected_target(self) -> Target | None:
        event = self.selected_event()
        return None if event is None else self.window.workspace.target_of(event)

    def workspace_changed(
        self, change: Callable[[Workspace], object], focus: Target | None
    ) -> None:
        """Change the workspace, show the result at once, and keep an event selected:
        ``focus`` if given, else the one selected before."""
        before = self._selected_target() if focus is None else focus
        change(self.window.workspace)
        self.window._refresh_events()
        index = self._focus_index(before)
        self.window.select_event(index)
        self.update_actions()

    # --------------------------------------------------------- corrections
    def push(
        self,
        correction: Correction,
        text: str,
        focus_after_redo: Target | None = None,
        focus_after_undo: Target | None = None,
    ) -> None:
        self.undo_stack.push(
            CorrectionCommand(self, correction, text, focus_after_redo, focus_after_undo)
        )

    def edit_event(
        self, event: Event, fields: EventFields, initial: EventFields | None = None
    ) -> bool:
        """Apply what the dialog changed; False when nothing did."""
        changes = edit_for(event, fields, initial)
        if not changes:
            return False
        correction = self.window.workspace.edit(event, **changes)  # type: ignore[arg-type]
        fields_named = {"start": "date", "title": "title", "category": "category"}
        names = [name for key, name in fields_named.items() if key in changes]
        text = f"Edit {' and '.join(names)} of {quoted_title(event.title)}"
        self.push(correction, text, correction.target, correction.target)
        return True

    def delete_event(self, event: Event) -> None:
        """Delete, then select the row below (or above), so Delete can be pressed again."""
        neighbour = self._neighbour(event)
        after = None if neighbour is None else self.window.workspace.target_of(neighbour)
        correction: DeleteEvent = self.window.workspace.delete(event)
        self.push(correction, f"Delete {quoted_title(event.title)}", after, correction.target)

    def _neighbour(self, event: Event) -> Event | None:
        """The event on the next row of the table as sorted now, else the previous one."""
        table = self.window.event_table
        events = self.window.events
        if event not in events:
            return None
        row = table.proxy.mapFromSource(table.source_model.index(events.index(event), 0)).row()
        for other in (row + 1, row - 1):
            if 0 <= other < table.proxy.rowCount():
                source = table.proxy.mapToSource(table.proxy.index(other, 0)).row()
                return events[source]
        return None

    def add_event(
        self, fields: EventFields, passage: tuple[int, int, int] | None = None
    ) -> AddEvent:
        where: dict[str, int] = {}
        if passage is not None:
            document, start, end = passage
            where = {"document": document, "char_start": start, "char_end": end}
        correction = self.window.workspace.add_manual(
            start=fields.start,
            precision=fields.precision,
            end=fields.end,
            title=fields.title,
            category=fields.category,
            **where,
        )
        self.push(correction, f"Add event {quoted_title(fields.title)}", correction.event_id)
        return correction

    def split_event(self, event: Event) -> UndoMerge:
        correction = self.window.workspace.split(event)
        count = len(correction.sources)
        text = f"Undo merge of {count} sources of {quoted_title(event.title)}"
        first = correction.sources[0]
        self.push(correction, text, first, first)
        return correction

    def set_reference_date(self, doc_index: int, day: dt.date | None) -> None:
        """Set a document's reference date as one undoable step (MainWindow delegates here)."""
        correction = self.window.workspace.set_reference_date(doc_index, day)
        name = Path(correction.path).name
        if day is None:
            text = f"Clear the reference date of {name}"
        else:
            text = f"Set the reference date of {name} to {day.isoformat()}"
        self.push(correction, text)
        self.window.statusBar().showMessage(text, 6000)

    # ------------------------------------------------------------- slots
    def edit_selected(self) -> EventDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        dialog = EventDialog(self.window, "Edit Event", event, event.passage)

        def accepted() -> None:
            # The event may have moved in the list meanwhile; edit what the dialog showed.
            self.edit_event(event, dialog.fields(), dialog.initial)

        return self._open(dialog, accepted)

    def delete_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.delete_event(event)

    def split_selected(self) -> None:
        event = self.selected_event()
        if event is not None and len(event_spans(event)) > 1:
            self.split_event(event)

    def add_from_selection(self) -> EventDialog | None:
        return self.add_from_span(self.selected_passage())

    def add_from_span(self, span: tuple[int, int, int] | None) -> EventDialog | None:
        """The add dialog for the words at ``span`` = (document, start, end), dated by
        default like the selected event (or the document's reference date)."""
        if span is None:
            return None
        document, start, end = span
        text = self.window.documents[document].text[start:end]
        event = self.selected_event()
        day = event.start if event is not None else self.window.documents[document].reference_date
        dialog = EventDialog(self.window, "Add Event from Selection", passage=text, default_day=day)
        dialog.title_edit.setText(" ".join(text.split()[:10]))
        return self._open(dialog, lambda: self.add_event(dialog.fields(), span))

    def add_free_standing(self) -> EventDialog | None:
        event = self.selected_event()
        day = event.start if event is not None else None
        if day is None:
            days = [e.start for e in self.window.events]
            day = max(days) if days else None
        dialog = EventDialog(self.window, "Add Event", default_day=day)
        return self._open(dialog, lambda: self.add_event(dialog.fields()))

    def _open(self, dialog: EventDialog, on_accept: object) -> EventDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)

        def forget() -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.finished.connect(forget)
        dialog.open()
        return dialog

    # ------------------------------------------------------- context menus
    def event_menu(self) -> QMenu:
        """The menu a right click on an event shows; the event is selected first."""
        self.update_actions()
        menu = QMenu(self.window)
        menu.setObjectName("eventContextMenu")
        for action in (self.edit_action, self.delete_action, self.split_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.add_action)
        return menu

    def _popup(self, menu: QMenu, where: QPoint) -> None:
        """Show a context menu without blocking; it deletes itself once closed."""
        if self.menu is not None and shiboken6.isValid(self.menu):
            self.menu.close()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        menu.popup(where)

    def _on_table_menu(self, pos: QPoint) -> None:
        table = self.window.event_table
        index = table.indexAt(pos)
        if index.isValid():
            self.window.select_event(table.proxy.mapToSource(index).row())
        self._popup(self.event_menu(), table.viewport().mapToGlobal(pos))

    def _on_timeline_menu(self, pos: QPoint) -> None:
        canvas = self.window.timeline.canvas
        ratio = canvas.device_pixel_ratio
        x, y = pos.x() * ratio, (canvas.height() - pos.y()) * ratio
        index = self.window.timeline.plot.event_at(x, y)
        if index is not None:
            self.window.select_event(index)
        self._popup(self.event_menu(), canvas.mapToGlobal(pos))

    def _on_passage_menu(self, pos: QPoint) -> None:
        panel = self.window.passage_panel
        self.update_actions()
        menu = panel.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addAction(self.add_from_selection_action)
        self._popup(menu, panel.viewport().mapToGlobal(pos))


def install_correction_actions(window: MainWindow) -> CorrectionController:
    """Attach corrections and project files to ``window``: the Edit menu, undo and redo,
    context menus, and File's project actions."""
    from viewer.gui.project_actions import ProjectController

    controller = CorrectionController(window)
    window.corrections = controller
    window.projects = ProjectController(window, controller)  # type: ignore[attr-defined]
    return controller
