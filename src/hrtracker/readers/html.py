"""HTML reader: main text via trafilatura (headings, paragraphs, list items, table cells kept as
blocks), with a plain lxml whole-text fallback when trafilatura finds nothing."""

from __future__ import annotations

import re
from collections import Counter

from ..errors import ReadError
from ..models import Document
from .blocks import BlockText
from .text import INVISIBLE, PICTOGRAPH

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENC = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "dd",
    "dt",
}
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg")


def decode_html(data: bytes, name: str) -> str:
    """Decode HTML bytes: BOM, then <meta charset> / XML declaration, then UTF-8, then detection."""
    import codecs

    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        from .text import decode

        return decode(data, name)
    m = _META_CHARSET.search(data[:4096]) or _XML_ENC.search(data[:512])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        if enc in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
            enc = "cp1252"  # what browsers do
        try:
            codecs.lookup(enc)
            return data.decode(enc, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    from .text import decode

    return decode(data, name)


class _Builder(BlockText):
    def __init__(self) -> None:
        super().__init__()
        self.tables = 0  # tables seen so far

    def add(self, kind: str, text: str, level: int | None = None, marker: str | None = None,
            cell: tuple[int, int, int] | None = None, lines: bool = False) -> None:
        # a marker left outside a list item: its text stays; ``lines``: the text's line breaks stay (the
        # paragraphs of a table cell)
        text = text.replace(MARK, "").replace(LEVEL, "").translate(INVISIBLE)
        text = ("\n".join(" ".join(x.split()) for x in text.split("\n") if x.strip()) if lines
                else " ".join(text.split()))
        if not text or (marker and text == marker):
            return
        super().add(kind, text, level=level, marker=marker, cell=cell)


def _inline_text(el, lb: str = " ") -> str:
    """Text of an element without its nested lists / tables (those become blocks of their own); its own line
    breaks (``<lb/>``) become ``lb``."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag in ("list", "table"):
            pass
        elif ch.tag == "lb":
            out.append(lb)
        elif ch.tag in ("p", "head", "quote", "item"):  # a block inside a block: keep the words apart
            out.append(" " + _inline_text(ch) + " ")
        else:
            out.append(_inline_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


# a line that opens a list item: "1.", "2)", "(a)", "a)", "-", "•"
# (or a pictograph: "▪ поддержать ...", "🇩🇪🇨🇦 Германия и Канада рекомендовали ..." in a social network's post)
_ITEM_LINE = re.compile(r"\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[-–—•·▪*❓]\ufe0f?|\d\ufe0f?\u20e3"
                        r"|" + PICTOGRAPH + r"\ufe0f?)\s*\S")


def _lines(el) -> list[str]:
    """The lines of a paragraph that holds line breaks (``<lb/>``, an HTML ``<br>``)."""
    return [x for x in _inline_text(el, "\n").split("\n") if x.strip()]


def _add_lines(b: _Builder, lines: list[str], whole: str) -> None:
    """A paragraph of line breaks as one paragraph (``whole``), or as one paragraph a line when two or more of its
    lines open like list items ("<b>Recommendations:</b><br>1. Repeal ...<br>2. Adopt ...": a list typed with line
    breaks)."""
    if sum(bool(_ITEM_LINE.match(x)) for x in lines[1:]) >= 2:
        for line in lines:
            b.add("paragraph", line)
    else:
        b.add("paragraph", whole)


def _layout_table(table) -> bool:
    """A table that lays out the page (a navigation column beside the text), not one of data: one of its
    cells holds the text of several sections, many paragraphs long."""
    for cell in table.iter("cell"):
        blocks = [c for c in cell if c.tag in ("p", "head", "list", "quote", "table")]
        if len(blocks) >= 6 and len("".join(cell.itertext())) >= 2000:
            return True
    return False


def _only_paragraphs(cell, least: int = 2) -> list | None:
    """The paragraphs of a table cell that holds nothing else, ``least`` or more: its text is one line a paragraph
    ("<td><p>Require ...</p><p>Set up ...</p></td>")."""
    kids = [c for c in cell if isinstance(c.tag, str)]
    if len(kids) >= least and all(c.tag.lower() == "p" for c in kids) and not (cell.text or "").strip():
        return kids
    return None


def _walk_xml(el, b: _Builder, depth: int = 0) -> None:
    for ch in el:
        tag = ch.tag
        if tag == "head":
            rend = ch.get("rend", "h2")
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text = _inline_text(ch)
            if len(text.split()) > 20 and text.rstrip().endswith((".", ";")):
                b.add("paragraph", text)  # a whole sentence (a <summary> holding a recommendation) is no heading
            else:
                b.add("heading", text, level=level)
        elif tag in ("p", "quote", "code"):
            _add_lines(b, _lines(ch) if any(c.tag == "lb" for c in ch) else [], _inline_text(ch))
            # a list or table inside it (a <blockquote> quoting lettered sub-paragraphs) follows as blocks
            _walk_xml([c for c in ch if c.tag in ("list", "table")], b, depth)
        elif tag == "list":
            ordered = ch.get("rend", "") == "ol"
            n = 0
            for item in ch:
                if item.tag != "item":
                    continue
                n += 1
                raw = _inline_text(item)
                marker, text = _item(raw, f"{n}." if ordered else "-")
                b.add("list_item", f"{marker} {text}", marker=marker, level=max(depth, _item_level(raw)))
                # nested lists and tables; the item's inline children (bold, links) are already in its text
                _walk_xml([c for c in item if c.tag in ("list", "table")], b, depth + 1)
        elif tag == "table" and _layout_table(ch):
            for cell in (c for row in ch if row.tag == "row" for c in row if c.tag == "cell"):
                _walk_xml(cell, b)  # a table nested in a cell is met there
        elif tag == "table":
            b.tables += 1
            rows = [r for r in ch.iter("row")] or [ch]
            for r, row in enumerate(rows):
                for c, cell in enumerate(row.iter("cell")):
                    if paras := _only_paragraphs(cell):
                        b.add("table_cell", "\n".join(_inline_text(x) for x in paras), cell=(b.tables - 1, r, c),
                              lines=True)
                    else:
                        b.add("table_cell", _inline_text(cell), cell=(b.tables - 1, r, c))
        elif tag in ("main", "div", "doc", "item"):
            _walk_xml(ch, b, depth)
        elif tag == "comments":
            continue
        elif len(ch) or (ch.text or "").strip():
            b.add("paragraph", _inline_text(ch))


def _cell_of(td, tables: dict) -> tuple[int, int, int] | None:
    """(table, row, column) of an lxml td / th element; tables numbered in the order first met."""
    tr = td.getparent()
    table = next((a for a in td.iterancestors() if isinstance(a.tag, str) and a.tag.lower() == "table"), None)
    if tr is None or table is None:
        return None
    if table not in tables:  # the table's number and its rows' indexes, worked out once per table
        tables[table] = (len(tables), {row: k for k, row in enumerate(table.iter("tr"))})
    number, rows = tables[table]
    cols = [x for x in tr if isinstance(x.tag, str) and x.tag.lower() in ("td", "th")]
    return (number, rows.get(tr, 0), cols.index(td) if td in cols else 0)


def _fallback(html: str, b: _Builder) -> None:
    """Whole-page text with lxml: block elements become paragraphs/headings/list items."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return
    for bad in root.xpath("//" + " | //".join(_DROP_TAGS)):
        bad.drop_tree()
    body = root.find("body")
    if body is None:
        body = root
    tables: dict = {}

    def walk(el) -> None:
        if not isinstance(el.tag, str):
            return
        tag = el.tag.lower()
        # a Word or Google Docs cell wraps even one line in a <p>
        if tag in ("td", "th") and (paras := _only_paragraphs(el, least=1)):
            b.add("table_cell", "\n".join(c.text_content() for c in paras), cell=_cell_of(el, tables), lines=True)
            return
        if tag in _BLOCK_TAGS and not any(
            isinstance(c.tag, str) and c.tag.lower() in _BLOCK_TAGS for c in el
        ) and (tag in ("td", "th") or el.find(".//td") is None):  # (a box around a table is no paragraph)
            text = el.text_content()
            if tag[0] == "h" and tag[1:].isdigit():
                b.add("heading", text, level=int(tag[1:]))
            elif tag == "li":
                depth = sum(1 for a in el.iterancestors() if isinstance(a.tag, str) and a.tag.lower() in ("ul", "ol"))
                level = max(depth - 1, _item_level(text))
                marker, text = _item(text, "-")
                b.add("list_item", f"{marker} {text}", marker=marker, level=level)
            elif tag in ("td", "th"):
                b.add("table_cell", text, cell=_cell_of(el, tables))
            elif el.find(".//br") is not None:
                # line breaks: a line each when two or more lines open like list items ("▪️ закрепить ...;<br>▪️
                # вывести ..."), else the words on either side of a break kept apart
                for e in el.iter("br"):
                    e.tail = "\n" + (e.tail or "")
                lines = [x for x in el.text_content().split("\n") if x.strip()]
                _add_lines(b, lines, " ".join(lines))
            else:
                b.add("paragraph", text)
            return
        if el.text and el.text.strip() and tag not in ("html",):
            b.add("paragraph", el.text)
        for c in el:
            walk(c)
            if c.tail and c.tail.strip():
                b.add("paragraph", c.tail)

    walk(body)
    if not b.parts:
        b.add("paragraph", body.text_content())


_ASIDE = re.compile(r"<aside\b", re.I)
# an <ol> whose numbering is not 1, 2, 3: lettered or roman (type="a"), or starting elsewhere (start="11")
_OL_NUMBERING = re.compile(r"<ol\b[^>]*\b(?:type|start)\s*=|<li\b[^>]*\bvalue\s*=", re.I)
# the rendered marker put before such a list item's text, between two rare characters, for the walks
MARK = "\u2045"  # "⁅": trafilatura drops private-use and control characters
LEVEL = "\u2046"  # "⁆", once per level of nesting a list's class gives (Google Docs: "lst-kix_abc-1")
# Google Docs writes nested lists as sibling <ol>s whose class names the level
_GDOCS_LEVEL = re.compile(r"\blst-kix_\w+-(\d)\b")
_MARKED = re.compile(MARK + r"([^" + MARK + r"]{1,12})" + MARK + r"\s*")


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _ol_marker(kind: str, n: int) -> str:
    """The marker a browser shows for item ``n`` of an ``<ol type=kind>``; letters and roman numerals are
    written "(a)", "(iv)", as UN documents write sub-paragraphs."""
    if kind in ("a", "A"):
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return f"({letters.upper() if kind == 'A' else letters})"
    if kind in ("i", "I"):
        return f"({_roman(n).upper() if kind == 'I' else _roman(n)})"
    return f"{n}."


def _number_lists(root) -> bool:
    """Write the rendered marker ("(b)", "12.") before the text of each item of a lettered, roman or renumbered
    ``<ol>``: trafilatura keeps neither ``type`` nor ``start``, and a verdict on "sub-paragraph (b)" or a
    reference to "paragraph 12" needs the number the reader saw. Whether anything was written."""
    changed = False
    for lst in root.iter("ul", "ol"):
        depth = _GDOCS_LEVEL.search(lst.get("class") or "")
        if depth and int(depth.group(1)):
            for li in lst:
                if isinstance(li.tag, str) and li.tag.lower() == "li":
                    li.text = LEVEL * int(depth.group(1)) + (li.text or "")
                    changed = True
    for ol in root.iter("ol"):
        if ol.get("type") is None and ol.get("start") is None and not any(li.get("value") for li in ol):
            continue
        kind = (ol.get("type") or "1").strip()
        try:
            n = int(ol.get("start", "1")) - 1
        except ValueError:
            n = 0
        for li in ol:
            if not isinstance(li.tag, str) or li.tag.lower() != "li":
                continue
            try:
                n = int(li.get("value", "")) if li.get("value") else n + 1
            except ValueError:
                n += 1
            level = _item_level(li.text or "")
            li.text = LEVEL * level + f"{MARK}{_ol_marker(kind, n)}{MARK} " + (li.text or "").lstrip(LEVEL)
            changed = True
    return changed


def _item(text: str, default: str) -> tuple[str, str]:
    """(marker, text) of a list item: the rendered marker put there by _number_lists, else ``default``."""
    text = " ".join(text.split()).lstrip(LEVEL)
    m = _MARKED.match(text)
    if m:
        return m.group(1), text[m.end():]
    return default, text.replace(MARK, "")


def _item_level(text: str) -> int:
    """The nesting depth _number_lists wrote before an item's text (a Google Docs list's "lst-kix_…-1")."""
    t = text.lstrip()
    return len(t) - len(t.lstrip(LEVEL))


def _keep_boxes(root) -> bool:
    """Turn each ``<aside>`` inside the article (a "Key recommendation" box, a case study) into a ``<div>``: both
    trafilatura and the plain walk drop asides, which are right to drop beside the article (a sidebar) but not
    in it. Whether there was one."""
    boxes = [a for a in root.iter("aside") if any(p.tag in ("article", "main") for p in a.iterancestors())]
    for a in boxes:
        a.tag = "div"
    return bool(boxes)


def _open_details(root) -> bool:
    """Read accordions and quotations' attributions: a ``<summary>`` becomes a heading one level under the heading
    above it (the item "121.34 Independence of the judiciary" under its theme), and a ``<footer>`` inside a
    ``<blockquote>`` or ``<figure>`` a paragraph ("Recommended by Germany · supported"): the quotation's source,
    not the page's footer, which both walks drop. Whether there was one."""
    changed = False
    for box in [*root.iter("blockquote"), *root.iter("figure")]:
        for f in box.iter("footer"):
            f.tag = "p"
            changed = True
    for det in list(root.iter("details")):
        # a toggle list (Notion's "ul.toggle > li > details"): each item is a box of blocks, not one list item
        li = det.getparent()
        if li is not None and li.tag == "li" and len(li) == 1 and not (li.text or "").strip():
            li.tag = "div"
            lst = li.getparent()
            if lst is not None and lst.tag in ("ul", "ol") and all(c.tag == "div" for c in lst):
                lst.tag = "div"
            changed = True
    for el, above in _under_headings(root):
        if el.tag == "summary":
            # a title, not a whole sentence (a summary may hold the recommendation itself: "Committee against
            # Torture, 2021 ... Ensure that all detainees ...")
            words = el.text_content().split()
            sentence = len(words) > 20 or (len(words) > 6 and words[-1].endswith((".", ";")))
            el.tag = "p" if sentence else f"h{min(above + 1, 6)}"
            changed = True
    return changed


def _under_headings(root):  # noqa: ANN001, ANN202 - an lxml element; yields (element, level)
    """Each element of the page that is not a heading, with the level of the last heading before it (1 before
    any): the level a title turned into a heading goes one under. The elements are listed first, so that the
    caller may rewrite them."""
    above = 1
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if re.fullmatch(r"h[1-6]", el.tag):
            above = int(el.tag[1])
            continue
        yield el, above


# collapsible content that a reader opens with a click (Confluence expand macros, Bootstrap and jQuery UI
# accordions, spoilers): its text is the page's, although it is hidden and its classes name it so
_COLLAPSIBLE = re.compile(r"\b(?:expand-(?:container|content)|(?:accordion|panel)-(?:collapse|body)|collapse|"
                          r"ui-accordion-content|spoiler-(?:body|content)|toggle-content)\b")
_COLLAPSE_TITLE = re.compile(r"\b(?:expand-control|accordion-(?:header|button)|spoiler-(?:head|title)|toggle-title)\b")


_CHROME_CLASS = re.compile(r"nav|menu|header|footer|sidebar|cookie|modal|dropdown", re.I)


def _open_collapsibles(root) -> bool:
    """Open collapsible content: its box loses the classes and styles that hide it, which both walks drop, and
    its clickable title ("Paragraph 100 of the report (full text) - click to expand") becomes a heading one level
    under the heading above it, as a ``<summary>`` does. Whether there was one."""
    changed = False
    for el, above in _under_headings(root):
        cls = el.get("class") or ""
        if _CHROME_CLASS.search(cls):
            continue  # a collapsing navigation bar or menu ("collapse navbar-collapse") stays chrome
        if _COLLAPSE_TITLE.search(cls):
            text = " ".join(el.text_content().split())
            el.clear()
            el.tag, el.text = f"h{min(above + 1, 6)}", text
            changed = True
        elif _COLLAPSIBLE.search(cls):
            for a in ("class", "style", "hidden", "aria-hidden", "id"):
                el.attrib.pop(a, None)
            changed = True
    return changed


_FORM = re.compile(r"<form\b", re.I)
FORM_WORDS = 200  # a search box, a login or a newsletter sign-up holds a few dozen words at most


def _keep_forms(root) -> bool:
    """Turn each ``<form>`` that holds the page's text (an exported submission form: answers in ``<fieldset>``s)
    into a ``<div>``, its ``<legend>``s and field labels (``<dt>``) into headings: both walks drop forms, which
    are right to drop when they are a site's search box or sign-up, not when they are the document. Whether
    there was one."""
    forms = [f for f in root.iter("form") if len(f.text_content().split()) >= FORM_WORDS]
    for f in forms:
        f.tag = "div"
        for fs in f.iter("fieldset"):
            fs.tag = "div"
        for lg in f.iter("legend"):
            lg.tag = "h2"
        for dt in f.iter("dt"):  # a field's label ("Question 3: Which previous recommendations ...?")
            dt.tag = "h3"
    return bool(forms)


_BLOCKISH = ("p", "div", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
             "blockquote", "pre", "dl", "form", "fieldset", "header", "footer", "nav", "aside", "main", "br")
_BREAKS = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)


