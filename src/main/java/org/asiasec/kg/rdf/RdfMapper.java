package org.asiasec.kg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Mention;

/**
 * Maps extraction results to quads, one named graph per source text.
 * (First version: source descriptions only; entities, facts and evidence to come.)
 */
public class RdfMapper implements ExtractionSink {

    private final IriScheme iris;
    private final StreamRDF out;

    public RdfMapper(IriScheme iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
    }

    @Override
    public void start(SourceText source) {
        Node g = iris.source(source.fileName());
        quad(g, g, RDF.type.asNode(), Asc.Source);
        quad(g, g, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(source.fileName()));
        var m = source.metadata();
        if (m.title() != null) {
            quad(g, g, DCTerms.title.asNode(), NodeFactory.createLiteralLang(m.title(), "zh"));
        }
        if (m.creator() != null) {
            quad(g, g, DCTerms.creator.asNode(), NodeFactory.createLiteralLang(m.creator(), "zh"));
        }
        if (m.date() != null) {
            quad(g, g, DCTerms.date.asNode(), NodeFactory.createLiteralDT(m.date(), switch (m.date().length()) {
                case 4 -> XSDDatatype.XSDgYear;
                case 7 -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDdate;
            }));
        }
    }

    @Override
    public void entity(Entity entity) {
    }

    @Override
    public void mention(Mention mention) {
    }

    @Override
    public void fact(Fact fact) {
    }

    @Override
    public void finish(SourceText source) {
    }

    private void quad(Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }
}
