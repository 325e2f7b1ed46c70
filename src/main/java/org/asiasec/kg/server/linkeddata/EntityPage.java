package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.asiasec.kg.rdf.Asc;

/**
 * The readable page of one resource, organised like Wikidata's statements: the facts first, grouped by
 * property with Chinese and English property names, each value followed by its sources folded behind
 * a count; then the meetings of a mechanism in date order, the resources that refer to it, the entities
 * most often named with it and the sentences that mention it. Bookkeeping nodes (evidence, sentences,
 * statistics) are never rows of their own.
 */
final class EntityPage {

    private static final Set<String> DATE_TYPES = Set.of(XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDgYear.getURI(), XSDDatatype.XSDgYearMonth.getURI(), XSDDatatype.XSDdateTime.getURI());
    private static final String WIKIDATA = "://www.wikidata.org/";
    /** Shown in the header, not as statements. */
    private static final Set<Node> HEADER_PROPERTIES = Set.of(RDF.type.asNode(), RDFS.label.asNode(),
            SKOS.altLabel.asNode(), SKOS.prefLabel.asNode(), OWL.sameAs.asNode(), Asc.term("generatedLabel"));
    private static final Node MECHANISM = Asc.term("mechanism");
    private static final Node MENTIONS = Asc.term("mentions");
    private static final Node MENTIONING_SENTENCES = Asc.term("mentioningSentences");
    private static final Node MENTIONING_TEXTS = Asc.term("mentioningTexts");
    static final Node GENERATED_LABEL = Asc.term("generatedLabel");
    /** A country may be cited by thousands of facts; the page stays readable, the data stays complete. */
    static final int MAX_INCOMING = 200;
    /** Sentences that only mention the resource: the first few, the rest one query away. */
    static final int MAX_MENTIONS = 8;

    private final PageLayout layout;
    private final NodeLinks links;
    private final ResourceIds ids;
    private final Bookkeeping bookkeeping;

    EntityPage(PageLayout layout, NodeLinks links, ResourceIds ids, Bookkeeping bookkeeping) {
        this.layout = layout;
        this.links = links;
        this.ids = ids;
        this.bookkeeping = bookkeeping;
    }

