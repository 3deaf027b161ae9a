package vn.ddcihub.survey.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.AssessedUnitRef;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.survey.Questionnaire;

/**
 * The sample of a questionnaire and its one-time codes: importing the sample (all or
 * nothing), the days of the web survey, issuing codes, a new code for one business, the
 * letters and the SMS/e-mail file, and the response rate. Changes are audited in their
 * transaction; codes never appear in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Samples {

	/** Where businesses answer, after the installation's public address. */
	public static final String PORTAL_PATH = "/cong-khai/khao-sat";

	private final Questionnaires questionnaires;

	private final SampleRepository repository;

	private final ResponseRepository responses;

	private final CodePepper pepper;

	private final IndexApi index;

	private final DocumentRenderers documents;

	private final AuditTrail audit;

	private final InputRules rules;

	private final String baseUrl;

	Samples(Questionnaires questionnaires, SampleRepository repository, ResponseRepository responses, CodePepper pepper,
			IndexApi index, DocumentRenderers documents, AuditTrail audit, InputRules rules,
			@Value("${ddci.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.questionnaires = questionnaires;
		this.repository = repository;
		this.responses = responses;
		this.pepper = pepper;
		this.index = index;
		this.documents = documents;
		this.audit = audit;
		this.rules = rules;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The address printed in letters. */
	public String portal() {
		return baseUrl + PORTAL_PATH;
	}

	public List<SampledBusiness> sample(long questionnaireId) {
		questionnaires.get(questionnaireId);
		return repository.sample(questionnaireId);
	}

	public SurveyDays surveyDays(long questionnaireId) {
		questionnaires.get(questionnaireId);
		return repository.surveyDays(questionnaireId);
	}

	/** The units of the questionnaire's block by code, with their names. */
	public Map<String, String> unitNames(long questionnaireId) {
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		return index.assessedUnits(questionnaire.block())
			.stream()
			.collect(Collectors.toMap(AssessedUnitRef::code, AssessedUnitRef::name, (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * Replaces the sample with the file's businesses; refused while any business has
	 * answered on the web form (its code would vanish with the row).
	 * @return the businesses now in the sample
	 */
	@Transactional
	public int importFile(long questionnaireId, String fileName, long size, InputStreamSource file) {
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		List<SampleEntry> entries;
		try (InputStream in = file.getInputStream()) {
			entries = SampleFileReader.read(fileName, size, in, index.assessedUnits(questionnaire.block()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (repository.usedCodes(questionnaireId) > 0) {
			throw new BadInputException(List.of(InputProblem.field("file",
					"Đã có doanh nghiệp trả lời khảo sát bằng mã của mẫu hiện tại: không thể thay mẫu khảo sát nữa")));
		}
		int before = repository.size(questionnaireId);
		repository.replace(questionnaireId, entries);
		audit.record(SurveyAuditKind.SAMPLE, questionnaireId, Action.IMPORT, Map.of("businesses", before),
				Map.of("file", String.valueOf(fileName), "businesses", entries.size()), null);
		return entries.size();
	}

	@Transactional
	public SurveyDays setSurveyDays(long questionnaireId, SurveyDays days) {
		questionnaires.get(questionnaireId);
		rules.check(days);
		SurveyDays before = repository.surveyDays(questionnaireId);
		repository.setSurveyDays(questionnaireId, days);
		audit.record(SurveyAuditKind.SURVEY_DAYS, questionnaireId, Action.UPDATE, before, days, null);
		return days;
	}

	/**
	 * A code for every business of the sample that has none yet.
	 * @return how many codes were issued
	 */
	@Transactional
	public int issueCodes(long questionnaireId) {
		requireSurveyDays(questionnaireId);
		List<Long> ids = repository.withoutCode(questionnaireId);
		ids.forEach(this::newCode);
		audit.record(SurveyAuditKind.SAMPLE, questionnaireId, Action.ISSUE, null, Map.of("codesIssued", ids.size()),
				null);
		return ids.size();
	}

	/**
	 * A new code for one business: its old code stops working. Refused once the business
	 * has answered.
	 */
	@Transactional
	public SampledBusiness renewCode(long questionnaireId, long sampleId) {
		requireSurveyDays(questionnaireId);
		SampledBusiness before = repository.business(questionnaireId, sampleId)
			.orElseThrow(() -> new NotFoundException("codes.business.notFound", sampleId));
		if (!newCode(sampleId)) {
			throw new BadInputException(List.of(InputProblem.field("code",
					"Doanh nghiệp " + before.businessName() + " đã trả lời khảo sát: mã đã dùng không cấp lại")));
		}
		audit.record(SurveyAuditKind.SAMPLE_CODE, sampleId, Action.UPDATE,
				Map.of("taxCode", before.taxCode(), "hadCode", before.hasCode()),
				Map.of("taxCode", before.taxCode(), "codeRenewed", true), null);
		return repository.business(questionnaireId, sampleId).orElseThrow();
	}

	private boolean newCode(long sampleId) {
		String code = SurveyCodes.generate();
		return repository.setCode(sampleId, code, pepper.hash(code));
	}

	private SurveyDays requireSurveyDays(long questionnaireId) {
		questionnaires.get(questionnaireId);
		SurveyDays days = repository.surveyDays(questionnaireId);
		if (!days.set()) {
			throw new BadInputException(List.of(InputProblem.field("opensOn",
					"Hãy đặt ngày mở và ngày đóng khảo sát trực tuyến trước: mã khảo sát hết hạn khi khảo sát đóng")));
		}
		return days;
	}

	/** The businesses whose code can be handed out (issued, not yet used). */
	private List<SampledBusiness> withLiveCode(long questionnaireId) {
		return repository.sample(questionnaireId).stream().filter(b -> b.code() != null && !b.codeUsed()).toList();
	}

	/** One letter (A4, administrative layout) per business with a code not yet used. */
	public byte[] letters(long questionnaireId, LetterDetails details) {
		rules.check(details);
		SurveyDays days = requireSurveyDays(questionnaireId);
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		List<SampledBusiness> live = withLiveCode(questionnaireId);
		if (live.isEmpty()) {
			throw new BadInputException(List.of(InputProblem.field("code",
					"Chưa có mã khảo sát nào để gửi: hãy nhập mẫu khảo sát và cấp mã trước")));
		}
		return documents.pdf(SampleLetters.letters(questionnaire, days, details, live, unitNames(questionnaireId),
				portal(), VietnamTime.today()));
	}

	/**
	 * The SMS/e-mail file: one line per business with a code not yet used; only the
	 * header when there is none (nothing to send), so a script needs no special case.
	 */
	public byte[] codesCsv(long questionnaireId) {
		SurveyDays days = surveyDays(questionnaireId);
		return SampleLetters.csv(withLiveCode(questionnaireId), days, portal());
	}

	/**
	 * Per unit of the sample or with responses: businesses sampled and responses; the
	 * block's totals.
	 */
	public ResponseRate responseRate(long questionnaireId) {
		Map<String, String> names = unitNames(questionnaireId);
		Map<String, Integer> sampled = repository.sampledByUnit(questionnaireId);
		Map<String, Integer> answered = responses.countsByUnit(questionnaireId);
		Set<String> codes = new LinkedHashSet<>();
		names.keySet().stream().filter(c -> sampled.containsKey(c) || answered.containsKey(c)).forEach(codes::add);
		codes.addAll(sampled.keySet());
		codes.addAll(answered.keySet());
		Function<String, ResponseRate.UnitRate> rate = code -> ResponseRate.UnitRate.of(code,
				names.getOrDefault(code, code), sampled.getOrDefault(code, 0), answered.getOrDefault(code, 0));
		List<ResponseRate.UnitRate> units = codes.stream().map(rate).toList();
		ResponseRate.UnitRate block = ResponseRate.UnitRate.of("", "",
				units.stream().mapToInt(ResponseRate.UnitRate::sampled).sum(),
				units.stream().mapToInt(ResponseRate.UnitRate::responses).sum());
		return new ResponseRate(units, block, repository.size(questionnaireId), repository.usedCodes(questionnaireId));
	}

}
