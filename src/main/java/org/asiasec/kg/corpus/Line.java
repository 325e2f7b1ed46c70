package org.asiasec.kg.corpus;

import static org.asiasec.kg.corpus.CjkChars.isSpace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One non-blank line of the original, classified by its shape and cleaned of inline markup. */
final class Line {

    enum Kind {
        /** Running text, which may continue the previous line. */
        TEXT,
        /** A Markdown heading ({@code # …}). */
        HEADING,
        /** A section of notes starts: 注释, 参考文献 … */
        NOTES_HEADING,
        /** A note: starts with [1], ［1］, ①, [^1]:. */
        FOOTNOTE,
        /** Starts with a bracketed label such as 【摘要】 or [关键词]. */
        LABEL,
        LIST_ITEM,
        TABLE_ROW,
        /** A thematic break (---, ***, a table's |---|): ends the block, leaves no text. */
        RULE,
        /** Site navigation, a bare page number, or nothing left after removing markup. */
        NOISE
    }

    private static final Pattern RULE = Pattern.compile("([-*_=])(\\s*\\1){2,}|\\|?(\\s*:?-{3,}:?\\s*\\|?)+");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+");
    private static final Pattern HEADING_TAIL = Pattern.compile("\\s+#+$");
    private static final Pattern QUOTE = Pattern.compile("(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("[-*+•▪●◆■]\\s+");
    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?:[\\[［](?:\\d{1,3}|[０-９]{1,3})[\\]］]|\\[\\^[^\\]\\s]+\\]:?|[\\u2460-\\u2473\\u2776-\\u277F]|注\\s*\\d{1,3}[：:.、])"
                    + "\\s*[^\\s，。、；：,.;:].*");
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "(?:注释|注解|尾注|脚注|注|参考文献|参考资料|References|Notes)\\s*[：:]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("[【\\[［][^\\]】］\\d０-９]{1,10}[】\\]］].*");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?:[^|>»，。；！？,;]{1,12}\\s+[|>»]\\s+)+[^|>»，。；！？,;]{1,12}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–\\s]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?[-—–\\s]*");

    final Kind kind;
    /** Cleaned text; empty for RULE and NOISE. */
    final MappedText text;
    /** Display width of the original line (CJK chars count two), to recognise hard wraps. */
    final int width;
    /** The line was a doubled bold PDF heading line (see {@link BoldDoubling}). */
    final boolean doubled;

    private Line(Kind kind, MappedText text, int width, boolean doubled) {
        this.kind = kind;
        this.text = text;
        this.width = width;
        this.doubled = doubled;
    }

    /** NAVIGATION, tried only on a line with one of its separators: most lines of prose have none. */
    private static boolean isNavigation(String s) {
        boolean separator = false;
        for (int i = 0; i < s.length() && !separator; i++) {
            char c = s.charAt(i);
            separator = c == '|' || c == '>' || c == '»';
        }
        return separator && NAVIGATION.matcher(s).matches();
    }

    /** The line [start, end) of {@code original} (no line terminator), or null if it is blank. */
    static Line read(String original, int start, int end) {
        while (start < end && isSpace(original.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(original.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        int width = 0;
        for (int i = start; i < end; i++) {
            width += CjkChars.displayWidth(original.charAt(i));
        }
        MappedText undoubled = MappedText.copyOf(original, start, end);
        MappedText raw = BoldDoubling.undo(undoubled);
        boolean doubled = raw != undoubled;
        String s = raw.toString();
        if (RULE.matcher(s).matches()) {
            return new Line(Kind.RULE, empty(), width, false);
        }
        if (isNavigation(s) || PAGE_NUMBER.matcher(s).matches()) {
            return new Line(Kind.NOISE, empty(), width, false);
        }
        Kind kind;
        MappedText body = raw;
        Matcher m;
        if ((m = HEADING.matcher(s)).lookingAt()) {
            kind = Kind.HEADING;
            Matcher tail = HEADING_TAIL.matcher(s);
            body = slice(raw, m.end(), tail.find() ? tail.start() : s.length());
        } else {
            if ((m = QUOTE.matcher(s)).lookingAt()) {
                body = slice(raw, m.end(), s.length());
                s = body.toString();
            }
            if ((m = BULLET.matcher(s)).lookingAt()) {
                kind = Kind.LIST_ITEM;
                body = slice(body, m.end(), s.length());
            } else if (s.length() > 1 && s.charAt(0) == '|' && s.charAt(s.length() - 1) == '|') {
                kind = Kind.TABLE_ROW;
                body = tableCells(body);
            } else if (FOOTNOTE.matcher(s).matches()) {
                kind = Kind.FOOTNOTE;
            } else if (NOTES_HEADING.matcher(s).matches()) {
                kind = Kind.NOTES_HEADING;
            } else {
                kind = Kind.TEXT;
            }
        }
        MappedText cleaned = trim(Spacing.normalise(InlineMarkup.strip(body)));
        if (cleaned.isEmpty()) {
            return new Line(Kind.NOISE, cleaned, width, false);
        }
        if (kind == Kind.TEXT && LABEL.matcher(cleaned.toString()).matches()) {
            kind = Kind.LABEL;
        }
        return new Line(kind, cleaned, width, doubled);
    }

    boolean isBreak() {
        return kind == Kind.RULE;
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    private static MappedText empty() {
        return new MappedText.Builder(0).build();
    }

    private static MappedText slice(MappedText text, int from, int to) {
        return new MappedText.Builder(to - from).copy(text, from, to).build();
    }

    private static MappedText tableCells(MappedText row) {
        MappedText.Builder out = new MappedText.Builder(row.length());
        for (int i = 1; i < row.length() - 1; i++) {
            out.add(row.charAt(i) == '|' ? ' ' : row.charAt(i), row.start(i), row.end(i));
        }
        return out.build();
    }

    private static MappedText trim(MappedText text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? text : slice(text, from, to);
    }
}
