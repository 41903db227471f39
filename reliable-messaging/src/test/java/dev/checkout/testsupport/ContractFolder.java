package dev.checkout.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The event contract's {@code contracts/} folder (module {@code contracts}) as the tests' classpath has it: a directory
 * when Maven resolves the module to its classes, a folder inside its jar when it resolves it to the packaged jar. Either
 * way the answer is a {@link Path} that {@code Files.list} and {@code Files.readString} read (not {@code toFile()}).
 */
public final class ContractFolder {

    // A file that is always there locates the folder; a directory entry may be missing from a jar.
    private static final String ANCHOR = "contracts/envelope.v1.schema.json";

    private ContractFolder() {
    }

    /** {@code contracts/}: the schemas, and {@code examples/}. */
    public static Path root() {
        return anchor().getParent();
    }

    /** {@code contracts/examples/<eventType>/}: its {@code valid-*.json} and {@code invalid-*.json}. */
    public static Path examples(String eventType) {
        return root().resolve("examples").resolve(eventType);
    }

    private static Path anchor() {
        URL found = Thread.currentThread().getContextClassLoader().getResource(ANCHOR);
        if (found == null) {
            found = ContractFolder.class.getClassLoader().getResource(ANCHOR);
        }
        if (found == null) {
            throw new IllegalStateException(ANCHOR + " is not on the classpath: depend on module contracts");
        }
        try {
            return path(found.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path path(URI uri) {
        try {
            return Path.of(uri);
        } catch (FileSystemNotFoundException inAJarNotYetOpened) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException openedMeanwhile) {
                // another class loader's view of the same jar opened it: it serves this one as well
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Path.of(uri);
        }
    }
}
