"""UPR Info database export (CSV) → recommendation Units.

The export is cp1252 with CR line ends and columns
``To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session``. A few bytes
are undefined in cp1252: they are decoded as U+FFFD and counted (with their rows), never dropped
silently and never a crash.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Label, Unit
from .calendar import session_cycle, session_year

COLUMNS = ("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
           "Session")
_RESPONSES = {"accepted": "accepted", "supported": "accepted", "noted": "noted", "not accepted": "noted",
              "rejected": "noted", "pending": "pending"}


def normalise_response(raw: str) -> str | None:
    """'Accepted' → accepted, 'Noted' → noted; 'Voluntary Pledge' and unknown values → None."""
    return _RESPONSES.get(raw.strip().lower())


@dataclass
class ImportResult:
    """Units read from one file plus what the reader had to repair."""

    path: str
    units: list[Unit] = field(default_factory=list)
    rows: int = 0  # data rows in the file
    invalid_bytes: int = 0  # bytes undefined in cp1252 (decoded as U+FFFD)
    invalid_rows: list[int] = field(default_factory=list)  # 1-based data-row numbers holding them
    skipped: int = 0  # rows without text (reported, not silently dropped)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)


def decode_cp1252(data: bytes) -> tuple[str, int]:
    """Decode cp1252 with U+FFFD for undefined bytes; return (text, number of such bytes)."""
    text = data.decode("cp1252", errors="replace")
    bad = text.count("\ufffd")
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM read as cp1252
        text = text[3:]
    return text, bad


def row_unit(row: dict[str, str], n: int, source: str = "upr-info") -> Unit:
    """One CSV row (dict by column) → a recommendation Unit."""
    g = {k: (row.get(k) or "").strip() for k in COLUMNS}
    session = int(g["Session"]) if g["Session"].isdigit() else None
    raw_resp = g["Response"]
    labels = [Label("issue", name.strip(), 1.0, "import") for name in g["Issue"].split(",") if name.strip()]
    if g["Action"] in {"1", "2", "3", "4", "5"}:
        labels.append(Label("action", g["Action"], 1.0, "import"))
    fields = {
        "source": source, "row": n, "response_raw": raw_resp, "action": g["Action"] or None,
        "issues": [lb.value for lb in labels if lb.scheme == "issue"],
        "to_region": g["To-Rgrp"], "to_org": g["To-Org"], "from_region": g["From-Rgrp"], "from_org": g["From-Org"],
    }
    if raw_resp.lower().startswith("voluntary"):
        fields["voluntary_pledge"] = True
    return Unit(
        kind="recommendation", text=g["Text"], mechanism="UPR", source_detail=source,
        country=g["To"] or None, recommending_states=[g["From"]] if g["From"] else [],
        response=normalise_response(raw_resp), session=session, cycle=session_cycle(session),
        year=session_year(session), fields=fields, labels=labels,
    )


def read_upr_info(path: str | Path) -> ImportResult:
    """Read one UPR Info CSV export into an :class:`ImportResult` (all rows, counts of repairs)."""
    p = Path(path)
    text, bad = decode_cp1252(p.read_bytes())
    result = ImportResult(path=str(p), invalid_bytes=bad)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in ("To", "Text", "From", "Response", "Session") if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{p.name}: not a UPR Info export (missing columns: {', '.join(missing)})")
    for n, row in enumerate(reader, 1):
        result.rows += 1
        if bad and any("\ufffd" in (v or "") for v in row.values() if isinstance(v, str)):
            result.invalid_rows.append(n)
        if not (row.get("Text") or "").strip():
            result.skipped += 1
            continue
        result.units.append(row_unit(row, n))
    return result


def iter_upr_info(path: str | Path) -> Iterator[Unit]:
    """Units of one UPR Info CSV export (see :func:`read_upr_info` for the counts)."""
    yield from read_upr_info(path).units
