package nl.hamerslag.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.hamerslag.platform.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/**
 * Applies the {@link TextRule} to the text of a request that is there before any controller: the
 * path, the query parameters, the fields of a url-encoded form and the headers, each percent-decoded
 * as the application will see it. It runs before security and before anything is read or stored,
 * so a refused request has no effect. A percent-encoding that is not UTF-8 (an overlong NUL such as
 * {@code %C0%80}, a stray {@code %}) is refused too: the application would otherwise see a
 * replacement character where the client meant something else. So is an Accept header that names no
 * media type. The Authorization header is left to
 * the security filters (a bad token is a 401, and its value is never quoted).
 */
public class TextInputFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    public TextInputFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal != null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String refusal(HttpServletRequest request) {
        try {
            for (String segment : request.getRequestURI().split("/")) {
                TextRule.check("The path", decode(segment, false));
            }
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
                    TextRule.check("The query parameter name '" + printable(name) + "'", name);
                    if (equals >= 0) {
                        TextRule.check("The query parameter '" + printable(name) + "'", decode(pair.substring(equals + 1), true));
                    }
                }
            }
            if (isForm(request)) {
                for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
                    TextRule.check("The form field name", field.getKey());
                    for (String value : field.getValue()) {
                        TextRule.check("The form field '" + printable(field.getKey()) + "'", value);
                    }
                }
            }
            for (String name : Collections.list(request.getHeaderNames())) {
                if (!name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION)) {
                    for (String value : Collections.list(request.getHeaders(name))) {
                        TextRule.check("The header " + name, value);
                    }
                }
            }
            // an Accept that is no list of media types leaves Spring no type to answer in: the refusal
            // would go out without a body
            MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
            return null;
        } catch (InvalidMediaTypeException e) {
            return "The Accept header is not a list of media types; send e.g. Accept: application/json.";
        } catch (UnacceptableText e) {
            return e.getMessage();
        } catch (IllegalArgumentException e) {
            return "The URL is not valid percent-encoded UTF-8 (" + e.getMessage() + "); encode each byte of the "
                    + "UTF-8 form of a character as %XX.";
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Percent-decodes strictly: every escape must be two hex digits and the bytes must be UTF-8. */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("a % not followed by two hex digits");
                }
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("bytes that are not UTF-8");
        }
    }

    /** A name as it may be quoted back: without the characters that made it unacceptable, and short. */
    private static String printable(String name) {
        String visible = name.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 50 ? visible.substring(0, 50) + "…" : visible;
    }
}
