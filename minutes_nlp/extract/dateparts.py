"""The pieces `dates.py` is built from: the regex shapes made from the vocabulary of `dates.json` (the
vocabulary itself and `alt` are in `datevocab.py`, re-exported here; calendar arithmetic is in `datecalc.py`).

Kept apart so the shapes (code) and the words (data) stay separate and each file stays small.
"""

from __future__ import annotations

import re
from typing import Any

from minutes_nlp.extract import datefiscal
from minutes_nlp.extract.datevocab import Vocab as Vocab
from minutes_nlp.extract.datevocab import alt as alt
from minutes_nlp.extract.datevocab import key as key

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
         "XII": 12}


# ---------------------------------------------------------------- shapes

L, R = r"(?<![\w/])", r"(?![\w/])"
NO_YEAR_RANGE = r"(?!\s+(?:19|20)\d\d\s?[–-]\s?(?:19|20)?\d\d)"  # "na léta 2025–2027": years, not a summer


def patterns(v: Vocab) -> list[tuple[str, str]]:
    """(rule name, regex) pairs; order breaks ties between equally long matches."""
    months = _months(v)
    wd = rf"(?:(?P<wc>{alt(v.data.get('week_of_prefixes', []))})\s+)?"  # "w/c 24 March": that working week
    wd += rf"(?:(?:(?:{alt(v.words('weekday_prefixes'))})\s+)?(?P<wdn>{alt(v.words('weekdays'))}),?\s+)?"
    wd += rf"(?:{alt(v.words('day_prefixes'))}\s+)?"
    end_of = alt(v.words("end_of"))
    endof = rf"(?:(?P<endof>{end_of})\s+)?"
    year4 = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    split = r"(?:\s?/\s?(?P<ys>\d\d|\d{4})(?!\d))?"  # "the first quarter of 2025/26": a split (financial) year
    fiscal = datefiscal.year_pattern(v, short_split=True)  # "Q2 FY2026", "H1 of FY25", "Q4 25/26"
    year = rf"(?:\s*(?:of\s+|,\s*)?{fiscal}|\s*[/-]\s*(?P<y2>\d\d)(?!\d)|" \
           rf"\s*(?:{alt(v.words('year_connectors'))}\s*)?{year4}{split}|" \
           rf"\s+(?P<yrel>{alt(v.words('month_year_words'))}))?"  # "ve 2. čtvrtletí příštího roku"
    ords = alt(v.data["ordinals"].keys())
    qw, hw = alt(v.words("quarter_words")), alt(v.words("half_words"))
    dur = v.data["durations"]
    units, bare = alt(v.words("durations", "units")), alt(v.words("durations", "bare_units"))
    y_by, y_in = alt(v.data["year_prefixes"]["by"]), alt(v.data["year_prefixes"]["in"])
    parts, m_pre = alt(v.words("month_parts")), alt(v.words("month_prefixes"))
    no_day = "" if _is_czech_style(v) else r"(?!\.?\s*\d{1,2}(?!\d))"  # "by March 3" and "by Mar. 3" are days
    out = [
        ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
        ("numeric", rf"{wd}(?P<a>\d{{1,2}})\s{{0,2}}(?P<s>[./-])\s{{0,2}}(?P<b>\d{{1,2}})\s{{0,2}}(?P=s)"
                    rf"\s{{0,2}}(?P<y>\d{{4}}|\d\d)(?![\d.]\d)"),
        ("day_month_name", rf"{wd}(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?(?:\s*|-)(?:of\s+)?(?P<mn>{months}),?"
                           rf"(?:\s+{year4}|-(?P<y2>\d\d)(?!\d))?"),  # "30-Apr-24": action logs kept in spreadsheets
        ("month", rf"(?:(?P<endof>{end_of})|(?P<part>{parts})|{m_pre})(?:\s+|-)(?:{alt(v.words('month_nouns'))}\s+)?"
                  rf"(?P<mn>{months}){no_day}"
                  rf"(?:,?\s+{year4}|\s+(?P<yrel>{alt(v.words('month_year_words'))}))?"),
        ("month_year", rf"(?P<mn>{months})(?:,?\s+{year4}|-(?P<y2>\d\d)(?!\d))"),
        ("quarter", rf"{endof}(?:(?P<qn>[1-4])\s?\.?\s?{qw}|(?P<qo>{ords})\s+{qw}|Q\s?(?P<q2>[1-4])|"
                    rf"(?P<q3>[1-4])\.?\s?Q){year}"),
        ("half", rf"{endof}(?:(?P<hn>[12])\s?\.\s?{hw}|(?P<ho>{ords})\s+{hw}|H(?P<h2>[12])){year}"),
        ("year", rf"(?:(?P<yby>{y_by})|{y_in})\s+{year4}(?!-\d\d?-)"),
        ("end_of_period", rf"(?P<endof>{end_of})\s+(?P<per>{alt(v.words('end_of_periods'))})(?:\s+{year4})?"),
        ("relative", rf"(?P<rel>{alt(v.words('relative_periods'))})"),
        ("unnamed_year", rf"(?P<un>{alt(v.data.get('unnamed_year', {}).get('forms', []))})(?!\s*\d)"),
        ("duration", rf"{alt(dur['prefixes'])}\s+(?:{_counted_number(dur)}\s+(?P<u>{units})|"
                     rf"(?P<bu>{bare})){_counted_on(v, months)}"),
        ("holiday", rf"(?:(?P<endof>{end_of})|(?P<rel>{alt(v.words('holiday_relations'))}))\s+"
                    rf"(?P<hol>{alt(_holiday_forms(v))}){NO_YEAR_RANGE}"
                    rf"(?:\s+{year4})?"),
        *_season_shapes(v, end_of, year4),
        *_current_period_shapes(v, end_of),
        *_month_meeting_shapes(v, months, m_pre, year4),
        *_season_meeting_shapes(v),
        ("relative_day", rf"(?P<rd>{alt(v.words('relative_days'))})"),
        *_part_and_day_shapes(v, months, year4),
        *_iso_week_shapes(v, endof, year4),
        ("next_meeting", alt(v.words("next_meeting"))),
        ("next_meeting_shape", next_meeting_shape(v)),
        ("continuous", alt(v.words("continuous"))),
        ("continuous_adverb", _continuous_adverb(v)),
        ("immediate", alt(v.words("immediate"))),
    ]
    out[3:3] = _language_shapes(v, wd, months, year4)
    return [(name, L + rx + R) for name, rx in out]


