"""Reading tables into rows (tables.py); the units they give are tested through the NGO extractor."""

from __future__ import annotations

from pathlib import Path

from hrtracker.extract import extract
from hrtracker.extract.tables import md_rows, text_tables
from hrtracker.readers import read_bytes, read_path


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def test_text_layout_table_rows_and_wrapped_cells() -> None:
    text = (
        "Intro paragraph.\n\n"
        "  No.   Recommendation                  Status\n\n"
        "  1     Repeal the law on foreign       Not implemented\n"
        "        agents;\n\n"
        "  2     Free all political prisoners.   Partially\n\n\n"
        "Next section\n"
    )
    tables = text_tables(text, _lines(text), set())
    assert list(tables) == [2]
    used, rows = tables[2]
    assert rows[1][1][2] == "Repeal the law on foreign agents;"
    assert rows[1][2][2] == "Not implemented"
    assert rows[2][1][2] == "Free all political prisoners."
    assert 9 not in used  # "Next section" is not part of the table


def test_markdown_rows_skip_the_rule_line() -> None:
    text = "| A | Recommendation |\n|---|---|\n| 1 | Ratify OP-CAT |\n"
    lines = _lines(text)[:3]
    rows = md_rows(lines, text)
    assert [text[rows[r][1][0] : rows[r][1][1]] for r in sorted(rows)] == ["Recommendation", "Ratify OP-CAT"]



