"""DOCX and HTML readers: fixtures built in code."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from hrtracker.errors import ReadError
from hrtracker.extract import extract
from hrtracker.readers import read_bytes
from hrtracker.readers.html import _Builder, _fallback

_NUMBERING = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
    "</w:abstractNum>"
)


def _numbered(d, text: str, num_id: int, ilvl: int) -> None:
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def make_docx() -> bytes:
    d = docx.Document()
    d.add_heading("Shadow report on Kazakhstan", 1)
    d.add_paragraph("This report covers articles 19 and 21.")
    d.add_heading("Recommendations", 2)
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    _numbered(d, "Repeal article 174 of the Criminal Code.", 90, 0)
    _numbered(d, "In the law on assemblies:", 90, 0)
    _numbered(d, "replace permission with notification;", 90, 1)
    _numbered(d, "allow spontaneous assemblies.", 90, 1)
    _numbered(d, "Release detained journalists.", 90, 0)
    d.add_paragraph("A bulleted point.", style="List Bullet")
    t = d.add_table(rows=2, cols=2)
    for (r, c), v in {(0, 0): "Year", (0, 1): "Cases", (1, 0): "2020", (1, 1): "12"}.items():
        t.cell(r, c).text = v
    merged = d.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "Merged cell"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_structure() -> None:
    doc = read_bytes(make_docx(), "report.docx")
    got = [(b.kind, b.level, b.marker, doc.block_text(b)) for b in doc.blocks]
    assert got == [
        ("heading", 1, None, "Shadow report on Kazakhstan"),
        ("paragraph", None, None, "This report covers articles 19 and 21."),
        ("heading", 2, None, "Recommendations"),
        ("list_item", 0, "1)", "1) Repeal article 174 of the Criminal Code."),
        ("list_item", 0, "2)", "2) In the law on assemblies:"),
        ("list_item", 1, "a)", "a) replace permission with notification;"),
        ("list_item", 1, "b)", "b) allow spontaneous assemblies."),
        ("list_item", 0, "3)", "3) Release detained journalists."),
        ("list_item", 0, "-", "- A bulleted point."),
        ("table_cell", None, None, "Year"),
        ("table_cell", None, None, "Cases"),
        ("table_cell", None, None, "2020"),
        ("table_cell", None, None, "12"),
        ("table_cell", None, None, "Merged cell"),
    ]
    assert doc.format == "docx"


def test_docx_bad_input() -> None:
    with pytest.raises(ReadError, match="empty file"):
        read_bytes(b"", "empty.docx")
    data = make_docx()
    with pytest.raises(ReadError):
        read_bytes(data[: len(data) // 2], "cut.docx")
    with pytest.raises(ReadError, match="corrupt DOCX"):
        read_bytes(data[:2000] + bytes(range(256)) * 2 + data[2512:], "damaged.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not word")
    with pytest.raises(ReadError, match="not a Word document|zip archive"):
        read_bytes(buf.getvalue(), "other.docx")


PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Shadow report</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/x">Donate</a></li></ul></nav>
<header><p>Site header boilerplate</p></header>
<article><h1>Report on freedom of assembly</h1>
<p>Kazakhstan continues to restrict peaceful assembly. The law on assemblies requires prior permission
from local authorities, which is routinely denied to critics of the Government.</p>
<h2>Recommendations</h2>
<ol><li>Repeal the permission requirement for peaceful assemblies and replace it with notification.</li>
<li>Release all persons detained for taking part in peaceful protests in January 2022.</li></ol>
<p>The Committee recommended in 2016 that the State party bring its legislation into line with article 21
of the Covenant – a recommendation that remains unimplemented.</p>
</article><footer><p>Copyright 2024 All rights reserved. Cookie policy.</p></footer></body></html>"""


def test_html_main_text_with_structure() -> None:
    doc = read_bytes(PAGE.encode("cp1252"), "page.html")
    kinds = [(b.kind, b.marker) for b in doc.blocks]
    assert ("heading", None) in kinds
    heads = [doc.block_text(b) for b in doc.blocks if b.kind == "heading"]
    assert heads == ["Report on freedom of assembly", "Recommendations"]
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "list_item"]
    assert items[0].startswith("1. Repeal the permission") and items[1].startswith("2. Release")
    assert "article 21 of the Covenant – a recommendation" in doc.text  # cp1252 en dash decoded
    for junk in ("About us", "Donate", "Cookie policy", "Site header"):
        assert junk not in doc.text
    assert doc.meta["title"]


def test_html_fallback_for_tiny_pages() -> None:
    doc = read_bytes(b"<html><body><h3>Note</h3><div>Short text.</div></body></html>", "tiny.htm")
    assert "Short text." in doc.text
    assert doc.format == "html"


