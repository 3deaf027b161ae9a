package vn.ddcihub;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.ddcihub.shared.VietnamTime;

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
		TimeZone.setDefault(TimeZone.getTimeZone(VietnamTime.ZONE));
		System.setProperty("java.awt.headless", "true");
		SpringApplication.run(DdciHubApplication.class, args);
	}

}
