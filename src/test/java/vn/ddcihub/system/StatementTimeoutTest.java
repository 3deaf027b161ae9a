package vn.ddcihub.system;

import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No request holds a database backend for minutes: statements are cut off. */
class StatementTimeoutTest extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	TransactionTemplate transactions;

	@Test
	void everyConnectionOfThePoolCarriesTheStatementTimeout() {
		assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
	}

	@Test
	void aStatementPastTheTimeoutIsCancelledByTheDatabase() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			// shortened for this transaction only, so the test does not wait 30 s
			jdbc.sql("set local statement_timeout = 200").update();
			jdbc.sql("select pg_sleep(5)").query(String.class).single();
		})).isInstanceOf(QueryTimeoutException.class);
	}

}
