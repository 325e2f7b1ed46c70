package org.asiasec.kg.eval;

import java.util.LinkedHashSet;
import java.util.Set;

import org.asiasec.kg.model.EntityType;

/** An entity a person found in one text: its type, canonical name and the other names the text uses. */
public record GoldEntity(String sourceId, EntityType type, String canonical, Set<String> aliases) {

    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(canonical);
        names.addAll(aliases);
        return names;
    }
}
