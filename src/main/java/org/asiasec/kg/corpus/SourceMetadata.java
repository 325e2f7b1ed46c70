package org.asiasec.kg.corpus;

/**
 * What is known about a source text beyond its words, from the corpus metadata file.
 *
 * @param date publication date as precise as known: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; may be null
 */
public record SourceMetadata(String fileName, String title, String creator, String date,
                             String publisher, String language) {

    /** Metadata for a text that the catalogue does not describe. */
    public static SourceMetadata unknown(String fileName) {
        return new SourceMetadata(fileName, null, null, null, null, "zh");
    }
}
