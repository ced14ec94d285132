package nl.hamerslag.approval.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.util.List;

/**
 * Persistent deadlines: a db-scheduler {@link Scheduler} on the service's own PostgreSQL (table
 * {@code scheduled_tasks}, migrated by Flyway). Its presence switches on Axon's
 * {@code AxonDbSchedulerAutoConfiguration}, which supplies the {@code DbSchedulerDeadlineManager} and the
 * tasks it runs. A deadline scheduled by a command is written in that command's transaction (the
 * data source joins Spring's transaction), so a rolled-back command leaves no deadline behind, and
 * a deadline survives a restart because it is a row, not a timer.
 */
@Configuration
class DeadlineSchedulerConfiguration {

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, ApprovalProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks")
                .pollingInterval(properties.deadlines().pollingInterval())
                .commitWhenAutocommitDisabled(false)
                .threads(2)
                .build();
    }

    /**
     * Starts the scheduler after everything else (Axon's processors included), so a deadline due at
     * start-up finds the aggregate's handlers ready, and stops it first.
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 1000;
            }
        };
    }
}
