"""Text reader and dispatch: encodings, line ends, provenance header, sniffing, bad input."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from hrtracker.errors import ReadError
from hrtracker.readers import MAX_BYTES, read_bytes, read_path, sniff_format

CORPUS = Path("/work/shared/corpus")
SAMPLE = (
    "Recommendations\n\n"
    "1. The State should ensure that “peaceful assembly” is not restricted — it isn’t a privilege.\n"
    "2. Review the café owners’ licences, the naïve rôle of the Ombudsman and the €5 fee…\n"
)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("cp1252", b""),
        ("mac_roman", b""),
    ],
)
def test_encodings(encoding: str, prefix: bytes) -> None:
    data = prefix + SAMPLE.encode(encoding)
    doc = read_bytes(data, "r.txt")
    assert doc.text == SAMPLE, encoding


@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman"])
def test_single_byte_short_samples(encoding: str) -> None:
    for text in ("He said “no”.\n", "Don’t stop.\n", "Le café est fermé.\n", "Über die Straße – heute.\n"):
        assert read_bytes(text.encode(encoding), "s.txt").text == text, (encoding, text)


def test_cyrillic_cp1251_and_utf16() -> None:
    text = "Рекомендации Комитета по правам человека: обеспечить свободу собраний.\n"
    assert read_bytes(text.encode("cp1251"), "ru.txt").text == text
    assert read_bytes(text.encode("utf-16-le"), "ru.txt").text == text


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\n"])
def test_line_ends(eol: str) -> None:
    raw = "First paragraph line one\nline two\n\nSecond paragraph\n".replace("\n", eol)
    doc = read_bytes(raw.encode(), "e.txt")
    assert doc.text == "First paragraph line one\nline two\n\nSecond paragraph\n"
    assert [doc.block_text(b) for b in doc.blocks] == [
        "First paragraph line one\nline two",
        "Second paragraph",
    ]


def test_provenance_header_goes_to_meta() -> None:
    raw = "SOURCE: un.org\nTITLE: Report (A/HRC/1/2)\nYEAR: 2010\n---\n\nBody text here.\n"
    doc = read_bytes(raw.encode(), "upr-x.txt")
    assert doc.meta == {"source": "un.org", "title": "Report (A/HRC/1/2)", "year": "2010"}
    assert doc.text == "\nBody text here.\n"
    assert "SOURCE" not in doc.text


def test_markdown_blocks() -> None:
    raw = (
        "# Title\n\nIntro line\ncontinued.\n\n## Recommendations\n\n"
        "- first item\n  wraps here\n- second\n**3.** third\n"
    )
    doc = read_bytes(raw.encode(), "r.md")
    got = [(b.kind, b.level, b.marker, doc.block_text(b)) for b in doc.blocks]
    assert got == [
        ("heading", 1, None, "# Title"),
        ("paragraph", None, None, "Intro line\ncontinued."),
        ("heading", 2, None, "## Recommendations"),
        ("list_item", None, "-", "- first item\n  wraps here"),
        ("list_item", None, "-", "- second"),
        ("list_item", None, "3.", "**3.** third"),
    ]
    assert doc.format == "md"


def test_empty_and_binary() -> None:
    with pytest.raises(ReadError, match="empty file"):
        read_bytes(b"", "e.txt")
    with pytest.raises(ReadError, match="not a text file"):
        read_bytes(os.urandom(4096), "junk.txt")
    with pytest.raises(ReadError, match="no text"):
        read_bytes(b"  \n\n \r\n", "blank.txt")


def test_unknown_extension_and_bad_claims() -> None:
    with pytest.raises(ReadError, match="unsupported file type '.xyz'"):
        read_bytes(b"hello", "a.xyz")
    with pytest.raises(ReadError, match="not a DOCX"):
        read_bytes(b"hello world", "a.docx")
    with pytest.raises(ReadError, match="legacy Word"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "a.docx")
    with pytest.raises(ReadError, match="zip archive"):
        read_bytes(b"PK\x03\x04" + b"\0" * 100, "a.txt")


def test_sniff_format() -> None:
    assert sniff_format(b"%PDF-1.7\n...", ".txt") == "pdf"
    assert sniff_format(b"<!DOCTYPE html><html></html>", ".txt") == "html"
    assert sniff_format(b"plain", ".md") == "md"
    assert sniff_format(b"plain", ".TXT") == "txt"


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ReadError, match="too large"):
        read_path(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as e:
        read_path(tmp_path / "nope.txt")
    assert str(tmp_path) in e.value.path


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_corpus_reads_fast_with_headers() -> None:
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")
    t0 = time.perf_counter()
    docs = [read_path(p) for p in files]
    assert time.perf_counter() - t0 < 1.0
    for p, d in zip(files, docs, strict=True):
        assert "\r" not in d.text
        if p.name.startswith("kz-ngo-"):
            assert d.meta == {}
        else:
            assert {"source", "title", "type"} <= set(d.meta), p.name
            assert not d.text.lstrip().startswith("SOURCE:")
        for b in d.blocks:
            assert d.block_text(b).strip() == d.block_text(b) != ""


def test_language_guess() -> None:
    en = read_bytes(
        b"The State should ensure that the law is in line with the Covenant and that it is applied.", "a.txt"
    )
    assert en.language == "en"
    ru = read_bytes("Государство должно обеспечить свободу собраний и выражения мнений.".encode(), "r.txt")
    assert ru.language == "ru"


def test_utf8_with_stray_cp1252_bytes() -> None:
    text = "Les États “parties” — première session, naïve café.\n"
    data = text.encode() + b"Don\x92t panic.\n"
    assert read_bytes(data, "mixed.txt").text == text + "Don’t panic.\n"


def test_koi8_r_and_cp1251_russian_are_told_apart() -> None:
    t = "Рекомендации государству:\n1. Отменить статью 174 Уголовного кодекса и обеспечить свободу мнений.\n"
    for enc in ("cp1251", "koi8_r"):
        assert read_bytes(t.encode(enc), "r.txt").text.startswith("Рекомендации государству:")


def test_one_paragraph_per_line_and_underlined_headings() -> None:
    # a word processor's plain-text export: CRLF, no blank lines, each paragraph on one long line, headings
    # underlined with "====" / "----", a page-wide rule that is not an underline
    para = "Solmaria is home to about 410,000 migrant workers, who make up 38 per cent of its workforce, " * 2
    lines = ["SHADOW REPORT", "to the Committee on Migrant Workers", "1. INTRODUCTION", "===============",
             para, para, "Recommendations", "---------------", "   – Repeal article 3 (2) of the Labour Law.",
             "   – Ratify ILO Convention No. 189.", para, "-" * 72, para, para, para]
    doc = read_bytes("\r\n".join(lines).encode("cp1252"), "r.txt")
    got = [(b.kind, b.level, doc.block_text(b)[:20]) for b in doc.blocks]
    assert got[:9] == [
        ("paragraph", None, "SHADOW REPORT"),
        ("paragraph", None, "to the Committee on "),
        ("heading", 1, "1. INTRODUCTION"),
        ("paragraph", None, para[:20]),
        ("paragraph", None, para[:20]),
        ("heading", 2, "Recommendations"),
        ("list_item", None, "– Repeal article 3 ("),
        ("list_item", None, "– Ratify ILO Convent"),
        ("paragraph", None, para[:20]),
    ]
    assert not any(doc.block_text(b).startswith("---") and b.kind == "heading" for b in doc.blocks)
    # wrapped text keeps its lines together
    wrapped = read_bytes(("Text wrapped at a width of about seventy\ncharacters per line, as e-mail is.\n\n" * 6)
                         .encode(), "w.txt")
    assert [b.kind for b in wrapped.blocks] == ["paragraph"] * 6


def test_markdown_backslash_escapes_are_resolved() -> None:
    d = read_bytes(b"1\\. Amend the Anti\\-Discrimination Act \\(2023\\) for persons aged 65\\+.\n", "x.md")
    assert d.text.startswith("1. Amend the Anti-Discrimination Act (2023) for persons aged 65+.")
    t = read_bytes(b"C:\\-path and 1\\. kept as written in plain text\n", "x.txt")
    assert "C:\\-path" in t.text and "1\\." in t.text


def test_pandoc_markdown_front_matter_grid_table_and_auto_numbers() -> None:
    md = (
        "---\ntitle: \"Halfway There? A mid-term report\"\nauthor: UPR Coalition\ndate: December 2025\n---\n\n"
        "# Civic space\n\n"
        "+------------------------+-----------+\n"
        "| Recommendation         | Response  |\n"
        "+========================+===========+\n"
        "| 131.22 Repeal the      | Supported |\n"
        "| defamation provisions  |           |\n"
        "| (Ireland)              |           |\n"
        "+------------------------+-----------+\n"
        "| 131.25 Protect         | Noted     |\n"
        "| journalists (Estonia)  |           |\n"
        "+------------------------+-----------+\n\n"
        "## Our recommendations\n\n"
        "#.  Repeal articles 211 and 212 of the Criminal Code.\n"
        "#.  Give the Media Safety Unit the power to investigate\n    police officers.\n\n"
        "Closing words.\n\n"
        "#. A new list starts again.\n"
    )
    doc = read_bytes(md.encode(), "r.md")
    assert doc.meta["title"] == "Halfway There? A mid-term report" and doc.meta["date"] == "December 2025"
    assert "author:" not in doc.text
    assert "| 131.22 Repeal the defamation provisions (Ireland) | Supported |" in doc.text
    assert "| 131.25 Protect journalists (Estonia) | Noted |" in doc.text
    assert "+---" not in doc.text
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "list_item"]
    assert items[0].startswith("1.  Repeal") and items[1].startswith("2.  Give") and items[2].startswith("1. A new")


def test_invisible_characters_and_pasted_word_bullets() -> None:
    text = ("\ufeffRecommenda\u00adtions:\n\uf0b7\tensure the preservation of video recordings, in particular:\n"
            "o\toblige the police to keep the \u200brecordings for one year;\n"
            "o\tprovide that the loss of a recording entails liability.\n")
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    assert doc.text.startswith("Recommendations:\n")
    assert "\u200b" not in doc.text and "\u00ad" not in doc.text
    assert [b.marker for b in doc.blocks if b.kind == "list_item"] == ["\uf0b7", "o", "o"]


def test_markdown_callouts_and_task_boxes_of_a_notes_app() -> None:
    md = ("# Tracker\n\n> [!QUESTION] For recommending States\n> The coalition suggests that States put the "
          "following questions:\n> - How many protesters were detained in 2025?\n> - When will the law be amended?\n"
          "\n## Recommendations\n\n- [ ] **128.61** Decriminalize defamation (Lithuania)\n- [x] **128.66** Amend the "
          "Law on Communications (Estonia)\n\n> An ordinary quotation stays one.\n")
    doc = read_bytes(md.encode(), "t.md")
    blocks = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert blocks == [
        ("heading", "# Tracker"), ("paragraph", "For recommending States"),
        ("paragraph", "The coalition suggests that States put the following questions:"),
        ("list_item", "- How many protesters were detained in 2025?"), ("list_item", "- When will the law be amended?"),
        ("heading", "## Recommendations"), ("list_item", "- **128.61** Decriminalize defamation (Lithuania)"),
        ("list_item", "- **128.66** Amend the Law on Communications (Estonia)"),
        ("paragraph", "> An ordinary quotation stays one.")]


def test_markdown_raw_html_boxes_are_no_text_and_their_summary_is_a_title_line() -> None:
    md = ("# Follow-up to the CAT\n\n<aside>\n📌 Working page of the coalition.\n\n</aside>\n\n"
          "## 1. Legal safeguards (paragraph 11)\n\n<details>\n<summary>11 a) — lawyer from the outset</summary>\n\n"
          "> «Ensure that all detainees have access to a lawyer.»\n\n</details>\n\n"
          "<details><summary>11 b) — registers</summary>\n\nText.\n</details>\n")
    doc = read_bytes(md.encode(), "t.md")
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("heading", "# Follow-up to the CAT"), ("paragraph", "📌 Working page of the coalition."),
        ("heading", "## 1. Legal safeguards (paragraph 11)"), ("paragraph", "11 a) — lawyer from the outset"),
        ("paragraph", "> «Ensure that all detainees have access to a lawyer.»"), ("paragraph", "11 b) — registers"),
        ("paragraph", "Text.")]
    assert "<" not in doc.text


def test_a_whatsapp_export_gives_a_line_per_sender_and_a_paragraph_per_message_line() -> None:
    chat = "".join(f"[0{k}/02/2025, 10:1{k}:00] Madina Ushkempirova: message {k} without a full stop\n"
                   for k in range(1, 6))
    chat += "[07/02/2025, 16:41:15] Madina Ushkempirova: Rec 1 – agreed\nAdopt a law on the Committee’s Views.\n"
    doc = read_bytes(chat.encode(), "WhatsApp Chat with LOI.txt")
    paras = [doc.text[b.start : b.end] for b in doc.blocks]
    assert paras[:3] == ["[01/02/2025, 10:11:00] Madina Ushkempirova:", "message 1 without a full stop",
                         "[02/02/2025, 10:12:00] Madina Ushkempirova:"]
    assert paras[-2:] == ["Rec 1 – agreed", "Adopt a law on the Committee’s Views."]
    assert doc.meta.get("layout") == "chat"
    plain = read_bytes(b"[1] A note.\nSome text: more.\n", "n.txt")
    assert "layout" not in plain.meta


def test_pdftotext_layout_pages_keep_their_footnotes_apart() -> None:
    header = "     Shadow report to the Human Rights Committee – Lystravia\n\n"
    page1 = (header + "          20.   The  Committee  recommended  that  the  State party ensure that the right to\n"
             "                peaceful  assembly  is  guaranteed  in  law.12 The 2019 law was adopted after\n"
             "                the Committee's recommendation. Trade unions need fifty members to register\n"
             "                a primary union, and the ILO asked the Government to lower\n\n\n\n"
             "          12 CCPR/C/LYV/CO/3, 2018, para. 40.\n"
             "          13 ILO Committee of Experts, observation adopted in\n"
             "             2023.\n\n"
             "                                                    6\n")
    page2 = (header + "                that requirement.13\n\n"
             "          98 (h)   Regulate surveillance      No information     A draft law was announced\n\n"
             "                                                    7\n")
    doc = read_bytes(("\f".join([page1, page2, header + "          End.\n"])).encode(), "layout.txt")
    assert doc.footnotes == {"12": "CCPR/C/LYV/CO/3, 2018, para. 40.",
                             "13": "ILO Committee of Experts, observation adopted in 2023."}
    notes = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "footnote"]
    assert notes == ["12 CCPR/C/LYV/CO/3, 2018, para. 40.", "13 ILO Committee of Experts, observation adopted in 2023."]
    body = doc.text[: doc.blocks[-2].start]
    assert "CCPR/C/LYV" not in body and "98 (h)   Regulate surveillance" in body  # a table row is no footnote
    assert read_bytes(page1.encode(), "one-page.txt").footnotes == {}  # no form feeds: no pages to read


def test_a_zoom_webvtt_transcript_gives_a_paragraph_per_speaker_turn() -> None:
    vtt = ("WEBVTT\n\n1\n00:00:03.120 --> 00:00:09.480\nAigerim Nurova: Good morning. The Committee asked the State\n\n"
           "2\n00:00:09.500 --> 00:00:14.000\nAigerim Nurova: to adopt a law &amp; repeal article 174.\n\n"
           "3\n00:00:14.100 --> 00:00:18.000\nTom Smith: It has not done so.\n\n"
           "NOTE a comment block\n\n4\n00:00:18.100 --> 00:01:20.000\n<v Tom Smith>We <b>urge</b> the Government</v>\n"
           "to act.\n\n5\n00:01:21.000 --> 00:01:25.000\nAigerim Nurova: Thank you.\n")
    doc = read_bytes(vtt.encode(), "zoom_0.transcript.vtt")
    assert doc.meta.get("layout") == "transcript"
    assert "Good morning. The Committee asked the State to adopt a law & repeal article 174." in doc.text
    assert "[00:00:14] Tom Smith:\n\nIt has not done so. We urge the Government to act." in doc.text
    assert "-->" not in doc.text and "WEBVTT" not in doc.text and "NOTE" not in doc.text
    assert "\nAigerim Nurova: " not in doc.text  # the speaker prefix is not part of the words


def test_a_subrip_file_is_read_without_cue_numbers_and_timings() -> None:
    srt = "".join(f"{k}\n00:00:0{k},000 --> 00:00:0{k},900\nline {k} of the statement\n\n" for k in range(1, 6))
    doc = read_bytes(srt.encode("utf-8-sig"), "statement.srt")
    assert doc.text.strip().endswith("line 1 of the statement line 2 of the statement line 3 of the statement "
                                      "line 4 of the statement line 5 of the statement")
    assert "-->" not in doc.text
