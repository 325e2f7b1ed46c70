package org.asiasec.kg.corpus;

/** A structural unit of a text, in analysis offsets. */
public record Block(Kind kind, int start, int end) {

    public enum Kind { HEADING, PARAGRAPH, FOOTNOTE }
}
