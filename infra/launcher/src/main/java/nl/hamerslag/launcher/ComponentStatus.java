package nl.hamerslag.launcher;

/**
 * One line of {@code ./hamerslag status}, as the running launcher writes it to the status file.
 *
 * @param name     {@code drafting-service}, {@code gateway}, {@code kafka}, {@code postgresql}
 * @param state    {@code running}, {@code restarting}, {@code stopped}, {@code down} (given up), or
 *                 {@code external} (a database or broker the launcher did not start)
 * @param pid      0 when there is no process
 * @param url      {@code http://localhost:8081}, or {@code host:port} for the broker and the database
 * @param restarts how often the launcher restarted it
 * @param lastExit the exit code of its last death, null if it never died
 * @param log      its log file
 */
public record ComponentStatus(String name, String state, long pid, String url, int restarts, Integer lastExit, String log) {

    static final String RUNNING = "running";
    static final String RESTARTING = "restarting";
    static final String STOPPED = "stopped";
    static final String DOWN = "down";
    static final String EXTERNAL = "external";
}
