package org.asiasec.kg.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 404 Not Found to request paths that cannot name anything on this server: dot segments
 * ({@code /resource/a/../b}), encoded dots or separators ({@code %2e%2e}, {@code %2f}, {@code %5c}),
 * empty segments and whatever else Jetty's URI compliance mode rejects. Jetty would answer those
 * itself with 400 Bad Request; a path that tries to climb out of /resource, /page, /data or /dumps
 * should look like any other missing resource. Jetty is therefore told to let such requests through,
 * and this handler, in front of everything else, turns away exactly the ones it would have refused.
 *
 * <p>One kind never reaches a handler: a raw path that climbs above the root
 * ({@code /resource/../../etc/passwd} sent as written) fails in Jetty's request parser with 400.
 * Clients such as curl and browsers remove dot segments before sending, and then the request is an
 * ordinary 404.
 */
final class AmbiguousPathGuard extends Handler.Wrapper {

    private final UriCompliance refused;

    private AmbiguousPathGuard(Handler next, UriCompliance refused) {
        super(next);
        this.refused = refused;
    }

    /** Puts the guard in front of the server's handlers; call before the server starts. */
    static void install(Server server) {
        UriCompliance refused = UriCompliance.DEFAULT;
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                refused = http.getHttpConfiguration().getUriCompliance();
                http.getHttpConfiguration().setUriCompliance(UriCompliance.UNSAFE);
            }
        }
        server.setHandler(new AmbiguousPathGuard(server.getHandler(), refused));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpURI uri = request.getHttpURI();
        if (hasDotSegment(uri.getPath()) || uri.getViolations().stream().anyMatch(v -> !refused.allows(v))) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return true;
        }
        return super.handle(request, response, callback);
    }

    static boolean hasDotSegment(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            String bare = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (bare.equals(".") || bare.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
