"""Plain text and Markdown: encoding detection, line ends, provenance header, blocks."""

from __future__ import annotations

import re

from ..errors import ReadError
from ..models import Block, Document

_HEADER_KEY = re.compile(r"^([A-Z][A-Z_]{1,20}):\s?(.*)$")


def decode(data: bytes, name: str) -> str:
    """Decode bytes: BOMs, then UTF-8, then UTF-16 without BOM, then cp1252 / Mac Roman."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "mac_roman", "cp1251", "koi8_r", "latin_1"]).best()
    if best is None:
        raise ReadError(name, "not text: cannot detect the encoding")
    return str(best)


def looks_binary(text: str) -> bool:
    """True when decoded 'text' is mostly control characters (binary junk)."""
    sample = text[:5000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad > len(sample) * 0.05


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``KEY: value`` provenance header ended by a ``---`` line from the body."""
    lines = text.split("\n", 40)
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[:40]):
        if line.strip() == "---" and meta:
            return meta, "\n".join(lines[i + 1 :]) if i + 1 < len(lines) else ""
        m = _HEADER_KEY.match(line)
        if not m:
            return {}, text
        meta[m.group(1).lower()] = m.group(2).strip()
    return {}, text


def paragraph_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Blank-line separated paragraphs; markdown ``#`` lines become headings."""
    blocks: list[Block] = []
    for m in re.finditer(r"[^\n]+(?:\n[ \t]*\S[^\n]*)*", text):
        start, end = m.start(), m.end()
        chunk = m.group(0)
        if not chunk.strip():
            continue
        if markdown and chunk.lstrip().startswith("#"):
            level = len(chunk.lstrip()) - len(chunk.lstrip().lstrip("#"))
            blocks.append(Block("heading", start, end, level=level))
        else:
            blocks.append(Block("paragraph", start, end))
    return blocks


def read_text(data: bytes, name: str) -> Document:
    """Read a .txt / .md file."""
    text = decode(data, name)
    if looks_binary(text):
        raise ReadError(name, "not a text file (binary content)")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    meta, text = split_header(text)
    md = name.lower().endswith((".md", ".markdown"))
    return Document(name=name, text=text, blocks=paragraph_blocks(text, md), format="md" if md else "txt", meta=meta)
