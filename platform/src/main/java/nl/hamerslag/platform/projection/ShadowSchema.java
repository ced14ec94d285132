package nl.hamerslag.platform.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A schema of its own with an empty copy of each projection table ({@code LIKE … INCLUDING ALL}:
 * columns, defaults, constraints, indexes; no foreign keys). With the search path set to it first,
 * the projections' unqualified SQL reads and writes the copies; everything else still resolves to
 * {@code public}. PostgreSQL re-plans a cached prepared statement when the search path changes
 * (checked by PointInTimeIntegrationTest), so a statement prepared on the public table does not
 * silently keep reading it.
 */
record ShadowSchema(String name) {

    static ShadowSchema create(JdbcTemplate jdbc, String purpose, Collection<Projection> projections) {
        ShadowSchema schema = new ShadowSchema(purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        jdbc.execute("create schema " + schema.name);
        for (String table : tables(projections)) {
            jdbc.execute("create table " + schema.name + "." + table + " (like public." + table + " including all)");
        }
        for (String table : projections.stream().flatMap(p -> p.alsoWrites().stream()).distinct().toList()) {
            jdbc.execute("create table " + schema.name + "." + table + " (like public." + table + " including all)");
            schema.copy(jdbc, "public." + table, schema.name + "." + table, table);
        }
        return schema;
    }

    /** Every row of {@code from} into {@code to}, sequence-given values kept, generated columns computed again. */
    void copy(JdbcTemplate jdbc, String from, String to, String table) {
        String columns = String.join(", ", jdbc.queryForList("""
                select quote_ident(column_name) from information_schema.columns
                where table_schema = 'public' and table_name = ? and is_generated = 'NEVER'
                order by ordinal_position""", String.class, table));
        jdbc.update("insert into " + to + " (" + columns + ") overriding system value select " + columns + " from " + from);
    }

    /** For the rest of the current transaction only. */
    void use(JdbcTemplate jdbc) {
        jdbc.execute("set local search_path to " + name + ", public");
    }

    void drop(JdbcTemplate jdbc) {
        jdbc.execute("drop schema if exists " + name + " cascade");
    }

    static List<String> tables(Collection<Projection> projections) {
        return projections.stream().flatMap(projection -> projection.tables().stream()).distinct().toList();
    }
}
