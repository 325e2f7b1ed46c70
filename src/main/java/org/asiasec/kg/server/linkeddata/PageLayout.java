package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The frame every linked-data page shares: head, inline style sheet, site navigation. */
final class PageLayout {

    private static final String STYLE = loadStyle();

    private final String contextPath;
    private final LinkedDataSettings settings;

    PageLayout(String contextPath, LinkedDataSettings settings) {
        this.contextPath = contextPath;
        this.settings = settings;
    }

    /**
     * @param title    plain text (escaped here)
     * @param headHtml extra markup for the head, already escaped
     * @param bodyHtml the main content, already escaped
     */
    String render(String title, String headHtml, String bodyHtml) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(Html.text(title)).append(" · AsiaSec KG</title>\n")
                .append(headHtml)
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"site\"><nav>")
                .append("<a class=\"home\" href=\"").append(Html.text(contextPath + "/page/"))
                .append("\">AsiaSec KG · 关联数据</a>")
                .append("<a href=\"").append(Html.text(contextPath + "/timeline")).append("\">时间线 Timeline</a>")
                .append("<a href=\"").append(Html.text(contextPath + "/map")).append("\">地图 Map</a>")
                .append("<a href=\"").append(Html.text(uiQueryPath())).append("\">SPARQL 查询</a>")
                .append("<a href=\"").append(Html.text(contextPath + "/queries")).append("\">示例查询 Queries</a>");
        if (settings.dumpDirectory() != null) {
            out.append("<a href=\"").append(Html.text(contextPath + "/dumps/")).append("\">数据下载 Dumps</a>");
        }
        if (settings.voidDescription() != null) {
            out.append("<a href=\"").append(Html.text(contextPath + "/.well-known/void"))
                    .append("\">VoID</a>");
        }
        out.append("<form class=\"search\" role=\"search\" method=\"get\" action=\"")
                .append(Html.text(contextPath + "/search")).append("\"><input type=\"search\" name=\"q\" ")
                .append("placeholder=\"搜索 Search: 上合, SCO, shanghe …\" aria-label=\"搜索 Search\" />")
                .append("<button type=\"submit\">搜索</button></form>");
        out.append("</nav></header>\n<main>\n").append(bodyHtml).append("</main>\n")
                .append("<footer>AsiaSec KG · 亚洲安全合作知识图谱 · ")
                .append("every page is also data: Turtle, JSON-LD, RDF/XML, N-Triples</footer>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    String datasetName() {
        return settings.datasetName();
    }

    String contextPath() {
        return contextPath;
    }

    /** The Fuseki UI's query editor for the dataset (its router lives in the URL fragment). */
    String uiQueryPath() {
        return contextPath + "/#/dataset/" + settings.datasetName() + "/query";
    }

    String uiQueryPath(String query) {
        return uiQueryPath() + "?query=" + Html.queryParam(query);
    }

    private static String loadStyle() {
        try (InputStream in = PageLayout.class.getResourceAsStream("/linkeddata/style.css")) {
            if (in == null) {
                throw new IllegalStateException("linkeddata/style.css missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
