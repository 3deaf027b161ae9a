package vn.ddcihub;

import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT bean definitions are used only by the packaged jar: a run from compiled classes
 * (tests, {@code mvn spring-boot:run}, an IDE) must keep Spring's ordinary processing, or
 * it would start with AOT code older than the sources.
 */
class BuildTimeBeanDefinitionsTest {

	@Test
	void runsFromCompiledClassesKeepOrdinaryProcessing() {
		String before = System.getProperty(AotDetector.AOT_ENABLED);
		try {
			System.clearProperty(AotDetector.AOT_ENABLED);
			DdciHubApplication.useBuildTimeBeanDefinitionsInPackagedJar();
			assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
			assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
		}
		finally {
			if (before != null) {
				System.setProperty(AotDetector.AOT_ENABLED, before);
			}
		}
	}

}
