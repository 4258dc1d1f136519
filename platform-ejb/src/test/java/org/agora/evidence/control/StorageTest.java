package org.agora.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {

    @TempDir
    Path directory;

    static final String SHA = "0f" + "1".repeat(62);

    @Test
    void a_file_is_kept_once_under_its_digest() throws Exception {
        var cut = new Storage(directory);
        Files.createDirectories(cut.incoming());
        var first = Files.writeString(cut.incoming().resolve("a.tmp"), "same bytes");
        var second = Files.writeString(cut.incoming().resolve("b.tmp"), "same bytes");
        String key = cut.keep(first, SHA);
        assertThat(key).isEqualTo("0f/" + SHA);
        assertThat(cut.keep(second, SHA)).isEqualTo(key);
        assertThat(Files.readString(cut.resolve(key))).isEqualTo("same bytes");
        assertThat(first).doesNotExist();
        assertThat(second).doesNotExist();
    }

    @Test
    void a_key_never_leads_outside_the_directory() {
        var cut = new Storage(directory);
        assertThatThrownBy(() -> cut.resolve("../" + SHA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cut.resolve("0f/../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Storage.keyOf("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_default_directory_is_in_the_server_data_directory_or_the_temporary_one() {
        String before = System.getProperty("jboss.server.data.dir");
        try {
            System.clearProperty("jboss.server.data.dir");
            assertThat(Storage.defaultDirectory())
                    .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "agora-evidence"));
            System.setProperty("jboss.server.data.dir", "/srv/data");
            assertThat(Storage.defaultDirectory()).isEqualTo(Path.of("/srv/data", "agora-evidence"));
        } finally {
            if (before == null) {
                System.clearProperty("jboss.server.data.dir");
            } else {
                System.setProperty("jboss.server.data.dir", before);
            }
        }
    }
}
