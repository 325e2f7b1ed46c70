package org.asiasec.kg.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out, before the text is cut into lines, the HTML that line-by-line cleaning
 * ({@link InlineMarkup}) cannot see whole: a tag whose attributes run over a line break
 * ({@code <img src="x.png"↵ onerror="…">}), comments, and script and style elements with their content.
 * Every char of such markup becomes a space, line breaks included, so the text keeps its length and every
 * offset still points at the same char of the original; the spaces then go the way of all spacing
 * between Chinese characters. Without this, 《<img…↵…>宣言》 became an entity labelled with the tag.
 */
final class MarkupBlanks {

    private static final Pattern MARKUP = Pattern.compile(String.join("|",
            "<!--[\\s\\S]{0,100000}?-->",
            "(?i:<(script|style)\\b[^<>]{0,2000}>[\\s\\S]{0,100000}?</\\1\\s*>)",
            "</?[a-zA-Z][a-zA-Z0-9-]{0,30}(?:\\s[^<>]{0,2000})?/?>"));

    private MarkupBlanks() {
    }

    /** The text with multi-line tags, comments, scripts and styles replaced by as many spaces. */
    static String blank(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            boolean whole = m.group().startsWith("<!--") || m.group(1) != null;
            if (!whole && !spansLines(text, m.start(), m.end())) {
                continue; // a one-line tag: InlineMarkup removes it and keeps a finer offset map
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean spansLines(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
