"""Shared helpers for UN documents: symbols, mechanisms, State names, page furniture."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..models import Document

# ISO 3166 alpha-3 -> UN short name (as the UN writes it)
_ISO = """AFG Afghanistan|ALB Albania|DZA Algeria|AND Andorra|AGO Angola|ATG Antigua and Barbuda|ARG Argentina|
ARM Armenia|AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BHR Bahrain|BGD Bangladesh|BRB Barbados|
BLR Belarus|BEL Belgium|BLZ Belize|BEN Benin|BTN Bhutan|BOL Bolivia (Plurinational State of)|
BIH Bosnia and Herzegovina|BWA Botswana|BRA Brazil|BRN Brunei Darussalam|BGR Bulgaria|BFA Burkina Faso|
BDI Burundi|CPV Cabo Verde|KHM Cambodia|CMR Cameroon|CAN Canada|CAF Central African Republic|TCD Chad|CHL Chile|
CHN China|COL Colombia|COM Comoros|COG Congo|CRI Costa Rica|CIV Côte d'Ivoire|HRV Croatia|CUB Cuba|CYP Cyprus|
CZE Czechia|PRK Democratic People's Republic of Korea|COD Democratic Republic of the Congo|DNK Denmark|
DJI Djibouti|DMA Dominica|DOM Dominican Republic|ECU Ecuador|EGY Egypt|SLV El Salvador|GNQ Equatorial Guinea|
ERI Eritrea|EST Estonia|SWZ Eswatini|ETH Ethiopia|FJI Fiji|FIN Finland|FRA France|GAB Gabon|GMB Gambia|
GEO Georgia|DEU Germany|GHA Ghana|GRC Greece|GRD Grenada|GTM Guatemala|GIN Guinea|GNB Guinea-Bissau|GUY Guyana|
HTI Haiti|HND Honduras|HUN Hungary|ISL Iceland|IND India|IDN Indonesia|IRN Iran (Islamic Republic of)|IRQ Iraq|
IRL Ireland|ISR Israel|ITA Italy|JAM Jamaica|JPN Japan|JOR Jordan|KAZ Kazakhstan|KEN Kenya|KIR Kiribati|
KWT Kuwait|KGZ Kyrgyzstan|LAO Lao People's Democratic Republic|LVA Latvia|LBN Lebanon|LSO Lesotho|LBR Liberia|
LBY Libya|LIE Liechtenstein|LTU Lithuania|LUX Luxembourg|MDG Madagascar|MWI Malawi|MYS Malaysia|MDV Maldives|
MLI Mali|MLT Malta|MHL Marshall Islands|MRT Mauritania|MUS Mauritius|MEX Mexico|FSM Micronesia (Federated States of)|
MCO Monaco|MNG Mongolia|MNE Montenegro|MAR Morocco|MOZ Mozambique|MMR Myanmar|NAM Namibia|NRU Nauru|NPL Nepal|
NLD Netherlands|NZL New Zealand|NIC Nicaragua|NER Niger|NGA Nigeria|MKD North Macedonia|NOR Norway|OMN Oman|
PAK Pakistan|PLW Palau|PAN Panama|PNG Papua New Guinea|PRY Paraguay|PER Peru|PHL Philippines|POL Poland|
PRT Portugal|QAT Qatar|KOR Republic of Korea|MDA Republic of Moldova|ROU Romania|RUS Russian Federation|
RWA Rwanda|KNA Saint Kitts and Nevis|LCA Saint Lucia|VCT Saint Vincent and the Grenadines|WSM Samoa|
SMR San Marino|STP Sao Tome and Principe|SAU Saudi Arabia|SEN Senegal|SRB Serbia|SYC Seychelles|
SLE Sierra Leone|SGP Singapore|SVK Slovakia|SVN Slovenia|SLB Solomon Islands|SOM Somalia|ZAF South Africa|
SSD South Sudan|ESP Spain|LKA Sri Lanka|SDN Sudan|SUR Suriname|SWE Sweden|CHE Switzerland|
SYR Syrian Arab Republic|TJK Tajikistan|THA Thailand|TLS Timor-Leste|TGO Togo|TON Tonga|TTO Trinidad and Tobago|
TUN Tunisia|TUR Türkiye|TKM Turkmenistan|TUV Tuvalu|UGA Uganda|UKR Ukraine|ARE United Arab Emirates|
GBR United Kingdom of Great Britain and Northern Ireland|TZA United Republic of Tanzania|
USA United States of America|URY Uruguay|UZB Uzbekistan|VUT Vanuatu|VEN Venezuela (Bolivarian Republic of)|
VNM Viet Nam|YEM Yemen|ZMB Zambia|ZWE Zimbabwe|VAT Holy See|PSE State of Palestine"""
ISO3: dict[str, str] = dict(item.strip().split(" ", 1) for item in _ISO.replace("\n", "").split("|"))

# other spellings found in UN documents and UPR Info -> ISO code ("" for non-States)
_ALIASES = """BOL Bolivia|VEN Bolivarian Republic of Venezuela|VEN Venezuela|IRN Iran|IRN Islamic Republic of Iran|
FSM Micronesia|FSM Federated States of Micronesia|BOL Plurinational State of Bolivia|CZE Czech Republic|
SWZ Swaziland|CPV Cape Verde|TUR Turkey|GBR United Kingdom|GBR UK|USA United States|USA USA|PSE Palestine|
LBY Libyan Arab Jamahiriya|SYR Syria|VNM Vietnam|RUS Russia|MDA Moldova|KOR Korea|KOR Korea (Republic of)|
MKD The former Yugoslav Republic of Macedonia|MKD Former Yugoslav Republic of Macedonia|MKD Macedonia|
LAO Lao PDR|LAO Laos|PRK DPRK|PRK Korea (Democratic People's Republic of)|COD DR Congo|TZA Tanzania|
CIV Cote d'Ivoire|CIV Ivory Coast|BRN Brunei|TLS Timor Leste|TLS East Timor|MMR Burma|NLD The Netherlands|
NLD Netherlands (Kingdom of the)|NLD Kingdom of the Netherlands|COD Democratic Republic of Congo|
COG Republic of the Congo|COG Republic of Congo|GMB Gambia (Republic of The)|GMB The Gambia|
VCT Saint Vincent and Grenadines|STP São Tomé and Príncipe|GNB Guinea Bissau|GBR Great Britain|
USA United States of America (the)|MLT_ORDER Sovereign Military Order of Malta|MLT_ORDER Order of Malta|
EU European Union|SCG Serbia and Montenegro|PRK DPR Korea|MKD Macedonia FYR|KNA St Kitts & Nevis|KNA St Kitts and Nevis|
VCT St Vincent & the Grenadines|VCT St Vincent and the Grenadines|LCA St Lucia|TUR Turkiye"""
ALIASES: dict[str, str] = {
    n.strip(): c for c, n in (x.strip().split(" ", 1) for x in _ALIASES.replace("\n", "").split("|"))
}


# Russian names of States (nominative, as a UPR recommendation's parenthesis gives them) -> ISO code
_RU = """AFG Афганистан|ALB Албания|DZA Алжир|AND Андорра|AGO Ангола|ATG Антигуа и Барбуда|ARG Аргентина|ARM Армения|
AUS Австралия|AUT Австрия|AZE Азербайджан|BHS Багамские Острова|BHS Багамы|BHR Бахрейн|BGD Бангладеш|BRB Барбадос|
BLR Беларусь|BLR Белоруссия|BEL Бельгия|BLZ Белиз|BEN Бенин|BTN Бутан|BOL Боливия|
BOL Многонациональное Государство Боливия|
BIH Босния и Герцеговина|BWA Ботсвана|BRA Бразилия|BRN Бруней-Даруссалам|BRN Бруней|BGR Болгария|BFA Буркина-Фасо|
BDI Бурунди|CPV Кабо-Верде|KHM Камбоджа|CMR Камерун|CAN Канада|CAF Центральноафриканская Республика|TCD Чад|CHL Чили|
CHN Китай|COL Колумбия|COM Коморские Острова|COM Коморы|COG Конго|CRI Коста-Рика|CIV Кот-д'Ивуар|HRV Хорватия|CUB Куба|
CYP Кипр|CZE Чехия|CZE Чешская Республика|PRK Корейская Народно-Демократическая Республика|PRK КНДР|
COD Демократическая Республика Конго|DNK Дания|DJI Джибути|DMA Доминика|DOM Доминиканская Республика|ECU Эквадор|
EGY Египет|SLV Сальвадор|GNQ Экваториальная Гвинея|ERI Эритрея|EST Эстония|SWZ Эсватини|SWZ Свазиленд|ETH Эфиопия|
FJI Фиджи|FIN Финляндия|FRA Франция|GAB Габон|GMB Гамбия|GEO Грузия|DEU Германия|GHA Гана|GRC Греция|GRD Гренада|
GTM Гватемала|GIN Гвинея|GNB Гвинея-Бисау|GUY Гайана|HTI Гаити|HND Гондурас|HUN Венгрия|ISL Исландия|IND Индия|
IDN Индонезия|IRN Иран|IRN Исламская Республика Иран|IRQ Ирак|IRL Ирландия|ISR Израиль|ITA Италия|JAM Ямайка|JPN Япония|
JOR Иордания|KAZ Казахстан|KEN Кения|KIR Кирибати|KWT Кувейт|KGZ Кыргызстан|KGZ Киргизия|
LAO Лаосская Народно-Демократическая Республика|LAO Лаос|LVA Латвия|LBN Ливан|LSO Лесото|LBR Либерия|LBY Ливия|
LIE Лихтенштейн|LTU Литва|LUX Люксембург|MDG Мадагаскар|MWI Малави|MYS Малайзия|MDV Мальдивы|MDV Мальдивские Острова|
MLI Мали|MLT Мальта|MHL Маршалловы Острова|MRT Мавритания|MUS Маврикий|MEX Мексика|FSM Микронезия|MCO Монако|
MNG Монголия|MNE Черногория|MAR Марокко|MOZ Мозамбик|MMR Мьянма|NAM Намибия|NRU Науру|NPL Непал|NLD Нидерланды|
NZL Новая Зеландия|NIC Никарагуа|NER Нигер|NGA Нигерия|MKD Северная Македония|NOR Норвегия|OMN Оман|PAK Пакистан|
PLW Палау|PAN Панама|PNG Папуа — Новая Гвинея|PNG Папуа-Новая Гвинея|PRY Парагвай|PER Перу|PHL Филиппины|POL Польша|
PRT Португалия|QAT Катар|KOR Республика Корея|MDA Республика Молдова|MDA Молдова|ROU Румыния|RUS Российская Федерация|
RUS Россия|RWA Руанда|KNA Сент-Китс и Невис|LCA Сент-Люсия|VCT Сент-Винсент и Гренадины|WSM Самоа|SMR Сан-Марино|
STP Сан-Томе и Принсипи|SAU Саудовская Аравия|SEN Сенегал|SRB Сербия|SYC Сейшельские Острова|SYC Сейшелы|
SLE Сьерра-Леоне|SGP Сингапур|SVK Словакия|SVN Словения|SLB Соломоновы Острова|SOM Сомали|ZAF Южная Африка|ZAF ЮАР|
SSD Южный Судан|ESP Испания|LKA Шри-Ланка|SDN Судан|SUR Суринам|SWE Швеция|CHE Швейцария|
SYR Сирийская Арабская Республика|SYR Сирия|TJK Таджикистан|THA Таиланд|TLS Тимор-Лешти|TGO Того|TON Тонга|
TTO Тринидад и Тобаго|TUN Тунис|TUR Турция|TUR Тюркие|TKM Туркменистан|TKM Туркмения|TUV Тувалу|UGA Уганда|
UKR Украина|ARE Объединенные Арабские Эмираты|ARE Объединённые Арабские Эмираты|ARE ОАЭ|
GBR Соединенное Королевство Великобритании и Северной Ирландии|GBR Соединённое Королевство|GBR Соединенное Королевство|
GBR Великобритания|TZA Объединенная Республика Танзания|TZA Танзания|USA Соединенные Штаты Америки|
USA Соединённые Штаты Америки|USA Соединенные Штаты|USA США|URY Уругвай|UZB Узбекистан|VUT Вануату|
VEN Венесуэла|VEN Боливарианская Республика Венесуэла|VNM Вьетнам|YEM Йемен|ZMB Замбия|ZWE Зимбабве|
VAT Святейший Престол|PSE Государство Палестина|PSE Палестина|KOR Южная Корея"""
RU_STATES: dict[str, str] = {
    " ".join(n.split()).lower(): c for c, n in (x.strip().split(" ", 1) for x in _RU.replace("\n", "").split("|"))
}


def norm_name(name: str) -> str:
    """Comparable form of a State name: ascii, lower case, no leading 'the', no punctuation."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[’'`]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


_CANON: dict[str, str] = {norm_name(n): c for c, n in ISO3.items()} | {norm_name(n): c for n, c in ALIASES.items()}
_CANON |= {k.replace(" and ", " "): c for k, c in list(_CANON.items()) if " and " in k}
KNOWN_STATES: set[str] = set(_CANON)


def state_code(name: str) -> str:
    """A canonical key for a State name in any usual spelling (ISO code when known, else the name)."""
    n = norm_name(name)
    return _CANON.get(n) or _CANON.get(n.replace(" and ", " ")) or n

def country_name(name: str | None) -> str | None:
    """The one spelling stored for a State: its UN short name without the parenthesis ("Türkiye" for
    "Turkey", "Iran" for "Iran (Islamic Republic of)"); a name that is not a State is kept, trimmed."""
    if name is None or not name.strip():
        return None
    full = ISO3.get(name) or ISO3.get(state_code(name))  # an ISO code or a name
    return re.sub(r"\s*\(.*\)$", "", full) if full else " ".join(name.split())


# UN document symbols (A/HRC/15/2, A/HRC/43/15/Add.1, CCPR/C/NAM/CO/2, E/C.12/..., CRC/C/...)
SYMBOL_RE = re.compile(
    r"\b(?:A/HRC/(?:WG\.6/)?\d+/[A-Z0-9]+(?:/Add\.\s?\d+)?|"
    r"(?:CCPR|CAT|CEDAW|CRC|CERD|CMW|CRPD|CED)/C/(?:[A-Z]{3}/)?[A-Z0-9/.\-]*\d(?:/Add\.\s?\d+|[A-Za-z0-9.]*)|"
    r"E/C\.12/[A-Z0-9/\-.]*\d)"
)
MECHANISM_PREFIX = {"CCPR": "HRC", "CAT": "CAT", "CEDAW": "CEDAW", "CRC": "CRC", "CERD": "CERD", "E/C.12": "CESCR"}


def find_symbols(text: str) -> list[str]:
    """UN symbols in ``text`` in order of appearance (trailing dots stripped, de-duplicated)."""
    out: list[str] = []
    for m in SYMBOL_RE.finditer(text):
        s = re.sub(r"\s+", "", m.group(0)).rstrip(".,;")
        if s not in out:
            out.append(s)
    return out


def doc_symbol(doc: Document) -> str | None:
    """The document's own symbol: metadata, the title, a symbol alone on a line early on, else the first."""
    if doc.meta.get("symbol"):
        return doc.meta["symbol"]
    syms = find_symbols(doc.meta.get("title", ""))
    if syms:
        return syms[-1]
    head = doc.text[:4000]
    for line in head.split("\n"):
        s = line.strip()
        if s and SYMBOL_RE.fullmatch(s):
            return s
    syms = [s for s in find_symbols(head) if "/WG.6/" not in s and "/SR" not in s]
    return syms[0] if syms else None


def mechanism_for_symbol(symbol: str | None) -> str | None:
    """Mechanism of a symbol: CCPR → HRC, CAT, CEDAW, CRC, CERD, E/C.12 → CESCR, A/HRC/ → UPR."""
    if not symbol:
        return None
    for prefix, mech in MECHANISM_PREFIX.items():
        if symbol.startswith(prefix + "/"):
            return mech
    if symbol.startswith("A/HRC/"):
        return "UPR"
    return None


def country_from_symbol(symbol: str | None) -> str | None:
    """State named by the three-letter code of a treaty-body or UPR WG.6 symbol."""
    if not symbol:
        return None
    for part in symbol.split("/"):
        if len(part) == 3 and part in ISO3:
            return ISO3[part]
    return None


def is_state_name(name: str) -> bool:
    """True when ``name`` is a known State (or observer) name in any usual spelling."""
    n = norm_name(name)
    return n in KNOWN_STATES or n.replace(" and ", " ") in KNOWN_STATES


# a parenthesis closing a request: "... civil law (Estonia, Czechia)", "... права (Эстония, Чехия)."
_TRAILING_PAREN = re.compile(r"\s*\(([^()]{3,200})\)\s*[.;]?\s*$")


def trailing_states(text: str) -> tuple[int, list[str]] | None:
    """(where the parenthesis opens, the States it names) when ``text`` ends with a parenthesis of nothing but
    State names, in English or Russian: the recommending States of a UPR recommendation."""
    found: tuple[int, list[str]] | None = None
    # one request made by several States may give each its own parenthesis: "... detention (Kenya) (Brazil)"
    while m := _TRAILING_PAREN.search(text[: found[0]] if found else text):
        names: list[str] = []
        for part in (p.strip() for p in re.split(r"\s*[,;]\s*", m.group(1))):
            # "Bosnia and Herzegovina" is one State, "France and Chile" two
            for name in [part] if _is_state(part) else re.split(r"\s+(?:and|и)\s+", re.sub(r"^(?:and|и)\s+", "", part)):
                if not _is_state(name):
                    return found
                names.append(name)
        if not names:
            return found
        found = (m.start(), names + (found[1] if found else []))
    return found


def _is_state(name: str) -> bool:
    return is_state_name(name) or " ".join(name.split()).lower() in RU_STATES


def find_state(text: str) -> str | None:
    """The first known UN member-State name mentioned in ``text`` (longest names first)."""
    best: tuple[int, str] | None = None
    for name in sorted(ISO3.values(), key=len, reverse=True):
        short = re.sub(r"\s*\(.*\)$", "", name)
        m = re.search(r"\b" + re.escape(short) + r"\b", text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


_LIST_SPLIT = re.compile(r"\s*(?:;|,(?:\s*and\b)?|\band\b)\s*")


def split_states(group: str) -> list[str]:
    """Split the inside of a States parenthesis into names as written.

    Commas inside a known name ("Iran, Islamic Republic of") are kept; 'and' is a separator
    unless it belongs to a known name ("Trinidad and Tobago").
    """
    group = re.sub(r"\s+", " ", group).strip().strip(";,.")
    if not group:
        return []
    if is_state_name(group):
        return [group]
    tokens = [t for t in re.split(r"(\s*;\s*|\s*,\s*|\s+and\s+)", group)]
    parts: list[str] = []
    seps: list[str] = []
    for i, t in enumerate(tokens):
        (parts if i % 2 == 0 else seps).append(t)
    parts = [re.sub(r"(?<=[A-Za-z)])\s*\d{1,2}$", "", p) for p in parts]  # "(Romania 1)": footnote mark
    out: list[str] = []
    i = 0
    while i < len(parts):
        # greedily join pieces while the join is a known name
        j_best = i
        cur = parts[i]
        joined = cur
        for j in range(i + 1, min(len(parts), i + 4)):
            joined = joined + seps[j - 1] + parts[j]
            if is_state_name(joined):
                j_best, cur = j, joined
        name = cur.strip()
        if name:
            out.append(name)
        i = j_best + 1
    return out


def looks_like_states(group: str, strict: bool = True) -> bool:
    """Whether a parenthesis' content is a list of States (strict: all names known)."""
    names = split_states(group)
    if not names:
        return False
    if all(is_state_name(n) for n in names):
        return True
    if strict:
        return False
    # lenient: capitalised short names, at least one known
    ok = all(re.match(r"^(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[\w'’.\-()]+){0,7}$", n) for n in names)
    return ok and any(is_state_name(n) for n in names) or (ok and len(names) == 1 and len(names[0]) < 40
                                                            and not re.search(r"\d", names[0]))


# page furniture in UN documents as text (pdftotext, PDF readers)
_FURNITURE = [
    re.compile(r"^\s*GE\.\d{2}-\d{4,6}\s*(?:\([A-Z]\))?[\s\d]*$"),  # job number: "GE.24-06251 (E)", "(R)"
    re.compile(r"^\s*\d{1,3}\s*$"),  # page number
    re.compile(r"^\s*\d{1,3}\s+GE\.\d{2}-\d{4,6}.*$"),
    re.compile(r"^\s*GE\.\d{2}-\d{4,6}\s+\d{1,3}\s*$"),
]


def furniture_line(line: str, symbols: list[str]) -> bool:
    """True for a running header / footer line (job number, page number, the document symbol)."""
    s = line.strip()
    if not s:
        return False
    if any(p.match(s) for p in _FURNITURE):
        return True
    for sym in symbols:
        if s == sym or re.fullmatch(re.escape(sym) + r"\s*\d{0,3}|\d{1,3}\s*" + re.escape(sym), s):
            return True
    return False


def strip_furniture(text: str, symbols: list[str]) -> str:
    """Blank out running headers and footers line by line (offsets are kept: same length)."""
    out = []
    for line in text.split("\n"):
        out.append(" " * len(line) if furniture_line(line, symbols) else line)
    return "\n".join(out)


def clean_ws(text: str) -> str:
    """Collapse whitespace; re-join words hyphenated across a line break is left to callers."""
    text = text.replace("\u00ad", "").replace("\uf0b7", " ")
    return re.sub(r"\s+", " ", text).strip()


def doc_year(doc: Document) -> int | None:
    """Year of the document: metadata, else the 'Distr.: General <date>' line, else the latest past year
    named early on."""
    y = doc.meta.get("year")
    if y and str(y).strip()[:4].isdigit():
        return int(str(y).strip()[:4])
    head = doc.text[:3000]
    m = re.search(r"Distr\.?:?\s*(?:General|Restricted)?\s*\d{1,2}\s+[A-Z][a-z]+\s+((?:19|20)\d\d)", head)
    if m:
        return int(m.group(1))
    # a report is written after the events it mentions: the latest year early on (not one in the future,
    # e.g. a target date "by 2030")
    this_year = dt.date.today().year
    years = [int(y) for y in re.findall(r"\b(19[89]\d|20\d\d)\b", head) if int(y) <= this_year]
    return max(years) if years else None


_STATE_RE: re.Pattern[str] | None = None


def main_state(text: str, limit: int = 40000) -> str | None:
    """The State a report is about: the State named most often, in any usual spelling (ties: first seen),
    as ``country_name`` gives it."""
    global _STATE_RE
    if _STATE_RE is None:
        names = {country_name(c) for c in ISO3} | {
            n for n, c in ALIASES.items() if c in ISO3 and len(n) > 3 and "(" not in n}
        alts = [re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True)]
        _STATE_RE = re.compile(r"\b(" + "|".join(alts) + r")\b")
    counts: dict[str, int] = {}
    for m in _STATE_RE.finditer(text[:limit]):
        code = state_code(m.group(1).replace("’", "'"))
        counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return country_name(next(c for c in counts if counts[c] == best))
