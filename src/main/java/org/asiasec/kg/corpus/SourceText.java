package org.asiasec.kg.corpus;

import org.asiasec.kg.model.Source;

/**
 * A decoded source text. {@code text} is the original file content as characters (BOM removed,
 * nothing else changed); every offset downstream points into it.
 */
public record SourceText(String fileName, String text, SourceMetadata metadata) implements Source {

    @Override
    public String title() {
        return metadata == null ? null : metadata.title();
    }

    @Override
    public String creator() {
        return metadata == null ? null : metadata.creator();
    }

    @Override
    public String publisher() {
        return metadata == null ? null : metadata.publisher();
    }

    @Override
    public String date() {
        return metadata == null ? null : metadata.date();
    }

    @Override
    public String language() {
        return metadata == null ? null : metadata.language();
    }
}
