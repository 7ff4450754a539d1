"""NGO (shadow) report extractor: recommendations, suggested questions, cited recommendations.

Rules: shared/eval/GUIDELINES.md. The text is cut into segments (paragraphs, list items,
headings, table cells) with offsets into ``doc.text``; PDF line breaks, page numbers and page-footer
footnotes are dropped; Word / HTML headings come from the reader's blocks. Blocks opened by a
"Recommendations:" / "Suggested questions:" label (also numbered "2.2 Recommendations", the authors'
own "We urge the State party to:" / "The Government should:", "The Committee may wish to ask:", and
the Russian equivalents) give one unit per list item (bullets, 1), a), (i), R1., 3.2) or per request
paragraph. Narrative paragraphs are searched sentence by sentence for recommendations that UN
mechanisms or States made earlier (reporting verbs, quotations, "recommendations by X to ...", UPR
numbers, a UN body's lead-in to a list or a quoted paragraph); the sentence after them may give their
implementation status, the context their year.

Modules: ``segments`` (cutting the text), ``cues`` (labels, request and question shapes), ``context``
(what is known while walking the document; unit text cleaning), ``citations`` (earlier recommendations in
running text); this module walks the segments and emits the units.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...models import Document, Extraction, Unit
from ..articles import minority_names
from ..followup import GRADE_STATUS
from ..mechanisms import (
    BLANK_LINE,
    THE_COMMITTEE,
    TREATY_BODIES,
    UPR_NAME,
    VERB_CUES,
    countries_in,
    dated_symbol,
    doc_committee,
    facts_status,
    is_status_report,
    mechanism_mentions,
    other_treaty_title,
    pick_mechanism,
    report_observations_year,
    review_year,
    speakers,
    status_of,
    status_scale,
    year_in,
)
from ..tables import block_rows, md_rows, table_units
from ..textutil import MARKER, clean, collapse, quote_ranges, sentence_spans, strip_marker
from ..unmeta import doc_year
from .citations import (
    ATTRIBUTION,
    LEAD_QUOTED_LIST,
    OPEN_QUOTED_ITEM,
    QUOTE_REF,
    UPR_CARD,
    UPR_HEAD,
    UPR_ITEM,
    add_quoted,
    attributed_quote,
    cited_in_text,
    cited_leadin,
    graded,
    is_block_quote,
    quote_close,
    quote_start,
    quoted_sub_items,
    ref_symbol,
    set_listed_upr,
    unquoted,
    upr_item,
    upr_item_tail,
)
from .context import (
    Ctx,
    Item,
    clean_unit,
    is_iccpr_report,
    report_opening,
    unit_articles,
)
from .cues import (
    ADDRESSEE,
    ASK_COMMITTEE,
    BARE_IMPLEMENT,
    GRADE_MARK,
    IMPERATIVE,
    INTERROG,
    OWN_REQUEST,
    PLEASE,
    QUE_LABEL,
    REC_LABEL,
    SECTION_NO,
    SHOULD_WORD,
    STANDALONE,
    STANDALONE_Q,
    TO_BODY_ONLY,
    TO_MANDATE,
    TO_OTHERS,
    TOPIC_PREFIX,
    UPPER_ROMAN,
    VERDICT_LABEL,
    ends_terminal,
    is_named_own_request,
    is_others_recs,
    is_own_leadin,
    is_question_item,
    is_title_item,
    request_like,
    request_series,
    starts_lower,
)
from .segments import (
    Seg,
    head_level,
    indent_of,
    is_block_subheading,
    is_heading,
    line_items,
    marker_class,
    marker_number,
    roman_marker,
    split_segments,
)

# "Pay transparency is the condition ...": a verb-looking first word that is the subject of a finite verb
_NOUN_SUBJECT = re.compile(r"^\S+\s+(?:[\w-]+\s+)?(?:is|are|was|were|has|have|had|remains?|means|gives)\b")


def _imperative(t: str) -> bool:
    """Whether ``t`` opens with a verb of request that is not the subject of a finite verb."""
    return bool(IMPERATIVE.match(t)) and not _NOUN_SUBJECT.match(t)


def _makes_request(t: str) -> bool:
    """Whether ``t`` reads as a request by its opening: an imperative, the authors' own request, a "should"."""
    return _imperative(t) or bool(OWN_REQUEST.match(t) or SHOULD_WORD.search(t))


def _reports_body(t: str, committee: str | None) -> bool:
    """Whether ``t`` opens by reporting a body's or a State's request ("In 2018 the Committee recommended that “The
    State party should revise ...”"): a citation after the authors' list, not one more item of it (its "should"
    is the body's). A paragraph that itself asks ("Implement the Committee's recommendation that ...") is no
    report."""
    if _imperative(t) or OWN_REQUEST.match(t):
        return False
    spans = sentence_spans(t)
    first = t[: spans[0][1]] if spans else t
    cue = VERB_CUES.search(first)
    if cue is None:
        return False
    parts = re.split(r"[,;:]", first[: cue.start()])
    # the verb's own subject: "In 2018 the Committee recommended", "The Committee, in 2018, recommended"; not a
    # body named in a clause before the authors' verb ("In addition to the Special Rapporteur's recommendations,
    # the Monitor recommends that"), nor a body the authors ask to act ("The Committee should call on ...")
    subj = parts[-1] if parts[-1].strip() else parts[0]
    if re.search(r"\b(?:should|could|may|might|must|will|would|shall|we|our)\b", subj, re.I):
        return False
    return bool(mechanism_mentions(subj, committee) or countries_in(subj) or THE_COMMITTEE.search(subj))


# the heading of a list of notes or references: "Notes", "Endnotes", "Источники"
# notes, and a wiki's or a site's links to other pages ("See also": titles of pages, not recommendations)
_NOTES_EN = r"(?:end|foot)?notes|references|sources|bibliography|see\s+also|further\s+reading|external\s+links"
_NOTES_RU = r"примечания|сноски|источники|см\.\s+также|смотрите\s+также"
_NOTES_SECTION = re.compile(rf"^\s*(?:{_NOTES_EN}|{_NOTES_RU})\s*:?\s*$", re.I)  # the whole title
_NOTES_HEAD = re.compile(rf"(?:{_NOTES_EN})\b|примечани|сноски|источники|см\.\s+также", re.I)  # begins with one