def _break_paragraphs(root) -> bool:
    """Split a ``<div>`` or ``<p>`` whose paragraphs are separated by blank lines (two ``<br>`` or more: a chat
    export's message, a forum post) into one ``<p>`` each, which both walks would otherwise run together. Whether
    there was one."""
    import html as html_lib

    import lxml.html

    changed = False
    for el in list(root.iter("div", "p")):
        kids = [c for c in el if isinstance(c.tag, str)]
        if not any(c.tag == "br" for c in kids) or any(
                isinstance(e.tag, str) and e.tag.lower() in _BLOCKISH and e.tag.lower() != "br"
                for e in el.iterdescendants()):
            continue
        inner = html_lib.escape(el.text or "", quote=False) + "".join(
            lxml.html.tostring(c, encoding="unicode") for c in el)
        parts = [p for p in _BREAKS.split(inner) if p.strip()]
        if len(parts) < 2:
            continue
        tail = el.tail
        el.clear()  # (drops the tail too)
        el.tag, el.tail = "div", tail
        for part in parts:
            el.append(lxml.html.fragment_fromstring(f"<p>{part}</p>"))
        changed = True
    return changed


def _div_paragraphs(root) -> bool:
    """Turn each ``<div>`` that is a paragraph (its own text of five words or more, no block inside:
    ``<div class="upr-rec"><span>128.14</span> Ratify ... (Denmark)</div>``) into a ``<p>``: trafilatura drops
    such divs, text and all. Whether there was one."""
    leaf = [d for d in root.iter("div") if len(d.text_content().split()) >= 5
            and not any(isinstance(e.tag, str) and e.tag.lower() in _BLOCKISH for e in d.iterdescendants())]
    for d in leaf:
        d.tag = "p"
    return bool(leaf)


