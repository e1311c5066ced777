package io.homeward.platform.sustainability;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.homeward.platform.shared.Outcome;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report as CSV and JSON ({@link ReportDownloads}): the security chain requires a
 * tenant on {@code /sustainability/**}, and the report is built as
 * {@code sustainabilityReport} builds it, so a refusal there (a carrier, a period too
 * long, a program the caller does not see) is a 400 here with the same errors, as JSON.
 */
@RestController
class ReportDownloadController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final SustainabilityReports reports;

	private final JsonMapper json;

	ReportDownloadController(SustainabilityReports reports, JsonMapper json) {
		this.reports = reports;
		this.json = json;
	}

	@GetMapping("/sustainability/report.csv")
	ResponseEntity<String> csv(@RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) @Nullable String programId,
			@RequestParam(required = false) @Nullable String shipperId) {
		return download(from, to, programId, shipperId, "csv");
	}

	@GetMapping("/sustainability/report.json")
	ResponseEntity<String> json(@RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) @Nullable String programId,
			@RequestParam(required = false) @Nullable String shipperId) {
		return download(from, to, programId, shipperId, "json");
	}

	private ResponseEntity<String> download(String from, String to, @Nullable String programId,
			@Nullable String shipperId, String format) {
		ReportRequest request;
		try {
			request = new ReportRequest(LocalDate.parse(from), LocalDate.parse(to), uuid(programId), uuid(shipperId));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.body(json.writeValueAsString(
						java.util.Map.of("error", "from and to are ISO dates; programId and shipperId are UUIDs")));
		}
		Outcome<SustainabilityReport> outcome = reports.report(request);
		SustainabilityReport report = outcome.valueOrNull();
		if (report == null) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.body(json.writeValueAsString(java.util.Map.of("userErrors", outcome.errors())));
		}
		String name = "sustainability-" + report.from() + "-" + report.to() + "." + format;
		return ResponseEntity.ok()
			.contentType(format.equals("csv") ? CSV : MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
			.body(format.equals("csv") ? ReportDownloads.csv(report) : json.writeValueAsString(report));
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : UUID.fromString(text);
	}

}
