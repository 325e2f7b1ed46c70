package org.asiasec.kg.store;

import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.rdf.Slugs;

/**
 * The statistics of a built dataset, counted once at build time so that the reporting queries read them
 * instead of counting every sentence and reading on each request:
 * <ul>
 * <li>a class partition for every class with instances ({@code void:entities}: typed with exactly that
 * class; {@code asc:instancesWithSubclasses}: typed with it or any subclass);</li>
 * <li>a property partition for every property ({@code void:triples});</li>
 * <li>the subset of what was read from the texts (their named graphs together), with its class partitions,
 * and in it one subset per text: its triples, class partitions, and how many readings of mentions and of
 * other facts it gave ({@code asc:mentionReadings}, {@code asc:factReadings});</li>
 * <li>a reading partition per rule and property ({@code asc:readingPartition}): how many readings
 * ({@code void:entities}), from how many texts, with what lowest, mean and highest confidence;</li>
 * <li>per entity, how many sentences and texts mention it ({@code asc:mentioningSentences},
 * {@code asc:mentioningTexts});</li>
 * <li>per fact read from the texts (mentions aside), the readings of that fact ({@code asc:FactReadings}):
 * its subject, property and object, how many readings, sentences and texts, the confidence range, the rules
 * and one example sentence;</li>
 * <li>per pair of entities named in one sentence, those sentences ({@code asc:CoMention}): how many, from how
 * many texts, and one example;</li>
 * <li>per distinct sentence text, the sentences with that text ({@code asc:SentenceText}): how many, in how
 * many texts, the first, the facts read from them and the entities they name.</li>
 * </ul>
 * The last three are what an overview of facts, of entities named together or of what single sentences state
 * would otherwise work out anew on every query, over every copy of a sentence. Their number grows with the
 * distinct facts, pairs and sentence texts, not with the readings, so they stay small when the same texts are
 * read many times.
 * The dataset's default graph must be the union of its named graphs (as {@code build} stores it). Subsets
 * and partitions are IRIs under the dataset IRI, so the statistics are as deterministic as the data.
 */
final class DatasetStatistics {

    private static final String PREFIXES = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX asc:  <https://w3id.org/asiasec/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    static final Property INSTANCES_WITH_SUBCLASSES = property("instancesWithSubclasses");
    static final Property MENTION_READINGS = property("mentionReadings");
    static final Property FACT_READINGS = property("factReadings");
    static final Property READING_PARTITION = property("readingPartition");
    static final Property PARTITION_RULE = property("partitionRule");
    static final Property PARTITION_PROPERTY = property("partitionProperty");
    static final Property SOURCE_TEXTS = property("sourceTexts");
    static final Property MIN_CONFIDENCE = property("minConfidence");
    static final Property MEAN_CONFIDENCE = property("meanConfidence");
    static final Property MAX_CONFIDENCE = property("maxConfidence");
    static final Property MENTIONING_SENTENCES = property("mentioningSentences");
    static final Property MENTIONING_TEXTS = property("mentioningTexts");
    static final Resource FACT_READINGS_CLASS = resource("FactReadings");
    static final Property FACT_SUBJECT = property("factSubject");
    static final Property FACT_PROPERTY = property("factProperty");
    static final Property FACT_OBJECT = property("factObject");
    static final Property READING_RULE = property("readingRule");
    static final Property SOURCE_SENTENCES = property("sourceSentences");
    static final Property EXAMPLE_SENTENCE = property("exampleSentence");
    static final Resource CO_MENTION = resource("CoMention");
    static final Property CO_MENTIONED = property("coMentioned");
    static final Resource SENTENCE_TEXT = resource("SentenceText");
    static final Property STATES_FACT = property("statesFact");
    static final Property NAMES_ENTITY = property("namesEntity");

    private final Dataset data;
    private final Model m;
    private final Resource dataset;
    private final String base;

    private DatasetStatistics(Dataset data, Resource dataset, String base) {
        this.data = data;
        this.m = dataset.getModel();
        this.dataset = dataset;
        this.base = base;
    }

    /** Adds the statistics of {@code data} to the description of {@code dataset} (a resource of the description model). */
    static void addTo(Resource dataset, Dataset data, String base) {
        new DatasetStatistics(data, dataset, base).add();
    }

    private void add() {
        addClassPartitions();
        addPropertyPartitions();
        addTexts();
        addReadingPartitions();
        addMentionCounts();
        addFactReadings();
        addCoMentions();
        addSentenceTexts();
    }

