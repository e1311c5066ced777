package io.homeward.platform.sustainability;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A report's period (UTC days, both included), and what it is narrowed to. */
public record ReportRequest(LocalDate from, LocalDate to, @Nullable UUID programId, @Nullable UUID shipperId) {

}