def _season_shapes(v: Vocab, end_of: str, year4: str) -> list[tuple[str, str]]:
    """Seasons and academic / financial years and terms: "školní rok 2024/2025", "by the end of term"."""
    seasons, seasons_pre = alt(_season_forms(v)), alt(v.data.get("season_prefixes", []))
    split_year = r"(?:\s?/\s?(?:\d{4}|\d\d))?"  # "školní rok 2024/2025", "financial year 2023/24"
    season_next = rf"(?:(?P<snext>{alt(v.data.get('season_next', []))})\s+)?"
    no_years = NO_YEAR_RANGE
    return [
        ("season", rf"(?:(?P<endof>{end_of})\s+|{seasons_pre}\s+)?(?P<se>{seasons}){no_years}\s+{year4}{split_year}"),
        # "by the end of FY2026", never "the FY26 budget": a prefix makes the financial year a deadline
        ("fiscal_year", rf"(?:(?P<endof>{end_of})\s+(?:the\s+)?|{seasons_pre}\s+){datefiscal.year_pattern(v)}"),
        ("season_split_first", rf"(?:(?P<endof>{end_of})\s+|{seasons_pre}\s+)?(?:the\s+)?{year4}\s?[/–-]\s?"
                               rf"(?:\d{{4}}|\d\d)\s+(?P<se>{seasons})"),  # "by the end of the 2024/25 financial year"
        ("season_prefixed", rf"(?:(?P<endof>{end_of})|{seasons_pre})\s+{season_next}(?P<se>{seasons}){no_years}"),
        ("season_next", rf"{season_next}(?P<se>{seasons}){no_years}"),
        ("season_bare", rf"(?P<se>{alt(_season_forms(v, bare=True))}){no_years}"),
    ]


