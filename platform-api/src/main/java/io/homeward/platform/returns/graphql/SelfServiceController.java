package io.homeward.platform.returns.graphql;

import java.util.List;
import java.util.Set;

import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.returns.PublicShipper;
import io.homeward.platform.returns.SelfServiceReturns;
import io.homeward.platform.returns.SelfServiceSetting;
import io.homeward.platform.returns.StartedReturn;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.graphql.ClientAddress;
import io.homeward.platform.shared.graphql.PublicMutationFields;
import io.homeward.platform.shared.graphql.PublicQueryFields;
import io.homeward.platform.shared.graphql.RateLimited;
import io.homeward.platform.shared.graphql.RowlessQueryFields;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Self-service returns: the shipper's setting (signed in) and the customer's page
 * (public, at {@code /graphql/public}). Refusals by the rate limits are GraphQL errors,
 * as for {@code returnTrack}: the field has no answer for such a client, and the HTTP
 * status must say so (429, or 503 when the limits cannot be checked).
 */
@Controller
class SelfServiceController {

	private final SelfServiceReturns selfService;

	private final NetworkCatalog network;

	SelfServiceController(SelfServiceReturns selfService, NetworkCatalog network) {
		this.selfService = selfService;
		this.network = network;
	}

	@QueryMapping
	@Nullable SelfServiceSetting selfServiceSetting() {
		return selfService.own().orElse(null);
	}

	/** One setting per response at most, so one read, not a batch. */
	@SchemaMapping(typeName = "SelfServiceSetting")
	@Nullable Program program(SelfServiceSetting setting) {
		return (setting.programId() != null) ? network.program(setting.programId()).orElse(null) : null;
	}

	@MutationMapping
	SelfServiceSettingPayload selfServiceSettingUpdate(@Argument SelfServiceSettingUpdateInput input) {
		var outcome = selfService.update(input.toCommand());
		return new SelfServiceSettingPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

	@QueryMapping
	SelfServiceShipperPayload selfServiceShipper(@Argument String handle) {
		return switch (selfService.shipper(handle, ClientAddress.current())) {
			case SelfServiceReturns.Answer.Done<PublicShipper> done ->
				new SelfServiceShipperPayload(done.value(), List.of());
			case SelfServiceReturns.Answer.Refused<PublicShipper> refused ->
				new SelfServiceShipperPayload(null, refused.errors());
			case SelfServiceReturns.Answer.Limited<PublicShipper> limited -> throw limited(limited.retryAfterSeconds());
		};
	}

	@MutationMapping
	SelfServiceReturnStartPayload selfServiceReturnStart(@Argument SelfServiceReturnStartInput input) {
		return switch (selfService.start(input.toCommand(), ClientAddress.current())) {
			case SelfServiceReturns.Answer.Done<StartedReturn> done ->
				new SelfServiceReturnStartPayload(StartedView.of(done.value()), List.of());
			case SelfServiceReturns.Answer.Refused<StartedReturn> refused -> new SelfServiceReturnStartPayload(null,
					refused.errors().stream().map((error) -> error.under("input")).toList());
			case SelfServiceReturns.Answer.Limited<StartedReturn> limited -> throw limited(limited.retryAfterSeconds());
		};
	}

	private static RateLimited.Exceeded limited(long retryAfterSeconds) {
		return new RateLimited.Exceeded(
				"Too many self-service requests from this address; try again in " + retryAfterSeconds + " seconds",
				retryAfterSeconds);
	}

	record SelfServiceSettingPayload(@Nullable SelfServiceSetting setting, List<UserError> userErrors) {
	}

	record SelfServiceShipperPayload(@Nullable PublicShipper shipper, List<UserError> userErrors) {
	}

	record SelfServiceReturnStartPayload(@Nullable StartedView started, List<UserError> userErrors) {
	}

	/**
	 * A started return with where to get its label and track, as paths on this server, so
	 * the portal links to them wherever it is served from.
	 */
	record StartedView(String trackingCode, String rmaNumber, String labelUrl, String trackUrl) {

		static StartedView of(StartedReturn started) {
			return new StartedView(started.trackingCode(), started.rmaNumber(),
					"/labels/" + started.trackingCode() + ".pdf", "/track/" + started.trackingCode());
		}

	}

	/** Anyone may ask, without a token. */
	@Bean
	static PublicQueryFields selfServiceShipperIsPublic() {
		return () -> Set.of("selfServiceShipper");
	}

	/** Anyone may send it, without a token. */
	@Bean
	static PublicMutationFields selfServiceReturnStartIsPublic() {
		return () -> Set.of("selfServiceReturnStart");
	}

	/**
	 * Reads in transactions of its own, bound to nobody and then to the shipper, not to
	 * the caller.
	 */
	@Bean
	static RowlessQueryFields selfServiceShipperReadsOnItsOwn() {
		return () -> Set.of("selfServiceShipper");
	}

}
