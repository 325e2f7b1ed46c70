package org.asiasec.kg.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.asiasec.kg.model.Value;
import org.asiasec.kg.nlp.Sentence;

/**
 * Finds date expressions in Chinese text and resolves them to calendar values.
 * The forms and the conventions for vague ones are listed in {@link DateForm}; a sentence is
 * scanned for every form, overlapping candidates are settled in favour of the leftmost-longest,
 * and the survivors are resolved left to right so that 同年 or a bare 9月 refers to the year
 * named just before it. Spaces inside an expression are tolerated ("2014 年 5 月", as in PDF text).
 * Stateless: the per-text state lives in the {@link DateScope} passed in.
 */
public final class DateRecognizer {

    private static final DateForm[] FORMS = DateForm.values();
    /** The forms' anchors, each once, and for each form the index of its anchor there. */
    private static final List<String> ANCHORS = java.util.Arrays.stream(FORMS).map(f -> f.anchor).distinct().toList();
    private static final int[] ANCHOR_OF_FORM = java.util.Arrays.stream(FORMS).mapToInt(f -> ANCHORS.indexOf(f.anchor)).toArray();

    /** Finds and resolves the dates of one sentence; advances {@code scope} past them. */
    public List<DateMention> recognise(Sentence sentence, DateScope scope) {
        return recognise(sentence.text(), sentence.start(), scope);
    }

    /**
     * @param text   the analysis text of a sentence
     * @param offset analysis offset of {@code text}'s first char, added to every mention offset
     */
    public List<DateMention> recognise(String text, int offset, DateScope scope) {
        List<DateMention> out = new ArrayList<>();
        for (Candidate c : nonOverlapping(candidates(text))) {
            DateForm.Range range = c.form.resolve(c.match, scope);
            if (range == null) {
                continue;
            }
            if (insideTitle(text, c.match.start())) {
                // the year of a title (《2040年…愿景》) names a plan: it is neither a date the text states nor
                // the time the text has reached, and the title stays one document name
                continue;
            }
            scope.advance(range.from());
            out.add(new DateMention(offset + c.match.start(), offset + c.match.end(), c.match.group(),
                    range.from(), range.to()));
        }
        return out;
    }

    /** Whether {@code at} lies inside a 《title》 opened earlier in {@code text}. */
    private static boolean insideTitle(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '《') {
                depth++;
            } else if (ch == '》' && depth > 0) {
                depth--;
            }
        }
        if (depth == 0) {
            return false;
        }
        for (int i = at; i < text.length(); i++) { // an unclosed 《 (a damaged line) hides nothing
            char ch = text.charAt(i);
            if (ch == '》') {
                return true;
            }
            if (ch == '《') {
                return false;
            }
        }
        return false;
    }

    private record Candidate(DateForm form, Matcher match) {
        int length() {
            return match.end() - match.start();
        }
    }

    private static List<Candidate> candidates(String text) {
        List<Candidate> all = new ArrayList<>();
        // nine forms need 年 and four 月: each anchor is looked for once per sentence, not once per form
        byte[] held = new byte[ANCHORS.size()]; // 0 not looked for yet, 1 there, 2 not there
        for (int f = 0; f < FORMS.length; f++) {
            int anchor = ANCHOR_OF_FORM[f];
            if (held[anchor] == 0) {
                held[anchor] = (byte) (text.contains(ANCHORS.get(anchor)) ? 1 : 2);
            }
            if (held[anchor] == 1) {
                DateForm form = FORMS[f];
                form.forEachMatch(text, match -> all.add(new Candidate(form, match)));
            }
        }
        return all;
    }

    private static List<Candidate> nonOverlapping(List<Candidate> all) {
        all.sort(Comparator.comparingInt((Candidate c) -> c.match.start())
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        List<Candidate> kept = new ArrayList<>();
        int end = 0;
        for (Candidate c : all) {
            if (c.match.start() >= end) {
                kept.add(c);
                end = c.match.end();
            }
        }
        return kept;
    }

    /** Calendar values from the parsed parts of an expression; null when the parts are not a real date. */
    static Value.Date day(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return Value.Date.day(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Value.Date month(int year, int month) {
        return month >= 1 && month <= 12 ? Value.Date.month(year, month) : null;
    }
}
