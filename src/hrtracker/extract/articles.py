"""ICCPR articles a text concerns: explicit mentions of the Covenant's articles, else subject keywords.

Rules (shared/eval/GUIDELINES.md): articles named in the unit's heading or text; else those
implied by the subject (keyword table below, English and Russian).
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_ARTICLE = 27  # substantive rights of the Covenant

_COVENANT = (
    r"\s*(?:of\s+the\s+|of\s+|under\s+the\s+|in\s+the\s+)?(?:UN\s+)?(?:ICCPR|CCPR|International\s+Covenant(?:\s+on\s+Civil\s+and\s+"
    r"Political\s+Rights)?|Covenant)|\s*(?:МПГПП|Международного\s+пакта|Пакта)"
)
# "article(s) 2 (paragraph 1), 3, 26 and 27", "arts. 12, 13,16", "art.7", "статьи 19"
_ART_WORD = r"(?:articles?|arts?\.?|статьи|статья|статей|статье|статьям|ст\.)"
_PARA = r"(?:\s*\((?:paragraphs?|para\.?|п\.)?\s*[\d\s,\-–and]+\))?"  # "(paragraph 1)"
_NUM_LIST = (
    r"\d{1,2}(?!\.\d|\d)" + _PARA
    + r"(?:\s*(?:,\s*and|,\s*и|,|and|&|и|-|–|to)\s*(?:" + _ART_WORD + r"\s*)?\d{1,2}(?!\.\d|\d)" + _PARA + ")*"
)
_EXPLICIT = re.compile(r"\b" + _ART_WORD + r"\s*(" + _NUM_LIST + r")(?P<tail>" + _COVENANT + r"|\s*\))?", re.I)
_HEAD_START = re.compile(r"^\W{0,3}" + _ART_WORD + r"\s*(" + _NUM_LIST + r")\s*(?:[:.\-–—]|$)", re.I)

_KEYWORDS: dict[int, str] = {
    1: r"self-determination|самоопределени",
    2: r"national human rights institution|\bNHRIs?\b|ombudsm[ae]n|ombudsperson|paris principles|effective remed"
       r"|redress|rehabilitat|реабилитац|возмещени"
       r"|domestic (?:legal order|law) .{0,30}covenant|directly appl|direct application|(?:decisions?|views) of the"
       r" (?:un )?(?:human rights )?committee|омбудсмен|уполномоченн\w+ по правам человека|парижск\w+ принцип"
       # an effective remedy: compensation, the individual complaints procedure; a public defender is an NHRI
       r"|compensation|reparation|communications? procedure|individual (?:complaints|communications)"
       r"|public defender|commissioner for human rights|human rights commission|justiciab|компенсац"
       r"|индивидуальн\w+ (?:жалоб|сообщени)"
       # equality bodies are national institutions too
       r"|equality body|commissioner for equality|equal treatment commissioner|equality commission",
    3: r"equal rights of men and women|gender equality|equality between (?:men and women|women and men)"
       r"|discrimination against women|gender (?:pay|wage) gap|domestic violence|women'?s rights|rights of women"
       r"|\bwomen\b"
       r"|гендерн|женщин|домашн\w+ насили|бытов\w+ насили",
    4: r"derogat(?!ory)|state of emergency|emergency rule|чрезвычайн\w+ положени",
    6: r"right to life|death penalty|capital punishment|\bdeaths?\b|death toll|lethal|\bkill(?:ed|ing|ings)?\b"
       r"|\bexecutions?\b|enforced disappearance|смертн\w+ казн|право на жизнь|летальн|гибел|firearm|огнестрельн"
       # health-threatening water and pollution (the Committee's view of the right to life and the environment)
       r"|drinking water|питьев|свинц|pollut|загрязн|toxic|токсич",
    7: r"tortur|ill-treat|ill treat|cruel|inhuman|degrading|corporal punishment|телесн\w+ наказани|пытк"
       # an enforced disappearance violates articles 6, 7, 9 and 16 together (the Committee's practice)
       r"|enforced disappearance|disappeared persons|насильственн\w+ исчезновени"
       r"|national preventive mechanism|\bNPM\b|\bOPCAT\b|национальн\w+ превентивн"
       r"|жесток\w+ обращ|бесчеловечн|пыток"
       # violence against women and forced medical interventions are ill-treatment in the Committee's practice
       r"|domestic violence|gender-based violence|violence against women|\brape\b|steriliz|sterilis"
       r"|refoulement|solitary confinement"
       # safeguards against ill-treatment: restraint, recorded questioning, medical examinations, confessions
       r"|restraint|seclusion|video[- ]?record|audio[- ]?(?:visual|video)|recording of (?:all )?(?:police )?"
       r"(?:questioning|interrogations?|interviews)|medical examination|forensic examination|coerc|confession"
       r"|complaints? against (?:the )?police|police complaints|protection orders?|shelters? for"
       r"|видеозапис|видеонаблюд|видеофиксац|признательн|медицинск\w+ освидетельствова"
       r"|домашн\w+ насили|бытов\w+ насили|изнасиловани",
    8: r"slavery|servitude|forced labou?r|compulsory labou?r|child labou?r|traffick|рабств|принудительн\w+ труд"
       r"|торговл\w+ людьми",
    9: r"deinstitutionali|police custody|enforced disappearance|disappeared persons|насильственн\w+ исчезновени"
       # "places / conditions of detention" are article 10's subject, not the liberty of article 9
       r"|arbitrary (?:arrest|detention)|\barrest|(?<!places of )(?<!place of )(?<!conditions of )\bdetention"
       r"|\bdetained|deprivation of liberty"
       r"|deprived of (?:their |his |her )?liberty|habeas corpus|liberty and security|psychiatric|release of"
       r"|задержан|арест|свобод\w+ и личн|apprehension|moment of actual",
    10: r"conditions of detention|prison|penitentiar|solitary confinement|inmates?|detainees?|places of detention"
        r"|пенитенциар|заключ[её]нн|мест\w+ лишения свободы|условия содержания",
    11: r"imprisonment for debt|contractual obligation",
    12: r"freedom of movement|registration (?:of|at) (?:the )?(?:place of )?residence|residence registration|propiska"
        r"|exit (?:visa|permit)|leave the country|travel bans?|exit bans?|запрет\w* на выезд|свобод\w+ передвижени"
        r"|прописк",
    13: r"expulsion|deport|extradit|refoulement|\baliens?\b|asylum|refugee|высылк|экстрадиц|депортац|беженц",
    14: r"fair trial|judiciary|judicial independence|independen\w* of (?:the )?(?:judges|judiciary|courts|lawyers)"
        r"|\bjudges?\b|defen[cs]e counsel|\bdefender\b|prosecutor|presumption of innocence|equality of arms"
        r"|criminal procedure|legal aid|access to (?:a )?(?:lawyer|counsel)|right to (?:a )?defen[cs]e"
        r"|\blawyers\b|bar association|criminal responsibility|juvenile justice|judicial office|court presidents?"
        r"|справедлив\w+ суд|независимост\w+ суд|адвокат|прокурор"
        # evidence and its admissibility, confessions, counsel and interpreters, the judges
        r"|\bconfess|признани\w+ вин|признательн|admissib|недопустим\w+ (?:доказательств|показани|использовани)"
        r"|evidence|доказательств|legal (?:counsel|representation)|interpreter|переводчик"
        r"|судей|судьи|судья|судебн\w+ (?:совет|власт|систем)",
    15: r"retroactiv|обратн\w+ сил",
    16: r"legal personality|legal capacity|guardianship|дееспособн|опек"
        r"|enforced disappearance|disappeared persons|насильственн\w+ исчезновени"
        r"|statelessness|stateless|identity documents|undocumented|birth registration"
        r"|безгражданств|без гражданства",
    17: r"privacy|private life|personal data|surveillance|correspondence|search and seizure|wiretap|intercept"
        r"|steriliz|sterilis"
        r"|honou?r and (?:dignity|reputation)|\bevict|inviolability of (?:the )?home|частн\w+ жизн|персональн\w+ данн"
        r"|выселени|неприкосновенност\w+ жилищ",
    18: r"religio|conscience|\bbeliefs?\b|conscientious object|missionar|worship|религи|вероисповед|совест",
    19: r"freedoms? of (?:expression|speech|the press|the media|information)|\bmedia\b|journalis|\bpress\b|internet"
        r"|access to information|right to information|false information|libel|defamation|\binsult|censorship"
        r"|blogger|social (?:networks?|media)|websites?|online resources|свобод\w+ (?:слова|выражени)|\bСМИ\b|журналист"
        r"|клевет|цензур|интернет|public hearings?|общественн\w+ слушани|environmental information"
        r"|экологическ\w+ информац|ложн\w+ информаци|disinformation|fake news",
    20: r"propaganda for war|war propaganda|incitement to (?:\w+ )?hatred|advocacy of (?:\w+ )?hatred|hate speech"
        r"|пропаганд\w+ войны|разжигани",
    21: r"peaceful assembl|freedoms? of (?:peaceful )?assembly|\bassembl(?:y|ies)\b|demonstration|public events?\b"
        r"|\brall(?:y|ies)\b|\bpickets?\b|\bprotest(?:s|ers)?\b|мирн\w+ собрани|митинг|пикет",
    22: r"freedom of association|\bassociations?\b|trade unions?|\bNGOs?\b|non-governmental organi|non-profit organi"
        r"|political part(?:y|ies)|civil society|non-commercial organi"
        r"|foreign agents?\b|иностранн\w+ агент|foreign[- ]fund|foreign funding|иностранн\w+ финансир"
        r"|public associations?|общественн\w+ объединени|некоммерческ\w+ организац"
        r"|свобод\w+ объединени|профсоюз|\bНКО\b|политическ\w+ парти",
    23: r"family life|right to (?:marry|found a family)|protection of the family"
        r"|family reunification|marriage|marital(?! rape)|spouse|matrimon|\bсемь|\bбрак",
    24: r"\bchild|\bminors?\b|juvenile|\bдет[еия]|несовершеннолетн",
    # (not candidates for judicial office: "the special check of candidates for judicial office", article 14's)
    25: r"\belect(?:ion|oral)|\bvot(?:e|es|ing|ers?)\b|referendum|political participation|public affairs"
        r"|candidates?\b(?!\s+for\s+(?:the\s+)?(?:judicial|judges?\b|(?:the\s+)?posts?\s+of\s+(?:judges?|court)))"
        r"|выбор|избират|референдум"
        # seats for women or minorities, local councils, public hearings: taking part in public affairs
        r"|quotas?\b|квот|village councils?|local councils?|выборн\w+ орган|public hearings?|общественн\w+ слушани",
    26: r"discriminat|equality before the law|equal protection|equal treatment|sexual orientation|gender identity"
        r"|\bLGBT|racis[mt]|racial|segregat|xenophob|antisemit|hate crimes?|\broma\b|\bsinti\b"
        r"|дискриминац|расизм|расов|сегрегац"
        # unequal pay, children of a minority placed apart, ethnic origin or profiling: discrimination by subject
        r"|pay gap|equal pay|равн\w+ оплат|special (?:classes|schools)|corrective classes|специальн\w+ (?:класс|школ)"
        r"|коррекционн|ethnic (?:origin|profiling|background|groups?|minorit)|ethnicity"
        r"|этническ\w+ (?:происхожд|профил|принадлеж)",
    27: r"minorit|indigenous|\broma\b|\bsinti\b|меньшинств|коренн\w+ народ|\bцыган",
}
# patterns are matched against lower-cased text (faster than re.I)
# subjects that a unit's own words imply, but a heading does not: "What the UN special procedures have said"
# names the source of the recommendations under it, "Accept the pending requests for visits of the special
# procedures" asks for cooperation with the UN system (article 2)
_TEXT_KEYWORDS: dict[int, str] = {
    2: r"special procedures|standing invitation|pending (?:visit )?requests? (?:for|to) visit"
       r"|requests? for (?:country )?visits|periodic reports? to|overdue (?:\w+ )?report|treaty bod(?:y|ies)"
       r"|mechanism for (?:implementation|reporting|follow-up)"
       r"|plan (?:for|on) (?:the )?implementation of (?:the )?recommendations"
       r"|специальн\w+ процедур|постоянн\w+ приглашени|периодическ\w+ доклад|договорн\w+ орган",
    # force used by the police, beatings, crisis centres, legal safeguards in custody (a heading "Fundamental
    # legal safeguards" or "Насилие в отношении женщин" leaves its units to their own subjects)
    7: r"use of force|excessive force|\bbeat(?:en|ings?)\b|избиени|crisis cent|legal safeguards"
       r"|насили|кризисн|охранн\w+ (?:ордер|предписан)|применени\w+ (?:физической )?силы",
    9: r"\brelease\b|освобод",  # "Release the journalists": liberty; a heading "Release of data" is no subject
}
_KW = {art: re.compile(rx.lower()) for art, rx in _KEYWORDS.items()}
_KW_ANY = re.compile("|".join(f"(?:{rx.lower()})" for rx in _KEYWORDS.values()))
_KW_TEXT = {art: re.compile(rx.lower()) for art, rx in _TEXT_KEYWORDS.items()}


def _numbers(span: str) -> list[int]:
    """Article numbers of a list like "2 (paragraph 1), 3, 26 and 27" or "9-10" (paragraphs dropped)."""
    span = re.sub(r"\([^)]*\)", " ", span)
    out: list[int] = []
    for m in re.finditer(r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?", span):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if a <= b <= a + 10:
            out.extend(range(a, b + 1))
        else:
            out.extend((a, b))
    return [n for n in out if 1 <= n <= MAX_ARTICLE]


@lru_cache(maxsize=4096)
def explicit_articles(text: str, heading: bool = False, bare: bool = True, covenant: bool = True) -> list[int]:
    """Covenant articles named in ``text``: "article 19 of the ICCPR", "(art. 7)", "arts. 9 and 14 of the Covenant".

    A bare "article 145" is another law's article and does not count; in a ``heading``
    a leading "Article 19:" does. ``bare=False`` (a report on another treaty) counts only articles
    said to be the Covenant's, not a bare "(art. 7)". ``covenant=False`` (a report to CESCR, whose
    "Covenant" is the other one) counts "the Covenant" only when it is named as the ICCPR.
    """
    found: set[int] = set()
    for m in _EXPLICIT.finditer(text):
        tail = m.group("tail")
        if tail is None:
            continue
        if not covenant and not re.search(r"CCPR|Civil|МПГПП|гражданск", tail, re.I) and tail.strip() != ")":
            continue
        if tail.strip() == ")":
            if not bare:
                continue
            # "(art. 7)": the whole parenthesis is the article reference
            before = text[: m.start()].rstrip()
            if not before.endswith("("):
                continue
        found.update(_numbers(m.group(1)))
    if heading:
        m = _HEAD_START.match(text)
        if m:
            found.update(_numbers(m.group(1)))
    return sorted(found)


@lru_cache(maxsize=4096)
def keyword_articles(text: str, heading: bool = False) -> list[int]:
    """Articles implied by subject keywords (GUIDELINES table), English and Russian; a ``heading`` is read
    without the keywords that only a unit's own words imply."""
    low = text.lower()
    found = {art for art, rx in _KW.items() if rx.search(low)} if _KW_ANY.search(low) else set()
    if not heading:
        found |= {art for art, rx in _KW_TEXT.items() if rx.search(low)}
    return sorted(found)


