package vn.ddcihub.survey.domain;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.stereotype.Component;

/**
 * A scoring run as a db-scheduler one-time task (id = the run's id): scheduled by the
 * node that starts the run, executed by whichever node polls first. The runner records
 * every outcome in the run's row (failures included), so the task itself always
 * completes; a node that dies mid-run leaves a dead execution, which a live node picks up
 * and computes again from the start.
 */
@Component
class ScoringRunJob extends OneTimeTask<Void> {

	static final String TASK = "survey-scoring-run";

	private final ScoringRunner runner;

	ScoringRunJob(ScoringRunner runner) {
		super(TASK, Void.class);
		this.runner = runner;
	}

	@Override
	public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
		runner.run(Long.parseLong(instance.getId()));
	}

}
