"""Treaty-body concluding observations → recommendation units (rules: eval/GUIDELINES.md, UN section).

Structure, not wording of one document: numbered paragraphs found in sequence (``5.``, ``6.``,
also when pdftotext runs them together on one line), subject headings between them, lettered
sub-items ``(a)``, ``(b)`` … in sequence. A paragraph asking the State party to act is a unit;
with sub-items each sub-item is one (``15(a)``) and the lead-in is one only when it makes a
request of its own beyond introducing the list. Concern / regret / welcome paragraphs are not
units but give the ``(arts. ...)`` of the recommendations under the same heading.
"""

from __future__ import annotations

import re

from ..models import Document, Extraction, Unit
from . import unmeta
from .textutil import blank_spans

_REQUEST = re.compile(
    r"\bState\s+party\s+(?:should|must|shall|is\s+(?:requested|encouraged|urged|invited|called\s+upon|"
    r"recommended|asked))\b|\bCommittee\s+(?:(?:also|further|furthermore|therefore|strongly)\s+)?"
    r"(?:recommends|urges|calls\s+(?:up)?on|encourages|requests|invites|reiterates\s+its\s+(?:previous\s+)?"
    r"(?:recommendation|request|call))|\b[Ii]t\s+(?:should|is\s+(?:further\s+)?(?:encouraged|requested|urged))\b"
    # the standard closing paragraphs: "... welcomes the international support for the Sustainable Development Goals
    # and calls for ...", "It invites the Assembly of X to take the necessary steps ..."
    r"|\bCommittee\b[^.;]{0,200}?\band\s+calls\s+for\b|\b[Ii]t\s+(?:also\s+)?(?:invites|encourages|urges|recommends)\b"
    # "The Committee notes that the Plan expired ... and recommends that the State party adopt ..."
    r"|\band\s+(?:also\s+)?(?:recommends|urges|calls\s+(?:up)?on|encourages|requests)\s+(?:that\s+)?(?:the\s+)?"
    r"State\s+party\b"
    # the Russian text of the same forms: "Государству-участнику следует", "Комитет рекомендует / настоятельно
    # призывает / просит", "Ему также следует", "государству-участнику предлагается представить"
    r"|государству-участнику\s+(?:(?:также|далее|по-прежнему)\s+)?(?:следует|предлагается|рекомендуется)"
    r"|\bКомитет\s+(?:(?:также|далее|настоятельно|вновь|в\s+этой\s+связи)\s+)*(?:рекомендует|призывает|просит|"
    r"предлагает|побуждает|повторяет\s+свою\s+(?:предыдущую\s+)?рекомендацию)"
    r"|(?<![\w-])[Ее]му\s+(?:(?:также|далее|в\s+частности)\s+)?следует"
    # "Комитет приветствует ... и призывает к обеспечению ...", "Он предлагает Собранию ..."
    r"|\bКомитет\b[^.;]{0,200}?\bи\s+призывает\s+к\b|(?<!\w)Он\s+(?:также\s+)?(?:предлагает|призывает|рекомендует)\b",
    re.I)
_CONCERN = re.compile(r"\b(?:concern|regrets?|welcomes?|notes|noting|appreciat|acknowledg|commends?|takes?\s+note)"
                      r"|обеспокоен|озабочен|сожалеет|приветству|принимает\s+к\s+сведению|отмечает|выражает|"
                      r"с\s+удовлетворением|высоко\s+оценивает|признаёт|признает",
                      re.I)
_ARTS = re.compile(r"\(\s*(?:arts?\s*\.?|стат(?:ья|ьи|ей)\b)\s*((?:[^()]|\([^()]*\))*)\)", re.I)
_REF_WORDS = {"art", "arts", "article", "articles", "paragraph", "paragraphs", "para", "paras", "no", "nos", "rule",
              "resolution", "and", "to", "of", "decision", "section", "chapter", "annex", "item", "session", "law",
              "п", "пп", "пункт", "пункта", "пункте", "пункты", "пунктах", "пунктам", "статья", "статьи", "статей",
              "статьёй", "статьей", "и", "№", "правила", "правило"}
_GENERIC = set("""the state party should also furthermore further it take all necessary measures steps appropriate
effective to ensure that in particular inter alia including by redouble its efforts strengthen continue
and with a view following measure as well adopt following: committee recommends urges encourages calls upon on
is requested encouraged invited among others notably where for this purpose end
в частности ему государству-участнику следует также кроме того комитет рекомендует настоятельно призывает
вновь просит предлагает с этой целью том числе""".split())


