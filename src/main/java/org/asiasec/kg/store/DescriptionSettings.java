package org.asiasec.kg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.riot.Lang;
import org.asiasec.kg.rdf.IriScheme;

/**
 * What the VoID/DCAT description of a dataset says beyond what can be counted.
 *
 * @param iris            the IRI scheme of the resources (gives the dataset IRI and {@code void:uriSpace})
 * @param titleZh         title in Chinese
 * @param titleEn         title in English
 * @param license         licence IRI of the data
 * @param sparqlEndpoint  public SPARQL endpoint URL, or null when not served
 * @param dumps           download URL of each dump, by format (kept in the given order)
 * @param exampleResource IRI of an example resource, or null to pick the most mentioned entity
 */
public record DescriptionSettings(IriScheme iris, String titleZh, String titleEn, String license,
                                  String sparqlEndpoint, Map<Lang, String> dumps, String exampleResource) {

    public static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";

    public DescriptionSettings {
        Objects.requireNonNull(iris, "iris");
        dumps = dumps == null ? Map.of() : new LinkedHashMap<>(dumps);
    }

    /** The standard titles and licence, with the given endpoint and dumps. */
    public static DescriptionSettings of(IriScheme iris, String sparqlEndpoint, Map<Lang, String> dumps) {
        return new DescriptionSettings(iris, "亚洲安全合作知识图谱", "AsiaSec knowledge graph of Asian security cooperation",
                CC_BY_4, sparqlEndpoint, dumps, null);
    }

    public DescriptionSettings withExampleResource(String iri) {
        return new DescriptionSettings(iris, titleZh, titleEn, license, sparqlEndpoint, dumps, iri);
    }
}
