package vn.ddcihub.survey.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.AssessedUnitRef;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.ResponseSource;
import vn.ddcihub.survey.domain.ResponseFileReader.Options;
import vn.ddcihub.survey.domain.ResponseFileReader.Result;
import vn.ddcihub.survey.domain.ResponseRepository.Batch;

/**
 * Imports of response files into a questionnaire: a file is uploaded and kept in the
 * database ({@code survey_response_upload}, V24) so that its preview — every problem and
 * the responses per unit — and its confirmation may be served by any node; confirming
 * reads it again against the responses stored by then and saves all of it or nothing, in
 * one transaction with its audit record. Abandoned uploads are removed after a day.
 */
@Service
public class ResponseImports {

	private final Questionnaires questionnaires;

	private final ResponseRepository responses;

	private final IndexApi index;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ResponseImports(Questionnaires questionnaires, ResponseRepository responses, IndexApi index, AuditTrail audit,
			JdbcClient jdbc) {
		this.questionnaires = questionnaires;
		this.responses = responses;
		this.index = index;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** A unit's responses: in the file previewed and already stored. */
	public record UnitCount(String code, String name, int inFile, int stored) {
	}

	/**
	 * What a file would import; {@code uploadId} is null for a dry run of the API, which
	 * keeps nothing.
	 */
	public record Preview(Long uploadId, String fileName, ResponseSource source, int rows, int responseCount,
			List<UnitCount> units, List<InputProblem> errors, long errorCount, List<InputProblem> warnings,
			long warningCount) {

		public boolean canConfirm() {
			return errorCount == 0;
		}

	}

	/** The responses of a questionnaire per unit, and its imports, newest first. */
	public record Overview(Questionnaire questionnaire, List<UnitCount> units, int total, List<Batch> batches) {
	}

	/** Keeps the file for its preview and confirmation; its preview follows. */
	@Transactional
	public long upload(long questionnaireId, String fileName, long size, InputStreamSource file, Options options,
			String user) {
		questionnaires.get(questionnaireId);
		byte[] content = content(fileName, size, file);
		jdbc.sql("delete from survey_response_upload where uploaded_at < now() - interval '1 day'").update();
		return jdbc.sql("""
				insert into survey_response_upload
				    (questionnaire_id, file_name, source, choice_separator, unit_column, content, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(questionnaireId, clip(name(fileName), 255),
					options.source() == null ? null : options.source().name(), blankToNull(options.separator()),
					blankToNull(options.unitColumn()), content, user)
			.query(Long.class)
			.single();
	}

	/** The preview of an upload, read again from the database. */
	@Transactional(readOnly = true)
	public Preview preview(long questionnaireId, long uploadId, String user) {
		Upload upload = upload(questionnaireId, uploadId, user, false);
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		return preview(questionnaire, upload.id, read(questionnaire, upload.fileName, upload.content, upload.options));
	}

	/** A file read without keeping anything (the API's dry run). */
	@Transactional(readOnly = true)
	public Preview dryRun(long questionnaireId, String fileName, long size, InputStreamSource file, Options options) {
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		byte[] content = content(fileName, size, file);
		return preview(questionnaire, null, read(questionnaire, name(fileName), content, options));
	}

	/**
	 * Stores the responses of a previewed upload, all or nothing; the upload is gone
	 * afterwards, so a second confirmation finds nothing.
	 * @throws BadInputException with every problem when the file (read again against what
	 * is stored now) has any
	 */
	@Transactional
	public Batch confirm(long questionnaireId, long uploadId, String user) {
		Upload upload = upload(questionnaireId, uploadId, user, true);
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		Batch batch = save(questionnaire, upload.fileName,
				read(questionnaire, upload.fileName, upload.content, upload.options), user);
		jdbc.sql("delete from survey_response_upload where id = ?").param(uploadId).update();
		return batch;
	}

	/** Reads and stores a file at once (the API), all or nothing. */
	@Transactional
	public Batch importFile(long questionnaireId, String fileName, long size, InputStreamSource file, Options options,
			String user) {
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		byte[] content = content(fileName, size, file);
		return save(questionnaire, name(fileName), read(questionnaire, name(fileName), content, options), user);
	}

	/** Removes an import and its responses, audited. */
	@Transactional
	public void deleteBatch(long questionnaireId, long batchId) {
		Batch batch = batch(questionnaireId, batchId);
		responses.deleteBatch(questionnaireId, batchId);
		audit.record(SurveyAuditKind.RESPONSE_BATCH, batchId, Action.REMOVE, batch, null, null);
	}

	/** An import of the questionnaire. */
	@Transactional(readOnly = true)
	public Batch batch(long questionnaireId, long batchId) {
		return responses.batches(questionnaireId)
			.stream()
			.filter(b -> b.id() == batchId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("surveyImports.batch.notFound", batchId));
	}

	@Transactional(readOnly = true)
	public Overview overview(long questionnaireId) {
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		Map<String, Integer> stored = responses.countsByUnit(questionnaireId);
		List<UnitCount> units = unitCounts(questionnaire, Map.of(), stored);
		int total = stored.values().stream().mapToInt(Integer::intValue).sum();
		return new Overview(questionnaire, units, total, responses.batches(questionnaireId));
	}

	private Batch save(Questionnaire questionnaire, String fileName, Result result, String user) {
		if (!result.ok()) {
			throw result.rejection();
		}
		long id = questionnaire.id();
		long batchId = responses.insertBatch(id, result.source(), clip(fileName, 255), result.responses().size(), user);
		responses.insert(id, batchId, result.responses());
		Batch batch = batch(id, batchId);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("batch", batch);
		state.put("responsesByUnit", result.countsByUnit());
		audit.record(SurveyAuditKind.RESPONSE_BATCH, batchId, Action.IMPORT, null, state, null);
		return batch;
	}

	private Result read(Questionnaire questionnaire, String fileName, byte[] content, Options options) {
		Map<String, String> units = new LinkedHashMap<>();
		index.assessedUnits(questionnaire.block()).forEach(u -> units.put(u.code(), u.name()));
		return ResponseFileReader.read(fileName, new ByteArrayInputStream(content), questionnaire,
				ResponseFileReader.UnitLookup.of(units), responses.respondentRefs(questionnaire.id()), options);
	}

	private Preview preview(Questionnaire questionnaire, Long uploadId, Result result) {
		List<UnitCount> units = unitCounts(questionnaire, result.countsByUnit(),
				responses.countsByUnit(questionnaire.id()));
		return new Preview(uploadId, result.file(), result.source(), result.rows(), result.responses().size(), units,
				result.errors(), result.errorCount(), result.warnings(), result.warningCount());
	}

	/** Every unit of the block, then any other unit code responses name. */
	private List<UnitCount> unitCounts(Questionnaire questionnaire, Map<String, Integer> inFile,
			Map<String, Integer> stored) {
		List<UnitCount> units = new ArrayList<>();
		Set<String> listed = new TreeSet<>();
		for (AssessedUnitRef unit : index.assessedUnits(questionnaire.block())) {
			listed.add(unit.code());
			units.add(new UnitCount(unit.code(), unit.name(), inFile.getOrDefault(unit.code(), 0),
					stored.getOrDefault(unit.code(), 0)));
		}
		Set<String> others = new TreeSet<>(stored.keySet());
		others.addAll(inFile.keySet());
		others.removeAll(listed);
		others.forEach(code -> units
			.add(new UnitCount(code, code, inFile.getOrDefault(code, 0), stored.getOrDefault(code, 0))));
		return units;
	}

	private record Upload(long id, String fileName, byte[] content, Options options) {
	}

	/**
	 * The user's own upload of this questionnaire (someone else's is not found); locked
	 * when it is to be confirmed, so two confirmations run one after the other.
	 */
	private Upload upload(long questionnaireId, long uploadId, String user, boolean lock) {
		return jdbc.sql("""
				select id, file_name, source, choice_separator, unit_column, content from survey_response_upload
				where id = ? and questionnaire_id = ? and uploaded_by = ?""" + (lock ? " for update" : ""))
			.params(uploadId, questionnaireId, user)
			.query((rs, row) -> new Upload(rs.getLong("id"), rs.getString("file_name"), rs.getBytes("content"),
					new Options(rs.getString("source") == null ? null : ResponseSource.valueOf(rs.getString("source")),
							rs.getString("choice_separator"), rs.getString("unit_column"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("surveyImports.upload.notFound", uploadId));
	}

	private static byte[] content(String fileName, long size, InputStreamSource file) {
		if (size > ResponseFileReader.MAX_BYTES) {
			throw new BadInputException(List.of(InputProblem.at(name(fileName), 1, null,
					"Tệp lớn hơn giới hạn (" + ResponseFileReader.LIMITS + "): hãy chia tệp")));
		}
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readNBytes((int) ResponseFileReader.MAX_BYTES + 1);
			if (content.length > ResponseFileReader.MAX_BYTES) {
				throw new BadInputException(List.of(InputProblem.at(name(fileName), 1, null,
						"Tệp lớn hơn giới hạn (" + ResponseFileReader.LIMITS + "): hãy chia tệp")));
			}
			if (content.length == 0) {
				throw new BadInputException(
						List.of(InputProblem.at(name(fileName), 1, null, "Tệp trống: hãy chọn tệp phiếu trả lời")));
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String name(String fileName) {
		return fileName == null || fileName.isBlank() ? "phiếu trả lời" : fileName.strip();
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