def _emoji_images(root) -> bool:
    """An emoji drawn as an image (VK, Facebook, WordPress: ``<img class="emoji" alt="▪">``) is the character its
    alt text names, which a reader sees (a bullet, a flag, a pin); the walks drop images. Whether there was one."""
    changed = False
    for img in list(root.iter("img")):
        alt = (img.get("alt") or "").strip()
        if not alt or len(alt) > 4 or (any(ch.isalnum() for ch in alt) and not _KEYCAP.fullmatch(alt)):
            continue  # (a keycap digit "1⃣" numbers a list)
        parent = img.getparent()
        if parent is None:
            continue
        text = alt + (img.tail or "")
        prev = img.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(img)
        changed = True
    return changed


def _wiki_edit_links(root) -> bool:
    """A wiki heading's "[edit]" link (MediaWiki's ``mw-editsection``) is no word of the heading. Whether there was
    one."""
    changed = False
    for el in [e for e in root.iter("span") if "mw-editsection" in (e.get("class") or "").split()]:
        el.drop_tree()
        changed = True
    return changed


# a Jupyter notebook's code and its "In [3]:" / "Out[3]:" prompts (nbconvert's lab and classic templates); the
# rendered Markdown and the outputs (a DataFrame's table) are the document
_NOTEBOOK_CODE = {"jp-InputArea-editor", "jp-InputPrompt", "jp-OutputPrompt", "input_area", "input_prompt",
                  "output_prompt"}


