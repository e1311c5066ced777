package io.homeward.platform.returns;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

public record ReturnFilter(@Nullable List<ReturnStatus> status, @Nullable String programId,
		@Nullable OffsetDateTime createdFrom, @Nullable OffsetDateTime createdTo) {

	public static final ReturnFilter NONE = new ReturnFilter(null, null, null, null);

}
