"""Who made a recommendation, when, and what is said of its implementation: UN mechanisms,
recommending States, reporting verbs, status claims, years and sources of citations, shared by the
NGO-report and UPR-summary extractors.

Mechanism names follow shared/eval/GUIDELINES.md: HRC, CAT, CEDAW, CRC, CERD, CESCR, UPR, SR,
HRCouncil, OSCE, ILO, other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..importers.calendar import session_year
from .textutil import collapse, sentence_spans
from .unmeta import find_symbols, mechanism_for_symbol

# UN treaty bodies the mechanism vocabulary has no code for: their recommendations are "other"
_OTHER_TREATY_BODY = (r"Committee on Enforced Disappearances|Committee on the Rights of Persons with Disabilities|"
                      r"Committee on (?:the Protection of the Rights of All )?Migrant Workers|"
                      r"Subcommittee on (?:the )?Prevention of Torture|(?-i:\bCED\b|\bCRPD\b|\bCMW\b|\bSPT\b)|"
                      r"Комитет\w* (?:ООН )?(?:по насильственным исчезновениям|по правам инвалидов|"
                      r"по трудящимся-мигрантам)|Подкомитет\w* по предупреждению пыток")
_OTHER_TREATY = re.compile(_OTHER_TREATY_BODY, re.I)

MECHS: list[tuple[str, re.Pattern[str]]] = [
    ("CAT", re.compile(r"Committee against Torture|\bUNCAT\b|(?-i:\bCAT\b)|Комитет\w* (?:ООН )?против пыток", re.I)),
    ("CEDAW", re.compile(r"Committee on (?:the )?Elimination of (?:All Forms of )?Discrimination against Women"
                         r"|\bCEDAW\b|Комитет\w* (?:ООН )?по ликвидации дискриминации в отношении женщин|\bКЛДЖ\b",
                         re.I)),
    ("CERD", re.compile(r"Committee on (?:the )?Elimination of (?:All Forms of )?Racial Discrimination"
                        r"|\bCERD\b|Комитет\w* (?:ООН )?по ликвидации расовой дискриминации|\bКЛРД\b", re.I)),
    ("CRC", re.compile(r"Committee on the Rights of the Child|\bCRC\b|Комитет\w* (?:ООН )?по правам ребе?ё?нка", re.I)),
    ("CESCR", re.compile(r"Committee on Economic,? Social and Cultural Rights|\bCESCR\b|"
                         r"Комитет\w* (?:ООН )?по экономическим, социальным и культурным правам|\bКЭСКП\b", re.I)),
    ("HRC", re.compile(r"Human Rights Committee|Committee on Human Rights|\bUNHRC\b|\bCCPR\b|General Comment"
                       r"|Комитет\w* (?:ООН )?по правам человека", re.I)),
    ("HRCouncil", re.compile(r"Human Rights Council|Council on Human Rights|Совет\w* (?:ООН )?по правам человека",
                             re.I)),
    ("SR", re.compile(r"Special Rapporteur|Special Procedures?|Independent Expert|"
                      r"Working Group (?:of Experts )?on (?!the Universal)"
                      r"|Специальн\w+ докладчик|Независим\w+ эксперт|Рабоч\w+ групп\w+ (?:ООН )?по (?!универсальн)",
                      re.I)),
    ("UPR", re.compile(r"Universal Periodic Review|\bUPR\b|recommending States?|Универсальн\w+ периодическ\w+|\bУПО\b",
                       re.I)),
    # "the OSCE region", "OSCE participating States": a place, not the body speaking
    ("OSCE", re.compile(r"\bOSCE\b(?!\s+(?:region|area|space|participating\s+States|countries|member\s+States))|"
                        r"\bODIHR\b|Organi[sz]ation for Security and Co-?operation|\bОБСЕ\b|БДИПЧ"
                        # the OSCE's own office, by its title alone
                        r"|Representative on Freedom of the Media|Представител\w* по вопросам свободы СМИ", re.I)),
    ("ILO", re.compile(r"(?-i:\bILO\b|\bМОТ\b)|International Labou?r Organi[sz]ation"
                       r"|Committee on Freedom of Association|Committee of Experts on the Application of Conventions",
                       re.I)),
    ("other", re.compile(r"treaty bod(?:y|ies)|European Parliament|European Union|(?-i:\bEU\b)|Council of Europe|"
                         r"Venice Commission|Amnesty International|Human Rights Watch|international community|"
                         r"UN Committees|UN member states|United Nations states|Совет\w* Европы|Венецианск\w+ комисси|"
                         r"Европейск\w+ (?:союз|парламент)|договорн\w+ орган"
                         # the UN treaty bodies without a code of their own
                         r"|" + _OTHER_TREATY_BODY +
                         # Council of Europe monitoring bodies
                         r"|European Commission against Racism|(?-i:\bECRI\b|\bGRETA\b|\bGRECO\b|\bCPT\b)"
                         # the body that accredits national human rights institutions
                         r"|Sub-?Committee on Accreditation|Global Alliance of National Human Rights Institutions"
                         r"|Подкомитет\w* по аккредитации"
                         r"|(?-i:\bGANHRI\b)"
                         r"|Group of Experts on Action against Trafficking|Group of States against Corruption"
                         r"|European Committee for the Prevention of Torture|European Committee of Social Rights"
                         # treaty compliance bodies: "the Aarhus Convention Compliance Committee"
                         r"|Compliance Committee|Комитет\w*\s+по\s+соблюдению"
                         # "The UN has told the Government again and again to ...", "Органы ООН не раз просили ..."
                         r"|(?-i:\b[Tt]he UN\b(?!\s+[A-Z]|\s+(?:system|treaty|human|special|working|member|agenc|"
                         r"country|office|states|and\b|or\b|in\b|on\b|to\b|for\b))|\bUN bodies\b|[Оо]рганы ООН)"
                         # regional human rights commissions
                         r"|Inter-American Commission(?: on Human Rights)?|(?-i:\bIACHR\b)"
                         r"|African Commission on Human and Peoples['’] Rights"
                         # UN agencies and the Office of the High Commissioner
                         r"|High Commissioner for (?:Refugees|Human Rights)|(?-i:\bUNHCR\b|\bUNICEF\b|\bOHCHR\b)"
                         r"|Верховн\w+ комиссар\w* (?:ООН )?по (?:делам беженцев|правам человека)"
                         r"|(?-i:\bУВКБ\b|\bЮНИСЕФ\b)",
                         re.I)),
]


# the treaty bodies with a code of their own
TREATY_BODIES = ("HRC", "CAT", "CEDAW", "CRC", "CERD", "CESCR")

MECH_ALL = re.compile("|".join(f"(?P<{n}>{rx.pattern})" for n, rx in MECHS), re.I)


_MECH_HINT = re.compile(r"Committee|Council|Commission|Group of States|Rapporteur|Procedure|Expert|Working Group|"
                        r"Review|UPR|recommending|OSCE|"
                        r"ODIHR|Organi[sz]ation|ILO|CAT|CEDAW|CRC|CERD|CESCR|CCPR|General Comment|treaty bod|Europe|EU|"
                        r"Amnesty|Watch|international|UN |Комитет|Совет|докладчик|УПО|ОБСЕ|МОТ|периодическ|КЛДЖ|КЛРД|"
                        r"КЭСКП|эксперт|Рабоч|Европ|Венецианск|договорн|ECRI|GRETA|GRECO|CPT|Experts|"
                        r"High Commissioner|UNHCR|UNICEF|OHCHR|Верховн|УВКБ|ЮНИСЕФ|ООН|Accreditation|GANHRI|"
                        r"Freedom of the Media|свободы СМИ|аккредитац|SPT|CED|CRPD|CMW", re.I)


_ICESCR = re.compile(r"Economic,? Social and Cultural Rights|\bI?CESCR\b|E/C\.12/|"
                     r"экономическ\w+, социальн\w+ и культурн", re.I)


THE_COMMITTEE = re.compile(r"\b(?i:the) Committee\b|\bКомитет\w*")


ICCPR_DOC = re.compile(r"Covenant|ICCPR|Human Rights Committee|МПГПП|Пакт\w*|Комитет\w* (?:ООН )?по правам человека")


_COUNTRIES = (
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|"
    "Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|"
    "Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cabo Verde|Chad|Chile|China|Colombia|Comoros|Congo|"
    "Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|Ecuador|"
    "Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|"
    "Greece|Guatemala|Guinea|Guyana|Haiti|Holy See|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|"
    "Italy|Jamaica|Japan|Jordan|Kenya|Kuwait|Kyrgyzstan|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|"
    "Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|"
    "Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|"
    "North Korea|North Macedonia|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|"
    "Republic of Korea|South Korea|Romania|Russia|Russian Federation|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|"
    "Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|"
    "Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tunisia|Türkiye|Turkey|Turkmenistan|Uganda|Ukraine|"
    "United Arab Emirates|United Kingdom|Great Britain|UK|United States(?: of America)?|USA|Uruguay|Uzbekistan|"
    "Venezuela|Viet Nam|Vietnam|Yemen|Zambia|Zimbabwe"
)


COUNTRY = re.compile(r"\b(?:the\s+)?(" + _COUNTRIES + r")\b")


VERB_CUES = re.compile(
    # "recommended (para. 37(b)) that", "recommended in 2017 that"
    r"\b(?:recommended|recommends|has recommended)\s+"
    r"(?:\((?:[^()]|\([^()]{0,6}\)){1,40}\)\s+|in\s+(?:\w+\s+){0,5}?\d{4}\s+"  # "in her report of 2022"
    # "recommended at the third review that ...", "recommended during the interactive dialogue that ..."
    r"|(?:at|during)\s+(?:the|its)\s+(?:\w+\s+){0,2}?(?:review|session|dialogue)\s+)?that\s+"
    # "It reiterated its recommendation that ...", "renewed her recommendations to ..."
    r"|\b(?:reiterated|reiterates|repeated|renewed|reaffirmed|restated)\s+(?:its|his|her|their|the)\s+"
    r"(?:(?:earlier|previous|prior)\s+)?recommendations?\s+(?:that\s+|(?=to\s+[a-z]))"
    r"|\b(?:recommended|recommends)\b\s*(?::\s*)?"
    # "The Committee addressed this problem in 2019, recommending that the State party ensure ..."
    r"|,\s+(?:recommending|urging)\s+that\s+(?=(?:the\s+)?(?:State|Government|authorities|(?-i:[A-Z])))"
    r"|\bcall(?:ed|s)?\s+(?:on|upon)\s+(?:\w+\s+){0,7}?(?=to\s)"
    r"|\bcall(?:ed|s)?\s+for\s+"
    # plain words: "the Committee told the Government to ban ...", "The Committee wanted the Government to ...",
    # "Ireland and Uruguay said it should end ...", "wrote to the Government in 2025 that Galdoria should stop ..."
    r"|\b(?:told|wanted)\s+(?:[\w-]+\s+){0,5}?to\s+(?=[a-z“\"«])"
    # "has long advised Quillandor to grant ...", "..., asking the authorities to ensure ..."
    r"|\b(?:advised|advises|asking)\s+(?:[\w-]+\s+){0,4}?to\s+(?=[a-z])"
    # "The Venice Commission advised in its opinion of March 2024 that the authorities should remove ..."
    r"|\badvised\s+(?:[\w,]+\s+){0,8}?that\s+(?=the\s+(?:authorities|Government|State)\b)"
    # "The Representative advised that the registration obligation ... should not be extended to bloggers"
    r"|\b(?:advised|recommended|stressed)\s+that\s+(?=(?:the|any|a|all|no)\s+(?:[\w-]+\s+){1,12}?(?:should|must)\s)"
    r"|\b(?:said|wrote|decided|found)\s+(?:[\w-]+\s+){0,8}?(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:should|must)\s+(?=[a-z])"
    r"|\b(?:urged|urges)\s+"
    r"|(?<!be )(?<!been )(?<!being )\bappealed\b\s*"  # not "decisions can be appealed to a court"
    r"|\brequested\s+(?:that\s+)?|\brequests\s+(?:that\s+)?(?=the\s+(?:State|Government|authorities)\b)"
    # "asked in 2019 that Quillany demarcate ...", "asked the Government to ..."; not "what the Committee asked for,"
    r"|\basked\s+(?:(?!to\b)[\w-]+\s+){0,3}?that\s+"
    # (a passive "what it was asked in 2019" reports no request; "it was asked to ..." does)
    r"|(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)|(?=asked\s+to\b))\basked\s+(?!for\s*(?:[\w-]+\s*){0,2}(?:[,.;:)]|$))"
    r"(?!of\s+(?:it|them|him|her|the\s+State|the\s+Government)\s*[.,;)])"  # "the steps ... asked of it."
    # (not "asked for this procedure twice": what was asked is named before)
    r"(?!for\s+(?:this|that|these|those|it|them|such)\b)"
    # (not questions asked: "the Committee members who asked the hard questions")
    r"(?!(?:the\s+|many\s+|some\s+|several\s+|a\s+)?(?:[\w-]+\s+)?questions?\b)"
    r"|\b(?:encouraged|invited)\s+(?=\w+\s+(?:\w+\s+){0,2}?to\s)"  # "encouraged the State party to"
    r"|\bpointed out (?=the need)"
    # the Working Group on Arbitrary Detention's remedy: "considered that the appropriate remedy would be to release"
    r"|\bappropriate\s+remedy\s+would\s+be\s+(?:to\s+)?(?=[a-z])"
    # the Human Rights Committee's Views: "the State party is under an obligation to provide the author with ..."
    r"|\bState\s+party\s+(?:is|was|remains)\s+under\s+an\s+obligation\s+to\s+(?=[a-z])"
    # "the Committee stated that the State party should, among other measures:"
    r"|\b(?:stated|said|considered|stressed|emphasi[sz]ed)\s+that\s+(?=the\s+(?:State\s+party|Government|authorities)"
    r"\s+should\b)",
    re.I,
)


# a body's words that the State should act: "указал, что государству-участнику следует ", "отметил, что властям
# необходимо " (the reported clause starts after it)
RU_SAID_SHOULD = (r"(?:(?<!\w)(?:заявил|указал|отметил|подчеркнул|напомнил|сч[её]л)[аио]?,?\s+что\s+(?:[\w-]+\s+){0,3}?"
                  r"(?:должн[аоы]?|следует|необходимо)\s+"
                  # "Комитет написал коротко: государству следует обеспечить ..."
                  r"|(?<!\w)(?:написал|заявил|указал|отметил|подчеркнул)[аио]?(?:\s+[\w-]+)?\s*:\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:должн[аоы]?|следует|необходимо)\s+)")
# Russian reporting verbs; the reported clause starts at the infinitive ("рекомендовал государству-участнику
# декриминализировать ...") or after "чтобы"
RU_CUES = re.compile(
    r"(?:настоятельно\s+)?(?:рекомендовал[аио]?|рекомендует|рекомендуют|призвал[аио]?|призывал[аио]?|призывает|призывают|"
    r"предложил[аио]?|просил[аио]?|просит|попросил[аио]?|советовал[аио]?|посоветовал[аио]?|(?:по)?требовал[аио]?)\s*(?:,\s*)?"
    # (adverbs may come first: "рекомендовал государству незамедлительно, беспристрастно и эффективно расследовать")
    r"(?:чтобы\s+|(?:[\w-]+\s+){0,4}?(?=(?:(?![а-яё]*(?:ство|его|ого)\b)[а-яё]{4,}о(?:,\s*|\s+и\s+|\s+)){0,4}(?:не\s+)?[\w-]+(?:ть|ться|чь|(?<![оа])сти|зти|стись)\b)"
    # a lead-in to a list: "рекомендовал правительству:", "рекомендовал государству-участнику, в частности:"
    r"|(?:[\w-]+[\s,]*){0,4}(?=:\s*$))"
    # "обратился к правительству с призывом освободить ...", "заявили, что государство должно обеспечить ..."
    r"|(?<!\w)с\s+призывом\s+(?=[\w-]+(?:ть|ться|чь|сти|зти)\b)"
    # Views: "указал, что государство-участник обязано предоставить автору эффективное средство правовой защиты"
    r"|(?<!\w)государство(?:-участник)?\s+обязано\s+(?!сделать\b)(?=[\w-]+(?:ть|ться|чь|сти|зти)\b)"
    # ... over a list: "Согласно Соображениям, государство-участник обязано, в частности:"
    r"|(?<!\w)государство(?:-участник)?\s+обязано\b(?:[\s,]*[\w-]+){0,3}?[\s,]*(?=:\s*$)"
    # the Working Group's opinion: "сочла, что надлежащим средством правовой защиты было бы немедленно освободить ..."
    r"|(?<!\w)надлежащ\w+\s+средств\w+\s+(?:правовой\s+)?защиты\s+(?:было\s+бы|является|будет)\s+"
    r"(?=(?:[\w-]+\s+)?[\w-]+(?:ть|ться|чь|сти|зти)\b)"
    # a call named by its noun: "Не выполнен ... призыв Подкомитета по предупреждению пыток дать механизму ..."
    # (not a verdict: "рекомендацию можно считать выполненной")
    r"|(?<!\w)(?:призыв\w?|рекомендаци[яюи])\s+(?!к\s|(?:[\w-]+\s+)?(?:можно|нельзя|трудно|сложно)\s)"
    r"(?:[\w-]+\s+){0,6}?(?=[\w-]+(?:ть|ться|чь|(?<!о)сти|зти)\b)"  # (not "деятельности")
    # ... a body named at length: "рекомендация Комитета по ликвидации дискриминации в отношении женщин установить ..."
    r"|(?<!\w)(?:призыв\w?|рекомендаци[яюи])\s+(?:Комитет\w*|Специальн\w+\s+докладчик\w*|Подкомитет\w*|"
    r"Рабоч\w+\s+групп\w*)(?:\s+[\w-]+){2,10}?\s+(?=[\w-]+(?:ть|ться|чь|сти|зти)\b)"
    # the words of the observations after a colon in the same paragraph: "В 2020 году Комитет рекомендовал:
    # Государству-участнику следует создать ..."
    r"|(?<!\w)рекомендовал[аио]?\s*:\s+(?=(?:Государству|Правительству|Властям)[\w-]*\s)"
    # "... и обязал государство предоставить автору эффективное средство правовой защиты"
    r"|(?<!\w)обязал[аио]?\s+(?:государство(?:-участник)?|правительство|власти)\s+(?=[\w-]+(?:ть|ться|чь|сти|зти)\b)"
    r"|" + RU_SAID_SHOULD + r"(?=[\w-]+(?:ть|ться|чь|сти|зти)\b)",
    re.I,
)


# "supported recommendations by Germany and Mexico to ...", "поддержало рекомендацию Норвегии обеспечить ..."
REC_BY = re.compile(
    r"\brecommendations?\s+(?:made\s+|put\s+forward\s+|received\s+)?(?:by|from)\s+(?P<src>(?:[^.;:]|(?<=\d)\.(?=\d)){2,150}?)\s+"
    # "... by Chile to ratify", "... by Chile that Velmaria ratify"; not a relative clause: "... from the third
    # review that fall within the Forum's mandate"
    r"(?:to\s+(?!the\b|its\b|an?\b)(?=[a-z])|that\s+(?=it\s|(?!The\b)(?-i:[A-Z])))"
    # "the recommendations of Estonia and Austria to decriminalise ..." (States or bodies named after "of")
    # "..., and of Slovenia to adopt ..." (the second of a pair, "the recommendation" said once)
    r"|(?:\b(?:recommendations?|requests?|(?<=and\s)(?:that|those))\s+|(?<=,\sand\s)(?=of\s+(?:the\s+)?(?:"
    + _COUNTRIES + r")\b))of\s+(?P<of>(?:the\s+)?[A-Z](?:[^.;:]|(?<=\d)\.(?=\d)){1,120}?|"
    r"(?:several|many|other|\d+|two|three|four|five|six)\s+States)"
    # "..., and that of Ireland to make ..." (a second one); not the "to" of a mandate: "the Special Rapporteur on
    # the right to food"
    r"(?<!\bright)(?<!\brights)\s+(?:to\s+(?!the\b|its\b|an?\b|be\b)(?=[a-z])"
    # "The 2016 recommendation of Austria that Drelvania investigate ..."
    r"|that\s+(?=(?!The\b|This\b|It\b)(?-i:[A-Z])[\w-]+\s+(?-i:[a-z])))"
    # "рекомендацию Испании (148.72) обеспечить ...", "Рекомендация Соединённого Королевства Великобритании и Северной
    # Ирландии 2019 года обеспечить ...", "Рекомендацию Австралии 2019 года привести ..."
    r"|[Рр]екомендаци(?:я|ю|и|й)\s+(?P<ru>(?:[А-ЯЁ][\w-]*\s+(?:и\s+)?){1,6})(?:\(\d{2,3}\.\d{1,3}\)\s+)?"
    r"(?:(?:19|20)\d\d\s+года\s+)?(?=[\w-]+(?:ть|ться|чь|сти|зти|стись)\b)"
    # "рекомендации Германии (п. 128.45) об отмене смертной казни"
    r"|[Рр]екомендаци(?:я|ю|и|й)\s+(?P<ru2>(?:[А-ЯЁ][\w-]*\s+(?:и\s+)?){1,4})(?:\([^()]{1,40}\)\s+)?"
    r"(?=(?:об?|относительно|касательно)\s)"
    # the State's response to UPR recommendations: "Norland supported recommendations to ratify ..."
    r"|\b(?i:supported|accepted|noted|rejected|received|endorsed)\s+(?:the\s+|a\s+|all\s+|several\s+|\d+\s+)?"
    r"(?P<resp>recommendations?)\s+(?:\w+\s+){0,3}?to\s+(?!the\b|its\b|an?\b)(?=[a-z])"
    # "Тавросия поддержала рекомендации обеспечить ...": the State's response, in Russian
    r"|(?<!\w)(?:поддержал|принял|отметил|отклонил|получил)\w*\s+(?:\w+\s+){0,2}?(?P<resp2>рекомендаци(?:ю|и|й))\s+"
    r"(?=[\w-]+(?:ть|ться|чь|сти|зти|стись)\b)"
    # passive: "It was recommended by the Committee against Torture in 2015 that the State party ..."
    r"|\b(?i:was|were|has\s+been|have\s+been)\s+recommended\s+by\s+(?P<by>[^.;:]{3,150}?)\s+that\s+",
)


# what a State does about a recommendation, negated in a status sentence ("has not been amended")
_DONE = (r"amended|adopted|established|created|set\s+up|changed|repealed|abolished|introduced|enacted|ratified|"
         r"declared|signed|acceded|tabled|submitted|proposed|taken|made|quashed|withdrawn|charged|prosecuted|convicted|"
         r"investigated|opened|published|reformed|revised|passed|launched|implemented|decriminali[sz]ed|"
         r"acted\s+(?:up)?on|heeded|followed|addressed|presented|considered|done|released|freed|compensated|paid")

_STATUS = [
    # the authors cannot tell: "On sub-paragraph (d) we have no information", "it is too early to assess"
    ("unknown", re.compile(r"\bwe\s+(?:have|had)\s+(?:no|not\s+(?:been\s+able\s+to\s+)?(?:obtain|find)\w*\s+any)\s+"
                           r"information\b|\bwe\s+(?:are|were)\s+(?:not\s+in\s+a\s+position|unable)\s+to\s+(?:say|assess|"
                           r"judge|tell|verify)\b|\btoo\s+early\s+to\s+(?:assess|say|tell|judge)\b|"
                           r"\bnot\s+(?:been\s+)?able\s+to\s+(?:obtain|find|get)\s+(?:any\s+|reliable\s+)?information\b|"
                           # "We have not been able to establish whether ...", "Status: No information."
                           r"\bnot\s+(?:been\s+)?able\s+to\s+(?:establish|assess|verify|determine|say|tell|judge)\b|"
                           r"(?:^|status\s*:\s*)no\s+information\b|"
                           r"(?<!\w)(?:сведений|информации)\s+о\s+(?:её\s+|ее\s+|их\s+)?выполнении\s+[^.;]{0,40}?нет\b|"
                           # «Оценка: сведений недостаточно», «недостаточно информации для оценки»
                           r"(?<!\w)(?:сведений|информации|данных)\s+недостаточно(?!\w)|"
                           r"(?<!\w)недостаточно\s+(?:сведений|информации|данных)(?!\w)|"
                           # «Сведения о выполнении этой рекомендации отсутствуют», "Information on its implementation
                           # is lacking"
                           r"(?<!\w)(?:сведения|информация|данные)\s+о\s+(?:её\s+|ее\s+|их\s+)?выполнении\s+"
                           r"(?:[\w-]+\s+){0,2}?отсутству\w+|"
                           # "We cannot say whether ...", "It is not possible to assess whether it has been ..."
                           r"\b(?:can\s*not|could\s+not|unable\s+to|not\s+possible\s+to|impossible\s+to)\s+"
                           r"(?:say|assess|judge|tell|verify|determine|establish)\s+(?:\w+\s+){0,3}?(?:whether|if|how\s+far)\b|"
                           # "The Coalition does not know whether ...", "It remains unclear whether ..."
                           r"\b(?:do|does|did)\s+not\s+know\s+(?:whether|if)\b|"
                           r"\bit\s+(?:is|remains)\s+(?:unclear|not\s+clear|not\s+known|unknown)\s+(?:whether|if)\b|"
                           r"(?<!\w)(?:оценить|сказать)\s+[^.;:]{0,60}?(?:пока\s+)?(?:нельзя|невозможно)|"
                           # "нам не удалось выяснить, изменилось ли", "Установить, уменьшилась ли ..., нам не удалось"
                           r"(?<!\w)(?:не\s+удалось|не\s+смогли|не\s+можем|невозможно)\s+(?:выяснить|установить|оценить|"
                           r"определить|узнать|сказать)(?!\w)|"
                           r"(?<!\w)(?:выяснить|установить|определить|оценить|узнать)\s*,\s+[^.;]{0,80}?(?<!\w)ли(?!\w)"
                           r"[^.;]{0,120}?не\s+(?:удалось|смогли)(?!\w)|"
                           r"(?<!\w)у\s+нас\s+нет\s+(?:никакой\s+)?информации|"
                           # "нам неизвестно, был ли он направлен"
                           r"(?<!\w)(?:нам\s+)?неизвестно,?\s+[^.;]{0,80}?(?<!\w)ли(?!\w)|"
                           # plain words: "No idea.", "We don't know if they did.", "we could not find out"
                           r"^\W*no\s+idea\b|\bwe\s+(?:do\s+not|don['’]t|did\s+not|didn['’]t)\s+know\b|"
                           r"\bcould\s+not\s+find\s+out\b|(?<!\w)(?:мы\s+)?не\s+знаем(?!\w)", re.I)),
    ("partially_implemented", re.compile(r"\bpartial(?:ly)?\b|\bpartly\b|\bin part\b|some progress|to some extent|"
                                         r"not (?:yet )?fully implemented|only (?:partly|partially|in part)|"
                                         r"частично|не в полном объ[её]ме|не полностью|частичн\w+\s+выполнени|"
                                         r"\ba\s+(?:\w+\s+)?first\s+step\b|\bfalls?\s+(?:far\s+)?short\s+of\b|"
                                         r"\bbut\s+not\s+(?:anywhere\s+else|elsewhere|in\s+the\s+rest\b)|"
                                         r"\bgo(?:es)?\s+(?:only\s+)?part\s+of\s+the\s+way\b|"
                                         # a scale's middle grade: "measures are under way ..., but it is not complete"
                                         r"\b(?:is|are)\s+not\s+(?:yet\s+)?complete\b|"
                                         # plain words: "Half done", "Some of it:", "They did it, but only in the
                                         # capital", "only on paper", "Сделано наполовину", "сделано, но только ..."
                                         r"\bhalf\s+done\b|^\W*some\s+of\s+it\b|\bbut\s+only\s+(?:in|for|on)\s+(?!\d)|"
                                         r"\bonly\s+on\s+paper\b|наполовину|(?:сделано|выполнено),?\s+но\s+только",
                                         re.I)),
    ("not_implemented", re.compile(
        r"\b(?:not|never)\s+(?!only\b)(?:\w+\s+){0,2}(?:implemented|fulfilled|followed|complied|heeded|executed|enforced|"
        r"ratified|amended|repealed|adopted|established)\b"
        r"|^(?:(?:our\s+)?assessment\s*:\s*)?not\s+met\b"  # a verdict on a call: "Not met. We know of 64 complaints"
        # plain words: "Still waiting.", "Nothing has happened", "До сих пор ждём."
        r"|\bstill\s+(?:waiting|nothing)\b|\bnothing\s+(?:has\s+)?(?:happened|been\s+done)\b"
        r"|(?<!\w)(?:до\s+сих\s+пор|всё\s+ещё)\s+ждём"
        r"|\bfail(?:ed|s|ure)? to\b|\brefus(?:ed|es|al) to\b|\bignor(?:e|es|ed|ing)\b|\bunheeded\b|"
        r"\bunimplemented\b|\bdisregarded\b|"
        r"\bno (?:\w+ )?progress\b|\b(?:still|virtually) (?:has|have|had) (?:virtually )?no\b|"
        r"\b(?:neither|none)\b[^.;]{0,80}\b(?:has|have|was|were|is|are)\s+(?:\w+\s+)?(?:implemented|fulfilled|met|"
        r"acted\s+(?:up)?on|heeded)\b|"
        # nothing of what was asked exists: "No such mechanism exists.", "there has been no follow-up"
        r"\bno\s+such\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+exists?\b|\bthere\s+(?:has|have)\s+been\s+no\s+follow-?up\b|"
        r"\bhardly ever\b|\bremain(?:s|ed)? (?:unaddressed|unfulfilled|without)|\brejected\b|"
        r"\b(?:yet|still) to be (?:implemented|fulfilled|acted upon)\b|\bno (?:\w+ )?(?:action|steps|measures) "
        r"(?:has|have) been taken\b|\bnothing has been done\b|\b(?:has|have|had|did) not (?:yet )?(?:do|done) so\b|"
        r"\bnot (?:been )?acted (?:up)?on\b|\bdone nothing\b|\bnot\s+(?:\w+\s+)?(?:any|much)\s+progress\b|"
        r"\bnothing (?:has |had )?changed\b|\b(?:has|have) not changed\b|\bremain(?:s|ed)? unchanged\b|"
        r"ничего не измени|не изменил|осталась прежней|остается прежней|"
        r"без внимания|(?:остал\w*|оста[её]тся|оставил\w*)\s+(?:\w+\s+){0,2}без\s+(?:ответа|последствий|реакции)|"
        r"проигнорирова|игнориру|никаких изменений|"
        r"\b(?:remains?|is|are)\s+(?:a\s+|merely\s+a\s+|a\s+mere\s+)?formality\b|\bonly on paper\b|"
        r"\b(?:remains?|remained|exists?|existed)\s+(?:only\s+|merely\s+)?on\s+paper\b|"
        r"\bnot (?:applied|enforced|implemented) in practice\b|"
        r"не примен\w+ на практике|только на бумаге|остается формальн|остаются формальн|не выполн|невыполн|"
        r"не исполн|неисполн|не реализ|нереализ|не принято никаких|никаких (?:мер|шагов)|так и не\b|"
        # the facts after a citation that say nothing was done: "The Labour Code has not been amended.",
        # "No such framework has been adopted.", "Complaints are still investigated by the police."
        r"\b(?:has|have|had)\s+not\s+(?:yet\s+|since\s+|even\s+|so\s+far\s+)?(?:been\s+)?(?:" + _DONE + r")\b|"
        r"\b(?:no|none|neither|nothing)\b(?:\s+(?:such|one|single|new|of\s+(?:them|these|the\s+\w+)))?"
        r"(?:\s+[\w-]+){0,6}?\s+(?:has|have|had|was|were)\s+(?:yet\s+|since\s+|ever\s+|so\s+far\s+)?(?:been\s+)?"
        r"(?:" + _DONE + r")\b|"
        r"\bstill\s+(?:not|no|lacks?|without|pending|has\s+no|have\s+no)\b|\b(?:is|are|was|were|remains?)\s+still\b|"
        r"\b(?:did|does|do)\s+not\s+(?:reply|respond|act|change|follow|comply)\b|\binstead\b|"
        r"\b(?:the\s+)?opposite\s+direction\b|\bthe\s+opposite\s+(?:has\s+)?happened\b|"
        r"\b(?:neither|none\s+of\s+(?:this|these|them|it))\s+(?:has|have)\s+(?:yet\s+)?happened\b|"
        r"(?<!\w)(?:произошло\s+(?:прямо\s+)?обратное|говорят\s+об\s+обратном)(?!\w)|"
        r"(?<!\w)(?:парламент|меджлис|депутаты)\w*\s+(?:\w+\s+)?отклонил\w*|\b(?:did|does|do)\s+(?:exactly\s+|just\s+|precisely\s+)?the\s+opposite\b|"
        r"\b(?:is|are)\s+(?:exactly\s+)?the\s+opposite\s+of\b|\bcontrary\s+to\s+(?:these|this|those|the|its)\b|"
        r"\b(?:the\s+)?practice\s+continues\b|\bcannot\s+be\s+regarded\s+as\s+(?:\w+\s+)?implementation\b|"
        r"(?<!\w)не\s+(?:был[аио]?\s+)?(?:внесен|принят|создан|изменен|изменён|отменен|отменён|ратифицирован|пересмотрен)|"
        r"по-прежнему\s+(?:не|нет|отсутству)|до\s+сих\s+пор\s+не\b|"
        # the State only defends itself, gave no answer, or rejected the recommendation at its review
        r"\b(?:replied|responded|answered)\b(?:\s+to\s+[^.;,]{1,60})?\s+that\b|\bnot\s+aware\s+of\s+any\s+"
        r"(?:response|reply|action|steps|measures)\b|\bnot\s+aware\s+of\s+a\s+single\b|\b(?:did\s+not|never)\s+(?:support|accept)\b|\bnot\s+supported\b|"
        r"\bnoted\s+(?:all\s+(?:of\s+)?)?(?:these|this|the|those|both|all)\s+recommendations?\b|"
        # a person whose release was asked is still held: "Mr. Solvay remains in prison", "продолжает отбывать"
        r"\bremains?\s+(?:in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:prison|detention|custody|jail|colony)|imprisoned|detained|"
        r"behind\s+bars)\b|"
        r"продолжает\s+отбывать|"
        # the verb first: "Not only has defamation not been decriminalised, but ..."
        r"\b(?:has|have|had)\s+(?:[\w-]+\s+){1,3}not\s+(?:yet\s+)?been\s+(?:" + _DONE + r")\b|"
        r"\b(?:has|have)\s+(?:further\s+)?(?:worsened|deteriorated)\b|"
        r"\bknow\s+of\s+no\s+(?:case|instance|example)\b|\bnot\s+(?:been\s+)?taken\s+into\s+account\b|"
        r"\b(?:has|have)\s+hardly\s+changed\b|"
        r"\bdead\s+letter\b|\b(?:is|are|was|were)\s+not\s+reflected\s+in\b|\b(?:neither|none)\s+(?:of\s+them\s+)?(?:is|are|was|were)\s+reflected\b|"
        r"\bno\s+intention\s+(?:of|to)\b|"
        r"\b(?:does|do|did)\s+not\s+intend\s+to\b|\bcontinu(?:e|es|ed)\s+(?:unabated|at\s+the\s+same\s+(?:pace|rate))\b|"
        r"(?<!\w)ответил[аио]?,?\s+что|ответ\w*\s+(?:\w+\s+)?не\s+поступ|не\s+ответил|вместо\s+этого|"
        r"противореч\w*\s+(?:эт|данн|указанн)\w*\s+рекоменд|не\s+поддержал",
        re.I)),
    ("implemented", re.compile(r"\b(?:has|have|had|was|were|been)\s+(?:\w+\s+)?(?:implemented|fulfilled)\b|"
                               # plain words opening the verdict: "Done!", "Сделано: в ноябре их освободили."
                               r"^\W*done\s*(?:[!.:,]|$)|^\W*(?:сделано|выполнено)\s*(?:[!.:,]|$)|"
                               r"^(?:this|that|it)\s+is\s+(?:all\s+)?done\b|(?<!\w)(?:это|то)\s+сделано(?!\w)|"
                               # "They did it." (not "They did it in one town, but not elsewhere": partial first)
                               # "Pendrakia did so in March 2024, and ...": the State, by name, with a date
                               r"^\W*(?:they|it|the\s+(?:government|state|authorities)|(?-i:[A-Z])[\w-]+)\s+did\s+"
                               r"(?:it|so|this|that)(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?\d{4})?"
                               r"\s*(?:[.!]|,\s+and\b)|"
                               # "выполнена", "реализовано"; not the noun "выполнение" (implementation)
                               r"\bcomplied with\b|\b(?:has|have)\s+(?:now\s+|fully\s+)?complied\b|"
                               r"(?<!\w)(?:выполнен|реализован|исполнен)(?!и[еяюи]|ием)|"
                               r"\b(?:thereby|thus)\s+implementing\b|,\s*implementing\s+(?:the|this|these|that)\s+"
                               r"(?:\w+\s+)?recommendations?\b|(?<!\w)(?:выполнив|реализовав)\s+(?:тем\s+самым\s+)?"
                               r"рекомендаци|"
                               r"(?:^|status:?\s*)(?:fully\s+)?implemented\b|"
                               # a verdict on a call: "Met. The ban was lifted in May."
                               r"^(?:(?:our\s+)?assessment\s*:\s*)?(?:fully\s+)?met\b\s*[.;:]|"
                               r"^(?:this|that|it)\s+(?:has\s+been|was)\s+(?:fully\s+)?(?:achieved|done)\b|"
                               # "the coalition considers these recommendations implemented"
                               r"\b(?:consider|regard|deem|assess)\w*\s+(?:it|them|this|these|that|those|the|both|all)\b"
                               r"[^.;]{0,40}?\s(?:as\s+)?(?:fully\s+)?implemented\b", re.I)),
]


def bare_committee(text: str) -> str | None:
    """The body a bare "the Committee" in a report refers to, or None when the report names no treaty body."""
    c = doc_committee(text)
    return None if c == "other" else c


def doc_committee(text: str) -> str:
    """The treaty body a report is addressed to: the Human Rights Committee when it speaks of the Covenant,
    else the first treaty body its opening names ("other" when none)."""
    # the body named in the title block first ("Alternative report to the Committee on the Rights of the Child")
    for m in MECH_ALL.finditer(text[:600]):
        if m.lastgroup in ("CAT", "CEDAW", "CRC", "CERD", "CESCR") or (
                m.lastgroup == "HRC" and re.search(r"Human Rights Committee|CCPR", m.group(0))):
            return m.lastgroup
        if _codeless_treaty(m):
            return "other"  # "Submission to the Committee on Enforced Disappearances" (other_treaty_title)
    head = text[:3000]
    if _ICESCR.search(head) and not re.search(r"Civil and Political|ICCPR|Human Rights Committee", head):
        return "CESCR"  # "the Covenant" of a report to CESCR is the other Covenant
    if ICCPR_DOC.search(text[:20000]):
        return "HRC"
    for m in MECH_ALL.finditer(head):
        if m.lastgroup in ("CAT", "CEDAW", "CRC", "CERD", "CESCR"):
            return m.lastgroup
    return "other"


def other_treaty_title(text: str) -> bool:
    """Whether a report's title block names a UN treaty body without a code of its own first (CED, CRPD,
    CMW, SPT): a bare "the Committee" in it is that body."""
    m = MECH_ALL.search(text[:600])
    return bool(m and _codeless_treaty(m))


def _codeless_treaty(m: re.Match[str]) -> bool:
    """Whether a MECH_ALL match is a UN treaty body without a code of its own (CED, CRPD, CMW, SPT)."""
    return m.lastgroup == "other" and _OTHER_TREATY.fullmatch(m.group(0)) is not None


_SOFT_HYPHEN = re.compile(r"(?<=[a-z])-\s+(?=[a-z])")


def mechanism_mentions(text: str, committee: str | None) -> list[tuple[int, str, str]]:
    """(position, mechanism, matched text) of every mechanism mention, in order; a bare "the Committee"
    is ``committee`` (the treaty body the report is addressed to) when no body is named."""
    text = _SOFT_HYPHEN.sub("", text)  # "Special Rap- porteur" in text from a PDF (positions stay in order)
    if not _MECH_HINT.search(text):
        found: list[tuple[int, str, str]] = []
    else:
        found = [(m.start(), m.lastgroup or "other", m.group(0)) for m in MECH_ALL.finditer(text)]
    if committee and not found:
        for m in THE_COMMITTEE.finditer(text):
            found.append((m.start(), committee, m.group(0)))
    return found


# a body a report went to, not the one speaking: "In her report to the Human Rights Council she recommended"
# ... or one named to set the request apart from it: "Вне рамок УПО Европейский парламент призвал ...", "Outside the
# UPR, the European Parliament called ..."
_TO_BODY = re.compile(r"\b(?:to|before)\s+(?:the\s+)?$|(?<!\w)(?:представлен|направлен|адресован)\w*\s+$"
                      r"|(?<!\w)(?:вне\s+рамок|помимо)\s+$|\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?"
                      r"(?:framework\s+of\s+(?:the\s+)?)?$", re.I)


def speakers(mentions: list[tuple[int, str, str]], text: str) -> list[tuple[int, str, str]]:
    """The ``mentions`` of ``text`` that are not the body a report was presented to ("presented the report on the
    visit to the Human Rights Council")."""
    return [m for m in mentions if not _TO_BODY.search(text[: m[0]])]


def pick_mechanism(mentions: list[tuple[int, str, str]], countries: list[str]) -> str:
    """The one mechanism of a subject: the body named (one body and "other" -> that body), "UPR" when
    only States are named, "other" when several bodies or none are."""
    names = []
    for _, n, _t in mentions:
        if n not in names:
            names.append(n)
    if not names:
        return "UPR" if countries else "other"
    if len(names) == 1:
        return names[0]
    if "other" in names and len(names) == 2:
        return [n for n in names if n != "other"][0] if names[0] != "other" else "other"
    return "other"


# a step taken, then a "but": "The law was adopted in 2023, but it is not applied in practice."
_STEP_TAKEN = re.compile(r"\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:adopted|introduced|amended|established|"
                         r"created|enacted|ratified|passed)\b|"
                         r"(?<!\w)(?<!не )(?:принят|введен|введён|создан|ратифицирован|внесен|внесён|вырос|увеличил|"
                         r"увеличен|сократил|сокращен|сокращён)\w*", re.I)


_CONTRAST = re.compile(r"\b(?:but|however|yet|although)\b|(?<!\w)(?:но|однако|хотя)(?!\w)", re.I)
# a contrast a few words into the sentence: "The Office's budget, however, was cut ..."
_LATE_CONTRAST = re.compile(r"[^.;:]{0,60}?,\s*however\s*,", re.I)
_OPENS_CONTRAST = re.compile(r"\s*(?:but|however|yet|nevertheless|still|однако|но|тем\s+не\s+менее)\b", re.I)
_STEP_DONE = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:repealed|abolished|withdrawn|set\s+up|"
                        r"launched|opened|released)\b|(?<!\w)(?<!не )(?:отменен|отменён|упразднен|упразднён)\w*", re.I)


