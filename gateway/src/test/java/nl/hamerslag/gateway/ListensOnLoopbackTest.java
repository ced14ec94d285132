package nl.hamerslag.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

class ListensOnLoopbackTest extends LocalGatewayTest {

    @Autowired
    Environment environment;

    @Test
    void theGatewayListensOnLoopbackUnlessHamerslagBindSaysOtherwise() {
        assertThat(System.getenv("HAMERSLAG_BIND")).as("this test needs HAMERSLAG_BIND unset").isNull();
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }
}
