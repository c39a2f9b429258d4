"""Write the tiny Hindi treebank and NER files the Stanza backend tests train on.

The sentences are news-style (meetings, visits, signings, denials, plans) generated from
templates whose UPOS, lemma, head and deprel annotations follow UD Hindi (HDTB) practice:
a light-verb noun (मुलाकात, हस्ताक्षर) is `compound` of its verb, postpositions are `case`
of their noun, names are `flat` after their first word, negation is `advmod`. The NER file
uses IL-NER labels (NEP person, NEL location, NEO organisation) as Stanza's Hindi NER does.

Run `python tests/stanza_data/make_treebank.py` to regenerate; output is deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent

PEOPLE = [
    "किम", "पुतिन", "लावरोव", "शोइगु", "व्लादिमीर पुतिन", "सर्गेई लावरोव", "किम जोंग उन", "नरेंद्र मोदी",
    "अमित शाह", "एस जयशंकर", "राजनाथ सिंह", "जो बाइडन", "शी जिनपिंग", "ओलाफ शोल्ज", "एंटनी ब्लिंकन",
    "इमैनुएल मैक्रों", "फुमियो किशिदा", "सर्गेई शोइगु", "मोदी", "जयशंकर", "वांग यी", "ऋषि सुनक",
]
PLACES = ["प्योंगयांग", "व्लादिवोस्तोक", "मॉस्को", "नई दिल्ली", "दिल्ली", "टोक्यो", "बीजिंग", "पेरिस", "लंदन", "बर्लिन", "सियोल", "वाशिंगटन"]
COUNTRIES = ["रूस", "उत्तर कोरिया", "भारत", "चीन", "जापान", "यूक्रेन", "फ्रांस", "अमेरिका", "जर्मनी", "दक्षिण कोरिया"]
ORGS = ["तास", "केसीएनए", "आईएएनएस", "एएफपी", "रॉयटर्स", "संयुक्त राष्ट्र", "नाटो"]
DAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
AGREEMENTS = [("रक्षा", "समझौते", "समझौता"), ("व्यापार", "समझौते", "समझौता"), ("रणनीतिक", "संधि", "संधि"), ("परमाणु", "करार", "करार")]

# A template is a list of items: (form, lemma, upos, head, deprel, key).
# A form in {P1, P2, PL, C1, C2, ORG} is a name slot; `head` names the key of the head item.
TEMPLATES = [
    # किम ने व्लादिवोस्तोक में पुतिन से मुलाकात की ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("ने", "ने", "ADP", "P1", "case", None),
     ("PL", None, "PROPN", "V", "obl", "PL"), ("में", "में", "ADP", "PL", "case", None),
     ("P2", None, "PROPN", "V", "obl", "P2"), ("से", "से", "ADP", "P2", "case", None),
     ("मुलाकात", "मुलाकात", "NOUN", "V", "compound", None), ("की", "कर", "VERB", 0, "root", "V"),
     ("।", "।", "PUNCT", "V", "punct", None)],
    # किम और पुतिन ने सोमवार को मॉस्को में बातचीत की ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("और", "और", "CCONJ", "P2", "cc", None),
     ("P2", None, "PROPN", "P1", "conj", "P2"), ("ने", "ने", "ADP", "P1", "case", None),
     ("DAY", None, "NOUN", "V", "obl", "D"), ("को", "को", "ADP", "D", "case", None),
     ("PL", None, "PROPN", "V", "obl", "PL"), ("में", "में", "ADP", "PL", "case", None),
     ("बातचीत", "बातचीत", "NOUN", "V", "compound", None), ("की", "कर", "VERB", 0, "root", "V"),
     ("।", "।", "PUNCT", "V", "punct", None)],
    # लावरोव प्योंगयांग पहुंचे ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("PL", None, "PROPN", "V", "obl", "PL"),
     ("पहुंचे", "पहुंच", "VERB", 0, "root", "V"), ("।", "।", "PUNCT", "V", "punct", None)],
    # लावरोव बुधवार को प्योंगयांग पहुंचे ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("DAY", None, "NOUN", "V", "obl", "D"),
     ("को", "को", "ADP", "D", "case", None), ("PL", None, "PROPN", "V", "obl", "PL"),
     ("पहुंचे", "पहुंच", "VERB", 0, "root", "V"), ("।", "।", "PUNCT", "V", "punct", None)],
    # किम ने पुतिन से मुलाकात नहीं की ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("ने", "ने", "ADP", "P1", "case", None),
     ("P2", None, "PROPN", "V", "obl", "P2"), ("से", "से", "ADP", "P2", "case", None),
     ("मुलाकात", "मुलाकात", "NOUN", "V", "compound", None), ("नहीं", "नहीं", "PART", "V", "advmod", None),
     ("की", "कर", "VERB", 0, "root", "V"), ("।", "।", "PUNCT", "V", "punct", None)],
    # किम पुतिन से मुलाकात करेंगे ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("P2", None, "PROPN", "V", "obl", "P2"),
     ("से", "से", "ADP", "P2", "case", None), ("मुलाकात", "मुलाकात", "NOUN", "V", "compound", None),
     ("करेंगे", "कर", "VERB", 0, "root", "V"), ("।", "।", "PUNCT", "V", "punct", None)],
    # किम पुतिन से मिलीं / मिले ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("P2", None, "PROPN", "V", "obl", "P2"),
     ("से", "से", "ADP", "P2", "case", None), ("MET", "मिल", "VERB", 0, "root", "V"),
     ("।", "।", "PUNCT", "V", "punct", None)],
    # किम पुतिन से मिल सकते हैं ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("P2", None, "PROPN", "V", "obl", "P2"),
     ("से", "से", "ADP", "P2", "case", None), ("मिल", "मिल", "VERB", 0, "root", "V"),
     ("सकते", "सक", "AUX", "V", "aux", None), ("हैं", "है", "AUX", "V", "aux", None),
     ("।", "।", "PUNCT", "V", "punct", None)],
    # किम और पुतिन ने रक्षा समझौते पर हस्ताक्षर किए ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("और", "और", "CCONJ", "P2", "cc", None),
     ("P2", None, "PROPN", "P1", "conj", "P2"), ("ने", "ने", "ADP", "P1", "case", None),
     ("AGR1", None, "NOUN", "A", "compound", None), ("AGR2", None, "NOUN", "V", "obl", "A"),
     ("पर", "पर", "ADP", "A", "case", None), ("हस्ताक्षर", "हस्ताक्षर", "NOUN", "V", "compound", None),
     ("किए", "कर", "VERB", 0, "root", "V"), ("।", "।", "PUNCT", "V", "punct", None)],
    # रूस और उत्तर कोरिया के बीच प्योंगयांग में वार्ता हुई ।
    [("C1", None, "PROPN", "B", "nmod", "C1"), ("और", "और", "CCONJ", "C2", "cc", None),
     ("C2", None, "PROPN", "C1", "conj", "C2"), ("के", "का", "ADP", "C1", "case", None),
     ("बीच", "बीच", "NOUN", "V", "obl", "B"), ("PL", None, "PROPN", "V", "obl", "PL"),
     ("में", "में", "ADP", "PL", "case", None), ("वार्ता", "वार्ता", "NOUN", "V", "nsubj", None),
     ("हुई", "हो", "VERB", 0, "root", "V"), ("।", "।", "PUNCT", "V", "punct", None)],
    # पुतिन प्योंगयांग की यात्रा पर जाएंगे ।
    [("P1", None, "PROPN", "V", "nsubj", "P1"), ("PL", None, "PROPN", "Y", "nmod", "PL"),
     ("की", "का", "ADP", "PL", "case", None), ("यात्रा", "यात्रा", "NOUN", "V", "obl", "Y"),
     ("पर", "पर", "ADP", "Y", "case", None), ("जाएंगे", "जा", "VERB", 0, "root", "V"),
     ("।", "।", "PUNCT", "V", "punct", None)],
    # तास के अनुसार लावरोव प्योंगयांग पहुंचे ।
    [("ORG", None, "PROPN", "V", "obl", "O"), ("के", "का", "ADP", "O", "case", None),
     ("अनुसार", "अनुसार", "ADP", "O", "case", None), ("P1", None, "PROPN", "V", "nsubj", "P1"),
     ("PL", None, "PROPN", "V", "obl", "PL"), ("पहुंचे", "पहुंच", "VERB", 0, "root", "V"),
     ("।", "।", "PUNCT", "V", "punct", None)],
]

NER_LABEL = {"P1": "NEP", "P2": "NEP", "PL": "NEL", "C1": "NEL", "C2": "NEL", "ORG": "NEO"}


def _fill(template, rng):
    p1, p2 = rng.sample(PEOPLE, 2)
    c1, c2 = rng.sample(COUNTRIES, 2)
    agreement = rng.choice(AGREEMENTS)
    values = {
        "P1": p1, "P2": p2, "PL": rng.choice(PLACES), "C1": c1, "C2": c2, "ORG": rng.choice(ORGS),
        "DAY": rng.choice(DAYS), "MET": rng.choice(["मिले", "मिलीं"]),
        "AGR1": agreement[0], "AGR2": agreement[1],
    }
    lemmas = {"AGR2": agreement[2]}
    rows = []  # (form, lemma, upos, head key or 0 or ("@", index), deprel, key, ner)
    for form, lemma, upos, head, deprel, key in template:
        if form in ("P1", "P2", "PL", "C1", "C2", "ORG"):
            parts = values[form].split()
            first = len(rows)
            for n, part in enumerate(parts):
                ner = NER_LABEL[form]
                tag = ("S-" if len(parts) == 1 else "B-" if n == 0 else "E-" if n == len(parts) - 1 else "I-") + ner
                if n == 0:
                    rows.append((part, part, upos, head, deprel, key, tag))
                else:
                    rows.append((part, part, upos, ("@", first), "flat", None, tag))
            continue
        if form in values:
            form_value = values[form]
            lemma = lemmas.get(form, lemma or form_value)
            rows.append((form_value, lemma, upos, head, deprel, key, "O"))
            continue
        rows.append((form, lemma, upos, head, deprel, key, "O"))
    index_of = {row[5]: i + 1 for i, row in enumerate(rows) if row[5]}
    out = []
    for i, (form, lemma, upos, head, deprel, _, ner) in enumerate(rows):
        if head == 0:
            h = 0
        elif isinstance(head, tuple):
            h = head[1] + 1
        else:
            h = index_of[head]
        out.append((i + 1, form, lemma, upos, h, deprel, ner))
    return out


def sentences(count: int, seed: int):
    rng = random.Random(seed)
    return [_fill(TEMPLATES[i % len(TEMPLATES)], rng) for i in range(count)]


def write_conllu(path: Path, sents) -> None:
    lines = []
    for n, sent in enumerate(sents):
        lines.append(f"# sent_id = {path.stem}-{n + 1}")
        lines.append("# text = " + " ".join(row[1] for row in sent))
        for i, form, lemma, upos, head, deprel, _ in sent:
            lines.append(f"{i}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{deprel}\t_\t_")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_ner(path: Path, sents) -> None:
    data = [[{"text": row[1], "ner": row[6]} for row in sent] for sent in sents]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def main() -> None:
    train, dev = sentences(360, 7), sentences(48, 11)
    write_conllu(HERE / "hi_tiny.train.conllu", train)
    write_conllu(HERE / "hi_tiny.dev.conllu", dev)
    write_ner(HERE / "hi_tiny.ner.train.json", train)
    write_ner(HERE / "hi_tiny.ner.dev.json", dev)


if __name__ == "__main__":
    main()
