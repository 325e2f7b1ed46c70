package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What the linked-data servlets share: settings, the page frame and error answers. */
abstract class LinkedDataServlet extends HttpServlet {

    protected final transient LinkedDataSettings settings;

    LinkedDataServlet(LinkedDataSettings settings) {
        this.settings = settings;
    }

    PageLayout layout(HttpServletRequest request) {
        return new PageLayout(request.getContextPath(), settings);
    }

    void sendHtml(HttpServletResponse response, int status, String html) throws IOException {
        send(response, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** Data is public: scripts on other sites may read it. */
    static void allowAnyOrigin(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = "<h1>404 · 未找到</h1>\n<p>这里没有这个资源。<span lang=\"en\">No resource here.</span></p>\n"
                + "<p><a href=\"" + Html.text(request.getContextPath() + "/page/") + "\">所有类别 All classes</a></p>\n";
        sendHtml(response, HttpServletResponse.SC_NOT_FOUND, layout(request).render("404", "", body));
    }
}
