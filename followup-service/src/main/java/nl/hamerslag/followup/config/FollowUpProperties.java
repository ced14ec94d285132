package nl.hamerslag.followup.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code hamerslag.followup.*}: the terms of follow-up and the settlement documents it accepts.
 *
 * @param questionTerm     the legal term for answering a council question, from the day it was received
 * @param reminderBefore   how long before the deadline the reminder goes out
 * @param escalationGrace  how long after going overdue an item escalates to its portfolio holder
 * @param zone             the municipality's time zone: a deadline is a day there
 * @param watchInterval    how often the deadline watch looks for deadlines that are due
 * @param documentMaxSize  the largest settlement document
 * @param documentTypes    media types accepted for a settlement document, read from its bytes; "*" at the end matches a family
 */
@ConfigurationProperties("hamerslag.followup")
public record FollowUpProperties(
        @DefaultValue("30d") Period questionTerm,
        @DefaultValue("14d") Period reminderBefore,
        @DefaultValue("7d") Period escalationGrace,
        @DefaultValue("Europe/Amsterdam") ZoneId zone,
        @DefaultValue("10s") Duration watchInterval,
        @DefaultValue("20MB") DataSize documentMaxSize,
        @DefaultValue({"application/pdf", "application/vnd.oasis.opendocument.*",
                "application/vnd.openxmlformats-officedocument.*", "text/plain"}) List<String> documentTypes) {
}
