"""HTML mail parts to plain text, fast (selectolax/lexbor), keeping what the later stages read.

What is kept and why:

- line structure from blocks (``p``, ``div``, ``br``, headings, table rows), so the quote
  splitter can scan lines as it does for plain mail;
- link text, never the ``href``: URLs in portal mail carry login tokens;
- list items, each on its own line prefixed ``- `` (released file names live in lists);
- table cells in order, one row per line, cells joined by `` | ``;
- ``blockquote`` contents as ``> `` quoted lines (nested: ``> > ``), and the text of the
  Gmail/Outlook quote containers (``div.gmail_quote``, ``#divRplyFwdMsg``, the
  ``border-top`` ``From:`` block), so the splitter finds the quoted history by its text;
- ``hr`` as an underscore line, the form Outlook's own plain part uses above ``From:``.

Dropped: ``head``, ``style``, ``script``, comments, hidden elements and images, alt text
included (tracking pixels; a logo's "City seal" above a portal's "reply above this line"
marker would read as text written above it).
Entities are decoded by the parser; non-breaking and zero-width spaces are normalised.

The walk is iterative (an explicit stack), so deeply nested quote chains never hit
Python's recursion limit.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["html_to_text"]

_SKIP = frozenset({
    "head", "style", "script", "noscript", "template", "title", "meta", "link",
    "svg", "object", "iframe", "embed", "audio", "video", "canvas", "map",
    "-comment", "select", "button", "input", "textarea",
})
# Blocks that end a line before and after them.
_BLOCK = frozenset({
    "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody", "thead",
    "tfoot", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
    "address", "center", "form", "fieldset", "main", "nav", "aside", "figure",
    "figcaption", "caption", "body", "html", "details", "summary", "legend",
})
# Blocks followed by a blank line (paragraph spacing). Outlook's ``p.MsoNormal`` is one
# line per element with explicit empty paragraphs for blank lines, so it is excluded.
_PARA = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre"})

_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)
_URL_QUERY = re.compile(r"(https?://[^\s?#]+)[?#]\S*", re.I)
_BLANKS = re.compile(r"\n{3,}")

# Stack actions.
_ENTER, _EXIT_BLOCK, _EXIT_QUOTE, _EXIT_LIST, _EXIT_PRE, _EXIT_PARA, _EXIT_MSO = range(7)


class _Writer:
    """Accumulates inline text into lines, each written with the current quote prefix."""

    __slots__ = ("blank_pending", "cell_pending", "cur", "depth", "lines", "list_depth", "pre")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.depth = 0
        self.list_depth = 0
        self.pre = 0
        self.blank_pending = False
        # A table cell began after text on this line: write " | " once its own text comes.
        self.cell_pending = False

    def text(self, s: str) -> None:
        if not s:
            return
        if self.pre:
            parts = s.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.hard_break()
                if part:
                    self.cur.append(part.replace("\u00a0", " "))
            return
        if s.isspace():
            s = " "
        elif "\n" in s or "\t" in s or "  " in s or "\u00a0" in s or "\r" in s or not s.isascii():
            s = _WS.sub(" ", s)
        if s == " ":
            if self.cur and not self.cur[-1].endswith(" "):
                self.cur.append(" ")
            return
        if not self.cur or self.cur[-1].endswith(" "):
            s = s.lstrip(" ")
        if s:
            self._emit_blank()
            if self.cell_pending:
                self.cell_pending = False
                if self.cur:
                    self.cur.append(" | ")
                    s = s.lstrip(" ")
            self.cur.append(s)

    def _emit_blank(self) -> None:
        if self.blank_pending and not self.cur:
            if self.lines and self.lines[-1].strip(" >"):
                self.lines.append(self._prefix().rstrip())
            self.blank_pending = False

    def _prefix(self) -> str:
        return "> " * self.depth

    def line_break(self) -> None:
        """End the current line if it has text (block boundaries)."""
        if not self.cur:
            self.cell_pending = False
            return
        line = "".join(self.cur).rstrip(" ") if self.pre else "".join(self.cur).strip(" ")
        self.cur = []
        self.cell_pending = False
        if line:
            self.lines.append(self._prefix() + line)

    def hard_break(self) -> None:
        """``<br>``: end the line even when empty, so consecutive breaks make blank lines."""
        self._emit_blank()
        line = "".join(self.cur).rstrip(" ") if self.pre else "".join(self.cur).strip(" ")
        self.cur = []
        self.lines.append((self._prefix() + line) if line else self._prefix().rstrip())

    def paragraph(self) -> None:
        self.line_break()
        self.blank_pending = True

    def result(self) -> str:
        self.line_break()
        text = "\n".join(self.lines).strip("\n")
        return _BLANKS.sub("\n\n", text)


def _hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _indent_only(node: LexborNode) -> bool:
    """Gmail's "indent" button makes ``<blockquote style="margin:0 0 0 40px;border:none">``:
    an indented passage of the writer's own letter, not a quote."""
    attrs = node.attributes
    if not attrs or attrs.get("type") == "cite" or "quote" in (attrs.get("class") or ""):
        return False
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "border:none" in style and "border-left:" not in style


