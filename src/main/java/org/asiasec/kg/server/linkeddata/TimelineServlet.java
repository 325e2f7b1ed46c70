package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * /timeline: every dated event in date order, filtered by {@code mechanism} (a resource id),
 * {@code kind} (meeting, document, membership, founding, proposal), {@code from} and {@code to} (years).
 */
final class TimelineServlet extends LinkedDataServlet {

    private final transient LinkedDataStore store;

    TimelineServlet(LinkedDataStore store, LinkedDataSettings settings) {
        super(settings);
        this.store = store;
    }

    /** The reader's filters; null or empty means "all". */
    record Filter(String mechanism, Timeline.Kind kind, Integer from, Integer to) {

        static Filter of(HttpServletRequest request) {
            Timeline.Kind kind = null;
            String k = request.getParameter("kind");
            for (Timeline.Kind each : Timeline.Kind.values()) {
                if (each.name().equals(k)) {
                    kind = each;
                }
            }
            String m = request.getParameter("mechanism");
            return new Filter(m == null || m.isBlank() ? null : m.trim(), kind,
                    year(request.getParameter("from")), year(request.getParameter("to")));
        }

        boolean accepts(Timeline.Event e, ResourceIds ids) {
            return (kind == null || e.kind() == kind)
                    && (from == null || e.year() >= from)
                    && (to == null || e.year() <= to)
                    && (mechanism == null || e.mechanisms().stream()
                        .anyMatch(m -> ids.idOf(m).map(mechanism::equals).orElse(false)));
        }

        private static Integer year(String s) {
            try {
                return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
            } catch (NumberFormatException notAYear) {
                return null;
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Filter filter = Filter.of(request);
        Graph labels = GraphFactory.createDefaultGraph();
        List<Timeline.Event> all = store.read(dsg -> {
            List<Timeline.Event> events = new Timeline(dsg).events();
            Set<Node> named = new HashSet<>();
            events.forEach(e -> {
                named.addAll(e.mechanisms());
                named.addAll(e.places());
                named.addAll(e.related());
            });
            DatasetTriples data = new DatasetTriples(dsg);
            named.forEach(n -> data.find(n, RDFS.label.asNode(), null).forEach(labels::add));
            return events;
        });
        List<Timeline.Event> shown = all.stream().filter(e -> filter.accepts(e, store.ids())).toList();
        NodeLinks links = new NodeLinks(request.getContextPath(), store.ids(), store.prefixes(),
                new Union(labels, settings.vocabulary()));
        PageLayout layout = layout(request);
        StringBuilder body = new StringBuilder();
        body.append("<h1>时间线</h1>\n<p class=\"subtitle\" lang=\"en\">Timeline · every dated event</p>\n");
        filters(body, filter, all, links, layout);
        body.append("<p class=\"meta\" id=\"event-count\">").append(shown.size()).append(" 个事件 events")
                .append(shown.size() == all.size() ? "" : "（共 " + all.size() + " 个 of " + all.size() + "）")
                .append("</p>\n");
        MapView.render(body, layout, MapView.placesQuery(filter.mechanism() == null ? null
                : store.ids().base() + filter.mechanism()));
        body.append("<table class=\"timeline\" id=\"events\">\n<thead><tr><th>日期 Date</th><th>种类 Kind</th>")
                .append("<th>事件 Event</th><th>机制 Mechanism</th><th>地点 Place</th><th>相关 Who</th></tr></thead>\n<tbody>\n");
        for (Timeline.Event e : shown) {
            body.append("<tr class=\"").append(e.kind().name()).append("\"><td><time datetime=\"")
                    .append(Html.text(e.date())).append("\">").append(Html.text(e.date())).append("</time></td><td>")
                    .append(e.kind().zh).append(" <span lang=\"en\" class=\"tag\">").append(e.kind().en).append("</span></td><td>")
                    .append(eventName(e, links)).append("</td><td>").append(list(e.mechanisms(), links))
                    .append("</td><td class=\"place\">").append(list(e.places(), links))
                    .append("</td><td>").append(list(e.related(), links)).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n<p class=\"actions\"><a href=\"")
                .append(Html.text(layout.uiQueryPath(Timeline.QUERY + "ORDER BY ?date")))
                .append("\">在 SPARQL 查询界面中查询 Query the timeline</a></p>\n");
        sendHtml(response, HttpServletResponse.SC_OK, layout.render("时间线 Timeline", MapView.head(layout), body.toString()));
    }

    private static String eventName(Timeline.Event e, NodeLinks links) {
        String zh = e.label() != null ? e.label() : links.shortName(e.subject());
        String text = Html.text(zh) + (e.labelEn() == null ? "" : " <span lang=\"en\" class=\"tag\">" + Html.text(e.labelEn()) + "</span>");
        return links.localPage(e.subject()).map(p -> "<a href=\"" + Html.text(p) + "\">" + text + "</a>").orElse(text);
    }

    private static String list(List<Node> nodes, NodeLinks links) {
        return nodes.stream().map(links::node).collect(Collectors.joining("、"));
    }

    private void filters(StringBuilder body, Filter filter, List<Timeline.Event> all, NodeLinks links, PageLayout layout) {
        body.append("<form class=\"filters\" method=\"get\" action=\"").append(Html.text(layout.contextPath() + "/timeline"))
                .append("\">\n<label>机制 Mechanism<select name=\"mechanism\"><option value=\"\">全部 All</option>");
        Map<Node, Integer> mechanisms = Timeline.mechanisms(all);
        mechanisms.keySet().stream()
                .sorted((a, b) -> mechanisms.get(b) - mechanisms.get(a) != 0 ? mechanisms.get(b) - mechanisms.get(a)
                        : links.name(a).compareTo(links.name(b)))
                .forEach(m -> store.ids().idOf(m).ifPresent(id -> body.append("<option value=\"").append(Html.text(id))
                        .append("\"").append(id.equals(filter.mechanism()) ? " selected=\"selected\"" : "").append(">")
                        .append(Html.text(links.name(m))).append(" (").append(mechanisms.get(m)).append(")</option>")));
        body.append("</select></label>\n<label>种类 Kind<select name=\"kind\"><option value=\"\">全部 All</option>");
        for (Timeline.Kind k : Timeline.Kind.values()) {
            body.append("<option value=\"").append(k.name()).append("\"").append(k == filter.kind() ? " selected=\"selected\"" : "")
                    .append(">").append(k.zh).append(" ").append(k.en).append("</option>");
        }
        body.append("</select></label>\n<label>从 From<input type=\"number\" name=\"from\" min=\"1900\" max=\"2100\" value=\"")
                .append(filter.from() == null ? "" : filter.from()).append("\" /></label>\n")
                .append("<label>到 To<input type=\"number\" name=\"to\" min=\"1900\" max=\"2100\" value=\"")
                .append(filter.to() == null ? "" : filter.to()).append("\" /></label>\n")
                .append("<button type=\"submit\">筛选 Filter</button></form>\n");
    }
}
