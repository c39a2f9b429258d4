"""The backend registry, model-dir checks and dependency cues — no models needed."""

from __future__ import annotations

import pytest

from kg.cli import main
from kg.document import Article, Sentence, Token
from kg.errors import InputError, ModelMissing
from kg.nlp import BACKENDS, choose_backend, dependencies as deps, models, select_backend


def test_registry_names_the_three_backends():
    assert set(BACKENDS) == {"auto", "rules", "stanza"}


def test_rules_needs_no_annotation():
    choice = choose_backend("rules")
    assert choice.name == "rules" and choice.backend is None and select_backend("rules") is None


def test_unknown_backend_is_an_input_error():
    with pytest.raises(InputError, match="choose one of auto, rules, stanza"):
        choose_backend("spacy")


def test_auto_falls_back_to_rules_and_says_why(tmp_path):
    choice = choose_backend("auto", tmp_path)
    assert choice.name == "rules" and choice.backend is None
    assert choice.message == (
        f"backend: rules (Stanza's Hindi models not found in {tmp_path}; run `kg models download --lang hi --dir {tmp_path}`)"
    )


def test_stanza_without_models_names_the_download_command(tmp_path):
    with pytest.raises(ModelMissing) as raised:
        choose_backend("stanza", tmp_path)
    message = str(raised.value)
    assert f"kg models download --lang hi --dir {tmp_path}" in message and str(tmp_path) in message


def test_stanza_with_half_the_models_says_which_are_missing(tmp_path):
    (tmp_path / "resources.json").write_text('{"hi": {}}', encoding="utf-8")
    (tmp_path / "hi" / "pos").mkdir(parents=True)
    (tmp_path / "hi" / "pos" / "hdtb.pt").write_bytes(b"x" * 10)
    with pytest.raises(ModelMissing, match=r"the lemma, depparse, ner model\(s\) missing"):
        choose_backend("stanza", tmp_path)


def test_model_dir_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert models.resolve_model_dir() == tmp_path
    assert models.resolve_model_dir(tmp_path / "x") == tmp_path / "x"
    # a dir from the environment is the default, so the hint needs no --dir
    with pytest.raises(ModelMissing, match=r"run `kg models download --lang hi`$"):
        choose_backend("stanza")