def co_meta(doc: Document) -> dict:
    """Symbol, mechanism, country and year of a concluding-observations document."""
    symbol = unmeta.doc_symbol(doc)
    head = doc.meta.get("title", "") + "\n" + doc.text[:4000]
    country = doc.meta.get("state") or doc.meta.get("country")
    if not country:
        m = re.search(r"Concluding\s+observations\s+(?:on|of|concerning)\s+the\s+[\w\s\-–,]{0,80}?reports?\s+of\s+"
                      r"(?:the\s+)?([A-Z][^\n*(]{2,70}?)\s*(?:\*|\(|\n|$)", head)
        if m and unmeta.is_state_name(m.group(1)):
            country = m.group(1).strip()
    if not country:
        country = unmeta.country_from_symbol(symbol) or unmeta.find_state(head)
    return {"symbol": symbol, "mechanism": unmeta.mechanism_for_symbol(symbol), "country": country,
            "year": unmeta.doc_year(doc)}


def parse_articles(text: str) -> list[int]:
    """Articles in every "(art. 19)" / "(arts. 2, 3 and 26)" of ``text`` (sub-paragraph numbers ignored)."""
    out: set[int] = set()
    for m in _ARTS.finditer(text):
        inner = re.sub(r"\([^()]*\)", " ", m.group(1))
        for a, b in re.findall(r"(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?", inner):
            lo, hi = int(a), int(b) if b else int(a)
            if hi - lo <= 30:
                out.update(range(lo, hi + 1))
    return sorted(out)


def _paragraph_starts(text: str) -> list[tuple[int, int, int]]:
    """Numbered paragraphs found in sequence: (number, marker start, body start)."""
    out: list[tuple[int, int, int]] = []
    # an excerpt may start at any paragraph: begin at the first line-initial number
    first = re.search(r"(?m)^[ \t]*(\d{1,3})\.\s+(?=[A-ZА-ЯЁ(“\"‘'«])", text)
    n, pos = (int(first.group(1)) if first and int(first.group(1)) > 1 else 1), 0
    misses = 0
    while misses < 3:
        found = None
        for m in re.finditer(rf"(?<![\w./(\-]){n}\.\s+(?=[A-ZА-ЯЁ(“\"‘'«])", text[pos:]):
            s = pos + m.start()
            prev = re.search(r"(\S+)(\s*)$", text[max(0, s - 20): s])
            word = prev.group(1).lower().rstrip(".,") if prev else ""
            # "para. 12", "articles 2 and 3": a reference, not a paragraph; but a number at the start of
            # a line after a sentence ending in a year ("... in 2021.\n3. The Committee") is one
            sentence_end = bool(prev and prev.group(1).endswith(".") and "\n" in prev.group(2))
            if word in _REF_WORDS or (re.fullmatch(r"\d+", word) and not sentence_end):
                continue
            found = (n, s, pos + m.end())
            break
        if found:
            out.append(found)
            pos, n, misses = found[2], n + 1, 0
        else:
            n, misses = n + 1, misses + 1  # a skipped number: try the next one
    return out


_SENTENCE_END = re.compile(r"(?<=[.;:)])(?<!\barts\.)(?<!\bart\.)(?<!\bNo\.)\s+")


def _split_heading(body: str) -> tuple[str, str]:
    """Split trailing heading lines (short, unpunctuated) off a paragraph body: (body, heading)."""
    lines = body.rstrip().split("\n")
    heading: list[str] = []
    while lines:
        ln = lines[-1].strip()
        if not ln:
            lines.pop()
            continue
        # a whole-line heading, maybe with its treaty articles: "B. Violence against children (arts. 19 and 39)"
        bare = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", ln).strip()
        # (a long one too: "Follow-up to the Committee's previous concluding observations and recommendations on
        # the Optional Protocol on the sale of children, child prostitution and child pornography")
        if (bare[:1].isupper() and len(bare.split()) <= 30 and not re.search(r"[.;:,]$", bare)
                and not re.search(r"[a-zа-яё]\.\s", re.sub(r"^[A-ZА-Я]\.\s", "", bare))
                and not re.match(r"\(?[a-zа-я]\)", ln)
                and len(lines) > 1):
            heading.insert(0, ln)
            lines.pop()
            continue
        # a run-in heading: the part of the last line after its last sentence end
        tail = _SENTENCE_END.split(ln)[-1] if re.search(r"[.;:)]\s", ln) else ln
        words = tail.split()
        if (tail and tail[:1].isupper() and len(words) <= 14 and not re.search(r"[.;:,]$", tail)
                and not re.match(r"\(?[a-zа-я]\)", tail)):
            heading.insert(0, tail)
            rest = ln[: len(ln) - len(tail)].rstrip()
            lines[-1] = rest
            if rest:
                break
            lines.pop()
            continue
        break
    return "\n".join(lines), (heading[-1].strip() if heading else "")


