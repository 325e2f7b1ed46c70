package org.asiasec.kg.server.linkeddata;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.asiasec.kg.rdf.IriScheme;

/**
 * What the linked-data part needs besides the dataset.
 *
 * @param resourceBase    IRI prefix of the resources it publishes; ends with '/'
 * @param datasetName     name of the Fuseki dataset the "query in the UI" links open
 * @param voidDescription the VoID/DCAT description served at /.well-known/void, or null for none
 * @param dumpDirectory   folder whose files /dumps/ serves, or null for none
 */
public record LinkedDataSettings(String resourceBase, String datasetName,
                                 Supplier<Model> voidDescription, Path dumpDirectory) {

    public static final String DEFAULT_DATASET = "kg";

    public LinkedDataSettings {
        Objects.requireNonNull(resourceBase, "resourceBase");
        Objects.requireNonNull(datasetName, "datasetName");
        resourceBase = resourceBase.endsWith("/") ? resourceBase : resourceBase + "/";
        datasetName = datasetName.startsWith("/") ? datasetName.substring(1) : datasetName;
    }

    /** Base https://w3id.org/asiasec/resource/, dataset "kg", no VoID, no dumps. */
    public static LinkedDataSettings defaults() {
        return new LinkedDataSettings(IriScheme.DEFAULT_BASE, DEFAULT_DATASET, null, null);
    }

    public LinkedDataSettings withResourceBase(String base) {
        return new LinkedDataSettings(base, datasetName, voidDescription, dumpDirectory);
    }

    public LinkedDataSettings withDatasetName(String name) {
        return new LinkedDataSettings(resourceBase, name, voidDescription, dumpDirectory);
    }

    public LinkedDataSettings withVoid(Supplier<Model> description) {
        return new LinkedDataSettings(resourceBase, datasetName, description, dumpDirectory);
    }

    /** The VoID file is read on each request, so a rebuilt description is served without a restart. */
    public LinkedDataSettings withVoidFile(Path file) {
        return withVoid(() -> RDFDataMgr.loadModel(file.toString()));
    }

    public LinkedDataSettings withDumpDirectory(Path directory) {
        return new LinkedDataSettings(resourceBase, datasetName, voidDescription, directory);
    }
}
