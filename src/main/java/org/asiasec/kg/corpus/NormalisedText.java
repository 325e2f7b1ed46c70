package org.asiasec.kg.corpus;

import java.util.List;

/**
 * The analysis view of a source text: what recognisers read (lines joined, markup and footnote
 * markers removed, traditional characters simplified), with a map from every analysis offset back
 * to the original text.
 */
public final class NormalisedText {

    private final String analysisText;
    private final int[] toOriginal;
    private final int originalLength;
    private final List<Block> blocks;

    /**
     * @param toOriginal for each analysis char, its offset in the original text (same length as analysisText)
     */
    public NormalisedText(String analysisText, int[] toOriginal, int originalLength, List<Block> blocks) {
        if (toOriginal.length != analysisText.length()) {
            throw new IllegalArgumentException("offset map length differs from text length");
        }
        this.analysisText = analysisText;
        this.toOriginal = toOriginal;
        this.originalLength = originalLength;
        this.blocks = List.copyOf(blocks);
    }

    public String analysisText() {
        return analysisText;
    }

    /** Original offset of the analysis char at {@code i}. */
    public int toOriginal(int i) {
        return toOriginal[i];
    }

    /** Original span [start, end) covering the analysis span [start, end). */
    public int originalStart(int analysisStart) {
        return analysisStart < toOriginal.length ? toOriginal[analysisStart] : originalLength;
    }

    public int originalEnd(int analysisEnd) {
        return analysisEnd == 0 ? originalStart(0) : toOriginal[analysisEnd - 1] + 1;
    }

    /** Headings, paragraphs and footnotes, in analysis offsets. */
    public List<Block> blocks() {
        return blocks;
    }
}
