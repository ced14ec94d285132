package nl.hamerslag.gateway.audit;

/** An export asked for with parameters that cannot be honoured: answered 400 with what to send instead. */
public class ExportRequestInvalid extends RuntimeException {

    public ExportRequestInvalid(String whatToSend) {
        super(whatToSend);
    }
}
