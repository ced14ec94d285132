package nl.hamerslag.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL of {@code up} keeps the data folder safe across a crash (ADR 0023). */
class DatabaseServerTest {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedServerRunsDurableUnlikeTheLibrarysTestDefaults() throws Exception {
        LaunchSettings settings = LaunchSettings.forTests(Path.of("../.."), dataDir);

        try (DatabaseServer server = DatabaseServer.start(settings);
             Connection c = server.connect("postgres")) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String show(Connection c, String setting) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
