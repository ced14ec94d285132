package nl.hamerslag.test;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every row of some projection tables, to compare a projection before and after a rebuild. A value a
 * sequence gave (identity, serial) is not in the events, so it is compared by its rank in the
 * table: a rebuild may give other numbers, but must keep the order.
 */
public final class ProjectionRows {

    private ProjectionRows() {
    }

    /** Table → its rows as sorted text, one line per row, columns by name. */
    public static Map<String, List<String>> of(JdbcTemplate jdbc, List<String> tables) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> numbered = jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = 'public' and table_name = ?
                      and (is_identity = 'YES' or column_default like 'nextval(%')""", String.class, table);
            List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("select * from public." + table));
            for (String column : numbered) {
                List<Long> values = rows.stream().map(row -> ((Number) row.get(column)).longValue()).sorted().toList();
                rows.forEach(row -> row.put(column, "rank " + values.indexOf(((Number) row.get(column)).longValue())));
            }
            all.put(table, rows.stream().map(row -> new TreeMap<>(row).entrySet().stream()
                            .map(entry -> entry.getKey() + "=" + text(entry.getValue()))
                            .collect(Collectors.joining(", ")))
                    .sorted(Comparator.naturalOrder()).toList());
        }
        return all;
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Array array) {
            try {
                return java.util.Arrays.deepToString((Object[]) array.getArray());
            } catch (java.sql.SQLException unreadable) {
                throw new IllegalStateException("cannot read array column: " + unreadable.getMessage(), unreadable);
            }
        }
        if (value instanceof byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }
}