def _month_meeting_shapes(v: Vocab, months: str, m_pre: str, year4: str) -> list[tuple[str, str]]:
    """A range of months, a weekday deadline, and the meeting of a month ("na zářijovém jednání")."""
    mm = v.data.get("month_meeting", {})
    mm_nouns = alt(mm.get("nouns", []))
    return [
        ("month_range", rf"(?:{m_pre}\s+)?(?:období\s+|the\s+period\s+)?(?P<mn>{months})\s*"
                        rf"{alt(v.data.get('month_range_separators', []))}\s*(?P<mn2>{months})(?:,?\s+{year4})?"),
        ("weekday", rf"{alt(v.data.get('weekday_deadline_prefixes', []))}\s+(?P<wd>{alt(v.words('weekday_names'))})"
                    rf"(?!\s*,?\s*\d)(?:\s+(?P<wnext>{alt(v.data.get('weekday_next_week', []))}))?"),
        ("month_meeting", rf"{alt(mm.get('prefixes', []))}\s+(?P<mn>{months})"
                          rf"(?:(?!\.?\s*\d)|\s+{year4}(?=\s+{mm_nouns}))(?:\s+{mm_nouns})?"),
        ("month_meeting_strict", rf"{alt(mm.get('strict_prefixes', []))}\s+(?P<mn>{months})\s+{mm_nouns}"),
        ("month_meeting_bare", rf"(?P<mn>{months})(?:,?\s+{year4})?\s+{alt(mm.get('bare_nouns', []))}"),
        ("month_meeting_body", rf"{alt(mm.get('body_prefixes', []))}\s+{alt(mm.get('bodies', []))}\s+"
                               rf"{alt(mm.get('month_prepositions', []))}\s+(?P<mn>{months})(?!\.?\s*\d)"),
        *([("month_meeting_report", rf"{alt(mm['report_prefixes'])}\s+(?P<mn>{months})(?!\.?\s*\d)")]
          if mm.get("report_prefixes") else []),
    ]


def _season_meeting_shapes(v: Vocab) -> list[tuple[str, str]]:
    """ "to the autumn meeting", "na podzimním zasedání": the next meeting, named by its season."""
    sm = v.data.get("season_meeting")
    if not sm:
        return []
    forms = [f for name in sm["seasons"] for f in v.data["seasons"][name]["forms"]]
    forms += [stem + e for stem in sm.get("adjectives", {}).values() for e in sm.get("endings", [])]
    return [("season_meeting", rf"(?:{alt(sm['prefixes'])}\s+)?(?P<sm>{alt(forms)})\s+{alt(sm['nouns'])}")]


def _language_shapes(v: Vocab, wd: str, months: str, year4: str) -> list[tuple[str, str]]:
    """Czech writes "31. 3." and "15. XII. 2020"; English writes "March 15"."""
    if not _is_czech_style(v):
        short = alt(v.data.get("short_numeric_prefixes", []))
        return [("month_day_name",
                 rf"{wd}(?P<mn>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{year4})?"),
                ("short_numeric", rf"(?:(?P<wc>{alt(v.data.get('week_of_prefixes', []))})\s+|{short}\s*)"
                                  rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})")]
    roman = "|".join(sorted(ROMAN, key=len, reverse=True))
    month = rf"(?:\d{{1,2}}|(?-i:{roman}))"
    nm = v.data.get("numeric_month", {})  # after a deadline label, or alone in a cell: "č. 4/2024" is a number
    mm = rf"(?P<nm>{month})(?:\s?[–-]\s?(?P<nm2>{month}))?\s?/\s?{year4}"
    cell = rf"{month}(?:\s?[–-]\s?{month})?\s?/\s?(?:19|20)\d\d\s*$"
    return [("day_month", rf"{wd}(?P<a>\d{{1,2}})\.\s?(?P<b>\d{{1,2}})\.(?!\s?\d)(?!\s*h)"),
            ("roman", rf"{wd}(?P<d>\d{{1,2}})\.\s?(?-i:(?P<rm>{roman}))\.\s?(?:{year4})?"),
            ("numeric_month", rf"(?:^\s*(?={cell})|{alt(nm.get('prefixes', []))}\s*){mm}")]


def _months(v: Vocab) -> str:
    """Month names; case-sensitive where the language capitalises them (English "may" is a verb)."""
    words = v.words("months")
    if not v.data.get("months_capitalised"):
        return alt(words)
    forms = [w[:1].upper() + w[1:] for w in words] + [w.upper() for w in words]
    parts = [re.escape(w) for w in sorted(set(forms), key=len, reverse=True)]
    return "(?-i:" + "|".join(parts) + ")"


def _is_czech_style(v: Vocab) -> bool:
    """Languages that write "31. 3." (day, dot, month, dot) without a year; English writes month names."""
    return bool(v.data.get("roman_months"))


