"""Finding date expressions in a sentence and resolving them against the article's date.

An expression resolves to a `DateValue` as precise as the text allows: a day
(xsd:date), a month (xsd:gYearMonth) or a year (xsd:gYear). Relative expressions
("बुधवार को", "कल", "पिछले साल जून में") need the article's own date; without it they
resolve to nothing rather than to a guess.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from kg import lexicon
from kg.document import DateValue
from kg.normalising import fold, words


@dataclass(frozen=True)
class DateExpression:
    """A date expression found in text, not yet resolved."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO weekday, 1 = Monday
    shift_days: int | None = None  # कल, आज, परसों
    shift_years: int | None = None  # पिछले साल …
    shift_months: int | None = None  # पिछले महीने
    shift_weeks: int | None = None  # पिछले सप्ताह
    same_day: bool = False  # उसी दिन: the day named just before it
    ago: bool = False  # "दो दिन पहले": before the article's date whatever the verb's tense
    tense: int = 0  # -1 after "गत"/"बीते", +1 after "आगामी"/"अगले": overrides the verb's tense
    after: bool = False  # "दो दिन बाद": counted from the day told before (see kg.events)
    # "22 नवंबर से … सम्मेलन से दो दिन पहले": shift_days counted from this earlier expression
    anchor: "DateExpression | None" = None
    unanchored: bool = False  # "सम्मेलन से दो दिन पहले" with no day named before it: no date
    # "उसी साल दिसंबर में": the month of the year of the date told before (see kg.events)
    same_year: bool = False
    # "दो सप्ताह के भीतर": a window of this many days from `anchor` (or the article's date)
    within_days: int | None = None
    weekend: bool = False  # "सप्ताहांत में": the weekend before (or, planned, after) the article's date

    @property
    def absolute(self) -> bool:
        return self.year is not None


@functools.lru_cache(maxsize=None)
def _calendar():
    data = lexicon.load("calendar")
    months = {fold(name): number for number, names in data["months"].items() for name in names}
    weekdays = {fold(name): number for number, names in data["weekdays"].items() for name in names}
    days = {tuple(fold(k).split()): v for k, v in data["relative_days"].items()}
    periods = {tuple(fold(k).split()): v for k, v in data["relative_periods"].items()}
    days.update({tuple(fold(k).split()): "same" for k in data.get("same_day", [])})
    return months, weekdays, days, periods


@functools.lru_cache(maxsize=None)
def _short_weekdays() -> dict[str, int]:
    """Return the short weekday names that are weekdays only right before को ("पीर को")."""
    return {fold(k): int(v) for k, v in lexicon.load("calendar").get("short_weekdays", {}).items()}


@functools.lru_cache(maxsize=None)
def _same_year_words() -> frozenset:
    """Return the phrases that put a month in the year told before ("उसी साल", "उस वर्ष")."""
    return frozenset(tuple(fold(k).split()) for k, v in lexicon.load("calendar").get("same_period", {}).items() if v == "year")


@functools.lru_cache(maxsize=None)
def _days_ago():
    """Return the number words and the "N दिन/महीने/साल पहले" phrases of the calendar data,
    each phrase with the unit it counts ("days", "months", "years")."""
    data = lexicon.load("calendar")
    numbers = {fold(k): int(v) for k, v in data.get("number_words", {}).items()}
    phrases = [(tuple(fold(p).split()), unit) for unit in ("days", "months", "years") for p in data.get(f"{unit}_ago", [])]
    phrases += [(tuple(fold(p).split()), "after") for p in data.get("days_after", [])]
    phrases += [(tuple(fold(p).split()), "weeks") for p in data.get("weeks_ago", [])]
    phrases += [(tuple(fold(p).split()), "weeks_after") for p in data.get("weeks_after", [])]
    phrases += [(tuple(fold(p).split()), "decades") for p in data.get("decades_ago", [])]
    return numbers, phrases


@functools.lru_cache(maxsize=None)
def _starters() -> frozenset:
    """Return the words other than numbers that can begin a date expression: month and
    weekday names, number words, and the first words of relative days and periods."""
    months, weekdays, relative_days, periods = _calendar()
    firsts = {key[0] for key in list(relative_days) + list(periods) if key}
    return frozenset(months) | frozenset(weekdays) | frozenset(_days_ago()[0]) | firsts | frozenset(_short_weekdays())


