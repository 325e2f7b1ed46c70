package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;

/** /.well-known/void: the dataset's VoID description (RFC 8615 well-known location). */
final class VoidServlet extends LinkedDataServlet {

    VoidServlet(LinkedDataSettings settings) {
        super(settings);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Model description = settings.voidDescription() == null ? null : settings.voidDescription().get();
        if (description == null) {
            notFound(request, response);
            return;
        }
        String wanted = request.getParameter("format");
        if (wanted == null && Negotiation.prefersHtml(request.getHeader("Accept"))) {
            sendHtml(response, HttpServletResponse.SC_OK, new VoidPage(layout(request)).render(description));
            return;
        }
        Optional<RdfFormat> format = wanted != null ? RdfFormat.byExtension(wanted)
                : Negotiation.dataOnly(request.getHeader("Accept"));
        if (format.isEmpty()) {
            send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain; charset=utf-8",
                    "Offered: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples\n"
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        allowAnyOrigin(response);
        send(response, HttpServletResponse.SC_OK, format.get().contentType() + "; charset=utf-8",
                format.get().write(description.getGraph()));
    }
}
