package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.publication.support.ChannelsTestBase;
import nl.hamerslag.test.browser.Axe;
import nl.hamerslag.test.browser.HeadlessChromium;
import nl.hamerslag.test.browser.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page and a decision page in a real headless Chromium: by keyboard only, and checked by axe-core. */
@ExtendWith(HeadlessChromium.class)
class PublicPagesBrowserTest extends ChannelsTestBase {

    @Test
    void aCitizenSearchesAndOpensADecisionWithTheKeyboardOnlySeeingWhereTheFocusIs(WebDriver browser) {
        String word = uniqueWord();
        UUID id = rows.publication("DECISION", "Besluit over de speeltuin " + word).summary("Het college besluit.")
                .document("speeltuin.pdf", "%PDF-1.4 " + word).insert();
        browser.get(site("/openbaar"));

        WebElement skip = Keyboard.tabTo(browser, e -> e.getText().equals("Direct naar de inhoud"), 1, "the skip link");
        assertThat(Keyboard.focusIsVisible(browser, skip)).as("focus on the skip link is visible").isTrue();
        WebElement field = Keyboard.tabTo(browser, e -> "q".equals(e.getAttribute("id")), 10, "the search field");
        assertThat(Keyboard.focusIsVisible(browser, field)).as("focus on the search field is visible").isTrue();
        field.sendKeys(word + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=" + word));
        assertThat(browser.findElement(By.id("resultaten")).getText()).isEqualTo("1 publicatie gevonden");

        WebElement result = Keyboard.tabTo(browser, e -> String.valueOf(e.getAttribute("href"))
                .endsWith("/openbaar/publicaties/" + id), 30, "the result's link");
        assertThat(Keyboard.focusIsVisible(browser, result)).as("focus on the result's link is visible").isTrue();
        result.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/publicaties/" + id));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Besluit over de speeltuin " + word);
        assertThat(browser.findElement(By.partialLinkText("speeltuin.pdf downloaden")).isDisplayed()).isTrue();
    }

    @Test
    void theSearchPageAndADecisionPageHaveNoAccessibilityViolationsAtWcag21AA(WebDriver browser) {
        String word = uniqueWord();
        UUID id = rows.publication("DECISION", "Besluit over de begroting " + word).summary("De raad stelt vast.")
                .body("COUNCIL", "Gemeenteraad").meeting("raad-" + word, LocalDate.of(2026, 3, 12))
                .adoptedOn(LocalDate.of(2026, 3, 12)).document("begroting.pdf", "%PDF-1.4 " + word).insert();
        UUID withdrawn = rows.publication("DECISION", "Ingetrokken besluit " + word).insert();
        rows.withdraw(withdrawn, "Op verzoek van de betrokkene");

        for (String path : List.of("/openbaar", "/openbaar?q=" + word, "/openbaar?from=gisteren",
                "/openbaar/publicaties/" + id, "/openbaar/vergaderingen/raad-" + word, "/openbaar/publicaties/" + withdrawn,
                "/openbaar/intrekkingen", "/openbaar/publicaties/" + UUID.randomUUID())) {
            browser.get(site(path));
            assertThat(Axe.violations(browser, Axe.WCAG_21_AA)).as("axe-core on " + path).isEmpty();
        }
    }

    private String site(String path) {
        return "http://localhost:" + port + path;
    }
}