# a people the document introduces as a minority: "the Sevran minority", "the Kesh people", "Olund communities"
_GROUP = re.compile(r"\b([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:(?:national|ethnic|linguistic|religious|indigenous)\s+)?"
                    r"(?:minority|minorities|people|peoples|communit(?:y|ies))\b")


def minority_names(text: str) -> re.Pattern[str] | None:
    """The names of the minorities or indigenous peoples a document introduces ("the Kesh people"), as one
    pattern, or None: a unit that names one concerns article 27. A capitalised word that also occurs in lower
    case in the document ("Local communities ... local officials"), or only at the start of a sentence ("Rural
    communities ..."), is an ordinary word, not a people's name."""
    names = {m.group(1) for m in _GROUP.finditer(text)}
    # a name is capitalised inside a sentence too ("the Kesh people"), not only at its start ("Rural communities")
    names = {n for n in names if not re.search(r"\b" + re.escape(n.lower()) + r"\b", text)
             and re.search(r"[a-z,;]\s+" + re.escape(n) + r"\b", text)}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names))) + r")\b") if names else None


# the Covenant article of the people a whole treaty protects: every request of that treaty body, or in a report to
# it, concerns them (children: 24; women: 3). CAT's and CERD's subjects are narrower than their requests.
TREATY_ARTICLE = {"CRC": 24, "CEDAW": 3}


def articles_for(text: str, section: str = "") -> list[int]:
    """ICCPR articles of a unit: explicit in its text or ``section`` heading, else subject keywords of both."""
    found = set(explicit_articles(text)) | set(explicit_articles(section, heading=True))
    if not found:
        found = set(keyword_articles(text)) | set(keyword_articles(section, heading=True))
    return sorted(found)


__all__ = ["TREATY_ARTICLE", "articles_for", "explicit_articles", "keyword_articles", "minority_names"]