def extract_ngo(doc: Document) -> Extraction:
    """Extract units from an NGO report (rules: shared/eval/GUIDELINES.md)."""
    md = doc.format == "md"
    segs, notes = split_segments(doc)
    notes = {**notes, **(doc.footnotes or {})}
    units: list[Unit] = []
    opening = report_opening(doc)
    ctx = Ctx(iccpr=is_iccpr_report(opening))
    ctx.covenant = doc_committee(opening[:3000]) != "CESCR"
    ctx.doc_committee = doc_committee(opening)
    # "the Committee" of a report to a treaty body without a code (CED, CRPD) is that body: "other"
    ctx.committee = (ctx.doc_committee if ctx.doc_committee != "other" or other_treaty_title(opening)
                     else None)
    named = mechanism_mentions(opening[:600], ctx.committee)
    # a letter to a mandate holder, or a statement in the Council's dialogue with one ("HUMAN RIGHTS COUNCIL ...
    # Interactive dialogue with the Special Rapporteur on ..."): "you" is the mandate holder
    ctx.addressee = "SR" if named and (named[0][1] == "SR" or (named[0][1] == "HRCouncil"
                                                                 and any(m[1] == "SR" for m in named))) else None
    ctx.addressee_year = dated_symbol(opening[:3000], notes) if ctx.addressee else None
    ctx.upr_report = UPR_NAME.search(opening[:300]) is not None
    ctx.scale = status_scale(doc.text)
    ctx.minorities = minority_names(doc.text)
    block: str | None = None  # "recommendation" | "question" | "cited_recommendation"
    label = ""
    cited_meta: tuple[str, int | None, str | None] = ("other", None, None)  # mechanism, year, source
    quote_meta: tuple[str, int | None, str | None] | None = None  # a lead-in to a quoted paragraph was seen
    items: list[Item] = []
    classes: list[tuple[str, str]] = []
    seq: dict[tuple[str, str], int] = {}
    block_level: int | None = None  # heading level of a label that is itself a heading
    group_level: int | None = None  # heading level of the groups under a lead-in paragraph
    # the line just read was a UN body's label over its words ("Recommendation of the Committee")
    others_meta: tuple[str, int | None, str | None] | None = None

    def flush() -> None:
        nonlocal items, classes, seq
        for k, it in enumerate(items):
            nxt = items[k + 1] if k + 1 < len(items) else None
            body = it.text
            if body.rstrip(" *_").endswith(":") and nxt is not None:
                if nxt.level > it.level:
                    continue  # lead-in that only introduces sub-items
                words = clean(body).split()
                if len(words) <= 15 and ":" not in " ".join(words)[:-1] and not IMPERATIVE.match(" ".join(words)):
                    continue  # "in the revised legislation ...:" flattened into the same list level
            if block == "recommendation" and is_title_item(body):
                continue  # "Minimum wage" over its request (a <dt> above its <dd>)
            if (block == "recommendation" and it.seg.marker and it.seg.marker.strip().startswith("[")
                    and not _makes_request(strip_marker(clean(body))) and not request_like(strip_marker(clean(body)))):
                continue  # "[47] For convenience, the Society's recommendations are summarised below.": a paragraph
            if _CONTACT.match(clean(body)):
                continue  # "For further information, please contact:" after the last item
            if _TEMPLATE_NOTE.match(strip_marker(clean(body))):
                continue  # "Recommendations should be specific, measurable and ...": a template's instruction
            if block in ("recommendation", "question") and TO_BODY_ONLY.match(clean(body)):
                continue  # "The coalition would be grateful if the Committee could invite ...": to the body itself
            if block == "question" and _INTRODUCES_QUESTIONS.search(body) and not clean(body).rstrip().endswith("?"):
                continue  # "65. ... коалиция предлагает Комитету задать делегации следующие вопросы.": a lead-in
            if (block == "question" and not _asks(strip_marker(clean(body)))
                    and not any(x.text.rstrip(" *_").endswith(":") for x in items[:k])
                    and label and not label.rstrip(" *_").endswith(":")):
                continue  # "- [x] Final text agreed" after the list of questions: a task, not a question
            verdict = _SUB_VERDICT.match(clean(body)) if block == "cited_recommendation" and ctx.recent_cited else None
            if verdict and (status := status_of(verdict.group("rest"))):
                # "- *Status:* not implemented. The draft ..." under the quoted recommendation it grades
                ctx.recent_cited[-1].status_claim = status
                continue
            kind = block or "recommendation"
            if kind == "recommendation" and (is_question_item(body) or PLEASE.match(strip_marker(clean(body)))):
                # "How many children were ...?" in a list under a recommendations label, or "Please provide ..."
                kind = "question"
            u = _emit(units, doc, it, kind, ctx, label)
            if u is not None and block == "cited_recommendation":
                u.mechanism, u.year, u.source_detail = cited_meta
                u.status_claim = "unknown"
                ctx.recent_cited.append(u)
                listed = upr_item_tail(u.text, states_only=True)
                if listed:  # "Adopt ... (Recommendation 141.22 – Brazil) – Supported – Not implemented"
                    set_listed_upr(u, listed, review_year(doc.text[:4000], ""))
                    continue
                whole = _WHOLE_QUOTE.match(u.text)
                if whole:  # '"Establish appropriate penalties ...";': the quotation marks are not its words
                    u.text = whole.group(1).strip()
                quoted = _QUOTED_ITEM.match(u.text)
                if quoted and len(quoted.group("rest").split()) >= 2:
                    # '"Adopt comprehensive legislation ..." – Grade B. The Law ... was adopted in 2022, but ...':
                    # the quotation is the recommendation, the rest the authors' assessment of it
                    rest = quoted.group("rest")
                    grade = _ITEM_GRADE.search(rest)
                    u.text = quoted.group("q").strip()
                    by_grade = GRADE_STATUS[grade.group(1)] if grade else None
                    # the grade D of the official scale says no reply came; the authors' words may say more
                    u.status_claim = (by_grade if by_grade not in (None, "unknown") else status_of(rest)) or "unknown"
                    continue
                ref = _ITEM_REF.search(u.text)
                verdict = status_of(ref.group("rest")) if ref and len(u.text[: ref.start()].split()) >= 3 else None
                if ref and verdict:
                    # "refrain from imposing blanket bans ... (para. 81 (d)) – not implemented; the list of ...":
                    # the request, its paragraph, then the authors' verdict
                    u.status_claim = verdict
                    u.text = u.text[: ref.start()].rstrip(" ,;")
                    continue
                spans = sentence_spans(u.text)
                if len(spans) > 1 and is_status_report(u.text[spans[-1][0] :]):
                    # "... of detention. None of these recommendations has been implemented." (no blank line)
                    status = status_of(u.text[spans[-1][0] :])
                    u.text = u.text[: spans[-2][1]]
                    for c in ctx.recent_cited:
                        c.status_claim = status
        items = []
        classes = []
        seq = {}

    def end_block() -> None:
        nonlocal block, label, block_level, group_level
        if block:
            flush()
        block = None
        label = ""
        block_level = None
        group_level = None

    skip_to = -1
    # the marker class of a list of requests to someone other than the State, while in its items
    others_list: tuple[str, str] | None = None
    cells = {b.start: b for b in doc.blocks if b.kind == "table_cell" and b.cell is not None}
    tables_done: dict[int, bool] = {}  # table -> its units were taken from its columns
    seen_units = 0
    for idx, seg in enumerate(segs):
        for u in units[min(seen_units, len(units)) :]:  # the body cited last, for "He also recommended:"
            if u.kind == "cited_recommendation" and u.mechanism:
                ctx.last_cited_mech = u.mechanism
        seen_units = len(units)
        t = seg.display
        if not t or idx <= skip_to:
            continue
        cell = cells.get(seg.pieces[0][0]) if seg.in_table else None
        if cell is not None and cell.cell is not None:
            tid = cell.cell[0]
            if tid not in tables_done:
                end_block()
                tables_done[tid] = _table_units(
                    units, doc, block_rows([b for b in cells.values() if b.cell and b.cell[0] == tid]), ctx, notes)
            if tables_done[tid]:
                a, b = seg.pieces[0][0], seg.pieces[-1][1]
                if cell.cell[1] > 0 and len(seg.display.split()) >= 8 and ends_terminal(seg.display) and not any(
                        u.start is not None and u.end is not None and u.start < b and a < u.end for u in units):
                    # the narrative cell beside the units ("Issue" beside "Proposed questions"): it may report
                    # what a body recommended; not a header ("Recommendation of the Committee") nor a source cell
                    # ("Committee against Torture, concluding observations, CAT/C/LUN/CO/3, para. 11 (a)")
                    cited_in_text(units, doc, seg, ctx, notes)
                continue
        if seg.table is not None:
            end_block()
            _table_units(units, doc, seg.table, ctx, notes)
            continue
        if md and t.startswith("|") and len(seg.pieces) >= 3:
            end_block()
            rows = md_rows(seg.pieces, doc.text)
            if _table_units(units, doc, rows, ctx, notes) or _md_upr_rows(units, doc, rows, seg, ctx):
                continue
        nxt = segs[idx + 1] if idx + 1 < len(segs) else None
        if others_list and seg.marker and not seg.md_level and marker_class(seg.marker, md) == others_list:
            # "• encourage the special procedures to request a visit": a request to others, no unit; "• call on the
            # Government of Bajuria to release ..." asks the State through them
            if _VIA_STATE.match(strip_marker(t)):
                _emit(units, doc, Item(seg, 0, 0, seg.flat), "recommendation", ctx, "")
            continue
        others_list = (marker_class(nxt.marker, md) if t.endswith(":") and nxt is not None and nxt.marker
                       and TO_OTHERS.search(t) else None)
        if others_list:
            # "The Centre invites the Human Rights Council to:", "We ask the European Union to:" over its items
            end_block()
            if seg.md_level:  # "### We call on the Council to:"
                ctx.section = t
            continue
        body_t = t
        body_nomark = strip_marker(t) if seg.marker else t
        # stand-alone "Recommendation (...): to ..." paragraph (also when written as a heading)
        # ... and in a numbered paragraph: "[20] Recommendation 1: That section 4(2) of the Act be amended ..."
        sm = (STANDALONE.match(body_nomark) if not seg.marker or seg.md_level or re.match(r"\[\d", seg.marker.strip())
              # ... or a meeting's numbered decision on the text: "2.3. Включить в доклад рекомендацию в следующей
              # редакции: «...»"
              or re.match(r"(?i)(?:включить|include)\s+(?:в|in)\s", body_nomark) else None)
        # "8. Suggested question: Does the State party ...?" in a numbered paragraph too
        qm = STANDALONE_Q.match(body_nomark) if not seg.marker or re.match(r"\d", seg.marker.strip("*_ ")) else None
        if (sm or qm) and (sm or qm).group("body").rstrip().endswith(":") and nxt is not None and nxt.marker:
            # "Recommendations: The State party should:" over "(a) ...", "(b) ...": a label and its lead-in
            end_block()
            block, label, block_level = ("recommendation" if sm else "question"), t, None
            continue
        if sm or qm:
            end_block()
            m = sm or qm
            assert m is not None
            kind = "recommendation" if sm else "question"
            start = seg.flat.find(m.group("body")[:20])
            quoted = re.fullmatch(r"\s*[«“\"](?P<q>[^«»“”\"]{10,})[»”\"]\s*\.?\s*", m.group("body"))
            if quoted and start >= 0:
                # «Включить ... рекомендацию в следующей редакции: «Принять закон ...»»: the words in the marks
                a = start + quoted.start("q")
                _emit_span(units, seg, a, a + len(quoted.group("q")), kind, ctx, m.group("label"))
                continue
            it = Item(seg, max(start, 0), 0, seg.flat)
            _emit(units, doc, it, kind, ctx, m.group("label"))
            continue
        item = _ITEM_LABEL.fullmatch(t) if nxt is not None and not seg.in_table else None
        if item and not nxt.marker:
            # "Rec 1 – agreed" / "Q2 for the LOI" over the text it numbers (a chat's or a working document's item)
            ask = strip_marker(nxt.display)
            kind = ("question" if item.group("q") and (is_question_item(ask) or PLEASE.match(ask))
                    else "recommendation" if not item.group("q") and _imperative(ask) else None)
            if kind:
                end_block()
                _emit(units, doc, Item(nxt, 0, 0, nxt.flat), kind, ctx, "")
                skip_to = idx + 1
                continue
        if block is None and seg.marker and ends_terminal(t) and _NOTES_SECTION.match(ctx.section):
            # "3. Report of the Working Group ..., recommendation 112.31 (Germany)." under "Notes": a reference, not
            # a unit nor the heading of one
            continue
        upr_at = UPR_ITEM.match(body_nomark)
        upr_head = (UPR_HEAD.match(body_nomark) if nxt is not None and IMPERATIVE.match(nxt.display) else None) or (
            UPR_CARD.match(body_nomark) if nxt is not None and any(
                IMPERATIVE.match(unquoted(s.display)) for s in segs[idx + 1 : idx + 3]) else None)
        if (block is None or seg.in_table) and (upr_head or (upr_at and IMPERATIVE.match(
                unquoted(body_nomark[upr_at.end() :])))):
            # a UPR recommendation listed by its number (a table row or a line of an implementation review):
            # "115.12 Ratify the OP-CAT (Denmark) – Supported", then maybe cells "Denmark", "Not implemented"
            end_block()
            skip_to = upr_item(units, doc, segs, idx, ctx)
            continue
        if seg.in_table and (REC_LABEL.match(t) or QUE_LABEL.match(t)):
            continue  # a column header ("Recommendation", "Status"), not a label opening a list
        label_t = SECTION_NO.sub("", t, count=1)
        if (topic := TOPIC_PREFIX.match(label_t)) and (REC_LABEL.match(label_t[topic.end() :])
                                                        or QUE_LABEL.match(label_t[topic.end() :])):
            label_t = label_t[topic.end() :]  # "Assembly: our recommendations", "Torture: what we recommend"
        quoted_list = (quote_meta is not None and not seg.marker and t.endswith(":") and nxt is not None
                       and nxt.marker is not None and (is_block_quote(seg) or _plain_quoted(segs[idx - 1], seg)))
        if quoted_list or (others_meta is not None and nxt is not None and nxt.marker and label_t.endswith(":")):
            # a body's own paragraph over the list of its sub-paragraphs: "Recommendation of the Committee" + "30.
            # The State party should take all measures ... In particular, it should:" + "(a) ...", or a quotation
            # after a lead-in ("The Committee's recommendation ... reads (para. 19):" + '“The Committee urges the
            # State party to intensify its efforts ... In particular, it should:'); a complete request before the
            # lead-in sentence is one more
            meta = quote_meta if quoted_list else others_meta
            end_block()
            ctx.recent_cited = []
            # (the quotation mark a quotation opens with is not the body's words)
            at = len(seg.flat) - len(seg.flat.lstrip().lstrip("\"“«„")) if quoted_list else seg.flat.find(label_t[:40])
            spans = sentence_spans(seg.flat[at:]) if at >= 0 else []
            if len(spans) > 1:
                a, b = at + spans[0][0], at + spans[-2][1]
                add_quoted(units, ctx, seg, a, b, clean_unit(seg.flat[a:b]), meta)
            block, cited_meta, label = "cited_recommendation", meta, label_t
            if quoted_list:
                quote_meta = None
            else:
                others_meta = None
            continue
        others_meta = _others_label(label_t, doc, notes, ctx) if not seg.marker else None
        numbered = not seg.marker or bool(re.match(r"\[?\d|[IVXLC]+\.|[A-H][.)]|Q\d", seg.marker.strip("*_ ")))
        closing_leadin = False  # the label is the paragraph's last sentence, which names no section
        if not REC_LABEL.match(label_t) and label_t.endswith(":") and not seg.marker:
            # "We hope the Committee will ... . We ask the Committee to recommend to the Government:": the
            # last sentence is the lead-in
            spans = sentence_spans(label_t)
            last = label_t[spans[-1][0] :] if len(spans) > 1 else ""
            # "... We ask the Committee to tell the Government this. Our demands:": the label after the lead-in
            if last and (is_own_leadin(last) or (REC_LABEL.match(last) and not TO_MANDATE.search(last))):
                label_t, closing_leadin = last, True
        own = is_own_leadin(label_t) or bool(
            # "мы просим Вас:" + "1. Рекомендовать правительству ... в области свободы собраний:" + "а) ...": the
            # authors asking the mandate they write to to recommend their list
            seg.marker and nxt is not None and nxt.marker and label_t.endswith(":")
            and _ASKED_TO_RECOMMEND.match(strip_marker(label_t)))
        # "We suggest that the Rapporteur ask the State party the following questions:"
        own_q = (own or _SUGGESTS.match(label_t) is not None) and _ASKS_QUESTIONS.search(label_t) is not None
        # "Мы предлагаем Комитету включить в письмо ... следующие вопросы:": a proposal of questions, not of requests
        own_q = own_q or (REC_LABEL.match(label_t) is not None and _ASKS_QUESTIONS.search(label_t) is not None
                          and not re.match(r"(?i)\W*(?:recommend|рекоменд)", label_t))
        # «В сообщение правительству предлагаем включить следующие вопросы:»: the authors' verb inside the sentence
        own_q = own_q or (re.search(r"(?<!\w)(?:предлагаем|просим|рекомендуем)(?!\w)", label_t, re.I) is not None
                          and _ASKS_QUESTIONS.search(label_t) is not None)
        # "3. обоих мандатариев — запросить у Правительства следующую информацию:" over "1) На каком ...?": what
        # the authors want a body to request is a list of questions
        own_q = own_q or (_INFO_REQUEST.search(label_t) is not None and nxt is not None
                          and nxt.display.rstrip().endswith("?"))
        # "2. Направить правительству сообщение и предложить ему ответить на следующие вопросы:": no body's
        own_q = own_q or (seg.marker is not None and block != "question" and _FOLLOWING_QUESTIONS.search(label_t)
                          is not None
                          and not mechanism_mentions(label_t, ctx.committee) and not THE_COMMITTEE.search(label_t))
        is_rec_label = (bool((REC_LABEL.match(label_t) or own) and not own_q) and numbered
                        and not TO_MANDATE.search(label_t) and not TO_OTHERS.search(label_t)
                        and not is_others_recs(label_t)
                        and not _BODY_MADE_FOLLOWING.search(label_t))
        is_que_label = bool(QUE_LABEL.match(label_t) or own_q) and numbered and not is_rec_label
        if is_rec_label or is_que_label:
            kind = "recommendation" if is_rec_label else "question"
            # "The coalition calls on the Government to:" right under a "Recommendations" heading keeps that
            # heading's level, so that its sub-headings ("Safeguards in custody") stay groups of the list
            under = block_level if block == kind and not items and not seg.md_level else None
            end_block()
            block = kind
            label = label_t
            block_level = seg.md_level or under  # a heading, not a numbered paragraph ("3. **Recommendations**")
            # a numbered heading: "4. Suggested questions", "2.2 Recommendations"; not a numbered lead-in sentence
            # ("31. Коалиция предлагает Комитету задать ... следующие вопросы.")
            leadin_sentence = label_t.rstrip().endswith((":", ".")) and len(label_t.split()) > 8
            if label_t != t and not closing_leadin and not leadin_sentence:
                # a markdown paragraph number ("**5.** *Suggested questions:*") is no heading depth
                ctx.new_block_section(body_t, None if md and not seg.md_level else head_level(seg))
            elif seg.md_level and (re.match(r"(?i)(?:annex|summary|list|overview|consolidated|приложение|перечень)\b",
                                            label_t) or _WHAT_SHOULD_DO.match(label_t)):
                # a document-level list ("Summary of recommendations"): a heading as high as the topic ends it
                ctx.new_block_section(body_t, seg.md_level)
            elif seg.md_level:
                ctx.section = body_t
            elif _DOC_LEVEL_LABEL.match(label_t) and not seg.marker and not label_t.endswith(":"):
                # "Recommendations of the Coalition to the Government", "Наши рекомендации" as a heading of its own
                # after the last chapter: the report's list, not that chapter's
                ctx.heading(body_t, 1)
            continue
        if block and not seg.marker and ADDRESSEE.match(label_t):
            end_block()  # "To the international community and donors:": requests to others end the authors' list
            continue
        spoken = _spoken_items(seg.flat) if not (block or seg.marker or seg.in_table) else []
        if spoken:
            if (first := spoken[0][1]) > 0 and len(sentence_spans(seg.flat[:first])) > 2:
                # what the speaker said before reading out the list ("In 2021 the Committee recommended ... So our
                # recommendations for this block. One, register ..."): read as any paragraph, up to the list
                n = len(units)
                _own_sentence(units, seg, ctx)
                cited_in_text(units, doc, seg, ctx, notes)
                units[n:] = [u for u in units[n:] if u.end <= seg.doc_pos(first)]
            for kind, a, b in spoken:
                _emit_span(units, seg, a, b, kind, ctx, "")
            continue
        in_block = block is not None
        if is_heading(seg, nxt, md, in_block=in_block):
            level = head_level(seg)
            grouped = (block and nxt is not None and not _NOTES_HEAD.match(t) and level is not None
                       and (nxt.marker or (block == "recommendation" and IMPERATIVE.match(nxt.display) is not None))
                       # ("End torture in police custody" (h4) over one request paragraph, a card of its own)
                       and ((block_level is not None and level > block_level)
                            # under a lead-in paragraph ("X recommends that the National Council:"), headings of one
                            # level over requests: "A. Parliamentary oversight" + "1. hold an annual hearing ..."
                            or (block_level is None and block == "recommendation" and group_level in (None, level)
                                and (group_level is not None or not items)
                                and IMPERATIVE.match(strip_marker(nxt.display)) is not None)
                            # the list's numbering goes on under the heading: "3. collect data ..." then
                            # "Policing and hate speech" (h3) over "4. Establish a police complaints body ..."
                            or _numbering_goes_on(items, nxt)))
            if grouped:
                # "Children in residential care" (h3) inside "Consolidated recommendations" (h2): a group
                if block_level is None:
                    group_level = level
                flush()
                ctx.section = ctx.topic = body_t
                continue
            end_block()
            ctx.heading(body_t, head_level(seg))
            continue
        if block == "cited_recommendation" and not seg.marker:
            end_block()  # the list a UN body's lead-in introduced ends with the first plain paragraph
        elif (block and not seg.marker and t.endswith(":") and nxt is not None and nxt.marker
              and cited_leadin(t, doc, notes, ctx) is not None):
            end_block()  # "In 2020 the Special Rapporteur recommended:" ends the authors' own list
        if block:
            cls = marker_class(seg.marker, md)
            if md:
                # a nested markdown item ("  - to introduce ...", "   1. remove ...") is a level below the one it
                # is indented under
                a = seg.pieces[0][0]
                cls = (cls[0], f"{cls[1]}@{(a - doc.text.rfind(chr(10), 0, a) - 1) // 2}")
            elif seg.list_level:
                # a nested Word / HTML list item ("1. By article 7:" over "1. ...", "2. ...") is a level below
                cls = (cls[0], f"{cls[1]}@{seg.list_level}")
            if cls[0] != "plain":
                if cls in classes:
                    # back at a level already open: the sub-lists under its previous item are closed, and the
                    # next one may count from 1 again ("1. By article 2:" / "1. ..." "2. ..." / "2. By article 7:")
                    for deeper in classes[classes.index(cls) + 1 :]:
                        seq.pop(deeper, None)
                num = marker_number(seg.marker)
                rom = roman_marker(seg.marker)
                if (cls[0] == "let" and rom is not None and num is not None and seq.get(cls) != num - 1
                        and not (nxt is not None and nxt.marker and marker_number(nxt.marker) == num + 1
                                 and marker_class(nxt.marker, md)[0] == "let")):
                    # "(i)", "ii)" after "c)": roman sub-items, not letters; but "i)" over "j)" is a letter
                    cls, num = ("rom", cls[1]), rom
                elif cls[0] == "rom":
                    num = rom
                if cls[0] in ("num", "let", "para", "rom") and num is not None:
                    last = seq.get(cls)
                    if last is None and items and num != 1:
                        end_block()
                    elif last is not None and num != last + 1 and not (block == "cited_recommendation" and num > last):
                        # a body's sub-paragraphs may skip some: "(a) ..., (b) ..., (d) ..." selected for follow-up
                        end_block()
                    else:
                        seq[cls] = num
                if block:
                    if cls in classes:
                        level = classes.index(cls)
                        del classes[level + 1 :]
                    else:
                        classes.append(cls)
                        level = len(classes) - 1
                    items.append(Item(seg, 0, level, seg.flat))
                    continue
            else:
                prev = items[-1] if items else None
                if t.endswith(":") and (TO_MANDATE.search(t) or TO_OTHERS.search(t)):
                    # "From you personally, dear Madam Rapporteur, we have two requests:", "We ask the European
                    # Union to:" under a "Key asks" heading
                    end_block()
                    continue
                if (nxt is not None and nxt.marker and (prev is None or ends_terminal(prev.text))
                        and is_block_subheading(t)):
                    # "Freedom of expression" between groups of bullets under one recommendations label
                    flush()
                    ctx.section = body_t
                    ctx.topic = body_t
                    continue
                lines_ = line_items(seg, doc.text, block)
                if lines_ and (prev is None or ends_terminal(prev.text)):
                    # one question / request per line, without markers: each line is an item
                    if "plain" not in [c[0] for c in classes]:
                        classes.insert(0, ("plain", ""))
                    items.extend(Item(sub, 0, 0, sub.flat) for sub in lines_)
                    continue
                if (items and t.endswith(":") and nxt is not None and nxt.marker and _IN_FULL.search(t)
                        and all(it.seg.marker for it in items)):
                    # "The slide gives our recommendations in short form. In full, they read:": the items above
                    # were their abbreviations, the list below is the text
                    items.clear()
                    classes.clear()
                    seq.clear()
                    continue
                if block == "question":
                    if (not items and t.endswith(":") and "?" not in t and nxt is not None and nxt.marker
                            and not PLEASE.match(t) and not INTERROG.match(t)):
                        continue  # "We have asked the Committee to include the following ...:" over its numbered list
                    questionish = bool(PLEASE.match(t) or INTERROG.match(t) or "?" in t or t.endswith(":"))
                    spans = sentence_spans(t)
                    # "Two practical questions for all of you. Should we ...?" after the last question: the
                    # authors' own talk that goes on to ask something, not more of that question
                    aside = (prev is not None and ends_terminal(prev.text) and len(spans) > 1
                             and not (PLEASE.match(t) or INTERROG.match(t))
                             and t[spans[0][0] : spans[0][1]].rstrip().endswith("."))
                    questionish = questionish and not aside
                    if prev is not None and prev.seg.marker and (questionish or not ends_terminal(prev.text)):
                        prev.extra.append(seg)
                        continue
                    if questionish:
                        items.append(Item(seg, 0, 0, seg.flat))
                        continue
                else:
                    if (prev is not None and not ends_terminal(prev.text) and not prev.text.rstrip().endswith(":")
                            # (a PDF reader's list item ended where its lines did: a slide's bullet has no full stop)
                            and not (doc.format == "pdf" and prev.seg.marker and not starts_lower(t))):
                        prev.extra.append(seg)
                        continue
                    asks = _makes_request(t) or t.endswith(":") or request_like(t)
                    if asks and not TO_BODY_ONLY.match(t) and not _reports_body(t, ctx.committee):
                        if "plain" not in [c[0] for c in classes]:
                            classes.insert(0, ("plain", ""))
                        items.append(Item(seg, 0, 0, seg.flat))
                        continue
                    if (items and classes and classes[0][0] == "plain" and ends_terminal(t) and nxt is not None
                            and not nxt.marker and _imperative(nxt.display)):
                        continue  # the explanation under one request paragraph, before the next request
                if (items and nxt is not None and nxt.marker and marker_class(nxt.marker, md) in classes
                        and ends_terminal(t)):
                    continue  # an explanation under one numbered request, before the next one: not a unit
                if not items and nxt is not None and nxt.marker and ends_terminal(t) and len(t.split()) <= 80:
                    continue  # an introduction between the label and its list
                if not items and len(t.split()) <= 40 and re.search(
                        r"\b(?:below|following|listed|addressed to)\b|(?<!\w)(?:ниже|следующ)", t, re.I):
                    continue  # "The recommendations below are addressed to the Government.": the list follows
                end_block()
        if in_block and block is None and is_heading(seg, nxt, md, in_block=False):
            # the list ended at this paragraph: "4. Asylum seekers (articles 7 and 13)" after the last item
            ctx.heading(body_t, head_level(seg))
            continue
        # narrative paragraph (or list item outside a block)
        if _NOTES_SECTION.match(ctx.section):
            continue  # "Notes": "4 ILO Committee of Experts, Observation ..., adopted 2024." is a reference
        if _EMAIL_HEAD.match(t):
            continue  # "---------- Forwarded message --------- From: ... Subject: Re: CESCR list of issues ..."
        lead_t = segs[idx - 1].display.strip() if idx else ""
        box = (_source_label(lead_t, notes, ctx) if lead_t.endswith(":") and not seg.marker
               and seg.flat.lstrip()[:1] in "“\"«„" else None)
        if box is not None and _quoted_box(units, ctx, seg, box):
            # "Human Rights Committee, concluding observations on the fourth periodic report (2023):" over
            # '“Ensure ...” Status: not implemented “Bring ...” Status: not implemented': a box of quotations
            continue
        if PLEASE.match(body_nomark) or ASK_COMMITTEE.match(body_nomark):
            _emit(units, doc, Item(seg, 0, 0, seg.flat), "question", ctx, "")
            continue
        para_ref = _PARA_LEAD.match(body_nomark)
        if para_ref is None and (opener := _SHORT_OPENER.match(body_nomark)):
            # "OK here we go. Para 36: “The State party should ...”" (a chat message): the paragraph quoted after
            # a few words of talk
            para_ref = _PARA_LEAD.match(body_nomark, opener.end())
            if para_ref and body_nomark[para_ref.end() : para_ref.end() + 1] not in ("“", "\"", "«", "„"):
                para_ref = None
        para_rest = body_nomark[para_ref.end() :] if para_ref else ""
        if opening := _QUOTED_SHOULD.match(para_rest):
            para_rest = para_rest[opening.end() :]  # 'Para 36: “The State party should decriminalize ...”'
        # whose paragraph: the mandate the report writes to (its report's paragraphs), else the report's Committee
        para_body = ctx.addressee or ctx.committee
        if para_ref and para_body and _cite_after(
                units, doc, seg, ctx, para_rest, para_body, para_ref.group("ref") or para_ref.group(0),
                report_observations_year(doc.text, notes, para_body)):
            # "Para. 12 (a) Adopt comprehensive anti-discrimination legislation ..." (a scorecard's <dt>): the
            # paragraph of the Committee's observations, then its words
            continue
        quoted = body_nomark.strip().lstrip("> \t")  # markdown's "> «Обеспечить ...»" too
        # the paragraph's number in the heading above, or in a box title right above ("11 a) — адвокат ...")
        head_ref = (None if para_ref else _PARA_LEAD.match(ctx.section) or _SUBPARA_HEAD.match(ctx.section)
                    or _SUBPARA_HEAD.match(lead_t))
        # the body whose paragraph it is: the report's Committee, else the body cited last ("Paragraph 100 of the
        # report (full text)" in a tracker of a Special Rapporteur's recommendations)
        head_body = ctx.committee or ctx.last_cited_mech
        if (head_ref and head_body and len(quoted) > 40 and quoted[0] in "“\"«„" and quoted[-1] in "”\"»"
                and _cite_after(units, doc, seg, ctx, quoted[1:-1].strip(), head_body, head_ref.group(0),
                                report_observations_year(doc.text, notes, head_body))):
            # "Paragraph 8 – Individual communications" over '“The State party should establish ...”' alone (a
            # follow-up card's quotation): the words of that paragraph of the Committee's observations
            continue
        # "Комитет против пыток, 2021 год, CAT/C/KDV/CO/4, пункт 11 Обеспечить ..." (a tracker's <summary>): the
        # source, then the body's words; or the source as a line of its own right above them
        src_lead = _SOURCE_LEAD.match(body_nomark) if not para_ref else None
        rest = body_nomark[src_lead.end() :] if src_lead else body_nomark
        if src_lead is None and idx and not para_ref and not seg.marker:
            src_lead = _SOURCE_LEAD.fullmatch(lead_t + " ")
        if src_lead:
            src = src_lead.group("src")
            found = speakers(mechanism_mentions(src, ctx.committee), src)
            states = countries_in(src)
            if (found or states) and _cite_after(units, doc, seg, ctx, rest, pick_mechanism(found, states), src,
                                                 year_in(src, notes)):
                continue
        if _unlabelled_request(segs, idx, md):
            # "• Create a State fund to compensate victims ..." after the facts, with no label: the authors' own list
            _emit(units, doc, Item(seg, 0, 0, seg.flat), "recommendation", ctx, "")
            continue
        if _unlabelled_question(segs, idx):
            # "1. How many officials have been convicted ...?" after the facts, with no label: a question to put
            _emit(units, doc, Item(seg, 0, 0, seg.flat), "question", ctx, "")
            continue
        _asked_in_text(units, seg, ctx)
        if graded(units, body_nomark, ctx):
            continue
        own = (bool(OWN_REQUEST.match(body_nomark) or is_named_own_request(body_nomark))
               and not TO_BODY_ONLY.match(body_nomark) and not _bare_call(body_nomark))
        if own and not body_nomark.endswith(":"):
            _emit(units, doc, Item(seg, 0, 0, seg.flat), "recommendation", ctx, "")
            continue
        if own and nxt is not None and nxt.marker and len(sentence_spans(body_nomark)) > 1:
            # "The Coalition recommends that the State party establish a register ... It should record:" + (a)-(d):
            # a request of its own, then the list it introduces
            _emit(units, doc, Item(seg, 0, 0, seg.flat), "recommendation", ctx, "")
            end_block()
            block = "recommendation"
            continue
        if not own:
            _own_sentence(units, seg, ctx)
        if quote_meta is not None and (is_block_quote(seg) or _indented_under(doc, segs[idx - 1], seg)
                                       or _plain_quoted(segs[idx - 1], seg)):
            # the quoted paragraph a lead-in introduced: "The Committee stated:" + "> The State party should ..."
            u = _emit(units, doc, Item(seg, quote_start(seg.flat), 0, seg.flat), "cited_recommendation", ctx, "")
            if u is not None:
                u.mechanism, u.year, u.source_detail = quote_meta
                ref = QUOTE_REF.search(seg.flat)
                if ref:  # '"... accommodation" (E/C.12/KEL/CO/2, para. 34, 2016).': the reference is not the text
                    u.text = clean_unit(seg.flat[quote_start(seg.flat) : ref.start() + 1])
                    u.end = seg.doc_pos(ref.start() + 1)
                    ref_text = ref.group(1) or ref.group(2)
                    u.source_detail = u.source_detail or ref_symbol(ref_text)
                    u.year = u.year or year_in(ref_text, notes)
                attribution = ATTRIBUTION.search(u.text)
                if attribution and attribution.start() > 0:  # "> ..." + "> — Costa Rica, A/HRC/56/9, para. 140.77"
                    u.text = u.text[: attribution.start()].rstrip()
                u.text = re.sub(r"(?<=\S)[\"”»]\s*[.;,]?\s*$", "", u.text)  # '«...обращении».' (note mark gone)
                u.text = u.text.strip("\"“”«»„ ")
                u.status_claim = "unknown"
                ctx.recent_cited.append(u)
                subs = quoted_sub_items(seg)
                if len(subs) >= 2:  # '«а) обеспечить ...; б) обеспечить ...»': one unit per sub-item
                    units.remove(u)
                    ctx.recent_cited.remove(u)
                    _add_sub_items(units, ctx, seg, subs, (u.mechanism or "other", u.year, u.source_detail))
            continue
        quote_meta = None
        ctx.topic_body.append(t)
        ctx.body_started = ctx.body_started or (ends_terminal(t) and len(t.split()) >= 12)
        inline = LEAD_QUOTED_LIST.match(seg.flat)
        if inline or (nxt is not None and t.endswith(":") and OPEN_QUOTED_ITEM.match(nxt.flat)):
            # 'The Committee recommended:' + '«а) ...;' + 'б) ...».': a quoted list, one unit per item
            lead = collapse(inline.group("lead")) if inline else t
            meta = cited_leadin(lead if lead.endswith(":") else lead + ":", doc, notes, ctx)
            subs = quoted_sub_items(seg, at=inline.end("lead")) if inline and meta is not None else []
            if len(subs) >= 2:  # 'рекомендовал «a) привести ...; b) обеспечить ...».': one unit per sub-item
                ctx.recent_cited = []
                _add_sub_items(units, ctx, seg, subs, meta)
                close = quote_close(seg.flat, inline.end("lead"))
                rest = seg.flat[close + 1 :] if close is not None else ""
                for a, b in sentence_spans(rest)[:2]:
                    # '... with a view to abolition». None of these recommendations has been implemented.'
                    status = status_of(rest[a:b])
                    if status is not None and is_status_report(rest[a:b]):
                        for c in ctx.recent_cited:
                            c.status_claim = status
                        break
                continue
            if meta is not None:
                ctx.recent_cited = []
                first = idx if inline else idx + 1
                for j in range(first, min(first + 12, len(segs))):
                    sj = segs[j]
                    head = (inline if j == idx else OPEN_QUOTED_ITEM.match(sj.flat)) if j == first \
                        else MARKER.match(sj.flat)
                    a = head.end() if head else 0
                    closed = sj.flat.rstrip(" .").endswith(("»", "\"", "”"))
                    b = len(sj.flat.rstrip(" ."))
                    b -= 1 if closed else 0
                    text = clean_unit(sj.flat[a:b])
                    if len(text.split()) >= 2:
                        add_quoted(units, ctx, sj, a, b, text, meta)
                    skip_to = j
                    if closed or not (j + 1 < len(segs) and segs[j + 1].marker):
                        break
                continue
        if nxt is not None and t.endswith(":") and (is_block_quote(nxt) or _indented_under(doc, seg, nxt)
                                                    or _plain_quoted(seg, nxt)):
            # "The Committee's concluding observations of 2017 stated:" or "... recommended that the State party:"
            quote_meta = (cited_leadin(t, doc, notes, ctx, quoted=True, before=doc.text[: seg.doc_pos(0)])
                          or cited_leadin(t, doc, notes, ctx))
            if quote_meta is not None:
                ctx.recent_cited = []
                continue
        meta = cited_leadin(t, doc, notes, ctx) if nxt is not None and nxt.marker and t.endswith(":") else None
        if meta is not None:
            # "In 2019 the Committee against Torture recommended that the State party:" + list items
            end_block()
            block, cited_meta = "cited_recommendation", meta
            ctx.recent_cited = []
            continue
        if attributed_quote(units, seg, ctx, notes, nxt, segs[idx - 1] if idx else None):
            if ctx.source_below:  # the source line under the quotation (and the verdict on it) is read
                skip_to, ctx.source_below = idx + 1, False
            continue
        if (md and _PIPE_TABLE.match(seg.flat)) or _CONTENTS_ENTRY.search(seg.flat):
            # a markdown table no table reader took (counts by group, figures), a contents list with its dot
            # leaders ("Выполнение рекомендаций Комитета 2020 года: общий обзор . . . . 5"): no sentences to report
            continue
        cited_in_text(units, doc, seg, ctx, notes)
    end_block()
    _same_observations_year(units, doc, notes)
    _same_review_year(units, doc)
    _relative_years(units, doc)
    _rated(units, doc)
    _marked(units, doc)
    _facts_after(units, doc)
    return Extraction(doc_type="ngo_report", units=units)


