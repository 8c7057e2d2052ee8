package vn.danvan.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.danvan.files.FileRejected;

/** Uploads are counted and hashed as they arrive, refused past the limit, and kept under a random name. */
class FileStorageTests {

    @TempDir
    Path dir;

    @Test
    void refusesAFileLargerThanTheLimitAndKeepsNothingOfIt() throws IOException {
        FileStorage storage = new FileStorage(new FilesProperties(dir, DataSize.ofMegabytes(1)));
        byte[] tooBig = new byte[1024 * 1024 + 1];

        assertThatThrownBy(() -> storage.receive(new ByteArrayInputStream(tooBig)))
                .isInstanceOfSatisfying(FileRejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.error.tooLarge");
                    assertThat(e.args()).containsExactly(1L);
                });
        assertThat(filesUnder(dir)).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        FileStorage storage = new FileStorage(new FilesProperties(dir, DataSize.ofMegabytes(1)));

        FileStorage.Received received = storage.receive(new ByteArrayInputStream(new byte[1024 * 1024]));

        assertThat(received.size()).isEqualTo(1024 * 1024);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        FileStorage storage = new FileStorage(new FilesProperties(dir, DataSize.ofMegabytes(1)));

        assertThatThrownBy(() -> storage.receive(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(
                        FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.empty"));
        assertThat(filesUnder(dir)).isEmpty();
    }

    @Test
    void hashesTheContentAndKeepsItUnderARandomKeyByYearAndMonth() throws IOException {
        FileStorage storage = new FileStorage(new FilesProperties(dir, DataSize.ofMegabytes(1)));

        FileStorage.Received received = storage.receive(new ByteArrayInputStream("abc".getBytes()));
        String key = storage.keep(received, LocalDate.of(2026, 11, 29));

        assertThat(received.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(key).matches("2026/11/[0-9a-f-]{36}");
        try (var in = storage.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes());
        }
        assertThat(filesUnder(dir))
                .containsExactly(dir.resolve(key).toAbsolutePath().normalize());
    }

    @Test
    void neverReadsOutsideItsDirectory() {
        FileStorage storage = new FileStorage(new FilesProperties(dir, DataSize.ofMegabytes(1)));

        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().normalize())
                    .toList();
        }
    }
}
