package nl.hamerslag.gateway.local;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUser;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.TokenMinter;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.stream.Collectors;

/** Tokens for the demo users, so every role can be tried without an identity provider. Local mode only. */
@RestController
@Profile("local")
@RequestMapping("/api/local/tokens")
@SecurityRequirements // open: this is where a token comes from
@Tag(name = "Lokale tokens", description = "Tokens voor demogebruikers (alleen lokaal)")
public class LocalTokenController {

    private final TokenMinter minter;

    public LocalTokenController(TokenMinter minter) {
        this.minter = minter;
    }

    @GetMapping
    @Operation(summary = "De demogebruikers: één per rol")
    public List<DemoUser> demoUsers() {
        return DemoUsers.ALL;
    }

    @PostMapping
    @Operation(summary = "Een token voor een rol",
            description = "Geeft een ondertekend bearer-token voor de demogebruiker van de rol, of voor de "
                    + "demogebruiker die 'user' noemt, in de gevraagde rol. Gebruik: Authorization: Bearer <token>.")
    public TokenResponse mint(@RequestBody TokenRequest request) {
        if (request.role() == null || request.role().isBlank()) {
            throw new IllegalArgumentException("give a role; use one of " + validRoles());
        }
        Role role = DemoUsers.parseRole(request.role());
        DemoUser holder = request.user() == null || request.user().isBlank()
                ? DemoUsers.forRole(role)
                : DemoUsers.bySubject(request.user()).orElseThrow(() -> new IllegalArgumentException(
                        "unknown user '" + request.user() + "'; the demo users are "
                                + DemoUsers.ALL.stream().map(DemoUser::subject).collect(Collectors.joining(", "))));
        String token = minter.mint(holder.subject(), holder.name(), List.of(role), holder.department(),
                TokenMinter.DEFAULT_LIFETIME);
        return new TokenResponse(token, holder.subject(), holder.name(), role.name(),
                TokenMinter.DEFAULT_LIFETIME.toSeconds());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static List<Role> validRoles() {
        return List.of(Role.values()).stream().filter(r -> r != Role.SYSTEM).toList();
    }
}
