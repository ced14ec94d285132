package nl.hamerslag.launcher;

import com.nimbusds.jose.jwk.RSAKey;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUser;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenMinter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * {@code hamerslag up | status | token ROLE [user] | verify BUNDLE.zip [--known-heads HEADS.json] | help}. The repository root comes from the system property
 * {@code hamerslag.repo} (the root script sets it), else the working directory.
 */
public final class Main {

    static final String SWAGGER_PATH = "/swagger-ui.html";

    private Main() {
    }

    public static void main(String[] args) {
        int exit = run(args, System.getenv(), repoRoot(), System.out, System.err);
        if (exit != RUNNING) {
            System.exit(exit);
        }
    }

    /** Returned by {@link #run} for {@code up}, which never returns normally: it waits until it is stopped. */
    static final int RUNNING = -1;

    static int run(String[] args, Map<String, String> env, Path repoRoot, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up":
                    if (args.length > 1) {
                        err.println("`up` takes no arguments; configure it with environment variables (see `hamerslag help`)");
                        return 2;
                    }
                    return up(LaunchSettings.fromEnvironment(env, repoRoot), out, err);
                case "status":
                    if (args.length > 1) {
                        err.println("`status` takes no arguments");
                        return 2;
                    }
                    return StatusCommand.run(LaunchSettings.fromEnvironment(env, repoRoot), out);
                case "token":
                    if (args.length < 2 || args.length > 3) {
                        err.println("usage: hamerslag token ROLE [user]");
                        return 2;
                    }
                    out.println(token(LaunchSettings.fromEnvironment(env, repoRoot).keyDir(), args[1],
                            args.length == 3 ? args[2] : null));
                    return 0;
                case "verify":
                    if (args.length == 4 && args[2].equals("--known-heads")) {
                        return verify(Path.of(args[1]), Path.of(args[3]), out, err);
                    }
                    if (args.length != 2) {
                        err.println("usage: hamerslag verify BUNDLE.zip [--known-heads HEADS.json]");
                        return 2;
                    }
                    return verify(Path.of(args[1]), null, out, err);
                case "help":
                case "--help":
                case "-h":
                    out.print(help());
                    return 0;
                default:
                    err.println("unknown command '" + command + "'\n");
                    err.print(help());
                    return 2;
            }
        } catch (IllegalArgumentException | LauncherException e) {
            err.println("hamerslag: " + e.getMessage());
            return 1;
        }
    }

    /**
     * A token for the demo user of {@code roleName}, or for {@code user}: a demo user's subject, or any
     * other name, who then gets just this role (and the department of the role's demo user).
     */
    static String token(Path keyDir, String roleName, String user) {
        Role role = DemoUsers.parseRole(roleName);
        RSAKey key = LocalSigningKey.loadOrCreate(keyDir);
        TokenMinter minter = new TokenMinter(key);
        if (user == null) {
            return minter.mint(DemoUsers.forRole(role));
        }
        DemoUser template = DemoUsers.bySubject(user).orElse(DemoUsers.forRole(role));
        String name = DemoUsers.bySubject(user).map(DemoUser::name).orElse(user);
        return minter.mint(user, name, List.of(role), template.department(), TokenMinter.DEFAULT_LIFETIME);
    }

    /**
     * Checks an audit export bundle offline, and with {@code knownHeads} (may be null) that every service's
     * log extends the heads kept from before; 0 when it holds, 1 with every problem named when not.
     */
    static int verify(Path bundle, Path knownHeads, PrintStream out, PrintStream err) {
        KnownHeads known;
        try {
            known = knownHeads == null ? KnownHeads.none() : KnownHeads.read(knownHeads);
        } catch (java.io.IOException e) {
            err.println("hamerslag: cannot take the known heads " + knownHeads + ": " + e.getMessage());
            return 1;
        }
        BundleVerifier.Report report;
        try {
            report = BundleVerifier.verify(bundle, known);
        } catch (java.io.IOException e) {
            err.println("hamerslag: cannot read the bundle " + bundle + ": " + e.getMessage());
            return 1;
        }
        report.ok().forEach(line -> out.println("ok    " + line));
        report.problems().forEach(line -> out.println("FAIL  " + line));
        out.println(report.holds() ? "the bundle holds: manifest, tree head signatures, inclusion proofs, every event's content"
                + (knownHeads == null ? "" : " and the logs' growth since your known heads") + " check out"
                : report.problems().size() + " problem(s): the bundle does not hold");
        return report.holds() ? 0 : 1;
    }

    private static int up(LaunchSettings settings, PrintStream out, PrintStream err) {
        RunningSystem system;
        try {
            system = HamerslagSystem.start(settings, err);
        } catch (LauncherException e) {
            err.println("hamerslag: " + e.getMessage());
            err.println("hamerslag: everything that was started is stopped again");
            return 1;
        }
        out.print(banner(system));
        out.flush();
        CountDownLatch forever = new CountDownLatch(1);
        try {
            forever.await(); // the shutdown hook stops everything on Ctrl-C or SIGTERM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            system.close();
        }
        return 0;
    }

    static String banner(RunningSystem system) {
        LaunchSettings s = system.settings();
        StringBuilder b = new StringBuilder("\nHamerslag is running (data folder " + s.dataDir() + ")\n\n");
        String format = "  %-20s %-24s %s%n";
        b.append(String.format(format, "COMPONENT", "URL", "LOG"));
        for (Component c : Component.all()) {
            b.append(String.format(format, c.module(), system.url(c), s.logFile(c.module())));
        }
        b.append(String.format(format, "postgresql", s.embeddedDatabase()
                ? "localhost:" + s.postgresPort() : s.externalDatabase().jdbcUrl(),
                s.embeddedDatabase() ? s.logFile("postgres") : "(external)"));
        b.append(String.format(format, "kafka", system.kafkaBootstrap(),
                s.embeddedKafka() ? s.logFile(EmbeddedKafka.NAME) : "(external)"));
        b.append("\nSwagger UI: ").append(system.gatewayUrl()).append(SWAGGER_PATH).append('\n');
        b.append("\nTokens (valid ").append(TokenMinter.DEFAULT_LIFETIME.toHours())
                .append(" h; more with `./hamerslag token ROLE`), ready to paste:\n\n");
        b.append(tokenBlock(system::token));
        b.append("\nExample: curl -H \"Authorization: Bearer $TOKEN_AUTHOR\" ").append(system.gatewayUrl())
                .append("/actuator/health\n");
        b.append("\n`./hamerslag status` shows every component; a component that dies is reported here and restarted.");
        b.append("\nPress Ctrl-C to stop everything.\n");
        return b.toString();
    }

    /**
     * One {@code export} line per demo user, under {@link DemoUsers#tokenVariable}, with who it is as a
     * trailing shell comment: the whole block can be pasted into a shell as it is.
     */
    static String tokenBlock(Function<DemoUser, String> token) {
        StringBuilder b = new StringBuilder();
        for (DemoUser u : DemoUsers.ALL) {
            b.append("export ").append(DemoUsers.tokenVariable(u)).append('=').append(token.apply(u))
                    .append("  # ").append(u.subject()).append(", ").append(u.role()).append(", ")
                    .append(u.department()).append('\n');
        }
        return b.toString();
    }

    static String help() {
        return String.join("\n",
                "Hamerslag local launcher: the whole system on this machine, without Docker.",
                "",
                "usage: ./hamerslag COMMAND",
                "",
                "commands:",
                "  up                 start an embedded PostgreSQL 17, a Kafka broker (KRaft), the five services",
                "                     and the gateway; wait until all are healthy; print the URLs, the log files",
                "                     and a token per demo user; then run until Ctrl-C (or SIGTERM), which stops",
                "                     everything. Builds the jars first if any is missing. A component that dies",
                "                     meanwhile is reported (exit code, the end of its log) and restarted after",
                "                     1 s, 2 s, 4 s ... up to 60 s; after 5 restarts in a row that each died within",
                "                     2 minutes it is left down.",
                "  status             show every component of the launcher running on the data folder: its state",
                "                     (running, restarting, stopped, down), pid, URL, restarts, and its health,",
                "                     asked now. Exits 3 when no launcher runs there.",
                "  token ROLE [user]  print a bearer token for the demo user of ROLE (or for `user`, with that role),",
                "                     signed with the local key in the data folder (made if missing). Works offline,",
                "                     with nothing running. Roles: " + java.util.Arrays.stream(Role.values())
                        .filter(r -> r != Role.SYSTEM).map(Role::name).toList(),
                "  verify BUNDLE.zip [--known-heads HEADS.json]",
                "                     check an audit export bundle (GET /api/audit/dossiers/{id}/export) offline:",
                "                     its SHA256SUMS manifest, each service's Ed25519-signed tree head and the",
                "                     inclusion proof of every event; names the file and event of each problem.",
                "                     Each event file's stored columns are hashed to its leaf and its readable",
                "                     fields compared with them. With --known-heads HEADS.json (heads you kept:",
                "                     an earlier bundle's tree-heads.json) it checks that each service's log",
                "                     extends them (export with ?since=SERVICE:SIZE). Exits 0 when it holds, 1 when not.",
                "  help, --help       this text",
                "",
                "environment variables (all optional):",
                LaunchSettings.ENVIRONMENT_HELP,
                "",
                "data folder: keys/ (token signing key), postgres/ (database files), kafka/ (broker log),",
                "             kafka-config/, logs/<component>.log, run/ (pids), status.json (while `up` runs).",
                "             Delete it to start from scratch.",
                "");
    }

    private static Path repoRoot() {
        String prop = System.getProperty("hamerslag.repo");
        return Path.of(prop == null || prop.isBlank() ? "." : prop).toAbsolutePath().normalize();
    }
}
