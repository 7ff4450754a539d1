"""Records → Units: the UHRI (Universal Human Rights Index) export, hrtracker's own JSONL / CSV / XLSX
export, or any table or list of recommendation records.

A file is a JSON array, an object holding the array (under ``data``, ``results``, ``items``, ``records``,
``recommendations`` or ``value``), JSON Lines, CSV (UTF-8 or cp1252, any line ends) or XLSX (first sheet,
header in the first row). Field names are matched case-insensitively and
ignoring spaces, ``_``, ``-`` and ``/``, among the usual spellings in ``FIELDS``; ``--field NAME=KEY``
on the command line adds more. A record without text is counted, never imported. A record naming
several States under review gives one unit per State.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.unmeta import mechanism_for_symbol
from ..models import Label, Unit
from .calendar import session_cycle, session_year
from .upr_info import normalise_response

# our field -> usual keys (compared after _key())
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "recommendation", "recommendationtext", "recommendationobservation", "observation",
             "paragraphtext", "annotationtext", "body_text"),
    "country": ("country", "countries", "stateunderreview", "sur", "to", "state", "countryname"),
    "mechanism": ("mechanism", "body", "sourcebody", "mechanismname", "bodyname"),
    "symbol": ("symbol", "documentsymbol", "documentcode", "document"),
    "year": ("year", "documentyear", "date", "publicationdate", "adoptiondate"),
    "from": ("from", "recommendingstates", "recommendingstate", "recommendingcountries", "recommendedby"),
    "response": ("response", "uprposition", "position", "stateposition", "responsestatus"),
    "para": ("paranumber", "para", "paragraph", "paragraphnumber"),
    "session": ("session", "uprsession"),
    "cycle": ("cycle", "uprcycle"),
    "kind": ("kind", "type"),
    "issues": ("issues", "issue"),
    "themes": ("themes", "theme", "thematicissues"),
    "sdgs": ("sdgs", "sdg", "sdggoals"),
    "action": ("actioncategory", "action"),
    "articles": ("articles", "iccprarticles"),
    "affected": ("affectedpersons", "groupsofpersons", "concernedgroups"),
    "status": ("status", "statusclaim", "implementationstatus"),
}
_CONTAINERS = ("data", "results", "items", "records", "recommendations", "value", "hits")
_KINDS = {"recommendation", "question", "cited_recommendation"}
# names of UN mechanisms as the UHRI and others write them -> hrtracker's codes
_MECHANISMS = [
    (r"universal periodic review|\bupr\b", "UPR"),
    (r"human rights committee|\bccpr\b|\bhrc\b", "HRC"),
    (r"against torture|\bcat\b|\bspt\b", "CAT"),
    (r"discrimination against women|\bcedaw\b", "CEDAW"),
    (r"rights of the child|\bcrc\b", "CRC"),
    (r"racial discrimination|\bcerd\b", "CERD"),
    (r"economic, social and cultural|\bcescr\b", "CESCR"),
    (r"migrant workers|\bcmw\b", "CMW"),
    (r"persons with disabilities|\bcrpd\b", "CRPD"),
    (r"enforced disappearances|\bced\b", "CED"),
    (r"special procedure|special rapporteur|working group on|independent expert|\bsr\b", "SR"),
    (r"human rights council|\bhrcouncil\b", "HRCouncil"),
]


@dataclass
class RecordsResult:
    """Units read from one JSON file plus what was left out."""

    path: str
    units: list[Unit] = field(default_factory=list)
    rows: int = 0  # records in the file
    skipped: int = 0  # records without text

    def __len__(self) -> int:
        return len(self.units)


def _key(name: str) -> str:
    return re.sub(r"[\s_\-/]+", "", name).lower()


def _field_map(extra: dict[str, str] | None) -> dict[str, tuple[str, ...]]:
    m = dict(FIELDS)
    for ours, theirs in (extra or {}).items():
        if ours not in m:
            raise ValueError(f"unknown field {ours!r} (known: {', '.join(sorted(m))})")
        m[ours] = (_key(theirs), *m[ours])
    return m


def _get(rec: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if k in rec and rec[k] not in (None, "", []):
            return rec[k]
    return None


def _names(v: Any) -> list[str]:
    """A list of names from a string ("A; B", "A, B" when every part is short), a list, or objects."""
    if v is None:
        return []
    if isinstance(v, dict):
        v = v.get("name") or v.get("Name") or v.get("title") or v.get("value") or ""
    if isinstance(v, list):
        return [n for x in v for n in _names(x)]
    s = str(v).strip()
    if not s:
        return []
    parts = [p.strip() for p in re.split(r"[;|\n]", s) if p.strip()]
    return parts


def _int(v: Any) -> int | None:
    if isinstance(v, int):
        return v
    m = re.search(r"\d+", str(v or ""))
    return int(m.group()) if m else None


def _year(v: Any) -> int | None:
    m = re.search(r"\b(19[4-9]\d|20\d\d)\b", str(v or ""))
    return int(m.group(1)) if m else None


def mechanism_code(name: str | None, symbol: str | None = None) -> str | None:
    """'Human Rights Committee' → HRC, 'Universal Periodic Review' → UPR, ...; else from the symbol."""
    low = (name or "").lower()
    for rx, code in _MECHANISMS:
        if re.search(rx, low):
            return code
    return mechanism_for_symbol(symbol) if symbol else (name or None)


def record_units(rec: dict[str, Any], fields: dict[str, tuple[str, ...]], source: str) -> list[Unit]:
    """One JSON record → units (one per State under review); [] when it has no text."""
    r = {_key(k): v for k, v in rec.items()}
    g = {name: _get(r, keys) for name, keys in fields.items()}
    text = " ".join(str(g["text"] or "").split())
    if not text:
        return []
    symbol = str(g["symbol"]) if isinstance(g["symbol"], (str, int)) and g["symbol"] else None
    mech = mechanism_code(", ".join(_names(g["mechanism"])) or None, symbol)
    session = _int(g["session"])
    year = _year(g["year"]) or (session_year(session) if mech == "UPR" else None)
    kind = str(g["kind"] or "recommendation").strip().lower()
    labels = [Label("issue", n, 1.0, "import") for n in _names(g["issues"])]
    labels += [Label("theme", n, 1.0, "import") for n in _names(g["themes"])]
    labels += [Label("sdg", n, 1.0, "import") for n in _names(g["sdgs"])]
    if str(g["action"] or "").strip() in {"1", "2", "3", "4", "5"}:
        labels.append(Label("action", str(g["action"]).strip(), 1.0, "import"))
    articles = sorted({a for a in (_int(x) for x in (g["articles"] if isinstance(g["articles"], list)
                                                        else _names(g["articles"]))) if a})
    fields_out = {"source": source, "symbol": symbol, "affected_persons": _names(g["affected"])}
    if g["response"]:
        fields_out["response_raw"] = str(g["response"])
    status = str(g["status"] or "").strip().lower().replace(" ", "_") or None
    countries = _names(g["country"]) or [None]
    return [Unit(
        kind=kind if kind in _KINDS else "recommendation", text=text, mechanism=mech, source_detail=source,
        country=c, recommending_states=_names(g["from"]), response=normalise_response(str(g["response"] or "")),
        para_number=str(g["para"]).strip() if g["para"] not in (None, "") else None, session=session,
        cycle=_int(g["cycle"]) or (session_cycle(session) if mech == "UPR" else None), year=year,
        status_claim=status if status in {"not_implemented", "partially_implemented", "implemented"} else None,
        articles=articles, labels=list(labels), fields={k: v for k, v in fields_out.items() if v},
    ) for c in countries]


def _records(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        low = {_key(k): v for k, v in data.items()}
        for k in _CONTAINERS:
            if isinstance(low.get(k), list):
                return low[k]
        return [data]
    raise ValueError("not a JSON array or object")


def _csv_records(raw: bytes) -> list[dict[str, Any]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def _xlsx_records(path: Path) -> list[dict[str, Any]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types for damaged files
        raise ValueError(f"not a readable XLSX file ({type(e).__name__})") from None
    rows = wb.worksheets[0].iter_rows(values_only=True)
    head = [str(h or "").strip() for h in next(rows, ())]
    out = [{h: v for h, v in zip(head, r, strict=False) if h} for r in rows if any(v is not None for v in r)]
    wb.close()
    return out


def _json_records(raw: bytes) -> list[Any]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 JSON ({e.reason} at byte {e.start})") from None
    try:
        return _records(json.loads(text))
    except json.JSONDecodeError:
        recs = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"not JSON or JSON Lines (line {n}: {e.msg})") from None
        return recs


def read_records(path: str | Path, source: str = "uhri", extra_fields: dict[str, str] | None = None,
                 ) -> RecordsResult:
    """Read a JSON / JSON Lines / CSV / XLSX file of recommendation records; ValueError names what is wrong."""
    p = Path(path)
    fields = _field_map(extra_fields)
    raw = p.read_bytes()
    if not raw.strip():
        raise ValueError("empty file")
    suffix = p.suffix.lower()
    recs: Iterable[Any]
    if raw[:4] == b"PK\x03\x04" or suffix == ".xlsx":
        recs = _xlsx_records(p)
    elif suffix in (".csv", ".tsv"):
        recs = _csv_records(raw)
    else:
        recs = _json_records(raw)
    res = RecordsResult(path=str(p))
    for rec in recs:
        if not isinstance(rec, dict):
            raise ValueError(f"record {res.rows + 1} is not a JSON object")
        res.rows += 1
        units = record_units(rec, fields, source)
        if not units:
            res.skipped += 1
        res.units += units
    if res.rows and not res.units:
        raise ValueError(f"none of the {res.rows} records has a text field ({', '.join(FIELDS['text'][:4])}, ...)")
    return res
