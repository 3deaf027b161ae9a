package vn.ddcihub.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (no connection within the pool's timeout, a
 * server that is down or restarting, a connection cut) from everything else that can go
 * wrong with a query: the first is answered 503 "try again shortly", never 401 or 500.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	static boolean unreachable(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof ConnectException || (t instanceof SQLException sql && lostServer(sql))) {
				return true;
			}
			// a failed query whose rollback failed too: the rollback's error hides the
			// query's, which tells what happened
			if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
					&& unreachable(tx.getApplicationException())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception), 57P01–57P03 (the server shut down,
	 * crashed or cannot accept connections yet).
	 */
	private static boolean lostServer(SQLException sql) {
		String state = sql.getSQLState();
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
