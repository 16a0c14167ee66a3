"""The main text of an HTML page, without scripts, styles, navigation or comment forms.

Block elements become line breaks so that headings and paragraphs stay units of their own for the
sentence splitter. Uses only the standard library parser, which tolerates broken markup.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose whole content is page furniture, never article text.
_DROP = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
    "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "menu",
    "figure",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
# class/id fragments that mark furniture in common news templates (comments, share bars, menus).
_FURNITURE = re.compile(
    r"(^|[-_\s])(comment|comments|respond|reply|share|sharing|social|related|sidebar|widget|menu|"
    r"navbar|breadcrumb|cookie|newsletter|subscribe|advert|ads?|promo|footer|header|tags?)([-_\s]|$)",
    re.I,
)
_BLOCK = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "table", "tr", "td", "th", "blockquote", "pre", "dl", "dt", "dd", "br", "hr", "title", "body",
}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip_stack: list[str] = []  # open elements being dropped
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in _BLOCK and not self._skip_stack:
                self.parts.append("\n")
            return
        if self._skip_stack:
            self._skip_stack.append(tag)
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if tag in _DROP or (marker and _FURNITURE.search(marker)) or ("hidden", None) in attrs:
            self._skip_stack.append(tag)
            return
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            # Pop up to the matching open tag; tolerate unclosed children.
            if tag in self._skip_stack:
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
            return
        if not self._skip_stack:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Return (main text, page title). Runs of spaces fold; each block ends its line."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
    text = "\n".join(line for line in lines if line)
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip() or None
    return text, title