def test_html_without_text() -> None:
    with pytest.raises(ReadError, match="no text"):
        read_bytes(b"<html><body><script>var a=1;</script></body></html>", "empty.html")


def test_docx_tracked_insertions_content_controls_and_footnote_free_text() -> None:
    d = docx.Document()
    p = d.add_paragraph("Keep ")
    p._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="a">'
            '<w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>'
        )
    )
    p._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>gone</w:delText></w:r></w:del>'
        )
    )
    p.add_run("text.")
    d.element.body.insert(
        0,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Inside a content control.</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "tracked.docx")
    assert doc.text == "Inside a content control.\n\nKeep inserted text."


def test_html_nested_lists_and_meta_charset_utf8() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Q</title></head><body><main>"
        "<h2>Suggested questions</h2><p>The Committee may wish to ask the State party about the following "
        "matters, which were raised by several NGOs in their submissions to the review.</p>"
        "<ul><li>Please provide data on detentions in Almaty and Astana since 2022.</li>"
        "<li>Explain the legal basis:<ol><li>of the ban on the march;</li>"
        "<li>of the fines imposed.</li></ol></li>"
        "</ul><p>Prepared by an alliance of NGOs – «Kadir-Kassiyet» and others.</p></main></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "q.html")
    items = [(b.marker, doc.block_text(b)) for b in doc.blocks if b.kind == "list_item"]
    assert items[0] == ("-", "- Please provide data on detentions in Almaty and Astana since 2022.")
    assert items[1] == ("-", "- Explain the legal basis:")
    assert items[2] == ("1.", "1. of the ban on the march;")
    assert items[3] == ("2.", "2. of the fines imposed.")
    # the depth of nesting, for the extractor to tell a sub-list from the list above it
    assert [b.level for b in doc.blocks if b.kind == "list_item"] == [0, 0, 1, 1]
    assert "«Kadir-Kassiyet»" in doc.text


def test_html_list_inside_a_blockquote_is_kept() -> None:
    page = (
        "<html><body><main><h2>1. Use of force</h2>"
        "<p>The police used tear gas and rubber bullets against peaceful crowds in March 2023, and one "
        "protester died after being hit in the head by a canister.</p>"
        "<p>In paragraph 22 of the concluding observations it recommended that the State party should:</p>"
        "<blockquote><ol type='a'><li>Ensure that all allegations of excessive force are investigated;</li>"
        "<li>Ensure that police officers wear visible identification.</li></ol></blockquote>"
        "<h3>Our assessment</h3><p>Nobody has been charged two and a half years after the events.</p>"
        "</main></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "q.html")
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "list_item"]
    assert items == ["(a) Ensure that all allegations of excessive force are investigated;",
                     "(b) Ensure that police officers wear visible identification."]


