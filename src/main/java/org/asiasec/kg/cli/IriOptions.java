package org.asiasec.kg.cli;

import java.net.URI;

import org.asiasec.kg.rdf.IriScheme;

import picocli.CommandLine.Option;

/** The {@code --base} option shared by the commands that mint IRIs. */
final class IriOptions {

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of the resources (default: ${DEFAULT-VALUE}).",
            defaultValue = IriScheme.DEFAULT_BASE)
    String base;

    IriScheme scheme() {
        URI uri;
        try {
            uri = new URI(base);
        } catch (Exception e) {
            throw new org.asiasec.kg.UserException("--base is not an IRI: " + base);
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null) {
            throw new org.asiasec.kg.UserException("--base must be an absolute http(s) IRI such as " + IriScheme.DEFAULT_BASE + ", not " + base);
        }
        return new IriScheme(base);
    }
}
