package vn.ddcihub.operations.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.operations.common.FoldedText;
import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.common.OpsFiles.FileInfo;

/** The publications library ({@code ops_publication}). */
@Repository
class PublicationRepository {

	private static final String SELECT = """
			select p.id, p.organisation_id, p.doc_type, p.number_symbol, p.issued_on, p.issuer, p.field, p.title,
			  p.summary, p.withdrawn, p.published_at, p.updated_at, p.illustrative,
			  f.id as file_id, f.file_name, f.media_type, f.size_bytes
			from ops_publication p left join ops_file f on f.id = p.file_id""";

	private static final String SEARCH = """
			where (:organisationId::bigint is null or p.organisation_id = :organisationId)
			  and (:withdrawn::boolean is null or p.withdrawn = :withdrawn)
			  and (:pattern::text is null or p.search_text like :pattern)
			  and (:type::text is null or p.doc_type = :type)
			  and (:field::text is null or p.field = :field)""";

	private final JdbcClient jdbc;

	PublicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A search: null fields do not filter. */
	record Search(Long organisationId, Boolean withdrawn, String query, PublicationType type, OpsField field) {
	}

	List<Publication> search(Search search, int offset, int limit) {
		return jdbc.sql(SELECT + " " + SEARCH + " order by p.issued_on desc, p.id desc limit :limit offset :offset")
			.params(params(search))
			.param("limit", limit)
			.param("offset", offset)
			.query(PublicationRepository::publication)
			.list();
	}

	long count(Search search) {
		return jdbc.sql("select count(*) from ops_publication p " + SEARCH)
			.params(params(search))
			.query(Long.class)
			.single();
	}

	private static java.util.Map<String, Object> params(Search search) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("organisationId", search.organisationId());
		params.put("withdrawn", search.withdrawn());
		params.put("pattern", FoldedText.containsPattern(search.query()));
		params.put("type", search.type() == null ? null : search.type().name());
		params.put("field", search.field() == null ? null : search.field().name());
		return params;
	}

	Optional<Publication> find(long id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PublicationRepository::publication).optional();
	}

	long insert(long organisationId, PublicationInput input, Long fileId, boolean illustrative,
			OffsetDateTime publishedAt) {
		return jdbc.sql("""
				insert into ops_publication (organisation_id, doc_type, number_symbol, issued_on, issuer, field, title,
				    summary, file_id, search_text, illustrative, published_at, updated_at)
				values (:organisationId, :type, :numberSymbol, :issuedOn, :issuer, :field, :title, :summary, :fileId,
				    :search, :illustrative, :publishedAt, :publishedAt)
				returning id""")
			.param("organisationId", organisationId)
			.param("type", input.type().name())
			.param("numberSymbol", input.numberSymbol())
			.param("issuedOn", input.issuedOn())
			.param("issuer", input.issuer())
			.param("field", input.field().name())
			.param("title", input.title())
			.param("summary", input.summary())
			.param("fileId", fileId)
			.param("search", searchText(input))
			.param("illustrative", illustrative)
			.param("publishedAt", publishedAt)
			.query(Long.class)
			.single();
	}

	void update(long id, PublicationInput input, Long fileId) {
		jdbc.sql("""
				update ops_publication set doc_type = :type, number_symbol = :numberSymbol, issued_on = :issuedOn,
				    issuer = :issuer, field = :field, title = :title, summary = :summary,
				    file_id = coalesce(:fileId, file_id), search_text = :search, updated_at = now()
				where id = :id""")
			.param("type", input.type().name())
			.param("numberSymbol", input.numberSymbol())
			.param("issuedOn", input.issuedOn())
			.param("issuer", input.issuer())
			.param("field", input.field().name())
			.param("title", input.title())
			.param("summary", input.summary())
			.param("fileId", fileId)
			.param("search", searchText(input))
			.param("id", id)
			.update();
	}

	void setWithdrawn(long id, boolean withdrawn) {
		jdbc.sql("update ops_publication set withdrawn = ?, updated_at = now() where id = ?")
			.params(withdrawn, id)
			.update();
	}

	/** The number symbol, title, issuer and summary folded: what the search reads. */
	static String searchText(PublicationInput input) {
		return FoldedText.fold(String.join(" ", input.numberSymbol(), input.title(), input.issuer(), input.summary()));
	}

	static Publication publication(ResultSet rs, int row) throws SQLException {
		Long fileId = (Long) rs.getObject("file_id");
		FileInfo file = fileId == null ? null
				: new FileInfo(fileId, rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"));
		return new Publication(rs.getLong("id"), rs.getLong("organisation_id"),
				PublicationType.valueOf(rs.getString("doc_type")), rs.getString("number_symbol"),
				rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"),
				OpsField.valueOf(rs.getString("field")), rs.getString("title"), rs.getString("summary"), file,
				rs.getBoolean("withdrawn"), rs.getObject("published_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getBoolean("illustrative"));
	}

}
