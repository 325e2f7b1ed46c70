package org.asiasec.kg.corpus;

import java.nio.file.Path;

import org.asiasec.kg.UserException;

/**
 * A text with nothing to read: no characters, or only white space and invisible ones. A build skips it
 * with a one-line warning and counts it as empty, instead of turning it into a source without sentences.
 */
public final class EmptyTextException extends UserException {

    private static final long serialVersionUID = 1L;

    public EmptyTextException(Path file) {
        super(file + " is empty: it holds no text");
    }

    /** Nothing but white space, byte-order marks, zero-width and other invisible format characters. */
    static boolean isEmpty(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.CONTROL) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
