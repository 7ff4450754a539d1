"""Tables of recommendations in NGO reports: Word / HTML cells, Markdown pipe tables and tables laid
out with spaces (pdftotext -layout) are read into rows, and a table whose header names a
recommendations or questions column gives one unit per row (a follow-up table: cited
recommendations with their status and source)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import MECHANISMS, Document, Unit
from .followup import GRADE_STATUS
from .mechanisms import (
    UPR_NAME,
    YEAR,
    countries_in,
    dated_symbol,
    facts_status,
    mechanism_mentions,
    pick_mechanism,
    report_observations_year,
    review_year,
    scaled_status,
    speakers,
    status_of,
    year_in,
)
from .textutil import collapse, hyphen_break, word_sets
from .unmeta import mechanism_for_symbol, trailing_states

# column headers of a table of recommendations / questions: "Recommendation of the Committee", "Recommended action"
_REC_COL = re.compile(r"^(?:the\s+)?(?:text\s+of\s+(?:the\s+)?)?"
                      r"(?:(?:UN|UPR|our|proposed|suggested|key|NGO|previous|earlier|prior|last)\s+)?"
                      r"(?:recommendations?|recommended\s+actions?|(?:текст\s+)?рекомендаци[яи])\b"
                      # the body's name first: "ODIHR recommendation", "Committee's recommendations"
                      r"|^(?:(?-i:[A-Z])[\w’'/.-]*\s+){1,3}recommendations?\b"
                      # plain words: "What the Committee told the Government", "The Committee's advice"
                      r"|^what\s+(?:the\s+)?[\w ]{2,40}?\s+(?:told|asked|said|recommended|wanted)\b"
                      r"|^(?:the\s+)?[\w ’']{2,40}?\s+advice\b", re.I)
_TEXT_COL = re.compile(r"(?:(?:recommendation|rec)[_ ])?text|текст", re.I)
# the authors' own recommendation beside a cited one in a follow-up table: "Our recommendation", "What we ask"
_OWN_REC_COL = re.compile(r"^(?:(?:our|NGO|coalition['’]?s?|civil\s+society|alternative|further|new)\s+"
                          # "Coalition's follow-up recommendation"
                          r"(?:(?:follow-up|own|key|proposed|further)\s+)?"
                          r"(?:recommendations?|proposals?|asks?|requests?|demands?)|what\s+we\s+(?:recommend|ask|propose)|"
                          r"(?:наши|наша|предлагаемые)\s+(?:рекомендаци|предложени)|"
                          r"(?:рекомендаци[ия]|предложени[яе])\s+(?:коалиции|НПО))",
                          re.I)
_QUE_COL = re.compile(r"^(?:(?:suggested|proposed|our)\s+)?questions?\b|^(?:предлагаемые\s+)?вопрос", re.I)
_RESPONSE_HEAD = re.compile(r"^\W*(?:(?:state(?:'s)?|government(?:'s)?)\s+)?(?:response|position|ответ|позиция)\b",
                            re.I)
_STATUS_COL = re.compile(r"assessment|status|implement|progress|response|follow-up|traffic\s+light|оценка|статус|"
                         r"выполнени|светофор|" + r"(?P<comment>"
                         # the authors' comments beside a plan's measures, when no column grades: "Комментарий
                         # коалиции НПО"
                         r"(?:NGO|coalition['’]?s?|civil\s+society)\s+comments?|комментари\w*\s+(?:коалиции|НПО))",
                         re.I)
# a column of facts on what became of it, which the reader grades: "What has happened", "Developments"
_FACTS_COL = re.compile(r"^(?:what\s+(?:has\s+)?happened|developments?(?:\s+since)?|facts|measures\s+taken|"
                        r"action\s+taken|что\s+(?:было\s+)?сделано)\b", re.I)
# a column of the authors' plan for their own requests, not a grade of another's: "Indicator of progress",
# "Timeline", "Means of verification"
_PLAN_COL = re.compile(r"^(?:indicators?|targets?|benchmarks?|means\s+of\s+verification|milestones?|"
                       r"индикатор|показател|целев)", re.I)
_YEAR_COL = re.compile(r"^(?:year|date|год|дата)\s*$", re.I)
# a column naming who made it, by body or document rather than by State: "Source", "Body and year"
_SOURCE_COL = re.compile(r"^(?:source|body|mechanism|made\s+by|issued\s+by|источник|орган)\b", re.I)
_CITED_COL = re.compile(r"\b(?:received|accepted|supported|noted|previous|earlier|UN|UPR|cycle)\b"
                        # "Recommendation (body, year)", «Рекомендация (орган, год)»: whose it is
                        r"|\(\s*(?:body|source|mechanism|орган|источник|механизм)\b", re.I)
_REF_CELL = re.compile(r"^(?:para(?:graph)?s?\.?\s*)?\d{1,3}(?:\.\d{1,3})?(?:\s*\([a-z]\))?$|^para", re.I)
# "Para. 17: Adopt ...", "8 (a): “Bring ...”" (a bare paragraph number before a colon)
_CELL_REF = re.compile(r"^((?:para(?:graph)?s?\.?|п\.)\s*\d{1,3}(?:\s*\([a-z]\))?(?=\s*[:.–—-])|"
                       r"\d{1,3}(?:\s*\([a-z]\))?(?=\s*:))\s*[:.–—-]\s+(?=\S)", re.I)
# a source cell naming the State's own plan or body, not a mechanism or a recommending State
_OWN_PLAN = re.compile(r"(?:the\s+)?(?:Government|Ministry|National\s+(?:Action\s+)?(?:Plan|Strategy|Programme))\b",
                       re.I)
# "Recommending State(s)", "Recommending States and response": who made it (and the State's answer)
_STATE_COL = re.compile(r"^(?:recommending\s+States?(?:\(s\))?|States?(?:\(s\))?|country|countries|recommended\s+by|"
                        r"source|рекомендующ\w+\s+государств\w*|государств\w*)"
                        r"(?:\s+and\s+(?:(?:the\s+)?(?:State['’]s\s+)?(?:response|position|reply))|\s+и\s+ответ\w*)?\s*$",
                        re.I)
# a mechanism column's cell that starts with one of the mechanism codes ("HRC" is the Human Rights Committee)
_MECH_CODE = re.compile(r"^(" + "|".join(m for m in MECHANISMS if m != "other") + r")\b")
_SYMBOL = re.compile(r"\b(?:[A-Z]{1,6}/)+[A-Z0-9.]+(?:/[A-Za-z0-9.\-]+)*")
_FIELD = re.compile(r"\S+(?: \S+)*")  # a run of text without a double space: one cell of a laid-out row


def _layout_column(cols: list[int], x: int, end: int) -> int | None:
    """The column a laid-out cell fragment from ``x`` to ``end`` belongs to, or None when it does not start
    at a column or runs into the next one."""
    k = max((k for k, c in enumerate(cols) if x >= c - 3), default=None)
    if k is None or abs(x - cols[k]) > 3 or (k + 1 < len(cols) and end > cols[k + 1] + 1):
        return None
    return k


def text_tables(text: str, lines: list[tuple[int, int]], skip: set[int],
                words: tuple[frozenset[str], frozenset[str]] | None = None) -> dict[int, tuple[set[int], dict]]:
    """Tables laid out with spaces (pdftotext -layout, typed tables) whose header names a recommendations or
    questions column: header line index -> (line indexes used, row -> column -> (start, end, text)).

    Columns start where the header's cells start; a cell's wrapped lines start at its column; rows are
    separated by blank lines. Reading stops at a line whose text runs across a column boundary. ``words`` are the
    document's ``word_sets`` (computed here when not given), for words hyphenated across a cell's lines."""
    out: dict[int, tuple[set[int], dict]] = {}
    vocab = words
    i = 0
    while i < len(lines):
        a, b = lines[i]
        fields = [(m.start(), m.end(), m.group(0)) for m in _FIELD.finditer(text[a:b])]
        if not (len(fields) >= 3 and all(len(f[2]) <= 60 for f in fields)
                and any(_REC_COL.match(f[2]) or _QUE_COL.match(f[2]) for f in fields)):
            i += 1
            continue
        cols = [f[0] for f in fields]
        if vocab is None:
            vocab = word_sets(text)

        rows: dict[int, dict[int, list]] = {0: {k: [a + f[0], a + f[1], f[2]] for k, f in enumerate(fields)}}
        used = {i}
        row = 0
        blanks = 0
        j = i + 1
        while j < len(lines):
            la, lb = lines[j]
            line = text[la:lb]
            if not line.strip() or j in skip:
                blanks += 1 if not line.strip() else 0
                if blanks >= 3 and row > 0:
                    break
                j += 1
                continue
            placed = [(_layout_column(cols, m.start(), m.end()), m) for m in _FIELD.finditer(line)]
            if any(k is None for k, _m in placed):
                break
            if blanks:
                row += 1  # a blank line before: a new row (the header's own second line has none)
            blanks = 0
            cells = rows.setdefault(row, {})
            for k, m in placed:
                if k in cells:
                    if cells[k][2].endswith("-") and hyphen_break(cells[k][2], m.group(0), *vocab):
                        cells[k][2] = cells[k][2][:-1] + m.group(0)  # "techno-" + "logies"
                    else:
                        sep = "" if cells[k][2].endswith("-") else " "
                        cells[k][2] += sep + m.group(0)
                    cells[k][1] = la + m.end()
                else:
                    cells[k] = [la + m.start(), la + m.end(), m.group(0)]
            used.add(j)
            j += 1
        if row >= 1:
            out[i] = (used, {r: {k: tuple(c) for k, c in cs.items()} for r, cs in rows.items()})
            i = j
        else:
            i += 1
    return out


def flat_tables(text: str, lines: list[tuple[int, int]], skip: set[int]) -> dict[int, tuple[set[int], dict]]:
    """Tables flattened to one cell a line (a Google Docs or web page saved as plain text): a run of short header
    lines, one of which names a recommendations or questions column, then rows of as many lines, each column
    short or long in every row. Header line index -> (line indexes used, row -> column -> (start, end, text)),
    as ``text_tables`` gives them."""
    def short(i: int) -> bool:
        t = text[lines[i][0] : lines[i][1]].strip()
        return bool(t) and len(t) <= 40 and len(t.split()) <= 5 and not t.endswith((".", "?", "!", ";", ":"))

    filled = [bool(text[a:b].strip()) and i not in skip for i, (a, b) in enumerate(lines)]
    out: dict[int, tuple[set[int], dict]] = {}
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and filled[i + k] and short(i + k):
            k += 1
        heads = [text[lines[i + c][0] : lines[i + c][1]].strip() for c in range(k)]
        if not (3 <= k <= 8 and any(_REC_COL.match(h) or _QUE_COL.match(h) for h in heads)):
            i += max(k, 1)
            continue
        run = i + k
        while run < len(lines) and filled[run]:
            run += 1
        n_rows = (run - i - k) // k
        shapes = [[short(i + k + r * k + c) for c in range(k)] for r in range(n_rows)]
        if n_rows < 1 or any(shape != shapes[0] for shape in shapes) or all(shapes[0]):
            i += k
            continue
        rows: dict[int, dict[int, tuple]] = {}
        for r in range(n_rows + 1):
            for c in range(k):
                a, b = lines[i + r * k + c]
                lead = len(text[a:b]) - len(text[a:b].lstrip())
                rows.setdefault(r, {})[c] = (a + lead, a + len(text[a:b].rstrip()), text[a:b].strip())
        out[i] = (set(range(i, i + (n_rows + 1) * k)), rows)
        i += (n_rows + 1) * k
    return out


def block_rows(cells: list) -> dict[int, dict[int, tuple[int, int]]]:
    """Row -> column -> (start, end) of a Word / HTML table's cells."""
    rows: dict[int, dict[int, tuple[int, int]]] = {}
    for b in cells:
        rows.setdefault(b.cell[1], {})[b.cell[2]] = (b.start, b.end)
    return rows


