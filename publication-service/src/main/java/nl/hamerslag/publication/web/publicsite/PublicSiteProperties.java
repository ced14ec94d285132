package nl.hamerslag.publication.web.publicsite;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where citizens reach the public site, for the absolute links a feed and a sitemap must carry
 * (the gateway locally), and the name the feed gives as its author.
 */
@ConfigurationProperties("hamerslag.publication.public-site")
record PublicSiteProperties(@DefaultValue("http://localhost:8080") String baseUrl,
                            @DefaultValue("Hamerslag") String publisherName) {

    PublicSiteProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
