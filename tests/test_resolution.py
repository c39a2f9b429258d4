"""Cross-article resolution: one node per person across a build (kg/resolution.py)."""

from kg import gazetteer
from kg.document import Article
from kg.pipeline import extract
from kg.resolution import resolve_entities


def read(ident: str, text: str) -> Article:
    return extract(Article(id=ident, raw_text="शीर्षक\n12 मार्च 2025\n\n" + text), gazetteer.load())


def people(article: Article) -> set[str]:
    return {key for kind, key in article.entities if kind == "Person"}


def test_a_person_named_by_the_end_of_a_full_name_elsewhere_is_one_node():
    full = read("a", "कांगो लोकतांत्रिक गणराज्य की विदेश मंत्री थेरेज़ कायिकवाम्बा वैगनर ने दोहा में बैठक की।")
    short = read("b", "कांगो लोकतांत्रिक गणराज्य की विदेश मंत्री कायिकवाम्बा वैगनर ने रवांडा के विदेश मंत्री ओलिवियर न्दुहुंगिरेहे से मुलाकात की।")
    merged = resolve_entities([full, short])
    assert people(full) <= people(short)
    key = next(iter(people(full)))
    entity = merged[("Person", key)]
    assert entity.label_hi == "थेरेज़ कायिकवाम्बा वैगनर" and "कायिकवाम्बा वैगनर" in entity.alt_labels
    # the meeting read in the second article now has the merged person as a participant
    assert any(("Person", key) in event.participants for event in short.events)
    assert all(m.key != "kayikavamba-vaiganar" for m in short.mentions)


def test_people_of_different_countries_sharing_a_surname_stay_apart():
    one = read("a", "केन्याई राष्ट्रपति विलियम रुटो ने कहा।")
    other = read("b", "घाना के विदेश मंत्री रुटो ने कहा।")
    resolve_entities([one, other])
    assert people(one).isdisjoint(people(other))
