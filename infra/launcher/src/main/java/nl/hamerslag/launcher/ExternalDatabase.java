package nl.hamerslag.launcher;

import java.util.Objects;

/**
 * A PostgreSQL server that runs elsewhere ({@code HAMERSLAG_DB_URL}): the launcher creates the
 * service databases there when missing, and hands each service the URL of its own database.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/} with an optional database (used only to connect
 *                 for creating the others, default {@code postgres}) and optional {@code ?parameters},
 *                 which every service URL keeps
 * @param user     may be null: the driver's default then
 * @param password may be null
 */
public record ExternalDatabase(String jdbcUrl, String user, String password) {

    static final String PREFIX = "jdbc:postgresql://";

    public ExternalDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith(PREFIX) || jdbcUrl.length() == PREFIX.length()) {
            throw new IllegalArgumentException("HAMERSLAG_DB_URL must look like jdbc:postgresql://host:5432/, got '"
                    + jdbcUrl + "'");
        }
    }

    /** The URL of one database on this server, keeping the query parameters. */
    public String urlFor(String database) {
        String rest = jdbcUrl.substring(PREFIX.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
        return PREFIX + hostPort + "/" + database + query;
    }

    /** The URL to connect to for creating databases: the one the URL names, else {@code postgres}. */
    public String adminUrl() {
        String rest = jdbcUrl.substring(PREFIX.length());
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        int slash = path.indexOf('/');
        String database = slash >= 0 ? path.substring(slash + 1) : "";
        return database.isEmpty() ? urlFor("postgres") : jdbcUrl;
    }

    @Override
    public String toString() {
        return "ExternalDatabase[" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
