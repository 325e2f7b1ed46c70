package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.riot.Lang;
import org.asiasec.kg.rdf.IriScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetDumpsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://w3id.org/asiasec/resource/, https://w3id.org/asiasec/",
            "http://example.org/kg/id/, http://example.org/kg/",
            "http://example.org/resource/, http://example.org/",
            "http://example.org/, http://example.org/",
            "http://localhost:3030/resource/, http://localhost:3030/",
    })
    @DisplayName("the site root is the parent of the resource base, or the base when it is a host's root")
    void siteRoot(String base, String root) {
        assertEquals(root, DatasetDumps.siteRoot(new IriScheme(base).base()));
    }

    @Test
    @DisplayName("the description names the endpoint and one dump per format under the site root")
    void descriptionSettings() {
        DescriptionSettings settings = DatasetDumps.descriptionSettings(IriScheme.standard());
        assertEquals("https://w3id.org/asiasec/kg/sparql", settings.sparqlEndpoint());
        assertEquals(ExportFormat.values().length, settings.dumps().size());
        assertEquals("https://w3id.org/asiasec/dumps/asiasec.nq", settings.dumps().get(Lang.NQUADS));
        assertTrue(settings.dumps().values().stream().allMatch(url -> url.startsWith("https://w3id.org/asiasec/dumps/asiasec.")));
    }
}
