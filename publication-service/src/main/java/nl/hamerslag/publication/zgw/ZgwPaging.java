package nl.hamerslag.publication.zgw;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ZGW's paging (Django REST framework's page-number paging): pages count from 1; {@code next} and
 * {@code previous} repeat the filters the list was asked with. A page past the last is "Ongeldige
 * pagina", a 400 ValidatieFout on {@code page}: the reference implementation answers 404, which neither
 * specification lists for a list operation, so a client generated from them would not expect it.
 */
record ZgwPaging(long page, int size, Map<String, String> filters) {

    static ZgwPaging of(Integer page, int size, Map<String, String> filters) {
        if (page != null && page < 1) {
            throw ZgwRefusal.invalid("page", "'page' counts from 1.");
        }
        Map<String, String> given = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null) {
                given.put(name, value);
            }
        });
        return new ZgwPaging(page == null ? 1 : page, size, given);
    }

    long offset() {
        return (page - 1) * size;
    }

    /** Refuses a page past the last one; the first page of an empty list is an empty page. */
    void requireWithin(long count) {
        if (page > 1 && offset() >= count) {
            throw ZgwRefusal.invalid("page", "Ongeldige pagina: there are " + count + " results, " + size + " a page.");
        }
    }

    <T> ZgwPage<T> page(long count, List<T> results, ZgwUrls urls, String path) {
        String query = filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String next = offset() + results.size() < count ? urls.page(path, query, page + 1) : null;
        String previous = page > 1 ? urls.page(path, query, page - 1) : null;
        return new ZgwPage<>(count, next, previous, results);
    }
}
