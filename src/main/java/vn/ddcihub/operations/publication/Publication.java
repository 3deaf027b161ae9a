package vn.ddcihub.operations.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles.FileInfo;

/**
 * A document of the public library (văn bản công khai), with its file when it has one.
 */
public record Publication(long id, long organisationId, PublicationType type, String numberSymbol, LocalDate issuedOn,
		String issuer, OpsField field, String title, String summary, FileInfo file, boolean withdrawn,
		OffsetDateTime publishedAt, OffsetDateTime updatedAt, boolean illustrative) {
}
