package vn.ddcihub.operations.publication.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.operations.common.OpsDownloads;
import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles;
import vn.ddcihub.operations.publication.Publication;
import vn.ddcihub.operations.publication.PublicationType;
import vn.ddcihub.operations.publication.Publications;
import vn.ddcihub.shared.NotFoundException;

/**
 * The public library on the portal (no sign-in): documents not withdrawn, searchable
 * without diacritics, filtered by type and field, with their files.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/cong-khai/van-ban")
class PublicPublicationController {

	private final Publications publications;

	private final OpsFiles files;

	PublicPublicationController(Publications publications, OpsFiles files) {
		this.publications = publications;
		this.files = files;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "loai", required = false) String type,
			@RequestParam(name = "linh-vuc", required = false) String field,
			@RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
		String typed = query == null ? "" : query.strip();
		if (typed.length() > 200) {
			typed = typed.substring(0, 200);
		}
		PublicationType chosenType = null;
		for (PublicationType t : PublicationType.values()) {
			if (t.name().equals(type)) {
				chosenType = t;
			}
		}
		OpsField chosenField = OpsField.parse(field).orElse(null);
		model.addAttribute("query", typed);
		model.addAttribute("type", chosenType);
		model.addAttribute("field", chosenField);
		model.addAttribute("result", publications.published(typed, chosenType, chosenField, page));
		return "operations/publication/public-list";
	}

	@GetMapping("/{id}")
	String item(@PathVariable long id, Model model) {
		model.addAttribute("item", published(id));
		return "operations/publication/public-item";
	}

	@GetMapping("/{id}/tep")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		Publication publication = published(id);
		if (publication.file() == null) {
			throw new NotFoundException("operations.file.notFound", id);
		}
		return OpsDownloads.download(files.file(publication.file().id()).orElseThrow());
	}

	private Publication published(long id) {
		return publications.publishedItem(id)
			.orElseThrow(() -> new NotFoundException("operations.publication.notFound", id));
	}

}
