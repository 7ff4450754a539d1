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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..models import Document, Extraction, Unit
from .articles import explicit_articles, keyword_articles
from .mechanisms import (
    COUNTRY,
    ICCPR_DOC,
    MECH_ALL,
    REC_BY,
    RU_CUES,
    THE_COMMITTEE,
    UPR_NAME,
    VERB_CUES,
    YEAR,
    context_year,
    countries_in,
    doc_committee,
    is_status_report,
    mechanism_mentions,
    observations_year,
    pick_mechanism,
    previous_review_year,
    review_year,
    source_detail,
    status_of,
    trailing_ref,
    year_in,
)
from .tables import block_rows, md_rows, table_units, text_tables
from .textutil import MARKER, clean, collapse, quote_ranges, sentence_spans, strip_emphasis, strip_marker

# ---------------------------------------------------------------- patterns

_TERMINAL = ".?!:;"
_PAGE_NO = re.compile(r"^\s*[-–—]?\s*(?:page\s+|стр\.?\s*)?\d{1,4}(?:\s*(?:of|/|из)\s*\d{1,4})?\s*[-–—]?\s*$", re.I)
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_FOOT_SEP = re.compile(r"^(?:[ \t]{20,}|\s*[_\-]{8,}\s*)$")
_FOOT_LINE = re.compile(r"^\s{0,2}(\d{1,3})\s*(\S.*)$")
_MD_HEAD = re.compile(r"^\s{0,3}(#{1,6})\s+")
_PAREN = r"\((?:[^()]|\([^()]*\))*\)"
_REC_WORD = (r"(?:recommendations?|recommended\s+actions?|actions?\s+(?:recommended|needed|required)|рекомендаци[яи]|"
             r"proposals|предложения|рекомендации и предложения|"
             # campaign wording: "Our asks", "Key demands", "What needs to change", "What we are asking for"
             r"(?:our|key|main|core|the\s+coalition'?s?|ngo)\s+(?:asks|demands|requests)|what\s+(?:needs|has)\s+to\s+(?:change|be\s+done)|what\s+must\s+change|"
             r"what\s+we\s+(?:are\s+asking|ask)\s+for|what\s+we\s+(?:ask|recommend|propose|urge)|"
             r"требования|что\s+(?:необходимо|нужно|следует)\s+(?:сделать|изменить))")
_QUE_WORD = r"(?:questions?|вопрос(?:ы|ов)?)"
_LABEL_TAIL = (r"(?:\s+(?:to|for|on|of|from|by|concerning|regarding|к|для)\s+[^:()]{1,120}"
               r"|\s+[а-яёА-ЯЁ-]+(?:\s+[а-яёА-ЯЁ-]+)?(?=\s*:\s*$)"  # "Рекомендации коалиции:"
               r"|\s+(?:государств\w*(?:-участни\w+)?|правительств\w*|властям|парламент\w*)(?:\s+[^:()]{1,60})?)?"
               r"\s*(?:" + _PAREN + r")?\s*[:.]?\s*$")
_REC_LABEL = re.compile(
    # "Annex: list of recommendations", "Summary of recommendations", "Annex 2 – additional recommendations"
    r"^(?:annex(?:\s+[\w.]{1,4})?\s*[:.–—-]\s*|приложение(?:\s+[\w.]{1,4})?\s*[:.–—-]\s*)?"
    r"(?:(?:full\s+|consolidated\s+|complete\s+)?(?:list|summary|overview)\s+of\s+(?:the\s+|our\s+)?|перечень\s+)?"
    r"(?:(?:our|key|main|general|specific|additional|further|proposed|suggested|ngo|основные|наши|предлагаемые|"
    r"рекомендуемые|ключевые|дополнительные|общие|конкретные|наши\s+основные)\s+"
    r"(?:[a-zа-яё-]{3,20}\s+)?)?"
    + _REC_WORD + _LABEL_TAIL
    + r"|^we\s+(?:therefore\s+)?(?:recommend|urge|call\s+(?:on|upon))\b[^.:]{0,120}:\s*$"
    r"|^(?:мы\s+)?(?:также\s+)?(?:рекомендуем|призываем|предлагаем)\b[^.:]{0,120}:\s*$"
    # "The Government should:", "The State party must, as a matter of priority:", "Государству следует:"
    r"|^(?:the\s+)?(?:State(?:\s+party)?|Government|authorities|Parliament)(?:\s+of\s+[A-Z][\w ]{1,40}?)?\s+"
    r"(?:should|must)\b[^.:]{0,60}:\s*$"
    r"|^(?:государств\w*(?:-участни\w+)?|правительств\w*|властям|власти)\s+(?:следует|необходимо|должн\w*)"
    r"[^.:]{0,60}:\s*$",
    re.I,
)
_QUE_LABEL = re.compile(
    r"^(?:(?:recommended|suggested|proposed|possible|key|additional|further|draft|рекомендуемые|предлагаемые|"
    r"возможные)\s+(?:[a-zа-яё-]{3,20}\s+)?)?(?:list\s+of\s+)?" + _QUE_WORD + _LABEL_TAIL
    # "Questions the Committee may wish to include in the list of issues"
    # "Questions the Special Rapporteur may wish to raise", "Advance questions that States could put to X:"
    + r"|^(?:(?:recommended|suggested|proposed|possible|key|additional|further|advance)\s+)?" + _QUE_WORD
    + r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:may|might|could|should|can|suggest|propose|recommend)\b[^.:]{0,120}[:.]?\s*$"
    # "Вопросы, которые Комитет мог бы задать ...:", "Вопрос Комитету для письма ...:"
    r"|^(?:(?:предлагаемые|возможные|рекомендуемые)\s+)?вопрос\w*(?:\s*,\s*которые\b[^:]{0,160}"
    r"|\s+(?:к\s+)?(?:Комитет\w*|государств\w*|правительств\w*|власт\w*)\b[^:]{0,120})\s*:\s*$"
    # "The Committee may wish to ask the State party:", "We suggest that the Committee ask the Government:"
    + r"|^(?:(?:we\s+)?(?:suggest|propose|recommend)\s+that\s+)?(?:the\s+)?(?:\w+\s+)?Committee\s+"
    r"(?:(?:may|might|could|should)\s+(?:wish\s+to\s+|want\s+to\s+|consider\s+)?)?(?:ask(?:ing)?|put|rais(?:e|ing)|"
    r"request(?:ing)?)\b[^.:]{0,100}:\s*$"
    r"|^(?:мы\s+)?(?:предлагаем|рекомендуем)?\s*(?:Комитет\w*)\s+(?:может|мог\w*)?\s*(?:пожелать\s+)?"
    r"(?:задать|запросить|спросить)\b[^.:]{0,100}:\s*$",
    re.I,
)
_STANDALONE = re.compile(r"^(?P<label>(?:recommendation|рекомендация)s?\s*(?:(?:no\.?|№)?\s*\d{1,3}\s*)?"
                         r"(?:" + _PAREN + r")?\s*(?::|\.(?=\s+[A-ZА-ЯЁ])))\s*(?P<body>\S.*)$", re.I | re.S)
_STANDALONE_Q = re.compile(r"^>?\s*(?P<label>(?:(?:recommended|suggested|proposed)\s+)?questions?\s*(?:" + _PAREN
                           + r")?\s*:)\s*"
                           r"(?P<body>\S.*)$", re.I | re.S)
_STRONG_HEAD = re.compile(
    r"^(?:(?:issue|section|part|chapter|annex|appendix|раздел|глава|часть)\s+(?:\d{1,3}|[IVXLC]{1,6})\b"
    r"|[IVXLC]{1,6}\.\s+\S"
    # "Annex. Methodology"
    r"|(?:annex|appendix|приложение)(?:\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-H]))?\s*[.:–—-]\s+[A-ZА-ЯЁ]"
    r"|(?:article|статья)\s+\d{1,2}(?:\s*[.:\-–—]\s+[\"“«(]?[A-ZА-ЯЁ]|\s*$))",
    re.I,
)
_NUM_HEAD = re.compile(r"^(?:(?:\d{1,2}(?:\.\d{1,2})*|[A-HА-Е])[.)]|\d{1,2}(?:\.\d{1,2})+)\s+[\"“«(]?[A-ZА-ЯЁ]")
# a section number before a heading or label: "2.2", "4.", "IV.", "B)"
_UPPER_ROMAN = re.compile(r"^([IVX]{1,5})\.\s+(?=\S)")


def _roman_item(t: str) -> re.Match[str] | None:
    """ "II.  Восстановить лицензии ...": an upper-case roman number before a request numbers an item, not a
    part of the report ("V. STATELESSNESS"); the number's match, or None."""
    m = _UPPER_ROMAN.match(t)
    return m if m and _IMPERATIVE.match(t[m.end() :]) else None
_SECTION_NO = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-HА-Е][.)]|"
                         r"(?i:part|section|chapter|раздел|часть)\s+[\w]{1,12}[.:]?)\s+")
# the authors' own lead-in to a list: "We urge the State party to:", "The Coalition recommends that the authorities:"
_OWN_LEADIN = re.compile(
    r"^(?:we|[A-ZА-ЯЁ][^.:;]{0,80}?)\s+(?:(?:therefore|also|further|strongly|respectfully)\s+)*"
    r"(?:recommends?|urges?|calls?\s+(?:on|upon)|asks?|requests?|encourages?|invites?|"
    r"рекоменду(?:ем|ет|ют)|призыва(?:ем|ет|ют))\b[^.:]{0,200}:\s*$",
    re.I,
)
# a paragraph in the authors' own voice that makes a request: "We also urge the State party to ..."
_OWN_REQUEST = re.compile(
    r"^(?:we|мы)\s+(?:(?:therefore|also|further|strongly|respectfully|again|также|настоятельно)\s+)*"
    r"(?:recommend|urge|call\s+(?:on|upon)|ask|request|encourage|invite|рекомендуем|призываем)\b"
    r"(?:\s+\w+){0,6}?\s+(?:to|that|что|чтобы|\w+(?:ть|ться))\b",
    re.I,
)
_PLEASE = re.compile(r"^please,?\s+(?:provide|explain|indicate|describe|clarify|comment|inform|specify|elaborate|give|"
                     r"outline|report|state|update)\b", re.I)
# "We suggest that the Committee ask the State party to explain ...", "Предлагаем Комитету запросить у государства ..."
_ASK_COMMITTEE = re.compile(
    # the authors' suggestion ("We suggest that the Committee ask ...") or a modal ("The Committee may wish to
    # ask ..."); a bare "The Committee requests the State party ..." quotes concluding observations
    r"^(?:(?:we\s+)?(?:would\s+)?(?:suggest|propose|recommend|invite|urge)\s+(?:that\s+)?the\s+(?:\w+\s+)?Committee\s+"
    r"(?:(?:may|might|could|should|is invited to)\s+(?:wish\s+to\s+|want\s+to\s+|consider\s+)?)?"
    r"|the\s+(?:\w+\s+)?Committee\s+(?:may|might|could|should|is invited to)\s+"
    r"(?:wish\s+to\s+|want\s+to\s+|consider\s+)?)"
    r"(?:ask|request|question|enquire|inquire)(?:s|ing)?\s+(?:of\s+)?the\s+(?:State|Government|authorities)\b(?![^.:]*:\s*$)"
    r"|^(?:предлагаем|просим|рекомендуем)\s+Комитету\s+(?:запросить|спросить|задать)\b(?![^.:]*:\s*$)",
    re.I,
)
_INTERROG = re.compile(r"^(?:what|how|why|when|where|which|who|whether|is|are|does|do|did|has|have|will|can|could|"
                       r"какие|каким|как|почему|когда|есть ли)\b", re.I)
