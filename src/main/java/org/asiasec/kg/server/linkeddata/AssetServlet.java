package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /assets/{name}: the few static files the analyst pages load, from the jar: ECharts from its webjar,
 * the map outlines and the page scripts from our resources. Only the names listed here are served.
 */
final class AssetServlet extends LinkedDataServlet {

    static final String PATH = "/assets/";

    private static final Map<String, String> FILES = Map.of(
            "echarts.min.js", "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js",
            "topojson-client.min.js", "linkeddata/assets/topojson-client.min.js",
            "countries-110m.json", "linkeddata/assets/countries-110m.json",
            "map.js", "linkeddata/assets/map.js",
            "graph.js", "linkeddata/assets/graph.js");

    AssetServlet(LinkedDataSettings settings) {
        super(settings);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = RequestPaths.rawRemainder(request).orElse("");
        String resource = FILES.get(name);
        InputStream in = resource == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            notFound(request, response);
            return;
        }
        byte[] body;
        try (in) {
            body = in.readAllBytes();
        }
        response.setHeader("Cache-Control", "public, max-age=86400");
        send(response, HttpServletResponse.SC_OK, name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : "application/json", body);
    }
}