def md_rows(pieces: list[tuple[int, int]], text: str) -> dict[int, dict[int, tuple[int, int]]]:
    """Row -> column -> (start, end) of a markdown pipe table ("| a | b |" lines; the "|---|" rule skipped)."""
    rows: dict[int, dict[int, tuple[int, int]]] = {}
    for a, b in pieces:
        line = text[a:b]
        if not line.strip().startswith("|") or re.fullmatch(r"[\s|:-]+", line):
            continue  # not a row, or the "|---|:--|" rule under the header
        row: dict[int, tuple[int, int]] = {}
        bars = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
        for c, (x, y) in enumerate(zip(bars, bars[1:], strict=False)):
            cell = line[x + 1 : y]
            lead = len(cell) - len(cell.lstrip())
            row[c] = (a + x + 1 + lead, a + x + 1 + len(cell.rstrip()))
        rows[len(rows)] = row
    return rows


_REF_AND_TOPIC = re.compile(r"(?i)(?:paras?\.|paragraphs?|пп?\.|пункты?)\s*\d{1,3}(?:\s*\([a-zа-я]\))?"
                            r"\s*\([^()]{1,80}\)\.?")


def table_units(doc: Document, rows: dict[int, dict[int, tuple]], section: str, context: str,
                notes: dict[str, str], committee: str | None, clean_text: Callable[[str], str],
                articles_of: Callable[[str], list[int]], upr_item: Callable[[str], bool],
                scale: dict[str, tuple[str, str]] | None = None,
                is_request: Callable[[str], bool] | None = None,
                own_label: Callable[[str], int | None] | None = None) -> list[Unit] | None:
    """Units of a table whose header row names a recommendations or questions column: one per row.

    A recommendations column is the authors' own unless its header names a mechanism or an earlier
    review, or another column assesses implementation (a follow-up table): then each row is a
    cited_recommendation, its status from the assessment cell, its source from the reference cells.
    None for any other table (and for numbered UPR recommendations, read row by row elsewhere).
    ``section`` and ``context`` (the section and the paragraph before the table) date the rows;
    ``committee`` is the treaty body a bare "the Committee" is;
    ``clean_text``, ``articles_of``, ``upr_item``, ``is_request`` (the authors' own request) and ``own_label``
    (where the authors' request starts after its run-in label, in an assessment cell) are the
    extractor's own unit rules; ``scale`` is the
    report's own status scale (mechanisms.status_scale: "on track" -> partially implemented, its definition).
    """

    def txt(b: tuple) -> str:
        return collapse(b[2]) if len(b) > 2 else collapse(doc.text[b[0] : b[1]])

    widest = max((len(x) for x in rows.values()), default=0)
    for r in sorted(rows)[:3]:
        if len(rows[r]) == 1 and widest > 2:
            continue  # the table's title (a <caption>, a merged first row), not its header
        header = {c: txt(b) for c, b in rows[r].items()}
        rec_col = next((c for c, h in header.items() if len(h) <= 60 and _REC_COL.match(h)), None)
        que_col = next((c for c, h in header.items() if len(h) <= 60 and _QUE_COL.match(h)), None)
        if rec_col is None and que_col is None:
            # a dataset's "text" column (a DataFrame, a tracker's export) beside a status, State or response one
            text_col = next((c for c, h in header.items() if _TEXT_COL.fullmatch(h)), None)
            if text_col is not None and any(c != text_col and (_STATUS_COL.search(h) or _STATE_COL.match(h))
                                            for c, h in header.items()):
                rec_col = text_col
        col = rec_col if rec_col is not None else que_col
        if col is None:
            continue
        if any(upr_item(txt(x[col])) for rr, x in rows.items() if rr > r and col in x):
            return None  # numbered UPR recommendations: read row by row with their State and response
        sub = {c: txt(x) for c, x in rows.get(r + 1, {}).items()}
        if col not in sub and len(sub) >= 2 and all(len(h) <= 40 and not h.endswith((".", ";")) for h in sub.values()):
            # a header of two rows: "Implementation review" (merged) over "Government action | Coalition assessment"
            header = {**header, **sub}
            r += 1
        hdr = header[col]
        state_col = next((c for c, h in header.items() if c != col and (_STATE_COL.match(h) or _SOURCE_COL.match(h))),
                         None)
        # "Recommending States and response" is who made it, not the status
        # a "Status (March 2026)" column before a "Response" one: the State's response at the review is no status
        status_cols = [c for c, h in header.items() if c not in (col, state_col) and _STATUS_COL.search(h)
                       and not _PLAN_COL.match(h)]
        status_col = next((c for c in status_cols if not _RESPONSE_HEAD.search(header[c])
                           and not _STATUS_COL.search(header[c]).group("comment")),
                          next((c for c in status_cols if not _RESPONSE_HEAD.search(header[c])),
                               status_cols[0] if status_cols else None))
        facts_col = next((c for c, h in header.items() if c != col and _FACTS_COL.match(h)), None)
        year_col = next((c for c, h in header.items() if c != col and _YEAR_COL.match(h)), None)
        mentions = mechanism_mentions(hdr, committee)
        # a "Source" / "Body and year" column names a body (maybe by its document's symbol alone) and its year
        source_col = state_col is not None and _SOURCE_COL.match(header[state_col]) is not None
        # a column that grades or reports what became of it, or one that says who made it: others' recommendations
        cited = rec_col is not None and bool(mentions or countries_in(hdr) or status_col is not None
                                             or facts_col is not None or state_col is not None
                                             or _CITED_COL.search(hdr))
        kind = "cited_recommendation" if cited else ("recommendation" if rec_col is not None else "question")
        symbol = next((m.group(0) for h in header.values() for m in [_SYMBOL.search(h)] if m), None)
        units: list[Unit] = []
        # "Issue | Recommendation | Suggested question": the authors' questions beside their recommendations
        cols = [(col, kind)] + ([(que_col, "question")] if que_col is not None and que_col != col else [])
        own_col = next((c for c, h in header.items() if c not in (col, que_col) and len(h) <= 60
                        and _OWN_REC_COL.match(h)), None) if kind == "cited_recommendation" else None
        if own_col is not None:  # "Committee recommendation | What happened | Our assessment | Our recommendation"
            cols.append((own_col, "recommendation"))
        around = speakers(mechanism_mentions(context, committee), context)  # the bodies the paragraph before names
        # a theme row ("THEME 2 – Torture, police custody and prisons (arts. 7, 9, 10)", one cell across the table)
        # heads the rows under it, as a heading would
        themes: dict[int, str] = {}
        theme = section
        for rr in sorted(rows):
            only_cell = list(rows[rr].values())
            if (rr > r and len(only_cell) == 1 and len(header) >= 3 and _theme_row(txt(only_cell[0]))
                    and not (is_request is not None and is_request(clean_text(txt(only_cell[0]))))):
                theme = txt(only_cell[0])
            themes[rr] = theme
        asked_in: set[int] = set()  # rows whose assessment cell was read for the authors' own requests
        for rr, unit_col, unit_kind in [(rr, c, k) for rr in sorted(rows) for c, k in cols]:
            cell = rows[rr].get(unit_col)
            if rr <= r or cell is None or txt(cell) == header.get(unit_col):
                continue  # (the header row again, repeated on each page the table runs over)
            only = txt(cell)
            if (len(rows[rr]) == 1 and len(header) >= 3 and _theme_row(only)
                    and not (is_request is not None and is_request(clean_text(only)))):
                continue  # a theme row merged across the table: "Social security (art. 9 of the Covenant)"
            is_cited = unit_kind == "cited_recommendation"
            source_line = _source_line(doc.text, cell) if is_cited else None
            source_head = _source_line(doc.text, cell, first=True) if is_cited and source_line is None else None
            if source_line is not None:  # "Abolish the death penalty ..." over "Universal periodic review, 2022: ..."
                cell = (cell[0], source_line[0])
            elif source_head is not None:  # "Human Rights Committee, CCPR/C/DRS/CO/2, para. 24, 2019" over "Ensure ..."
                cell = (source_head[0], cell[1])
                source_line = source_head
            paras = _cell_paragraphs(doc.text, cell)
            # "УПО, 2020: рекомендации 121.40 (Канада) ..." over «Принять ...», then "КЛРД, 2019 (...)" over «...»:
            # each quotation under its own source line
            sourced = _sourced_quotes(doc.text, cell) if is_cited and source_line is None else {}
            if sourced:
                paras = list(sourced)
            if unit_kind == "recommendation" and is_request is not None and len(paras) > 1:
                # "Segregation in schools follows segregation in housing; see also ..." over "Adopt a plan ...":
                # the authors' note beside their request is none
                asks = [b for b in paras if is_request(clean_text(txt(b)))]
                paras = asks or paras
            if unit_kind == "recommendation":
                paras = [sub for b in paras for sub in _run_in_items(doc.text, b)]
            for b in paras:
                text = clean_text(txt(b))
                if is_cited and _REF_AND_TOPIC.fullmatch(text):
                    continue  # "Para. 49 (cultural life, access to the Internet)": which one, not what it asks
                lead = _CELL_REF.match(text) if is_cited else None
                if lead:  # "Para. 17: Adopt a mechanism ...": the paragraph goes to the source
                    text = clean_text(text[lead.end() :])  # "8 (a): “Bring ...”": the quotation marks go too
                if len(text.split()) < 3 and not (len(text.split()) == 2 and is_request is not None
                                                  and is_request(text)):
                    continue  # a short cell is no request, unless it is one in two words: "Decriminalise defamation"
                if unit_col == own_col and is_request is not None and (not is_request(text)
                                                                       or _BODY_SUBJECT.match(text)):
                    continue  # "None at this stage.", "The Committee should ask the State party to report ..."
                if _PLACEHOLDER.fullmatch(text) or (is_cited and _TOPIC_ONLY.match(text)):
                    # "(to be drafted by the health working group)", "Recommendations on health care in prisons –
                    # tracked in the separate sheet": a note where a unit would be
                    continue
                end = b[1]
                others = {c: txt(x) for c, x in rows[rr].items() if c != unit_col}
                upr_row = state_col is not None and bool(others.get(state_col))
                # "Decriminalise defamation ... (Estonia, Czechia)": a UPR recommendation's States close the cell
                named_states = trailing_states(text) if is_cited and not upr_row else None
                if named_states and len(text[: named_states[0]].split()) < 3:
                    named_states = None  # "(Chile)" alone: nothing asked
                if named_states:
                    text = text[: named_states[0]].rstrip()
                    raw = doc.text[b[0] : b[1]]
                    in_raw = trailing_states(raw)  # the first of "(Kenya) (Brazil)", not the last
                    end = b[0] + len(raw[: in_raw[0]].rstrip()) if in_raw else b[1]
                u = Unit(kind=unit_kind, text=text, start=b[0], end=end, section=themes.get(rr, section),
                         articles=articles_of(text))
                if is_cited:
                    u.mechanism = pick_mechanism(mentions, countries_in(hdr)) if mentions or countries_in(hdr) else (
                        pick_mechanism(around, []) if around else committee or "other")
                    cell_status = others.get(status_col, "") if status_col is not None else ""
                    status = ((status_of(cell_status) or scaled_status(scale or {}, cell_status))
                              if cell_status else None)
                    grade = (re.match(r"\[?([A-E])\d?\]?\s*(?:[-–—:(]|$)", cell_status)
                             if status is None and status_col is not None else None)
                    if grade:  # the follow-up procedure's grades: "E - 14 deaths in 2023-2024"
                        status = GRADE_STATUS[grade.group(1)]
                    if status is None and facts_col is not None and others.get(facts_col):
                        status = facts_status(others[facts_col], text)  # "The minimum age is still 10."
                    u.status_claim = status or "unknown"
                    refs = [v for c, v in others.items() if c not in (status_col, year_col) and _REF_CELL.match(v)]
                    if lead:
                        refs.insert(0, lead.group(1))
                    detail = ", ".join(x for x in [symbol, *refs] if x)
                    if upr_row:  # a UPR table: "Norway (97.54)"; a source column may name a treaty body instead
                        source = others[state_col]
                        in_cell = speakers(mechanism_mentions(source, committee), source)
                        if not in_cell and _OWN_PLAN.match(source):
                            continue  # the State's own plan ("Government of X, National Action Plan ..."), no body's
                        code = _MECH_CODE.match(source) if source_col else None
                        if code:  # a tracker's own codes: "HRC", "SR sale of children (visit report)"
                            u.mechanism = code.group(1)
                        elif in_cell:
                            u.mechanism = pick_mechanism(in_cell, countries_in(source))
                        elif source_col:  # "CAT/C/LUN/CO/3, para. 15"
                            sym = _SYMBOL.search(source)
                            u.mechanism = ((mechanism_for_symbol(sym.group(0)) if sym else None)
                                           or ("UPR" if countries_in(source) else "other"))
                        else:
                            u.mechanism = "UPR"
                        detail = others[state_col] + (f" ({', '.join(refs)})" if refs else "")
                    elif named_states and not mentions:
                        u.mechanism = "UPR"
                        detail = ", ".join(named_states[1]) + (f" ({', '.join(refs)})" if refs else "")
                    u.source_detail = detail or None
                    refs_text = " ".join([symbol or "", *refs, hdr])
                    in_refs = YEAR.search(refs_text)
                    u.year = ((int(in_refs.group(1)) if in_refs else dated_symbol(refs_text, notes))
                              or year_in(context, notes))
                    source_year = YEAR.search(others.get(state_col, "")) if source_col else None
                    if year_col is not None:  # the table's own year column ("—" where it gives none)
                        given = YEAR.search(others.get(year_col, ""))
                        u.year = int(given.group(1)) if given else None
                    elif source_year:  # "Committee on the Rights of the Child, 2023"
                        u.year = int(source_year.group(1))
                    # no year in its cells or context: the review the report is about
                    elif u.mechanism == "UPR":
                        # the review the report is about before a year the paragraph over the table gives
                        u.year = ((review_year(doc.text[:4000], context) or u.year) if named_states and not in_refs
                                  else u.year or review_year(doc.text[:4000], context))
                    elif u.mechanism == (committee or "other"):  # ... or the observations it follows up
                        u.year = u.year or report_observations_year(doc.text, notes, committee)
                    own_source = sourced.get(b) or source_line
                    if own_source is not None:
                        src = own_source[1]
                        named = speakers(mechanism_mentions(src, committee), src)
                        sym = _SYMBOL.search(src)
                        u.mechanism = (pick_mechanism(named, countries_in(src)) if named
                                       else (mechanism_for_symbol(sym.group(0)) if sym else None) or u.mechanism)
                        u.source_detail = src
                        if year_col is None:  # "..., para. 12 (2021)"; none in "(repeated recommendation)"
                            given = YEAR.search(src)
                            u.year = int(given.group(1)) if given else dated_symbol(src, notes)
                units.append(u)
            if is_cited and status_col is not None and own_label is not None and rr not in asked_in:
                # "Не выполнено. ... Рекомендация коалиции: принять закон ...": the authors' own request in the
                # assessment cell beside the one they grade
                asked_in.add(rr)
                units += _labelled_requests(doc.text, rows[rr].get(status_col), own_label, themes.get(rr, section),
                                            clean_text, articles_of)
        return units
    return None