_IMPERATIVE = re.compile(
    r"^(?:to\s+\w+|that\s+|the\s+(?:state(?:\s+party)?|government|authorities)\b.*\b(?:should|must)\b|"
    r"(?:(?:immediately|urgently|promptly|swiftly|fully|effectively|further|also|systematically|"
    r"without delay,?)\s+)?(?:"
    r"ensure|adopt|repeal|amend|abolish|establish|guarantee|take|provide|bring|review|revise|introduce|develop|"
    r"implement|ratify|release|investigate|stop|cease|end|create|remove|allow|conduct|consider|strengthen|eliminate|"
    r"decriminali[sz]e|set|publish|protect|respect|prevent|prohibit|include|increase|improve|expedite|withdraw|"
    r"accede|align|harmoni[sz]e|refrain|recognise|recognize|define|facilitate|grant|lift|reform|reduce|support|"
    r"train|monitor|collect|exclude|invite|cooperate|extend|enact|criminali[sz]e|make|carry|restore|annul|"
    r"allocate|apply|approve|assess|ban|clarify|close|combat|comply|compensate|consult|designate|disclose|drop|enable|"
    r"enforce|engage|expand|give|hold|integrate|issue|keep|launch|limit|maintain|open|pass|pay|prioriti[sz]e|"
    r"prosecute|put|quash|raise|regulate|reinstate|replace|require|reverse|revoke|seek|submit|suspend|transfer|use|"
    r"undertake|uphold|adapt|address|bring|build|change|continue|deliver|disband|dissolve|empower|ensure|guarantee|"
    r"inform|inspect|modify|notify|oblige|offer|punish|redress|register|reject|renounce|rescind|safeguard|separate|"
    r"simplify|stipulate|strike|verify|vacate|waive|reconsider|lower|double|halt|abandon|desist|"
    r"обеспечить|принять|отменить|внести|ратифицировать|создать|пересмотреть|привести|гарантировать)\b"
    # a Russian recommendation starts with an infinitive: "Упростить процедуру ...", "Прекратить ..."
    r"|(?:незамедлительно\s+|немедленно\s+)?[а-яё]{3,}(?:(?:ать|ять|еть|ить|уть|ыть|оть)(?:ся)?|(?<![оа])(?:сти|зти)(?:сь)?|чь)(?!\w))",
    re.I,
)
# a request paragraph without a list marker: "The law must be amended", "Государству следует ..."
_SHOULD_WORD = re.compile(r"\b(?:should|must)\b|(?<!\w)(?:следует|должн[аоы]?|необходимо|надлежит)(?!\w)", re.I)
_STOP_END = re.compile(r"\b(?:and|or|of|the|to|a|an|in|on|for|with|by|from|at|as|that|which|is|are|и|в|на|с|по)$",
                       re.I)

_LABEL_HINT = re.compile(r"recommend|question|рекоменд|вопрос|we\s", re.I)

_SUBJECT_WORDS = re.compile(r"\b(?:delegat\w+|representatives?|States|countries|governments?|member states)\b"
                            r"|(?<!\w)(?:государств(?:а|ами)?(?!-)|стран(?:ы|ами)?|делегаци\w+)(?!\w)", re.I)
# Russian: States named as the subject ("Германия и Франция рекомендовали"), read as UPR where the UPR is spoken of
_RU_NAMES_SUBJ = re.compile(r"((?:[А-ЯЁ][а-яё]+(?:\s*,\s*|\s+и\s+))*[А-ЯЁ][а-яё]+)\s*$")

# a UPR recommendation by its paragraph number: "Recommendation 115.32 (Germany): ...", "recommendation 128.45 to ..."
_UPR_NUMBERED = re.compile(
    r"(?:\brecommendations?|(?<!\w)рекомендаци\w*)\s+(?:No\.?\s*|№\s*)?\d{2,3}\.\d{1,3}(?:\s*\((?P<src>[^()]{2,120})\))?"
    # "Recommendation 128.88 (Ireland) and 128.91 (Czechia): ...", "рекомендации 118.4 (Германия) и 118.9 (Канада)"
    r"(?P<more>(?:\s*(?:,|and|&|и)\s*\d{2,3}\.\d{1,3}(?:\s*\([^()]{2,120}\))?)*)"
    r"\s*(?::\s*|,\s*|\s+to\s+(?=[a-z])|\s+(?=[а-яё-]+(?:ть|ться|чь|сти|зти)\b))",
    re.I,
)
_PASSIVE_NEED = re.compile(
    r"^(?:the\s+)?need\s+(?:to|for)\b.*\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:put forward|highlighted|"
    r"raised|stressed|emphasi[sz]ed|underlined|noted|mentioned|pointed out|voiced)\s+by\b",
    re.I | re.S,
)
_NOUN_CUE = re.compile(
    r"\brecommendations?\b|\b(?:decision|decisions|views) of the\b|concluding observations|\blist of issues\b"
    r"|\brequest\b|\bgeneral comment\b|\b(?:urging|calling (?:on|upon|for)|requesting)\b|рекомендаци",
    re.I,
)
_QUOTE_CUE = re.compile(r"\b(?:should|must|urges?|urged|calls? (?:on|upon)|called (?:on|upon)|recommends?)\b|"
                        r"(?<!\w)(?:следует|должн\w*|необходимо|рекомендует|призывает)(?!\w)", re.I)
_OWN_VOICE = re.compile(r"^(?:we|our|the authors|activists|NGOs|the following|this (?:report|submission)|"
                        r"the present (?:report|submission))\b", re.I)
# "We (also) note that the State has not complied with ... in which the Committee requested ...": a citation
_WE_NOTE = re.compile(r"^we\s+(?:also\s+|further\s+)?(?:note|recall|regret|observe|stress|emphasi[sz]e|remind|"
                      r"point out)\s+(?:with\s+\w+\s+)?that\b", re.I)
# the authors' comment ("It is necessary to underline that the State never responded to the Views ..."):
# no citation by a noun alone ("Views", "recommendations"); a reporting verb in it still cites
_OWN_COMMENT = re.compile(r"^(?:it is (?:necessary|important|essential|crucial|vital|worth (?:noting|recalling|"
                          r"mentioning)))\b|^(?:необходимо|важно|следует отметить)(?!\w)", re.I)
# a sentence about the report itself, not a citation: "For each recommendation we indicate its status.",
# "It assesses the implementation of the recommendations received in 2019."
_ABOUT_REPORT = re.compile(r"\b(?:we|us)\b|^it\s+(?:also\s+)?(?:covers|assesses|reviews|describes|examines|draws\s+on|"
                           r"is\s+based\s+on|relies\s+on)\b|"
                           r"\b(?:selected|chose|identified)\s+(?:this|these|the)\s+(?:\w+\s+)?recommendations?\s+for\s+"
                           r"(?:the\s+)?follow-up\b|"
                           r"\b(?:presents?|submits?)\s+(?:this|the\s+present)\s+(?:submission|report)\b|"
                           r"оценк\w+\s+(?:выполнения|осуществления|реализации)\s+(?:[а-яё]+\s+)?рекомендаций|"
                           r"(?<!\w)настоящ\w+\s+(?:заявлени|доклад|информаци|материал|документ)\w*|"
                           r"(?<!\w)наш(?:их|ей)\s+организаци|"
                           r"\b(?:the|this|our)\s+(?:report|submission)\s+(?:follows|covers|is\s+structured|is\s+based|"
                           r"describes|presents)\b|(?<!\w)(?:мы|нами)(?!\w)|"
                           # "Of the three recommendations selected for follow-up, one was ...": a tally
                           r"^\s*(?:\d{1,3}\.\s+)?(?:of|из)\s+(?:the\s+|all\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                           r"двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)\s+(?:\w+\s+)?"
                           r"(?:recommendations|рекомендаций)\b|\bour\s+(?:own\s+)?(?:assessment|evaluation|analysis|rating|grading|scoring)\b|"
                           r"\b(?:the|this)\s+table\b|"
                           r"\b(?:assessment|evaluation|analysis)\s+of\s+(?:each\s+of\s+)?(?:the\s+|these\s+|all\s+)?"
                           r"(?:\w+\s+){0,2}recommendations\b|\b(?:assess|review|examin|evaluat|analy[sz]|track|monitor|follow)\w*\s+"
                           r"(?:\w+\s+){0,2}(?:implementation|status|follow-up)\s+of\s+(?:the\s+|all\s+)?"
                           r"(?:\w+\s+){0,2}recommendations\b", re.I)
_COORD_QUOTE = re.compile(r"\s*(?:\([^()]{2,120}\))?\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|;\s*)(?:to\s+)?",
                          re.I)
_GENERAL_REF = re.compile(r"\bgeneral\s+(?:recommendation|comment)s?\b", re.I)
# the follow-up procedure's request for information on the recommendations is not a recommendation itself
_FOLLOW_UP_INFO = re.compile(
    r"\b(?:information|report)\b.{0,40}\b(?:follow-up|implementation)\s+(?:to|of)\s+(?:the\s+)?(?:\w+\s+)?"
    r"recommendations|информаци\w+ о (?:выполнении|осуществлении|реализации) рекомендаций", re.I)
_STATE_SHOULD = re.compile(r"(?:^|\s)(?:the\s+)?State\s+party\s+(?:should|must|is\s+(?:urged|requested)\s+to)\s*$",
                           re.I)
