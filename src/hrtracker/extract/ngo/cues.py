"""Word-level cues of NGO reports: list labels, request and question shapes, the authors' own voice."""

from __future__ import annotations

import re

from ..mechanisms import (
    COUNTRY,
    MECH_ALL,
    THE_COMMITTEE,
    countries_in,
    mechanism_mentions,
)
from ..textutil import clean, paren_ranges, quote_ranges, strip_emphasis, strip_marker

TERMINAL = ".?!:;"
# the label of a verdict, alone or over a list item: "Assessment", "Our verdict", "Статус"
VERDICT_LABEL = (r"(?:(?:our|proposed|suggested|overall|final|(?:the\s+)?coalition['’]s|NGO|наша|предлагаемая|итоговая|"
                 r"общая)\s+)?(?:assessment|status|evaluation|verdict|grade|implementation|view|оценка|статус|итог)"
                 # whose: "Оценка коалиции: C"
                 r"(?:\s+(?:коалиции|авторов|НПО|of\s+the\s+coalition))?")
# a grade of the follow-up procedure after a verdict label: "Proposed grade: B", "Оценка: [C1]"
GRADE_MARK = r"\[?([A-E])\d?\]?"
_PAREN = r"\((?:[^()]|\([^()]*\))*\)"
_REC_WORD = (r"(?:recommendations?(?:\(s\))?|recommended\s+actions?|actions?\s+(?:recommended|needed|required)|"
             r"рекомендаци[яи]|"
             r"proposals|предложения|рекомендации и предложения|"
             # campaign wording: "Our asks", "Key demands", "What needs to change", "What we are asking / call for"
             r"(?:our|key|main|core|the\s+coalition'?s?|ngo)\s+(?:asks|demands?|requests)|what\s+(?:needs|has)\s+to\s+(?:change|be\s+done)|what\s+must\s+change|"
             r"what\s+we\s+(?:are\s+asking|ask|are\s+calling|call)\s+for|what\s+we\s+(?:ask|recommend|propose|urge|want|demand)|"
             # "What we hope you will recommend" (to the delegations a briefing is for)
             r"what\s+we\s+(?:hope|would\s+like)\s+(?:you|States|delegations|the\s+[\w-]+)\s+(?:will|to|would)\s+"
             r"(?:recommend|propose|ask\s+for)|"
             r"наш[аие]?\s+(?:требовани[ея]|просьб[аы])|"
             # "What we ask the Government to do", "What we want the authorities to do"
             r"what\s+we\s+(?:ask|want|expect|urge)\s+(?:of\s+|from\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+to\s+do|"
             # "What we ask the Government", "What we want from Parliament"
             r"what\s+we\s+(?:ask|want|expect|urge|demand)\s+(?:of\s+|from\s+)?(?:the\s+)?"
             r"(?:government|authorities|state|parliament|ministr(?:y|ies)|president)\b|"
             # "What the Government should do", "What the authorities must do", "What should be done"
             r"what\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:should|must|needs?\s+to|ought\s+to)\s+do"
             r"(?:\s+(?:now|next|first|today|immediately|urgently))?|"
             r"what\s+(?:should|must)\s+be\s+done|"
             # "What the PCL recommends", "What the coalition proposes"
             r"what\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:recommends|proposes|urges|asks\s+for)|"
             r"требования|что\s+(?:необходимо|нужно|следует)\s+(?:сделать|изменить)|"
             r"что\s+мы\s+(?:предлагаем|рекомендуем|просим|требуем))")
_QUE_WORD = r"(?:questions?(?:\(s\))?|вопрос(?:ы|ов)?)"
_LABEL_TAIL = (r"(?:\s+(?:to|for|on|of|from|by|concerning|regarding|к|для|по|в|о|об|относительно|касательно)"
               r"\s+[^:()]{1,120}"
               r"|\s+[а-яёА-ЯЁ-]+(?:\s+[а-яёА-ЯЁ-]+)?(?=\s*:\s*$)"  # "Рекомендации коалиции:"
               # "Рекомендации НПО" as a heading, "Рекомендации коалиции к четвертому циклу УПО"
               r"|\s+(?:НПО|NGOs?|ННО|коалиции|организаций)(?:\s+(?:к|для|по|на)\s+[^:()]{1,120})?"
               r"|\s+(?:государств\w*(?:-участни\w+)?|правительств\w*|властям|парламент\w*)(?:\s+[^:()]{1,60})?)?"
               r"\s*(?:" + _PAREN + r")?\s*[:.]?\s*$")
# a list addressed to someone: "To the Government:", "Recommendations to the Parliament:" (head, then the rest
# of the addressee's name and the colon)
_TO_HEAD = r"^(?:(?:our\s+)?recommendations\s+)?to\s+"
_TO_TAIL = r"(?:,?\s+[\w'’-]+){0,9}\s*:\s*$"
# a submission form's field label asking for a list: "Question 8: What recommendations would you like the
# Committee to make ...?" (not "Which previous recommendations has the State failed to implement?")
_FORM_PROMPT = r"^(?:(?:question\s+|q)\d{1,3}\s*[:.]\s*)?(?:which|what)\s+(?:[\w-]+\s+){0,3}?"
_PLEASE_LIST = (r"^please\s+(?:(?:list|set\s+out|provide|give)\s+"
                r"(?=(?:[\w-]+\s+){0,4}?recommendations\s+(?:that|which)?\s*(?:you|your\s+organi[sz]ation|the\s+(?:\w+\s+)?Committee|for\s+the)\b)|suggest\s+|propose\s+)"
                r"(?:up\s+to\s+\w+\s+|(?:the|your|any|specific|concrete|key|priority|main)\s+){0,3}")
