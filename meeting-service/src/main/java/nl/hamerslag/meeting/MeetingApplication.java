package nl.hamerslag.meeting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Vergaderen en besluiten (meeting-service): on the platform, healthy and reachable; its capabilities arrive with their issues. */
@SpringBootApplication
public class MeetingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeetingApplication.class, args);
    }
}