# "; " before a new clause about what happened next ends a reported request
_NEW_CLAUSE = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*;\s+(?=(?:the|this|that|these|it|they|but|however|yet|no|none|"
                         r"nothing|so far|to date|since then|instead|ответ|однако|но|это|эти|данн\w*|никак\w*|"
                         r"до сих пор|пока|правительство|государство)(?!\w))", re.I)
_REFERS_REC = re.compile(r"\b(?:this|these|that|the|those|such|both|neither)\s+(?:\w+\s+)?recommendations?\b|"
                         r"(?<!\w)(?:эта|эти|данн\w+|указанн\w+)\s+рекомендаци", re.I)
_POSS_REC = re.compile(r"\b([A-Z][\w ]{2,40}?)['’]s\s+(?:recommendations?|calls?|appeals?)(?:\s*\([^()]{1,60}\))?"
                       r"(?:\s*:\s*|\s+(?=to\s+[a-z]))")
# requests to a UN mandate holder, not to the State: "Our requests to the mandate holders", "We ask you to:"
_TO_MANDATE = re.compile(
    r"^(?!.*\b(?:recommend|call\w*\s+(?:on|upon)\s+the\s+(?:State|Government)|urge\s+the\s+(?:State|Government)))"
    r".*(?:\b(?:requests|asks|demands)\s+(?:to|for|of)\s+(?:the\s+)?|\b(?:ask|request|invite)\s+(?:of\s+)?)"
    r"(?:you|the\s+(?:mandate[- ]holders?|special\s+rapporteurs?|special\s+procedures?|working\s+group))\b", re.I)
_THE_REC_OF = re.compile(r"^(?:[\w-]+\s+){0,2}recommendations?\s+(?:of|from|by|made\s+by)\s+(?P<who>.+?)"
                         r"(?:\s+(?:to|for)\s+.*)?\s*:?\s*$", re.I)
_AND_STATE_DASH = re.compile(r",\s+(?:а|и|and|while)\s+(?P<who>[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)\s*[–—]\s*")
_THE_REC = re.compile(r"^(?:[^,]{0,60},\s*)?(?:the|this|that|these|those|such)\s+recommendations?\b", re.I)
_ANAPHOR = re.compile(r"^(?:[^,]{0,40},\s*)?(?:this|these|those|such|the above|the said) recommendations?\b", re.I)
_PRONOUN_SUBJ = re.compile(r"^(?:[^,]{0,40},\s*)?(?:it|they|the committee|he|she)\b", re.I)
_LEAD_CLAUSE = re.compile(r"^(?:since|following|after|despite|in spite of|although|though|while|when|as of|"
                          r"in \w+ \d{4}|in \d{4})\b[^,]{0,200},\s+", re.I)
_TRAIL_CLAUSE = re.compile(r",\s+(?:however|but|in practice|while|whereas|yet|although|though|nevertheless|because|"
                           r"однако|но|хотя|поскольку|так как)(?!\w)", re.I)
_LEAD_ADVERB = re.compile(r"^(?:unfortunately|however|furthermore|moreover|in addition|at the same time|essentially|"
                          r"thus|also|in particular|notably|indeed|for example|for instance),\s*", re.I)
_THAT_CLAUSE = re.compile(r"\b(?:the fact|stated|noted|said|claimed|reported|argued|believes?|indicated|declared|"
                          r"affirmed|concluded) that\s+", re.I)
_ANY_CUE = re.compile(r"recommend|urg|call|request|ask|appeal|need|decision|views|observations|list of issues|"
                      r"general comment|encourag|invit|рекоменд|призва|просил|предложил|[\"“”«»]", re.I)
_BRACKET_REF = re.compile(r"\s?\[(?:\^?\d{1,3}|\^[\w-]{1,20})\]")
_NOTE_LINE = re.compile(r"^\s{0,3}\[\^?(\d{1,3})\]:?\s+(\S.*)$")
_FOOTREF = re.compile(r"(?<!\d[.,])(?<=[.,;:”\"’)\]])\s?\d{1,3}(?=\s|$)|(?<=[a-z])\d{1,2}(?=[.,;]?\s*$)"
                      r"|(?<=[а-яё])\d{1,2}(?=[.,;:]?(?:\s|$))")  # "года5;": a note number glued to a Russian word


# ---------------------------------------------------------------- segments


@dataclass
class _Seg:
    """A paragraph, list item or heading: pieces of doc.text (one per kept line)."""

    pieces: list[tuple[int, int]]
    after_break: bool = False  # a page footer / page number was dropped just before it
    marker: str = ""  # list marker as written ("-", "1)", "a)", "**14.**", "- 17.")
    md_level: int = 0  # markdown heading level
    in_table: bool = False  # a table cell (DOCX / HTML)
    table: dict | None = None  # a table laid out in plain text (row -> column -> cell), read as a whole
    flat: str = ""
    dirty: bool = False  # pieces added since build()
    display: str = ""  # flat text without markdown emphasis, whitespace collapsed
    _starts: list[int] = field(default_factory=list)
    vocab: frozenset[str] = frozenset()  # the document's words: "recommenda-" + "tion" is one of them

    def build(self, text: str) -> None:
        self.dirty = False
        out = ""
        self._starts = []
        for k, (a, b) in enumerate(self.pieces):
            self._starts.append(len(out))
            piece = text[a:b]
            nxt = text[self.pieces[k + 1][0] : self.pieces[k + 1][1]] if k + 1 < len(self.pieces) else ""
            left = re.search(r"(\w+)-$", piece) if nxt[:1].islower() else None
            right = re.match(r"\w+", nxt) if left else None
            if left and right and (left.group(1) + right.group(0)).lower() in self.vocab:
                out += piece[:-1]  # a word hyphenated at a line break: "imple-" + "mented"
            else:
                out += piece + (" " if k + 1 < len(self.pieces) else "")
        self.flat = out
        self.display = collapse(strip_emphasis(self.flat))

    def doc_pos(self, i: int) -> int:
        """Offset in doc.text of flat index ``i``."""
        k = max(0, bisect.bisect_right(self._starts, i) - 1)
        a, b = self.pieces[k]
        return min(a + (i - self._starts[k]), b)


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_PAGE_EDGE = re.compile(r"^(?:(?:page\s+)?\d{1,4}\s{2,}\S.*|.*\S(?:\s{2,}|\s+[-–—|]\s+)(?:page\s+)?\d{1,4})$", re.I)


def _running_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Line indexes of running headers / footers in PDF text: a line with a page number at its edge
    ("SCCL – Submission to the Committee        2") whose words recur on other pages."""
    keys: dict[str, list[int]] = {}
    beside_page_no: dict[str, list[int]] = {}  # a recurring line next to a bare page number: "4" / "Report title"
    page_no = {i for i, (a, b) in enumerate(lines) if _PAGE_NO.match(text[a:b]) and text[a:b].strip()}
    for i, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if 12 <= len(line) <= 200 and _PAGE_EDGE.match(line):
            keys.setdefault(collapse(re.sub(r"\d+", " ", line)).lower(), []).append(i)
        elif 12 <= len(line) <= 200 and any(j in page_no for j in (i - 2, i - 1, i + 1, i + 2)):
            beside_page_no.setdefault(collapse(line).lower(), []).append(i)
    return {i for group in (keys, beside_page_no) for idx in group.values() if len(idx) >= 2 for i in idx}


def _footnote_zones(doc: Document, lines: list[tuple[int, int]],
                    running: set[int]) -> tuple[set[int], dict[str, str]]:
    """Line indexes of page-footer footnote zones (PDF text) and the footnotes found there; a running
    footer ends a zone (the next page begins)."""
    skip: set[int] = set()
    notes: dict[str, str] = {}
    if doc.format == "md":
        return skip, notes
    text = doc.text
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if _FOOT_SEP.match(text[a:b]) and i + 1 < len(lines):
            nxt = text[lines[i + 1][0] : lines[i + 1][1]]
            if not _FOOT_LINE.match(nxt):
                i += 1
                continue
            skip.add(i)
            cur = None
            j = i + 1
            while j < len(lines) and j - i <= 40:
                la, lb = lines[j]
                line = text[la:lb]
                if j in running:
                    break
                if line[:1].isspace() and line.strip() and not _FOOT_LINE.match(line) and not line.strip().startswith(
                    ("http", "www")
                ):
                    break
                skip.add(j)
                m = _FOOT_LINE.match(line)
                if m:
                    cur = m.group(1)
                    notes[cur] = m.group(2).strip()
                elif cur and line.strip():
                    notes[cur] += " " + line.strip()
                j += 1
            i = j
            continue
        i += 1
    return skip, notes


def _segments(doc: Document) -> tuple[list[_Seg], dict[str, str]]:
    text = doc.text
    md = doc.format == "md"
    lines = _lines(text)
    running = set() if md else _running_lines(text, lines)
    skip, notes = _footnote_zones(doc, lines, running)
    skip |= running
    # headings the reader knew from the file's structure (Word heading styles, HTML <h1>-<h6>)
    head_levels = {} if md else {b.start: b.level or 1 for b in doc.blocks if b.kind == "heading"}
    cell_starts = {b.start for b in doc.blocks if b.kind == "table_cell"}
    # footnotes the reader set apart (Word footnotes at the end of the text): notes, not paragraphs
    foot_spans = [(b.start, b.end) for b in doc.blocks if b.kind == "footnote"] if not md else []
    if foot_spans:
        skip |= {i for i, (a, _b) in enumerate(lines) if any(fa <= a < fb for fa, fb in foot_spans)}
    segs: list[_Seg] = []
    cur: _Seg | None = None
    brk = False
    bracket_refs = len(re.findall(r"\S\[\^?\d{1,3}\]", text)) >= 1
    # Word text saved as plain text: one (long) line per paragraph, not lines wrapped at a width
    widths = sorted(b - a for a, b in lines if b > a)
    long_lines = not md and doc.format == "txt" and len(widths) >= 10 and widths[int(len(widths) * 0.9)] > 140
    # markdown setext headings: a text line underlined with "===" (level 1) or "---" (level 2)
    setext: dict[int, int] = {}
    if md:
        for i in range(1, len(lines)):
            under = re.fullmatch(r" {0,3}(=+|-+)\s*", text[lines[i][0] : lines[i][1]])
            above = text[lines[i - 1][0] : lines[i - 1][1]].strip()
            if under and len(under.group(1)) >= 3 and above and not MARKER.match(above) and not above.startswith("|"):
                setext[i - 1] = 1 if under.group(1)[0] == "=" else 2
                skip.add(i)
    laid_out = {} if md or doc.format != "txt" else text_tables(text, lines, skip)
    vocab = frozenset(w.lower() for w in re.findall(r"\w{3,}", text)) if doc.format == "txt" else frozenset()
    for used, _rows in laid_out.values():
        skip |= used
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if i in laid_out:
            a2 = a + len(line) - len(line.lstrip())
            segs.append(_Seg([(a2, a + len(line.rstrip()))], table=laid_out[i][1]))
            cur = None
            continue
        if i in skip or _PAGE_NO.match(line) and line.strip() or _URL_ONLY.match(line):
            brk = True
            continue
        fm = _NOTE_LINE.match(line)
        if fm and bracket_refs:
            # "[2] A/HRC/41/9, 2019." / markdown "[^2]: ...": a footnote, kept for years, not a paragraph
            notes[fm.group(1)] = fm.group(2).strip()
            cur = None
            continue
        if not line.strip():
            cur = None
            continue
        # trim to content
        a2 = a + len(line) - len(line.lstrip())
        b2 = a + len(line.rstrip())
        content = text[a2:b2]
        hm = _MD_HEAD.match(content) if md else None
        mm = MARKER.match(content)
        roman_item = _roman_item(content)
        head_line = (not md and not roman_item and bool(_STRONG_HEAD.match(content)) and len(content) <= 200) or (
            len(content) <= 150 and _LABEL_HINT.search(content) is not None and _is_label(clean(content)))
        if hm:
            a2 += hm.end()  # the text of a markdown heading starts after its hashes
        block_level = head_levels.get(a2) or setext.get(i)
        head_line = head_line or block_level is not None
        if long_lines and cur is not None and not hm and not mm and not head_line:
            # a text with one line per paragraph: a line after a finished sentence starts a new paragraph
            prev_line = text[cur.pieces[-1][0] : cur.pieces[-1][1]].rstrip()
            if prev_line[-1:] in ".!?:;" and content[:1].isupper():
                cur = None
        if hm or mm or roman_item or cur is None or head_line:
            cur = _Seg([(a2, b2)], after_break=brk, vocab=vocab)
            if hm:
                cur.md_level = len(hm.group(1))
            elif block_level is not None:
                cur.md_level = block_level
            elif mm:
                cur.marker = _marker_of(content)
            elif roman_item:
                cur.marker = roman_item.group(1) + "."
            cur.in_table = a2 in cell_starts
            segs.append(cur)
            if head_line:
                cur = None  # a heading line of its own; what follows is a new paragraph
        else:
            cur.pieces.append((a2, b2))
        brk = False
    for s in segs:
        s.build(text)
    return _merge(segs, md, text, structured=doc.format in ("html", "docx")), notes


def _marker_of(content: str) -> str:
    m = MARKER.match(content)
    if not m:
        return ""
    mk = m.group(0)
    rest = content[m.end() :]
    m2 = MARKER.match(rest)
    if m2 and mk.strip() in ("-", "*", "•"):
        mk += m2.group(0)
    return collapse(mk)


def _is_label(t: str) -> bool:
    t = _SECTION_NO.sub("", t, count=1)
    return bool(_REC_LABEL.match(t) or _QUE_LABEL.match(t) or _is_own_leadin(t))


def _is_own_leadin(t: str) -> bool:
    """The authors' own lead-in to a recommendations list (not a UN body's or a State's)."""
    m = _OWN_LEADIN.match(t)
    if not m:
        return False
    subj = t[: m.end()]
    subj = subj[: re.search(r"recommend|urge|call|ask|request|encourag|invit|рекоменд|призыва", subj, re.I).start()]
    return _is_authors(subj)


def _is_authors(subj: str) -> bool:
    """Whether the subject of a request is the report's authors, not a UN body or a State: "The Norland
    Helsinki Committee recommends" is an NGO; "The Committee recommends", "Germany urges" are not."""
    the_body = re.search(r"\b(?i:the|its|this)\s+(?:Human\s+Rights\s+)?(?:Committee|Council)\b|^\s*(?:Комитет|Совет)",
                         subj)
    return not (MECH_ALL.search(subj) or COUNTRY.search(subj) or the_body)


# the authors, by name, making a request of their own: "The Bureau recommends that the State party ...",
# "Бюро рекомендует государству-участнику отменить ..." (present tense: a past one reports another's)
_NAMED_REQUEST = re.compile(
    r"^(?P<subj>[A-ZА-ЯЁ][^.:;]{0,60}?)\s+(?:(?:also|further|strongly|также|настоятельно)\s+)?"
    r"(?:recommends|urges|calls\s+(?:on|upon)|рекомендует|призывает)\b(?:\s+\S+){0,6}?\s+"
    r"(?:to|that|чтобы|[а-яё-]+(?:ть|ться|чь|сти|зти))\b", re.I)


def _is_others_recs(t: str) -> bool:
    """ "Recommendations of the Special Rapporteur / of Germany:" heads a UN body's or a State's list, not the
    authors' own ("Recommendations of the Belsarian Bureau to the Government:" is the authors')."""
    m = _THE_REC_OF.match(t)
    return bool(m and (mechanism_mentions(m.group("who"), None) or countries_in(m.group("who"))
                       or THE_COMMITTEE.search(m.group("who"))))


def _is_named_own_request(t: str) -> bool:
    """A paragraph in which the authors, named as its subject, make a request (not a UN body or a State)."""
    m = _NAMED_REQUEST.match(t)
    if not m:
        return False
    return _is_authors(m.group("subj")) and len(t) <= 600


def _starts_lower(s: str) -> bool:
    s = strip_emphasis(s).lstrip("#* \t\"“«(")
    return bool(s) and s[0].islower()


def _is_line_block(seg: _Seg, text: str) -> bool:
    """Three or more short lines (a legend, an address, a table typed as text): not a sentence cut by a
    page or line break, so nothing is joined to it."""
    lines = [text[a:b].strip() for a, b in seg.pieces]
    return len(lines) >= 3 and max(len(x) for x in lines) < 60


def _front_matter_break(prev_text: str, nxt: str, first: bool) -> bool:
    """Paragraphs that stay apart although the first has no full stop: the document's title block, a line
    ending in a date, an address or an e-mail before a capitalised one, an ALL-CAPS heading."""
    if nxt[:1].islower():
        return False
    if first or (nxt.isupper() and len(nxt) <= 80):
        return True
    return bool(re.search(r"\b(?:19|20)\d\d$|\S+@\S+$|https?://\S+$|www\.\S+$", prev_text))


def _merge(segs: list[_Seg], md: bool, text: str, structured: bool = False) -> list[_Seg]:
    """Join paragraphs split by page or line breaks inside a sentence (``structured``: the paragraphs
    come from a Word / HTML file's own structure, and only a lower-case continuation is joined)."""
    out: list[_Seg] = []
    for s in segs:
        if out and not s.marker and not s.in_table and not out[-1].in_table:  # table cells stay apart
            prev = out[-1]
            la, lb = prev.pieces[-1]
            pt = collapse(strip_emphasis(text[la:lb])).rstrip("\"”’»*_ ")
            pt = re.sub(r"\s*\[\d{1,3}\]$", "", pt)  # "... penalty.[3]" ends a sentence
            joined = False
            if pt and pt[-1] not in _TERMINAL and (_starts_lower(s.flat) or _STOP_END.search(pt)):
                joined = not s.md_level or _starts_lower(s.flat)
            elif (s.after_break or not md) and not structured and pt and pt[-1] not in _TERMINAL and not prev.md_level:
                # PDF text: a paragraph cut by a page footer or by blank lines between its lines
                if prev.dirty:
                    prev.build(text)
                    prev.dirty = False
                joined = (not s.md_level and not _STRONG_HEAD.match(s.display) and not _is_label(s.display)
                          and not _is_label(prev.display) and not _is_heading(prev, s, md, in_block=False)
                          and not _front_matter_break(pt, s.display, first=len(out) == 1)
                          and not _is_line_block(prev, text))
            elif pt.endswith("-") and _starts_lower(s.flat):
                joined = True
            elif (not md and prev.md_level == 0 and _STRONG_HEAD.match(pt) and pt[-1] not in ".:)"
                  and len(s.display) <= 120 and not _REC_LABEL.match(s.display) and not _QUE_LABEL.match(s.display)
                  and not s.md_level):
                joined = True
            if joined:
                prev.pieces.extend(s.pieces)
                prev.dirty = True
                continue
        out.append(s)
    for s in out:
        if s.dirty:
            s.build(text)
    return out


# ---------------------------------------------------------------- classification


def _is_heading(seg: _Seg, nxt: _Seg | None, md: bool, in_block: bool) -> bool:
    t = seg.display
    if seg.md_level:
        return not _starts_lower(t) and not _STANDALONE.match(t)
    if seg.in_table:
        return False  # a table cell ("Recommending State", "Status") is no section heading
    part = _UPPER_ROMAN.match(t) and not _roman_item(t)  # "V. STATELESSNESS", not "II. Восстановить ..."
    if seg.marker and not _NUM_HEAD.match(t) and not part:
        return False
    if not t or len(t) > 200:
        return False
    if _STRONG_HEAD.match(t):
        return True
    letters = [c for c in t if c.isalpha()]
    if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.85 and len(t) <= 150:
        return True
    if in_block:
        # "В. Выборы" after a list of requests: a short lettered title before a paragraph ends the list
        head = _NUM_HEAD.match(t)
        rest = _SECTION_NO.sub("", t, count=1)
        return bool(head and seg.marker and len(t.split()) <= 10 and t[-1] not in ".;:,?" and nxt is not None
                    and (not nxt.marker or len(nxt.display.split()) > 25)  # a paragraph (numbered) follows
                    and not _IMPERATIVE.match(rest) and not _is_label(rest))
    if md:
        # markdown: a whole paragraph in bold is a heading
        raw = seg.flat.strip()
        return raw.startswith("**") and raw.endswith("**") and len(t) <= 150 and t[-1:] not in ".;,"
    if _NUM_HEAD.match(t) and t[-1] not in ";," and (len(t) <= 130 or t[-1] != ".") and not _is_numbered_sentence(t):
        return True
    t_end = re.sub(r"\s*\[\d{1,3}\]$", "", t)  # a footnote reference "[3]" after the full stop
    if not t_end or t_end[-1] in ".,;" or _STOP_END.search(t_end):
        return False
    if t.endswith(":"):
        return len(t.split()) <= 4 and t[0].isupper()
    if not (t[0].isupper() or t[0].isdigit()):
        return False
    words = len(t.split())
    if words > 16 and not t.endswith(")"):
        return False
    if nxt is not None and _starts_lower(nxt.flat):
        return False
    return True


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|remains?|received|supported|noted|accepted|"
                     r"rejected|adopted|recommended|recommends|urged|urges|called|calls|stated|reported|continues?|"
                     r"cannot|can|will)\b|"
                     r"(?<!\w)(?:является|являются|был[аио]?|остается|остаются|принял[аио]?|поддержал[аио]?|"
                     r"рекоменду(?:ет|ют|ем)|рекомендовал[аио]?|призыва(?:ет|ют|ем)|призвал[аио]?|счита(?:ет|ют|ем))(?!\w)",
                     re.I)


