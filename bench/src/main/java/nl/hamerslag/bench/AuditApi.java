package nl.hamerslag.bench;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.launcher.RunningSystem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * The auditor's and the administrator's calls the part "million" makes through the gateway, as docs/audit.md and
 * docs/projections.md show them with curl: a dossier's timeline, verify and export as the AUDITOR demo user, a projection's
 * rebuild and its progress as the ADMIN demo user.
 */
final class AuditApi {

    /** A verify re-reads every leaf of the service's tree: at a million events it is not a quick call. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final String base;
    private final String auditor;
    private final String admin;

    AuditApi(String base, RunningSystem system) {
        this.base = base;
        this.auditor = "Bearer " + system.token(Role.AUDITOR);
        this.admin = "Bearer " + system.token(Role.ADMIN);
    }

    HttpRequest timeline(String proposalId) {
        return get("/api/audit/dossiers/" + proposalId + "/timeline", auditor);
    }

    HttpRequest verify(String proposalId) {
        return get("/api/audit/dossiers/" + proposalId + "/verify", auditor);
    }

    /** The dossier's bundle: every event, its proof, the signed heads (a zip). */
    HttpRequest export(String proposalId) {
        return get("/api/audit/dossiers/" + proposalId + "/export", auditor);
    }

    /** One service's latest signed tree head, through the gateway's route to its {@code /audit}. */
    HttpRequest treeHeads(String service) {
        return get("/api/audit/" + service + "/tree-heads", auditor);
    }

    /** One leaf's inclusion proof in the tree of {@code treeSize} leaves: one pass over the service's log. */
    HttpRequest inclusion(String service, String leaf, long treeSize) {
        return get("/api/audit/" + service + "/proofs/inclusion?leaf=" + leaf + "&treeSize=" + treeSize, auditor);
    }

    /** {@code POST /api/admin/{service}/projections/{name}/rebuild}: 202, the rebuild runs in the background. */
    HttpRequest rebuild(String service, String projection) {
        return HttpRequest.newBuilder(URI.create(base + "/api/admin/" + service + "/projections/" + projection + "/rebuild"))
                .timeout(TIMEOUT).header("Authorization", admin).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    /** The projection with its running or last rebuild: outcome, eventsDone, eventsTotal, eventsPerSecond. */
    HttpRequest projection(String service, String projection) {
        return get("/api/admin/" + service + "/projections/" + projection, admin);
    }

    private HttpRequest get(String path, String authorization) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", authorization)
                .GET().build();
    }
}
