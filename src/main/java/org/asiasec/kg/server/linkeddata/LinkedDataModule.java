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
        return register(builder, dsg, settings, null);
    }

    /**
     * @param sentenceIndex the full-text index of the sentences written by the build, or null for none
     *                      (/search then finds entities only)
     */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, DatasetGraph dsg,
                                               LinkedDataSettings settings, java.nio.file.Path sentenceIndex) {
        LinkedDataStore store = new LinkedDataStore(dsg, new ResourceIds(settings.resourceBase()));
        org.asiasec.kg.search.SentenceIndex sentences = sentenceIndex == null ? null
                : org.asiasec.kg.search.SentenceIndex.open(sentenceIndex).orElse(null);
        return builder
                .addServlet("/resource/*", new ResourceServlet(store, settings))
                .addServlet("/data/*", new DataServlet(store, settings))
                .addServlet("/page/*", new PageServlet(store, settings))
                .addServlet("/timeline", new TimelineServlet(store, settings))
                .addServlet("/search", new SearchServlet(store, settings, sentences))
                .addServlet("/queries", new QueriesServlet(settings))
                .addServlet(GraphServlet.PATH + "*", new GraphServlet(store, settings))
                .addServlet("/map", new MapServlet(store, settings))
                .addServlet("/map/*", new MapServlet(store, settings))
                .addServlet(AssetServlet.PATH + "*", new AssetServlet(settings))
                .addServlet("/.well-known/void", new VoidServlet(settings))
                .addServlet("/dumps/*", new DumpServlet(settings));
    }
}
