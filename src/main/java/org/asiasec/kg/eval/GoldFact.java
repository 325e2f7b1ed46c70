package org.asiasec.kg.eval;

import java.util.Map;

/**
 * A fact of a gold file: its kind (meeting, document, membership, founded, concept_proposed,
 * concept_component, participation) and its fields as text ({@code "ordinal": 4} reads "4"); a field
 * that is absent or {@code null} has no value.
 */
public record GoldFact(Map<String, String> fields) {

    public GoldFact {
        fields = Map.copyOf(fields);
    }

    public String kind() {
        return fields.get("kind");
    }

    /** The field's value, or {@code null}. */
    public String get(String field) {
        return fields.get(field);
    }

    /** Whether the field has a value that is not empty (Python's truth of a string). */
    public boolean has(String field) {
        String v = fields.get(field);
        return v != null && !v.isEmpty();
    }

    /** The field's value, or {@code ""}. */
    public String text(String field) {
        String v = fields.get(field);
        return v == null ? "" : v;
    }
}
