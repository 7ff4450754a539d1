"""Key terms of a recommendation: instruments, bodies, named laws, articles, subjects, measures.

``key_terms`` maps acronyms, short and long names to one canonical key, so that "ICRMW",
"Convention on Migrant Workers" and the full title give the same ``inst:icrmw``. Keys carry a
prefix: ``inst:`` (treaty or instrument), ``org:`` (body or office), ``std:`` (standard), ``law:``
(named national law), ``art:`` (article number), ``topic:`` (subject) and ``measure:`` (the kind of
action asked for). ``terms_conflict`` says when two texts are about different instruments, so that
"ratify ICRMW" never links to "ratify OP-CAT".
"""

from __future__ import annotations

import re
from functools import lru_cache

_I = re.IGNORECASE

# (key, pattern, case-insensitive?) in priority order; a matched span is masked so that later
# patterns (e.g. the parent convention of an optional protocol) do not match it again.
_OP = r"(?:the\s+)?(?:first\s+|second\s+|third\s+)?optional\s+protocols?\s+(?:to|of)\s+(?:the\s+)?"
_INSTRUMENTS: list[tuple[str, str, bool]] = [
    # optional protocols first
    ("inst:opcat", _OP + r"(?:UN\s+|United\s+Nations\s+)?convention\s+against\s+torture[\w\s,]*?"
     r"(?:punishment|treatment)?", True),
    ("inst:opcat", r"\bOP[\s-]?CAT\b|\bOPCAT\b", False),
    ("inst:op-icescr", _OP + r"(?:international\s+)?covenant\s+on\s+economic,?\s+social\s+and\s+"
     r"cultural\s+rights", True),
    ("inst:op-icescr", r"\bOP[\s-]?ICESCR\b|\bOPICESCR\b", False),
    ("inst:op2-iccpr", r"second\s+optional\s+protocol\s+(?:to|of)\s+(?:the\s+)?(?:international\s+)?"
     r"covenant\s+on\s+civil\s+and\s+political\s+rights", True),
    ("inst:op2-iccpr", r"\bOP2?[\s-]?ICCPR\b|\bICCPR[\s-]OP2\b", False),
    ("inst:op-iccpr", _OP + r"(?:international\s+)?covenant\s+on\s+civil\s+and\s+political\s+rights", True),
    ("inst:op-crpd", _OP + r"convention\s+on\s+the\s+rights\s+of\s+persons\s+with\s+disabilities", True),
    ("inst:op-crpd", r"\bOP[\s-]?CRPD\b", False),
    ("inst:op-cedaw", _OP + r"(?:the\s+)?convention\s+on\s+the\s+elimination\s+of\s+all\s+forms\s+of\s+"
     r"discrimination\s+against\s+women", True),
    ("inst:op-cedaw", r"\bOP[\s-]?CEDAW\b", False),
    ("inst:opsc", r"optional\s+protocol[\w\s,]*?on\s+the\s+sale\s+of\s+children[\w\s,]*?pornography", True),
    ("inst:opsc", r"\bOP[\s-]?SC\b|\bOPSC\b", False),
    ("inst:opac", r"optional\s+protocol[\w\s,]*?involvement\s+of\s+children\s+in\s+armed\s+conflicts?", True),
    ("inst:opac", r"\bOP[\s-]?AC\b|\bOPAC\b", False),
    ("inst:op3-crc", r"optional\s+protocol[\w\s,]*?(?:on\s+a\s+)?communications?\s+procedure", True),
    ("inst:op3-crc", r"\bOP[\s-]?IC\b|\bOPIC\b|\bOP3[\s-]?CRC\b", False),
    ("inst:op-crc", _OP + r"convention\s+on\s+the\s+rights\s+of\s+the\s+child", True),
    ("inst:palermo", r"(?:palermo\s+protocol|protocol\s+to\s+prevent,?\s+suppress\s+and\s+punish\s+"
     r"trafficking)", True),
    # conventions
    ("inst:icrmw", r"(?:international\s+)?convention\s+(?:on|for)\s+(?:the\s+)?(?:protection\s+of\s+"
     r"(?:the\s+)?)?(?:rights\s+of\s+)?(?:all\s+)?migrant\s+workers(?:\s+and\s+(?:members\s+of\s+)?"
     r"(?:their|its)\s+famil(?:y|ies))?", True),
    ("inst:icrmw", r"migrant\s+workers(?:'|’)?\s+convention", True),
    ("inst:icrmw", r"\bICRMW\b|\bICMW\b|\bCMW\b|\bMWC\b|\bICPMW\b|\bICPRMW\b", False),
    ("inst:icpped", r"(?:international\s+)?convention\s+(?:for|on)\s+(?:the\s+)?(?:protection\s+of\s+)?"
     r"(?:all\s+)?(?:persons\s+)?(?:from|against)\s+enforced\s+disappearances?", True),
    ("inst:icpped", r"convention\s+on\s+enforced\s+disappearances?", True),
    ("inst:icpped", r"\bICPPED\b|\bCPED\b|\bICED\b|\bCED\b", False),
    ("inst:crpd", r"convention\s+on\s+the\s+rights\s+of\s+persons\s+with\s+disabilit(?:y|ies)", True),
    ("inst:crpd", r"\bCRPD\b", False),
    ("inst:cedaw", r"convention\s+on\s+the\s+elimination\s+of\s+all\s+forms\s+of\s+discrimination\s+"
     r"against\s+women", True),
    ("inst:cedaw", r"\bCEDAW\b", False),
    ("inst:icerd", r"(?:international\s+)?convention\s+on\s+the\s+elimination\s+of\s+(?:all\s+forms\s+of\s+)?"
     r"racial\s+discrimination", True),
    ("inst:icerd", r"\bI?CERD\b", False),
    ("inst:crc", r"convention\s+on\s+the\s+rights\s+of\s+the\s+child", True),
    ("inst:crc", r"\bCRC\b|\bUNCRC\b", False),
    ("inst:cat", r"convention\s+against\s+torture", True),
    ("inst:cat", r"\bUNCAT\b|\bCAT\b", False),
    ("inst:icescr", r"(?:international\s+)?covenant\s+on\s+economic,?\s+social\s+and\s+"
     r"cultural\s+rights", True),
    ("inst:icescr", r"\bICESCR\b", False),
    ("inst:iccpr", r"(?:international\s+)?covenant\s+on\s+civil\s+and\s+political\s+rights", True),
    ("inst:iccpr", r"\bICCPR\b", False),
    ("inst:istanbul", r"istanbul\s+convention", True),
    ("inst:istanbul", r"convention\s+on\s+preventing\s+and\s+combating\s+violence\s+against\s+women"
     r"(?:\s+and\s+domestic\s+violence)?", True),
    ("inst:lanzarote", r"lanzarote\s+convention|convention\s+on\s+the\s+protection\s+of\s+children\s+"
     r"against\s+sexual\s+exploitation", True),
    ("inst:coe-trafficking", r"(?:council\s+of\s+europe\s+)?convention\s+on\s+action\s+against\s+"
     r"trafficking", True),
    ("inst:rome", r"rome\s+statute|statute\s+of\s+the\s+international\s+criminal\s+court", True),
    ("inst:rome-kampala", r"kampala\s+amendments?", True),
    ("inst:stateless-1954", r"(?:1954\s+convention[\w\s]*?stateless\s+persons|convention\s+relating\s+to\s+"
     r"the\s+status\s+of\s+stateless\s+persons(?:\s+of\s+1954)?)", True),
    ("inst:stateless-1961", r"(?:1961\s+convention[\w\s]*?statelessness|convention\s+on\s+the\s+reduction\s+"
     r"of\s+statelessness(?:\s+of\s+1961)?)", True),
    ("inst:stateless", r"(?:conventions?\s+(?:on|relating\s+to)\s+statelessness|"
     r"statelessness\s+conventions?)", True),
    ("inst:refugee-1951", r"(?:1951\s+)?convention\s+relating\s+to\s+the\s+status\s+of\s+refugees|"
     r"refugee\s+convention", True),
    ("inst:fcnm", r"framework\s+convention\s+for\s+the\s+protection\s+of\s+national\s+minorities", True),
    ("inst:ecrml", r"european\s+charter\s+for\s+regional\s+or\s+minority\s+languages", True),
    ("inst:esc", r"(?:revised\s+)?european\s+social\s+charter", True),
    ("inst:unesco-education", r"convention\s+against\s+discrimination\s+in\s+education", True),
]
_ILO = re.compile(r"\bILO\s+(?:Convention\s+)?(?:No\.?\s*|C\s*)?(\d{2,3})\b"
                  r"|\bConvention\s+No\.?\s*(\d{2,3})\b|\bC(\d{3})\b", _I)
