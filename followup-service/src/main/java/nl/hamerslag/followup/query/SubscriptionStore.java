package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The webhook subscriptions (table webhook_subscription). An owner sees and removes their own; an
 * ADMIN every one. A subscription receives the events stored after it was registered.
 */
@Component
public class SubscriptionStore {

    private static final String COLUMNS = "id, url, description, owner_subject, owner_name, owner_roles, "
            + "owner_department, from_position, created_at";

    private final JdbcTemplate jdbc;
    private final WebhookSecrets secrets;
    private final WebhookUrlPolicy urls;

    SubscriptionStore(JdbcTemplate jdbc, WebhookSecrets secrets, WebhookUrlPolicy urls) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.urls = urls;
    }

    /** Registers {@code url} for {@code owner}; refuses a URL that is not http(s) or is this service itself. */
    public Subscription register(String url, String secret, String description, Caller owner) {
        String checked = urls.check(url);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        Long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        long from = head == null ? -1 : head;
        jdbc.update("insert into webhook_subscription (" + COLUMNS + ", secret_cipher) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, checked, description, owner.subject(), owner.name(),
                owner.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                owner.department(), from, Timestamp.from(now), secrets.encrypt(secret));
        return new Subscription(id, checked, description, owner, from, now);
    }

    /** The caller's own subscriptions; every one for an ADMIN. */
    public List<Subscription> visibleTo(Caller caller) {
        return caller.holds(Role.ADMIN)
                ? jdbc.query("select " + COLUMNS + " from webhook_subscription order by created_at", ROW)
                : jdbc.query("select " + COLUMNS + " from webhook_subscription where owner_subject = ? order by created_at",
                ROW, caller.subject());
    }

    public Optional<Subscription> find(UUID id, Caller caller) {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where id = ?", ROW, id).stream()
                .filter(s -> caller.holds(Role.ADMIN) || s.owner().subject().equals(caller.subject()))
                .findFirst();
    }

    public void remove(UUID id) {
        jdbc.update("delete from webhook_subscription where id = ?", id);
    }

    /** Every subscription, for the fan-out of one event. */
    public List<Subscription> all() {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription", ROW);
    }

    public String secretOf(UUID id) {
        byte[] cipher = jdbc.queryForObject("select secret_cipher from webhook_subscription where id = ?", byte[].class, id);
        return secrets.decrypt(cipher);
    }

    private static final RowMapper<Subscription> ROW = (rs, n) -> {
        String roleNames = rs.getString("owner_roles");
        Set<Role> roles = roleNames.isBlank() ? Set.of() : Arrays.stream(roleNames.split(","))
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Caller owner = Caller.of(rs.getString("owner_subject"), rs.getString("owner_name"), roles,
                rs.getString("owner_department"));
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("description"), owner,
                rs.getLong("from_position"), rs.getTimestamp("created_at").toInstant());
    };
}