def step_then_short(before: str, sent: str) -> str | None:
    """The status of a recommendation whose facts are a step taken, then what is still missing: "Article 41 was
    repealed in 2021. However, the Circular ... has not been withdrawn." is partial. None when not that."""
    if (status_of(sent) == "not_implemented" and _OPENS_CONTRAST.match(sent)
            and (_STEP_TAKEN.search(before) or _STEP_DONE.search(before)) and status_of(before) is None):
        return "partially_implemented"
    return None


# the State's own word on a recommendation: "The Government claims that it has been implemented",
# "According to the mid-term report, ...", "По утверждению государства, рекомендация выполнена"
_STATE_CLAIM = re.compile(
    r"\b(?:government|state(?:\s+party)?|authorities|ministry|minister|prosecutor|officials?|delegation|"
    r"(?:mid-term|follow-up|national|state|periodic)\s+(?:report|reply))\b[^.;]{0,120}?\b(?:claim(?:s|ed)?|stated?|says|"
    r"said|reports?|reported|asserts?|asserted|affirm(?:s|ed)?|consider(?:s|ed)|maintain(?:s|ed)?|informed|insist(?:s|ed)?|"
    r"regards?|regarded|announced)\b|\baccording\s+to\s+(?:the\s+)?(?:government|state|authorities|ministry|"
    r"(?:mid-term|follow-up|national|state)\s+report)|"
    r"(?<!\w)по\s+(?:утверждению|мнению|информации|данным|словам|оценке)\s+(?:государства|правительства|властей|"
    r"министерства)|(?<!\w)(?:правительство|государство|власти|министерство|прокуратура)\b[^.;]{0,80}?"
    r"(?:сообщил|утвержда|заявил|считает|указал)|(?<!\w)заявил[аио]?,\s+что",
    re.I,
)
# the report's own assessment against the State's claim: "However, ...", "In reality ...", "We disagree"
_DISPUTE = re.compile(
    r"^(?:however|but|yet|in\s+(?:reality|practice|fact)|this\s+(?:is\s+not|cannot|does\s+not)|"
    r"in\s+(?:our|the\s+\w+['’]s)\s+view|we\s+(?:consider|disagree|do\s+not\s+agree|believe|find)|"
    r"однако|но\b|между\s+тем|на\s+практике|в\s+действительности|мы\s+(?:не\s+согласны|считаем)|считаем)"
    r"|\b(?:contradicted|contrary\s+to\s+(?:the\s+)?(?:facts|reality|practice))\b|;\s*in\s+(?:reality|practice|fact)\b|"
    r",\s+(?:but|however)\s+in\s+practice\b",
    re.I,
)