_ITS_OP = re.compile(r"^\s*(?:and|,)\s+(?:its|the)\s+(?:first\s+|second\s+)?optional\s+protocols?", _I)
_ARTICLE = re.compile(r"\bart(?:icle)?s?\.?\s+(\d{1,3})(?:\s*(?:,|and|&)\s*(\d{1,3}))*", _I)
_ARTICLE_NUMS = re.compile(r"\d{1,3}")
_LAW = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+(?:(?:of|on|and|for|the|to|in|against)\s+)*){1,6}(?:Act|Code|Law|Statute))\b"
    r"(?:\s+on\s+((?:[A-Z][\w’'-]*\s*(?:(?:of|on|and|for|the|to|in)\s+)*){1,5}))?"
    r"|\b(?:Law|Act)\s+on\s+((?:(?:the|of|and|to|for|in)\s+)*(?:[A-Z][\w’'-]*\s*(?:(?:of|on|and|for|the|to|in)\s+)*)"
    r"{1,6})"
)
_LAW_STOP = {"the", "of", "on", "and", "for", "to", "in", "against", "act", "law", "code", "statute", "new"}
_LAW_BAD_START = {"Ratify", "Adopt", "Amend", "Implement", "Ensure", "Consider", "Continue", "Take", "Enact",
                  "Review", "Revise", "Introduce", "Establish", "Strengthen", "Accede", "Sign", "Expedite",
                  "Bring", "Align", "Pass", "Finalize", "Finalise", "Complete", "Guarantee", "Make", "Apply",
                  "Provide", "Promote", "Reform", "Draft"}

