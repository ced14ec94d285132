package nl.hamerslag.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Counts every handled command by type and outcome ({@link CommandOutcome}): meter
 * {@code hamerslag.commands} (Prometheus {@code hamerslag_commands_total{command,outcome}}). A command
 * counts as handled only once its unit of work committed, so one whose events could not be stored
 * counts as failed.
 */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String METER = "hamerslag.commands";

    private final MeterRegistry meters;

    public CommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Object result;
        try {
            result = interceptorChain.proceed();
        } catch (Exception | Error e) {
            count(command, CommandOutcome.of(e));
            throw e;
        }
        unitOfWork.afterCommit(u -> count(command, CommandOutcome.HANDLED));
        unitOfWork.onRollback(u -> count(command, CommandOutcome.FAILED));
        return result;
    }

    private void count(String command, CommandOutcome outcome) {
        Counter.builder(METER)
                .description("Commands by type and outcome: handled, refused (4xx) or failed")
                .tag("command", command)
                .tag("outcome", outcome.tag())
                .register(meters)
                .increment();
    }
}
