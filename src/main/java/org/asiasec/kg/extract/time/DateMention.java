package org.asiasec.kg.extract.time;

import org.asiasec.kg.model.Value;

/**
 * A date expression found in a sentence, already resolved to calendar values.
 *
 * @param start analysis offset (inclusive)
 * @param end   analysis offset (exclusive)
 * @param from  the date, or the first day/month/year of a span
 * @param to    the end of a span, or null for a point in time
 */
public record DateMention(int start, int end, String surface, Value.Date from, Value.Date to) {

    public boolean isSpan() {
        return to != null;
    }
}