def _notebook_code(root) -> bool:
    """Drop a notebook's code cells' source and prompts, and its headings' "¶" anchor links. Whether there were
    any."""
    found = [el for el in root.iter("div") if _NOTEBOOK_CODE.intersection((el.get("class") or "").split())]
    found += [el for el in root.iter("a") if "anchor-link" in (el.get("class") or "").split()]
    for el in found:
        el.drop_tree()
    return bool(found)


# a thread's tweet counter at the end of a tweet: "... the State to 7/74"
_TWEET_COUNTERS = re.compile(r"\s\d{1,3}/\d{1,3}\s*<")
_TWEET_COUNTER = re.compile(r"\s+(\d{1,3})/(\d{1,3})\s*$")


def _thread_counters(root) -> bool:
    """Drop the "7/74" counters that end a thread's tweets (an unrolled thread's page, where a sentence may go on
    in the next tweet), when five tweets or more carry one of the same total. Whether there were any."""
    ends: list[tuple[object, str, re.Match[str]]] = []
    for el in root.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr, None)
            if isinstance(value, str) and (m := _TWEET_COUNTER.search(value)) and int(m.group(1)) <= int(m.group(2)):
                ends.append((el, attr, m))
    totals = Counter(m.group(2) for _, _, m in ends)
    if not totals or totals.most_common(1)[0][1] < 5:
        return False
    total = totals.most_common(1)[0][0]
    for el, attr, m in ends:
        if m.group(2) == total:
            value = getattr(el, attr)
            setattr(el, attr, value[: m.start()])
    return True


