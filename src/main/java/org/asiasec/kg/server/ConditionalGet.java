package org.asiasec.kg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Validators and conditional GET for the linked-data pages, data, dumps and VoID. A served database
 * never changes while it is served ({@code build} refuses to replace it), so what a URL answers is fixed
 * by the URL, the request's {@code Accept} and {@code Accept-Language}, and the server process that
 * renders it. The ETag names exactly that, and Last-Modified is the moment the server started; a client
 * that sends either back gets 304 Not Modified without the page being rendered again. A restart (a new
 * build, or new code) changes every validator.
 */
final class ConditionalGet implements Filter {

    private final Instant servedSince;
    private final String generation;

    ConditionalGet(Instant serverStart) {
        this.servedSince = serverStart.truncatedTo(ChronoUnit.SECONDS);
        this.generation = Long.toHexString(servedSince.getEpochSecond());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(req, res);
            return;
        }
        String etag = etag(request);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", servedSince.toEpochMilli());
        if (notModified(request, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(req, new KeepLastModified(response));
    }

    /**
     * Keeps the Last-Modified set here: the one a servlet would set (a dump file's time) is older than the
     * server's start, and a client sending it back would never get the 304 it is owed.
     */
    private static final class KeepLastModified extends HttpServletResponseWrapper {
        KeepLastModified(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!"Last-Modified".equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Last-Modified".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since. */
    private boolean notModified(HttpServletRequest request, String etag) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || weakOpaque(t).equals(weakOpaque(etag))) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && servedSince.toEpochMilli() <= since;
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    private String etag(HttpServletRequest request) {
        String key = request.getRequestURI() + "?" + nullToEmpty(request.getQueryString()) + "\n"
                + nullToEmpty(request.getHeader("Accept")) + "\n" + nullToEmpty(request.getHeader("Accept-Language"));
        return "W/\"" + generation + "-" + Long.toHexString(fnv1a(key)) + "\"";
    }

    private static String weakOpaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** 64-bit FNV-1a: a stable, cheap digest; the validator needs no cryptographic strength. */
    private static long fnv1a(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
