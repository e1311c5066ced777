package io.homeward.platform.returns;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which returns {@link ReturnOrders#list} pages through; every given criterion must hold.
 *
 * @param programId a program's id; an id that names no program (such as
 * {@code GlobalId.NONE}) matches nothing
 */
public record ReturnFilter(@Nullable List<ReturnStatus> status, @Nullable UUID programId,
		@Nullable OffsetDateTime createdFrom, @Nullable OffsetDateTime createdTo) {

	public static final ReturnFilter NONE = new ReturnFilter(null, null, null, null);

}