def state_claim(sent: str) -> bool:
    """Whether the sentence reports what the State or its officials say about implementation."""
    return _STATE_CLAIM.search(sent) is not None


def disputes(sent: str) -> bool:
    """Whether the sentence sets the report's own view against a claim just reported."""
    return _DISPUTE.search(sent.strip(" \t\"“”«»-–—*")) is not None


def status_of(text: str) -> str | None:
    """What a sentence says about implementation: one of the status names, or None."""
    for name, rx in _STATUS:
        if rx.search(text):
            if name == "not_implemented" and _STEP_TAKEN.search(text) and _CONTRAST.search(text):
                return "partially_implemented"
            return name
    return None


# facts that say what was asked has not come about, read only right after a citation: "The Law remains in force",
# "the definition still requires the use of force", "The probationary period was kept", "The draft has not been
# debated", "There is no such legal requirement", "Расследование ... по-прежнему поручается ..."
_PERSISTS = re.compile(
    r"\bstill\b|\bremain(?:s|ed)?\s+(?!to\s+be\s+seen)(?:\w+\s+)?(?:in\s+force|unchanged|lawful|unlawful|common|"
    r"suspended|authori[sz]ed|available|outside|under|criminal|in\s+(?:place|custody|detention|prison)|"
    r"unanswered|outstanding|unresolved|unpunished|unimplemented|unfulfilled|"
    r"problematic|inaccessible|the\s+rule|pending|a\s+(?:criminal|crime|offence))\b|"
    r"\b(?:the\s+)?\w+(?:\s+\w+)?\s+itself\s+remains\b|\bcontinu(?:e|es|ed)\s+to\s+(?!decline|fall|improve)|"
    r"\bcontinue[sd]?\s*[.:;,]|\bkeeps?\s+(?:rising|growing|increasing)\b|\b(?:is|are)\s+unchanged\b|"
    r"\b(?:was|were|(?:has|have)\s+been)\s+(?:kept|retained|maintained)\b|"
    r"\bnever\s+(?:been\s+)?(?:\w+ed|put|held|sent|made|brought|taken|given|done|set|paid)\b|"
    r"\bdid\s+(?:not\s+do\s+anything|nothing)\b|"
    # a court keeps what was to go: "In 2025 the Supreme Court upheld two convictions that rested on confessions"
    r"\bupheld\b|"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+|since\s+|even\s+)?(?:been\s+)?(?:\w*(?:ed|en|met|set|put|made)|sent|held|paid|"
    r"brought|built|found|done|begun|kept|lost|sold|spent|told)\b|"
    r"\b(?:is|are)\s+(?:still\s+)?not\s+(?:yet\s+)?(?!limited\b|required\b|allowed\b|permitted\b|entitled\b)\w+(?:ed|en)\b(?!\s+(?:by|to)\b)|"
    r"\b(?:none|no\s+one|nobody|neither)\b[^.;]{0,60}?\b(?:has|have|was|were)\s+(?:yet\s+)?been\s+\w+ed\b|"
    r"\bthere\s+is\s+(?:still\s+)?no\b|\b(?:has|have|had)\s+done\s+(?:neither|nothing|none)\b|"
    r"\b(?:has|have)\s+(?:so\s+far\s+)?(?:received|funded|taken|made|adopted)\s+no\b|"
    r"(?<!\w)(?:по-прежнему|до\s+сих\s+пор|сохраня\w+|сохранил\w*|сохран[её]н\w*|продолжа\w+)(?!\w)|"
    # "Асылбек Жаркымбаев остаётся в заключении.", "Запрет остаётся в силе."
    r"(?<!\w)оста[её]тся\s+(?:в\s+заключении|под\s+стражей|в\s+тюрьме|в\s+силе|без\s+изменени\w+)(?!\w)|"
    # "ни разу не рассматривался", "так и не принят", "отсутствует", "не был привлечён", "не изменился"
    r"(?<!\w)(?:ни\s+разу\s+не|так\s+и\s+не|отсутству\w+|не\s+был[аио]?\s+\w+[нт][аоы]?|"
    # "Такой ответственности нет", "Судимость не снята, компенсация не выплачена."
    r"(?:так(?:ой|ого|ая|их|ое)\s+\w+\s+(?:нет|не\s+существует))|"
    r"не\s+(?:снят|выплачен|отмен[её]н|освобожд[её]н|пересмотрен|возбужд[её]н|принят|создан|внес[её]н|"
    r"измен[её]н|ратифицирован|проведен|проведён|расследован|опубликован)[аоы]?|"
    r"не\s+(?:был[аио]?\s+)?\w+(?:лся|лась|лось|лись))(?!\w)",
    re.I)
