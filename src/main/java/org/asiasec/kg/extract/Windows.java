package org.asiasec.kg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.nlp.Sentence;

/**
 * Cuts a long text into windows of about a given length that are analysed one after another, so that
 * only one window's words are held at a time. A window ends where a block (paragraph, heading) begins,
 * or, inside an overlong block, where a sentence begins; a text no longer than the length is one window.
 */
final class Windows {

    private Windows() {
    }

    /** [start, end) analysis offsets of each window, in text order, together covering the whole text. */
    static List<int[]> of(NormalisedText text, List<Sentence> sentences, int length) {
        int textLength = text.analysisText().length();
        List<int[]> windows = new ArrayList<>();
        if (textLength <= length) {
            windows.add(new int[] {0, textLength});
            return windows;
        }
        BitSet blockStarts = new BitSet(textLength);
        for (Block b : text.blocks()) {
            blockStarts.set(b.start());
        }
        int start = 0;
        int lastBlockStart = -1;
        for (Sentence s : sentences) {
            if (s.end() - start > length && s.start() > start) {
                int cut = lastBlockStart > start ? lastBlockStart : s.start();
                windows.add(new int[] {start, cut});
                start = cut;
                lastBlockStart = -1;
            }
            if (s.start() > start && blockStarts.get(s.start())) {
                lastBlockStart = s.start();
            }
        }
        windows.add(new int[] {start, textLength});
        return windows;
    }
}
