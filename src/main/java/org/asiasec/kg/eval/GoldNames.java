package org.asiasec.kg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/** The names a gold text gives its entities, looked up in a text's graph as score.py looks them up. */
final class GoldNames {

    private final Map<String, List<String>> names;
    private final GraphIndex kg;

    GoldNames(GoldText gold, GraphIndex kg) {
        this.names = gold.namesByEntity();
        this.kg = kg;
    }

    /** The names of a gold entity, or the name itself when no entity has it (Python's {@code str(None)} for none). */
    List<String> of(String name) {
        return names.getOrDefault(name, List.of(name == null ? "None" : name));
    }

    /** score.py's {@code ents}: {@code null} when the gold gives no name, else the nodes so named (of the type, if given). */
    Set<Node> nodes(String name, String type) {
        return name == null || name.isEmpty() ? null : kg.find(of(name), type);
    }

    /** The normalised names of an entity; none when the gold gives no name. */
    Set<String> norms(String name) {
        Set<String> out = new HashSet<>();
        if (name != null && !name.isEmpty()) {
            of(name).forEach(n -> out.add(Matching.norm(n)));
        }
        return out;
    }

    /** Whether one of the node's labels is a name of the entity. */
    boolean nodeIs(Node node, String name) {
        Set<String> norms = norms(name);
        return kg.labels(node).stream().anyMatch(norms::contains);
    }
}
