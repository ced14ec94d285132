package nl.hamerslag.publication.support;

import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/** What every test of the public channels needs: the service without a token, and rows to put in the catalogue. */
@PublicationIntegrationTest
public abstract class ChannelsTestBase {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    protected CatalogueTestRows rows;
    protected ApiClient client;

    @BeforeEach
    void channels() {
        rows = new CatalogueTestRows(jdbc, transactions);
        client = new ApiClient("http://localhost:" + port);
    }

    /** A word no other test uses, to find exactly the rows of this test by full-text search. */
    protected static String uniqueWord() {
        return "woord" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** As a citizen's browser asks. */
    protected ApiResponse browse(String path) {
        return client.get(path, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }
}
