package org.asiasec.kg.model;

/** The top-level classes of the ontology that an extracted entity can belong to. */
public enum EntityType {
    MECHANISM("Mechanism"),
    MEETING("Meeting"),
    DOCUMENT("Document"),
    CONCEPT("Concept"),
    COUNTRY("Country"),
    PERSON("Person"),
    PLACE("Place"),
    MEMBERSHIP("Membership"),
    /** A term a concept consists of (互信 of 新安全观), not itself a concept put forward. */
    COMPONENT("Component");

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** Local name of the class in the {@code asc:} namespace. */
    public String className() {
        return className;
    }

    /** Parses a class name such as {@code Mechanism} (case-insensitive). */
    public static EntityType fromClassName(String name) {
        for (EntityType t : values()) {
            if (t.className.equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}
