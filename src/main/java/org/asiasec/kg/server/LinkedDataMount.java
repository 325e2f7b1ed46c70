package org.asiasec.kg.server;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.server.linkeddata.LinkedDataModule;
import org.asiasec.kg.server.linkeddata.LinkedDataSettings;
import org.asiasec.kg.search.SentenceIndex;
import org.asiasec.kg.store.DatasetDumps;

/**
 * The linked-data part of a served database, on the same server as SPARQL and the UI: resources
 * under the base at /resource/, pages at /page/, the database's dumps folder at /dumps/ and its
 * VoID file at /.well-known/void. Classes and properties are named with the labels of the ontology
 * graph that was built into the database.
 */
public final class LinkedDataMount {

    private LinkedDataMount() {
    }

    /**
     * @param database     the TDB2 folder served (its dumps are in {@link DatasetDumps#folderOf})
     * @param resourceBase the base the database's resource IRIs were minted under
     * @param datasetPath  the Fuseki dataset the pages' "query in the UI" links open, e.g. {@code /kg}
     */
    public static KgServer.Extension of(Path database, String resourceBase, String datasetPath) {
        Path dumps = DatasetDumps.folderOf(database);
        return (builder, dataset) -> LinkedDataModule.register(builder, dataset, LinkedDataSettings.defaults()
                .withResourceBase(resourceBase)
                .withDatasetName(datasetPath)
                .withVocabulary(ontology(dataset))
                .withVoidFile(DatasetDumps.voidFile(dumps))
                .withDumpDirectory(dumps), SentenceIndex.folderOf(database));
    }

    /** A copy in memory, read once: page rendering then needs no transaction for labels of classes. */
    private static Graph ontology(DatasetGraph dataset) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.getGraph(NodeFactory.createURI(Asc.ONTOLOGY_IRI)).find().forEach(copy::add));
        return copy;
    }
}
