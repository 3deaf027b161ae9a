package vn.ddcihub.system;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Durable jobs with db-scheduler on the application's PostgreSQL (table
 * {@code scheduled_tasks}, Flyway V7). Every {@link Task} bean of any capability is known
 * to the scheduler, and every {@link RecurringTask} is scheduled at start if it is not
 * yet. Each node polls the table; a due execution is picked by exactly one node (an
 * update of its row), so a nightly job runs once however many nodes there are. Built here
 * rather than by db-scheduler's Spring Boot starter, whose released versions target
 * Spring Boot 3.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

	/** Jobs are short housekeeping; two threads leave the cores to requests. */
	private static final int THREADS = 2;

	/**
	 * A job cut short at shutdown is picked again by a live node once its heartbeat is
	 * missed.
	 */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

	/**
	 * How often each node looks for due executions: a scoring run started from a page is
	 * picked within two seconds (db-scheduler's default of ten felt broken), for one
	 * indexed query per node every two seconds.
	 */
	private static final Duration POLLING_INTERVAL = Duration.ofSeconds(2);

	/**
	 * Schedules executions (e.g. a one-time task) from any node; whichever node polls
	 * first runs them.
	 */
	@Bean
	SchedulerClient jobSchedulerClient(DataSource dataSource, ObjectProvider<Task<?>> tasks) {
		return SchedulerClient.Builder.create(dataSource, tasks.orderedStream().toList()).build();
	}

	@Bean
	JobSchedulerLifecycle jobScheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks) {
		return new JobSchedulerLifecycle(dataSource, tasks);
	}

	/**
	 * Polls while the context runs: started after Flyway, stopped before the data source
	 * closes. A stopped db-scheduler cannot start again, so each start builds a new one
	 * (a context may be stopped and started, as the test framework does with contexts it
	 * keeps for later).
	 */
	static class JobSchedulerLifecycle implements SmartLifecycle {

		private final DataSource dataSource;

		private final ObjectProvider<Task<?>> taskBeans;

		private volatile Scheduler running;

		JobSchedulerLifecycle(DataSource dataSource, ObjectProvider<Task<?>> taskBeans) {
			this.dataSource = dataSource;
			this.taskBeans = taskBeans;
		}

		@Override
		public synchronized void start() {
			if (running == null) {
				running = build();
				running.start();
			}
		}

		@Override
		public synchronized void stop() {
			if (running != null) {
				running.stop();
				running = null;
			}
		}

		@Override
		public boolean isRunning() {
			return running != null;
		}

		private Scheduler build() {
			List<Task<?>> tasks = taskBeans.orderedStream().toList();
			List<Task<?>> onDemand = tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
			List<RecurringTask<?>> recurring = tasks.stream()
				.filter(RecurringTask.class::isInstance)
				.<RecurringTask<?>>map(RecurringTask.class::cast)
				.toList();
			return Scheduler.create(dataSource, onDemand)
				.startTasks(recurring)
				.threads(THREADS)
				.pollingInterval(POLLING_INTERVAL)
				.shutdownMaxWait(SHUTDOWN_WAIT)
				.build();
		}

	}

}
