import datetime as dt

import pytest

from kg.dates import find, parse_timestamp, resolve

WED_4_JUNE_2025 = dt.date(2025, 6, 4)
SUN_17_SEP_2023 = dt.date(2023, 9, 17)


def value(text, published, **kw):
    found = resolve(text, published, **kw)
    return found.value if found else None


def test_weekday_is_the_latest_such_day_on_or_before_the_article():
    assert value("बुधवार को", WED_4_JUNE_2025) == "2025-06-04"
    assert value("बुधवार को", SUN_17_SEP_2023) == "2023-09-13"
    assert value("मंगलवार को", SUN_17_SEP_2023) == "2023-09-12"


def test_planned_weekday_is_the_next_one():
    assert value("शुक्रवार को", WED_4_JUNE_2025, future=True) == "2025-06-06"


def test_kal_is_yesterday_in_reports_and_tomorrow_in_plans():
    assert value("कल", SUN_17_SEP_2023) == "2023-09-16"
    assert value("कल", SUN_17_SEP_2023, future=True) == "2023-09-18"


def test_relative_year_and_month():
    assert value("पिछले साल जून में", WED_4_JUNE_2025) == "2024-06"
    assert value("इस साल", WED_4_JUNE_2025) == "2025"
    assert value("पिछले महीने", dt.date(2025, 1, 10)) == "2024-12"


def test_absolute_dates_keep_their_precision():
    assert value("19 जून 2023 को", None) == "2023-06-19"
    assert value("जून 2024 में", None) == "2024-06"
    assert value("2023 में", None) == "2023"
    assert value("१५ अगस्त २०२४ को", None) == "2024-08-15"


def test_relative_dates_need_the_article_date():
    assert value("बुधवार को", None) is None
    assert value("कल", None) is None
    assert value("पिछले साल जून में", None) is None


def test_day_and_month_take_the_year_of_the_article():
    assert value("12 सितंबर को", SUN_17_SEP_2023) == "2023-09-12"
    # a day well after the article's date is from the year before
    assert value("20 दिसंबर को", SUN_17_SEP_2023) == "2022-12-20"


def test_numbers_that_are_not_years_are_not_dates():
    assert find("लगभग 15,000 सैनिक और 2000 टैंक") == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("04-Jun-2025 3:58:20 pm", dt.date(2025, 6, 4)),
        ("2023-09-17 18:58:04", dt.date(2023, 9, 17)),
        ("17 सितंबर 2023", dt.date(2023, 9, 17)),
        ("Sep 17, 2023", dt.date(2023, 9, 17)),
        ("Fri. Nov 22nd, 2024", dt.date(2024, 11, 22)),
        ("अपडेटेड: 20 जून 2024, 09:15 AM IST", dt.date(2024, 6, 20)),
        ("17/09/2023", dt.date(2023, 9, 17)),
    ],
)
def test_timestamps_in_the_formats_news_sites_print(line, expected):
    assert parse_timestamp(line) == expected


def test_offsets_point_at_the_expression():
    text = "किम ने बुधवार को पुतिन से मुलाकात की।"
    (expression,) = find(text, offset=100)
    assert text[expression.start - 100 : expression.end - 100] == "बुधवार"


def test_weeks_are_read_at_the_month_they_lie_in():
    assert value("पिछले सप्ताह", dt.date(2025, 5, 1)) == "2025-04"  # 21-27 April
    assert value("इस सप्ताह की शुरुआत में", dt.date(2024, 9, 28)) == "2024-09"
    assert value("इस सप्ताह", dt.date(2025, 5, 1)) == "2025"  # 28 April - 4 May straddles two months


def test_usi_din_is_the_day_named_before_it():
    (first, second) = find("4 जून को पहुंचे और उसी दिन मिले")
    assert second.same_day and not first.same_day


def test_a_clock_time_without_a_day_is_on_the_articles_day():
    published = dt.date(2025, 4, 22)
    assert resolve("शाम 6:40 — बैठक खत्म हो गई है", published=published).value == "2025-04-22"
    # a day named before the clock time dates it, the clock time adds nothing
    assert [e.text for e in find("सोमवार सुबह 10 बजे पहुंचे")] == ["सोमवार"]
    # a time of day without a clock time is not a date
    assert find("वे सुबह पहुंचे") == []


