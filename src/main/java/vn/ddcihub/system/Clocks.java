package vn.ddcihub.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ddcihub.shared.VietnamTime;

/**
 * The application's clock, in Vietnamese time: jobs ask it for "today" and "now", so a
 * test gives them another day by building them with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

	@Bean
	Clock clock() {
		return Clock.system(VietnamTime.ZONE);
	}

}
