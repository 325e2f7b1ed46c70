package org.asiasec.kg.model;

/**
 * Where a fact or mention was read: a sentence of a source text and the rule that read it.
 * Offsets are Java {@code char} offsets into the decoded original text of the source
 * ({@link Source#text()}), end exclusive.
 *
 * @param sourceId      file name of the source text
 * @param sentenceStart start of the sentence in the original text
 * @param sentenceEnd   end of the sentence in the original text
 * @param rule          name of the recogniser or relation rule
 * @param confidence    in [0, 1]
 */
public record Evidence(String sourceId, int sentenceStart, int sentenceEnd, String rule, double confidence) {

    public Evidence {
        if (sentenceStart < 0 || sentenceEnd < sentenceStart) {
            throw new IllegalArgumentException("bad sentence span " + sentenceStart + ".." + sentenceEnd);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
