package org.asiasec.kg.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a text gives itself in its head, for texts that come without a catalogued date: the line
 * under a headline (2030年9月19日　星期四), a byline or an issue line (（2029年3月27日，北京）, 二〇三〇年九月),
 * the date of a data sheet (（最近更新时间：2024年9月）, （截至2024年11月）), a publication line
 * (发布时间：2023-08-25 07:46, 来源：某某日报　2023年5月20日　第01版), or a first line that opens with a date
 * (2031年5月14日外交部发言人主持例行记者会), or a dateline with a year (新华社北京2031年3月12日电). News counts 今年, 去年, 上月 and 今天 from it.
 *
 * <p>Only a date that stands apart counts: on a line that is no sentence (no 。), at its start or after a
 * space, bracket, colon or 截至, and followed by the end of the line, a space, a bracket, a comma or a weekday. A year in a title
 * (《…至2030年发展战略》, 2029年年会) or a span of years (大事记（2006—2024年）) never dates the text, and
 * neither does anything after the head: the first line that reads as a paragraph ends it.
 */
public final class DocumentDate {

    /** How far the head reaches at most: a headline, a subtitle, a byline and a date line or two. */
    private static final int HEAD_LINES = 8;
    private static final int HEAD_CHARS = 600;
    /** A line this long that ends a sentence is the body, not the head. */
    private static final int PARAGRAPH_CHARS = 30;
    /** What may stand before a date of the text: a space, a bracket, a label's colon, 截至. */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[\\s\u3000（(\\[【：:，,、｜|]|截至|截止)$");
    /** What may follow it: the end, a space, a bracket, a comma, a weekday, an issue number (2025 年第 2 期). */
    private static final Pattern AFTER = Pattern.compile("^(?:$|[\\s\u3000）)\\]】，,、｜|]|星期|周[一二三四五六日天]|第\\s*\\d+\\s*期)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final DateRecognizer DATES = new DateRecognizer();

    private DocumentDate() {
    }

    /** The text's own date as {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}; null when its head gives none. */
    public static String in(String text) {
        int lineNumber = 0;
        int read = 0;
        for (String line : text.split("\n", HEAD_LINES * 4)) {
            String trimmed = line.strip();
            read += line.length() + 1;
            if (trimmed.isEmpty()) {
                continue;
            }
            if (lineNumber++ >= HEAD_LINES || read > HEAD_CHARS + line.length()) {
                return null;
            }
            boolean title = lineNumber == 1 && trimmed.length() < PARAGRAPH_CHARS && !trimmed.contains("。");
            String date = standingDate(trimmed, title);
            if (date != null) {
                return date;
            }
            if (trimmed.length() >= PARAGRAPH_CHARS && trimmed.contains("。")) {
                return null; // the body has begun
            }
        }
        return null;
    }

    private static String standingDate(String line, boolean firstLine) {
        Matcher iso = ISO_DATE.matcher(line);
        if (iso.find() && standsApart(line, iso.start(), iso.end(), false)
                && DateRecognizer.day(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))) != null) {
            return iso.group();
        }
        for (DateMention date : DATES.recognise(line, 0, DateScope.anchoredAt(null))) {
            if (!date.isSpan() && standsApart(line, date.start(), date.end(), firstLine)) {
                return date.from().lexical();
            }
        }
        return null;
    }

    /**
     * A title may open with its date and go on (a press conference's title), a dateline ends with 电
     * (新华社北京2031年3月12日电); other dates stand alone.
     */
    private static boolean standsApart(String line, int start, int end, boolean opensTitle) {
        if ((opensTitle && start == 0) || (line.startsWith("电", end) || line.startsWith("電", end))) {
            return true;
        }
        return !line.contains("。") && BEFORE.matcher(line.substring(0, start)).find()
                && AFTER.matcher(line.substring(end)).find();
    }
}
