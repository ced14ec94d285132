package nl.hamerslag.publication.query.catalogue;

/** Which date a date range is about: when the content was adopted (vastgesteld) or when it was published. */
public enum DateField {
    PUBLISHED("published"),
    ADOPTED("adopted");

    private final String parameter;

    DateField(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code dateField} request parameter. */
    public String parameter() {
        return parameter;
    }
}
