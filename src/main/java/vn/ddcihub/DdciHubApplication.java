package vn.ddcihub;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** DDCI Hub: measure, plan and raise the DDCI competitiveness index of departments and districts. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// an @ApplicationModuleListener runs after its event's transaction commits, on a thread of its own, not in the request
@EnableAsync
public class DdciHubApplication {

	/** Vietnamese administrative time: every date shown or computed is in Asia/Ho_Chi_Minh. */
	public static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
		System.setProperty("java.awt.headless", "true");
		SpringApplication.run(DdciHubApplication.class, args);
	}
}
