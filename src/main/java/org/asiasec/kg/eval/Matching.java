package org.asiasec.kg.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names and dates are compared, exactly as {@code shared/devset/score.py} compares them, so that
 * {@code eval} and the scorer give the same figures.
 */
final class Matching {

    /** The characters score.py's {@code PUNCT} drops besides white space. */
    private static final String PUNCTUATION = "《》〈〉“”\"'‘’「」『』()（）[]【】·・—-–_:：,，.。、";
    /** Python's {@code ^(\d{4})}: \d is any Unicode decimal digit there. */
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})", Pattern.UNICODE_CHARACTER_CLASS);

    private Matching() {
    }

    /** score.py's {@code norm}: NFKC, white space and title/quote/bracket/separator marks dropped, lower case. */
    static String norm(String s) {
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(c -> !isPythonSpace(c) && PUNCTUATION.indexOf(c) < 0).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** Python's {@code str.isspace}, which its regular expressions' \s follows: Zs, or bidi class WS, B or S. */
    private static boolean isPythonSpace(int c) {
        byte bidi = Character.getDirectionality(c);
        return Character.getType(c) == Character.SPACE_SEPARATOR || bidi == Character.DIRECTIONALITY_WHITESPACE
                || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR || bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** The first four digits of a date's lexical form, or {@code null}. */
    static String yearOf(String lexical) {
        Matcher m = YEAR.matcher(lexical);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A gold date ({@code null}: the text gives none, anything matches) against the dates of a node:
     * loose, the same year; strict, a date at least as precise that starts with the gold one
     * (gold 2014-05 accepts 2014-05-20 but gold 2014-05-20 does not accept 2014-05).
     */
    static boolean dateMatches(Collection<String> lexicals, String gold, boolean strict) {
        if (gold == null || gold.isEmpty()) {
            return true;
        }
        String goldYear = head(gold, 4);
        for (String v : lexicals) {
            if (strict ? v.startsWith(gold) : goldYear.equals(yearOf(v))) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code s[:n]}: the first n code points. */
    static String head(String s, int n) {
        return s.codePoints().limit(n).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
