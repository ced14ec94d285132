package nl.hamerslag.publication.zgw;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The ZGW scopes this service knows; only the reading ones, since it offers no writes. */
enum ZgwScope {
    BESLUITEN_LEZEN("besluiten.lezen"),
    DOCUMENTEN_LEZEN("documenten.lezen");

    static final Set<String> NAMES = Arrays.stream(values()).map(ZgwScope::scopeName).collect(Collectors.toSet());

    private final String scopeName;

    ZgwScope(String scopeName) {
        this.scopeName = scopeName;
    }

    String scopeName() {
        return scopeName;
    }
}
