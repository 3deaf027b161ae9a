package vn.ddcihub.system;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is read, before the
 * application context is built: the server's own start-up (about a second) then overlaps
 * with Spring's, instead of the data source waiting for it in the middle of the context
 * refresh. Registered in META-INF/spring.factories.
 */
class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// the build's AOT step only works out bean definitions; it needs no database
			return;
		}
		EmbeddedDatabaseSettings.of(event.getEnvironment())
			.ifPresent(settings -> EmbeddedPostgresServer.startInBackground(settings.dataDirectory(), settings.port(),
					settings.clean(), EmbeddedDatabaseSettings.DATABASE));
	}

}
