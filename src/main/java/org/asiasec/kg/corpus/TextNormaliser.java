package org.asiasec.kg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the analysis view of a text ({@link NormalisedText}): what recognisers read, with every
 * analysis char mapped back to the original.
 *
 * <ul>
 * <li><b>Lines</b> are joined into blocks. A line break (with or without blank lines and spaces) is
 * no boundary where the text plainly runs on: the line does not end a sentence (。！？) and either
 * ends with a char that cannot end a block (，、“《 的 …), or the next line starts with one that
 * cannot start one (，。）” …), or the line fills the page width of a hard-wrapped (PDF) text, or — with
 * no blank line in between — it is not a short stand-alone line. Joined Chinese lines get no
 * separator ("亚\n信" → 亚信); joined Latin words get one space.</li>
 * <li><b>Blocks</b>: Markdown headings and short stand-alone lines without sentence punctuation
 * (titles, bylines, numbered section titles such as （一）…) become {@link Block.Kind#HEADING}; lines
 * starting with a note number ([1], ①) and their continuations {@link Block.Kind#FOOTNOTE}; the rest
 * {@link Block.Kind#PARAGRAPH}. A line ending with 。！？ (or ：； outside a hard wrap), a blank line
 * after a short line, a heading, a list item, a note, a 【label】 line or a rule ({@code ---}) ends a block.</li>
 * <li><b>Markup</b> (Markdown, HTML tags and entities, also tags over several lines: {@link MarkupBlanks}) and footnote markers ([1], ［1］,
 * {@code <sup>[2]</sup>}, ①) are removed; site navigation lines ("首页 > 正文"), bare page numbers
 * and doubled bold PDF headings are cleaned up; see {@link InlineMarkup}, {@link Spacing}.</li>
 * <li><b>Notes inside a paragraph</b>: a note block that interrupts a paragraph mid-sentence (a
 * PDF page foot, a Markdown export's page-end notes) is moved after that paragraph in the view,
 * so the paragraph reads on ("…战略的演" [note] "进和…" → "…战略的演进和…").</li>
 * <li><b>Script</b>: traditional characters are simplified, one char for one char.</li>
 * </ul>
 *
 * <p>Runs in time linear in the text; memory is the view plus a compact offset map.
 */
public class TextNormaliser {

    /** A line at least this share of the page width is a full, hard-wrapped line. */
    private static final double FULL_LINE = 0.85;
    /** A line under this share of the page width, followed directly by another, stands alone. */
    private static final double SHORT_LINE = 0.6;
    /** Widest stand-alone line (display width) taken for a title in texts without a page width. */
    private static final int TITLE_WIDTH = 60;
    private static final int HEADING_LENGTH = 40;
    private static final int NUMBERED_HEADING_LENGTH = 60;
    /** Longer lines (text without line breaks) are read in pieces, to keep per-line work bounded. */
    static final int MAX_LINE = 1 << 16;

    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百\\d]+[章节部分篇]|\\d{1,2}(?:\\.\\d{1,2})*[.、 ]).*");

    public NormalisedText normalise(String text) {
        // same length as the text, so offsets into it are offsets into the text as read
        String original = MarkupBlanks.blank(text);
        Assembly assembly = new Assembly(original, PageWidth.of(original));
        int start = 0;
        int n = original.length();
        while (start <= n) {
            int end = start;
            while (end < n && !isLineBreak(original.charAt(end)) && end - start < MAX_LINE) {
                end++;
            }
            if (end < n && !isLineBreak(original.charAt(end))) {
                int cut = lastSentenceEnd(original, start, end);
                assembly.accept(Line.read(original, start, cut));
                start = cut;
                continue;
            }
            assembly.accept(Line.read(original, start, end));
            if (end == n) {
                break;
            }
            start = end + (original.charAt(end) == '\r' && end + 1 < n && original.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return assembly.finish();
    }

    /**
     * Where to cut an over-long line: after its last sentence end, or at the limit (never between
     * the two halves of a surrogate pair). The pieces are read as lines that run on.
     */
    private static int lastSentenceEnd(String text, int start, int end) {
        for (int i = end - 1; i > start + MAX_LINE / 2; i--) {
            if (CjkChars.isSentenceEnd(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The usual display width of full lines in a hard-wrapped text (0 if the text is not hard-wrapped):
     * the width shared, within a small tolerance, by a large share of its longer lines.
     */
    static final class PageWidth {
        private static final int MIN_WIDTH = 20;
        private static final int TOLERANCE = 3;
        private static final double MIN_SHARE = 0.3;
        private static final int MIN_LINES = 5;
        private static final int MAX_TRACKED = 400;

        static int of(String text) {
            int[] counts = new int[MAX_TRACKED + 1];
            int longLines = 0;
            int width = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                if (c == '\n' || c == '\r') {
                    if (width >= MIN_WIDTH) {
                        counts[Math.min(width, MAX_TRACKED)]++;
                        longLines++;
                    }
                    width = 0;
                } else if (!CjkChars.isSpace(c)) {
                    width += CjkChars.displayWidth(c);
                }
            }
            int best = 0;
            int bestCount = 0;
            for (int w = MIN_WIDTH; w < MAX_TRACKED; w++) {
                int count = 0;
                for (int v = Math.max(MIN_WIDTH, w - TOLERANCE); v <= Math.min(MAX_TRACKED - 1, w + TOLERANCE); v++) {
                    count += counts[v];
                }
                if (count > bestCount) {
                    best = w;
                    bestCount = count;
                }
            }
            return bestCount >= MIN_LINES && bestCount >= MIN_SHARE * longLines ? best : 0;
        }
    }

    /** Collects lines into blocks and blocks into the analysis view. */
    private static final class Assembly {
        private final String original;
        private final int pageWidth;
        private final StringBuilder view = new StringBuilder();
        private final OffsetMap.Builder map = new OffsetMap.Builder();
        private final List<Block> blocks = new ArrayList<>();

        private Pending current;
        /** A paragraph interrupted by notes (a PDF page foot), waiting for its continuation. */
        private Pending interrupted;
        /** The interrupting notes, written after the paragraph they interrupted. */
        private final List<Pending> deferredNotes = new ArrayList<>();
        /** A blank line, noise or a rule since the last text line. */
        private boolean gap;
        private boolean forcedBreak;
        private int lastBlockEnd = -1;

        Assembly(String original, int pageWidth) {
            this.original = original;
            this.pageWidth = pageWidth;
        }

        void accept(Line line) {
            if (line == null || line.kind == Line.Kind.NOISE) {
                gap = true;
                return;
            }
            if (line.isBreak()) {
                gap = true;
                forcedBreak = true;
                return;
            }
            if (current != null && !forcedBreak && continues(current.last, line, gap)) {
                current.append(line);
            } else if (interrupted != null) {
                deferredNotes.add(current);
                if (line.kind == Line.Kind.TEXT && continues(interrupted.last, line, false)) {
                    current = interrupted;
                    interrupted = null;
                    current.append(line);
                } else if (line.kind == Line.Kind.FOOTNOTE) {
                    current = new Pending(line);
                } else {
                    write(interrupted);
                    interrupted = null;
                    current = new Pending(line);
                }
            } else if (line.kind == Line.Kind.FOOTNOTE && current != null && current.isOpenParagraph()) {
                interrupted = current;
                current = new Pending(line);
            } else {
                write(current);
                current = new Pending(line);
            }
            gap = false;
            forcedBreak = false;
        }

        private boolean continues(Line previous, Line next, boolean blankBetween) {
            if (next.kind != Line.Kind.TEXT || previous.kind == Line.Kind.HEADING
                    || previous.kind == Line.Kind.NOTES_HEADING || previous.kind == Line.Kind.TABLE_ROW) {
                return false;
            }
            MappedText p = previous.text;
            char end = lastBeforeClosers(p);
            boolean full = pageWidth > 0 && previous.width >= FULL_LINE * pageWidth;
            if (CjkChars.isSentenceEnd(end) || end == '.' && !full) {
                return false;
            }
            if ((end == '：' || end == '；' || end == ':' || end == ';') && !full) {
                return false;
            }
            if (cannotEndBlock(p) || cannotStartBlock(next.text) || previous.doubled && next.doubled) {
                return true;
            }
            if (!blankBetween) {
                return pageWidth > 0 ? previous.width >= SHORT_LINE * pageWidth : !looksLikeTitle(previous);
            }
            return full || hasInnerSentenceEnd(p);
        }

        /** Writes a block to the view, then any notes that interrupted it. */
        private void write(Pending pending) {
            if (pending == null) {
                return;
            }
            MappedText text = pending.text.build();
            if (lastBlockEnd >= 0) {
                view.append('\n');
                map.add(lastBlockEnd, Math.max(lastBlockEnd, text.start(0)));
            }
            int blockStart = view.length();
            for (int i = 0; i < text.length(); i++) {
                view.append(text.charAt(i));
                map.add(text.start(i), text.end(i));
            }
            Simplifier.simplify(view, blockStart, view.length());
            blocks.add(new Block(kindOf(pending.first, view.substring(blockStart)), blockStart, view.length()));
            lastBlockEnd = text.end(text.length() - 1);
            if (!deferredNotes.isEmpty() && pending.first.kind != Line.Kind.FOOTNOTE) {
                List<Pending> notes = new ArrayList<>(deferredNotes);
                deferredNotes.clear();
                notes.forEach(this::write);
            }
        }

        NormalisedText finish() {
            if (interrupted != null) {
                deferredNotes.add(current);
                current = interrupted;
            }
            write(current);
            return new NormalisedText(view.toString(), map.build(), original.length(), blocks);
        }
    }

    /** A block being collected: its text so far, its first line (which gives its kind) and its last line. */
    private static final class Pending {
        final MappedText.Builder text;
        final Line first;
        Line last;

        Pending(Line line) {
            text = new MappedText.Builder(line.text.length());
            first = line;
            add(line);
        }

        void append(Line next) {
            char a = last.text.last();
            char b = next.text.first();
            if (CjkChars.isAsciiLetterOrDigit(b) && (CjkChars.isAsciiLetterOrDigit(a) || ",.;:!?)".indexOf(a) >= 0)) {
                text.add(' ', last.text.end(last.text.length() - 1), next.text.start(0));
            }
            add(next);
        }

        private void add(Line line) {
            text.copy(line.text, 0, line.text.length());
            last = line;
        }

        /** Running text that stops mid-sentence. */
        boolean isOpenParagraph() {
            return (first.kind == Line.Kind.TEXT || first.kind == Line.Kind.LABEL)
                    && !CjkChars.isSentenceEnd(lastBeforeClosers(last.text));
        }
    }

    private static Block.Kind kindOf(Line first, String text) {
        switch (first.kind) {
            case HEADING, NOTES_HEADING:
                return Block.Kind.HEADING;
            case FOOTNOTE:
                return Block.Kind.FOOTNOTE;
            case LABEL:
                return Block.Kind.PARAGRAPH;
            default:
                boolean plain = text.length() <= HEADING_LENGTH && !containsAny(text, "，。；！？,;!?");
                boolean numbered = text.length() <= NUMBERED_HEADING_LENGTH && NUMBERED_HEADING.matcher(text).matches()
                        && !containsAny(text, "。；！？;!?");
                return plain || numbered ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
        }
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static char lastBeforeClosers(MappedText t) {
        int i = t.length() - 1;
        while (i > 0 && CjkChars.isCloser(t.charAt(i))) {
            i--;
        }
        return t.charAt(i);
    }

    /** Ends with a char after which the text must go on (a comma, 的), or leaves a quote or bracket open. */
    private static boolean cannotEndBlock(MappedText t) {
        char c = t.last();
        if ("，、“‘《（(［[「『—～/".indexOf(c) >= 0 || leavesOpen(t, '“', '”') || leavesOpen(t, '（', '）')
                || leavesOpen(t, '《', '》')) {
            return true;
        }
        return c == '的' && !(t.length() >= 2 && t.charAt(t.length() - 2) == '目');
    }

    private static boolean leavesOpen(MappedText t, char open, char close) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Starts with a char no block starts with: closing punctuation, or 的 (but not 的确). */
    private static boolean cannotStartBlock(MappedText t) {
        char c = t.first();
        if ("，。、；：！？）》”’」』,.;:!?)".indexOf(c) >= 0) {
            return true;
        }
        return c == '的' && !(t.length() >= 2 && t.charAt(1) == '确');
    }

    private static boolean looksLikeTitle(Line line) {
        return line.text.length() >= 2 && line.width <= TITLE_WIDTH && !containsAny(line.text.toString(), "，。；！？,;!?");
    }

    /** A sentence end before the last char: the line is running prose, not a title. */
    private static boolean hasInnerSentenceEnd(MappedText t) {
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                return true;
            }
        }
        return false;
    }
}
