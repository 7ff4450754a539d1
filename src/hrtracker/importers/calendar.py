"""The UPR calendar: Working Group session number → year and cycle.

Sessions of the UPR Working Group as held (1st cycle 2008–2011: sessions 1–12; 2nd cycle
2012–2016: 13–26; 3rd cycle 2017–2022: 27–40; 4th cycle from 2022: 41–54).
"""

from __future__ import annotations

# session -> year the session was held (the year of the review)
SESSION_YEARS: dict[int, int] = {
    1: 2008, 2: 2008, 3: 2008, 4: 2009, 5: 2009, 6: 2009, 7: 2010, 8: 2010, 9: 2010,
    10: 2011, 11: 2011, 12: 2011, 13: 2012, 14: 2012, 15: 2013, 16: 2013, 17: 2013,
    18: 2014, 19: 2014, 20: 2014, 21: 2015, 22: 2015, 23: 2015, 24: 2016, 25: 2016, 26: 2016,
    27: 2017, 28: 2017, 29: 2018, 30: 2018, 31: 2018, 32: 2019, 33: 2019, 34: 2019,
    35: 2020, 36: 2020, 37: 2021, 38: 2021, 39: 2021, 40: 2022, 41: 2022, 42: 2023, 43: 2023,
    44: 2023, 45: 2024, 46: 2024, 47: 2024, 48: 2025, 49: 2025, 50: 2025,
}
CYCLE_FIRST_SESSION = {1: 1, 2: 13, 3: 27, 4: 41, 5: 55}


def session_cycle(session: int | None) -> int | None:
    """UPR cycle (1, 2, 3, ...) of a Working Group session number."""
    if session is None or session < 1:
        return None
    cycle = None
    for c, first in sorted(CYCLE_FIRST_SESSION.items()):
        if session >= first:
            cycle = c
    return cycle


def session_year(session: int | None) -> int | None:
    """Year in which a UPR Working Group session was held (three a year after the table)."""
    if session is None or session < 1:
        return None
    if session in SESSION_YEARS:
        return SESSION_YEARS[session]
    last = max(SESSION_YEARS)
    return SESSION_YEARS[last] + (session - last + 2) // 3


def year_sessions(year: int) -> list[int]:
    """The session numbers held in ``year`` (known calendar only)."""
    return [s for s, y in SESSION_YEARS.items() if y == year]
