package nl.hamerslag.approval.config;

import nl.hamerslag.approval.command.ConsequencesRoutePolicy;
import nl.hamerslag.approval.command.RoutePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which rules build a route. The aggregate receives the policy as a handler parameter, so replacing it is one bean. */
@Configuration
class RoutePolicyConfiguration {

    @Bean
    RoutePolicy routePolicy() {
        return new ConsequencesRoutePolicy();
    }
}
