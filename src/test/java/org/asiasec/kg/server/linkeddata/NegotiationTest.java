package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NegotiationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                    + "application/signed-exchange;v=b3;q=0.7",
            "text/html, application/xhtml+xml, image/jxr, */*",
            "*/*",
            "",
            "application/xhtml+xml",
    })
    @DisplayName("browsers, curl and clients without preference get the page")
    void browsersGetHtml(String accept) {
        assertTrue(Negotiation.pageOrData(accept).orElseThrow().isHtml(), accept);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "text/turtle, TURTLE",
            "application/ld+json, JSONLD",
            "application/rdf+xml, RDFXML",
            "application/n-triples, NTRIPLES",
            "'text/html;q=0.1, application/rdf+xml', RDFXML",
            "'text/turtle;q=0.5, application/ld+json;q=0.7, */*;q=0.1', JSONLD",
            "'application/rdf+xml;q=0.9, text/turtle', TURTLE",
    })
    @DisplayName("RDF clients get the syntax they rank highest")
    void rdfClients(String accept, RdfFormat expected) {
        assertEquals(expected, Negotiation.pageOrData(accept).orElseThrow().format());
    }

    @Test
    @DisplayName("nothing acceptable is reported as such, not guessed")
    void notAcceptable() {
        assertTrue(Negotiation.pageOrData("image/png").isEmpty());
    }

    @Test
    @DisplayName("a data-only document defaults to Turtle, even for a browser")
    void dataOnly() {
        assertEquals(RdfFormat.TURTLE, Negotiation.dataOnly(null).orElseThrow());
        assertEquals(RdfFormat.TURTLE,
                Negotiation.dataOnly("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").orElseThrow());
        assertEquals(RdfFormat.JSONLD, Negotiation.dataOnly("application/ld+json").orElseThrow());
    }
}
