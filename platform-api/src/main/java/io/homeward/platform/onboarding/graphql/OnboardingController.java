package io.homeward.platform.onboarding.graphql;

import java.util.List;
import java.util.UUID;

import io.homeward.platform.onboarding.Invitee;
import io.homeward.platform.onboarding.Onboarded;
import io.homeward.platform.onboarding.Onboarding;
import io.homeward.platform.onboarding.OrganizationCreate;
import io.homeward.platform.onboarding.OrganizationRole;
import io.homeward.platform.onboarding.OrganizationUser;
import io.homeward.platform.onboarding.UserInvite;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.OrganizationKind;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class OnboardingController {

	private final Onboarding onboarding;

	OnboardingController(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	record CreateInput(String idempotencyKey, String name, OrganizationKind kind, Invitee admin) {

	}

	record InviteInput(@Nullable String organizationId, Invitee user, OrganizationRole role) {

	}

	record RemoveInput(@Nullable String organizationId, String userId) {

	}

	record DisableInput(String organizationId) {

	}

	record CreatePayload(@Nullable Organization organization, @Nullable OrganizationUser admin,
			List<UserError> userErrors) {

	}

	record InvitePayload(@Nullable OrganizationUser user, List<UserError> userErrors) {

	}

	record RemovePayload(@Nullable String removedUserId, List<UserError> userErrors) {

	}

	record DisablePayload(@Nullable Organization organization, List<UserError> userErrors) {

	}

	@MutationMapping
	CreatePayload organizationCreate(@Argument CreateInput input) {
		Outcome<Onboarded> outcome = onboarding
			.create(new OrganizationCreate(input.idempotencyKey(), input.name(), input.kind(), input.admin()));
		Onboarded onboarded = outcome.valueOrNull();
		return new CreatePayload((onboarded == null) ? null : onboarded.organization(),
				(onboarded == null) ? null : onboarded.admin(), underInput(outcome));
	}

	@MutationMapping
	InvitePayload organizationUserInvite(@Argument InviteInput input) {
		Outcome<OrganizationUser> outcome = onboarding
			.invite(new UserInvite(organization(input.organizationId()), input.user(), input.role()));
		return new InvitePayload(outcome.valueOrNull(), underInput(outcome));
	}

	@MutationMapping
	RemovePayload organizationUserRemove(@Argument RemoveInput input) {
		Outcome<String> outcome = onboarding.remove(organization(input.organizationId()), input.userId());
		return new RemovePayload(outcome.valueOrNull(), underInput(outcome));
	}

	@MutationMapping
	DisablePayload organizationDisable(@Argument DisableInput input) {
		Outcome<Organization> outcome = onboarding
			.disable(GlobalId.decodeOrNone(input.organizationId(), Organization.TYPE));
		return new DisablePayload(outcome.valueOrNull(), underInput(outcome));
	}

	/**
	 * An id that is no organization's names none: refused like one the caller may not
	 * see.
	 */
	private static @Nullable UUID organization(@Nullable String id) {
		return (id == null) ? null : GlobalId.decodeOrNone(id, Organization.TYPE);
	}

	private static List<UserError> underInput(Outcome<?> outcome) {
		return outcome.errors().stream().map((error) -> error.under("input")).toList();
	}

}