_ORGS: list[tuple[str, str, bool]] = [
    ("org:child-ombudsman", r"(?:child(?:ren)?(?:'s|’s)?\s+(?:rights\s+)?ombuds(?:man|person|office)|"
     r"ombuds(?:man|person)\s+for\s+(?:the\s+rights\s+of\s+)?child(?:ren)?)", True),
    ("std:paris-principles", r"paris\s+principles", True),
    ("org:nhri", r"national\s+human\s+rights\s+institutions?|\bNHRIs?\b|ombuds(?:man|person|men)(?:'s|’s)?|"
     r"human\s+rights\s+(?:defender|commission(?:er)?)\b|national\s+preventive\s+mechanism", True),
    ("org:equality-body", r"equality\s+bod(?:y|ies)|advocate\s+of\s+the\s+principle\s+of\s+equality|"
     r"anti-?discrimination\s+(?:body|office|advocate)", True),
    ("org:icc", r"international\s+criminal\s+court|\bICC\b", True),
    ("org:nmirf", r"national\s+mechanisms?\s+for\s+(?:implementation|reporting|follow)", True),
]

_TOPICS: dict[str, str] = {
    "trafficking": r"traffick\w*",
    "hate-speech": r"hate\s+speech|hateful\s+speech|incitement\s+to\s+(?:racial\s+)?hatred|hatred|"
                   r"intolerant\s+(?:speech|discourse)|hate\s+propaganda",
    "hate-crime": r"hate\s+crimes?|(?:racially|ethnically|racist|bias)[\s-]+motivated|"
                  r"racist\s+(?:attacks?|violence|crimes?|acts)|hate[\s-]motivated",
    "racism": r"racis[mt]\w*|xenophob\w*|racial\s+discrimination|intolerance",
    "antisemitism": r"anti-?semiti\w*",
    "islamophobia": r"islamophob\w*|anti-?muslim",
    "muslims": r"muslims?|islamic|mosques?",
    "roma": r"\broma\b|\bromani?\b|\bsinti\b|gypsy|gypsies",
    "minorities": r"minorit(?:y|ies)",
    "migrants": r"migrants?\b|migration",
    "asylum": r"asylum|refugees?|international\s+protection|non-refoulement",
    "statelessness": r"stateless\w*",
    "women-violence": r"violence\s+against\s+women|gender-based\s+violence|violence\s+against\s+girls|"
                      r"sexual\s+violence|\brape\b",
    "domestic-violence": r"domestic\s+violence|intimate\s+partner\s+violence|family\s+violence",
    "gender-equality": r"gender\s+equality|equality\s+between\s+(?:men\s+and\s+women|women\s+and\s+men)|"
                       r"women(?:'s|’s)?\s+(?:rights|empowerment)|gender\s+(?:balance|representation|parity)",
    "pay-gap": r"(?:gender\s+)?pay\s+gap|equal\s+pay|wage\s+gap|equal\s+remuneration",
    "political-participation": r"political\s+(?:and\s+public\s+)?(?:life|participation)|"
                               r"decision-making\s+positions|quotas?",
    "children": r"child(?:ren)?\b|minors?\b|juvenile",
    "child-marriage": r"(?:child|early|forced)\s+marriages?|marriage\s+under\s+the\s+age",
    "corporal-punishment": r"corporal\s+punishment",
    "juvenile-justice": r"juvenile\s+justice|minors\s+facing\s+criminal|child(?:ren)?\s+in\s+conflict\s+with",
    "disability": r"disabilit(?:y|ies)|disabled",
    "lgbti": r"\bLGBT\w*|sexual\s+orientation|gender\s+identit\w*|gender\s+expression|sex(?:ual)?\s+characteristics|"
             r"same-sex|homosexual\w*|lesbian|\bgay\b|bisexual|homophob\w*|transphob\w*|transgender|intersex",
    "gender-recognition": r"legal\s+gender\s+recognition|gender\s+reassignment",
    "prisons": r"prisons?\b|detention\s+(?:conditions|facilities|centres?)|overcrowding|detainees?",
    "torture": r"tortur\w*|ill-treatment",
    "police": r"police|law\s+enforcement",
    "defamation": r"defamation|libel|insult",
    "media": r"media|journalists?|press\s+freedom|freedom\s+of\s+(?:expression|the\s+press)",
    "religion": r"religio\w*|belief",
    "poverty": r"povert\w*|inequalit\w*|social\s+exclusion",
    "social-security": r"social\s+(?:security|protection|assistance|welfare)",
    "education": r"educat\w*|schools?\b",
    "health": r"health\w*|medical|mortality",
    "housing": r"housing|homeless\w*|accommodation|settlements?|security\s+of\s+tenure|evictions?",
    "water": r"drinking\s+water|water\b|sanitation",
    "employment": r"employment|labour\s+market|jobs?\b|unemploy\w*",
    "climate": r"climate|environment\w*",
    "hr-education": r"human\s+rights\s+(?:education|training)",
    "discrimination": r"discriminat\w*",
    "death-penalty": r"death\s+penalty|capital\s+punishment",
    "elderly": r"older\s+persons|elderly",
    "language": r"languages?\b|mother\s+tongue",
    "unaccompanied": r"unaccompanied|separated\s+children",
    # the Paris Principles are the standard of an NHRI's independence (and A-status accreditation)
    "independence": r"independen(?:ce|t)|paris\s+principles|\bA\s+status|status\s+A\b|accreditation",
    # implementing and following up recommendations of UN mechanisms (NMIRFs, UPR follow-up)
    "follow-up": r"follow[\s-]?up|implementation,?\s+reporting|\bNMIRFs?\b|marrakech\s+guidance",
    "residence-status": r"permanent\s+residen\w*|residen(?:ce|cy)\s+(?:rights?|permits?|status)|"
                        r"(?:legal|residence|residency|migration)\s+status|regulari[sz]\w*|"
                        r"(?:resolve|regulate|regulating|settle|settling)\s+(?:the\s+)?(?:legal\s+)?status",
}
# a named group is also a member of the broader group (an E naming Roma children covers
# "children of minorities"; the reverse does not hold)
_TOPIC_IMPLIES: dict[str, tuple[str, ...]] = {
    "topic:roma": ("topic:minorities",),
    "topic:domestic-violence": ("topic:women-violence",),
    "topic:child-marriage": ("topic:children",),
    "topic:juvenile-justice": ("topic:children",),
    "topic:unaccompanied": ("topic:children", "topic:migrants"),
}

