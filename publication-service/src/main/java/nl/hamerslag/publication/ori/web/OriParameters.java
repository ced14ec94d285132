package nl.hamerslag.publication.ori.web;

import nl.hamerslag.publication.ori.OriResourceType;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The query parameters of the ORI endpoints, checked once with a message that says what to send. */
final class OriParameters {

    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;

    private OriParameters() {
    }

    static int limit(String limit) {
        return number("limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    static int page(String page) {
        return number("page", page, 1, 1_000_000);
    }

    static OriResourceType resourceType(String resourceType) {
        if (resourceType == null || resourceType.isBlank()) {
            return null;
        }
        return OriResourceType.byFeedName(resourceType.trim()).orElseThrow(() -> new InvalidOriRequest(
                "resourceType: use one of " + Arrays.stream(OriResourceType.values()).map(OriResourceType::feedName)
                        .collect(Collectors.joining(", ")) + "."));
    }

    static String organisatiecode(String organisatiecode) {
        if (organisatiecode == null || organisatiecode.isBlank()) {
            return null;
        }
        if (!organisatiecode.trim().matches("[a-z]{2,4}\\d{1,6}")) {
            throw new InvalidOriRequest("organisatiecode: use a TOOI organisation code such as gm0344.");
        }
        return organisatiecode.trim();
    }

    private static int number(String name, String value, int absent, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // not a number at all: the same advice as one out of range
        }
        throw new InvalidOriRequest(name + ": use a whole number from 1 to " + max + ".");
    }
}
