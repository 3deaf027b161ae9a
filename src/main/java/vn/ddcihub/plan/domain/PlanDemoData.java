package vn.ddcihub.plan.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.index.IndexApi.ComponentStanding;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.plan.TaskKind;

/**
 * Loads the seed plan Kế hoạch 60/KH-STNMT (2020) from demo/plan/60-KH-STNMT-2020.json as
 * an issued plan (revision 1): every component target with its 2019 baseline (from the
 * index when it has the edition, else from the JSON), every measure of section II and the
 * reporting tasks of section III, each under the sub-section and with the bullet the seed
 * gives it. Unit code "*" means every other unit of the department except the leadership
 * (BLD); "?" is the seed's "các phòng, đơn vị liên quan", partners left to be named (not
 * every unit); codes that are not units of the department (UBND, SKHDT, HHDN, TTT) become
 * external parties.
 */
@Component
@Order(30)
public class PlanDemoData implements ApplicationRunner {

	static final String SEED = "demo/plan/60-KH-STNMT-2020.json";
	static final String LEADERSHIP = "BLD";

	/** The seed's "các phòng, đơn vị liên quan": partners to be named later. */
	static final String RELATED_UNITS = "?";

	private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

	private final boolean demo;

	private final PlanRepository plans;

	private final PlanRevisions service;

	private final PlanChecks checks;

