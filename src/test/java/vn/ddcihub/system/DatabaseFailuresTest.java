package vn.ddcihub.system;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached" (503) and which do not. */
class DatabaseFailuresTest {

	@Test
	void aLostConnectionIsUnreachableAlsoWhenTheRollbackAfterItFailedToo() {
		DataAccessResourceFailureException query = new DataAccessResourceFailureException(
				"An I/O error occurred while sending to the backend", new SQLException("Broken pipe", "08006"));
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(query);

		assertThat(DatabaseFailures.unreachable(rollback)).isTrue();
		assertThat(DatabaseFailures.unreachable(new RuntimeException(new ConnectException("refused")))).isTrue();
	}

	@Test
	void aRefusalByAWorkingDatabaseIsNot() {
		assertThat(DatabaseFailures.unreachable(
				new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key value", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.unreachable(
				new TransactionSystemException("Could not commit", new SQLException("serialization", "40001"))))
			.isFalse();
	}

}
