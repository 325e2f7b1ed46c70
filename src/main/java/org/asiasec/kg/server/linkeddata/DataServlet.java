package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;

/** /data/{id}.{ttl,jsonld,rdf,nt}: the description of a resource, written by Jena RIOT. */
final class DataServlet extends LinkedDataServlet {

    private final transient LinkedDataStore store;

    DataServlet(LinkedDataStore store, LinkedDataSettings settings) {
        super(settings);
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> path = RequestPaths.rawRemainder(request);
        int dot = path.map(p -> p.lastIndexOf('.')).orElse(-1);
        Optional<RdfFormat> format = dot < 0 ? Optional.empty() : RdfFormat.byExtension(path.get().substring(dot + 1));
        Optional<ResourceDescription> description = format.flatMap(f -> store.describe(path.get().substring(0, dot)));
        if (description.isEmpty()) {
            notFound(request, response);
            return;
        }
        allowAnyOrigin(response);
        Graph graph = description.get().graph();
        graph.getPrefixMapping().setNsPrefixes(store.prefixes());
        send(response, HttpServletResponse.SC_OK, format.get().contentType() + "; charset=utf-8",
                format.get().write(graph));
    }
}
