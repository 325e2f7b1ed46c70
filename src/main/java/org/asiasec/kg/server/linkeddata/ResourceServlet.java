package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;

/**
 * /resource/{id}: the IRI of a thing, not of a document. Answers 303 See Other to the page
 * (for browsers) or to the data (for RDF clients), chosen from the Accept header
 * (W3C "Cool URIs for the Semantic Web", section 4.3).
 */
final class ResourceServlet extends LinkedDataServlet {

    private final transient LinkedDataStore store;

    ResourceServlet(LinkedDataStore store, LinkedDataSettings settings) {
        super(settings);
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Node> resource = RequestPaths.rawRemainder(request).flatMap(store::resolve);
        if (resource.isEmpty()) {
            notFound(request, response);
            return;
        }
        String id = store.ids().idOf(resource.get()).orElseThrow();
        Optional<Negotiation.Choice> choice = Negotiation.pageOrData(request.getHeader("Accept"));
        if (choice.isEmpty()) {
            String body = "<h1>406 · Not Acceptable</h1>\n<p>Offered: text/html, text/turtle, application/ld+json, "
                    + "application/rdf+xml, application/n-triples.</p>\n";
            sendHtml(response, HttpServletResponse.SC_NOT_ACCEPTABLE, layout(request).render("406", "", body));
            return;
        }
        String target = request.getContextPath() + (choice.get().isHtml()
                ? "/page/" + id
                : "/data/" + id + "." + choice.get().format().extension);
        allowAnyOrigin(response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
        response.setContentLength(0);
    }
}
