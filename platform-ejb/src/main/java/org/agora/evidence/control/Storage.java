package org.agora.evidence.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where evidence files live: one directory ({@code agora.evidence.directory}, by default
 * {@code <jboss.server.data.dir>/agora-evidence}, or under {@code java.io.tmpdir} outside WildFly). Each file is kept
 * once, named by its SHA-256 under a folder of its first two hex digits ({@code ab/ab12…}); uploads being inspected
 * wait in {@code incoming/}. Also holds the {@link Inspection} that uses that directory and the scanner chosen by
 * configuration ({@code agora.evidence.clamd.host}, {@code .port}, {@code .timeout-seconds}: ClamAV when a host is
 * set, {@link NoScanner} otherwise).
 */
@ApplicationScoped
public class Storage {

    private static final Logger LOG = Logger.getLogger(Storage.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    @ConfigProperty(name = "agora.evidence.directory")
    Optional<String> configuredDirectory;

    @Inject
    @ConfigProperty(name = "agora.evidence.clamd.host")
    Optional<String> clamdHost;

    @Inject
    @ConfigProperty(name = "agora.evidence.clamd.port", defaultValue = "3310")
    int clamdPort;

    @Inject
    @ConfigProperty(name = "agora.evidence.clamd.timeout-seconds", defaultValue = "30")
    int clamdTimeoutSeconds;

    private Path directory;
    private volatile Inspection inspection;

    public Storage() {
        // for CDI
    }

    /** Outside a container (tests). */
    public Storage(Path directory) {
        this.directory = directory;
        this.clamdHost = Optional.empty();
    }

    @PostConstruct
    void resolveDirectory() {
        directory = configuredDirectory.filter(d -> !d.isBlank()).map(Path::of).orElseGet(Storage::defaultDirectory);
        LOG.info(() -> "Evidence files are kept in " + directory.toAbsolutePath());
    }

    static Path defaultDirectory() {
        String data = System.getProperty("jboss.server.data.dir");
        return Path.of(data != null ? data : System.getProperty("java.io.tmpdir"), "agora-evidence");
    }

    public Path directory() {
        return directory;
    }

    /** Where uploads wait while they are inspected. */
    public Path incoming() {
        return directory.resolve("incoming");
    }

    /** The inspection of uploads, with its temporary files in {@link #incoming()}; built once (Tika is slow to load). */
    public Inspection inspection() {
        var result = inspection;
        if (result == null) {
            synchronized (this) {
                result = inspection;
                if (result == null) {
                    try {
                        Files.createDirectories(incoming());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot create " + incoming(), e);
                    }
                    inspection = result = new Inspection(incoming(), scanner());
                }
            }
        }
        return result;
    }

    private AntivirusScanner scanner() {
        return clamdHost.filter(h -> !h.isBlank())
                .<AntivirusScanner>map(h -> new ClamdScanner(h, clamdPort, Duration.ofSeconds(clamdTimeoutSeconds)))
                .orElseGet(NoScanner::new);
    }

    /** The storage key of a file with this digest: {@code ab/ab12…}. */
    public static String keyOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256;
    }

    /**
     * Moves an inspected file to its place, or deletes it when a file with the same digest (the same bytes) is
     * already there.
     *
     * @return the storage key
     */
    public String keep(Path tempFile, String sha256) throws IOException {
        String key = keyOf(sha256);
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.deleteIfExists(tempFile);
            return key;
        }
        try {
            Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tempFile, target);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tempFile);                     // the same bytes arrived at the same moment
        }
        return key;
    }

    /** The file of a storage key; a key never leads outside the directory. */
    public Path resolve(String key) {
        Path file = directory.resolve(key).normalize();
        if (!file.startsWith(directory.normalize()) || !SHA256.matcher(file.getFileName().toString()).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return file;
    }
}