# what was to change passed as it was, the step itself going against the request: "The law was adopted
# unchanged", "adopted without amendment", "Закон был принят без учёта этих замечаний"
_PASSED_AS_IS = re.compile(
    r"\b(?:adopted|passed|enacted|approved)\s+(?:\w+\s+)?(?:unchanged|without\s+(?:any\s+)?(?:amendments?|changes?))\b|"
    r"(?<!\w)без\s+уч[её]та\s+(?:\w+\s+)?(?:рекомендаци|замечани)\w*", re.I)
# a step taken: "was adopted", "introduced a quota", "The Ministry ... issued instructions"
_STEP = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+(?:and\s+)?)?(?:adopted|introduced|amended|"
                   r"established|created|enacted|ratified|passed|repealed|abolished|withdrawn|set\s+up|launched|opened|released|"
                   r"increased|reduced|raised|installed|transferred|banned|prohibited)\b|\bgained\s+\w|\b(?:introduced|adopted|"
                   r"amended|ratified|abolished|repealed|reduced|raised|increased|issued|prohibited|banned|limited|"
                   r"opened|installed|created|launched|established|removed|gave|published)\s+(?!by\b)\w|"
                   r"\b(?:is|are)\s+(?:now\s+)?in\s+place\b|\bhas\s+been\s+running\b|"
                   # a change since a year: "Since 2024 the Bureau publishes ... but", "С 2024 года Бюро публикует ..."
                   r"^\W*(?:since|с)\s+(?:\w+\s+)?(?:19|20)\d\d(?:\s+года)?\b|"
                   # a change in force now: "Medical examinations are now carried out ...", "The Act now requires ..."
                   r"\b(?:is|are)\s+now\s+(?:\w+(?:ed|en)|held|kept|made|built|paid|set|run|done)\b|"
                   r"\bnow\s+(?:requires?|applies|allows?|obliges?|says?|provides?|exists?)\b|\bcan\s+now\b|"
                   # "A 2023 amendment requires Parliament to hold a hearing, but ...", "A 2024 decree allowed ..."
                   r"\b(?:19|20)\d\d\s+(?:amendment|law|decree|act|order|regulation|reform)\s+(?:requires?|"
                   r"allow(?:s|ed)|oblige[sd]?|introduced|provides?|gave|gives)\b|"
                   r"\bno\s+longer\b|(?<!\w)больше\s+не(?!\w)|"
                   r"(?<!\w)(?<!не )(?:принят|принял|введен|введён|ввел|ввёл|внесен|внесён|внес|создан|создал|"
                   r"установлен|отмен|криминализирова|сократ|сокращ|уменьш|снизил|снижен|повысил|повышен|увеличил|увеличен|"
                   r"демонтирова|ратифицирова|упраздн|изменил|изменен|изменён|освободил|освобожд|опубликова|запретил|вырос|"
                   r"запрещ|открыл|открыт|расширил|расширен|учредил|учрежд|издан|включ[её]н|зарегистрирован|"
                   r"исключ[её]н)\w*", re.I)
