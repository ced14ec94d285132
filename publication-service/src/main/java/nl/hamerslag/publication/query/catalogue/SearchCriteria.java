package nl.hamerslag.publication.query.catalogue;

import nl.hamerslag.publication.woo.InformationCategory;

import nl.hamerslag.contracts.DecidingBody;

import java.time.LocalDate;

/**
 * A search of the public catalogue, already checked: every filter is optional (null), pages count from 1.
 *
 * @param text     words to find in title, summary and body name (Dutch full-text search)
 * @param kind     only publications of this kind (DECISION, AGENDA, ...)
 * @param from     first day of the range, inclusive, of the date {@code dateField} names
 * @param to       last day of the range, inclusive
 */
public record SearchCriteria(String text, String kind, DecidingBody body, InformationCategory category, LocalDate from,
                             LocalDate to, DateField dateField, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 200;

    public SearchCriteria {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 1, size 1.." + MAX_SIZE);
        }
        dateField = dateField == null ? DateField.PUBLISHED : dateField;
    }

    public SearchCriteria withKind(String kind) {
        return new SearchCriteria(text, kind, body, category, from, to, dateField, page, size);
    }

    public SearchCriteria onPage(int page) {
        return new SearchCriteria(text, kind, body, category, from, to, dateField, page, size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }
}