def test_a_source_line_over_the_recommendation_in_its_cell(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Parallel report to the Committee on the Rights of Persons with Disabilities, 2026")
    d.add_paragraph("Related recommendations of other treaty bodies")
    table = d.add_table(rows=2, cols=3)
    for c, t in enumerate(["Recommendation (paragraph, year)", "Measures taken by the State", "Our assessment"]):
        table.cell(0, c).text = t
    table.cell(1, 0).text = ("Human Rights Committee, CCPR/C/DRS/CO/2, para. 24, 2019\nEnsure that any deprivation of "
                             "liberty on mental health grounds is subject to effective judicial review.")
    table.cell(1, 1).text = "All involuntary admissions are reviewed by a court."
    table.cell(1, 2).text = "Not implemented. Courts confirmed 99 per cent of the admissions."
    d.save(str(tmp_path / "x.docx"))
    cited = [u for u in extract(read_path(tmp_path / "x.docx")).units if u.kind == "cited_recommendation"]
    assert [(u.mechanism, u.year, u.status_claim, u.text[:30]) for u in cited] == [
        ("HRC", 2019, "not_implemented", "Ensure that any deprivation of")]


def test_header_repeated_on_each_page_and_run_in_items_of_a_cell(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Follow-up matrix: Human Rights Committee, concluding observations of 2021")
    table = d.add_table(rows=4, cols=3)
    head = ["Recommendation (source, year)", "Status", "Further recommendation"]
    rows = [head,
            ["Ensure the independence of the Commissioner (CCPR/C/YSK/CO/3, para. 8, 2021).", "Partially implemented.",
             "a) amend the Law on the Commissioner to provide for an open call for candidates; b) guarantee by law "
             "the Commissioner's budget."],
            head,  # the header again, where the table runs onto the next page
            ["Decriminalize defamation (CCPR/C/YSK/CO/3, para. 38, 2021).", "Not implemented.",
             "Repeal article 371 of the Criminal Code."]]
    for r, row in enumerate(rows):
        for c, t in enumerate(row):
            table.cell(r, c).text = t
    d.save(str(tmp_path / "x.docx"))
    units = extract(read_path(tmp_path / "x.docx")).units
    assert [u.kind for u in units].count("cited_recommendation") == 2
    assert [u.text for u in units if u.kind == "recommendation"] == [
        "amend the Law on the Commissioner to provide for an open call for candidates;",
        "guarantee by law the Commissioner's budget.", "Repeal article 371 of the Criminal Code."]


def test_a_theme_row_merged_across_the_matrix_and_a_bare_paragraph_reference(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Parallel report to the Committee on Economic, Social and Cultural Rights, 2026")
    table = d.add_table(rows=4, cols=4)
    for c, t in enumerate(["Recommendation of the Committee", "Measures taken", "Indicators", "Assessment"]):
        table.cell(0, c).text = t
    theme = table.cell(1, 0).merge(table.cell(1, 3))
    theme.text = "Social security (art. 9 of the Covenant)"
    for c, t in enumerate(["Para. 31\nEstablish a social protection floor that covers workers in the informal "
                           "economy.", "None.", "No data.", "Not implemented"]):
        table.cell(2, c).text = t
    for c, t in enumerate(["Para. 49 (cultural life, access to the Internet)", "Not covered by our monitoring.",
                           "—", "Not assessed"]):
        table.cell(3, c).text = t
    d.save(str(tmp_path / "m.docx"))
    cited = [u for u in extract(read_path(tmp_path / "m.docx")).units if u.kind == "cited_recommendation"]
    assert [(u.text.split("Establish")[-1], u.status_claim) for u in cited] == [
        (" a social protection floor that covers workers in the informal economy.", "not_implemented")]


def test_states_closing_a_cell_are_the_upr_recommendation_s_source(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Оценка выполнения рекомендаций третьего цикла УПО (2023) и статьи 19 Пакта, сентябрь 2025 года")
    table = d.add_table(rows=3, cols=3)
    for c, t in enumerate(["Рекомендация (государство)", "Оценка выполнения", "Комментарий"]):
        table.cell(0, c).text = t
    for r, (rec, status) in enumerate([
            ("Декриминализировать клевету и перевести ее в сферу гражданского права (Эстония, Босния и Герцеговина)",
             "Не выполнена"),
            ("Освободить всех лиц, задержанных за участие в мирных протестах (Германия) (Соединенное Королевство)",
             "Выполнена частично")], start=1):
        for c, t in enumerate([rec, status, "Статья 188 сохранена."]):
            table.cell(r, c).text = t
    d.save(str(tmp_path / "m.docx"))
    doc = read_path(tmp_path / "m.docx")
    cited = [u for u in extract(doc).units if u.kind == "cited_recommendation"]
    assert [doc.text[u.start : u.end] for u in cited] == [u.text for u in cited]  # the States leave the span too
    assert [(u.text, u.mechanism, u.source_detail, u.year) for u in cited] == [
        ("Декриминализировать клевету и перевести ее в сферу гражданского права", "UPR",
         "Эстония, Босния и Герцеговина", 2023),
        ("Освободить всех лиц, задержанных за участие в мирных протестах", "UPR", "Германия, Соединенное Королевство",
         2023)]


def test_bullets_joined_in_one_line_of_a_cell_are_one_request_each(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Оценка выполнения рекомендаций третьего цикла УПО, сентябрь 2025 года")
    table = d.add_table(rows=2, cols=3)
    for c, t in enumerate(["Рекомендация (государство)", "Оценка выполнения", "Рекомендация коалиции"]):
        table.cell(0, c).text = t
    for c, t in enumerate([
            "Расследовать нападения на журналистов и привлекать виновных к ответственности (Швеция)", "Не выполнена",
            "• Создать в прокуратуре группу по расследованию нападений на журналистов; • Ежегодно публиковать "
            "статистику уголовных дел о воспрепятствовании работе журналистов."]):
        table.cell(1, c).text = t
    d.save(str(tmp_path / "m.docx"))
    own = [u.text for u in extract(read_path(tmp_path / "m.docx")).units if u.kind == "recommendation"]
    assert own == ["Создать в прокуратуре группу по расследованию нападений на журналистов;",
                   "Ежегодно публиковать статистику уголовных дел о воспрепятствовании работе журналистов."]


def test_a_table_of_the_authors_requests_with_indicators_is_theirs(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Shadow submission to the Committee on the Elimination of Discrimination against Women, 2026")
    d.add_paragraph("Table 1. SMART recommendations to the Government")
    table = d.add_table(rows=2, cols=4)
    for c, t in enumerate(["Recommendation", "Responsible authority", "Indicator of progress", "Timeline"]):
        table.cell(0, c).text = t
    for c, t in enumerate(["Amend article 171 of the Criminal Code to define rape by the lack of consent.",
                           "Ministry of Justice", "Amendment in force", "By the end of 2027"]):
        table.cell(1, c).text = t
    d.save(str(tmp_path / "m.docx"))
    units = extract(read_path(tmp_path / "m.docx")).units
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Amend article 171 of the Criminal Code to define rape by the lack of consent.")]


def test_a_csv_tracker_with_theme_rows_an_own_follow_up_column_and_notes_in_cells() -> None:
    rows = [
        "Open Docket – tracker of UN human rights recommendations,,,,,",
        ",,,,,",
        "No.,Mechanism,Year,Recommendation (as written),Status,Coalition's follow-up recommendation",
        "THEME 1 – Courts and fair trial (ICCPR art. 14),,,,,",
        '1.1,HRC,2021,"Guarantee the full independence of the Supreme Council of Justice",Partially implemented,'
        '"1) amend the Law on the Judicial System so that judges elect its members;\n2) re-introduce the bill on '
        'the publication of its decisions."',
        '1.2,HRC,2021,"Decriminalize defamation and insult",Not implemented,'
        '"The Committee should ask the State party to report on each conviction."',
        "THEME 2 – Torture and prisons (arts. 7 and 10),,,,,",
        '2.1,CAT,2022,"Recommendations on health care in prisons – tracked in the separate Health sheet",—,',
        '2.2,CAT,2022,"Establish an independent body to investigate all allegations of torture",Not implemented,'
        '"(to be drafted by the prisons working group)"',
    ]
    units = extract(read_bytes("\r\n".join(rows).encode(), "tracker.csv")).units
    got = [(u.kind, u.text, u.section[:7]) for u in units]
    assert got == [
        ("cited_recommendation", "Guarantee the full independence of the Supreme Council of Justice", "THEME 1"),
        ("recommendation", "amend the Law on the Judicial System so that judges elect its members;", "THEME 1"),
        ("recommendation", "re-introduce the bill on the publication of its decisions.", "THEME 1"),
        ("cited_recommendation", "Decriminalize defamation and insult", "THEME 1"),
        ("cited_recommendation", "Establish an independent body to investigate all allegations of torture", "THEME 2"),
    ]


def test_an_action_plan_with_sourced_quotations_and_the_coalition_s_comments() -> None:
    # a Government's action plan: the recommendation column quotes each body under its source line, the measure
    # and agency columns are the State's, the coalition's comment grades and adds its own request
    rec = ("<p>УПО, 2020: рекомендации 121.40 (Канада) и 121.44 (Чили)</p><p>«Принять всеобъемлющее "
           "антидискриминационное законодательство»</p><p>КЛРД, 2019 (CERD/C/TZN/CO/8-9, п. 12)</p>"
           "<p>«включить в законодательство определение расовой дискриминации»</p>")
    comment = ("<p>Не выполнено. Круглый стол проведен в 2023 году, законопроект не разрабатывается.</p>"
               "<p>Рекомендация коалиции: принять закон о равенстве с открытым перечнем признаков.</p>")
    page = ("<html><body><h1>План действий</h1><table><tr><th>№</th><th>Рекомендация (орган, год)</th>"
            "<th>Мероприятие</th><th>Срок</th><th>Комментарий коалиции НПО</th></tr>"
            f"<tr><td>2.1</td><td>{rec}</td><td>Провести круглый стол.</td><td>2023 г.</td><td>{comment}</td></tr>"
            "</table></body></html>")
    units = extract(read_bytes(page.encode("utf-8"), "nap.html")).units
    assert [(u.kind, u.mechanism, u.status_claim, u.text) for u in units] == [
        ("cited_recommendation", "UPR", "not_implemented",
         "Принять всеобъемлющее антидискриминационное законодательство"),
        ("cited_recommendation", "CERD", "not_implemented",
         "включить в законодательство определение расовой дискриминации"),
        ("recommendation", None, None, "принять закон о равенстве с открытым перечнем признаков."),
    ]


def test_a_table_flattened_to_one_cell_a_line_in_plain_text() -> None:
    # Google Docs "Download as plain text": each cell on a line of its own, the paragraph numbers bare
    text = ("Shadow report to the Committee on Economic, Social and Cultural Rights\n\n"
            "2. Follow-up to the 2017 concluding observations\n"
            "Table 1. Assessment of selected recommendations of 2017\n"
            "Recommendation\nParagraph\nAssessment\nComment\n"
            "Ensure that the provisions of the Covenant can be invoked before the domestic courts\n6\n"
            "Partially implemented\nA resolution of the Supreme Court of 2022 allows courts to refer to it.\n"
            "Raise the minimum wage to a level that ensures a decent living for workers\n22\nNot implemented\n"
            "The minimum wage is 41 per cent of the subsistence minimum.\n"
            "Source: Coalition monitoring, 2022–2025.\n\nNext chapter text follows here.\n")
    cited = [u for u in extract(read_bytes(text.encode(), "gdocs.txt")).units if u.kind == "cited_recommendation"]
    assert [(u.status_claim, u.text) for u in cited] == [
        ("partially_implemented",
         "Ensure that the provisions of the Covenant can be invoked before the domestic courts"),
        ("not_implemented", "Raise the minimum wage to a level that ensures a decent living for workers"),
    ]