def test_a_span_of_days_is_dated_by_its_first_day():
    assert [(e.day, e.month, e.year) for e in find("वे 12 से 14 मई तक चीन में रहेंगे")] == [(12, 5, None)]
    assert [(e.day, e.month, e.year) for e in find("2-4 मई 2025 को हुई बैठक")] == [(2, 5, 2025)]
    # two numbers that are not a span stay as they were
    assert [(e.day, e.month) for e in find("5 10 मई")] == [(10, 5)]


def test_a_weekday_of_last_or_next_week_and_days_ago():
    wednesday = dt.date(2025, 6, 4)
    assert resolve("पिछले हफ्ते बुधवार को मिले", published=wednesday).value == "2025-05-28"
    assert resolve("अगले सप्ताह सोमवार को मिलेंगे", published=wednesday, future=True).value == "2025-06-09"
    assert resolve("दो दिन पहले मिले", published=wednesday).value == "2025-06-02"
    assert resolve("3 दिन पहले", published=wednesday, future=True).value == "2025-06-01"
    assert find("दो दिन की यात्रा") == []


def test_years_and_months_counted_back_name_that_year_or_month():
    assert value("एर्दोगन दो साल पहले लंदन गए थे", dt.date(2025, 7, 29)) == "2023"
    assert value("तीन महीने पहले", dt.date(2025, 2, 10)) == "2024-11"
    assert value("२ वर्ष पहले", dt.date(2025, 7, 29), future=True) == "2023"


def test_a_weekday_with_its_date_in_brackets_or_after_a_comma_is_that_date():
    assert value("रविवार (9 फरवरी) को", dt.date(2025, 2, 10)) == "2025-02-09"
    assert value("रविवार, 9 फरवरी 2025 को", dt.date(2025, 6, 15)) == "2025-02-09"
    # the date wins over the weekday when they disagree with the article's week
    assert value("बीते शुक्रवार (19 सितंबर) को", dt.date(2025, 9, 21)) == "2025-09-19"


def test_gat_and_aagami_fix_the_direction_whatever_the_verb_says():
    sun_15_june = dt.date(2025, 6, 15)
    assert value("गत 2 जून को", sun_15_june, future=True) == "2025-06-02"
    assert value("आगामी 5 जुलाई को", sun_15_june) == "2025-07-05"
    assert value("अगले सोमवार को", sun_15_june) == "2025-06-16"
    assert value("बीते शुक्रवार", sun_15_june, future=True) == "2025-06-13"
    # a past marker does not pull a plain month forward or back by itself
    assert value("आगामी दिसंबर में", sun_15_june) == "2025-12"


def test_devanagari_digits_and_english_month_names_in_hindi_prose():
    assert value("यह समझौता ३ अप्रैल को हस्ताक्षरित हुआ", dt.date(2025, 4, 5)) == "2025-04-03"
    assert value("लूला 11 June को पेरिस पहुंचे थे", dt.date(2025, 6, 15)) == "2025-06-11"
    assert value("शरीफ 2 अप्रैल, 2025 को पहुंचे", None) == "2025-04-02"


def test_year_phrasings_and_no_date_for_vague_recency():
    assert value("साल 2019 में", None) == "2019"
    assert value("वर्ष 2018 में", None) == "2018"
    assert value("2023 के अंत में", None) == "2023"
    assert resolve("हाल ही में", dt.date(2025, 7, 29)) is None


def test_parts_of_a_month_days_of_the_month_and_english_month_first():
    fri_25_july = dt.date(2025, 7, 25)
    assert value("जुलाई की शुरुआत में", fri_25_july) == "2025-07"
    assert value("मई के आखिर में", fri_25_july) == "2025-05"
    assert resolve("मई की गर्मी", fri_25_july) is None  # a month with की and no part of it is no date
    assert value("24 तारीख को", fri_25_july) == "2025-07-24"
    assert value("28 तारीख को", fri_25_july) == "2025-06-28"  # not yet come this month: the month before
    assert value("28 तारीख को", fri_25_july, future=True) == "2025-07-28"
    assert value("July 22 को", fri_25_july) == "2025-07-22"


def test_last_night_is_the_day_before_whatever_the_verb_says():
    fri_25_july = dt.date(2025, 7, 25)
    assert value("बीती रात", fri_25_july) == "2025-07-24"
    assert value("बीती रात", fri_25_july, future=True) == "2025-07-24"