REC_LABEL = re.compile(
    # "Annex: list of recommendations", "Summary of recommendations", "Annex 2 – additional recommendations"
    r"^(?:annex(?:\s+[\w.]{1,4})?\s*[:.–—-]\s*|приложение(?:\s+[\w.]{1,4})?\s*[:.–—-]\s*)?"
    r"(?:(?:full\s+|consolidated\s+|complete\s+)?(?:list|summary|overview)\s+of\s+(?:the\s+|our\s+)?|перечень\s+)?"
    r"(?:(?:our|my|key|main|general|specific|additional|further|proposed|suggested|ngo|consolidated|complete|full|"
    r"priority|final|new|recommended|summary\s+of|основные|наши|мои|предлагаемые|сводные|итоговые|"
    r"рекомендуемые|ключевые|дополнительные|общие|конкретные|наши\s+основные)\s+"
    r"(?:[a-zа-яё-]{3,20}(?:['’]s)?\s+)?)?"  # "Our Centre’s recommendations to the Government are these:"
    + _REC_WORD + _LABEL_TAIL
    + r"|^we\s+(?:therefore\s+)?(?:recommend|urge|call\s+(?:on|upon))\b[^.:]{0,120}:\s*$"
    + r"|" + _FORM_PROMPT + r"recommendations\s+(?:would|do|should|could)\s+you\b[^?]{0,160}\?[\s*]*$"
    # a template's prompt: "Please list the recommendations that you suggest the Committee address to the State
    # party (maximum 10 recommendations).", "Please suggest recommendations for the Committee to make."
    + r"|" + _PLEASE_LIST + r"recommendations\b[^?:]{0,200}[.:]?\s*$"
    r"|^(?:мы\s+)?(?:также\s+)?(?:рекомендуем|призываем|предлагаем|просим|требуем)\b[^.:]{0,120}:\s*$"
    # a meeting's decision adopting the text: «1.3. Утвердить следующий текст рекомендаций коалиции государству для
    # включения в промежуточный доклад ...:», "Adopt the following recommendations of the coalition to the State:"
    r"|^(?:утвердить|одобрить|принять)\s+следующ\w+\s+(?:текст\s+)?рекомендаци\w*\s+(?:коалиции|НПО|платформы|сети)"
    r"[^.:]{0,200}:\s*$"
    r"|^(?:adopt|approve|endorse)\s+the\s+following\s+(?:text\s+of\s+the\s+)?recommendations\s+of\s+the\s+"
    r"(?:coalition|network|platform)[^.:]{0,200}:\s*$"
    # "The Government should:", "The State party must, as a matter of priority:", "Государству следует:"
    # (after an opening phrase: "In our view, the Government of X should, as a matter of priority:")
    # ("Civic space In order to restore civic space, the Government should:" after a run-in heading)
    r"|^(?:(?:in\s+our\s+(?:view|opinion)|therefore|accordingly|in\s+particular|as\s+a\s+(?:first\s+step|matter\s+of\s+"
    r"priority)|[^.:;,]{3,120}),\s+)?(?:the\s+)?(?:State(?:\s+party)?|Government|authorities|Parliament)"
    r"(?:\s+of\s+[A-Z][\w ]{1,40}?)?\s+(?:should|must)\b[^.:]{0,60}:\s*$"
    r"|^(?-i:[A-Z])[\w-]+\s+(?:should|must)\s*:\s*$"  # the State by its name: "Isvaldia should:"
    # "To the Government:", "To the Judicial Service Commission and the Chief Justice:": the State's organs; not
    # "To the international community:", "To the Committee:", "To the Human Rights Council:"
    r"|" + _TO_HEAD + r"(?:the\s+)?(?!(?:international|donors?|united\s+nations|UN\b|"
    r"(?:\w+\s+)?committee\b|(?:human\s+rights\s+)?council\b|special\s|working\s+group|OHCHR|office\s+of\s+the\s+"
    r"(?:united|UN|high)|high\s+commissioner|(?:other\s+|member\s+)?states\b|european|EU\b|world\s+bank|"
    r"business|compan|private|civil\s+society|NGOs?\b|media)\b)(?-i:[A-Z])[\w'’-]*" + _TO_TAIL
    + r"|^(?:государств\w*(?:-участни\w+)?|правительств\w*|властям|власти)\s+(?:следует|необходимо|должн\w*)"
    r"[^.:]{0,60}:\s*$",
    re.I,
)
# a list's addressee: "To the Government:", "To the international community and donors:"
ADDRESSEE = re.compile(_TO_HEAD + r"(?:the\s+[\w'’-]+|(?-i:[A-Z])[\w'’-]*)" + _TO_TAIL, re.I)
QUE_LABEL = re.compile(
    r"^(?:(?:recommended|suggested|proposed|possible|key|additional|further|draft|advance|рекомендуем(?:ые|ый)|"
    r"предлагаем(?:ые|ый)|возможн(?:ые|ый))\s+(?:[a-zа-яё-]{3,20}\s+)?)?(?:list\s+of\s+)?" + _QUE_WORD + _LABEL_TAIL
    # "Questions the Committee may wish to include in the list of issues"
    # "Questions the Special Rapporteur may wish to raise", "Advance questions that States could put to X:"
    # ... and one: "A question the Committee may wish to put to the delegation:"
    + r"|^(?:(?:an?|one|the)\s+)?(?:(?:recommended|suggested|proposed|possible|key|additional|further|advance)\s+)?"
    + _QUE_WORD
    + r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:may|might|could|should|can|suggests?|proposes?|recommends?|invites?|asks?|urges?)\b[^.:]{0,120}[:.]?\s*$"
    # "Questions we hope the Committee will ask", "Questions we would like the Committee to ask", "Questions we
    # sent for the list of issues"
    + r"|^(?:(?:advance|suggested|key|additional|further)\s+)?" + _QUE_WORD
    + r"\s+(?:that\s+)?we\s+(?:have\s+)?(?:hope|want|would\s+like|sent|submitted|put|ask|asked|suggest|propose)\b"
    r"[^.:]{0,120}[:.]?\s*$"
    # "Questions proposed for the list of issues:", "Questions suggested to the Committee"
    + r"|^" + _QUE_WORD + r"\s+(?:proposed|suggested|recommended|put\s+forward)\s+(?:for|to|by)\b"
    r"(?![^.:]*\b(?:were|was|are|is|has|have|had)\b)[^.:]{0,120}[:.]?\s*$"
    # "Вопросы, которые Комитет мог бы задать ...:", "Вопрос Комитету для письма ...:"
    r"|^(?:(?:предлагаемые|возможные|рекомендуемые)\s+)?вопрос\w*(?:\s*,\s*которые\b[^:]{0,160}"
    r"|\s+(?:к\s+)?(?:Комитет\w*|государств\w*|правительств\w*|власт\w*)\b[^:]{0,120})\s*:?\s*$"
    # "The Committee may wish to ask the State party:", "We suggest that the Committee ask the Government:"
    + r"|^(?:(?:we\s+)?(?:suggest|propose|recommend)\s+that\s+)?(?:the\s+)?(?:\w+\s+)?Committee\s+"
    r"(?:(?:may|might|could|should)\s+(?:wish\s+to\s+|want\s+to\s+|consider\s+)?)?(?:ask(?:ing)?|put|rais(?:e|ing)|"
    r"request(?:ing)?)\b[^.:]{0,100}:\s*$"
    r"|^(?:мы\s+)?(?:предлагаем|рекомендуем)?\s*(?:Комитет\w*)\s+(?:может|мог\w*)?\s*(?:пожелать\s+)?"
    r"(?:задать|запросить|спросить)\b[^.:]{0,100}:\s*$"
    # the authors by name, and a full stop after the questions they announce: "Коалиция предлагает Комитету
    # задать делегации следующие вопросы.", "The Coalition suggests that the Committee ask the following questions."
    r"|^(?:[А-ЯЁ][\w-]*(?:\s+[\w«»\"-]+){0,4}\s+)(?:предлага\w+|рекоменду\w+|прос(?:ит|ят|им))\s+Комитет\w*\s+"
    r"(?:задать|запросить|спросить)\b[^.:]{0,100}(?:следующие\s+вопросы\s*[.:]|:)\s*$"
    r"|^(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,4}\s+(?:suggests?|proposes?|recommends?)\s+that\s+the\s+"
    # (or the mandate it writes to: "The Society respectfully suggests that the Special Rapporteur put ...:")
    r"(?:\w+\s+)?(?:Committee|(?:Special\s+)?Rapporteur|Working\s+Group|Subcommittee|Independent\s+Expert)\s+"
    r"(?:ask|put|raise)\b[^.:]{0,100}(?:following\s+questions\s*[.:]|:)\s*$"
    # a meeting's decision: «2.4. Предложить Комитету против пыток включить в перечень вопросов ... следующие
    # вопросы:», "To propose that the Committee include the following questions ...:"
    r"|^(?:предложить|рекомендовать|просить)\s+Комитет\w*[^:]{0,200}следующие\s+вопросы\s*:\s*$"
    r"|^(?:to\s+)?(?:propose|suggest|recommend)\s+(?:to\s+)?(?:that\s+)?the\s+(?:\w+\s+){0,6}?Committee\b[^:]{0,200}"
    r"following\s+questions\s*:\s*$"
    # "Что следует спросить у государства:", "What to ask the Government", "What the Committee should ask"
    r"|^что\s+(?:следует|нужно|необходимо|стоит)\s+(?:спросить|узнать)\b[^.:]{0,80}:?\s*$"
    r"|^what\s+(?:to\s+ask|(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:should|could|might|may)\s+ask)\b[^.:]{0,80}:?\s*$"
    # a form's prompt for the answer below: "Question 7: Which questions do you suggest that the Committee include?"
    r"|" + _FORM_PROMPT + r"questions\s+(?:would|do|should|could)\s+you\b[^?]{0,160}\?[\s*]*$"
    # "Q6. Which questions should the Committee put to the State party?"
    r"|" + _FORM_PROMPT + r"questions\s+(?:should|could|might|would)\s+the\s+(?:\w+\s+){0,3}?"
    r"(?:put|ask|raise|address)\b[^?]{0,160}\?[\s*]*$"
    # "Please suggest questions that the Committee may wish to include in the list of issues."
    r"|^please\s+(?:suggest|propose|list)\s+(?:up\s+to\s+\w+\s+|(?:the|your|any|specific|key)\s+){0,3}questions\b"
    r"[^?:]{0,200}[.:]?\s*$",
    re.I,
)
_REC_QUALIFIER = r"(?:(?:follow-up|further|new|updated|revised|key|main|joint)\s+)?"
STANDALONE = re.compile(r"^(?P<label>(?:" + _REC_QUALIFIER
                        + r"(?:recommendation|рекомендация)s?\s*(?:(?:no\.?|№)?\s*\d{1,3}\s*)?"
                         # "Рекомендация коалиции: ...", "Recommendation of the Coalition: ..."
                         r"(?:(?:коалиции|авторов|НПО|сети|of\s+the\s+(?:coalition|authors|alliance|network))\s*)?"
                         r"(?:" + _PAREN + r")?\s*(?::|\.(?=\s+[A-ZА-ЯЁ]))"
                         # a run-in label of the authors' own: "Our demand: Call our parents ...", "What we want: ...",
                         # "Наше требование: ..."
                         r"|(?:our\s+" + _REC_QUALIFIER + r"(?:recommendation|demand|request|ask)s?"
                         # "OUR ASK to the Government: ...", "OUR ASK, part two: ..."
                         r"(?:\s+(?:to|on|for)\s+(?:the\s+)?[\w ]{2,30}?|,\s*part\s+\w+)?"
                         r"|what\s+we\s+(?:want|ask\s+for|demand)|наш[аеи]?\s+"
                         r"(?:требование|просьба|рекомендация|предложение)"
                         # a decision on the authors' own text: «Включить в альтернативный доклад отдельную
                         # рекомендацию в следующей редакции: «Принять закон ...»»
                         r"|включить\s+в\s+(?:\w+\s+){0,2}?доклад\s+(?:\w+\s+)?рекомендацию\s+в\s+следующей\s+редакции"
                         r"|include\s+in\s+(?:the|our)\s+(?:\w+\s+)?(?:report|submission)\s+(?:a|the\s+following)\s+"
                         r"(?:\w+\s+)?recommendation(?:\s+(?:worded\s+as\s+follows|reading))?)"
                         # "Our proposal is simple: ...", «Наше предложение простое: ...»
                         r"(?:\s+(?:is\s+)?(?:simple|clear|this|простое|простая|такое|такая|следующее|следующая))?\s*:))"
                         r"\s*(?P<body>\S.*)$", re.I | re.S)
