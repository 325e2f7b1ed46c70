package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.asiasec.kg.rdf.Asc;

/**
 * /graph/{id}: a small graph of an entity's neighbourhood (members, meetings, documents, concepts …),
 * drawn with ECharts from the jar; /graph/{id}?format=json gives its nodes and links.
 */
final class GraphServlet extends LinkedDataServlet {

    static final String PATH = "/graph/";
    /** Neighbours drawn at most; a country cited by hundreds of facts stays legible. */
    static final int MAX_NEIGHBOURS = 60;
    private static final List<String> CATEGORIES = List.of("Mechanism", "Meeting", "Document", "Concept", "Country",
            "Person", "Place", "Membership");

    private final transient LinkedDataStore store;
    private final transient Bookkeeping bookkeeping;
    private final transient ClassTree classes;

    GraphServlet(LinkedDataStore store, LinkedDataSettings settings) {
        super(settings);
        this.store = store;
        this.bookkeeping = new Bookkeeping(settings.vocabulary());
        this.classes = new ClassTree(settings.vocabulary());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = RequestPaths.rawRemainder(request).orElse("");
        Optional<EntityView> view = id.isEmpty() ? Optional.empty() : store.view(id, bookkeeping, classes);
        if (view.isEmpty()) {
            notFound(request, response);
            return;
        }
        if ("json".equals(request.getParameter("format"))) {
            send(response, HttpServletResponse.SC_OK, "application/json; charset=utf-8",
                    json(view.get(), request.getContextPath()).toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        PageLayout layout = layout(request);
        String title = Labels.best(view.get().labels(), view.get().description().subject()).orElse(id);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(title)).append("</h1>\n<p class=\"subtitle\" lang=\"en\">关系图 Graph view</p>\n")
                .append("<p class=\"actions\"><a href=\"").append(Html.text(layout.contextPath() + "/page/" + id))
                .append("\">返回页面 Back to the page</a></p>\n")
                .append("<div id=\"graph\" class=\"chart\" data-src=\"")
                .append(Html.text(layout.contextPath() + PATH + id + "?format=json")).append("\" data-pages=\"")
                .append(Html.text(layout.contextPath() + "/page/")).append("\"></div>\n");
        String head = "<script src=\"" + Html.text(layout.contextPath() + AssetServlet.PATH + "echarts.min.js") + "\"></script>\n"
                + "<script src=\"" + Html.text(layout.contextPath() + AssetServlet.PATH + "graph.js") + "\" defer=\"defer\"></script>\n";
        sendHtml(response, HttpServletResponse.SC_OK, layout.render(title + " · 关系图 Graph", head, body.toString()));
    }

    /** {"categories": [...], "nodes": [{"id", "name", "category", "page"}], "links": [{"source", "target", "label"}]} */
    private JsonObject json(EntityView view, String contextPath) {
        ResourceDescription d = view.description();
        Graph labels = view.labels();
        Map<Node, JsonObject> nodes = new LinkedHashMap<>();
        JsonArray links = new JsonArray();
        node(nodes, d.subject(), labels, contextPath);
        for (Triple t : d.outgoing()) {
            edge(t, t.getObject(), view, nodes, links, labels, contextPath);
        }
        for (Triple t : d.incoming()) {
            edge(t, t.getSubject(), view, nodes, links, labels, contextPath);
        }
        JsonArray categories = new JsonArray();
        CATEGORIES.forEach(c -> {
            JsonObject o = new JsonObject();
            o.put("name", c);
            categories.add(o);
        });
        JsonObject other = new JsonObject();
        other.put("name", "Other");
        categories.add(other);
        JsonArray nodeList = new JsonArray();
        nodes.values().forEach(nodeList::add);
        JsonObject result = new JsonObject();
        result.put("categories", categories);
        result.put("nodes", nodeList);
        result.put("links", links);
        return result;
    }

    private void edge(Triple t, Node other, EntityView view, Map<Node, JsonObject> nodes, JsonArray links,
                      Graph labels, String contextPath) {
        Node p = t.getPredicate();
        if (!other.isURI() || view.records().contains(other) || bookkeeping.isProperty(p)
                || p.equals(RDF.type.asNode()) || p.equals(OWL.sameAs.asNode()) || p.equals(Asc.term("mentions"))
                || nodes.size() > MAX_NEIGHBOURS && !nodes.containsKey(other) || !store.ids().idOf(other).isPresent()) {
            return;
        }
        node(nodes, other, labels, contextPath);
        JsonObject link = new JsonObject();
        link.put("source", t.getSubject().getURI());
        link.put("target", t.getObject().getURI());
        link.put("label", Labels.best(settings.vocabulary(), p).orElse(p.getLocalName()));
        links.add(link);
    }

    private void node(Map<Node, JsonObject> nodes, Node n, Graph labels, String contextPath) {
        nodes.computeIfAbsent(n, x -> {
            JsonObject o = new JsonObject();
            o.put("id", x.getURI());
            o.put("name", Labels.best(labels, x).orElse(store.ids().idOf(x).orElse(x.getURI())));
            o.put("category", category(labels, x));
            o.put("page", store.ids().idOf(x).orElse(""));
            return o;
        });
    }

    private int category(Graph labels, Node n) {
        List<Node> types = labels.find(n, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        for (int i = 0; i < CATEGORIES.size(); i++) {
            Node top = Asc.term(CATEGORIES.get(i));
            if (types.stream().anyMatch(t -> classes.isWithin(t, top))) {
                return i;
            }
        }
        return CATEGORIES.size();
    }
}
