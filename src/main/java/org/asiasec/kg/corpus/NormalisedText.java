package org.asiasec.kg.corpus;

import java.util.List;

/**
 * The analysis view of a source text: what recognisers read (lines joined, markup and footnote
 * markers removed, traditional characters simplified), with a map from every analysis offset back
 * to the original text.
 *
 * <p>The view lists the {@link #blocks() blocks} (headings, paragraphs, footnotes) in order,
 * separated by one {@code '\n'}; there is no other line break in it. Within a block the map is
 * strictly increasing, so every span inside a block (a sentence, a token, a mention) maps to one
 * original span that covers it, from {@link #originalStart} to {@link #originalEnd}. Blocks follow
 * the original order, except that a note which interrupted a paragraph is placed right after that
 * paragraph (then the paragraph's span also covers the note in the original). A char that replaced
 * several original chars (an HTML entity, a joined line break) maps to all of them.
 *
 * <p>Memory: the map stores runs of consecutive chars, not one int per char.
 */
public final class NormalisedText {

    private final String analysisText;
    private final OffsetMap map;
    private final int originalLength;
    private final List<Block> blocks;

    /**
     * @param toOriginal for each analysis char, its offset in the original text (same length as analysisText)
     */
    public NormalisedText(String analysisText, int[] toOriginal, int originalLength, List<Block> blocks) {
        this(analysisText, OffsetMap.of(toOriginal), originalLength, blocks);
    }

    NormalisedText(String analysisText, OffsetMap map, int originalLength, List<Block> blocks) {
        if (map.size() != analysisText.length()) {
            throw new IllegalArgumentException("offset map length differs from text length");
        }
        this.analysisText = analysisText;
        this.map = map;
        this.originalLength = originalLength;
        this.blocks = List.copyOf(blocks);
    }

    public String analysisText() {
        return analysisText;
    }

    /** Length of the original text this view was made from. */
    public int originalLength() {
        return originalLength;
    }

    /** Original offset of the analysis char at {@code i}. */
    public int toOriginal(int i) {
        return map.start(i);
    }

    /** Original start of the analysis span starting at {@code analysisStart} (the text length maps to the original length). */
    public int originalStart(int analysisStart) {
        return analysisStart < map.size() ? map.start(analysisStart) : originalLength;
    }

    /** Original end (exclusive) of the analysis span ending at {@code analysisEnd} (exclusive). */
    public int originalEnd(int analysisEnd) {
        return analysisEnd == 0 ? originalStart(0) : map.end(analysisEnd - 1);
    }

    /** The same text and offsets with only {@code blocks}, such as the blocks of one part of a long text. */
    public NormalisedText withBlocks(List<Block> blocks) {
        return new NormalisedText(analysisText, map, originalLength, blocks);
    }

    /** Headings, paragraphs and footnotes, in analysis offsets, in text order. */
    public List<Block> blocks() {
        return blocks;
    }
}