@functools.lru_cache(maxsize=None)
def _tense_markers() -> dict[tuple[str, ...], int]:
    """Return the words that place a date before (-1) or after (+1) the article's date."""
    data = lexicon.load("calendar")
    marks = {tuple(fold(w).split()): -1 for w in data.get("past_markers", [])}
    marks.update({tuple(fold(w).split()): 1 for w in data.get("future_markers", [])})
    return marks


def _tense_before(tokens, i) -> int:
    for (words_, sign) in _tense_markers().items():
        if i >= len(words_) and tuple(t[0] for t in tokens[i - len(words_) : i]) == words_:
            return sign
    return 0


@functools.lru_cache(maxsize=None)
def _clock():
    """Return the pattern of a time of day with a clock time: "शाम 6:40", "सुबह 10 बजे"."""
    parts = sorted(lexicon.load("calendar").get("day_parts", []), key=len, reverse=True)
    names = "|".join(re.escape(unicodedata.normalize("NFC", p)) for p in parts)
    return re.compile(rf"(?<![\w\u0900-\u097F])(?:{names})\s+\d{{1,2}}(?:[:.]\d{{2}}(?:\s*बजे)?|\s*बजे)"
                      # "2:05 PM:", "8:10 AM —": a live blog's entries in English clock style
                      r"|(?<![\d:.])\d{1,2}:\d{2}\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.)(?![\w])")


_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DMY_DASH = re.compile(r"(?<!\d)(\d{1,2})[-/ ]([A-Za-z]{3,9})[-/ ,]+(\d{4})(?!\d)")
# "17/09/2023", "17.09.2023", "13-11-2025": day first, as Indian sites print it (one separator throughout)
_DMY_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
# "2024-25", "2024–25", "2024/25": the tail of a financial year after its first year
_FISCAL_TAIL = re.compile(r"\s*[-–/]\s*(?:\d{2}|\d{4})(?!\d)")
_FISCAL_HEAD = re.compile(r"(?<!\d)\d{4}\s*[-–/]\s*$")
_YEAR_CONTEXT_BEFORE = {"साल", "वर्ष", "सन", "सन्", "year", "in"}
_YEAR_CONTEXT_AFTER = {"में", "तक", "से", "के", "की", "का", "को", "के दौरान", "वर्ष", "ई"}


def _number(token: str) -> int | None:
    if not token[:1].isdecimal():
        return None  # neither digits nor an ordinal ("12th"): most words, no regex needed
    match = _ORDINAL.match(token)
    if match:
        return int(match.group(1))
    return int(token) if token.isdecimal() and len(token) <= 4 else None


def find(text: str, offset: int = 0) -> list[DateExpression]:
    """Return the date expressions in `text`, in order, offsets shifted by `offset`."""
    return list(_find(text, offset))  # a fresh list each call: callers may change theirs


# Event finding reads the dates of a sentence again when it looks back or ahead from its
# neighbours, so the last few thousand sentences' expressions (frozen, so shareable) are kept.
@functools.lru_cache(maxsize=4096)
def _find(text: str, offset: int) -> tuple[DateExpression, ...]:
    return tuple(_find_uncached(text, offset))


