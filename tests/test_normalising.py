from hypothesis import given
from hypothesis import strategies as st

from kg.normalising import fold, normalise, split_sentences


def test_fold_erases_spelling_variants_of_the_same_name():
    assert fold("किम जोंग-उन") == fold("किम जोंग उन")
    assert fold("ज़ेलेंस्की") == fold("जेलेंस्की")
    assert fold("पहुँचे") == fold("पहुंचे")
    assert fold("मास्को\u200d") == fold("मास्को")
    assert fold("२०२४") == "2024"


def test_normalise_keeps_text_but_drops_controls_and_bidi_marks():
    assert normalise("क\u200fख\x07\r\nग") == "कख\nग"


def test_sentences_split_on_danda_and_full_stop_but_not_on_initials():
    text = "सियोल। यू.एस. के अधिकारी ने कहा. डॉ. राव और ए. के. एंटनी मिले। क्या वे आएंगे? हाँ!"
    assert [s.text for s in split_sentences(text)] == [
        "सियोल।",
        "यू.एस. के अधिकारी ने कहा.",
        "डॉ. राव और ए. के. एंटनी मिले।",
        "क्या वे आएंगे?",
        "हाँ!",
    ]


def test_a_newline_always_ends_a_sentence():
    assert [s.text for s in split_sentences("शीर्षक बिना दंड\nपहला वाक्य।")] == ["शीर्षक बिना दंड", "पहला वाक्य।"]


hindi_text = st.text(alphabet=st.sampled_from(list("कखगजज़ंँ़ािीुूेैोौ्।.?! \n-\u200d\u200cअआ०१२abc.")), max_size=200)


@given(hindi_text)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(hindi_text)
def test_normalise_is_idempotent(text):
    assert normalise(normalise(text)) == normalise(text)


@given(hindi_text)
def test_sentence_offsets_slice_back_to_the_sentence(text):
    text = normalise(text)
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
