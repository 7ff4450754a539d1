"""Regression test on the held-out NGO fixtures: every gold unit is still extracted, nothing extra.

The fixtures (tests/extract/fixtures/heldout/ to heldout74/) are reports written for this purpose,
annotated by GUIDELINES.md before the extractor was run on them; bench/heldout.py scores them with
score.py. Here a
unit counts as found when its word 3-shingles overlap a gold unit's of the same kind by Jaccard >= 0.5
(score.py's unit match). Known misses are listed explicitly so that a new one fails the test.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from hrtracker.extract import extract
from hrtracker.readers import read_path

SETS = sorted(p for p in (Path(__file__).parent / "fixtures").glob("heldout*") if p.is_dir())
GOLD = sorted(g for d in SETS for g in d.glob("*.expected.jsonl"))
C = "cited_recommendation"
# (document, kind, first words of the gold text) of gold units the extractor is known to miss
KNOWN_MISSES: set[tuple[str, str, str]] = {
    # heldout72-74 (written blind in session 28; arrival in bench/results/heldout72.json ... heldout74.json): two
    # questions added in a webinar turn without a list's label ('And two from our network, if I may. How many
    # ...?'); a national human rights institution's recommendation cited by a speaker; a follow-up letter's
    # «запросил сведения»; a request inside 'adopted Views ... and requested the State party to ...' in a GitHub
    # comment
    ('cedaw-upr-followup-webinar-kemeristan.vtt', 'question', 'How many reports of abduction for'),
    ('cedaw-upr-followup-webinar-kemeristan.vtt', 'question', 'What share of agricultural land is'),
    ('cedaw-upr-followup-webinar-kemeristan.vtt', 'cited_recommendation', 'the police be empowered to issue'),
    ('lj-brezdania-svoboda-sobranii.html', 'cited_recommendation', 'запросил сведения о числе лиц, задержанных'),
    ('wgad-hrc-issue-thread-khazrevan.md', 'cited_recommendation', 'provide Ms. Beisenova with adequate compensation'),
    # heldout69-71 (written blind in session 27; arrival in bench/results/heldout69.json ... heldout71.json): a
    # CAT request split by the OCR of a Latin homoglyph line; a UPR request with its State in the genitive after
    # the noun ('рекомендацию Словении отменить ...')
    (
        'cat-alternative-report-ormezia-2013.txt',
        'cited_recommendation',
        'обеспечить, чтобы всe медицинские работники, сотрудники',
    ),
    (
        'vk-wall-polyn-upr-darvenia.html',
        'cited_recommendation',
        'отменить уголовную ответственность за повторное нарушение',
    ),
    # heldout66-68 (written blind in session 26; arrival in bench/results/heldout66.json ... heldout68.json): a
    # Working Group opinion's request paraphrased in a letter ('... requested the Government to take the steps'); a
    # Russian round table transcript's cited request named as "the main one" of several; a CAT request paraphrased in a
    # Tilda longread; a CRC request inside a sentence; HRC requests paraphrased in a LaTeX report; SR requests
    # paraphrased by webinar panellists
    ('talvesh-centre-letter-wgad-srt-2026.pdf', 'cited_recommendation', 'to take the steps necessary to'),
    (
        'longrid-kpp-veleslaviya.html',
        'cited_recommendation',
        'обеспечило оперативное, беспристрастное и эффективное расследование',
    ),
    (
        'stenogramma-kruglyi-stol-kulmeriya.pdf',
        'cited_recommendation',
        'декриминализировать клевету и оскорбление, а также',
    ),
    ('belozoria-crc-coalition-submission.docx', 'cited_recommendation', 'end the placement of children under'),
    ('tolmeria-hrc-implementation-assessment.pdf', 'cited_recommendation', 'amend article 127 of the Criminal'),
    ('tolmeria-hrc-implementation-assessment.pdf', 'cited_recommendation', 'ensure that anyone arrested or detained'),
    ('tolmeria-hrc-implementation-assessment.pdf', 'cited_recommendation', 'ensure the audio recording of all'),
    (
        'yurtazhan-sr-foaa-webinar-transcript.txt',
        'cited_recommendation',
        'conduct a prompt, independent and transparent',
    ),
    ('yurtazhan-sr-foaa-webinar-transcript.txt', 'cited_recommendation', 'remove criminal liability for organizing or'),
    ('yurtazhan-sr-foaa-webinar-transcript.txt', 'cited_recommendation', 'refrain from shutting down or slowing'),
    # heldout63-65 (written blind this session; arrival in bench/results/heldout63.json ... heldout65.json): a
    # request reported with an ordinal subject ('The second sub-paragraph asked X to ...'); a heading-level
    # recommendation's lead-in in a pdftotext page; a CAT recommendation paraphrased after 'from the moment of'
    # and one quoted in a box; a cited request inside a paragraph of a Russian A5 brochure; a Russian LoI's
    # follow-up recommendation under its label; a
    # question under a lead-in ending with a colon; an SR
    # recommendation after a status lozenge at the start of a Confluence paragraph ('NO INFORMATION Nor do we know
    # what has become of her recommendation to ...')
    ('cedaw-shadow-submission-norvesca.docx', 'cited_recommendation', 'ensure that protection orders are issued'),
    ('shadow-report-lystravia-ccpr-2026.txt', 'recommendation', 'to amend the Law on the'),
    (
        'tesvira-cat-recommendations-nine-years-on.pdf',
        'cited_recommendation',
        'ensure that detained persons have access',
    ),
    ('tesvira-cat-recommendations-nine-years-on.pdf', 'cited_recommendation', 'The State party should ensure, in'),
    ('crpd-follow-up-tashkelia.pdf', 'cited_recommendation', 'прекратить помещение новых лиц, в том'),
    (
        'loi-submission-oykaragia.docx',
        'cited_recommendation',
        'отменить уголовную ответственность за руководство деятельностью',
    ),
    ('upr-implementation-kovylnia.html', 'question', 'Скольким общественным объединениям было отказано в'),
    ('sr-hrd-tracker-kolmaria.html', 'cited_recommendation', 'end the unlawful surveillance of human'),
    ('upr-joint-submission-vostrelia.docx', 'cited_recommendation', 'establish a sufficient number of shelters'),
    # heldout60-62 (written blind this session; arrival in bench/results/heldout60.json ... heldout62.json): a
    # recommendation paraphrased inside a sentence whose verdict comes after, in a paragraph that cited the
    # Special Rapporteur a sentence before ('The recommendation to abolish ... has been partially implemented'); a
    # Russian letter's cited request after 'рекомендовал перейти от ... к ...'; a Russian PDF matrix's comment
    # naming the Committee's recommendation; the follow-up information request
    ('sr-judges-lawyers-kelmstan.pdf', 'cited_recommendation', 'abolish the five-year probationary period for'),
    (
        'otkrytoe-pismo-sd-sobraniya-sulumtau.txt',
        'cited_recommendation',
        'перейти от разрешительного к уведомительному порядку',
    ),
    (
        'upr-matritsa-vereskaniya-2025.pdf',
        'cited_recommendation',
        'отменить уголовную ответственность за организацию деятельности',
    ),
    ('ced-submission-sartavia.pdf', 'cited_recommendation', 'to provide, within one year, information'),
    # heldout57-59 (written blind this session; arrival in bench/results/heldout57.json ... heldout59.json): a
    # verdict put before the recommendation ('Not implemented either is the Committee's recommendation to ...');
    # a quoted partner's email where the question sits in a '> ' block; a row broken across two PDF pages; CRPD and SR
    # recommendations paraphrased after 'made a similar recommendation'; a hyphenated word opening a cited text
    ('crpd-submission-drenovia.docx', 'cited_recommendation', 'introduce supported decision-making for persons with'),
    ('fwd-cescr-joint-input-oltania.txt', 'cited_recommendation', 'raise the minimum wage to a'),
    ('upr-midterm-ildaria.html', 'cited_recommendation', 'bring the Law on Mass Events'),
    ('vartovy-annual-report-2025.pdf', 'cited_recommendation', 'ensure that all deaths in custody'),
    (
        'cedaw-loi-statement-berestania.pdf',
        'cited_recommendation',
        'Ратифицировать Конвенцию Международной организации труда 2019',
    ),
    (
        'sr-freedom-of-expression-submission-tamdykul.txt',
        'cited_recommendation',
        'передать лицензирование телерадиовещания независимому регулирующему органу,',
    ),
    ('cat-loipr-form-tezharia.html', 'cited_recommendation', 'The State party should limit the'),
    ('cat-loipr-form-tezharia.html', 'cited_recommendation', 'ensure that any placement in a'),
    ('follow-up-matrix-yaskoria.pdf', 'recommendation', 'define the disciplinary offences of judges'),
    ('follow-up-matrix-yaskoria.pdf', 'recommendation', 'reinstate the judges dismissed in 2024'),
    ('hrc60-sr-indigenous-sevrolia.docx', 'question', 'Will you request a follow-up visit'),
    ('hrc60-sr-indigenous-sevrolia.docx', 'cited_recommendation', 'adopt legislation requiring that the free,'),
    # heldout53-56 (written blind this session; arrival in bench/results/heldout53.json ... heldout56.json): the
    # Committee's words quoted in <blockquote>s with no reporting verb; recommendations in a "Previous
    # recommendation / What happened" table cell or a slide bullet that the reader joins with its neighbour; a
    # CEDAW follow-up letter's subjunctives after "recommended that Ilmavia"; a
    # news article's quotes of accepted recommendations inside sentences; Russian follow-up comments whose cited
    # paragraphs follow the State's reply; a Russian PDF's closing list after a lead-in the rules do not know;
    # short numbered questions read as headings; Russian questions in a plain-text file wrapped at 78 columns
    ('cat-loipr-letter-ulzharia.html', 'cited_recommendation', 'The State party should ensure that'),
    ('cat-loipr-letter-ulzharia.html', 'cited_recommendation', 'Reduce overcrowding in places of detention,'),
    ('cat-loipr-letter-ulzharia.html', 'cited_recommendation', 'Ensure that all deaths in custody'),
    ('cat-loipr-letter-ulzharia.html', 'cited_recommendation', 'Establish a national preventive mechanism in'),
    (
        'cerd-submission-karsuvia.docx',
        'cited_recommendation',
        'adopt comprehensive anti-discrimination legislation without further',
    ),
    ('cerd-submission-karsuvia.docx', 'cited_recommendation', 'extending free legal aid to victims'),
    ('cerd-submission-karsuvia.docx', 'cited_recommendation', 'guarantee broadcasting in minority languages on'),
    ('common-ground-newsletter-vorkhalia.pdf', 'cited_recommendation', 'collect and publish annual data on'),
    ('sr-hrd-briefing-osturia.txt', 'cited_recommendation', 'Ensure that all attacks and threats'),
    ('kommentarii-hrc-follow-up-mirklava.txt', 'cited_recommendation', 'внести изменения в Закон об Уполномоченном'),
    (
        'kommentarii-hrc-follow-up-mirklava.txt',
        'cited_recommendation',
        'предоставить Уполномоченному финансовые и кадровые ресурсы,',
    ),
    ('kommentarii-hrc-follow-up-mirklava.txt', 'cited_recommendation', 'обеспечить, чтобы все заявления о пытках'),
    (
        'kommentarii-hrc-follow-up-mirklava.txt',
        'cited_recommendation',
        'прямо закрепить в законодательстве недопустимость доказательств,',
    ),
    ('kommentarii-hrc-follow-up-mirklava.txt', 'cited_recommendation', 'обеспечить, чтобы виновные были привлечены к'),
    (
        'kommentarii-hrc-follow-up-mirklava.txt',
        'cited_recommendation',
        'прекратить практику задержания и привлечения к',
    ),
    (
        'kommentarii-hrc-follow-up-mirklava.txt',
        'cited_recommendation',
        'обеспечить эффективное расследование всех случаев чрезмерного',
    ),
    (
        'upr-sovmestnoe-predstavlenie-ojsalma.docx',
        'cited_recommendation',
        'декриминализировать клевету и оскорбление и перенести',
    ),
    (
        'upr-sovmestnoe-predstavlenie-ojsalma.docx',
        'cited_recommendation',
        'создать независимый механизм для расследования всех',
    ),
    (
        'upr-sovmestnoe-predstavlenie-ojsalma.docx',
        'cited_recommendation',
        'повысить минимальный брачный возраст для девочек',
    ),
    ('news-upr-outcome-corvaska.html', 'cited_recommendation', 'Repeal the Law on Undesirable Organisations'),
    ('cescr-parallel-report-kharvostan.docx', 'cited_recommendation', 'ensure that primary education is free'),
    ('loipr-submission-tulmania.pdf', 'recommendation', 'создать механизм исполнения соображений Комитета, включающий'),
    ('loipr-submission-tulmania.pdf', 'recommendation', 'передать расследование заявлений о пытках органу,'),
    ('loipr-submission-tulmania.pdf', 'recommendation', 'освободить Рустама Солтыбаева и других журналистов,'),
    ('loipr-submission-tulmania.pdf', 'recommendation', 'исключить из Закона «О противодействии экстремизму»'),
    ('loipr-submission-tulmania.pdf', 'question', 'Сколько жалоб на пытки и жестокое'),
    ('loipr-submission-tulmania.pdf', 'question', 'Планирует ли государство-участник передать медицинскую службу'),
    ('loipr-submission-tulmania.pdf', 'question', 'Какова доля удовлетворенных ходатайств о заключении'),
    ('loipr-submission-tulmania.pdf', 'question', 'Сколько уведомлений о проведении собраний было'),
    ('loipr-submission-tulmania.pdf', 'question', 'Освобожден ли Рустам Солтыбаев и пересмотрено'),
    ('loipr-submission-tulmania.pdf', 'question', 'Планирует ли государство-участник принять всеобъемлющий закон'),
    # heldout49-52 (arrival in bench/results/heldout49.json ... heldout52.json): a rapporteur's requests quoted in
    # an oral statement by paragraph number before any body is named ('Paragraph 78: "Repeal ..."'); tracker
    # entries whose source and words the reader splits differently; the follow-up information request (left out on
    # purpose) and the Views' publication request; a subjunctive after a long lead ("recommended that the State
    # party ratify ..." kept with its subject); requests in a stakeholder submission's numbered paragraphs without
    # a label; questions run across a PDF page break with an easy-read box between; the Venice Commission's and
    # ODIHR's requests written as noun phrases and conditions
    ('oral-statement-tergenia-sr-assembly.txt', C, 'release immediately and unconditionally all persons'),
    ('blog-soobrazheniya-kpch-ulmstan.md', C, 'представить в течение 180 дней информацию'),
    ('blog-soobrazheniya-kpch-ulmstan.md', C, 'опубликовать настоящие Соображения и обеспечить их'),
    ('cedaw-alternative-report-irdania.docx', C, 'обеспечить достаточное количество доступных убежищ для'),
    ('monitoring-rekomendaciy-kardovia.html', C, 'Создать независимый орган самоуправления адвокатуры и'),
    ('monitoring-rekomendaciy-kardovia.html', C, 'Зарегистрировать независимый профсоюз горняков Яргора без'),
    ('monitoring-rekomendaciy-kardovia.html', C, 'Обеспечить издание учебников на языках национальных'),
    ('cescr-parallel-report-pelsaria.html', C, 'ratify the Optional Protocol to the'),
    ('upr-stakeholder-submission-ardakhia.txt', 'recommendation', 'accede to the 1954 and 1961'),
    ('upr-stakeholder-submission-ardakhia.txt', 'recommendation', 'grant the nationality of Ardakhia to'),
    ('upr-stakeholder-submission-ardakhia.txt', C, 'remove the requirement that candidates have'),
    ('cat-follow-up-ordusia.txt', C, 'обеспечить, чтобы адвокаты могли выполнять свои'),
    ('crpd-briefing-morsinia.pdf', 'question', 'Please explain how the State party'),
    ('crpd-briefing-morsinia.pdf', 'question', 'What budget has been allocated to'),
    ('crpd-briefing-morsinia.pdf', C, 'impose an immediate moratorium on new'),
    ('pismo-bdipch-venecianskaya-komissiya-velimoria.docx', C, 'в случае сохранения такого понятия определить'),
    ('pismo-bdipch-venecianskaya-komissiya-velimoria.docx', C,
     'отказаться от требования маркировать публикуемые материалы,'),
    ('pismo-bdipch-venecianskaya-komissiya-velimoria.docx', C, 'ликвидация организации допустима только по решению'),
    # heldout45-48 (arrival in bench/results/heldout45.json ... heldout48.json): a request named by a noun phrase
    # ("encouraged the formalisation in law of a clear ... process"); a second request after "а также" in one
    # sentence, and one in a later sentence by the same rapporteur named by surname; a two-column bulletin whose
    # sidebar the PDF reader puts inside a paragraph (a question glued to body text, requests in sentences after
    # a quoted testimony); the request clause of "recommended that any blocking ... be made subject to ..." and
    # "called on ... that the Government release ..." (a subjunctive after a long lead)
    ('shadow-report-orsekia-ccpr.docx', C, 'the formalisation in law of a'),
    ('mirogoria-follow-up-statement.txt', C, 'упростить процедуру регистрации общественных объединений и'),
    ('olshanik-news-sr-visit-selvania.html', C, 'гарантировать независимым профсоюзам право на регистрацию'),
    ('olshanik-news-sr-visit-selvania.html', C, 'не принимать законопроект „О прозрачности иностранного'),
    ('otkrytaya-kamera-bulletin-kemelstan.pdf', 'question', 'Намерено ли государство сделать заявление по'),
    ('otkrytaya-kamera-bulletin-kemelstan.pdf', C, 'запретить телесные наказания детей во всех'),
    ('otkrytaya-kamera-bulletin-kemelstan.pdf', C, 'передать следственные изоляторы из ведения Министерства'),
    ('otkrytaya-kamera-bulletin-kemelstan.pdf', C, 'предоставлять родственникам лиц, умерших под стражей,'),
    ('otkrytaya-kamera-bulletin-kemelstan.pdf', C,
     'обеспечить, чтобы недобровольная госпитализация допускалась только'),
    ('hrc-alternative-report-borsavia.pdf', C, 'any blocking of online media be'),
    ('joint-letter-hrc-altynkul.txt', C, 'the Government release all persons detained'),
    # heldout41-44 (arrival in bench/results/heldout41.json ... heldout44.json): the Working Group's opinion
    # reported as "the Working Group ... asked the Government to release ..." after a sentence on the opinion;
    # a reason clause kept in the gold ("отозвать законопроект полностью, поскольку ...") where the extractor ends
    # the request at ", поскольку"; the Committee's request for follow-up information (left out on purpose); a
    # request introduced by a pronoun for the recommendation («Она призывает «отменить ...»»)
    ('appeal-wgad-srhrd-ushkaiyn.docx', C, 'незамедлительно освободить г-на Отарбаева и предоставить'),
    ('appeal-wgad-srhrd-ushkaiyn.docx', C, 'отозвать законопроект полностью, поскольку предусмотренные им'),
    ('cat-follow-up-brenovia.pdf', C, 'provide, within one year, information on'),
    ('promezhutochnyi-doklad-upo-urkensai.md', C, 'отменить статью 205-4 Уголовного кодекса о'),
    # heldout37-40 (arrival in bench/results/heldout37.json ... heldout40.json): a Russian press release's UPR
    # requests by number and State ("рекомендации 118.3 (Исландия) и 118.4 (Австралия) отменить ...", "рекомендацию
    # Бельгии законодательно отменить ...", "Литва (118.70) и Коста-Рика (118.71) — принять меры ...") and a second
    # request of one sentence after a quotation; a request named as the subject of its sentence ("The recommendation
    # to make pre-trial detention an exceptional measure produced amendments on paper"); the Committee's request for
    # follow-up information by a date (left out on purpose, as for Dunmorra and Gallenta)
    ('press-release-upr-gornavia.html', C, 'принять меры для защиты журналистов и'),
    ('press-release-upr-gornavia.html', C, 'криминализировать домашнее насилие и обеспечить пострадавшим'),
    ('press-release-upr-gornavia.html', C, 'законодательно отменить смертную казнь, заменив действующий'),
    ('upr4-joint-submission-velemoria.pdf', C, 'декриминализировать клевету и оскорбление'),
    ('oped-hrc-review-serevania.html', C, 'make pre-trial detention an exceptional measure'),
    ('oped-hrc-review-serevania.html', C, 'provide, by 6 November 2027, information'),
    # heldout36 (Russian; arrival in bench/results/heldout36.json): a request after «Так было отчасти исполнено
    # предложение Представителя ОБСЕ ...» (the noun «предложение»: adding it as a cue broke requests that contain it)
    ('alternative-report-oikaratia.docx', C, 'полностью декриминализировать клевету и оскорбление'),
    # heldout34 (bodies other than the Human Rights Committee; arrival in bench/results/heldout34.json): an opinion's
    # "should not be adopted"; a tracker's noted recommendations listed as a line with their number and State and a
    # line with their text
    ('osce-hdc-statement-kendirlia.txt', C, 'the draft law should not be'),
    ('upr-implementation-tracker-tobyqtia.html', C, 'Abolish the death penalty for all'),
    ('upr-implementation-tracker-tobyqtia.html', C, 'Repeal the provision of the Criminal'),
    # heldout32 (Russian, the genres of the real corpus; arrival in bench/results/heldout32.json): the Committee's
    # request for follow-up information by a date (left out on purpose, as for Dunmorra and Gallenta); a request split
    # at ", а также" that four other annotators kept whole (Mugalzharia, Taldykumia, Belorechye, Bekturia); a request
    # named before its author ("Перейти к ... — такова была суть рекомендаций Австралии, Швейцарии и Бельгии")
    ('ru-cat-followup-report-karatobia.md', C, 'представить к 24 ноября 2024 года'),
    ('ru-sr-visit-statement-kokzhailia.html', C, 'заменить разрешительный порядок проведения собраний уведомительным'),
    ('ru-upr-review-besagashia.pdf', C, 'Перейти к подлинно уведомительному порядку проведения'),
    # heldout30 (the genres of the shared gold; arrival in bench/results/heldout30.json): this annotator kept the
    # reporting subject and verb in the cited text ("The Committee on the Rights of the Child recommended in 2022
    # that ...", "Japan encouraged Esilgaria, as did Mexico, to ..."); the tool keeps the reported clause, as GUIDELINES
    # says and the shared gold mostly does, so short clauses do not reach Jaccard 0.5 (the extras below are the same
    # units); also an inverted request ('..., was the request made by Brazil and Spain')
    ('alternative-report-aksholia.md', 'cited_recommendation', 'In its Views of 2022 on'),
    ('alternative-report-aksholia.md', 'cited_recommendation', 'The Committee on the Rights of'),
    ('alternative-report-bekmuria.html', 'cited_recommendation', 'The Special Rapporteur on extrajudicial, summary'),
    ('alternative-report-bekmuria.html', 'cited_recommendation', 'In its Views of 2021 in'),
    ('alternative-report-bekmuria.html', 'cited_recommendation', 'The Committee on the Rights of'),
    ('loi-submission-kokturan.txt', 'cited_recommendation', 'In 2020 the Committee on the'),
    ('upr-review-note-qarabalia.txt', 'cited_recommendation', 'Germany, Chile and Ireland urged Qarabalia'),
    ('upr-review-note-qarabalia.txt', 'cited_recommendation', 'Recommendations 118.41 and 118.44 (Norway, Canada),'),
    ('upr-review-note-qarabalia.txt', 'cited_recommendation', 'Czechia, Estonia and Lithuania, among others,'),
    ('upr-statement-esilgaria.docx', 'cited_recommendation', 'Japan encouraged Esilgaria, as did Mexico,'),
    ('upr-statement-esilgaria.docx', 'cited_recommendation', 'Access to a lawyer from the'),
    ('upr-statement-esilgaria.docx', 'cited_recommendation', 'After her visit in April 2021'),
    ('upr-statement-esilgaria.docx', 'cited_recommendation', 'In July 2023 the Human Rights'),
    # heldout27 (treaty-body documents; arrival in bench/results/heldout27.json):
    # the ratification paragraph: gold-un keeps only the request of a paragraph that opens with what the Committee
    # notes; this annotator kept the whole paragraph
    ('cedaw-concluding-observations-kestrelia.pdf', 'recommendation', 'The Committee notes that the State'),
    ('ru-cedaw-concluding-observations-velestania.docx', 'recommendation',
     'Комитет отмечает, что присоединение государства-участника к'),
    # heldout23 (stakeholder and list-of-issues submissions; arrival in bench/results/heldout23.json): the
    # Committee's request for follow-up information by a date, which the extractor leaves out as procedure
    ('hrc-followup-submission-dunmorra.pdf', C, 'provide, by 31 March 2025, information'),
    # heldout22 (implementation assessments; arrival in bench/results/heldout22.json): a second that-clause of the
    # reporting verb this annotator split off ("recommended that X ensure ... and that it maintain ...", which
    # heldout6's annotator kept whole); a two-word request the tool keeps with its subject ("Marisoll prohibit
    # polygamy")
    ('cat-alternative-report-caldovan.pdf', 'cited_recommendation', 'maintain an accurate central register of'),
    ('cedaw-shadow-report-marisoll.html', 'cited_recommendation', 'prohibit polygamy'),

    # heldout11: the gold keeps a whole sentence with the State's response and its reference ("Felsmark supported the
    # recommendations of Ireland and ... to accede to ... (131.12 and 131.13)."), twice; the request alone is too
    # short against it
    ('upr-joint-submission-felsmark.md', C, 'Felsmark supported the recommendations of Ireland'),
    ('upr-joint-submission-felsmark.md', C, 'Felsmark noted the recommendation of Czechia'),
    # heldout21 (Russian and bilingual; arrival in bench/results/heldout21.json): a follow-up tracker's own
    # recommendations in a list after its tables, requests inside narrative sentences, a bilingual DOCX's English
    # part
    ('ru-followup-tracker-oitala.html', 'question', 'Какая доля задержанных прошла медицинское освидетельствование'),
    ('ru-sr-visit-briefing-durmenia.md', 'cited_recommendation', 'обеспечить лицам, лишённым свободы, доступ к'),
    ('ru-upr-submission-velesia.txt', 'cited_recommendation', 'обеспечить детям рома доступ к инклюзивному'),
    # heldout20 (after the fixes it prompted; arrival in bench/results/heldout20.json): requests inside narrative
    # paragraphs of a CAT follow-up DOCX and an HRC PDF; a tracker page's questions in a "Questions" cell
    ('cat-followup-submission-corvaleth.docx', 'cited_recommendation', 'abolish the automatic placement of prisoners'),
    ('cat-followup-submission-corvaleth.docx', 'cited_recommendation', 'close the basement cells of the'),
    ('hrc-alternative-report-tambrea.pdf', 'cited_recommendation', 'refrain from prosecuting journalists and social'),
    ('hrc-alternative-report-tambrea.pdf', 'cited_recommendation', 'reduce the number of supporting signatures'),
    ('hrc-alternative-report-tambrea.pdf', 'cited_recommendation', 'ensure the independence of the Broadcasting'),
    ('parliamentary-brief-mirrodan.docx', 'cited_recommendation', 'increase the number of places in'),
    ('sr-visit-briefing-ystrava.md', 'cited_recommendation', 'review the draft law in open'),
    # heldout18-19 (measured on arrival, bench/results/heldout18.json and heldout19.json): quoted noun phrases of a CAT
    # paragraph ("the right to be assisted by ...") and a paragraph quoted with its own subject; the Inter-American
    # Commission's request; items after a "Рекомендации" line run into a PDF paragraph; a quoted joint communication in
    # the mandate holders' "We urge Your Excellency's Government"; a CRC paragraph annotated whole (concern and request)
    # where the extractor keeps the request sentence, as for the Human Rights Committee's older form; recommendations in
    # the middle of narrative paragraphs (left out, as in heldout14); a Council resolution's request and a consultation
    # request annotated as citations
    ('cat-shadow-report-drumlaria.docx', C, 'the right to be assisted by'),
    ('cat-shadow-report-drumlaria.docx', C, 'the right to have their detention'),
    ('sr-press-followup-vastamar.html', C, 'We urge Your Excellency’s Government to'),
    ('ru-hrc-alternative-report-mugalzharia.docx', C, 'при подготовке следующего периодического доклада проводить'),
    ('upr-submission-istrenne.docx', 'recommendation', 'The Director of Public Prosecutions should'),
    ('upr-submission-istrenne.docx', 'recommendation', 'Parliament should amend the Legal Aid'),
    # heldout17, an e-mail letter: the follow-up procedure's request for information ("requested the State party to
    # "provide, within one year ..., information on its implementation of the recommendations ..."), which the
    # extractor leaves out on purpose (the sets' gold disagree on it)
    ("cerd-joint-letter-gallenta.txt", C, "provide, within one year of the"),
    # heldout14: the authors' requests through the Committee ("The Committee should urge the State party to ...")
    # under a heading that is not a recommendations label, and "We recommend ..." in the middle of a narrative
    # paragraph; GUIDELINES.md counts recommendations in a recommendations block, and the earlier sets' gold
    # leaves such inline sentences out
    ("ced-submission-tarsenia.md", "recommendation", "The Committee should urge the State"),
    # heldout13: the follow-up Rapporteur's request for information after "wrote to the Government" (no body
    # named in the sentence); a "similar opinion" with no request of its own
    ("upr-joint-submission-lunderra.docx", C, "The OSCE Office for Democratic Institutions"),
    # heldout12: UPR citations annotated as the whole sentence ("During its third Universal Periodic Review in
    # 2021, X noted a recommendation by Denmark to ratify ..."); the extractor gives the reported clause
    ("cerd-shadow-report-dunmarra.docx", C, "During its third Universal Periodic Review"),
    ("hrc-coalition-report-rondavia.txt", C, "During its third Universal Periodic Review"),
    ("hrc-loi-submission-varnholm.txt", C, "During the third cycle of the"),
    ("ru-cedaw-alternative-report-priozeria.txt", C, "В ходе третьего цикла универсального периодического"),
    ("sr-submission-hrd-kalvessa.md", C, "During the fourth cycle of the"),
    # requests and questions written into running text, a subjunctive and an infinitive citation
    ("cerd-followup-letter-halvetra.txt", "cited_recommendation", "to introduce stop forms that are"),
    ("crc-coalition-report-meridonia.txt", "recommendation", "The Alliance asks the Committee to"),
    ("hrc-briefing-pellaria.txt", "cited_recommendation", "that registration not be a precondition"),
    # a list item that is itself a full request and the lead-in to sub-items
    ("upr-submission-lusvania.md", "recommendation", "Extend the protection protocol of 2024"),
    # the follow-up procedure's information request (annotated here, left out by design: _FOLLOW_UP_INFO)
    ("hrc-followup-ngo-tesmania.txt", "cited_recommendation", "to provide, within two years, information"),
    # officials' claims that recommendations were implemented, annotated as citations with a disputed status
    ("upr-session-review-belsaria.txt", "cited_recommendation", "the decriminalisation of defamation"),
    ("upr-session-review-belsaria.txt", "cited_recommendation",
     "Belsaria has fully implemented the recommendations"),
    # heldout6: citations reported in forms not read yet (tables of other bodies, subjunctive, Views)
    ('hrc-shadow-report-voravia.txt', 'question', 'How many persons have been fined'),
    ('ru-cat-alternative-report-syrdaria.md', C, 'все рекомендации Комитета, сформулированные в 2021'),
    ('ru-loipr-submission-belorechye.docx', 'question', 'на каком правовом основании органы безопасности'),
    ('ru-upr-joint-submission-shamkhalia.txt', C, 'о декриминализации клеветы'),
    ('upr-joint-submission-zangeria.txt', C, 'The mid-term report submitted by the'),
    # heldout7: a list inside a table cell, a citation across a Quote-style block
    ('crc-alternative-report-sundarvan.html', 'recommendation', 'Guarantee that married girls can continue'),
    # heldout8
    ('hrc-loi-submission-quarvenia.txt', C, 'Investigations into allegations of torture are'),
    ('ru-hrc-shadow-report-kamenistan.txt', C, 'оборудовать все помещения для допросов системами'),
    ('ru-osce-hdim-statement-tobolia.txt', C, 'пересмотреть порядок формирования избирательных комиссий, с'),
    ('ru-upr-midterm-report-ordania.md', C, 'о ратификации Факультативного протокола к Конвенции'),
    # heldout9 and heldout10 (leftovers after the general fixes; BEFORE numbers in bench/results history)
    ('ced-alternative-report-corvessa.txt', C, 'search for and identify the children'),
    ('ced-alternative-report-corvessa.txt', C, 'review and, where appropriate, annul any'),
    ('ru-hrc-followup-bekturia.docx', C, 'представить к 3 ноября 2025 года'),
    ('sr-visit-joint-statement-gravenia.html', C, 'ensure that the majority of the'),
    ('sr-visit-joint-statement-gravenia.html', C, 'guarantee the independence of the Bar'),
    ('cerd-shadow-report-korvelia.pdf', C, 'regularise the tenure of Sevran settlements'),
    ('hrc-loipr-submission-castavia.md', 'question', 'Please provide information on the number'),
    ('hrc-rapporteur-letter-luskara.txt', C, 'ensure that all allegations of excessive'),
    ('hrc-rapporteur-letter-luskara.txt', C, 'ensure that all deaths in custody'),
    # heldout11: the whole sentence annotated where the reported clause is extracted (an OSCE body, the ILO
    # committee, a State's "noted the recommendation of ..."), a clause cut before "including by ..."
    ('hrc-alternative-report-temirstan.txt', C, 'take all measures necessary to safeguard'),
    ('hrc-alternative-report-temirstan.txt', C, 'The OSCE Representative on Freedom of'),
    ('ru-hrc-alternative-report-kumisia.txt', C, 'Специальный докладчик ООН по вопросу о'),
    ('upr-briefing-assembly-association-ventralia.txt', C, 'It noted the recommendation of the'),
    ('upr-briefing-assembly-association-ventralia.txt', C, 'The ILO Committee of Experts on'),
}
# predictions known to match no gold unit: (kind, first 60 characters)
KNOWN_EXTRA: set[tuple[str, str]] = {
    # heldout72-74: a State's claim quoted in a thread, a webinar and a blog; a chair's question to the participants;
    # a closing call to follow an account; a slide deck's case note, its three key asks in short form and notes on
    # its own slides; counts and definitions of a status scale (notebook, draft PDF, law society); a poster's
    # fragment; the authors' note on what follows the cut («Под катом ...») and a quotation's lead-in; a speaker's
    # proposal of a verdict; draft questions of a GitHub thread that its final text replaced; a comment's clause
    ('cited_recommendation', 'the recommendations selected for follow-up “have been implem'),
    ('question', 'What would you like the Committee to ask the Government?'),
    ('cited_recommendation', "I should also say that the Government's interim report to th"),
    ('cited_recommendation', "Lirvania has implemented the UN Committee's recommendations "),
    ('cited_recommendation', 'Follow @OrlevWatch for the concluding observations on 27 Mar'),
    ('recommendation', 'We also ask delegations to note the case of Pavlo Pelagrin, '),
    ('recommendation', 'Decriminalise defamation'),
    ('recommendation', 'Notification, not authorisation, for all gatherings'),
    ('cited_recommendation', 'That figure counts a recommendation as partially implemented'),
    ('cited_recommendation', 'Tavolgia noted the recommendation from Czechia quoted on the'),
    ('cited_recommendation', 'The Human Rights Committee’s recommendation, quoted second o'),
    ('cited_recommendation', 'asked us whether a recommendation to “review” the 2023 amend'),
    ('cited_recommendation', 'deal with offences committed by police and prison officers.'),
    ('cited_recommendation', 'CERD concluding observations, 2023'),
    ('cited_recommendation', 'В седьмом периодическом докладе правительство утверждает, чт'),
    ('cited_recommendation', 'Под катом длинно, с цитатами и ссылками, в конце мои рекомен'),
    ('cited_recommendation', 'рекомендации Комитета и Специального докладчика в сфере своб'),
    ('cited_recommendation', 'Главная рекомендация Комитета в пункте 45 (a) звучала так'),
    ('cited_recommendation', 'оценить выполнение как частичное.'),
    ('cited_recommendation', 'рекомендации УПО по вопросам предупреждения пыток выполнены '),
    ('cited_recommendation', 'Для каждой рекомендации указан ее источник: номер пункта док'),
    ('cited_recommendation', 'is still on paper.'),
    ('cited_recommendation', "A recommendation is 'implemented' where the law and practice"),
    ('cited_recommendation', 'The UPR dataset (data/kalmuryn_upr_children.csv) contains ev'),
    ('cited_recommendation', "The Committee's concluding observations of February 2020 con"),
    ('question', 'How many people were detained under the Law on Preventive Su'),
    ('question', 'How is the 45-day term compatible with article 9?'),
    ('question', 'What has been done about the WGAD opinions?'),
    ('question', 'How many people got administrative arrest after the Oraltobe'),
    ('cited_recommendation', 'judicial control (29(a) above), and the Committee members wh'),
    # heldout69-71: a PDF form's printed prompts and instructions and a request to the coalition; the
    # follow-up procedure and a status scale described; an offer to brief the Committee; counts and summaries of
    # recommendations (Quarto report, MediaWiki page, Substack post); Quarto footnotes run together; a chat's
    # housekeeping; a State's claim on a VK wall and an explainer of the UPR; an action plan's title; the
    # submission's purpose
    ('recommendation', 'We ask the coalition to request the Committee to publish its'),
    ('question', 'Have other international mechanisms made recommendations on '),
    ('question', 'Please indicate the mechanism, the year and, for the Univers'),
    ('cited_recommendation', 'report within one year on the recommendations in paragraphs '),
    ('cited_recommendation', 'implemented, partially implemented, not implemented, or no i'),
    ('cited_recommendation', 'Most supported recommendations are rated partially implement'),
    ('cited_recommendation', 'No UPR recommendation set a target for health spending'),
    ('cited_recommendation', 'The one housing recommendation that has clearly been impleme'),
    ('cited_recommendation', 'Footnotes Report of the Working Group on the Universal Perio'),
    ('cited_recommendation', 'For each cluster please paste the relevant paragraphs of the'),
    ('cited_recommendation', 'Ниже по каждому разделу Конвенции приводятся рекoмендации Ко'),
    ('cited_recommendation', 'Национальный план действий по выполнению рекомендаций универ'),
    ('cited_recommendation', '4 декабря в Женеве пройдет предсессия универсального периоди'),
    ('cited_recommendation', 'отменить уголовную ответственность за повторное нарушение по'),
    ('cited_recommendation', 'УПО — это механизм, в рамках которого государства раз в четы'),
    ('cited_recommendation', 'of the 31 recommendations of the Special Rapporteur, have be'),
    ('cited_recommendation', 'Every one of them can be traced back to the Rapporteur’s rep'),
    ('cited_recommendation', 'This page tracks the recommendations on justice and fair tri'),
    ('cited_recommendation', 'A noted recommendation is still a recommendation, and the cl'),
    ('cited_recommendation', 'Of the 14 third-cycle recommendations on this page, two'),
    ('cited_recommendation', 'The recommendations that Kesmaria “noted” in 2020 have, with'),
    ('cited_recommendation', 'The fourth review is an opportunity to ask precise questions'),
    # heldout66-68: a sentence on developments since the concluding observations; a request to the Special
    # Rapporteur on torture (not the State); a knowledge-base page's introduction and the body's follow-up selection;
    # a fragment of a request for information; a summary of a body's other recommendations; fragments of a
    # transcript's speeches; a State's claims (Notion page, webinar); a LaTeX report's abstract and introduction and
    # a sentence on how an OSCE recommendation fared
    ('cited_recommendation', 'Since the Committee’s concluding observations of 2019, Tarkh'),
    ('recommendation', 'We respectfully request the Special Rapporteur on torture to'),
    ('cited_recommendation', 'Здесь собраны рекомендации Комитета ООН по ликвидации расово'),
    ('cited_recommendation', 'КЛРД также выделил для процедуры последующих действий рекоме'),
    ('cited_recommendation', 'сообщить, что сделано.'),
    ('cited_recommendation', 'Комитет против пыток сделал и другие рекомендации — о психиа'),
    ('cited_recommendation', 'представить информацию о них в течение двух лет.'),
    ('cited_recommendation', 'о независимом расследовании'),
    ('cited_recommendation', 'Ardazhan is among the leaders of the region in implementing '),
    ('cited_recommendation', 'ABSTRACT This report assesses the follow-up given by the Gov'),
    ('cited_recommendation', 'A narrower recommendation of the OSCE Office for Democratic '),
    ('cited_recommendation', 'all recommendations of the Special Rapporteur are being care'),
    # heldout63-65: a sentence naming a recommendation after a law was adopted; an SR visit's quote of what must
    # change; a Notion page's introduction; a Russian LoI's introduction, a State plan title's tail and a label; a
    # question's lead-in; a body's count of recommendations; requests to the Council and the special procedures (not
    # the State); a question read as a recommendation; a rhetorical question; a status legend; a State's claim; the
    # inline requests kept whole (known misses above)
    ('cited_recommendation', 'The 2019 law was adopted after the Committee’s recommendatio'),
    ('cited_recommendation', 'change to stop torture in police stations and prison colonie'),
    ('cited_recommendation', 'Здесь собраны рекомендации Комитета против пыток из заключит'),
    ('cited_recommendation', 'Ниже по каждой теме: что происходит, текст рекомендации Коми'),
    ('cited_recommendation', 'По каждой статье Пакта ниже кратко описаны изменения за отче'),
    ('cited_recommendation', 'Рекомендация, отобранная Комитетом для процедуры последующей'),
    ('cited_recommendation', 'отменить уголовную ответственность за руководство деятельнос'),
    ('recommendation', 'Вопрос, который государства могли бы задать заранее:'),
    ('cited_recommendation', 'In September 2019 the Committee adopted 61 recommendations o'),
    ('cited_recommendation', 'What is the value of a recommendation that is supported in G'),
    ('cited_recommendation', 'PARTIALLY IMPLEMENTED some steps taken, but the recommendati'),
    ('cited_recommendation', 'All recommendations of the Special Rapporteur have been sent'),
    # heldout11: the two requests whose gold keeps the whole sentence (KNOWN_MISSES)
    (C, "abolish criminal liability for insulting the head of State"),
    (C, "accede to the 1961 Convention on the Reduction of Statelessn"),
    # heldout60-62: a status legend, the State's count of implemented recommendations, a count of recommendations
    # the Committee selected for follow-up, a body's grade of measures, a table header cell, a State's
    # plan title quoted, a report describing itself or its sources, and a legend of task boxes
    ('cited_recommendation', 'A recommendation is "Partially implemented" where the State '),
    ('cited_recommendation', '34 of the 42 recommendations of the Special Rapporteur have '),
    ('cited_recommendation', 'Комитет в обоих письмах оценил эти меры как противоречащие р'),
    ('cited_recommendation', 'За пять лет, прошедших после рассмотрения третьего доклада, '),
    ('cited_recommendation', 'Рекомендация Комитета МОТ'),
    ('cited_recommendation', 'Четыре рекомендации из них (пункты 9, 11, 15 и 19) Комитет о'),
    ('cited_recommendation', 'области прав человека на 2021–2025 годы».'),
    ('cited_recommendation', 'It follows the structure of the Committee’s concluding obser'),
    ('cited_recommendation', 'The wording of every recommendation is copied from the repor'),
    ('cited_recommendation', 'A ticked box [x] means that the coalition considers the reco'),
    # heldout57-59: an email thread's headers and signature, a Views paragraph's court ruling, a form's
    # declaration, a matrix's title and legend, a timeline entry, sentences around a paraphrase
    ('cited_recommendation', 'During the third cycle of the Universal Periodic Review in 2'),
    ('recommendation', 'Water and sanitation Background from the water working group'),
    ('cited_recommendation', 'The other 2017 recommendation on work, to raise the minimum '),
    ('cited_recommendation', 'In October the Dornograd city court ordered the State to pay'),
    ('cited_recommendation', 'The Kotelets judgment shows that the courts can give effect '),
    ('cited_recommendation', 'В объединенном пятом и шестом периодическом докладе правител'),
    ('cited_recommendation', 'Однако ключевые рекомендации Комитета 2018 года — о независи'),
    ('cited_recommendation', 'редать лицензирование телерадиовещания независимому регулиру'),
    ('cited_recommendation', 'Рекомендации приводятся по докладу Рабочей группы по УПО в п'),
    ('cited_recommendation', 'I request that the Committee contact our organisation before'),
    ('cited_recommendation', '2008 – Initial report reviewed; concluding observations CERD'),
    ('cited_recommendation', 'The Committee’s recommendation on this point'),
    ('recommendation', 'define the disciplinary offences of'),
    ('cited_recommendation', 'Implementation of the concluding observations on the third p'),
    ('cited_recommendation', 'They are addressed to the State party and are intended to be'),
    ('cited_recommendation', 'procedure for the disciplinary liability of judges are clear'),
    ('cited_recommendation', 'CCPR/C/YSK/CO/3: concluding observations of the Human Rights'),
    ('cited_recommendation', 'The Committee on the Elimination of Racial Discrimination ma'),
    # heldout53-56: the authors' request to the Committee itself, a cell's source line read with the quotation,
    # the State's claims and the follow-up procedure's information request, a tracker's legend and FAQ lines,
    # subjunctive citations kept with their subject, the minutes' report of a Ministry's statement
    ('recommendation', 'We also respectfully ask the Committee to consider the prese'),
    ('cited_recommendation', 'Universal Periodic Review, 2021: Norway and Chile recommende'),
    ('cited_recommendation', 'CERD/C/KSU/CO/8-10, para. 28 (2018): the Committee also reco'),
    ('cited_recommendation', 'Special Rapporteur on minority issues, country visit report,'),
    ('cited_recommendation', 'by the Committee have been taken or are under way” and that '),
    ('cited_recommendation', 'asked the Government, under its follow-up procedure, to repo'),
    ('cited_recommendation', 'No list of the recommendations considered implemented was ev'),
    ('cited_recommendation', 'Подкомитет по предупреждению пыток посетил Ведранию в 2017 г'),
    ('recommendation', 'обеспечить, чтобы все заявления о пытках и жестоком обращени'),
    ('cited_recommendation', 'В конце документа приведены рекомендации центра и вопросы, к'),
    ('cited_recommendation', 'Этот закон прямо противоречит рекомендации Комитета.'),
    ('cited_recommendation', 'Помимо трех пунктов, отобранных для процедуры последующей де'),
    ('cited_recommendation', 'Информация, представленная государством-участником, создает '),
    ('cited_recommendation', 'требование о регистрации блогеров отменено Конституционным с'),
    ('cited_recommendation', 'правительство не публикует сведений о расследовании угроз пр'),
    ('cited_recommendation', 'об открытости судебных процессов по делам, связанным с экстр'),
    ('cited_recommendation', 'provide, within two years, information on the steps taken to'),
    ('recommendation', 'We also ask the States that made recommendations to Corvaska'),
    ('cited_recommendation', 'stronger protection against domestic violence, and Corvaska '),
    ('cited_recommendation', 'the Government to involve the national Ombudsman and civil s'),
    ('cited_recommendation', 'accede to the 1954 and 1961 statelessness conventions in 202'),
    ('cited_recommendation', 'Each recommendation is listed in the cluster tables below wi'),
    ('cited_recommendation', 'Not implemented: no measure has been taken, or the measures '),
    ('cited_recommendation', 'Why are some supported recommendations marked as not impleme'),
    ('cited_recommendation', 'Kestovar Monitoring Coalition, Yastrovia UPR Recommendation '),
    ('cited_recommendation', 'The Committee’s earlier concluding observations also address'),
    ('cited_recommendation', 'The Committee of Experts on the Application of Conventions a'),
    ('cited_recommendation', 'области прав человека на 2021–2025 годы и в основном выполне'),
    ('cited_recommendation', 'the Ministry remains fully committed to the recommendations '),
    # heldout49-52: counts and legends ("more than 160 recommendations", '"Partially implemented" means ...'), a
    # table's group title, a rapporteur's request repeated in the authors' voice, the State's claims quoted, the
    # authors' own tracking and appeal to Council members, a report describing itself, the authors' offer to brief
    # the Committee, and the questions / requests split differently from the gold (known misses above)
    (C, 'the State has received more than 160 recommendations on civi'),
    (C, '“Partially implemented” means that some steps have been take'),
    ('recommendation', 'And in paragraph 84 she calls on Tergenia to "release immedi'),
    (C, 'all the recommendations of the Special Rapporteur are under '),
    (C, 'The recommendations of the Human Rights Committee of 2018 on'),
    (C, 'представить в течение 180 дней информацию о мерах, принятых '),
    (C, 'Однако ключевые рекомендации Комитета — о всеобъемлющем анти'),
    (C, 'Правозащитный центр «Орлец» с 2019 года отслеживает, как Рес'),
    (C, 'Коалиция призывает государства — члены Совета по правам чело'),
    (C, 'the State party ratify the Optional Protocol to the Covenant'),
    (C, 'Коалиция использует ту же шкалу, что и Комитет в своих письм'),
    ('question', 'Please explain how the State party ensures that admission to'),
    ('question', 'What budget has been allocated to the pilot programme on inc'),
    (C, 'For each article it recalls the recommendations that the Com'),
    (C, 'change this in 2019.'),
    (C, 'The Alliance would welcome the opportunity to brief the Comm'),
    (C, 'учитывает все рекомендации Венецианской комиссии и БДИПЧ ОБС'),
    (C, 'Законопроект учитывает эту рекомендацию лишь частично: средс'),
    (C, 'отказаться от требования маркировать публикуемые материалы'),
    (C, 'Several noted recommendations are included because the issue'),
    (C, 'Secondly, the laws adopted since the review have in several '),
    # heldout45-48: an official's tally quoted in a hearing; a verdict sentence that speaks of "what was
    # recommended"; a subject the Committee only commented on ("on which the Committee commented in 2019 (paragraph
    # 48 ...)"); a sentence on the only implemented recommendation before the sentence that cites it; the question
    # glued to body text and a request kept with the text after it (both known misses); the State's action plan and
    # a table's description; the ILO asked to observe the harvest (someone other than the State); the Committee's
    # reading of a court decision; a body that only commented on a law
    (C, 'eighty per cent of the recommendations of the Universal Peri'),
    (C, 'The law of 2024 is the opposite of what was recommended, and'),
    (C, 'Political parties face comparable obstacles, on which the Co'),
    (C, 'Единственная рекомендация, выполнение которой можно констати'),
    ('question', 'Намерено ли государство сделать заявление по статье 22 Конве'),
    (C, 'запретить телесные наказания детей во всех условиях, включая'),
    (C, 'В Национальном плане действий в области прав человека на 202'),
    (C, 'В таблице приводятся рекомендации Комитета в том виде, в как'),
    (C, 'the ILO to observe the harvest.'),
    (C, 'lower courts have cited it to reject every application based'),
    (C, 'The OSCE Office for Democratic Institutions and Human Rights'),
    # heldout41-44: a brief's requests to the EU after "To the European Union and its Member States" (the block of
    # requests to the Government goes on; ending it there also drops the EU list's sub-items addressed to the State,
    # which the gold keeps); a bulleted tally ("None of the UN's key recommendations ... has been implemented"); the
    # State's claim in a quotation; a tracker row spanning the table that says which recommendations are not
    # tracked; the request kept without its reason (a known miss); the authors' closing request to the Committee
    ('recommendation', 'Put the release of political prisoners at the top of the age'),
    ('recommendation', "Publish the EU's own assessment of progress against these be"),
    ('recommendation', 'Make further macro-financial assistance to Istravia conditio'),
    ('recommendation', 'Increase direct support to independent Istravian media and h'),
    (C, "None of the UN's key recommendations on torture and fair tri"),
    (C, 'all recommendations of UN bodies are being implemented under'),
    (C, 'Рекомендации о правах трудящихся-мигрантов и членов их семей'),
    (C, 'отозвать законопроект полностью'),
    ('recommendation', 'We invite the Committee to take these comments into account '),
    # heldout37-40: the State's claims about recommendations quoted in the report ("В шестом периодическом докладе
    # государство утверждает ...", "the measures recommended by the Committee have been taken ..."), a table's
    # title, general statements on how many recommendations were implemented, the Rapporteur's request for a
    # follow-up visit, and a request kept with its verdict after a colon (the same unit as a known miss)
    (C, 'В шестом периодическом докладе государство утверждает, что «'),
    (C, 'Республика Таргузия: рекомендации третьего цикла универсальн'),
    (C, 'криминализировать домашнее насилие и обеспечить пострадавшим'),
    (C, 'The central recommendation of the Special Rapporteur on Law '),
    (C, 'Each tracked item gives the number of the recommendation in '),
    (C, 'Two years after the review, Serevania has implemented a smal'),
    (C, 'by the Committee have been taken or are being taken within t'),
    (C, 'В третьем периодическом докладе правительство утверждает, чт'),
    # heldout35 and heldout36: a court decision that defies the Views (see heldout31 below); the State's own list
    # described ("Several of the recommendations it lists as implemented were noted"), kept like heldout11's "most of
    # the recommendations made by the Committee ... remain unimplemented"; the State's late follow-up reply, the Views'
    # remedy repeated, a general lesson, the State's mid-term report described
    ('cited_recommendation', 'On 3 September 2024 the Sarqyn City Court dismissed his clai'),
    ('cited_recommendation', 'Several of the recommendations it lists as implemented were '),
    ('cited_recommendation', 'освободить автора.'),
    ('cited_recommendation', 'Эта рекомендация'),
    ('cited_recommendation', 'Опыт прошлого цикла показывает, что без давления со стороны '),
    ('cited_recommendation', 'В своем среднесрочном докладе, представленном в Совет по пра'),
    # heldout33 and heldout34: court decisions that defy a UN body (see heldout31 below); a tracker's note on how
    # statuses changed, and the authors' count of noted recommendations acted on
    ('cited_recommendation', 'Nevertheless, on 17 October 2022 he was handed over to the a'),
    ('cited_recommendation', 'On 6 August 2024 the Supreme Court of Toraighyria refused to'),
    ('cited_recommendation', 'Recommendation 145.93 on the registration of organizations m'),
    ('cited_recommendation', 'two of them have been partly acted on.'),
    # heldout31 (arrival in bench/results/heldout31.json): a court decision that defies the Committee's Views, which
    # the real 2014 gold keeps as a unit ("On 21 October, 2014, a Kazakh court refused to comply with the decision of
    # the UN Committee against Torture ...") and this annotator did not
    ('cited_recommendation', 'In the case of the journalist Temirlan Ospanuly, the Supreme'),
    # heldout30: the same units as the misses above, in the tool's reported-clause extent
    ('cited_recommendation', 'provide him with adequate compensation and to revise its leg'),
    ('cited_recommendation', 'Aksholia prohibit corporal punishment of children in all set'),
    ('cited_recommendation', 'to carry out a prompt, independent and transparent investiga'),
    ('cited_recommendation', 'compensate her and to bring its law on assemblies into line '),
    ('cited_recommendation', 'Bekmuria establish an independent children’s ombudsperson'),
    ('cited_recommendation', 'Kokturan establish specialised juvenile courts throughout th'),
    ('cited_recommendation', 'stop detaining people for single-person pickets and to relea'),
    ('cited_recommendation', 'decriminalise defamation and the insult of public officials.'),
    ('cited_recommendation', 'the authorities stop prosecuting organisers for technical br'),
    ('cited_recommendation', 'reimburse the fine and to revise its law on assemblies.'),
    # heldout29 (arrival in bench/results/heldout29.json): the authors' own call in the conclusion, outside any
    # recommendations block; this annotator left such sentences out, those of heldout6, heldout19 and unseen kept them
    ('recommendation', 'Мы также призываем государство вести открытый диалог с гражд'),
    # heldout27: the request part of the ratification paragraph (see KNOWN_MISSES)
    ('recommendation', 'The Committee therefore encourages the State party to ratify'),
    ('recommendation', 'В связи с этим Комитет призывает государство-участник ратифи'),
    # heldout25 (tables and briefings; arrival in bench/results/heldout25.json): the Committee's request for
    # follow-up information by a date, which heldout23's annotator kept (Dunmorra, a known miss) and this one did not
    (C, 'report within one year on four recommendations.'),
    # heldout22: extras at arrival, among them introductions that say when the Committee reviewed the State
    ('cited_recommendation', 'Marisoll prohibit polygamy.'),  # the gold leaves out the State: "prohibit polygamy"

    # heldout21: sentences describing what a report assesses; a tracker's note on the next review
    ('cited_recommendation', 'It concerns the follow-up to the concluding observations on '),
    ('cited_recommendation', 'Из одиннадцати рассмотренных рекомендаций Комитета полностью'),
    ('cited_recommendation', 'выяснять, добровольно ли потерпевшая согласилась на примирен'),
    ('question', 'Какая доля задержанных прошла медицинское освидетельствовани'),
    ('cited_recommendation', 'учитывать мирный характер собрания при назначении наказания'),
    ('cited_recommendation', 'воздерживаться от публичных комментариев по резонансным дела'),
    # heldout20
    ('cited_recommendation', 'provide, within one year, information on three groups of rec'),
    ('cited_recommendation', 'This is one of the clearest examples of a recommendation of '),
    ('cited_recommendation', 'Tambrea reduce the number of supporting signatures required '),
    ('cited_recommendation', '” that municipalities develop foster care but gives them no '),
    ('cited_recommendation', 'The Register of Associations now decides on applications fas'),
    ('cited_recommendation', "Recommendation – the paragraph number in the Working Group's"),
    # heldout18-19: sentences about the report or its tables ("It follows the structure of the Convention ..."),
    # the State's report quoted on a recommendation, a request to delegations, a decision's heading ("Views of the
    # Human Rights Committee adopted in 2021"), a clause of a compound request, a PDF paragraph run together with
    # its inline sub-items
    (C, 'guarantee to all detained persons, from the very outset of t'),
    (C, 'reduce the duration of restraint where clinically possible'),
    (C, 'Вместе с тем в докладе государства-участника почти нет сведе'),
    (C, 'It follows the structure of the Convention and refers to the'),
    (C, 'The Government states that this recommendation “has been ful'),
    (C, 'This development runs directly against the Committee’s recom'),
    (C, 'Views of the Human Rights Committee adopted in 2021 (violati'),
    ('recommendation', 'We also invite delegations to raise these concerns in their '),
    (C, "The Special Rapporteur's recommendation, quoted in our state"),
    (C, 'Однако в большинстве областей, которых касались рекомендации'),
    (C, 'The Government adopted a National Human Rights Action Plan 2'),
    # heldout17: an introduction to a recommendations table; a clause of a status sentence; a Bar Council's
    # guidance; the Prosecutor General's instruction to regional prosecutors ("Генеральный прокурор рекомендовал");
    # two summary sentences of a tracker
    ("recommendation", "The table below sets out our recommendations to the State pa"),
    (C, "often on the request of the father alone."),
    (C, "refrain from public comment on pending cases"),
    (C, "усилить надзор за соблюдением сроков составления протоколов "),
    (C, "The only completed recommendation, on the licensing of onlin"),
    (C, "The recommendations of the special procedures add detail to "),
    # heldout14: a summary of several of the Committee's recommendations with their status, no request of its own
    ("cited_recommendation", "Однако ключевые рекомендации Комитета, касающиеся определени"),
    # asks the Committee for a grade, not the State for an action
    ("recommendation", 'Assess the implementation of paragraphs 14 and 33 as "D" (me'),
    # sentences that speak of recommendations without reporting one
    ("cited_recommendation", "instead of implementing the recommendation of the Committee,"),
    ("cited_recommendation", "Following the third cycle of the UPR in 2020, Karatau suppor"),
    # heldout6
    ('question', 'How many persons have been fined or prosecuted for failing t'),
    # heldout8
    ('recommendation', 'At present eight of the fourteen regions have no shelter at '),
    (C, 'В 2024 году была введена обязательная видеофиксация допросов'),
    # heldout9 and heldout10 (leftovers after the general fixes; BEFORE numbers in bench/results history)
    (C, "the Committee's key recommendations on the definition of tor"),
    (C, 'Recommendation of Special Rapporteur concerning future shutd'),
    (C, 'In general, from 5 recommendations of the Committee concerni'),
    ('recommendation', 'Насилие в отношении женщин (статьи 2, 5 и 16; общая рекоменд'),
    (C, 'The first of these recommendations was partially implemented'),
    # heldout11: the reported clauses of the whole-sentence gold units above, and a note on the report's scope
    ("cited_recommendation", "the State party take all measures necessary to safeguard the"),
    ("cited_recommendation", "to repeal article 274 of the Criminal Code."),
    ("cited_recommendation", "отменить обязательную государственную регистрацию религиозны"),
    ("cited_recommendation", "repeal the ten-day notification requirement."),
    ("cited_recommendation", "lower the minimum membership requirement for the registratio"),
    # heldout12: the reported clauses of the whole-sentence gold units above; a court quoting the Committee's
    # Views; the State's report counting paragraphs on recommendations
    (C, "ratify the ILO Indigenous and Tribal Peoples Convention, 198"),
    (C, "review the Cybercrime Act in consultation with civil society"),
    (C, "decriminalise defamation"),
    (C, "о принятии всеобъемлющего антидискриминационного закона."),
    (C, "bring the Law on Assemblies into line with international sta"),
    (C, "In 2023 the Constitutional Court held that the Views of the "),
}
# cited units whose mechanism is known to differ from the gold: (document, first words of the gold text)
KNOWN_MECHANISM: set[tuple[str, str]] = {
    # heldout72: an HRC paragraph quoted in a thread's tweet after '2019 recommendation:'
    ('hrc-review-thread-lirvania.html', 'reform the High Council of Justice'),
    # heldout69/70: a CAT paragraph cited in an SPT follow-up section; a UPR recommendation named by its State
    # and number in an OCR'd report
    ('spt-cat-follow-up-pelvonia.docx', 'ensure that all deaths in custody'),
    ('cat-alternative-report-ormezia-2013.txt', 'создать эффeктивный и независимый национальный превентивный'),
    # heldout66/68: a CAT recommendation in a letter that cites the Human Rights Committee first; an HRC
    # recommendation in a LaTeX report read as 'other'
    ('talvesh-centre-letter-wgad-srt-2026.pdf', 'to take all necessary measures to'),
    ('tolmeria-hrc-implementation-assessment.pdf', 'ensure that pre-trial detention is an'),
    # heldout64: a UPR recommendation reported as 'Испания и Мексика рекомендовали Ковыльнии «...» (115.95)'
    ('upr-implementation-kovylnia.html', 'Принять специальный закон о предупреждении домашнего'),
    # heldout57-59: a matrix's UPR rows under a Human Rights Committee title, CAT rows in an annual report's
    # HRC chapter, a form's paraphrase 'The recommendation to amend ...', an SR visit report cited as a body's
    ('vartovy-annual-report-2025.pdf', 'take urgent measures to reduce overcrowding'),
    ('vartovy-annual-report-2025.pdf', 'provide the national preventive mechanism with'),
    ('cat-loipr-form-tezharia.html', 'amend article 208 of the Criminal'),
    ('follow-up-matrix-yaskoria.pdf', 'Continue efforts to bring conditions of'),
    ('follow-up-matrix-yaskoria.pdf', 'Reduce the use of pre-trial detention'),
    ('follow-up-matrix-yaskoria.pdf', 'Criminalize domestic violence as a separate'),
    ('follow-up-matrix-yaskoria.pdf', 'Extend a standing invitation to all'),
    ('hrc60-sr-indigenous-sevrolia.docx', 'abolish the requirement of entry in'),
    # heldout53-56: a CERD submission's table under "Previous recommendation" read as another body's (and a
    # CEDAW recommendation cited in the CERD chapter); States named after a quote in a news article; "several
    # States" in minutes
    ('cerd-submission-karsuvia.docx', 'Adopt a comprehensive anti-discrimination law that'),
    ('cerd-submission-karsuvia.docx', 'bring the Human Rights Commissioner into'),
    ('cerd-submission-karsuvia.docx', 'ensure that Sarnach women have access'),
    ('ombudsperson-consultation-minutes-brelovia.txt', 'adopt an anti-discrimination law'),
    # heldout46: a subject that names two committees ("Комитет против пыток ... пошел дальше Комитета по правам
    # человека и рекомендовал ..."), read as "other"
    ('mirogoria-follow-up-statement.txt', 'ратифицировать Факультативный протокол к Конвенции против'),
    # heldout42/44: Mexico's UPR recommendation reported as "Рекомендацию Мексики отменить ... Жанатерек принял к
    # сведению" (the State in the genitive after the noun, read as "other"), and the Committee's own earlier
    # recommendation that a welcomed law "gives effect to its 2018 recommendation that the State party “establish
    # ...”" (read as "other": "its" stands for the Committee named in the sentence before)
    ('coalition-digest-zhanaterek.txt', 'отменить уголовную ответственность за клевету и'),
    ('press-release-belomyria-hrc.html', 'establish an independent national human rights'),
    # heldout35: the ILO's Committee of Experts by its short name ("the Committee of Experts asked that the Government
    # provide ..."), read as the report's own Committee (CEDAW)
    ('joint-submission-cedaw-qumdaria.pdf', 'the Government provide statistics on the'),
    # heldout34: the Aarhus Convention's Special Rapporteur on environmental defenders (a UNECE mechanism, "other"),
    # read as a UN special procedure
    ('joint-letter-special-procedures-tasmolia.docx', 'to refrain from any action that'),
    # ... and a quotation after "One recommendation has been implemented in full:" whose body, the ODIHR mission, the
    # paragraphs before named
    ('osce-hdc-statement-kendirlia.txt', 'The results protocols of each polling'),
    # heldout22: a request of "several United Nations bodies, among them the Committee on Economic, Social and Cultural
    # Rights" read as CESCR; a bare "the Committee" in a written statement to the Human Rights Council read as CESCR,
    # because agenda item 3's title lists "economic, social and cultural rights" (reading it as the Human Rights
    # Committee, as the sentence before named it, makes the report's "articles 9 and 14 of the Covenant" count, and
    # its closing recommendations then take that last topic's articles: article F1 0.722 -> 0.704 on the set)
    ('cerd-shadow-report-orlovane.txt', 'adopt a national strategy for the'),
    ('sr-written-statement-estravenne.pdf', 'release the journalists Tamsin Orel and'),

    # heldout21: the Council for a mandate's request; the OSCE/ODIHR for "other"; CAT's rapporteur as "other"
    ('ru-cat-shadow-report-kyrattau.pdf', 'обеспечить, чтобы должностные лица, подозреваемые в'),
    ('ru-cat-shadow-report-kyrattau.pdf', 'не высылать лиц, ищущих убежища, из'),
    ('ru-sr-visit-briefing-durmenia.md', 'существенно снизить минимальное число учредителей, необходимое'),
    # heldout20: the Council's resolution for a mandate's request; a UPR recommendation named in a Russian table
    ('sr-visit-briefing-ystrava.md', 'abolish criminal liability for taking part'),
    ('sr-visit-briefing-ystrava.md', 'ensure that the Register of Associations'),
    ('sr-visit-briefing-ystrava.md', 'amend the Law on Public Events'),
    # heldout18-19: a CEDAW request after a Russian lead-in read as "other"; a Special Rapporteur's request read as
    # the Council's (the report was presented to it)
    ('ru-cedaw-alternative-report-belogoria.pdf', 'обеспечить наличие достаточного количества доступных приютов'),
    # heldout17: a Russian UPR recommendation by Norway ("Норвегия рекомендовала Тогузарии «ратифицировать ...»")
    # read as "other"; a Special Rapporteur's letter ("In a letter to the Government she urged ...") read as "other"
    ("ru-cat-alternative-report-toguzaria.txt", "ратифицировать Факультативный протокол к Конвенции против"),
    ("upr-implementation-tracker-tevanor.html", "release the journalists detained for their"),
    # heldout13 and later: the mechanism of a request read from its context
    ('ru-upr-joint-submission-zarechia.md', 'отменить требование о проведении собраний исключительно'),
    ("upr-session-review-belsaria.txt", "Belsaria had not implemented the recommendations"),  # the UPR by context
    ('ru-osce-hdim-statement-tobolia.txt', 'отказаться от введения разрешительного порядка для'),
}


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _match(gold: list[dict], pred: list[dict]) -> tuple[list[dict], list[dict], list[tuple[dict, dict]]]:
    """Greedy one-to-one matching by Jaccard: (unmatched gold, unmatched predictions, pairs)."""
    gs, ps = [_shingles(g["text"]) for g in gold], [_shingles(p["text"]) for p in pred]
    cand = sorted(((_jaccard(a, b), i, j) for i, a in enumerate(gs) for j, b in enumerate(ps)), reverse=True)
    ug: set[int] = set()
    up: set[int] = set()
    pairs = []
    for sim, i, j in cand:
        if sim >= 0.5 and i not in ug and j not in up:
            ug.add(i)
            up.add(j)
            pairs.append((gold[i], pred[j]))
    return ([g for i, g in enumerate(gold) if i not in ug], [p for j, p in enumerate(pred) if j not in up], pairs)


@functools.cache
def _outcome(gold_file: Path) -> tuple[str, list[tuple], list[tuple], list[tuple]]:
    """(document, missed gold units, extra predictions, wrong mechanisms) of one fixture."""
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    name = gold[0]["doc"]
    ex = extract(read_path(gold_file.parent / name))
    # heldout19 holds two treaty-body concluding observations among the NGO reports; heldout27 is concluding
    # observations and a follow-up assessment
    assert ex.doc_type == ("concluding_observations" if "concluding-observations" in name
                           else "followup_assessment" if name.startswith("ru-hrc-followup-report") else "ngo_report")
    pred = [{"kind": u.kind, "text": u.text, "mechanism": u.mechanism} for u in ex.units]
    missed, extra, mech_wrong = [], [], []
    for kind in ("recommendation", "question", "cited_recommendation"):
        g = [x for x in gold if x["kind"] == kind]
        p = [x for x in pred if x["kind"] == kind]
        m, e, pairs = _match(g, p)
        missed += [(name, kind, " ".join(x["text"].split()[:6])) for x in m]
        extra += [(kind, x["text"][:60]) for x in e]
        if kind == "cited_recommendation":
            mech_wrong += [(name, " ".join(gx["text"].split()[:6]), px["mechanism"], gx["mechanism"])
                           for gx, px in pairs if gx["mechanism"] != px["mechanism"]]
    return name, missed, extra, mech_wrong


@pytest.mark.parametrize("gold_file", GOLD, ids=[g.name.split(".")[0] for g in GOLD])
def test_heldout_units(gold_file: Path) -> None:
    name, missed, extra, mech_wrong = _outcome(gold_file)
    assert [m for m in missed if m not in KNOWN_MISSES] == []
    assert [x for x in extra if x not in KNOWN_EXTRA] == []
    assert [m for m in mech_wrong if m[:2] not in KNOWN_MECHANISM] == []
    # a known miss or mechanism that is now right: take it off the list so that it cannot hide a later regression
    assert [k for k in KNOWN_MISSES if k[0] == name and k not in missed] == []
    assert [k for k in KNOWN_MECHANISM if k[0] == name and k not in {m[:2] for m in mech_wrong}] == []


def test_known_extras_still_happen() -> None:
    # known extras name no document, so they are checked over all fixtures at once (cached from the test above)
    seen = {x for g in GOLD for x in _outcome(g)[2]}
    assert sorted(KNOWN_EXTRA - seen) == []
