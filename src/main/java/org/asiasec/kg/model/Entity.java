package org.asiasec.kg.model;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A real-world thing the texts speak about.
 *
 * @param key        stable ASCII identifier; becomes the local part of the resource IRI (e.g. {@code SCO})
 * @param type       top-level class
 * @param kind       most specific ontology class local name (e.g. {@code Summit}, {@code Declaration});
 *                   equals {@code type.className()} when nothing more specific is known
 * @param labelZh    canonical Chinese name
 * @param labelEn    English name, or null when unknown
 * @param altLabels  every other surface form (abbreviations, acronyms, variants)
 * @param wikidataId Wikidata Q-identifier, or null when unknown
 */
public record Entity(String key, EntityType type, String kind, String labelZh, String labelEn,
                     SortedSet<String> altLabels, String wikidataId) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(labelZh, "labelZh");
        kind = kind == null ? type.className() : kind;
        altLabels = altLabels == null ? new TreeSet<>() : new TreeSet<>(altLabels);
        altLabels.remove(labelZh);
    }
}
