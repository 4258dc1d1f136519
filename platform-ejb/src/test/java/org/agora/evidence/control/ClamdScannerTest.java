package org.agora.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.agora.evidence.control.AntivirusScanner.Clean;
import org.agora.evidence.control.AntivirusScanner.Infected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClamdScannerTest {

    /** The EICAR anti-virus test file, which every scanner reports and which harms nothing. */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @TempDir
    Path dir;

    FakeClamd clamd;

    @AfterEach
    void stop() throws IOException {
        if (clamd != null) {
            clamd.close();
        }
    }

    /**
     * A clamd for one connection on 127.0.0.1: reads the command and the length-prefixed chunks up to the
     * zero-length one, keeps what it received, and answers what {@code answer} makes of the reassembled bytes.
     */
    static final class FakeClamd implements AutoCloseable {

        final ServerSocket server;
        final CompletableFuture<Void> done;
        volatile String command;
        final List<Integer> chunkLengths = new ArrayList<>();
        final ByteArrayOutputStream received = new ByteArrayOutputStream();

        FakeClamd(Function<byte[], String> answer) throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            done = CompletableFuture.runAsync(() -> {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(10_000);
                    var in = new DataInputStream(socket.getInputStream());
                    var cmd = new ByteArrayOutputStream();
                    for (int b; (b = in.read()) > 0; ) {
                        cmd.write(b);
                    }
                    command = cmd.toString(StandardCharsets.US_ASCII);
                    for (int length; (length = in.readInt()) > 0; ) {
                        chunkLengths.add(length);
                        received.write(in.readNBytes(length));
                    }
                    String reply = answer.apply(received.toByteArray());
                    if (reply != null) {
                        socket.getOutputStream().write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                    } else {
                        Thread.sleep(5_000);                             // says nothing
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    static String eicarAware(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(EICAR)
                ? "stream: Eicar-Test-Signature FOUND" : "stream: OK";
    }

    ClamdScanner scanner(Duration timeout) {
        return new ClamdScanner("127.0.0.1", clamd.port(), timeout);
    }

    @Test
    void a_clean_file_is_sent_whole_in_length_prefixed_chunks_and_reported_clean() throws Exception {
        clamd = new FakeClamd(ClamdScannerTest::eicarAware);
        Path file = dir.resolve("big.bin");
        byte[] bytes = new byte[3 * ClamdScanner.CHUNK + 1234];
        new java.util.Random(1).nextBytes(bytes);
        Files.write(file, bytes);

        assertThat(scanner(Duration.ofSeconds(5)).scan(file)).isEqualTo(new Clean());
        clamd.done.get(5, TimeUnit.SECONDS);
        assertThat(clamd.command).isEqualTo("zINSTREAM");
        assertThat(clamd.chunkLengths).containsExactly(ClamdScanner.CHUNK, ClamdScanner.CHUNK, ClamdScanner.CHUNK,
                1234);
        assertThat(clamd.received.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void malware_is_reported_with_its_signature() throws Exception {
        clamd = new FakeClamd(ClamdScannerTest::eicarAware);
        Path file = dir.resolve("eicar.txt");
        Files.writeString(file, EICAR);
        assertThat(scanner(Duration.ofSeconds(5)).scan(file)).isEqualTo(new Infected("Eicar-Test-Signature"));
    }

    @Test
    void an_empty_file_is_just_the_terminating_chunk() throws Exception {
        clamd = new FakeClamd(bytes -> bytes.length == 0 ? "stream: OK" : "stream: Unexpected FOUND");
        Path file = Files.createFile(dir.resolve("empty"));
        assertThat(scanner(Duration.ofSeconds(5)).scan(file)).isEqualTo(new Clean());
        clamd.done.get(5, TimeUnit.SECONDS);
        assertThat(clamd.chunkLengths).isEmpty();
    }

    @Test
    void an_error_from_clamd_is_a_failure_not_a_verdict() throws Exception {
        clamd = new FakeClamd(bytes -> "INSTREAM size limit exceeded. ERROR");
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> scanner(Duration.ofSeconds(5)).scan(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("size limit exceeded");
    }

    @Test
    void a_clamd_that_does_not_answer_times_out() throws Exception {
        clamd = new FakeClamd(bytes -> null);
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "hello");
        long start = System.nanoTime();
        assertThatThrownBy(() -> scanner(Duration.ofMillis(300)).scan(file)).isInstanceOf(IOException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(3_000);
    }

    @Test
    void no_clamd_listening_is_a_failure() throws Exception {
        int port;
        try (var unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = unused.getLocalPort();
        }
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(2)).scan(file))
                .isInstanceOf(IOException.class);
    }

    @Test
    void answers_are_parsed_strictly() throws IOException {
        assertThat(ClamdScanner.verdict("stream: OK")).isEqualTo(new Clean());
        assertThat(ClamdScanner.verdict("stream: Win.Test.EICAR_HDB-1 FOUND"))
                .isEqualTo(new Infected("Win.Test.EICAR_HDB-1"));
        for (String odd : new String[] {"", "OK", "stream: FOUND", "stream: OKAY", "PONG"}) {
            assertThatThrownBy(() -> ClamdScanner.verdict(odd)).as(odd).isInstanceOf(IOException.class);
        }
    }
}