def _subitems(body: str) -> list[tuple[str, int, int]]:
    """Lettered sub-items in sequence: (letter, start of marker, start of text). "(a)", or "a)" as in the
    Russian texts, whose letters are Latin or Cyrillic ("а)", "б)")."""
    for letters in ("abcdefghijklmnopqrstuvwxyz", "абвгдежзиклмнопрстуфхцчшщэюя"):
        out: list[tuple[str, int, int]] = []
        k, pos, misses = 0, 0, 0
        while k < len(letters) and misses < 2:
            m = re.compile(rf"(?:^|(?<=\n)|(?<=[;:.]\s))[ \t]*(?:\({letters[k]}\)|(?<![\w(]){letters[k]}\))\s+").search(
                body, pos)
            if m:
                out.append((letters[k], m.start(), m.end()))
                pos, misses = m.end(), 0
            else:
                misses += 1
            k += 1
            if not out and k > 0:
                break
        if out:
            return out
    return []


def _fix_split_item(s: str) -> str:
    """pdftotext artefact: '(a) laws;\\n\\nCooperate with ... customary' → 'Cooperate ... customary laws;'."""
    parts = re.split(r"\n\s*\n", s.strip(), maxsplit=1)
    if len(parts) == 2:
        first, rest = parts[0].strip(), parts[1].strip()
        if (len(first.split()) <= 4 or first[:1].islower()) and re.search(r"[;.]$", first) and rest[:1].isupper() \
                and not re.search(r"[.;:]$", rest.split("\n")[0].strip()):
            return rest + " " + first
    return s


def _clean(s: str) -> str:
    s = re.sub(r"(?<=[a-zа-яё])-\n\s*(?=[a-zа-яё])", "-", s)
    return unmeta.clean_ws(s)


def _sentences(s: str) -> list[str]:
    return [x for x in re.split(r"(?<=[.:;])\s+(?=[A-ZА-ЯЁ])", s.strip()) if x.strip()]


def _is_request(lead: str) -> bool:
    sents = _sentences(lead)
    if not sents:
        return False
    if _REQUEST.search(sents[0]):
        return True
    return bool(_REQUEST.search(lead)) and not _CONCERN.search(sents[0])


def _request_start(lead: str) -> int | None:
    """Offset of the first sentence of ``lead`` that asks the State party to act (after concern sentences)."""
    m = _REQUEST.search(lead)
    if not m:
        return None
    starts = [0] + [x.end() for x in re.finditer(r"(?<=[.;])\s+(?=[A-ZА-ЯЁ])", lead[: m.start()])]
    return starts[-1]


_FRAMING = re.compile(r"^(?:recalling|taking|in\s+the\s+light\s+of|with\s+reference\s+to|drawing|bearing|noting|"
                      r"referring|reiterating|in\s+line\s+with|consistent\s+with|in\s+accordance\s+with|"
                      r"pursuant\s+to)\b[^:]*?,\s+(?=the\s+Committee\b)"
                      r"|^(?:ссылаясь|напоминая|принимая|учитывая|в\s+свете|с\s+уч[её]том|"
                      r"в\s+соответствии)\b[^:]*?,\s+(?=Комитет\b)", re.I)


# a lead-in sentence that its sub-items finish ("..., including the right to:", "..., в частности путем:")
_RUNS_INTO_LIST = re.compile(r"\b(?:including|in\s+particular|inter\s+alia|namely|such\s+as|by|to|for|on|of|with|"
                             r"the\s+right\s+to)\s*:\s*$|(?<!\w)(?:в\s+частности|включая|в\s+том\s+числе|путем|путём|"
                             r"на|по|для|о|об|с)\s*:\s*$", re.I)


def _lead_unit(lead: str) -> str | None:
    """The part of a lead-in that is a request of its own, or None when it only introduces the list."""
    sents = _sentences(lead)
    if sents and sents[-1].rstrip().endswith(":"):
        # "Recalling its general comment No. 20 (2009), the Committee recommends that the State party:": the
        # opening phrase frames the list, it asks for nothing
        last = _FRAMING.sub("", sents[-1])
        content = [w for w in re.findall(r"[A-Za-zА-Яа-яЁё0-9-]+", last.lower()) if w not in _GENERIC]
        if len(content) < 2 or _RUNS_INTO_LIST.search(last):
            # ... or a sentence the items finish: "... all fundamental legal safeguards, including the right to:"
            sents = sents[:-1]
    text = " ".join(sents).strip()
    if not text or not _REQUEST.search(text):
        return None
    return text


