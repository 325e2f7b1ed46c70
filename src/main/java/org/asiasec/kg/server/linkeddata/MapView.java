package org.asiasec.kg.server.linkeddata;

/**
 * The offline map of meeting places: ECharts (from its webjar) draws the Natural Earth outlines shipped
 * in the jar and the places whose coordinates the reference-data graph gives. No tile server, no network.
 */
final class MapView {

    private MapView() {
    }

    /** Scripts the map needs, all served by this server. */
    static String head(PageLayout layout) {
        String assets = layout.contextPath() + AssetServlet.PATH;
        return "<script src=\"" + Html.text(assets + "echarts.min.js") + "\"></script>\n"
                + "<script src=\"" + Html.text(assets + "topojson-client.min.js") + "\"></script>\n"
                + "<script src=\"" + Html.text(assets + "map.js") + "\" defer=\"defer\"></script>\n";
    }

    /** The URL of the places shown: all, or those of one mechanism's meetings (a resource IRI). */
    static String placesQuery(String mechanismIri) {
        return "/map/places.json" + (mechanismIri == null ? "" : "?mechanism=" + Html.queryParam(mechanismIri));
    }

    static void render(StringBuilder body, PageLayout layout, String placesPath) {
        body.append("<div id=\"map\" class=\"chart\" data-outlines=\"")
                .append(Html.text(layout.contextPath() + AssetServlet.PATH + "countries-110m.json"))
                .append("\" data-places=\"").append(Html.text(layout.contextPath() + placesPath))
                .append("\" data-pages=\"").append(Html.text(layout.contextPath() + "/page/"))
                .append("\" role=\"img\" aria-label=\"会议地点地图 Map of meeting places\"></div>\n");
    }
}