STANDALONE_Q = re.compile(r"^>?\s*(?P<label>(?:(?:recommended|suggested|proposed)\s+)?questions?\s*(?:" + _PAREN
                           + r")?\s*:"
                           # "The Special Rapporteur may wish to ask: Why ...?" (the body that is to ask, then a colon)
                           r"|(?:the\s+)?(?:[\w-]+\s+){1,8}?(?:may|might|could)\s+(?:wish|want|like)\s+to\s+ask"
                           r"(?:\s+the\s+(?:State(?:\s+party)?|Government|delegation|authorities))?\s*:"
                           # "We also suggest that the Committee ask the State party: ...", «Мы также предложим
                           # Комитету спросить у государства: ...»
                           r"|we\s+(?:also\s+)?(?:suggest|propose|invite|ask|urge)\s+(?:that\s+)?the\s+Committee\s+"
                           r"(?:to\s+)?ask(?:\s+the\s+(?:State(?:\s+party)?|Government|delegation|authorities))?\s*:"
                           r"|(?:мы\s+)?(?:также\s+)?(?:предлага\w*|предложим|просим|рекоменду\w*)\s+Комитету\s+"
                           r"(?:спросить|задать\s+(?:\w+\s+){0,2}?вопрос\w*|запросить)"
                           r"(?:\s+у\s+(?:государства|правительства|делегации|властей))?\s*:)\s*"
                           r"(?P<body>\S.*)$", re.I | re.S)
