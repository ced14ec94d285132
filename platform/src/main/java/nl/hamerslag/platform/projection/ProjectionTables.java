package nl.hamerslag.platform.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a projection bean (one with {@code @ProcessingGroup}) whose state is only the rows of these
 * tables in schema {@code public}, written through {@code JdbcTemplate} from its event handlers and
 * nothing else (ADR 41). The platform can then show its state at an earlier moment
 * ({@link PointInTime}) and rebuild it from the event store ({@link ProjectionRebuilds}).
 * <p>
 * Name a table after every table it references: rows are put back in this order. A bean with side
 * effects (Kafka, webhooks) must not carry this annotation: its handlers would run again.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProjectionTables {

    /** The tables the projection owns, a referenced table before the tables that reference it. */
    String[] value();

    /**
     * Tables its handlers also write but that others feed too (a translator of another service's
     * events): a replay writes a copy holding their current rows, never the public table, and a rebuild
     * leaves them as they are.
     */
    String[] alsoWrites() default {};
}