def test_isi_and_weekends_are_the_current_period():
    fri_25_july = dt.date(2025, 7, 25)
    assert value("इसी महीने", fri_25_july) == "2025-07"
    assert value("इसी साल", fri_25_july) == "2025"
    assert value("पिछले सप्ताहांत", fri_25_july) == "2025-07"


def test_days_after_count_forward_from_the_article_unless_the_story_gives_a_day():
    (expression,) = find("दो दिन बाद")
    assert expression.after and expression.shift_days == 2
    assert value("दो दिन बाद वे लौटेंगे", dt.date(2025, 7, 25), future=True) == "2025-07-27"


def test_last_or_next_weekday_said_on_that_weekday_is_a_week_away():
    fri_25_july = dt.date(2025, 7, 25)
    assert value("पिछले शुक्रवार को", fri_25_july) == "2025-07-18"
    assert value("अगले शुक्रवार को", fri_25_july) == "2025-08-01"
    assert value("शुक्रवार को", fri_25_july) == "2025-07-25"


from hypothesis import given, settings, strategies as st  # noqa: E402

WEEKDAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
published_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


@settings(max_examples=200, deadline=None)
@given(published=published_dates, day=st.integers(0, 6), marker=st.sampled_from(["", "पिछले ", "बीते ", "अगले ", "आगामी "]),
       future=st.booleans())
def test_a_weekday_lies_within_a_week_on_the_side_its_marker_or_verb_says(published, day, marker, future):
    got = dt.date.fromisoformat(value(f"{marker}{WEEKDAYS[day]} को", published, future=future))
    assert got.isoweekday() == day + 1
    ahead = marker in ("अगले ", "आगामी ") or (not marker and future)
    if ahead:
        assert published <= got <= published + dt.timedelta(days=7)
    else:
        assert published - dt.timedelta(days=7) <= got <= published
    if marker:
        assert got != published  # "पिछले/अगले" never names the article's own day


@settings(max_examples=200, deadline=None)
@given(published=published_dates, n=st.integers(1, 9), future=st.booleans())
def test_counted_back_spans_are_before_the_article_whatever_the_verb(published, n, future):
    assert value(f"{n} दिन पहले", published, future=future) == (published - dt.timedelta(days=n)).isoformat()
    assert value(f"{n} साल पहले", published, future=future) == f"{published.year - n:04d}"
    months = published.year * 12 + published.month - 1 - n
    assert value(f"{n} महीने पहले", published, future=future) == f"{months // 12:04d}-{months % 12 + 1:02d}"


def test_a_span_of_days_joined_by_va_is_dated_by_its_first_day():
    assert value("13 व 14 जुलाई को", dt.date(2025, 7, 25)) == "2025-07-13"
    assert value("13 एवं 14 जुलाई 2024 को", None) == "2024-07-13"


def test_a_day_spelt_out_before_its_month_is_a_date_but_not_in_an_idiom():
    fri_25_july = dt.date(2025, 7, 25)
    assert value("पांच जुलाई को", fri_25_july) == "2025-07-05"
    assert value("पच्चीस दिसंबर 2024 से", fri_25_july) == "2024-12-25"
    assert resolve("दो जून की रोटी", fri_25_july) is None


def test_days_before_a_dated_occasion_count_from_that_day_not_from_the_article():
    found = find("22 नवंबर से शुरू होने वाले सम्मेलन से दो दिन पहले जयशंकर पहुंचेंगे")
    assert [e.text for e in found] == ["22 नवंबर", "दो दिन पहले"]
    from kg.dates import resolve_expression
    assert resolve_expression(found[1], dt.date(2025, 9, 18), future=True).value == "2025-11-20"


def test_a_week_after_a_dated_meeting_is_seven_days_on():
    found = find("4 जून की बैठक के एक सप्ताह बाद वे लौटे")
    from kg.dates import resolve_expression
    assert resolve_expression(found[-1], WED_4_JUNE_2025).value == "2025-06-11"


def test_a_week_ago_unanchored_counts_from_the_article():
    assert value("एक सप्ताह पहले वे गए", WED_4_JUNE_2025) == "2025-05-28"


def test_an_english_clock_time_of_a_live_blog_is_the_article_day():
    assert value("2:05 PM: दोनों नेताओं के बीच वार्ता शुरू।", WED_4_JUNE_2025) == "2025-06-04"
    # the seconds of a page timestamp are no clock entry
    assert [e.text for e in find("04-Jun-2025 3:58:20 pm")] == ["04-Jun-2025"]


