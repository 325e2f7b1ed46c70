package org.asiasec.kg.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.rdf.IriScheme;

/** The prefixes stored with the database, so exports and the UI show short names. */
public final class Prefixes {

    private Prefixes() {
    }

    public static Map<String, String> standard(IriScheme iris) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("asc", Asc.NS);
        p.put("res", iris.base());
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("owl", OWL.getURI());
        p.put("xsd", XSD.getURI());
        p.put("skos", SKOS.getURI());
        p.put("dcterms", DCTerms.getURI());
        p.put("wd", "http://www.wikidata.org/entity/");
        return p;
    }
}
