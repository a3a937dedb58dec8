"""Labels as filled outlines instead of Text artists.

Matplotlib rasterises every Text anew at each draw, at a cost of milliseconds per
label, so a hundred labels would blow the 50 ms budget of a pan. The outlines of
the same glyphs, gathered into one PathCollection, draw in a fraction of that.
Glyph outlines and advances are read once per character; a label is then only
a concatenation, kept in a bounded cache.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np
import numpy.typing as npt
from matplotlib.backends.backend_agg import get_hinting_flag
from matplotlib.colors import to_rgb
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import Kerning, LoadFlags
from matplotlib.path import Path
from matplotlib.textpath import TextPath

_UNITS = 100.0  # the size outlines are read at, in points
_EMPTY = Path(np.zeros((1, 2)), [Path.MOVETO])


class TextOutlines:
    """Outlines of short one-line strings in one font: in points, baseline at y = 0, from x = 0."""

    def __init__(self, prop: FontProperties, max_cached: int = 4000) -> None:
        self._prop = prop
        self._scale = prop.get_size_in_points() / _UNITS
        self._font_file = findfont(prop)
        self._glyphs: dict[
            str, tuple[npt.NDArray[np.float64], npt.NDArray[np.uint8], float, int]
        ] = {}
        self._kerning: dict[tuple[int, int], float] = {}
        self._paths: OrderedDict[str, Path] = OrderedDict()
        self._widths: dict[str, float] = {}
        self._max_cached = max_cached

    @property
    def size(self) -> float:
        return self._prop.get_size_in_points()

    def path(self, text: str) -> Path:
        cached = self._paths.get(text)
        if cached is not None:
            self._paths.move_to_end(text)
            return cached
        path = self._build(text)
        self._paths[text] = path
        if len(self._paths) > self._max_cached:
            self._paths.popitem(last=False)
        return path

    def width(self, text: str) -> float:
        """Ink width in points: what the label covers on screen."""
        width = self._widths.get(text)
        if width is None:
            vertices = np.asarray(self.path(text).vertices)
            width = float(vertices[:, 0].max()) if len(vertices) > 1 else 0.0
            self._widths[text] = width
        return width

    def ascent_descent(self) -> tuple[float, float]:
        """How far letters reach above and below the baseline, in points."""
        ys = np.asarray(self.path("Hgjy\u00c9").vertices)[:, 1]
        return float(ys.max()), float(-ys.min())

    def _glyph(
        self, char: str
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.uint8], float, int]:
        glyph = self._glyphs.get(char)
        if glyph is not None:
            return glyph
        font = get_font(self._font_file)
        font.set_size(_UNITS, 72)
        index = font.get_char_index(ord(char))
        if index == 0 and not char.isspace():
            # Not in the main font: let TextPath find a fallback font for it.
            fallback = TextPath((0, 0), char, size=_UNITS, prop=self._prop)
            verts = np.asarray(fallback.vertices, dtype=float)
            codes = np.asarray(fallback.codes if fallback.codes is not None else [], dtype=np.uint8)
            advance = float(fallback.get_extents().x1) if len(verts) else _UNITS * 0.5
        else:
            loaded = font.load_char(ord(char), flags=LoadFlags.NO_HINTING)
            raw_verts, raw_codes = font.get_path()
            verts = np.asarray(raw_verts, dtype=float)
            codes = np.asarray(raw_codes, dtype=np.uint8)
            advance = loaded.linearHoriAdvance / 65536.0
        glyph = (verts * self._scale, codes, advance * self._scale, index)
        self._glyphs[char] = glyph
        return glyph

    def _kern(self, left: int, right: int) -> float:
        pair = (left, right)
        value = self._kerning.get(pair)
        if value is None:
            font = get_font(self._font_file)
            font.set_size(_UNITS, 72)
            units = font.get_kerning(left, right, Kerning.DEFAULT)  # type: ignore[arg-type]
            value = units / 64.0 * self._scale
            self._kerning[pair] = value
        return value

    def _build(self, text: str) -> Path:
        verts: list[npt.NDArray[np.float64]] = []
        codes: list[npt.NDArray[np.uint8]] = []
        x = 0.0
        previous = 0
        for char in text:
            g_verts, g_codes, advance, index = self._glyph(char)
            if previous and index:
                x += self._kern(previous, index)
            if len(g_codes):
                verts.append(g_verts + np.array([x, 0.0]))
                codes.append(g_codes)
            x += advance
            previous = index
        if not verts:
            return _EMPTY
        return Path(np.concatenate(verts), np.concatenate(codes))


_Bitmap = tuple[npt.NDArray[np.uint8], int, int]


class TextBitmaps:
    """Labels rasterised once, as Agg would draw them as Text, then pasted at every draw.

    For the window and PNG export (Agg); vector formats get the outlines instead, so that
    SVG and PDF stay sharp at any zoom.
    """

    def __init__(self, prop: FontProperties, color: str, max_cached: int = 4000) -> None:
        self._prop = prop
        self._font_file = findfont(prop)
        self._rgb = np.array(to_rgb(color)) * 255
        self._images: OrderedDict[tuple[str, float], _Bitmap] = OrderedDict()
        self._widths: dict[tuple[str, float], float] = {}
        self._advances: dict[tuple[str, float], tuple[float, int]] = {}
        self._glyphs: dict[
            tuple[str, float], tuple[npt.NDArray[np.uint8], int, float, float, int]
        ] = {}
        self._kerning: dict[tuple[int, int, float], float] = {}
        self._max_cached = max_cached

    def width(self, text: str, dpi: float) -> float:
        """Width in pixels as Agg lays the text out (hinting makes it a little wider than the
        outline), so that labels spaced by it keep clear of each other.

        Summed from cached hinted advances and kerning: laying out the whole string with
        FreeType costs about a millisecond, which thousands of candidate labels cannot afford.
        It never falls short of the true width by more than a fraction of a pixel; half a
        pixel is added for that.
        """
        key = (text, dpi)
        width = self._widths.get(key)
        if width is None:
            width = 0.5
            previous = 0
            for char in text:
                advance, index = self._advance(char, dpi)
                if previous and index:
                    width += self._kern(previous, index, dpi)
                width += advance
                previous = index
            self._widths[key] = width
        return width

    def _font(self, dpi: float) -> Any:
        font = get_font(self._font_file)
        font.clear()
        font.set_size(self._prop.get_size_in_points(), dpi)
        return font

    def _advance(self, char: str, dpi: float) -> tuple[float, int]:
        key = (char, dpi)
        found = self._advances.get(key)
        if found is None:
            font = self._font(dpi)
            glyph = font.load_char(ord(char), flags=get_hinting_flag())  # type: ignore[no-untyped-call]
            found = (glyph.horiAdvance / 64.0, int(font.get_char_index(ord(char))))
            self._advances[key] = found
        return found

    def _kern(self, left: int, right: int, dpi: float) -> float:
        key = (left, right, dpi)
        value = self._kerning.get(key)
        if value is None:
            units = self._font(dpi).get_kerning(left, right, Kerning.DEFAULT)
            value = units / 64.0
            self._kerning[key] = value
        return value

    def image(self, text: str, dpi: float) -> _Bitmap:
        """``text`` as an RGBA image (bottom row first, as Agg pastes it), with where to put
        it: its bottom edge this many pixels below the baseline, its left edge this many
        pixels from where the text starts.

        Built from glyph bitmaps rendered once each and placed at hinted advances: laying a
        whole string out with FreeType costs a millisecond or more, and a pan or zoom shows
        dozens of new labels.
        """
        key = (text, dpi)
        cached = self._images.get(key)
        if cached is not None:
            self._images.move_to_end(key)
            return cached
        placed = []
        pen = 0.0
        previous = 0
        for char in text:
            alpha, below, bearing, advance, index = self._glyph(char, dpi)
            if previous and index:
                pen += self._kern(previous, index, dpi)
            if alpha.size:
                # Text sets ink a pixel right of the pen plus bearing; the bitmap has that
                # pixel of margin on its left, so it goes at the bearing itself.
                placed.append((alpha, round(pen + bearing), below))
            pen += advance
            previous = index
        if not placed:
            result: _Bitmap = (np.zeros((1, 1, 4), dtype=np.uint8), 0, 0)
        else:
            left = min(x for _, x, _ in placed)
            right = max(x + a.shape[1] for a, x, _ in placed)
            bottom = max(b for _, _, b in placed)  # pixels below the baseline
            top = max(a.shape[0] - b for a, _, b in placed)  # pixels above it
            canvas = np.zeros((top + bottom, right - left), dtype=np.uint8)
            for glyph, x, below in placed:
                row = top - (glyph.shape[0] - below)
                region = canvas[row : row + glyph.shape[0], x - left : x - left + glyph.shape[1]]
                np.maximum(region, glyph, out=region)
            rgba = np.empty((*canvas.shape, 4), dtype=np.uint8)
            rgba[..., :3] = self._rgb.astype(np.uint8)
            rgba[..., 3] = canvas
            result = (np.ascontiguousarray(rgba[::-1]), bottom, left)
        self._images[key] = result
        if len(self._images) > self._max_cached:
            self._images.popitem(last=False)
        return result

    def _glyph(self, char: str, dpi: float) -> tuple[npt.NDArray[np.uint8], int, float, float, int]:
        """One glyph rendered alone: its bitmap, how far the bitmap reaches below the
        baseline, its left bearing, its advance and its index in the font."""
        key = (char, dpi)
        found = self._glyphs.get(key)
        if found is None:
            font = self._font(dpi)
            font.set_text(char, 0.0, flags=get_hinting_flag())  # type: ignore[no-untyped-call]
            font.draw_glyphs_to_bitmap(antialiased=True)
            alpha = np.asarray(font.get_image()).copy()
            below = round(font.get_descent() / 64.0) + 1  # the bitmap has a pixel of margin
            if not alpha.any():
                alpha = np.zeros((0, 0), dtype=np.uint8)
            font = self._font(dpi)
            loaded = font.load_char(ord(char), flags=get_hinting_flag())  # type: ignore[no-untyped-call]
            index = int(font.get_char_index(ord(char)))
            found = (alpha, below, loaded.horiBearingX / 64.0, loaded.horiAdvance / 64.0, index)
            self._glyphs[key] = found
        return found
