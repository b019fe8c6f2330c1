package org.parley.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.core.negotiation.party.Negotiators;

/**
 * Negotiator plug-ins: jars given with {@code --plugin} (or a tournament's {@code plugins:}) are put on a class
 * loader whose parent is Parley's own, and their {@code NegotiatorFactory} services joined to the built-ins.
 * Jars on the class path are found too.
 */
final class Plugins implements AutoCloseable {

    private final URLClassLoader loader;
    private final Negotiators negotiators;

    private Plugins(URLClassLoader loader, Negotiators negotiators) {
        this.loader = loader;
        this.negotiators = negotiators;
    }

    /** Loads the jars (each must exist) and the negotiators they and the class path provide. */
    static Plugins load(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int k = 0; k < urls.length; k++) {
            Path jar = jars.get(k);
            if (!Files.isRegularFile(jar)) {
                throw new Parley.UserError("--plugin " + jar + ": no such jar file");
            }
            try {
                urls[k] = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new Parley.UserError("--plugin " + jar + ": " + e.getMessage());
            }
        }
        URLClassLoader loader = new URLClassLoader("parley-plugins", urls, Plugins.class.getClassLoader());
        try {
            return new Plugins(loader, Negotiators.withPlugins(loader));
        } catch (RuntimeException e) {
            close(loader);
            throw e;
        }
    }

    /** The built-in and plug-in negotiators. */
    Negotiators negotiators() {
        return negotiators;
    }

    @Override
    public void close() {
        close(loader);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (java.io.IOException e) {
            // nothing was written; a jar that cannot be closed is released with the process
        }
    }
}
