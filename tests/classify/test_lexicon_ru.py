"""Russian text is labelled by the written lexicon, not by the English model."""

from hrtracker.classify import load_model
from hrtracker.classify.lexicon_ru import action_ru, is_russian, issues_ru


def test_is_russian() -> None:
    assert is_russian("Ратифицировать Конвенцию (CAT)")
    assert not is_russian("Ratify the Convention against Torture")
    assert not is_russian("")


def test_issues_and_action() -> None:
    assert [n for n, _ in issues_ru("Рассмотреть возможность отмены смертной казни.")] == ["Death penalty"]
    assert "Freedom of association and peaceful assembly" in dict(issues_ru("Разрешить мирные собрания"))
    assert issues_ru("Сделать что-нибудь хорошее") == []
    assert action_ru("Ратифицировать Факультативный протокол")[0] == 5
    assert action_ru("Продолжать усилия по борьбе с торговлей людьми")[0] == 2
    assert action_ru("Рассмотреть возможность ратификации")[0] == 3
    assert action_ru("Государству следует обеспечить независимость судей")[0] == 4
    assert action_ru("Принять закон о мирных собраниях")[0] == 5


def test_model_uses_lexicon_for_russian() -> None:
    m = load_model()
    ru, en = m.predict(["Незамедлительно прекратить применение пыток в местах лишения свободы.",
                        "Abolish the death penalty"])
    assert {n for n, _ in ru.issues} == {"Torture and other CID treatment", "Detention"}
    assert 7 in [a for a, _ in ru.articles]
    assert any(n == "Death penalty" for n, _ in en.issues)