_MEASURES: dict[str, str] = {
    "ratify": r"ratif\w*|accede|accession|\bjoin\w*|become\s+(?:a\s+)?party|signing|\bsign\b",
    "law": r"legislat\w*|\blaws?\b|\bacts?\b|\bamend\w*|\bcode\b|criminali[sz]\w*|decriminali[sz]\w*|"
           r"legal\s+(?:framework|provisions?)|statutory",
    "strategy": r"strateg\w*|action\s+plans?|national\s+plans?|programmes?|programs?\b|policy|policies",
    "mechanism": r"establish\w*|mechanism|\boffice\b|institution|body\b|commission|ombuds\w*|procedure",
    "training": r"train\w*|capacity|awareness-raising\s+among\s+(?:officials|police)",
    "prosecution": r"prosecut\w*|investigat\w*|punish\w*|perpetrators?|bring\s+to\s+justice|"
                   r"criminal\s+justice|convict\w*|sanction\w*",
    "victims": r"victims?|survivors?|shelters?|assistance\s+to|support\s+(?:for|to)\s+(?:women|victims)",
    "compensation": r"compensat\w*|redress|reparation\w*|remed(?:y|ies)",
    "awareness": r"awareness|campaigns?|sensiti[sz]\w*",
    "data": r"\bdata\b|statistic\w*|record\w*|monitor\w*",
    "resources": r"resources|funding|fund\w*|budget\w*|financ\w*",
    "access": r"access\w*",
    "identification": r"identif\w*|detection|screening",
}


