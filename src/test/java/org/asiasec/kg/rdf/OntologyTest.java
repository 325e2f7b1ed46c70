package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private static final String PREFIXES = """
            PREFIX asc: <https://w3id.org/asiasec/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final String TERM_KINDS = "VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty "
            + "owl:AnnotationProperty owl:NamedIndividual rdfs:Datatype }";

    private final Model ontology = ModelFactory.createModelForGraph(Ontology.ontologyGraph());

    @Test
    @DisplayName("the ontology has a version IRI and a CC BY 4.0 licence")
    void header() {
        var header = select("SELECT ?version ?license WHERE { <" + Asc.ONTOLOGY_IRI + "> a owl:Ontology ; "
                + "owl:versionIRI ?version ; dcterms:license ?license }");
        assertEquals(1, header.size());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", header.get(0).get("license").toString());
    }

    @Test
    @DisplayName("every class, property and individual has a label and a comment in Chinese and in English")
    void everyTermIsLabelledInChineseAndEnglish() {
        var terms = localNames(select("SELECT DISTINCT ?term WHERE { " + TERM_KINDS + " ?term a ?kind . "
                + "FILTER(STRSTARTS(STR(?term), STR(asc:))) }"), "term");
        assertTrue(terms.size() > 60, "terms found: " + terms.size());

        for (String lang : List.of("zh", "en")) {
            for (String property : List.of("rdfs:label", "rdfs:comment")) {
                var missing = localNames(select("SELECT DISTINCT ?term WHERE { " + TERM_KINDS + " ?term a ?kind . "
                        + "FILTER(STRSTARTS(STR(?term), STR(asc:))) "
                        + "FILTER NOT EXISTS { ?term " + property + " ?text FILTER(LANG(?text) = '" + lang + "') } }"), "term");
                assertEquals(Set.of(), missing, property + " @" + lang + " missing");
            }
        }
    }

    @Test
    @DisplayName("every object and datatype property has a domain and a range")
    void everyPropertyHasDomainAndRange() {
        var missing = localNames(select("SELECT ?p WHERE { VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty } "
                + "?p a ?kind . FILTER NOT EXISTS { ?p rdfs:domain ?d ; rdfs:range ?r } }"), "p");
        assertEquals(Set.of(), missing);
    }

    @Test
    @DisplayName("every property extraction can state and every entity type is defined")
    void modelVocabularyIsDefined() {
        var properties = localNames(select("SELECT ?p WHERE { VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty } ?p a ?kind }"), "p");
        for (Property p : Property.values()) {
            assertTrue(properties.contains(p.localName()), "asc:" + p.localName());
        }
        var classes = localNames(select("SELECT ?c WHERE { ?c a owl:Class }"), "c");
        for (EntityType t : EntityType.values()) {
            assertTrue(classes.contains(t.className()), "asc:" + t.className());
        }
        assertTrue(Ontology.standard().isClassWithin("Summit", "Meeting"));
        assertTrue(Ontology.standard().isClassWithin("WhitePaper", "Document"));
        assertTrue(Ontology.standard().isClassWithin("Organisation", "Mechanism"));
        assertTrue(!Ontology.standard().isClassWithin("Summit", "Mechanism"));
    }

    @Test
    @DisplayName("the five membership roles are named individuals, each tied to its shortcut property")
    void membershipRoles() {
        var roles = select("SELECT ?role ?shortcut WHERE { ?role a asc:MembershipRole , owl:NamedIndividual ; asc:shortcut ?shortcut }");
        assertEquals(Set.of("MemberRole", "FoundingMemberRole", "ObserverRole", "DialoguePartnerRole", "ChairRole"),
                localNames(roles, "role"));
        assertEquals(Set.of("memberOf", "foundingMemberOf", "observerOf", "dialoguePartnerOf", "chairOf"),
                localNames(roles, "shortcut"));
    }

    @Test
    @DisplayName("the shapes allow exactly the entity classes of the ontology, subclasses included")
    void shapesListEveryEntityClass() {
        Set<String> entityClasses = new TreeSet<>();
        for (String c : localNames(select("SELECT ?c WHERE { ?c a owl:Class }"), "c")) {
            for (EntityType t : EntityType.values()) {
                if (Ontology.standard().isClassWithin(c, t.className())) {
                    entityClasses.add(c);
                }
            }
        }
        Model shapes = ModelFactory.createModelForGraph(Ontology.shapesGraph());
        var listed = localNames(select(shapes, "SELECT ?c WHERE { <https://w3id.org/asiasec/shapes#EntityClasses> sh:in/rdf:rest*/rdf:first ?c }"), "c");
        var targeted = localNames(select(shapes, "SELECT ?c WHERE { <https://w3id.org/asiasec/shapes#EntityShape> sh:targetClass ?c }"), "c");
        assertEquals(entityClasses, listed);
        assertEquals(entityClasses, targeted);
    }

    @Test
    @DisplayName("every term the Java code names is defined in the ontology")
    void javaConstantsExist() throws IllegalAccessException {
        Graph g = Ontology.ontologyGraph();
        for (Field f : Asc.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                assertTrue(g.contains(term, Node.ANY, Node.ANY), "asc term of Asc." + f.getName() + " is not defined");
            }
        }
    }

    private List<QuerySolution> select(String query) {
        return select(ontology, query);
    }

    private static List<QuerySolution> select(Model model, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (var exec = QueryExecutionFactory.create(PREFIXES + query, model)) {
            exec.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static Set<String> localNames(List<QuerySolution> rows, String var) {
        Set<String> names = new TreeSet<>();
        for (QuerySolution row : rows) {
            RDFNode n = row.get(var);
            names.add(n.isURIResource() ? n.asResource().getURI().replace(Asc.NS, "") : n.toString());
        }
        return names;
    }
}
