package nl.hamerslag.publication.zgw;

import java.util.List;

/** A page of a ZGW list: the total, the links to the pages beside it (null at either end) and the results. */
record ZgwPage<T>(long count, String next, String previous, List<T> results) {
}
