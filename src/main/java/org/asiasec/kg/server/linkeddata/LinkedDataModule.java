package org.asiasec.kg.server.linkeddata;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Publishes the resources of a dataset as linked data on a Fuseki server:
 * <ul>
 * <li>{@code /resource/{id}} 303 See Other to the page or the data, by content negotiation;</li>
 * <li>{@code /page/{id}} a readable HTML page; {@code /page/} the classes with counts;</li>
 * <li>{@code /data/{id}.ttl|.jsonld|.rdf|.nt} the resource's description;</li>
 * <li>{@code /.well-known/void} the VoID description, {@code /dumps/} the dump files.</li>
 * </ul>
 * The IRI {@code base + id} is published at {@code /resource/id}: pages link locally, while the
 * data keeps the canonical IRIs. The dataset is only read.
 */
public final class LinkedDataModule {

    private LinkedDataModule() {
    }

    public static FusekiServer.Builder register(FusekiServer.Builder builder, DatasetGraph dsg,
                                               LinkedDataSettings settings) {
        LinkedDataStore store = new LinkedDataStore(dsg, new ResourceIds(settings.resourceBase()));
        return builder
                .addServlet("/resource/*", new ResourceServlet(store, settings))
                .addServlet("/data/*", new DataServlet(store, settings))
                .addServlet("/page/*", new PageServlet(store, settings))
                .addServlet("/.well-known/void", new VoidServlet(settings))
                .addServlet("/dumps/*", new DumpServlet(settings));
    }
}
