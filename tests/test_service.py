"""Service-level behaviour not tied to one pipeline stage."""

from hrtracker.service import iter_files


def test_iter_files_skips_hidden_and_folder_notes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("a.txt", "README.md", "sub/b.pdf", "sub/LICENSE", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert got == ["a.txt", "sub/b.pdf"]
    # a file named explicitly is kept, README or not
    assert iter_files([tmp_path / "README.md"]) == [tmp_path / "README.md"]
