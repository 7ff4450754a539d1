"""The written-down mapping from UPR Info issue names (as spelled in the CSVs) to ICCPR articles.

Articles follow the subject table of GUIDELINES.md (2 obligations / remedies / NHRIs, 3 equal rights
of men and women, 6 life, 7 torture, 8 slavery / trafficking, 9 liberty, 10 detention conditions,
12 movement, 13 expulsion of aliens, 14 fair trial, 16 legal personality, 17 privacy,
18 religion, 19 expression, 20 incitement, 21 assembly, 22 association, 23 family,
24 children, 25 participation, 26 non-discrimination, 27 minorities). An issue outside the
Covenant's civil and political rights (health, food, development, ...) maps to no article.
"""

from __future__ import annotations

ISSUE_ARTICLES: dict[str, tuple[int, ...]] = {
    "Asylum-seekers - refugees": (13,),
    "CP rights - general": (2,),
    "Civil society": (22,),
    "Corruption": (),
    "Counter-terrorism": (),
    "Death penalty": (6,),
    "Detention": (9, 10),
    "Development": (),
    "Disabilities": (26,),
    "ESC rights - general": (),
    "Elections": (25,),
    "Enforced disappearances": (6, 7, 9, 16),
    "Environment": (),
    "Extrajudicial executions": (6,),
    "Freedom of association and peaceful assembly": (21, 22),
    "Freedom of movement": (12,),
    "Freedom of opinion and expression": (19,),
    "Freedom of religion and belief": (18,),
    "Freedom of the press": (19,),
    "General": (),
    "HIV - Aids": (),
    "Human rights defenders": (19, 22),
    "Human rights education and training": (),
    "Human rights violations by state agents": (2, 7),
    "Impunity": (2,),
    "Indigenous peoples": (27,),
    "Internally displaced persons": (12,),
    "International humanitarian law": (),
    "International instruments": (),
    "Justice": (14,),
    "Labour": (8,),
    "Migrants": (13,),
    "Minorities": (27,),
    "NHRI": (2,),
    "National plan of action": (),
    "Other": (),
    "Poverty": (),
    "Public security": (),
    "Racial discrimination": (20, 26),
    "Right to education": (),
    "Right to food": (),
    "Right to health": (),
    "Right to housing": (),
    "Right to land": (),
    "Right to water": (),
    "Rights of the Child": (24,),
    "Sexual Orientation and Gender Identity": (26,),
    "Special procedures": (),
    "Technical assistance and cooperation": (),
    "Torture and other CID treatment": (7,),
    "Trafficking": (8,),
    "Treaty bodies": (),
    "UPR process": (),
    "Women's rights": (3,),
}


def articles_of_issues(issues: list[str]) -> list[int]:
    """ICCPR articles implied by a list of UPR Info issue names (unknown names ignored)."""
    return sorted({a for name in issues for a in ISSUE_ARTICLES.get(name, ())})
