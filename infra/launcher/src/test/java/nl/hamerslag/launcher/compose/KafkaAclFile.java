package nl.hamerslag.launcher.compose;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * infra/kafka/acls.csv read the way infra/kafka/setup.sh reads it (comma-separated, {@code #} and empty
 * lines skipped, every row an ALLOW), so the tests check the very table the compose broker gets.
 */
final class KafkaAclFile {

    static final Path FILE = Path.of("../kafka/acls.csv");

    /** One row: {@code principal} is the service's short name, which is also its SCRAM user. */
    record Row(String principal, ResourceType resourceType, String name, PatternType patternType, AclOperation operation) {

        AclBinding binding() {
            return new AclBinding(new ResourcePattern(resourceType, name, patternType),
                    new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
        }
    }

    private KafkaAclFile() {
    }

    static List<Row> read() throws IOException {
        return parse(Files.readAllLines(FILE, StandardCharsets.UTF_8));
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + " has " + cells.length
                        + " cells, not 5 (principal,resource_type,resource_name,pattern_type,operation): " + line);
            }
            rows.add(new Row(cells[0], ResourceType.fromString(cells[1]), cells[2],
                    PatternType.fromString(cells[3]), AclOperation.fromString(cells[4])));
        }
        return rows;
    }
}
