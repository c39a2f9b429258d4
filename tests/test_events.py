"""Event finding: triggers, participants, status, dates and duplicates, read from Hindi text."""

import pytest

from kg import gazetteer
from kg.document import Article
from kg.pipeline import extract

# Wednesday 4 June 2025
HEADER = "समाचार\n04-Jun-2025 3:58:20 pm\n\n"


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load(None)


def events_of(gaz, body, header=HEADER):
    article = extract(Article(id="t", raw_text=header + body), gaz)
    return article.events


def meetings_only(gaz, body, header=HEADER):
    """The meetings only: talks held in a foreign city also tell the guest's visit."""
    return [e for e in events_of(gaz, body, header) if e.kind == "Meeting"]


def summary(event):
    who = sorted(key for _, key in event.participants)
    return (event.kind, tuple(who), event.status, event.date.value if event.date else None)


def test_a_signing_inside_a_speculation_clause_keeps_its_own_status(gaz):
    # the anniversary presupposes the signing; only the summit is speculated
    found = {e.kind: e for e in events_of(gaz, (
        "ऐसी अटकलें लगाई जा रही हैं कि किम जोंग-उन पिछले साल जून में रक्षा संधि पर हस्ताक्षर करने की "
        "पहली वर्षगांठ मनाने के लिए पुतिन के साथ शिखर सम्मेलन के लिए रूस आ सकते हैं।"
    ))}
    assert summary(found["Signing"]) == ("Signing", ("kim-jong-un", "vladimir-putin"), "occurred", "2024-06")
    assert found["Meeting"].status == "speculated"
    assert found["Meeting"].date is None  # the date belongs to the signing, the nearer trigger
    assert found["Visit"].status == "speculated"


def test_a_denial_in_the_governing_clause_reaches_the_content_clause(gaz):
    (event,) = [e for e in events_of(gaz, "मंत्रालय ने उन अटकलों को खारिज किया कि मोदी और पुतिन के बीच कोई बैठक होगी।") if e.kind == "Meeting"]
    assert event.status == "denied"


def test_a_cue_in_a_relative_clause_beside_the_trigger_does_not_reach_it(gaz):
    (event,) = events_of(gaz, "लावरोव ने शनिवार को किम जोंग-उन से मुलाकात की, जिसमें भविष्य की यात्राओं की संभावना पर बात हुई।")
    assert summary(event) == ("Meeting", ("kim-jong-un", "sergei-lavrov"), "occurred", "2025-05-31")


def test_a_purpose_of_a_dated_past_trip_happened(gaz):
    (meeting,) = [e for e in events_of(gaz, "2023 में किम जोंग-उन ने पुतिन से मिलने के लिए रूस की यात्रा की।") if e.kind == "Meeting"]
    assert meeting.status == "occurred"


def test_a_purpose_of_a_recent_arrival_is_still_planned(gaz):
    found = {e.kind: e for e in events_of(gaz, "शोइगु किम जोंग-उन से मुलाकात करने के लिए प्योंगयांग पहुंचे।")}
    assert found["Meeting"].status == "planned"
    assert found["Visit"].status == "occurred"


def test_agreeing_to_meet_is_planned(gaz):
    (event,) = meetings_only(gaz, "लावरोव और वांग यी नवंबर में बीजिंग में मिलने पर सहमत हुए।")
    assert event.status == "planned"
    assert event.date.value == "2025-11"


def test_the_speaker_of_a_denial_is_not_a_signer(gaz):
    body = (
        "मोदी रूस की यात्रा पर मॉस्को पहुंचे। भारत और रूस के संबंध पुराने हैं। रूस ने भारत को तेल दिया। "
        "विदेश सचिव विनय क्वात्रा ने उन अटकलों का खंडन किया कि इस यात्रा में किसी रक्षा समझौते पर हस्ताक्षर होंगे।"
    )
    (signing,) = [e for e in events_of(gaz, body) if e.kind == "Signing"]
    assert sorted(key for _, key in signing.participants) == ["india", "russia"]
    assert signing.status == "denied"
    assert signing.agreement is None  # "किसी समझौते" names no agreement


def test_both_leaders_are_the_articles_two_main_people(gaz):
    body = "पुतिन उत्तर कोरिया पहुंचे। किम जोंग-उन ने पुतिन का स्वागत किया। दोनों नेता दस्तावेजों पर हस्ताक्षर करेंगे।"
    (signing,) = [e for e in events_of(gaz, body) if e.kind == "Signing"]
    assert summary(signing)[:3] == ("Signing", ("kim-jong-un", "vladimir-putin"), "planned")
    assert signing.confidence < 0.9  # the signers were inferred


def test_a_pronoun_refers_to_the_subject_of_an_earlier_clause_of_its_sentence(gaz):
    body = "लावरोव ने बयान दिया। मोदी मंगलवार को कज़ान पहुंचे थे और उसी दिन उन्होंने पुतिन से मुलाकात की।"
    (meeting,) = [e for e in events_of(gaz, body) if e.kind == "Meeting"]
    assert summary(meeting) == ("Meeting", ("narendra-modi", "vladimir-putin"), "occurred", "2025-06-03")


def test_a_subject_meeting_two_people_is_two_bilateral_meetings(gaz):
    found = events_of(gaz, "ज़ेलेंस्की ने गुरुवार को राष्ट्रपति जो बाइडन और उपराष्ट्रपति कमला हैरिस से मुलाकात की।")
    pairs = sorted(tuple(sorted(k for _, k in e.participants)) for e in found)
    assert pairs == [("joe-biden", "volodymyr-zelensky"), ("kamala-harris", "volodymyr-zelensky")]


def test_a_planned_weekday_is_read_from_the_day_it_was_announced(gaz):
    (event,) = events_of(gaz, "गुरुवार को ट्रंप ने घोषणा की कि वे शुक्रवार को ज़ेलेंस्की से मिलेंगे।")
    assert event.status == "planned"
    assert event.date.value == "2025-05-30"  # the Friday after Thursday 29 May, not after 4 June


def test_coordinated_destinations_are_separate_visits(gaz):
    body = "मोदी ने भाषण दिया। सितंबर में वे सिंगापुर और ब्रुनेई गए थे।"
    visits = sorted(e.destination[1] for e in events_of(gaz, body) if e.kind == "Visit")
    assert visits == ["brunei", "singapore"]


def test_a_weak_visit_verb_needs_its_destination_right_before_it(gaz):
    assert events_of(gaz, "मोदी ने कहा कि रूस में सैनिक भेजे जा रहे हैं।") == []


def test_the_same_event_told_twice_is_one_event(gaz):
    body = "लावरोव ने किम जोंग-उन से मुलाकात की। शनिवार को लावरोव ने किम जोंग-उन से मुलाकात की।"
    (event,) = events_of(gaz, body)
    assert event.date.value == "2025-05-31"


def test_a_restatement_with_another_date_is_a_conflicting_claim(gaz):
    body = "शोइगु ने मंगलवार को प्योंगयांग में किम जोंग-उन से मुलाकात की। टैस ने बताया कि यह बैठक बुधवार को हुई।"
    dates_ = sorted(e.date.value for e in events_of(gaz, body) if e.kind == "Meeting")
    assert dates_ == ["2025-06-03", "2025-06-04"]


def test_claims_with_different_statuses_stay_apart(gaz):
    body = "लावरोव ने किम जोंग-उन से मुलाकात की। लावरोव किम जोंग-उन से फिर मुलाकात करेंगे।"
    assert sorted(e.status for e in events_of(gaz, body)) == ["occurred", "planned"]


def test_a_country_named_as_the_place_is_not_a_signer(gaz):
    body = (
        "शहबाज शरीफ चीन पहुंचे। चीन और पाकिस्तान के संबंध गहरे हैं। शी जिनपिंग ने शरीफ से मुलाकात की। "
        "प्रवक्ता ने उन खबरों से इनकार किया कि पाकिस्तान में सुरक्षा को लेकर कोई समझौता हुआ है।"
    )
    (signing,) = [e for e in events_of(gaz, body) if e.kind == "Signing"]
    assert sorted(key for _, key in signing.participants) == ["china", "pakistan"]
    assert signing.status == "denied"


def test_the_host_extending_an_invitation_is_not_the_visitor(gaz):
    assert [e for e in events_of(gaz, "लावरोव ने किम जोंग-उन से कहा और मॉस्को आने का न्योता दोहराया।") if e.kind == "Visit"] == []
    (visit,) = [e for e in events_of(gaz, "किम जोंग-उन ने मॉस्को आने का निमंत्रण स्वीकार कर लिया है।") if e.kind == "Visit"]
    assert (visit.participants, visit.status) == ([("Person", "kim-jong-un")], "planned")


def test_an_event_inside_a_dated_occasion_takes_its_date(gaz):
    body = "मोदी ने फरवरी 2024 में दोहा की यात्रा की थी, जहां पुतिन के साथ उनकी बैठक हुई थी।"
    (meeting,) = [e for e in events_of(gaz, body) if e.kind == "Meeting"]
    assert summary(meeting) == ("Meeting", ("narendra-modi", "vladimir-putin"), "occurred", "2024-02")


def test_the_possessor_of_a_meeting_noun_is_a_participant(gaz):
    (event,) = events_of(gaz, "माना जा रहा है कि जयशंकर की अपने चीनी समकक्ष वांग यी से यहां संक्षिप्त मुलाकात हो सकती है।")
    assert summary(event)[:3] == ("Meeting", ("s-jaishankar", "wang-yi"), "speculated")


def test_a_coordinated_clause_without_a_date_shares_the_one_before(gaz):
    body = "लेकिन 28 फरवरी को ट्रंप और ज़ेलेंस्की के बीच हुई मुलाकात बहस में बदल गई और हस्ताक्षर नहीं हो सके।"
    (signing,) = [e for e in events_of(gaz, body) if e.kind == "Signing"]
    assert (signing.status, signing.date.value) == ("denied", "2025-02-28")
    assert sorted(k for _, k in signing.participants) == ["ukraine", "united-states"]  # not the meeting's subject


def test_both_leaders_are_the_two_just_named_in_the_sentence(gaz):
    body = "मंतुरोव ने मोदी की अगवानी की। सोमवार को पुतिन ने मोदी की मेजबानी की और दोनों नेताओं के बीच बातचीत हुई।"
    meetings = {tuple(sorted(k for _, k in e.participants)) for e in events_of(gaz, body) if e.kind == "Meeting"}
    assert ("narendra-modi", "vladimir-putin") in meetings
    assert all(len(pair) == 2 for pair in meetings)


def test_a_signing_during_a_dated_meeting_takes_its_date(gaz):
    # "इस दौरान" points back to the meeting told just before
    found = {e.kind: e for e in events_of(gaz, (
        "पुतिन ने मंगलवार को मॉस्को में मोदी से मुलाकात की। "
        "इस दौरान दोनों देशों के बीच ऊर्जा सहयोग पर एक समझौते पर हस्ताक्षर किए गए।"
    ))}
    assert summary(found["Signing"]) == ("Signing", ("india", "russia"), "occurred", "2025-06-03")


def test_after_the_talks_is_the_day_of_the_talks_not_of_the_arrival_told_later(gaz):
    # "वार्ता के बाद" names the meeting, not the pluperfect arrival between them
    found = [summary(e) for e in events_of(gaz, (
        "राजनाथ सिंह ने बुधवार को कैनबरा में रिचर्ड मार्ल्स से मुलाकात की। राजनाथ सिंह सोमवार रात कैनबरा पहुंचे थे। "
        "वार्ता के बाद भारत और ऑस्ट्रेलिया ने एक करार पर दस्तखत किए।"
    ))]
    assert ("Signing", ("australia", "india"), "occurred", "2025-06-04") in found


def test_the_first_day_of_a_trip_is_the_day_it_began(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "शी जिनपिंग सोमवार को तीन दिवसीय यात्रा पर मॉस्को पहुंचे। पहले दिन उन्होंने लावरोव से मुलाकात की।"
    ))]
    assert ("Meeting", ("sergei-lavrov", "xi-jinping"), "occurred", "2025-06-02") in found


def test_a_sentence_that_goes_on_with_the_paragraph_takes_its_date_unless_it_is_a_flashback(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "जॉर्जिया मेलोनी बुधवार को एक दिन के दौरे पर जर्मनी में रहीं। बर्लिन में फ्रेडरिक मर्ज के साथ उनकी बातचीत हुई। "
        "मेलोनी ने इमैनुएल मैक्रों से भी भेंट की थी।"
    ))]
    assert ("Meeting", ("friedrich-merz", "giorgia-meloni"), "occurred", "2025-06-04") in found
    assert ("Meeting", ("emmanuel-macron", "giorgia-meloni"), "occurred", None) in found


def test_a_headline_date_dates_the_body_events_it_summarises(gaz):
    header = "23 अगस्त को टोक्यो जाएंगे ली जे-म्यांग\n19 अगस्त 2025\n\n"
    found = [summary(e) for e in events_of(gaz, "सियोल: राष्ट्रपति ली जे-म्यांग अपनी पहली विदेश यात्रा पर जापान जाएंगे।", header)]
    assert all(date == "2025-08-23" for kind, _, _, date in found if kind == "Visit"), found


def test_a_one_party_headline_signing_is_covered_by_the_body(gaz):
    header = "ताशकंद में जल संधि पर मिर्जियोयेव के हस्ताक्षर\n12 नवंबर 2025\n\n"
    found = [summary(e) for e in events_of(gaz, "बुधवार को कजाखस्तान और उज्बेकिस्तान ने एक संधि पर हस्ताक्षर किए।", header)]
    signings = [f for f in found if f[0] == "Signing"]
    assert signings == [("Signing", ("kazakhstan", "uzbekistan"), "occurred", "2025-11-12")]


def test_calling_reports_wrong_denies_them_and_a_due_meeting_is_planned(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "प्रवक्ता ने उन खबरों को गलत बताया कि मोदी अगले सप्ताह पाकिस्तान जाएंगे। "
        "ट्रंप की मोदी से मुलाकात होनी है।"
    ))]
    assert ("Visit", ("narendra-modi",), "denied", None) in [(k, w, s, None) for k, w, s, _ in found]
    assert any(k == "Meeting" and s == "planned" for k, _, s, _ in found), found


def test_a_cancelled_meeting_is_denied(gaz):
    found = [summary(e) for e in events_of(gaz, "मेलोनी की काजा कालास से मुलाकात होनी थी, लेकिन यह मुलाकात रद्द कर दी गई।")]
    assert [s for k, _, s, _ in found if k == "Meeting"] == ["denied"], found


def test_a_summit_named_as_the_setting_is_not_a_meeting_of_those_present(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "शिखर सम्मेलन में लूला दा सिल्वा और जेवियर माइली एक ही मंच पर दिखे, लेकिन दोनों नेताओं के बीच कोई बैठक नहीं हुई।"
    ))]
    assert [s for k, _, s, _ in found if k == "Meeting"] == ["denied"], found


def test_a_headline_puts_the_future_verb_before_the_trigger(gaz):
    header = "टोक्यो जाएंगे ली जे-म्यांग, इशिबा के साथ होगी शिखर वार्ता\n19 अगस्त 2025\n\n"
    found = [summary(e) for e in events_of(gaz, "सियोल में आज मौसम साफ रहा।", header)]
    assert [s for k, _, s, _ in found if k == "Meeting"] == ["planned"], found


def test_both_leaders_and_the_one_they_meet_together_are_three_pairs(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "फ्रेडरिक मर्ज और जॉर्जिया मेलोनी ने बुधवार को बर्लिन में बातचीत की। "
        "अटकलें हैं कि जनवरी में दोनों नेता वोलोदिमीर ज़ेलेंस्की से एक साथ मिल सकते हैं।"
    ))]
    speculated = [w for k, w, s, _ in found if k == "Meeting" and s == "speculated"]
    assert speculated == [("friedrich-merz", "giorgia-meloni", "volodymyr-zelensky")], found


def test_the_trigger_word_is_never_read_as_a_name(gaz):
    # "रक्षा मंत्री संवाद" looks like "रक्षा मंत्री <name>" to name discovery
    found = [summary(e) for e in events_of(gaz, (
        "राजनाथ सिंह ने बुधवार को कैनबरा में अपने समकक्ष रिचर्ड मार्ल्स के साथ सालाना रक्षा मंत्री संवाद में हिस्सा लिया।"
    ))]
    assert ("Meeting", ("rajnath-singh", "richard-marles"), "occurred", "2025-06-04") in found, found


def test_blocs_named_between_sign_as_themselves(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "आसियान और यूरोपीय संघ के बीच मुक्त व्यापार समझौते पर बातचीत पूरी हुई थी, लेकिन उस पर अब तक हस्ताक्षर नहीं हुए हैं।"
    ))]
    assert [(w, s) for k, w, s, _ in found if k == "Signing"] == [(("asean", "european-union"), "denied")], found


def test_a_contract_with_a_partner_may_be_speculated_and_bare_both_is_the_pair_just_named(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "विश्लेषकों के बीच चर्चा है कि तुर्की सऊदी अरब के साथ लड़ाकू विमानों की बिक्री का करार कर सकता है। "
        "सम्मेलन में जेवियर माइली और लूला दा सिल्वा दिखे, लेकिन दोनों के बीच कोई बैठक नहीं हुई।"
    ))]
    assert ("Signing", ("saudi-arabia", "turkey"), "speculated", None) in found, found
    assert ("Meeting", ("javier-milei", "lula-da-silva"), "denied", None) in found, found


def test_earlier_in_the_story_and_the_same_year_are_read_at_the_month_and_year_before(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "शहबाज शरीफ ने शुक्रवार को बीजिंग में शी जिनपिंग से मुलाकात की। "
        "इससे पहले शरीफ ने ली कियांग के साथ वार्ता की। "
        "लूला दा सिल्वा और जेवियर माइली की मुलाकात नवंबर 2024 में हुई थी। "
        "उसी साल लूला दा सिल्वा ने क्लाउडिया शीनबाम के साथ भी वार्ता की थी।"
    ))]
    assert ("Meeting", ("li-qiang", "shehbaz-sharif"), "occurred", "2025-05") in found, found
    assert ("Meeting", ("claudia-sheinbaum", "lula-da-silva"), "occurred", "2024") in found, found


def test_a_paragraph_goes_on_past_a_sentence_without_events_or_dates(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "अब्बास अराघची और स्टीव विटकॉफ के बीच शनिवार को मस्कट में वार्ता हुई। "
        "ओमान के विदेश मंत्री बद्र अलबुसैदी ने मध्यस्थ की भूमिका निभाई। अराघची ने अलग से अलबुसैदी से भेंट की।"
    ))]
    assert ("Meeting", ("abbas-araghchi", "badr-alabusaidi"), "occurred", "2025-05-31") in found, found


def test_exchanging_signed_texts_and_signing_in_english_are_signings(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "भारत और रूस के बीच मंगलवार को तीन सहमति पत्रों का आदान-प्रदान हुआ। "
        "बुधवार को मोदी और पुतिन ने ऊर्जा समझौते पर साइन किए।"
    ))]
    signings = [f for f in found if f[0] == "Signing"]
    assert ("Signing", ("india", "russia"), "occurred", "2025-06-03") in signings, found
    assert ("Signing", ("narendra-modi", "vladimir-putin"), "occurred", "2025-06-04") in signings, found


def test_both_countries_in_a_coordinated_clause_sign_not_the_shared_subject(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "मोदी ने सोमवार को वॉशिंगटन में ट्रंप से भेंट की और दोनों देशों ने व्यापार समझौते पर हस्ताक्षर किए।"
    ))]
    assert ("Signing", ("india", "united-states"), "occurred", "2025-06-02") in found, found


def test_an_unconfirmed_or_claimed_meeting_is_speculated_not_denied(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "मोदी और पुतिन की मुलाकात की पुष्टि नहीं हुई है। "
        "रिपोर्टों में दावा किया गया है कि जयशंकर ने वांग यी से गुप्त मुलाकात की।"
    ))]
    assert [s for k, _, s, _ in found if k == "Meeting"] == ["speculated", "speculated"], found


def test_a_stay_in_the_future_is_a_planned_visit(gaz):
    found = [summary(e) for e in events_of(gaz, "जयशंकर 12 से 14 जून तक चीन की यात्रा पर रहेंगे।")]
    assert found == [("Visit", ("s-jaishankar",), "planned", "2025-06-12")], found


def test_the_possessor_of_an_infinitive_meeting_is_a_party_across_a_genitive(gaz):
    # the "की" of "यूरोपीय संघ की विदेश नीति प्रमुख" is a genitive, not the verb "did"
    found = [summary(e) for e in events_of(gaz, (
        "मेलोनी का यूरोपीय संघ की विदेश नीति प्रमुख काजा कालास से भी मिलना तय था, लेकिन यह मुलाकात रद्द कर दी गई।"
    ))]
    assert found == [("Meeting", ("giorgia-meloni", "kaja-kallas"), "denied", None)], found


def test_on_arrival_the_one_arriving_is_the_visitor_not_the_host(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "सोमवार को मॉस्को पहुंचने पर पुतिन ने मोदी का स्वागत किया।\n\n"
        "वांग यी के नई दिल्ली पहुंचने पर जयशंकर ने उनकी अगवानी की।"
    ))]
    visits = [(w, d) for k, w, _, d in found if k == "Visit"]
    assert visits == [(("narendra-modi",), "2025-06-02"), (("wang-yi",), None)], found


def test_a_pronoun_after_an_on_arrival_adverbial_refers_to_the_one_arriving(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "पुतिन ने कहा कि वार्ता अच्छी रही। वांग यी के नई दिल्ली पहुंचने पर जयशंकर ने उनकी अगवानी की।"
    ))]
    assert ("Meeting", ("s-jaishankar", "wang-yi"), "occurred", None) in found, found


def test_a_signing_that_is_due_or_will_happen_is_planned(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "भारत और रूस के बीच रक्षा समझौते पर हस्ताक्षर होने हैं। "
        "चीन और पाकिस्तान के बीच ऊर्जा समझौता होना तय है।"
    ))]
    assert [(w, s) for k, w, s, _ in found if k == "Signing"] == [
        (("india", "russia"), "planned"), (("china", "pakistan"), "planned")], found


def test_postponed_or_refused_meetings_are_denied_and_one_about_to_happen_is_planned(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "मोदी और पुतिन की बैठक टल गई है। जयशंकर ने वांग यी से मिलने से मना कर दिया। "
        "ट्रंप और शी जिनपिंग के बीच मुलाकात होने जा रही है। लावरोव और रुबियो के बीच मुलाकात हो सकने की बात कही जा रही है।"
    ))]
    assert [s for k, _, s, _ in found if k == "Meeting"] == ["denied", "denied", "planned", "speculated"], found


def test_a_year_told_before_is_background_not_the_date_of_what_follows(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "भारत और रूस ने 2019 में रक्षा समझौते पर हस्ताक्षर किए थे। मोदी और पुतिन के बीच ऊर्जा पर बातचीत हुई।"
    ))]
    assert ("Meeting", ("narendra-modi", "vladimir-putin"), "occurred", None) in found, found


def test_a_short_bracket_that_dates_or_glosses_a_word_does_not_cut_the_clause(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "रूस के राष्ट्रपति पुतिन रविवार (1 जून) को दो दिन की यात्रा पर भारत पहुंचे।"
    ))]
    assert ("Visit", ("vladimir-putin",), "occurred", "2025-06-01") in found, found


def test_a_deal_sealed_is_a_signing_but_a_cabinet_seal_is_an_approval(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "भारत और रूस के बीच रक्षा करार पर सोमवार देर रात मुहर लगी। "
        "मंत्रिमंडल ने चीन और पाकिस्तान के ऊर्जा समझौते पर मुहर लगाई। "
        "भारत और जापान के बीच प्रस्ताव पर मुहर लगी।"
    ))]
    assert [(w, s, d) for k, w, s, d in found if k == "Signing"] == [(("india", "russia"), "occurred", "2025-06-02")], found


def test_finalising_an_agreement_with_a_future_verb_is_a_planned_signing_of_a_person_and_a_country(gaz):
    # "X और Y के (उनके) समकक्ष": one signer named, the other through her counterpart's country
    (event,) = [e for e in events_of(gaz, "पेनी वोंग और फिलीपींस के उनके समकक्ष परसों समुद्री सहयोग के एक समझौते को अंतिम रूप देंगे।")
                if e.kind == "Signing"]
    assert summary(event) == ("Signing", ("penny-wong", "philippines"), "planned", "2025-06-06")


def test_agreements_made_and_treaties_agreed_are_signings(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "श्रीलंका और मालदीव के बीच मत्स्य पालन और स्वास्थ्य के क्षेत्र में तीन समझौते हुए। "
        "तुर्किये और ब्रिटेन के बीच वर्ष 2018 में एक सैन्य प्रशिक्षण संधि पर सहमति बनी थी।"
    ))]
    assert [(w, d) for k, w, _, d in found if k == "Signing"] == [
        (("maldives", "sri-lanka"), None), (("turkey", "united-kingdom"), "2018")], found


def test_a_deal_that_was_due_but_not_agreed_is_denied(gaz):
    (event,) = events_of(gaz, "भारत और जापान के बीच रक्षा उपकरणों पर एक करार होना था, लेकिन कुछ मुद्दों पर सहमति नहीं बन सकी।")
    assert summary(event) == ("Signing", ("india", "japan"), "denied", None)


def test_the_next_sentence_dates_a_signing_told_without_a_date(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "शहबाज शरीफ और मोहम्मद बिन सलमान के बीच बातचीत के बाद दोनों देशों ने एक रक्षा समझौते पर हस्ताक्षर किए। "
        "यह समझौता ३ जून को हस्ताक्षरित हुआ और १ जुलाई से लागू होगा।"
    ))]
    signings = [x for x in found if x[0] == "Signing"]
    assert signings == [("Signing", ("pakistan", "saudi-arabia"), "occurred", "2025-06-03")], found


def test_talks_named_only_to_date_what_follows_are_no_new_meeting(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "सोमवार को मुइज्जू और दिसानायके के बीच वार्ता हुई। "
        "वार्ता के बाद श्रीलंका और मालदीव के बीच तीन समझौते हुए।"
    ))]
    assert [x for x in found if x[0] == "Meeting"] == [("Meeting", ("anura-kumara-dissanayake", "mohamed-muizzu"), "occurred", "2025-06-02")], found
    assert ("Signing", ("maldives", "sri-lanka"), "occurred", "2025-06-02") in found, found


