package org.asiasec.kg.corpus;

/**
 * A decoded source text. {@code text} is the original file content as characters (BOM removed,
 * nothing else changed); every offset downstream points into it.
 */
public record SourceText(String fileName, String text, SourceMetadata metadata) {
}