def _season_forms(v: Vocab, bare: bool = False) -> list[str]:
    """Season (and academic term) forms; `bare`: only those that date a sentence without a preposition
    ("Spring term"), since a bare "spring" or "jaro" is as often a noun as a date."""
    return [f for name, spec in v.data.get("seasons", {}).items()
            if name != "_about" and (spec.get("bare") or not bare) for f in spec["forms"]]


def _counted_number(dur: dict[str, Any]) -> str:
    """The number of a duration, also in the double form of legal and formal writing, the number in words with
    the digits in brackets or the other way round ("within fourteen (14) days", "do 30 (třiceti) dnů",
    "within twenty-one (21) calendar days"): the digits are the number whether or not the word is in the data."""
    words = alt(dur["numbers"])
    spelled = r"(?:[^\W\d_]+(?:-[^\W\d_]+)?\s*\((?=\d{1,3}\)))?"  # "fourteen (" before "14)"
    echo = r"(?:(?<=\d)\)|\s*\((?:\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)?)\))?"  # ")" or " (třiceti)" after it
    return rf"{spelled}(?P<n>\d{{1,3}}|{words}){echo}"


def _counted_on(v: Vocab, months: str) -> str:
    """ "within 14 days of 1 October": a duration counted from a date that follows is an offset of that date
    (`datecontext.counted_from`), not a window from the meeting."""
    words = alt(v.data.get("offsets", {}).get("after", []) + v.data.get("offsets", {}).get("before", []))
    return rf"(?!\s+{words}\s+(?:the\s+)?(?:\d|{months}))"


def _current_period_shapes(v: Vocab, end_of: str) -> list[tuple[str, str]]:
    """ "by the end of term", "during this semester": the term the meeting falls in (English data only)."""
    cp = v.data.get("current_periods")
    if not cp:
        return []
    forms = alt([f for spec in cp["kinds"].values() for f in spec["forms"]])
    return [("current_period", rf"(?:(?P<endof>{end_of})|{alt(cp['prefixes'])})\s+(?P<cur>{forms})(?!\s+of\b)"),
            ("current_period_bare", rf"(?P<cur>{alt(cp['bare'])})(?!\s+of\b)")]


def _holiday_forms(v: Vocab) -> list[str]:
    return [f for spec in v.data["holidays"].values() for f in spec["forms"]]


def cue_pattern(v: Vocab) -> str:
    """Text right before a date that makes it a deadline: "nejpozději do", "termín:", "by"."""
    return rf"(?<!\w){alt(v.words('deadline_cues'))}\s*[:–-]?\s*$"


def _part_and_day_shapes(v: Vocab, months: str, year4: str) -> list[tuple[str, str]]:
    """ "koncem roku 2021", "mid-2025", "na zářijovém jednání", "by the 15th"."""
    yp = v.data.get("year_parts", {})
    parts = alt([w for k, forms in yp.items() if k not in ("_about", "nouns") for w in forms])
    out = [("year_part", rf"(?P<part>{parts})(?:\s+|-)(?:{alt(yp.get('nouns', []))}\s+)?{year4}"),
           ("year_part_rel", rf"(?P<part>{parts})\s+(?P<per>{alt(v.words('end_of_periods', 'year'))})")]
    adj = v.data.get("month_adjectives")
    sh = v.data.get("next_meeting_shape")
    if adj and sh:
        forms = [stem + e for stem in adj["stems"].values() for e in adj["endings"]]
        out.append(("month_adj_meeting", rf"(?:{alt(sh['prepositions'])}\s+)?(?P<ma>{alt(forms)})\s+"
                                          rf"{alt(sh['nouns'] + sh['body_nouns'])}"))
    dop = v.data.get("day_of_period")
    if dop:  # "do 10. dne následujícího měsíce"
        out.append(("day_of_period", rf"(?P<d>\d{{1,2}})\.\s*{alt(dop['nouns'])}\s+"
                                     rf"(?P<per>{alt(v.words('end_of_periods', 'month'))})"))
    dom = v.data.get("day_of_month")
    if dom:
        out.append(("day_of_month", rf"{alt(dom['prefixes'])}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)"
                                    rf"(?!\s*(?:of\s+)?{months})"))
    return out