def test_a_signing_at_that_same_meeting_takes_the_meeting_date(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "मार्च के पहले सप्ताह में पाकिस्तान और सऊदी अरब के बीच बैठक हुई। "
        "उसी बैठक में ऊर्जा क्षेत्र के एक करार पर भी दस्तख़त किए गए।"
    ))]
    assert ("Signing", ("pakistan", "saudi-arabia"), "occurred", "2025-03") in found, found


def test_both_ministers_are_the_pair_of_the_event_just_told(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "एस जयशंकर और ताकेशी इवाया ने समझौतों पर हस्ताक्षर किए। जयशंकर बुधवार को पहुंचे थे। "
        "दोनों मंत्रियों के बीच बातचीत भी हुई।"
    ))]
    assert ("Meeting", ("s-jaishankar", "takeshi-iwaya"), "occurred", None) in [x[:3] + (None,) for x in found], found


def test_an_agreement_and_its_verb_split_by_a_date_is_a_signing_that_dates_the_one_told_before(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "मोदी और स्टार्मर ने समझौते पर हस्ताक्षर किए। यह समझौता सोमवार को हुआ।"
    ))]
    assert [x for x in found if x[0] == "Signing"] == [("Signing", ("keir-starmer", "narendra-modi"), "occurred", "2025-06-02")], found


def test_what_happens_during_or_after_a_dated_occasion_takes_its_date(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "जून 2024 में पुतिन की प्योंगयांग यात्रा के दौरान रूस और उत्तर कोरिया ने संधि पर हस्ताक्षर किए थे। "
        "मोदी और स्टार्मर की सोमवार को हुई वार्ता के बाद भारत और ब्रिटेन ने व्यापार समझौते पर हस्ताक्षर किए।"
    ))]
    signings = [(w, d) for k, w, _, d in found if k == "Signing"]
    assert signings == [(("north-korea", "russia"), "2024-06"), (("india", "united-kingdom"), "2025-06-02")], found


def test_ministers_signing_on_behalf_of_their_countries_sign_as_the_countries(gaz):
    (event,) = [e for e in events_of(gaz, (
        "भारत की ओर से वाणिज्य मंत्री पीयूष गोयल और ब्रिटेन की ओर से व्यापार मंत्री जोनाथन रेनॉल्ड्स ने समझौते पर हस्ताक्षर किए।"
    )) if e.kind == "Signing"]
    assert sorted(k for _, k in event.participants) == ["india", "united-kingdom"]


def test_a_person_signing_with_a_country_signs_with_that_country_but_between_names_both(gaz):
    (event,) = events_of(gaz, "मोदी ने जापान के साथ सेमीकंडक्टर समझौते पर हस्ताक्षर किए।")
    assert summary(event) == ("Signing", ("japan", "narendra-modi"), "occurred", None)


def test_an_agreement_not_reached_or_reached_by_a_perfect_verb(gaz):
    def signings(body):
        return [(w, st) for k, w, st, _ in map(summary, events_of(gaz, body)) if k == "Signing"]

    assert signings("भारत और ब्रिटेन के बीच व्यापार समझौता नहीं हो पाया।") == [(("india", "united-kingdom"), "denied")]
    # the coordinated clause names nobody: the article's two countries did not agree
    assert signings("चीन और पाकिस्तान के बीच वार्ता विफल रही और कोई समझौता नहीं हुआ।") == [(("china", "pakistan"), "denied")]
    assert signings("रूस और उत्तर कोरिया के बीच ऊर्जा समझौता हो गया है।") == [(("north-korea", "russia"), "occurred")]


def test_days_after_count_from_the_day_told_before(gaz):
    found = [summary(e) for e in events_of(gaz, "मोदी सोमवार को मालदीव पहुंचे। दो दिन बाद वे श्रीलंका गए।")]
    assert [d for k, _, _, d in found if k == "Visit"] == ["2025-06-02", "2025-06-04"], found


def test_a_signing_with_one_side_named_is_with_the_articles_other_main_party(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "रूस के राष्ट्रपति पुतिन उत्तर कोरिया पहुंचे। उत्तर कोरिया ने उनका स्वागत किया। "
        "पुतिन ने बुधवार को रक्षा संधि पर हस्ताक्षर किए।"
    ))]
    assert ("Signing", ("north-korea", "russia"), "occurred", "2025-06-04") in found, found


def test_a_comma_after_a_headline_trigger_noun_ends_its_clause(gaz):
    header = "भारत-जापान के बीच तीन एमओयू पर दस्तखत, अगले महीने टोक्यो जाएंगे जयशंकर\n04-Jun-2025 3:58:20 pm\n\n"
    found = [summary(e) for e in events_of(gaz, "भारत और जापान ने बुधवार को तीन समझौतों पर दस्तखत किए।", header=header)]
    assert {s for k, _, s, _ in found if k == "Signing"} == {"occurred"}, found  # not planned by जाएंगे
    assert "2025-07" not in {d for k, _, _, d in found if k == "Signing"}, found  # nor dated by अगले महीने


def test_a_dated_participle_before_its_subject_dates_the_subjects_main_event(gaz):
    found = [summary(e) for e in events_of(gaz, "सोमवार को मास्को पहुंचे मोदी ने पुतिन से मुलाकात की।")]
    assert ("Meeting", ("narendra-modi", "vladimir-putin"), "occurred", "2025-06-02") in found, found


def test_agreeing_to_hold_the_next_meeting_plans_it_and_reads_its_month_ahead(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "एस जयशंकर और मौरो विएरा ने संयुक्त आयोग की अगली बैठक अक्टूबर में ब्रासीलिया में करने पर सहमति जताई।"
    ))]
    assert ("Meeting", ("mauro-vieira", "s-jaishankar"), "planned", "2025-10") in found, found


def test_a_deal_that_may_be_made_or_should_be_signed(gaz):
    def signings(body):
        return [(w, st) for k, w, st, _ in map(summary, events_of(gaz, body)) if k == "Signing"]

    assert signings("भारत और बांग्लादेश के बीच समझौता हो सकता है।") == [(("bangladesh", "india"), "speculated")]
    assert signings("भारत और बांग्लादेश के बीच नई संधि पर दिसंबर तक हस्ताक्षर हो जाने चाहिए।") == [(("bangladesh", "india"), "planned")]


def test_the_speaker_after_meeting_someone_is_a_participant(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "युद्ध पर चर्चा तेज है। ज़ेलेंस्की से सोमवार को मिलने के बाद ट्रंप ने कहा कि युद्ध जल्द खत्म होगा।"
    ))]
    assert ("Meeting", ("donald-trump", "volodymyr-zelensky"), "occurred", "2025-06-02") in found, found


def test_a_meeting_owned_through_a_dated_participle_is_still_theirs(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "युद्ध पर चर्चा तेज है। ट्रंप और ज़ेलेंस्की की सोमवार को हुई मुलाकात के बाद यूरोपीय नेताओं ने राहत की सांस ली।"
    ))]
    assert ("Meeting", ("donald-trump", "volodymyr-zelensky"), "occurred", "2025-06-02") in found, found


def test_the_speaker_a_participle_describes_is_the_visitor(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "शुरुआती बात। सोमवार को टोक्यो पहुंचे मोदी ने कहा कि भारत-जापान संबंध मजबूत हैं।"
    ))]
    assert ("Visit", ("narendra-modi",), "occurred", "2025-06-02") in found, found


def test_talks_named_as_the_time_of_a_countries_signing_are_no_new_meeting(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "पुतिन और किम जोंग-उन के बीच सोमवार को बातचीत हुई। "
        "दोनों देशों ने बातचीत के बाद सैन्य सहयोग के एक नए करार पर दस्तखत किए।"
    ))]
    assert [x for x in found if x[0] == "Meeting"] == [("Meeting", ("kim-jong-un", "vladimir-putin"), "occurred", "2025-06-02")], found
    assert ("Signing", ("north-korea", "russia"), "occurred", "2025-06-02") in found, found


def test_a_denial_of_a_future_meeting_reads_its_weekday_forward_and_of_a_past_one_back(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "क्रेमलिन ने उन खबरों का खंडन किया कि पुतिन और किम जोंग-उन शनिवार को फिर मिलेंगे।"
    ))]
    assert found == [("Meeting", ("kim-jong-un", "vladimir-putin"), "denied", "2025-06-07")], found
    found = [summary(e) for e in events_of(gaz, "भारत और रूस के बीच यह समझौता पहले होना था, लेकिन 28 फरवरी को हस्ताक्षर नहीं हो सके।")]
    assert found == [("Signing", ("india", "russia"), "denied", "2025-02-28")], found


def test_a_future_after_a_vowel_letter_ends_its_clause_and_shares_its_date(gaz):
    found = [summary(e) for e in events_of(gaz, "शुरुआती बात। पुतिन 5 दिसंबर को भारत आएंगे और मोदी से मिलेंगे।")]
    assert ("Meeting", ("narendra-modi", "vladimir-putin"), "planned", "2025-12-05") in found, found


def test_a_meeting_still_to_come_is_planned_and_read_forward_even_when_postponed(gaz):
    found = [summary(e) for e in events_of(gaz, "शुरुआती बात। मोदी और पुतिन के बीच शनिवार को होने वाली बैठक पर दुनिया की नजर है।")]
    assert found == [("Meeting", ("narendra-modi", "vladimir-putin"), "planned", "2025-06-07")], found
    found = [summary(e) for e in events_of(gaz, "शुरुआती बात। मोदी और पुतिन की सोमवार को प्रस्तावित मुलाकात टल गई है।")]
    assert found == [("Meeting", ("narendra-modi", "vladimir-putin"), "denied", "2025-06-09")], found


def test_a_genitive_ki_is_no_past_tense(gaz):
    found = [summary(e) for e in events_of(gaz, "शुरुआती बात। पुतिन के दिसंबर में भारत आने की संभावना है।")]
    assert found == [("Visit", ("vladimir-putin",), "speculated", "2025-12")], found


def test_a_bloc_coordinated_with_a_country_signs_beside_it(gaz):
    found = [summary(e) for e in events_of(gaz, "भारत और यूरोपीय संघ ने मुक्त व्यापार समझौते पर हस्ताक्षर किए।")]
    assert found == [("Signing", ("european-union", "india"), "occurred", None)], found


def test_a_link_back_takes_the_date_of_what_was_said_not_of_the_saying(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "प्रवक्ता ने सोमवार को बताया कि मोदी और पुतिन की मुलाकात 20 जून को होगी। "
        "अखबारों के अनुसार, इस दौरान भारत और रूस ऊर्जा समझौते पर हस्ताक्षर कर सकते हैं।"
    ))]
    assert ("Signing", ("india", "russia"), "speculated", "2025-06-20") in found, found


def test_the_particle_to_opens_no_clause_without_jab_or_agar(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "शुरुआती बात। पिछले सप्ताह हुए सम्मेलन में मोदी और पुतिन एक ही मंच पर तो दिखे, लेकिन दोनों के बीच कोई बैठक नहीं हुई।"
    ))]
    # the week before 4 June 2025 spans May and June: read at the year
    assert found == [("Meeting", ("narendra-modi", "vladimir-putin"), "denied", "2025")], found


def test_being_ready_to_sign_is_a_plan(gaz):
    (event,) = events_of(gaz, "भारत और ब्रिटेन समझौते पर हस्ताक्षर करने को तैयार हैं।")
    assert summary(event) == ("Signing", ("india", "united-kingdom"), "planned", None)


def meetings_of(gaz, body):
    return sorted(summary(e)[1:3] for e in events_of(gaz, body) if e.kind == "Meeting")


def test_a_list_of_leaders_meeting_one_more_is_one_meeting_of_all(gaz):
    body = ("यूरोपीय आयोग की अध्यक्ष उर्सुला वॉन डेर लेयेन, फ्रांस के राष्ट्रपति इमैनुएल मैक्रों और ब्रिटेन के "
            "प्रधानमंत्री कीर स्टार्मर ने सोमवार को यूक्रेन के राष्ट्रपति वोलोदिमीर ज़ेलेंस्की के साथ वीडियो कॉल पर बैठक की।")
    assert meetings_of(gaz, body) == [(("emmanuel-macron", "keir-starmer", "ursula-von-der-leyen", "volodymyr-zelensky"), "occurred")]


def test_a_second_meeting_in_its_own_clause_is_its_own_event(gaz):
    body = "मोदी ने पुतिन से मुलाकात की, जबकि जयशंकर और लावरोव के बीच अलग से वार्ता हुई।"
    assert meetings_of(gaz, body) == [(("narendra-modi", "vladimir-putin"), "occurred"), (("s-jaishankar", "sergei-lavrov"), "occurred")]


def test_the_same_meeting_told_twice_in_one_sentence_is_one_event(gaz):
    body = "पुतिन ने मोदी से मुलाकात की और दोनों नेताओं के बीच व्यापार पर वार्ता हुई।"
    assert meetings_of(gaz, body) == [(("narendra-modi", "vladimir-putin"), "occurred")]


def test_a_meeting_asked_about_is_speculated(gaz):
    body = "प्रश्न: क्या अराघची मोदी से भी मिलेंगे?"
    assert meetings_of(gaz, body) == [(("abbas-araghchi", "narendra-modi"), "speculated")]


def test_the_one_met_is_not_the_subject_a_later_pronoun_means(gaz):
    body = ("अराघची सोमवार को नई दिल्ली पहुंचे। मंगलवार को विदेश मंत्री एस. जयशंकर के साथ उनकी बैठक हुई। "
            "इसी दिन वाणिज्य मंत्री पीयूष गोयल से भी वे मिले।")
    assert (("abbas-araghchi", "piyush-goyal"), "occurred") in meetings_of(gaz, body)
    assert not any("s-jaishankar" in who and "piyush-goyal" in who for who, _ in meetings_of(gaz, body))


def test_a_meeting_said_to_be_possible_is_speculated(gaz):
    body = "यह भी मुमकिन है कि मिर्ज़ियोयेव और ट्रंप की अगली मुलाक़ात न्यूयॉर्क में हो।"
    assert meetings_of(gaz, body) == [(("donald-trump", "shavkat-mirziyoyev"), "speculated")]


def test_both_after_a_passive_welcome_are_the_two_named_before(gaz):
    body = ("सऊदी अरब के रक्षा मंत्री प्रिंस ख़ालिद बिन सलमान का गुरुवार को तेहरान पहुंचने पर ईरानी सशस्त्र बलों के "
            "चीफ़ ऑफ़ स्टाफ़ मेजर जनरल मोहम्मद बाक़ेरी द्वारा स्वागत किया गया, और दोनों के बीच रक्षा सहयोग पर चर्चा की गई।")
    assert meetings_of(gaz, body) == [(("khalid-bin-salman", "mohammad-bakeri"), "occurred")]


def test_the_possessor_of_a_meeting_met_each_one_named_with_se(gaz):
    body = "लीमा में यून सुक-योल की इशिबा और शी जिनपिंग से मुलाकात हुई।"
    assert meetings_of(gaz, body) == [(("shigeru-ishiba", "yoon-suk-yeol"), "occurred"), (("xi-jinping", "yoon-suk-yeol"), "occurred")]


def test_a_headline_comma_after_a_trigger_ends_its_clause_even_before_a_name(gaz):
    header = "पुतिन-एर्दोगन में बातचीत, शी जिनपिंग ने लूला से की मुलाकात\n04-Jun-2025 3:58:20 pm\n\n"
    article = extract(Article(id="t", raw_text=header + "मॉस्को। दोनों देशों ने बयान जारी किया।"), gaz)
    pairs = {tuple(sorted(k for _, k in e.participants)) for e in article.events if e.kind == "Meeting"}
    assert ("vladimir-putin", "xi-jinping") not in pairs and ("lula-da-silva", "vladimir-putin") not in pairs


def test_a_phone_call_is_a_meeting(gaz):
    body = "एर्दोगन ने पुतिन के साथ फोन कॉल में युद्धविराम पर जोर दिया।"
    assert meetings_of(gaz, body) == [(("recep-tayyip-erdogan", "vladimir-putin"), "occurred")]


def test_a_refused_meeting_is_denied(gaz):
    body = "ज़ेलेंस्की ने पुतिन से मुलाकात का प्रस्ताव ठुकरा दिया।"
    assert meetings_of(gaz, body) == [(("vladimir-putin", "volodymyr-zelensky"), "denied")]


def test_a_negation_before_the_meeting_verb_denies_it(gaz):
    assert meetings_of(gaz, "ट्रंप ज़ेलेंस्की से नहीं मिलेंगे।") == [(("donald-trump", "volodymyr-zelensky"), "denied")]


def test_a_subject_and_an_object_pronoun_are_the_two_people_named_before(gaz):
    body = "ट्रंप ने ज़ेलेंस्की की आलोचना की थी और संकेत दिया था कि वे उनसे नहीं मिलेंगे।"
    assert meetings_of(gaz, body) == [(("donald-trump", "volodymyr-zelensky"), "denied")]


def test_a_meeting_in_a_where_clause_is_as_uncertain_as_the_trip(gaz):
    body = "सूत्रों के मुताबिक, अगले साल मोदी बर्लिन जा सकते हैं, जहां उनकी मर्ज़ के साथ बैठक होगी।"
    assert meetings_of(gaz, body) == [(("friedrich-merz", "narendra-modi"), "speculated")]
    body = "मोदी अगले महीने बर्लिन जाएंगे, जहां उनकी मर्ज़ के साथ बैठक होगी।"
    assert meetings_of(gaz, body) == [(("friedrich-merz", "narendra-modi"), "planned")]


def test_who_speaks_in_the_talks_took_part_in_them(gaz):
    body = "ट्रंप के साथ बैठक के दौरान नेतन्याहू ने कहा कि बातचीत अच्छी रही।"
    assert meetings_of(gaz, body) == [(("benjamin-netanyahu", "donald-trump"), "occurred")]


def test_a_companion_with_ke_saath_met_the_host_together_with_the_subject(gaz):
    body = "शहबाज शरीफ ने आसिम मुनीर के साथ सऊदी क्राउन प्रिंस मोहम्मद बिन सलमान से मुलाकात की।"
    assert meetings_of(gaz, body) == [(("asim-munir", "mohammed-bin-salman", "shehbaz-sharif"), "occurred")]


def test_an_unfixed_date_leaves_a_meeting_arranged_not_denied(gaz):
    # only the date is open: the meeting is being arranged, as a visit whose dates are open is
    body = "पेसकोव ने कहा कि पुतिन और ट्रंप की मुलाकात की तारीख तय नहीं हुई है।"
    assert meetings_of(gaz, body) == [(("donald-trump", "vladimir-putin"), "planned")]


def test_an_undecided_meeting_is_speculated(gaz):
    body = "पेसकोव ने कहा कि अभी तय नहीं है कि पुतिन और ट्रंप मिलेंगे।"
    assert meetings_of(gaz, body) == [(("donald-trump", "vladimir-putin"), "speculated")]


def test_a_time_told_right_before_jab_dates_the_meeting_in_the_when_clause(gaz):
    body = "मंगलवार को जब मोदी ने लूला से मुलाकात की, तो माहौल अच्छा था।"
    assert [summary(e) for e in events_of(gaz, body)] == [("Meeting", ("lula-da-silva", "narendra-modi"), "occurred", "2025-06-03")]


def test_a_tour_told_in_one_sentence_gives_a_visit_per_stop(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "शुरुआती बात। पिछले साल नवंबर में शी चिनफिंग रियो डी जनेरियो गए थे और उसके बाद उन्होंने ब्रासीलिया की राजकीय यात्रा की थी।"
    )) if e.kind == "Visit"]
    assert len(found) == 2, found
    assert {e.destination[1] for e in events_of(gaz, (
        "शुरुआती बात। पिछले साल नवंबर में शी चिनफिंग रियो डी जनेरियो गए थे और उसके बाद उन्होंने ब्रासीलिया की राजकीय यात्रा की थी।"
    ))} == {"rio-de-janeiro", "brasilia"}


