package org.asiasec.kg.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for text taken from the data. Every string from the dataset goes through {@link #text}. */
final class Html {

    private Html() {
    }

    /** Escapes for element content and for quoted attribute values alike. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and newlines are not allowed in HTML
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A query-string value; spaces as %20, which every router decodes. */
    static String queryParam(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
