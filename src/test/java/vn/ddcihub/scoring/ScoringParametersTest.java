package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringParametersTest {

	@Test
	void defaultsAreMinMaxThirtyResponsesAThousandReplicates() {
		ScoringParameters defaults = ScoringParameters.defaults();
		assertThat(defaults.normalisation()).isEqualTo(Normalisation.MIN_MAX);
		assertThat(defaults.minResponses()).isEqualTo(30);
		assertThat(defaults.bootstrapReplicates()).isEqualTo(1000);
		assertThat(defaults.winsorise()).isFalse();
		assertThat(defaults.imputation()).isEqualTo(Imputation.NONE);
	}

	@Test
	void roundTripsThroughAFlatStringMapExactly() {
		ScoringParameters parameters = new ScoringParameters(Normalisation.GOALPOSTS, 12, true, 3,
				Imputation.COMPONENT_MEAN, 250, -8_123_456_789L, 777, 0.1 + 0.2,
				EnumSet.of(Normalisation.RANK, Normalisation.POOLED_MIN_MAX), false);
		Map<String, String> map = parameters.toMap();
		assertThat(map).containsEntry("normalisation", "GOALPOSTS")
			.containsEntry("seed", "-8123456789")
			.containsEntry("sensitivityMethods", "POOLED_MIN_MAX,RANK");
		assertThat(ScoringParameters.fromMap(map)).isEqualTo(parameters);
		assertThat(ScoringParameters.fromMap(map).weightVariation()).isEqualTo(0.1 + 0.2);
		assertThat(ScoringParameters.fromMap(ScoringParameters.defaults().toMap()))
			.isEqualTo(ScoringParameters.defaults());
	}

	@Test
	void missingKeysTakeTheirDefaults() {
		ScoringParameters parameters = ScoringParameters.fromMap(Map.of("minResponses", "5"));
		assertThat(parameters).isEqualTo(ScoringParameters.defaults().withMinResponses(5));
	}

	@Test
	void unknownKeysAndBadValuesAreRefusedByName() {
		assertThatThrownBy(() -> ScoringParameters.fromMap(Map.of("bootstrap", "10")))
			.hasMessageContaining("bootstrap");
		assertThatThrownBy(() -> ScoringParameters.fromMap(Map.of("normalisation", "LOG")))
			.hasMessageContaining("normalisation");
		assertThatThrownBy(() -> ScoringParameters.fromMap(Map.of("winsorise", "yes")))
			.hasMessageContaining("winsorise");
		assertThatThrownBy(() -> ScoringParameters.fromMap(Map.of("bootstrapReplicates", "0")))
			.hasMessageContaining("bootstrapReplicates");
		assertThatThrownBy(() -> ScoringParameters.fromMap(Map.of("weightVariation", "1.5")))
			.hasMessageContaining("weightVariation");
	}

}
