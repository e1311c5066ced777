package io.homeward.platform.shared.graphql;

import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class UserErrorController {

	/** The global id of the object the error is about, when it names one. */
	@SchemaMapping(typeName = "UserError")
	@Nullable String subject(UserError error) {
		UserError.Subject subject = error.subject();
		return (subject != null) ? GlobalId.encode(subject.type(), subject.id()) : null;
	}

}