# the start of each treaty body's document symbols: "CCPR/C/", "E/C.12/"
_CO_SYMBOL = {"HRC": r"CCPR/C/", "CAT": r"CAT/C/", "CEDAW": r"CEDAW/C/", "CRC": r"CRC/C/", "CERD": r"CERD/C/",
              "CESCR": r"E/C\.12/"}
# a traffic-light rating and its legend: "[AMBER]  some progress, but not yet implemented in full"
_COLOURS = r"GREEN|AMBER|YELLOW|ORANGE|RED|GREY|GRAY"
_LEGEND_LINE = re.compile(r"^[ \t]*\[?(" + _COLOURS + r")\]?[ \t]*(?:[:=–—-][ \t]*|[ \t]{2,})(\S[^\n]{2,100})$",
                          re.I | re.M)
_RATING = re.compile(r"\[(" + _COLOURS + r")\]|\b(?:rating|status|grade|assessment)\s*[:–—-]\s*(" + _COLOURS + r")\b",
                     re.I)


# a footnote reference after a quotation: '»[1].', '”[^4]', '"(5)'
_NOTE_REF = re.compile(r"\[\^?\d{1,3}\]|\(\d{1,3}\)")


def _others_label(t: str, doc: Document, notes: dict[str, str], ctx: Ctx) -> tuple[str, int | None, str | None] | None:
    """(mechanism, year, source) when ``t`` is a short label naming a UN body's or a State's recommendation set
    over its words ("Recommendation of the Committee", "Recommendations of the Special Rapporteur:")."""
    if len(t.split()) > 12 or not is_others_recs(t):
        return None
    who = re.sub(r"(?i)^(?:[\w-]+\s+){0,2}?recommendations?\s+(?:of|from|by|made\s+by)\s+", "", t).rstrip(" :")
    return cited_leadin(f"{who} recommended that the State party:", doc, notes, ctx)