_EMOJI_IMG = re.compile(r"<img\b[^>]*\balt=[\"'](?:[^\"'\w]{1,4}|\d\ufe0f?\u20e3)[\"']", re.I)
_KEYCAP = re.compile(r"\d\ufe0f?\u20e3")


def _rewrite(html: str) -> str:
    """The page as both walks should see it, parsed and written once: paragraphs separated by blank lines split,
    paragraph divs, forms that are the document, boxes inside the article, accordions and quotations' footers,
    the rendered markers of numbered lists, collapsible content opened, wiki edit links dropped, emoji
    images as their characters, a notebook's code and a thread's tweet counters dropped (in that order, each on
    the page the one before left)."""
    steps = [(_break_paragraphs, bool(_BREAKS.search(html))), (_div_paragraphs, "<div" in html),
             (_keep_forms, bool(_FORM.search(html))),
             (_keep_boxes, bool(_ASIDE.search(html))),
             (_open_details, "<summary" in html
              or ("<footer" in html and ("<blockquote" in html or "<figure" in html))),
             (_number_lists, bool(_OL_NUMBERING.search(html)) or "lst-kix_" in html),
             (_open_collapsibles, bool(_COLLAPSIBLE.search(html) or _COLLAPSE_TITLE.search(html))),
             (_wiki_edit_links, "mw-editsection" in html),
             (_emoji_images, bool(_EMOJI_IMG.search(html))),
             (_notebook_code, "jp-InputArea" in html or "input_prompt" in html),
             (_thread_counters, len(_TWEET_COUNTERS.findall(html)) >= 5)]
    if not any(wanted for _, wanted in steps):
        return html
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return html
    changed = False
    for step, wanted in steps:
        if wanted:
            changed = step(root) or changed  # every step runs: no short-circuit
    return lxml.html.tostring(root, encoding="unicode") if changed else html


