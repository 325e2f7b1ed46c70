package org.asiasec.kg.corpus;

/**
 * A structural unit of a text, in analysis offsets [start, end). Blocks never overlap, follow the
 * text order and never contain a line break.
 */
public record Block(Kind kind, int start, int end) {

    public enum Kind {
        /** A title or section heading, or a short line standing alone (byline, date line). */
        HEADING,
        /** Running text. */
        PARAGRAPH,
        /** A note: a line starting with a footnote number ([1], ①) and its continuation. */
        FOOTNOTE
    }
}