    /**
     * The readings of each fact (mentions aside), one resource per distinct (subject, property, object):
     * how often, in how many sentences and texts it was read, how confidently, by which rules, and the
     * first sentence (by IRI) it was read from.
     */
    private void addFactReadings() {
        String facts = dataset.getURI() + "/fact/";
        select("""
                SELECT ?subject ?property ?object (COUNT(?reading) AS ?n) (COUNT(DISTINCT ?sentence) AS ?sentences)
                       (COUNT(DISTINCT ?source) AS ?texts) (MIN(?confidence) AS ?min) (MAX(?confidence) AS ?max)
                       (MIN(?sentence) AS ?example) {
                  ?reading rdf:predicate ?property .
                  FILTER(?property != asc:mentions)
                  ?reading rdf:subject ?subject ; rdf:object ?object ; asc:sentence ?sentence ;
                           asc:confidence ?confidence ; prov:wasDerivedFrom ?source .
                } GROUP BY ?subject ?property ?object""",
                row -> m.createResource(facts + factKey(row))
                        .addProperty(RDF.type, FACT_READINGS_CLASS)
                        .addProperty(FACT_SUBJECT, row.getResource("subject"))
                        .addProperty(FACT_PROPERTY, row.getResource("property"))
                        .addProperty(FACT_OBJECT, row.get("object"))
                        .addLiteral(VOID.entities, count(row))
                        .addLiteral(SOURCE_SENTENCES, integer(row.getLiteral("sentences").getLong()))
                        .addLiteral(SOURCE_TEXTS, integer(row.getLiteral("texts").getLong()))
                        .addLiteral(MIN_CONFIDENCE, row.getLiteral("min"))
                        .addLiteral(MAX_CONFIDENCE, row.getLiteral("max"))
                        .addProperty(EXAMPLE_SENTENCE, row.getResource("example")));
        select("""
                SELECT DISTINCT ?subject ?property ?object ?rule {
                  ?reading rdf:predicate ?property .
                  FILTER(?property != asc:mentions)
                  ?reading rdf:subject ?subject ; rdf:object ?object ; asc:rule ?rule .
                }""",
                row -> m.getResource(facts + factKey(row)).addProperty(READING_RULE, row.getLiteral("rule")));
    }

    /**
     * Each pair of entities named together in a sentence: in how many sentences and texts, and the first
     * such sentence (by IRI). The pair's entities are in IRI order.
     */
    private void addCoMentions() {
        String pairs = dataset.getURI() + "/co-mention/";
        // one graph states each (sentence, entity) once and a sentence is part of one text: no DISTINCT on ?s
        select("""
                SELECT ?first ?second (COUNT(?sentence) AS ?n) (COUNT(DISTINCT ?source) AS ?texts) (MIN(?sentence) AS ?example) {
                  ?sentence asc:mentions ?first , ?second ; dcterms:isPartOf ?source .
                  FILTER(STR(?first) < STR(?second))
                } GROUP BY ?first ?second""",
                row -> m.createResource(pairs + IriScheme.shortHash(row.getResource("first").getURI(), row.getResource("second").getURI()))
                        .addProperty(RDF.type, CO_MENTION)
                        .addProperty(CO_MENTIONED, row.getResource("first"))
                        .addProperty(CO_MENTIONED, row.getResource("second"))
                        .addLiteral(SOURCE_SENTENCES, count(row))
                        .addLiteral(SOURCE_TEXTS, integer(row.getLiteral("texts").getLong()))
                        .addProperty(EXAMPLE_SENTENCE, row.getResource("example")));
    }

    /**
     * Each distinct sentence text once, for all the sentences that have it (the same sentence in several
     * texts, or repeated in one): how many such sentences, in how many texts, the first (by IRI), the facts
     * read from any of them (their {@code asc:FactReadings}) and the entities any of them mentions. Reports
     * that go sentence by sentence, such as who proposed what where and when, read these instead of every copy.
     */
    private void addSentenceTexts() {
        String sentenceTexts = dataset.getURI() + "/sentence-text/";
        String facts = dataset.getURI() + "/fact/";
        select("""
                SELECT ?text (COUNT(?sentence) AS ?n) (COUNT(DISTINCT ?source) AS ?texts) (MIN(?sentence) AS ?example) {
                  ?sentence a asc:Sentence ; asc:text ?text ; dcterms:isPartOf ?source .
                } GROUP BY ?text""",
                row -> m.createResource(sentenceTexts + textKey(row))
                        .addProperty(RDF.type, SENTENCE_TEXT)
                        .addLiteral(SOURCE_SENTENCES, count(row))
                        .addLiteral(SOURCE_TEXTS, integer(row.getLiteral("texts").getLong()))
                        .addProperty(EXAMPLE_SENTENCE, row.getResource("example")));
        select("""
                SELECT DISTINCT ?text ?subject ?property ?object {
                  ?reading rdf:predicate ?property .
                  FILTER(?property != asc:mentions)
                  ?reading rdf:subject ?subject ; rdf:object ?object ; asc:sentence ?sentence .
                  ?sentence asc:text ?text .
                }""",
                row -> m.getResource(sentenceTexts + textKey(row)).addProperty(STATES_FACT, m.getResource(facts + factKey(row))));
        select("SELECT DISTINCT ?text ?entity { ?sentence asc:mentions ?entity ; asc:text ?text }",
                row -> m.getResource(sentenceTexts + textKey(row)).addProperty(NAMES_ENTITY, row.getResource("entity")));
    }