def _find_uncached(text: str, offset: int) -> list[DateExpression]:
    months, weekdays, relative_days, periods = _calendar()
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []

    def add(expression: DateExpression) -> None:
        if any(s < expression.end and expression.start < e for s, e in taken):
            return
        found.append(expression)
        taken.append((expression.start, expression.end))

    for match in _ISO.finditer(text):
        y, m, d = map(int, match.groups())
        if _valid(y, m, d):
            add(DateExpression(match.start() + offset, match.end() + offset, match.group(), y, m, d))
    for match in _DMY_DASH.finditer(text):
        m = months.get(fold(match.group(2)))
        d, y = int(match.group(1)), int(match.group(3))
        if m and _valid(y, m, d):
            add(DateExpression(match.start() + offset, match.end() + offset, match.group(), y, m, d))
    for match in _DMY_NUMERIC.finditer(text):
        d, m, y = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if _valid(y, m, d):
            add(DateExpression(match.start() + offset, match.end() + offset, match.group(), y, m, d))

    tokens = [(fold(w), s, e) for w, s, e in words(text)]
    starters = _starters()
    # most words neither are nor begin a date (a number starts with a digit): go from one
    # word that may to the next
    openers = [k for k, (token, _, _) in enumerate(tokens) if token in starters or token[:1].isdecimal()]
    i = 0
    while i < len(tokens):
        at = bisect.bisect_left(openers, i)
        if at == len(openers):
            break
        i = openers[at]
        token, start, end = tokens[i]
        nxt = [t[0] for t in tokens[i + 1 : i + 4]]
        number = _number(token)
        if number is None and token in _days_ago()[0] and len(nxt) > 1 and nxt[0] in months and (
                nxt[1] in ("को", "से", "तक") or (_number(nxt[1]) or 0) >= 1900):
            number = _days_ago()[0][token]  # "पांच जुलाई को"
        expression = None
        # "12 से 14 मई तक", "12-14 मई": a span of days is dated by its first day
        span = None
        if number and 1 <= number <= 31 and len(nxt) >= 3 and nxt[0] in ("से", "और", "व", "एवं", "तथा") and _number(nxt[1]) and nxt[2] in months:
            span = (i + 3, nxt[2], _number(nxt[1]))
        elif number and 1 <= number <= 31 and len(nxt) >= 2 and _number(nxt[0]) and nxt[1] in months \
                and text[end : tokens[i + 1][1]].strip() in ("-", "–", "—"):
            span = (i + 2, nxt[1], _number(nxt[0]))
        if span is not None and (span[2] or 0) >= number:
            last, month_word, _ = span
            month = months[month_word]
            following = tokens[last + 1][0] if last + 1 < len(tokens) else None
            year = _number(following) if following else None
            if year and 1900 <= year <= 2100 and _valid(year, month, number):
                expression = (last + 1, dict(year=year, month=month, day=number))
            else:
                expression = (last, dict(month=month, day=number))
        # 19 जून 2023 / 19 जून
        elif number and 1 <= number <= 31 and nxt and nxt[0] in months:
            month = months[nxt[0]]
            year = _number(nxt[1]) if len(nxt) > 1 else None
            if year and 1900 <= year <= 2100 and _valid(year, month, number):
                expression = (i + 2, dict(year=year, month=month, day=number))
            else:
                expression = (i + 1, dict(month=month, day=number))
        # Sep 17, 2023 / जून 2024 / जून में
        elif token in months and not (token in {"may", "mar", "jun", "jan"} and not _latin_context(tokens, i)):
            month = months[token]
            day = _number(nxt[0]) if nxt else None
            if day and 1 <= day <= 31 and len(nxt) > 1 and (_number(nxt[1]) or 0) >= 1900:
                expression = (i + 2, dict(year=_number(nxt[1]), month=month, day=day))
            elif day and day >= 1900:
                expression = (i + 1, dict(year=day, month=month))
            else:
                shift = _period_before(tokens, i, periods)
                if _month_used_as_date(nxt) and any(
                        tuple(t[0] for t in tokens[max(0, i - len(w)) : i]) == w for w in _same_year_words()):
                    # "उसी साल दिसंबर में": December of the year the story told just before
                    expression = (i, dict(month=month, same_year=True))
                elif shift is not None:
                    span_start, years = shift
                    start = tokens[span_start][1]
                    expression = (i, dict(month=month, shift_years=years))
                elif _month_used_as_date(nxt):
                    expression = (i, dict(month=month))
                elif day and 1 <= day <= 31 and token.isascii():
                    # "July 22": an English month before its day, year from context
                    expression = (i + 1, dict(month=month, day=day))
        elif number and 1 <= number <= 31 and nxt and nxt[0] in _day_of_month_words():
            expression = (i + 1, dict(day=number))  # "24 तारीख को"
            # "इसी महीने की 20 तारीख", "अगले महीने की 5 तारीख": that day of that month
            if i >= 3 and tokens[i - 1][0] in ("की", "के") and tuple(t[0] for t in tokens[i - 3 : i - 1]) in periods \
                    and periods[tuple(t[0] for t in tokens[i - 3 : i - 1])].get("month") is not None:
                expression = (i + 1, dict(day=number, shift_months=periods[tuple(t[0] for t in tokens[i - 3 : i - 1])]["month"]))
        elif token in _short_weekdays() and nxt[:1] == ["को"]:
            expression = (i, dict(weekday=_short_weekdays()[token]))  # "पीर को", "मंगल को"
        elif token in weekdays:
            expression = (i, dict(weekday=weekdays[token]))
            # "रविवार (9 फरवरी) को", "रविवार, 9 फरवरी 2025 को": the day and month name the date
            day = _number(nxt[0]) if nxt else None
            if day and 1 <= day <= 31 and len(nxt) > 1 and nxt[1] in months:
                month = months[nxt[1]]
                year = _number(nxt[2]) if len(nxt) > 2 else None
                if year and 1900 <= year <= 2100 and _valid(year, month, day):
                    expression = (i + 3, dict(year=year, month=month, day=day))
                else:
                    expression = (i + 2, dict(month=month, day=day))
        elif number and 1900 <= number <= 2100 and (_FISCAL_TAIL.match(text, end) or _FISCAL_HEAD.search(text, 0, start)):
            pass  # "वित्त वर्ष 2024-25": a financial year straddles two calendar years, no one year
        elif number and 1900 <= number <= 2100 and (
            (i > 0 and tokens[i - 1][0] in _YEAR_CONTEXT_BEFORE) or (nxt and nxt[0] in _YEAR_CONTEXT_AFTER) or not nxt
        ):
            expression = (i, dict(year=number))
            if len(nxt) > 1 and nxt[0] in ("के", "की") and nxt[1] in months:
                # "2019 के नवंबर में", "2024 की जुलाई में": that month of that year
                expression = (i + 2, dict(year=number, month=months[nxt[1]]))
        elif (number or token in _days_ago()[0]) and any(tuple(nxt[: len(p)]) == p for p, _ in _days_ago()[1]):
            # "दो दिन पहले": that many days before the article's date; "दो साल पहले" that
            # many years before its year, whatever the verb's tense
            count = number or _days_ago()[0][token]
            phrase, unit = next((p, u) for p, u in _days_ago()[1] if tuple(nxt[: len(p)]) == p)
            if unit in ("weeks", "weeks_after"):
                count, unit = 7 * count, "days" if unit == "weeks" else "after"
            # "22 नवंबर को होने वाले सम्मेलन से दो दिन पहले", "4 जून की बैठक के एक सप्ताह बाद":
            # counted from the day the sentence named before, not from the article's date
            anchor = next((e for e in reversed(found) if e.end <= start + offset and (e.day is not None or e.weekday is not None)
                           and e.anchor is None and not e.same_day), None) if i > 0 and tokens[i - 1][0] in ("से", "के") else None
            if anchor is not None and unit in ("days", "after"):
                expression = (i + len(phrase), dict(shift_days=count if unit == "after" else -count, anchor=anchor))
            elif unit == "days" and i > 1 and tokens[i - 1][0] in ("से", "के") and tokens[i - 2][0] not in ("आज", "अब"):
                # "सम्मेलन से दो दिन पहले" with the summit dated elsewhere: not two days before
                # the article's date ("आज से दो दिन पहले" is)
                expression = (i + len(phrase), dict(shift_days=-count, unanchored=True))
            elif unit == "after" and i > 1 and tokens[i - 1][0] in ("से", "के") and tokens[i - 2][0] not in ("आज", "अब"):
                # "सम्मेलन शुरू होने के दो दिन बाद": counted from the day that event was told with,
                # else (kg.events) from the day told before
                expression = (i + len(phrase), dict(shift_days=count, after=True, unanchored=True))
            elif unit == "after":
                expression = (i + len(phrase), dict(shift_days=count, after=True))
            else:
                shift = {"days": dict(shift_days=-count), "months": dict(shift_months=-count), "years": dict(shift_years=-count),
                         "decades": dict(shift_years=-10 * count)}[unit]
                expression = (i + len(phrase), dict(shift, ago=True))
        else:
            for length in (3, 2, 1):
                key = tuple(t[0] for t in tokens[i : i + length])
                if len(key) == length and key in relative_days:
                    shift = relative_days[key]
                    fields = dict(same_day=True) if shift == "same" else dict(shift_days=shift)
                    if shift != "same" and key[:1] in _tense_markers() and _tense_markers()[key[:1]] < 0:
                        fields["ago"] = True  # "बीती रात", "बीते दिन": past whatever the verb says
                    expression = (i + length - 1, fields)
                    break
                if len(key) == length and key in periods:
                    # "पिछले साल जून में" is read at the month; the period alone is a date too
                    following = tokens[i + length][0] if i + length < len(tokens) else None
                    if following in months:
                        break
                    shift = periods[key]
                    if shift.get("week") is not None and following in weekdays:
                        # "पिछले हफ्ते बुधवार को": that weekday of that week
                        expression = (i + length, dict(weekday=weekdays[following], shift_weeks=shift["week"]))
                        break
                    expression = (
                        i + length - 1,
                        dict(shift_years=shift.get("year"), shift_months=shift.get("month"), shift_weeks=shift.get("week")),
                    )
                    break
        if expression:
            last, fields = expression
            if "year" not in fields and any(k in fields for k in ("day", "weekday", "month")) and "shift_years" not in fields:
                fields["tense"] = _tense_before(tokens, i)
            end = tokens[last][2]
            add(DateExpression(start + offset, end + offset, text[start:end], **fields))
            i = last + 1
        else:
            i += 1
    # a clock time with no day named before it is on the article's own day ("शाम 6:40 —
    # … बैठक खत्म हो गई है"); after a day ("मंगलवार सुबह 10 बजे") the day already dates it
    for match in _clock().finditer(text):
        start = match.start() + offset
        if any(0 <= start - e.end <= 2 for e in found) or any(e.start <= start < e.end for e in found):
            continue
        if any(0 <= start - e.end and _local_time_gap(text[e.end - offset : start - offset]) for e in found):
            continue  # "मंगलवार को स्थानीय समयानुसार दोपहर 2 बजे": the day already dates it
        add(DateExpression(start, match.end() + offset, match.group(), shift_days=0))
    # "किम सप्ताहांत में रूस गए": a weekend with no "पिछले/इस/अगले" before it (those are periods)
    weekend_words = _weekend_words()
    for k, (token, start, end) in enumerate(tokens):
        if token in weekend_words and k + 1 < len(tokens) and tokens[k + 1][0] in ("में", "को", "पर"):
            add(DateExpression(start + offset, end + offset, text[start:end], weekend=True))
    numbers = _days_ago()[0]
    for k, (token, start, _) in enumerate(tokens):
        # only a word that starts with a digit can be a number (`_number`), so most words
        # need just the look-up of number words
        count = (_number(token) if token[:1].isdecimal() else None) or numbers.get(token)
        if not count:
            continue
        for phrase, days in _within():
            if tuple(t[0] for t in tokens[k + 1 : k + 1 + len(phrase)]) == phrase:
                end = tokens[k + len(phrase)][2]
                anchor = next((e for e in reversed(sorted(found, key=lambda e: e.start)) if e.end <= start + offset
                               and (e.day is not None or e.weekday is not None) and e.anchor is None and not e.same_day), None)
                add(DateExpression(start + offset, end + offset, text[start:end], within_days=count * days, anchor=anchor))
                break
    found.sort(key=lambda e: e.start)
    converted = [e for e in found if _after_conversion(text[: e.start - offset])]
    if converted and len(converted) < len(found):
        found = [e for e in found if e not in converted]
    return found


