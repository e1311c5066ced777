package io.homeward.platform.returns;

import java.util.List;

import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

public record ReturnResult(@Nullable ReturnOrder returnOrder, List<UserError> errors) {

}
