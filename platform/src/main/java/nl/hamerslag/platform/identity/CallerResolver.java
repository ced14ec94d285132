package nl.hamerslag.platform.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;

/**
 * Hands a controller the {@link Caller} as a parameter. The caller is derived from the token once
 * per request and kept as a request attribute, so the controller, the visibility rule and the
 * command's audit metadata all see the same one.
 */
public class CallerResolver implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = Caller.class.getName();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return current(request).orElseThrow(() ->
                new AuthenticationCredentialsNotFoundException("no bearer token"));
    }

    /** The caller of the request being handled on this thread, if it carries a token. */
    public static Optional<Caller> currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return current(a.getRequest());
        }
        return Optional.empty();
    }

    private static Optional<Caller> current(HttpServletRequest request) {
        if (request != null && request.getAttribute(ATTRIBUTE) instanceof Caller cached) {
            return Optional.of(cached);
        }
        Optional<Caller> caller = Callers.from(SecurityContextHolder.getContext().getAuthentication());
        if (request != null) {
            caller.ifPresent(c -> request.setAttribute(ATTRIBUTE, c));
        }
        return caller;
    }
}