# a change that a contrast or what persists sets against the request, so a step of sorts: "The staff rose from 9 to
# 14, but it still visits ...", "The law was changed in 2021. But the land offices still ...", "Marital rape has
# been prosecuted since 2019, but ...", "The basement cells of Korvan were closed. Those of Olsen are still in use."
_CHANGE = re.compile(r"\b(?:rose|fell|grew|dropped|declined|decreased|shortened|extended|expanded|closed|declared|"
                     r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?changed)\b|"
                     r"\b(?:has|have)\s+been\s+\w+ed\b[^.;]{0,60}\bsince\s+(?:19|20)\d\d\b", re.I)


def _stepped(text: str) -> bool:
    """A step, or a change, before a contrast or what persists."""
    return bool(_STEP.search(text) or _CHANGE.search(text))


# a step reported done, in the passive or with its doer first: "The Act was amended", "entered into force",
# "the mechanism has published", "Протокол ратифицирован"; not a participle set off by a comma ("The Office,
# established in 2019, ...") or one followed by "by" / "in" ("introduced in Parliament")
_DONE_VERBS = (r"adopted|introduced|amended|established|created|enacted|ratified|passed|repealed|abolished|withdrawn|"
               r"set\s+up|launched|opened|released|installed|designated|appointed|removed|published|dropped|quashed|freed|"
               r"reinstated|restored")
_DONE_NOW = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+\s+)?(?:" + _DONE_VERBS + r")\b|"
                       r"\b(?:entered|came)\s+into\s+force\b|\bis\s+now\s+in\s+place\b|(?<!\w)вступил\w*\s+в\s+силу|"
                       # "... and such courts now function in all seventeen regions"
                       r"\bnow\s+(?:function|operate|work|exist)s?\s+in\s+(?:all|every|each)\b|"
                       # a rule in force since a date: "Since March 2024 all children ... have been held at ...",
                       # "С июля 2023 года органы загса обязаны ...", "Article 205b, in force since July 2024, ..."
                       r"^\W*(?:since|с)\s+(?:\w+\s+){0,2}(?:19|20)\d\d(?:\s+года)?\b|\bin\s+force\s+since\b|"
                       r"\b(?:is|are)\s+now\s+(?:required|prohibited|banned|guaranteed|provided\s+for|in\s+force)\b|"
                       r"(?<=\w)\s+(?:has\s+|have\s+)?(?:" + _DONE_VERBS + r")\s+(?!by\b|in\b|on\b)\w|"
                       r"(?<!\w)(?<!не )(?:был[аио]?\s+)?(?:принят|введен|введён|создан|установлен|отменен|"
                       r"отменён|внесен|внесён|освобожд[её]н|опубликован|ратифицирован|учрежд[её]н|упразднен|"
                       r"упразднён|открыт)\w*", re.I)
# what sets a step against the request, or limits it: "adopted unchanged", "was retained", "a draft ... was
# withdrawn", "released on bail", "a pilot programme", "освобождены от должности" (dismissed), "принята к сведению";
# not the "No." of "Order No. 17"
_AGAINST = re.compile(r"\b(?:not|no(?!\.?\s*\d)|never|none|neither|nobody|only|without|unchanged|draft|bill|"
                      r"retain\w*|keeps?|kept|against|arrested|pilot|bail|despite)\b|(?<!\w)(?:не|нет|ни|только|без|сохран\w*|"
                      r"условно\w*|от\s+должност\w*|к\s+сведению|законопроект\w*|проект\w*)(?!\w)", re.I)
# a request to stop doing something: a step reported after it ("Two new institutions opened in 2024") goes against it
_STOP = re.compile(r"^(?:\W*(?:that\s+)?(?:the\s+)?(?:State\s+party|Government|authorities|(?-i:[A-Z])\w+)\s+"
                   r"(?:to\s+|should\s+(?:also\s+)?)?)?(?:stop|cease|end|halt|refrain|put\s+an\s+end|discontinue|прекратить|остановить|"
                   r"отказаться)\b", re.I)
_NUMBER = (r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
           r"двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\w+надцати|двадцати|тридцати")
_SOME_OF = re.compile(r"(?<!\w)(?:" + _NUMBER + r")\s+(?:(?:out\s+)?of\s+(?:the\s+)?|из\s+)(?:" + _NUMBER + r")(?!\w)",
                      re.I)
_WELCOME = re.compile(r"^we\s+welcome\s+(?:this|the|these|that)\s+(?:\w+\s+)?(?:change|step|decision|development|"
                      r"amendment|reform|move|measure)s?\W*$", re.I)
_IRREGULAR = {"withdraw": "withdr[ae]wn?", "set": "set", "drop": "dropped", "put": "put", "make": "made",
              "bring": "brought", "take": "t[ao]ken|took", "lift": "lifted"}


_SUBJECT = re.compile(r"^(?:that\s+)?(?:the\s+)?(?:State\s+party|Government|authorities)\b(?:\s+of\s+[A-Z][\w-]*)?"
                      r"(?:\s+(?:should|to))?\s+", re.I)