@functools.lru_cache(maxsize=None)
def _weekend_words() -> frozenset:
    """Return the words for a weekend ("सप्ताहांत", "वीकेंड")."""
    return frozenset(fold(w) for w in lexicon.load("calendar").get("weekend_words", []))


@functools.lru_cache(maxsize=None)
def _conversions() -> tuple[tuple[tuple[str, ...], ...], frozenset]:
    data = lexicon.load("calendar")
    markers = tuple(tuple(fold(m).split()) for m in data.get("clock_conversions", []))
    parts = frozenset(fold(w) for p in data.get("day_parts", []) for w in p.split())
    return markers, parts


@functools.lru_cache(maxsize=None)
def _within() -> tuple[tuple[tuple[str, ...], int], ...]:
    data = lexicon.load("calendar").get("within", {}) or {}
    return tuple(sorted(((tuple(fold(k).split()), int(v)) for k, v in data.items()), key=lambda p: -len(p[0])))


@functools.lru_cache(maxsize=None)
def _local_time_words() -> frozenset:
    return frozenset(fold(w) for p in lexicon.load("calendar").get("local_time", []) for w in p.split())


def _local_time_gap(between: str) -> bool:
    """Say whether only "को" and words of local time ("स्थानीय समयानुसार") stand between a day
    and a clock time."""
    tokens = [fold(w) for w, _, _ in words(between)]
    return bool(tokens) and len(tokens) <= 5 and all(t in _local_time_words() for t in tokens)


