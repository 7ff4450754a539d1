"""A document's text laid out block by block, as every reader builds it: each block after a blank line, with the
offsets of its text."""

from __future__ import annotations

from ..models import Block


class BlockText:
    """The text of a document assembled from blocks joined by a blank line, and the Block of each."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.pos = 0

    def add(self, kind: str, text: str, *, page: int | None = None, level: int | None = None,
            marker: str | None = None, cell: tuple[int, int, int] | None = None) -> None:
        """Append ``text`` as one block of ``kind``."""
        if self.parts:
            self.pos += 2
        self.blocks.append(Block(kind, self.pos, self.pos + len(text), page=page, level=level, marker=marker,
                                 cell=cell))
        self.parts.append(text)
        self.pos += len(text)

    @property
    def text(self) -> str:
        return "\n\n".join(self.parts)