def test_html_accordion_summaries_are_headings_under_their_theme_and_quote_footers_are_kept() -> None:
    body = ("<p>The Law on the Judicial Council of February 2024 introduced a competitive written examination for "
            "candidate judges, but the President still appoints and dismisses all judges.</p>")
    page = (
        "<html><body><header><nav><a href='/'>Home</a></nav></header><main><h1>Mid-term review</h1>"
        "<h2>Justice and the rule of law</h2>"
        + "".join(f"<details class='rec'><summary><span>121.3{k}</span> <span>Independence of the judiciary "
                  f"{k}</span></summary><div><blockquote><p>&ldquo;Take further steps to guarantee the independence "
                  f"of the judiciary&rdquo;</p><footer>Recommended by <strong>Germany</strong> &middot; "
                  f"supported</footer></blockquote>{body}</div></details>" for k in (4, 5))
        + "<h2>Civic space</h2>" + body + "</main><footer><p>Site footer © 2025</p></footer></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "d.html")
    heads = [(b.level, doc.block_text(b)) for b in doc.blocks if b.kind == "heading"]
    assert heads == [(1, "Mid-term review"), (2, "Justice and the rule of law"),
                     (3, "121.34 Independence of the judiciary 4"), (3, "121.35 Independence of the judiciary 5"),
                     (2, "Civic space")]
    assert doc.text.count("Recommended by Germany") == 2 and "Site footer" not in doc.text


def test_html_toggle_list_items_are_boxes_of_blocks() -> None:
    # Notion's export: each toggle is "ul.toggle > li > details"; its title, quotation and comments are blocks
    toggles = "".join(
        f"<ul class='toggle'><li><details open=''><summary>142.9{k} · Germany · Supported — "
        f"<mark>🟢 Implemented</mark></summary><blockquote>Establish a national preventive mechanism {k}</blockquote>"
        f"<p>The Law of 12 February 2024 set up the mechanism within the Ombudsperson's Office.</p>"
        f"</details></li></ul>" for k in (5, 6))
    page = ("<html><body><article class='page sans'><h1>Mid-term review</h1><h3>2.2 Justice and detention</h3>"
            + toggles + "<ul><li>An ordinary item of a list.</li></ul></article></body></html>")
    doc = read_bytes(page.encode("utf-8"), "n.html")
    blocks = [(b.kind, doc.block_text(b)[:30]) for b in doc.blocks]
    assert blocks[2:6] == [("heading", "142.95 · Germany · Supported —"),
                           ("paragraph", "Establish a national preventiv"),
                           ("paragraph", "The Law of 12 February 2024 se"),
                           ("heading", "142.96 · Germany · Supported —")]
    assert blocks[-1] == ("list_item", "- An ordinary item of a list.")
    cited = [u for u in extract(doc).units if u.kind == "cited_recommendation"]
    assert [(u.source_detail, u.status_claim, u.text) for u in cited] == [
        ("Germany", "implemented", f"Establish a national preventive mechanism {k}") for k in (5, 6)]


def test_mediawiki_page_edit_links_captions_and_see_also() -> None:
    edit = "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a href='?action=edit'>edit</a>" \
           "<span class='mw-editsection-bracket'>]</span></span>"
    rows = "".join(f"<tr><td>112.7{k}</td><td>Guarantee that lawyers can work without intimidation {k}</td>"
                   f"<td>Belgium</td><td>Supported</td><td>Not implemented</td></tr>" for k in (5, 6))
    page = ("<html><body><div class='mw-parser-output'><h1>UPR cycle 3 recommendations on justice</h1>"
            "<p>This page follows the recommendations of the universal periodic review of 2020.</p>"
            f"<h2><span class='mw-headline' id='Lawyers'>Lawyers and the Bar</span>{edit}</h2>"
            "<table class='wikitable sortable'><caption>Recommendations on lawyers</caption><tbody><tr><th>No.</th>"
            "<th>Recommendation</th><th>Recommending State</th><th>Response</th><th>Status (October 2024)</th></tr>"
            + rows + "<tr><td colspan='5'><i>Total: 2 recommendations (1 supported, 1 noted)</i></td></tr>"
            "</tbody></table>"
            f"<h2><span class='mw-headline' id='See_also'>See also</span>{edit}</h2>"
            "<ul><li><a href='/wiki/Torture'>UPR cycle 3 recommendations on torture and detention</a></li></ul>"
            "</div></body></html>")
    doc = read_bytes(page.encode("utf-8"), "w.html")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"][1:] == ["Lawyers and the Bar", "See also"]
    cited = [u for u in extract(doc).units if u.kind == "cited_recommendation"]
    assert [(u.source_detail, u.status_claim, u.text) for u in cited] == [
        (f"Belgium (112.7{k})", "not_implemented", f"Guarantee that lawyers can work without intimidation {k}")
        for k in (5, 6)]


def test_social_network_post_with_emoji_images_as_bullets_numbers_and_flags() -> None:
    def emoji(alt: str) -> str:
        return f"<img class='emoji' src='/emoji/e/x.png' alt='{alt}'>"

    post = ("<div class='wall_post_text'>ИТОГИ УПО: ЧТО РЕКОМЕНДОВАЛИ ДАРВЕНИИ<br><br>"
            f"{emoji('🇳🇴')} Норвегия рекомендовала декриминализировать клевету и перевести ее в гражданское право."
            f"<br>{emoji('🇮🇪')} Ирландия: «отменить закон об организациях, получающих иностранную помощь»."
            f"<br>{emoji('🇦🇺')} Австралия призвала привести аппарат омбудсмена в соответствие с Парижскими "
            "принципами.<br><br>"
            f"Вопросы, которые мы предложим государствам задать делегации:<br>"
            f"{emoji('1⃣')} Сколько человек привлечены к ответственности за участие в мирных собраниях?<br>"
            f"{emoji('2⃣')} Когда правительство внесет в парламент законопроект о клевете?<br><br>"
            f"{emoji('✊')} ЧЕГО МЫ ЖДЕМ ОТ ПРАВИТЕЛЬСТВА<br>{emoji('▪')} опубликовать национальный план действий;<br>"
            f"{emoji('▪')} ежегодно публиковать промежуточный доклад о выполнении рекомендаций УПО.</div>")
    doc = read_bytes(f"<html><body><h1>Полынь</h1>{post}</body></html>".encode(), "vk.html")
    assert "▪ опубликовать национальный план действий;" in [doc.block_text(b) for b in doc.blocks]
    units = extract(doc).units
    assert [(u.kind, u.source_detail, u.text[:40]) for u in units] == [
        ("cited_recommendation", "Норвегия", "декриминализировать клевету и перевести "),
        ("cited_recommendation", "Ирландия", "отменить закон об организациях, получающ"),
        ("cited_recommendation", "Австралия", "привести аппарат омбудсмена в соответств"),
        ("question", None, "Сколько человек привлечены к ответственн"),
        ("question", None, "Когда правительство внесет в парламент з"),
        ("recommendation", None, "опубликовать национальный план действий;"),
        ("recommendation", None, "ежегодно публиковать промежуточный докла"),
    ]


def test_a_report_page_without_site_chrome_keeps_a_table_set_in_a_figure() -> None:
    # a Quarto / R Markdown report: no site around the text (the plain walk reads it) and each table in a
    # <figure> with its caption and a wrapping <div>
    rows = "".join(f"<tr><td>118.8{k}</td><td>Spain</td><td>Adopt a national housing strategy {k}</td>"
                   f"<td>Supported</td><td>Partially implemented</td></tr>" for k in (8, 9))
    page = ("<html><body><main id='quarto-document-content'><h1>Health and housing</h1>"
            "<p>The Government supported most of the recommendations on housing at the universal periodic review of "
            "2020, and this report assesses them.</p><div class='cell-output-display'><figure class='quarto-float'>"
            "<figcaption>Table 2: Key housing recommendations</figcaption><div aria-describedby='cap'>"
            "<table class='table'><thead><tr><th>No.</th><th>Recommending State</th><th>Recommendation</th>"
            f"<th>Position</th><th>Our assessment</th></tr></thead><tbody>{rows}</tbody></table></div></figure></div>"
            "<p>Forced evictions are the area where the gap between the Government’s account and ours is widest.</p>"
            "</main></body></html>")
    doc = read_bytes(page.encode("utf-8"), "q.html")
    assert sum(b.kind == "table_cell" for b in doc.blocks) == 15
    cited = [u for u in extract(doc).units if u.kind == "cited_recommendation"]
    assert [(u.status_claim, u.text) for u in cited] == [
        ("partially_implemented", f"Adopt a national housing strategy {k}") for k in (8, 9)]
    # ... also when the page is read by the plain walk (a report page trafilatura reads less of)
    plain = _Builder()
    _fallback(page, plain)
    assert sum(b.kind == "table_cell" for b in plain.blocks) == 15


def test_html_ordered_list_numbering_is_the_rendered_one() -> None:
    # trafilatura keeps neither type= nor start=: the markers are the ones a browser shows
    page = (
        "<html><body><main><h2>Recommendations of the Committee</h2>"
        "<p>The Committee made the following recommendations in its concluding observations of 2021.</p>"
        "<ol start='11'><li>Repeal the law on foreign agents.</li><li>Release the detained journalists.</li></ol>"
        "<ol type='i'><li>First roman item of the list.</li><li>Second roman item.</li>"
        "<li value='9'>Ninth roman item.</li></ol>"
        "<ol type='A'><li>Capital letter item.</li></ol>"
        "<ol><li>Plain numbered item.</li></ol>"
        "</main></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "n.html")
    items = [(b.marker, doc.block_text(b)) for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        ("11.", "11. Repeal the law on foreign agents."),
        ("12.", "12. Release the detained journalists."),
        ("(i)", "(i) First roman item of the list."),
        ("(ii)", "(ii) Second roman item."),
        ("(ix)", "(ix) Ninth roman item."),
        ("(A)", "(A) Capital letter item."),
        ("1.", "1. Plain numbered item."),
    ]
    assert "\u2045" not in doc.text


def test_html_layout_table_and_list_typed_with_line_breaks() -> None:
    # an old hand-made page: a layout table (menu column, text column) and a list typed as <br> lines
    paras = "".join(f"<p>Paragraph {i} of the text, which tells what happened in the region in {2010 + i}.</p>"
                    for i in range(8))
    page = (
        "<html><head><meta charset='iso-8859-1'><title>Submission</title></head><body>"
        "<table width='100%'><tr><td width='20%'><p><b>MENU</b></p><p><a href='a.html'>Home</a><br>"
        "<a href='b.html'>Reports</a></p></td><td>"
        "<p><b>II. Use of force (article 6)</b></p>" + paras * 3 +
        "<p><b>Recommendations:</b><br>1. Replace the Protocol on Public Order with rules adopted by law;<br>"
        "2. Give the special unit at least twenty prosecutors;<br>3. Provide full reparation to the victims.</p>"
        "<p><b>III. Detention (article 9)</b></p><p>Article 71 of the Police Law allows detention.</p>"
        "</td></tr></table></body></html>"
    )
    doc = read_bytes(page.encode("latin-1"), "old.html")
    texts = [doc.block_text(b) for b in doc.blocks]
    assert "Recommendations:" in texts
    assert "2. Give the special unit at least twenty prosecutors;" in texts
    assert "Paragraph 3 of the text, which tells what happened in the region in 2013." in texts
    assert not any(b.kind == "table_cell" for b in doc.blocks)
    recs = [u.text for u in extract(doc).units if u.kind == "recommendation"]
    assert recs == ["Replace the Protocol on Public Order with rules adopted by law;",
                    "Give the special unit at least twenty prosecutors;", "Provide full reparation to the victims."]


def test_docx_footnote_marks_are_kept_before_the_punctuation_and_give_a_citation_its_year() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    d = docx.Document()
    d.add_paragraph("Alternative report to the Human Rights Committee, 2026")
    p = d.add_paragraph(
        "The Committee recommended that the State party “repeal article 174 of the Criminal Code and release all "
        "persons detained under it”;")
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    p.add_run(" the article is still in force.")
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        "CCPR/C/XYZ/CO/2, 24 July 2020, para. 32.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "notes.docx")
    assert "detained under it”[^1]; the article" in doc.text
    assert doc.footnotes == {"1": "CCPR/C/XYZ/CO/2, 24 July 2020, para. 32."}
    cited = [u for u in extract(doc).units if u.kind == "cited_recommendation"]
    assert [(u.text, u.year) for u in cited] == [
        ("repeal article 174 of the Criminal Code and release all persons detained under it", 2020)]


def test_html_title_block_names_the_addressee_the_main_text_lost() -> None:
    # trafilatura keeps <main> and drops the page's <header>; the header's subtitle names the treaty body, so the
    # Document keeps it in meta and "the Committee" of the text is that body
    page = (
        "<html><head><meta charset='utf-8'><title>Torture Prevention Still Pending</title></head><body>"
        "<header><h1>Torture Prevention Still Pending</h1><p>Submission to the UN Committee against Torture for "
        "the list of issues prior to reporting</p></header><main><h2>1. Safeguards</h2>"
        "<p>In 2021 the Committee recommended that the State party ensure that all persons deprived of their "
        "liberty have access to a lawyer from the very outset of their detention. No law has been adopted. "
        "Police officers still decide when a detainee may call a lawyer, and in 2025 most of the detainees we "
        "assisted met their lawyer only after the first interrogation.</p>"
        "<p>In 2022 the Human Rights Committee recommended that the State party keep a central register of "
        "detainees. No register exists.</p></main></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "s.html")
    assert "Committee against Torture" in doc.meta.get("header", "")
    cited = [u for u in extract(doc).units if u.kind == "cited_recommendation"]
    assert [u.mechanism for u in cited] == ["CAT", "HRC"]


def test_google_docs_lists_nested_by_class() -> None:
    """Google Docs writes a nested list as a sibling <ol> whose class names the level ("lst-kix_x-1")."""
    page = (
        "<html><head><style>.c1{font-weight:700}</style></head><body>"
        "<p class='c3'><span class='c1'>Рекомендации:</span></p>"
        "<ol class='c6 lst-kix_q3w-0 start' start='1'><li class='c2'><span>Регистрировать рождение каждого "
        "ребёнка без решения суда.</span></li><li class='c2'><span>Упростить процедуру, в том числе:</span></li></ol>"
        "<ol class='c6 lst-kix_q3w-1 start' start='1'><li class='c2'><span>отменить государственную пошлину;</span>"
        "</li><li class='c2'><span>разрешить подавать заявления в любом органе.</span></li></ol>"
        "<ol class='c6 lst-kix_q3w-0' start='3'><li class='c2'><span>Присоединиться к Конвенции 1954 года.</span>"
        "</li></ol></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "gdocs.html")
    items = [(b.level, doc.block_text(b)[:12]) for b in doc.blocks if b.kind == "list_item"]
    assert items == [(0, "1. Регистрир"), (0, "2. Упростить"), (1, "1. отменить "), (1, "2. разрешить"),
                     (0, "3. Присоедин")]
    recs = [u.text.split()[0] for u in extract(doc).units if u.kind == "recommendation"]
    # the lead-in that introduces the sub-list is no unit; the item after the sub-list still is
    assert recs == ["Регистрировать", "отменить", "разрешить", "Присоединиться"]


def _text_box_run(paragraphs: list[str]) -> str:
    """A run holding a Word text box (DrawingML, with the VML copy Word writes under mc:Fallback)."""
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in paragraphs)
    ns = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    return (
        f'<w:r {nsdecls("w")} {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' + body + "</w:txbxContent></wps:txbx>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        "<v:shape><v:textbox><w:txbxContent>" + body + "</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_text_box_paragraphs_are_blocks_of_their_own() -> None:
    d = docx.Document()
    p = d.add_paragraph("The Law on Externally Funded Organisations was adopted in 2024.")
    p._p.append(parse_xml(_text_box_run(["Key recommendation", "Repeal the Law on Externally Funded Organisations."])))
    empty = d.add_paragraph()
    empty._p.append(parse_xml(_text_box_run(["Second box"])))
    d.add_paragraph("The next paragraph.")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "r.docx")
    assert [doc.block_text(b) for b in doc.blocks] == [
        "The Law on Externally Funded Organisations was adopted in 2024.", "Key recommendation",
        "Repeal the Law on Externally Funded Organisations.", "Second box", "The next paragraph."]


def test_exported_submission_form_is_the_document_a_search_box_is_not() -> None:
    # a portal's export puts the whole submission in a <form>: its fieldsets' legends and field labels are headings,
    # its answers the text; a site's small search form stays out
    answer = " ".join(["The State party has not criminalised torture in line with article 1 of the Convention."] * 20)
    page = (
        "<html><head><meta charset='utf-8'><title>Submission export</title></head><body>"
        "<form role='search'><label>Search</label><input name='q'><button>Go</button></form>"
        "<h1>Contribution to the list of issues</h1><form action='#'>"
        "<fieldset><legend>Part C. Follow-up to the previous concluding observations</legend><dl>"
        f"<dt>Question 3: Which previous recommendations has the State failed to implement? *</dt><dd><p>{answer}</p>"
        "</dd></dl></fieldset></form></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "form.html")
    heads = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]
    assert heads[1:] == ["Part C. Follow-up to the previous concluding observations",
                         "Question 3: Which previous recommendations has the State failed to implement? *"]
    assert answer in doc.text
    assert "Search" not in doc.text


def test_document_saved_as_a_web_page_keeps_a_lead_in_repeated_in_every_chapter() -> None:
    # a Google Docs export (no site around it): trafilatura keeps a repeated bold lead-in only once; the plain
    # walk keeps each, and a table cell that wraps its one line in a <p> stays a cell
    chapter = (
        "<p class='c2'><span class='c3'>{n}. Chapter {n}</span></p>"
        "<p class='c2'><span class='c1'>The situation in chapter {n} has not improved since the last review, "
        "and the Government has given no reason for the delay in the reform it promised.</span></p>"
        "<table><tr><td><p class='c6'><span>Recommendation</span></p></td><td><p class='c6'><span>Status</span></p>"
        "</td></tr><tr><td><p class='c6'><span>Adopt a law on topic {n}.</span></p></td><td><p class='c6'>"
        "<span>Not implemented.</span></p></td></tr></table>"
        "<p class='c2'><span class='c3'>The Platform recommends that the Government:</span></p>"
        "<ol class='c0 lst-kix_abc-0'><li class='c5'><span class='c1'>adopt measure {n} without delay.</span></li></ol>"
    )
    page = ("<html><head><meta charset='utf-8'><style>.c3{font-weight:700}</style></head><body class='c14 doc-content'>"
            + "".join(chapter.format(n=n) for n in (1, 2, 3)) + "</body></html>")
    doc = read_bytes(page.encode("utf-8"), "gdoc.html")
    assert doc.text.count("The Platform recommends that the Government:") == 3
    cells = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table_cell"]
    assert "Adopt a law on topic 2." in cells


def test_a_div_written_as_a_paragraph_keeps_its_text() -> None:
    # <div class="upr-rec"><span>128.14</span> Ratify ...</div> between <p>s on a site page: trafilatura drops such
    # a div with its text
    para = "<p>{}</p>".format(" ".join(["The Government has made progress on some of the recommendations."] * 6))
    page = ("<html><head><meta charset='utf-8'><title>Mid-term review</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main><h1>Mid-term review</h1>" + para
            + "<div class='upr-rec'><span class='upr-num'>128.14</span> Ratify the Optional Protocol to the Convention "
            "against Torture and establish a national preventive mechanism (Denmark)</div>"
            "<p class='verdict'>Our assessment: partially implemented. The Protocol was ratified in April 2021.</p>"
            + para + "</main><footer>© 2026</footer></body></html>")
    doc = read_bytes(page.encode("utf-8"), "r.html")
    assert "128.14 Ratify the Optional Protocol to the Convention against Torture" in doc.text


def test_collapsible_content_is_read_and_its_title_is_a_heading() -> None:
    nav = "".join(f'<li><a href="/p{i}">Page {i}</a></li>' for i in range(8))
    html = (
        '<html><head><title>Tracker</title></head><body><nav class="sidebar"><ul>' + nav + "</ul></nav>"
        '<div id="main-content" class="wiki-content">'
        "<h1>4. Peaceful protest and online expression</h1>"
        "<p>Since the visit, the authorities have blocked the websites of two independent media outlets and the "
        "social media accounts of at least 24 defenders, usually without a court decision.</p>"
        '<div id="expander-1" class="expand-container"><div id="expander-control-1" class="expand-control">'
        '<span class="expand-control-icon icon">&nbsp;</span><span class="expand-control-text">Paragraph 100 of '
        'the report (full text)</span></div><div id="expander-content-1" class="expand-content expand-hidden">'
        "<p>&ldquo;Refrain from blocking the websites and social media accounts of human rights defenders and "
        "independent media&rdquo;</p><p>Status: NOT IMPLEMENTED. Blocking orders continue.</p></div></div>"
        "<p>The Government has not replied to the Rapporteur's follow-up letter of December 2025.</p>"
        "</div></body></html>"
    )
    d = read_bytes(html.encode(), "tracker.html")
    blocks = [(b.kind, d.block_text(b)) for b in d.blocks]
    assert ("heading", "Paragraph 100 of the report (full text)") in blocks
    assert any(t.startswith("“Refrain from blocking") for _k, t in blocks)
    assert ("paragraph", "Status: NOT IMPLEMENTED. Blocking orders continue.") in blocks


def test_content_controls_in_table_cells_and_around_rows_are_read() -> None:
    d = docx.Document()
    d.add_paragraph("4. Please indicate the follow-up given to recommendations of other treaty bodies.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Body and year"
    t.cell(0, 1).text = "Recommendation"
    t.cell(1, 0).text = "CERD, 2021"
    tc = t.cell(1, 1)._tc
    tc.remove(tc.find(qn("w:p")))
    tc.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Recommendation 1"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Take effective measures to prevent racial profiling by the police</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    # a repeating section: a row inside a content control
    tbl = t._tbl
    tbl.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Row"/></w:sdtPr><w:sdtContent><w:tr>'
        "<w:tc><w:p><w:r><w:t>UPR, 2023</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Guarantee access to education for all children of migrant workers</w:t></w:r></w:p>"
        "</w:tc>"
        "</w:tr></w:sdtContent></w:sdt>"))
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "controls.docx")
    cells = {b.cell: doc.block_text(b) for b in doc.blocks if b.kind == "table_cell"}
    assert cells[(0, 1, 1)] == "Take effective measures to prevent racial profiling by the police"
    assert cells[(0, 2, 1)] == "Guarantee access to education for all children of migrant workers"


def test_a_collapsing_navigation_bar_stays_out() -> None:
    links = "".join(f'<li class="nav-item"><a class="nav-link" href="/p{i}">Menu entry {i}</a></li>' for i in range(6))
    html = (
        '<html><head><title>Report</title></head><body><nav class="navbar"><div class="collapse navbar-collapse" '
        'id="nav"><ul class="navbar-nav">' + links + "</ul></div></nav><main><h1>Report on torture</h1>"
        + "<p>The Committee against Torture recommended in 2021 that the State party establish an independent "
        "body to investigate complaints. No such body has been created and complaints are still examined by the "
        "police.</p>" * 3 + "</main></body></html>"
    )
    d = read_bytes(html.encode(), "nav.html")
    assert "Menu entry" not in d.text and "independent body" in d.text


def test_docx_layout_table_cells_are_the_document_s_paragraphs_and_a_side_box_title_a_heading() -> None:
    d = docx.Document()
    d.add_heading("Alternative report to the Committee against Torture", 0)
    for side, heading, body, recs in (
        (["Key messages", "Torture is still subject to a limitation period."], "2. Definition of torture",
         "The Committee also urged the State party to exclude torture from amnesty. This has not been implemented.",
         ["Amend article 74 of the Criminal Code.", "Exclude persons convicted of torture from any amnesty."]),
        (["Key messages", "Only 23 per cent of detainees saw a lawyer."], "3. Legal safeguards",
         "The Committee recommended in 2018 that the State party ensure access to a lawyer. Partially implemented.",
         ["Guarantee every detainee access to a lawyer within three hours.", "Install video recording in all "
          "interview rooms."]),
    ):
        table = d.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.paragraphs[0].text = side[0]
        for line in side[1:]:
            left.add_paragraph(line)
        right.paragraphs[0].text = heading
        right.paragraphs[0].style = d.styles["Heading 1"]
        right.add_paragraph(body)
        right.add_paragraph("Recommendations", style="Heading 2")
        for r in recs:
            right.add_paragraph(r)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "layout.docx")
    kinds = [(b.kind, doc.text[b.start : b.end][:20]) for b in doc.blocks]
    assert ("heading", "Key messages") in kinds and ("heading", "3. Legal safeguards") in kinds
    assert not any(k == "table_cell" for k, _ in kinds)
    recs = [u for u in extract(doc).units if u.kind == "recommendation"]
    assert [u.text[:20] for u in recs] == [
        "Amend article 74 of ", "Exclude persons conv", "Guarantee every deta", "Install video record"]


