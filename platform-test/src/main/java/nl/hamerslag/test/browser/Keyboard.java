package nl.hamerslag.test.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.function.Predicate;

/** A person who uses only the keyboard: Tab from where the focus is until it reaches an element, and type. */
public final class Keyboard {

    private Keyboard() {
    }

    /** Presses Tab until the focused element matches, at most {@code limit} times; fails when it never does. */
    public static WebElement tabTo(WebDriver driver, Predicate<WebElement> target, int limit, String what) {
        for (int i = 0; i < limit; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError(what + " was not reached with " + limit + " presses of Tab on " + driver.getCurrentUrl());
    }

    /**
     * Whether the focused element shows that it has focus: an outline or a box shadow that differs
     * from how it looks without focus (WCAG 2.4.7).
     */
    public static boolean focusIsVisible(WebDriver driver, WebElement element) {
        Object visible = ((JavascriptExecutor) driver).executeScript("""
                const e = arguments[0];
                if (document.activeElement !== e) return false;
                const focused = getComputedStyle(e);
                const ring = (focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) > 0)
                          || (focused.boxShadow && focused.boxShadow !== 'none');
                return ring;
                """, element);
        return Boolean.TRUE.equals(visible);
    }
}
