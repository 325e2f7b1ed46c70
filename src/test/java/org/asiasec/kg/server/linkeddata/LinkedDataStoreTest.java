package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The store reads a TDB2 database the same way as an in-memory dataset, named graphs included. */
class LinkedDataStoreTest {

    private static final String BASE = "https://w3id.org/asiasec/resource/";

    @Test
    @DisplayName("in TDB2, a resource whose facts sit in a named graph is found, described and its evidence read")
    void tdb2NamedGraphs() {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.mem());
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, getClass().getResource("/linkeddata/fixture.trig").toString()));
        LinkedDataStore store = new LinkedDataStore(tdb, new ResourceIds(BASE));

        ResourceDescription sco = store.describe("SCO").orElseThrow();
        assertTrue(sco.graph().contains(NodeFactory.createURI(BASE + "SCO"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("上海合作组织", "zh")));
        assertEquals(3, sco.evidence().size(), "founding, mention and predecessor readings");
        assertTrue(sco.evidence().stream().anyMatch(e -> "上合组织二十年.txt".equals(e.fileName()) && "120".equals(e.start())));
        assertTrue(store.describe("NoSuchThing").isEmpty());
        assertEquals(2, store.classes().rows().stream()
                .filter(c -> c.type().getURI().endsWith("#Mechanism")).findFirst().orElseThrow().instances());
    }
}
