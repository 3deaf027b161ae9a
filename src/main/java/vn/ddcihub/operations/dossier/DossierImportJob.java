package vn.ddcihub.operations.dossier;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A dossier import as a db-scheduler one-time task (id = the import's id), run by
 * whichever node polls first. The runner records every outcome in the import's row, so
 * the task always completes; a node that dies mid-import leaves a dead execution that a
 * live node runs again from the start (the import is idempotent, and the first attempt's
 * transaction never committed).
 */
@Component
class DossierImportJob extends OneTimeTask<Void> {

	static final String TASK = "ops-dossier-import";

	private final DossierImportRunner runner;

	DossierImportJob(@Lazy DossierImportRunner runner) {
		super(TASK, Void.class);
		this.runner = runner;
	}

	@Override
	public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
		runner.run(Long.parseLong(instance.getId()));
	}

}
