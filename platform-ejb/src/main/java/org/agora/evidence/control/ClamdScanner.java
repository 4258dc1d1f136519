package org.agora.evidence.control;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Asks a ClamAV daemon over TCP with its {@code INSTREAM} command: the file goes in chunks, each preceded by its
 * length as four bytes in network order, and a chunk of length zero ends it. clamd answers one line,
 * {@code stream: OK} or {@code stream: <signature> FOUND}; anything else (such as
 * {@code INSTREAM size limit exceeded. ERROR}) is a failure to scan, thrown as an {@link IOException}.
 */
public final class ClamdScanner implements AntivirusScanner {

    static final int CHUNK = 64 * 1024;
    /** Longest answer read; clamd's are one short line. */
    static final int MAX_REPLY = 4096;

    private final String host;
    private final int port;
    private final Duration timeout;

    /**
     * @param timeout for connecting, and for each read of the answer (clamd answers after the last chunk, once it
     *                has scanned)
     */
    public ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Verdict scan(Path file) throws IOException {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            try {
                send(file, new DataOutputStream(socket.getOutputStream()));
            } catch (IOException e) {
                // clamd closes the connection when the stream exceeds its StreamMaxLength, after saying so
                String reply;
                try {
                    reply = readReply(socket.getInputStream());
                } catch (IOException unreadable) {
                    e.addSuppressed(unreadable);
                    throw e;
                }
                throw new IOException("clamd did not scan the file: " + reply, e);
            }
            return verdict(readReply(socket.getInputStream()));
        }
    }

    private static void send(Path file, DataOutputStream out) throws IOException {
        out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
        var buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0; ) {
                out.writeInt(n);
                out.write(buffer, 0, n);
            }
        }
        out.writeInt(0);
        out.flush();
    }

    /** Reads up to the NUL (z-prefixed commands) or newline that ends clamd's answer, or the end of the stream. */
    private static String readReply(InputStream in) throws IOException {
        var reply = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != 0 && b != '\n'; ) {
            if (reply.size() >= MAX_REPLY) {
                throw new IOException("clamd answered more than " + MAX_REPLY + " bytes");
            }
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).trim();
    }

    static Verdict verdict(String reply) throws IOException {
        if (reply.equals("stream: OK")) {
            return new Clean();
        }
        if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")
                && reply.length() > "stream: ".length() + " FOUND".length()) {
            String signature = reply.substring("stream: ".length(), reply.length() - " FOUND".length()).trim();
            if (!signature.isEmpty()) {
                return new Infected(signature);
            }
        }
        throw new IOException("clamd did not scan the file: " + (reply.isEmpty() ? "(no answer)" : reply));
    }
}
