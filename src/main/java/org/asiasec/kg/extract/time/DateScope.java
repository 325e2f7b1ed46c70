package org.asiasec.kg.extract.time;

import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.model.Value;

/**
 * What relative date expressions are resolved against while a text is read in order:
 * the document's own date (for 今年, 去年, 明年) and the last year mentioned so far
 * (for 同年, 当年, 次年, 翌年, 前一年 and bare months such as 9月).
 * One scope per text; not thread-safe.
 */
public final class DateScope {

    private final Integer documentYear;
    private Integer lastYear;

    private DateScope(Integer documentYear) {
        this.documentYear = documentYear;
    }

    /** A scope anchored at a document date given as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, or null. */
    public static DateScope anchoredAt(String documentDate) {
        if (documentDate == null || !documentDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return new DateScope(null);
        }
        return new DateScope(Integer.parseInt(documentDate.substring(0, 4)));
    }

    public static DateScope of(SourceMetadata metadata) {
        return anchoredAt(metadata == null ? null : metadata.date());
    }

    /** The year the text was written in, or null when unknown. */
    public Integer documentYear() {
        return documentYear;
    }

    /** The year a bare month or 同年 refers to: the last year mentioned, else the document year; null when neither is known. */
    public Integer yearInScope() {
        return lastYear != null ? lastYear : documentYear;
    }

    /**
     * A scope with the same anchors whose later changes stay apart: for footnotes and other
     * asides, whose dates must not become the year of the next 同年 in the body text.
     */
    public DateScope fork() {
        DateScope copy = new DateScope(documentYear);
        copy.lastYear = lastYear;
        return copy;
    }

    /**
     * A heading starts a new section: what the last section said about years no longer carries
     * over, so a bare 1月11日 or 同年 under it reads against the document date until the section
     * names a year of its own (a news report appended to a white paper, dated by the paper's date).
     */
    public void startSection() {
        lastYear = null;
    }

    /** Records that the text has just spoken of {@code date}. */
    void advance(Value.Date date) {
        lastYear = Integer.parseInt(date.lexical().substring(0, 4));
    }
}