	private final OrgDirectory directory;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	PlanDemoData(@Value("${ddci.demo:true}") boolean demo, PlanRepository plans, PlanRevisions service,
			PlanChecks checks, OrgDirectory directory, AuditTrail audit, TransactionTemplate transactions,
			JsonMapper json) {
		this.demo = demo;
		this.plans = plans;
		this.service = service;
		this.checks = checks;
		this.directory = directory;
		this.audit = audit;
		this.transactions = transactions;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || plans.anyPlan()) {
			return;
		}
		JsonNode seed = read();
		Optional<Organisation> organisation = directory.organisationByCode(seed.get("organisationCode").asString());
		if (organisation.isEmpty()) {
			log.warn("Demo plan not loaded: organisation {} missing", seed.get("organisationCode").asString());
			return;
		}
		long id = transactions.execute(status -> load(seed, organisation.get().id()));
		log.info("Demo plan {} loaded as plan #{}", seed.get("number").asString(), id);
	}

	private JsonNode read() {
		try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private long load(JsonNode seed, long organisationId) {
		Map<String, Long> unitIds = directory.units(organisationId)
			.stream()
			.collect(Collectors.toMap(Unit::code, Unit::id, (a, b) -> a));
		JsonNode goals = seed.get("goals");
		PlanInput header = new PlanInput(organisationId, text(seed, "number"), text(seed, "place"),
				LocalDate.parse(text(seed, "issuedOn")), text(seed, "issuerParent"), text(seed, "issuer"),
				text(seed, "title"), seed.get("year").asInt(), seed.get("baselineYear").asInt(),
				seed.get("targetYear").asInt(), strings(seed.get("legalBases")), text(seed, "context"),
				strings(seed.get("purposes")), strings(seed.get("requirements")), strings(seed.get("implementation")),
				strings(seed.get("recipients")), "", text(seed, "signerTitle"), text(seed, "signerName"),
				goals.get("targetTotalRank").asInt(), goals.get("targetTotalScore").asDouble(),
				goals.get("belowMedianComponentsIntoTopRank").asInt());
		long planId = plans.insertPlan(organisationId, header, PlanStatus.DRAFT, 1, null);
		Optional<UnitStanding> standing = checks.standing(organisationId, seed.get("baselineYear").asInt());
		int order = 0;
		for (JsonNode component : seed.get("components")) {
			order++;
			Assignment units = assignment(component, unitIds);
			int position = order;
			ComponentStanding fromIndex = standing
				.flatMap(s -> s.components()
					.stream()
					.filter(c -> c.code().equalsIgnoreCase(text(component, "code")) || c.order() == position)
					.findFirst())
				.orElse(null);
			TargetInput target = new TargetInput(text(component, "code"), text(component, "name"), order,
					fromIndex != null ? fromIndex.score() : component.get("baselineScore").asDouble(),
					fromIndex != null ? fromIndex.rank() : component.get("baselineRank").asInt(),
					component.get("targetScore").asDouble(), text(component, "targetText"),
					text(component, "solutions"), units.external(), units.leads(), units.coordinating(),
					text(component, "taskMarker"), units.relatedToName());
			long targetId = plans.insertTarget(planId, target, order);
			int taskOrder = 0;
			for (JsonNode task : component.get("tasks")) {
				plans.insertTask(planId, task(task, targetId, unitIds), ++taskOrder, null);
			}
		}
		int taskOrder = 0;
		for (JsonNode task : seed.get("generalTasks")) {
			plans.insertTask(planId, task(task, null, unitIds), ++taskOrder, null);
		}
		Plan plan = plans.plan(planId).orElseThrow();
		audit.record(PlanAuditKind.PLAN, planId, Action.IMPORT, null, Map.of("source", SEED), organisationId);
		// issued as the seed document was: on its date, by its signer
		service.issueRevision(plan,
				new IssueDecision(plan.issuedOn(), text(seed, "signerTitle"), text(seed, "signerName")));
		return planId;
	}

	private TaskInput task(JsonNode task, Long targetId, Map<String, Long> unitIds) {
		Assignment units = assignment(task, unitIds);
		JsonNode dueDay = task.get("dueDay");
		String deadline = text(task, "deadline");
		return new TaskInput(targetId, text(task, "title"), text(task, "description"),
				TaskKind.valueOf(text(task, "kind")), dueDay == null || dueDay.isNull() ? null : dueDay.asInt(),
				deadline.isEmpty() ? null : LocalDate.parse(deadline), text(task, "expectedOutput"),
				text(task, "kpiLinks"), units.external(), units.leads(), units.coordinating(), text(task, "groupLabel"),
				units.relatedToName());
	}

	/**
	 * Lead and coordinating unit ids with "*" expanded, "?" kept as partners to be named,
	 * and outside bodies as text.
	 */
	private Assignment assignment(JsonNode node, Map<String, Long> unitIds) {
		List<String> leadCodes = strings(node.get("lead"));
		List<String> coordinatingCodes = strings(node.get("coordinating"));
		Function<String, Boolean> isUnit = unitIds::containsKey;
		Set<Long> leads = new LinkedHashSet<>();
		for (String code : leadCodes) {
			if ("*".equals(code)) {
				unitIds.forEach((c, id) -> {
					if (!LEADERSHIP.equals(c)) {
						leads.add(id);
					}
				});
			}
			else if (isUnit.apply(code)) {
				leads.add(unitIds.get(code));
			}
		}
		Set<Long> coordinating = new LinkedHashSet<>();
		List<String> external = new ArrayList<>();
		boolean relatedToName = false;
		for (String code : coordinatingCodes) {
			if (RELATED_UNITS.equals(code)) {
				relatedToName = true;
			}
			else if ("*".equals(code)) {
				unitIds.forEach((c, id) -> {
					if (!LEADERSHIP.equals(c) && !leads.contains(id)) {
						coordinating.add(id);
					}
				});
			}
			else if (isUnit.apply(code)) {
				coordinating.add(unitIds.get(code));
			}
			else {
				external.add(directory.organisationByCode(code).map(Organisation::name).orElse(code));
			}
		}
		coordinating.removeAll(leads);
		return new Assignment(List.copyOf(leads), List.copyOf(coordinating), String.join("; ", external),
				relatedToName);
	}

	private record Assignment(List<Long> leads, List<Long> coordinating, String external, boolean relatedToName) {
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? "" : value.asString();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			array.forEach(v -> values.add(v.asString()));
		}
		return values;
	}

}