def _unlabelled_request(segs: list[Seg], i: int, md: bool) -> bool:
    """Whether segment ``i`` is an item of a bulleted run of requests that no label or lead-in introduces: every
    item of the run opens with an imperative and ends a sentence, the paragraph before the run does not end with a
    colon (a body's words it introduces: "The Committee recommended:"), and the run has two or more items or closes
    its section (a single request set off after the facts, the next line a heading)."""
    def request_item(s: Seg) -> bool:
        t = strip_marker(s.display)
        return bool(s.marker) and _imperative(t) and ends_terminal(t)

    mark = segs[i].marker
    if not request_item(segs[i]) or mark.strip() not in ("•", "-", "*", "–", "·", "▪"):
        return False
    a, b = _run(segs, i, lambda s: s.marker == mark)  # the whole run of items with this bullet
    lead = segs[a - 1].display.rstrip() if a > 0 else ""
    if lead.endswith(":") or not all(request_item(segs[k]) for k in range(a, b + 1)):
        return False
    if b > a:
        return True
    after = segs[b + 1] if b + 1 < len(segs) else None
    return after is None or is_heading(after, segs[b + 2] if b + 2 < len(segs) else None, md, in_block=False)


# an item read out in a speech or a transcript: "First, adopt ...", "And sixth, publish ...", "Number one. Why ...?",
# "Number three, from Zhanar. How many ...?", «Первое. Создать ...», «Во-вторых, обеспечить ...», «Второй: какие ...?»
_ORDINAL_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?"
                 r"|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ое|ая|ый|ой|ий|ье|ья)"
                 r"|в(?:о-первых|о-вторых|-третьих|-четв[её]ртых|-пятых|-шестых|-седьмых|-восьмых|-девятых|-десятых)")
