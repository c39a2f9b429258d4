"""Stanza's neural Hindi pipeline as an extraction backend.

Our sentence split and word tokens (kg.normalising) go to Stanza pretokenized, so every
Stanza word maps back to exact offsets in `article.text`; Stanza adds UPOS, lemma,
dependency head and relation, and NER spans. All sentences of all articles given to
`annotate_many` go through Stanza in one call (its bulk processing batches them).

Stanza's Hindi NER uses IL-NER labels (NEP person, NEL location, NEO organisation, …);
CoNLL/OntoNotes-style labels (PER, LOC, GPE, ORG) are mapped too. Other labels (dates,
numbers, …) are dropped: dates have their own stage.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from kg.document import Article, Sentence, Token
from kg.normalising import words

NER_CLASSES = {
    "NEP": "Person", "PER": "Person", "PERSON": "Person",
    "NEL": "Place", "LOC": "Place", "GPE": "Place", "LOCATION": "Place",
    "NEO": "Organization", "ORG": "Organization", "ORGANIZATION": "Organization", "NORP": None,
}
DEFAULT_PROCESSORS = "tokenize,pos,lemma,depparse,ner"
_OTHER = re.compile(r"[^\s]")


def sentence_tokens(sentence: Sentence) -> list[tuple[str, int, int]]:
    """Return the sentence's words and punctuation marks as (text, start, end) in article offsets."""
    found = words(sentence.text, sentence.start)
    covered = [False] * len(sentence.text)
    for _, start, end in found:
        for i in range(start - sentence.start, end - sentence.start):
            covered[i] = True
    for m in _OTHER.finditer(sentence.text):
        if not covered[m.start()]:
            found.append((m.group(), m.start() + sentence.start, m.end() + sentence.start))
    return sorted(found, key=lambda t: t[1])


class StanzaBackend:
    """Annotate articles with a Stanza Hindi pipeline loaded from `model_dir`."""

    name = "stanza"

    def __init__(self, model_dir: str | Path, processors: str = DEFAULT_PROCESSORS, pretokenized: bool = True,
                 device: str | None = None, batch_size: int = 5000):
        self.model_dir = Path(model_dir)
        self.processors = processors
        self.pretokenized = pretokenized
        self.device = device
        self.batch_size = batch_size
        self._pipeline = None
        self._prepared: dict[tuple[str, str], list[tuple[int, int, list[Token], list]]] = {}

    def __getstate__(self):
        # Worker processes get the prepared annotations, not the loaded neural
        # pipeline (hundreds of MB of tensors); one reloads it only if it must annotate.
        state = self.__dict__.copy()
        state["_pipeline"] = None
        return state

    @property
    def pipeline(self):
        """The stanza.Pipeline, loaded on first use (loading takes seconds)."""
        if self._pipeline is None:
            import stanza

            self._pipeline = stanza.Pipeline(
                "hi", dir=str(self.model_dir), processors=self.processors, download_method=None,
                tokenize_pretokenized=self.pretokenized, logging_level="WARN", device=self.device,
                pos_batch_size=self.batch_size, depparse_batch_size=self.batch_size,
            )
        return self._pipeline

    def annotate(self, article: Article) -> Article:
        """Fill each sentence's tokens and NER spans (from `prepare`'s batch when it covered this article)."""
        prepared = self._prepared.pop((article.id, article.content_hash), None)
        if prepared is not None and [(s.start, s.end) for s in article.sentences] == [(p[0], p[1]) for p in prepared]:
            for sentence, (_, _, tokens, ner) in zip(article.sentences, prepared):
                sentence.tokens, sentence.ner_spans = tokens, ner
            article.backend = self.name
            return article
        self.annotate_many([article])
        return article

    def prepare(self, articles: list[Article]) -> None:
        """Annotate `articles` in one bulk Stanza call ahead of the per-article pipeline.

        The pipeline reads each article's anatomy itself; here a copy is read, annotated
        with all the others at once, and its annotations are kept for `annotate`.
        """
        from kg.anatomy import read_anatomy

        self._prepared = {}
        copies = [read_anatomy(copy.deepcopy(a)) for a in articles]
        self.annotate_many(copies)
        for a in copies:
            self._prepared[(a.id, a.content_hash)] = [(s.start, s.end, s.tokens, s.ner_spans) for s in a.sentences]

    def annotate_many(self, articles: list[Article]) -> list[Article]:
        """Annotate all sentences of all `articles` in one Stanza call."""
        sentences = [s for a in articles for s in a.sentences]
        spans = [sentence_tokens(s) for s in sentences]
        keep = [i for i, tokens in enumerate(spans) if tokens]
        if not keep:
            return articles
        if self.pretokenized:
            document = self.pipeline([[t for t, _, _ in spans[i]] for i in keep])
        else:  # pragma: no cover - Stanza's own tokenizer would break the offset mapping
            raise ValueError("StanzaBackend needs pretokenized=True: offsets are mapped from our tokens")
        if len(document.sentences) != len(keep):
            raise RuntimeError(f"Stanza returned {len(document.sentences)} sentences for {len(keep)}")
        for i, parsed in zip(keep, document.sentences):
            self._fill(sentences[i], spans[i], parsed)
        for article in articles:
            article.backend = self.name
        return articles

    @staticmethod
    def _fill(sentence: Sentence, spans, parsed) -> None:
        stanza_words = parsed.words
        if len(stanza_words) != len(spans):
            raise RuntimeError(f"Stanza returned {len(stanza_words)} words for {len(spans)} tokens")
        sentence.tokens = [
            Token(text=text, start=start, end=end, lemma=w.lemma, upos=w.upos, head=w.head, deprel=w.deprel)
            for (text, start, end), w in zip(spans, stanza_words)
        ]
        ner = []
        for entity in parsed.ents:
            kind = NER_CLASSES.get(entity.type.upper().removeprefix("B-").removeprefix("S-"))
            if kind is None:
                continue
            first = entity.tokens[0].id[0] - 1
            last = entity.tokens[-1].id[-1] - 1
            ner.append((spans[first][1], spans[last][2], kind))
        sentence.ner_spans = ner
