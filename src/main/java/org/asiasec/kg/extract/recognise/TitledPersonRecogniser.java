package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;

/**
 * Persons named by the form of the sentence, whether or not any list knows them: the name right after a
 * position or title (哈萨克斯坦总统托卡耶夫, 外交部副部长孙立群率团, the byline 秘书长　某某), and the
 * name of an officeholder list line followed by the person's country (某某（吉尔吉斯斯坦籍）).
 */
public class TitledPersonRecogniser implements Recogniser {

    /** Between a title and the name of a byline or signature only spaces stand. */
    private static final java.util.Set<String> SAYING = java.util.Set.of("说", "表示", "指出", "强调", "称");
    private static final String SPACES = " \u3000\t";
    /** 某某（哈萨克斯坦）, 某某（塔吉克斯坦籍）: the bracket after a name holds a country. */
    private static final Pattern NATIONALITY = Pattern.compile("[（(]([\\u4e00-\\u9fff]{2,12}?)籍?[）)]");

    /**
     * What ends the line or item before a listed name: a line break, 、, a colon, a bracket, white space,
     * or the end of the previous line's date (wrapped lines may be joined, so the line break is gone).
     */
    private static final String LIST_START = "\n、：:】 \u3000\t月年日0123456789";

    @Override
    public String name() {
        return "person-titled";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        for (int end = 1; end < s.length(); end++) {
            int title = text.lexicon().positionEndingAt(s, end);
            if (title == 0) {
                continue;
            }
            int from = end;
            while (from < s.length() && SPACES.indexOf(s.charAt(from)) >= 0) {
                from++;
            }
            int length = PersonNameReader.read(text.lexicon(), s, from);
            if (length < 2 && isOneCharacterName(s, from)) {
                length = 1;
            }
            if (length >= 1 && isNameEnd(text, from + length) && text.lexicon().byName(s.substring(from, from + length))
                    .map(e -> e.type() == EntityType.PERSON).orElse(true)) {
                out.add(person(from, from + length, s.substring(from, from + length)));
            }
        }
        listedWithNationality(text, out);
    }

    /** 某某（哈萨克斯坦） at the start of a line or after 、: an officeholder listed with the person's country. */
    private void listedWithNationality(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        Matcher m = NATIONALITY.matcher(s);
        while (m.find()) {
            var country = text.lexicon().byName(m.group(1));
            if (country.isEmpty() || country.get().type() != EntityType.COUNTRY) {
                continue;
            }
            int lineStart = m.start();
            while (lineStart > 0 && LIST_START.indexOf(s.charAt(lineStart - 1)) < 0 && m.start() - lineStart < 16) {
                lineStart--;
            }
            if (lineStart > 0 && LIST_START.indexOf(s.charAt(lineStart - 1)) < 0) {
                continue;
            }
            int length = PersonNameReader.read(text.lexicon(), s, lineStart);
            if (length >= 2 && lineStart + length == m.start()) {
                out.add(person(lineStart, m.start(), s.substring(lineStart, m.start())));
            }
        }
    }

    /** 外长坎说: one char, not a word that follows names (也, 还), between a title and a verb of saying. */
    private static boolean isOneCharacterName(String s, int at) {
        return at + 1 < s.length() && Character.isIdeographic(s.charAt(at)) && PersonNameReader.followerAt(s, at) == 0
                && "也还又亦都均再曾就才却仍".indexOf(s.charAt(at)) < 0
                && SAYING.stream().anyMatch(w -> s.startsWith(w, at + 1));
    }

    /** A name ends at a mark, a line end or a word that follows names; not inside a longer word. */
    private static boolean isNameEnd(TextAnalysis text, int end) {
        String s = text.text();
        return end >= s.length() || !Character.isIdeographic(s.charAt(end)) || PersonNameReader.followerAt(s, end) > 0
                || text.isWordBoundary(end);
    }

    private Candidate person(int start, int end, String name) {
        return new Candidate(start, end, EntityType.PERSON, null, name, name(), 0.85, null);
    }
}