def _past(verb: str) -> str:
    """A pattern for the past forms of an English verb: "ratify" -> "ratified", "drop" -> "dropped"."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("y"):
        return re.escape(verb[:-1] + "ied")
    if verb.endswith("e"):
        return re.escape(verb + "d")
    return re.escape(verb) + "(?:ed|" + re.escape(verb[-1]) + "ed)"


# a recommendation in the passive: "<what> should be <done>" (the participle is the action asked for)
_PASSIVE_REC = re.compile(r"^(?:the\s+)?([A-Za-z][^,;:]{3,100}?)\s+should\s+be\s+([a-z]+(?:ed|en|wn|set|put|made))\b",
                          re.I)


# other words for an action done: "establish a national mechanism" -> "The Mechanism was set up in 2022"
_OPENED = ("went\\s+live", "opened", "launched", "began\\s+(?:work|operating)", "started\\s+work")
_DONE_AS = {"establish": ("set\\s+up", "created", "founded", *_OPENED),
            "create": ("set\\s+up", "established", "founded", *_OPENED),
            "set": ("established", "created", *_OPENED), "adopt": ("passed", "enacted"), "enact": ("adopted", "passed"),
            "repeal": ("abolished", "revoked"), "abolish": ("repealed",), "decriminalize": ("decriminalised",),
            "decriminalise": ("decriminalized",), "criminalize": ("criminalised",), "criminalise": ("criminalized",),
            "drop": ("withdrew", "withdrawn"), "accede": ("deposited\\s+its\\s+instrument",),
            "ratify": ("deposited\\s+its\\s+instrument",), "release": ("freed", "pardoned\\s+and\\s+released"),
            "open": ("established", "set\\s+up")}
# the report saying the State did what was asked, in so many words: "The 2024 amendment does exactly this",
# "The Law on the Bar was amended to that effect", "Закон ... сделал и то и другое"
_DID_EXACTLY = re.compile(r"\b(?:does|did|do|has\s+done)\s+(?:exactly|precisely|just)\s+(?:this|that|what)\b|"
                          r"\bto\s+that\s+effect\b|(?<!\w)(?<!не )сделал\w*\s+(?:и\s+то\s+и\s+другое|именно\s+это)",
                          re.I)


def _echoes(rec: str, sent: str) -> bool:
    """Whether ``sent`` reports the action ``rec`` asked for as done: its verb in the past and one of its longer
    words ("ratify the Convention ..." -> "Eldoverra ratified the Convention in June 2024")."""
    words = re.findall(r"[A-Za-z]+", _SUBJECT.sub("", rec))
    if len(words) < 2 or re.search(r"\b(?:not|no|never|none|neither|nobody)\b", sent, re.I):
        return False
    passive = _PASSIVE_REC.match(rec)
    if passive:  # "The probationary period ... should be abolished" -> "The Law ... abolished the probationary period"
        return (re.search(r"\b" + re.escape(passive.group(2)) + r"\b", sent, re.I) is not None
                and _names_any(re.findall(r"[A-Za-z]+", passive.group(1)), sent))
    # "Norvessa criminalise bride kidnapping ...": a State named as the subject before the verb; "keep and publish
    # a record": either verb
    verbs = [words[0].lower()] + ([words[1]] if words[0][:1].isupper() and words[1].islower() else [])
    first = len(verbs) - 1
    if len(words) > first + 2 and words[first + 1].lower() == "and":
        verbs.append(words[first + 2].lower())
    for k, verb in enumerate(verbs):
        done = "|".join([_past(verb), *_DONE_AS.get(verb.lower(), ())])
        if re.search(r"\b(?:" + done + r")\b", sent, re.I):
            return _names_any(words[k + 1 : k + 12], sent)
    return False


def _ru_done(verb: str) -> str | None:
    """A pattern for the past forms of a Russian infinitive: "создать" -> "создан / создал", "отменить" ->
    "отменён / отменил", "ратифицировать" -> "ратифицирован"; None when it is no infinitive."""
    v = verb.lower()
    if v.endswith("ться"):
        v = v[:-2]  # "присоединиться" -> "присоединить"
    if v.endswith("овать"):
        return re.escape(v[:-3]) + r"(?:л|н)"
    if v.endswith("ить"):
        return re.escape(v[:-3]) + r"(?:ил|ен|ён)"
    if v.endswith(("ать", "ять", "еть")):
        return re.escape(v[:-2]) + r"(?:л|н)"
    return None


def _ru_echoes(rec: str, sent: str) -> bool:
    """Whether a Russian ``sent`` reports the action ``rec`` asked for as done: its verb in the past ("Механизм
    создан", "статья отменена") and one of its longer words."""
    words = re.findall(r"[а-яёА-ЯЁ]+", rec)
    if len(words) < 2 or re.search(r"(?<!\w)(?:не|нет|ни)(?!\w)", sent, re.I):
        return False
    done = _ru_done(words[0])
    if done is None or not re.search(r"(?<!\w)(?:" + done + r")\w*", sent, re.I):
        return False
    return any(re.search(r"(?<!\w)" + re.escape(w[:5].lower()), sent.lower()) for w in words[1:12] if len(w) >= 6)


def _names_any(words: list[str], sent: str) -> bool:
    """Whether ``sent`` has a word starting like one of the longer ``words`` (five letters or more)."""
    nouns = {w.lower() for w in words if len(w) >= 5}
    return any(re.search(r"\b" + re.escape(n), sent, re.I) for n in nouns)


def fact_status(sent: str, prev: str, rec: str) -> str | None:
    """The status that facts reported right after a citation imply, or None: what was asked still missing is
    not implemented, and partially implemented after a step taken (in the sentence before, or before a "but");
    the asked action reported done, or "We welcome this change." after a step, is implemented."""
    said = status_of(sent)
    if said not in (None, "not_implemented"):
        return said
    if _PASSED_AS_IS.search(sent):
        return "not_implemented"
    contrast = _CONTRAST.search(sent)
    step_before_but = contrast is not None and _stepped(sent[: contrast.start()])
    persists = _PERSISTS.search(sent)
    if said is not None or persists:
        # "The number was reduced to 50; for small communities it is still out of reach": a step, then what is missing
        step_first = persists is not None and _stepped(sent[: persists.start()])
        return "partially_implemented" if step_before_but or step_first or _stepped(prev) else "not_implemented"
    # a step, then what it lacks: "Electronic monitoring was introduced in 2022, but courts use it in 3 % of cases."
    if step_before_but or (_OPENS_CONTRAST.match(sent) and _stepped(prev)):
        return "partially_implemented"
    if _WELCOME.match(sent.strip()) and (_STEP.search(prev) or _echoes(rec, prev)):
        return "implemented"
    if contrast is not None:
        return None
    step = _DONE_NOW.search(sent) is not None and not _STOP.match(rec)
    if (_echoes(rec, sent) or _ru_echoes(rec, sent) or _DID_EXACTLY.search(sent)
            # a step taken, in other words than the request's: "The Code was amended accordingly in 2024.", "Both
            # were released in 2022.", "The Act entered into force in 2023."
            or (step and not _AGAINST.search(sent))):
        # for some of what was asked only: "Убежища созданы в девяти из четырнадцати областей"
        return "partially_implemented" if _SOME_OF.search(sent) else "implemented"
    if step and _SOME_OF.search(sent):
        # for some only, whatever the rest lacks: "Видеозапись введена в трёх из девяти областей; в остальных её
        # планируется ввести не ранее 2028 года."
        return "partially_implemented"
    return None


# a new citation or request after a cited recommendation: its facts end there
_NEW_CITE = re.compile(r"recommend|urg(?:e|ed|es|ing)\b|called\s+on|calls\s+on|request(?:ed|ing)\b|"
                       r"requests?\s+(?:that|to)\b|asked|appeal|encourag|invit|"
                       r"рекоменд|призва|призыв|просил|предложил", re.I)
# what the State said or answered at the review, not what it did: "The representative replied that ...",
# "All of them were noted, not supported."
_REPLY = re.compile(r"\b(?:replied|answered|responded|representatives?|delegations?|noted|supported|accepted)\b|"
                    r"(?<!\w)(?:ответил|заявил|поддержал|приняла?\s+к\s+сведению)", re.I)


# a reference back to what was cited, not a new request: "did the opposite of what the Committee recommended"
_BACK_REF = re.compile(r"\b(?:what|as)\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]?\w+)?\s+(?:had\s+)?"
                       r"(?:recommended|requested|asked)\b|\bwhat\s+(?:was|had\s+been)\s+(?:recommended|requested|asked)\b|"
                       r"\b(?:for|on|with|to|of)\s+(?:this|that|these|those)\s+recommendations?\b(?!\s+(?:to|that|by|of)\b)"
                       r"|(?<!\w)(?:этой|данной|указанной|этих|данных|указанных)\s+рекомендаци\w*")


# a word or two in quotation marks: a term named, not a new request ('on the "recommendation" of the Council')
_SHORT_QUOTE = re.compile(r"[\"“«‘][^\"“”«»‘’]{1,30}[\"”»’]")


# a limit in the sentence right after a step: "Police officers are not: ...", "It applies only to ..."
_LIMITS = re.compile(r"\b(?:not|only|no)\b|(?<!\w)(?:не|только|лишь)(?!\w)", re.I)


def facts_status(text: str, rec: str) -> str | None:
    """The status the facts reported after a cited recommendation ``rec`` give it: the first two sentences of
    ``text`` (of four words or more, or three that say what persists) before any new citation; the State's claims
    and replies are passed over. What the next two sentences say is still missing makes a step partial."""
    facts = []
    for a, b in sentence_spans(text):
        sent = text[a:b]
        if len(sent.split()) >= 4 and (_NEW_CITE.search(_BACK_REF.sub(" ", _SHORT_QUOTE.sub(" ", sent)))
                                       or mechanism_mentions(_BACK_REF.sub(" ", sent), None)):
            break
        facts.append(sent)
    seen = 0
    prev = ""
    for k, sent in enumerate(facts):
        # a reference "(para. 21 (a))." is no fact; a short one is: "Both remain authorised."
        if len(sent.split()) < 4 and not (len(sent.split()) == 3 and _PERSISTS.search(sent)):
            if (verdict := status_of(sent)) is not None and not re.search(r"\d", sent):
                return verdict  # a verdict in a word or two: "Выполнена частично.", "Not met."
            prev = sent
            continue
        seen += 1
        if seen > 2:
            break
        if state_claim(sent) or _REPLY.search(sent):
            prev = sent
            continue
        status = step_then_short(prev, sent) or fact_status(sent, prev, rec)
        welcomed = any(_WELCOME.match(f.strip()) for f in [sent, *facts[k + 1 : k + 2]])
        if status == "implemented" and not welcomed and (
                any(_OPENS_CONTRAST.match(f) or _LATE_CONTRAST.match(f) or _PERSISTS.search(f)
                    for f in facts[k + 1 : k + 3])
                or any(_LIMITS.search(f) for f in facts[k + 1 : k + 3])):
            # "The Authority was created in 2023. Its investigators are civilians. However, it cannot bring charges.",
            # "Two shelters were opened in the capital. In the other regions women still sleep in police stations."
            # "A quota was introduced in 2023. It applies only to the upper house."
            return "partially_implemented"
        if status is not None:
            return status
        prev = sent
    # a step, a sentence on it, then what it lacks: "The Act was amended in 2023. The Ombudsperson is now elected
    # by Parliament. The Office's budget, however, was cut by 14 per cent."
    full = [f for f in facts if len(f.split()) >= 4 and not state_claim(f) and not _REPLY.search(f)][:3]
    for k in range(1, len(full)):
        if ((_OPENS_CONTRAST.match(full[k]) or _LATE_CONTRAST.match(full[k]))
                and any(_STEP.search(f) for f in full[:k])):
            return "partially_implemented"
    return None


# the conclusion a sentence draws about the recommendation after the facts: ", so the recommendation ..."
_SO_THE_REC = re.compile(r"[,;]\s*(?:and\s+)?(?:so|therefore|thus|hence|which\s+means\s+that|meaning\s+that)\s+"
                         r"((?:this|the|that|these|both|neither|either)\s+(?:\w+\s+)?recommendations?\b[^,;]*)$", re.I)


# a reference back to a recommendation already cited, by who made it
_MADE_BY_REF = re.compile(r"\b(?:the\s+ones?|those)\s+(?:made|issued|put\s+forward|formulated)\s+by\s+(?:the\s+)?"
                          r"[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*")


_POSS_BACK = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w-]*\s+){0,6}?[A-Z][\w-]*['’]s\s+(?:(?:earlier|previous|last)\s+)?"
                        r"(?:recommendations?|requests?)\b(?!\s*(?:\([^()]{1,60}\)\s*)?(?:that\b|to\s+[a-z]|:))")


# a status scale's entry: "Off track – No measures have been taken, ..." on one line, or the term alone on a
# line (a list item) with its definition on the next ("- On track" / "- Concrete measures are under way ...")
_SCALE_TERM = r"(?-i:[A-Z])[\w'’-]*(?:[ \t]+[\w'’-]+){0,3}"
_SCALE_LINE = re.compile(r"^[ \t]*(?:[-*•▪◦][ \t]+)?(" + _SCALE_TERM + r")[ \t]*(?:[:=–—]|\s-)[ \t]*(\S[^\n]{8,200})$",
                         re.M | re.I)
_SCALE_PAIR = re.compile(r"^[ \t]*(?:[-*•▪◦][ \t]+(" + _SCALE_TERM + r")[ \t]*\n+[ \t]*[-*•▪◦][ \t]+|"
                         r"(" + _SCALE_TERM + r")[ \t]*\n[ \t]*)((?-i:[A-Z])[^\n]{8,200}[.;])[ \t]*$", re.M | re.I)


# a legend of status symbols, one a line or a table row: "| ✔ | implemented |", "◐ = partially implemented",
# "✘ – not implemented"
_SYMBOL_LINE = re.compile(r"^[ \t|]*([^\w\s|*#>]{1,2})\ufe0f?[ \t]*(?:\|[ \t]*|[:=–—-][ \t]+)"
                          r"(\w[^\n|]{2,120}?)[ \t|]*$", re.M)
_VERDICT_WORD = re.compile(r"\b(?:status|assessment|evaluation|verdict|grade|rating)\b")  # "Status: not ..." is no term


def status_scale(text: str) -> dict[str, tuple[str, str]]:
    """A report's own status scale, term -> (status, its definition), read from its legend ("Completed: The
    recommendation has been implemented ...", "Off track / No measures have been taken ...", "| ✔ | implemented
    |"); {} unless it defines two terms."""
    scale: dict[str, tuple[str, str]] = {}
    for rx in (_SCALE_LINE, _SCALE_PAIR, _SYMBOL_LINE):
        for m in rx.finditer(text):
            *terms, definition = m.groups()
            status = status_of(definition)
            term = " ".join(next(t for t in terms if t).lower().split())
            if status is not None and term not in scale and not _VERDICT_WORD.search(term):
                scale[term] = (status, definition.strip())
    return scale if len(scale) >= 2 else {}


def scaled_status(scale: dict[str, tuple[str, str]], cell: str) -> str | None:
    """The status a report's own scale (status_scale) gives a status cell such as "On track", or None."""
    entry = scale.get(" ".join(cell.lower().split()))
    return entry[0] if entry else None


# a non-restrictive relative clause between commas: ", which allows ...,"
_NON_RESTRICTIVE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:]{1,160},\s*")


def is_status_report(sent: str) -> bool:
    """A sentence about the implementation of recommendations just cited, making none of its own.

    "This recommendation remains unimplemented.", "No progress has been made.", "The State party has
    only partially implemented this recommendation: ..."; not one that names a mechanism, a State or
    a new request.
    """
    if status_of(sent) is None:
        return False
    core = _NON_RESTRICTIVE.sub(" ", sent)
    if status_of(core) is not None:
        # "The Protocol, which allows the use of rubber bullets "to disperse crowds", has not been revised": the
        # aside describes the thing, the rest says what became of it
        sent = core
    if re.search(r"recommendations?\s+(?:of\s+[^“\"«.]{1,60}\s+)?(?:to|that)\s*[\"“«„]", sent, re.I):
        return False  # 'The recommendation to "ensure ..." has not been implemented': it quotes one
    if re.search(r"\brecommendations?\s+that\s+(?:the\s+)?(?:State|Government|authorities|(?-i:[A-Z])\w+)\b",
                 sent, re.I):
        return False  # "We cannot assess the follow-up given to the recommendation that the State party ensure ..."
    if re.search(r"(?:recommendations?|рекомендаци\w*)\b[^.:;\"“«„]{0,80}:\s*[\"“«„]", sent, re.I):
        return False  # 'The State has not implemented the recommendation of the Committee: "..."': it quotes one
    # "We consider both recommendations not implemented: the Law ...", "No action has been taken; the Ministry ..."
    # the verdict, then its facts: "We consider both not implemented: ...", "No such plan has been adopted, and ..."
    head = re.split(r"[:;]|,\s+and\s+(?=the|it|no|nor|there)\b", sent, maxsplit=1)[0]
    tail = _SO_THE_REC.search(sent)
    if tail and status_of(tail.group(1)) is not None:
        # "In 2019 the Code was amended, ..., so the recommendation is implemented only partially."
        sent = tail.group(1)
    elif status_of(head) is not None:
        sent = head
    words = len(sent.split())
    # "..., which falls short of the Committee's recommendation.": its maker named to refer back to it
    sent = _POSS_BACK.sub("the recommendation", sent)
    refers = re.search(r"\b(?:this|these|that|the|those|such|its|their|either|neither|both|each|"
                       r"эта|эти|этих|этой|эту|данн\w+|указанн\w+|"
                       r"её|ее|их)\s+(?:[\w'’]+\s+)?(?:recommendations?|requests?|views|рекомендаци\w*|просьб\w*)",
                       sent, re.I)
    if words > (40 if refers else 20):
        return False
    sent = _MADE_BY_REF.sub(" ", sent)  # "Neither that recommendation nor the one made by Germany has been ..."
    if VERB_CUES.search(sent) or RU_CUES.search(sent) or REC_BY.search(sent):
        return False
    return not (mechanism_mentions(sent, None) or countries_in(sent))