_SPOKEN_ITEM = re.compile(
    r"(?:(?:and|и)\s+)?(?P<ord>" + _ORDINAL_WORD + r"|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"finally|lastly|наконец|последнее)(?:(?P<comma>,)|[.:])\s+"
    r"|(?P<q>(?:and\s+)?number\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b[^.?!]{0,60}[.:]\s+)"
    # "The first recommendation is to amend ...", "The second is to oblige ...", "And the third one is to set up ...",
    # "The first question we propose is this: How many ...?", "And the third: What measures ...?"
    r"|(?:and\s+)?the\s+(?P<the>" + _ORDINAL_WORD + r"|last)(?:\s+(?:one|recommendation|request|proposal|question)"
    r"(?:\s+(?:we|I)\s+(?:would\s+)?(?:propose|suggest|have))?)?(?:\s+(?:is|would\s+be)(?:\s+this)?)?"
    r"(?:\s*:\s+|(?<=is|be)\s+to\s+)",
    re.I)
_FIRST_ORDINAL = re.compile(r"(?i)first|перв|во-первых|one\b")
# what a speaker says before reading out a list inside the same paragraph («... мы предложим задать два вопроса.»)
_ANNOUNCES_ITEMS = re.compile(r"(?i)\b(?:questions?|вопрос\w*|recommend\w*|рекомендац\w*|propos\w*|предлож\w*)")
# a speaker's closing words as a sentence of their own ("Thank you.", «Благодарю за внимание.»), not "Thanks to ..."
_THANKS = re.compile(r"(?i)(?:thank\s+you|thanks|спасибо|благодарю)(?:\s+(?:very\s+much|for\s+your\s+attention|"
                     r"за\s+внимание))?\s*(?:[.!,]|$)")


def _spoken_items(flat: str) -> list[tuple[str, int, int]]:
    """Requests and questions read out one by one in a speech: "First, adopt ... Second, repeal ...", «Первое.
    Создать ... Второе. Оборудовать ...», «... задать государству два вопроса. Первый: сколько ...? Второй: ...?».
    (kind, start, end) of each; empty when the paragraph reads out none. A list that starts inside the paragraph
    must be announced before it and open with "first"."""
    heads = [m for a, _b in sentence_spans(flat) if (m := _SPOKEN_ITEM.match(flat, a))]
    if not heads or (len(heads) == 1 and heads[0].group("the")):
        return []  # ("The first is to open in 2027, and ...": one such sentence reads out no list)
    if heads[0].start() > 0 and not (_FIRST_ORDINAL.match(heads[0].group("ord") or heads[0].group("the") or "")
                                     and _ANNOUNCES_ITEMS.search(flat, 0, heads[0].start())):
        return []
    items: list[tuple[str, int, int]] = []
    for i, m in enumerate(heads):
        a = m.end()
        b = heads[i + 1].start() if i + 1 < len(heads) else len(flat)
        rest = flat[a:b].rstrip()
        if INTERROG.match(rest) and "?" in rest:
            # "Number three, from Zhanar. How many criminal cases ...?": a question read out from a list
            items.append(("question", a, a + rest.rfind("?") + 1))
        elif (not m.group("q") and (not m.group("comma") or starts_lower(rest)) and _imperative(rest)
              and not TO_OTHERS.match(rest)):
            # "Second, release the sixteen people ...": a request read out; a closing "Thank you." is no part of it
            items.append(("recommendation", a, a + len(_before_thanks(rest))))
    return items


def _asks(t: str) -> bool:
    """Whether a list item under a questions label asks anything: a question, a request for information."""
    return ("?" in t or bool(PLEASE.match(t) or INTERROG.match(t) or IMPERATIVE.match(t)) or t.rstrip().endswith(":")
            or re.match(r"(?i)(?:просим|прошу|сообщите|укажите|поясните|предоставьте)(?!\w)", t) is not None
            or len(t.split()) > 10)


def _before_thanks(t: str) -> str:
    """``t`` without a speaker's closing "Thank you." / «Спасибо.» after its first sentence."""
    for a, _b in sentence_spans(t)[1:]:
        if _THANKS.match(t, a):
            return t[:a].rstrip()
    return t


def _unlabelled_question(segs: list[Seg], i: int) -> bool:
    """Whether segment ``i`` is an item of a list of direct questions that no label introduces ("1. How many
    officials were convicted ...?", "- Why has the ... not been published?"): every item of the run of list items
    asks a question."""
    def question_item(s: Seg) -> bool:
        # "3. Who employs the doctors ...? Please indicate how many ... ." asks too
        t = strip_marker(s.display)
        return bool(s.marker) and (is_question_item(t) or bool(INTERROG.match(t) and "?" in t and PLEASE.match(
            t[t.find("?") + 1 :].strip())))

    if not question_item(segs[i]):
        return False
    a, b = _run(segs, i, lambda s: bool(s.marker))  # the whole run of list items
    return all(question_item(segs[k]) for k in range(a, b + 1))


def _run(segs: list[Seg], i: int, member: Callable[[Seg], bool]) -> tuple[int, int]:
    """First and last index of the run of consecutive segments around ``i`` that are ``member``s."""
    a = i
    while a > 0 and member(segs[a - 1]):
        a -= 1
    b = i
    while b + 1 < len(segs) and member(segs[b + 1]):
        b += 1
    return a, b


def _facts_after(units: list[Unit], doc: Document) -> None:
    """A cited recommendation left without a status takes the status of the facts reported right after it
    ("... (para. 26 (c)). The State has so far funded no shelter."): the first two sentences of the rest of its
    paragraph, before any other unit or citation; a sentence with the State's own claim is passed over."""
    ordered = sorted((u for u in units if u.start is not None and u.end is not None), key=lambda u: u.start)
    year = doc_year(doc)
    for i, u in enumerate(ordered):
        if u.kind != "cited_recommendation" or u.status_claim not in (None, "unknown"):
            continue
        if u.year is not None and u.year == year:
            continue  # made in the year of the report (at the review it reports on): the facts came before it
        if status_of(_its_sentence(u, doc)) == "unknown":
            continue  # "We are not in a position to assess the follow-up given to ...": unknown in so many words
        stop = ordered[i + 1].start if i + 1 < len(ordered) else len(doc.text)
        window = doc.text[u.end : max(u.end, min(stop, u.end + 1200))]
        brk = BLANK_LINE.search(window)
        para = window[: brk.start()] if brk else window
        prev = ordered[i - 1] if i else None
        in_list = (prev is not None and prev.kind == u.kind and prev.end is not None
                   and not re.search(r"\w{2}", doc.text[prev.end : u.start]))
        if brk and not re.search(r"\w", _NOTE_REF.sub("", para)) and not in_list:
            # the unit ends its paragraph (a quotation set as a block): the facts are in the next one, unless
            # it is the last item of a list of them, on which the next paragraph may speak item by item
            nxt = BLANK_LINE.search(window, brk.end())
            para = window[brk.end() : nxt.start() if nxt else len(window)]
        para = collapse(para)
        if any(status_of(para[a:b]) == "unknown" for a, b in sentence_spans(para)):
            continue  # "We are unable to say whether this recommendation is being complied with.": the authors' word
        status = facts_status(para, u.text)
        if status is not None:
            u.status_claim = status


# a body's recommendation reported as the lead-in to its words: "Комитет в 2020 году отобрал для процедуры последующей
# деятельности следующую рекомендацию:", "In 2019 the Committee made the following recommendation:"
_BODY_MADE_FOLLOWING = re.compile(r"\b(?:selected|made|issued|adopted|recommended|supported|accepted)\b[^:]{0,100}"
                                  r"\bthe\s+following\s+recommendations?\s*:\s*$|(?<!\w)(?:отобрал|сформулировал|вынес|"
                                  r"принял|поддержал|рекомендовал)\w*\s[^:]{0,100}следующ\w+\s+рекомендаци\w*\s*:\s*$",
                                  re.I)
