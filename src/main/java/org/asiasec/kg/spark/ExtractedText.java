package org.asiasec.kg.spark;

import java.io.Serializable;

/**
 * One text after extraction on an executor: its name, its named graph as N-Quads lines (empty when the text
 * could not be read), how many quads, and why it could not be read. A Java bean, so that Spark can encode it.
 */
public class ExtractedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String nquads;
    private long quads;
    private String error;

    public ExtractedText() {
    }

    ExtractedText(String name, String nquads, long quads, String error) {
        this.name = name;
        this.nquads = nquads;
        this.quads = quads;
        this.error = error;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNquads() {
        return nquads;
    }

    public void setNquads(String nquads) {
        this.nquads = nquads;
    }

    public long getQuads() {
        return quads;
    }

    public void setQuads(long quads) {
        this.quads = quads;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
