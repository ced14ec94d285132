package nl.hamerslag.approval.scaling;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * The second replica's token store, as Axon's own auto-configuration makes it but with a node id of its
 * own: in a pod the default (pid@hostname) differs per replica, in one test JVM it would not. Not a
 * {@code @Configuration} on purpose, so the service's component scan does not pick it up for the first.
 */
class SecondReplicaNodeId {

    @Bean
    TokenStore tokenStore(@Qualifier("serializer") Serializer serializer, EntityManagerProvider entityManagerProvider) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .nodeId(TwoInstancesShareTheWorkIntegrationTest.SECOND)
                .build();
    }
}
