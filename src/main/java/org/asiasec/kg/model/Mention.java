package org.asiasec.kg.model;

/**
 * One occurrence of an entity in a source text.
 *
 * @param entityKey key of the linked {@link Entity}
 * @param surface   the text as written (in the analysis view, e.g. simplified)
 * @param start     start in the original text (char offset, inclusive)
 * @param end       end in the original text (exclusive)
 * @param evidence  the sentence it occurs in and the recogniser that found it
 */
public record Mention(String entityKey, String surface, int start, int end, Evidence evidence) {
}