    String render(EntityView view) {
        ResourceDescription d = view.description();
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

        Map<Triple, List<EvidenceItem>> sources = new LinkedHashMap<>();
        List<EvidenceItem> mentions = new ArrayList<>();
        for (EvidenceItem e : d.evidence()) {
            if (e.fact() == null || e.fact().getPredicate().equals(MENTIONS)) {
                mentions.add(e);
            } else {
                sources.computeIfAbsent(e.fact(), f -> new ArrayList<>()).add(e);
            }
        }

        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(zh.isEmpty() ? title : String.join(" / ", zh))).append("</h1>\n");
        if (!en.isEmpty()) {
            body.append("<p class=\"subtitle\" lang=\"en\">").append(Html.text(String.join(" / ", en)));
            if (!Labels.literals(g, subject, GENERATED_LABEL).isEmpty()) {
                body.append(" <span class=\"generated\" title=\"asc:generatedLabel: built from the meeting's parts, "
                        + "no text gives an English name\">生成的名称 generated</span>");
            }
            body.append("</p>\n");
        }
        body.append("<p class=\"iri\">IRI: <code>").append(Html.text(subject.getURI())).append("</code></p>\n");
        summary(body, d);
        actions(body, subject, id);
        statements(body, d, view.records(), sources);
        if (!view.meetings().isEmpty()) {
            MeetingTimeline.render(body, view.meetings(), links, layout, id);
        }
        if (!view.lineage().isEmpty()) {
            lineage(body, view.lineage());
        }
        incoming(body, d, view, sources);
        coMentions(body, view);
        mentions(body, mentions, g, subject, d);
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
        List<String> wikidata = new ArrayList<>();
        for (Triple t : d.outgoing()) {
            Node o = t.getObject();
            if (t.getPredicate().equals(OWL.sameAs.asNode()) && o.isURI() && o.getURI().contains(WIKIDATA)) {
                String qid = o.getURI().substring(o.getURI().lastIndexOf('/') + 1);
                wikidata.add("<a href=\"" + Html.text(o.getURI()) + "\" rel=\"external\">Wikidata " + Html.text(qid) + "</a>");
            }
        }
        row(body, "Wikidata", String.join(" · ", wikidata));
        String sentences = firstLiteral(d, MENTIONING_SENTENCES);
        String texts = firstLiteral(d, MENTIONING_TEXTS);
        if (sentences != null) {
            row(body, "提及 Mentioned", Html.text(sentences) + " 句 sentences"
                    + (texts == null ? "" : " · " + Html.text(texts) + " 篇 texts"));
        }
        body.append("</dl>\n");
    }

    private static String firstLiteral(ResourceDescription d, Node property) {
        return d.outgoing().stream().filter(t -> t.getPredicate().equals(property) && t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse(null);
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
        body.append("<a href=\"").append(Html.text(layout.contextPath() + GraphServlet.PATH + id))
                .append("\">关系图 Graph view</a>");
        for (RdfFormat f : RdfFormat.values()) {
            body.append("<a href=\"").append(Html.text(links.dataPath(id, f))).append("\" type=\"")
                    .append(f.contentType()).append("\">").append(f.lang.getLabel()).append("</a>");
        }
        body.append("</p>\n");
    }

    /** The resource's own facts, one row per property, each value with its sources folded. */
    private void statements(StringBuilder body, ResourceDescription d, Set<Node> records,
                            Map<Triple, List<EvidenceItem>> sources) {
        Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
        for (Triple t : d.outgoing()) {
            Node p = t.getPredicate();
            if (HEADER_PROPERTIES.contains(p) || bookkeeping.isProperty(p) || records.contains(t.getObject())) {
                continue;
            }
            byProperty.computeIfAbsent(p, x -> new ArrayList<>()).add(t);
        }
        body.append("<section class=\"statements\">\n<h2>陈述 Statements</h2>\n");
        if (byProperty.isEmpty()) {
            body.append("<p class=\"meta\">没有从文本中读出的事实 No facts read from the texts.</p>\n</section>\n");
            return;
        }
        statementTable(body, byProperty, Triple::getObject, d, sources);
        body.append("</section>\n");
    }

    private void incoming(StringBuilder body, ResourceDescription d, EntityView view,
                          Map<Triple, List<EvidenceItem>> sources) {
        boolean meetingsShown = !view.meetings().isEmpty();
        Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
        int shown = 0;
        int total = 0;
        for (Triple t : d.incoming()) {
            Node p = t.getPredicate();
            if (view.records().contains(t.getSubject()) || bookkeeping.isProperty(p) || p.equals(MENTIONS)
                    || meetingsShown && p.equals(MECHANISM) && isMeeting(view, t.getSubject())) {
                continue;
            }
            total++;
            if (shown < MAX_INCOMING) {
                shown++;
                byProperty.computeIfAbsent(p, x -> new ArrayList<>()).add(t);
            }
        }
        if (byProperty.isEmpty()) {
            return;
        }
        body.append("<section class=\"incoming\">\n<h2>被引用 Referenced by</h2>\n");
        if (total > shown) {
            body.append("<p class=\"meta\">共 ").append(total).append(" 条，只显示前 ").append(shown)
                    .append(" 条 ").append(total).append(" links; the first ").append(shown)
                    .append(" are shown, the query link above lists them all.</p>\n");
        }
        statementTable(body, byProperty, Triple::getSubject, d, sources);
        body.append("</section>\n");
    }

    private static boolean isMeeting(EntityView view, Node node) {
        return view.meetings().stream().anyMatch(m -> m.meeting().equals(node));
    }

    private void statementTable(StringBuilder body, Map<Node, List<Triple>> byProperty,
                                java.util.function.Function<Triple, Node> value, ResourceDescription d,
                                Map<Triple, List<EvidenceItem>> sources) {
        body.append("<table class=\"statements\">\n<tbody>\n");
        byProperty.forEach((p, triples) -> {
            body.append("<tr><th class=\"prop\" scope=\"row\">").append(propertyName(p)).append("</th><td><ul class=\"values\">");
            triples.stream().sorted(Comparator.comparing((Triple t) -> sortKey(value.apply(t)))).forEach(t -> {
                body.append("<li>").append(valueHtml(value.apply(t)));
                List<EvidenceItem> items = sources.getOrDefault(t, List.of());
                if (!items.isEmpty()) {
                    List<String> names = names(d.graph(), t.getSubject(), t.getObject());
                    body.append("<details class=\"sources\"><summary>").append(items.size())
                            .append(" 个来源 ").append(items.size() == 1 ? "source" : "sources")
                            .append("</summary><ol class=\"evidence\">");
                    items.forEach(e -> evidenceItem(body, e, names));
                    body.append("</ol></details>");
                }
                body.append("</li>");
            });
            body.append("</ul></td></tr>\n");
        });
        body.append("</tbody>\n</table>\n");
    }

    private String sortKey(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return Labels.best(links.labels(), n).orElse(n.toString());
    }

    /** The property's Chinese name, with its English name and short IRI below. */
    private String propertyName(Node p) {
        List<String> zh = Labels.inLanguage(links.labels(), p, RDFS.label.asNode(), "zh");
        List<String> en = Labels.inLanguage(links.labels(), p, RDFS.label.asNode(), "en");
        if (zh.isEmpty() && en.isEmpty()) {
            return links.term(p);
        }
        String text = Html.text(zh.isEmpty() ? en.get(0) : zh.get(0))
                + (en.isEmpty() || zh.isEmpty() ? "" : "<small lang=\"en\">" + Html.text(en.get(0)) + "</small>")
                + "<small><code>" + Html.text(links.shortName(p)) + "</code></small>";
        return "<a href=\"" + Html.text(p.isURI() ? p.getURI() : "") + "\" rel=\"external\">" + text + "</a>";
    }

    private String valueHtml(Node v) {
        if (v.isLiteral() && DATE_TYPES.contains(v.getLiteralDatatypeURI())) {
            return "<time datetime=\"" + Html.text(v.getLiteralLexicalForm()) + "\">"
                    + Html.text(v.getLiteralLexicalForm()) + "</time>";
        }
        return links.node(v);
    }

    private static List<String> names(Graph g, Node... nodes) {
        List<String> names = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isLiteral()) {
                names.add(n.getLiteralLexicalForm());
            } else {
                Labels.literals(g, n, RDFS.label.asNode()).forEach(l -> names.add(l.getLiteralLexicalForm()));
                Labels.literals(g, n, SKOS.altLabel.asNode()).forEach(l -> names.add(l.getLiteralLexicalForm()));
            }
        }
        return names;
    }

    /** One reading: the sentence with the names marked, then source, offsets, rule and confidence. */
    private void evidenceItem(StringBuilder body, EvidenceItem e, List<String> names) {
        body.append("<li>");
        if (e.sentenceText() != null) {
            List<String> marked = new ArrayList<>(names);
            e.details().stream().filter(t -> t.getPredicate().equals(Asc.surface) && t.getObject().isLiteral())
                    .forEach(t -> marked.add(0, t.getObject().getLiteralLexicalForm()));
            body.append("<blockquote lang=\"zh\">").append(Highlight.mark(e.sentenceText(), marked)).append("</blockquote>");
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
        body.append("<div class=\"meta\">").append(String.join(" · ", meta)).append("</div></li>");
    }

    /** Where the concept was put forward, then the dated meetings and documents named with it. */
    private void lineage(StringBuilder body, List<EntityView.LineageRow> rows) {
        body.append("<section class=\"lineage\" id=\"lineage\">\n<h2>沿革 Lineage</h2>\n<table class=\"timeline\">\n")
                .append("<thead><tr><th>日期 Date</th><th>事件 Event</th><th>地点 Place</th><th>关系 How</th></tr></thead>\n<tbody>\n");
        for (EntityView.LineageRow r : rows) {
            body.append("<tr><td><time datetime=\"").append(Html.text(r.date())).append("\">").append(Html.text(r.date()))
                    .append("</time></td><td>").append(links.node(r.event())).append("</td><td>")
                    .append(String.join("、", r.places().stream().map(links::node).toList())).append("</td><td>")
                    .append(r.proposal() ? "提出 <span class=\"tag\" lang=\"en\">proposed</span>"
                            : "同句提及 <span class=\"tag\" lang=\"en\">named with it</span>")
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n</section>\n");
    }

    private void coMentions(StringBuilder body, EntityView view) {
        if (view.coMentions().isEmpty()) {
            return;
        }
        body.append("<section class=\"co-mentions\">\n<h2>同句提及 Also mentioned with</h2>\n<ul class=\"chips\">");
        for (EntityView.CoMentioned c : view.coMentions()) {
            body.append("<li>").append(links.node(c.entity())).append(" <span class=\"count\">")
                    .append(c.sentences()).append("</span></li>");
        }
        body.append("</ul>\n");
        if (view.coMentionTotal() > view.coMentions().size()) {
            body.append("<p class=\"meta\">前 ").append(view.coMentions().size()).append(" 个，共 ")
                    .append(view.coMentionTotal()).append(" 个 The top ").append(view.coMentions().size())
                    .append(" of ").append(view.coMentionTotal()).append(" (by sentences shared).</p>\n");
        }
        body.append("</section>\n");
    }

    /** Sentences that mention the resource without stating a fact shown above: folded, the first few. */
    private void mentions(StringBuilder body, List<EvidenceItem> items, Graph g, Node subject, ResourceDescription d) {
        body.append("<section class=\"mentions\">\n<h2>提及 Mentions</h2>\n");
        if (items.isEmpty()) {
            body.append("<p class=\"meta\">没有记录证据句子 No evidence sentences recorded.</p>\n</section>\n");
            return;
        }
        List<String> names = names(g, subject);
        body.append("<details class=\"sources\"><summary>").append(items.size()).append(" 个句子 sentences")
                .append("</summary><ol class=\"evidence\">");
        items.stream().limit(MAX_MENTIONS).forEach(e -> evidenceItem(body, e, names));
        body.append("</ol>");
        if (items.size() > MAX_MENTIONS) {
            body.append("<p class=\"meta\">只显示前 ").append(MAX_MENTIONS).append(" 句 Showing the first ")
                    .append(MAX_MENTIONS).append("; <a href=\"")
                    .append(Html.text(layout.contextPath() + "/search?q=" + Html.queryParam(names.isEmpty() ? "" : names.get(0))))
                    .append("\">搜索句子 search the sentences</a>.</p>");
        }
        body.append("</details>\n</section>\n");
    }
}
