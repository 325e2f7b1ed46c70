package org.asiasec.kg.nlp;

/**
 * A sentence of the analysis view.
 *
 * @param start offset in the analysis text (inclusive)
 * @param end   offset in the analysis text (exclusive)
 * @param text  the analysis text of the sentence (normalised: joined lines, simplified, markup removed)
 */
public record Sentence(int start, int end, String text) {
}