def test_a_plane_landing_at_a_city_airport_is_a_visit_to_that_city(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। प्रधानमंत्री मोदी टोक्यो के हानेदा हवाई अड्डे पर उतरे।")
    assert (event.kind, event.destination, event.status) == ("Visit", ("Place", "tokyo"), "occurred")


def test_landing_without_a_plane_is_no_visit(gaz):
    assert not [e for e in events_of(gaz, "शुरुआती बात। ट्रंप चुनाव मैदान में उतरे।") if e.kind == "Visit"]


def test_a_plane_carrying_someone_lands_in_the_dateline_city(gaz):
    found = events_of(gaz, "नई दिल्ली, 11 जून। भूटान के प्रधानमंत्री शेरिंग तोबगे को लेकर आया विशेष विमान मंगलवार शाम पालम वायुसेना हवाई अड्डे पर उतरा।",
                      header="समाचार\n11 जून 2025\n\n")
    assert [summary(e) for e in found] == [("Visit", ("tshering-tobgay",), "occurred", "2025-06-10")]
    assert found[0].destination == ("Place", "new-delhi")


def test_the_plane_of_the_one_the_story_is_about_brings_them(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। मंगलवार को प्रबोवो सुबियांतो अबू धाबी पहुंचे। गुरुवार सुबह उनका विमान दोहा के हमद अंतरराष्ट्रीय हवाई अड्डे पर उतरा।"))
    assert ("prabowo-subianto", ("Place", "doha")) in {(e.participants[0][1], e.destination) for e in found if e.kind == "Visit"}


def test_a_negated_weak_visit_verb_is_a_denied_visit(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। ट्रंप ने कहा कि वे सम्मेलन के लिए दक्षिण अफ्रीका नहीं जाएंगे।")
    assert (event.kind, event.destination, event.status) == ("Visit", ("Country", "south-africa"), "denied")


def test_a_conjunctive_participle_of_going_is_a_visit(gaz):
    found = {e.kind: e for e in events_of(gaz, "शुरुआती बात। ब्राज़ील सरकार ने उन ख़बरों का खंडन किया कि लूला इस महीने वॉशिंगटन जाकर ट्रंप से मिलेंगे।")}
    assert (found["Visit"].destination, found["Visit"].status) == (("Place", "washington"), "denied")


def test_a_feminine_arrival_and_a_departure_for_a_city_are_visits(gaz):
    found = {(e.participants[0][1], e.destination[1], e.status) for e in events_of(gaz, (
        "शुरुआती बात। गत सप्ताह यवेट कूपर नई दिल्ली आई थीं। लूला 15 मई को हनोई के लिए प्रस्थान करेंगे।")) if e.kind == "Visit"}
    assert found == {("yvette-cooper", "new-delhi", "occurred"), ("lula-da-silva", "hanoi", "planned")}, found


def test_the_nth_day_of_a_trip_counts_from_the_day_it_began(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। तोबगे सोमवार को नई दिल्ली पहुंचे। बुधवार को राष्ट्रपति मुर्मू ने उनका स्वागत किया। "
        "यात्रा के दूसरे दिन प्रधानमंत्री मोदी ने तोबगे से मुलाकात की।"))
    meeting = next(e for e in found if e.kind == "Meeting" and ("Person", "narendra-modi") in e.participants)
    assert meeting.date.value == "2025-06-03"


def test_a_sentence_opening_with_a_pronoun_keeps_the_story_on_its_person(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। प्रबोवो सुबियांतो सोमवार को यूएई पहुंचे। मंगलवार को वे अबू धाबी में थे, जहां शेख मोहम्मद बिन जायद अल नाहयान ने उनका स्वागत किया। "
        "कतर के अमीर शेख तमीम बिन हमद अल-थानी से उनकी मुलाकात शुक्रवार को होनी है।"))
    last = [e for e in found if e.kind == "Meeting"][-1]
    assert {k for _, k in last.participants} == {"prabowo-subianto", "tamim-bin-hamad-al-thani"}


def test_two_leaders_named_together_both_travel(gaz):
    found = {e.participants[0][1] for e in events_of(gaz, (
        "शुरुआती बात। रवांडा के राष्ट्रपति पॉल कगामे और कांगो के राष्ट्रपति फ़ेलिक्स त्शिसेकेदी आने वाले हफ़्तों में वॉशिंगटन आएंगे।"))
        if e.kind == "Visit"}
    assert len(found) == 2, found


def test_a_date_after_a_trip_as_time_reference_is_not_the_trip_date(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। मलेशिया के प्रधानमंत्री अनवर इब्राहिम तीन दिवसीय जापान यात्रा के बाद सोमवार को स्वदेश लौट आए।")
    assert (event.kind, event.destination, event.date) == ("Visit", ("Country", "japan"), None)


def test_a_number_word_ends_a_discovered_name(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। मलेशिया के प्रधानमंत्री अनवर इब्राहिम तीन दिवसीय जापान यात्रा पर हैं।")
    assert event.participants == [("Person", "anavar-ibrahim")]


def test_a_departure_after_finishing_a_trip_is_a_new_stop(gaz):
    found = {e.destination[1]: e.status for e in events_of(gaz, (
        "शुरुआती बात। चीन यात्रा पूरी करने के बाद लूला 15 मई को हनोई के लिए प्रस्थान करेंगे।")) if e.kind == "Visit"}
    assert found.get("hanoi") == "planned", found


def test_a_headline_with_the_subject_after_its_verb_is_an_arrival_not_a_plan(gaz):
    found = events_of(gaz, "प्योंगयांग पहुंचे पुतिन, आज किम जोंग-उन से होगी शिखर वार्ता\n12 जून 2024\n\nपाठ।", header="")
    visit = next(e for e in found if e.kind == "Visit")
    meeting = next(e for e in found if e.kind == "Meeting")
    assert (visit.participants, visit.status, meeting.status) == ([("Person", "vladimir-putin")], "occurred", "planned")


def test_a_trip_owned_across_a_date_and_an_adjective_has_its_traveller(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। ब्रिटेन के प्रधानमंत्री कीर स्टार्मर की इसी महीने प्रस्तावित भारत यात्रा टल गई है।")
    assert summary(event) == ("Visit", ("keir-starmer",), "denied", "2025-06")


def test_a_trip_that_times_a_future_signing_is_planned(gaz):
    found = {e.kind: e for e in events_of(gaz, (
        "शुरुआती बात। इस संधि पर जनवरी में अल्बनीज़ की जकार्ता यात्रा के दौरान औपचारिक रूप से हस्ताक्षर किए जाएंगे।"))}
    assert (found["Visit"].status, found["Visit"].date.value) == ("planned", "2026-01")


def test_a_meeting_during_which_an_invitation_was_accepted_happened(gaz):
    found = [e for e in events_of(gaz, "शुरुआती बात। किम जोंग-उन से मुलाकात के दौरान पुतिन ने उत्तर कोरिया की यात्रा का निमंत्रण स्वीकार किया।")
             if e.kind == "Meeting"]
    assert found[0].status == "occurred"


def test_a_possibility_not_ruled_out_is_speculated(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। सूत्रों ने बताया कि इस संभावना से इनकार नहीं किया जा सकता कि पेज़ेशकियान रियाद का दौरा करें।")
    assert (event.kind, event.status) == ("Visit", "speculated")


def test_a_jab_clause_takes_the_date_right_before_it(gaz):
    (event,) = events_of(gaz, (
        "शुरुआती बात। पिछले बुधवार, 28 मई को, जब रामफोसा ओवल ऑफ़िस में डोनाल्ड ट्रंप से मिले, तो माहौल तनावपूर्ण था।"))
    assert summary(event) == ("Meeting", ("cyril-ramaphosa", "donald-trump"), "occurred", "2025-05-28")


def test_a_meeting_during_the_trip_just_told_takes_its_date(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। गत 2 जून को यवेट कूपर नई दिल्ली आई थीं। अपने दो दिन के प्रवास के दौरान उन्होंने एस. जयशंकर से मुलाकात की थी।"))
    meeting = next(e for e in found if e.kind == "Meeting")
    assert meeting.date.value == "2025-06-02"


def test_taking_part_in_a_summit_held_in_a_city_is_a_visit_there(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। मोदी इससे पहले रियो डी जनेरियो में हुए ब्रिक्स शिखर सम्मेलन में हिस्सा ले चुके थे।")
    assert (event.kind, event.destination, event.status) == ("Visit", ("Place", "rio-de-janeiro"), "occurred")


def test_not_going_to_a_meeting_held_in_a_city_is_a_denied_visit(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। मार्को रुबियो फरवरी में जोहान्सबर्ग में हुई जी20 विदेश मंत्रियों की बैठक में नहीं गए थे।")
    assert (event.kind, event.destination, event.status, event.date.value) == ("Visit", ("Place", "johannesburg"), "denied", "2025-02")


def test_taking_part_with_no_host_place_or_at_home_is_no_visit(gaz):
    assert not [e for e in events_of(gaz, "शुरुआती बात। मोदी ने शिखर सम्मेलन में भाग लिया। मोदी ने नई दिल्ली में हुए सम्मेलन में हिस्सा लिया।")
                if e.kind == "Visit"]


def test_a_meeting_a_week_before_the_visit_told_before_is_dated_back_from_it(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। सर्गेई शोइगु बुधवार को प्योंगयांग पहुंचे। उनकी यात्रा मॉस्को में लावरोव और किम जोंग-उन की बैठक के ठीक एक सप्ताह बाद हुई।"))
    meeting = next(e for e in found if e.kind == "Meeting")
    assert meeting.date.value == "2025-05-28"


def test_a_portfolio_minister_without_a_country_is_a_person_who_travels(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। वाणिज्य मंत्री पीयूष गोयल अगले हफ्ते लंदन का दौरा कर सकते हैं।")
    assert (event.participants, event.destination, event.status) == ([("Person", "piyush-goyal")], ("Place", "london"), "speculated")


def test_a_companion_named_beside_a_pronoun_subject_does_not_become_the_topic(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। केन्याई विदेश मंत्री मुसालिया मुदावादी सोमवार को नई दिल्ली पहुंचे। "
        "उत्तर: मंगलवार को विदेश मंत्री एस. जयशंकर के साथ उनकी बैठक हुई। इसी दिन वाणिज्य मंत्री पीयूष गोयल से भी वे मिले।"))
    pairs = {frozenset(k for _, k in e.participants) for e in found if e.kind == "Meeting"}
    assert frozenset({"musaliya-mudavadi", "piyush-goyal"}) in pairs, pairs


def test_leaving_a_city_visited_before_is_in_the_month_of_that_visit(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। मोदी सोमवार रात ब्रासीलिया पहुँचे।\n\nब्रासीलिया के बाद मोदी नामीबिया के लिए रवाना हो गए।"))
    namibia = next(e for e in found if e.kind == "Visit" and e.destination == ("Country", "namibia"))
    assert namibia.date.value == "2025-06"


def test_an_earlier_trip_with_nothing_dated_before_takes_the_month_of_its_sentence(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। मोदी इससे पहले रियो डी जनेरियो में हुए ब्रिक्स शिखर सम्मेलन में हिस्सा ले चुके थे, जहाँ से वे सोमवार रात ब्रासीलिया पहुँचे थे।"))
    rio = next(e for e in found if e.destination == ("Place", "rio-de-janeiro"))
    assert rio.date.value == "2025-06"


def test_a_date_after_the_trigger_that_went_elsewhere_leaves_the_paragraph_day(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। प्रबोवो सुबियांतो बुधवार को सिडनी पहुंचे। प्रबोवो सुबियांतो और एंथनी अल्बनीज़ के बीच हुई बातचीत के बाद "
        "यह घोषणा की गई कि जनवरी में अल्बनीज़ की जकार्ता यात्रा के दौरान हस्ताक्षर किए जाएंगे।"))
    jakarta = next(e for e in found if e.kind == "Visit" and e.destination == ("Place", "jakarta"))
    assert jakarta.date.value == "2026-01"
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date.value == "2025-06-04"


def test_dates_not_yet_fixed_leave_a_visit_planned(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। मोदी के अमेरिका दौरे की तारीखें अभी तय नहीं हुई हैं।")
    assert (event.kind, event.status) == ("Visit", "planned")


def test_a_date_after_completing_a_trip_is_the_return_not_the_trip(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। इमैनुएल मैक्रों अपनी भारत यात्रा पूरी कर शुक्रवार को पेरिस लौट गए।")
    assert (event.destination, event.date) == (("Country", "india"), None)


def test_an_arrival_participle_before_a_name_is_that_persons_visit(gaz):
    (event,) = [e for e in events_of(gaz, (
        "शुरुआती बात। अनुरा कुमारा दिसानायके की मेजबानी में कोलंबो पहुंचे मोदी का भव्य स्वागत हुआ।")) if e.kind == "Visit"]
    assert (event.participants, event.destination) == ([("Person", "narendra-modi")], ("Place", "colombo"))


def test_during_his_trip_takes_the_date_of_that_persons_trip_only(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। विक्रम मिस्री रविवार को ढाका पहुंचे।\n\nअपनी यात्रा के दौरान शी चिनफिंग मॉस्को में पुतिन से मिलेंगे।"))
    meeting = next(e for e in found if e.kind == "Meeting")
    assert meeting.date is None


def test_a_trip_a_week_before_a_saying_has_no_date(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। विक्रम मिस्री रविवार को मोहम्मद यूनुस से मिले।\n\n"
        "मोदी की यूक्रेन यात्रा के एक सप्ताह बाद ज़ेलेंस्की ने कहा कि भारत शांति वार्ता की मेजबानी कर सकता है।"))
    visit = next(e for e in found if e.kind == "Visit")
    assert visit.date is None


def test_reaching_a_city_with_the_compound_verb_is_a_visit(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। वोलोदिमीर ज़ेलेंस्की अचानक वॉशिंगटन पहुंच गए।")
    assert (event.kind, event.destination) == ("Visit", ("Place", "washington"))


def test_a_trip_before_a_departure_in_one_sentence_is_its_own_visit(gaz):
    found = {e.destination[1] for e in events_of(gaz, "शुरुआती बात। मोदी फ्रांस की दो दिवसीय यात्रा के बाद अमेरिका रवाना हो गए।")}
    assert found == {"france", "united-states"}, found


def test_arriving_here_is_arriving_in_the_dateline_city(gaz):
    (event,) = events_of(gaz, "मॉस्को। भारत के विदेश मंत्री एस जयशंकर तीन दिन के दौरे पर बुधवार को यहां पहुंचे।")
    assert (event.destination, event.date.value) == (("Place", "moscow"), "2025-06-04")


def test_a_trip_to_meet_someone_goes_to_their_country_at_the_meetings_date(gaz):
    found = {e.kind: e for e in events_of(gaz, (
        "शुरुआती बात। 2023 में, उत्तर कोरियाई नेता किम जोंग उन ने रूसी अंतरिक्ष बंदरगाह पर पुतिन से मिलने के लिए अपनी "
        "बुलेटप्रूफ ट्रेन पर एक दुर्लभ विदेश यात्रा की।"))}
    assert (found["Visit"].destination, found["Visit"].status, found["Visit"].date.value) == (("Country", "russia"), "occurred", "2023")


def test_a_jab_clause_after_a_dated_visit_shares_its_date(gaz):
    found = {e.kind: e for e in events_of(gaz, (
        "शुरुआती बात। शी चिनफिंग 2019 में आखिरी बार भारत आए थे, जब उन्होंने मामल्लपुरम में मोदी से मुलाकात की थी।"))}
    assert found["Meeting"].date.value == "2019"


def test_a_name_coordinated_into_a_between_phrase_is_not_the_traveller(gaz):
    (visit,) = [e for e in events_of(gaz, (
        "शुरुआती बात। ट्रंप और पुतिन के बीच अलास्का में 15 अगस्त को हुई शिखर वार्ता के बाद ज़ेलेंस्की 18 अगस्त को वॉशिंगटन पहुंचे।"))
        if e.kind == "Visit" and e.destination == ("Place", "washington")]
    assert visit.participants == [("Person", "volodymyr-zelensky")]


def test_a_headline_naming_a_trip_takes_the_bodys_status(gaz):
    found = events_of(gaz, (
        "पुतिन का भारत दौरा: क्या है एजेंडा\n3 दिसंबर 2025\n\nव्लादिमीर पुतिन गुरुवार को दो दिवसीय यात्रा पर नई दिल्ली पहुंचेंगे।\n\n"
        "2021 में भी वे भारत आए थे।"), header="")
    head = next(e for e in found if e.sentence == 0)
    assert head.status == "planned"


def test_an_honorific_arrival_is_a_visit(gaz):
    (event,) = events_of(gaz, "शुरुआती बात। श्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके रविवार को भारत पधारे।")
    assert (event.kind, event.destination, event.date.value) == ("Visit", ("Country", "india"), "2025-06-01")


def test_days_before_a_summit_told_with_its_day_count_back_from_it(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। मोदी और पुतिन की शिखर वार्ता 22 जून को होगी। शिखर वार्ता से दो दिन पहले जयशंकर मॉस्को पहुंचेंगे।"))
    visit = next(e for e in found if e.kind == "Visit")
    assert visit.date.value == "2025-06-20"


def test_a_pronoun_after_someones_return_means_them(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। पुतिन के दिसंबर में भारत आने की उम्मीद है।\n\nज़ेलेंस्की के अचानक कीव लौटने से उनकी लंदन यात्रा अधूरी रह गई।"))
    london = next(e for e in found if e.destination == ("Place", "london"))
    assert london.participants == [("Person", "volodymyr-zelensky")]


def test_a_trip_for_the_summit_is_in_the_summits_month(gaz):
    found = events_of(gaz, (
        "शुरुआती बात। सिरिल रामफोसा ने शनिवार को जी20 शिखर सम्मेलन से पहले ली कियांग से मुलाकात की। "
        "डोनाल्ड ट्रंप ने कहा था कि वे सम्मेलन के लिए दक्षिण अफ्रीका नहीं जाएंगे।"))
    visit = next(e for e in found if e.kind == "Visit")
    assert (visit.status, visit.date and visit.date.value) == ("denied", "2025-05"), summary(visit)


# -- signing sides: blocs, anaphors, witnesses (samples s41–s44) --------------------------------


def signings(gaz, body, header=HEADER):
    return [summary(e) for e in events_of(gaz, body, header=header) if e.kind == "Signing"]


def test_two_blocs_named_together_sign_as_the_two_sides(gaz):
    found = signings(gaz, "मर्कोसुर और यूरोपीय मुक्त व्यापार संघ (ईएफटीए) ने मंगलवार को मुक्त व्यापार समझौते पर हस्ताक्षर किए।")
    assert found == [("Signing", ("efta", "mercosur"), "occurred", "2025-06-03")]


def test_ministers_signing_on_behalf_of_blocs_make_the_blocs_the_signers(gaz):
    found = signings(gaz, (
        "ब्राजील के विदेश मंत्री माउरो विएरा ने मर्कोसुर की ओर से और स्विट्जरलैंड के मंत्री गाय पार्मेलिन ने "
        "ईएफटीए की ओर से दस्तखत किए।"))
    assert [who for _, who, _, _ in found] == [("efta", "mercosur")]


def test_a_blocs_member_states_signing_together_are_the_bloc(gaz):
    found = signings(gaz, "सम्मेलन में बिम्सटेक के सदस्य देशों ने समुद्री परिवहन सहयोग समझौते पर हस्ताक्षर किए।")
    assert [who for _, who, _, _ in found] == [("bimstec",)]
    found = signings(gaz, "आसियान देशों ने चीन के साथ आचार संहिता पर हस्ताक्षर किए।")
    assert [who for _, who, _, _ in found] == [("asean", "china")]


def test_a_country_that_only_qualifies_a_noun_does_not_sign_beside_a_bloc(gaz):
    header = "प्रधानमंत्री की थाईलैंड यात्रा: बिम्सटेक देशों ने समुद्री परिवहन समझौते पर किए हस्ताक्षर\n04-Jun-2025 3:58:20 pm\n\n"
    found = signings(gaz, "मोदी ने सम्मेलन में हिस्सा लिया।", header=header)
    assert [who for _, who, _, _ in found] == [("bimstec",)]


def test_both_organisations_are_the_two_bodies_named_together_in_the_sentence_before(gaz):
    found = signings(gaz, (
        "लुआंडा में सोमवार को अफ्रीकी संघ-यूरोपीय संघ शिखर सम्मेलन शुरू हुआ। "
        "सम्मेलन के पहले दिन दोनों संगठनों ने प्रवासन पर एक समझौता ज्ञापन पर हस्ताक्षर किए।"))
    # the summit named with its day dates what was signed at it
    assert found == [("Signing", ("african-union", "european-union"), "occurred", "2025-06-02")]


def test_both_countries_are_the_sides_of_the_meeting_told_just_before_not_the_articles_main_pair(gaz):
    found = signings(gaz, (
        "मोदी ने गुरुवार को थाईलैंड की प्रधानमंत्री पैतोंगतार्न शिनावात्रा से मुलाकात की। भारत और थाईलैंड ने "
        "छह समझौतों पर हस्ताक्षर किए। थाईलैंड और भारत के बीच व्यापार बढ़ रहा है।\n\n"
        "शुक्रवार को मोदी ने बांग्लादेश के मुख्य सलाहकार मोहम्मद यूनुस से भी मुलाकात की। अटकलें थीं कि दोनों "
        "देश जल बंटवारे पर कोई समझौता करेंगे, लेकिन बैठक में ऐसा कोई समझौता नहीं हुआ।"))
    assert ("bangladesh", "india") in [who for _, who, status, _ in found if status == "denied"]


def test_a_signing_that_names_nobody_is_between_the_sides_of_the_meeting_before_it(gaz):
    found = signings(gaz, (
        "मिस्र के राष्ट्रपति ने कहा कि मिस्र शांति चाहता है। मिस्र और मिस्र के लोग इंतजार कर रहे हैं।\n\n"
        "ट्रंप और पुतिन के बीच मंगलवार को अलास्का में तीन घंटे वार्ता हुई। बैठक के बाद किसी समझौते पर हस्ताक्षर नहीं हुए।"))
    assert found == [("Signing", ("russia", "united-states"), "denied", "2025-06-03")]


def test_both_sides_are_the_pair_a_sentence_names_before_its_relative_clause(gaz):
    found = signings(gaz, (
        "जीसीसी ने पिछले महीने ब्रिटेन के साथ अपना मुक्त व्यापार समझौता पूरा किया था, जिस पर लंदन में दोनों "
        "पक्षों के मंत्रियों ने हस्ताक्षर किए।"))
    assert [who for _, who, _, _ in found] == [("gcc", "united-kingdom")]


def test_a_mediator_does_not_sign(gaz):
    found = signings(gaz, (
        "सऊदी अरब और ईरान के विदेश मंत्री मिले। दोनों देशों के बीच संबंध मार्च 2023 में बहाल किए गए थे, जब "
        "चीन की मध्यस्थता में बीजिंग में एक समझौते पर हस्ताक्षर किए गए थे।"))
    assert [who for _, who, _, _ in found] == [("iran", "saudi-arabia")]


def test_a_name_past_the_verb_and_a_comma_belongs_to_another_clause(gaz):
    header = "रवांडा और डीआर कांगो के बीच शांति समझौते पर वॉशिंगटन में दस्तख़त, ट्रंप बोले- 'शानदार दिन'\n04-Jun-2025 3:58:20 pm\n\n"
    found = signings(gaz, "समारोह विदेश विभाग में हुआ।", header=header)
    assert [who for _, who, _, _ in found] == [("democratic-republic-of-the-congo", "rwanda")]


def test_a_capital_that_acts_signs_for_its_country(gaz):
    found = signings(gaz, "ताशकंद ने रूस के नेतृत्व वाले किसी सैन्य गठबंधन समझौते पर दस्तख़त नहीं किए हैं।")
    assert found == [("Signing", ("russia", "uzbekistan"), "denied", None)]


def test_a_question_asserts_no_signing(gaz):
    assert signings(gaz, "भारत और केन्या के बीच वार्ता हुई।\n\nप्रश्न: क्या कोई समझौता भी हुआ?") == []


def test_a_pronoun_a_body_speaks_for_is_that_body(gaz):
    found = signings(gaz, "ईएफटीए ने एक बयान में कहा कि वह अगले साल मलेशिया के साथ भी एक समझौते पर हस्ताक्षर करेगा।")
    assert found == [("Signing", ("efta", "malaysia"), "planned", "2026")]


def test_a_postponed_signing_is_denied(gaz):
    header = "भारत-जीसीसी मुक्त व्यापार समझौते पर दस्तखत फिर टले\n04-Jun-2025 3:58:20 pm\n\n"
    found = signings(gaz, "वाणिज्य मंत्रालय ने कोई टिप्पणी नहीं की।", header=header)
    assert [(who, status) for _, who, status, _ in found] == [(("gcc", "india"), "denied")]


# -- signing dates ------------------------------------------------------------------------------


def test_a_signing_on_the_sidelines_of_a_summit_takes_the_day_the_summit_was_told(gaz):
    found = signings(gaz, (
        "लुआंडा में सोमवार को शिखर सम्मेलन शुरू हुआ।\n\n"
        "सम्मेलन से इतर केन्या और इथियोपिया ने एक रक्षा सहयोग संधि पर दस्तखत किए।"))
    assert found == [("Signing", ("ethiopia", "kenya"), "occurred", "2025-06-02")]
    found = signings(gaz, (
        "लुआंडा में सोमवार को शिखर सम्मेलन शुरू हुआ।\n\n"
        "सम्मेलन के दूसरे दिन केन्या और इथियोपिया ने एक रक्षा सहयोग संधि पर दस्तखत किए।"))
    assert found == [("Signing", ("ethiopia", "kenya"), "occurred", None)]  # not the day it began


def test_a_signing_after_talks_told_without_an_event_takes_the_date_of_the_sentence_telling_them(gaz):
    found = signings(gaz, (
        "मंगलवार को जब मोदी और लूला आमने-सामने बैठे, तो एजेंडा सिर्फ व्यापार का नहीं था।\n\n"
        "बातचीत के बाद छह समझौतों पर दोनों देशों की ओर से दस्तख़त किए गए।"))
    assert found == [("Signing", ("brazil", "india"), "occurred", "2025-06-03")]


def test_a_live_blog_entry_stamped_with_a_clock_time_is_on_the_articles_day(gaz):
    found = signings(gaz, (
        "मोदी और जापान के प्रधानमंत्री के बीच वार्ता जारी है।\n\n"
        "3:15 PM: विदेश सचिव ने ब्रीफिंग में बताया कि दोनों देशों ने 13 दस्तावेज़ों पर हस्ताक्षर किए।"))
    assert ("Signing", ("india", "japan"), "occurred", "2025-06-04") in found


def test_that_day_dates_a_signing_with_the_day_of_the_meeting_before(gaz):
    found = signings(gaz, (
        "रामफोसा सोमवार को व्हाइट हाउस में ट्रंप से मिले। "
        "व्यापार समझौते का प्रस्ताव भेजा गया था, लेकिन उस दिन उस पर दस्तख़त नहीं हुए।"))
    assert found == [("Signing", ("south-africa", "united-states"), "denied", "2025-06-02")]


def test_the_one_who_speaks_is_the_side_a_deal_was_made_with(gaz):
    found = signings(gaz, "रूस ने कहा कि अमेरिका के साथ कोई समझौता नहीं हुआ है।")
    assert found == [("Signing", ("russia", "united-states"), "denied", None)]
    # an armed group named by its fighters is the side; "X सरकार ने" speaks for X
    found = signings(gaz, "डीआर कांगो सरकार ने उन ख़बरों को ख़ारिज किया कि एम23 विद्रोहियों के साथ कोई समझौता हो चुका है।")
    assert found == [("Signing", ("democratic-republic-of-the-congo", "m23"), "denied", None)]


def test_a_time_adverb_between_an_agreement_and_its_verb_keeps_the_signing(gaz):
    found = signings(gaz, (
        "भारत और ब्राजील के बीच वार्ता हुई। कुछ विश्लेषक मानते हैं कि दोनों देशों के बीच एक रक्षा समझौता "
        "आने वाले महीनों में हो सकता है।"))
    assert found == [("Signing", ("brazil", "india"), "speculated", None)]


def test_a_signing_told_in_a_when_clause_takes_the_date_of_the_clause_it_belongs_to(gaz):
    found = signings(gaz, (
        "सऊदी अरब और ईरान के विदेश मंत्री मिले। दोनों देशों के बीच संबंध मार्च 2023 में बहाल किए गए थे, जब "
        "चीन की मध्यस्थता में बीजिंग में एक समझौते पर हस्ताक्षर किए गए थे।"))
    assert found == [("Signing", ("iran", "saudi-arabia"), "occurred", "2023-03")]
    # and the day told before a "जब" clause dates what it tells, so "उस दिन" finds it
    found = signings(gaz, (
        "पिछले बुधवार, 28 मई को, जब रामफोसा व्हाइट हाउस में ट्रंप से मिले, तो माहौल तनावपूर्ण था। "
        "व्यापार समझौते का प्रस्ताव भेजा गया था, लेकिन उस दिन उस पर दस्तख़त नहीं हुए।"))
    assert found == [("Signing", ("south-africa", "united-states"), "denied", "2025-05-28")]


def test_making_a_deal_with_a_side_is_a_signing_but_compromising_is_not(gaz):
    found = signings(gaz, (
        "रक्षा विभाग ने उन रिपोर्टों का खंडन किया, जिनमें कहा गया था कि ऑस्ट्रेलिया भारत के साथ पनडुब्बी निर्माण "
        "पर समझौता करेगा।"))
    assert found == [("Signing", ("australia", "india"), "denied", None)]
    assert signings(gaz, "भारत और अमेरिका की वार्ता जारी है। भारत ने कहा कि वह अपने किसानों के हितों से समझौता नहीं करेगा।") == []


def test_a_bloc_speaks_through_its_officer_and_signs_as_the_unmarked_subject(gaz):
    found = signings(gaz, "नाटो के महासचिव ने कहा कि गठबंधन यूक्रेन के साथ सुरक्षा समझौते पर हस्ताक्षर करेगा।")
    assert found == [("Signing", ("nato", "ukraine"), "planned", None)]
    found = signings(gaz, (
        "यूरोपीय संघ की विदेश नीति प्रमुख काजा कालास ने कहा कि ईयू यूक्रेन के साथ नए सुरक्षा समझौते पर हस्ताक्षर करेगा।"))
    assert found == [("Signing", ("european-union", "ukraine"), "planned", None)]
    found = signings(gaz, "ब्रिक्स देशों के नेताओं ने रियो घोषणापत्र पर हस्ताक्षर किए।")
    assert [who for _, who, _, _ in found] == [("brics",)]


def test_an_agreement_is_named_by_its_quoted_title_or_topic_not_by_a_bare_kind_of_document(gaz):
    from kg.iris import slugify

    def named(body):
        return [e.agreement for e in events_of(gaz, body) if e.kind == "Signing"]

    assert named('केन्या और इथियोपिया ने "रक्षा सहयोग संधि" पर दस्तखत किए।') == [slugify("रक्षा सहयोग संधि")]
    assert named("सम्मेलन में आसियान देशों ने लुआंडा घोषणापत्र पर हस्ताक्षर किए।") == [slugify("लुआंडा घोषणापत्र")]
    assert named("भारत और थाईलैंड ने एक समझौता ज्ञापन पर हस्ताक्षर किए।") == [None]
    assert named("भारत और चीन ने व्यापार से जुड़े 23 समझौतों पर हस्ताक्षर किए।") == [None]




# Tuesday 27 May 2025, an Urdu-leaning desk's style
URDU_HEADER = "ख़बर\n27 मई 2025\n\n"


def test_urdu_offices_name_their_holders_and_urdu_weekdays_date_the_meeting(gaz):
    found = events_of(gaz, "ईरान के सदर ने जुमेरात को पाकिस्तान के वज़ीर-ए-आज़म से मुलाक़ात की।\n", URDU_HEADER)
    assert [summary(e) for e in found] == [
        ("Meeting", ("masoud-pezeshkian", "shehbaz-sharif"), "occurred", "2025-05-22")]


def test_a_report_refuted_with_tardid_is_denied(gaz):
    found = events_of(gaz, (
        "बयान में उन ख़बरों की तरदीद की गई कि शहबाज़ शरीफ़ अमीर ख़ान मुत्तक़ी से मिलेंगे।\n"), URDU_HEADER)
    assert [e.status for e in found if e.kind == "Meeting"] == ["denied"]


def test_both_countries_in_urdu_are_the_two_sides_of_a_signing(gaz):
    found = events_of(gaz, (
        "पाकिस्तान के वज़ीर-ए-आज़म शहबाज़ शरीफ़ पीर को ईरान पहुंचे।\n\n"
        "दोनों मुल्कों ने गुज़िश्ता माह एक मुआहिदे पर दस्तख़त किए थे।\n"), URDU_HEADER)
    signing = next(e for e in found if e.kind == "Signing")
    assert sorted(key for _, key in signing.participants) == ["iran", "pakistan"]
    assert signing.date.value == "2025-04"


def test_code_mixed_roman_names_titles_and_english_triggers_make_a_meeting(gaz):
    header = "ख़बर\nUpdated: 09/10/2025, 06:45 PM IST\n\n"
    found = meetings_only(gaz, "Thursday को मुंबई में PM मोदी और Starmer के बीच बाइलेटरल टॉक्स हुईं।\n", header)
    assert [summary(e) for e in found] == [
        ("Meeting", ("keir-starmer", "narendra-modi"), "occurred", "2025-10-09")]
    found = events_of(gaz, "PM मोदी ने Thursday को UK PM से मुलाक़ात की।\n", header)
    assert [summary(e) for e in found] == [
        ("Meeting", ("keir-starmer", "narendra-modi"), "occurred", "2025-10-09")]


def test_a_code_mixed_visit_with_an_english_relative_date_is_speculated(gaz):
    header = "ख़बर\nUpdated: 09/10/2025, 06:45 PM IST\n\n"
    found = events_of(gaz, "Sources के मुताबिक एस जयशंकर next month London का visit कर सकते हैं।\n", header)
    assert [summary(e) for e in found] == [("Visit", ("s-jaishankar",), "speculated", "2025-11")]


def test_a_denial_in_the_next_sentence_is_a_second_claim_about_the_event(gaz):
    found = meetings_only(gaz, (
        "कुछ विश्लेषक दावा करते हैं कि 2017 में अस्ताना में मोदी और नवाज़ शरीफ़ की गुप्त मुलाक़ात हुई थी। "
        "विदेश मंत्रालय ने इसका हमेशा खंडन किया है।\n"))
    assert sorted(summary(e) for e in found) == [
        ("Meeting", ("narendra-modi", "nawaz-sharif"), "denied", "2017"),
        ("Meeting", ("narendra-modi", "nawaz-sharif"), "speculated", "2017")]


def test_a_retold_decade_dates_events_by_the_year_told_before(gaz):
    found = events_of(gaz, (
        "2014 में नवाज़ शरीफ़ नरेंद्र मोदी के शपथ ग्रहण समारोह में दिल्ली आए थे। "
        "अगले दिन दोनों नेताओं ने हैदराबाद हाउस में बातचीत की थी।\n\n"
        "2015 में रूस के उफ़ा शहर में मोदी और नवाज़ शरीफ़ फिर मिले। उसी साल दिसंबर में मोदी अचानक लाहौर पहुंच गए।\n\n"
        "फिर 2016 में पठानकोट पर हमला हुआ। उस साल इस्लामाबाद में होने वाले सार्क शिखर सम्मेलन में मोदी नहीं गए।\n"))
    dated = {(e.kind, e.status, e.date.value if e.date else None) for e in found}
    assert ("Meeting", "occurred", "2014") in dated  # the day after an event of 2014
    assert ("Visit", "occurred", "2015-12") in dated  # December of the year told before
    assert ("Visit", "denied", "2016") in dated  # "उस साल": the year told before


def test_an_event_during_this_trip_takes_the_trip_date(gaz):
    found = events_of(gaz, (
        "शहबाज़ शरीफ़ पीर को तेहरान पहुंचे। बयान में उन ख़बरों का खंडन किया गया कि इस दौरे में शहबाज़ शरीफ़ "
        "अमीर ख़ान मुत्तक़ी से मिलेंगे।\n"), URDU_HEADER)
    meeting = next(e for e in found if e.kind == "Meeting")
    assert (meeting.status, meeting.date.value) == ("denied", "2025-05-26")


def test_a_bulletin_question_about_a_visit_speculates_it(gaz):
    found = events_of(gaz, "एंकर: क्या पुतिन भारत आएंगे?\n")
    assert [summary(e) for e in found] == [("Visit", ("vladimir-putin",), "speculated", None)]


def test_an_unconfirmed_concession_pointing_back_leaves_the_event_speculated(gaz):
    found = events_of(gaz, "शी जिनपिंग अगले साल भारत आएंगे, हालांकि चीन ने इसकी पुष्टि नहीं की है।\n")
    assert [summary(e) for e in found] == [("Visit", ("xi-jinping",), "speculated", "2026")]


def test_a_code_mixed_signing_ceremony_between_roman_country_names(gaz):
    found = events_of(gaz, "Pakistan और Afghanistan के बीच trade agreement पर signing ceremony 12 March 2025 को Kabul में हुई।\n")
    assert [summary(e) for e in found] == [("Signing", ("afghanistan", "pakistan"), "occurred", "2025-03-12")]


def test_an_urdu_crown_prince_welcoming_a_president_is_a_meeting(gaz):
    found = events_of(gaz, "सऊदी वली अहद ने इतवार को रियाद में अमेरिकी सदर का इस्तक़बाल किया।\n")
    assert [summary(e) for e in found] == [("Meeting", ("donald-trump", "mohammed-bin-salman"), "occurred", "2025-06-01"),
                                           ("Visit", ("donald-trump",), "occurred", "2025-06-01")]


def test_an_urdu_arrival_on_friday_is_a_visit_and_friday_is_no_person(gaz):
    # "जुमा" is Friday here; Jacob Zuma is "जुमा" only where an article named him in full
    found = events_of(gaz, "तुर्की के सदर रजब तैयब एर्दोगान जुमा को इस्लामाबाद तशरीफ़ लाए।\n", URDU_HEADER)
    assert [summary(e) for e in found] == [("Visit", ("recep-tayyip-erdogan",), "occurred", "2025-05-23")]


def test_a_day_heading_dates_the_timeline_entries_under_it(gaz):
    found = events_of(gaz, (
        "एशिया में एक हफ्ते की कूटनीति, सिलसिलेवार।\n"
        "सोमवार, 2 जून\n"
        "अस्ताना में लावरोव ने वांग यी से मुलाकात की। दोनों ने व्यापार की समीक्षा की।\n"
        "पहला दिन, 3 जून: रियाद\n"
        "जयशंकर सुबह रियाद पहुंचे।\n"
    ))
    dated = {(e.kind, e.date.value if e.date else None) for e in found}
    assert ("Meeting", "2025-06-02") in dated
    assert ("Visit", "2025-06-03") in dated


def test_a_dateless_heading_ends_the_reach_of_the_day_heading_above_it(gaz):
    found = events_of(gaz, (
        "सोमवार, 2 जून\n"
        "अस्ताना में लावरोव ने वांग यी से मुलाकात की।\n"
        "आगे\n"
        "जयशंकर रियाद जाएंगे।\n"
    ))
    (visit,) = [e for e in found if e.kind == "Visit" and e.destination == ("Place", "riyadh")]
    assert visit.date is None


def test_a_dated_line_with_a_year_is_a_dateline_not_a_day_heading(gaz):
    found = events_of(gaz, "नई दिल्ली, 2 जून 2025\nजयशंकर रियाद जाएंगे।\n")
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert visit.date is None


def test_an_arrival_keeps_its_subject_across_a_relative_clause(gaz):
    found = events_of(gaz, "कोलंबिया के राष्ट्रपति गुस्तावो पेट्रो, जो सेलाक की अध्यक्षता संभालने वाले हैं, मंगलवार रात मॉस्को पहुंचे।")
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert summary(visit)[1:3] == (("gustavo-petro",), "occurred")
    assert visit.destination == ("Place", "moscow")


def test_a_leader_who_did_not_come_stayed_away_from_the_summit_venue(gaz):
    found = events_of(gaz, (
        "शिखर सम्मेलन बुधवार को मॉस्को में ख़त्म हुआ। "
        "मैक्सिको की राष्ट्रपति क्लाउडिया शेनबाम भी नहीं पहुंचीं।"
    ))
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert visit.destination == ("Place", "moscow") and visit.status == "denied"


def test_a_spanish_name_is_known_by_its_paternal_surname(gaz):
    found = events_of(gaz, (
        "इक्वाडोर के राष्ट्रपति डेनियल नोबोआ अज़ीन सम्मेलन में शामिल नहीं हुए। "
        "नोबोआ ने चुनाव प्रचार का हवाला देकर मॉस्को जाने से इनकार कर दिया था।"
    ))
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert summary(visit)[1:3] == (("deniyal-noboa-ajin",), "denied")


def test_a_country_that_places_a_city_is_no_party_to_the_talks_held_there(gaz):
    (meeting,) = [e for e in events_of(gaz, "ईरान और अमेरिका के बीच परमाणु वार्ता का अगला दौर ओमान की राजधानी मस्कट में हुआ है।")
                  if e.kind == "Meeting"]
    assert sorted(key for _, key in meeting.participants) == ["iran", "united-states"]


def test_the_next_round_told_as_held_occurred_and_one_still_to_come_is_planned(gaz):
    held, = [e for e in events_of(gaz, "ईरान और अमेरिका के बीच वार्ता का अगला दौर मस्कट में हुआ।") if e.kind == "Meeting"]
    due, = [e for e in events_of(gaz, "ईरान और अमेरिका के बीच वार्ता का अगला दौर रोम में होगा।") if e.kind == "Meeting"]
    assert (held.status, due.status) == ("occurred", "planned")


INTERVIEW = (
    "प्रश्न: आप पिछली बार अक्टूबर 2024 में दिल्ली आई थीं।\n"
    "पेनी वोंग: हां, पिछले साल मैं जकार्ता गई थी और वहां सुगियोनो से भी मिली थी। "
    "यहां से मैं बुधवार को कोलंबो जाऊंगी।\n"
    "प्रश्न: चीन?\n"
    "पेनी वोंग: वांग यी के साथ हमारा संवाद बना हुआ है; दिसंबर में हम दोनों की फोन पर बात हुई थी।\n"
)


def test_an_interviews_first_person_is_the_person_the_answer_line_is_labelled_with(gaz):
    found = {(e.kind, tuple(sorted(k for _, k in e.participants)), e.destination, e.status) for e in events_of(gaz, INTERVIEW)}
    assert ("Visit", ("penny-wong",), ("Place", "jakarta"), "occurred") in found
    assert ("Meeting", ("penny-wong", "sugiono"), None, "occurred") in found  # "और वहां … मिली थी"
    assert ("Visit", ("penny-wong",), ("Place", "colombo"), "planned") in found  # "जाऊंगी"
    assert ("Meeting", ("penny-wong", "wang-yi"), None, "occurred") in found  # "हम दोनों"


def test_an_interviewers_you_is_the_person_who_answers(gaz):
    found = [e for e in events_of(gaz, INTERVIEW) if e.kind == "Visit" and e.destination == ("Place", "delhi")]
    assert [(e.participants, e.date.value) for e in found] == [([("Person", "penny-wong")], "2024-10")]


def test_hope_that_someone_comes_is_a_speculation(gaz):
    (visit,) = [e for e in events_of(gaz, "पेनी वोंग: उम्मीद है कि मैं फिर भारत आऊंगी।\n") if e.kind == "Visit"]
    assert visit.status == "speculated"


def test_a_stop_called_off_in_a_but_clause_is_denied_and_keeps_its_scheduled_day(gaz):
    found = events_of(gaz, (
        "पहला दिन, 5 जून: अबू धाबी\n"
        "जयशंकर का संयुक्त अरब अमीरात जाने का कार्यक्रम था, लेकिन विदेश मंत्रालय ने बुधवार को बताया कि यह पड़ाव रद्द कर दिया गया है।\n"
    ))
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert (visit.status, visit.date.value) == ("denied", "2025-06-05")  # not the Wednesday it was said


def test_nobody_visits_their_own_country_the_guest_they_meet_arrived(gaz):
    (visit,) = [e for e in events_of(gaz, "दोहा पहुंचने के कुछ ही घंटों बाद कतर के अमीर शेख तमीम बिन हमद अल-थानी ने जयशंकर से मुलाकात की।")
                if e.kind == "Visit"]
    assert visit.participants == [("Person", "s-jaishankar")]
    assert not [e for e in events_of(gaz, "कतर के अमीर शेख तमीम बिन हमद अल-थानी दोहा पहुंचे।") if e.kind == "Visit"]


def test_a_trip_owned_after_its_infinitive_and_told_afresh_after_a_semicolon(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "पिछले वर्ष भारत आने का राष्ट्रपति पुतिन का कार्यक्रम टल गया था; "
        "उन्होंने अगले वर्ष भारत आने का निमंत्रण स्वीकार कर लिया है।"
    )) if e.kind == "Visit"]
    assert found == [("Visit", ("vladimir-putin",), "denied", "2024"), ("Visit", ("vladimir-putin",), "planned", "2026")]


def test_a_day_heading_may_gloss_its_date_with_the_weekday(gaz):
    found = events_of(gaz, "जयशंकर का दौरा\n3 जून (मंगलवार)\nजयशंकर रियाद पहुंचे।\n")
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert visit.date.value == "2025-06-03"


def test_an_answer_labelled_jawab_is_the_interviewee_the_headline_names(gaz):
    found = events_of(gaz, (
        "ऑस्ट्रेलियाई विदेश मंत्री पेनी वोंग से खास बातचीत\n"
        "सवाल: आप पिछली बार कब भारत आई थीं?\n"
        "जवाब: मैं अक्टूबर 2024 में दिल्ली आई थी और तब जयशंकर से मिली थी।\n"
    ), header="")
    assert ("Meeting", ("penny-wong", "s-jaishankar"), "occurred", "2024-10") in [summary(e) for e in found]


def test_a_relative_pronoun_set_off_after_a_name_stands_for_it(gaz):
    found = [summary(e) for e in events_of(gaz, "ब्राजील के राष्ट्रपति लूला, जिन्होंने पिछले महीने चीन की यात्रा की थी, बुधवार को मॉस्को पहुंचे।")]
    assert ("Visit", ("lula-da-silva",), "occurred", "2025-05") in found


def test_a_leader_who_did_not_come_by_a_weak_verb_stayed_away_too(gaz):
    found = events_of(gaz, "शिखर सम्मेलन जोहान्सबर्ग में हुआ। चीन के राष्ट्रपति शी जिनपिंग भी नहीं आए।")
    assert [(e.destination, e.status) for e in found if e.kind == "Visit"] == [(("Place", "johannesburg"), "denied")]




# Translated wire copy (samples s71-s74): clock times in other zones, nested attribution,
# conflicting claims.

def test_a_clock_time_converted_to_indian_time_does_not_split_the_meeting_clause(gaz):
    (event,) = meetings_only(gaz, (
        "शी जिनपिंग और ली जे-म्यांग ने मंगलवार (3 जून) को स्थानीय समय के अनुसार दोपहर तीन बजे "
        "(भारतीय समयानुसार सुबह 11:30 बजे) ग्योंगजू में द्विपक्षीय वार्ता की, एएफपी ने बताया।"
    ))
    assert summary(event) == ("Meeting", ("lee-jae-myung", "xi-jinping"), "occurred", "2025-06-03")


def test_a_meeting_in_another_time_zone_keeps_its_local_day(gaz):
    (event,) = events_of(gaz, (
        "वॉशिंगटन में सोमवार (2 जून) की शाम, जब भारत में मंगलवार की सुबह हो चुकी थी, "
        "मार्को रुबियो ने एस जयशंकर से मुलाकात की।"
    ))
    assert summary(event) == ("Meeting", ("marco-rubio", "s-jaishankar"), "occurred", "2025-06-02")


def test_however_inside_a_clause_lets_its_denial_reach_what_is_then_said(gaz):
    # "ने हालांकि … खंडन किया और कहा कि …": हालांकि is "however" here, and the denial governs
    # the content of the "और कहा" joined to it
    (event,) = [e for e in events_of(gaz, (
        "चीनी विदेश मंत्रालय के प्रवक्ता गुओ जियाकुन ने हालांकि इन खबरों का खंडन किया और कहा कि "
        "ली जे-म्यांग की चीन यात्रा को लेकर अभी कोई कार्यक्रम तय नहीं हुआ है।"
    )) if e.kind == "Visit"]
    assert event.status == "denied"


def test_a_meeting_not_called_off_is_still_planned(gaz):
    (event,) = events_of(gaz, (
        "पेस्कोव ने कहा कि पुतिन और ट्रंप की शिखर बैठक रद्द नहीं हुई है, लेकिन इसकी कोई तारीख अभी तय नहीं की गई है।"
    ))
    assert summary(event) == ("Meeting", ("donald-trump", "vladimir-putin"), "planned", None)


def test_an_agency_cited_before_talks_pointed_back_to_names_no_meeting(gaz):
    found = events_of(gaz, (
        "शी जिनपिंग और ली जे-म्यांग ने मंगलवार को वार्ता की। चीन की सरकारी समाचार एजेंसी शिन्हुआ के अनुसार, "
        "वार्ता के बाद दोनों देशों ने छह समझौतों पर हस्ताक्षर किए।"
    ))
    assert [summary(e)[:2] for e in found] == [("Meeting", ("lee-jae-myung", "xi-jinping")), ("Signing", ("china", "south-korea"))]


def test_two_agencies_giving_different_days_are_two_claims(gaz):
    found = meetings_only(gaz, (
        "योनहाप ने बताया कि चोए सोन-हुई ने सोमवार (2 जून) को मॉस्को में व्लादिमीर पुतिन से मुलाकात की। "
        "हालांकि केसीएनए ने कहा कि पुतिन और चोए की मुलाकात मंगलवार (3 जून) को हुई।"
    ))
    assert sorted((summary(e)[3], tuple(e.sources)) for e in found) == [("2025-06-02", ("yonhap",)), ("2025-06-03", ("kcna",))]


def test_a_denial_pointing_back_to_a_claim_is_dated_by_the_claimed_day(gaz):
    found = events_of(gaz, (
        "टैस ने बताया कि नरेंद्र मोदी और व्लादिमीर पुतिन सोमवार (2 जून) को रक्षा समझौते पर हस्ताक्षर करेंगे। "
        "पहले की खबरों के उलट, भारतीय विदेश मंत्रालय ने कहा कि भारत और रूस के बीच किसी समझौते पर हस्ताक्षर नहीं होंगे।"
    ))
    assert sorted((e.status, e.date.value if e.date else None) for e in found if e.kind == "Signing") == [
        ("denied", "2025-06-02"), ("planned", "2025-06-02")]
    # without a pointer back, a denial names no day of its own
    found = events_of(gaz, "भारतीय विदेश मंत्रालय ने कहा कि भारत और रूस के बीच किसी समझौते पर हस्ताक्षर नहीं होंगे।")
    assert [(e.status, e.date) for e in found if e.kind == "Signing"] == [("denied", None)]


def test_a_second_claim_about_the_meeting_is_the_claim_of_its_own_source(gaz):
    found = meetings_only(gaz, (
        "शिन्हुआ ने बताया कि शी जिनपिंग ने सोमवार को बीजिंग में किम जोंग उन से मुलाकात की। "
        "हालांकि योनहाप ने कहा कि यह मुलाकात रविवार को हुई थी।"
    ))
    assert sorted((summary(e)[3], tuple(e.sources)) for e in found) == [("2025-06-01", ("yonhap",)), ("2025-06-02", ("xinhua",))]


def test_reports_that_came_earlier_are_no_arrival(gaz):
    found = events_of(gaz, "पहले आई खबरों के विपरीत, एस जयशंकर ने सोमवार को वांग यी से मुलाकात नहीं की।")
    assert [summary(e) for e in found] == [("Meeting", ("s-jaishankar", "wang-yi"), "denied", "2025-06-02")]


def test_a_contrasting_source_in_the_same_sentence_tells_a_second_claim(gaz):
    found = meetings_only(gaz, (
        "शिन्हुआ ने बताया कि शी जिनपिंग ने सोमवार को बीजिंग में किम जोंग उन से मुलाकात की, "
        "जबकि योनहाप ने कहा कि दोनों नेताओं की मुलाकात रविवार को हुई थी।"
    ))
    claims = sorted((summary(e)[1], summary(e)[3]) for e in found)
    assert claims == [(("kim-jong-un", "xi-jinping"), "2025-06-01"), (("kim-jong-un", "xi-jinping"), "2025-06-02")]
    assert [e.sources for e in found if e.date.value == "2025-06-01"] == [["yonhap"]]
    # with no source of its own, the clause after जबकि tells no second claim of the same pair
    found = events_of(gaz, "शी जिनपिंग ने सोमवार को किम जोंग उन से मुलाकात की, जबकि दोनों नेताओं की पिछली मुलाकात 2019 में हुई थी।")
    assert len([e for e in found if e.kind == "Meeting"]) == 1


def test_a_nested_source_between_the_agency_and_its_verb_leaves_the_agency_cited(gaz):
    article = extract(Article(id="t", raw_text=HEADER + (
        "क्योदो ने जापानी सरकारी सूत्रों के हवाले से खबर दी है कि शिगेरु इशिबा अगले सप्ताह सियोल जाएंगे।")), gaz)
    assert article.cites == {"kyodo"}


def test_meeting_both_leaders_separately_is_one_meeting_with_each(gaz):
    meetings = {summary(e)[1] for e in events_of(gaz, (
        "पॉल कागामे और फेलिक्स त्सीसेकेदी ने समझौते पर हस्ताक्षर किए। कागामे ने इसे अहम बताया। "
        "त्सीसेकेदी ने भी स्वागत किया। समारोह से पहले डोनाल्ड ट्रंप ने दोनों नेताओं से अलग-अलग मुलाकात की।")) if e.kind == "Meeting"}
    assert ("donald-trump", "paul-kagame") in meetings and ("donald-trump", "felix-tshisekedi") in meetings
    assert ("felix-tshisekedi", "paul-kagame") not in meetings
    assert not any(len(who) > 2 for who in meetings)


def test_both_ministers_of_a_nationality_are_the_two_named_before_and_each_met_the_host(gaz):
    meetings = {summary(e)[1] for e in events_of(gaz, (
        "जापान की विदेश मंत्री योको कामिकावा और रक्षा मंत्री मिनोरू किहारा रविवार को मनीला पहुंचे। "
        "इसके बाद दोनों जापानी मंत्रियों ने राष्ट्रपति फर्डिनेंड मार्कोस जूनियर से शिष्टाचार भेंट की।")) if e.kind == "Meeting"}
    pairs = {frozenset(who) for who in meetings}
    assert any("yoko-kamikawa" in p and len(p) == 2 and "minoru-kihara" not in p for p in pairs)
    assert any("minoru-kihara" in p and len(p) == 2 and "yoko-kamikawa" not in p for p in pairs)
    assert frozenset({"yoko-kamikawa", "minoru-kihara"}) not in pairs


def test_the_host_of_a_meeting_between_two_others_is_a_participant(gaz):
    meetings = [summary(e)[1] for e in events_of(gaz, (
        "मार्च में दोहा में कतर के अमीर शेख तमीम बिन हमद अल थानी की मेजबानी में कागामे और "
        "त्सीसेकेदी की पहली आमने-सामने मुलाकात हुई।")) if e.kind == "Meeting"]
    assert ("felix-tshisekedi", "paul-kagame", "tamim-bin-hamad-al-thani") in meetings


def test_a_delegation_met_is_each_member_its_relative_clause_lists(gaz):
    meetings = {summary(e)[1] for e in events_of(gaz, (
        "अमेरिकी विदेश मंत्री मार्को रुबियो ने इस्तांबुल में यूक्रेनी प्रतिनिधिमंडल से मुलाकात की, "
        "जिसमें रुस्तम उमेरोव के अलावा आंद्रेई यरमक भी शामिल थे।")) if e.kind == "Meeting"}
    assert meetings == {("marco-rubio", "rustem-umerov"), ("andriy-yermak", "marco-rubio")}


def test_a_summit_whose_relative_clause_lists_the_leaders_is_their_meeting(gaz):
    meetings = [summary(e)[1] for e in events_of(gaz, (
        "इसके बाद क्वाड नेताओं का शिखर सम्मेलन हुआ, जिसमें जो बाइडन और नरेंद्र मोदी के अलावा "
        "एंथनी अल्बनीज और फुमियो किशिदा शामिल हुए।")) if e.kind == "Meeting"]
    assert ("anthony-albanese", "fumio-kishida", "joe-biden", "narendra-modi") in meetings


def test_a_first_name_shared_with_a_leader_does_not_make_another_man_that_leader(gaz):
    meetings = [summary(e)[1] for e in events_of(gaz, (
        "रूसी प्रतिनिधिमंडल के प्रमुख व्लादिमीर मेदिंस्की और यूक्रेन के रक्षा मंत्री रुस्तम उमेरोव "
        "आमने-सामने बैठे।")) if e.kind == "Meeting"]
    assert meetings and all("vladimir-putin" not in who for who in meetings)
    assert ("rustem-umerov", "vladimir-medinsky") in meetings


def test_two_plus_two_talks_pair_only_ministers_of_opposite_sides(gaz):
    found = events_of(gaz, (
        "जापान की विदेश मंत्री योको कामिकावा और रक्षा मंत्री मिनोरू किहारा 'टू प्लस टू' वार्ता के लिए "
        "रविवार को मनीला पहुंचे। दोपहर में हुई टू प्लस टू वार्ता में फिलीपींस की ओर से विदेश मंत्री "
        "एनरिके मनालो और रक्षा मंत्री गिल्बर्टो तेओदोरो शामिल हुए।"))
    pairs = {frozenset(summary(e)[1]) for e in found if e.kind == "Meeting"}
    assert frozenset({"yoko-kamikawa", "minoru-kihara"}) not in pairs
    assert not any("yoko-kamikawa" not in p and "minoru-kihara" not in p for p in pairs)
    assert len({p for p in pairs if len(p) == 2}) == 4


def test_this_meeting_between_newly_named_leaders_is_their_meeting_not_a_restatement(gaz):
    found = events_of(gaz, (
        "माली, बुर्किना फासो और नाइजर के सैन्य शासक शनिवार को नियामे में शिखर बैठक करेंगे। "
        "माली के अस्सिमी गोइता, बुर्किना फासो के इब्राहिम त्राओरे और नाइजर के जनरल अब्दुर्रहमान "
        "तियानी के बीच इस बैठक में परिसंघ पर चर्चा होगी।"))
    meetings = [summary(e)[1] for e in found if e.kind == "Meeting"]
    assert ("abdourahamane-tiani", "assimi-goita", "ibrahim-traore") in meetings


def test_a_possessor_after_two_se_objects_met_each_of_them(gaz):
    meetings = {summary(e)[1] for e in events_of(gaz, (
        "उर्सुला वॉन डेर लेयेन शुक्रवार को मोंटेवीडियो पहुंचीं। अर्जेंटीना के राष्ट्रपति जेवियर मिलेई "
        "और पराग्वे के राष्ट्रपति सैंटियागो पेन्या से भी उनकी संक्षिप्त मुलाकात हुई।")) if e.kind == "Meeting"}
    assert meetings == {("javier-milei", "ursula-von-der-leyen"), ("santiago-pena", "ursula-von-der-leyen")}


def test_a_summit_called_but_then_cancelled_through_the_far_demonstrative_is_denied(gaz):
    found = events_of(gaz, (
        "दिसंबर 2024 में अंगोला के राष्ट्रपति जोआओ लौरेंसो ने लुआंडा में पॉल कागामे और फेलिक्स "
        "त्सीसेकेदी की त्रिपक्षीय शिखर बैठक बुलाई थी, लेकिन ऐन मौके पर वह रद्द कर दी गई।"))
    meetings = [e for e in found if e.kind == "Meeting"]
    assert meetings and all(e.status == "denied" for e in meetings)


def test_all_three_leaders_are_the_last_three_people_named(gaz):
    meetings = [summary(e)[1] for e in events_of(gaz, (
        "डोनाल्ड ट्रंप ने पनमुनजोम में किम जोंग-उन से हाथ मिलाया। दक्षिण कोरिया के राष्ट्रपति मून जे-इन "
        "भी कुछ देर के लिए वहां मौजूद रहे। यह पहला मौका था जब तीनों नेता एक साथ मिले।")) if e.kind == "Meeting"]
    assert ("donald-trump", "kim-jong-un", "moon-jae-in") in meetings


# -- session 5 (srcdate5): dates counted from a named occasion


def test_days_after_a_named_occasion_began_count_from_the_day_it_was_told_with(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "मोदी 10-12 जून को टोक्यो में होने वाले शिखर सम्मेलन में हिस्सा लेंगे। "
        "सम्मेलन शुरू होने के तीन दिन बाद मोदी सियोल पहुंचेंगे, जहां वह ली जे-म्योंग से बातचीत करेंगे।"
    ))]
    dated = {(k, who): d for k, who, _, d in found}
    assert dated[("Visit", ("narendra-modi",))] in ("2025-06-10", "2025-06-13")
    seoul = [d for k, who, _, d in found if k == "Visit" and d != "2025-06-10"]
    assert seoul == ["2025-06-13"], found
    # the talks in the relative clause "जहां …" share the arrival's day
    assert dated[("Meeting", ("lee-jae-myung", "narendra-modi"))] == "2025-06-13", found


def test_days_after_an_occasion_the_article_gives_no_day_for_have_no_date(gaz):
    # two days after the election is not two days after Monday
    found = [summary(e) for e in events_of(gaz, "मोदी सोमवार को मालदीव पहुंचे। चुनाव के दो दिन बाद वे श्रीलंका गए।")]
    assert [d for k, _, _, d in found if k == "Visit"] == ["2025-06-02", None], found


def test_talks_on_the_margins_of_an_occasion_told_before_take_the_day_of_its_paragraph(gaz):
    found = [summary(e) for e in events_of(gaz, (
        "मंगलवार को प्रधानमंत्री नरेंद्र मोदी जकार्ता पहुंचे। दोपहर में उन्होंने आसियान शिखर सम्मेलन को संबोधित किया।\n\n"
        "सम्मेलन से इतर प्रधानमंत्री ने जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की।"
    ))]
    meetings = [d for k, _, _, d in found if k == "Meeting"]
    assert meetings == ["2025-06-03"], found


def test_the_paragraph_after_a_wire_lead_goes_on_with_the_leads_day(gaz):
    body = ("सियोल, 4 जून (आईएएनएस)। दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग ने मंगलवार को सीमा का दौरा किया।\n\n"
            "इसके अलावा ली ने अमेरिकी विदेश मंत्री मार्को रुबियो से मुलाकात की।")
    found = [summary(e) for e in events_of(gaz, body)]
    assert [d for k, _, _, d in found if k == "Meeting"] == ["2025-06-03"], found
    # a later paragraph, past another one, is not the lead's account
    body = ("सियोल, 4 जून (आईएएनएस)। दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग ने मंगलवार को सीमा का दौरा किया।\n\n"
            "उन्होंने सैनिकों को संबोधित किया।\n\nली ने अमेरिकी विदेश मंत्री मार्को रुबियो से मुलाकात की।")
    found = [summary(e) for e in events_of(gaz, body)]
    assert [d for k, _, _, d in found if k == "Meeting"] == [None], found
    # nor is a story of people the lead did not name
    body = ("सियोल, 4 जून (आईएएनएस)। दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग ने मंगलवार को सीमा का दौरा किया।\n\n"
            "जयशंकर ने अमेरिकी विदेश मंत्री मार्को रुबियो से मुलाकात की।")
    found = [summary(e) for e in events_of(gaz, body)]
    assert [d for k, _, _, d in found if k == "Meeting"] == [None], found


# -- session 5, signings and visits (sigvis5) --------------------------------------------

def visits_of(gaz, body):
    return sorted((tuple(k for _, k in e.participants), e.destination[1], e.status)
                  for e in events_of(gaz, body) if e.kind == "Visit")


def test_a_speaker_telling_their_own_plans_is_who_the_next_sentences_pronoun_means(gaz):
    body = ("विदेश मंत्री एस. जयशंकर ने हवाई अड्डे पर व्लादिमीर पुतिन का अभिवादन किया। "
            "बयान में पुतिन ने कहा कि बीजिंग के बाद वह 10 जून को मंगोलिया जाएंगे, जहां राष्ट्रपति से उनकी बात होगी। "
            "इसके बाद वह वियतनाम जाएंगे।")
    found = visits_of(gaz, body)
    assert (("vladimir-putin",), "vietnam", "planned") in found, found
    assert all(who != ("s-jaishankar",) for who, _, _ in found), found


def test_a_clause_joined_by_and_shares_the_pronoun_subject_of_the_clause_before(gaz):
    body = "मोदी ने कहा कि वह मिस्र जाएंगे। इसके बाद वह फ्रांस जाएंगे और फिर पेरिस में होने वाले सम्मेलन में हिस्सा लेंगे।"
    assert (("narendra-modi",), "paris", "planned") in visits_of(gaz, body)


def test_taking_part_in_the_future_is_a_planned_visit(gaz):
    (visit,) = [e for e in events_of(gaz, "जॉर्जिया मेलोनी अगले सप्ताह सियोल में होने वाले सम्मेलन में हिस्सा लेंगी।") if e.kind == "Visit"]
    assert visit.status == "planned"


def test_setting_foot_on_a_countrys_soil_is_a_visit(gaz):
    found = visits_of(gaz, "पुतिन ने बुधवार को पहली बार मंगोलिया की धरती पर कदम रखा।")
    assert found == [(("vladimir-putin",), "mongolia", "occurred")]
    # stepping into politics goes nowhere
    assert visits_of(gaz, "पुतिन ने 1999 में राजनीति में कदम रखा।") == []


def test_a_compound_going_verb_keeps_its_destination_right_before_it(gaz):
    found = visits_of(gaz, "बैठक के बाद लावरोव सीधे बीजिंग चले गए।")
    assert (("sergei-lavrov",), "beijing", "occurred") in found, found


def test_a_passive_of_saying_is_no_plan(gaz):
    # "… यात्रा बताया जा रहा है": the trip is being called historic, it is not still to come
    found = visits_of(gaz, "मोदी सोमवार को ब्राजील पहुंचे थे और इसे ऐतिहासिक ब्राजील यात्रा बताया जा रहा है।")
    assert found and all(status == "occurred" for _, _, status in found), found


def test_taking_part_in_an_occasion_told_earlier_in_the_paragraph_is_a_visit_to_its_place(gaz):
    body = ("मंत्रालय ने बताया कि अगले महीने हनोई में होने वाले आसियान शिखर सम्मेलन की तैयारी पूरी है। "
            "जयशंकर सम्मेलन में हिस्सा लेंगे।")
    assert (("s-jaishankar",), "hanoi", "planned") in visits_of(gaz, body)


def test_an_occasion_referred_to_by_it_is_the_one_said_to_be_held_before(gaz):
    body = "अगला शिखर सम्मेलन इस साल के अंत में जापान में होगा। उसमें मोदी भी हिस्सा लेंगे।"
    assert (("narendra-modi",), "japan", "planned") in visits_of(gaz, body)


def test_staying_away_from_the_summit_of_a_datelined_paragraph_denies_a_visit_to_it(gaz):
    body = "अस्ताना। सम्मेलन से इतर कल पुतिन और शी जिनपिंग के बीच बैठक हुई। मोदी इस बार सम्मेलन में नहीं गए।"
    assert (("narendra-modi",), "astana", "denied") in visits_of(gaz, body)


def test_taking_part_in_an_occasion_nobody_placed_is_no_visit(gaz):
    assert visits_of(gaz, "मोदी ऑनलाइन सम्मेलन में हिस्सा लेंगे।") == []


def test_the_one_replaced_does_not_travel(gaz):
    body = "पुतिन इस बार ब्रासीलिया नहीं जाएंगे। क्रेमलिन ने कहा कि उनकी जगह लावरोव ब्रासीलिया पहुंचेंगे।"
    found = visits_of(gaz, body)
    assert (("sergei-lavrov",), "brasilia", "planned") in found, found
    assert (("vladimir-putin",), "brasilia", "planned") not in found, found


def test_taking_part_in_an_occasion_told_before_takes_that_occasions_date(gaz):
    body = ("मिलेई सोमवार को असुनसियोन में होने वाले शिखर सम्मेलन में नहीं जाएंगे। "
            "प्रवक्ता ने कहा कि उनकी जगह डायना मोंडिनो सम्मेलन में हिस्सा लेंगी।")
    (visit,) = [e for e in events_of(gaz, body) if e.kind == "Visit" and ("Person", "diana-mondino") in e.participants]
    assert (visit.destination[1], visit.status, visit.date.value) == ("asuncion", "planned", "2025-06-09")


def signers_of(gaz, body):
    return sorted(tuple(sorted(k for _, k in e.participants)) for e in events_of(gaz, body) if e.kind == "Signing")


def test_a_country_in_the_circumstance_before_the_signing_sides_does_not_sign(gaz):
    body = "रूस के साथ बढ़ते तनाव के बीच पोलैंड और जर्मनी ने मंगलवार को एक रक्षा समझौते पर हस्ताक्षर किए।"
    assert signers_of(gaz, body) == [("germany", "poland")]


def test_every_side_of_a_listed_agent_signs_a_bracketed_short_form_included(gaz):
    body = "सऊदी अरब, संयुक्त अरब अमीरात (यूएई), कतर और ओमान ने चार्टर पर हस्ताक्षर किए।"
    assert signers_of(gaz, body) == [("oman", "qatar", "saudi-arabia", "united-arab-emirates")]


def test_the_side_signed_with_after_the_agent_still_signs(gaz):
    assert signers_of(gaz, "भारत ने जापान के साथ समझौते पर हस्ताक्षर किए।") == [("india", "japan")]


def test_a_news_agency_reporting_a_signing_with_one_side_does_not_sign(gaz):
    body = ("भारत और आसियान के बीच व्यापार बढ़ा है। भारत आसियान से और निवेश चाहता है। भारत के उद्योग तैयार हैं। "
            "पीटीआई ने बताया कि आसियान के साथ अगले महीने समझौते पर दस्तखत हो सकते हैं।")
    found = signers_of(gaz, body)
    assert all("pti" not in signers for signers in found), found
    assert ("asean", "india") in found, found


def test_an_agreement_told_with_its_year_before_its_verb_is_a_signing(gaz):
    assert signers_of(gaz, "भारत और साइप्रस के बीच कर समझौता 2016 में हुआ था।") == [("cyprus", "india")]
    assert signers_of(gaz, "भारत और साइप्रस के बीच कर समझौता वित्त वर्ष 2016-17 में हुआ था।") == [("cyprus", "india")]


def test_a_deal_told_by_its_everyday_nouns_is_a_signing(gaz):
    assert signers_of(gaz, "भारत और फ्रांस के बीच पनडुब्बी सौदा हुआ।") == [("france", "india")]
    found = [e for e in events_of(gaz, "भारत और अमेरिका के बीच ट्रेड डील नहीं हुई।") if e.kind == "Signing"]
    assert [e.status for e in found] == ["denied"]
    # a deal only judged is none
    assert signers_of(gaz, "उन्होंने कहा कि यह अच्छी डील होगी।") == []


def test_the_formal_signing_still_to_come_of_a_deal_agreed_is_a_planned_signing(gaz):
    body = ("भारत और ब्रिटेन के बीच मुक्त व्यापार समझौते पर सहमति बन गई। "
            "संसद की मंजूरी के बाद ही इस पर औपचारिक रूप से हस्ताक्षर किए जाएंगे।")
    found = sorted((tuple(sorted(k for _, k in e.participants)), e.status) for e in events_of(gaz, body) if e.kind == "Signing")
    assert found == [(("india", "united-kingdom"), "occurred"), (("india", "united-kingdom"), "planned")], found


def test_a_signing_on_it_restated_with_the_same_status_adds_nothing(gaz):
    body = "भारत और ब्रिटेन ने मुक्त व्यापार समझौते पर हस्ताक्षर किए। दोनों प्रधानमंत्रियों ने इस पर लंदन में हस्ताक्षर किए।"
    assert len([e for e in events_of(gaz, body) if e.kind == "Signing"]) == 1


def test_one_due_to_travel_is_marked_with_ko(gaz):
    found = visits_of(gaz, "मोदी को अगले महीने जापान जाना है।")
    assert found == [(("narendra-modi",), "japan", "planned")]
    # going further on an issue goes nowhere
    assert visits_of(gaz, "मोदी को इस मुद्दे पर आगे जाना है।") == []


def test_calling_off_ones_own_trip_denies_the_visit_told_just_before(gaz):
    body = "बाइडन को सोमवार को सिडनी आना था। लेकिन कर्ज संकट की वजह से उन्होंने अपनी यात्रा रद्द कर दी।"
    assert (("joe-biden",), "sydney", "denied") in visits_of(gaz, body)


def test_the_day_a_participation_was_announced_does_not_date_it(gaz):
    body = ("मिलेई सोमवार को असुनसियोन में होने वाले शिखर सम्मेलन में नहीं जाएंगे। "
            "प्रवक्ता ने बुधवार को बताया कि उनकी जगह डायना मोंडिनो सम्मेलन में हिस्सा लेंगी।")
    (visit,) = [e for e in events_of(gaz, body) if e.kind == "Visit" and ("Person", "diana-mondino") in e.participants]
    assert visit.date.value == "2025-06-09"  # the summit's Monday, not the Wednesday it was said


def test_returning_from_a_place_tells_the_trip_there_in_the_month_only(gaz):
    found = [e for e in events_of(gaz, "जयशंकर बुधवार को मॉस्को से वापस लौटे।") if e.kind == "Visit"]
    assert [(e.destination[1], e.status, e.date.value) for e in found] == [("moscow", "occurred", "2025-06")]
    # returning to a place, or home, is no visit
    assert visits_of(gaz, "लावरोव मंगलवार को मॉस्को लौट आए।") == []
    assert visits_of(gaz, "मोदी मंगलवार को स्वदेश लौटे।") == []


def test_a_listed_tour_visits_every_country_of_the_list_but_home(gaz):
    found = visits_of(gaz, "मोदी भारत, घाना, अर्जेंटीना और ब्राजील की यात्रा करेंगे।")
    assert sorted(d for _, d, _ in found) == ["argentina", "brazil", "ghana"], found


def test_on_arriving_the_possessor_is_who_arrives(gaz):
    found = visits_of(gaz, "मोदी के अमेरिका पहुंचते ही ट्रंप ने उनका स्वागत किया।")
    assert found == [(("narendra-modi",), "united-states", "occurred")]


def test_taking_part_in_an_occasion_right_after_its_place_is_a_visit_there(gaz):
    found = visits_of(gaz, "मोदी ने जकार्ता में आसियान शिखर सम्मेलन में भाग लिया।")
    assert found == [(("narendra-modi",), "jakarta", "occurred")]


def test_a_signing_on_the_verge_is_speculated(gaz):
    (signing,) = [e for e in events_of(gaz, "भारत और अमेरिका एक व्यापार समझौते पर हस्ताक्षर करने के करीब हैं।") if e.kind == "Signing"]
    assert signing.status == "speculated"


def test_a_trade_deal_acronym_sealed_is_a_signing(gaz):
    assert signers_of(gaz, "भारत और ब्रिटेन के बीच एफटीए पर मुहर लग गई।") == [("india", "united-kingdom")]
    # a cabinet sealing it approves, it does not sign
    assert signers_of(gaz, "मंत्रिमंडल ने भारत और ब्रिटेन के एफटीए पर मुहर लगाई।") == []


def meetings_of(gaz, body):
    return sorted(summary(e)[1:3] for e in events_of(gaz, body) if e.kind == "Meeting")


def test_a_possible_signing_in_this_meeting_leaves_the_announced_meeting_planned(gaz):
    # "इस बैठक में": the meeting is the setting; the speculation is about the signing in it
    found = meetings_of(gaz, (
        "रूस, चीन और उत्तर कोरिया के नेता अगले महीने बीजिंग में शिखर बैठक करेंगे। पुतिन, शी जिनपिंग और "
        "किम जोंग-उन के बीच इस बैठक में सुरक्षा समझौते पर दस्तखत होने की संभावना है।"))
    assert found == [(("kim-jong-un", "vladimir-putin", "xi-jinping"), "planned")]


def test_the_one_who_invited_is_one_of_the_two_leaders(gaz):
    found = meetings_of(gaz, (
        "मोदी रविवार को टोक्यो जाएंगे। प्रधानमंत्री इशिबा के निमंत्रण पर हो रही इस यात्रा में दोनों नेताओं "
        "के बीच शिखर वार्ता होगी।"))
    assert found == [(("narendra-modi", "shigeru-ishiba"), "planned")]


def test_both_leaders_are_the_two_the_sentence_before_named(gaz):
    found = meetings_of(gaz, (
        "जयशंकर ने मंगलवार को फोन पर वांग यी को न्योता दिया। अगले महीने दोनों नेताओं के बीच मुलाकात हो सकती है।"))
    assert found == [(("s-jaishankar", "wang-yi"), "speculated")]


def test_this_first_high_level_meeting_points_back_across_its_adjectives(gaz):
    # "यह पहली उच्चस्तरीय मुलाकात" is the meeting told before, not a meeting of "both countries"
    found = meetings_of(gaz, (
        "मोदी अगले हफ्ते पुतिन से मिलेंगे। दोनों देशों के रिश्तों में तनाव के बीच यह पहली उच्चस्तरीय मुलाकात होगी।"))
    assert found == [(("narendra-modi", "vladimir-putin"), "planned")]


def test_what_was_discussed_in_the_talks_is_no_new_meeting_of_countries(gaz):
    # "बैठक में … के बीच सहयोग पर चर्चा हुई" points back to the meeting told before
    found = meetings_of(gaz, (
        "मोदी ने गुरुवार को पुतिन से मुलाकात की। सूत्रों के मुताबिक, बैठक में भारत और रूस के बीच ऊर्जा "
        "सहयोग पर चर्चा हुई।"))
    assert found == [(("narendra-modi", "vladimir-putin"), "occurred")]
    # a meeting that names its own sides in the clause is still built
    assert meetings_of(gaz, "भारत और चीन के बीच वार्ता में सीमा विवाद पर चर्चा हुई।") == [(("china", "india"), "occurred")]


@pytest.mark.parametrize("told", [
    "मैक्रों और मेलोनी ने गुरुवार को संयुक्त प्रेस कॉन्फ्रेंस की।",
    "मैक्रों ने राष्ट्रपति मेलोनी के सम्मान में रात्रिभोज दिया।",
    "मैक्रों ने मेलोनी के साथ दोपहर का भोजन किया।",
    "मैक्रों ने मेलोनी को फोन किया और यूरोप की सुरक्षा पर चर्चा की।",
    "मैक्रों ने गर्मजोशी से मेलोनी से हाथ मिलाया।",
    "मैक्रों ने मेलोनी को गले लगाया।",
    "मेलोनी से मिलकर मैक्रों ने कहा कि रिश्ते मजबूत हैं।",
])
def test_common_ways_of_telling_two_leaders_met(gaz, told):
    # a joint press conference, a dinner, a call placed, a handshake or embrace, "having met"
    assert meetings_of(gaz, told) == [(("emmanuel-macron", "giorgia-meloni"), "occurred")]


@pytest.mark.parametrize("told", [
    "फ्रांस और इटली मिलकर काम करेंगे।",
    "मैक्रों और मेलोनी मिलकर प्रवासन की समस्या से लड़ेंगे।",
    "मैक्रों ने पत्रकारों को फोन कर जानकारी दी।",
    "फ्रांस और इटली ने रक्षा क्षेत्र में हाथ मिलाया।",
])
def test_together_a_briefing_call_or_a_partnership_is_no_meeting(gaz, told):
    assert meetings_of(gaz, told) == []


def test_a_wish_or_a_challenge_to_meet_is_speculated(gaz):
    assert meetings_of(gaz, "मैक्रों ने मेलोनी से मुलाकात करने की इच्छा जताई है।") == [
        (("emmanuel-macron", "giorgia-meloni"), "speculated")]
    assert meetings_of(gaz, "मैक्रों ने मेलोनी को रोम में व्यक्तिगत रूप से मिलने की चुनौती दी थी।") == [
        (("emmanuel-macron", "giorgia-meloni"), "speculated")]


def test_a_speaker_who_puts_himself_beside_the_other_is_one_of_both_leaders(gaz):
    found = meetings_of(gaz, (
        "मैक्रों ने कहा कि जब तक वह और पुतिन आमने-सामने नहीं बैठते, युद्ध नहीं रुकेगा। अधिकारियों ने "
        "संकेत दिया कि दोनों नेताओं की मुलाकात जल्द हो सकती है।"))
    assert (("emmanuel-macron", "vladimir-putin"), "speculated") in found


def test_a_spokesman_is_not_one_of_both_leaders(gaz):
    # the pair is the one the spokesman told of, never the spokesman himself
    found = meetings_of(gaz, (
        "मैक्रों ने बुधवार को मेलोनी से मुलाकात की। फ्रांस के राष्ट्रपति कार्यालय के प्रवक्ता ने बताया कि "
        "मेलोनी जनवरी में पेरिस आएंगी। वहां दोनों नेताओं की दूसरी बैठक होगी।"))
    assert all(len(pair) == 2 for pair, _ in found)
    assert {pair for pair, _ in found} == {("emmanuel-macron", "giorgia-meloni")}


def test_until_they_meet_is_a_condition_not_a_denial(gaz):
    assert meetings_of(gaz, "मैक्रों ने कहा कि जब तक वह और पुतिन आमने-सामने नहीं बैठते, युद्ध नहीं रुकेगा।") == [
        (("emmanuel-macron", "vladimir-putin"), "speculated")]
    assert meetings_of(gaz, "मैक्रों ने कहा कि वह पुतिन से नहीं मिलेंगे।") == [
        (("emmanuel-macron", "vladimir-putin"), "denied")]


@pytest.mark.parametrize("told", [
    "मैक्रों और मेलोनी की प्रस्तावित मुलाकात पर संशय बना हुआ है।",
    "मैक्रों और मेलोनी की मुलाकात को लेकर अनिश्चितता है।",
    "मैक्रों और मेलोनी के बीच मुलाकात मुश्किल लग रही है।",
    "मैक्रों अगले सप्ताह मेलोनी से मुलाकात करेंगे या नहीं, यह साफ नहीं है।",
])
def test_a_meeting_in_doubt_or_an_open_question_is_speculated(gaz, told):
    assert meetings_of(gaz, told) == [(("emmanuel-macron", "giorgia-meloni"), "speculated")]


def test_a_meeting_that_was_due_but_did_not_take_place_is_denied(gaz):
    assert meetings_of(gaz, "मैक्रों और मेलोनी मिलने वाले थे, लेकिन मुलाकात नहीं हो सकी।") == [
        (("emmanuel-macron", "giorgia-meloni"), "denied")]
    # a call that happened stays; only the meeting still to come is undone
    assert meetings_of(gaz, "मैक्रों ने मेलोनी से बात की, लेकिन बैठक नहीं हो सकी।") == [
        (("emmanuel-macron", "giorgia-meloni"), "occurred")]


def test_as_well_as_names_a_second_meeting_not_a_companion(gaz):
    # "के साथ-साथ … से भी": each met the subject; "के साथ … से" is a companion, all together
    assert meetings_of(gaz, "मैक्रों ने मेलोनी के साथ-साथ पुतिन से भी मुलाकात की।") == [
        (("emmanuel-macron", "giorgia-meloni"), "occurred"), (("emmanuel-macron", "vladimir-putin"), "occurred")]
    assert meetings_of(gaz, "मैक्रों ने मेलोनी के साथ पुतिन से मुलाकात की।") == [
        (("emmanuel-macron", "giorgia-meloni", "vladimir-putin"), "occurred")]


def test_two_who_issue_a_statement_after_their_meeting_met(gaz):
    assert meetings_of(gaz, "मैक्रों और मेलोनी ने मुलाकात के बाद संयुक्त बयान जारी किया।") == [
        (("emmanuel-macron", "giorgia-meloni"), "occurred")]


def test_a_trilateral_meeting_with_two_companions_is_one_meeting_of_three(gaz):
    assert meetings_of(gaz, "मैक्रों ने मेलोनी और पुतिन के साथ त्रिपक्षीय बैठक की।") == [
        (("emmanuel-macron", "giorgia-meloni", "vladimir-putin"), "occurred")]
    assert meetings_of(gaz, "मैक्रों ने मेलोनी और पुतिन से मुलाकात की।") == [
        (("emmanuel-macron", "giorgia-meloni"), "occurred"), (("emmanuel-macron", "vladimir-putin"), "occurred")]


def test_a_meeting_joined_to_a_where_clause_has_its_pronoun_subject_and_the_trips_date(gaz):
    (meeting,) = [e for e in events_of(gaz, (
        "मैक्रों पिछले महीने रोम गए थे, जहां उन्होंने एक प्रदर्शनी में हिस्सा लिया और मेलोनी से मुलाकात की थी।"))
        if e.kind == "Meeting"]
    assert summary(meeting) == ("Meeting", ("emmanuel-macron", "giorgia-meloni"), "occurred", "2025-05")


def test_both_sides_are_the_bloc_pair_set_between_before(gaz):
    found = meetings_of(gaz, (
        "भारत और यूरोपीय संघ के बीच मुक्त व्यापार समझौते पर बातचीत में प्रगति हुई है। फ्रांस और जर्मनी इस "
        "समझौते के पक्ष में हैं, जबकि फ्रांस के किसान इसका विरोध कर रहे हैं। दोनों पक्षों के बीच अगले दौर की "
        "वार्ता मार्च में होगी।"))
    assert (("european-union", "india"), "planned") in found
    assert all(pair != ("france", "germany") for pair, _ in found)


def test_the_next_round_named_without_sides_is_between_the_sides_just_told(gaz):
    found = meetings_of(gaz, (
        "भारत और चीन के बीच सीमा पर वार्ता मंगलवार को हुई। चीनी पक्ष ने कहा कि अगले दौर की बातचीत को लेकर "
        "कोई सहमति नहीं बनी है।"))
    assert found == [(("china", "india"), "denied"), (("china", "india"), "occurred")]
    # with no talks told just before, the next round names no one
    assert meetings_of(gaz, "मंत्रालय ने कहा कि अगले दौर की बातचीत जल्द होगी।") == []


def test_an_unnamed_counterpart_is_who_holds_the_same_office_there(gaz):
    # on the article's date (June 2025) India's foreign minister and Japan's prime minister
    assert meetings_of(gaz, "वांग यी ने अपने भारतीय समकक्ष से सीमा पर बातचीत की।") == [
        (("s-jaishankar", "wang-yi"), "occurred")]
    assert meetings_of(gaz, "मोदी ने अपने जापानी समकक्ष से फोन पर बात की।") == [
        (("narendra-modi", "shigeru-ishiba"), "occurred")]
    # no country, no counterpart
    assert meetings_of(gaz, "मोदी ने अपने समकक्ष से फोन पर बात की।") == []


def test_this_meeting_with_no_meeting_told_before_is_a_meeting_of_its_own_people(gaz):
    # nothing to point back to: "इस मुलाकात में X ने Y से कहा" tells the meeting itself
    assert meetings_of(gaz, "इस मुलाकात में मैक्रों ने मेलोनी से कहा कि यूरोप को एकजुट रहना होगा।") == [
        (("emmanuel-macron", "giorgia-meloni"), "occurred")]
    # told before, it stays that one meeting
    assert meetings_of(gaz, (
        "मैक्रों ने बुधवार को मेलोनी से मुलाकात की। इस मुलाकात में मैक्रों ने मेलोनी से कहा कि यूरोप को एकजुट "
        "रहना होगा।")) == [(("emmanuel-macron", "giorgia-meloni"), "occurred")]


def test_a_numbered_heading_with_a_year_dates_the_timeline_entry_under_it(gaz):
    found = events_of(gaz, (
        "दोनों नेता अब तक तीन बार मिल चुके हैं। आइए देखें कब।\n"
        "1. 8 जुलाई 2024: मॉस्को\n"
        "मोदी दो दिन की यात्रा पर रूस गए। स्वागत समारोह के बाद मोदी ने पुतिन से बातचीत की।\n"
        "2. 22 अक्टूबर 2024: कज़ान\n"
        "ब्रिक्स शिखर सम्मेलन से इतर दोनों नेताओं की बैठक हुई। इस दौरान जयशंकर ने लावरोव से अलग मुलाकात की।\n"
    ))
    dated = {(e.kind, tuple(sorted(k for _, k in e.participants)), e.date.value if e.date else None) for e in found}
    assert ("Meeting", ("narendra-modi", "vladimir-putin"), "2024-07-08") in dated
    assert ("Meeting", ("s-jaishankar", "sergei-lavrov"), "2024-10-22") in dated


def test_a_day_counted_back_under_a_dated_heading_is_counted_from_the_heading(gaz):
    found = events_of(gaz, (
        "दोनों नेताओं की मुलाकातों का सिलसिला पुराना है।\n"
        "3. 16 मई 2024: बीजिंग\n"
        "पुतिन विमान से दो दिन पहले बीजिंग पहुंचे थे।\n"
    ))
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert visit.date.value == "2024-05-14"


def test_a_link_under_a_dated_heading_does_not_reach_the_entry_above(gaz):
    # "स्वागत के बाद" points to a visit inside its own entry, not to the lead's planned trip
    found = events_of(gaz, (
        "पुतिन अगले महीने भारत आएंगे।\n"
        "1. 5 दिसंबर 2025: नई दिल्ली\n"
        "राष्ट्रपति भवन में स्वागत के बाद मोदी ने पुतिन से बातचीत की।\n"
    ))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date.value == "2025-12-05"


def test_a_dateline_with_a_year_is_still_no_heading_inside_the_body(gaz):
    found = events_of(gaz, "पहली पंक्ति।\nनई दिल्ली, 2 जून 2025\nजयशंकर रियाद जाएंगे।\n")
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert visit.date is None


def test_a_live_blog_entry_stamped_with_a_clock_time_is_on_the_blog_day(gaz):
    found = events_of(gaz, (
        "एससीओ सम्मेलन लाइव।\n"
        "18:20 — जयशंकर ने लावरोव से मुलाकात की। दोनों ने व्यापार पर बात की।\n"
        "17:05 — वांग यी सम्मेलन में नहीं पहुंचे हैं।\n"
        "16:40 — जयशंकर अगले सप्ताह बीजिंग जाएंगे।\n"
    ))
    dated = {(e.kind, e.status, e.date.value if e.date else None) for e in found}
    assert ("Meeting", "occurred", "2025-06-04") in dated
    (plan,) = [e for e in found if e.kind == "Visit" and e.status == "planned"]
    assert plan.date is None or plan.date.value != "2025-06-04"  # a plan is not on the blog's day


def test_the_same_day_points_past_a_year_told_in_between_to_the_day_before_it(gaz):
    found = events_of(gaz, (
        "जयशंकर सोमवार को रियाद पहुंचे। सऊदी अरब 2019 से भारत का रणनीतिक साझेदार रहा है। "
        "उसी दिन जयशंकर ने फैसल बिन फरहान से मुलाकात की।"
    ))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date.value == "2025-06-02"


def test_a_target_year_of_an_agreement_does_not_date_its_signing(gaz):
    found = events_of(gaz, (
        "मार्च 2024 में दोनों देशों ने 2035 तक के ऊर्जा सहयोग कार्यक्रम पर भारत और जापान ने हस्ताक्षर किए थे।"
    ))
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert signing.date.value == "2024-03"


def test_a_plan_told_on_in_the_next_sentence_keeps_the_plans_month(gaz):
    found = events_of(gaz, (
        "प्रधानमंत्री मोदी अगले महीने टोक्यो में जापान के प्रधानमंत्री से मिलेंगे। "
        "दोनों नेता रक्षा समझौते पर हस्ताक्षर करेंगे।"
    ))
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert (signing.status, signing.date.value) == ("planned", "2025-07")


def test_a_month_told_before_is_background_for_an_account_that_goes_on(gaz):
    found = events_of(gaz, (
        "मार्च में दोनों देशों के रिश्ते बिगड़ गए थे। "
        "जयशंकर ने लावरोव से मुलाकात की।"
    ))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date is None


def test_a_plan_linked_after_a_past_event_is_not_dated_in_that_past(gaz):
    found = events_of(gaz, (
        "दोनों देशों के बीच व्यापार वार्ता 2011 में शुरू हुई थी। "
        "संसद की मंजूरी मिलने के बाद अब मसौदा तैयार होगा। इसके बाद ही भारत और जापान समझौते पर हस्ताक्षर करेंगे।"
    ))
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert signing.status == "planned"
    assert signing.date is None or not signing.date.value.startswith("2011")


def test_a_month_heading_with_a_year_dates_its_entry_at_the_month(gaz):
    found = events_of(gaz, (
        "दोनों विदेश मंत्रियों की मुलाकातें।\n"
        "मार्च 2023: नई दिल्ली\n"
        "जी-20 बैठक से इतर जयशंकर ने लावरोव से मुलाकात की।\n"
    ))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date.value == "2023-03"


def test_the_day_of_a_saying_does_not_date_the_event_in_its_direct_quote(gaz):
    found = events_of(gaz, (
        'रूसी प्रवक्ता ने मंगलवार को कहा, "लावरोव और जयशंकर की मुलाकात शांतिपूर्ण रही।"'
    ))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date is None or meeting.date.value != "2025-06-03"


def test_a_denial_is_dated_by_the_recent_claim_not_by_a_past_meeting_recalled(gaz):
    found = events_of(gaz, (
        "मोदी और पुतिन 2019 में व्लादिवोस्तोक में मिले थे। "
        "सोशल मीडिया पर दावा किया गया कि मोदी ने 31 मई को पुतिन से गुप्त मुलाकात की हो सकती है। "
        'विदेश मंत्रालय ने सोमवार को कहा, "मोदी और पुतिन के बीच ऐसी कोई मुलाकात नहीं हुई।"'
    ))
    (denied,) = [e for e in found if e.kind == "Meeting" and e.status == "denied"]
    assert denied.date.value == "2025-05-31"


def test_a_signing_during_a_code_mixed_summit_takes_the_summits_month(gaz):
    found = events_of(gaz, (
        "PM मोदी next month Annual Summit के लिए Tokyo जाएंगे। "
        "Sources के मुताबिक summit के दौरान भारत और जापान एक defence deal पर साइन कर सकते हैं।"
    ))
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert signing.date is not None and signing.date.value == "2025-07"


def visits(events):
    return sorted((e.participants[0][1], e.destination[1], e.status, e.date.value if e.date else None) for e in events if e.kind == "Visit")


def test_talks_held_in_a_named_foreign_city_are_a_visit_of_the_guest_not_the_host(gaz):
    found = events_of(gaz, "विदेश मंत्री एस जयशंकर ने मंगलवार को बीजिंग में चीन के विदेश मंत्री वांग यी से बातचीत की।")
    assert visits(found) == [("s-jaishankar", "beijing", "occurred", "2025-06-03")]


def test_signing_in_a_third_countrys_city_is_a_visit_of_every_signer(gaz):
    found = events_of(gaz, "मोदी और ज़ेलेंस्की ने रोम में एक आर्थिक सहयोग समझौते पर हस्ताक्षर किए।")
    assert [(who, where) for who, where, _, _ in visits(found)] == [("narendra-modi", "rome"), ("volodymyr-zelensky", "rome")]


def test_talks_in_a_venue_or_denied_talks_imply_no_visit(gaz):
    assert visits(events_of(gaz, "पुतिन ने क्रेमलिन में मोदी से मुलाकात की।")) == []
    assert visits(events_of(gaz, "कतर ने उन खबरों का खंडन किया कि जयशंकर ने दोहा में वांग यी से मुलाकात की।")) == []


def test_talks_at_a_stop_whose_arrival_was_told_add_no_second_visit(gaz):
    found = events_of(gaz, "जयशंकर सोमवार को बीजिंग पहुंचे। मंगलवार को उन्होंने बीजिंग में वांग यी से मुलाकात की।")
    assert [(who, where) for who, where, _, _ in visits(found)] == [("s-jaishankar", "beijing")]


def test_the_place_of_an_occasion_to_come_or_one_of_two_places_is_no_visit(gaz):
    assert visits(events_of(gaz, "मोदी और पुतिन ने अगले महीने जोहानिसबर्ग में होने वाले सम्मेलन की तैयारियों पर चर्चा की।")) == []
    assert visits(events_of(gaz, "मोदी और पुतिन की अगली मुलाकात न्यूयॉर्क या टोक्यो में हो सकती है।")) == []


def test_an_organisations_official_meeting_at_its_seat_is_at_work(gaz):
    # (a plan told as going to meet: an arranged "अगली बैठक … में होगी" is no one's trip, see below)
    found = events_of(gaz, "जयशंकर अप्रैल में ब्रसेल्स में मारोश शेफचोविच से मिलेंगे।")
    assert [(who, where, status) for who, where, status, _ in visits(found)] == [("s-jaishankar", "brussels", "planned")]


def test_a_guest_coming_here_from_home_visits_the_datelines_city_as_a_second_arrival(gaz):
    found = events_of(gaz, (
        "रियाद, 3 जून (भाषा) ईरान के विदेश मंत्री अब्बास अराघची सोमवार को यहां पहुंचे थे, "
        "जबकि इराक के विदेश मंत्री फुआद हुसैन बाद में बगदाद से विशेष विमान से यहां आए।"), header="")
    assert [(who, where) for who, where, _, _ in visits(found)] == [("abbas-araghchi", "riyadh"), ("fuad-husain", "riyadh")]


def test_the_place_a_trip_starts_from_is_not_its_destination(gaz):
    assert visits(events_of(gaz, "मोदी मंगलवार को मॉस्को से रवाना हुए।")) == []
    assert [(who, where) for who, where, _, _ in visits(events_of(gaz, "शी जिनपिंग बीजिंग से विशेष विमान से हनोई पहुंचे।"))] == [("xi-jinping", "hanoi")]


def test_a_stop_made_in_a_place_is_a_visit_there_but_not_a_halt_nor_going_without_stopping(gaz):
    assert visits(events_of(gaz, "वापसी में मोदी एक दिन पेरिस में रुकेंगे।")) == [("narendra-modi", "paris", "planned", None)]
    assert visits(events_of(gaz, "गाजा में हमले रुके।")) == []
    assert visits(events_of(gaz, "लावरोव रविवार तक उत्तर कोरिया में रुकेंगे।")) == []  # a stay, of a visit told elsewhere
    assert [(who, where) for who, where, _, _ in visits(events_of(gaz, "मोदी पेरिस में रुके बिना वॉशिंगटन गए।"))] == [("narendra-modi", "washington")]


def test_a_tour_of_a_region_names_no_destination_but_its_countries_do(gaz):
    assert visits(events_of(gaz, "जयशंकर इस सप्ताह पश्चिम एशिया के दौरे पर हैं।")) == []
    assert [(who, where) for who, where, _, _ in visits(events_of(gaz, "जयशंकर मध्य एशिया के दौरे में कजाकिस्तान पहुंचे।"))] == [("s-jaishankar", "kazakhstan")]


def test_a_trip_told_only_as_the_news_of_it_is_speculated(gaz):
    assert visits(events_of(gaz, "कुछ अखबारों ने जयशंकर के ढाका जाने की खबर दी।")) == [("s-jaishankar", "dhaka", "speculated", None)]


def test_reports_of_a_trip_that_the_correlative_main_clause_calls_baseless_deny_it(gaz):
    found = events_of(gaz, "पिछले महीने शहबाज शरीफ के काबुल जाने की जो अफवाहें फैली थीं, उन्हें इस्लामाबाद ने बेबुनियाद बताया।")
    assert [(who, where, status) for who, where, status, _ in visits(found)] == [("shehbaz-sharif", "kabul", "denied")]


def test_a_trip_to_a_capital_spelt_unknown_goes_to_the_country_apposed_before_it(gaz):
    assert [(who, where) for who, where, _, _ in visits(events_of(gaz, "मोदी अगले सप्ताह जापान के शहर फलानाबाद भी जाएंगे।"))] == [("narendra-modi", "japan")]
    assert [(who, where) for who, where, _, _ in visits(events_of(gaz, "मोदी जापान के शहर ओसाका गए।"))] == [("narendra-modi", "osaka")]


def test_a_next_stop_told_without_its_verb_after_the_trip_is_a_visit_of_the_same_trip(gaz):
    found = events_of(gaz, "लावरोव बुधवार को तेहरान पहुंचेंगे और उसके बाद मस्कट।")
    assert [(who, where, status) for who, where, status, _ in visits(found)] == [
        ("sergei-lavrov", "muscat", "planned"), ("sergei-lavrov", "tehran", "planned")]
    # a place that opens a clause of its own is no elided stop
    assert [where for _, where, _, _ in visits(events_of(gaz, "मोदी कोलंबो गए और फिर माले में भाषण दिया।"))] == ["colombo"]


def test_an_office_level_is_no_participant(gaz):
    # "मंत्री स्तर की बैठक": स्तर is the level of the talks, not a person after a title
    (meeting,) = [e for e in events_of(gaz, "भारतीय विदेश मंत्री स्तर की इस वार्ता में जयशंकर और वांग यी ने सीमा पर चर्चा की।") if e.kind == "Meeting"]
    assert summary(meeting)[1] == ("s-jaishankar", "wang-yi")
    found = events_of(gaz, "जयशंकर ने कहा कि चीनी विदेश मंत्री स्तर की यह वार्ता रिश्तों के लिए अहम है।")
    assert all("स्तर" not in key for e in found for _, key in e.participants)


def test_talks_that_will_be_held_in_the_feminine_plural_are_planned(gaz):
    (meeting,) = [e for e in events_of(gaz, "जयशंकर अगले हफ्ते बीजिंग जाएंगे, जहां उनकी वांग यी से दो बैठकें होंगी।") if e.kind == "Meeting"]
    assert meeting.status == "planned"


def test_whom_a_minister_came_with_is_no_participant_of_the_ministers_meeting(gaz):
    (meeting,) = [e for e in events_of(gaz, "मोदी के साथ गए विदेश मंत्री जयशंकर ने वांग यी से अलग मुलाकात की।") if e.kind == "Meeting"]
    assert summary(meeting)[1] == ("s-jaishankar", "wang-yi")
    (meeting,) = [e for e in events_of(gaz, "शी जिनपिंग के साथ आए वांग यी ने मंगलवार को जयशंकर से बातचीत की।") if e.kind == "Meeting"]
    assert summary(meeting)[1] == ("s-jaishankar", "wang-yi")


def test_declining_to_tell_a_detail_does_not_deny_the_meeting_told_before(gaz):
    found = [e for e in events_of(gaz, (
        "प्रवक्ता ने कहा कि मोदी अगले महीने पुतिन से मिलेंगे। उन्होंने इसका स्थान बताने से इनकार किया।"
    )) if e.kind == "Meeting"]
    assert [e.status for e in found] == ["planned"]
    found = [e for e in events_of(gaz, (
        "विश्लेषकों का दावा है कि 2017 में मोदी और पुतिन की गुप्त मुलाकात हुई थी। मंत्रालय ने इस पर टिप्पणी करने से इनकार किया।"
    )) if e.kind == "Meeting"]
    assert [e.status for e in found] == ["speculated"]


def test_a_cited_speaker_does_not_make_talks_told_before_a_new_meeting(gaz):
    # "X के अनुसार बैठक में दोनों पक्ष … करेंगे": what the two sides will do in the meeting told before
    found = [e for e in events_of(gaz, (
        "प्रवक्ता ने कहा कि मोदी अगले महीने मॉस्को में पुतिन से मिलेंगे। पेसकोव के अनुसार बैठक में दोनों पक्ष व्यापार की समीक्षा करेंगे।"
    )) if e.kind == "Meeting"]
    assert [summary(e)[:3] for e in found] == [("Meeting", ("narendra-modi", "vladimir-putin"), "planned")]


def test_a_claim_told_in_the_passive_is_speculated(gaz):
    # a post or a rumour "दावा किया गया कि …": nobody vouches for it
    (signing,) = [e for e in events_of(gaz, "एक वायरल पोस्ट में दावा किया गया कि भारत और चीन ने सीमा समझौते पर हस्ताक्षर किए।") if e.kind == "Signing"]
    assert signing.status == "speculated"
    (meeting,) = [e for e in events_of(gaz, "कई चैनलों पर दावे किए गए कि मोदी ने शी जिनपिंग से गुप्त मुलाकात की।") if e.kind == "Meeting"]
    assert meeting.status == "speculated"


def test_a_line_set_off_by_a_claim_label_tells_a_claim(gaz):
    # a fact-check's claim box ("दावा: …") or a quoted post ("वायरल पोस्ट: …")
    (meeting,) = [e for e in events_of(gaz, "दावा: जयशंकर ने रविवार को वांग यी से गुप्त मुलाकात की।\nसच: गलत।") if e.kind == "Meeting"]
    assert meeting.status == "speculated"
    # a dateline's colon is no claim label
    (meeting,) = [e for e in events_of(gaz, "बीजिंग: जयशंकर ने रविवार को वांग यी से मुलाकात की।") if e.kind == "Meeting"]
    assert meeting.status == "occurred"


def test_a_verdict_that_a_claim_is_fake_denies_it(gaz):
    found = [e.status for e in events_of(gaz, "वायरल पोस्ट: जयशंकर और वांग यी ने कल रात गुप्त बैठक की। यह दावा फर्जी है।") if e.kind == "Meeting"]
    assert sorted(found) == ["denied", "speculated"]


def test_one_who_talks_with_both_leaders_is_no_one_of_the_two(gaz):
    # a pronoun subject ("उन्होंने दोनों नेताओं से बात की") talks with each of the two
    found = [e for e in events_of(gaz, (
        "आर्मेनिया के प्रधानमंत्री निकोल पशिन्यान और अज़रबैजान के राष्ट्रपति इल्हाम अलीयेव वॉशिंगटन पहुंचे। "
        "डोनाल्ड ट्रंप ने कहा कि उन्होंने दोनों नेताओं से अलग से बात की।"
    )) if e.kind == "Meeting"]
    pairs = sorted(summary(e)[1] for e in found)
    assert all("donald-trump" in pair and len(pair) == 2 for pair in pairs) and len(pairs) == 2


def test_a_leaders_own_claim_of_a_call_is_speculated(gaz):
    (meeting,) = [e for e in events_of(gaz, "ट्रंप ने दावा किया कि उन्होंने पुतिन से फोन पर लंबी बात की है।") if e.kind == "Meeting"]
    assert meeting.status == "speculated"


def test_both_leaders_after_a_hosted_meeting_of_three_are_the_two_guests(gaz):
    found = [e for e in events_of(gaz, (
        "कतर के अमीर शेख तमीम बिन हमद अल थानी ने दोहा में आर्मेनिया के प्रधानमंत्री निकोल पशिन्यान और अज़रबैजान के "
        "राष्ट्रपति इल्हाम अलीयेव की मेजबानी की।\n\nइससे पहले डोनाल्ड ट्रंप ने कहा था कि उन्होंने दोनों नेताओं से फोन पर बात की है।"
    )) if e.kind == "Meeting" and any(key == "donald-trump" for _, key in e.participants)]
    others = sorted(key for e in found for _, key in e.participants if key != "donald-trump")
    assert len(found) == 2 and "tamim-bin-hamad-al-thani" not in others


def test_a_headline_part_ending_in_a_two_word_trigger_ends_at_its_comma(gaz):
    # the summit's noun closes its part; the leaders after it are whom the PM met, not a summit roster
    found = [e for e in events_of(gaz, "जोहानिसबर्ग में शिखर सम्मेलन, मोदी की लूला, रामफोसा और प्रबोवो से मुलाकात\n\nब्योरा।") if e.kind == "Meeting"]
    assert sorted(summary(e)[1] for e in found) == [
        ("cyril-ramaphosa", "narendra-modi"), ("lula-da-silva", "narendra-modi"), ("narendra-modi", "prabowo-subianto")]


def test_talks_that_progress_are_a_negotiation_not_a_meeting(gaz):
    found = [e for e in events_of(gaz, "भारत और नेपाल के बीच व्यापार संधि पर बातचीत आगे बढ़ी है।") if e.kind == "Meeting"]
    assert found == []
    found = [e for e in events_of(gaz, "भारत और नेपाल के बीच व्यापार संधि पर वार्ता अटकी हुई है।") if e.kind == "Meeting"]
    assert found == []


def test_those_present_at_talks_told_before_meet_its_sides_not_each_other(gaz):
    found = [e for e in events_of(gaz, (
        "जयशंकर और वांग यी ने मंगलवार को मॉस्को में बातचीत की। "
        "रूस के विदेश मंत्री सर्गेई लावरोव और कतर के अमीर शेख तमीम बिन हमद अल थानी भी वार्ता में मौजूद थे।"
    )) if e.kind == "Meeting"]
    pairs = sorted(summary(e)[1] for e in found)
    assert ("sergei-lavrov", "tamim-bin-hamad-al-thani") not in pairs
    assert ("s-jaishankar", "sergei-lavrov") in pairs and ("sergei-lavrov", "wang-yi") in pairs


def test_the_content_of_a_claim_noun_is_speculated_and_its_rejection_denies_it(gaz):
    found = [e.status for e in events_of(gaz, (
        "सोशल मीडिया पर यह दावा तेजी से फैला कि जयशंकर और वांग यी के बीच पिछले हफ्ते गुप्त बैठक हुई थी। "
        "विदेश मंत्रालय ने इस दावे को सिरे से खारिज कर दिया।"
    )) if e.kind == "Meeting"]
    assert sorted(found) == ["denied", "speculated"]
    # a rejection of some other claim of a country denies no meeting told before
    found = [e.status for e in events_of(gaz, "मोदी ने मंगलवार को शी जिनपिंग से मुलाकात की। चीन ने भारत के सीमा दावे को खारिज किया।") if e.kind == "Meeting"]
    assert found == ["occurred"]
    # claims about the outcome of talks that were held leave the talks held
    (meeting,) = [e for e in events_of(gaz, "जयशंकर और वांग यी के बीच कल बातचीत हुई, लेकिन नतीजों को लेकर दोनों के दावे अलग हैं।") if e.kind == "Meeting"]
    assert meeting.status == "occurred"


def test_a_plan_that_is_the_document_signed_is_no_plan_of_the_signing(gaz):
    (signing,) = [e for e in events_of(gaz, "बैठक के बाद जयशंकर और वांग यी ने सीमा प्रबंधन योजना पर दस्तखत किए।") if e.kind == "Signing"]
    assert signing.status == "occurred"
    # a plan to sign still is one
    (signing,) = [e for e in events_of(gaz, "जयशंकर और वांग यी ने सीमा प्रबंधन योजना पर दस्तखत करने की योजना बनाई है।") if e.kind == "Signing"]
    assert signing.status == "planned"


def test_both_ministers_at_the_meeting_of_a_named_day_are_the_two_who_met_that_day(gaz):
    found = [e for e in events_of(gaz, (
        "सोमवार को जयशंकर ने वांग यी से बातचीत की। उन्होंने बताया कि पिछले हफ्ते उनकी सर्गेई लावरोव से फोन पर बात हुई थी।\n\n"
        "सोमवार की बैठक में दोनों मंत्रियों ने एक सीमा प्रोटोकॉल पर दस्तखत किए।"
    )) if e.kind == "Signing"]
    assert [summary(e)[1] for e in found] == [("s-jaishankar", "wang-yi")]


def test_an_occasion_pointer_reaches_the_talks_of_the_paragraph_before(gaz):
    found = [e for e in events_of(gaz, (
        "जयशंकर ने पिछले हफ्ते मॉस्को में लावरोव से मुलाकात की थी। लावरोव ने कहा कि रूस भारत का पुराना मित्र है और रूस "
        "भारत को तेल देता रहेगा।\n\n"
        "जयशंकर गुरुवार को काठमांडू पहुंचेंगे। वहां उनकी नेपाल के प्रधानमंत्री से बातचीत होगी।\n\n"
        "सूत्रों ने बताया कि इस दौरान दोनों देश एक बिजली समझौते पर दस्तखत करेंगे।"
    )) if e.kind == "Signing"]
    assert [sorted(key for _, key in e.participants) for e in found] == [["india", "nepal"]]


def test_both_countries_in_a_later_paragraph_are_the_sides_of_the_last_signing_not_the_host(gaz):
    found = [e for e in events_of(gaz, (
        "कतर ने दोहा में भारत और पाकिस्तान के विदेश मंत्रियों की मेजबानी की। कतर के अमीर ने कतर की भूमिका की सराहना की। "
        "कतर के विदेश मंत्रालय ने कहा कि कतर आगे भी मदद करेगा।\n\n"
        "बैठक के बाद भारत और पाकिस्तान ने एक व्यापार प्रोटोकॉल पर हस्ताक्षर किए। इससे सीमा व्यापार बढ़ेगा।\n\n"
        "गौरतलब है कि दोनों देशों ने 2021 में भी एक संघर्षविराम समझौते पर हस्ताक्षर किए थे।"
    )) if e.kind == "Signing"]
    assert all(sorted(key for _, key in e.participants) == ["india", "pakistan"] for e in found) and found


def test_both_countries_of_a_hosted_story_are_the_pair_its_headline_joins(gaz):
    header = "भारत और पाकिस्तान के विदेश मंत्री कतर में मिले\n04-Jun-2025 3:58:20 pm\n\n"
    found = [e for e in events_of(gaz, (
        "कतर के अमीर ने दोहा में कतर के महल में बैठक की मेजबानी की। कतर ने कहा कि कतर शांति चाहता है। "
        "प्रवक्ता ने बताया कि दोनों देशों के सेना प्रमुख अगले हफ्ते सीमा पर मिलेंगे।"
    ), header=header) if e.kind == "Meeting" and e.status == "planned"]
    assert [sorted(key for _, key in e.participants) for e in found] == [["india", "pakistan"]]


def test_the_guest_named_by_nationality_is_the_visitor_named_before(gaz):
    found = [e for e in events_of(gaz, (
        "विदेश मंत्री सर्गेई लावरोव मंगलवार को नई दिल्ली पहुंचे। प्रधानमंत्री नरेंद्र मोदी ने रूसी मेहमान के सम्मान में रात्रिभोज दिया।"
    )) if e.kind == "Meeting"]
    assert [summary(e)[1] for e in found] == [("narendra-modi", "sergei-lavrov")]
    found = [e for e in events_of(gaz, (
        "विदेश मंत्री सर्गेई लावरोव मंगलवार को नई दिल्ली पहुंचे। राष्ट्रपति द्रौपदी मुर्मू भी रूसी अतिथि से मिल सकती हैं।"
    )) if e.kind == "Meeting"]
    assert [summary(e)[1:3] for e in found] == [(("droupadi-murmu", "sergei-lavrov"), "speculated")]


def test_a_nominative_pronoun_subject_is_shared_by_the_coordinated_meeting(gaz):
    found = [e for e in events_of(gaz, (
        "मोहम्मद मुइज्जू ने परंपरा तोड़ी। मार्च 2024 में वह अंकारा गए और वहां राष्ट्रपति एर्दोगन से मिले।"
    )) if e.kind == "Meeting"]
    assert [summary(e)[1] for e in found] == [("mohamed-muizzu", "recep-tayyip-erdogan")]


def test_a_fake_thing_in_the_clause_is_no_verdict_on_the_meeting(gaz):
    (meeting,) = [e for e in events_of(gaz, "जयशंकर ने फर्जी वीजा रैकेट के मुद्दे पर वांग यी से बात की।") if e.kind == "Meeting"]
    assert meeting.status == "occurred"
    found = sorted(e.status for e in events_of(gaz, "वायरल पोस्ट: जयशंकर और वांग यी ने कल गुप्त बैठक की। पड़ताल में यह पोस्ट फर्जी निकली।") if e.kind == "Meeting")
    assert found == ["denied", "speculated"]


# Round 7 (`meet7`): pairing on held-out 3's misses; sentences of our own.

def pairs_of(gaz, body):
    return sorted(summary(e)[1] for e in events_of(gaz, body) if e.kind == "Meeting")


def test_a_pronoun_that_says_whose_counterpart_brings_in_no_one_else(gaz):
    body = ("मोदी मंगलवार को मॉस्को पहुंचे। "
            "इस बीच, भारत के विदेश मंत्री एस. जयशंकर और उनके रूसी समकक्ष सर्गेई लावरोव के बीच भी अलग से बैठक हुई।")
    assert pairs_of(gaz, body) == [("s-jaishankar", "sergei-lavrov")]


def test_a_counterpart_pronoun_with_nobody_named_before_it_is_the_guest(gaz):
    # near miss: with no name before it in the clause, "उनके" is still whose talks these are
    body = "जयशंकर मंगलवार को मॉस्को पहुंचे। वहां उनके रूसी समकक्ष सर्गेई लावरोव के साथ बैठक हुई।"
    assert pairs_of(gaz, body) == [("s-jaishankar", "sergei-lavrov")]


def test_premises_named_for_an_office_are_no_person(gaz):
    body = "दोपहर में राष्ट्रपति परिसर पहुंचे मोदी। राष्ट्रपति व्लादिमीर पुतिन ने समारोह में उनकी अगवानी की।"
    assert pairs_of(gaz, body) == [("narendra-modi", "vladimir-putin")]


def test_delegation_talks_listing_both_sides_pair_only_across_sides(gaz):
    body = ("इसके बाद प्रतिनिधिमंडल स्तर की वार्ता हुई, जिसमें सर्गेई लावरोव और एस. जयशंकर के अलावा "
            "रक्षा मंत्री राजनाथ सिंह भी मौजूद थे।")
    assert pairs_of(gaz, body) == [("rajnath-singh", "sergei-lavrov"), ("s-jaishankar", "sergei-lavrov")]


def test_a_summit_listing_leaders_of_different_countries_is_still_one_meeting_of_all(gaz):
    # near miss: nobody there is of one side with another, so every pair met
    body = "शिखर सम्मेलन हुआ, जिसमें मोदी और पुतिन के अलावा शी जिनपिंग भी मौजूद थे।"
    assert pairs_of(gaz, body) == [("narendra-modi", "vladimir-putin", "xi-jinping")]


def test_two_who_together_meet_a_third_each_met_the_third_not_each_other(gaz):
    body = ("यूरोपीय परिषद के अध्यक्ष एंटोनियो कोस्टा और यूरोपीय आयोग की अध्यक्ष उर्सुला वॉन डेर लेयेन ने "
            "गुरुवार को नई दिल्ली में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।")
    assert pairs_of(gaz, body) == [("antonio-costa", "narendra-modi"), ("narendra-modi", "ursula-von-der-leyen")]


def test_two_sides_of_different_countries_meeting_a_third_met_each_other_too(gaz):
    # near miss: the Indian and the Chinese minister are two sides, not one delegation
    body = "भारत के विदेश मंत्री एस. जयशंकर और चीन के विदेश मंत्री वांग यी ने मॉस्को में सर्गेई लावरोव से मुलाकात की।"
    assert pairs_of(gaz, body) == [("s-jaishankar", "sergei-lavrov", "wang-yi")]


def test_co_hosts_meet_each_guest_not_each_other(gaz):
    body = ("मोदी और शी जिनपिंग आमने-सामने की बैठक में एक मेज़ पर बैठे, जिसकी मेजबानी पुतिन और विदेश मंत्री "
            "सर्गेई लावरोव ने की। इससे पहले पुतिन ने दोनों नेताओं से अलग-अलग बैठकें कीं।")
    assert pairs_of(gaz, body) == [
        ("narendra-modi", "sergei-lavrov"), ("narendra-modi", "vladimir-putin"), ("narendra-modi", "xi-jinping"),
        ("sergei-lavrov", "xi-jinping"), ("vladimir-putin", "xi-jinping")]


def test_both_as_agent_after_two_who_met_together_are_those_two_meeting_one_more(gaz):
    body = ("एंटोनियो कोस्टा और उर्सुला वॉन डेर लेयेन ने गुरुवार को बीजिंग में शी जिनपिंग से मुलाकात की। "
            "बाद में दोनों ने प्रधानमंत्री ली कियांग के साथ शिखर बैठक की।")
    assert pairs_of(gaz, body) == [("antonio-costa", "li-qiang"), ("antonio-costa", "xi-jinping"),
                                   ("li-qiang", "ursula-von-der-leyen"), ("ursula-von-der-leyen", "xi-jinping")]


def test_both_ministers_of_two_sides_meeting_a_host_together_met_each_other(gaz):
    # near miss: "both" are the two sides of the talks told before, one meeting of three
    body = ("भारत के विदेश मंत्री एस. जयशंकर और चीन के विदेश मंत्री वांग यी ने सीमा पर एक समझौते पर हस्ताक्षर किए। "
            "इसके बाद दोनों मंत्रियों ने राष्ट्रपति पुतिन से मुलाकात की।")
    assert ("s-jaishankar", "vladimir-putin", "wang-yi") in pairs_of(gaz, body)


def test_countries_between_are_those_joined_before_between_not_the_host(gaz):
    body = "यूरोपीय संघ की मध्यस्थता में भारत और चीन के नेताओं के बीच रूस के शहर कज़ान में शनिवार को बातचीत हुई।"
    assert pairs_of(gaz, body) == [("china", "india")]


def test_a_list_of_countries_between_is_one_meeting_of_all(gaz):
    # near miss: a comma list before the "और" joins them all
    body = "भारत, रूस और चीन के बीच शनिवार को त्रिपक्षीय वार्ता हुई।"
    assert pairs_of(gaz, body) == [("china", "india", "russia")]


def test_officials_of_both_countries_meet_as_people_not_as_countries(gaz):
    body = ("मोदी और पुतिन ने मॉस्को में बातचीत की। इस दौरान दोनों देशों के विदेश मंत्रियों, एस. जयशंकर और "
            "अनाम व्यक्ति, के बीच भी अलग से बैठक हुई।")
    assert pairs_of(gaz, body) == [("narendra-modi", "vladimir-putin")]


def test_talks_between_both_countries_are_a_meeting_of_the_countries(gaz):
    # near miss: "दोनों देशों के बीच" with no office is the countries' meeting
    body = "मोदी रूस की यात्रा पर मॉस्को पहुंचे। भारत और रूस के संबंध पुराने हैं। दोनों देशों के बीच व्यापार पर वार्ता हुई।"
    assert pairs_of(gaz, body) == [("india", "russia")]


def test_both_leaders_in_a_round_up_item_are_the_two_that_item_names(gaz):
    body = ("दुनिया एक नज़र में\n\n1. रूस: पुतिन ने मॉस्को में मोदी से मुलाकात की। पुतिन ने कहा कि मोदी अच्छे दोस्त हैं। "
            "मोदी ने पुतिन को धन्यवाद दिया।\n\n2. ब्राजील: शी जिनपिंग ने ब्रासीलिया में लूला के साथ वार्ता की। यह वार्ता तीन "
            "घंटे चली। व्यापार पर कोई नतीजा नहीं निकला। सूत्रों ने बताया कि अगले साल दोनों नेताओं के बीच फिर बातचीत होगी।")
    planned = [summary(e)[1] for e in events_of(gaz, body) if e.kind == "Meeting" and e.status == "planned"]
    assert planned == [("lula-da-silva", "xi-jinping")]


def test_both_leaders_in_a_timeline_item_naming_one_are_the_articles_pair(gaz):
    # near miss: a timeline's numbered items all tell the one pair the headline names
    header = "कब-कब मिले पुतिन और मोदी?\n04-Jun-2025 3:58:20 pm\n\n"
    body = ("1. 8 जुलाई 2024: मॉस्को\nमोदी दो दिन की यात्रा पर मॉस्को पहुंचे। पुतिन ने मोदी के सम्मान में रात्रिभोज दिया।\n\n"
            "2. 22 अक्टूबर 2024: कज़ान\nमोदी ब्रिक्स सम्मेलन के लिए कज़ान पहुंचे। वहां दोनों नेताओं ने अलग से बातचीत की।")
    found = [summary(e) for e in events_of(gaz, body, header) if e.kind == "Meeting"]
    assert ("Meeting", ("narendra-modi", "vladimir-putin"), "occurred", "2024-10-22") in found, found


def test_the_leader_of_a_delegation_met_whom_the_delegation_met(gaz):
    body = "राष्ट्रपति पुतिन ने विदेश मंत्री एस. जयशंकर के नेतृत्व में आए भारतीय प्रतिनिधिमंडल से बातचीत की।"
    assert pairs_of(gaz, body) == [("s-jaishankar", "vladimir-putin")]


def test_one_whose_leadership_is_praised_is_no_delegation_leader(gaz):
    # near miss: the leadership qualifies the reforms, not the delegation the host met
    body = "राष्ट्रपति पुतिन ने मोदी के नेतृत्व में हुए सुधारों पर भारतीय प्रतिनिधिमंडल से बातचीत की।"
    assert pairs_of(gaz, body) == []


def test_a_delegation_met_through_a_singular_pronoun_is_met_through_its_leader(gaz):
    body = ("पिछले सप्ताह भारत का एक प्रतिनिधिमंडल, जिसका नेतृत्व विदेश मंत्री एस. जयशंकर कर रहे थे, मॉस्को गया था। "
            "लेकिन राष्ट्रपति पुतिन ने उससे मिलने से इनकार कर दिया।")
    found = [summary(e)[1:3] for e in events_of(gaz, body) if e.kind == "Meeting"]
    assert found == [(("s-jaishankar", "vladimir-putin"), "denied")]


def test_before_that_is_no_pronoun_for_a_delegation(gaz):
    # near miss: "उससे पहले" is "before that"; the delegation's leader met no one
    body = ("भारत का एक प्रतिनिधिमंडल, जिसका नेतृत्व एस. जयशंकर कर रहे थे, मॉस्को गया था। "
            "उससे पहले राष्ट्रपति पुतिन ने वार्ता की थी।")
    assert pairs_of(gaz, body) == []


# -- round C, visits on held-out 3 (visits7) ----------------------------------------------

def test_talks_told_in_the_pluperfect_are_background_and_imply_no_visit(gaz):
    # the story's talks make a visit; the same talks recalled as past before the story do not
    assert visits(events_of(gaz, "मोदी ने मंगलवार को रोम में मेलोनी से मुलाकात की।")) == [
        ("narendra-modi", "rome", "occurred", "2025-06-03")]
    assert visits(events_of(gaz, "2019 में रोम में मोदी और मेलोनी की बातचीत हुई थी।")) == []
    assert visits(events_of(gaz, "मोदी और ज़ेलेंस्की ने 2021 में रोम में एक समझौते पर हस्ताक्षर किए थे।")) == []
    assert visits(events_of(gaz, "मोदी और मेलोनी की मुलाकात सितंबर में रोम में हो चुकी है।")) == []


def test_talks_in_a_when_aside_imply_no_visit_but_talks_that_set_the_scene_do(gaz):
    assert visits(events_of(gaz, "यह तस्वीर 2019 की है, जब मोदी और मेलोनी रोम में मिले थे।")) == []
    # "रोम में हुई बैठक में … बैठे थे": the talks are dated by their own participle
    found = visits(events_of(gaz, "पिछले महीने रोम में हुई बैठक में जयशंकर और वांग यी एक मेज़ पर बैठे थे।"))
    assert [(who, where) for who, where, _, _ in found] == [("s-jaishankar", "rome"), ("wang-yi", "rome")]


def test_rumoured_talks_or_a_meeting_arranged_imply_no_trip_but_going_to_meet_does(gaz):
    assert visits(events_of(gaz, "अटकलें हैं कि मोदी और मेलोनी अगले महीने रोम में मिल सकते हैं।")) == []
    assert visits(events_of(gaz, "मोदी और मेलोनी की अगली बैठक जुलाई में रोम में प्रस्तावित है।")) == []
    assert [(who, where, status) for who, where, status, _ in visits(events_of(
        gaz, "मोदी ने कहा है कि वह अगले सप्ताह रोम में मेलोनी से मिलेंगे।"))] == [("narendra-modi", "rome", "planned")]


def test_talks_told_in_two_countries_places_say_no_one_place_of_the_talks(gaz):
    body = "पुतिन ने बुधवार को अबू धाबी में यूएई के राष्ट्रपति से और रियाद में मोहम्मद बिन सलमान से वार्ता की।"
    assert not [v for v in visits(events_of(gaz, body)) if v[0] == "mohammed-bin-salman"]
    # two places of one country (a city and its venue) still place them
    assert [(who, where) for who, where, _, _ in visits(events_of(
        gaz, "पुतिन ने गुरुवार को मॉस्को में क्रेमलिन में मोदी से बातचीत की।"))] == [("narendra-modi", "moscow")]


def test_an_airport_of_no_named_city_is_the_datelines_city_not_a_destination(gaz):
    header = "तोक्यो, 4 जून (भाषा)\n\n"
    body = "ब्राज़ील के राष्ट्रपति लूला बुधवार दोपहर विशेष विमान से नारिता हवाई अड्डे पहुंचे।"
    found = [(e.participants[0][1], e.destination[1]) for e in events_of(gaz, body, header) if e.kind == "Visit"]
    assert found == [("lula-da-silva", "tokyo")]
    # with no dateline there is no city to go to: an airport is no destination
    assert [e for e in events_of(gaz, "समाचार\n\n" + body) if e.kind == "Visit" and "havai" in e.destination[1]] == []


def test_an_airport_named_after_its_city_past_a_name_word_is_a_visit_to_the_city(gaz):
    body = "एर्दोगन बुधवार को रियाद के किंग खालिद अंतरराष्ट्रीय हवाई अड्डे पहुंचे।"
    assert [(e.participants[0][1], e.destination[1]) for e in events_of(gaz, body) if e.kind == "Visit"] == [
        ("recep-tayyip-erdogan", "riyadh")]


def test_a_plane_that_has_landed_is_its_owners_arrival_but_a_candidate_who_has_landed_is_none(gaz):
    body = "सुबह 9 बजे — लूला का विमान रोम के फ्यूमिचिनो हवाई अड्डे पर उतर चुका है।"
    assert [(e.participants[0][1], e.destination[1]) for e in events_of(gaz, body) if e.kind == "Visit"] == [
        ("lula-da-silva", "rome")]
    # no plane, no airport: "चुनाव मैदान में उतर चुके हैं" lands nowhere
    assert [e for e in events_of(gaz, "लूला रोम के चुनाव मैदान में उतर चुके हैं।") if e.kind == "Visit"] == []


def test_a_role_quantified_as_everyone_is_a_habit_not_a_trip(gaz):
    assert [e for e in events_of(gaz, "हर नया भारतीय प्रधानमंत्री पहली विदेश यात्रा पर भूटान जाता रहा है।")
            if e.kind == "Visit"] == []
    # "किसी … की यह पहली … यात्रा": this trip, of the one who holds the role now
    body = "मोदी रविवार को साइप्रस पहुंचे। दो दशक में किसी भारतीय प्रधानमंत्री की यह पहली साइप्रस यात्रा है।"
    assert {(e.participants[0][1], e.destination[1]) for e in events_of(gaz, body) if e.kind == "Visit"} == {
        ("narendra-modi", "cyprus")}


def test_the_possessor_of_an_infinitive_trip_travels_and_a_trip_that_times_a_past_clause_was_made(gaz):
    body = "जयशंकर वांग यी के भारत आने से पहले बीजिंग में उनसे मिल चुके हैं।"
    found = {(e.participants[0][1], e.destination[1], e.status) for e in events_of(gaz, body) if e.kind == "Visit"}
    assert ("wang-yi", "india", "occurred") in found and not [v for v in found if v[:2] == ("s-jaishankar", "india")]
    # a trip that times what is still to come stays planned
    body = "जयशंकर वांग यी के भारत आने से पहले बीजिंग में उनसे मिलेंगे।"
    assert ("wang-yi", "india", "planned") in {(e.participants[0][1], e.destination[1], e.status)
                                               for e in events_of(gaz, body) if e.kind == "Visit"}
    # the possessor of an invitation named after the trip is not its traveller's stand-in
    body = "मोदी ने कतर आने का अमीर का निमंत्रण स्वीकार कर लिया है।"
    assert [(e.participants[0][1], e.destination[1]) for e in events_of(gaz, body) if e.kind == "Visit"] == [
        ("narendra-modi", "qatar")]


def test_an_invitation_extended_is_speculated_and_one_accepted_is_planned(gaz):
    def found(body):
        return [(e.participants[0][1], e.destination[1], e.status) for e in events_of(gaz, body) if e.kind == "Visit"]

    assert found("मेलोनी ने मोदी को रोम आने का न्योता दिया है।") == [("narendra-modi", "rome", "speculated")]
    assert found("मोदी ने रोम आने का मेलोनी का न्योता स्वीकार कर लिया है।") == [("narendra-modi", "rome", "planned")]


def test_a_trip_noun_takes_the_predicate_after_a_relative_clause_between_commas(gaz):
    def found(body):
        return [(e.participants[0][1], e.destination[1], e.status) for e in events_of(gaz, body) if e.kind == "Visit"]

    assert found("मोदी की पाकिस्तान यात्रा, जिसकी कई बार चर्चा हुई, आज तक नहीं हुई है।") == [
        ("narendra-modi", "pakistan", "denied")]
    # the relative clause's own negation says nothing of the trip
    assert found("मोदी की जापान यात्रा, जिसकी तारीख नहीं बताई गई, मंगलवार को शुरू हुई।") == [
        ("narendra-modi", "japan", "occurred")]


def signings_of(gaz, body, header=HEADER):
    return sorted((tuple(sorted(key for _, key in e.participants)), e.status, e.date.value if e.date else None)
                  for e in events_of(gaz, body, header) if e.kind == "Signing")


def test_it_points_to_the_agreement_an_earlier_clause_of_its_sentence_names(gaz):
    # "उस पर" is the new treaty of this sentence, a denied signing of its own, not the last one signed
    found = signings_of(gaz, (
        "भारत और रूस ने बुधवार को मॉस्को में एक ऊर्जा समझौते पर हस्ताक्षर किए।\n\n"
        "जापान के प्रधानमंत्री ने गुरुवार को मोदी से मुलाकात की। प्रवक्ता ने बताया कि भारत और जापान के बीच एक नई "
        "रक्षा संधि पर काम चल रहा है, पर इस बार उस पर हस्ताक्षर नहीं हुए।"
    ))
    assert (("india", "russia"), "occurred", "2025-06-04") in found
    assert any(sides == ("india", "japan") and status == "denied" for sides, status, _ in found)


def test_it_with_no_agreement_in_its_sentence_is_the_one_signed_before(gaz):
    found = signings_of(gaz, (
        "भारत और रूस ने बुधवार को मॉस्को में एक ऊर्जा समझौते पर हस्ताक्षर किए। "
        "रूसी प्रवक्ता ने बताया कि उस पर राष्ट्रपति भवन में हस्ताक्षर हुए।"
    ))
    assert {sides for sides, _, _ in found} == {("india", "russia")}


def test_a_refusal_to_sign_is_the_refusing_sides_alone(gaz):
    found = signings_of(gaz, (
        "ईरान और अमेरिका के बीच परमाणु वार्ता फिर शुरू होगी। 2019 में जिनेवा में एक मसौदा तैयार हुआ था, "
        "पर ईरान ने उस पर हस्ताक्षर करने से इनकार कर दिया।"
    ))
    assert (("iran",), "denied", "2019") in found


def test_a_refusal_to_sign_with_a_named_side_keeps_both_sides(gaz):
    found = signings_of(gaz, "2019 में ईरान ने अमेरिका के साथ परमाणु समझौते पर हस्ताक्षर करने से इनकार कर दिया।")
    assert found == [(("iran", "united-states"), "denied", "2019")]


def test_joining_an_initiative_of_many_is_one_sides_signing_kept_beside_the_pairs(gaz):
    found = signings_of(gaz, (
        "श्रीलंका और चीन ने बुधवार को बीजिंग में एक बंदरगाह समझौते पर दस्तखत किए। "
        "2018 में श्रीलंका बीआरआई से जुड़ने के समझौता ज्ञापन पर हस्ताक्षर कर चुका था।"
    ))
    assert (("sri-lanka",), "occurred", "2018") in found
    assert (("china", "sri-lanka"), "occurred", "2025-06-04") in found


def test_a_one_sided_headline_signing_is_still_covered_by_the_full_one(gaz):
    header = "श्रीलंका ने बंदरगाह समझौते पर दस्तखत किए\n04-Jun-2025 3:58:20 pm\n\n"
    found = signings_of(gaz, "श्रीलंका और चीन ने बुधवार को बीजिंग में एक बंदरगाह समझौते पर दस्तखत किए।", header)
    assert {sides for sides, _, _ in found} == {("china", "sri-lanka")}


def test_a_signing_naming_no_side_at_a_blocs_summit_is_the_blocs(gaz):
    header = "म्यांमार संकट पर आसियान का आपात शिखर सम्मेलन\n04-Jun-2025 3:58:20 pm\n\n"
    found = signings_of(gaz, (
        "आसियान के नेताओं ने बुधवार को जकार्ता में शिखर सम्मेलन में म्यांमार पर चर्चा की। थाईलैंड के प्रधानमंत्री ने "
        "मलेशिया के प्रधानमंत्री से अलग से मुलाकात की। सम्मेलन में किसी नए समझौते पर हस्ताक्षर नहीं किए गए।"
    ), header)
    assert [(sides, status) for sides, status, _ in found] == [(("asean",), "denied")]


def test_a_signing_naming_no_side_at_a_summit_of_two_is_the_two(gaz):
    found = signings_of(gaz, (
        "भारत और जापान के प्रधानमंत्रियों ने बुधवार को टोक्यो में वार्षिक शिखर सम्मेलन में बातचीत की। "
        "सम्मेलन में किसी नए समझौते पर हस्ताक्षर नहीं किए गए।"
    ))
    assert [(sides, status) for sides, status, _ in found] == [(("india", "japan"), "denied")]


def test_agreeing_to_finalise_an_agreement_is_a_planned_signing(gaz):
    found = signings_of(gaz, "भारत और ब्रिटेन बुधवार को एक व्यापार समझौते को अंतिम रूप देने पर सहमत हुए।")
    assert [(sides, status) for sides, status, _ in found] == [(("india", "united-kingdom"), "planned")]


def test_finalising_an_agreement_is_a_signing_that_happened(gaz):
    found = signings_of(gaz, "भारत और ब्रिटेन ने बुधवार को एक व्यापार समझौते को अंतिम रूप दिया।")
    assert [(sides, status) for sides, status, _ in found] == [(("india", "united-kingdom"), "occurred")]


def test_a_date_of_an_action_before_ke_baad_does_not_date_the_event_after_it(gaz):
    # the office was taken last month; the trip is the one told before, on Monday
    found = [e for e in events_of(gaz, (
        "जर्मनी के चांसलर फ्रेडरिक मर्ज़ सोमवार को पेरिस पहुंचे। पिछले महीने पद संभालने के बाद यह उनकी पहली फ्रांस यात्रा है।"
    )) if e.kind == "Visit"]
    assert found and all(e.date is None or e.date.value == "2025-06-02" for e in found)


def test_a_date_before_an_arrival_ke_baad_dates_the_arrival_and_the_talks(gaz):
    found = [e for e in events_of(gaz, (
        "सोमवार को पेरिस पहुंचने के बाद मर्ज़ ने फ्रांस के राष्ट्रपति इमैनुएल मैक्रों के साथ बातचीत की।"
    )) if e.kind == "Meeting"]
    assert [e.date.value for e in found] == ["2025-06-02"]


def test_to_this_day_dates_no_signing(gaz):
    # "तब" is the year of the clause before; "आज तक" is a span up to now
    found = signings_of(gaz, (
        "भारत और नेपाल के प्रधानमंत्रियों ने बुधवार को मुलाकात की। ओली 2016 में चीन गए थे और तब चीन और नेपाल के बीच एक "
        "पारगमन समझौता हुआ था, जिस पर आज तक अमल अधूरा है।"
    ))
    assert (("china", "nepal"), "occurred", "2016") in found


def test_an_explainers_answer_happened_on_the_day_its_question_names(gaz):
    header = "समझिए: भारत और चीन के बीच क्या बदला\n\nनई दिल्ली | प्रकाशित: 5 जून 2025\n\n"
    found = meetings_only(gaz, (
        "सवाल: मंगलवार को क्या हुआ?\n\n"
        "जवाब: विदेश मंत्री एस जयशंकर ने बीजिंग में चीन के विदेश मंत्री वांग यी से मुलाकात की।"
    ), header)
    assert [e.date.value for e in found] == ["2025-06-03"]


def test_an_answer_with_a_date_of_its_own_keeps_it(gaz):
    header = "समझिए: भारत और चीन के बीच क्या बदला\n\nनई दिल्ली | प्रकाशित: 5 जून 2025\n\n"
    found = meetings_only(gaz, (
        "सवाल: दोनों पहले कब मिले?\n\n"
        "जवाब: जुलाई 2023 में विदेश मंत्री एस जयशंकर ने जकार्ता में चीन के विदेश मंत्री वांग यी से मुलाकात की।"
    ), header)
    assert [e.date.value for e in found] == ["2023-07"]


def test_a_live_blogs_headline_happens_on_the_blogs_day(gaz):
    header = "LIVE: मॉस्को में मोदी, पुतिन से मुलाकात — पल-पल की अपडेट\n\nलाइव ब्लॉग | 8 जुलाई 2025\n\n"
    found = meetings_only(gaz, (
        "सुबह 10:15 — प्रधानमंत्री नरेंद्र मोदी का विमान मॉस्को के हवाई अड्डे पर उतर चुका है।\n\n"
        "दोपहर 12:30 — क्रेमलिन में बातचीत की तैयारी चल रही है।"
    ), header)
    assert [e.date.value for e in found if e.sentence == 0] == ["2025-07-08"]


def test_a_headline_over_unstamped_paragraphs_is_not_dated_by_the_page(gaz):
    header = "मॉस्को में मोदी, पुतिन से मुलाकात\n\nप्रकाशित: 8 जुलाई 2025\n\n"
    found = meetings_only(gaz, (
        "प्रधानमंत्री नरेंद्र मोदी का विमान मॉस्को के हवाई अड्डे पर उतर चुका है।\n\n"
        "क्रेमलिन में बातचीत की तैयारी चल रही है।"
    ), header)
    assert [e.date for e in found if e.sentence == 0] == [None]


def test_a_signing_in_this_trip_takes_the_day_of_the_trip_a_sides_leader_made(gaz):
    found = signings_of(gaz, (
        "जर्मनी के चांसलर फ्रेडरिक मर्ज़ सोमवार को पेरिस पहुंचे। दोनों देशों की अगली बैठक जुलाई में बर्लिन में प्रस्तावित है। "
        "मर्ज़ ने कहा कि जर्मनी और फ्रांस के बीच एक रक्षा समझौता तैयार हो रहा है। हालांकि इस यात्रा में उस पर हस्ताक्षर नहीं हुए।"
    ))
    assert (("france", "germany"), "denied", "2025-06-02") in found


def test_a_signing_in_this_trip_is_not_dated_by_a_trip_between_other_countries(gaz):
    found = signings_of(gaz, (
        "ब्रिटेन के प्रधानमंत्री सोमवार को टोक्यो पहुंचे। "
        "जर्मनी और फ्रांस के बीच एक रक्षा समझौता तैयार हो रहा है, पर इस यात्रा में उस पर हस्ताक्षर नहीं हुए।"
    ))
    assert [date for sides, _, date in found if sides == ("france", "germany")] == [None]


def test_this_time_is_the_day_of_the_event_just_told(gaz):
    found = signings_of(gaz, (
        "ईरान के राष्ट्रपति ने गुरुवार को मॉस्को में पुतिन के साथ बातचीत की। बातचीत में व्यापार पर चर्चा हुई। "
        "प्रवक्ता ने बताया कि दोनों देशों के बीच एक नई संधि पर काम चल रहा है, पर इस बार उस पर हस्ताक्षर नहीं हुए।"
    ))
    assert found == [(("iran", "russia"), "denied", "2025-05-29")]


def test_a_past_told_as_the_next_month_is_the_month_after_the_event_before(gaz):
    found = [e for e in events_of(gaz, (
        "दिसंबर 2021 में भारत के विदेश मंत्री ने अबू धाबी का दौरा किया था। अगले महीने इसराइल के राष्ट्रपति इसहाक हर्ज़ोग भी यूएई पहुंचे।"
    )) if e.kind == "Visit" and e.participants == [("Person", "isaac-herzog")]]
    assert [e.date.value for e in found] == ["2022-01"]


def test_a_plan_for_next_month_counts_from_the_articles_date(gaz):
    found = [e for e in events_of(gaz, (
        "दिसंबर 2021 में भारत के विदेश मंत्री ने अबू धाबी का दौरा किया था। अगले महीने इसराइल के राष्ट्रपति इसहाक हर्ज़ोग भी यूएई जाएंगे।"
    )) if e.kind == "Visit" and e.participants == [("Person", "isaac-herzog")]]
    assert [e.date.value for e in found] == ["2025-07"]


def test_a_trip_for_a_summit_told_without_a_date_is_dated_like_any_other_event(gaz):
    header = "समझिए: भारत और चीन के बीच क्या बदला\n\nनई दिल्ली | प्रकाशित: 5 जून 2025\n\n"
    found = [e for e in events_of(gaz, (
        "सवाल: मंगलवार को क्या हुआ?\n\n"
        "जवाब: शिखर सम्मेलन के लिए बीजिंग पहुंचे विदेश मंत्री एस जयशंकर ने चीन के विदेश मंत्री वांग यी से मुलाकात की।"
    ), header) if e.kind == "Visit"]
    assert found and [e.date.value for e in found] == ["2025-06-03"] * len(found)


def test_a_headline_signing_the_body_does_not_retell_takes_the_day_of_the_wire_lead(gaz):
    header = "भारत और जापान के बीच रक्षा समझौते पर हस्ताक्षर\n05-Jun-2025 3:58:20 pm\n\n"
    found = signings_of(gaz, (
        "नई दिल्ली, 5 जून (भाषा) भारत और जापान के बीच रक्षा उपकरणों से जुड़े एक अहम करार को बुधवार को यहां अंतिम "
        "मंजूरी मिल गई। इससे दोनों देशों का रक्षा उद्योग मज़बूत होगा।"
    ), header)
    assert found == [(("india", "japan"), "occurred", "2025-06-04")]


def test_a_headline_signing_is_not_dated_by_a_lead_that_tells_another_event(gaz):
    header = "भारत और जापान के बीच रक्षा समझौते पर हस्ताक्षर\n05-Jun-2025 3:58:20 pm\n\n"
    found = signings_of(gaz, (
        "नई दिल्ली, 5 जून (भाषा) भारत के प्रधानमंत्री नरेंद्र मोदी ने बुधवार को यहां जापान के प्रधानमंत्री से मुलाकात की।"
    ), header)
    assert [date for sides, _, date in found if sides == ("india", "japan")] == [None]


def test_talks_in_a_capital_told_by_description_are_a_visit_to_its_country(gaz):
    found = events_of(gaz, "शी जिनपिंग और व्लादिमीर पुतिन ने मंगलवार को कज़ाखस्तान की राजधानी में बातचीत की।")
    visits = sorted((e.participants[0][1], e.destination) for e in found if e.kind == "Visit")
    assert visits == [("vladimir-putin", ("Country", "kazakhstan")), ("xi-jinping", ("Country", "kazakhstan"))]
    # the host stays home: only the guest visits
    found = events_of(gaz, "व्लादिमीर पुतिन ने मंगलवार को रूस की राजधानी में शी जिनपिंग से बातचीत की।")
    assert [(e.participants[0][1], e.destination) for e in found if e.kind == "Visit"] == [("xi-jinping", ("Country", "russia"))]


def test_talks_about_an_occasion_to_come_in_a_capital_imply_no_visit(gaz):
    for body in ("शी जिनपिंग और व्लादिमीर पुतिन ने कज़ाखस्तान की राजधानी में होने वाले सम्मेलन की तैयारियों पर बातचीत की।",
                 "शी जिनपिंग और व्लादिमीर पुतिन ने कज़ाखस्तान की राजधानी के बारे में बातचीत की।"):
        assert [e for e in events_of(gaz, body) if e.kind == "Visit"] == []


def test_a_country_that_holds_a_view_about_a_trip_is_not_its_destination(gaz):
    body = "किम जोंग उन रूस जा सकते हैं. दक्षिण कोरिया का मानना है कि किम की अगली यात्रा में यह सहयोग और गहरा होगा."
    assert sorted(e.destination for e in events_of(gaz, body) if e.kind == "Visit") == [("Country", "russia")]


def test_a_destination_inside_the_said_clause_is_still_visited(gaz):
    body = "किम जोंग उन रूस जा सकते हैं. दक्षिण कोरिया का मानना है कि किम की अगली चीन यात्रा में यह सहयोग और गहरा होगा."
    assert ("Country", "china") in [e.destination for e in events_of(gaz, body) if e.kind == "Visit"]


def test_both_leaders_as_the_subject_of_an_arrival_each_visit(gaz):
    body = ("व्लादिमीर पुतिन और नरेंद्र मोदी कई बार मिल चुके हैं। पिछली मुलाकात मार्च में हुई, जब दोनों नेता "
            "एक सम्मेलन में हिस्सा लेने बीजिंग पहुंचे थे।")
    visits = sorted(e.participants[0][1] for e in events_of(gaz, body) if e.kind == "Visit")
    assert visits == ["narendra-modi", "vladimir-putin"]
    # the host among the two stays home; the guest still travels
    body = "व्लादिमीर पुतिन और शी जिनपिंग कई बार मिल चुके हैं। पिछली बार दोनों नेता एक सम्मेलन के लिए बीजिंग पहुंचे थे।"
    assert [e.participants[0][1] for e in events_of(gaz, body) if e.kind == "Visit"] == ["vladimir-putin"]


def test_one_who_comes_to_both_leaders_is_the_only_visitor(gaz):
    body = "व्लादिमीर पुतिन और शी जिनपिंग की बातचीत सफल रही। इसके बाद दोनों नेताओं से मिलने एक प्रतिनिधिमंडल बीजिंग पहुंचा।"
    assert [e for e in events_of(gaz, body) if e.kind == "Visit"] == []


def test_a_relative_clause_after_its_main_clause_tells_the_trip_of_the_last_one_named(gaz):
    body = "शी जिनपिंग ने सोमवार को विटकॉफ की मेजबानी की, जो बातचीत के लिए रविवार रात बीजिंग पहुंचे थे।"
    assert [(e.participants[0][1], e.destination) for e in events_of(gaz, body) if e.kind == "Visit"] == [
        ("steve-witkoff", ("Place", "beijing"))]


def test_a_relative_clause_about_a_thing_the_main_clause_points_to_tells_no_trip(gaz):
    for body in ("शी जिनपिंग ने सोमवार को विटकॉफ से उस विमान के बारे में पूछा, जो रविवार रात बीजिंग पहुंचे थे।",
                 "शी जिनपिंग ने सोमवार को विटकॉफ से विमान के बारे में पूछा, जो रविवार रात बीजिंग पहुंचा था।"):
        assert [e for e in events_of(gaz, body) if e.kind == "Visit"] == []


def test_the_far_end_of_a_range_takes_no_part_in_the_meeting_that_opens_it(gaz):
    body = "तस्वीरों में: शी जिनपिंग और साने ताकाइची की पहली बैठक से लेकर प्रबोवो सुबियांतो के भाषण तक"
    (meeting,) = [e for e in events_of(gaz, body) if e.kind == "Meeting"]
    assert sorted(k for _, k in meeting.participants) == ["sanae-takaichi", "xi-jinping"]


def test_people_after_a_meeting_that_is_no_range_still_take_part(gaz):
    body = "शी जिनपिंग की बैठक में कल साने ताकाइची और प्रबोवो सुबियांतो शामिल हुए।"
    keys = {k for e in events_of(gaz, body) if e.kind == "Meeting" for _, k in e.participants}
    assert {"sanae-takaichi", "prabowo-subianto"} <= keys


def test_both_countries_after_two_leaders_meeting_are_theirs_not_the_articles_main_pair():
    from types import SimpleNamespace

    from kg.document import Entity, Event
    from kg.events.participants import _leaders_met_just_before

    entities = {("Person", "a"): Entity("a", "Person", "A", country="south-korea"),
                ("Person", "b"): Entity("b", "Person", "B", country="china"),
                ("Person", "c"): Entity("c", "Person", "C", country="china")}
    article = SimpleNamespace(entities=entities)
    met = Event("Meeting", 4, "planned", participants=[("Person", "a"), ("Person", "b")])
    assert _leaders_met_just_before(SimpleNamespace(article=article, index=5, events=[met]))
    # two colleagues of one country, or a meeting told two sentences back, set no such pair
    same = Event("Meeting", 4, "planned", participants=[("Person", "b"), ("Person", "c")])
    assert not _leaders_met_just_before(SimpleNamespace(article=article, index=5, events=[same]))
    assert not _leaders_met_just_before(SimpleNamespace(article=article, index=6, events=[met]))


def test_both_countries_meeting_with_no_leaders_told_before_is_the_countries(gaz):
    body = "भारत और चीन के संबंध सुधर रहे हैं. अगले सप्ताह दोनों देशों के बीच बैठक होगी."
    (meeting,) = [e for e in events_of(gaz, body) if e.kind == "Meeting"]
    assert sorted(meeting.participants) == [("Country", "china"), ("Country", "india")]


def test_a_mediator_who_seats_both_leaders_at_one_table_meets_each(gaz):
    body = ("पॉल कगामे और फेलिक्स त्शिसेकेदी के बीच तनाव बढ़ा। मार्च में शेख तमीम बिन हमद अल थानी ने "
            "दोनों राष्ट्रपतियों को पहली बार एक मेज पर बिठाया।")
    (meeting,) = [e for e in events_of(gaz, body) if e.kind == "Meeting"]
    assert sorted(k for _, k in meeting.participants) == ["felix-tshisekedi", "paul-kagame", "tamim-bin-hamad-al-thani"]


def test_things_lying_on_one_table_are_no_meeting(gaz):
    body = "व्लादिमीर पुतिन और शी जिनपिंग ने एक मेज पर रखे नक्शे देखे।"
    assert [e for e in events_of(gaz, body) if e.kind == "Meeting"] == []


def test_a_semicolon_ends_a_headline_part_and_its_subject(gaz):
    body = "शिखर सम्मेलन LIVE: नरेंद्र मोदी-शी जिनपिंग की बैठक; एंथनी अल्बनीज़ की मुलाकात रद्द"
    pairs = sorted(tuple(sorted(k for _, k in e.participants)) for e in events_of(gaz, body) if e.kind == "Meeting")
    assert pairs == [("narendra-modi", "xi-jinping")]


def test_a_colon_after_a_trip_still_shares_its_traveller(gaz):
    body = "नरेंद्र मोदी जापान यात्रा: टोक्यो में शिगेरु इशिबा से मिले प्रधानमंत्री"
    pairs = sorted(tuple(sorted(k for _, k in e.participants)) for e in events_of(gaz, body) if e.kind == "Meeting")
    assert pairs == [("narendra-modi", "shigeru-ishiba")]


def test_a_live_blog_entry_stamped_with_a_time_zone_is_on_the_blog_day(gaz):
    found = events_of(gaz, (
        "जी20 सम्मेलन लाइव।\n"
        "[19:35 IST] | जयशंकर ने लावरोव से मुलाकात की।\n"
        "17:10 IST — मोदी कल सुबह पुतिन से मिलेंगे।\n"
    ))
    dated = {(e.kind, e.status, e.date.value if e.date else None) for e in found}
    assert ("Meeting", "occurred", "2025-06-04") in dated
    (plan,) = [e for e in found if e.status == "planned"]
    assert plan.date is None or plan.date.value != "2025-06-04"  # a plan is not on the blog's day


def test_a_figure_opening_a_paragraph_is_no_live_blog_stamp(gaz):
    # near miss: "12.50 प्रतिशत —" is a figure, not a clock time
    found = events_of(gaz, (
        "व्यापार पर रिपोर्ट।\n"
        "12.50 प्रतिशत — इतनी बढ़त के बाद जयशंकर ने लावरोव से मुलाकात की थी।\n"
    ))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date is None


def test_a_year_in_the_genitive_before_a_plan_noun_does_not_date_the_signing(gaz):
    found = signings(gaz, (
        "जयशंकर ने बुधवार को लावरोव से मुलाकात की। "
        "इसके बाद दोनों देशों ने 2027 की व्यापार कार्ययोजना पर दस्तखत किए।"))
    assert found == [("Signing", ("india", "russia"), "occurred", "2025-06-04")]


def test_a_year_in_the_genitive_before_a_time_word_still_dates_the_signing(gaz):
    # near miss: "2024 की शुरुआत में" is when it happened
    found = signings(gaz, "भारत और रूस ने 2024 की शुरुआत में एक व्यापार समझौते पर दस्तखत किए।")
    assert found == [("Signing", ("india", "russia"), "occurred", "2024")] or found[0][3].startswith("2024")


def test_then_points_to_the_time_the_sentence_before_states(gaz):
    found = events_of(gaz, (
        "जयशंकर ने बुधवार को लावरोव से मुलाकात की।\n\nमोदी 12 मार्च 2021 को सोची में थे।\n\n"
        "तब मोदी विमान से रूस गए थे।\n"))
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert visit.date.value == "2021-03-12"


def test_since_then_is_no_link_to_the_time_before(gaz):
    # near miss: "तब से" is a span up to now, not the time the sentence before states
    found = events_of(gaz, "जयशंकर ने बुधवार को लावरोव से मुलाकात की।\n\nमोदी 12 मार्च 2021 को सोची में थे।\n\n"
                           "तब से मोदी रूस नहीं गए हैं।")
    visits = [e for e in found if e.kind == "Visit"]
    assert all(v.date is None or v.date.value != "2021-03-12" for v in visits)


def test_a_signing_linked_to_talks_in_a_stamped_entry_is_on_the_blog_day(gaz):
    found = events_of(gaz, (
        "ब्रिक्स सम्मेलन लाइव।\n"
        "21:10 — मोदी कल पुतिन से मिल सकते हैं।\n"
        "19:05 — जयशंकर और लावरोव के बीच वार्ता हुई। इसके बाद भारत और रूस ने एक समझौते पर दस्तखत किए।\n"
    ))
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert signing.date.value == "2025-06-04"  # the blog's day, not "कल" of the entry above


def test_a_plan_in_a_stamped_entry_does_not_state_the_blog_day(gaz):
    # near miss: the entry tells a plan, whose time is not the blog's day
    found = events_of(gaz, (
        "ब्रिक्स सम्मेलन लाइव।\n"
        "19:05 — जयशंकर और लावरोव के बीच वार्ता होगी। इसके बाद भारत और रूस एक समझौते पर दस्तखत करेंगे।\n"
    ))
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert signing.date is None or signing.date.value != "2025-06-04"


def test_a_past_meeting_reported_in_a_month_is_dated_by_that_month(gaz):
    found = events_of(gaz, "मार्च 2019 में एक अखबार ने दावा किया था कि जयशंकर ने गुप्त रूप से लावरोव से मुलाकात की थी।")
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date.value == "2019-03"


def test_a_plan_reported_in_a_month_is_not_dated_by_the_report(gaz):
    # near miss: what was announced in March 2019 as a plan has its own, later time
    found = events_of(gaz, "मार्च 2019 में विदेश मंत्रालय ने बताया था कि जयशंकर लावरोव से मिलेंगे।")
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date is None or meeting.date.value != "2019-03"


def test_this_same_day_dates_a_pluperfect_meeting_by_the_sentence_before(gaz):
    found = events_of(gaz, "जयशंकर बुधवार रात मॉस्को पहुंचे थे। इसी दिन मोदी ने पुतिन से मुलाकात कर व्यापार पर चर्चा की थी।")
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date.value == "2025-06-04"


def test_a_pluperfect_meeting_without_this_same_day_is_a_flashback(gaz):
    # near miss: with no link, a pluperfect after a dated sentence tells an earlier time
    found = events_of(gaz, "जयशंकर बुधवार रात मॉस्को पहुंचे थे। मोदी ने पुतिन से मुलाकात कर व्यापार पर चर्चा की थी।")
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date is None


def test_the_next_sentence_naming_the_trip_by_its_noun_dates_it(gaz):
    found = events_of(gaz, "मोदी ने पुतिन को भारत आने का न्योता दिया। रूसी एजेंसी के मुताबिक, यह यात्रा इस साल अक्टूबर में हो सकती है।")
    (visit,) = [e for e in found if e.kind == "Visit"]
    assert visit.date.value == "2025-10"


def test_the_next_sentence_naming_another_kind_of_event_does_not_date_the_trip(gaz):
    # near miss: "यह बैठक" is not the invited trip
    found = events_of(gaz, "मोदी ने पुतिन को भारत आने का न्योता दिया। रूसी एजेंसी के मुताबिक, यह बैठक इस साल अक्टूबर में हो सकती है।")
    visits = [e for e in found if e.kind == "Visit"]
    assert all(v.date is None or v.date.value != "2025-10" for v in visits)


def test_a_rumoured_meeting_during_the_trip_named_by_its_place_is_in_the_trips_month(gaz):
    found = events_of(gaz, (
        "जयशंकर बुधवार को मॉस्को पहुंचे।\n\n"
        "सूत्रों ने बताया कि मॉस्को प्रवास के दौरान जयशंकर की लावरोव से मुलाकात हो सकती है।"))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date.value == "2025-06"


def test_a_meeting_during_an_earlier_trip_is_not_dated_by_this_one(gaz):
    # near miss: "पिछली यात्रा के दौरान" is another trip
    found = events_of(gaz, (
        "जयशंकर बुधवार को मॉस्को पहुंचे।\n\n"
        "पिछली यात्रा के दौरान जयशंकर ने लावरोव से मुलाकात की थी।"))
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert meeting.date is None or not meeting.date.value.startswith("2025-06")


def test_a_claimed_signing_told_with_a_compound_past_verb_is_dated_back(gaz):
    found = events_of(gaz, "वायरल पोस्ट में दावा किया गया कि भारत और रूस ने रविवार को एक गुप्त समझौते पर हस्ताक्षर कर दिए।")
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert (signing.status, signing.date.value) == ("speculated", "2025-06-01")


def test_a_claimed_signing_told_in_the_future_is_dated_forward(gaz):
    # near miss: "कर देंगे" is no past; Sunday is the one to come
    found = events_of(gaz, "वायरल पोस्ट में दावा किया गया कि भारत और रूस रविवार को एक गुप्त समझौते पर हस्ताक्षर कर देंगे।")
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert signing.date.value == "2025-06-08"


def test_a_meeting_on_that_same_trip_takes_the_month_of_the_summit_told_before(gaz):
    found = events_of(gaz, (
        "मार्च 2024 में कज़ान में हुए ब्रिक्स शिखर सम्मेलन में मोदी और शी के बीच कोई बैठक नहीं हुई. "
        "उसी दौरे में मोदी ने पुतिन से मुलाकात की."))
    meeting = next(e for e in found if e.kind == "Meeting" and e.status == "occurred")
    assert meeting.date.value == "2024-03"


def test_a_meeting_on_another_trip_does_not_take_the_month_told_before(gaz):
    # near miss: "अगले दौरे में" is another trip, not the one told before
    found = events_of(gaz, (
        "मार्च 2024 में कज़ान में हुए ब्रिक्स शिखर सम्मेलन में मोदी और शी के बीच कोई बैठक नहीं हुई. "
        "अगले दौरे में मोदी ने पुतिन से मुलाकात की."))
    meeting = next(e for e in found if e.kind == "Meeting" and e.status == "occurred")
    assert meeting.date is None or meeting.date.value != "2024-03"
