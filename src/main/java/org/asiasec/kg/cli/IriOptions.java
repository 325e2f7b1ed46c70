package org.asiasec.kg.cli;

import java.net.URI;
import java.net.URISyntaxException;

import org.asiasec.kg.UserException;
import org.asiasec.kg.rdf.IriScheme;

import picocli.CommandLine.Option;

/** The {@code --base} option shared by the commands that mint IRIs. */
final class IriOptions {

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of the resources (default: ${DEFAULT-VALUE}).",
            defaultValue = IriScheme.DEFAULT_BASE)
    String base;

    IriScheme scheme() {
        if (!isHttpIri(base)) {
            throw new UserException("--base must be an absolute http(s) IRI such as " + IriScheme.DEFAULT_BASE + ", not: " + base);
        }
        return new IriScheme(base);
    }

    private static boolean isHttpIri(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getRawAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
