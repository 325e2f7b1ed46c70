package org.asiasec.kg.rdf;

import java.nio.charset.StandardCharsets;

/** Readable ASCII path segments for IRIs. */
public final class Slugs {

    private Slugs() {
    }

    /** Keeps ASCII letters, digits, '-', '_' and '.'; percent-encodes the rest as UTF-8. */
    public static String ascii(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
