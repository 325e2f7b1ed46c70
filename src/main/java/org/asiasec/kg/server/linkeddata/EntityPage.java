package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The readable page of one resource. */
final class EntityPage {

    private static final Set<String> DATE_TYPES = Set.of(XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDgYear.getURI(), XSDDatatype.XSDgYearMonth.getURI(), XSDDatatype.XSDdateTime.getURI());
    private static final String WIKIDATA = "://www.wikidata.org/";
    /** A country may be cited by thousands of facts; the page stays readable, the data stays complete. */
    static final int MAX_INCOMING = 500;

    private final PageLayout layout;
    private final NodeLinks links;
    private final ResourceIds ids;

    EntityPage(PageLayout layout, NodeLinks links, ResourceIds ids) {
        this.layout = layout;
        this.links = links;
        this.ids = ids;
    }

    String render(ResourceDescription d) {
        Node subject = d.subject();
        Graph g = d.graph();
        String id = ids.idOf(subject).orElseThrow();
        List<String> zh = Labels.inLanguage(g, subject, RDFS.label.asNode(), "zh");
        List<String> en = Labels.inLanguage(g, subject, RDFS.label.asNode(), "en");
        String title = Labels.best(g, subject).orElse(id);

        StringBuilder head = new StringBuilder();
        for (RdfFormat f : RdfFormat.values()) {
            head.append("<link rel=\"alternate\" type=\"").append(f.contentType()).append("\" href=\"")
                    .append(Html.text(links.dataPath(id, f))).append("\" />\n");
        }

        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(zh.isEmpty() ? title : String.join(" / ", zh))).append("</h1>\n");
        if (!en.isEmpty()) {
            body.append("<p class=\"subtitle\" lang=\"en\">").append(Html.text(String.join(" / ", en))).append("</p>\n");
        }
        body.append("<p class=\"iri\">IRI: <code>").append(Html.text(subject.getURI())).append("</code></p>\n");
        summary(body, d);
        actions(body, subject, id);
        outgoing(body, d.outgoing());
        incoming(body, d.incoming());
        evidence(body, d.evidence(), g, subject);
        return layout.render(title, head.toString(), body.toString());
    }

    private void summary(StringBuilder body, ResourceDescription d) {
        Graph g = d.graph();
        Node s = d.subject();
        body.append("<dl class=\"summary\">\n");
        List<String> types = new ArrayList<>();
        for (Triple t : d.outgoing()) {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                types.add("<a href=\"" + Html.text(links.classListPath(t.getObject())) + "\">"
                        + Html.text(links.name(t.getObject())) + "</a>");
            }
        }
        row(body, "类型 Type", String.join(" · ", types));
        List<String> aliases = Labels.literals(g, s, SKOS.altLabel.asNode()).stream().map(links::literal).toList();
        row(body, "别名 Also known as", String.join(" · ", aliases));
        List<String> dates = new ArrayList<>();
        for (Triple t : d.outgoing()) {
            Node o = t.getObject();
            if (o.isLiteral() && DATE_TYPES.contains(o.getLiteralDatatypeURI())) {
                dates.add(links.term(t.getPredicate()) + ": <time datetime=\"" + Html.text(o.getLiteralLexicalForm())
                        + "\">" + Html.text(o.getLiteralLexicalForm()) + "</time>");
            }
        }
        row(body, "日期 Dates", String.join("<br />", dates));
        List<String> wikidata = new ArrayList<>();
        for (Triple t : d.outgoing()) {
            Node o = t.getObject();
            if (t.getPredicate().equals(OWL.sameAs.asNode()) && o.isURI() && o.getURI().contains(WIKIDATA)) {
                String qid = o.getURI().substring(o.getURI().lastIndexOf('/') + 1);
                wikidata.add("<a href=\"" + Html.text(o.getURI()) + "\" rel=\"external\">Wikidata " + Html.text(qid) + "</a>");
            }
        }
        row(body, "Wikidata", String.join(" · ", wikidata));
        body.append("</dl>\n");
    }

    private static void row(StringBuilder body, String name, String valueHtml) {
        if (!valueHtml.isEmpty()) {
            body.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
        }
    }

    private void actions(StringBuilder body, Node subject, String id) {
        String iri = "<" + subject.getURI() + ">";
        String query = "SELECT ?direction ?property ?value WHERE {\n"
                + "  { " + iri + " ?property ?value . BIND(\"out\" AS ?direction) }\n"
                + "  UNION\n"
                + "  { ?value ?property " + iri + " . BIND(\"in\" AS ?direction) }\n"
                + "}\nORDER BY ?direction ?property";
        body.append("<p class=\"actions\"><a href=\"").append(Html.text(layout.uiQueryPath(query)))
                .append("\">在 SPARQL 查询界面中查询 Query this entity</a>");
        for (RdfFormat f : RdfFormat.values()) {
            body.append("<a href=\"").append(Html.text(links.dataPath(id, f))).append("\" type=\"")
                    .append(f.contentType()).append("\">").append(f.lang.getLabel()).append("</a>");
        }
        body.append("</p>\n");
    }

    private void outgoing(StringBuilder body, List<Triple> triples) {
        body.append("<section>\n<h2>属性 Properties</h2>\n");
        if (triples.isEmpty()) {
            body.append("<p class=\"meta\">无 None.</p>\n</section>\n");
            return;
        }
        body.append("<table>\n<thead><tr><th>属性 Property</th><th>值 Value</th></tr></thead>\n<tbody>\n");
        byPredicate(triples, Triple::getObject).forEach((p, values) -> {
            body.append("<tr><th class=\"prop\" scope=\"row\">").append(links.term(p)).append("</th><td><ul class=\"values\">");
            values.forEach(v -> body.append("<li>").append(links.node(v)).append("</li>"));
            body.append("</ul></td></tr>\n");
        });
        body.append("</tbody>\n</table>\n</section>\n");
    }

    private void incoming(StringBuilder body, List<Triple> triples) {
        body.append("<section>\n<h2>被引用 Referenced by</h2>\n");
        if (triples.isEmpty()) {
            body.append("<p class=\"meta\">无 None.</p>\n</section>\n");
            return;
        }
        if (triples.size() > MAX_INCOMING) {
            body.append("<p class=\"meta\">共 ").append(triples.size()).append(" 条，只显示前 ").append(MAX_INCOMING)
                    .append(" 条 ").append(triples.size()).append(" links; the first ").append(MAX_INCOMING)
                    .append(" are shown, the query link above lists them all.</p>\n");
        }
        body.append("<table>\n<thead><tr><th>属性 Property</th><th>资源 Resource</th></tr></thead>\n<tbody>\n");
        byPredicate(triples.subList(0, Math.min(triples.size(), MAX_INCOMING)), Triple::getSubject).forEach((p, subjects) -> {
            body.append("<tr><th class=\"prop\" scope=\"row\">").append(links.term(p)).append("</th><td><ul class=\"values\">");
            subjects.forEach(v -> body.append("<li>").append(links.node(v)).append("</li>"));
            body.append("</ul></td></tr>\n");
        });
        body.append("</tbody>\n</table>\n</section>\n");
    }

    private static Map<Node, List<Node>> byPredicate(List<Triple> triples,
                                                     Function<Triple, Node> value) {
        Map<Node, List<Node>> grouped = new LinkedHashMap<>();
        for (Triple t : triples) {
            grouped.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(value.apply(t));
        }
        return grouped;
    }

    private void evidence(StringBuilder body, List<EvidenceItem> items, Graph g, Node subject) {
        body.append("<section>\n<h2>证据 Evidence</h2>\n");
        if (items.isEmpty()) {
            body.append("<p class=\"meta\">没有记录证据句子 No evidence sentences recorded.</p>\n</section>\n");
            return;
        }
        List<String> names = new ArrayList<>(Labels.literals(g, subject, RDFS.label.asNode()).stream()
                .map(Node::getLiteralLexicalForm).toList());
        Labels.literals(g, subject, SKOS.altLabel.asNode()).forEach(l -> names.add(l.getLiteralLexicalForm()));
        body.append("<ol class=\"evidence\">\n");
        for (EvidenceItem e : items) {
            body.append("<li>");
            if (e.fact() != null) {
                body.append("<div class=\"meta\">").append(links.node(e.fact().getSubject())).append(" ")
                        .append(links.term(e.fact().getPredicate())).append(" ")
                        .append(links.node(e.fact().getObject())).append("</div>");
            }
            if (e.sentenceText() != null) {
                body.append("<blockquote lang=\"zh\">").append(highlighted(e.sentenceText(), names)).append("</blockquote>");
            }
            List<String> meta = new ArrayList<>();
            if (e.fileName() != null || e.source() != null) {
                String name = Html.text(e.fileName() != null ? e.fileName() : e.source().toString());
                meta.add("来源 Source: " + (e.source() != null && e.source().isURI()
                        ? links.localPage(e.source()).map(p -> "<a href=\"" + Html.text(p) + "\">" + name + "</a>")
                            .orElse(name)
                        : name));
            }
            if (e.start() != null || e.end() != null) {
                meta.add("字符位置 Offsets: " + Html.text(String.valueOf(e.start())) + "–" + Html.text(String.valueOf(e.end())));
            }
            if (e.rule() != null) {
                meta.add("规则 Rule: <code>" + Html.text(e.rule()) + "</code>");
            }
            if (e.confidence() != null) {
                meta.add("置信度 Confidence: " + Html.text(e.confidence()));
            }
            for (Triple t : e.details()) {
                meta.add(links.term(t.getPredicate()) + ": " + links.literal(t.getObject()));
            }
            if (e.node().isURI()) {
                meta.add(links.node(e.node()));
            }
            body.append("<div class=\"meta\">").append(String.join(" · ", meta)).append("</div></li>\n");
        }
        body.append("</ol>\n");
        if (items.size() >= Describer.MAX_EVIDENCE) {
            body.append("<p class=\"meta\">只显示前 ").append(Describer.MAX_EVIDENCE)
                    .append(" 条 Showing the first ").append(Describer.MAX_EVIDENCE).append(".</p>\n");
        }
        body.append("</section>\n");
    }

    /** Marks the first mention of the resource's name in the sentence. */
    private static String highlighted(String sentence, List<String> names) {
        for (String name : names) {
            int at = name.isEmpty() ? -1 : sentence.indexOf(name);
            if (at >= 0) {
                return Html.text(sentence.substring(0, at)) + "<mark>" + Html.text(name) + "</mark>"
                        + Html.text(sentence.substring(at + name.length()));
            }
        }
        return Html.text(sentence);
    }
}
