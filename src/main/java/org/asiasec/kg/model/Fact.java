package org.asiasec.kg.model;

/** One statement read from a sentence: subject entity, property, value, and where it was read. */
public record Fact(String subjectKey, Property property, Value value, Evidence evidence) {
}
