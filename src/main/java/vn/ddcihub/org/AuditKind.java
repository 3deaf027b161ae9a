package vn.ddcihub.org;

/**
 * What kind of record an audit event describes. Each capability lists its kinds in an
 * enum implementing this interface; the code is what the trail stores and filters by, so
 * it never changes once released.
 */
public interface AuditKind {

	/** The stored name of the kind, e.g. {@code PlanTask}. */
	String code();

}
