package vn.ddcihub.system;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The visitor's address and https come from {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} only when the request reaches us from a configured trusted
 * proxy ({@code ddci.security.trusted-proxies}: addresses or CIDR ranges,
 * comma-separated; none by default). Anyone else could name any address in the header and
 * so escape the login throttle or throttle somebody else, or claim https. Tomcat's remote
 * IP valve does the work: it reads the header from the right, skipping the trusted
 * proxies, so a value the visitor put in front is never taken.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final List<String> ranges;

	TrustedProxies(@Value("${ddci.security.trusted-proxies:}") String trustedProxies) {
		this.ranges = Arrays.stream(trustedProxies.split(","))
			.map(String::strip)
			.filter(entry -> !entry.isEmpty())
			.map(TrustedProxies::asRange)
			.toList();
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		if (ranges.isEmpty()) {
			return;
		}
		RemoteIpValve valve = new RemoteIpValve();
		// A list with a "/" is read as CIDR ranges; nothing else is trusted.
		valve.setInternalProxies(ranges.stream().collect(Collectors.joining(",")));
		valve.setTrustedProxies(null);
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		factory.addEngineValves(valve);
	}

	/** A single address as the range holding only it. */
	private static String asRange(String entry) {
		return entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
	}

}
