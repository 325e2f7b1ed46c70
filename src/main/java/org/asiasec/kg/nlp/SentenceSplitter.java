package org.asiasec.kg.nlp;

import java.util.ArrayList;
import java.util.List;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.corpus.CjkChars;
import org.asiasec.kg.corpus.NormalisedText;

/**
 * Splits the analysis view into sentences, block by block, with analysis offsets.
 *
 * <ul>
 * <li>A heading is one sentence. Block boundaries always end a sentence.</li>
 * <li>A sentence ends after 。！？ or an ellipsis (with any repeats and the closing quotes and
 * brackets right after them: 他说：“……。”), after . ! ? in Latin text before a space, and after ；
 * once the sentence is long ({@value #SEMICOLON_MIN_LENGTH} chars or more) — long enumerations
 * of clauses are split, short ones stay whole.</li>
 * <li>Nothing splits inside a matched pair of quotes or brackets (“…”, 《…》, （…）, 「…」): a quoted
 * sentence ends only where its closing quote follows the sentence end. Unmatched quotes are ignored.</li>
 * <li>A sentence longer than {@value #MAX_LENGTH} chars is cut at its last comma or space, so that
 * text without punctuation cannot produce unbounded sentences.</li>
 * <li>Sentences are trimmed of whitespace; pieces without a letter, digit or Han char are dropped.</li>
 * </ul>
 */
public class SentenceSplitter {

    static final int SEMICOLON_MIN_LENGTH = 40;
    static final int MAX_LENGTH = 500;

    public List<Sentence> split(NormalisedText text) {
        String s = text.analysisText();
        List<Sentence> out = new ArrayList<>();
        for (Block block : text.blocks()) {
            if (block.kind() == Block.Kind.HEADING) {
                add(s, block.start(), block.end(), out);
            } else {
                splitBlock(s, block.start(), block.end(), out);
            }
        }
        return out;
    }

    private static void splitBlock(String s, int from, int to, List<Sentence> out) {
        int[] closing = QuotePairs.closingOf(s, from, to);
        int start = from;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int close = closing[i - from];
            if (close > i) {
                int afterPair = close + 1;
                if (endsInside(s, i, close) && afterPair < to && !continuesAfterQuote(s.charAt(afterPair))) {
                    int end = absorbClosers(s, afterPair, to);
                    add(s, start, end, out);
                    start = end;
                    i = end;
                } else {
                    i = afterPair;
                }
                continue;
            }
            int end = -1;
            if (CjkChars.isSentenceEnd(c) || isLatinEnd(s, i, to)) {
                end = absorbClosers(s, i + 1, to);
            } else if ((c == '；' || c == ';') && i - start >= SEMICOLON_MIN_LENGTH) {
                end = i + 1;
            }
            if (end > 0) {
                add(s, start, end, out);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(s, start, to, out);
    }

    /** The quoted text ends a sentence right before its closing quote: “……。” */
    private static boolean endsInside(String s, int open, int close) {
        int k = close - 1;
        while (k > open && CjkChars.isCloser(s.charAt(k))) {
            k--;
        }
        return k > open && CjkChars.isSentenceEnd(s.charAt(k));
    }

    /** After a quote that ends with 。, a comma or 的 etc. means the outer sentence goes on. */
    private static boolean continuesAfterQuote(char next) {
        return "，、；：的和与等,;:".indexOf(next) >= 0 || CjkChars.isCloser(next);
    }

    private static boolean isLatinEnd(String s, int i, int to) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != ';') {
            return false;
        }
        boolean afterWord = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) < 0x80;
        boolean beforeSpace = i + 1 >= to || s.charAt(i + 1) == ' ';
        if (!afterWord || !beforeSpace) {
            return false;
        }
        if (c != '.') {
            return c != ';';
        }
        int next = i + 1;
        while (next < to && s.charAt(next) == ' ') {
            next++;
        }
        return next >= to || Character.isUpperCase(s.charAt(next)) || s.charAt(next) >= 0x80;
    }

    private static int absorbClosers(String s, int i, int to) {
        while (i < to && (CjkChars.isSentenceEnd(s.charAt(i)) || CjkChars.isCloser(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static void add(String s, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end - start > MAX_LENGTH) {
            int cut = cutPoint(s, start, start + MAX_LENGTH);
            add(s, start, cut, out);
            add(s, cut, end, out);
            return;
        }
        if (hasContent(s, start, end)) {
            out.add(new Sentence(start, end, s.substring(start, end)));
        }
    }

    private static int cutPoint(String s, int start, int limit) {
        for (int i = limit - 1; i > start + MAX_LENGTH / 2; i--) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '、' || c == ' ' || c == '；') {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean hasContent(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