def html_to_text(html: str) -> str:
    """Render an HTML mail body as plain text lines (see the module doc for what is kept)."""
    if not html or not html.strip():
        return ""
    html = _ZERO_WIDTH.sub("", html)
    tree = LexborHTMLParser(html)
    root = tree.root
    if root is None:
        return ""
    w = _Writer()
    stack: list[tuple[int, LexborNode | None]] = [(_ENTER, root)]
    mso_marks: list[int] = []  # len(w.lines) when each open Outlook paragraph began
    while stack:
        action, node = stack.pop()
        if action == _EXIT_BLOCK:
            w.line_break()
            continue
        if action == _EXIT_QUOTE:
            w.line_break()
            w.depth -= 1
            w.blank_pending = False
            continue
        if action == _EXIT_LIST:
            w.line_break()
            w.list_depth -= 1
            continue
        if action == _EXIT_PRE:
            w.line_break()
            w.pre -= 1
            w.blank_pending = True
            continue
        if action == _EXIT_PARA:
            w.paragraph()
            continue
        if action == _EXIT_MSO:
            # Outlook writes a blank line as an empty paragraph (<p>&nbsp;</p>).
            empty = not w.cur and len(w.lines) == mso_marks.pop()
            if empty:
                w.paragraph()
            else:
                w.line_break()
            continue
        assert node is not None
        tag = node.tag
        if tag == "-text":
            w.text(node.text_content or "")
            continue
        if tag in _SKIP or tag is None or tag.startswith("-"):
            continue
        if tag == "br":
            w.hard_break()
            continue
        if tag == "img":
            continue
        if _hidden(node):
            continue
        if tag == "hr":
            w.line_break()
            w.lines.append(w._prefix() + "_" * 32)
            continue
        if tag == "a":
            # The link text, never the href; a bare URL as text loses its query (tokens).
            text = node.text(deep=True) or ""
            if "://" in text:
                text = _URL_QUERY.sub(r"\1", text)
            w.text(text)
            continue
        if tag in ("td", "th"):
            w.cell_pending = bool(w.cur)
        elif tag == "blockquote" and _indent_only(node):
            w.line_break()
            stack.append((_EXIT_BLOCK, None))
        elif tag == "blockquote":
            w.line_break()
            w.depth += 1
            w.blank_pending = False
            stack.append((_EXIT_QUOTE, None))
        elif tag == "li":
            w.line_break()
            w.text("- ")
            stack.append((_EXIT_BLOCK, None))
        elif tag in ("ul", "ol"):
            w.line_break()
            w.list_depth += 1
            if w.list_depth == 1:
                stack.append((_EXIT_PARA, None))
            stack.append((_EXIT_LIST, None))
        elif tag == "pre":
            w.line_break()
            w.pre += 1
            stack.append((_EXIT_PRE, None))
        elif tag in _BLOCK:
            w.line_break()
            if tag == "p" and "Mso" in (node.attributes.get("class") or ""):
                mso_marks.append(len(w.lines))
                stack.append((_EXIT_MSO, None))
            elif tag in _PARA:
                stack.append((_EXIT_PARA, None))
            else:
                stack.append((_EXIT_BLOCK, None))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((_ENTER, child))
    return w.result()

