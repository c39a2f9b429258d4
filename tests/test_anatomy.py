import datetime as dt

from kg.anatomy import read_anatomy
from kg.document import Article


def anatomy(text: str) -> Article:
    return read_anatomy(Article(id="t", raw_text=text))


def test_headline_timestamp_and_body_are_told_apart():
    article = anatomy("किम से मिले लावरोव\n04-Jun-2025 3:58:20 pm\n998\nसियोल। लावरोव ने किम से मुलाकात की।\n")
    assert article.title == "किम से मिले लावरोव"
    assert article.published == dt.date(2025, 6, 4)
    assert "998" not in article.text
    assert article.text.startswith("किम से मिले लावरोव\nसियोल।")


def test_a_date_above_the_headline_is_the_page_header_not_the_article_date():
    article = anatomy("Fri. Nov 22nd, 2024\n\nपुतिन उत्तर कोरिया जाएंगे\n\nपुतिन मंगलवार को जाएंगे।")
    assert article.published is None
    assert article.title == "पुतिन उत्तर कोरिया जाएंगे"
    assert any("page's header" in w for w in article.warnings)


def test_a_timestamp_at_the_end_is_still_the_article_date():
    article = anatomy("शीर्षक\nपहला वाक्य।\n2023-09-17 18:58:04\n#उततर #करयई #नत")
    assert article.published == dt.date(2023, 9, 17)
    assert "#" not in article.text


def test_site_furniture_is_dropped_and_related_blocks_end_the_article():
    text = "शीर्षक\nRaginee Rai\nपहला वाक्य.\nये भी पढ़ें :- कोई और खबर\nदूसरा वाक्य.\nLatest News\nमौसम की खबर.\n"
    article = anatomy(text)
    assert article.byline == "Raginee Rai"
    assert "ये भी पढ़ें" not in article.text
    assert "मौसम" not in article.text
    assert article.text == "शीर्षक\nपहला वाक्य.\nदूसरा वाक्य."


def test_repeated_headline_is_kept_once():
    article = anatomy("एक शीर्षक\nएक शीर्षक\nवाक्य।")
    assert article.text == "एक शीर्षक\nवाक्य।"


def test_sentences_point_into_the_text():
    article = anatomy("शीर्षक\nसियोल। किम ने कहा। पुतिन आए।")
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    assert len(article.content_hash) == 64


def test_a_photo_credit_is_cut_out_of_its_line_and_a_next_gallery_link_is_dropped():
    article = anatomy("शीर्षक\nनेता हवाई अड्डे पर उतरे। (फोटो: रॉयटर्स)\nबाद में वार्ता हुई (फ़ोटो साभार: एपी) और करार हुए।\n"
                      "एजेंसी (एएफपी) के मुताबिक वार्ता अच्छी रही।\nअगली गैलरी: मॉस्को में परेड की तैयारी")
    assert "रॉयटर्स" not in article.text and "एपी" not in article.text and "मॉस्को" not in article.text
    assert "नेता हवाई अड्डे पर उतरे।" in article.text and "बाद में वार्ता हुई और करार हुए।" in article.text
    assert "(एएफपी)" in article.text  # an abbreviation in brackets is no credit


def test_a_wire_dateline_dates_an_article_without_a_timestamp():
    article = anatomy("शीर्षक\nकाठमांडू, 3 फरवरी 2024 (एजेंसी) नेपाल के विदेश मंत्री ने मंगलवार को भारतीय राजदूत से मुलाकात की।")
    assert article.published == dt.date(2024, 2, 3)


def test_a_dateline_without_a_year_takes_the_year_in_which_its_weekday_falls():
    # 9 March is a Thursday in 2023 (and in 2028), a Wednesday in 2022 and a Saturday in 2024
    article = anatomy("शीर्षक\nअबू धाबी, 9 मार्च (भाषा) दोनों मंत्रियों ने गुरुवार को यहां बातचीत की।\n"
                      "दोनों देशों ने 2022 में व्यापार समझौता किया था।")
    assert article.published == dt.date(2023, 3, 9)


def test_a_dateline_without_a_year_or_weekday_gives_no_date():
    article = anatomy("शीर्षक\nअबू धाबी, 9 मार्च (भाषा) दोनों मंत्रियों ने यहां बातचीत की, 2022 के बाद पहली बार।")
    assert article.published is None


def test_a_place_and_date_inside_a_sentence_is_no_dateline():
    article = anatomy("शीर्षक\nउन्होंने कहा कि दिल्ली, 9 मार्च को गुरुवार था और 2022 में भी।")
    assert article.published is None


def test_a_dated_timeline_heading_in_the_body_stays_in_the_text():
    article = anatomy("कब-कब मिले\n12-Mar-2026 10:00 am\nदोनों नेता चार बार मिल चुके हैं।\n"
                      "1. 25 अप्रैल 2019: सोची\nपहली बैठक सोची में हुई।\nUpdated: 13 March 2026 11:20 AM\n")
    assert article.published == dt.date(2026, 3, 12)
    assert "25 अप्रैल 2019: सोची" in article.text
    assert "Updated" not in article.text


def test_a_short_dated_sentence_of_its_own_is_body_text_not_a_timestamp():
    article = anatomy("शीर्षक\n04-Jun-2025 3:58:20 pm\nमोदी ने 8 जुलाई 2024 को पुतिन से मुलाकात की।\n")
    assert article.published == dt.date(2025, 6, 4)
    assert "8 जुलाई 2024 को पुतिन" in article.text


def test_a_dateline_that_names_its_weekday_gives_the_year_by_it():
    # 9 March is a Thursday in 2023; the article names 2021 before
    article = anatomy("शीर्षक\nअबू धाबी, गुरुवार, 9 मार्च (भाषा) दोनों मंत्रियों ने यहां बातचीत की।\n"
                      "पिछली बैठक 2021 में हुई थी।")
    assert article.published == dt.date(2023, 3, 9)


def test_a_date_and_place_heading_under_an_introduction_ending_in_a_colon_stays_in_the_text():
    article = anatomy("सफरनामा\nप्रकाशित: 2 मई 2026\nदोनों देशों के रिश्तों के अहम मोड़ ये रहे:\n"
                      "12 मार्च 2021, सोची\nदोनों नेता सोची में मिले।\n")
    assert article.published == dt.date(2026, 5, 2)
    assert "12 मार्च 2021, सोची" in article.text


def test_a_date_line_right_under_the_headline_and_a_byline_is_still_the_timestamp():
    # near miss: no paragraph of prose above it, so it stamps the page
    article = anatomy("सफरनामा\nसंवाददाता: रमेश कुमार\n12 मार्च 2021, 10:20 AM\nदोनों नेता सोची में मिले।\n")
    assert article.published == dt.date(2021, 3, 12)
    assert "12 मार्च 2021" not in article.text


def test_a_desk_and_a_stamp_set_apart_by_a_bar_date_the_article():
    article = anatomy("शीर्षक\nसमाचार टुडे अंतरराष्ट्रीय डेस्क | 14 जून 2025, 09:15 AM (IST)\nदोनों नेता मिले।\n")
    assert article.published == dt.date(2025, 6, 14)
    assert "डेस्क" not in article.text


def test_a_barred_line_whose_dated_part_is_a_sentence_is_no_stamp():
    # near miss: the dated part reads as a clause, not a stamp
    article = anatomy("शीर्षक\nविशेष | मोदी और पुतिन की पिछली मुलाकात 14 जून 2025 को मॉस्को में हुई थी\nदोनों नेता मिले।\n")
    assert article.published is None
