package vn.ddcihub.survey.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.ddcihub.DdciHubApplication;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.SyntheticResponses;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.ResponseRepository;
import vn.ddcihub.survey.domain.ScoringRun;
import vn.ddcihub.survey.domain.ScoringRunInput;
import vn.ddcihub.survey.domain.ScoringRuns;

/**
 * How long a whole scoring run takes (bench/scoring-run.sh): the application on a
 * throw-away embedded database, RESPONDENTS synthetic responses to the illustrative
 * 40-question questionnaire spread over the department block's units, then RUNS runs with
 * B bootstrap replicates and as many sensitivity runs, each started as a page would (a
 * db-scheduler job) and timed from its row (started_at → finished_at, reading the
 * responses to storing the result) and from the start call to DONE (including the wait
 * for a node to pick the job).
 */
public final class ScoringRunBench {

	private ScoringRunBench() {
	}

	public static void main(String[] args) throws Exception {
		int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
		int replicates = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		Path data = Files.createTempDirectory("ddci-run-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DdciHubApplication.class).run(
				"--server.port=0", "--ddci.embedded.data-dir=" + data + "/postgres", "--ddci.embedded.port=0",
				"--ddci.demo=true", "--ddci.db.url=", "--ddci.admin-password=", "--ddci.templates-dir=" + data + "/t",
				"--logging.level.root=WARN")) {
			Questionnaire questionnaire = context.getBean(Questionnaires.class)
				.questionnaire(2020, Block.DEPARTMENT)
				.orElseThrow();
			List<IndexApi.AssessedUnitRef> units = context.getBean(IndexApi.class).assessedUnits(Block.DEPARTMENT);
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (int u = 0; u < units.size(); u++) {
				counts.put(units.get(u).code(), respondents / units.size() + (u < respondents % units.size() ? 1 : 0));
			}
			context.getBean(ResponseRepository.class)
				.insert(questionnaire.id(), null, SyntheticResponses.of(questionnaire, counts, 2020));
			ScoringRuns runs = context.getBean(ScoringRuns.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			CurrentUser bench = new CurrentUser(0, "bench", "bench", null, null, Set.of(Role.ADMIN), "", true);
			ScoringRunInput defaults = ScoringRunInput.defaults();
			ScoringRunInput input = new ScoringRunInput(defaults.normalisation(), "", "", defaults.minResponses(),
					false, defaults.imputation(), replicates, 2020L, replicates, defaults.weightVariation());
			System.out.printf("Scoring run: %d responses x %d questions x %d units, B = %d, %d sensitivity runs%n",
					respondents, questionnaire.questions().size(), units.size(), replicates, replicates);
			System.out.println("Load before: " + Files.readString(Path.of("/proc/loadavg")).strip());
			for (int i = 0; i < repeats; i++) {
				long begin = System.nanoTime();
				ScoringRun run = runs.start(questionnaire.id(), input, bench);
				while (!run.status().finished()) {
					Thread.sleep(20);
					run = runs.get(run.id());
				}
				long wall = (System.nanoTime() - begin) / 1_000_000;
				long job = jdbc
					.sql("select (extract(epoch from finished_at - started_at) * 1000)::bigint "
							+ "from survey_scoring_run where id = ?")
					.param(run.id())
					.query(Long.class)
					.single();
				System.out.printf("run %d: %s, job %d ms (start call to DONE %d ms), %d responses%n", run.id(),
						run.status(), job, wall, run.responseCount());
			}
			System.out.println("Load after: " + Files.readString(Path.of("/proc/loadavg")).strip());
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

}