# an entry of a contents list: its dot leader and page number
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\b")
# a markdown pipe table flattened into one segment: its header row, then the "|---|" rule
_PIPE_TABLE = re.compile(r"^\s*\|[^\n]*\|\s*\|\s*:?-{3,}")


# a treaty body's own words, opening a paragraph
_BODY_WORDS = re.compile(r"(?:The\s+State\s+party\s+(?:should|must|is\s+urged\s+to)|"
                         r"The\s+Committee\s+(?:recommends|urges|calls\s+(?:on|upon))\s+the\s+State\s+party|Государству-участнику\s+следует|"
                         r"Комитет\s+(?:рекомендует|призывает)\s+государств)\b")


# a source named as a label, no verb: "Human Rights Committee, concluding observations on the fourth periodic report
# (2023):", "Committee against Torture (2022):", "UPR, third cycle (2021):"
_SOURCE_LABEL = re.compile(r"^[^.:;]{3,160}?(?:\((?:19|20)\d\d\)|,\s*(?:19|20)\d\d)?\s*:$")


def _source_label(t: str, notes: dict[str, str], ctx: Ctx) -> tuple[str, int | None, str | None] | None:
    """(mechanism, year, source) of a label that names only where the quotations below come from (maybe at the end of
    the box before, joined to it: '... Status: not implemented Committee against Torture (2022):')."""
    ends = list(re.finditer(r"[”»\"]|\b(?:implemented|unknown)\b", t))
    if ends and len(t.split()) > 20:
        t = t[ends[-1].end() :].strip(" .;,–—-")
    if not _SOURCE_LABEL.match(t) or len(t.split()) > 20 or _ANY_VERB.search(t):
        return None
    mentions = mechanism_mentions(t, ctx.committee)
    if not mentions:
        return None
    return mentions[0][1], year_in(t, notes), t.rstrip(" :")


_ANY_VERB = re.compile(r"\b(?:recommend\w*|urg\w+|call\w*|ask\w*|request\w*|said|stated|noted|found|welcomed|"
                       r"is|are|was|were|has|have)\b|(?<!\w)(?:рекомендова\w*|призва\w*|отметил\w*)", re.I)


def _quoted_box(units: list[Unit], ctx: Ctx, seg: Seg, meta: tuple[str, int | None, str | None]) -> int:
    """The quotations of a paragraph that holds only quotations and their verdicts, each a cited recommendation
    with the label's source and the verdict after it ('“...” Status: not implemented'); how many."""
    flat = seg.flat
    quotes = [(a, b) for a, b in quote_ranges(flat) if len(flat[a:b].split()) >= 4]
    if not quotes or flat[: quotes[0][0]].strip():
        return 0
    afters = [flat[b : (quotes[k + 1][0] if k + 1 < len(quotes) else len(flat))] for k, (_a, b) in enumerate(quotes)]
    if any(len(x.split()) > 40 or (x.strip(" .;,") and status_of(x) is None) for x in afters):
        return 0  # something else than a verdict between the quotations
    for (a, b), after in zip(quotes, afters, strict=True):
        add_quoted(units, ctx, seg, a + 1, b - 1, clean_unit(flat[a + 1 : b - 1]), meta)
        units[-1].status_claim = status_of(after) or "unknown"
    return len(quotes)


def _plain_quoted(lead: Seg, seg: Seg) -> bool:
    """Whether ``seg`` is the recommendation a lead-in ending in "that the State party:" / "to:" introduces, set as
    a plain paragraph of its own (its indent lost, as in a Word page saved as HTML): one sentence that opens with
    what the State is to do ("Establish an independent body ...")."""
    lead_t = lead.display.rstrip()
    body = seg.display.strip()
    if not seg.marker and not seg.md_level and lead_t.endswith(":") and _BODY_WORDS.match(body.lstrip("\"“«„")):
        return True  # "The Committee had recommended in paragraph 37:" + "The State party should ensure ..."
    if seg.marker or seg.md_level or not re.search(r"(?:\bthat\s+(?:the\s+)?(?:State\s+party|Government|"
                                                   r"authorities)|\bto|государству-участнику|правительству)\s*:$",
                                                   lead_t, re.I):
        return False
    return bool(IMPERATIVE.match(body)) and body[:1].isupper() and len(sentence_spans(body)) <= 2


def _indented_under(doc: Document, lead: Seg, seg: Seg) -> bool:
    """Whether ``seg`` is a paragraph set in by four spaces or more under ``lead`` in a plain-text document, every
    line of it: a quotation laid out as an indented block (e-mail, plain text) rather than in quotation marks."""
    if doc.format not in ("txt", "md") or seg.marker or seg.in_table or not seg.pieces:
        return False
    base = indent_of(doc.text, lead.pieces[0][0]) if lead.pieces else 0
    return all(indent_of(doc.text, a) >= max(4, base + 2) for a, _b in seg.pieces)


def _colour(name: str) -> str:
    return name.upper().replace("GRAY", "GREY")


# status marks a campaign report explains in one legend line: "✅ done · 🟠 some of it · ❌ nothing · ❓ we don't know"
_MARKS = "✅✔☑❌✖❎🟢🟡🟠🔴⚪⚫🟩🟨🟧🟥❓❔⚠"
_ANY_MARK = re.compile("[" + _MARKS + "]")
_MARK_ENTRY = re.compile("([" + _MARKS + "])\ufe0f?[ \t]*([^" + _MARKS + "·|;\n]{2,40})")


def _marked(units: list[Unit], doc: Document) -> None:
    """Statuses from a status mark at the start of the line that cites a recommendation ("- ❌ **Smacking.** In
    2020 the Committee told the Government to ban ..."), read through the report's own legend line."""
    legend: dict[str, str] = {}
    if not _ANY_MARK.search(doc.text):
        return  # most reports have no status marks: no line-by-line scan for a legend
    for line in doc.text.splitlines():
        entries = _MARK_ENTRY.findall(line) if len(line) < 200 else []
        if len(entries) >= 2:
            found = {m: status_of(d.strip(" .:–—-")) or _MARK_WORDS.get(d.strip(" .:–—-").lower())
                     for m, d in entries}
            if sum(v is not None for v in found.values()) >= 2:
                legend = {m: v for m, v in found.items() if v is not None}
                break
    if not legend:
        return
    for u in units:
        if u.kind != "cited_recommendation" or u.start is None:
            continue
        line_start = doc.text.rfind("\n", 0, u.start) + 1
        mark = re.match(r"[\s\-*•]*([" + _MARKS + "])", doc.text[line_start : u.start])
        if mark and mark.group(1) in legend:
            u.status_claim = legend[mark.group(1)]


# a legend's short words that no sentence would use alone: "❌ nothing", "⚪ no data"
_MARK_WORDS = {"nothing": "not_implemented", "no data": "unknown", "not done": "not_implemented",
               "ничего": "not_implemented", "нет данных": "unknown"}


def _rated(units: list[Unit], doc: Document) -> None:
    """Statuses from a traffic-light rating before each cited recommendation ("Card 4 | 142.88 | Sweden |
    supported | [RED]"), read through the report's own legend ("[RED]  no progress, or backsliding")."""
    legend = {}
    legend_end = 0
    for m in _LEGEND_LINE.finditer(doc.text):
        legend[_colour(m.group(1))] = status_of(m.group(2)) or "unknown"
        legend_end = m.end()
    if len(legend) < 2:
        return
    prev_end = legend_end
    for u in sorted(units, key=lambda u: u.start or 0):
        if u.start is None or u.end is None:
            continue
        if u.kind == "cited_recommendation" and u.start > prev_end:
            labels = list(_RATING.finditer(doc.text, prev_end, u.start))
            if labels:
                colour = _colour(labels[-1].group(1) or labels[-1].group(2))
                u.status_claim = legend.get(colour, u.status_claim)
        prev_end = max(prev_end, u.end)


# a sentence that dates or orders observations apart from the ones the report follows up
_OBSERVATIONS = re.compile(r"concluding\s+observations|заключительн\w+\s+замечани|/CO/", re.I)
_NOT_OBSERVATIONS = re.compile(r"list\s+of\s+issues|\bLOIP?R?\b|\bviews\b|communication|general\s+(?:comment|"
                               r"recommendation)|перечн\w+\s+вопросов|соображени", re.I)
_OTHER_OBSERVATIONS = re.compile(r"\b(?:first|initial|earlier|twice|again|repeated(?:ly)?|already|also\s+in)\b|"
                                 r"(?<!\w)(?:первоначальн|ранее|дважды|повторно)", re.I)


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a": 1}
_SAME_REVIEW = re.compile(r"\b(?:at|during|in)\s+the\s+same\s+(?:UPR|review|universal\s+periodic\s+review|cycle)\b|"
                          r"(?<!\w)(?:на|в\s+ходе)\s+том\s+же\s+(?:УПО|обзоре|цикле)(?!\w)", re.I)
_YEARS_LATER = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|a|\d)\s+years?\s+later\b", re.I)


def _relative_years(units: list[Unit], doc: Document) -> None:
    """A cited recommendation dated only against the one cited before it: "At the same UPR, Chile said ..." takes
    the year of the UPR recommendation cited last; "At the UPR two years later, Norway said ..." the year of the
    recommendation cited just before it, plus two."""
    prev: Unit | None = None
    last_upr: Unit | None = None
    for u in sorted((u for u in units if u.kind == "cited_recommendation" and u.start is not None),
                    key=lambda u: u.start or 0):
        if u.year is None:
            sent = _its_sentence(u, doc)
            later = _YEARS_LATER.search(sent)
            if _SAME_REVIEW.search(sent) and u.mechanism == "UPR" and last_upr is not None:
                u.year = last_upr.year
            elif later and prev is not None and prev.year is not None:
                n = later.group(1).lower()
                u.year = prev.year + (int(n) if n.isdigit() else _NUMBER_WORDS[n])
        prev = u
        if u.mechanism == "UPR" and u.year is not None:
            last_upr = u


def _its_sentence(u: Unit, doc: Document) -> str:
    """The text of a cited unit from the start of its sentence (or line) to its end."""
    start = max(doc.text.rfind(". ", max(0, u.start - 300), u.start), doc.text.rfind("\n", 0, u.start)) + 1
    return doc.text[start : u.end]


def _same_observations_year(units: list[Unit], doc: Document, notes: dict[str, str] | None = None) -> None:
    """A treaty body's recommendation cited from its concluding observations without a year ("In its
    previous concluding observations the Committee urged ...") takes the year of that body's other
    citations in the report, when they all have one and the same year and none comes from another kind
    of document (a list of issues, views): a report follows up one set of concluding observations per body.
    When none of them has a year, the footnotes may give it: all the notes citing that body's concluding
    observations by symbol ("CCPR/C/HVA/CO/2, 2022, para. 45") name one and the same year (a PDF whose note
    markers were lost links no note to its sentence)."""
    def around(u: Unit) -> str:  # its source and its sentence
        return f"{u.source_detail or ''} {_its_sentence(u, doc)}"

    for mech in TREATY_BODIES:
        cited = [u for u in units if u.kind == "cited_recommendation" and u.mechanism == mech]
        dated_contexts = [around(u) for u in cited if u.year is not None]
        years = {u.year for u in cited if u.year is not None}
        if not years and cited and notes:
            symbol = re.compile(_CO_SYMBOL[mech] + r"[A-Z]{2,4}/CO/\d")
            years = {int(y) for v in notes.values() if symbol.search(v)
                     for y in re.findall(r"(?<![/\d])((?:19|20)\d\d)(?![/\d])", v)}
            if len(years) == 1:
                for u in cited:
                    context = around(u)
                    if not _OTHER_OBSERVATIONS.search(context) and not _NOT_OBSERVATIONS.search(context):
                        u.year = next(iter(years))
            continue
        if len(years) != 1 or any(_NOT_OBSERVATIONS.search(context) for context in dated_contexts):
            continue
        year = years.pop()
        # "The CESCR also recommended ...": when the dated ones all come from concluding observations, an undated one
        # of the same body that names no other kind of document is from them too
        all_observations = all(_OBSERVATIONS.search(context) for context in dated_contexts)
        for u in cited:
            if u.year is not None:
                continue
            context = around(u)
            if ((_OBSERVATIONS.search(context) or all_observations)
                    and not _OTHER_OBSERVATIONS.search(context) and not _NOT_OBSERVATIONS.search(context)):
                u.year = year