def _compile(items: list[tuple[str, str, bool]]) -> list[tuple[str, re.Pattern[str]]]:
    return [(k, re.compile(p, _I if ci else 0)) for k, p, ci in items]


_INST_RX = _compile(_INSTRUMENTS)
_ORG_RX = _compile(_ORGS)
_TOPIC_RX = [(f"topic:{k}", re.compile(r"(?<![\w-])(?:" + p + r")", _I)) for k, p in _TOPICS.items()]
_MEASURE_RX = [(f"measure:{k}", re.compile(r"(?<![\w-])(?:" + p + r")", _I)) for k, p in _MEASURES.items()]

# keys that stand for a family of instruments (compatible with any member)
_FAMILY = {"inst:stateless": ("inst:stateless-1954", "inst:stateless-1961")}


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _law_key(name: str) -> str | None:
    words = [w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", name)]
    content = [w for w in words if w not in _LAW_STOP]
    if not content:
        return None
    return "law:" + " ".join(content)


@lru_cache(maxsize=65536)
def _key_terms(text: str) -> frozenset[str]:
    keys: set[str] = set()
    work = text.replace("\u2019", "'")
    for key, rx in _INST_RX:
        while True:
            m = rx.search(work)
            if not m:
                break
            keys.add(key)
            if _ITS_OP.match(work[m.end():]):
                keys.add("inst:op-" + key.split(":", 1)[1])
            work = _mask(work, m.start(), m.end())
    for m in _ILO.finditer(work):
        num = next(g for g in m.groups() if g)
        keys.add(f"inst:ilo-{num}")
    for key, rx in _ORG_RX:
        m = rx.search(work)
        while m:
            keys.add(key)
            work = _mask(work, m.start(), m.end())
            m = rx.search(work)
    for m in _ARTICLE.finditer(work):
        for num in _ARTICLE_NUMS.findall(m.group(0)):
            keys.add(f"art:{int(num)}")
    for m in _LAW.finditer(work):
        name = m.group(1) or ""
        first = name.split()[0] if name.split() else ""
        if name and first in _LAW_BAD_START:
            name = " ".join(name.split()[1:])
        if m.group(2):
            name = f"{name} on {m.group(2)}"
        if m.group(3):
            name = f"law on {m.group(3)}"
        lk = _law_key(name)
        if lk and lk not in ("law:", "law:national", "law:domestic"):
            keys.add(lk)
    for key, rx in _TOPIC_RX:
        if rx.search(text):
            keys.add(key)
            keys.update(_TOPIC_IMPLIES.get(key, ()))
    for key, rx in _MEASURE_RX:
        if rx.search(text):
            keys.add(key)
    groups = _named_groups(text)
    if groups:
        keys |= groups | {"topic:minorities"}
    return frozenset(keys)


# a named national / ethnic / linguistic group: "the Hungarian national community", "German-speaking
# minority", "Italian and Hungarian communities" -> topic:group-hungarian, ... (each also topic:minorities)
_GROUP = re.compile(r"\b((?:[A-Z][a-z]+(?:,\s+|\s+and\s+))*[A-Z][a-z]+)(?:[\s-]speaking)?"
                    r"(?:\s+(?:national|ethnic|linguistic|religious))*\s+(?:minorit(?:y|ies)|communit(?:y|ies))\b")
_NOT_GROUP = frozenset("The A An All Any Other Certain National Ethnic Religious Linguistic International Local "
                       "Minority Minorities Indigenous Vulnerable Sexual Roma Business Academic Donor Affected "
                       "Protect Ensure Support Protection Rights Of And European Civil".split())


def _named_groups(text: str) -> set[str]:
    out: set[str] = set()
    for m in _GROUP.finditer(text):
        for name in re.split(r",\s+|\s+and\s+", m.group(1)):
            if name not in _NOT_GROUP:
                out.add(f"topic:group-{name.lower()}")
    return out


def key_terms(text: str) -> set[str]:
    """Canonical key terms of ``text`` (instruments, bodies, laws, articles, topics, measures)."""
    return set(_key_terms(text or ""))


def instruments(keys: set[str]) -> set[str]:
    """The ``inst:`` keys among ``keys``."""
    return {k for k in keys if k.startswith("inst:")}


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return b in _FAMILY.get(a, ()) or a in _FAMILY.get(b, ())


def terms_conflict(a: set[str], b: set[str]) -> bool:
    """True when both texts name instruments and none of them is shared (e.g. ICRMW vs OP-CAT)."""
    ia, ib = instruments(a), instruments(b)
    if not ia or not ib:
        return False
    return not any(_compatible(x, y) for x in ia for y in ib)


def texts_conflict(a: str, b: str) -> bool:
    """``terms_conflict`` on two texts."""
    return terms_conflict(key_terms(a), key_terms(b))


def normalise_text(text: str) -> str:
    """``text`` with the instrument and body keys appended as tokens (for lexical similarity)."""
    keys = key_terms(text)
    extra = [k.replace(":", "_").replace("-", "_").replace(" ", "_") for k in sorted(keys)
             if k.startswith(("inst:", "org:", "std:", "law:", "art:"))]
    return text + (" " + " ".join(extra) if extra else "")


NAMES: dict[str, str] = {
    "inst:opcat": "Optional Protocol to the Convention against Torture",
    "inst:op-icescr": "Optional Protocol to the International Covenant on Economic, Social and "
                      "Cultural Rights",
    "inst:op2-iccpr": "Second Optional Protocol to the International Covenant on Civil and Political Rights",
    "inst:op-crpd": "Optional Protocol to the Convention on the Rights of Persons with Disabilities",
    "inst:op-cedaw": "Optional Protocol to the Convention on the Elimination of Discrimination against Women",
    "inst:opsc": "Optional Protocol to the Convention on the Rights of the Child on the sale of children",
    "inst:opac": "Optional Protocol to the Convention on the Rights of the Child on children in armed "
                 "conflict",
    "inst:op3-crc": "Optional Protocol to the Convention on the Rights of the Child on a communications "
                    "procedure",
    "inst:icrmw": "International Convention on the Protection of the Rights of All Migrant Workers and "
                  "Members of Their Families",
    "inst:icpped": "International Convention for the Protection of All Persons from Enforced Disappearance",
    "inst:crpd": "Convention on the Rights of Persons with Disabilities",
    "inst:cedaw": "Convention on the Elimination of All Forms of Discrimination against Women",
    "inst:icerd": "International Convention on the Elimination of All Forms of Racial Discrimination",
    "inst:crc": "Convention on the Rights of the Child",
    "inst:cat": "Convention against Torture",
    "inst:icescr": "International Covenant on Economic, Social and Cultural Rights",
    "inst:iccpr": "International Covenant on Civil and Political Rights",
}
_ACRONYM_RX = [(k, rx) for k, rx in _INST_RX if not rx.flags & re.IGNORECASE and k in NAMES]
_ORG_ACRONYMS = [(re.compile(r"\bNHRIs?\b"), "national human rights institution"),
                 (re.compile(r"\bLGBTI?Q?\+?(?=\W|$)"), "lesbian, gay, bisexual, transgender and intersex")]


def expand_acronyms(text: str) -> str:
    """``text`` with treaty and body acronyms written out (ICRMW → the Convention's full title)."""
    out = text or ""
    for key, rx in _ACRONYM_RX:
        out = rx.sub(NAMES[key], out)
    for rx, name in _ORG_ACRONYMS:
        out = rx.sub(name, out)
    return out
