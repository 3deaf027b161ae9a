package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.ChangeStamps.Kind;

/**
 * The database moves a kind's counter once per transaction that writes its tables, and
 * only when that transaction commits.
 */
class ChangeStampsTest extends IntegrationTest {

	@Autowired
	ChangeStamps stamps;

	@Autowired
	TransactionTemplate transactions;

	private long counter(String name) {
		return jdbc.sql("select counter from change_stamp where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void aTransactionThatWritesAKindsTablesMovesItsCounterOnce() {
		long plan = counter("plan");
		long org = counter("org");
		String before = stamps.of(Kind.PLAN, Kind.ORG);

		transactions.executeWithoutResult(status -> {
			jdbc.sql("update plan_plan set title = title where id = (select min(id) from plan_plan)").update();
			jdbc.sql("update plan_task set title = title where id = (select min(id) from plan_task)").update();
		});

		assertThat(counter("plan")).isEqualTo(plan + 1);
		assertThat(counter("org")).isEqualTo(org);
		assertThat(stamps.of(Kind.PLAN, Kind.ORG)).isNotEqualTo(before).isEqualTo("org:" + org + ",plan:" + (plan + 1));
	}

	@Test
	void aRolledBackChangeLeavesTheCounter() {
		long org = counter("org");

		transactions.executeWithoutResult(status -> {
			jdbc.sql("update org_unit set name = name where id = (select min(id) from org_unit)").update();
			status.setRollbackOnly();
		});

		assertThat(counter("org")).isEqualTo(org);
	}

	@Test
	void eachKindHasItsCounter() {
		long execution = counter("execution");
		long index = counter("index");

		jdbc.sql("update index_edition set updated_at = updated_at where id = (select min(id) from index_edition)")
			.update();

		assertThat(counter("index")).isEqualTo(index + 1);
		assertThat(counter("execution")).isEqualTo(execution);
	}

}