# "calls on the Government to implement them without delay": to do what was asked, which is not said here (the
# request or citation's text from its verb on)
BARE_IMPLEMENT = re.compile(r"(?:to\s+)?(?:fully\s+|swiftly\s+|promptly\s+)?implement\s+(?:them|it|all\s+of\s+them|"
                            r"th(?:e|ese|ose)\s+(?:\w+\s+){0,2}(?:recommendations|observations|findings))\b[^,;]{0,40}[.;]?$"
                            r"|(?:выполнить|реализовать)\s+(?:их|эти\s+рекомендации)\b[^,;]{0,40}[.;]?$", re.I)
# a section number before a heading or label: "2.2", "4.", "IV.", "B)"
UPPER_ROMAN = re.compile(r"^([IVX]{1,5})\.\s+(?=\S)")


def roman_item(t: str) -> re.Match[str] | None:
    """ "II.  Восстановить лицензии ...": an upper-case roman number before a request numbers an item, not a
    part of the report ("V. STATELESSNESS"); the number's match, or None."""
    m = UPPER_ROMAN.match(t)
    return m if m and IMPERATIVE.match(t[m.end() :]) else None
SECTION_NO = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|\[\d{1,3}\]|[IVXLC]{1,6}\.|[A-HА-Е][.)]|"
                         r"(?i:part|section|chapter|раздел|часть)\s+[\w]{1,12}(?:[.:]|\s*[|–—])?)\s+")
# the authors' own lead-in to a list: "We urge the State party to:", "The Coalition recommends that the authorities:"
_OWN_LEADIN = re.compile(
    # after an opening clause: "For the remainder of the third cycle ..., the Coalition recommends that ...:"
    # or a speech's address: "Mr. President, the coalition therefore calls on the Government to:"
    r"^(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+(?:Vice-)?(?:President|Chair(?:person|man|woman)?),\s+|[^.:;]{10,160},\s+)?(?:we|[A-ZА-ЯЁ][^.:;,]{0,120}?)\s+(?:(?:therefore|also|further|strongly|respectfully)\s+)*"
    r"(?:recommends?|urges?|calls?\s+(?:on|upon)|asks?|requests?|encourages?|invites?|"
    r"рекоменду(?:ем|ет|ют)|призыва(?:ем|ет|ют))\b[^.:]{0,200}:\s*$"
    # "We would be grateful if the Committee, in its follow-up letter, urged the State party to:"
    # "We would also be grateful if you could seek the Government's answers to the following questions:"
    r"|^we\s+would\s+(?:also\s+)?(?:be\s+grateful|welcome\s+it|appreciate\s+it)\s+if\s+[^.:]{2,120}?\b(?:urged|asked|"
    r"ask|called\s+(?:on|upon)|recommended|requested|invited|seek|sought|put|raised?)\b[^.:]{0,200}:\s*$",
    re.I,
)
# the authors proposing what a body should recommend: "We respectfully suggest that the Committee recommend that
# the State party:"
_SUGGESTS_RECOMMEND = re.compile(
    r"^(?P<subj>we|[A-ZА-ЯЁ][^.:;,]{0,120}?)\s+(?:(?:therefore|also|further|respectfully)\s+)*(?:would\s+)?"
    r"(?:suggests?|proposes?)\s+that\s+the\s+(?:[\w-]+\s+){0,4}?(?:Committee|Rapporteur|Working\s+Group|Council|"
    r"Subcommittee)\s+(?:should\s+)?(?:recommend|urge|call\s+(?:on|upon)|encourage)\b[^.:]{0,200}:\s*$",
    re.I,
)
# a paragraph in the authors' own voice that makes a request: "We also urge the State party to ..."
# the authors asking a UN body or mandate holder to act itself, not the State: "We further recommend that the
# Special Rapporteur request an invitation for a follow-up visit" (not "... that the Committee urge the State to")
TO_BODY_ONLY = re.compile(
    r"^(?:we|the\s+(?:coalition|alliance|organi[sz]ations?|authors|network|platform)(?:\s+\w+){0,4}?)\s+(?:\w+\s+)?"
    r"(?:recommends?|suggests?|proposes?|asks?|invites?|urges?|would\s+be\s+grateful\s+if)\s+(?:that\s+)?the\s+"
    r"(?:members\s+of\s+the\s+)?(?:special\s+rapporteur|rapporteur|committee|working\s+group|mandate[- ]holders?|"
    r"special\s+procedures?|(?:human\s+rights\s+)?council|(?:Office\s+of\s+the\s+)?(?:UN\s+)?High\s+Commissioner)\b"
    r"(?!.*\b(?:urge|call\w*\s+(?:on|upon)|recommend\w*|ask|request|invite)\s+(?:to\s+|that\s+)?(?:the\s+)?(?:State|Government|"
    # "... that the Committee urge Kestrava to ..." or "... recommend that the State party:" is for the State
    r"authorities|(?-i:[A-Z])[\w-]+)\b)", re.I | re.S)