@pytest.mark.skipif(not models.stanza_installed(), reason="needs the stanza package")
def test_default_model_dir_is_stanzas_own_found_without_importing_stanza():
    # a separate interpreter, so that no other test has imported stanza (and torch) already
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "STANZA_RESOURCES_DIR"}
    code = (
        "import sys; from kg.nlp import models; found = models.default_model_dir(); "
        "print('stanza' in sys.modules, 'torch' in sys.modules); "
        "from stanza.resources.common import DEFAULT_MODEL_DIR; print(found == models.Path(DEFAULT_MODEL_DIR))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "True"]


def test_cli_build_with_stanza_and_no_models_exits_3(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("लावरोव प्योंगयांग पहुंचे।\n", encoding="utf-8")
    code = main(["build", str(article), "-o", str(tmp_path / "g.ttl"), "--nlp", "stanza", "--model-dir", str(tmp_path / "none")])
    assert code == 3
    assert "kg models download --lang hi --dir" in capsys.readouterr().err
    assert not (tmp_path / "g.ttl").exists()


def test_cli_build_auto_prints_the_choice(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("लावरोव प्योंगयांग पहुंचे।\n", encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "g.ttl"), "--model-dir", str(tmp_path / "none")]) == 0
    err = capsys.readouterr().err
    assert "backend: rules (Stanza's Hindi models not found in" in err


def test_models_status_on_an_empty_dir(tmp_path, capsys):
    assert main(["models", "status", "--dir", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "stanza:    installed" in out and f"model dir: {tmp_path}" in out
    assert "depparse  MISSING" in out and "kg models download --lang hi --dir" in out


def _parsed(text: str, rows) -> Sentence:
    """A sentence with hand-written UD annotations: rows of (lemma, upos, head, deprel)."""
    sentence = Sentence(text, 0, len(text))
    from kg.nlp.stanza_backend import sentence_tokens

    spans = sentence_tokens(sentence)
    assert len(spans) == len(rows)
    sentence.tokens = [Token(t, s, e, lemma, upos, head, rel) for (t, s, e), (lemma, upos, head, rel) in zip(spans, rows)]
    return sentence


# किम(1) ने(2) पुतिन(3) से(4) मुलाकात(5) नहीं(6) की(7) ।(8)
DENIAL = [("किम", "PROPN", 7, "nsubj"), ("ने", "ADP", 1, "case"), ("पुतिन", "PROPN", 7, "obl"), ("से", "ADP", 3, "case"),
          ("मुलाकात", "NOUN", 7, "compound"), ("नहीं", "PART", 7, "advmod"), ("कर", "VERB", 0, "root"), ("।", "PUNCT", 7, "punct")]


def test_dependency_cues_of_a_light_verb_predicate():
    sentence = _parsed("किम ने पुतिन से मुलाकात नहीं की।", DENIAL)
    assert deps.has_heads(sentence) and deps.has_lemmas(sentence)
    assert deps.predicate_of(sentence, 4) == 6
    assert deps.agent_of(sentence, 4) == 0
    assert deps.oblique_with_se(sentence, 4) == [2]
    assert deps.is_negated(sentence, 4)
    assert deps.modal_auxiliary(sentence, 4) is None


def test_modal_auxiliary_and_no_negation():
    # पुतिन(1) किम(2) से(3) मिल(4) सकते(5) हैं(6)
    rows = [("पुतिन", "PROPN", 4, "nsubj"), ("किम", "PROPN", 4, "obl"), ("से", "ADP", 2, "case"),
            ("मिल", "VERB", 0, "root"), ("सक", "AUX", 4, "aux"), ("है", "AUX", 4, "aux")]
    sentence = _parsed("पुतिन किम से मिल सकते हैं", rows)
    assert deps.modal_auxiliary(sentence, 3) == "सक" and not deps.is_negated(sentence, 3)
    assert deps.agent_of(sentence, 3) == 0


def test_tokens_without_heads_are_not_a_parse():
    sentence = Sentence("किम", 0, 3, tokens=[Token("किम", 0, 3)])
    assert not deps.has_heads(sentence) and not deps.has_lemmas(sentence)


def test_events_read_negation_and_lemmas_from_a_parse():
    from kg import gazetteer as gazetteer_module
    from kg.anatomy import read_anatomy
    from kg.entities import find_entities
    from kg.events import find_events

    gazetteer = gazetteer_module.load()
    # a form the trigger lexicon lacks ("मिलेंगी" is listed; "मिलतीं" is not) is found by its lemma
    article = Article("t", "लावरोव पुतिन से मिलतीं।")
    read_anatomy(article)
    article.sentences[0].tokens = _parsed(article.sentences[0].text, [
        ("लावरोव", "PROPN", 4, "nsubj"), ("पुतिन", "PROPN", 4, "obl"), ("से", "ADP", 2, "case"),
        ("मिल", "VERB", 0, "root"), ("।", "PUNCT", 4, "punct")]).tokens
    find_entities(article, gazetteer)
    find_events(article, gazetteer)
    assert [e.kind for e in article.events] == ["Meeting"]

    article = Article("n", "लावरोव ने पुतिन से मुलाकात नहीं की।")
    read_anatomy(article)
    article.sentences[0].tokens = _parsed(article.sentences[0].text, [("लावरोव",) + DENIAL[0][1:]] + DENIAL[1:]).tokens
    find_entities(article, gazetteer)
    find_events(article, gazetteer)
    assert [(e.kind, e.status) for e in article.events] == [("Meeting", "denied")]


def test_a_negated_parse_makes_an_event_denied_whatever_the_words_said():
    from kg.events.status import _parsed_status
    from kg.normalising import words

    sentence = _parsed("किम ने पुतिन से मुलाकात नहीं की।", DENIAL)
    raw = words(sentence.text)
    assert _parsed_status(sentence, raw, 4, "occurred") == "denied"
    sentence.tokens[5].head = 1  # नहीं attached elsewhere: the predicate is not negated
    assert _parsed_status(sentence, raw, 4, "occurred") == "occurred"