def _iso_week_shapes(v: Vocab, endof: str, year4: str) -> list[tuple[str, str]]:
    """ "v 23. týdnu", "do 22.–23. týdne": a deadline named by its ISO calendar week (and a range of weeks)."""
    iw = v.data.get("iso_weeks")
    if not iw:
        return []
    sep = alt(v.data.get("month_range_separators", []))
    num, num2 = r"(?P<wn>\d{1,2})\.", rf"(?:\s?{sep}\s?(?P<wn2>\d{{1,2}})\.)?"
    guard = "".join(rf"(?<!{re.escape(w)}\s)" for w in iw.get("not_after", []))
    year = rf"(?:,?\s*(?:{alt(v.words('year_connectors'))}\s*)?{year4})?"
    return [("iso_week", rf"{endof}{guard}{num}{num2}\s?{alt(iw['nouns'])}{year}")]


def next_meeting_shape(v: Vocab) -> str:
    """ "na příštím řádném zasedání", "at the next full Council meeting": the next meeting by its parts."""
    sh = v.data.get("next_meeting_shape")
    if not sh:
        return "(?!x)x"
    prep = rf"(?:{alt(sh['prepositions'])}\s+)" + ("" if sh.get("preposition_required") else "?")
    det = rf"(?:{alt(sh['determiners'])}\s+)?"
    qual = alt(sh["qualifiers"]) + (r"|(?-i:[A-Z][\w'&-]*)" if sh.get("capitalised_qualifier") else "")
    if sh.get("qualifier_endings"):  # "na příští pedagogické radě": an adjective by its case ending
        qual += rf"|[^\W\d_]{{2,}}(?:{alt(sh['qualifier_endings'])})(?!\w)"
    quals = rf"(?:(?:{qual})\s+){{0,2}}"
    meeting = rf"{alt(sh['adjectives'])}\s+{quals}{alt(sh['nouns'])}"
    if sh.get("noun_not_before"):  # "the next call for proposals" is no meeting
        meeting += rf"(?!\s+{alt(sh['noun_not_before'])}(?!\w))"
    roles = alt(sh.get("acronym_not", []))  # "to the next CEO" is a person
    caps = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
    acronym = rf"|(?!{roles}(?!\w))(?-i:[{caps}][{caps}&]{{1,5}})" if sh.get("acronym_body") else ""
    body = rf"{alt(sh['strong_adjectives'])}\s+{quals}(?:{alt(sh['body_nouns'])}{acronym})"
    body += rf"(?!\s+{alt(sh.get('body_not_before', []))}(?!\w))"  # "the next board member" is no meeting
    by_body = rf"{alt(sh['prepositions'])}\s+{det}{body}"  # a body named alone needs its preposition
    return rf"(?:{prep}{det}{meeting}|{by_body})"


def _continuous_adverb(v: Vocab) -> str:
    """ "will inspect the roof weekly and ...": a frequency adverb closing a clause or before a preposition or
    conjunction is a standing duty; before a noun it is an adjective ("the weekly bulletin")."""
    ca = v.data.get("continuous_adverbs")
    if not ca:
        return "(?!x)x"
    return rf"(?P<ca>{alt(ca['words'])})(?=\s*(?:[.;,:)]|$)|\s+(?:{alt(ca['followers'])})(?!\w))"


def offset_pattern(v: Vocab) -> str:
    """Text right before a date that counts from it: "at least ten days before the", "14 dní před"."""
    off, dur = v.data.get("offsets", {}), v.data["durations"]
    prefix = rf"(?:{alt(off.get('prefixes', []))}\s+)?"
    article = rf"(?:{alt(off.get('articles', []))}\s+)?"
    number = rf"(?P<n>\d{{1,3}}|{alt(dur['numbers'])})\s+(?P<u>{alt(v.words('durations', 'units'))})"
    relation = rf"(?P<rel>{alt(off.get('before', []) + off.get('after', []))})"
    return rf"(?<!\w){prefix}{number}\s+{relation}\s+{article}$"


def range_patterns(v: Vocab) -> tuple[str, str, str]:
    """The words opening a period right before its first date ("od", "from"), the join between its two
    dates, and a period's opening words at the start of its text."""
    r = v.data.get("ranges", {})
    starts = alt(r.get("starts", []))
    return rf"(?<!\w){starts}\s+$", rf"\s*{alt(r.get('joins', []))}\s*", rf"^{starts}\s"


def continuation_pattern(v: Vocab) -> str:
    """A sentence opening that restates the previous sentence's timing ("Tj.", "i.e.")."""
    return rf"^\W*{alt(v.data.get('continuations', {}).get('starts', []))}(?!\w)"
