package nl.hamerslag.platform.idempotency;

/** The first answer to a request with an Idempotency-Key; a retry gets it again. */
record StoredResponse(String requestHash, Integer status, String contentType, String location, byte[] body) {

    boolean completed() {
        return status != null;
    }
}