def _after_conversion(before: str) -> bool:
    """Say whether a date expression follows a marker of Indian time ("भारतीय समयानुसार
    शनिवार सुबह"): the conversion of a clock told in another time zone."""
    markers, parts = _conversions()
    tokens = [fold(w) for w, _, _ in words(before[-80:])]
    while tokens and (tokens[-1] in parts or tokens[-1] in ("(", ",")):
        tokens.pop()
    return any(tuple(tokens[-len(m):]) == m for m in markers if m)


def _latin_context(tokens, i) -> bool:
    """English month abbreviations that are also words ("may") count only beside numbers."""
    around = [t[0] for t in tokens[max(0, i - 1) : i + 2]]
    return any(_number(t) for t in around)


def _month_used_as_date(following: list[str]) -> bool:
    # "जून में", "जून के महीने", "जून तक": a bare month name is a date only with these;
    # "जुलाई की शुरुआत में" with a part of the month after की
    if following and following[0] == "की":
        return len(following) > 1 and following[1] in _month_parts()
    return bool(following) and following[0] in {"में", "के", "तक", "से", "माह", "महीने"}


@functools.lru_cache(maxsize=None)
def _month_parts() -> frozenset:
    return frozenset(fold(w) for w in lexicon.load("calendar").get("month_parts", []))