def _title_block(html: str) -> str:
    """The text of the page's own title block, a ``<header>`` holding an ``<h1>`` ("Sefaria: ..." over
    "Submission to the UN Committee against Torture ..."), which the main-text extraction drops with the site's
    header: it names the body a submission is addressed to. Empty when there is none."""
    if "<header" not in html:
        return ""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return ""
    for h in root.iter("header"):
        if h.xpath(".//h1") and not h.xpath(".//nav"):
            return " ".join(" ".join(p.text_content().split()) for p in h.xpath(".//h1 | .//p"))[:1000]
    return ""


_CHROME = re.compile(r"<(?:nav|header|footer|aside|menu)\b|"
                     r"\bclass\s*=\s*[\"'][^\"']*\b(?:menu|navbar|sidebar|breadcrumb)", re.I)


def _keeps_more(alt: _Builder, b: _Builder) -> bool:
    """Whether the plain walk ``alt`` holds a paragraph of five words or more (or more copies of one) that ``b``
    lost, and is as finely cut (not a layout table's cells, each the text of a whole page)."""
    if len(alt.blocks) < len(b.blocks):
        return False
    have = " ".join(b.text.split())
    # counted: a lead-in repeated in every chapter is lost from all but the first
    paras = Counter(" ".join(p.split()) for p in alt.text.split("\n\n") if len(p.split()) >= 5)
    return any(have.count(p) < n for p, n in paras.items())


