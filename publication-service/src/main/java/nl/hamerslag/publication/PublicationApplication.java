package nl.hamerslag.publication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Publiceren (publication-service): on the platform, healthy and reachable; its capabilities arrive with their issues. */
@SpringBootApplication
public class PublicationApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublicationApplication.class, args);
    }
}
