package nl.hamerslag.drafting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Opstellen en doorsturen: proposals from the first draft until they are decided. */
@SpringBootApplication
public class DraftingApplication {

    public static void main(String[] args) {
        SpringApplication.run(DraftingApplication.class, args);
    }
}
