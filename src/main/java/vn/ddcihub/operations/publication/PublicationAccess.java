package vn.ddcihub.operations.publication;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may change a document of the library, called by the handlers' {@code @PreAuthorize}
 * as {@code @publicationAccess} before the request body is read: its organisation's
 * Office and ADMIN; for anyone else it is not found.
 */
@Component
public class PublicationAccess {

	private final PublicationRepository publications;

	PublicationAccess(PublicationRepository publications) {
		this.publications = publications;
	}

	public boolean canManage(CurrentUser user, long id) {
		publications.find(id)
			.filter(p -> user.canManage(p.organisationId()))
			.orElseThrow(() -> new NotFoundException("operations.publication.notFound", id));
		return true;
	}

}
