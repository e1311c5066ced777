package io.homeward.platform.network;

import java.util.List;

import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

public record MembershipResult(@Nullable ProgramMembership membership, List<UserError> errors) {

}