# a sentence that places a UPR recommendation in a cycle of its own: "in the first cycle", "at the earlier review"
_OTHER_CYCLE = re.compile(r"\b(?:first|second|third|fourth|previous|earlier|initial|twice|again|repeated(?:ly)?|"
                          r"already|also\s+in|cycles)\b|(?<!\w)(?:перв|втор|трет|четв[её]рт|предыдущ|ранее|дважды|"
                          r"повторно)", re.I)


def _same_review_year(units: list[Unit], doc: Document) -> None:
    """An undated UPR recommendation takes the year of the report's other UPR citations when they all have
    one and the same year and its sentence does not place it in another cycle: the report follows up one review."""
    cited = [u for u in units if u.kind == "cited_recommendation" and u.mechanism == "UPR"]
    years = {u.year for u in cited if u.year is not None}
    if len(years) != 1:
        return
    year = years.pop()
    for u in cited:
        if u.year is None and not _OTHER_CYCLE.search(_its_sentence(u, doc)):
            u.year = year


# the authors suggesting what to ask: "We suggest that States put the following questions to X:"
_DOC_LEVEL_LABEL = re.compile(r"(?i)(?:(?:our|key|main|general|final|the\s+coalition['’]s)\s+recommendations\b|"
                              r"recommendations\s+(?:of|by|from)\s+(?:the\s+)?(?:coalition|alliance|platform|network|"
                              r"authors|organi[sz]ations)\b|(?:наши|основные|общие|итоговые)\s+рекомендации(?!\w)|"
                              r"рекомендации\s+(?:коалиции|альянса|авторов|организаций)(?!\w))")
# "What the Government should do now" as a heading: the report's closing list, not a part of the last topic
_WHAT_SHOULD_DO = re.compile(r"(?i)what\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:should|must)\s+do\b")
_CONTACT = re.compile(r"^\W*(?:for\s+(?:further|more|additional)\s+information\b|(?:please\s+)?contact(?:s|\s+us)?\s*:|"
                      r"(?:за\s+дополнительной\s+информацией|контакты?\s*:))", re.I)
# ("... направить Тарсолии эти вопросы заранее": a sentence about the questions below or above, asking nothing)
_INTRODUCES_QUESTIONS = re.compile(r"\b(?:following|these)\s+questions\b|(?<!\w)(?:следующ|эт)\w*\s+вопрос", re.I)
_SUGGESTS = re.compile(r"^(?:we|the\s+(?:coalition|organisations?|organizations?|authors?|submitting\s+\w+)"
                       r"[^.:;]{0,60}?)\s+(?:would\s+)?(?:respectfully\s+)?(?:suggest|propose)s?\s+"
                       r"(?:that\b|the\s+following\s+questions\b)", re.I)
_ASKED_TO_RECOMMEND = re.compile(r"(?:to\s+)?recommend\s+(?:to\s+)?(?:the\s+)?(?:Government|State|authorities)\b|"
                                 r"рекомендовать\s+(?:правительству|государству|властям)", re.I)
_FOLLOWING_QUESTIONS = re.compile(r"\bfollowing\s+questions\s*:\s*$|(?<!\w)следующ\w+\s+вопрос\w*\s*:\s*$", re.I)
_ASKS_QUESTIONS = re.compile(r"\bquestions?\s*:\s*$|(?<!\w)вопрос\w*\s*:\s*$|"
                             # "We suggest that States put the following questions to X in advance of its review:"
                             r"\bfollowing\s+questions\b[^.:]{0,200}:\s*$|"
                             # "We would suggest that the Committee ask the State party:"
                             r"\bask\s+the\s+(?:State(?:\s+party)?|Government|authorities|delegation)\s*:\s*$|"
                             # "The Coalition suggests that the Committee request the State party to:" (its list of
                             # issues asks "Please provide ...")
                             r"\b(?:Committee|Rapporteur|Working\s+Group|Subcommittee|you)\s+(?:request|ask|invite)\s+the\s+"
                             r"(?:State(?:\s+party)?|Government|authorities|delegation)\s+to\s*:\s*$|"
                             # «Просим Комитет запросить у государства-участника информацию:»
                             r"(?<!\w)(?:просим|предлагаем|рекомендуем)\s+Комитету?\s+(?:запросить|спросить)\b[^.]*:\s*$",
                             re.I)
# the header of a forwarded or quoted email in a thread
_EMAIL_HEAD = re.compile(r"^[>\s]*(?:-{3,}\s*(?:forwarded|original)\s+message\s*-{3,}|"
                         r"(?:from|sent|to|cc|subject|date)\s*:\s[^\n]*\n\s*(?:from|sent|to|cc|subject|date)\s*:)",
                         re.I)
# a sub-paragraph's number: "14 b)", "15 (b)"
_SUBPARA_NO = r"\d{1,3}\s*(?:\(\s*[a-zа-я]\s*\)|[a-zа-я]\))"
# a paragraph of concluding observations named before its words: "Para. 12 (a) Adopt ...", "Paragraph 14: Ensure ..."
_PARA_LEAD = re.compile(r"(?:para(?:graph)?s?\.?|п\.|пункт)\s*\d{1,3}(?:\s*\([a-zа-я]\))?"
                        # "Para 6 of the 2018 COs:", "Para 16 (2018):", "Para 24 – judiciary:", "Para 22 prisons:"
                        r"(?:\s+of\s+the\s+(?:(?:19|20)\d\d\s+)?(?:COs?|concluding\s+observations)|\s*\((?:19|20)\d\d\)"
                        r"|\s*[–—-]\s*[\w ]{2,30}?(?=\s*:)|\s+[a-z]{3,20}(?=\s*:))?"
                        r"(?:\s*[:.–—-])?\s+(?=\S)"
                        # a bare sub-paragraph number before the body's words in quotation marks: "14 b) «Выделить ...»"
                        r"|" + _SUBPARA_NO + r"\s*[:.–—-]?\s*(?=[«“\"„])"
                        # ... or after a topic, in brackets: 'Overcrowding (paragraph 26 (a)) – “reduce ...”'
                        r"|[^\W\d][^()\n“\"«„:.;]{1,50}?\s*\(\s*(?P<ref>(?:para(?:graph)?\.?|п\.|пункт)\s*\d{1,3}"
                        r"(?:\s*\([a-zа-я]\))?)\s*\)\s*[:.–—-]?\s*(?=[«“\"„])", re.I)
# a few words of talk before it: "OK here we go. "
_SHORT_OPENER = re.compile(r"[^.!?:;\n“\"«„\d()]{1,40}[.!]\s+(?=(?i:para|п\.|пункт))")
# the opening of a treaty body's words quoted after their paragraph number: '“The State party should ' (the request
# begins at the verb)
_QUOTED_SHOULD = re.compile(r"[“\"«„]\s*(?:(?:the\s+State\s+party|the\s+Government|it)\s+should\s+(?:also\s+)?)?",
                            re.I)


# a note that the list above abbreviated the one below: "In full, they read:", "The full recommendations are:"
_IN_FULL = re.compile(r"\b(?:in\s+short\s+form|abbreviat\w+|in\s+full\b|full\s+(?:wording|text|version|"
                      r"recommendations)|полн\w+\s+(?:текст|редакци|формулировк)|сокращ\w+)", re.I)
# the number of one of the authors' items on a line of its own: "Rec 1 – agreed", "Recommendation 3 (final)",
# "Q2 for the LOI", "Вопрос 4"
_ITEM_LABEL = re.compile(r"(?i)(?:(?:our|draft|final|proposed)\s+)?"
                         r"(?:(?P<r>rec(?:ommendation)?\.?|рек(?:омендация)?\.?)|(?P<q>q|question|вопрос))"
                         r"\s*(?:no\.?|№)?\s*\d{1,2}"
                         r"(?:\s*[–—:-]?\s*\(?(?:agreed|final|revised|approved|согласован[оа]?|принят[оа]?)\)?"
                         r"|\s+(?:for|to|in)\s+the\s+(?:LOI|LOIPR|list\s+of\s+issues(?:\s+prior\s+to\s+reporting)?)"
                         r"|\s+(?:для|в)\s+(?:перечня|перечень)\s+вопросов)?\s*[:.]?")
# a heading that opens with a sub-paragraph's number: "11 a) — адвокат и уведомление родственников", "15 (b): Redress"
_SUBPARA_HEAD = re.compile(_SUBPARA_NO + r"\s*(?:[—–:-]\s+|$)")


# a source named in full before the words it cites: "Комитет против пыток, 2021 год, CAT/C/KDV/CO/4, пункт 11 ...",
# "Universal periodic review, 2023: Ireland, recommendation 143.15 ..."
_SOURCE_LEAD = re.compile(r"(?P<src>[^.!?]{5,200}?\b(?:пункт|п\.|para(?:graph)?s?\.?|рекомендаци[яи]|recommendation)\s*"
                          r"\d{1,3}(?:\.\d{1,3})?(?:\s*\([a-zа-я]\))?)\s*[:.–—-]?\s+(?=(?-i:[A-ZА-ЯЁ])|[«\"“]|$)", re.I)


def _numbering_goes_on(items: list[Item], nxt: Seg) -> bool:
    """Whether ``nxt`` is numbered one after the numbered items of ``items``, a list of its own from 1 ("1." to
    "3." then "4."; not a document's numbered paragraphs, "31." then "32.")."""
    nums = [int(m.group(1)) for it in items if (m := re.fullmatch(r"\(?(\d{1,3})[.)]", it.seg.marker.strip("*_ ")))]
    this = re.fullmatch(r"\(?(\d{1,3})[.)]", (nxt.marker or "").strip("*_ "))
    return bool(nums and nums[0] == 1 and this and int(this.group(1)) == nums[-1] + 1)


def _own_run_in(t: str) -> int | None:
    """Where the authors' request starts after its run-in label ("Рекомендация коалиции: принять закон ...",
    "Our recommendation: ..."), or None."""
    m = STANDALONE.match(t)
    return m.start("body") if m and _makes_request(m.group("body")) else None


def _cite_after(units: list[Unit], doc: Document, seg: Seg, ctx: Ctx, rest: str, mech: str, source: str,
                year: int | None) -> bool:
    """A cited recommendation from ``rest``, the body's words after their source in ``seg``, when they are a
    request; whether one was made."""
    at = seg.flat.find(rest[:40]) if IMPERATIVE.match(rest) else -1
    u = _emit(units, doc, Item(seg, at, 0, seg.flat), "cited_recommendation", ctx, "") if at >= 0 else None
    if u is None:
        return False
    u.mechanism, u.source_detail, u.year, u.status_claim = mech, source.strip(" :.–—-"), year, "unknown"
    # the closing mark of the quotation whose words these are ('“The State party should ...”'), and what the
    # authors say after it ('”. We consider this recommendation implemented.')
    opened = re.search(r"[“«„\"][^”»\"]{0,40}$", seg.flat[max(0, at - 41) : at]) is not None
    close = re.compile(r"[”»\"]" if opened else r"[”»\"](?=\s*\.?\s*$)").search(seg.flat, at)
    cut = None
    if close and not re.search(r"[“«„\"]", seg.flat[at : close.start()]):
        cut = close.start()
    elif not opened and len(spans := sentence_spans(seg.flat[at:])) > 1 and status_of(seg.flat[at + spans[1][0] :]):
        # 'Paragraph 20 (b): establish ... acts. In our view this has been partially implemented.': the words
        # up to the authors' verdict
        cut = at + spans[0][1]
    if cut is not None:
        u.text, u.end = clean_unit(seg.flat[at:cut]), seg.doc_pos(cut)
        u.status_claim = status_of(seg.flat[cut:]) or "unknown"  # '”. We consider this recommendation implemented.'
    return True