def _labelled_requests(text: str, cell: tuple | None, own_label: Callable[[str], int | None], section: str,
                       clean_text: Callable[[str], str], articles_of: Callable[[str], list[int]]) -> list[Unit]:
    """The authors' requests, one a line, that a run-in label opens inside a cell ("Рекомендация коалиции: ...")."""
    if cell is None or len(cell) > 2:
        return []
    found = []
    for la, lb in _cell_lines(text, cell[0], cell[1]):
        line = text[la:lb]
        at = own_label(line.strip())
        if at is None:
            continue
        a = la + len(line) - len(line.lstrip()) + at
        b = la + len(line.rstrip())
        body = clean_text(text[a:b])
        found.append(Unit(kind="recommendation", text=body, start=a, end=b, section=section,
                          articles=articles_of(body)))
    return found


_BODY_SUBJECT = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Committee|Special\s+Rapporteur|Working\s+Group|"
                           r"Subcommittee|Council)\s+(?:should|could|may|might|is\s+invited)\b")
_PLACEHOLDER = re.compile(r"\([^()]*\)\.?|\[[^\[\]]*\]\.?")
_TOPIC_ONLY = re.compile(r"(?:the\s+)?(?:committee['’]s\s+)?recommendations?\s+(?:on|concerning|about|regarding)\b",
                         re.I)


