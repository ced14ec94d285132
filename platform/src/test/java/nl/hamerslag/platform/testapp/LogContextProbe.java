package nl.hamerslag.platform.testapp;

import org.slf4j.MDC;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.TreeMap;

/** Answers with the log context (MDC) a controller sees, so a test can read what every log line of it carries. */
@RestController
class LogContextProbe {

    @GetMapping("/api/test/log-context")
    Map<String, String> logContext() {
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        return mdc == null ? Map.of() : new TreeMap<>(mdc);
    }
}
