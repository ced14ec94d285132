package nl.hamerslag.publication.query.catalogue;

import java.util.List;

/** One page of a result, with the totals a pager needs. Pages count from 1. */
public record ResultPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <T> ResultPage<T> of(List<T> items, int page, int size, long total) {
        return new ResultPage<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
