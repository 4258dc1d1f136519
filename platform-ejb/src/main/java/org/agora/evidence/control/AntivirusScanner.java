package org.agora.evidence.control;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Looks for malware in an uploaded file. A scanner that cannot give a verdict (down, too slow, file too large for
 * it) throws: an upload is never taken as clean because nobody looked at it.
 */
public interface AntivirusScanner {

    /** What the scanner found. */
    sealed interface Verdict permits Clean, Infected {
    }

    /** Nothing found. */
    record Clean() implements Verdict {
    }

    /** Malware found, named as the scanner names it (e.g. {@code Eicar-Test-Signature}). */
    record Infected(String signature) implements Verdict {
    }

    Verdict scan(Path file) throws IOException;
}
