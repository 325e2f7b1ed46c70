package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * /map: the meeting places on an offline map (all, or one mechanism's with {@code ?mechanism=ID});
 * /map/places.json: the places with their coordinates and the meetings held there.
 * Coordinates come from the reference-data graph (W3C Basic Geo), never from a text.
 */
final class MapServlet extends LinkedDataServlet {

    static final String PLACES_QUERY = """
            PREFIX asc:  <https://w3id.org/asiasec/ontology#>
            PREFIX geo:  <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?place ?lat ?long ?event ?date ?mechanism WHERE {
              ?event asc:place ?place ; a/rdfs:subClassOf* asc:Meeting .
              ?place geo:lat ?lat ; geo:long ?long .
              OPTIONAL { ?event asc:date ?date }
              OPTIONAL { ?event asc:mechanism ?m0 . OPTIONAL { ?m0 asc:bodyOf ?parent } BIND(COALESCE(?parent, ?m0) AS ?mechanism) }
            }
            """;

    private final transient LinkedDataStore store;

    MapServlet(LinkedDataStore store, LinkedDataSettings settings) {
        super(settings);
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = RequestPaths.rawRemainder(request).orElse("");
        String mechanism = request.getParameter("mechanism");
        if (rest.equals("places.json")) {
            allowAnyOrigin(response);
            send(response, HttpServletResponse.SC_OK, "application/json; charset=utf-8",
                    places(mechanism == null || mechanism.isBlank() ? null : mechanism).toString()
                            .getBytes(StandardCharsets.UTF_8));
        } else if (rest.isEmpty()) {
            page(request, response, mechanism);
        } else {
            notFound(request, response);
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, String mechanismId) throws IOException {
        PageLayout layout = layout(request);
        String iri = mechanismId == null || mechanismId.isBlank() ? null : store.ids().base() + mechanismId.trim();
        StringBuilder body = new StringBuilder();
        body.append("<h1>会议地点</h1>\n<p class=\"subtitle\" lang=\"en\">Where the meetings took place</p>\n")
                .append("<p class=\"meta\">坐标是参考数据（经由词表中的 Wikidata 标识），不是从文本中读出的事实。")
                .append("<span lang=\"en\"> Coordinates are reference data (through the lexicon's Wikidata ids), "
                        + "not facts read from a text. Outlines: Natural Earth (public domain).</span></p>\n");
        if (request.getParameter("embed") != null) {
            // the frame on a mechanism's page: the map alone
            StringBuilder frame = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\" />\n")
                    .append("<title>地图 Map</title>\n").append(MapView.head(layout))
                    .append("<style>html, body { margin: 0; height: 100%; } .chart { width: 100%; height: 100%; }</style>\n")
                    .append("</head>\n<body>\n");
            MapView.render(frame, layout, MapView.placesQuery(iri));
            sendHtml(response, HttpServletResponse.SC_OK, frame.append("</body>\n</html>\n").toString());
            return;
        }
        MapView.render(body, layout, MapView.placesQuery(iri));
        sendHtml(response, HttpServletResponse.SC_OK, layout.render("地图 Map", MapView.head(layout), body.toString()));
    }

    /** {"places": [{"iri", "id", "label", "lat", "long", "events": ["2018-06 上海合作组织2018年峰会", …]}]} */
    JsonObject places(String mechanismIri) {
        Map<Node, JsonObject> places = new LinkedHashMap<>();
        Map<Node, TreeSet<String>> events = new LinkedHashMap<>();
        store.read(dsg -> {
            DatasetTriples data = new DatasetTriples(dsg);
            ParameterizedSparqlString query = new ParameterizedSparqlString(PLACES_QUERY);
            try (QueryExecution exec = QueryExecution.create(query.asQuery(), DatasetFactory.wrap(dsg))) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    if (mechanismIri != null && (!row.contains("mechanism")
                            || !row.getResource("mechanism").getURI().equals(mechanismIri))) {
                        continue;
                    }
                    Node place = row.get("place").asNode();
                    places.computeIfAbsent(place, p -> {
                        JsonObject o = new JsonObject();
                        o.put("iri", p.getURI());
                        o.put("id", store.ids().idOf(p).orElse(""));
                        o.put("label", label(data, p));
                        o.put("lat", org.apache.jena.atlas.json.JsonNumber.value(row.getLiteral("lat").getDouble()));
                        o.put("long", org.apache.jena.atlas.json.JsonNumber.value(row.getLiteral("long").getDouble()));
                        return o;
                    });
                    Node event = row.get("event").asNode();
                    String date = row.contains("date") ? row.getLiteral("date").getLexicalForm() + " " : "";
                    events.computeIfAbsent(place, p -> new TreeSet<>()).add(date + label(data, event));
                }
            }
            return null;
        });
        JsonArray list = new JsonArray();
        places.forEach((place, o) -> {
            JsonArray held = new JsonArray();
            events.get(place).forEach(held::add);
            o.put("events", held);
            list.add(o);
        });
        JsonObject result = new JsonObject();
        result.put("places", list);
        return result;
    }

    private static String label(DatasetTriples data, Node node) {
        return data.objects(node, org.apache.jena.vocabulary.RDFS.label.asNode()).stream().filter(Node::isLiteral)
                .sorted((a, b) -> Boolean.compare(!a.getLiteralLanguage().startsWith("zh"), !b.getLiteralLanguage().startsWith("zh")))
                .map(Node::getLiteralLexicalForm).findFirst()
                .orElse(node.isURI() ? node.getURI() : node.toString());
    }

}
