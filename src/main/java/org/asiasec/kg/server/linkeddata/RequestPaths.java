package org.asiasec.kg.server.linkeddata;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The part of a request path after the servlet's own prefix, still percent-encoded, so that
 * ids with escapes or '/' reach the id mapping exactly as the client wrote them.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /** Empty when the raw path does not start with the servlet's prefix as written. */
    static Optional<String> rawRemainder(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath();
        if (uri == null || !uri.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = uri.substring(prefix.length());
        return Optional.of(rest.startsWith("/") ? rest.substring(1) : rest);
    }
}