def test_a_day_first_timestamp_with_dashes_is_the_published_date():
    assert parse_timestamp("13-11-2025 09:20") == dt.date(2025, 11, 13)
    assert parse_timestamp("13-11/2025") is None  # one separator throughout


def test_a_financial_year_names_no_single_year():
    assert find("वित्त वर्ष 2024-25 में व्यापार 56 अरब डॉलर पहुंचा") == []
    assert find("साल 2019-2020 में") == []
    assert value("वर्ष 2024 में", None) == "2024"


def test_a_day_of_a_named_month_uses_that_month():
    found = find("इसी महीने की 20 तारीख को")
    from kg.dates import resolve_expression
    assert resolve_expression(found[-1], WED_4_JUNE_2025).value == "2025-06-20"
    found = find("अगले महीने की 5 तारीख को")
    assert resolve_expression(found[-1], WED_4_JUNE_2025).value == "2025-07-05"


def test_days_before_an_undated_occasion_are_not_counted_from_the_article():
    from kg.dates import resolve_expression
    (found,) = find("सम्मेलन से दो दिन पहले वे पहुंचेंगे")
    assert resolve_expression(found, WED_4_JUNE_2025, future=True) is None
    assert value("आज से दो दिन पहले वे गए", WED_4_JUNE_2025) == "2025-06-04"  # "आज" is the first expression
    assert resolve_expression(find("आज से दो दिन पहले वे गए")[-1], WED_4_JUNE_2025).value == "2025-06-02"


TUE_27_MAY_2025 = dt.date(2025, 5, 27)


def test_urdu_weekday_names_are_weekdays():
    assert value("इतवार को", TUE_27_MAY_2025) == "2025-05-25"
    assert value("जुमेरात को", TUE_27_MAY_2025) == "2025-05-22"
    assert value("जुमे को", TUE_27_MAY_2025) == "2025-05-23"


def test_short_urdu_weekdays_count_only_before_ko():
    # "पीर को" is Monday and "मंगल को" Tuesday; "पीर साहब", "मंगल ग्रह" are no dates
    assert value("शरीफ़ पीर को तेहरान पहुंचे", TUE_27_MAY_2025) == "2025-05-26"
    assert value("मंगल को मुलाक़ात हुई", TUE_27_MAY_2025) == "2025-05-27"
    assert value("पीर साहब की दरगाह पर गए", TUE_27_MAY_2025) is None
    assert value("मंगल ग्रह का मिशन", TUE_27_MAY_2025) is None


def test_urdu_relative_periods_read_like_their_hindi_twins():
    assert value("गुज़िश्ता साल अप्रैल में", TUE_27_MAY_2025) == "2024-04"
    assert value("आइंदा माह दौरा करेंगे", TUE_27_MAY_2025, future=True) == "2025-06"
    assert value("गुज़िश्ता माह", TUE_27_MAY_2025) == "2025-04"


def test_code_mixed_english_dates_are_read():
    assert value("next month London का visit", TUE_27_MAY_2025) == "2025-06"
    assert value("last year Delhi आए थे", TUE_27_MAY_2025) == "2024"
    assert value("Monday को meeting हुई", TUE_27_MAY_2025) == "2025-05-26"
    assert value("08/10/2025 को मुंबई पहुंचे", TUE_27_MAY_2025) == "2025-10-08"


def test_a_month_of_the_same_year_told_before_is_marked_for_that_year():
    found = find("उसी साल दिसंबर में मोदी लाहौर पहुंचे")
    assert [(e.month, e.same_year) for e in found] == [(12, True)]
    assert [(e.month, e.same_year) for e in find("दिसंबर में मोदी लाहौर पहुंचे")] == [(12, False)]


def test_decades_ago_count_ten_years_each():
    assert value("एक दशक पहले ओबामा भारत आए थे", dt.date(2026, 1, 5)) == "2016"
    assert value("दो दशक पहले", dt.date(2026, 1, 5)) == "2006"


