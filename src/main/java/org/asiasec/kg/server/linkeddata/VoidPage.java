package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The dataset description for a browser: the dataset's title, licence and figures, its endpoint and dumps,
 * and the classes with their counts. The many statistics subsets (co-mentions, fact readings, sentence
 * texts) are counted, not listed: they are in the RDF for programs.
 */
final class VoidPage {


    private final PageLayout layout;

    VoidPage(PageLayout layout) {
        this.layout = layout;
    }

    String render(Model m) {
        Resource dataset = mainDataset(m);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(text(dataset, DCTerms.title, "zh", "数据集描述"))).append("</h1>\n")
                .append("<p class=\"subtitle\" lang=\"en\">").append(Html.text(text(dataset, DCTerms.title, "en", "Dataset description")))
                .append(" · VoID</p>\n")
                .append("<p class=\"iri\">IRI: <code>").append(Html.text(dataset.isURIResource() ? dataset.getURI() : "")).append("</code></p>\n")
                .append("<dl class=\"summary\">\n");
        row(body, "三元组 Triples", number(dataset, VOID.triples));
        row(body, "实体 Entities", number(dataset, VOID.entities));
        row(body, "不同主语 Distinct subjects", number(dataset, VOID.distinctSubjects));
        row(body, "类 Classes", number(dataset, VOID.classes));
        row(body, "属性 Properties", number(dataset, VOID.properties));
        row(body, "IRI 空间 URI space", Html.text(literal(dataset, VOID.uriSpace)));
        row(body, "许可 Licence", links(dataset, DCTerms.license));
        row(body, "遵循 Conforms to", links(dataset, DCTerms.conformsTo));
        row(body, "SPARQL", "<a href=\"" + Html.text(layout.contextPath() + "/" + datasetName() + "/sparql") + "\">"
                + Html.text(layout.contextPath() + "/" + datasetName() + "/sparql") + "</a>");
        List<String> dumps = new ArrayList<>();
        for (Statement s : dataset.listProperties(VOID.dataDump).toList()) {
            if (s.getObject().isURIResource()) {
                String uri = s.getObject().asResource().getURI();
                String file = uri.substring(uri.lastIndexOf('/') + 1);
                dumps.add("<a href=\"" + Html.text(layout.contextPath() + "/dumps/" + file) + "\">" + Html.text(file) + "</a>");
            }
        }
        dumps.sort(null);
        row(body, "数据下载 Dumps", String.join(" · ", dumps));
        body.append("</dl>\n<p class=\"actions\">");
        for (RdfFormat f : RdfFormat.values()) {
            body.append("<a href=\"").append(Html.text(layout.contextPath() + "/.well-known/void?format=" + f.extension))
                    .append("\" type=\"").append(f.contentType()).append("\">").append(f.lang.getLabel()).append("</a>");
        }
        body.append("</p>\n");

        body.append("<section>\n<h2>类别 Classes</h2>\n<table>\n<thead><tr><th>类 Class</th><th class=\"count\">实例 Instances</th>")
                .append("<th class=\"count\">含子类 With subclasses</th></tr></thead>\n<tbody>\n");
        List<Resource> partitions = dataset.listProperties(VOID.classPartition).mapWith(Statement::getResource).toList();
        partitions.sort(Comparator.comparingLong((Resource p) -> -count(p, VOID.entities)).thenComparing(p -> String.valueOf(p)));
        for (Resource p : partitions) {
            Resource type = p.getPropertyResourceValue(m.createProperty(VOID.NS + "class"));
            if (type == null) {
                continue;
            }
            body.append("<tr><td><a href=\"").append(Html.text(layout.contextPath() + "/page/?class=" + Html.queryParam(type.getURI())))
                    .append("\"><code>").append(Html.text(m.shortForm(type.getURI()))).append("</code></a></td><td class=\"count\">")
                    .append(count(p, VOID.entities)).append("</td><td class=\"count\">")
                    .append(number(p, m.createProperty(org.asiasec.kg.rdf.Asc.NS + "instancesWithSubclasses")))
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n</section>\n");

        Map<String, Integer> records = new TreeMap<>();
        m.listStatements(null, RDF.type, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource() && !s.getSubject().equals(dataset)) {
                records.merge(m.shortForm(s.getObject().asResource().getURI()), 1, Integer::sum);
            }
        });
        body.append("<section>\n<h2>统计子集 Statistics subsets</h2>\n<p class=\"meta\">构建时统计，完整内容见 RDF。")
                .append("<span lang=\"en\"> Counted at build time; the RDF holds every one of them.</span></p>\n<table>\n<tbody>\n");
        records.forEach((type, n) -> body.append("<tr><td><code>").append(Html.text(type)).append("</code></td><td class=\"count\">")
                .append(n).append("</td></tr>\n"));
        body.append("</tbody>\n</table>\n</section>\n");
        return layout.render("数据集描述 Dataset description", "", body.toString());
    }

    private String datasetName() {
        return layout.datasetName();
    }

    /** The void:Dataset no other dataset lists as a subset or partition. */
    private static Resource mainDataset(Model m) {
        List<Resource> datasets = m.listSubjectsWithProperty(RDF.type, VOID.Dataset).toList();
        return datasets.stream()
                .filter(d -> !m.contains(null, VOID.subset, d) && !m.contains(null, VOID.classPartition, d))
                .filter(d -> d.hasProperty(VOID.triples))
                .min(Comparator.comparing(Resource::toString))
                .orElse(datasets.isEmpty() ? m.createResource() : datasets.get(0));
    }

    private static void row(StringBuilder body, String name, String html) {
        if (html != null && !html.isEmpty()) {
            body.append("<dt>").append(name).append("</dt><dd>").append(html).append("</dd>\n");
        }
    }

    private static String text(Resource r, Property p, String lang, String fallback) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLanguage().startsWith(lang)) {
                return s.getString();
            }
        }
        return fallback;
    }

    private static String literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getString() : "";
    }

    private static String number(Resource r, Property p) {
        return Html.text(literal(r, p));
    }

    private static long count(Resource r, Property p) {
        try {
            return Long.parseLong(literal(r, p));
        } catch (NumberFormatException none) {
            return 0;
        }
    }

    private static String links(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isURIResource()) {
                String uri = s.getObject().asResource().getURI();
                out.add("<a href=\"" + Html.text(uri) + "\" rel=\"external\">" + Html.text(uri) + "</a>");
            }
        }
        return String.join(" · ", out);
    }

}