def countries_in(text: str) -> list[str]:
    """States named in ``text``, in order (English names)."""
    return [m.group(1) for m in COUNTRY.finditer(text)]


# ---------------------------------------------------------------- year and source of a citation

YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def source_detail(sent: str, mech: str, countries: list[str]) -> str | None:
    if mech == "UPR" and countries:
        return ", ".join(dict.fromkeys(countries))
    mandate_end = (r"(?=\s+(?:recommend|urg|call|request|note|stat|express|visit|found|conclud|ask|invit|encourag|"
                   r"said|has|had|have|was|were|is|in\s+\d{4}|during|following|after|also)\w*\b|[,;.():]|$)")
    for rx in (r"(?:Special Rapporteur|Independent Expert) on [^,;.()]+?" + mandate_end,
               r"General Comment (?:No\.?\s*)?\d+",
               r"Concluding Observations[^,;.:]*?" + mandate_end, r"List of Issues[^,;.:]*?" + mandate_end,
               r"Working Group on [^,;.()]+?" + mandate_end):
        m = re.search(rx, sent, re.I)
        if m:
            # "In its 2019 concluding observations the Committee recommended": the subject is not the source
            return re.sub(r"\s+(?:the\s+(?:[\w-]+\s+){0,3}?Committee\b.*|it|they|he|she)$", "", collapse(m.group(0)),
                          flags=re.I)
    mentions = mechanism_mentions(sent, None)
    if mentions:
        return ", ".join(dict.fromkeys(collapse(t) for _, _, t in mentions))
    return None


_YEAR_CONTEXT = re.compile(r"recommend|review|cycle|session|concluding observations|list of issues|visit|рекоменд|"
                           r"обзор|цикл|сесси|заключительн|перечн\w* вопросов|визит|"
                           # the case or opinion the body decided: "The Working Group in 2023 considered the case ..."
                           r"\b(?:case|communication|opinion|Views)\b|(?<!\w)(?:дел[оа]|сообщени|мнени|соображени)",
                           re.I)


def trailing_ref(after: str) -> str:
    """A footnote number right after a sentence ("... all settings.2 Parliament ..."): the sentence splitter
    leaves it out of both sentences."""
    m = re.match(r"\d{1,3}(?=\s|$)|\[\^?(\d{1,3})\]", after)  # "... life".[^2] The Act ...' in Markdown
    return (m.group(1) or m.group(0)) if m else ""


_REVIEW_WORDS = r"(?:\b(?:review|cycle|supported|accepted|noted|received)\b|обзор|цикл|поддержал|принял|получил)"
_REVIEW_NEAR_YEAR = re.compile(_REVIEW_WORDS + r"[^.;]{0,60}?\b(19[5-9]\d|20[0-4]\d)\b|"
                               r"\b(19[5-9]\d|20[0-4]\d)\b[^.;]{0,60}?" + _REVIEW_WORDS, re.I)


def context_year(before: str, sent: str, mech: str, notes: dict[str, str], committee: str | None) -> int | None:
    """The year of the review / session / visit an earlier sentence of the paragraph speaks of, when it
    is the same mechanism's.

    "Following the third cycle of the UPR in 2019, 13 recommendations were made. Those recommendations
    included ..." gives 2019 to the second sentence; not when the sentence speaks of a previous review.
    """
    if re.search(r"\b(?:previous|earlier|last|prior|former)\b|предыдущ|прошл", sent, re.I):
        return None
    for a, b in reversed(sentence_spans(before)):
        prev = before[a:b]
        if _YEAR_CONTEXT.search(prev) and YEAR.search(prev):
            mentions = mechanism_mentions(prev, committee)
            if mentions and pick_mechanism(mentions, countries_in(prev)) == mech:
                return year_in(prev, notes)
            if not mentions and mech == "UPR" and re.search(r"\b(?:review|cycle|supported|accepted|noted)\b|обзор|цикл|"
                                                            r"поддержал|принял", prev, re.I):
                # the year of the review, not of what happened since: "X supported Ireland's recommendation to
                # ... — the article was repealed in January 2026"
                near = _REVIEW_NEAR_YEAR.search(prev)
                return int(near.group(1) or near.group(2)) if near else None
            return None
    return None


UPR_NAME = re.compile(r"Universal Periodic Review|\bUPR\b|\bУПО\b|Универсальн\w+ периодическ", re.I)


_REVIEW_HELD = re.compile(r"\b(?:held|took place|was reviewed|underwent|consideration|dialogue)\b|"
                          r"\b(?:conducted|carried\s+out)\s+(?:the\s+|its\s+)?(?:\w+\s+)?review\b|"
                          r"состоял|прош(?:[её]л|л[аио])(?!\w)|рассмотрен|диалог", re.I)
_SESSION = re.compile(r"\bsession\b|сесси", re.I)
# the opening of a submission *for* a coming review ("Stakeholder submission to the 5th cycle",
# "для четвертого цикла"): the session it names has not been held, its recommendations are not the cited ones
_FOR_REVIEW = re.compile(r"\bsubmission\b|\bfor\s+the\s+\w+\s+(?:cycle|session)\b|\bпредставлени|"
                         r"\bдля\s+\w+\s+(?:цикла|сессии)", re.I)
# the review whose recommendations the report follows up ("the recommendations received by X during its
# third UPR in November 2020", "X received 231 recommendations in 2022", "получила 231 рекомендацию")
# "At the review in November 2022, 94 States made 241 recommendations to X": the review, with no UPR named
_STATES_MADE = re.compile(r"\bStates\s+(?:made|issued|addressed|formulated)\s+(?:\d[\d,]*\s+)?recommendations?\b")
_RECEIVED_N = re.compile(r"\breceived\s+\d[\d,]*\s+recommendations\b|(?<!\w)получил\w*\s+\d+\s+рекомендаци", re.I)
_RECEIVED = re.compile(r"\brecommendations?\b[^.;]{0,80}?\b(?:received|supported|accepted|noted)\b|"
                       r"\b(?:received|supported|accepted)\s+(?:\w+\s+){0,3}?recommendations?\b|"
                       r"рекомендаци\w*[^.;]{0,80}?(?:получ|поддерж|принят)|"
                       r"(?:получил\w*|поддержал\w*|принял\w*)\s+(?:\w+\s+){0,3}?рекомендаци|" + _STATES_MADE.pattern,
                       re.I)


_PREVIOUS_REVIEW = re.compile(r"\b(?:previous|earlier|prior|last)\s+(?:\w+\s+){0,2}?(?:UPR|review|cycle|session)\b|"
                              r"предыдущ\w+\s+(?:\w+\s+){0,2}?(?:УПО|обзор\w*|цикл\w*|сесси\w*)", re.I)


# "since the third review of X under the UPR in January 2019": the review the report follows up
_SINCE_REVIEW = re.compile(r"\bsince\s+(?:the|its|[A-Z][\w-]+['’]s)\s+(?:\w+\s+){0,2}?(?:review|cycle|UPR)\b|"
                           r"\bс\s+момента\s+(?:\w+\s+){0,2}?(?:обзора|цикла|УПО)\b", re.I)


# («прошлого цикла», not «прошла»: "passed")
_EARLIER = re.compile(r"\b(?:previous|earlier|last|prior|former|first|second)\b|предыдущ|"
                      r"прошл(?:ый|ого|ом|ому|ая|ой|ую|ые|ых|ым|ыми)\b", re.I)


@lru_cache(maxsize=64)
def _review_years(opening: str) -> tuple[int | None, int | None]:
    """(year of the UPR review whose recommendations the report is about, year of the previous one) from
    its opening.

    A review said to have been held ("the interactive dialogue took place on 29 January 2025") comes
    first, then the review the State "received / supported" its recommendations at, then a session
    named without a verb ("49th session of the UPR Working Group (2025)") unless the report is a
    submission for that session.
    """
    held = received = named = previous = None
    upr_doc = UPR_NAME.search(opening[:600])
    # sentence by sentence within paragraphs: a title's last line is no sentence with the date line below it
    sents = [p[a:b] for p in BLANK_LINE.split(opening) for a, b in sentence_spans(p)]
    for sent in sents:
        since = _SINCE_REVIEW.search(sent)
        if since and held is None and (upr_doc or UPR_NAME.search(sent)):
            y = YEAR.search(sent, since.end(), since.end() + 120)
            if y:
                held = int(y.group(1))
                continue
        # "X was reviewed for the third time on 24 January 2023" in a report about the UPR names no UPR
        # ... nor "94 States made 241 recommendations to X"
        # ... nor "In 2021 X received 214 recommendations"
        upr_sent = UPR_NAME.search(sent) or (upr_doc and (re.search(r"\b(?:was|were|been)\s+reviewed\b", sent)
                                                          or _STATES_MADE.search(sent) or _RECEIVED_N.search(sent)))
        if not upr_sent and not re.search(r"\b(?:UPR|review|cycle)\b|\bцикл", sent, re.I):
            continue
        years = YEAR.findall(sent)
        if not years:
            continue
        rec = _RECEIVED.search(sent)
        prev_m = _PREVIOUS_REVIEW.search(sent)
        if rec and not prev_m and received is None:
            # the year after the verb, or one close before it ("held in May 2017, X received 176 ..."), not that
            # of another event in the sentence ("The Coalition was formed in 2016 to ... the recommendations ...")
            y = YEAR.search(sent, rec.start()) or YEAR.search(sent, max(0, rec.start() - 80), rec.start())
            received = int(y.group(1)) if y else None
        if prev_m:
            # "The previous UPR on Kazakhstan was held in February 2010": the year after that phrase
            y = YEAR.search(sent, prev_m.end(), prev_m.end() + 150)
            previous = previous or (int(y.group(1)) if y else None)
            if UPR_NAME.search(sent[: prev_m.start()]) and _REVIEW_HELD.search(sent[: prev_m.start()]):
                y0 = YEAR.search(sent[: prev_m.start()])
                held = held or (int(y0.group(1)) if y0 else None)
        elif _EARLIER.search(sent) or not upr_sent:
            continue
        elif _REVIEW_HELD.search(sent):
            held = held or int(years[0])
        elif _SESSION.search(sent):
            named = named or int(years[0])
    if named is not None and _FOR_REVIEW.search(opening[:600]):
        named = None
    return held or received or named, previous


def review_year(opening: str, sent: str) -> int | None:
    """A UPR recommendation reported without a year: the year of the review the report is about
    (of the previous review when the sentence says "previous")."""
    current, previous = _review_years(opening)
    return previous if _EARLIER.search(sent) else current


def previous_review_year(opening: str, sent: str, mech: str) -> int | None:
    """"... recommendations it had adopted at the previous UPR": the year of the previous review, when the
    report's opening gives it ("The previous UPR on Kazakhstan was held in February 2010")."""
    if mech != "UPR" or not re.search(r"\b(?:previous|earlier|prior)\s+(?:UPR|review|cycle|Universal)", sent, re.I):
        return None
    return _review_years(opening)[1]


# "the third UPR cycle", "its third Universal Periodic Review", "третьего цикла УПО": a UPR cycle by its number
_CYCLE = re.compile(
    r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:(?:UPR|Universal\s+Periodic\s+Review)\s+)?"
    r"(?:cycle|review|UPR|Universal\s+Periodic\s+Review)\b(?!\s+(?:of\s+(?:the\s+)?)?(?:periodic|report))"
    r"|(?<!\w)(перв|втор|трет|четв[её]рт|пят)\w*\s+(?:цикл\w*|УПО|обзор\w*)", re.I)
# ordinal words (Russian by their stem) and their numbers: "third cycle", "третьего цикла", "the second has not ..."
ORDINAL = {"first": 1, "1st": 1, "перв": 1, "second": 2, "2nd": 2, "втор": 2, "third": 3, "3rd": 3, "трет": 3,
           "fourth": 4, "4th": 4, "четвёрт": 4, "четверт": 4, "fifth": 5, "5th": 5, "пят": 5}


def _cycle_of(m: re.Match) -> int:
    return ORDINAL[(m.group(1) or m.group(2)).lower()]


BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a paragraph break


