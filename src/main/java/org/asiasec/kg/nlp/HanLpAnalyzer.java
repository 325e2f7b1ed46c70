package org.asiasec.kg.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.lexicon.LexiconEntry;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Segments text into words with part-of-speech tags and HanLP's person, place and organisation
 * recognition, the domain lexicon added to HanLP's custom dictionary so that names such as 亚信 or
 * 东盟地区论坛 stay whole. Thread-safe.
 */
public class HanLpAnalyzer {

    /** HanLP's custom dictionary is one per JVM: remember which lexicons are already in it. */
    private static final Set<Lexicon> INSTALLED = Collections.newSetFromMap(new IdentityHashMap<>());

    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
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

    /** Words of {@code text} (already joined), offsets into it. Segments piece by piece at sentence ends. */
    public List<Token> tokens(String text) {
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
            if (!t.word.isBlank()) {
                out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), s, e));
            }
        }
    }
}
