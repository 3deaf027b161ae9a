package vn.ddcihub;

import java.net.URL;
import java.util.TimeZone;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.survey.ScoreCommand;

/**
 * DDCI Hub: measure, plan and raise the DDCI competitiveness index of departments and
 * districts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// an @ApplicationModuleListener runs after its event's transaction commits, on a thread
// of its own, not in the request
@EnableAsync
public class DdciHubApplication {

	public static void main(String[] args) {
		if (ScoreCommand.isCommand(args)) {
			// the analysts' command line: no Spring context, no database, no web server
			System.exit(ScoreCommand.run(args, System.out, System.err));
		}
		TimeZone.setDefault(TimeZone.getTimeZone(VietnamTime.ZONE));
		System.setProperty("java.awt.headless", "true");
		useBuildTimeBeanDefinitionsInPackagedJar();
		SpringApplication.run(DdciHubApplication.class, args);
	}

	/**
	 * The packaged jar carries the bean definitions Spring AOT worked out at build time
	 * ({@code process-aot}); using them saves scanning and parsing the configuration
	 * classes at every start. Runs from {@code target/classes}
	 * ({@code mvn spring-boot:run}, an IDE, tests) keep the ordinary processing, so they
	 * never meet AOT code older than the sources. {@code -Dspring.aot.enabled=false}
	 * turns it off for the jar too.
	 */
	static void useBuildTimeBeanDefinitionsInPackagedJar() {
		URL initializer = DdciHubApplication.class
			.getResource(DdciHubApplication.class.getSimpleName() + "__ApplicationContextInitializer.class");
		if (System.getProperty(AotDetector.AOT_ENABLED) == null && initializer != null
				&& "jar".equals(initializer.getProtocol())) {
			System.setProperty(AotDetector.AOT_ENABLED, "true");
		}
	}

}
