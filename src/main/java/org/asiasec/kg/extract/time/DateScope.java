package org.asiasec.kg.extract.time;

import java.time.LocalDate;

import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.model.Value;

/**
 * What relative date expressions are resolved against while a text is read in order:
 * the document's own date (for 今年, 去年, 明年, 上月, 今天, 上周五, 二十年前) and the last date mentioned so far
 * (for 同年, 当年, 次年, 翌年, 前一年, 同月, 当天, 次日 and bare months or days such as 9月, 15日).
 * One scope per text; not thread-safe.
 */
public final class DateScope {

    /** The document's date, as precise as it is known: a year, a month or a day; null when unknown. */
    private final Value.Date documentDate;
    private Integer lastYear;
    /** The month and day of the last date mentioned, when it named them (null otherwise). */
    private Integer lastMonth;
    private Integer lastDay;

    private DateScope(Value.Date documentDate) {
        this.documentDate = documentDate;
    }

    /** A scope anchored at a document date given as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, or null. */
    public static DateScope anchoredAt(String documentDate) {
        if (documentDate == null || !documentDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return new DateScope(null);
        }
        String[] parts = documentDate.split("-");
        int year = Integer.parseInt(parts[0]);
        Value.Date date = switch (parts.length) {
            case 1 -> Value.Date.year(year);
            case 2 -> DateRecognizer.month(year, Integer.parseInt(parts[1]));
            default -> DateRecognizer.day(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        };
        return new DateScope(date == null ? Value.Date.year(year) : date);
    }

    /** A scope anchored at the catalogue's date of the text, else at the date the text gives itself in its head. */
    public static DateScope of(SourceMetadata metadata, String text) {
        String catalogued = metadata == null ? null : metadata.date();
        return anchoredAt(catalogued != null ? catalogued : DocumentDate.in(text));
    }

    public static DateScope of(SourceMetadata metadata) {
        return anchoredAt(metadata == null ? null : metadata.date());
    }

    /** The year the text was written in, or null when unknown. */
    public Integer documentYear() {
        return documentDate == null ? null : year(documentDate);
    }

    /** The month the text was written in, or null when unknown. */
    Integer documentMonth() {
        return documentDate == null || documentDate.precision() == Value.Date.Precision.YEAR ? null
                : Integer.parseInt(documentDate.lexical().substring(5, 7));
    }

    /** The day the text was written on, or null unless the text's date is known to the day. */
    LocalDate documentDay() {
        return documentDate == null || documentDate.precision() != Value.Date.Precision.DAY ? null
                : LocalDate.parse(documentDate.lexical());
    }

    /** The year a bare month or 同年 refers to: the last year mentioned, else the document year; null when neither is known. */
    public Integer yearInScope() {
        return lastYear != null ? lastYear : documentYear();
    }

    /**
     * The year and month a bare day (15日) or 同月 refers to: the month of the last date mentioned, else the
     * document's month; null when neither is known.
     */
    int[] monthInScope() {
        if (lastYear != null) {
            return lastMonth == null ? null : new int[] {lastYear, lastMonth};
        }
        Integer month = documentMonth();
        return month == null ? null : new int[] {documentYear(), month};
    }

    /** The day 当天 or 同日 refers to: the last date mentioned when it named a day, else the document's day. */
    LocalDate dayInScope() {
        if (lastYear != null) {
            return lastDay == null ? null : LocalDate.of(lastYear, lastMonth, lastDay);
        }
        return documentDay();
    }

    /**
     * A scope with the same anchors whose later changes stay apart: for footnotes and other
     * asides, whose dates must not become the year of the next 同年 in the body text.
     */
    public DateScope fork() {
        DateScope copy = new DateScope(documentDate);
        copy.lastYear = lastYear;
        copy.lastMonth = lastMonth;
        copy.lastDay = lastDay;
        return copy;
    }

    /**
     * A heading starts a new section: what the last section said about years no longer carries
     * over, so a bare 1月11日 or 同年 under it reads against the document date until the section
     * names a year of its own (a news report appended to a white paper, dated by the paper's date).
     */
    public void startSection() {
        lastYear = null;
        lastMonth = null;
        lastDay = null;
    }

    /** Records that the text has just spoken of {@code date}. */
    void advance(Value.Date date) {
        String lexical = date.lexical();
        lastYear = year(date);
        lastMonth = lexical.length() >= 7 ? Integer.valueOf(lexical.substring(5, 7)) : null;
        lastDay = lexical.length() >= 10 ? Integer.valueOf(lexical.substring(8, 10)) : null;
    }

    private static int year(Value.Date date) {
        return Integer.parseInt(date.lexical().substring(0, 4));
    }
}
