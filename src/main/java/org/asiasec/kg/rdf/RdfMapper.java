package org.asiasec.kg.rdf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Mention;
import org.asiasec.kg.model.Source;
import org.asiasec.kg.model.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps extraction results to quads as they arrive, one named graph per source text
 * (graph IRI = the {@code asc:Source} IRI). Within a graph:
 * <ul>
 *   <li>each entity announced there is described once: its most specific class, {@code rdfs:label}
 *       {@code @zh} (and {@code @en}), {@code skos:altLabel}s, {@code owl:sameAs} Wikidata;</li>
 *   <li>each fact is a plain triple {@code subject asc:<property> value};</li>
 *   <li>each reading of a fact is an {@code asc:Evidence} node reifying that triple
 *       ({@code rdf:subject/predicate/object}) with its sentence, source, rule and confidence;</li>
 *   <li>each mention is {@code sentence asc:mentions entity}, with evidence of its own.</li>
 * </ul>
 * Each quad of a graph is emitted once (consumers such as the corpus pipeline count on it, rather
 * than collect a text's quads to remove repeats): per-source sets of what was already written are
 * kept for that; nothing is buffered. Offsets
 * in the output are Unicode code points (what SPARQL SUBSTR counts), converted from the char
 * offsets of the records. See ontology/README.md.
 * <p>
 * Extraction must announce ({@link #entity}) every entity it mentions or refers to in a source, in
 * that source: a graph describes only what its own text says (a warning lists the keys it missed).
 * The mapper emits the prefixes of {@link Asc#prefixes} once, then quads; it does not call
 * {@code out.start()/finish()}. Not thread-safe: one mapper per thread, one source at a time.
 */
public class RdfMapper implements ExtractionSink {

    private static final Logger log = LoggerFactory.getLogger(RdfMapper.class);
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final IriScheme iris;
    private final StreamRDF out;
    private final Ontology ontology = Ontology.standard();

    private Source source;
    private Node graph;
    private CodePointOffsets offsets;
    private final Map<String, Entity> described = new HashMap<>();
    private final Set<String> referenced = new TreeSet<>();
    private final Set<Node> written = new HashSet<>();
    private final Set<Triple> stated = new HashSet<>();
    private boolean prefixesSent;

    public RdfMapper(IriScheme iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
    }

    @Override
    public void start(Source source) {
        if (!prefixesSent) {
            Asc.prefixes(iris).getNsPrefixMap().forEach(out::prefix);
            prefixesSent = true;
        }
        this.source = source;
        this.graph = iris.source(source.fileName());
        this.offsets = new CodePointOffsets(source.text());
        described.clear();
        referenced.clear();
        written.clear();
        stated.clear();
        quad(graph, RDF.type.asNode(), Asc.Source);
        quad(graph, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(source.fileName()));
        if (source.title() != null) {
            quad(graph, DCTerms.title.asNode(), text(source.title(), source.language()));
        }
        if (source.creator() != null) {
            quad(graph, DCTerms.creator.asNode(), text(source.creator(), source.language()));
        }
        if (source.publisher() != null) {
            quad(graph, DCTerms.publisher.asNode(), text(source.publisher(), source.language()));
        }
        if (source.date() != null) {
            quad(graph, DCTerms.date.asNode(), NodeFactory.createLiteralDT(source.date(), switch (source.date().length()) {
                case 4 -> XSDDatatype.XSDgYear;
                case 7 -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDdate;
            }));
        }
        if (source.language() != null && !source.language().isBlank()) {
            quad(graph, DCTerms.language.asNode(), NodeFactory.createLiteralString(source.language()));
        }
    }

    @Override
    public void entity(Entity entity) {
        requireStarted();
        Entity before = described.get(entity.key());
        Node node = iris.entity(entity.key());
        if (before == null) {
            quad(node, RDF.type.asNode(), Asc.term(kindClass(entity)));
            if (entity.type() == EntityType.CONCEPT) {
                quad(node, RDF.type.asNode(), SKOS.Concept.asNode());
                quad(node, SKOS.inScheme.asNode(), Asc.SecurityConcepts);
            }
            quad(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(entity.labelZh(), "zh"));
        }
        if (hasText(entity.labelEn()) && (before == null || !hasText(before.labelEn()))) {
            quad(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(entity.labelEn(), "en"));
        }
        Set<String> aliases = new TreeSet<>(entity.altLabels());
        if (before != null && !before.labelZh().equals(entity.labelZh())) {
            aliases.add(entity.labelZh()); // the first announced label stays the one @zh label
        }
        for (String alt : aliases) {
            if ((before == null || !before.altLabels().contains(alt)) && !alt.equals(entity.labelEn())) {
                quad(node, SKOS.altLabel.asNode(), altLabel(alt));
            }
        }
        if (entity.wikidataId() != null && (before == null || before.wikidataId() == null)) {
            if (entity.wikidataId().matches("Q[1-9][0-9]*")) {
                quad(node, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA_ENTITY + entity.wikidataId()));
            } else {
                log.warn("ignoring malformed Wikidata id '{}' of entity {}", entity.wikidataId(), entity.key());
            }
        }
        described.put(entity.key(), before == null ? entity : merged(before, entity));
    }

    @Override
    public void mention(Mention mention) {
        requireStarted();
        Node sentence = sentence(mention.evidence());
        Node entity = iris.entity(mention.entityKey());
        referenced.add(mention.entityKey());
        stateOnce(sentence, Asc.mentions, entity);
        evidence(sentence, Asc.mentions, entity, mention.evidence(), mention.surface());
    }

    @Override
    public void fact(Fact fact) {
        requireStarted();
        Node object = object(fact.value());
        if (object == null) {
            return;
        }
        Node subject = iris.entity(fact.subjectKey());
        referenced.add(fact.subjectKey());
        if (fact.value() instanceof Value.EntityRef ref) {
            referenced.add(ref.key());
        }
        Node predicate = Asc.property(fact.property());
        stateOnce(subject, predicate, object);
        evidence(subject, predicate, object, fact.evidence(), null);
    }

    @Override
    public void finish(Source source) {
        referenced.removeAll(described.keySet());
        if (!referenced.isEmpty() && this.source != null) {
            log.warn("{}: {} entities were mentioned or referred to but not announced, so not described in its graph: {}",
                    this.source.fileName(), referenced.size(), referenced.stream().limit(10).toList());
        }
        referenced.clear();
        this.source = null;
        this.graph = null;
        this.offsets = null;
        described.clear();
        written.clear();
        stated.clear();
    }

    private void evidence(Node subject, Node predicate, Node object, Evidence evidence, String surface) {
        Node sentence = sentence(evidence);
        Node node = iris.evidence(source.fileName(), NodeFmtLib.strNT(subject), NodeFmtLib.strNT(predicate),
                NodeFmtLib.strNT(object), sentence.getURI(), evidence.rule(), surface == null ? "" : surface);
        if (!written.add(node)) {
            return;
        }
        quad(node, RDF.type.asNode(), Asc.Evidence);
        quad(node, RDF.subject.asNode(), subject);
        quad(node, RDF.predicate.asNode(), predicate);
        quad(node, RDF.object.asNode(), object);
        quad(node, Asc.sentence, sentence);
        quad(node, WAS_DERIVED_FROM, graph);
        quad(node, Asc.rule, NodeFactory.createLiteralString(evidence.rule()));
        quad(node, Asc.confidence, NodeFactory.createLiteralDT(
                BigDecimal.valueOf(evidence.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
        if (surface != null) {
            quad(node, Asc.surface, text(surface, source.language()));
        }
    }

    /** The sentence node of a piece of evidence, described the first time it is met in this source. */
    private Node sentence(Evidence evidence) {
        if (!evidence.sourceId().equals(source.fileName())) {
            throw new IllegalArgumentException("evidence from " + evidence.sourceId() + " arrived while mapping " + source.fileName());
        }
        if (evidence.sentenceEnd() > source.text().length()) {
            throw new IllegalArgumentException("sentence " + evidence.sentenceStart() + ".." + evidence.sentenceEnd()
                    + " lies beyond the end of " + source.fileName());
        }
        int start = offsets.of(evidence.sentenceStart());
        int end = offsets.of(evidence.sentenceEnd());
        Node node = iris.sentence(source.fileName(), start, end);
        if (written.add(node)) {
            String text = source.text().substring(evidence.sentenceStart(), evidence.sentenceEnd());
            quad(node, RDF.type.asNode(), Asc.Sentence);
            quad(node, Asc.text, text(text, source.language()));
            quad(node, Asc.start, integer(start));
            quad(node, Asc.end, integer(end));
            quad(node, DCTerms.isPartOf.asNode(), graph);
        }
        return node;
    }

    /** The RDF value of a fact, or null when it cannot be stated (logged). */
    private Node object(Value value) {
        if (value instanceof Value.EntityRef ref) {
            return iris.entity(ref.key());
        }
        if (value instanceof Value.Date date) {
            return NodeFactory.createLiteralDT(date.lexical(), switch (date.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            });
        }
        if (value instanceof Value.Int number) {
            return integer(number.value());
        }
        if (value instanceof Value.Text text) {
            return text(text.text(), text.lang());
        }
        Value.Term term = (Value.Term) value;
        if (ontology.isIndividual(term.localName())) {
            return Asc.term(term.localName());
        }
        log.warn("skipping a fact whose value asc:{} is not an individual of the ontology", term.localName());
        return null;
    }

    /** {@code asc:<kind>} when the ontology has it under the entity's type, else the type's class. */
    private String kindClass(Entity entity) {
        String top = entity.type().className();
        if (ontology.isClassWithin(entity.kind(), top)) {
            return entity.kind();
        }
        log.warn("entity {}: kind '{}' is not a class under asc:{}; typing it asc:{}", entity.key(), entity.kind(), top, top);
        return top;
    }

    private static Entity merged(Entity before, Entity now) {
        var alt = new TreeSet<>(before.altLabels());
        alt.addAll(now.altLabels());
        alt.add(now.labelZh());
        return new Entity(before.key(), before.type(), before.kind(), before.labelZh(),
                hasText(before.labelEn()) ? before.labelEn() : now.labelEn(), alt,
                before.wikidataId() != null ? before.wikidataId() : now.wikidataId());
    }

    /** Acronyms and other Latin-script aliases (SCO, CICA) are English; the rest is Chinese. */
    private static Node altLabel(String alt) {
        boolean latin = alt.chars().allMatch(c -> c < 0x80);
        return NodeFactory.createLiteralLang(alt, latin ? "en" : "zh");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static Node text(String text, String lang) {
        return lang == null || lang.isBlank() ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private void requireStarted() {
        if (source == null) {
            throw new IllegalStateException("entity, mention and fact must come between start() and finish()");
        }
    }

    /** A fact or mention read several times (other sentences, other rules) is one triple with several evidence nodes. */
    private void stateOnce(Node s, Node p, Node o) {
        if (stated.add(Triple.create(s, p, o))) {
            quad(s, p, o);
        }
    }

    private void quad(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
