"""Synthetic Hindi news corpora for benchmarks, generated deterministically from a seed.

Articles are composed from whatever gazetteer is installed (kg.gazetteer.load()): its
people, countries, places, organisations and agreements, the offices people hold, and
invented names introduced by a title (so entity discovery and resolution run too).
Sentence templates cover meetings, signings and visits in every status (occurred,
planned, denied, speculated), several date forms, attributions to news agencies,
background sentences with no event, and site furniture the reader must strip
(share buttons, "यह भी पढ़ें" lines, hashtags, agency sign-offs). Each article is
2-6 KB of UTF-8 text, like the seed articles.

The same (n, seed, gazetteer) always gives the same bytes: every article draws from its
own random.Random seeded by a string, never from global state or dict order.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

from kg import gazetteer as gazetteer_module

MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
WEEKDAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# Invented people introduced by an office, as news introduces people readers may not know.
FIRST = ["अलेक्सेई", "मारिया", "जोसेफ", "अहमद", "ली", "तारो", "एलेना", "कार्लोस", "अमीना", "इवान", "सुंग", "फातिमा", "पीटर", "हसन", "योको", "दिमित्री"]
LAST = ["पेत्रोव", "सिल्वा", "मुदावादी", "नाकामुरा", "हुसैन", "ओकाफोर", "कोवाल", "फर्नांडिस", "रहमान", "बेकर", "चो", "यामादा", "ओरलोव", "मेंडेस", "अल-सईद", "नोवाक"]
TITLES = ["विदेश मंत्री", "रक्षा मंत्री", "प्रधानमंत्री", "राष्ट्रपति", "उप प्रधानमंत्री", "राजदूत"]

BACKGROUND = [
    "दोनों देशों के बीच व्यापार पिछले कुछ वर्षों में तेजी से बढ़ा है और ऊर्जा क्षेत्र में सहयोग पर भी चर्चा होती रही है।",
    "विशेषज्ञों का कहना है कि इस क्षेत्र में सुरक्षा की स्थिति लगातार जटिल होती जा रही है।",
    "पश्चिमी देशों ने इन संबंधों पर चिंता जताई है और प्रतिबंधों को कड़ा करने की बात कही है।",
    "इस बीच संयुक्त राष्ट्र में भी इस मुद्दे पर बहस तेज हो गई है।",
    "विश्लेषकों के मुताबिक आर्थिक दबाव के कारण सरकारें नए साझेदार तलाश रही हैं।",
    "सूत्रों ने बताया कि बातचीत का एजेंडा अभी पूरी तरह तय नहीं हुआ है।",
    "क्षेत्रीय स्थिरता और आपसी हितों के मुद्दों पर दोनों पक्षों के विचार अलग अलग रहे हैं।",
    "सरकारी मीडिया ने इस संबंध को ऐतिहासिक और रणनीतिक बताया है।",
    "कई देशों के राजनयिक इस घटनाक्रम पर करीबी नजर रखे हुए हैं।",
    "पिछले दशक में दोनों पक्षों के बीच सैन्य और तकनीकी सहयोग कई बार चर्चा में रहा है।",
    "अर्थशास्त्रियों का मानना है कि व्यापार मार्गों में बदलाव से क्षेत्र की अर्थव्यवस्था पर असर पड़ेगा।",
    "विपक्षी दलों ने सरकार से इस नीति पर संसद में जवाब देने की मांग की है।",
]
FURNITURE = ["Share", "विज्ञापन", "WhatsApp", "Advertisement", "Related Posts", "Follow us"]


@dataclass(frozen=True)
class Cast:
    """The gazetteer entries a corpus draws on, as Hindi surface forms."""

    people: list[tuple[str, list[str], str | None]]  # (label, other forms, office)
    countries: list[str]
    places: list[str]
    organisations: list[str]
    agreements: list[str]


def cast_from_gazetteer(gazetteer) -> Cast:
    """Return the surface forms of `gazetteer`'s entries, in a fixed order."""
    by_kind: dict[str, list] = {k: [] for k in ("Person", "Country", "Place", "Organization", "Agreement")}
    offices = {}
    for position in gazetteer.positions:
        offices.setdefault(position.person, " ".join(position.role))
    forms: dict[tuple[str, str], list[str]] = {}
    for words, owners in sorted(gazetteer.names.items()):
        if len(owners) == 1 and all("\u0900" <= w[0] <= "\u097f" for w in words):
            forms.setdefault(owners[0], []).append(" ".join(words))
    for (kind, key), entity in sorted(gazetteer.entities.items()):
        if kind == "Person":
            by_kind[kind].append((entity.label_hi, forms.get((kind, key), []), offices.get(key)))
        elif kind in by_kind:
            by_kind[kind].append(entity.label_hi)
    if len(by_kind["Person"]) < 2 or not by_kind["Country"]:
        raise ValueError("the gazetteer needs at least two people and one country to compose articles")
    places = by_kind["Place"] or by_kind["Country"]
    return Cast(by_kind["Person"], by_kind["Country"], places, by_kind["Organization"] or ["समाचार एजेंसी"], by_kind["Agreement"] or ["रक्षा समझौते"])