_GENERAL = re.compile(r"dissemination|follow-up|next\s+periodic\s+report|general\s+measures|reporting|"
                      r"распространение\s+информации|последующ\w+\s+деятельност|следующ\w+\s+периодическ", re.I)


def _articles_for(text: str, section: str, mechanism: str | None) -> list[int]:
    """Articles when the paragraph and its heading name none: general-measures sections (dissemination, follow-up,
    next report) → art. 2; else the keyword rules, and the article of the people a whole treaty protects."""
    if _GENERAL.search(section):
        return [2]
    try:
        from .articles import TREATY_ARTICLE, articles_for
    except ImportError:  # the keyword module is optional
        return []
    try:
        found = set(articles_for(text, section))
    except Exception:  # noqa: BLE001 - a helper failure must not lose the unit
        found = set()
    if mechanism in TREATY_ARTICLE:  # every CRC request concerns children (art. 24), every CEDAW one women (art. 3)
        found.add(TREATY_ARTICLE[mechanism])
    return sorted(found)


def extract_concluding(doc: Document) -> Extraction:
    """Recommendation units of treaty-body concluding observations (see module doc)."""
    meta = co_meta(doc)
    symbols = unmeta.find_symbols(doc.text[:3000]) + ([meta["symbol"]] if meta["symbol"] else [])
    # page furniture and the PDF's footnotes (gathered after the last paragraph) are no part of any paragraph
    text = blank_spans(unmeta.strip_furniture(doc.text, symbols),
                       [(b.start, b.end) for b in doc.blocks if b.kind == "footnote"])
    text = re.sub(r"(?m)^[ \t]*\*+[ \t]*$", lambda m: " " * len(m.group(0)), text)
    paras = _paragraph_starts(text)
    units: list[Unit] = []
    section = ""
    first_start = paras[0][1] if paras else len(text)
    _, heading = _split_heading(text[:first_start])
    section = heading or section
    current_arts: list[int] = []
    for idx, (num, _ms, bstart) in enumerate(paras):
        bend = paras[idx + 1][1] if idx + 1 < len(paras) else len(text)
        body, next_heading = _split_heading(text[bstart:bend])
        subs = _subitems(body)
        lead = body[: subs[0][1]] if subs else body
        # "(arts. ...)" are articles of the committee's own treaty: ICCPR articles only for the HRC
        own_arts = parse_articles(body) if meta["mechanism"] in (None, "HRC") else []
        if own_arts:
            current_arts = own_arts
        if not _is_request(_clean(lead)):
            # the older one-paragraph form: "The Committee is concerned ... (art. 2). The State party should
            # ...": the unit is the request, from its first sentence to the paragraph's end
            cut = _request_start(lead)
            if cut is None:
                if next_heading:
                    section, current_arts = next_heading, []
                continue
            bstart, body, lead = bstart + cut, body[cut:], lead[cut:]
            subs = [(k, ms - cut, ts - cut) for k, ms, ts in subs]
        arts = own_arts or current_arts or _articles_for(_clean(body), section, meta["mechanism"])
        base = {"mechanism": meta["mechanism"], "year": meta["year"], "country": meta["country"],
                "section": section, "articles": arts, "fields": {"symbol": meta["symbol"]}}
        if subs:
            lead_text = _lead_unit(_clean(lead))
            if lead_text:
                units.append(Unit(kind="recommendation", text=lead_text, start=bstart, end=bstart + len(lead),
                                  para_number=str(num), **base))
            for k, (letter, ms, ts) in enumerate(subs):
                te = subs[k + 1][1] if k + 1 < len(subs) else len(body)
                item = _clean(_fix_split_item(body[ts:te]))
                if item:
                    units.append(Unit(kind="recommendation", text=item, start=bstart + ms, end=bstart + te,
                                      para_number=f"{num}({letter})", **{**base, "fields": dict(base["fields"])}))
        else:
            units.append(Unit(kind="recommendation", text=_clean(body), start=bstart, end=bstart + len(body),
                              para_number=str(num), **base))
        if own_arts:  # a request paragraph with its own articles (older form) does not pass them on
            current_arts = []
        if next_heading:
            section = next_heading
            current_arts = []
    return Extraction(doc_type="concluding_observations", units=units, meta=meta)
