package org.asiasec.kg.server.linkeddata;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/** The home of the linked-data part (classes with counts) and the per-class lists. */
final class IndexPages {

    static final int PAGE_SIZE = 500;

    private final PageLayout layout;
    private final ResourceIds ids;

    IndexPages(PageLayout layout, ResourceIds ids) {
        this.layout = layout;
        this.ids = ids;
    }

    /**
     * Domain classes first (mechanisms, meetings, documents … by count), then, apart, the classes of
     * provenance records, statistics and the vocabulary itself.
     */
    String home(ClassIndex.Listing<ClassIndex.ClassCount> classes, NodeLinks links, Bookkeeping bookkeeping) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>亚洲安全合作知识图谱</h1>\n<p class=\"subtitle\" lang=\"en\">AsiaSec KG · linked data</p>\n")
                .append("<p>每个资源都有自己的 IRI（<code>").append(Html.text(ids.base())).append("…</code>），")
                .append("在本服务器上以网页和 RDF 数据两种形式提供。")
                .append("<span lang=\"en\"> Every resource IRI under the base dereferences here: browsers get a page, ")
                .append("RDF clients get Turtle, JSON-LD, RDF/XML or N-Triples.</span></p>\n")
                .append("<p class=\"actions\"><a href=\"").append(Html.text(layout.contextPath() + "/timeline"))
                .append("\">时间线 Timeline</a><a href=\"").append(Html.text(layout.contextPath() + "/queries"))
                .append("\">示例查询 Example queries</a></p>\n")
                .append("<section>\n<h2>类别 Classes</h2>\n");
        if (classes.rows().isEmpty()) {
            body.append("<p class=\"meta\">数据集为空 The dataset holds no typed resources.</p>\n");
        } else {
            List<ClassIndex.ClassCount> domain = classes.rows().stream().filter(c -> isDomain(c.type(), bookkeeping)).toList();
            List<ClassIndex.ClassCount> internal = classes.rows().stream().filter(c -> !isDomain(c.type(), bookkeeping)).toList();
            classTable(body, domain, links, "domain");
            if (!internal.isEmpty()) {
                body.append("</section>\n<section>\n<h2>内部类别 Internal classes</h2>\n")
                        .append("<p class=\"meta\">证据、句子、统计与词汇本身：记录事实从哪里读出，不是事实。")
                        .append("<span lang=\"en\"> Evidence, sentences, statistics and the vocabulary itself: "
                                + "they record where facts were read, they are not facts.</span></p>\n");
                classTable(body, internal, links, "internal");
            }
        }
        body.append("</section>\n");
        return layout.render("关联数据 Linked data", "", body.toString());
    }

    /** A class of the project's vocabulary (or skos:Concept) that is not bookkeeping. */
    static boolean isDomain(Node type, Bookkeeping bookkeeping) {
        return type.isURI() && !bookkeeping.isClass(type)
                && (type.getURI().startsWith(org.asiasec.kg.rdf.Asc.NS)
                    || type.getURI().equals(org.apache.jena.vocabulary.SKOS.Concept.getURI()));
    }

    private static void classTable(StringBuilder body, List<ClassIndex.ClassCount> rows, NodeLinks links, String kind) {
        body.append("<table class=\"classes ").append(kind)
                .append("\">\n<thead><tr><th>类别 Class</th><th>IRI</th><th class=\"count\">实例 Instances</th></tr></thead>\n<tbody>\n");
        for (ClassIndex.ClassCount c : rows) {
            String name = links.name(c.type());
            body.append("<tr><td><a href=\"").append(Html.text(links.classListPath(c.type()))).append("\">")
                    .append(Html.text(name)).append("</a></td><td><code>")
                    .append(Html.text(links.shortName(c.type()))).append("</code></td><td class=\"count\">")
                    .append(c.instances()).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    String classList(Node type, int page, ClassIndex.Listing<Node> instances, NodeLinks links) {
        String className = links.name(type);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(className)).append("</h1>\n")
                .append("<p class=\"iri\">").append(Html.text(type.getURI())).append(" · ")
                .append(instances.total()).append(" 个实例 instances</p>\n");
        String query = "SELECT ?entity ?label WHERE {\n  ?entity a <" + type.getURI() + "> .\n"
                + "  OPTIONAL { ?entity <" + RDFS.label.getURI() + "> ?label }\n}\nORDER BY ?label";
        body.append("<p class=\"actions\"><a href=\"").append(Html.text(layout.uiQueryPath(query)))
                .append("\">在 SPARQL 查询界面中查询 Query this class</a></p>\n");
        if (instances.rows().isEmpty()) {
            body.append("<p class=\"meta\">没有实例 No instances.</p>\n");
        } else {
            body.append("<table>\n<thead><tr><th>中文名称</th><th>English</th><th>IRI</th></tr></thead>\n<tbody>\n");
            for (Node n : instances.rows()) {
                body.append("<tr><td>").append(cell(n, "zh", links)).append("</td><td lang=\"en\">")
                        .append(Html.text(String.join(" / ",
                                Labels.inLanguage(links.labels(), n, RDFS.label.asNode(), "en"))))
                        .append("</td><td><code>").append(Html.text(n.isURI() ? n.getURI() : n.toString()))
                        .append("</code></td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
            pager(body, type, page, instances.total(), links);
        }
        return layout.render(className, "", body.toString());
    }

    private static void pager(StringBuilder body, Node type, int page, int total, NodeLinks links) {
        int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pages <= 1) {
            return;
        }
        body.append("<p class=\"actions\">");
        if (page > 1) {
            body.append("<a href=\"").append(Html.text(links.classListPath(type) + "&page=" + (page - 1)))
                    .append("\" rel=\"prev\">上一页 Previous</a>");
        }
        body.append("<span>").append(page).append(" / ").append(pages).append("</span>");
        if (page < pages) {
            body.append("<a href=\"").append(Html.text(links.classListPath(type) + "&page=" + (page + 1)))
                    .append("\" rel=\"next\">下一页 Next</a>");
        }
        body.append("</p>\n");
    }

    /** The Chinese label (else any label, else the IRI) as a link to the resource's page. */
    private static String cell(Node n, String language, NodeLinks links) {
        List<String> names = Labels.inLanguage(links.labels(), n, RDFS.label.asNode(), language);
        String text = names.isEmpty()
                ? Labels.best(links.labels(), n).orElse(n.isURI() ? links.shortName(n) : n.toString())
                : String.join(" / ", names);
        return links.localPage(n)
                .map(p -> "<a href=\"" + Html.text(p) + "\">" + Html.text(text) + "</a>")
                .orElse(Html.text(text));
    }
}
