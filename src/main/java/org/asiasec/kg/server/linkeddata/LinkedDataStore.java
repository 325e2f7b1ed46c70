package org.asiasec.kg.server.linkeddata;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.asiasec.kg.rdf.Asc;

/** Read access to the dataset for the servlets; each call is one read transaction. */
final class LinkedDataStore {

    private final DatasetGraph dsg;
    private final ResourceIds ids;

    LinkedDataStore(DatasetGraph dsg, ResourceIds ids) {
        this.dsg = dsg;
        this.ids = ids;
    }

    ResourceIds ids() {
        return ids;
    }

    /** The resource a raw id from a request path names, if the dataset mentions it. */
    Optional<Node> resolve(String rawId) {
        return Txn.calculateRead(dsg, () -> {
            DatasetTriples data = new DatasetTriples(dsg);
            return ids.candidates(rawId).stream().filter(data::mentions).findFirst();
        });
    }

    Optional<ResourceDescription> describe(String rawId) {
        return Txn.calculateRead(dsg, () -> {
            DatasetTriples data = new DatasetTriples(dsg);
            return ids.candidates(rawId).stream().filter(data::mentions).findFirst()
                    .map(new Describer(data)::describe);
        });
    }

    /** The description of a resource and what its page shows around it, in one read transaction. */
    Optional<EntityView> view(String rawId, Bookkeeping bookkeeping, ClassTree classes) {
        return Txn.calculateRead(dsg, () -> {
            DatasetTriples data = new DatasetTriples(dsg);
            return ids.candidates(rawId).stream().filter(data::mentions).findFirst()
                    .map(new Describer(data)::describe)
                    .map(new Neighbourhood(dsg, bookkeeping, classes)::view);
        });
    }

    /** Runs work on the dataset in a read transaction. */
    <T> T read(java.util.function.Function<DatasetGraph, T> work) {
        return Txn.calculateRead(dsg, () -> work.apply(dsg));
    }

    ClassIndex.Listing<ClassIndex.ClassCount> classes() {
        return Txn.calculateRead(dsg, () -> new ClassIndex(new DatasetTriples(dsg)).classes());
    }

    ClassIndex.Listing<Node> instances(Node type, int offset, int limit) {
        return Txn.calculateRead(dsg, () -> new ClassIndex(new DatasetTriples(dsg)).instances(type, offset, limit));
    }

    /** Common prefixes, the project's own, and those the dataset declares. */
    PrefixMapping prefixes() {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("asc", Asc.NS)
                .setNsPrefix("wd", "http://www.wikidata.org/entity/");
        Txn.executeRead(dsg, () -> dsg.prefixes().forEach(prefixes::setNsPrefix));
        prefixes.removeNsPrefix("dc");
        return prefixes;
    }
}
