package nl.hamerslag.launcher;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.identity.DemoUser;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.LocalSigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    Path repo;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env, repo, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsPrintsTheHelp() {
        assertThat(run(Map.of())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: ./hamerslag COMMAND");
    }

    @Test
    void theHelpExplainsEverySubcommandAndEveryEnvironmentVariable() {
        assertThat(run(Map.of(), "--help")).isZero();

        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("  up ", "  status ", "  token ROLE [user]", "  help, --help");
        for (Component c : Component.all()) {
            assertThat(help).contains(c.portVariable());
        }
        assertThat(help).contains("HAMERSLAG_DATA_DIR", "HAMERSLAG_PG_PORT", "HAMERSLAG_KAFKA_PORT",
                "HAMERSLAG_KAFKA_CONTROLLER_PORT", "HAMERSLAG_DB_URL", "HAMERSLAG_DB_USER", "HAMERSLAG_DB_PASSWORD",
                "HAMERSLAG_KAFKA_BOOTSTRAP", "HAMERSLAG_HEALTH_TIMEOUT", "HAMERSLAG_JAVA_OPTS", "HAMERSLAG_BIND");
    }

    @Test
    void theTokenBlockExportsEveryDemoUserUnderItsOwnVariableWithWhoItIsAsAShellComment() {
        String block = Main.tokenBlock(user -> "jwt-of-" + user.subject());

        for (DemoUser u : DemoUsers.ALL) {
            assertThat(block).contains("export " + DemoUsers.tokenVariable(u) + "=jwt-of-" + u.subject()
                    + "  # " + u.subject() + ", " + u.role() + ", " + u.department() + "\n");
        }
        assertThat(block).contains("export TOKEN_AUTHOR=jwt-of-anna.steller  #",
                "export TOKEN_AUTHOR_SOFIE=jwt-of-sofie.sociaal  #", "export TOKEN_MANAGER_MEHMET=",
                "export TOKEN_FINANCIAL_CONTROLLER_FRANK=");
        assertThat(block.lines()).as("paste-able: every line is an export or a comment")
                .allMatch(line -> line.isEmpty() || line.startsWith("export ") || line.startsWith("#"));
    }

    @Test
    void verifyNeedsOneBundleAndSaysWhenItCannotReadIt() {
        assertThat(run(Map.of(), "verify")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: hamerslag verify BUNDLE.zip");

        assertThat(run(Map.of(), "verify", "no-such-bundle.zip")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the bundle no-such-bundle.zip");
    }

    @Test
    void verifyWithKnownHeadsSaysWhatTheHeadsFileMustHold(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path heads = java.nio.file.Files.writeString(dir.resolve("heads.json"), "[{\"service\":\"drafting\"}]");

        assertThat(run(Map.of(), "verify", "bundle.zip", "--known-heads", heads.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot take the known heads",
                "every head needs \"service\" (text), \"treeSize\"");
        assertThat(run(Map.of(), "verify", "bundle.zip", "--known")).isEqualTo(2);
    }

    @Test
    void anUnknownCommandFailsWithTheHelp() {
        assertThat(run(Map.of(), "down")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'down'", "usage:");
    }

    @Test
    void tokenPrintsOnlyATokenOfTheRolesDemoUserSignedWithTheKeyItCreatesInTheDataFolder() throws Exception {
        assertThat(run(Map.of(), "token", "author")).isZero();

        String token = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(token).doesNotContain("\n", " ");
        RSAKey key = LocalSigningKey.loadOrCreate(repo.resolve(".hamerslag/keys"));
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("anna.steller");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("AUTHOR");
    }

    @Test
    void tokenForANamedUserGivesThatUserTheRole() throws Exception {
        Path dataDir = repo.resolve("elsewhere");
        assertThat(run(Map.of("HAMERSLAG_DATA_DIR", dataDir.toString()), "token", "MANAGER", "piet")).isZero();

        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("piet");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("MANAGER");
        assertThat(dataDir.resolve("keys/jwt-signing-key.json")).exists();
    }

    @Test
    void tokenForAnUnknownRoleFailsListingTheRoles() {
        assertThat(run(Map.of(), "token", "KING")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role 'KING'", "AUTHOR");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aBadPortIsReportedWithoutAStackTrace() {
        assertThat(run(Map.of("HAMERSLAG_PG_PORT", "x"), "up")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("hamerslag: HAMERSLAG_PG_PORT must be a port number between 1 and 65535, got 'x'"
                        + System.lineSeparator());
    }
}
