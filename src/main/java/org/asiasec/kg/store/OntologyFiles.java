package org.asiasec.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.asiasec.kg.UserException;
import org.asiasec.kg.rdf.Asc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ontology and SHACL shapes are data files under {@code ontology/}. An edited copy in the working
 * folder wins; otherwise the copy packed into the jar is used, so the program runs from anywhere.
 */
public final class OntologyFiles {

    public static final Path ONTOLOGY = Path.of("ontology", "asiasec.ttl");
    public static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    private static final Logger LOG = LoggerFactory.getLogger(OntologyFiles.class);

    private OntologyFiles() {
    }

    /** Sends the ontology, if there is one, into {@code out} as the named graph {@link Asc#ONTOLOGY_IRI}. */
    public static boolean sendOntology(StreamRDF out) {
        Optional<Graph> ontology = find(ONTOLOGY).map(OntologyFiles::parse);
        ontology.ifPresent(g -> {
            Node graphName = NodeFactory.createURI(Asc.ONTOLOGY_IRI);
            g.find().forEach(t -> out.quad(Quad.create(graphName, t)));
        });
        return ontology.isPresent();
    }

    /** The shapes named on the command line, or the project's {@code ontology/shapes.ttl}. */
    public static Graph shapes(Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new UserException("no such shapes file: " + explicit);
            }
            return parse(Source.of(explicit));
        }
        return find(SHAPES).map(OntologyFiles::parse)
                .orElseThrow(() -> new UserException("no shapes file: " + SHAPES + " not found (give one with --shapes)"));
    }

    private static Optional<Source> find(Path relative) {
        if (Files.isRegularFile(relative)) {
            return Optional.of(Source.of(relative));
        }
        URL packed = OntologyFiles.class.getClassLoader().getResource(relative.toString().replace('\\', '/'));
        return Optional.ofNullable(packed).map(url -> new Source(url, url.toString()));
    }

    private static Graph parse(Source source) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = source.url().openStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(Asc.ONTOLOGY_IRI)
                    .errorHandler(ErrorHandlerFactory.errorHandlerWarnOrExceptions(LOG)).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.name(), e);
        } catch (RiotException e) {
            throw new UserException(source.name() + ": " + e.getMessage(), e);
        }
        return graph;
    }

    private record Source(URL url, String name) {
        static Source of(Path file) {
            try {
                return new Source(file.toUri().toURL(), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