@functools.lru_cache(maxsize=None)
def _day_of_month_words() -> frozenset:
    return frozenset(fold(w) for w in lexicon.load("calendar").get("day_of_month", []))


def _period_before(tokens, i, periods) -> tuple[int, int] | None:
    for length in (2, 1):
        if i - length < 0:
            continue
        key = tuple(t[0] for t in tokens[i - length : i])
        if key in periods and "year" in periods[key]:
            return i - length, periods[key]["year"]
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def resolve_expression(expression: DateExpression, published: dt.date | None, *, future: bool = False) -> DateValue | None:
    """Return the date `expression` denotes, read against the article's date `published`.

    `future` says the event is planned, which turns "कल" into tomorrow and a weekday into
    the next one on or after the article's date.
    """
    e = expression
    if isinstance(published, dt.datetime):
        published = published.date()
    if e.unanchored:
        return None
    if e.within_days is not None:
        base = resolve_expression(e.anchor, published) if e.anchor is not None else (
            DateValue(published.isoformat(), e.text) if published is not None else None)
        if base is None or base.precision != "day":
            return None
        first = dt.date.fromisoformat(base.value)
        last = first + dt.timedelta(days=e.within_days)
        return DateValue(f"{first.year:04d}-{first.month:02d}", e.text) if (first.year, first.month) == (last.year, last.month) else None
    if e.anchor is not None:
        base = resolve_expression(e.anchor, published, future=future)
        if base is None or base.precision != "day":
            return None
        return DateValue((dt.date.fromisoformat(base.value) + dt.timedelta(days=e.shift_days)).isoformat(), e.text)
    if e.tense:
        future = e.tense > 0  # "गत 2 जून को", "आगामी 5 जुलाई को" whatever the verb says
    if e.year is not None:
        if e.day is not None:
            return DateValue(f"{e.year:04d}-{e.month:02d}-{e.day:02d}", e.text)
        if e.month is not None:
            return DateValue(f"{e.year:04d}-{e.month:02d}", e.text)
        return DateValue(f"{e.year:04d}", e.text)
    if published is None:
        return None
    if e.day is not None and e.month is None and e.shift_months is not None:  # "अगले महीने की 5 तारीख"
        month_index = published.year * 12 + published.month - 1 + e.shift_months
        candidate = _safe_date(month_index // 12, month_index % 12 + 1, e.day)
        return DateValue(candidate.isoformat(), e.text) if candidate else None
    if e.day is not None and e.month is None:  # "24 तारीख": the article's month, or the one before
        month_index = published.year * 12 + published.month - 1
        candidate = _safe_date(published.year, published.month, e.day)
        if candidate is None or (not future and candidate > published) or (future and candidate < published):
            month_index += 1 if future else -1
            candidate = _safe_date(month_index // 12, month_index % 12 + 1, e.day)
        return DateValue(candidate.isoformat(), e.text) if candidate else None
    if e.day is not None:  # day and month, year from context
        year = published.year
        candidate = _safe_date(year, e.month, e.day)
        if candidate and not future and candidate > published + dt.timedelta(days=7):
            year -= 1
        elif candidate and future and candidate < published - dt.timedelta(days=7):
            year += 1
        candidate = _safe_date(year, e.month, e.day)
        return DateValue(candidate.isoformat(), e.text) if candidate else None
    if e.month is not None:
        if e.shift_years is not None:
            year = published.year + e.shift_years
        elif future:
            year = published.year if e.month >= published.month else published.year + 1
        else:
            year = published.year if e.month <= published.month else published.year - 1
        return DateValue(f"{year:04d}-{e.month:02d}", e.text)
    if e.weekend:
        # the Saturday and Sunday before (after, for a plan) the article's date, read at the
        # month that holds both, or at the year when they straddle two months
        if future:
            saturday = published + dt.timedelta(days=(6 - published.isoweekday()) % 7)
        else:
            saturday = published - dt.timedelta(days=(published.isoweekday() - 6) % 7)
        sunday = saturday + dt.timedelta(days=1)
        if saturday.month == sunday.month:
            return DateValue(f"{saturday.year:04d}-{saturday.month:02d}", e.text)
        return DateValue(f"{saturday.year:04d}", e.text) if saturday.year == sunday.year else None
    if e.weekday is not None:
        if e.shift_weeks is not None:
            monday = published - dt.timedelta(days=published.isoweekday() - 1) + dt.timedelta(weeks=e.shift_weeks)
            return DateValue((monday + dt.timedelta(days=e.weekday - 1)).isoformat(), e.text)
        if future:
            delta = (e.weekday - published.isoweekday()) % 7
            if delta == 0 and e.tense > 0:
                delta = 7  # "अगले गुरुवार" said on a Thursday is a week on
            return DateValue((published + dt.timedelta(days=delta)).isoformat(), e.text)
        delta = (published.isoweekday() - e.weekday) % 7
        if delta == 0 and e.tense < 0:
            delta = 7  # "पिछले गुरुवार" said on a Thursday is a week back
        return DateValue((published - dt.timedelta(days=delta)).isoformat(), e.text)
    if e.shift_days is not None:
        days = e.shift_days
        if e.after:
            days = e.shift_days  # counted forward; kg.events moves the base to the day told before
        elif future and days < 0 and not e.ago:
            days = -days  # "कल" with a future verb is tomorrow
        return DateValue((published + dt.timedelta(days=days)).isoformat(), e.text)
    if e.shift_years is not None:
        return DateValue(f"{published.year + e.shift_years:04d}", e.text)
    if e.shift_months is not None:
        month_index = published.year * 12 + published.month - 1 + e.shift_months
        return DateValue(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", e.text)
    if e.shift_weeks is not None:
        # the Monday-to-Sunday week, read at the month (or year) that holds all of it
        monday = published - dt.timedelta(days=published.isoweekday() - 1) + dt.timedelta(weeks=e.shift_weeks)
        sunday = monday + dt.timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return DateValue(f"{monday.year:04d}-{monday.month:02d}", e.text)
        return DateValue(f"{monday.year:04d}", e.text) if monday.year == sunday.year else None
    return None


def resolve(text: str, published: dt.date | None = None, *, future: bool = False) -> DateValue | None:
    """Return the date of the first date expression in `text`, or None."""
    expressions = find(text)
    return resolve_expression(expressions[0], published, future=future) if expressions else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?", re.IGNORECASE)


def parse_timestamp(text: str) -> dt.date | None:
    """Return the date of a line that is a news site's timestamp, or None.

    Accepts the formats sites print under a headline: `04-Jun-2025 3:58:20 pm`,
    `2023-09-17 18:58:04`, `17 सितंबर 2023`, `Sep 17, 2023`, `Fri. Nov 22nd, 2024`,
    `अपडेटेड: 20 जून 2024, 09:15 AM IST`.
    """
    for expression in find(text):
        if expression.day is not None and expression.year is not None:
            return dt.date(expression.year, expression.month, expression.day)
    return None