class _Writer:
    """Compose one article from its own random stream."""

    def __init__(self, cast: Cast, rng: random.Random, published: dt.date):
        self.cast, self.rng, self.published = cast, rng, published

    def person(self, entry=None) -> str:
        label, others, office = entry or self.rng.choice(self.cast.people)
        roll = self.rng.random()
        if office and roll < 0.25:
            return f"{office} {label}"
        if others and roll < 0.5:
            return self.rng.choice(others)
        if roll < 0.6:
            return f"{self.rng.choice(TITLES)} {self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
        return label

    def two_people(self) -> tuple[str, str]:
        one, two = self.rng.sample(self.cast.people, 2)
        return self.person(one), self.person(two)

    def date(self, future: bool = False) -> str:
        rng = self.rng
        roll = rng.random()
        if future:
            return rng.choice(["अगले महीने", "अगले सप्ताह", f"{rng.randint(1, 28)} {rng.choice(MONTHS)} को", "इस साल के अंत में", "जल्द ही"])
        if roll < 0.3:
            return f"{rng.choice(WEEKDAYS)} को"
        if roll < 0.55:
            return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} को"
        if roll < 0.7:
            return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2018, 2026)} को"
        if roll < 0.8:
            return rng.choice(["कल", "आज", "बीते दिन"])
        if roll < 0.9:
            return f"पिछले साल {rng.choice(MONTHS)} में"
        return ""

    def attribution(self) -> str:
        roll = self.rng.random()
        org = self.rng.choice(self.cast.organisations)
        if roll < 0.3:
            return f"{org} के अनुसार "
        if roll < 0.45:
            return f"{org} की रिपोर्ट के मुताबिक "
        return ""

    def event(self) -> str:
        rng, cast = self.rng, self.cast
        kind = rng.choice(["meeting", "meeting", "visit", "visit", "signing"])
        status = rng.choices(["occurred", "planned", "denied", "speculated"], weights=[5, 3, 1, 1])[0]
        a, b = self.two_people()
        place = rng.choice(cast.places)
        where = rng.choice(cast.places + cast.countries)
        agreement = rng.choice(cast.agreements)
        source = self.attribution()
        if kind == "meeting":
            sentence = {
                "occurred": rng.choice([
                    f"{source}{a} ने {self.date()} {place} में {b} से मुलाकात की।",
                    f"{source}{self.date()} {a} और {b} के बीच {place} में बैठक हुई।",
                    f"{a} ने {b} से {place} में बातचीत की, {rng.choice(cast.organisations)} ने बताया।",
                ]),
                "planned": rng.choice([
                    f"{source}{a} {self.date(True)} {place} में {b} से मुलाकात करेंगे।",
                    f"{a} और {b} के बीच {self.date(True)} शिखर सम्मेलन होगा।",
                ]),
                "denied": f"{rng.choice(cast.countries)} ने {a} और {b} की मुलाकात की खबरों का खंडन किया।",
                "speculated": f"अटकलें हैं कि {a} {self.date(True)} {b} से मिल सकते हैं।",
            }[status]
        elif kind == "visit":
            sentence = {
                "occurred": rng.choice([
                    f"{source}{a} {self.date()} {where} पहुंचे।",
                    f"{source}{a} ने {self.date()} {where} का दौरा किया।",
                    f"{a} {self.date()} {where} की यात्रा पर पहुंचे, जहां उनका स्वागत किया गया।",
                ]),
                "planned": rng.choice([
                    f"{source}{a} {self.date(True)} {where} की यात्रा पर जाएंगे।",
                    f"{a} {self.date(True)} {where} पहुंचेंगे।",
                ]),
                "denied": f"{rng.choice(cast.countries)} ने {a} के {where} दौरे की रिपोर्टों को झूठा बताया।",
                "speculated": f"माना जा रहा है कि {a} {self.date(True)} {where} की यात्रा कर सकते हैं।",
            }[status]
        else:
            c1, c2 = rng.choice(cast.countries), rng.choice(cast.countries)
            sentence = {
                "occurred": rng.choice([
                    f"{source}{self.date()} {a} और {b} ने {agreement} पर हस्ताक्षर किए।",
                    f"{source}{c1} और {c2} ने {self.date()} {agreement} पर हस्ताक्षर किए।",
                ]),
                "planned": f"{a} और {b} {self.date(True)} {agreement} पर हस्ताक्षर करेंगे।",
                "denied": f"{c1} ने {agreement} पर किसी हस्ताक्षर से इनकार किया।",
                "speculated": f"संभावना है कि {a} और {b} {agreement} पर हस्ताक्षर कर सकते हैं।",
            }[status]
        return sentence

    def background(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(BACKGROUND)
        c1, c2 = self.rng.sample(self.cast.countries, 2) if len(self.cast.countries) > 1 else (self.cast.countries[0],) * 2
        return f"{c1} और {c2} के संबंध {self.rng.choice(['हाल के वर्षों में', 'युद्ध के बाद', 'लंबे समय से'])} {self.rng.choice(['मजबूत हुए हैं', 'तनावपूर्ण रहे हैं', 'चर्चा में हैं'])}।"

    def article(self, target_bytes: int) -> tuple[str, str]:
        rng = self.rng
        a, b = self.two_people()
        title = rng.choice([f"{a} और {b} की मुलाकात", f"{a} {rng.choice(self.cast.places)} पहुंचे", f"{rng.choice(self.cast.agreements)} पर बातचीत तेज"])
        dateline = rng.choice(self.cast.places)
        paragraphs: list[str] = []
        body_bytes = 0
        first = True
        while body_bytes < target_bytes:
            sentences = [self.event() if rng.random() < 0.45 else self.background() for _ in range(rng.randint(2, 5))]
            if first:
                sentences[0] = f"{dateline}। {sentences[0]}"
                first = False
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            body_bytes += len(paragraph.encode()) + 1
            if rng.random() < 0.15:
                furniture = rng.choice(FURNITURE + [f"यह भी पढ़ें: {title}", "#" + " #".join(rng.sample(["रूस", "कूटनीति", "विश्व", "समाचार"], 3))])
                paragraphs.append(furniture)
        paragraphs.append(f"({rng.choice(self.cast.organisations)})")
        return title, "\n".join(paragraphs)


def generate(n: int, seed: int = 0, gazetteer=None):
    """Yield `n` article records (dicts with id, title, published, publisher, text), deterministically."""
    cast = cast_from_gazetteer(gazetteer or gazetteer_module.load())
    for index in range(n):
        rng = random.Random(f"newskg-bench-{seed}-{index}")
        published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(365 * 7))
        title, text = _Writer(cast, rng, published).article(rng.randint(2000, 5500))
        yield {
            "id": f"bench-{seed}-{index:06d}",
            "title": title,
            "published": published.isoformat(),
            "publisher": rng.choice(["नमूना समाचार", "दैनिक नमूना", "समाचार सेवा"]),
            "text": text,
        }


def as_file_text(record: dict) -> str:
    """Return a record as a .txt article: headline, date line, blank line, body."""
    day = dt.date.fromisoformat(record["published"])
    return f"{record['title']}\n{day.day:02d}-{EN_MONTHS[day.month - 1]}-{day.year} 10:00:00 am\n\n{record['text']}\n"


def write_corpus(target: str | Path, n: int, seed: int = 0, form: str = "jsonl", gazetteer=None) -> Path:
    """Write `n` articles to `target`: one .jsonl file, or a folder of .txt files (form="txt")."""
    target = Path(target)
    records = generate(n, seed, gazetteer)
    if form == "jsonl":
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    elif form == "txt":
        target.mkdir(parents=True, exist_ok=True)
        for record in records:
            (target / f"{record['id']}.txt").write_text(as_file_text(record), encoding="utf-8")
    else:
        raise ValueError(f"form must be 'jsonl' or 'txt', not {form!r}")
    return target
