package vn.ddcihub;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends to the database, at the JDBC level:
 * the data source is wrapped so every statement it hands out counts its executions. Tests
 * use it to show that a page costs the same number of statements however many plans and
 * tasks there are (no N+1).
 */
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<int[]> EXECUTED = ThreadLocal.withInitial(() -> new int[1]);

	private static final Set<Class<?>> WRAPPED = Set.of(Connection.class, Statement.class, PreparedStatement.class,
			CallableStatement.class);

	/** A piece of test code that may throw. */
	public interface Action {

		void run() throws Exception;

	}

	/** The number of statements executed on this thread while {@code action} ran. */
	public static int statementsOf(Action action) throws Exception {
		int before = EXECUTED.get()[0];
		action.run();
		return EXECUTED.get()[0] - before;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
	}

	private static Object wrap(Object target, Class<?> type) {
		return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> switch (method.getName()) {
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					default -> forward(target, method, args);
				});
	}

	private static Object forward(Object target, Method method, Object[] args) throws Throwable {
		if (target instanceof Statement && method.getName().startsWith("execute")) {
			EXECUTED.get()[0]++;
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		return result != null && WRAPPED.contains(method.getReturnType()) ? wrap(result, method.getReturnType())
				: result;
	}

}
