"""Cross-article resolution: one entity per real-world thing across a whole build.

Gazetteer entities already share keys. A person discovered in several articles is
merged by key (the slug of the folded name); their label becomes the form written
most often, and every other form seen becomes an alternative label. A discovered
person named in one article by the end of a name another article gives in full
("कायिकवाम्बा वैगनर", "थेरेज़ कायिकवाम्बा वैगनर"), of the same country, is that person.
"""

from __future__ import annotations

from collections import Counter

from kg.document import Article, Entity
from kg.normalising import fold

Ident = tuple[str, str]


def _name_words(entity: Entity) -> tuple[str, ...]:
    return tuple(fold(entity.label_hi).replace("-", " ").split())


def fuller_names(articles: list[Article]) -> dict[Ident, Ident]:
    """Return, for each discovered person whose name is the end of exactly one other discovered
    person's longer name, that person; countries must agree (a one-word name needs both known)."""
    people: dict[Ident, tuple[tuple[str, ...], str | None]] = {}
    for article in articles:
        for ident, entity in article.entities.items():
            if ident[0] == "Person" and entity.discovered:
                words, country = _name_words(entity), entity.country
                known = people.get(ident)
                people[ident] = (words, country if known is None else known[1] or country)
    renames: dict[Ident, Ident] = {}
    for ident, (words, country) in sorted(people.items()):
        if not words:
            continue
        fuller = [
            other for other, (longer, other_country) in sorted(people.items())
            if len(longer) > len(words) and longer[-len(words):] == words
            and (country == other_country if len(words) == 1 else country is None or other_country is None or country == other_country)
            and (len(words) > 1 or country is not None)
        ]
        if len(fuller) == 1:
            renames[ident] = fuller[0]
    # a chain (one word → two words → three words) ends at the fullest name
    for ident in list(renames):
        seen = {ident}
        while renames[ident] in renames and renames[ident] not in seen:
            seen.add(renames[ident])
            renames[ident] = renames[renames[ident]]
    return renames


def _rename_in(article: Article, renames: dict[Ident, Ident], labels: dict[Ident, str]) -> None:
    """Point `article`'s entities, mentions and events at the fuller names in `renames`."""
    if not any(ident in renames for ident in article.entities):
        return
    entities: dict[Ident, Entity] = {}
    for ident, entity in article.entities.items():
        target = renames.get(ident)
        if target is None:
            entities.setdefault(ident, entity)
            continue
        kept = entities.get(target) or article.entities.get(target)
        if kept is None:
            # the fuller name is this person's label; the form written here is an alternative
            kept = Entity(key=target[1], kind=target[0], label_hi=labels[target], country=entity.country, discovered=True)
        kept.alt_labels |= (entity.alt_labels | {entity.label_hi}) - {kept.label_hi}
        kept.roles |= entity.roles
        kept.country = kept.country or entity.country
        entities[target] = kept
    for mention in article.mentions:
        target = renames.get((mention.kind, mention.key))
        if target is not None:
            mention.key = target[1]
    for event in article.events:
        event.participants = list(dict.fromkeys(renames.get(p, p) for p in event.participants))
        if event.destination is not None:
            event.destination = renames.get(event.destination, event.destination)
        if event.place is not None:
            event.place = renames.get(event.place, event.place)
    article.entities = entities


def resolve_entities(articles: list[Article]) -> dict[tuple[str, str], Entity]:
    """Return one merged Entity per (kind, key) over `articles`; also rewrites each article's copies."""
    renames = fuller_names(articles)
    labels = {ident: entity.label_hi for article in articles for ident, entity in article.entities.items() if ident in set(renames.values())}
    for article in articles:
        _rename_in(article, renames, labels)
    merged: dict[tuple[str, str], Entity] = {}
    forms: dict[tuple[str, str], Counter] = {}
    for article in articles:
        for ident, entity in article.entities.items():
            target = merged.get(ident)
            counter = forms.setdefault(ident, Counter())
            counter.update([entity.label_hi] if entity.discovered else [])
            counter.update(sorted(entity.alt_labels) if entity.discovered else [])
            if target is None:
                target = Entity(
                    key=entity.key, kind=entity.kind, label_hi=entity.label_hi, label_en=entity.label_en,
                    wikidata=entity.wikidata, country=entity.country, discovered=entity.discovered,
                )
                merged[ident] = target
            target.alt_labels |= entity.alt_labels | ({entity.label_hi} if entity.discovered else set())
            target.roles |= entity.roles
            if target.country is None or (entity.country is not None and entity.country < target.country and target.discovered):
                target.country = entity.country or target.country
    for ident, entity in merged.items():
        if entity.discovered and forms[ident]:
            # the most frequent form, then the longest (fuller names), then a fixed order
            entity.label_hi = sorted(forms[ident].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        entity.alt_labels.discard(entity.label_hi)
    for article in articles:
        article.entities = {ident: merged[ident] for ident in article.entities}
    return merged
