package nl.hamerslag.platform.input;

import tools.jackson.core.JsonParser;

/** How a refusal names the JSON field it is about: its path in the body, e.g. {@code tags/2}. */
final class JsonFields {

    private JsonFields() {
    }

    static String name(JsonParser parser) {
        return name(parser.streamReadContext().pathAsPointer().toString());
    }

    static String name(String pointer) {
        return pointer.isEmpty() ? "The body" : "The field '" + pointer.substring(1) + "'";
    }
}
