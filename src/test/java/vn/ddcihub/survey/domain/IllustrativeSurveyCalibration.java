package vn.ddcihub.survey.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.IllustrativeResponses.UnitLatent;

/**
 * Offline calibration of the illustrative 2020 survey, run by hand (never at start-up)
 * after a change to the generator or the questionnaire: {@code mvn -q test-compile
 * dependency:build-classpath -Dmdep.outputFile=cp.txt}, then {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt)
 * vn.ddcihub.survey.domain.IllustrativeSurveyCalibration
 * src/main/resources/demo/survey/ddci-2020-latent.csv} (about a minute; prints the scored
 * league).
 *
 * <p>
 * The other units keep their 2019 standing: quality = (2019 component score − 1) / 9,
 * moved by a small drift per unit and per component (fixed seed), so most stay near their
 * 2019 place and a few move. Sample sizes are drawn between 85 and 185. STNMT's quality
 * per component is then searched by bisection (the generator is monotone in it) until its
 * scored component is its 2020 target; the components are independent, as each indicator
 * is normalised on its own and STNMT is never the block's best or worst. The qualities
 * are written rounded to 4 decimals, STNMT's taking the closer side of the last step
 * (medians of whole days move in steps).
 */
public final class IllustrativeSurveyCalibration {

	public static void main(String[] args) throws IOException {
		Questionnaire questionnaire = IllustrativeSurveyFixture.questionnaire();
		Map<String, Double> targets = IllustrativeSurveyFixture.targets();
		Random random = new Random(SurveyDemoData.YEAR);
		List<UnitLatent> latents = new ArrayList<>();
		try (Reader in = new InputStreamReader(
				IllustrativeSurveyFixture.resource("demo/index/ddci-2019-so-ban-nganh.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				double drift = random.nextGaussian() * 0.03;
				double[] quality = new double[8];
				for (int c = 0; c < 8; c++) {
					double score = Double.parseDouble(row.get("c" + (c + 1)));
					quality[c] = clamp((score - 1) / 9 + drift + random.nextGaussian() * 0.025);
				}
				latents.add(new UnitLatent(row.get("unit_code"), 85 + random.nextInt(101), quality));
			}
		}
		int stnmt = IllustrativeSurveyFixture.unitCodes(latents).indexOf(IllustrativeSurveyFixture.STNMT);
		double[] quality = latents.get(stnmt).quality();
		for (int c = 0; c < 8; c++) {
			double target = targets.get(IllustrativeSurveyFixture.COMPONENTS.get(c));
			double low = 0;
			double high = 1;
			for (int step = 0; step < 20; step++) {
				quality[c] = (low + high) / 2;
				if (score(questionnaire, latents).scores().component(stnmt, c) < target) {
					low = quality[c];
				}
				else {
					high = quality[c];
				}
			}
			// medians of whole days move in steps: keep the closer side of the last step
			double lowMiss = miss(questionnaire, latents, stnmt, c, rounded(low), target);
			double highMiss = miss(questionnaire, latents, stnmt, c, rounded(high), target);
			quality[c] = lowMiss <= highMiss ? rounded(low) : rounded(high);
		}
		for (UnitLatent latent : latents) {
			double[] q = latent.quality();
			for (int c = 0; c < q.length; c++) {
				q[c] = rounded(q[c]);
			}
		}
		SurveyScore score = score(questionnaire, latents);
		StringBuilder csv = new StringBuilder("# Written by IllustrativeSurveyCalibration (test tree): sample size and"
				+ " latent quality 0-1 per component of each unit of the illustrative 2020 survey\n");
		csv.append("unit_code,respondents,c1,c2,c3,c4,c5,c6,c7,c8\n");
		int total = 0;
		for (int u = 0; u < latents.size(); u++) {
			UnitLatent latent = latents.get(u);
			total += latent.respondents();
			csv.append(latent.unitCode()).append(',').append(latent.respondents());
			for (double q : latent.quality()) {
				csv.append(',').append(String.format(Locale.ROOT, "%.4f", q));
			}
			csv.append('\n');
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s n=%3d total %5.1f rank %2d |",
					latent.unitCode(), latent.respondents(), score.scores().total(u), score.scores().totalRank(u)));
			for (int c = 0; c < 8; c++) {
				line.append(String.format(Locale.ROOT, " %5.2f", score.scores().component(u, c)));
			}
			System.out.println(line);
		}
		System.out.println("respondents " + total + ", STNMT targets " + targets);
		if (args.length > 0) {
			Files.writeString(Path.of(args[0]), csv.toString());
			System.out.println("written " + args[0]);
		}
	}

	private static SurveyScore score(Questionnaire questionnaire, List<UnitLatent> latents) {
		return IllustrativeSurveyFixture
			.score(questionnaire,
					new IllustrativeResponses(questionnaire, IllustrativeSurveyFixture.COMPONENTS,
							IllustrativeResponses.SEED)
						.generate(latents),
					IllustrativeSurveyFixture.unitCodes(latents));
	}

	private static double miss(Questionnaire questionnaire, List<UnitLatent> latents, int unit, int component,
			double quality, double target) {
		latents.get(unit).quality()[component] = quality;
		return Math.abs(score(questionnaire, latents).scores().component(unit, component) - target);
	}

	private static double rounded(double quality) {
		return Math.round(quality * 10_000) / 10_000.0;
	}

	private static double clamp(double quality) {
		return Math.max(0.03, Math.min(0.97, quality));
	}

}