def test_a_jupyter_notebook_page_keeps_its_markdown_and_outputs_and_drops_its_code() -> None:
    html = ("<html><body><main><div class='jp-Notebook'>"
            "<div class='jp-Cell jp-MarkdownCell'><div class='jp-Cell-inputWrapper'><div class='jp-InputArea'>"
            "<div class='jp-InputPrompt jp-InputArea-prompt'></div><div class='jp-RenderedMarkdown'>"
            "<h2 id='s2'>2. UPR recommendations on children<a class='anchor-link' href='#s2'>¶</a></h2>"
            "<p>The table below shows the nine recommendations we follow closely, with our coding.</p>"
            "</div></div></div></div>"
            "<div class='jp-Cell jp-CodeCell'><div class='jp-Cell-inputWrapper'><div class='jp-InputArea'>"
            "<div class='jp-InputPrompt jp-InputArea-prompt'>In&nbsp;[4]:</div>"
            "<div class='jp-CodeMirrorEditor jp-Editor jp-InputArea-editor'><pre>import pandas as pd\n"
            "df = pd.read_csv('recommendations.csv')  # every recommendation</pre></div></div></div>"
            "<div class='jp-OutputArea'><div class='jp-OutputPrompt jp-OutputArea-prompt'>Out[4]:</div>"
            "<div class='jp-RenderedHTML'><table class='dataframe'><thead><tr><th></th><th>para</th><th>text</th>"
            "<th>state</th><th>status</th></tr></thead><tbody><tr><th>2</th><td>121.14</td><td>Establish an "
            "independent ombudsman for children</td><td>Norway</td><td>partially implemented</td></tr>"
            "<tr><th>5</th><td>121.37</td><td>Prohibit corporal punishment of children in all settings</td>"
            "<td>Sweden</td><td>not implemented</td></tr></tbody></table></div></div></div>"
            "</div></main></body></html>")
    doc = read_bytes(html.encode(), "analysis.html")
    assert "import pandas" not in doc.text and "In [4]" not in doc.text and "Out[4]" not in doc.text
    assert "¶" not in doc.text and "2. UPR recommendations on children" in doc.text
    cited = [u for u in extract(doc).units if u.kind == "cited_recommendation"]
    assert [(u.mechanism, u.status_claim, u.text[:30]) for u in cited] == [
        ("UPR", "partially_implemented", "Establish an independent ombud"),
        ("UPR", "not_implemented", "Prohibit corporal punishment o")]


