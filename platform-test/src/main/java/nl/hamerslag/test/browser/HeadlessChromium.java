package nl.hamerslag.test.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real headless Chromium for page tests: {@code @ExtendWith(HeadlessChromium.class)} on a test
 * class, and a {@link WebDriver} parameter in its tests. One browser per test class, with a fresh
 * profile, closed after the class. Debian's {@code chromium} and {@code chromedriver} are used
 * ({@code /usr/bin}, or where {@code HAMERSLAG_CHROMIUM} and {@code HAMERSLAG_CHROMEDRIVER} point),
 * never a browser downloaded at run time (Selenium Manager is not asked). Where either is missing
 * the tests are skipped with a reason that says so and how to install them ({@code .ci/run} does);
 * a browser that is there but fails to start fails the tests.
 */
public final class HeadlessChromium implements ExecutionCondition, ParameterResolver {

    static final String CHROMIUM = "HAMERSLAG_CHROMIUM";
    static final String CHROMEDRIVER = "HAMERSLAG_CHROMEDRIVER";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeadlessChromium.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        String reason = "SKIPPED browser tests of " + context.getDisplayName() + ": " + missing.get()
                + " Install them with: apt-get install -y chromium chromium-driver (.ci/run does).";
        System.out.println(reason);
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** Why no browser can be started here, or empty when both programs are there. */
    public static Optional<String> missing() {
        Path chromium = chromium();
        Path driver = chromedriver();
        if (!Files.isExecutable(chromium)) {
            return Optional.of("no Chromium at " + chromium + " (set " + CHROMIUM + " to another path).");
        }
        if (!Files.isExecutable(driver)) {
            return Optional.of("no chromedriver at " + driver + " (set " + CHROMEDRIVER + " to another path).");
        }
        return Optional.empty();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context.getParent().filter(c -> c.getTestMethod().isEmpty()).orElse(context);
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browser.class, type -> Browser.start(), Browser.class).driver();
    }

    static Path chromium() {
        return Path.of(Optional.ofNullable(System.getenv(CHROMIUM)).orElse("/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(Optional.ofNullable(System.getenv(CHROMEDRIVER)).orElse("/usr/bin/chromedriver"));
    }

    /** A started browser and its profile folder, both gone when the class's store closes. */
    record Browser(ChromeDriver driver, Path profile) implements ExtensionContext.Store.CloseableResource {

        static Browser start() {
            Path profile;
            try {
                profile = Files.createTempDirectory("hamerslag-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium().toFile());
            // the flags this machine needs: no sandbox as root, no GPU, and no calls home that could hang
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nl-NL",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver().toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }
}