    /** The same for the same sentence text (language tag included) whatever the build. */
    private static String textKey(QuerySolution row) {
        return IriScheme.shortHash(NodeFmtLib.strNT(row.get("text").asNode()));
    }

    /** The same for the same (subject, property, object) whatever the build: a hash of their N-Triples forms. */
    private static String factKey(QuerySolution row) {
        return IriScheme.shortHash(NodeFmtLib.strNT(row.get("subject").asNode()),
                NodeFmtLib.strNT(row.get("property").asNode()), NodeFmtLib.strNT(row.get("object").asNode()));
    }

    /**
     * How many sentences and texts mention each entity: every overview of entities asks it, and
     * counting the mentions on each query grows with the corpus.
     */
    private void addMentionCounts() {
        // one graph states each (sentence, entity) once and a sentence is part of one text: no DISTINCT on ?s
        select("SELECT ?e (COUNT(?s) AS ?n) (COUNT(DISTINCT ?source) AS ?texts) "
                + "{ ?s asc:mentions ?e ; dcterms:isPartOf ?source } GROUP BY ?e",
                row -> m.getResource(row.getResource("e").getURI())
                        .addLiteral(MENTIONING_SENTENCES, count(row))
                        .addLiteral(MENTIONING_TEXTS, integer(row.getLiteral("texts").getLong())));
    }

    private void addClassPartitions() {
        String iri = dataset.getURI();
        // one graph states each (instance, class) once: no DISTINCT, so no set of every instance in memory
        select("SELECT ?class (COUNT(?s) AS ?n) { ?s a ?class } GROUP BY ?class",
                row -> classPartition(dataset, iri, row.getResource("class")).addLiteral(VOID.entities, count(row)));
        // the subclass closure of the (few) classes in use first, then their instances: a path from each
        // instance would be walked once per instance
        select("""
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n) {
                  { SELECT DISTINCT ?type ?class { { SELECT DISTINCT ?type { [] a ?type } } ?type rdfs:subClassOf* ?class } }
                  ?s a ?type .
                } GROUP BY ?class""",
                row -> {
                    Resource partition = classPartition(dataset, iri, row.getResource("class"));
                    if (!partition.hasProperty(VOID.entities)) {
                        partition.addLiteral(VOID.entities, integer(0)); // only its subclasses have instances
                    }
                    partition.addLiteral(INSTANCES_WITH_SUBCLASSES, count(row));
                });
    }

    private void addPropertyPartitions() {
        select("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p", row -> {
            Resource property = row.getResource("p");
            Resource partition = m.createResource(dataset.getURI() + "/property/" + slug(property.getURI()))
                    .addProperty(VOID.property, property)
                    .addLiteral(VOID.triples, count(row));
            dataset.addProperty(VOID.propertyPartition, partition);
        });
    }

