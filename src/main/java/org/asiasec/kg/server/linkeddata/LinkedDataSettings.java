package org.asiasec.kg.server.linkeddata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.asiasec.kg.rdf.IriScheme;

/**
 * What the linked-data part needs besides the dataset.
 *
 * @param resourceBase    IRI prefix of the resources it publishes; ends with '/'
 * @param datasetName     name of the Fuseki dataset the "query in the UI" links open
 * @param voidDescription the VoID/DCAT description served at /.well-known/void (the supplier may
 *                        give null while there is none), or null for none
 * @param dumpDirectory   folder whose files /dumps/ serves, or null for none
 * @param vocabulary      the ontology, whose labels name classes and properties on the pages
 *                        (also when it is not loaded into the dataset); empty when not given
 */
public record LinkedDataSettings(String resourceBase, String datasetName,
                                 Supplier<Model> voidDescription, Path dumpDirectory, Graph vocabulary) {

    public static final String DEFAULT_DATASET = "kg";

    public LinkedDataSettings {
        Objects.requireNonNull(resourceBase, "resourceBase");
        Objects.requireNonNull(datasetName, "datasetName");
        resourceBase = resourceBase.endsWith("/") ? resourceBase : resourceBase + "/";
        datasetName = datasetName.startsWith("/") ? datasetName.substring(1) : datasetName;
        vocabulary = vocabulary == null ? Graph.emptyGraph : vocabulary;
    }

    /** Base https://w3id.org/asiasec/resource/, dataset "kg", no VoID, no dumps. */
    public static LinkedDataSettings defaults() {
        return new LinkedDataSettings(IriScheme.DEFAULT_BASE, DEFAULT_DATASET, null, null, null);
    }

    public LinkedDataSettings withResourceBase(String base) {
        return new LinkedDataSettings(base, datasetName, voidDescription, dumpDirectory, vocabulary);
    }

    public LinkedDataSettings withDatasetName(String name) {
        return new LinkedDataSettings(resourceBase, name, voidDescription, dumpDirectory, vocabulary);
    }

    public LinkedDataSettings withVoid(Supplier<Model> description) {
        return new LinkedDataSettings(resourceBase, datasetName, description, dumpDirectory, vocabulary);
    }

    /**
     * The VoID file is read on each request, so a rebuilt description is served without a restart;
     * while the file does not exist, /.well-known/void answers 404.
     */
    public LinkedDataSettings withVoidFile(Path file) {
        return withVoid(() -> Files.isRegularFile(file) ? RDFDataMgr.loadModel(file.toString()) : null);
    }

    public LinkedDataSettings withDumpDirectory(Path directory) {
        return new LinkedDataSettings(resourceBase, datasetName, voidDescription, directory, vocabulary);
    }

    public LinkedDataSettings withVocabulary(Graph ontology) {
        return new LinkedDataSettings(resourceBase, datasetName, voidDescription, dumpDirectory, ontology);
    }

    /** Reads the ontology file once (Turtle or any RDF syntax Jena recognises by its extension). */
    public LinkedDataSettings withVocabularyFile(Path ontologyFile) {
        return withVocabulary(RDFDataMgr.loadGraph(ontologyFile.toString()));
    }
}
