package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.List;

import io.homeward.platform.shared.UserError;

/**
 * Something a load must have before it may leave its origin hub, checked by another
 * module (customs: the declaration and the papers its goods need). {@code loadDispatch}
 * asks every check inside its transaction, after the status move is known to be allowed
 * and before it is written; the errors of all checks together refuse the dispatch, and
 * nothing changes. Consolidation knows the checks only through this interface, so the
 * modules that own the rules depend on it, not the reverse.
 */
public interface DispatchCheck {

	/**
	 * What stops {@code load} from being dispatched at {@code now}, as errors on the
	 * command (their paths relative to it, such as {@code loadId}); empty when nothing
	 * does. Runs as the operator dispatching the load, under its policies.
	 */
	List<UserError> refusals(Load load, OffsetDateTime now);

}
