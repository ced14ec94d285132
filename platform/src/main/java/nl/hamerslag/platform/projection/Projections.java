package nl.hamerslag.platform.projection;

import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The projections of this service: every bean with {@link ProjectionTables} and a {@code @ProcessingGroup},
 * by processing-group name. Found on first use, when Axon's configuration (its parameter resolvers and
 * handler definitions) is complete, so that a replay invokes the handlers exactly as Axon does.
 */
public class Projections {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final ListableBeanFactory beans;
    private final ObjectProvider<Configuration> axon;
    private volatile Map<String, Projection> byName;

    public Projections(ListableBeanFactory beans, ObjectProvider<Configuration> axon) {
        this.beans = beans;
        this.axon = axon;
    }

    public List<Projection> all() {
        return List.copyOf(found().values());
    }

    public Projection named(String name) {
        Projection projection = found().get(name);
        if (projection == null) {
            throw new UnknownProjection(name);
        }
        return projection;
    }

    public List<Projection> named(Collection<String> names) {
        return names.stream().map(this::named).toList();
    }

    /**
     * Whether Axon runs the projection in a subscribing processor (writes in the command's own
     * transaction). A rebuild relies on that to catch up under a table lock (ADR 41).
     */
    boolean subscribing(Projection projection) {
        Optional<EventProcessor> processor = axon.getObject().eventProcessingConfiguration()
                .eventProcessor(projection.name());
        return processor.map(SubscribingEventProcessor.class::isInstance).orElse(false);
    }

    private Map<String, Projection> found() {
        Map<String, Projection> known = byName;
        if (known == null) {
            synchronized (this) {
                if (byName == null) {
                    byName = discover();
                }
                known = byName;
            }
        }
        return known;
    }

    private Map<String, Projection> discover() {
        Configuration configuration = axon.getObject();
        List<Projection> found = new ArrayList<>();
        for (Object bean : beans.getBeansWithAnnotation(ProjectionTables.class).values()) {
            Object target = AopUtils.isAopProxy(bean) ? AopProxyUtils.getSingletonTarget(bean) : bean;
            Class<?> type = target.getClass();
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            if (group == null) {
                throw new IllegalStateException(type.getName() + " names its tables with @ProjectionTables but has no "
                        + "@ProcessingGroup: give it one, the platform finds projections by that name");
            }
            ProjectionTables declared = AnnotatedElementUtils.findMergedAnnotation(type, ProjectionTables.class);
            List<String> tables = List.of(declared.value());
            List<String> alsoWrites = List.of(declared.alsoWrites());
            java.util.stream.Stream.concat(tables.stream(), alsoWrites.stream()).filter(table -> !TABLE.matcher(table).matches()).findFirst().ifPresent(table -> {
                throw new IllegalStateException(type.getName() + " names table '" + table + "' in @ProjectionTables: "
                        + "give the plain lower-case name of a table in schema public");
            });
            found.add(new Projection(group.value(), tables, alsoWrites, new AnnotationEventHandlerAdapter(target,
                    configuration.parameterResolverFactory(), configuration.handlerDefinition(type))));
        }
        found.sort(Comparator.comparing(Projection::name));
        Map<String, Projection> map = new LinkedHashMap<>();
        for (Projection projection : found) {
            if (map.putIfAbsent(projection.name(), projection) != null) {
                throw new IllegalStateException("two beans claim projection '" + projection.name() + "' with "
                        + "@ProjectionTables: one processing group, one bean");
            }
        }
        return Map.copyOf(map);
    }
}
