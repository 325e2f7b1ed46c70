package org.asiasec.kg.corpus;

import static org.asiasec.kg.corpus.CjkChars.isSpace;

/**
 * Undoes a PDF extraction artefact: bold headings drawn twice come out with every piece doubled,
 * as in "一一、、构建周边安全共同体的必要构建周边安全共同体的必要". A line is undone only when it
 * consists entirely of doubled pieces and at least one piece is three or more characters long.
 */
final class BoldDoubling {

    private static final int MAX_LINE = 200;
    private static final int MIN_LONG_PIECE = 3;

    private BoldDoubling() {
    }

    /** The line with each doubled piece kept once, or the line itself if it is not doubled. */
    static MappedText undo(MappedText line) {
        String s = line.toString();
        int n = s.length();
        if (n < 2 * MIN_LONG_PIECE || n > MAX_LINE) {
            return line;
        }
        MappedText.Builder out = new MappedText.Builder(n / 2 + 1);
        boolean longPiece = false;
        int i = 0;
        while (i < n) {
            if (isSpace(s.charAt(i))) {
                out.copy(line, i++);
                continue;
            }
            int k = doubledPieceLength(s, i);
            if (k == 0) {
                return line;
            }
            out.copy(line, i, i + k);
            longPiece |= k >= MIN_LONG_PIECE;
            i += 2 * k;
        }
        return longPiece ? out.build() : line;
    }

    private static int doubledPieceLength(String s, int i) {
        for (int k = 1; i + 2 * k <= s.length(); k++) {
            if (s.regionMatches(i, s, i + k, k)) {
                return k;
            }
        }
        return 0;
    }
}
