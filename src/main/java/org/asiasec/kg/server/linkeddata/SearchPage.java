package org.asiasec.kg.server.linkeddata;

import java.util.List;

/** The HTML of /search: the query, the entities found, the sentences found. */
final class SearchPage {

    private final PageLayout layout;
    private final ResourceIds ids;

    SearchPage(PageLayout layout, ResourceIds ids) {
        this.layout = layout;
        this.ids = ids;
    }

    String render(String q, List<EntityNames.Match> entities, List<SearchServlet.SentenceHit> sentences, boolean fullText) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>搜索</h1>\n<p class=\"subtitle\" lang=\"en\">Search entities and sentences</p>\n")
                .append("<form class=\"filters\" method=\"get\" action=\"").append(Html.text(layout.contextPath() + "/search"))
                .append("\"><label>名称或句子 Name or words<input type=\"search\" name=\"q\" id=\"q\" value=\"")
                .append(Html.text(q)).append("\" /></label><button type=\"submit\">搜索 Search</button></form>\n")
                .append("<p class=\"meta\">名称可用简体、繁体、拼音或英文，前缀或部分皆可。")
                .append("<span lang=\"en\"> Names in simplified or traditional characters, pinyin or English; "
                        + "a prefix or any part will do.</span></p>\n");
        if (q.isEmpty()) {
            return layout.render("搜索 Search", "", body.toString());
        }
        body.append("<section id=\"entities\">\n<h2>实体 Entities</h2>\n");
        if (entities.isEmpty()) {
            body.append("<p class=\"meta\">没有名称匹配的实体 No entity of that name.</p>\n");
        } else {
            body.append("<ol class=\"results\">\n");
            for (EntityNames.Match m : entities) {
                EntityNames.Named e = m.entity();
                String page = ids.idOf(e.entity()).map(id -> layout.contextPath() + "/page/" + id).orElse(e.entity().getURI());
                body.append("<li><a href=\"").append(Html.text(page)).append("\">").append(Html.text(e.label())).append("</a>");
                if (e.labelEn() != null) {
                    body.append(" <span lang=\"en\">").append(Html.text(e.labelEn())).append("</span>");
                }
                body.append(" <span class=\"tag\">").append(Html.text(localName(e.type().getURI()))).append("</span>")
                        .append("<div class=\"meta\">");
                if (!m.matchedName().equals(e.label())) {
                    body.append("名称 Matched: ").append(Html.text(m.matchedName())).append(" · ");
                }
                body.append("提及 ").append(e.mentions()).append(" 句 sentences</div></li>\n");
            }
            body.append("</ol>\n");
        }
        body.append("</section>\n<section id=\"sentences\">\n<h2>句子 Sentences</h2>\n");
        if (!fullText) {
            body.append("<p class=\"meta\">此数据库没有全文索引，请重新构建。 This database has no full-text index: rebuild it.</p>\n");
        } else if (sentences.isEmpty()) {
            body.append("<p class=\"meta\">没有句子包含这些词 No sentence has these words.</p>\n");
        } else {
            body.append("<ol class=\"results evidence\">\n");
            for (SearchServlet.SentenceHit h : sentences) {
                body.append("<li><blockquote lang=\"zh\">")
                        .append(Highlight.mark(h.text() == null ? "" : h.text(), List.of(q))).append("</blockquote>")
                        .append("<div class=\"meta\">");
                if (h.source() != null) {
                    String name = Html.text(h.file() != null ? h.file() : h.source().toString());
                    body.append("来源 Source: ").append(ids.idOf(h.source())
                            .map(id -> "<a href=\"" + Html.text(layout.contextPath() + "/page/" + id) + "\">" + name + "</a>")
                            .orElse(name));
                }
                if (h.start() != null) {
                    body.append(" · 字符位置 Offsets: ").append(Html.text(h.start())).append("–").append(Html.text(String.valueOf(h.end())));
                }
                body.append("</div></li>\n");
            }
            body.append("</ol>\n");
        }
        body.append("</section>\n");
        return layout.render(q + " · 搜索 Search", "", body.toString());
    }

    private static String localName(String iri) {
        int at = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(at + 1);
    }
}