def _theme_row(text: str) -> bool:
    """A row of one short cell without a full stop: a theme ("Social security (art. 9 of the Covenant)")."""
    return len(text.split()) <= 15 and not text.endswith((".", ";"))


_RUN_IN_FIRST = re.compile(r"\(?(?:a|а|(?P<num>1))\)\s+|([•▪◦●■‣])\s+")
_RUN_IN_NEXT = re.compile(r"(?<=;)\s+(?:and\s+|и\s+)?\(?[b-zб-я]\)\s+")
_RUN_IN_NEXT_NUM = re.compile(r"(?<=[;.])\s+(?:and\s+|и\s+)?\(?(?:[2-9]|1\d)\)\s+")


def _run_in_items(text: str, cell: tuple) -> list[tuple]:
    """A cell's paragraph cut at its run-in enumeration: "a) amend the Law ...; b) guarantee ..." (or "1) ...; 2) ...",
    "• amend ...; • guarantee ...") gives "amend the Law ...;" and "guarantee ..."; any other paragraph is itself."""
    if len(cell) > 2:
        return [cell]
    a, b = cell[0], cell[1]
    first = _RUN_IN_FIRST.match(text, a)
    # bullets the cell's lines were joined over: "• create a unit ...; • publish ..."
    bullet = first.group(2) if first else None
    nxt = (re.compile(r"(?<=[;.,])\s+" + re.escape(bullet) + r"\s+") if bullet
           else _RUN_IN_NEXT_NUM if first and first.group("num") else _RUN_IN_NEXT)
    if not first or first.end() > b or not nxt.search(text, first.end(), b):
        return [cell]
    out, start = [], first.end()
    for m in nxt.finditer(text, first.end(), b):
        out.append((start, m.start()))
        start = m.end()
    return out + [(start, b)]


