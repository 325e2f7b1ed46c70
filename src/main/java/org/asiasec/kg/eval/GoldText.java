package org.asiasec.kg.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gold annotation of one text (the JSON format of {@code shared/devset/GOLD-SCHEMA.md}). */
public record GoldText(String doc, String docDate, List<GoldEntity> entities, List<GoldFact> facts) {

    public GoldText {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** Every name of each entity by its canonical name; of two entities with one name, the later counts. */
    public Map<String, List<String>> namesByEntity() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        entities.forEach(e -> names.put(e.name(), e.names()));
        return names;
    }
}