def _is_numbered_sentence(t: str) -> bool:
    """A numbered paragraph that is a sentence ("2. Norland noted recommendations to ... .[3]"), not a heading."""
    body = re.sub(r"(?:\[\d{1,3}\]|\d{1,3})$", "", t.rstrip()).rstrip()
    return body.endswith(".") and bool(_FINITE.search(body))


def _marker_class(marker: str, md: bool) -> tuple[str, str]:
    m = marker.replace("**", "").strip()
    if m != "*":
        m = m.replace("*", "").strip()
    if not m:
        return ("plain", "")
    parts = m.split()
    if len(parts) > 1:  # "- 17." bullet + number: a numbered paragraph rendered as a list item
        return ("para", "")
    if "**" in marker:
        return ("para", "")
    if re.fullmatch(r"\(?\d{1,3}(?:\.\d+)*[.)]", m):
        return ("num", m[-1] + ("(" if m.startswith("(") else ""))
    if re.fullmatch(r"(?:R|Q|Rec\.?\s?)\d{1,3}\s*[.):–—-]?", m):  # "R1.", "Rec. 2:", "Q3.", "R1", "Rec. 1 –"
        return ("num", m[0])
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", m):  # "3.2" section-numbered paragraph
        return ("num", "sec")
    if re.fullmatch(r"\(?\d{1,3}\)", m):
        return ("num", "()")
    if re.fullmatch(r"\(?[a-zа-яё][.)]|\([a-zа-яё]\)", m, re.I):
        return ("let", m[-1] + ("(" if m.startswith("(") else ""))
    if re.fullmatch(r"\(?[ivx]{1,5}[.)]", m, re.I):
        return ("rom", m[-1] + ("(" if m.startswith("(") else ""))
    return ("bullet", m)


def _marker_number(marker: str) -> int | None:
    m = re.search(r"(\d{1,3})[.)]?\**\s*$", marker.replace("*", "") + "")  # "1.2." is item 2 of part 1
    if m:
        return int(m.group(1))
    m = re.search(r"([a-zа-яё])[.)]?\s*$", marker, re.I)
    if m:
        c = m.group(1).lower()
        return ord(c) - (ord("а") if "а" <= c <= "я" else ord("a")) + 1
    return None


def _is_block_subheading(t: str) -> bool:
    """A short title line ("Freedom of expression", "Human rights defenders") inside a list block."""
    words = t.split()
    return (0 < len(words) <= 8 and t[0].isupper() and t[-1] not in _TERMINAL + ",)" and not _STOP_END.search(t)
            and not _IMPERATIVE.match(t))


def _roman_marker(marker: str) -> int | None:
    """Value of a lower-case roman numeral marker ("(iv)", "ii)", "x."), else None."""
    m = re.fullmatch(r"\(?([ivx]{1,5})[.)]", marker.replace("*", "").strip())
    if not m:
        return None
    vals = {"i": 1, "v": 5, "x": 10}
    r = m.group(1)
    total = 0
    for k, c in enumerate(r):
        v = vals[c]
        total += -v if k + 1 < len(r) and vals[r[k + 1]] > v else v
    return total


def _line_items(seg: _Seg, text: str, block: str) -> list[_Seg]:
    """The lines of an unmarked paragraph in a list block when each is an item of its own: every line is a
    whole question ("What ...?", "Please provide ... .") or a whole request ("Ensure ...;"), not a
    wrapped sentence."""
    if len(seg.pieces) < 2:
        return []
    subs = [_Seg([piece]) for piece in seg.pieces]
    for sub in subs:
        sub.build(text)
        t = sub.display
        if len(t.split()) < 3 or not _ends_terminal(t) or not t[0].isupper():
            return []
        if block == "question" and not (_PLEASE.match(t) or _INTERROG.match(t)):
            return []
        if block == "recommendation" and not _IMPERATIVE.match(t):
            return []
    return subs


def _upr_quote_states(before: str, after: str) -> list[str]:
    """The recommending States of a quoted UPR recommendation, from how it is introduced or followed:
    'Sweden: "..."', '"..." (Iceland).', 'Card 3 | 142.47 | Denmark | noted | "..."' (a paragraph number and
    a State just before the quote). [] when it is not introduced as a State's."""
    m = re.search(r"(?:^|[.;|]\s*)([A-Z][\w ,]{2,80}?)\s*:\s*$", before)
    if m and countries_in(m.group(1)):
        return countries_in(m.group(1))
    m = re.match(r"\s*\(([^()]{2,120})\)", after)
    if m and countries_in(m.group(1)) and not re.search(r"\d{4}", m.group(1)):
        return countries_in(m.group(1))
    tail = before[-120:]
    if re.search(r"\b\d{2,3}\.\d{1,3}\b", tail) and countries_in(tail):
        return countries_in(tail)
    return []