def _names_source(line: str) -> bool:
    """Whether a line names where a recommendation comes from: a body, a UN document's symbol, the UPR."""
    return bool(mechanism_mentions(line, None) or _SYMBOL.search(line) or UPR_NAME.search(line))


def _source_line(text: str, cell: tuple, first: bool = False) -> tuple[int, str] | None:
    """The last line of a recommendation's cell when it names where the recommendation comes from ("Committee
    against Torture, CAT/C/CVA/CO/4, para. 12 (2021)", "Universal periodic review, 2022: Australia (noted)"):
    (where the recommendation before it ends, the line); None when the cell has no such line. With ``first``, the
    first line over the recommendation ("Human Rights Committee, CCPR/C/DRS/CO/2, para. 24, 2019"): (where the
    recommendation after it starts, the line)."""
    if len(cell) > 2:
        return None
    a, b = cell
    lines = [(x, text[x:y].strip()) for x, y in _cell_lines(text, a, b)]
    if len(lines) < 2:
        return None
    start, line = lines[0] if first else lines[-1]
    if len(line) > 250 or (line.endswith((".", ";")) and not _SYMBOL.search(line)):
        return None  # a sentence of the recommendation
    if first and not (_SYMBOL.search(line) or re.search(r"\bpara(?:graph)?s?\.?\s*\d", line, re.I)):
        return None  # over the recommendation, only a reference: a body's document or paragraph
    if not _names_source(line):
        return None
    if first:
        return lines[1][0], line
    end = start
    while end > a and text[end - 1].isspace():
        end -= 1
    return end, line


