package org.asiasec.kg.extract.recognise;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.nlp.JoinedText;
import org.asiasec.kg.nlp.Token;

/** What recognisers read: the joined text, its words and the lexicon. Offsets are joined-text offsets. */
public final class TextAnalysis {

    private final JoinedText joined;
    private final List<Token> tokens;
    private final Lexicon lexicon;
    private final int[] tokenStartingAt;
    private final int[] tokenEndingAt;
    private final Function<String, List<Token>> wordsOf;
    /** Every lexicon name in the text, found once: several recognisers read them. */
    private List<Lexicon.Hit> lexiconHits;

    public TextAnalysis(JoinedText joined, List<Token> tokens, Lexicon lexicon) {
        this(joined, tokens, lexicon, w -> List.of());
    }

    /**
     * @param wordsOf splits one word into smaller words with their parts of speech, without name
     *                recognition; used to look inside a whole nt word of HanLP's dictionaries
     */
    public TextAnalysis(JoinedText joined, List<Token> tokens, Lexicon lexicon, Function<String, List<Token>> wordsOf) {
        // several recognisers look inside the same words, and a name recurs in a text: each is segmented once
        Map<String, List<Token>> wordsInside = new ConcurrentHashMap<>();
        this.wordsOf = word -> wordsInside.computeIfAbsent(word, w -> List.copyOf(wordsOf.apply(w)));
        this.joined = joined;
        this.tokens = sideBySide(tokens);
        this.lexicon = lexicon;
        int n = joined.text().length();
        tokenStartingAt = new int[n + 1];
        tokenEndingAt = new int[n + 1];
        Arrays.fill(tokenStartingAt, -1);
        Arrays.fill(tokenEndingAt, -1);
        for (int i = 0; i < this.tokens.size(); i++) {
            tokenStartingAt[this.tokens.get(i).start()] = i;
            tokenEndingAt[this.tokens.get(i).end()] = i;
        }
    }

    /**
     * Copies of the tokens, each with a copy of its word, made one after another so that they lie side by
     * side in memory. The recognisers read every word of the text a dozen times over, and HanLP's own
     * words lie scattered among the garbage of its segmentation: reading them missed the caches.
     */
    private static List<Token> sideBySide(List<Token> tokens) {
        Token[] copies = new Token[tokens.size()];
        for (int i = 0; i < copies.length; i++) {
            Token t = tokens.get(i);
            String word = new String(t.word().toCharArray());
            word.hashCode(); // computed while the copy is in the cache: recognisers look words up in sets and maps
            copies[i] = new Token(word, t.pos(), t.start(), t.end());
        }
        return List.of(copies);
    }

    public String text() {
        return joined.text();
    }

    public JoinedText joined() {
        return joined;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** {@code lexicon().find(text())}, scanned once per text and shared. */
    public synchronized List<Lexicon.Hit> lexiconHits() {
        if (lexiconHits == null) {
            lexiconHits = List.copyOf(lexicon.find(text()));
        }
        return lexiconHits;
    }

    /** Index of the token starting at {@code offset}, or -1. */
    public int tokenStartingAt(int offset) {
        return offset >= 0 && offset < tokenStartingAt.length ? tokenStartingAt[offset] : -1;
    }

    /** Index of the token ending at {@code offset}, or -1. */
    public int tokenEndingAt(int offset) {
        return offset >= 0 && offset < tokenEndingAt.length ? tokenEndingAt[offset] : -1;
    }

    /** Index of the last token starting at or before {@code offset}, or -1; tokens are in text order. */
    public int lastTokenStartingAtOrBefore(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    public boolean isWordBoundary(int offset) {
        return offset == 0 || offset == text().length() || tokenStartingAt(offset) >= 0 || tokenEndingAt(offset) >= 0;
    }

    /** The smaller words of {@code word} (里海安全事务协调委员会 → 里海, 安全, 事务 …), offsets within it. */
    public List<Token> wordsOf(String word) {
        return wordsOf.apply(word);
    }

    public Token token(int index) {
        return tokens.get(index);
    }
}
