package vn.danvan.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one data source: the embedded PostgreSQL by default, an external one when configured. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(DatabaseProperties db) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("danvan");
        config.setMaximumPoolSize(db.maxPoolSize());
        // Scoped queries take the user's area as a parameter (path = ? OR path LIKE ?); a generic plan cannot use the
        // path index for it, so every statement is planned with its actual values.
        config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        if (db.isEmbedded()) {
            if (db.ephemeral()) {
                config.setJdbcUrl(EmbeddedPostgresServer.ephemeralJdbcUrl());
            } else {
                Path dir = db.dataDir() != null ? db.dataDir() : Path.of("data", "pg");
                config.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(dir, db.embeddedPort()));
            }
            config.setUsername("postgres");
            config.setPassword("postgres");
        } else {
            config.setJdbcUrl(db.url());
            config.setUsername(db.username());
            config.setPassword(db.password());
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        if (db.isEmbedded()) {
            EmbeddedPostgresServer.register(dataSource::isClosed);
        }
        return dataSource;
    }
}
