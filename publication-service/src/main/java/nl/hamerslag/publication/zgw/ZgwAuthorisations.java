package nl.hamerslag.publication.zgw;

import nl.hamerslag.platform.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * ZGW Autorisaties for our tokens: an application is the subject of its token (the client id), and
 * {@code hamerslag.zgw.applications} gives it its scopes and maximum vertrouwelijkheidaanduiding, as the
 * Autorisaties API would. A token whose subject has no such entry, or whose entry lacks the scope, is
 * refused with 403 whatever its roles: a person reads decisions through the editor's API, where the one
 * visibility rule for people applies (docs/decisions/0037-zgw-besluiten-and-documenten-in-publication.md).
 */
@Component
class ZgwAuthorisations {

    private final ZgwProperties properties;

    ZgwAuthorisations(ZgwProperties properties) {
        this.properties = properties;
    }

    ZgwAuthorisation require(Caller caller, ZgwScope scope) {
        ZgwProperties.Application application = properties.applications().get(caller.subject());
        if (application == null || !application.scopes().contains(scope.scopeName())) {
            throw ZgwRefusal.forbidden("This token holds no ZGW scope '" + scope.scopeName() + "'. An application reads "
                    + "the ZGW APIs with a token whose subject is configured under hamerslag.zgw.applications with that "
                    + "scope.");
        }
        return new ZgwAuthorisation(caller.subject(), application.maxVertrouwelijkheidaanduiding());
    }
}
