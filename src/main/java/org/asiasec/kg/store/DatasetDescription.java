package org.asiasec.kg.store;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.asiasec.kg.rdf.Asc;

/**
 * A VoID and DCAT description of a built dataset: title, licence, counts (triples, entities,
 * classes, properties) and the {@link DatasetStatistics statistics} (per class, per property, per text),
 * SPARQL endpoint, dumps and an example resource.
 * The dataset's default graph must be the union of its named graphs, as {@code build} stores it: counts
 * are over its (distinct) triples, read from the store's triple indexes; counting the distinct triples of
 * every named graph instead would hold them all in memory (more than 1 GiB at the corpus × 100).
 * All nodes are IRIs under the dataset IRI, so the description is as deterministic as the data.
 */
public final class DatasetDescription {

    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private DatasetDescription() {
    }

    /** Describes the dataset; opens a read transaction itself when the dataset supports them and none is active. */
    public static Model describe(DatasetGraph dsg, DescriptionSettings settings) {
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            return Txn.calculateRead(dsg, () -> build(DatasetFactory.wrap(dsg), settings));
        }
        return build(DatasetFactory.wrap(dsg), settings);
    }

    private static Model build(Dataset data, DescriptionSettings settings) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PrefixMapping.Standard);
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("asc", Asc.NS);
        String base = settings.iris().base();
        String datasetIri = settings.iris().dataset().getURI();
        Resource dataset = m.createResource(datasetIri)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, settings.titleZh(), "zh")
                .addProperty(DCTerms.title, settings.titleEn(), "en")
                .addProperty(DCTerms.license, m.createResource(settings.license()))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.vocabulary, m.createResource(Asc.NS))
                .addProperty(VOID.vocabulary, m.createResource("http://www.w3.org/2004/02/skos/core#"))
                .addProperty(VOID.vocabulary, m.createResource("http://www.w3.org/ns/prov#"))
                .addProperty(VOID.vocabulary, m.createResource(DCTerms.NS))
                .addProperty(DCTerms.conformsTo, m.createResource(Asc.ONTOLOGY_IRI));

        dataset.addLiteral(VOID.triples, integer(m, count(data, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
        dataset.addLiteral(VOID.entities, integer(m, count(data, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o "
                + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + base + "\")) }")));
        dataset.addLiteral(VOID.distinctSubjects, integer(m, count(data, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")));
        dataset.addLiteral(VOID.properties, integer(m, count(data, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }")));
        dataset.addLiteral(VOID.classes, integer(m, count(data, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s a ?o }")));
        DatasetStatistics.addTo(dataset, data, base);

        if (settings.sparqlEndpoint() != null) {
            dataset.addProperty(VOID.sparqlEndpoint, m.createResource(settings.sparqlEndpoint()));
        }
        for (Map.Entry<Lang, String> dump : settings.dumps().entrySet()) {
            Lang lang = dump.getKey();
            String ext = lang.getFileExtensions().isEmpty() ? lang.getName() : lang.getFileExtensions().get(0);
            dataset.addProperty(VOID.dataDump, m.createResource(dump.getValue()));
            Resource distribution = m.createResource(datasetIri + "/dump/" + ext)
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, m.createResource(dump.getValue()))
                    .addProperty(DCAT.mediaType, m.createResource(MEDIA_TYPES + lang.getContentType().getContentTypeStr()))
                    .addProperty(DCTerms.format, lang.getContentType().getContentTypeStr())
                    .addProperty(DCTerms.license, m.createResource(settings.license()));
            dataset.addProperty(DCAT.distribution, distribution);
            String feature = formatFeature(lang);
            if (feature != null) {
                dataset.addProperty(VOID.feature, m.createResource(FORMATS + feature));
            }
        }
        String example = settings.exampleResource() != null ? settings.exampleResource() : mostMentioned(data);
        if (example != null) {
            dataset.addProperty(VOID.exampleResource, m.createResource(example));
        }
        return m;
    }

    /** The entity that the most sentences mention, ties broken by IRI. */
    private static String mostMentioned(Dataset data) {
        try (QueryExecution exec = QueryExecution.dataset(data).query("SELECT ?e (COUNT(DISTINCT ?sentence) AS ?n) { "
                + "?sentence <" + Asc.mentions.getURI() + "> ?e } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1").build()) {
            var rows = exec.execSelect();
            return rows.hasNext() ? rows.next().getResource("e").getURI() : null;
        }
    }

    private static long count(Dataset data, String query) {
        try (QueryExecution exec = QueryExecution.dataset(data).query(query).build()) {
            QuerySolution row = exec.execSelect().next();
            return row.getLiteral("n").getLong();
        }
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static String formatFeature(Lang lang) {
        return Map.of("TURTLE", "Turtle", "N-TRIPLES", "N-Triples", "N-QUADS", "N-Quads", "TRIG", "TriG",
                "JSON-LD", "JSON-LD", "RDF/XML", "RDF_XML").get(lang.getName().toUpperCase());
    }
}
