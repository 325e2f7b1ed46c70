package org.asiasec.kg.model;

/**
 * A source text as the consumers of extraction see it: its file name, its decoded original text (every
 * offset in {@link Evidence} and {@link Mention} points into it) and what the corpus catalogue says about
 * it. The reading stage's {@code corpus.SourceText} is one; the model does not depend on how texts are read.
 */
public interface Source {

    /** The file name, which is also the text's identifier ({@code dcterms:identifier}). */
    String fileName();

    /** The original file content as characters. */
    String text();

    /** Title, or null when the catalogue gives none. */
    String title();

    /** Author, or null. */
    String creator();

    /** Publisher, or null. */
    String publisher();

    /** Publication date as precise as known ({@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}), or null. */
    String date();

    /** Language tag of the text ({@code zh} when not known otherwise), or null. */
    String language();
}