# "Lower the threshold ...", "Double the number ...": a capitalised word, then an article or determiner
_VERB_THE = re.compile(r"^(?!(?:the|a|an|in|on|at|for|since|as|this|these|those|our|we|it|there|by|from|with|of|to|"
                       r"after|before|during|while|although|all|most|many|some|no|each|every|one|two)\b)"
                       r"[A-Z][a-z]{2,}\s+(?:the|a|an|all|any|its|their|every|each|no|those|these)\b")
# a run-in title before the request: "Monitoring mechanism. Create, within ..."
_RUN_IN = re.compile(r"^([A-ZА-ЯЁ][^.:!?]{2,60})[.:]\s+(?=\S)")


def _request_like(t: str) -> bool:
    """A paragraph in a recommendations block that makes a request although its verb is not in the list:
    "Lower the membership threshold ...", "Corporal punishment. Run a public campaign ..."."""
    if _VERB_THE.match(t):
        return True
    m = _RUN_IN.match(t)
    if m and len(m.group(1).split()) <= 6:
        rest = t[m.end():]
        return bool(_IMPERATIVE.match(rest) or _VERB_THE.match(rest))
    return False


def _is_title_item(text: str) -> bool:
    """A list item that only titles the next one: a few words, no full stop, no request."""
    t = strip_marker(clean(text)).strip()
    words = t.split()
    return 0 < len(words) <= 5 and not _ends_terminal(t) and not t.endswith(":") and not _IMPERATIVE.match(t)


def _is_question_item(text: str) -> bool:
    """A list item that asks rather than requests: "How many ...?", "Please indicate ...?"."""
    t = strip_marker(clean(text)).strip()
    return t.endswith("?") and bool(_INTERROG.match(t) or _PLEASE.match(t) or re.match(r"(?i)[а-яё]+\s", t))


def _ends_terminal(t: str) -> bool:
    t = t.rstrip("\"”’»*_ )")
    return bool(t) and t[-1] in ".!?;"


# ---------------------------------------------------------------- extraction


@dataclass
class _Item:
    seg: _Seg
    start: int  # flat offset where the unit text begins
    level: int
    text: str  # flat text (marker included)
    extra: list[_Seg] = field(default_factory=list)


class _Ctx:
    """Section context while walking the document."""

    def __init__(self, iccpr: bool = True) -> None:
        self.section = ""
        self.topic = ""  # last heading that is not a recommendations / questions label
        self.topic_body: list[str] = []
        self.parents: list[tuple[int, str]] = []  # enclosing headings of known level, outermost first
        self.iccpr = iccpr  # the report is about the Covenant: a bare "Article 19" heading is its article
        self.covenant = True  # "the Covenant" is the ICCPR (not in a report to CESCR)
        self.recent_cited: list[Unit] = []  # cited recommendations of the last paragraph / list
        self.body_started = False  # a paragraph of running text (a full sentence) has been seen
        self.committee: str | None = None  # the treaty body a bare "the Committee" is (bare_committee)
        self.doc_committee = "other"  # the same, "other" when the report names none (doc_committee)

    def heading(self, text: str, level: int | None) -> None:
        """Enter a new section with heading ``text`` (``level`` 1 = top, None when unknown)."""
        self.section = text
        self.topic = text
        self.topic_body = []
        self.recent_cited = []
        if level is None:
            self.parents = []
            return
        self.parents = [p for p in self.parents if p[0] < level] + [(level, text)]

    def new_block_section(self, text: str, level: int | None) -> None:
        """A numbered recommendations / questions heading: it is the section; one as high as the
        current topic ("4. Suggested questions" after "3. Assembly (art. 21)") ends that topic."""
        self.section = text
        if level is not None and self.parents and level <= self.parents[-1][0]:
            self.parents = [p for p in self.parents if p[0] < level]
            self.topic = ""
            self.topic_body = []

    def context_articles(self, label: str = "") -> list[int]:
        heads = [label, self.section, self.topic] + [t for _, t in reversed(self.parents) if t != self.topic]
        for t in heads:
            if t:
                found = explicit_articles(t, heading=self.iccpr, bare=self.iccpr, covenant=self.covenant)
                if found:
                    return found
        return []