def _cell_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the lines with text between ``a`` and ``b`` (a cell's lines)."""
    return [(a + m.start(), a + m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[a:b])]


_QUOTED_LINE = re.compile(r"\s*[«“\"„](?P<q>[^«»“”\"„]{10,})[»”\"“]\s*[.;]?\s*$")


def _sourced_quotes(text: str, cell: tuple) -> dict[tuple[int, int], tuple[int, str]]:
    """A cell whose lines alternate between where a recommendation comes from and its words in quotation marks
    ("УПО, 2020: рекомендации 121.18 (Австралия) и 121.21 (Греция)" over «Привести ...»): the span of each
    quotation's words -> (its start, its source line); empty for any other cell."""
    if len(cell) > 2:
        return {}
    lines = _cell_lines(text, *cell)
    if len(lines) < 2 or len(lines) % 2:
        return {}
    found: dict[tuple[int, int], tuple[int, str]] = {}
    for (sa, sb), (qa, qb) in zip(lines[::2], lines[1::2], strict=True):
        src, quoted = text[sa:sb].strip(), _QUOTED_LINE.match(text, qa, qb)
        named = _names_source(src) or re.search(r"\b\d{2,3}\.\d{1,3}\b", src)  # (or a UPR paragraph number)
        if quoted is None or not named or len(src) > 250 or src.endswith((".", ";")):
            return {}
        found[(quoted.start("q"), quoted.end("q"))] = (quoted.start("q"), src)
    return found


def _cell_paragraphs(text: str, cell: tuple) -> list[tuple]:
    """A Word / HTML cell's paragraphs, each a unit of its own when every one is a whole sentence ("Limit
    ... offences." over "Ensure that ..."); a laid-out or markdown cell (with its text) stays whole."""
    if len(cell) > 2:
        return [cell]
    parts = _cell_lines(text, *cell)
    whole = all(re.search(r"[.?!;]\W*$", text[x:y]) and text[x:y].lstrip()[:1].isupper() for x, y in parts)
    return parts if len(parts) > 1 and whole else [cell]


__all__ = ["block_rows", "flat_tables", "md_rows", "table_units", "text_tables"]
