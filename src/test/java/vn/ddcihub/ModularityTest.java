package vn.ddcihub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The package rules of architecture.md: capabilities depend one way and only on each other's door
 * (the module's root package); the module diagram in {@code docs/modules} is written from the code.
 */
class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(DdciHubApplication.class);

	@Test
	void capabilitiesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void internalsOfACapabilityAreNotPartOfItsDoor() {
		var plan = MODULES.getModuleByName("plan").orElseThrow();
		assertThat(plan.isExposed(MODULES.getModuleByName("plan")
			.flatMap(m -> m.getType("vn.ddcihub.plan.domain.PlanService"))
			.orElseThrow())).isFalse();
		assertThat(plan.getBasePackage().getName()).isEqualTo("vn.ddcihub.plan");
	}

	@Test
	void theSharedLayoutKnowsNoCapability() {
		var web = MODULES.getModuleByName("web").orElseThrow();
		var dependencies = web.getDirectDependencies(MODULES);
		assertThat(dependencies.containsModuleNamed("plan")).isFalse();
		assertThat(dependencies.containsModuleNamed("index")).isFalse();
		assertThat(dependencies.containsModuleNamed("org")).isTrue();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