def test_an_unrolled_thread_without_its_tweet_counters_and_a_sentence_going_on_in_the_next_tweet() -> None:
    tweets = ["Lirvania at the UN Human Rights Committee: what it was asked in 2019 and what it did. A thread 1/8",
              "PART 1 | TORTURE",
              "In 2019 the Committee was blunt. It told Lirvania to “establish a fully independent mechanism to "
              "investigate all allegations of torture, including by ensuring that the investigators have no "
              "institutional 2/8",
              "or hierarchical connection with the alleged perpetrators” (CCPR/C/LVR/CO/3, para. 21). Not "
              "implemented 3/8",
              "OUR ASK to the Government: transfer the investigation of all complaints against police officers to "
              "a new independent body. 4/8",
              "On NGOs, the 2019 text is clear: Lirvania should “refrain from using inspections to restrict the "
              "activities of non-governmental organizations” (para. 45). 5/8",
              "PART 9 | QUESTIONS WE WANT ANSWERED",
              "We have sent these questions to the Committee. MPs: please put them to the Government too. 👇 6/8",
              "Q1. How many of the 913 torture complaints received in 2025 led to a criminal case? 7/8",
              "Thank you to the Committee members who asked the hard questions. /end 8/8"]
    body = "".join(f"<div class='content-tweet' data-tweet='{k}'><p>{t}</p></div>" for k, t in enumerate(tweets))
    html = f"<html><head><title>Thread by @OrlevWatch</title></head><body><main>{body}</main></body></html>"
    doc = read_bytes(html.encode(), "thread.html")
    assert "/8" not in doc.text
    units = extract(doc).units
    assert [(u.kind, u.text[:30]) for u in units] == [
        ("cited_recommendation", "establish a fully independent "),
        ("recommendation", "transfer the investigation of "),
        ("cited_recommendation", "refrain from using inspections"),
        ("question", "How many of the 913 torture co"),
    ]
    assert units[0].text.endswith("connection with the alleged perpetrators")
