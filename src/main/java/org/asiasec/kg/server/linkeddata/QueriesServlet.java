package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /queries: the shipped example queries, each linked into the Fuseki UI's query editor. The UI's own
 * example list cannot be configured from the server (it is built into the UI's JavaScript), so the
 * queries are offered here instead.
 */
final class QueriesServlet extends LinkedDataServlet {

    QueriesServlet(LinkedDataSettings settings) {
        super(settings);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLayout layout = layout(request);
        List<ShippedQueries.ShippedQuery> queries = ShippedQueries.load();
        StringBuilder body = new StringBuilder();
        body.append("<h1>示例查询</h1>\n<p class=\"subtitle\" lang=\"en\">Example queries · open one in the SPARQL editor</p>\n")
                .append("<ol class=\"results queries\">\n");
        for (ShippedQueries.ShippedQuery q : queries) {
            body.append("<li><a href=\"").append(Html.text(layout.uiQueryPath(q.text()))).append("\">")
                    .append(Html.text(q.title())).append("</a> <span class=\"tag\">").append(Html.text(q.file()))
                    .append("</span>");
            if (!q.question().isEmpty()) {
                body.append("<div class=\"meta\">");
                q.question().forEach(l -> body.append(Html.text(l.strip())).append("<br />"));
                body.append("</div>");
            }
            body.append("</li>\n");
        }
        body.append("</ol>\n");
        if (queries.isEmpty()) {
            body.append("<p class=\"meta\">没有找到查询文件 No query files found.</p>\n");
        }
        sendHtml(response, HttpServletResponse.SC_OK, layout.render("示例查询 Example queries", "", body.toString()));
    }
}