@lru_cache(maxsize=64)
def _cycle_years(text: str) -> dict[int, int]:
    """The year of each UPR cycle a report dates ("during the third cycle of the UPR in 2020", "с ноября 2021
    года (третий цикл УПО)"): the year nearest the cycle's mention in its sentence, first mention first."""
    years: dict[int, int] = {}
    for a, b in sentence_spans(text):
        sent = text[a:b]
        for m in _CYCLE.finditer(sent):
            cycle = _cycle_of(m)
            if cycle in years or not (UPR_NAME.search(sent) or re.search(r"cycle|цикл", m.group(0), re.I)):
                continue
            # (distance, year) of the years up to 80 characters after the mention or 40 before it
            near = [(y.start() - m.end(), y) if y.start() >= m.end() else (m.start() - y.end(), y)
                    for y in YEAR.finditer(sent)]
            near = [(d, y) for d, y in near if d <= (80 if y.start() >= m.end() else 40)
                    and not BLANK_LINE.search(sent, min(y.start(), m.start()), max(y.end(), m.end()))]
            if near:
                years[cycle] = int(min(near, key=lambda dy: dy[0])[1].group(1))
    return years


def cycle_year(text: str, sent: str) -> int | None:
    """A UPR recommendation of a numbered cycle reported without a year ("During the third UPR cycle, X
    supported ..."): the year the report gives that cycle elsewhere."""
    m = _CYCLE.search(sent)
    return _cycle_years(text).get(_cycle_of(m)) if m else None


# a year with a footnote number glued to it by a text layer ("in 20191 and"); only where a year is expected
_YEAR_NOTE = r"((?:19[5-9]|20[0-4])\d)(?:\d{1,2})?\b"
_OBS_YEAR = re.compile(
    r"concluding observations\b(?:(?!\.\s|;|\n\s*\n)[^«»]){0,120}?\b(?:in|of|on|adopted)\s+(?:\w+\s+){0,2}?"
    + _YEAR_NOTE
    + r"|concluding observations\b[^.\n]{0,40}?\b((?:19|20)\d\d)\b"
    # the year first: "In November 2023 the Committee against Torture adopted its concluding observations"
    r"|\b(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d),?\s+(?:the\s+)?(?:UN\s+)?[^.\n]{0,80}?"
    r"\badopted\s+(?:its|the)\s+concluding observations"
    r"|\b((?:19|20)\d\d)\s+concluding observations"
    # a treaty body's symbol for them and their year: "(CRC/C/VAL/CO/5-6, 2019)"
    r"|\b(?:[A-Z]+/C|E/C\.12)/[A-Z]{2,4}/CO/[\d-]+\s*,\s*(?:(?:adopted\s+)?(?:on\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?"
    r"((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\s+год\w*\s+(?:(?!\.\s)[^\n]){0,80}?заключительн\w+ замечани"
    r"|заключительн\w+ замечани\w+(?:(?!\.\s|;|\n\s*\n)[^«»]){0,120}?\b((?:19|20)\d\d)\b", re.I)
# "the Committee's previous review of Eskora in 2018", "since its last review in 2020"
_LAST_REVIEW = re.compile(
    r"\b(?:Committee's|its|the)\s+(?:previous|last|most\s+recent)\s+(?:review|examination|consideration|dialogue)\b"
    r"(?:(?!\.\s)[^;\n]){0,60}?\b" + _YEAR_NOTE
    + r"|(?:предыдущ|последн)\w+\s+(?:рассмотрени|обзор|диалог)\w*[^.;]{0,60}?\b((?:19|20)\d\d)\b"
    # plain words: "The Committee last looked at Galdoria in 2020", "The last time the Committee looked at
    # Sorvenna was in 2016", "the Committee's advice from 2019"
    r"|\bCommittee\s+last\s+(?:looked\s+at|reviewed|examined)\s+[^.;]{0,40}?\bin\s+((?:19|20)\d\d)\b"
    r"|\blast\s+time\s+the\s+Committee\s+(?:looked\s+at|reviewed|examined)\s+[^.;]{0,40}?\bin\s+((?:19|20)\d\d)\b"
    r"|\bCommittee['’]s\s+(?:advice|recommendations)\s+(?:from|of)\s+((?:19|20)\d\d)\b", re.I)


@lru_cache(maxsize=64)
def observations_year(opening: str) -> int | None:
    """The year of the concluding observations a follow-up or shadow report's opening names
    ("Dravonia – concluding observations of 2022", "the 2019 concluding observations", "the concluding
    observations adopted on the second periodic report of X in 2019"), or of the treaty body's previous
    review of the State when the report is addressed to a treaty body ("since the Committee's previous
    review of X in 2018")."""
    m = _OBS_YEAR.search(opening)
    if m is None and _TREATY_TITLE.search(opening[:600]) and not UPR_NAME.search(opening[:600]):
        m = _LAST_REVIEW.search(opening)
    return int(next(g for g in m.groups() if g)) if m else None


def report_observations_year(text: str, notes: dict[str, str], committee: str | None = None) -> int | None:
    """``observations_year`` of a report's opening, else of its first footnotes (a PDF's opening note
    "Concluding observations on ... CRC/C/OLV/CO/4-5, adopted on 3 June 2016", its marker lost); a note citing
    another treaty body's observations ("CCPR/C/NVN/CO/2, 2022" in a report to ``committee`` CESCR) is passed
    over."""
    found = observations_year(text[:4000])
    if found is None:
        firsts = sorted((int(k), v) for k, v in notes.items() if k.isdigit() and int(k) <= 3
                        and not (committee and (bodies := {mechanism_for_symbol(x) for x in find_symbols(v)} - {None})
                                 and committee not in bodies))
        found = next((y for _, v in firsts if (y := observations_year(v))), None)
    return found


# a treaty body named in a report's title block (the ones without a mechanism code of their own too)
_TREATY_TITLE = re.compile(r"\bCommittee\s+(?:against|on|for)\b|\bCCPR\b|\bCEDAW\b|\bCERD\b|\bCESCR\b|\bCRC\b|"
                           r"\bCAT\b|\bCRPD\b|\bCED\b|\bCMW\b|Комитет\w*\s+(?:против|по|ООН)", re.I)


_HRC_SYMBOL = re.compile(r"\bA/HRC/(WG\.6/)?(\d{1,2})/(?=\w)")


def symbol_year(text: str) -> int | None:
    """The year of the review or report a Human Rights Council symbol in ``text`` stands for.

    A/HRC/WG.6/N/...: documents of the N-th UPR Working Group session (its year). A/HRC/N/...: documents
    of the N-th Council session (three a year since 2007: March, June, September); a UPR Working Group
    report is adopted at the session after the review, so the report of a March session (A/HRC/46/12)
    holds the recommendations of a review held the November before.
    """
    m = _HRC_SYMBOL.search(text)
    if not m:
        return None
    n = int(m.group(2))
    if m.group(1):
        return session_year(n)
    if n < 4:
        return 2006
    year = 2007 + (n - 4) // 3
    wg_report = re.search(r"Working Group|\bUPR\b|Universal Periodic|\d{2,3}\.\d{1,3}\b|\bУПО\b|"
                          r"Рабоч\w+ групп", text[max(0, m.start() - 200) : m.end() + 200], re.I)
    return year - 1 if (n - 4) % 3 == 0 and wg_report else year


def _first_year(text: str) -> int | None:
    """A year in ``text``: one in brackets ("(2019)") first, else the first one."""
    m = re.search(r"\((19[5-9]\d|20[0-4]\d)\)", text) or YEAR.search(text)
    return int(m.group(1)) if m else None


def year_in(sent: str, notes: dict[str, str]) -> int | None:
    """The year a citation sentence gives: a year in it (one in brackets first), else its footnote's, else
    the year of a Council symbol in it (as the footnotes date that symbol, else by the calendar)."""
    y_sent = _first_year(sent)
    if y_sent:
        return y_sent
    refs = re.findall(r"(?<=[.,;:”\"’)\]a-z])\s?(\d{1,3})(?=\s|$)", sent) + re.findall(r"\[\^?(\d{1,3})\]", sent)
    texts = [sent]
    for ref in refs:
        note = notes.get(ref)
        if note:
            y = YEAR.search(note)
            if y:
                return int(y.group(1))
            texts.append(note)
    for text in texts:
        y_sym = dated_symbol(text, notes)
        if y_sym:
            return y_sym
    return None


# what follows a cited recommendation in its sentence once the sentence turns to its fate: a year after it
# ("..., accepted by the State, is implemented: by the end of 2024 cameras ...") is a fact, not its date
_AFTER_CITE_TURN = re.compile(r"[;:]|\s[—–]\s|\b(?:implement\w*|has|have|had|was|were|is|are|however|but|yet|still|"
                              r"instead|although|whereas|since|reference)\b|"
                              r"выполн|однако|но\s|до\s+сих|по-прежнему", re.I)


_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")
# a year inside a recommendation's own words that dates its content, not the recommendation: "the protests
# of October 2024", "by 2025", "since 2020", "the Law of 2004", "до 2025 года"
_CONTENT_YEAR = re.compile(r"(?:\b(?:" + _MONTHS + r")|\b(?:by|since|until|before|after|from|of|between|and|to)|"
                           r"(?<!\w)(?:к|до|с|со|после|между|от))\s+(?:\d{1,2}\s+)?$"
                           # the year of a general comment: "general comment No. 7 (1997)"
                           r"|\bgeneral\s+(?:comment|recommendation)\s+No\.?\s*\d+\s*\($", re.I)


# a year that is part of an instrument's name: "accede to the 1954 and 1961 Conventions", "the 2019 Law"
_NAMES_INSTRUMENT = re.compile(r"(?:\s+(?:and|or)\s+(?:19|20)\d\d)?\s+(?:[A-Z][\w-]*\s+){0,3}?"
                               r"(?:Conventions?|Protocols?|Act|Law|Code|Constitution|Declaration|Statute|Covenant|"
                               r"Charter|Agreement|Principles)\b")


_REPORT_YEAR = re.compile(r"\b(?:in\s+(?:a|her|his|its|the)\s+report|report)\s+(?:(?:presented|published|submitted|"
                          r"issued)\s+)?(?:in|of)\s+(?:\w+\s+)?(19[5-9]\d|20[0-4]\d)\b|"
                          r"(?<!\w)в\s+доклад\w*\s+(?:от\s+)?(?:\w+\s+)?(19[5-9]\d|20[0-4]\d)\s+год", re.I)


def year_around(sent: str, a: int, b: int, notes: dict[str, str]) -> int | None:
    """The year of the recommendation at ``sent[a:b]``: from its lead-in, from what directly follows it
    (a bracketed reference, "made in 2016"), from its own words unless that year dates their content
    ("the protests of October 2024", "by 2025"), from a footnote, or from a Council symbol."""
    # the head of a reported clause is lead-in too: "... recommended [in 2022 that] the authorities extend ..."
    head = re.match(r"(?:[^\w\n]*[\w-]+(?![\w-])){0,12}?\s+(?:that|to)\b", sent[a:b])
    if head and YEAR.search(head.group(0)):
        a += head.end()
    lead, inner = sent[:a], sent[a:b]
    after = sent[b:]
    turn = _AFTER_CITE_TURN.search(after)
    near = after[: turn.start()] if turn else after
    # "After his visit in 2018, the Special Rapporteur, in a report presented in 2019, recommended": the report's
    report = _REPORT_YEAR.search(lead)
    if report:
        return int(report.group(1) or report.group(2))
    for part in (lead, near):
        y = _first_year(part)
        if y:
            return y
    for m in YEAR.finditer(inner):
        if not _CONTENT_YEAR.search(inner[max(0, m.start() - 30) : m.start()]) and not _NAMES_INSTRUMENT.match(
                inner, m.end()):
            return int(m.group(1))
    return year_in(YEAR.sub(" ", sent), notes)  # its footnotes and symbols, the years weighed above left out


def dated_symbol(text: str, notes: dict[str, str]) -> int | None:
    """The year of the Council symbol in ``text``: as a footnote dates it ("A/HRC/49/12 (2022)"), else by
    the calendar (``symbol_year``)."""
    sym = _HRC_SYMBOL.search(text)
    if not sym:
        return None
    full = re.match(r"[\w/.]+", text[sym.start() :])
    symbol = full.group(0).rstrip(".") if full else sym.group(0)
    dated = re.compile(re.escape(symbol) + r"(?![\w/])[^\n;]{0,30}?\b(19[5-9]\d|20[0-4]\d)\b")
    for note in notes.values():
        d = dated.search(note)
        if d:
            return int(d.group(1))
    return symbol_year(text)


__all__ = [
    "COUNTRY", "ICCPR_DOC", "MECHS", "MECH_ALL", "REC_BY", "RU_CUES", "THE_COMMITTEE", "UPR_NAME", "VERB_CUES", "YEAR",
    "bare_committee", "context_year", "countries_in", "dated_symbol", "doc_committee", "is_status_report",
    "mechanism_mentions", "observations_year", "pick_mechanism", "previous_review_year", "report_observations_year",
    "review_year", "scaled_status", "source_detail", "speakers", "status_of", "status_scale", "symbol_year",
    "trailing_ref", "year_around", "year_in",
]
