package vn.ddcihub.index.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.index.domain.IndexFiles;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.org.CurrentUser;

/** Downloads of the index pages: the league table and a unit profile as XLSX and PDF. */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexExportController {

	private final IndexService index;

	private final IndexFiles files;

	IndexExportController(IndexService index, IndexFiles files) {
		this.index = index;
		this.files = files;
	}

	@GetMapping("/index/{year}/league.xlsx")
	ResponseEntity<byte[]> leagueXlsx(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.leagueXlsx(index.results(year, IndexApiController.block(block)));
	}

	@GetMapping("/index/{year}/league.pdf")
	ResponseEntity<byte[]> leaguePdf(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.leaguePdf(index.results(year, IndexApiController.block(block)));
	}

	@GetMapping("/index/{year}/units/{code}/profile.xlsx")
	ResponseEntity<byte[]> profileXlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable String code, @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.profileXlsx(index.profile(user, year, IndexApiController.block(block), code));
	}

	@GetMapping("/index/{year}/units/{code}/profile.pdf")
	ResponseEntity<byte[]> profilePdf(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable String code, @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.profilePdf(index.profile(user, year, IndexApiController.block(block), code));
	}

}
