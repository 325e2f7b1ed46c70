package org.asiasec.kg.server.linkeddata;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;

/** A mechanism's meetings in date order: ordinal, date, place, documents adopted, members gained. */
final class MeetingTimeline {

    private MeetingTimeline() {
    }

    static void render(StringBuilder body, List<EntityView.MeetingRow> meetings, NodeLinks links, PageLayout layout,
                       String mechanismId) {
        body.append("<section class=\"timeline\" id=\"meetings\">\n<h2>会议时间线 Meetings</h2>\n")
                .append("<table class=\"timeline\">\n<thead><tr><th>日期 Date</th><th>届次 No.</th><th>会议 Meeting</th>")
                .append("<th>地点 Place</th><th>通过的文件 Documents adopted</th><th>新成员 Members gained</th></tr></thead>\n<tbody>\n");
        for (EntityView.MeetingRow m : meetings) {
            body.append("<tr><td>");
            if (m.date() != null) {
                body.append("<time datetime=\"").append(Html.text(m.date())).append("\">").append(Html.text(m.date()))
                        .append("</time>");
            }
            body.append("</td><td>").append(m.ordinal() == null ? "" : Html.text(m.ordinal()))
                    .append("</td><td>").append(links.node(m.meeting()))
                    .append("</td><td class=\"place\">").append(list(m.places(), links))
                    .append("</td><td>").append(list(m.documents(), links))
                    .append("</td><td>").append(list(m.newMembers(), links))
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n<p class=\"meta\"><a href=\"")
                .append(Html.text(layout.contextPath() + "/timeline?mechanism=" + Html.queryParam(mechanismId)))
                .append("\">时间线 Timeline of its events</a> · <a href=\"")
                .append(Html.text(layout.contextPath() + "/map?mechanism=" + Html.queryParam(mechanismId)))
                .append("\">会议地点地图 Map of meeting places</a></p>\n");
        if (meetings.stream().anyMatch(m -> !m.places().isEmpty())) {
            // a frame keeps the entity page itself free of scripts
            body.append("<iframe class=\"chart map\" title=\"会议地点 Meeting places\" loading=\"lazy\" src=\"")
                    .append(Html.text(layout.contextPath() + "/map?embed=1&mechanism=" + Html.queryParam(mechanismId)))
                    .append("\"></iframe>\n");
        }
        body.append("</section>\n");
    }

    private static String list(List<Node> nodes, NodeLinks links) {
        return nodes.stream().map(links::node).collect(Collectors.joining("、"));
    }
}