OWN_REQUEST = re.compile(
    r"^(?:(?:we|мы)\s+(?:(?:therefore|also|further|strongly|respectfully|again|также|настоятельно)\s+)*"
    r"(?:recommend|urge|call\s+(?:on|upon)|ask|request|encourage|invite|рекомендуем|призываем)"
    # the Russian verb's ending names the subject: "Рекомендуем отменить статью 341 ..."
    r"|(?:(?:также|настоятельно)\s+)*(?:рекомендуем|призываем)"
    # "Необходимо немедленно проверить уровень свинца ...": a request in the authors' voice; not "Необходимо
    # отметить, что ..." (it should be noted)
    r"|(?:необходимо|нужно)(?=\s+(?:\w+\s+)?(?!отметить|подчеркнуть|учитывать|напомнить|сказать|указать)\w+(?:ть|ться)\b))\b"
    r"(?:\s+\w+){0,6}?\s+(?:to|that|что|чтобы|\w+(?:ть|ться|сти|зти|чь))\b",  # "внести", "обеспечить"
    re.I,
)
PLEASE = re.compile(r"^please,?\s+(?:provide|explain|indicate|describe|clarify|comment|inform|specify|elaborate|give|"
                     r"outline|report|state|update)\b"
                     # «Просьба представить статистику ...», «Просьба пояснить, как ...»
                     r"|^просьба\s+(?:представить|сообщить|пояснить|указать|разъяснить|описать|прокомментировать|"
                     r"предоставить|уточнить|привести|объяснить|изложить|перечислить|охарактеризовать|"
                     r"проинформировать)(?!\w)", re.I)
# "We suggest that the Committee ask the State party to explain ...", "Предлагаем Комитету запросить у государства ..."
ASK_COMMITTEE = re.compile(
    # the authors' suggestion ("We suggest that the Committee ask ...") or a modal ("The Committee may wish to
    # ask ..."); a bare "The Committee requests the State party ..." quotes concluding observations
    r"^(?:(?:we\s+)?(?:would\s+)?(?:suggest|propose|recommend|invite|urge)\s+(?:that\s+)?the\s+(?:\w+\s+)?Committee\s+"
    r"(?:(?:may|might|could|should|is invited to)\s+(?:wish\s+to\s+|want\s+to\s+|consider\s+)?)?"
    r"|the\s+(?:\w+\s+)?Committee\s+(?:may|might|could|should|is invited to)\s+"
    r"(?:wish\s+to\s+|want\s+to\s+|consider\s+)?)"
    r"(?:ask|request|question|enquire|inquire)(?:s|ing)?\s+(?:of\s+)?the\s+(?:State|Government|authorities)\b(?![^.:]*:\s*$)"
    r"|^(?:предлагаем|просим|рекомендуем)\s+(?:Комитету\s+(?:запросить|спросить|задать)|Комитет\s+(?:запросить|спросить))\b"
    r"(?![^.:]*:\s*$)",
    re.I,
)
INTERROG = re.compile(r"^(?:(?:on|in|to|for|by|under|from|with)\s+(?:what|which|whose|whom)\b|"
                      r"what|how|why|when|where|which|who|whether|is|are|does|do|did|has|have|will|can|could|"
                       r"какие|каким|как|почему|когда|есть ли)\b"
                      # «Сколько ...?», «Какова доля ...?», «Планирует ли государство-участник ...?»
                      r"|^(?:сколько|каков[аоы]?|как(?:ой|ая|ое|их|ую|ом)|[а-яё]+\s+ли)(?![а-яё])", re.I)
IMPERATIVE = re.compile(
    r"^(?:to\s+\w+|that\s+|the\s+(?:state(?:\s+party)?|government|authorities)\b.*\b(?:should|must)\b|"
    r"(?:(?:immediately|urgently|promptly|swiftly|fully|effectively|further|also|systematically|publicly|"
    r"officially|formally|explicitly|expressly|without delay,?)\s+)?(?:re-)?(?:"
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
    r"simplify|stipulate|strike|verify|vacate|waive|reconsider|lower|double|halt|abandon|desist|commute|appoint|"
    r"declare|resume|finali[sz]e|dismantle|instruct|hire|recruit|equip|evaluate|organi[sz]e|"
    r"promote|encourage|reinforce|restrict|fund(?!\s+(?:for|of)\b)|finance|reopen|entrust|pardon|install|educate|"
    r"обеспечить|принять|отменить|внести|ратифицировать|создать|пересмотреть|привести|гарантировать)\b"
    # a Russian recommendation starts with an infinitive: "Упростить процедуру ...", "Прекратить ...", maybe after an
    # adverb: "Незамедлительно освободить ...", "Ежегодно публиковать ...", "Систематически проверять ..."
    # ("Вести и ежегодно публиковать ...": a short infinitive in -сти; not a noun's "власти", "части")
    r"|(?:[а-яё]{4,}(?:о|ски)\s+)?(?:[а-яё]{3,}(?:(?:ать|ять|еть|ить|уть|ыть|оть)(?:ся)?|чь)|"
    r"[а-яё]{2,}(?<![оа])(?:сти|зти)(?:сь)?)(?!\w))",
    re.I,
)
# a request paragraph without a list marker: "The law must be amended", "Государству следует ..."
SHOULD_WORD = re.compile(r"\b(?:should|must)\b|(?<!\w)(?:следует|должн[аоы]?|необходимо|надлежит)(?!\w)", re.I)
STOP_END = re.compile(r"\b(?:and|or|of|the|to|a|an|in|on|for|with|by|from|at|as|that|which|is|are|и|в|на|с|по)$",
                       re.I)