def _bare_call(t: str) -> bool:
    """ "The Centre welcomes the concluding observations and calls on the Government to implement them without
    delay.": a request whose only content is to do what others asked."""
    m = re.search(r"\b(?:urges?|calls?\s+(?:on|upon)|asks?|recommends?)\b[^.;:]{0,60}?\bto\s+(?=\S)", t, re.I)
    return bool(m and BARE_IMPLEMENT.match(t[m.end() :]))


_INFO_REQUEST = re.compile(r"\b(?:request|seek|ask\s+for|obtain)\b[^.:]{0,80}\bfollowing\s+information\b"
                           r"[^.:]{0,60}:\s*$"
                           r"|(?<!\w)(?:запросить|получить)\b[^.:]{0,80}следующ\w+\s+(?:информаци\w*|сведени\w*)"
                           r"[^.:]{0,60}:\s*$", re.I)
# a list item's reference to the paragraph it reports, then a verdict: " (para. 83 (b)) – partially implemented"
_ITEM_REF = re.compile(r"\s*\((?=[^()]*\d)(?:[^()]|\([^()]{0,6}\)){1,80}\)\s*[–—:-]+\s*(?P<rest>\S.*)$", re.S)
# a list item that quotes a recommendation and then assesses it
_QUOTED_ITEM = re.compile(r"^[\"“«„](?P<q>[^\"“”«»„]{10,})[\"”»]\s*(?:\([^()]{1,80}\)\s*)?[–—:-]?\s*(?P<rest>.*)$",
                          re.S)
# a list item that only grades the quoted recommendation above it: "Status: not implemented. The draft ..."
_SUB_VERDICT = re.compile(r"^" + VERDICT_LABEL + r"\s*[:–—-]\s*(?P<rest>\S.*)$", re.I | re.S)
# a list item that is one quotation and nothing else, maybe with its reference:
# '«обеспечить ...» (CAT/C/TGZ/CO/2, п. 12).'
_WHOLE_QUOTE = re.compile(r"^[\"“«„]([^\"“”«»„]{10,})[\"”»](?:\s*\([^()]{1,80}\)\s*)?[.;,]?$")
_ITEM_GRADE = re.compile(r"^(?:(?:our\s+)?(?:grade|assessment|оценка)\s*:?\s*)?\[?([A-E])\]?(?=[\s.;,)]|$)", re.I)


def _add_sub_items(units: list[Unit], ctx: Ctx, seg: Seg, subs: list[tuple[int, int]],
                   meta: tuple[str, int | None, str | None]) -> None:
    """One cited recommendation per sub-item of a quotation: '«a) привести ...; b) обеспечить ...»'."""
    for a, b in subs:
        add_quoted(units, ctx, seg, a, b, clean_unit(seg.flat[a:b]).strip("\"“”«»„ "), meta)


def _table_units(units: list[Unit], doc: Document, rows: dict, ctx: Ctx, notes: dict[str, str]) -> bool:
    """Units of a table of recommendations or questions (tables.py), with this extractor's text and article
    rules; False when the table is no such table."""
    found = table_units(doc, rows, ctx.section, " ".join([ctx.section, *ctx.topic_body[-1:]]), notes, ctx.committee,
                        clean_text=lambda t: clean_unit(strip_marker(t)),
                        articles_of=lambda t: unit_articles(t, ctx),
                        upr_item=lambda t: bool(UPR_ITEM.match(t)), scale=ctx.scale,
                        is_request=_makes_request, own_label=_own_run_in)
    if found is None:
        return False
    units.extend(found)
    return True


# a question the authors want put to the State, inside running text: "Also please ask them how many ...?",
# "We would like that the Committee ask also: on which legal ground ...?"
_ASK_THEM = re.compile(
    r"\b(?:please\s+(?:also\s+)?ask|Committee\s+(?:(?:to|will|would|could|can|may)\s+)?(?:also\s+)?asks?(?:\s+also)?|"
    r"ask\s+(?:them|the\s+(?:State(?:\s+party)?|Government|authorities|delegation)))\b"
    # a speaker's "I would propose: Why has ...?" (one more for a list of questions)
    r"|\b(?:I|we)\s+(?:would\s+)?(?:propose|suggest)(?=\s*:)"
    r"|(?<!\w)(?:просим|предлагаем)\s+Комитет\w*\s+(?:также\s+)?(?:спросить|задать|запросить)",
    re.I,
)


def _md_upr_rows(units: list[Unit], doc: Document, rows: dict, seg: Seg, ctx: Ctx) -> bool:
    """The rows of a Markdown table that open with a numbered UPR recommendation ("| 131.22 Repeal ... (Ireland)
    | Supported | **Not implemented.** ... |"), each read like a Word or HTML table row; True when there were any."""
    found = False
    for r in sorted(rows):
        cells = []
        for c in sorted(rows[r]):
            cell = Seg([rows[r][c]], in_table=True, vocab=seg.vocab, common=seg.common)
            cell.build(doc.text)
            cells.append(cell)
        m = UPR_ITEM.match(cells[0].display) if cells else None
        if m and IMPERATIVE.match(cells[0].display[m.end() :]):
            upr_item(units, doc, cells, 0, ctx)
            found = True
    return found


def _asked_in_text(units: list[Unit], seg: Seg, ctx: Ctx) -> None:
    """Questions asked for inside a narrative paragraph (a sentence ending in "?" that asks the Committee
    to ask them); the text after a colon when the request introduces it."""
    flat = seg.flat
    for a, b in sentence_spans(flat):
        sent = flat[a:b].rstrip()
        m = _ASK_THEM.search(sent)
        if not m or not sent.rstrip("\"”»)] ").endswith("?"):
            continue
        colon = sent.find(":", m.end())
        start = a + colon + 1 if colon >= 0 else a
        while start < b and flat[start].isspace():
            start += 1
        text = clean_unit(flat[start : a + len(sent)])
        if len(text.split()) < 4:
            continue
        units.append(Unit(kind="question", text=text, start=seg.doc_pos(start), end=seg.doc_pos(a + len(sent)),
                          section=ctx.section, articles=unit_articles(text, ctx)))


# the authors' own request in a sentence of their account: "... has never been published. We recommend that the
# authorities publish the report in full." (not one to the UN body: "We recommend that the Committee consult ...")
_MID_OWN = re.compile(r"(?:(?:we|(?:the|our)\s+(?:coalition|centre|center|network|alliance|platform))\s+"
                      r"(?:(?:also|further|therefore|strongly)\s+)*recommends?\s+that|"
                      r"мы\s+(?:также\s+)?рекомендуем)\s+(?!the\s+(?:\w+\s+)?(?:Committee|Council|Rapporteur|Working\s+Group)\b|"
                      r"readers\b|Комитет)", re.I)


def _own_sentence(units: list[Unit], seg: Seg, ctx: Ctx) -> None:
    """A sentence after the first of a narrative paragraph that makes the authors' own request is a recommendation."""
    flat = seg.flat
    for a, b in sentence_spans(flat)[1:]:
        sent = flat[a:b].strip()
        if _MID_OWN.match(sent) and not sent.endswith(":") and not TO_BODY_ONLY.match(sent):
            text = clean_unit(sent)
            start = a + flat[a:b].find(sent)
            units.append(Unit(kind="recommendation", text=text, start=seg.doc_pos(start),
                              end=seg.doc_pos(start + len(sent)), section=ctx.section,
                              articles=unit_articles(text, ctx)))


# an entry of a grading scale's legend: "A – ответ/меры в основном удовлетворительны;", "B1 - Substantive action"
_GRADE_ENTRY = re.compile(r"^" + GRADE_MARK + r"\s*[–—-]\s")


# a submission template's instruction under its prompt: "Recommendations should be specific, measurable and addressed
# to the State party.", "Maximum 10 questions."
_TEMPLATE_NOTE = re.compile(r"(?:(?:recommendations|questions|answers|submissions|entries)\s+(?:should|must|may)\s+"
                            r"(?:be|not|include|contain|refer)\b|(?:maximum|max\.|up\s+to|no\s+more\s+than)\s+\d+\s+"
                            r"(?:words|recommendations|questions|characters|pages)\b)", re.I)


_VIA_STATE = re.compile(r"(?:call\s+(?:on|upon)|urge|press)\s+(?:the\s+)?(?:Government|State|authorities)\b", re.I)


def _emit_span(units: list[Unit], seg: Seg, a: int, b: int, kind: str, ctx: Ctx, label: str) -> Unit:
    """Add the unit whose text is ``seg.flat[a:b]``: one of several requests in one paragraph."""
    text = clean_unit(seg.flat[a:b])
    unit = Unit(kind=kind, text=text, start=seg.doc_pos(a), end=seg.doc_pos(b), section=ctx.section,
                articles=unit_articles(text, ctx, label))
    units.append(unit)
    return unit


def _emit(units: list[Unit], doc: Document, it: Item, kind: str, ctx: Ctx, label: str) -> Unit | None:
    seg = it.seg
    at = it.start
    roman = UPPER_ROMAN.match(seg.flat) if at == 0 and seg.marker else None
    if roman:  # a marker MARKER does not strip: "II."
        at = roman.end()
    elif at == 0 and seg.marker == "o":
        at = 1  # "o<TAB>oblige ...": the sub-item bullet is a marker only before its tab, which clean() collapses
    raw = seg.flat[at:]
    last = it.extra[-1] if it.extra else seg
    end = last.doc_pos(len(last.flat))
    if kind == "recommendation" and not it.extra:
        for a, _b in sentence_spans(raw)[1:]:
            if TO_BODY_ONLY.match(raw[a:].lstrip()):
                # "(h) Adopt a programme of reparation. We respectfully suggest that the Committee select (a), (d)
                # and (h) for its follow-up procedure.": a word to the UN body after the request, not part of it
                raw = raw[:a].rstrip()
                end = seg.doc_pos(at + len(raw))
                break
        lead = MARKER.match(raw) if seg.marker else None
        off = lead.end() if lead else 0
        series = request_series(raw[off:])
        if series:  # "We recommend that the Government amend ...; respond ...; and abolish ...": one unit each
            made = [_emit_span(units, seg, at + off + a, at + off + b, kind, ctx, label) for a, b in series]
            return made[0]
    if not it.extra and (kept := _before_thanks(raw)) != raw:
        raw = kept  # "... in detention? Thank you.": the speaker's closing words
        end = seg.doc_pos(at + len(raw))
    extra_texts = [e.flat for e in it.extra]
    text = clean_unit(" ".join([raw, *extra_texts]))
    if len(text.split()) < 2 or _GRADE_ENTRY.match(text):
        return None
    start = seg.doc_pos(at)
    unit = Unit(kind=kind, text=text, start=start, end=end, section=ctx.section,
                articles=unit_articles(text, ctx, label))
    units.append(unit)
    return unit


__all__ = ["extract_ngo"]
