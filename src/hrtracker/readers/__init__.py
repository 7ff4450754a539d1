"""Readers: a file's bytes → :class:`~hrtracker.models.Document`.

Format is sniffed from the bytes (magic numbers) first, the extension second. Every failure is a
:class:`~hrtracker.errors.ReadError` naming the file and the reason.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import ReadError
from ..models import Document

MAX_BYTES = 100 * 1024 * 1024  # larger files are refused with a clear reason
SUPPORTED = (".txt", ".md", ".markdown", ".text", ".csv", ".tsv", ".pdf", ".docx", ".html", ".htm", ".vtt", ".srt")


_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)


def sniff_format(data: bytes, suffix: str) -> str:
    """Return txt | md | pdf | docx | html for a file's bytes and extension (a .csv / .tsv is text: the text
    reader finds its columns).

    Magic numbers win over the extension (a ``.txt`` that is really a PDF is read as a PDF); an
    extension that promises a binary format the bytes do not have raises ``ValueError`` with the
    reason, as does an unsupported extension.
    """
    suffix = suffix.lower()
    head = data[:1024]
    if data.lstrip()[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in head):
        return "pdf"
    if data.startswith(_ZIP):
        if suffix == ".docx" or b"word/" in data[:65536]:
            return "docx"
        raise ValueError(f"a zip archive, not a {suffix or 'supported'} file")
    if data.startswith(_OLE):
        raise ValueError("legacy Word 97-2003 / OLE file: save it as .docx or PDF first")
    if suffix not in SUPPORTED:
        raise ValueError(f"unsupported file type '{suffix or '(none)'}'")
    if suffix == ".pdf":
        raise ValueError("not a PDF file (no %PDF header)")
    if suffix == ".docx":
        raise ValueError("not a DOCX file (not a zip archive)")
    if suffix in (".html", ".htm") or _HTML_START.match(head):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    return "txt"


_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "that", "is", "for", "with", "on"},
    "fr": {"les", "des", "et", "la", "le", "du", "pour", "dans", "que", "est"},
    "es": {"los", "las", "el", "y", "de", "del", "para", "que", "con", "por"},
}


def guess_language(text: str) -> str | None:
    """A cheap guess of the main language: "ru" for Cyrillic, else en / fr / es by stop words."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    if sum(1 for c in letters if "\u0400" <= c <= "\u04ff") > 0.5 * len(letters):
        return "ru"
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    if not words:
        return None
    counts = {lang: sum(1 for w in words if w in sw) for lang, sw in _STOPWORDS.items()}
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    return lang if n >= max(3, 0.05 * len(words)) else None


def read_bytes(data: bytes, name: str) -> Document:
    """Read one document from its bytes; ``name`` is the file name (used for errors and type)."""
    if not data:
        raise ReadError(name, "empty file")
    if len(data) > MAX_BYTES:
        raise ReadError(
            name, f"file too large ({len(data) // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB)"
        )
    try:
        fmt = sniff_format(data, Path(name).suffix)
    except ValueError as e:
        raise ReadError(name, str(e)) from None
    if fmt == "pdf":
        from .pdf import read_pdf as reader
    elif fmt == "docx":
        from .docx import read_docx as reader
    elif fmt == "html":
        from .html import read_html as reader
    else:
        from .text import read_text as reader
    try:
        doc = reader(data, name)
    except ReadError:
        raise
    except Exception as e:  # a library's own error on corrupt input: one line, not a traceback
        raise ReadError(name, f"cannot read {fmt}: {type(e).__name__}: {e}".strip()) from None
    doc.format = doc.format or fmt
    doc.language = doc.language or guess_language(doc.text)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.bytes = len(data)
    if not doc.text.strip():
        raise ReadError(name, "no text found")
    return doc


def read_path(path: str | Path) -> Document:
    """Read one file into a Document (see :func:`read_bytes`)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(
                str(p), f"file too large ({size // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB)"
            )
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(str(p), e.strerror or str(e)) from None
    try:
        return read_bytes(data, p.name)
    except ReadError as e:
        raise ReadError(str(p), e.reason) from None
