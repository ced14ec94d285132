package nl.hamerslag.platform.identity;

/**
 * A command a person (or a service) gives: it names the caller, in the role they act in. The platform
 * records that caller, not the token's first role, as the actor of the command and of every event it
 * causes (metadata and Kafka headers).
 */
public interface CallerCommand {

    Caller caller();
}
