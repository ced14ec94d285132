package nl.hamerslag.platform.serviceidentity;

/** No token for this service: the identity provider could not be reached, or it refused the client. */
public class ServiceTokenUnavailable extends RuntimeException {

    public ServiceTokenUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