def _head_level(seg: _Seg) -> int | None:
    """A heading's level: its markdown / Word level, else the depth of its number ("2.1" → 2)."""
    if seg.md_level:
        return seg.md_level
    m = re.match(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s", seg.display)
    return m.group(1).count(".") + 1 if m else None


def _unit_articles(text: str, ctx: _Ctx, label: str = "") -> list[int]:
    found = set(explicit_articles(text, bare=ctx.iccpr, covenant=ctx.covenant)) | set(ctx.context_articles(label))
    if not found:
        found = set(keyword_articles(text)) | set(keyword_articles(ctx.section)) | set(keyword_articles(ctx.topic))
    return sorted(found)


_NUM_ABBREV = re.compile(r"\b(?:no|nos|nr|para|paras|art|arts|p|pp|vol|ch|sec|section|article|ст|п|ч|гл)\.\s?$|№\s?$",
                         re.I)


def _drop_footref(m: re.Match[str]) -> str:
    """A footnote number glued to the text is dropped; a number after "No." / "para." / "ст." is kept."""
    return m.group(0) if _NUM_ABBREV.search(m.string[max(0, m.start() - 10) : m.start() + 1]) else ""


def _clean_unit(text: str) -> str:
    return collapse(_FOOTREF.sub(_drop_footref, _BRACKET_REF.sub("", clean(text))))


def extract_ngo(doc: Document) -> Extraction:
    """Extract units from an NGO report (rules: shared/eval/GUIDELINES.md)."""
    md = doc.format == "md"
    segs, notes = _segments(doc)
    notes = {**notes, **(doc.footnotes or {})}
    units: list[Unit] = []
    opening = _opening(doc)
    ctx = _Ctx(iccpr=_is_iccpr_report(opening))
    ctx.covenant = doc_committee(opening[:3000]) != "CESCR"
    ctx.doc_committee = doc_committee(opening)
    ctx.committee = None if ctx.doc_committee == "other" else ctx.doc_committee
    block: str | None = None  # "recommendation" | "question" | "cited_recommendation"
    label = ""
    cited_meta: tuple[str, int | None, str | None] = ("other", None, None)  # mechanism, year, source
    quote_meta: tuple[str, int | None, str | None] | None = None  # a lead-in to a quoted paragraph was seen
    items: list[_Item] = []
    classes: list[tuple[str, str]] = []
    seq: dict[tuple[str, str], int] = {}

    def flush() -> None:
        nonlocal items, classes, seq
        for k, it in enumerate(items):
            nxt = items[k + 1] if k + 1 < len(items) else None
            body = it.text
            if body.rstrip(" *_").endswith(":") and nxt is not None:
                if nxt.level > it.level:
                    continue  # lead-in that only introduces sub-items
                words = clean(body).split()
                if len(words) <= 15 and ":" not in " ".join(words)[:-1] and not _IMPERATIVE.match(" ".join(words)):
                    continue  # "in the revised legislation ...:" flattened into the same list level
            if block == "recommendation" and _is_title_item(body):
                continue  # "Minimum wage" over its request (a <dt> above its <dd>)
            kind = block or "recommendation"
            if kind == "recommendation" and _is_question_item(body):
                kind = "question"  # "How many children were ...?" in a list under a recommendations label
            u = _emit(units, doc, it, kind, ctx, label)
            if u is not None and block == "cited_recommendation":
                u.mechanism, u.year, u.source_detail = cited_meta
                u.status_claim = "unknown"
                ctx.recent_cited.append(u)
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
        nonlocal block, label
        if block:
            flush()
        block = None
        label = ""

    skip_to = -1
    cells = {b.start: b for b in doc.blocks if b.kind == "table_cell" and b.cell is not None}
    tables_done: dict[int, bool] = {}  # table -> its units were taken from its columns
    for idx, seg in enumerate(segs):
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
                continue
        if seg.table is not None:
            end_block()
            _table_units(units, doc, seg.table, ctx, notes)
            continue
        if md and t.startswith("|") and len(seg.pieces) >= 3:
            end_block()
            if _table_units(units, doc, md_rows(seg.pieces, doc.text), ctx, notes):
                continue
        nxt = segs[idx + 1] if idx + 1 < len(segs) else None
        body_t = t
        body_nomark = strip_marker(t) if seg.marker else t
        # stand-alone "Recommendation (...): to ..." paragraph (also when written as a heading)
        sm = _STANDALONE.match(body_nomark) if not seg.marker or seg.md_level else None
        qm = _STANDALONE_Q.match(body_nomark) if not seg.marker else None
        if sm or qm:
            end_block()
            m = sm or qm
            assert m is not None
            kind = "recommendation" if sm else "question"
            start = seg.flat.find(m.group("body")[:20])
            it = _Item(seg, max(start, 0), 0, seg.flat)
            _emit(units, doc, it, kind, ctx, m.group("label"))
            continue
        upr_at = _UPR_ITEM.match(body_nomark)
        if (block is None or seg.in_table) and upr_at and _IMPERATIVE.match(body_nomark[upr_at.end() :]):
            # a UPR recommendation listed by its number (a table row or a line of an implementation review):
            # "115.12 Ratify the OP-CAT (Denmark) – Supported", then maybe cells "Denmark", "Not implemented"
            end_block()
            skip_to = _upr_item(units, doc, segs, idx, ctx)
            continue
        if seg.in_table and (_REC_LABEL.match(t) or _QUE_LABEL.match(t)):
            continue  # a column header ("Recommendation", "Status"), not a label opening a list
        label_t = _SECTION_NO.sub("", t, count=1)
        numbered = not seg.marker or bool(re.match(r"\d|[IVXLC]+\.|[A-H][.)]", seg.marker.strip("*_ ")))
        is_rec_label = (bool(_REC_LABEL.match(label_t) or _is_own_leadin(label_t)) and numbered
                        and not _TO_MANDATE.search(label_t) and not _is_others_recs(label_t))
        is_que_label = bool(_QUE_LABEL.match(label_t)) and numbered and not is_rec_label
        if is_rec_label or is_que_label:
            end_block()
            block = "recommendation" if is_rec_label else "question"
            label = label_t
            if label_t != t:  # a numbered heading: "4. Suggested questions", "2.2 Recommendations"
                # a markdown paragraph number ("**5.** *Suggested questions:*") is no heading depth
                ctx.new_block_section(body_t, None if md and not seg.md_level else _head_level(seg))
            elif seg.md_level and re.match(r"(?i)(?:annex|summary|list|overview|consolidated|приложение|перечень)\b",
                                           label_t):
                # a document-level list ("Summary of recommendations"): a heading as high as the topic ends it
                ctx.new_block_section(body_t, seg.md_level)
            elif seg.md_level:
                ctx.section = body_t
            continue
        in_block = block is not None
        if _is_heading(seg, nxt, md, in_block=in_block):
            end_block()
            ctx.heading(body_t, _head_level(seg))
            continue
        if block == "cited_recommendation" and not seg.marker:
            end_block()  # the list a UN body's lead-in introduced ends with the first plain paragraph
        elif (block and not seg.marker and t.endswith(":") and nxt is not None and nxt.marker
              and _cited_leadin(t, doc, notes, ctx) is not None):
            end_block()  # "In 2020 the Special Rapporteur recommended:" ends the authors' own list
        if block:
            cls = _marker_class(seg.marker, md)
            if cls[0] != "plain":
                num = _marker_number(seg.marker)
                rom = _roman_marker(seg.marker)
                if cls[0] == "let" and rom is not None and num is not None and seq.get(cls) != num - 1:
                    cls, num = ("rom", cls[1]), rom  # "(i)", "ii)" after "c)": roman sub-items, not letters
                elif cls[0] == "rom":
                    num = rom
                if cls[0] in ("num", "let", "para", "rom") and num is not None:
                    last = seq.get(cls)
                    if last is None and items and num != 1:
                        end_block()
                    elif last is not None and num != last + 1:
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
                    items.append(_Item(seg, 0, level, seg.flat))
                    continue
            else:
                prev = items[-1] if items else None
                if (nxt is not None and nxt.marker and (prev is None or _ends_terminal(prev.text))
                        and _is_block_subheading(t)):
                    # "Freedom of expression" between groups of bullets under one recommendations label
                    flush()
                    ctx.section = body_t
                    ctx.topic = body_t
                    continue
                lines_ = _line_items(seg, doc.text, block)
                if lines_ and (prev is None or _ends_terminal(prev.text)):
                    # one question / request per line, without markers: each line is an item
                    if "plain" not in [c[0] for c in classes]:
                        classes.insert(0, ("plain", ""))
                    items.extend(_Item(sub, 0, 0, sub.flat) for sub in lines_)
                    continue
                if block == "question":
                    questionish = bool(_PLEASE.match(t) or _INTERROG.match(t) or "?" in t or t.endswith(":"))
                    if prev is not None and prev.seg.marker and (questionish or not _ends_terminal(prev.text)):
                        prev.extra.append(seg)
                        continue
                    if questionish:
                        items.append(_Item(seg, 0, 0, seg.flat))
                        continue
                else:
                    if prev is not None and not _ends_terminal(prev.text) and not prev.text.rstrip().endswith(":"):
                        prev.extra.append(seg)
                        continue
                    if (_IMPERATIVE.match(t) or _OWN_REQUEST.match(t) or _SHOULD_WORD.search(t)
                            or t.endswith(":") or _request_like(t)):
                        if "plain" not in [c[0] for c in classes]:
                            classes.insert(0, ("plain", ""))
                        items.append(_Item(seg, 0, 0, seg.flat))
                        continue
                if (items and nxt is not None and nxt.marker and _marker_class(nxt.marker, md) in classes
                        and _ends_terminal(t)):
                    continue  # an explanation under one numbered request, before the next one: not a unit
                if not items and nxt is not None and nxt.marker and _ends_terminal(t) and len(t.split()) <= 80:
                    continue  # an introduction between the label and its list
                if not items and len(t.split()) <= 40 and re.search(
                        r"\b(?:below|following|listed|addressed to)\b|(?<!\w)(?:ниже|следующ)", t, re.I):
                    continue  # "The recommendations below are addressed to the Government.": the list follows
                end_block()
        if in_block and block is None and _is_heading(seg, nxt, md, in_block=False):
            # the list ended at this paragraph: "4. Asylum seekers (articles 7 and 13)" after the last item
            ctx.heading(body_t, _head_level(seg))
            continue
        # narrative paragraph (or list item outside a block)
        if _PLEASE.match(body_nomark) or _ASK_COMMITTEE.match(body_nomark):
            _emit(units, doc, _Item(seg, 0, 0, seg.flat), "question", ctx, "")
            continue
        if (_OWN_REQUEST.match(body_nomark) or _is_named_own_request(body_nomark)) and not body_nomark.endswith(":"):
            _emit(units, doc, _Item(seg, 0, 0, seg.flat), "recommendation", ctx, "")
            continue
        if quote_meta is not None and _is_block_quote(seg):
            # the quoted paragraph a lead-in introduced: "The Committee stated:" + "> The State party should ..."
            u = _emit(units, doc, _Item(seg, _quote_start(seg.flat), 0, seg.flat), "cited_recommendation", ctx, "")
            if u is not None:
                u.mechanism, u.year, u.source_detail = quote_meta
                ref = _QUOTE_REF.search(seg.flat)
                if ref:  # '"... accommodation" (E/C.12/KEL/CO/2, para. 34, 2016).': the reference is not the text
                    u.text = _clean_unit(seg.flat[_quote_start(seg.flat) : ref.start() + 1])
                    u.end = seg.doc_pos(ref.start() + 1)
                    ref_text = ref.group(1) or ref.group(2)
                    u.source_detail = u.source_detail or _ref_symbol(ref_text)
                    u.year = u.year or year_in(ref_text, notes)
                u.text = u.text.strip("\"“”«»„ ")
                u.status_claim = "unknown"
                ctx.recent_cited.append(u)
                subs = _quoted_sub_items(seg)
                if len(subs) >= 2:  # '«а) обеспечить ...; б) обеспечить ...»': one unit per sub-item
                    units.remove(u)
                    ctx.recent_cited.remove(u)
                    for a, b in subs:
                        _add_quoted(units, ctx, seg, a, b, _clean_unit(seg.flat[a:b]).strip("\"“”«»„ "),
                                    (u.mechanism or "other", u.year, u.source_detail))
            continue
        quote_meta = None
        ctx.topic_body.append(t)
        ctx.body_started = ctx.body_started or (_ends_terminal(t) and len(t.split()) >= 12)
        inline = _LEAD_QUOTED_LIST.match(seg.flat)
        if inline or (nxt is not None and t.endswith(":") and _OPEN_QUOTED_ITEM.match(nxt.flat)):
            # 'The Committee recommended:' + '«а) ...;' + 'б) ...».': a quoted list, one unit per item
            meta = _cited_leadin(collapse(inline.group("lead")) if inline else t, doc, notes, ctx)
            if meta is not None:
                ctx.recent_cited = []
                first = idx if inline else idx + 1
                for j in range(first, min(first + 12, len(segs))):
                    sj = segs[j]
                    head = (inline if j == idx else _OPEN_QUOTED_ITEM.match(sj.flat)) if j == first \
                        else MARKER.match(sj.flat)
                    a = head.end() if head else 0
                    closed = sj.flat.rstrip(" .").endswith(("»", "\"", "”"))
                    b = len(sj.flat.rstrip(" ."))
                    b -= 1 if closed else 0
                    text = _clean_unit(sj.flat[a:b])
                    if len(text.split()) >= 2:
                        _add_quoted(units, ctx, sj, a, b, text, meta)
                    skip_to = j
                    if closed or not (j + 1 < len(segs) and segs[j + 1].marker):
                        break
                continue
        if nxt is not None and t.endswith(":") and _is_block_quote(nxt):
            # "The Committee's concluding observations of 2017 stated:" or "... recommended that the State party:"
            quote_meta = _cited_leadin(t, doc, notes, ctx, quoted=True) or _cited_leadin(t, doc, notes, ctx)
            if quote_meta is not None:
                ctx.recent_cited = []
                continue
        meta = _cited_leadin(t, doc, notes, ctx) if nxt is not None and nxt.marker and t.endswith(":") else None
        if meta is not None:
            # "In 2019 the Committee against Torture recommended that the State party:" + list items
            end_block()
            block, cited_meta = "cited_recommendation", meta
            ctx.recent_cited = []
            continue
        _cited(units, doc, seg, ctx, notes)
    end_block()
    return Extraction(doc_type="ngo_report", units=units)


_OTHER_TREATY = re.compile(
    r"Committee against Torture|Convention against Torture|Discrimination against Women|Rights of the Child|"
    r"Racial Discrimination|Economic,? Social and Cultural Rights|Rights of Persons with Disabilities|"
    r"Migrant Workers|Enforced Disappearance|\b(?:CAT|CEDAW|CRC|CERD|CESCR|CRPD|CMW|CED)/C/|"
    r"Комитет\w* (?:ООН )?против пыток|Конвенци\w+ против пыток|дискриминации в отношении женщин|прав\w* ребенка|"
    r"расовой дискриминации",
    re.I,
)


def _opening(doc: Document) -> str:
    """The document's text with its title first: an HTML page's <title> names the body it addresses when
    the page's own header was dropped as navigation."""
    title = doc.meta.get("title", "") if doc.meta else ""
    return f"{title}\n\n{doc.text}" if title and title not in doc.text[:2000] else doc.text


def _is_iccpr_report(text: str) -> bool:
    """Whether the report is about the ICCPR: its opening names the Covenant / Human Rights Committee,
    or no other treaty. In a report to CAT or CEDAW "Article 2" is that Convention's article."""
    head = text[:3000]
    if doc_committee(head) == "CESCR":
        return False
    if ICCPR_DOC.search(head):
        return True
    return not _OTHER_TREATY.search(head)


def _table_units(units: list[Unit], doc: Document, rows: dict, ctx: _Ctx, notes: dict[str, str]) -> bool:
    """Units of a table of recommendations or questions (tables.py), with this extractor's text and article
    rules; False when the table is no such table."""
    found = table_units(doc, rows, ctx.section, " ".join([ctx.section, *ctx.topic_body[-1:]]), notes, ctx.committee,
                        clean_text=lambda t: _clean_unit(strip_marker(t)),
                        articles_of=lambda t: _unit_articles(t, ctx),
                        upr_item=lambda t: bool(_UPR_ITEM.match(t)))
    if found is None:
        return False
    units.extend(found)
    return True


def _add_quoted(units: list[Unit], ctx: _Ctx, seg: _Seg, a: int, b: int, text: str,
                meta: tuple[str, int | None, str | None]) -> None:
    """A cited recommendation quoted as one item of a list, at flat offsets ``a``-``b`` of ``seg``, with the
    lead-in's (mechanism, year, source)."""
    v = Unit(kind="cited_recommendation", text=text, start=seg.doc_pos(a), end=seg.doc_pos(b), section=ctx.section,
             articles=_unit_articles(text, ctx), mechanism=meta[0], year=meta[1], source_detail=meta[2],
             status_claim="unknown")
    units.append(v)
    ctx.recent_cited.append(v)


def _emit(units: list[Unit], doc: Document, it: _Item, kind: str, ctx: _Ctx, label: str) -> Unit | None:
    seg = it.seg
    at = it.start
    roman = _UPPER_ROMAN.match(seg.flat) if at == 0 and seg.marker else None
    if roman:  # a marker MARKER does not strip: "II."
        at = roman.end()
    raw = seg.flat[at:]
    extra_texts = [e.flat for e in it.extra]
    text = _clean_unit(" ".join([raw, *extra_texts]))
    if len(text.split()) < 2:
        return None
    start = seg.doc_pos(at)
    last = it.extra[-1] if it.extra else seg
    end = last.doc_pos(len(last.flat))
    unit = Unit(kind=kind, text=text, start=start, end=end, section=ctx.section,
                articles=_unit_articles(text, ctx, label))
    units.append(unit)
    return unit


# a closing quotation mark followed only by a reference: '... accommodation" (E/C.12/KEL/CO/2, para. 34, 2016).'
_QUOTE_REF = re.compile(r"[\"”»“]\s*(?:\(((?:[^()]|\([^()]{0,10}\)){2,120})\)|((?:[A-Z]{1,6}/){2,}[^\"“”«»]{2,100}?))"
                        r"\s*\.?\s*$")


def _is_block_quote(seg: _Seg) -> bool:
    """A paragraph quoted as a whole: markdown "> ...", or wrapped in quotation marks (a reference in
    brackets may follow the closing mark)."""
    raw = seg.flat.strip()
    if raw.startswith(">"):
        return True
    ref = _QUOTE_REF.search(raw)
    if ref:
        raw = raw[: ref.start() + 1]
    return len(raw) > 40 and raw[0] in "\"“«„" and raw.rstrip(".")[-1:] in "\"”»“"


_LEAD_QUOTED_LIST = re.compile(r"^(?P<lead>[^«\"“„]{10,300}:)\s*[«\"“„]\s*(?:\(?[a-zа-яё]\)|\d{1,2}\))\s+", re.I | re.S)
_OPEN_QUOTED_ITEM = re.compile(r"^\s*[«\"“„]\s*(?:\(?[a-zа-яё]\)|\d{1,2}\))\s+", re.I)
_SUB_MARK = re.compile(r"(?:^|[«\"“„;:])\s*(\(?[a-zа-яё]\)|\d{1,2}\))\s+", re.I)


def _quoted_sub_items(seg: _Seg) -> list[tuple[int, int]]:
    """Flat offsets of the sub-items of a quoted recommendation: '"(a) ensure ...; (b) ensure ..."'
    (markers at the start or after ";" / ":"), or [] when it has none."""
    flat = seg.flat
    marks = list(_SUB_MARK.finditer(flat))
    if len(marks) < 2 or marks[0].start(1) > _quote_start(flat) + 3:
        return []
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start(1) if k + 1 < len(marks) else len(flat)
        seg_text = flat[m.end() : end].rstrip()
        out.append((m.end(), m.end() + len(seg_text.rstrip("»\"”.; "))))
    return out


def _ref_symbol(ref: str) -> str | None:
    """The document symbol and paragraph of a bracketed reference, without its year:
    "E/C.12/KEL/CO/2, para. 34, 2016" -> "E/C.12/KEL/CO/2, para. 34"."""
    out = re.sub(r"(?:,\s*|\s+)\(?(?:19|20)\d\d\)?\s*$", "", ref).strip(" ,")
    return out if "/" in out or re.search(r"\bpara", out, re.I) else None


def _quote_start(flat: str) -> int:
    m = re.match(r"\s*(?:>\s*)+", flat)
    return m.end() if m else 0


_QUOTE_VERBS = re.compile(r"\b(?:stated|states|reads?|read as follows|noted|notes|said|concluded|observed|wrote|held|"
                          r"found|declared|recommended|recommends|urged|called|requested)\b|(?:заявил|отметил|указал|"
                          r"рекомендовал|говорится|гласит)\w*", re.I)


_UPR_ITEM = re.compile(r"^(?:(?:Rec(?:ommendation)?\.?|Para(?:graph)?\.?)\s*)?\d{2,3}\.\d{1,3}\.?\s+(?=[A-Z])")
_POSITION = re.compile(r"\s*(?:[–—-]\s*|\(|,\s*)?\b(?:supported|accepted|noted|rejected|partially supported)\b\)?"
                       r"[.;]?\s*$", re.I)
# the State's position written after the recommendation: " – Supported.", " (noted)", ", accepted;"
_POSITION_AT = re.compile(r"\s*(?:(?:[–—-]|\(|,)\s*(?:partially\s+)?(?:supported|accepted|noted|rejected)"
                          r"|\s(?-i:(?:Partially )?(?:Supported|Accepted|Noted|Rejected)))\b\)?[.;:]?", re.I)


def _upr_item(units: list[Unit], doc: Document, segs: list[_Seg], idx: int, ctx: _Ctx) -> int:
    """Emit the UPR recommendation that starts ``segs[idx]``; returns the index of the last segment it used
    (the cells that follow it with the recommending State and the implementation status)."""
    seg = segs[idx]
    shown = strip_marker(seg.display) if seg.marker else seg.display  # "• 128.45 Ratify ..." in a bullet list
    m = _UPR_ITEM.match(shown)
    assert m is not None
    body = shown[m.end() :]
    if not _IMPERATIVE.match(body):
        return idx
    tail = ""
    pos = _POSITION_AT.search(body)
    if pos:
        body, tail = body[: pos.start()], body[pos.end() :]
    countries: list[str] = []
    paren = re.search(r"\s*\(([^()]{2,120})\)\s*[.;]?\s*$", body)
    if paren and countries_in(paren.group(1)):
        countries = countries_in(paren.group(1))
        body = body[: paren.start()]
    status = None
    last = idx
    for j in range(idx + 1, min(idx + 4, len(segs))):
        cell = segs[j].display
        if len(cell.split()) > 8 or segs[j].marker or _UPR_ITEM.match(cell):
            break
        if countries_in(cell) and not countries:
            countries = countries_in(cell)
        elif status_of(cell):
            status = status_of(cell)
        elif not _POSITION.fullmatch(" " + cell):
            break
        last = j
    text = _clean_unit(body).strip(" ,;:–—-")
    if len(text.split()) < 2:
        return idx
    start = seg.doc_pos(seg.flat.find(body[:15])) if body[:15] in seg.flat else seg.doc_pos(0)
    units.append(Unit(kind="cited_recommendation", text=text, start=start, end=seg.doc_pos(len(seg.flat)),
                      section=ctx.section, articles=_unit_articles(text, ctx), mechanism="UPR",
                      source_detail=", ".join(dict.fromkeys(countries)) or None,
                      year=(review_year(doc.text[:4000], "") or year_in(ctx.section, {})
                            or next((y for p in reversed(ctx.topic_body[-4:])
                                     if (y := context_year(p, "", "UPR", {}, False))), None)),
                      status_claim=status or status_of(tail) or "unknown"))
    return last


def _cited_leadin(t: str, doc: Document, notes: dict[str, str], ctx: _Ctx,
                  quoted: bool = False) -> tuple[str, int | None, str | None] | None:
    """(mechanism, year, source) when the paragraph's last sentence is a UN body's or a State's lead-in to
    a list of its recommendations ("In 2019 the Committee against Torture recommended that the State party:"),
    or (``quoted``) to a quoted paragraph ("The Committee's concluding observations of 2017 stated:")."""
    spans = sentence_spans(t)
    if not spans:
        return None
    sent = t[spans[-1][0] : spans[-1][1]]
    if quoted:
        cue = _QUOTE_VERBS.search(sent)
    else:
        cue = next(iter(sorted([*VERB_CUES.finditer(sent), *RU_CUES.finditer(sent)], key=lambda m: m.start())),
                   None)
    if cue is None or len(sent[cue.end() :].split()) > 12:
        return None
    subj = sent[: cue.start()]
    if re.search(r"\b(?:we|activists|NGOs|citizens|residents)\b|(?<!\w)мы(?!\w)", subj, re.I):
        return None
    mentions = mechanism_mentions(subj, ctx.committee)
    countries = countries_in(subj)
    if not mentions and not countries:
        if not re.search(r"\b(?i:the|its|this)\s+Committee\b(?!\s+(?:of|for|on)\b)|(?<![\w-])Комитет(?:ом)?\s", subj):
            return None
        mentions = [(0, ctx.doc_committee, "Committee")]  # "the Committee" of the report's treaty
    mech = pick_mechanism(mentions, countries)
    year = year_in(sent, notes) or (observations_year(doc.text[:4000]) if mech == ctx.committee else None)
    return mech, year, source_detail(sent, mech, countries)


# ---------------------------------------------------------------- cited recommendations


def _trim(sent: str, cue_at: int) -> tuple[int, int]:
    """Offsets in ``sent`` of the clause that holds the cue at ``cue_at``."""
    a, b = 0, len(sent)
    m = _LEAD_ADVERB.match(sent)
    if m:
        a = m.end()
    m = _LEAD_CLAUSE.match(sent[a:])
    if m and a + m.end() <= cue_at:
        a += m.end()
    for m in _THAT_CLAUSE.finditer(sent, a, cue_at):
        a = m.end()
    for m in _TRAIL_CLAUSE.finditer(sent, cue_at):
        b = m.start()
        break
    return a, b


def _more_rec_by(sent: str, after: int) -> list[re.Match[str]]:
    """Further "recommendation(s) of / by <States> to ..." in the sentence after ``after``."""
    out = []
    for m in REC_BY.finditer(sent, after):
        if m.group("of") and not (countries_in(m.group("of")) or mechanism_mentions(m.group("of"), None)):
            continue
        out.append(m)
    return out


def _rec_by_units(sent: str, matches: list[re.Match[str]], committee: str | None,
                  found: list[tuple[int, int, str]], sources: dict[int, list[str]]) -> None:
    """One citation per "recommendations by / of X to ..." in the sentence: each runs to the next one
    ("..., and it supported the recommendation of Switzerland to ...") or to a trailing clause."""
    for k, rb in enumerate(matches):
        src = rb.group("src") or rb.group("of") or rb.group("ru") or rb.group("ru2") or rb.group("by") or ""
        if not src and rb.group("resp"):
            src = rb.group(0)  # "supported the recommendation of Switzerland to": the States inside the match
        src_countries = countries_in(src)
        mentions = mechanism_mentions(src, None)
        mech = pick_mechanism(mentions, src_countries)
        if not mentions and not src_countries:
            mech = pick_mechanism(mechanism_mentions(sent, committee), [])
            if rb.group("resp") and not mechanism_mentions(sent, committee):
                mech = "UPR"  # States support / note recommendations only in the UPR
        end = matches[k + 1].start() if k + 1 < len(matches) else len(sent)
        if k + 1 < len(matches):  # "..., and it supported the" before the next one
            tail = re.search(r"(?:,\s*|\s+)(?:and|while|but|whereas|и|а)\s+[^,;\"“«]{0,120}$", sent[rb.end() : end])
            end = rb.end() + tail.start() if tail else end
        trail = _TRAIL_CLAUSE.search(sent, rb.end(), end)  # "..., but instead the penalty was increased"
        if trail:
            end = trail.start()
        ru_names = rb.group("ru") or rb.group("ru2")
        sources[len(found)] = src_countries or (re.split(r"\s*,\s*|\s+и\s+", collapse(ru_names)) if ru_names else [])
        found.append((rb.end(), end, mech))


def _cited(units: list[Unit], doc: Document, seg: _Seg, ctx: _Ctx, notes: dict[str, str]) -> None:
    flat = seg.flat
    mk = MARKER.match(flat)
    base = mk.end() if mk else 0
    body = flat[base:]
    recent, ctx.recent_cited = ctx.recent_cited, []
    if not _ANY_CUE.search(body) and not (recent and status_of(body)):
        return
    committee = ctx.committee
    para_units: list[Unit] = []
    last_mech: str | None = None
    for k_sent, (sa, sb) in enumerate(sentence_spans(body)):
        sent = body[sa:sb]
        s_clean = collapse(sent)
        if recent and not para_units and is_status_report(sent) and (k_sent == 0 or _REFERS_REC.search(sent)):
            # "Neither recommendation has been implemented." after the paragraph or list that cited them;
            # later in that paragraph too when it names them: "We consider the recommendation partially implemented."
            status = status_of(sent)
            for u in recent:
                if u.status_claim in (None, "unknown"):
                    u.status_claim = status
            continue
        if _OWN_VOICE.match(s_clean) and not _WE_NOTE.match(s_clean):
            continue
        anaphor = _ANAPHOR.match(s_clean)
        if para_units and is_status_report(sent):
            # a sentence that only says how far the recommendations just cited were implemented
            status = status_of(sent)
            for u in para_units:
                if u.status_claim in (None, "unknown"):
                    u.status_claim = status
            continue
        if not _ANY_CUE.search(sent):
            continue
        status = status_of(sent) if anaphor or re.search(r"recommend|рекоменд", sent, re.I) else None
        # a short sentence about the recommendations just cited: their status
        if anaphor and status and len(s_clean.split()) < 20 and not re.search(r"\binclud", sent):
            for u in para_units:
                if u.status_claim in (None, "unknown"):
                    u.status_claim = status
            continue
        found: list[tuple[int, int, str]] = []  # (start, end, mechanism) in sent
        # quoted recommendation: "... recommended: "..."" or a mechanism's words in quotes
        sources: dict[int, list[str]] = {}  # found index -> recommending States named as its subject
        last_qb = -1  # end of the last quoted recommendation taken
        for qa, qb in quote_ranges(sent):
            inner = sent[qa + 1 : qb - 1]
            if len(inner.split()) < 6:
                continue
            before = sent[:qa]
            inner_mech = mechanism_mentions(inner, None)
            before_mech = mechanism_mentions(before, committee)
            quote_states = _upr_quote_states(before, sent[qb:])
            # '... the recommendations to "..." (Ireland) and to "..." (Canada)': the second one is coordinated
            coordinated = last_qb >= 0 and _COORD_QUOTE.fullmatch(sent[last_qb:qa]) is not None
            if inner_mech and _NOUN_CUE.search(inner) and len(inner.split()) <= 60:
                found.append((qa + 1, qb - 1, pick_mechanism(inner_mech, [])))
                last_qb = qb
            elif (_QUOTE_CUE.search(inner) or _IMPERATIVE.match(inner.lstrip())
                  or (inner.lstrip()[:1].isupper() and quote_states)
                  # 'asking the Government to "reconsider ..."': the quote is the request itself
                  or (re.search(r"\bto\s*$", before) and inner.lstrip()[:1].islower())) \
                    and len(inner.split()) <= 90 and (
                before_mech
                or re.search(r"(?:recommend|рекоменд)\w*[^\"“”«]{0,80}$", before, re.I) or coordinated
                # 'The State party should "..."': a treaty body's words, quoted in a report to that body
                or (committee is not None and _STATE_SHOULD.search(before))
                or quote_states
            ):
                last_qb = qb
                mech = pick_mechanism(before_mech, [])
                after = re.match(r"\s*\(([^()]{2,120})\)", sent[qb:]) or re.search(
                    r"\(([^()]{2,120})\)\s*[:,–—-]?\s*$", before)
                after_countries = countries_in(after.group(1)) if after else []
                by_states = re.search(r"recommendations?\s+(?:made\s+)?(?:of|by|from)\s+([^\"“”«]{2,120}?)"
                                      r"(?:\s+(?:to|that)|\s*[-–—:,])\s*$", before, re.I)
                if not after_countries and by_states:  # 'the recommendation of Switzerland to "..."'
                    after_countries = countries_in(by_states.group(1))
                numbered = re.search(r"\b\d{2,3}\.\d{1,3}\s*\(([^()]{2,120})\)[^\"“”«]{0,40}$", before)
                if not after_countries and numbered:  # 'supported recommendation 118.41 (Denmark) to "..."'
                    after_countries = countries_in(numbered.group(1))
                if not after_countries:
                    after_countries = quote_states
                subj_rec = re.search(r"^(.{2,120}?)\brecommended\b[^\"“”«]{0,80}$", before)
                if not after_countries and subj_rec:  # 'Brazil and Ghana recommended that Lusvania "..."'
                    after_countries = countries_in(subj_rec.group(1))
                if not before_mech and after_countries:
                    mech = "UPR"  # '... the recommendation to "..." (Australia)'
                    sources[len(found)] = after_countries
                elif not before_mech and last_mech:
                    mech = last_mech
                elif not before_mech and committee and _STATE_SHOULD.search(before):
                    mech = committee
                found.append((qa + 1, qb - 1, mech))
        if found:
            # 'noted the recommendation of the United States (139.88) to remove ..., and supported the
            # recommendation of Italy to "..."': the unquoted one besides the quoted
            qr = quote_ranges(sent)
            extra = [m for m in _more_rec_by(sent, 0)
                     if not any(a <= m.start() < b for a, b in qr) and not re.match(r"\s*[\"“«„]", sent[m.end() :])]
            if extra:
                first_q = min(a for a, _b in qr) if qr else len(sent)
                before_q = [m for m in extra if m.end() < first_q]
                if before_q:
                    quoted = list(found)
                    quoted_src = {k: sources.pop(k) for k in list(sources)}
                    found.clear()
                    _rec_by_units(sent[:first_q], before_q, committee, found, sources)
                    for k, (a, b, mech) in enumerate(found):
                        tail = re.search(r"(?:,\s*|\s+)(?:and|while|but|и|а)\s+[^,;\"“«]{0,120}$", sent[a:b])
                        found[k] = (a, a + tail.start() if tail else b, mech)
                    shift = len(found)
                    for k, q in enumerate(quoted):
                        if k in quoted_src:
                            sources[k + shift] = quoted_src[k]
                        found.append(q)
        if not found:
            rb = REC_BY.search(sent)
            if rb and rb.group("of") and not (countries_in(rb.group("of")) or mechanism_mentions(rb.group("of"), None)):
                rb = None  # "the recommendations of the working group to be set up" names no recommender
            rn = _UPR_NUMBERED.search(sent)
            rp = _POSS_REC.search(sent)
            if rp and countries_in(rp.group(1)) and not rb and not rn:
                # "Estonia's recommendation: to decriminalise defamation and insult."
                clause = _NEW_CLAUSE.search(sent, rp.end())
                found.append((rp.end(), clause.start() if clause else len(sent), "UPR"))
                sources[0] = countries_in(rp.group(1))
            elif rn and not rb:
                # "Recommendation 115.32 (Germany): ...", "accepted recommendation 128.45 to abolish ...";
                # several in one sentence: "recommendation 118.90 (Greece) to ..., and recommendation 118.93 ..."
                numbered = list(_UPR_NUMBERED.finditer(sent))
                for k_rn, rn in enumerate(numbered):
                    src_text = (rn.group("src") or "") + " " + (rn.group("more") or "")
                    # English names from the State list; Russian ones as written: "(Германия)"
                    src_countries = countries_in(src_text) or re.findall(
                        r"\(([А-ЯЁ][а-яё-]+(?:\s[А-ЯЁа-яё-]+){0,2})\)", src_text)
                    end = numbered[k_rn + 1].start() if k_rn + 1 < len(numbered) else len(sent)
                    tail = re.search(r"(?:,\s*|\s+)(?:and|as well as|и)\s*$|,\s*$", sent[rn.end() : end])
                    if tail:
                        end = rn.end() + tail.start()
                    status_at = re.search(r"\s+[–—-]\s+(?=(?:supported|accepted|noted|rejected)\b)",
                                          sent[rn.end() : end], re.I)
                    if status_at:
                        end = rn.end() + status_at.start()
                    sources[len(found)] = src_countries
                    found.append((rn.end(), end, "UPR"))
            elif _PASSIVE_NEED.match(s_clean):
                found.append((0, len(sent), pick_mechanism(mechanism_mentions(sent, committee), countries_in(sent))))
            elif rb:
                _rec_by_units(sent, [rb, *_more_rec_by(sent, rb.end())], committee, found, sources)
            else:
                cues = sorted([*VERB_CUES.finditer(sent), *RU_CUES.finditer(sent)], key=lambda m: m.start())
                good = []
                for m in cues:
                    subj = sent[: m.start()]
                    if m.group(0).lower().startswith("asked") and "?" in sent:
                        continue
                    subj_mech = mechanism_mentions(subj, committee)
                    # the verb's own subject: after the last clause boundary ("We note that ..., in which the
                    # Committee requested ...": the Committee, not "we")
                    local = re.split(r"\b(?:that|which|whom|where)\b|[,;:]", subj)[-1]
                    if re.search(r"\b(?:we|activists|NGOs|citizens|residents)\b", local, re.I):
                        continue
                    if good:  # the subject of a second cue starts after the first one
                        subj = sent[good[-1][0].end() : m.start()]
                    subj_countries = countries_in(subj)
                    ru_names = _RU_NAMES_SUBJ.search(subj) if not subj_mech and not subj_countries else None
                    if ru_names and UPR_NAME.search(body):
                        subj_countries = re.split(r"\s*,\s*|\s+и\s+", ru_names.group(1))
                    if subj_mech or subj_countries or _SUBJECT_WORDS.search(subj):
                        good.append((m, pick_mechanism(subj_mech, subj_countries), subj_countries))
                    elif _PRONOUN_SUBJ.match(collapse(subj) + " x") and last_mech:
                        good.append((m, last_mech, []))
                for k, (m, mech, subj_countries) in enumerate(good):
                    a = m.end()
                    if sent[a:].lstrip().startswith(","):  # "recommended, as an effective measure, a review"
                        c = sent.find(",", sent.find(",", a) + 1)
                        if 0 < c - a < 60:
                            a = c + 1
                    if re.match(r"asked\b", m.group(0), re.I):
                        a = m.start()
                    b = len(sent)
                    if k + 1 < len(good):
                        nxt = good[k + 1][0].start()
                        cut = None
                        for cm in re.finditer(r",?\s+and\s+|;\s+", sent[a:nxt]):
                            cut = a + cm.start()
                        b = cut if cut is not None else nxt
                    clause = _NEW_CLAUSE.search(sent, a, b)
                    if clause:  # "... an exceptional measure (118.27); the Government has not yet ..."
                        b = clause.start()
                    other = _AND_STATE_DASH.search(sent, a, b)
                    if other and mech == "UPR":
                        # "Германия рекомендовала восстановить ..., а Уругвай – применять ...": two States, two requests
                        found.append((a, other.start(), mech))
                        sources[len(found) - 1] = subj_countries
                        a = other.end()
                        subj_countries = [other.group("who")]
                    found.append((a, b, mech))
                    sources[len(found) - 1] = subj_countries
                qr = quote_ranges(sent)
                cue = next((c for c in _NOUN_CUE.finditer(sent) if not any(a <= c.start() < b for a, b in qr)), None)
                mentions = mechanism_mentions(sent, committee) if not good and cue is not None else []
                if cue is not None and (
                    # the title block before the first real paragraph: "Submission ... List of Issues ..."
                    (not ctx.body_started and not _ends_terminal(sent))
                    # "General Recommendation No. 35 sets out ...": a reference, unless it asks for something
                    or (_GENERAL_REF.search(sent) and not _QUOTE_CUE.search(sent))
                ):
                    cue = None
                if not good and cue is not None and is_status_report(sent) and _THE_REC.match(s_clean):
                    # "The recommendation is therefore only partially implemented." under its own heading:
                    # the status of the recommendation cited last, not a new one
                    last = next((u for u in reversed(units) if u.kind == "cited_recommendation"), None)
                    if last is not None and last.status_claim in (None, "unknown"):
                        last.status_claim = status_of(sent)
                    continue
                if (not good and cue is not None and not re.search(r"\bwill\b", sent) and not _ABOUT_REPORT.search(sent)
                        and not _OWN_COMMENT.match(s_clean)):
                    if mentions or (status and re.search(r"recommendation", sent, re.I)):
                        if mentions or _ANAPHOR.match(s_clean) or status:
                            mech = pick_mechanism(mentions, [])
                            if not mentions and _ANAPHOR.match(s_clean) and last_mech:
                                mech = last_mech
                            a, b = _trim(sent, cue.start())
                            found.append((a, b, mech))
                    elif _ANAPHOR.match(s_clean) and last_mech:
                        a, b = _trim(sent, cue.start())
                        found.append((a, b, last_mech))
        for k, (a, b, mech) in enumerate(found):
            text = _clean_unit(sent[a:b]).strip(" ,;:")
            # three words at least ("декриминализировать диффамацию": two are enough in Russian)
            if len(text.split()) < (2 if re.search(r"[а-яё]{4}", text) else 3) or _FOLLOW_UP_INFO.search(text):
                continue
            fa = base + sa + a
            fb = base + sa + b
            u = Unit(kind="cited_recommendation", text=text, start=seg.doc_pos(fa), end=seg.doc_pos(fb),
                     section=ctx.section, articles=_unit_articles(text, ctx), mechanism=mech,
                     source_detail=source_detail(sent, mech, sources.get(k) or countries_in(sent)),
                     year=(previous_review_year(doc.text[:4000], sent, mech)
                           or year_in(sent + trailing_ref(body[sb:]), notes)
                           or context_year(body[:sa], sent, mech, notes, committee)
                           or (context_year(ctx.topic_body[-2], sent, mech, notes, committee)
                               if len(ctx.topic_body) >= 2 and not YEAR.search(body) else None)
                           or (review_year(doc.text[:4000], sent) if mech == "UPR" else None)
                           or (observations_year(doc.text[:4000]) if mech == committee else None)),
                     status_claim=status_of(sent[a:b]) or status or "unknown")
            units.append(u)
            para_units.append(u)
            last_mech = mech
    ctx.recent_cited = para_units


__all__ = ["extract_ngo"]
