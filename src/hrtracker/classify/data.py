"""Read the UPR Info recommendation CSVs (cp1252, CR line ends) and build the evaluation splits."""

from __future__ import annotations

import csv
import hashlib
import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class Row:
    """One UPR Info recommendation with its human labels."""

    text: str
    state: str  # State under review ("To")
    session: int | None
    action: int | None  # 1-5, None when missing
    issues: list[str] = field(default_factory=list)
    source: str = ""


def csv_files(data_dir: str | Path) -> list[Path]:
    """The CSV files of a data directory, sorted by name."""
    files = sorted(Path(data_dir).glob("*.csv"))
    if not files:
        raise FileNotFoundError(f"no *.csv files in {data_dir}")
    return files


def data_hash(data_dir: str | Path) -> str:
    """sha256 over the CSV files (name + bytes), in name order."""
    h = hashlib.sha256()
    for f in csv_files(data_dir):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def _int(value: str) -> int | None:
    try:
        return int(float(value.strip()))
    except (ValueError, AttributeError):
        return None


def read_csv(path: str | Path) -> list[Row]:
    """Read one UPR Info CSV; rows without text or issues are kept (issues may be empty)."""
    path = Path(path)
    raw = path.read_bytes().decode("cp1252", errors="replace")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    rows: list[Row] = []
    for rec in csv.DictReader(io.StringIO(raw)):
        text = " ".join((rec.get("Text") or "").split())
        if not text:
            continue
        issues = [s.strip() for s in (rec.get("Issue") or "").split(",") if s.strip()]
        action = _int(rec.get("Action") or "")
        if action is not None and not 1 <= action <= 5:
            action = None
        rows.append(
            Row(
                text=text,
                state=(rec.get("To") or "").strip(),
                session=_int(rec.get("Session") or ""),
                action=action,
                issues=list(dict.fromkeys(issues)),
                source=path.name,
            )
        )
    return rows


def read_dir(data_dir: str | Path) -> list[Row]:
    """All rows of all CSVs of a directory."""
    rows: list[Row] = []
    for f in csv_files(data_dir):
        rows.extend(read_csv(f))
    return rows


def binarize(rows: list[Row], classes: list[str]) -> np.ndarray:
    """0/1 matrix (rows x classes) of each row's issues; issues not in ``classes`` are ignored."""
    pos = {c: j for j, c in enumerate(classes)}
    y = np.zeros((len(rows), len(classes)), dtype=np.int8)
    for i, r in enumerate(rows):
        for name in r.issues:
            if name in pos:
                y[i, pos[name]] = 1
    return y


def state_split(rows: list[Row], test_frac: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Hold out ``test_frac`` of the States under review (seeded shuffle of sorted State names)."""
    states = sorted({r.state for r in rows})
    random.Random(seed).shuffle(states)
    held = set(states[: round(len(states) * test_frac)])
    test = np.array([r.state in held for r in rows])
    return np.flatnonzero(~test), np.flatnonzero(test)


def time_split(rows: list[Row], last_train_session: int = 12) -> tuple[np.ndarray, np.ndarray]:
    """Train on sessions 1..last_train_session, test on later ones (rows without session dropped)."""
    tr = [i for i, r in enumerate(rows) if r.session is not None and r.session <= last_train_session]
    te = [i for i, r in enumerate(rows) if r.session is not None and r.session > last_train_session]
    return np.array(tr, dtype=int), np.array(te, dtype=int)


def random_split(rows: list[Row], test_frac: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Random row split (for comparison with published anchors only)."""
    idx = np.random.default_rng(seed).permutation(len(rows))
    n = round(len(rows) * test_frac)
    return np.sort(idx[n:]), np.sort(idx[:n])
