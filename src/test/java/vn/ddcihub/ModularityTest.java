package vn.ddcihub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The package rules of architecture.md: capabilities depend one way and only on each other's public API. */
class ModularityTest {

	@Test
	void capabilitiesRespectTheirBoundaries() {
		ApplicationModules.of(DdciHubApplication.class).verify();
	}
}
