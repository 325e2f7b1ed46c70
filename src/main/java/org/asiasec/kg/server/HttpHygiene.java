package org.asiasec.kg.server;

import java.util.List;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP manners of every answer, in front of all handlers:
 * <ul>
 * <li>TRACE (and TRACK) are refused with 405 everywhere: the servlet API would otherwise echo the
 * request, headers included, back to the caller;</li>
 * <li>every response carries {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin}
 * (links out to Wikidata do not tell where the reader came from);</li>
 * <li>the linked-data pages, data, dumps and VoID carry a Content-Security-Policy that allows their own
 * inline style sheet and nothing else: no script, no frame, no foreign form target. The Fuseki UI is a
 * script application and is left without one.</li>
 * </ul>
 * Neither Jetty nor Fuseki names itself or its version in a {@code Server} header (both are off by default
 * in Fuseki main, and {@link KgServer} keeps them off).
 */
final class HttpHygiene extends Handler.Wrapper {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** The paths this project's own pages and files are served under. */
    static final List<String> LINKED_DATA_PATHS = List.of("/page/", "/resource/", "/data/", "/dumps/", "/.well-known/");

    HttpHygiene(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if ("TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        String path = Request.getPathInContext(request);
        if (path != null && LINKED_DATA_PATHS.stream().anyMatch(p -> path.startsWith(p) || path.equals(p.substring(0, p.length() - 1)))) {
            headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        return super.handle(request, response, callback);
    }
}
