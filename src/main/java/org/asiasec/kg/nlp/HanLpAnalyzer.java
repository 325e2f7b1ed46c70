package org.asiasec.kg.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.lexicon.LexiconEntry;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Segments text into words with part-of-speech tags and HanLP's person and place recognition, the domain
 * lexicon added to HanLP's custom dictionary so that names such as 亚信 or 东盟地区论坛 stay whole.
 * Thread-safe.
 * <p>
 * HanLP's organisation recognition is off. It took about a third of the segmenter's time (a second cascade
 * of Viterbi passes over every sentence), and the names it glued together (里海安全事务协调委员会, but also
 * 周边国家共建安全共同体) are read by the mechanism and concept recognisers from their heads and modifiers.
 */
public class HanLpAnalyzer {

    /** HanLP's custom dictionary is one per JVM: remember which lexicons are already in it. */
    private static final Set<Lexicon> INSTALLED = Collections.newSetFromMap(new IdentityHashMap<>());

    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(true));

    private final ThreadLocal<Segment> plain = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(false)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(false));

    public HanLpAnalyzer(Lexicon lexicon) {
        install(lexicon);
    }

    private static void install(Lexicon lexicon) {
        synchronized (INSTALLED) {
            if (!INSTALLED.add(lexicon)) {
                return;
            }
            for (var name : lexicon.names().entrySet()) {
                CustomDictionary.insert(name.getKey(), nature(name.getValue()) + " 1024");
            }
        }
    }

    private static String nature(LexiconEntry entry) {
        return switch (entry.type()) {
            case MECHANISM -> "nt";
            case COUNTRY, PLACE -> "ns";
            case PERSON -> "nr";
            default -> "nz";
        };
    }

    /**
     * HanLP 1.8.6's part-of-speech tagging ({@code Viterbi.compute}) extends its transition matrix to
     * all natures whenever the matrix's {@code states} (the tags of its data file) are fewer than the
     * natures, but the extension leaves {@code states} as it was: so every tagged sentence copied the
     * whole matrix again (about 150 × 150 doubles and ints, ~270 KB), into a static field all threads
     * share. Extending once and recording that the matrix now covers every nature gives the same
     * matrix, so the same tags, without the copies. Natures created later are covered by the next call.
     */
    private static void extendNatureMatrixOnce() {
        TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
        if (matrix.states.length == Nature.values().length) {
            return;
        }
        synchronized (matrix) {
            int natures = Nature.values().length;
            if (matrix.states.length != natures) {
                matrix.extend(natures);
                matrix.states = IntStream.range(0, natures).toArray();
            }
        }
    }

    /** Words of {@code text} (already joined), offsets into it. Segments piece by piece at sentence ends. */
    public List<Token> tokens(String text) {
        extendNatureMatrixOnce();
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isPieceEnd(text.charAt(i))) {
                int end = Math.min(i + 1, text.length());
                if (end > start) {
                    segmentPiece(text, start, end, tokens);
                }
                start = end;
            }
        }
        return tokens;
    }

    /** The words inside one word, with place recognition but no person or organisation recognition. */
    public List<Token> wordsOf(String word) {
        extendNatureMatrixOnce();
        List<Token> out = new ArrayList<>();
        for (Term t : plain.get().seg(word)) {
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset, t.offset + t.word.length()));
        }
        return out;
    }

    private static boolean isPieceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '\n';
    }

    private void segmentPiece(String text, int start, int end, List<Token> out) {
        String piece = text.substring(start, end);
        if (piece.isBlank()) {
            return;
        }
        for (Term t : segment.get().seg(piece)) {
            int s = start + t.offset;
            int e = s + t.word.length();
            if (t.word.isBlank()) {
                continue;
            }
            if (isPlaceWithGluedFunctionWord(t)) {
                String function = t.word.substring(0, 1);
                CoreDictionary.Attribute known = CoreDictionary.get(function);
                out.add(new Token(function, known == null ? "p" : known.nature[0].toString(), s, s + 1));
                out.add(new Token(t.word.substring(1), t.nature.toString(), s + 1, e));
            } else {
                out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), s, e));
            }
        }
    }

    /** Prepositions and conjunctions of one character that open a clause's noun phrase (同…, 与…, 在…). */
    private static final String FUNCTION_CHARS = "同与和在对向从把被将为于";

    /**
     * HanLP's place recogniser sometimes takes the preposition or conjunction in front of a place into the
     * place (同集安 in 同集安组织开展对话): a place it made up itself, in neither its core dictionary nor
     * the custom one, that opens with such a word is read as that word and the place after it.
     */
    private static boolean isPlaceWithGluedFunctionWord(Term t) {
        return t.nature != null && t.nature.startsWith("ns") && t.word.length() >= 3
                && FUNCTION_CHARS.indexOf(t.word.charAt(0)) >= 0
                && !CoreDictionary.contains(t.word) && !CustomDictionary.contains(t.word);
    }
}
