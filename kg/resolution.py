"""Cross-article resolution: one entity per real-world thing across a whole build.

Gazetteer entities already share keys. A person discovered in several articles is
merged by key (the slug of the folded name); their label becomes the form written
most often, and every other form seen becomes an alternative label.
"""

from __future__ import annotations

from collections import Counter

from kg.document import Article, Entity


def resolve_entities(articles: list[Article]) -> dict[tuple[str, str], Entity]:
    """Return one merged Entity per (kind, key) over `articles`; also rewrites each article's copies."""
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