# a list of requests to someone other than the State: "Recommendations to OSCE participating States and
# institutions:", "Recommendations to the international community and donors:"
# ("We ask the European Union and its Member States to:" likewise)
TO_OTHERS = re.compile(r"\b(?:to|ask|call\s+(?:on|upon)|urge|invite|encourage)\s+(?:the\s+)?"
                       # "we respectfully urge your delegation to:" (a letter to the Council's members)
                       r"(?:your\s+(?:delegation|embassy|government|country)|delegations\b|OSCE\b|participating\s+States|"
                       r"international\s+(?:community|organi[sz]ations|partners)|donors|development\s+partners|(?:other\s+|UN\s+)?member\s+States|European\s+Union|"
                       r"EU\b|(?:UN|United\s+Nations)\s+agencies|other\s+States|embassies|business(?:es)?\b|companies)"
                       # "Recommendations to the Human Rights Council", "The Centre invites the Council to:"
                       r"|(?:^(?:our\s+)?recommendations?\s+to|\b(?:ask|call\s+(?:on|upon)|urge|invite|encourage)s?)\s+"
                       r"the\s+(?:Human\s+Rights\s+)?Council(?!\s+of\s+Europe)\b(?![^:]*\b(?:State|Government)\b)"
                       # «Наши просьбы к БДИПЧ ОБСЕ и Венецианской комиссии»
                       r"|(?<!\w)(?:к|в\s+адрес)\s+(?:БДИПЧ|ОБСЕ|Венецианск\w+\s+комисси|Европейск\w+\s+(?:союз|комисси|парламент)|ЕС\b|"
                       r"международн\w+\s+(?:сообществ|организаци|партн[её]р)|донор|Совет\w*\s+Европы)",
                       re.I)
# requests to a UN mandate holder, not to the State: "Our requests to the mandate holders", "We ask you to:"
TO_MANDATE = re.compile(
    r"^(?!.*\b(?:recommend|call\w*\s+(?:on|upon)\s+the\s+(?:State|Government)|urge\s+the\s+(?:State|Government)))"
    r".*(?:\b(?:requests|asks|demands)\s+(?:to|for|of)\s+(?:the\s+)?|\b(?:ask|request|invite)\s+(?:of\s+)?)"
    r"(?:you|the\s+(?:mandate[- ]holders?|special\s+rapporteurs?|special\s+procedures?|working\s+group))\b"
    # "From you personally, dear Madam Rapporteur, we have two requests:"
    r"|\b(?:from|of|to|for)\s+you\b[^:]{0,80}\b(?:requests?|asks?)\b|\bdear\s+(?:madam|sir|mr\.?|ms\.?|mrs\.?)\b"
    # «Мы просим Вас по возможности:» (the mandate holder, about the visit), not «просим Вас рекомендовать ...»
    r"|(?<!\w)(?:мы\s+)?просим\s+Вас\b(?![^:]*(?:рекомендова|призва|запроси|спроси))",
    re.I)
_THE_REC_OF = re.compile(r"^(?:[\w-]+\s+){0,2}recommendations?\s+(?:of|from|by|made\s+by)\s+(?P<who>.+?)"
                         r"(?:\s+(?:to|for)\s+.*)?\s*:?\s*$", re.I)
# UN mechanisms named as a kind: "other international human rights mechanisms", "UN treaty bodies", "the special
# procedures", "regional bodies"
_MECHS_KIND = re.compile(r"^(?:the\s+)?(?:(?:other|previous|earlier|international|UN|United\s+Nations|regional|"
                         r"human\s+rights|treaty|charter-based)\s+)*"
                         r"(?:mechanisms?|bodies|procedures|mandate[- ]holders)\b", re.I)


# a heading's topic before its label: "Assembly: our recommendations", "Expression – what we hope you will recommend"
TOPIC_PREFIX = re.compile(r"[^\W\d][^:.;–—|]{0,40}?\s*(?::|\s[–—|])\s+(?=\S)")  # (and "PART 9 | QUESTIONS ...")


def is_label(t: str) -> bool:
    t = SECTION_NO.sub("", t, count=1)
    if (topic := TOPIC_PREFIX.match(t)) and (REC_LABEL.match(t[topic.end() :]) or QUE_LABEL.match(t[topic.end() :])):
        t = t[topic.end() :]
    return bool(REC_LABEL.match(t) or QUE_LABEL.match(t) or is_own_leadin(t))


# "The coalition's priority recommendations to the State party are to:"
# "Our calls to the Government of X on this theme are to:"
_RECS_ARE = re.compile(r"^(?:(?P<subj>[A-ZА-ЯЁ][^.:;]{0,60}?)['’]s?|our)\s+"
                       r"(?:(?:priority|main|key|principal|urgent)\s+)?"
                       r"(?:recommendations|calls|requests|demands|asks)\s+(?:to\s+(?:the\s+)?[\w ]{2,40}?\s+)?"
                       r"(?:are|include)(?:\s+to)?\s*:\s*$", re.I)


# "... the meeting adopted the following recommendations to the Government by consensus:", "The coalition makes
# the following recommendations to the authorities:" (whose: the subject; "The Committee adopted ..." is not ours)
_ADOPTS_RECS = re.compile(
    r"^(?P<subj>[^:]{0,400}?)\b(?:adopted|adopts|agreed\s+(?:on|upon)|endorsed|endorses|makes|puts\s+forward|"
    r"sets\s+out|presents|submits|offers|formulated|formulates)\s+the\s+following\s+(?:\w+\s+)?recommendations\s+"
    r"(?:to|for|addressed\s+to)\b[^.:]{0,150}:\s*$", re.I | re.S)