def read_html(data: bytes, name: str) -> Document:
    """Read an HTML page's main text (navigation, headers, footers dropped) into blocks."""
    html = decode_html(data, name)
    if "\x00" in html[:2000]:
        raise ReadError(name, "not an HTML file (binary content)")
    html = _rewrite(html)
    b = _Builder()
    meta: dict[str, str] = {}
    try:
        import trafilatura
        from lxml import etree

        xml = trafilatura.extract(
            html,
            output_format="xml",
            include_formatting=True,
            include_tables=True,
            include_comments=False,
            favor_recall=True,
            with_metadata=True,
        )
        if xml:
            root = etree.fromstring(xml.encode("utf-8"))
            for key in ("title", "author", "sitename"):
                if root.get(key):
                    meta[key] = root.get(key)
            _walk_xml(root, b)
    except (ValueError, TypeError, etree.XMLSyntaxError):
        b = _Builder()
    if not b.parts:
        _fallback(html, b)
    else:
        bare = not _CHROME.search(html)
        headless = not any(x.kind == "heading" for x in b.blocks)
        if bare or headless:
            alt = _Builder()
            _fallback(html, alt)
            if bare and _keeps_more(alt, b):
                # a document saved as a web page (Word, Google Docs) has no site around it to strip, and
                # trafilatura can still drop some of its paragraphs (a bold "The Platform recommends that the
                # Government:" before a list, the second and third time it occurs): the plain walk keeps every one
                b = alt
            elif headless and any(x.kind == "heading" for x in alt.blocks) and len(alt.text) >= 0.9 * len(b.text):
                # trafilatura sometimes drops every heading (sections inside <section> after a table): the plain
                # walk keeps them, when it holds about as much text
                b = alt
    m = re.search(r"<title[^>]*>(.*?)</title>", html[:20000], re.I | re.S)
    page_title = " ".join(m.group(1).split()) if m else ""
    if "title" not in meta and page_title:
        meta["title"] = page_title
    elif page_title and page_title != meta.get("title"):
        meta["page_title"] = page_title
    header = _title_block(html)
    if header and header not in b.text[:3000]:
        meta["header"] = header
    return Document(name=name, text=b.text, blocks=b.blocks, format="html", meta=meta)
