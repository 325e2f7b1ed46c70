package org.asiasec.kg.lexicon;

import java.util.ArrayList;
import java.util.List;

import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;

/**
 * One row of the domain lexicon: a known real-world thing and every name it goes by.
 *
 * @param key        stable ASCII IRI local name
 * @param type       top-level class
 * @param kind       ontology subclass local name (Organisation, Forum, Treaty …)
 * @param zh         canonical Chinese name
 * @param aliases    other Chinese surface forms (abbreviations, variants; one-character short forms such as 俄)
 * @param en         English label, or null
 * @param acronym    Latin acronym or code, or null
 * @param wikidataId Wikidata Q-identifier, or null
 */
public record LexiconEntry(String key, EntityType type, String kind, String zh, List<String> aliases,
                           String en, String acronym, String wikidataId) {

    public LexiconEntry {
        aliases = List.copyOf(aliases);
    }

    /** The canonical name followed by every alias. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(zh);
        names.addAll(aliases);
        return names;
    }

    public Entity toEntity() {
        List<String> alt = new ArrayList<>(aliases.stream().filter(a -> a.length() > 1).toList());
        if (acronym != null) {
            alt.add(acronym);
        }
        return new Entity(key, type, kind, zh, en, new java.util.TreeSet<>(alt), wikidataId);
    }
}
