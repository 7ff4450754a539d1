"""Russian recommendations: UPR Info issues and the action category from a written-down lexicon.

The label model is trained on the English UPR Info data and gives near-random labels to Russian
text, so Cyrillic text is labelled by keyword stems instead (issue names as spelled in the UPR Info
CSVs) and by its leading verb (the McMahon scale: 1 ask others / seek assistance, 2 continue,
3 consider, 4 general action, 5 specific action). Confidences are fixed and modest: these are
rules, not a fitted model.
"""

from __future__ import annotations

import re

# (issue, stems); a stem matches at a word start
_ISSUES: list[tuple[str, str]] = [
    ("Torture and other CID treatment", r"пыт[ко]|жесток\w* обращ|бесчеловечн|унижающ\w* достоинств|"
                                        r"телесн\w* наказ|превентивн\w* механизм"),
    ("Death penalty", r"смертн\w* казн|мораторий на (?:применение )?смертн"),
    ("Extrajudicial executions", r"внесудебн\w* казн|внесудебн\w* убийств"),
    ("Enforced disappearances", r"насильственн\w* исчезновен"),
    ("Detention", r"задержан|содержани\w* под страж|мест\w* лишения свобод|тюрьм|заключённ|заключенн|"
                  r"арест|пенитенциар"),
    ("Justice", r"суд(?!ьб)|судь|правосуди|адвокат|справедлив\w* судебн|прокурат|уголовн\w* процесс"),
    ("Impunity", r"безнаказанн|привлеч\w* к ответственност|расследова"),
    ("Freedom of opinion and expression", r"свобод\w* (?:выражения|слова|мнени)|клевет|цензур|"
                                          r"блокировк\w* (?:сайт|веб)|экстремизм"),
    ("Freedom of the press", r"сми\b|журналист|средств\w* массов\w* информац|пресс"),
    ("Freedom of association and peaceful assembly", r"собрани|митинг|пикет|демонстрац|объединени|ассоциац|"
                                                     r"регистрац\w* (?:нко|организац|парти)|профсоюз"),
    ("Freedom of religion and belief", r"религи|вероисповедан|свобод\w* совести|миссионер"),
    ("Civil society", r"гражданск\w* обществ|нко\b|неправительственн|общественн\w* организац"),
    ("Human rights defenders", r"правозащитник|защитник\w* прав человека"),
    ("Elections", r"выбор|избират|голосован"),
    ("Women's rights", r"женщин|гендерн|девочек|девушек"),
    ("Rights of the Child", r"дет(?:ей|и|ск)|ребён|ребен|несовершеннолетн"),
    ("Trafficking", r"торговл\w* людьми|торговл\w* (?:женщин|детьми)"),
    ("Labour", r"труд(?!н)|трудов|работник|принудительн\w* труд|заработн"),
    ("Minorities", r"меньшинств|этническ"),
    ("Racial discrimination", r"расов|расизм|ксенофоб|разжигани\w* (?:межнациональн|розн)"),
    ("Sexual Orientation and Gender Identity", r"лгбт|сексуальн\w* ориентац|гендерн\w* идентичн|"
                                              r"однополы|трансгендер"),
    ("Disabilities", r"инвалид|ограниченн\w* возможност"),
    ("Migrants", r"мигрант|трудов\w* миграц"),
    ("Asylum-seekers - refugees", r"беженц|убежищ|высылк|экстрадиц|невысылк"),
    ("Corruption", r"коррупц"),
    ("NHRI", r"омбудсмен|уполномоченн\w* по правам человека|национальн\w* правозащитн\w* учрежден|"
             r"парижск\w* принцип"),
    ("International instruments", r"ратифиц|присоедин|факультативн\w* протокол|конвенц"),
    ("Treaty bodies", r"договорн\w* орган|комитет\w* (?:оон|по правам человека|против пыток)"),
    ("Special procedures", r"специальн\w* докладчик|специальн\w* процедур|постоянн\w* приглашен"),
    ("Right to health", r"здоровь|медицинск|здравоохранен"),
    ("Right to education", r"образован|школ"),
    ("Right to housing", r"жиль|жилищ|выселен"),
    ("Poverty", r"бедност|малоимущ"),
    ("Counter-terrorism", r"терроризм|террорист"),
    ("Human rights education and training", r"обучени\w* (?:сотрудник|судей|полиц)|подготовк\w* сотрудник|"
                                            r"просвещени\w* в области прав человека"),
    ("Human rights violations by state agents", r"сотрудник\w* (?:полиции|правоохранительн)|полици"),
    ("Environment", r"окружающ\w* сред|экологи|климат"),
]
_ISSUE_RX = [(name, re.compile(r"(?<![а-яё])(?:" + p + r")", re.I)) for name, p in _ISSUES]

# the leading verb, after optional adverbs ("незамедлительно", "в полной мере")
_ACTION: list[tuple[int, str]] = [
    (1, r"обратиться за (?:технической )?помощью|запросить помощь|призвать (?:международн|государств)"),
    (2, r"продолжа|продолжить|сохранять|поддерживать|развивать достигнут"),
    (3, r"рассмотреть|изучить|проанализировать возможност|рассмотрение вопроса"),
    (5, r"ратифицировать|присоединиться|отменить|упразднить|декриминализировать|криминализировать|"
        r"принять (?:закон|новый закон|поправк|изменени|национальн\w* план|стратеги|программ)|"
        r"внести (?:изменени|поправк)|создать|учредить|освободить|направить постоянн|пересмотреть (?:закон|стать)|"
        r"исключить|прекратить (?:уголовн|преследован|практик)|внедрить|ввести"),
    (4, r"обеспечить|принять (?:все )?(?:необходим\w* |эффективн\w* |конкретн\w* )*мер|укрепить|активизировать|"
        r"усилить|гарантировать|содействовать|поощрять|бороться|предпринять|повысить|улучшить|защищать|"
        r"защитить|уважать|предотвра|расследовать"),
]
_ACTION_RX = [(cat, re.compile(r"^(?:\W|(?:мы\s+)?рекоменду\w*\s+(?:государству|правительству|властям)?|"
                                r"(?:государств\w*|правительств\w*|власт\w*)\s+(?:следует|должн\w*|необходимо)|"
                                r"незамедлительно|безотлагательно|в полной мере|полностью|также|"
                                r"далее|эффективно|срочно|и\s)*(?:" + p + r")", re.I)) for cat, p in _ACTION]
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_LATIN = re.compile(r"[a-z]", re.I)

ISSUE_CONFIDENCE = 0.6
ACTION_CONFIDENCE = 0.6


def is_russian(text: str) -> bool:
    """Whether ``text`` is written mostly in Cyrillic letters."""
    cyr = len(_CYRILLIC.findall(text or ""))
    return cyr > 0 and cyr >= 2 * len(_LATIN.findall(text or ""))


def issues_ru(text: str) -> list[tuple[str, float]]:
    """UPR Info issues named by the keyword stems found in ``text`` (may be empty)."""
    return [(name, ISSUE_CONFIDENCE) for name, rx in _ISSUE_RX if rx.search(text or "")]


def action_ru(text: str) -> tuple[int, float]:
    """Action category from the leading verb; general action (4) at low confidence when none is known."""
    head = (text or "").strip().lower()
    for cat, rx in _ACTION_RX:
        if rx.search(head):
            return cat, ACTION_CONFIDENCE
    return 4, 0.3
