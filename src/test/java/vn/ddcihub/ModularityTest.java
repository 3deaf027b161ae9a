package vn.ddcihub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The package rules of architecture.md: capabilities depend one way and only on each
 * other's door (the module's root package); the module diagram in {@code docs/modules} is
 * written from the code.
 */
class ModularityTest {

	private static final Path DOCS = Path.of("docs/modules");

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

	/**
	 * PlantUML sources and module canvases from Spring Modulith, and the overview drawn
	 * as SVG with PlantUML's built-in layout (no Graphviz needed), so the picture in the
	 * docs never drifts. The Documenter lists modules in no fixed order, so a file in the
	 * docs is replaced only when its content really changed, and the working tree stays
	 * clean otherwise.
	 */
	@Test
	void writesTheModuleDiagram() throws IOException {
		Path generated = Path.of("target/modules-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(DOCS);
		boolean overviewChanged = false;
		try (Stream<Path> files = Files.list(generated)) {
			for (Path file : files.toList()) {
				Path documented = DOCS.resolve(file.getFileName());
				if (!Files.exists(documented) || !sortedLines(file).equals(sortedLines(documented))) {
					Files.copy(file, documented, StandardCopyOption.REPLACE_EXISTING);
					overviewChanged |= file.getFileName().toString().equals("components.puml");
				}
			}
		}
		Path svg = DOCS.resolve("components.svg");
		if (overviewChanged || !Files.exists(svg)) {
			String source = Files.readString(DOCS.resolve("components.puml"))
				.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
			try (OutputStream out = Files.newOutputStream(svg)) {
				new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
			}
		}
		assertThat(sortedLines(generated.resolve("components.puml")))
			.isEqualTo(sortedLines(DOCS.resolve("components.puml")));
		assertThat(Files.readString(svg)).contains("Plan", "Index", "Org", "Web");
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
