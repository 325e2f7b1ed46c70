package org.asiasec.kg.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps everything in memory; for tests, evaluation and small inputs. */
public class CollectingSink implements ExtractionSink {

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    @Override
    public void entity(Entity entity) {
        entities.merge(entity.key(), entity, CollectingSink::mergeLabels);
    }

    @Override
    public void mention(Mention mention) {
        mentions.add(mention);
    }

    @Override
    public void fact(Fact fact) {
        facts.add(fact);
    }

    public Map<String, Entity> entities() {
        return entities;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<Fact> facts() {
        return facts;
    }

    private static Entity mergeLabels(Entity a, Entity b) {
        var alt = new java.util.TreeSet<>(a.altLabels());
        alt.addAll(b.altLabels());
        return new Entity(a.key(), a.type(), a.kind(), a.labelZh(),
                a.labelEn() != null ? a.labelEn() : b.labelEn(), alt,
                a.wikidataId() != null ? a.wikidataId() : b.wikidataId());
    }
}