def test_a_day_converted_to_indian_time_dates_nothing_beside_the_local_day():
    # wire copy gives the local day, then the Indian one: only the local day dates the event
    found = find("वॉशिंगटन में शुक्रवार (31 अक्टूबर) की शाम, जब भारत में शनिवार की सुबह हो चुकी थी, दोनों मिले")
    assert [e.text for e in found] == ["शुक्रवार (31 अक्टूबर"]
    found = find("शनिवार को स्थानीय समय के अनुसार दोपहर तीन बजे (भारतीय समयानुसार सुबह 11:30 बजे) वार्ता हुई")
    assert [e.text for e in found] == ["शनिवार"]
    # with no other day named, the Indian-time day is all the sentence has
    assert [e.text for e in find("भारतीय समयानुसार शनिवार सुबह बैठक हुई")] == ["शनिवार"]


def test_a_window_of_weeks_gives_the_month_it_falls_in():
    tue_21_oct_2025 = dt.date(2025, 10, 21)
    assert value("गुरुवार (16 अक्टूबर) को कहा कि दोनों नेता दो सप्ताह के भीतर मिलेंगे", tue_21_oct_2025) == "2025-10-16"
    (_, window) = find("गुरुवार (16 अक्टूबर) को कहा कि दोनों नेता दो सप्ताह के भीतर मिलेंगे")
    from kg.dates import resolve_expression
    assert resolve_expression(window, tue_21_oct_2025).value == "2025-10"  # 16 to 30 October
    # from the article's date, a window that runs into the next month fixes no month
    assert value("दो सप्ताह के भीतर", tue_21_oct_2025) is None
    assert value("तीन दिन के अंदर", tue_21_oct_2025) == "2025-10"


def test_a_local_clock_time_after_its_day_adds_no_date_of_its_own():
    found = find("जेलेंस्की मंगलवार को स्थानीय समयानुसार दोपहर 2 बजे (भारतीय समयानुसार शाम 5:30 बजे) ब्रसेल्स पहुंचे")
    assert [e.text for e in found] == ["मंगलवार"]
    # a clock with no day before it is still on the article's day
    assert [e.shift_days for e in find("शाम 6:40 बजे बैठक खत्म हुई")] == [0]


@pytest.mark.parametrize("text, expected", [
    ("गुजरे साल नवंबर में दोनों मंत्री मिले थे", "2024-11"),
    ("चालू वर्ष में यह तीसरी बैठक है", "2025"),
    ("मौजूदा साल में दोनों देशों के बीच व्यापार बढ़ा", "2025"),
    ("गत महीने रक्षा मंत्री ने दौरा किया", "2025-05"),
    ("गुजरे माह वार्ता हुई", "2025-05"),
])
def test_formal_and_urdu_words_for_last_and_current_periods_resolve(text, expected):
    assert value(text, WED_4_JUNE_2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("आगामी वर्ष वे जापान जाएंगे", "2026"),
    ("आगामी महीने समझौते पर दस्तखत होंगे", "2025-07"),
    ("आने वाले सप्ताह में दोनों नेता मिलेंगे", "2025-06"),
])
def test_coming_periods_are_the_next_ones(text, expected):
    assert value(text, WED_4_JUNE_2025, future=True) == expected


def test_a_plural_coming_period_is_no_date():
    assert value("आने वाले महीनों में दोनों नेता मिल सकते हैं", WED_4_JUNE_2025, future=True) is None


def test_a_weekend_alone_is_the_one_before_the_article_read_at_its_month():
    # Wednesday 4 June 2025: the weekend before is 31 May - 1 June (two months: the year)
    assert value("विदेश मंत्री सप्ताहांत में दुबई गए थे", WED_4_JUNE_2025) == "2025"
    # Sunday 17 September 2023: this weekend, 16-17 September
    assert value("सप्ताहांत में दोनों मिले", SUN_17_SEP_2023) == "2023-09"


def test_a_planned_weekend_is_the_next_one():
    assert value("वे सप्ताहांत में दुबई जाएंगे", WED_4_JUNE_2025, future=True) == "2025-06"


def test_a_weekend_as_a_noun_is_no_date():
    assert value("सप्ताहांत का अवकाश रद्द हुआ", WED_4_JUNE_2025) is None


def test_a_month_of_a_year_told_with_ke_is_that_month_of_that_year():
    assert value("2019 के नवंबर में दोनों नेता मिले", WED_4_JUNE_2025) == "2019-11"
    assert value("2019 के चुनाव में", WED_4_JUNE_2025) == "2019"