    /** The texts' named graphs together, and each on its own. */
    private void addTexts() {
        String textsIri = dataset.getURI() + "/texts";
        Resource texts = m.createResource(textsIri)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "从各来源文本读出的数据", "zh")
                .addProperty(DCTerms.title, "What was read from the source texts", "en");
        dataset.addProperty(VOID.subset, texts);
        select("SELECT ?class (COUNT(DISTINCT ?r) AS ?n) { ?g a asc:Source . GRAPH ?g { ?r a ?class } } GROUP BY ?class",
                row -> classPartition(texts, textsIri, row.getResource("class")).addLiteral(VOID.entities, count(row)));
        select("SELECT ?g (COUNT(*) AS ?n) { ?g a asc:Source . GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                row -> {
                    Resource text = text(texts, row.getResource("g"));
                    text.addLiteral(VOID.triples, count(row));
                    text.addLiteral(MENTION_READINGS, integer(0));
                    text.addLiteral(FACT_READINGS, integer(0));
                });
        select("SELECT ?g ?class (COUNT(?r) AS ?n) { ?g a asc:Source . GRAPH ?g { ?r a ?class } } GROUP BY ?g ?class",
                row -> {
                    Resource text = text(texts, row.getResource("g"));
                    classPartition(text, text.getURI(), row.getResource("class")).addLiteral(VOID.entities, count(row));
                });
        select("""
                SELECT ?g (SUM(IF(?p = asc:mentions, 1, 0)) AS ?mentions) (SUM(IF(?p = asc:mentions, 0, 1)) AS ?facts) {
                  ?g a asc:Source . GRAPH ?g { ?reading a asc:Evidence ; rdf:predicate ?p }
                } GROUP BY ?g""",
                row -> {
                    Resource text = text(texts, row.getResource("g"));
                    replace(text, MENTION_READINGS, row.getLiteral("mentions").getLong());
                    replace(text, FACT_READINGS, row.getLiteral("facts").getLong());
                });
    }

    /** The readings (evidence nodes) per rule and property: how many, from how many texts, how confident. */
    private void addReadingPartitions() {
        select("""
                SELECT ?rule ?property (COUNT(?reading) AS ?n) (COUNT(DISTINCT ?source) AS ?texts)
                       (MIN(?confidence) AS ?min) (AVG(?confidence) AS ?mean) (MAX(?confidence) AS ?max) {
                  ?reading asc:rule ?rule ; rdf:predicate ?property ; asc:confidence ?confidence ; prov:wasDerivedFrom ?source
                } GROUP BY ?rule ?property""",
                row -> {
                    Resource property = row.getResource("property");
                    String rule = row.getLiteral("rule").getLexicalForm();
                    Resource partition = m.createResource(dataset.getURI() + "/readings/" + Slugs.ascii(rule) + "/" + slug(property.getURI()))
                            .addProperty(RDF.type, VOID.Dataset)
                            .addProperty(PARTITION_RULE, rule)
                            .addProperty(PARTITION_PROPERTY, property)
                            .addLiteral(VOID.entities, count(row))
                            .addLiteral(SOURCE_TEXTS, integer(row.getLiteral("texts").getLong()))
                            .addLiteral(MIN_CONFIDENCE, row.getLiteral("min"))
                            .addLiteral(MEAN_CONFIDENCE, row.getLiteral("mean"))
                            .addLiteral(MAX_CONFIDENCE, row.getLiteral("max"));
                    dataset.addProperty(READING_PARTITION, partition);
                });
    }

    /** The subset of one text: its named graph, which is also the text's {@code asc:Source}. */
    private Resource text(Resource texts, Resource source) {
        String uri = source.getURI();
        String path = uri.startsWith(base) ? uri.substring(base.length()) : Slugs.ascii(uri);
        Resource text = m.createResource(dataset.getURI() + "/" + path);
        if (!text.hasProperty(RDF.type)) {
            text.addProperty(RDF.type, VOID.Dataset).addProperty(DCTerms.source, source);
            texts.addProperty(VOID.subset, text);
        }
        return text;
    }

    private Resource classPartition(Resource subset, String subsetIri, Resource type) {
        Resource partition = m.createResource(subsetIri + "/class/" + slug(type.getURI()));
        if (!partition.hasProperty(VOID._class)) {
            partition.addProperty(VOID._class, type);
            subset.addProperty(VOID.classPartition, partition);
        }
        return partition;
    }

    private void replace(Resource subject, Property property, long n) {
        subject.removeAll(property).addLiteral(property, integer(n));
    }

    private void select(String query, Consumer<QuerySolution> each) {
        try (QueryExecution exec = QueryExecution.dataset(data).query(PREFIXES + query).build()) {
            exec.execSelect().forEachRemaining(each);
        }
    }

    private Literal count(QuerySolution row) {
        return integer(row.getLiteral("n").getLong());
    }

    private Literal integer(long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** {@code asc:Summit} → {@code asc-Summit}; IRIs without a known prefix are percent-encoded whole. */
    private String slug(String iri) {
        String shortForm = m.shortForm(iri);
        return shortForm.equals(iri) ? Slugs.ascii(iri) : Slugs.ascii(shortForm.replace(':', '-'));
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(Asc.NS, localName);
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(Asc.NS + localName);
    }
}
