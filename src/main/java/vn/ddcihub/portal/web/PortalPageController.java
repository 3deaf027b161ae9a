package vn.ddcihub.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.PublishedEdition;
import vn.ddcihub.index.IndexApi.PublishedLeague;
import vn.ddcihub.index.IndexApi.PublishedRow;
import vn.ddcihub.portal.domain.LeagueFiles;
import vn.ddcihub.portal.domain.PublicProfile;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.SurveyApi;

/**
 * The public portal (cổng công khai), open without signing in: the published editions, a
 * published league table with its downloads, a unit's profile and the methodology. Every
 * address of an edition, block or unit that is not published is not found.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/cong-khai")
public class PortalPageController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final IndexApi index;

	private final LeagueFiles files;

	private final SurveyApi survey;

	PortalPageController(IndexApi index, LeagueFiles files, SurveyApi survey) {
		this.index = index;
		this.files = files;
		this.survey = survey;
	}

	@GetMapping
	String editions(Model model) {
		Map<Block, List<PublishedEdition>> byBlock = new LinkedHashMap<>();
		index.publishedEditions()
			.forEach(e -> byBlock.computeIfAbsent(e.block(), b -> new java.util.ArrayList<>()).add(e));
		model.addAttribute("editions", byBlock);
		return "portal/editions";
	}

	@GetMapping("/phuong-phap")
	String methodology() {
		return "portal/methodology";
	}

	@GetMapping("/{year}/{block}")
	String league(@PathVariable int year, @PathVariable String block, Model model) {
		PublishedLeague league = league(year, block);
		model.addAttribute("league", league);
		model.addAttribute("hasQuestionnaire", survey.questionnaire(year, league.edition().block()).isPresent());
		return "portal/league";
	}

	/**
	 * The questionnaire the published edition was scored from: what was asked and how it
	 * counts.
	 */
	@GetMapping("/{year}/{block}/bang-hoi")
	String questionnaire(@PathVariable int year, @PathVariable String block, Model model) {
		PublishedLeague league = league(year, block);
		model.addAttribute("league", league);
		model.addAttribute("questionnaire", questionnaire(league));
		return "portal/questionnaire";
	}

	@GetMapping("/{year}/{block}/bang-hoi.xlsx")
	ResponseEntity<byte[]> questionnaireXlsForm(@PathVariable int year, @PathVariable String block) {
		Questionnaire questionnaire = questionnaire(league(year, block));
		return file(survey.xlsForm(questionnaire), survey.xlsFormFileName(questionnaire), XLSX);
	}

	private Questionnaire questionnaire(PublishedLeague league) {
		PublishedEdition edition = league.edition();
		return survey.questionnaire(edition.year(), edition.block())
			.orElseThrow(() -> new NotFoundException("portal.notFound.questionnaire", edition.year()));
	}

	@GetMapping("/{year}/{block}/bang-xep-hang.csv")
	ResponseEntity<byte[]> leagueCsv(@PathVariable int year, @PathVariable String block) {
		PublishedLeague league = league(year, block);
		return file(files.csv(league), LeagueFiles.fileName(league, "csv"),
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/{year}/{block}/bang-xep-hang.xlsx")
	ResponseEntity<byte[]> leagueXlsx(@PathVariable int year, @PathVariable String block) {
		PublishedLeague league = league(year, block);
		return file(files.xlsx(league), LeagueFiles.fileName(league, "xlsx"), XLSX);
	}

	@GetMapping("/{year}/{block}/{unitCode}")
	String unit(@PathVariable int year, @PathVariable String block, @PathVariable String unitCode, Model model) {
		model.addAttribute("profile", profile(year, block, unitCode));
		return "portal/unit";
	}

	/** The profile's numbers for the radar and trend charts the index pages draw. */
	@GetMapping(path = "/{year}/{block}/{unitCode}/du-lieu", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	PublicProfile unitData(@PathVariable int year, @PathVariable String block, @PathVariable String unitCode) {
		return profile(year, block, unitCode);
	}

	private PublicProfile profile(int year, String block, String unitCode) {
		PublishedLeague league = league(year, block);
		PublishedRow unit = league.row(unitCode)
			.orElseThrow(() -> new NotFoundException("portal.notFound.unit", unitCode, year));
		List<PublishedLeague> published = index.publishedEditions()
			.stream()
			.filter(e -> e.block() == league.edition().block())
			.flatMap(e -> index.publishedLeague(e.year(), e.block()).stream())
			.toList();
		return PublicProfile.of(league, unit, published);
	}

	private PublishedLeague league(int year, String block) {
		return Arrays.stream(Block.values())
			.filter(b -> b.name().equalsIgnoreCase(block))
			.findFirst()
			.flatMap(b -> index.publishedLeague(year, b))
			.orElseThrow(() -> new NotFoundException("portal.notFound.edition", year));
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

}
