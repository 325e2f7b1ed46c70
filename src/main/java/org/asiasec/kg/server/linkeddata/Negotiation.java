package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks the representation a client prefers from an Accept header (q-values honoured),
 * using Jena's own content negotiation.
 */
final class Negotiation {

    /** What the client gets: a readable page, or RDF in one format. */
    record Choice(RdfFormat format) {
        static final Choice HTML = new Choice(null);

        boolean isHtml() {
            return format == null;
        }
    }

    private static final String HTML = "text/html";
    private static final String XHTML = "application/xhtml+xml";

    private Negotiation() {
    }

    /** For a resource IRI: HTML first, so clients that accept anything (any type) get the page. */
    static Optional<Choice> pageOrData(String acceptHeader) {
        List<String> offers = new ArrayList<>(List.of(HTML, XHTML));
        offers.addAll(rdfContentTypes());
        return choose(acceptHeader, offers);
    }

    /** For RDF-only documents (the VoID description): Turtle unless the client asks otherwise. */
    static Optional<RdfFormat> dataOnly(String acceptHeader) {
        return choose(acceptHeader, rdfContentTypes()).map(Choice::format);
    }

    /**
     * For documents that are data first (the VoID description): HTML only when the client asks for it
     * more than for any RDF format, so a client without an Accept header, or accepting anything, gets Turtle.
     */
    static boolean prefersHtml(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return false;
        }
        List<String> offers = rdfContentTypes();
        offers.add(HTML);
        offers.add(XHTML);
        return choose(acceptHeader, offers).map(Choice::isHtml).orElse(false);
    }

    private static Optional<Choice> choose(String acceptHeader, List<String> offers) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(toChoice(offers.get(0)));
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(acceptHeader),
                    AcceptList.create(offers.toArray(String[]::new)));
        } catch (RuntimeException malformedHeader) {
            return Optional.of(toChoice(offers.get(0)));
        }
        return chosen == null ? Optional.empty() : Optional.of(toChoice(chosen.getContentTypeStr()));
    }

    private static Choice toChoice(String contentType) {
        if (contentType.equals(HTML) || contentType.equals(XHTML)) {
            return Choice.HTML;
        }
        return new Choice(RdfFormat.byContentType(contentType).orElseThrow());
    }

    private static List<String> rdfContentTypes() {
        List<String> types = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            types.add(f.lang.getContentType().getContentTypeStr());
        }
        for (RdfFormat f : RdfFormat.values()) {
            types.addAll(f.lang.getAltContentTypes());
        }
        return types;
    }
}
