package org.asiasec.kg.eval;

import java.util.List;

/**
 * An entity of a gold file: its type (Mechanism, Meeting, Document, Concept, Country, Person, Place),
 * canonical name, the other names the text uses, and whether a graph of the text must contain it.
 */
public record GoldEntity(String type, String name, List<String> aliases, boolean core) {

    public GoldEntity {
        aliases = List.copyOf(aliases);
    }

    /** The canonical name, then the aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
