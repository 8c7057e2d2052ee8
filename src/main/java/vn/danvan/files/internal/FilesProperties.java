package vn.danvan.files.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code danvan.files.dir}: where attachments are kept (default {@code ./data/files}, below
 * {@code DANVAN_DATA_DIR}); {@code danvan.files.max-size}: the largest file accepted (default 20 MB).
 */
@ConfigurationProperties("danvan.files")
record FilesProperties(@Nullable Path dir, @Nullable DataSize maxSize) {

    static final DataSize DEFAULT_MAX_SIZE = DataSize.ofMegabytes(20);

    FilesProperties {
        dir = dir != null ? dir : Path.of(System.getenv().getOrDefault("DANVAN_DATA_DIR", "./data"), "files");
        maxSize = maxSize != null ? maxSize : DEFAULT_MAX_SIZE;
    }

    Path directory() {
        return dir == null ? Path.of("./data/files") : dir;
    }

    DataSize limit() {
        return maxSize == null ? DEFAULT_MAX_SIZE : maxSize;
    }
}
