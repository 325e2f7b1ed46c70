package org.asiasec.kg.corpus;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes inline Markdown and HTML markup and footnote markers from one line, keeping the text they
 * wrap: {@code **粗体**} → 粗体, {@code [文字](url)} → 文字, {@code <sup>[2]</sup>} → nothing,
 * {@code &nbsp;} → a space, {@code &lt;}, {@code &amp;} and unknown entities → nothing, {@code [12]}, {@code ［1］}, ① → nothing.
 */
final class InlineMarkup {

    private InlineMarkup() {
    }

    /**
     * The first char of every STRUCTURE alternative, as a lookahead: find() then passes a position with
     * one char test instead of trying every alternative there. Matches are the same.
     */
    private static final String STRUCTURE_FIRST = "(?=[<&!\\[［〔\\u2460-\\u249B\\u24EA-\\u24FF\\u2776-\\u2793])";
    /** The first char of every EMPHASIS alternative, as STRUCTURE_FIRST. */
    private static final String EMPHASIS_FIRST = "(?=[*_~`\\\\])";

    /**
     * Structural markup: a match goes, except the text of a group named in {@link #STRUCTURE_KEPT}
     * (link text, image alt text, autolink URL); an entity is replaced by the char it stands for.
     */
    private static final Pattern STRUCTURE = Pattern.compile(STRUCTURE_FIRST + "(?:" + String.join("|",
            "<!--.*?-->",
            "(?i:<sup>\\s*(?:[\\[［]?\\s*\\d{1,3}\\s*[\\]］]?|[\\u2460-\\u2473])\\s*</sup>)",
            "<(?<autolink>(?:https?|ftp|file|mailto):[^<>\\s]+)>",
            "</?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>",
            "(?<entity>&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)",
            "!\\[(?<alt>[^\\]]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)",
            "\\[(?<link>[^\\[\\]]+)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)",
            "\\[\\^[^\\]\\s]+\\]:?",
            "(?:[\\[［〔](?:\\d{1,3}|[０-９]{1,3})(?:\\s*[-–,，、]\\s*\\d{1,3})*[\\]］〕])+",
            "[\\u2460-\\u249B\\u24EA-\\u24FF\\u2776-\\u2793]") + ")");

    /** Chars that an entity may stand for but that are markup, not text, in a Chinese text. */
    private static final String MARKUP_CHARS = "<>&";

    private static final String[] STRUCTURE_KEPT = {"autolink", "alt", "link"};

    /** Emphasis and code markers and backslash escapes, removed after the structure is gone. */
    private static final Pattern EMPHASIS = Pattern.compile(EMPHASIS_FIRST + "(?:" + String.join("|",
            "\\*{2,}",
            "(?<![\\w*])\\*(?=[^\\s*])(?<em>[^*]+?)(?<=[^\\s*])\\*(?![\\w*])",
            "(?<![A-Za-z0-9_])__+|__+(?![A-Za-z0-9_])",
            "~~",
            "`+",
            "\\\\(?<escaped>[!-/:-@\\[-`{-~])") + ")");

    private static final String[] EMPHASIS_KEPT = {"em", "escaped"};

    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", ' '), Map.entry("ensp", ' '), Map.entry("emsp", ' '), Map.entry("thinsp", ' '),
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("ldquo", '“'), Map.entry("rdquo", '”'),
            Map.entry("lsquo", '‘'), Map.entry("rsquo", '’'), Map.entry("mdash", '—'),
            Map.entry("ndash", '–'), Map.entry("hellip", '…'), Map.entry("middot", '·'),
            Map.entry("laquo", '«'), Map.entry("raquo", '»'), Map.entry("times", '×'), Map.entry("copy", '©'));

    /** Chars one of which every STRUCTURE match contains; lines without any skip the regex. */
    private static final String STRUCTURE_TRIGGERS = "<&[［〔";
    private static final String EMPHASIS_TRIGGERS = "*_~`\\";

    static MappedText strip(MappedText line) {
        MappedText structureFree = mayContain(line, STRUCTURE_TRIGGERS, true)
                ? apply(STRUCTURE, STRUCTURE_KEPT, line) : line;
        return mayContain(structureFree, EMPHASIS_TRIGGERS, false)
                ? apply(EMPHASIS, EMPHASIS_KEPT, structureFree) : structureFree;
    }

    private static boolean mayContain(MappedText line, String triggers, boolean circledNumbers) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (triggers.indexOf(c) >= 0 || circledNumbers && (c >= 0x2460 && c <= 0x24FF || c >= 0x2776 && c <= 0x2793)) {
                return true;
            }
        }
        return false;
    }

    private static MappedText apply(Pattern pattern, String[] keptGroups, MappedText line) {
        String s = line.toString();
        Matcher m = pattern.matcher(s);
        MappedText.Builder out = null;
        int copied = 0;
        while (m.find()) {
            if (out == null) {
                out = new MappedText.Builder(s.length());
            }
            out.copy(line, copied, m.start());
            replace(m, keptGroups, line, out);
            copied = m.end();
        }
        if (out == null) {
            return line;
        }
        out.copy(line, copied, s.length());
        return out.build();
    }

    private static void replace(Matcher m, String[] keptGroups, MappedText line, MappedText.Builder out) {
        for (String keep : keptGroups) {
            if (m.start(keep) >= 0) {
                out.copy(line, m.start(keep), m.end(keep));
                return;
            }
        }
        if (entityGroupIn(m) && m.start("entity") >= 0) {
            String decoded = decodeEntity(m.group("entity"));
            if (decoded == null || MARKUP_CHARS.indexOf(decoded.charAt(0)) >= 0) {
                // an unknown entity, or one standing for a markup char (&lt; &gt; &amp;): markup, not text,
                // so it never ends up in a name (《上海合作组织&lt;宪章&amp;》 names the charter)
                return;
            } else {
                for (int i = 0; i < decoded.length(); i++) {
                    out.replace(decoded.charAt(i), line, m.start(), m.end());
                }
            }
        }
    }

    private static boolean entityGroupIn(Matcher m) {
        return m.pattern() == STRUCTURE;
    }

    private static String decodeEntity(String entity) {
        String body = entity.substring(1, entity.length() - 1);
        if (body.startsWith("#")) {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int code = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code >= 0x20 ? new String(Character.toChars(code)) : null;
        }
        Character c = ENTITIES.get(body);
        return c == null ? null : String.valueOf(c);
    }
}
