package org.asiasec.kg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.RDF;
import org.asiasec.kg.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Fuseki configuration file ({@code fuseki-config/config.ttl}) as an operator wrote it, with one
 * permitted change: the location of its TDB2 database, which {@code serve --db} may replace.
 */
public final class FusekiConfig {

    public static final Path DEFAULT = Path.of("fuseki-config", "config.ttl");
    /** The server's JVM options, a {@code java} argument file: {@code java @fuseki-config/jvm.options -jar …}. */
    public static final Path JVM_OPTIONS = Path.of("fuseki-config", "jvm.options");
    private static final Logger LOG = LoggerFactory.getLogger(FusekiConfig.class);
    static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    static final String FUSEKI_NS = "http://jena.apache.org/fuseki#";

    private final Path file;
    private final Model model;

    private FusekiConfig(Path file, Model model) {
        this.file = file;
        this.model = model;
    }

    public static FusekiConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such Fuseki configuration file: " + file);
        }
        try {
            Model model = ModelFactory.createDefaultModel();
            // a syntax error becomes the exception's message only, not also a logged ERROR line
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerWarnOrExceptions(LOG)).parse(model);
            return new FusekiConfig(file, model);
        } catch (RiotException e) {
            throw new UserException(file + ": " + e.getMessage(), e);
        }
    }

    /** The default configuration as packed into the jar. */
    public static FusekiConfig packaged() {
        String resource = DEFAULT.toString().replace('\\', '/');
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = FusekiConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UserException("no Fuseki configuration: " + DEFAULT + " not found");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FusekiConfig(Path.of("jar:" + resource), model);
    }

    public Path file() {
        return file;
    }

    public Model model() {
        return model;
    }

    /** The database folder the configuration names, resolved against the working folder. */
    public Path databaseLocation() {
        List<Statement> locations = locations();
        if (locations.size() != 1) {
            throw new UserException(file + ": expected exactly one tdb2:location, found " + locations.size());
        }
        return Path.of(locations.get(0).getString()).toAbsolutePath().normalize();
    }

    /** The URL path of the configuration's one dataset service, e.g. {@code /kg}. */
    public String datasetPath() {
        Resource service = model.createResource(FUSEKI_NS + "Service");
        Property name = model.createProperty(FUSEKI_NS, "name");
        List<String> names = model.listResourcesWithProperty(RDF.type, service).toList().stream()
                .map(r -> r.getProperty(name))
                .filter(Objects::nonNull)
                .map(Statement::getString)
                .toList();
        if (names.size() != 1) {
            throw new UserException(file + ": expected exactly one fuseki:Service with a fuseki:name, found " + names.size());
        }
        String path = names.get(0);
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The same configuration with every TDB2 dataset at {@code database}. */
    public FusekiConfig withDatabase(Path database) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.setNsPrefixes(model.getNsPrefixMap());
        Property location = copy.createProperty(TDB2_NS, "location");
        for (Statement s : copy.listStatements(null, location, (Resource) null).toList()) {
            s.changeObject(database.toAbsolutePath().normalize().toString());
        }
        return new FusekiConfig(file, copy);
    }

    private List<Statement> locations() {
        Property location = model.createProperty(TDB2_NS, "location");
        return model.listStatements(null, location, (Resource) null).toList().stream()
                .filter(s -> isTdb2Dataset(s.getSubject()))
                .toList();
    }

    private boolean isTdb2Dataset(Resource r) {
        return Optional.ofNullable(r.getPropertyResourceValue(RDF.type))
                .map(t -> t.getURI() != null && t.getURI().startsWith(TDB2_NS))
                .orElse(false);
    }
}