def is_own_leadin(t: str) -> bool:
    """The authors' own lead-in to a recommendations list (not a UN body's or a State's)."""
    t = t.lstrip("“\"«„")  # a spokesperson's quoted words: “We call on the authorities to take three steps:
    adopts = _ADOPTS_RECS.match(t)
    if adopts:
        return is_authors(adopts.group("subj"))
    are = _RECS_ARE.match(t)
    if are:
        return are.group("subj") is None or is_authors(are.group("subj"))
    sug = _SUGGESTS_RECOMMEND.match(t)
    if sug:
        return is_authors(sug.group("subj"))
    m = _OWN_LEADIN.match(t)
    if not m:
        return False
    if re.match(r"we\s+would\b", t, re.I):
        return True  # the authors asking a body to put their requests to the State
    subj = t[: m.end()]
    subj = subj[: re.search(r"recommend|urge|call|ask|request|encourag|invit|рекоменд|призыва", subj, re.I).start()]
    return is_authors(subj)


def is_authors(subj: str) -> bool:
    """Whether the subject of a request is the report's authors, not a UN body or a State: "The Norland
    Helsinki Committee recommends" is an NGO; "The Committee recommends", "Germany urges" are not."""
    the_body = re.search(r"\b(?i:the|its|this)\s+(?:Human\s+Rights\s+)?(?:Committee|Council)\b|^\s*(?:Комитет|Совет)",
                         subj)
    return not (MECH_ALL.search(subj) or COUNTRY.search(subj) or the_body)


# the authors, by name, making a request of their own: "The Bureau recommends that the State party ...",
# "Бюро рекомендует государству-участнику отменить ..." (present tense: a past one reports another's)
_NAMED_REQUEST = re.compile(
    # (two organisations with the verb in the plural: "The Bureau for Constitutional Rights of X and the Y Legal
    # Initiative recommend that the Government of X:")
    r"^(?P<subj>[A-ZА-ЯЁ][^.:;]{0,60}?|[A-ZА-ЯЁ][^.:;]{0,100}?\s(?:and|и)\s[^.:;]{0,80}?)\s+"
    r"(?:(?:also|further|strongly|также|настоятельно)\s+)?"
    r"(?:recommends|urges|calls\s+(?:on|upon)|рекомендует|призывает|(?<=\S\s)(?:recommend|urge|call\s+(?:on|upon)|"
    r"рекомендуют|призывают))\b"
    # not other States, asked to put questions at the review: "призывает государства, которые будут участвовать в
    # обзоре, задать ...", "urges the States taking part in the review to ask ..."
    r"(?!\s+(?:the\s+)?(?:(?:other|all|member|recommending|participating)\s+)?(?:States|delegations)\b|"
    r"\s+(?:все\s+|другие\s+)?(?:государства|делегации)(?![\w-]))"
    r"(?:\s+\S+){0,6}?\s+(?:to|that|чтобы|[а-яё-]+(?:ть|ться|чь|сти|зти))\b", re.I)


def is_others_recs(t: str) -> bool:
    """ "Recommendations of the Special Rapporteur / of Germany / of other human rights mechanisms:" heads a UN
    body's or a State's list, not the authors' own ("Recommendations of the Belsarian Bureau to the Government:"
    is the authors')."""
    m = _THE_REC_OF.match(t)
    return bool(m and (mechanism_mentions(m.group("who"), None) or countries_in(m.group("who"))
                       or THE_COMMITTEE.search(m.group("who")) or _MECHS_KIND.match(m.group("who"))))


# the authors inviting or asking a UN body to act: "The Coalition invites the Committee to request ..."
_INVITES = re.compile(r"^(?P<subj>[A-ZА-ЯЁ][^.:;]{0,60}?)\s+(?:(?:also|further|respectfully|также)\s+)?"
                      r"(?:invites?|asks?|requests?|encourages?|приглашает|просит)\s+(?:the\s+)?(?:Committee|Special\s+"
                      r"Rapporteur|Working\s+Group|Subcommittee)\b|^(?P<subj2>[A-ZА-ЯЁ][^.:;]{0,60}?)\s+просит\s+Комитет",
                      re.I)


# the request as a gerund: "The coalition further recommends reducing the minimum number of members ..."
_NAMED_GERUND = re.compile(r"^(?P<subj>[A-Z][^.:;]{0,60}?)\s+(?:(?:also|further|strongly)\s+)?recommends?\s+"
                           r"(?!that\b|to\b)[a-z]+ing\b")


def authors_request(t: str) -> bool:
    """A sentence in which the authors, named as its subject, ask something of anyone (the State or a UN body)."""
    m = _NAMED_REQUEST.match(t) or _NAMED_GERUND.match(t)
    if m and is_authors(m.group("subj")):
        return True
    m = _INVITES.match(t)
    return bool(m and is_authors(m.group("subj") or m.group("subj2")))


def is_named_own_request(t: str) -> bool:
    """A paragraph in which the authors, named as its subject, make a request (not a UN body or a State)."""
    m = _NAMED_REQUEST.match(t) or _NAMED_GERUND.match(t)
    if not m:
        return False
    if re.search(r"\b(?:Committee|Rapporteur|Working Group|Council)\b|Комитет|[Дд]окладчик|Рабоч\w+ групп",
                 t[m.end("subj") : m.end()]) and not re.search(
            r"\b(?:State|Government|authorities)\b|государств|правительств|власт", t[m.end("subj") :]):
        return False  # "The coalition calls on the Committee to take this report into account": not to the State
    return is_authors(m.group("subj")) and len(t) <= 600


