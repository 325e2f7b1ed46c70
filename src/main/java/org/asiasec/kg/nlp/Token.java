package org.asiasec.kg.nlp;

/**
 * One word of a sentence.
 *
 * @param word   the word as in the analysis text
 * @param pos    HanLP part-of-speech tag (nr person, ns place, nt organisation, t time, …)
 * @param start  offset in the analysis text (inclusive)
 * @param end    offset in the analysis text (exclusive)
 */
public record Token(String word, String pos, int start, int end) {
}