def starts_lower(s: str) -> bool:
    s = strip_emphasis(s).lstrip("#* \t\"“«(")
    return bool(s) and s[0].islower()


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|remains?|received|supported|noted|accepted|"
                     r"rejected|adopted|recommended|recommends|urged|urges|called|calls|stated|reported|continues?|"
                     r"cannot|can|will|selected|made|issued)\b|"
                     r"(?<!\w)(?:является|являются|был[аио]?|остается|остаются|принял[аио]?|поддержал[аио]?|"
                     r"отобрал[аио]?|сформулировал[аио]?|вын[её]с(?:л[аио])?|"
                     r"рекоменду(?:ет|ют|ем)|рекомендовал[аио]?|призыва(?:ет|ют|ем)|призвал[аио]?|счита(?:ет|ют|ем))(?!\w)",
                     re.I)


def is_numbered_sentence(t: str) -> bool:
    """A numbered paragraph that is a sentence ("2. Norland noted recommendations to ... .[3]"), not a heading."""
    body = re.sub(r"(?:\[\d{1,3}\]|\d{1,3})$", "", t.rstrip()).rstrip()
    # also a lead-in: "5. Комитет рекомендовал государству-участнику:"
    return body.endswith((".", ":")) and bool(_FINITE.search(body))


# "Lower the threshold ...", "Double the number ...": a capitalised word, then an article or determiner
_VERB_THE = re.compile(r"^(?!(?i:the|a|an|in|on|at|for|since|as|this|these|those|our|we|it|there|by|from|with|of|to|"
                       r"after|before|during|while|although|all|most|many|some|no|each|every|one|two|under|upon|"
                       r"within|without|between|among|about|against|despite|through|throughout|across|over|into|"
                       r"unlike|like|following|according|given|because|when|where|if|unless|until|once)\b)"
                       r"[A-Z][a-z]{2,}\s+(?:the|a|an|all|any|its|their|every|each|no|those|these)\b")
# a run-in title before the request: "Monitoring mechanism. Create, within ..."
_RUN_IN = re.compile(r"^([A-ZА-ЯЁ][^.:!?]{2,60})[.:]\s+(?=\S)")


# translated English: "Recommend to the Government to abolish ...", "Рекомендовать правительству ..."
_RECOMMEND_TO = re.compile(r"^(?:recommend\s+(?:to\s+)?(?:the|that)\b|рекомендовать\s+\w+)", re.I)


def request_like(t: str) -> bool:
    """A paragraph in a recommendations block that makes a request although its verb is not in the list:
    "Lower the membership threshold ...", "Corporal punishment. Run a public campaign ..."."""
    if _VERB_THE.match(t) or _RECOMMEND_TO.match(t):
        return True
    m = _RUN_IN.match(t)
    if m and len(m.group(1).split()) <= 6:
        rest = t[m.end():]
        return bool(IMPERATIVE.match(rest) or _VERB_THE.match(rest))
    return False


def is_title_item(text: str) -> bool:
    """A list item that only titles the next one: a few words, no full stop, no request."""
    t = strip_marker(clean(text)).strip()
    words = t.split()
    return 0 < len(words) <= 5 and not ends_terminal(t) and not t.endswith(":") and not IMPERATIVE.match(t)


def is_question_item(text: str) -> bool:
    """A list item that asks rather than requests: "How many ...?", "Please indicate ...?"."""
    t = strip_marker(clean(text)).strip()
    return t.endswith("?") and bool(INTERROG.match(t) or PLEASE.match(t) or re.match(r"(?i)[а-яё]+\s", t))


def ends_terminal(t: str) -> bool:
    t = t.rstrip("\"”’»*_ )")
    return bool(t) and t[-1] in ".!?;"


# "We recommend that the Government amend ...; respond ...; and abolish ...": the authors' requests typed as one
# sentence, one clause per request after the lead-in naming who is to act
_SERIES_LEAD = re.compile(
    r"^(?:we|the\s+(?:coalition|submitting\s+organi[sz]ations|authors|organi[sz]ations|network|alliance))\s+"
    r"(?:(?:therefore|also|further|strongly|respectfully)\s+)*(?:recommend|urge|call\s+(?:on|upon))s?\s+"
    r"(?:that\s+)?(?:the\s+)?(?:Government|State\s+party|State|authorities|(?-i:[A-Z])[\w-]+)"
    r"(?:\s+of\s+(?-i:[A-Z])[\w-]+)?\s+(?:to\s+)?(?=\w)",
    re.I,
)
_SERIES_AND = re.compile(r"(?:and|or)\s+")
# a lower-case word that can be a bare verb ("respond positively ...", "fund at least one shelter ..."): not a
# function word, a participle, a gerund or an adverb
_BARE_VERB = re.compile(r"(?!(?:the|a|an|in|on|at|for|as|this|these|those|its|their|his|her|our|it|there|by|from|"
                        r"with|of|to|which|who|whose|what|where|when|while|whether|if|all|any|some|each|every|"
                        r"other|such|not|no|also|only|both|either|neither|but|so|than|then|thus|including)\b)"
                        r"[a-z]{3,}(?<!ing)(?<!ed)(?<!ly)\s+\S")


def request_series(t: str) -> list[tuple[int, int]]:
    """Offsets in ``t`` of each request of a sentence that lists the authors' requests after one lead-in, split
    at its semicolons ("We recommend that the Government amend ...; respond ...; and abolish ..."), with
    the lead-in and the "and" before the last left out; [] when ``t`` is not such a sentence."""
    lead = _SERIES_LEAD.match(t)
    if lead is None:
        return []
    inside = quote_ranges(t) + paren_ranges(t)
    cuts = [m.start() for m in re.compile(";").finditer(t, lead.end()) if not any(a < m.start() < b for a, b in inside)]
    if not cuts:
        return []
    spans, a = [], lead.end()
    for b in [*cuts, len(t)]:
        while a < b and t[a].isspace():
            a += 1
        joined = _SERIES_AND.match(t, a) if spans else None
        if joined:
            a = joined.end()
        part = t[a:b]
        if not (IMPERATIVE.match(part) or _BARE_VERB.match(part)) or part[:1].isupper() \
                or re.match(r"(?i)(?:that|the)\s", part):
            return []
        spans.append((a, b + (b < len(t))))  # the item keeps its ";"
        a = b + 1
    return spans
